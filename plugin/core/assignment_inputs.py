"""What the zone assignment is decided on, measured from geometry: zones × stations travel
times over each zone's road, the zone each station stands in, and which zones share a
boundary. The deciding itself (``core.assignment``) works on these plain arrays only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class ZoneTimes:
    """Zones × stations travel seconds and what they were measured on."""

    mean_s: np.ndarray  # (zones, stations): mean over the zone's reachable road, inf: none
    worst_s: np.ndarray  # (zones, stations): the slowest point of that road, inf: none
    road_m: np.ndarray  # road inside each zone, ground metres
    unreached_m: np.ndarray  # of it, road no station reaches (left out of both times)


def zone_station_times(
    network,
    zones: list,
    stations,
    station_offset_s: np.ndarray | None = None,
    spacing: float = 10.0,
) -> ZoneTimes:
    """Per zone and station: the mean and the worst time to the zone's road, turnout included.

    Each zone's road is cut into pieces at most ``spacing`` long (as coverage does) and
    timed at their middles. The mean is weighted by the pieces' ground length: the expected
    response time to an incident anywhere on the zone's streets. It decides assignments,
    because the worst is often one dead-end service road reached by a detour from every
    station alike. Road that no station can reach at all (a disconnected service road) is
    left out and counted in ``unreached_m``; a zone with no reachable road gets ``inf``.
    """
    from .coverage import _valid_zone, zone_road_samples
    from .isochrones import direct_times, times_along
    from .network import normalise_offsets

    n_z, n_s = len(zones), len(stations)
    off = normalise_offsets(station_offset_s, n_s)
    geoms = [_valid_zone(z) for z in zones]
    samples = zone_road_samples(network, geoms, spacing)
    node_t = network.node_times(stations, off)
    point_t = np.empty((n_s, len(samples.seg)))
    for k in range(n_s):
        point_t[k], _ = times_along(network, samples.seg, samples.s, node_t[k])
    # A station's own segment: the stretch to its position is not via a node.
    idx, src, t = direct_times(network, samples.seg, samples.s, stations, off)
    np.minimum.at(point_t, (src, idx), t)

    mean = np.full((n_z, n_s), np.inf)
    worst = np.full((n_z, n_s), np.inf)
    road = np.zeros(n_z)
    unreached = np.zeros(n_z)
    for zi, inside in enumerate(samples.members):
        if inside is None or len(inside) == 0:
            continue
        w = samples.weight[inside]
        pt = point_t[:, inside]
        reachable = np.isfinite(pt).any(axis=0)
        road[zi] = float(w.sum())
        unreached[zi] = float(w[~reachable].sum())
        if reachable.any() and w[reachable].sum() > 0:
            pt, w = pt[:, reachable], w[reachable]
            worst[zi] = pt.max(axis=1)
            with np.errstate(invalid="ignore"):
                mean[zi] = np.where(np.isfinite(worst[zi]), (pt * w).sum(axis=1) / w.sum(), np.inf)
    return ZoneTimes(mean, worst, road, unreached)


def home_zones(geoms: list, xy: np.ndarray, times_s: np.ndarray) -> np.ndarray:
    """The zone each station stands in (-1: none): of the zones its point touches, the one
    it reaches fastest; where two stations stand in one zone, the faster keeps it."""
    import shapely

    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    home = np.full(len(xy), -1, dtype=np.int64)
    present = [i for i, g in enumerate(geoms) if g is not None and not shapely.is_empty(g)]
    if not present or not len(xy):
        return home
    tree = shapely.STRtree(np.array([geoms[i] for i in present], dtype=object))
    st, zi = tree.query(shapely.points(xy), predicate="intersects")
    zone = np.asarray(present, dtype=np.int64)[zi]
    for s in range(len(xy)):
        mine = zone[st == s]
        mine = mine[np.isfinite(times_s[mine, s])]
        if len(mine):
            home[s] = int(mine[np.lexsort((mine, times_s[mine, s]))[0]])
    for z in np.unique(home[home >= 0]):
        rivals = np.flatnonzero(home == z)
        if len(rivals) > 1:
            keep = rivals[np.lexsort((rivals, times_s[z, rivals]))[0]]
            home[rivals[rivals != keep]] = -1
    return home


def zone_adjacency(geoms: list, tolerance: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Zone pairs sharing a stretch of boundary, and its length: ((m, 2) pairs, (m,) metres).

    Boundaries count as shared where they run within ``tolerance`` of each other (so
    digitising noise does not cut zones apart); zones meeting only at a corner share a few
    ``tolerance`` at most and are not adjacent.
    """
    import shapely

    valid = [i for i, g in enumerate(geoms) if g is not None and not shapely.is_empty(g)]
    if len(valid) < 2:
        return np.zeros((0, 2), np.int64), np.zeros(0)
    shapes = np.array([geoms[i] for i in valid], dtype=object)
    grown = shapely.buffer(shapes, tolerance, quad_segs=2)
    tree = shapely.STRtree(shapes)
    a, b = tree.query(grown, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    shared = shapely.length(shapely.intersection(shapely.boundary(shapes[a]), grown[b]))
    # A corner contact leaves about 2 × tolerance of boundary inside the other's buffer.
    adjacent = shared > 10.0 * tolerance
    ids = np.asarray(valid, dtype=np.int64)
    return np.column_stack([ids[a[adjacent]], ids[b[adjacent]]]), shared[adjacent]
