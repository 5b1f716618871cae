"""Each station's load while zones are handed out: zone count, road km, slowest response.

The Assign brush repaints these numbers after every stroke, so the expensive parts are
done once and kept: per zone, its road (sample positions along the network's segments
inside the zone, as ``core.coverage`` measures a zone); per station, one single-source
search over the network. A zone's time from a station is then a lookup over its samples,
and the same figure the Coverage dock reports as the zone's worst time for that station.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import numpy as np

from .isochrones import direct_times, positions_xy, sample_positions, times_along
from .network import RoadNetwork, Snapped

# Zones per station (网格化巡区: each kiosk 6–8 zones); mobile platforms take at least 4.
DEFAULT_BOUNDS = (6, 8)
KIND_BOUNDS: dict[str, tuple[int, int | None]] = {"mobile_platform": (4, None)}
SPACING_M = 10.0  # as core.coverage


def load_bounds(kind: str | None) -> tuple[int, int | None]:
    """(minimum, maximum or None) zones for a station of this kind."""
    return KIND_BOUNDS.get(kind or "", DEFAULT_BOUNDS)


def load_status(kind: str | None, count: int) -> str:
    """"low", "high" or "ok" for a station holding ``count`` zones."""
    low, high = load_bounds(kind)
    if count < low:
        return "low"
    if high is not None and count > high:
        return "high"
    return "ok"


@dataclass
class ZoneRoad:
    """Where a zone's road is: sample positions on the network and their ground length."""

    seg: np.ndarray
    s: np.ndarray
    weight_m: np.ndarray

    @property
    def road_m(self) -> float:
        return float(self.weight_m.sum())

    @classmethod
    def empty(cls) -> ZoneRoad:
        return cls(np.zeros(0, np.int64), np.zeros(0), np.zeros(0))


class RoadIndex:
    """The network's segments in a spatial index, built once per network."""

    def __init__(self, network: RoadNetwork):
        import shapely

        self.network = network
        self.tree = shapely.STRtree(network.segment_lines())


def zone_road(index: RoadIndex, zone, spacing: float = SPACING_M) -> ZoneRoad:
    """The road inside ``zone`` (a shapely polygon in the network's work CRS)."""
    import shapely

    network = index.network
    if zone is None or shapely.is_empty(zone):
        return ZoneRoad.empty()
    if not shapely.is_valid(zone):
        zone = shapely.make_valid(zone)
    segments = np.unique(index.tree.query(zone, predicate="intersects"))
    if len(segments) == 0:
        return ZoneRoad.empty()
    seg, s, pieces = sample_positions(network, segments, spacing, midpoints=True)
    xy = positions_xy(network, seg, s)
    shapely.prepare(zone)
    inside = shapely.intersects_xy(zone, xy[:, 0], xy[:, 1])
    return ZoneRoad(seg[inside], s[inside], (network.length_m[seg] / pieces)[inside])


def station_times(network: RoadNetwork, station: Snapped, offset_s: float = 0.0) -> np.ndarray:
    """Seconds from one station to every node (one single-source search)."""
    return network.node_times(station, np.array([offset_s]))[0]


def zone_worst_s(network: RoadNetwork, road: ZoneRoad, node_row: np.ndarray, station: Snapped,
                 offset_s: float = 0.0) -> tuple[float, float]:
    """(slowest arrival in s over the zone's reachable road, metres of its road never reached).

    The time is NaN when no road of the zone can be reached (or it has none). Real road
    data has one-way stubs and pieces cut off at the map edge: they are counted apart, so
    a few metres of them do not hide the time that matters for the rest of the zone.
    """
    if len(road.seg) == 0:
        return float("nan"), 0.0
    time, _ = times_along(network, road.seg, road.s, node_row)
    if station.ok.any():
        # Road on the station's own segment is reached along it, not via a junction.
        idx, _src, t = direct_times(network, road.seg, road.s, station, np.array([offset_s]))
        np.minimum.at(time, idx, t)
    reached = np.isfinite(time)
    unreached = float(road.weight_m[~reached].sum())
    return (float(time[reached].max()) if reached.any() else float("nan")), unreached


@dataclass
class StationLoad:
    station_id: str
    kind: str | None
    zones: int
    road_km: float
    worst_min: float | None  # over the road it can reach; None: no such road (or no network)
    status: str  # "low" | "high" | "ok"
    unreached_m: float = 0.0  # road in its zones the station cannot reach at all


def summarise(stations: Mapping[str, str | None], assignment: Mapping[Hashable, str | None],
              road_m: Mapping[Hashable, float],
              worst_s: Mapping[tuple[str, Hashable], tuple[float, float]]) -> list[StationLoad]:
    """Per station (in ``stations`` order, then station ids only the zones know): the figures.

    ``assignment`` maps zone → station id (None: unassigned); ``road_m`` zone → metres;
    ``worst_s`` (station, zone) → what :func:`zone_worst_s` gives (missing: not computed).
    """
    by_station: dict[str, list[Hashable]] = {sid: [] for sid in stations}
    for zone, sid in assignment.items():
        if sid is None or sid == "":
            continue
        by_station.setdefault(sid, []).append(zone)
    out = []
    for sid, zones in by_station.items():
        kind = stations.get(sid)
        road = sum(road_m.get(z, 0.0) for z in zones) / 1000.0
        figures = [worst_s[(sid, z)] for z in zones if (sid, z) in worst_s]
        times = [t for t, _ in figures if not np.isnan(t)]
        worst = max(times) / 60.0 if times else None
        unreached = sum(u for _, u in figures)
        out.append(StationLoad(sid, kind, len(zones), road, worst, load_status(kind, len(zones)), unreached))
    return out
