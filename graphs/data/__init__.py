"""Data files of the network code: the UN M49 table (see ``README.md`` here for provenance)."""

__all__: list[str] = []
