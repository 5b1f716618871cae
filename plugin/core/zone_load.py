"""Each station's load while zones are handed out: zone count, road km, slowest response.

The Assign brush repaints these numbers after every stroke, so the expensive parts are
done once and kept: per zone, its road (sample positions along the network's segments
inside the zone, as ``core.coverage`` measures a zone); per station, one single-source
search over the network. A zone's time from a station is then a lookup over its samples,
and the same figure the Coverage dock reports as the zone's worst time for that station.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field

import numpy as np

from .isochrones import direct_times, positions_xy, sample_positions, times_along
from .network import RoadNetwork, Snapped
from .rules import StationBounds

SPACING_M = 10.0  # as core.coverage
MIN_COVERED_PCT = 99.5  # as core.coverage: a zone complies when this share of its road is in time
_EPS_S = 1e-6


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


@dataclass
class ZoneTimes:
    """Arrival times from one station over a zone's road samples (inf: never reached)."""

    time_s: np.ndarray
    weight_m: np.ndarray
    counted: np.ndarray | None = None  # False: cut-off road, left out of the share as coverage does

    @property
    def worst_s(self) -> float:
        """Slowest arrival over the road the station reaches; NaN when it reaches none."""
        reached = np.isfinite(self.time_s)
        return float(self.time_s[reached].max()) if reached.any() else float("nan")

    @property
    def unreached_m(self) -> float:
        return float(self.weight_m[~np.isfinite(self.time_s)].sum())

    def covered_pct(self, target_min: float) -> float | None:
        """Share of the road reached within the target, as core.coverage counts it."""
        weight, time = self.weight_m, self.time_s
        if self.counted is not None:
            weight, time = weight[self.counted], time[self.counted]
        total = float(weight.sum())
        if total <= 0:
            return None
        return float(weight[time <= target_min * 60.0 + _EPS_S].sum()) / total * 100.0


def zone_times(
    network: RoadNetwork, road: ZoneRoad, node_row: np.ndarray, station: Snapped, offset_s: float = 0.0
) -> ZoneTimes:
    """Times from the station (searched once: ``node_row``) to each sample of the zone's road.

    Real road data has one-way stubs and pieces cut off at the map edge: they stay infinite
    and are counted apart, so a few metres of them do not hide the time for the rest.
    """
    if len(road.seg) == 0:
        return ZoneTimes(np.zeros(0), np.zeros(0))
    time, _ = times_along(network, road.seg, road.s, node_row)
    if station.ok.any():
        # Road on the station's own segment is reached along it, not via a junction.
        idx, _src, t = direct_times(network, road.seg, road.s, station, np.array([offset_s]))
        np.minimum.at(time, idx, t)
    return ZoneTimes(time, road.weight_m, network.attached()[road.seg])


@dataclass
class StationLoad:
    station_id: str
    kind: str | None
    zones: int
    road_km: float
    worst_min: float | None  # over the road it can reach; None: no such road (or no network)
    status: str  # "low" | "high" | "ok"
    unreached_m: float = 0.0  # road in its zones the station cannot reach at all
    late: list = field(default_factory=list)  # [(zone, covered %)] zones missing their target


def summarise(
    stations: Mapping[str, str | None],
    assignment: Mapping[Hashable, str | None],
    road_m: Mapping[Hashable, float],
    times: Mapping[tuple[str, Hashable], ZoneTimes],
    targets_min: Mapping[Hashable, float] | None = None,
    min_covered_pct: float = MIN_COVERED_PCT,
    bounds: StationBounds | None = None,
) -> list[StationLoad]:
    """Per station (in ``stations`` order, then station ids only the zones know): the figures.

    ``assignment`` maps zone → station id (None: unassigned); ``road_m`` zone → metres;
    ``times`` (station, zone) → :class:`ZoneTimes` (missing: not computed); a zone is late
    when less than ``min_covered_pct`` of its road is reached within its target; ``bounds``
    (default 6–8, platforms at least 4) decide each station's status.
    """
    bounds = bounds or StationBounds()
    by_station: dict[str, list[Hashable]] = {sid: [] for sid in stations}
    for zone, sid in assignment.items():
        if sid is None or sid == "":
            continue
        by_station.setdefault(sid, []).append(zone)
    out = []
    for sid, zones in by_station.items():
        kind = stations.get(sid)
        road = sum(road_m.get(z, 0.0) for z in zones) / 1000.0
        figures = {z: times[(sid, z)] for z in zones if (sid, z) in times}
        worsts = [f.worst_s for f in figures.values() if not np.isnan(f.worst_s)]
        worst = max(worsts) / 60.0 if worsts else None
        unreached = sum(f.unreached_m for f in figures.values())
        late = []
        if targets_min is not None:
            for z, f in figures.items():
                pct = f.covered_pct(targets_min.get(z, 5.0))
                if pct is not None and pct < min_covered_pct:
                    late.append((z, pct))
        out.append(
            StationLoad(sid, kind, len(zones), road, worst, bounds.status(kind, len(zones)), unreached, late)
        )
    return out
