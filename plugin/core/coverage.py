"""Does each patrol zone meet its response target? Measured along the zone's own roads.

A zone is judged by its road, not its area: every stretch of road inside the zone is timed
from the fastest facility (and from the second fastest, for backup), and the shares are
weighted by true road length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .isochrones import buffered_points_polygon, default_pixel, direct_times, positions_xy, sample_positions
from .network import RoadNetwork, Snapped, normalise_offsets

# Times are sums of float costs; a road point "on" the target counts as within it.
_EPS_S = 1e-6


@dataclass
class ZoneResult:
    covered_pct: float | None  # share of the zone's road reached within target, 0..100
    worst_min: float | None  # slowest road point a facility reaches; None when none is reached
    mean_min: float | None  # length-weighted mean over the road that can be reached
    backup_pct: float | None  # share also reached within target by a second facility
    compliant: bool
    road_m: float  # road length inside the zone that counts, ground metres
    target_min: float
    reason: str = ""  # why a zone has no figures or cannot comply, in English (see ``code``)
    unreached_m: float = 0.0  # counted road no facility can reach at all
    detached_m: float = 0.0  # road left out: it cannot be driven to from the main network
    # Machine-readable reason for the adapters to word (and translate): "" (complies),
    # "no_area", "no_road", "detached_only", "not_reached", "unreached", "late".
    code: str = ""


def _two_best(node_t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per node: best time, the facility giving it, and the best time of any other facility."""
    n_fac, n = node_t.shape
    if n_fac == 0:
        return np.full(n, np.inf), np.zeros(n, np.int64), np.full(n, np.inf)
    if n_fac == 1:
        return node_t[0], np.zeros(n, np.int64), np.full(n, np.inf)
    two = np.argpartition(node_t, 1, axis=0)[:2]
    val = np.take_along_axis(node_t, two, axis=0)
    swap = val[1] < val[0]
    best = np.where(swap, val[1], val[0])
    second = np.where(swap, val[0], val[1])
    best_fac = np.where(swap, two[1], two[0])
    return best, best_fac, second


