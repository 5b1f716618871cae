"""What the siting solver needs, from roads, zones and incidents: candidate sites along the
roads, demand items along the zones' roads, periods of the day.

Pure data in, pure data out (numpy, shapely): the Processing adapter reads the layers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .coverage import _valid_zone, zone_road_samples
from .isochrones import positions_xy, sample_positions
from .network import RoadNetwork, Snapped
from .roster import RosterError, parse_shift_times

# Roads faster than this (km/h, after the speed rules) are motorways and expressways: no
# platform stops on them.
STOP_MAX_KMH = 70.0
# Zone demand: the zones' road cut into pieces at most this long.
ZONE_SAMPLE_M = 50.0


class PeriodError(ValueError):
    """``code``: "syntax" (the message says where), "gap" (``spans``: minutes of the day no
    period covers), "overlap" (``spans``: minutes covered twice)."""

    def __init__(self, code: str, message: str, spans=()):
        super().__init__(message)
        self.code = code
        self.spans = list(spans)


def road_candidates(
    network: RoadNetwork, spacing_m: float, allowed: np.ndarray | None = None, max_kmh: float = STOP_MAX_KMH
) -> Snapped:
    """Candidate sites about every ``spacing_m`` along roads a car can stop on (``allowed``
    segments no faster than ``max_kmh``): fine samples along every such segment, then one per
    ``spacing_m`` square, the one nearest its centre."""
    ok = np.ones(network.n_segments, dtype=bool) if allowed is None else np.asarray(allowed, dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        kmh = np.where(network.cost_s > 0, network.length_m / network.cost_s * 3.6, np.inf)
    ok &= kmh <= max_kmh
    segs = np.flatnonzero(ok)
    if len(segs) == 0:
        return Snapped.empty()
    spacing = max(float(spacing_m), 1.0)
    seg, s, _ = sample_positions(network, segs, spacing / 4.0, midpoints=True)
    xy = positions_xy(network, seg, s)
    cell = np.floor(xy / spacing).astype(np.int64)
    centre = (cell + 0.5) * spacing
    off = np.hypot(*(xy - centre).T)
    order = np.lexsort((off, cell[:, 1], cell[:, 0]))
    c = cell[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (c[1:] != c[:-1]).any(axis=1)
    keep = np.sort(order[first])
    return Snapped(seg[keep], s[keep], np.zeros(len(keep)), xy[keep])


def outside(xy: np.ndarray, polygons: list) -> np.ndarray:
    """Per point: not inside (or on) any of ``polygons``."""
    import shapely

    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    shapes = [g for g in (_valid_zone(p) for p in polygons) if g is not None]
    if not shapes or not len(xy):
        return np.ones(len(xy), dtype=bool)
    tree = shapely.STRtree(shapes)
    hit, _ = tree.query(shapely.points(xy), predicate="intersects")
    out = np.ones(len(xy), dtype=bool)
    out[hit] = False
    return out


@dataclass
class ZoneDemand:
    """Demand items along the zones' roads: each stands for a piece of one zone's road."""

    points: Snapped
    zone: np.ndarray  # zone index of each item
    road_m: np.ndarray  # ground metres of road each item stands for


def zone_demand(
    network: RoadNetwork, zones: list, spacing_m: float = ZONE_SAMPLE_M, exclude: np.ndarray | None = None
) -> ZoneDemand:
    """The zones' road in pieces at most ``spacing_m`` long, one item at each middle. A piece
    on the boundary of two zones goes to the first; road flagged in ``exclude`` (cannot be
    driven to) is left out."""
    geoms = [_valid_zone(z) for z in zones]
    samples = zone_road_samples(network, geoms, spacing_m)
    owner = np.full(len(samples.seg), -1, dtype=np.int64)
    for zi in range(len(geoms) - 1, -1, -1):
        members = samples.members[zi]
        if members is not None:
            owner[members] = zi
    keep = owner >= 0
    if exclude is not None:
        keep &= ~np.asarray(exclude, dtype=bool)[samples.seg]
    idx = np.flatnonzero(keep)
    pts = Snapped(samples.seg[idx], samples.s[idx], np.zeros(len(idx)), samples.xy[idx])
    return ZoneDemand(pts, owner[idx], samples.weight[idx])


# --------------------------------------------------------------------------- periods
@dataclass(frozen=True)
class Period:
    name: str
    start_min: int  # minute of the day it starts
    end_min: int  # minute it ends (may be below start: it runs past midnight)

    def contains(self, minute: np.ndarray) -> np.ndarray:
        m = np.asarray(minute, dtype=float) % 1440.0
        if self.start_min < self.end_min:
            return (m >= self.start_min) & (m < self.end_min)
        return (m >= self.start_min) | (m < self.end_min)


def _minute(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def parse_periods(text: str) -> list[Period]:
    """ "day=08:00-20:00;night=20:00-08:00" → periods that cover the day exactly once."""
    try:
        spans = parse_shift_times(text)
    except RosterError as e:
        raise PeriodError("syntax", str(e)) from e
    if not spans:
        raise PeriodError("syntax", "no periods given")
    periods = [Period(name, _minute(a), _minute(b)) for name, (a, b) in spans.items()]
    count = np.zeros(1440, dtype=np.int64)
    minutes = np.arange(1440)
    for p in periods:
        if p.start_min == p.end_min:
            count += 1  # "08:00-08:00": the whole day
        else:
            count += p.contains(minutes)
    for code, bad in (("gap", count == 0), ("overlap", count > 1)):
        if bad.any():
            runs = _runs(np.flatnonzero(bad))
            raise PeriodError(
                code, f"{code}: " + ", ".join(f"{_hhmm(a)}-{_hhmm(b + 1)}" for a, b in runs), runs
            )
    return periods


def _runs(minutes: np.ndarray) -> list[tuple[int, int]]:
    breaks = np.flatnonzero(np.diff(minutes) > 1)
    starts = np.r_[minutes[0], minutes[breaks + 1]]
    ends = np.r_[minutes[breaks], minutes[-1]]
    runs = list(zip(starts.tolist(), ends.tolist()))
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][1] == 1439:
        # One span across midnight, e.g. 20:00-08:00.
        runs = [(runs[-1][0], runs[0][1] + 1440)] + runs[1:-1]
    return runs


def _hhmm(minute: int) -> str:
    return f"{(minute // 60) % 24:02d}:{minute % 60:02d}"


def period_index(periods: list[Period], minute_of_day: np.ndarray) -> np.ndarray:
    """Which period each minute of the day falls in (-1: none, NaN minutes)."""
    m = np.asarray(minute_of_day, dtype=float)
    out = np.full(len(m), -1, dtype=np.int64)
    finite = np.isfinite(m)
    for k, p in enumerate(periods):
        if p.start_min == p.end_min:
            out[finite] = k
        else:
            out[finite & p.contains(np.where(finite, m, 0.0)) & (out < 0)] = k
    return out
