"""What each patrol zone holds to patrol: road length, area, key sites, incidents in a period.

Geometry comes in a planar metric work CRS (as the road engine's); lengths and areas are
then measured on the WGS84 ellipsoid through a ``to_lonlat`` function, so they are true
ground figures whatever the projection's scale error.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .geodesy import LonLat, ground_areas, ground_lengths

DEFAULT_PERIOD_DAYS = 30


@dataclass
class Workload:
    road_m: np.ndarray  # per zone, ground metres of road inside it
    area_m2: np.ndarray  # per zone, ground square metres
    key_sites: np.ndarray  # per zone, key sites inside it
    incidents: np.ndarray  # per zone, incidents inside it within the period
    sites_outside: int = 0  # key sites in no zone
    incidents_outside: int = 0  # incidents in the period in no zone


def road_in_zones(
    zones: list, lines: list, to_lonlat: LonLat | None = None, tolerance: float = 0.01
) -> np.ndarray:
    """Ground metres of road inside each zone.

    Road within ``tolerance`` (work-CRS metres) of a zone boundary counts as running along
    it and is split evenly between the zones that boundary belongs to, so a street that
    forms the border between two zones counts half to each (even when reprojection has
    moved it a hair to one side), and the zones' figures add up to the road inside their
    union.
    """
    import shapely

    n = len(zones)
    out = np.zeros(n)
    present = [i for i, z in enumerate(zones) if z is not None and not z.is_empty]
    lines = [ln for ln in lines if ln is not None and not ln.is_empty]
    if not present or not lines:
        return out
    ids = np.asarray(present)
    shapes = np.array([zones[i] for i in present], dtype=object)
    edges = shapely.boundary(shapes)
    # The band along each boundary, inside the zones' union: a road crossing the outer edge
    # gains nothing from the band's outer half.
    bands = shapely.intersection(shapely.buffer(edges, tolerance, quad_segs=2), shapely.union_all(shapes))
    cores = shapely.buffer(shapes, -tolerance, quad_segs=2, join_style="mitre")
    roads = np.array(lines, dtype=object)
    tree = shapely.STRtree(roads)

    # Inside a zone, away from its boundary: that zone's alone.
    zi, ri = tree.query(cores, predicate="intersects")
    if len(zi):
        np.add.at(out, ids[zi], ground_lengths(shapely.intersection(roads[ri], cores[zi]), to_lonlat))

    # Along a boundary: shared by every zone whose boundary it runs along.
    zi, ri = tree.query(bands, predicate="intersects")
    if len(zi):
        parts, owner = shapely.get_parts(shapely.intersection(roads[ri], bands[zi]), return_index=True)
        linear = np.isin(shapely.get_type_id(parts), (1, 2))
        parts, owner = parts[linear], owner[linear]
        if len(parts):
            mids = shapely.line_interpolate_point(parts, 0.5, normalized=True)
            hits, _ = shapely.STRtree(edges).query(mids, predicate="dwithin", distance=tolerance * 1.001)
            holders = np.maximum(np.bincount(hits, minlength=len(parts)), 1)
            np.add.at(out, ids[zi[owner]], ground_lengths(parts, to_lonlat) / holders)
    return out


def zone_of_points(zones: list, xy: np.ndarray) -> np.ndarray:
    """The zone each point lies in (-1: none); a point on a shared boundary goes to the
    lower-numbered zone, so it is counted once."""
    import shapely

    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    out = np.full(len(xy), -1, dtype=np.int64)
    present = [i for i, z in enumerate(zones) if z is not None and not z.is_empty]
    finite = np.isfinite(xy).all(axis=1)
    if not present or not finite.any():
        return out
    idx = np.flatnonzero(finite)
    tree = shapely.STRtree(np.array([zones[i] for i in present], dtype=object))
    pi, zi = tree.query(shapely.points(xy[idx]), predicate="intersects")
    zone = np.asarray(present)[zi]
    order = np.lexsort((zone, pi))
    pi, zone = pi[order], zone[order]
    first = np.ones(len(pi), dtype=bool)
    first[1:] = pi[1:] != pi[:-1]
    out[idx[pi[first]]] = zone[first]
    return out


def in_period(times_s: np.ndarray, start_s: float, end_s: float) -> np.ndarray:
    """Which times (seconds since the epoch; NaN: unknown) fall in [start, end]."""
    t = np.asarray(times_s, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.isfinite(t) & (t >= start_s) & (t <= end_s)


def default_period(now_s: float, days: int = DEFAULT_PERIOD_DAYS) -> tuple[float, float]:
    """The last ``days`` days up to ``now_s``."""
    return now_s - days * 86400.0, now_s


def zone_workload(
    zones: list,
    roads: list | None = None,
    key_sites_xy: np.ndarray | None = None,
    incidents_xy: np.ndarray | None = None,
    incident_times_s: np.ndarray | None = None,
    period: tuple[float, float] | None = None,
    to_lonlat: LonLat | None = None,
) -> Workload:
    """Road metres, area, key sites and incidents (within ``period``, when given) per zone."""
    n = len(zones)
    road = road_in_zones(zones, roads, to_lonlat) if roads is not None else np.full(n, np.nan)
    area = ground_areas(zones, to_lonlat)
    sites = np.zeros(n, dtype=np.int64)
    incidents = np.zeros(n, dtype=np.int64)
    sites_out = incidents_out = 0
    if key_sites_xy is not None and len(key_sites_xy):
        xy = np.asarray(key_sites_xy, dtype=float).reshape(-1, 2)
        where = zone_of_points(zones, xy)
        sites = np.bincount(where[where >= 0], minlength=n).astype(np.int64)
        sites_out = int(((where < 0) & np.isfinite(xy).all(axis=1)).sum())
    if incidents_xy is not None and len(incidents_xy):
        xy = np.asarray(incidents_xy, dtype=float).reshape(-1, 2)
        keep = np.ones(len(xy), dtype=bool)
        if period is not None:
            if incident_times_s is None:
                raise ValueError("a period needs the incidents' times")
            keep = in_period(incident_times_s, *period)
        xy = xy[keep & np.isfinite(xy).all(axis=1)]
        where = zone_of_points(zones, xy)
        incidents = np.bincount(where[where >= 0], minlength=n).astype(np.int64)
        incidents_out = int((where < 0).sum())
    return Workload(road, area, sites, incidents, sites_out, incidents_out)
