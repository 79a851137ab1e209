"""Coalition networks from the knowledge graph: projections, metrics, pages and exports.

See docs/networks.md; modules are imported on their own (``graphs.views``, ``graphs.outputs``).
"""

__all__: list[str] = []
