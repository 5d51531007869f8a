"""Exports of dipwatch events to other event-data ontologies: PLOVER (POLECAT-style) and
CAMEO triples."""

from dipwatch.export.cameo import to_cameo
from dipwatch.export.plover import to_plover

__all__ = ["to_cameo", "to_plover"]