def _point_best_two(
    network: RoadNetwork,
    seg: np.ndarray,
    s: np.ndarray,
    best: np.ndarray,
    best_fac: np.ndarray,
    second: np.ndarray,
    facilities: Snapped,
    offset_s: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Best and second-best (other facility) time at positions along segments.

    Each facility's time at a point is the earlier of arriving from either end, so the
    best over facilities comes from the per-node best; the best *other* facility at an end
    is its best unless that is the point's best facility, then its second.
    """
    cost = network.cost_s[seg]
    u = network.seg_u[seg]
    v = network.seg_v[seg]
    fw = network.forward[seg]
    bw = network.backward[seg]
    along_u = s * cost
    along_v = (1.0 - s) * cost
    # Endpoints are the nodes themselves, whatever the direction.
    u_ok = fw | (s <= 0.0)
    v_ok = bw | (s >= 1.0)
    u1 = np.where(u_ok, best[u] + along_u, np.inf)
    u2 = np.where(u_ok, second[u] + along_u, np.inf)
    v1 = np.where(v_ok, best[v] + along_v, np.inf)
    v2 = np.where(v_ok, second[v] + along_v, np.inf)
    uf = best_fac[u]
    vf = best_fac[v]
    first = np.minimum(u1, v1)
    first_fac = np.where(u1 <= v1, uf, vf)
    other = np.minimum(np.where(uf != first_fac, u1, u2), np.where(vf != first_fac, v1, v2))

    # A facility's own segment: the stretch to its position is not via a node.
    idx, src, t = direct_times(network, seg, s, facilities, offset_s)
    for fac in np.unique(src):
        sel = src == fac
        i, ti = idx[sel], t[sel]
        improves = ti < first[i]
        same = first_fac[i] == fac
        # A new best from another facility pushes the old best to second place.
        demote = improves & ~same
        other[i[demote]] = np.minimum(other[i[demote]], first[i[demote]])
        first[i[improves]] = ti[improves]
        first_fac[i[improves]] = fac
        # Not the best, but perhaps the best of the others.
        runner = ~improves & ~same
        other[i[runner]] = np.minimum(other[i[runner]], ti[runner])
    return first, other


def _polygonal(geom):
    """The polygon parts of a clip result as one MultiPolygon (clipping along a zone edge
    can leave lines and points, which a polygon layer cannot take)."""
    import shapely

    parts = shapely.get_parts(geom)
    parts = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
    parts = shapely.get_parts(parts)  # MultiPolygons into Polygons
    return shapely.multipolygons(parts) if len(parts) else shapely.MultiPolygon()


def _valid_zone(zone):
    import shapely

    if zone is None or shapely.is_empty(zone):
        return None
    if not shapely.is_valid(zone):
        zone = shapely.make_valid(zone)
    return zone


@dataclass
class ZoneSamples:
    """Points along the road inside zones, each standing for a piece of road.

    ``members[i]`` indexes the points inside zone ``i`` (None when the zone has no area);
    a point on a shared boundary belongs to both zones.
    """

    seg: np.ndarray  # segment of each point
    s: np.ndarray  # fraction along it
    weight: np.ndarray  # ground metres of road the point stands for
    xy: np.ndarray  # work-CRS coordinates
    members: list


def zone_road_samples(network: RoadNetwork, geoms: list, spacing: float = 10.0) -> ZoneSamples:
    """The zones' road cut into pieces at most ``spacing`` long, one point at each middle.

    ``geoms`` are valid zone polygons in the work CRS (None for a zone without area).
    Segments touching several zones are sampled once.
    """
    import shapely

    present = [i for i, g in enumerate(geoms) if g is not None]
    seg_zone = np.zeros((2, 0), dtype=np.int64)
    if present:
        tree = shapely.STRtree([geoms[i] for i in present])
        seg_zone = tree.query(network.segment_lines(), predicate="intersects")
    touched = np.unique(seg_zone[0])
    seg, s, pieces = sample_positions(network, touched, spacing, midpoints=True)
    weight = network.length_m[seg] / pieces
    xy = positions_xy(network, seg, s)
    start = np.searchsorted(seg, touched)  # pieces of a segment are contiguous
    count = np.diff(np.append(start, len(seg)))
    position = np.full(network.n_segments, -1, dtype=np.int64)
    position[touched] = np.arange(len(touched))

    order = np.argsort(seg_zone[1], kind="stable")
    zone_of_pair = seg_zone[1][order]
    seg_of_pair = seg_zone[0][order]
    bounds = np.searchsorted(zone_of_pair, np.arange(len(present) + 1))
    members: list = [None] * len(geoms)
    for k, zi in enumerate(present):
        zone = geoms[zi]
        segs = seg_of_pair[bounds[k] : bounds[k + 1]]
        p = position[segs]
        n_p = count[p]
        cand = np.repeat(start[p], n_p) + (np.arange(int(n_p.sum())) - np.repeat(np.cumsum(n_p) - n_p, n_p))
        shapely.prepare(zone)
        members[zi] = cand[shapely.intersects_xy(zone, xy[cand, 0], xy[cand, 1])]
    return ZoneSamples(seg, s, weight, xy, members)


def coverage(
    network: RoadNetwork,
    zones: list,
    targets_min: Sequence[float],
    facilities: Snapped,
    facility_offset_s: np.ndarray | None = None,
    spacing: float = 10.0,
    width: float = 50.0,
    pixel: float | None = None,
    min_covered_pct: float = 99.5,
    exclude: np.ndarray | None = None,
) -> tuple[list[ZoneResult], list[tuple[int, object]]]:
    """Per-zone response figures and the gaps: (results, [(zone index, gap polygon)]).

    The zone's road is cut into pieces at most ``spacing`` long, each timed at its middle
    and weighted by its ground length. A zone complies when at least ``min_covered_pct``
    of its road is reached within its target (unreachable road counts as not reached).
    Segments flagged in ``exclude`` (e.g. ``~network.attached()``: road no unit on the
    main network can drive to) are left out of the shares and the gaps and reported as
    ``detached_m``. Gaps are the missed road grown by ``width`` and clipped to the zone.
    """
    import shapely

    if len(targets_min) != len(zones):
        raise ValueError(f"{len(targets_min)} targets for {len(zones)} zones")
    if exclude is not None:
        exclude = np.asarray(exclude, dtype=bool).reshape(-1)
        if len(exclude) != network.n_segments:
            raise ValueError(f"{len(exclude)} exclusion flags for {network.n_segments} segments")
    pixel = default_pixel(width) if pixel is None else float(pixel)
    off = normalise_offsets(facility_offset_s, len(facilities))
    node_t = network.node_times(facilities, off)
    best, best_fac, second = _two_best(node_t)

    geoms = [_valid_zone(z) for z in zones]
    samples = zone_road_samples(network, geoms, spacing)
    first, other = _point_best_two(network, samples.seg, samples.s, best, best_fac, second, facilities, off)
    results: list[ZoneResult | None] = [None] * len(zones)
    gaps: list[tuple[int, object]] = []
    for zi, inside_all in enumerate(samples.members):
        if inside_all is None:
            continue
        target = float(targets_min[zi])
        inside = inside_all
        detached_m = 0.0
        if exclude is not None:
            left_out = exclude[samples.seg[inside_all]]
            detached_m = float(samples.weight[inside_all[left_out]].sum())
            inside = inside_all[~left_out]
        results[zi] = _zone_result(
            samples.weight[inside], first[inside], other[inside], target, min_covered_pct, detached_m
        )
        missed = inside[~(first[inside] <= target * 60.0 + _EPS_S)]
        if len(missed):
            area = buffered_points_polygon(samples.xy[missed], width, pixel)
            gap = _polygonal(shapely.intersection(area, geoms[zi]))
            if not shapely.is_empty(gap):
                gaps.append((zi, gap))

    for zi, g in enumerate(geoms):
        if g is None:
            results[zi] = ZoneResult(
                None,
                None,
                None,
                None,
                False,
                0.0,
                float(targets_min[zi]),
                "the zone has no area",
                code="no_area",
            )
    return results, gaps


def _zone_result(
    w: np.ndarray,
    first: np.ndarray,
    other: np.ndarray,
    target: float,
    min_covered_pct: float,
    detached_m: float = 0.0,
) -> ZoneResult:
    road = float(w.sum())
    if len(w) == 0 or road <= 0:
        if detached_m > 0:
            return ZoneResult(
                None,
                None,
                None,
                None,
                False,
                0.0,
                target,
                f"its only road ({detached_m:.0f} m) cannot be driven to from the main road network",
                detached_m=detached_m,
                code="detached_only",
            )
        return ZoneResult(
            None, None, None, None, False, 0.0, target, "no road inside the zone", code="no_road"
        )
    limit = target * 60.0 + _EPS_S
    covered = float(w[first <= limit].sum()) / road * 100.0
    backup = float(w[other <= limit].sum()) / road * 100.0
    reached = np.isfinite(first)
    unreached = float(w[~reached].sum())
    # The slowest road a facility does reach: road none reaches is reported on its own.
    worst = float(first[reached].max()) / 60.0 if reached.any() else None
    mean = float((w[reached] * first[reached]).sum() / w[reached].sum()) / 60.0 if reached.any() else None
    compliant = covered >= min_covered_pct
    reason, code = "", ""
    if not reached.any():
        reason, code = "no facility can reach the zone's road", "not_reached"
    elif unreached > 0 and not compliant:
        reason, code = f"{unreached:.0f} m of road cannot be reached", "unreached"
    elif not compliant:
        reason, code = f"{100.0 - covered:.1f} % of road beyond {target:g} min", "late"
    return ZoneResult(
        covered_pct=covered,
        worst_min=worst,
        mean_min=mean,
        backup_pct=backup,
        compliant=compliant,
        road_m=road,
        target_min=target,
        reason=reason,
        unreached_m=unreached,
        detached_m=detached_m,
        code=code,
    )


def key_site_times(
    network: RoadNetwork,
    sites: Snapped,
    facilities: Snapped,
    facility_offset_s: np.ndarray | None = None,
) -> np.ndarray:
    """Best response minutes to each key site from any facility (inf: unreachable/off road)."""
    return network.best_times(facilities, sites, facility_offset_s) / 60.0
