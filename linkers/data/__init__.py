"""Bundled data: the default offline snapshot and the verified facts it is built from."""

__all__: list[str] = []
