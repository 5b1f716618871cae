"""The PatrolMap dispatch simulator (tooling and tests, not the plugin): a seeded city of units
and incidents on real roads (``world``) served over HTTP with injectable faults (``server``).
``tools/dispatch_sim.py`` is its command line; ``make dispatch-sim`` runs it."""

from .server import FAULTS, Faults, SimServer, start_server
from .world import RoadGraph, SimClock, World

__all__ = ["FAULTS", "Faults", "RoadGraph", "SimClock", "SimServer", "World", "start_server"]
