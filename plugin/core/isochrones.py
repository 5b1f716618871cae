"""Areas reachable within given minutes, drawn as polygons that hug the reached roads.

Polygons come from a raster, not from buffering segments: road sample points are burnt
into a grid holding, per cell, the first break its earliest sample meets; a minimum over
a disk of the buffer width grows that road raster into areas, and each break is the set
of cells at or below its class. ``outline.class_outlines`` traces all breaks of one grid
in one pass and draws the outlines through cell-edge midpoints, so there is no raster
staircase and the 1-min area lies exactly inside the 3-min one. Sample positions along
every segment and their grid cells are worked out once per network and pixel size, so
each origin costs a few whole-array numpy steps instead of the half-second a vector
buffer-and-union takes per polygon.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Callable

import numpy as np
from scipy import ndimage

from .network import Cancelled, RoadNetwork, Snapped, normalise_offsets, same_segment_pairs
from .outline import class_outlines, label_outlines

# Beyond this many cells the pixel is coarsened: a grid bigger than this would spend
# seconds and hundreds of MB on a picture no map needs at that detail.
MAX_CELLS = 25_000_000
# Times are sums of float costs; compare against breaks with a little slack.
_EPS_S = 1e-6
_SLACK_S = 1e-3


def default_pixel(width: float) -> float:
    """Grid cell size for a buffer ``width``: a quarter of it, kept within 5..25 m."""
    return float(np.clip(width / 4.0, 5.0, 25.0))


def _empty():
    import shapely

    return shapely.MultiPolygon()


# ---------------------------------------------------------------------- sampling
def sample_positions(
    network: RoadNetwork, segments: np.ndarray, spacing: float, midpoints: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions along ``segments`` at most ``spacing`` apart: (segment, fraction, pieces).

    With ``midpoints`` the positions are the centres of equal pieces (one per piece, for
    length-weighted sums); otherwise both ends and the piece boundaries. ``pieces`` is the
    piece count per position's segment.
    """
    segments = np.asarray(segments, dtype=np.int64)
    lengths = network.planar_length[segments]
    k = np.maximum(1, np.ceil(lengths / max(float(spacing), 1e-9))).astype(np.int64)
    n_pts = k if midpoints else k + 1
    seg = np.repeat(segments, n_pts)
    start = np.cumsum(n_pts) - n_pts
    i = np.arange(int(n_pts.sum())) - np.repeat(start, n_pts)
    pieces = np.repeat(k, n_pts)
    s = (i + 0.5) / pieces if midpoints else i / pieces
    return seg, s, pieces


def positions_xy(network: RoadNetwork, seg: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Work-CRS coordinates at fraction ``s`` along each ``seg``."""
    # np.take on flat rows: fancy indexing of (k, 2, 2) rows is ten times slower here.
    ends = np.take(network.seg_xy.reshape(-1, 4), seg, axis=0)
    start = ends[:, :2]
    return start + s[:, None] * (ends[:, 2:] - start)


def times_along(
    network: RoadNetwork,
    seg: np.ndarray,
    s: np.ndarray,
    node_times_row: np.ndarray,
    node_source: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray | None]:
    """Arrival time at fraction ``s`` of ``seg`` entering from whichever end is allowed.

    With ``node_source`` (who reaches each node first) also returns who reaches the point.
    """
    cost = network.cost_s[seg]
    u = network.seg_u[seg]
    v = network.seg_v[seg]
    t_u = node_times_row[u]
    t_v = node_times_row[v]
    from_u = np.where(network.forward[seg], t_u + s * cost, np.inf)
    from_v = np.where(network.backward[seg], t_v + (1.0 - s) * cost, np.inf)
    # A segment end is its node, reached whatever the segment's direction.
    from_u = np.where(s <= 0.0, np.minimum(from_u, t_u), from_u)
    from_v = np.where(s >= 1.0, np.minimum(from_v, t_v), from_v)
    time = np.minimum(from_u, from_v)
    who = None
    if node_source is not None:
        who = np.where(from_u <= from_v, node_source[u], node_source[v])
    return time, who


def direct_times(
    network: RoadNetwork, seg: np.ndarray, s: np.ndarray, sources: Snapped, offset_s: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Times from sources to positions on the source's own segment, not via a node.

    Returns (position index, source index, seconds) for every such pair that the
    segment's direction allows.
    """
    ok = np.flatnonzero(sources.ok)
    i, j = same_segment_pairs(seg, sources.segment[ok])
    src = ok[j]
    delta = s[i] - sources.fraction[src]
    cost = network.cost_s[seg[i]]
    t = np.full(len(i), np.inf)
    along = (network.forward[seg[i]] | (delta == 0)) & (delta >= 0)
    t[along] = delta[along] * cost[along]
    against = (network.backward[seg[i]] | (delta == 0)) & (delta <= 0)
    t[against] = np.minimum(t[against], -delta[against] * cost[against])
    t += offset_s[src]
    keep = np.isfinite(t)
    return i[keep], src[keep], t[keep]


def _ranges(lo: np.ndarray, n: np.ndarray) -> np.ndarray:
    """lo[0], lo[0]+1, …, lo[0]+n[0]-1, lo[1], … without a Python loop."""
    run = np.repeat(np.cumsum(n) - n, n)
    return np.repeat(lo, n) + (np.arange(int(n.sum())) - run)


def _segments_at(network: RoadNetwork, nodes: np.ndarray) -> np.ndarray:
    """The segments with an end at any of ``nodes``, ascending, each once: the segments an
    origin reaches, found without a pass over the whole network."""

    def index():
        ends = np.concatenate([network.seg_u, network.seg_v])
        order = np.argsort(ends, kind="stable")
        return order % network.n_segments, np.searchsorted(ends[order], np.arange(network.n_nodes + 1))

    by_node, node_start = network.memo("segments by node", index)
    lo = node_start[nodes]
    found = by_node[_ranges(lo, node_start[nodes + 1] - lo)]
    mark = np.zeros(network.n_segments, dtype=bool)
    mark[found] = True
    return np.flatnonzero(mark)


# A network with more samples than this gets them per origin instead of once for all
# (about 20 bytes a sample): a country's roads must not take gigabytes.
PLAN_MAX_SAMPLES = 3_000_000


class _SamplePlan:
    """Sample positions along segments (at most ``spacing`` apart, both ends included) and
    their cells on the ``pixel`` lattice. For a city it covers every segment and is worked
    out once per network, so an origin only picks the samples of the segments it reaches;
    for bigger networks it covers just the segments asked for."""

    def __init__(
        self, network: RoadNetwork, spacing: float, pixel: float, segments: np.ndarray | None = None
    ):
        self.network = network
        full = segments is None
        segments = np.arange(network.n_segments) if full else np.asarray(segments, dtype=np.int64)
        seg, s, _ = sample_positions(network, segments, spacing)
        count = np.maximum(1, np.ceil(network.planar_length[segments] / spacing)).astype(np.int64) + 1
        self.start = np.concatenate([[0], np.cumsum(count)])
        self.count = count
        self.local = None
        if not full:
            self.local = np.full(network.n_segments, -1, dtype=np.int64)
            self.local[segments] = np.arange(len(segments))
        self.seg = seg.astype(np.int32)
        self.s = s
        self.pixel = float(pixel)
        rows, cols = _cells(positions_xy(network, seg, s), self.pixel)
        self.rows, self.cols = rows.astype(np.int32), cols.astype(np.int32)

    @classmethod
    def covering(
        cls, network: RoadNetwork, spacing: float, pixel: float, segments: np.ndarray
    ) -> _SamplePlan:
        """A plan with the samples of ``segments``: the network's whole plan when it is
        small enough to keep, else one made for them."""
        n_samples = network.memo(
            ("sample count", float(spacing)),
            lambda: int(np.maximum(1, np.ceil(network.planar_length / spacing)).sum()) + network.n_segments,
        )
        if n_samples <= PLAN_MAX_SAMPLES:
            return network.memo(
                ("samples", float(spacing), float(pixel)), lambda: cls(network, spacing, pixel)
            )
        return cls(network, spacing, pixel, segments)

    def samples(self, segments: np.ndarray) -> np.ndarray:
        """Indices of the samples of ``segments``."""
        local = segments if self.local is None else self.local[segments]
        return _ranges(self.start[local], self.count[local])

    def counts(self, segments: np.ndarray) -> np.ndarray:
        return self.count[segments if self.local is None else self.local[segments]]

    def xy(self, idx: np.ndarray) -> np.ndarray:
        return positions_xy(self.network, self.seg[idx], self.s[idx])


def _cells(pts: np.ndarray, pixel: float) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of points on the lattice of ``pixel`` cells anchored at the origin:
    cell (r, c) spans x in [c, c + 1) and y in (-(r + 1), -r] pixels, so windows cut from
    it for different origins share cell edges and their polygons line up."""
    return (
        np.floor(-pts[:, 1] / pixel).astype(np.int64),
        np.floor(pts[:, 0] / pixel).astype(np.int64),
    )


def _reached(
    network: RoadNetwork,
    plan: _SamplePlan | None,
    spacing: float,
    node_times_row: np.ndarray,
    sources: Snapped | None,
    offset_s: np.ndarray | None,
    max_time_s: float,
    node_source: np.ndarray | None = None,
):
    """Samples reached by ``max_time_s``: (plan; sample index into it, or -1 - k for the
    k-th snapped source's own point; times; first-arriving source or None). Without a
    ``plan`` one covering the reached segments is taken."""
    t_u = node_times_row[network.seg_u]
    t_v = node_times_row[network.seg_v]
    first = np.minimum(t_u, t_v)
    reached = np.isfinite(first) & (first <= max_time_s)
    if sources is not None and len(sources):
        reached[sources.segment[sources.ok]] = True
    reached = np.flatnonzero(reached)
    if plan is None:
        plan = _SamplePlan.covering(network, spacing, spacing, reached)
    idx = plan.samples(reached)
    seg, s = plan.seg[idx], plan.s[idx]
    time, who = times_along(network, seg, s, node_times_row, node_source)
    if sources is not None and len(sources):
        off = normalise_offsets(offset_s, len(sources))
        at, src, t = direct_times(network, seg, s, sources, off)
        np.minimum.at(time, at, t)
        if who is not None:
            # Several sources may share a segment: any that matches the minimum is right.
            hit = t <= time[at]
            who[at[hit]] = src[hit]
        ok = np.flatnonzero(sources.ok)
        idx = np.concatenate([idx, -1 - np.arange(len(ok))])
        time = np.concatenate([time, off[ok]])
        if who is not None:
            who = np.concatenate([who, ok])
    keep = time <= max_time_s
    return plan, idx[keep], time[keep], (who[keep] if who is not None else None)


def _reached_classes(
    network: RoadNetwork,
    spacing: float,
    node_times_row: np.ndarray,
    sources: Snapped,
    offset_s: np.ndarray,
    limits: np.ndarray,
):
    """Cells and classes (index of the first limit met) of the samples reached within
    the last limit, the sources' own points included: (rows, columns, classes).

    Most segments lie within one class from end to end; their samples take it without
    being timed one by one. A segment is timed per sample only when its earliest and
    latest possible times straddle a limit, or a source sits on it.
    """
    max_s = float(limits[-1])
    # Only the segments at reached nodes, not every segment of the network.
    reached = _segments_at(network, np.flatnonzero(node_times_row <= max_s))
    t_u, t_v = node_times_row[network.seg_u[reached]], node_times_row[network.seg_v[reached]]
    cost = network.cost_s[reached]
    first_reached = np.minimum(t_u, t_v)
    # Entering along the segment from each end, where its direction allows.
    a = np.where(network.forward[reached], t_u, np.inf)
    b = np.where(network.backward[reached], t_v, np.inf)
    # The latest time inside the segment: where the two fronts meet, or its far end.
    with np.errstate(invalid="ignore"):
        meet = np.where(np.abs(b - a) <= cost, 0.5 * (a + b + cost), np.minimum(a, b) + cost)
    low = np.searchsorted(limits, first_reached, side="left").astype(np.uint8)
    high = np.searchsorted(limits, meet, side="left")
    mixed = low != high
    own = np.zeros(network.n_segments, dtype=bool)
    own[sources.segment[sources.ok]] = True
    mixed |= own[reached]
    whole = reached[~mixed]
    # Segments with a source on them are timed sample by sample, as are the mixed ones.
    own[reached] = False
    timed = np.sort(np.concatenate([reached[mixed], np.flatnonzero(own)]))
    plan = _SamplePlan.covering(network, spacing, spacing, np.union1d(reached, timed))
    idx = plan.samples(whole)
    rows, cols = [plan.rows[idx]], [plan.cols[idx]]
    classes = [np.repeat(low[~mixed], plan.counts(whole))]
    idx = plan.samples(timed)
    seg, s = plan.seg[idx], plan.s[idx]
    time, _ = times_along(network, seg, s, node_times_row)
    at, _, t = direct_times(network, seg, s, sources, offset_s)
    np.minimum.at(time, at, t)
    ok = np.flatnonzero(sources.ok)
    src_rows, src_cols = (c.astype(np.int32) for c in _cells(sources.point[ok], plan.pixel))
    cls = np.searchsorted(limits, np.concatenate([time, offset_s[ok]]), side="left").astype(np.uint8)
    keep = cls < len(limits)
    rows.append(np.concatenate([plan.rows[idx], src_rows])[keep])
    cols.append(np.concatenate([plan.cols[idx], src_cols])[keep])
    classes.append(cls[keep])
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(classes)


def _sample_points(plan: _SamplePlan, idx: np.ndarray, sources: Snapped | None) -> np.ndarray:
    """Coordinates of reached samples (negative indices: the sources' own points)."""
    pts = plan.xy(np.maximum(idx, 0))
    extra = idx < 0
    if extra.any():
        pts[extra] = sources.point[sources.ok][-1 - idx[extra]]
    return pts


def _sample_cells(
    plan: _SamplePlan, idx: np.ndarray, sources: Snapped | None
) -> tuple[np.ndarray, np.ndarray]:
    """Lattice cells of reached samples, as :func:`_sample_points` for coordinates."""
    safe = np.maximum(idx, 0)
    rows, cols = plan.rows[safe], plan.cols[safe]
    extra = idx < 0
    if extra.any():
        rows[extra], cols[extra] = _cells(sources.point[sources.ok][-1 - idx[extra]], plan.pixel)
    return rows, cols


def _reached_samples(
    network: RoadNetwork,
    node_times_row: np.ndarray,
    spacing: float,
    sources: Snapped | None,
    offset_s: np.ndarray | None,
    max_time_s: float,
    node_source: np.ndarray | None = None,
):
    """Sample points, times and (optionally) first-arriving source, sources included."""
    plan, idx, time, who = _reached(
        network, None, spacing, node_times_row, sources, offset_s, max_time_s, node_source
    )
    return _sample_points(plan, idx, sources), time, who


def segment_point_times(
    network: RoadNetwork,
    node_times_row: np.ndarray,
    spacing: float,
    sources: Snapped | None = None,
    source_offset_s: np.ndarray | None = None,
    max_time_s: float = np.inf,
) -> tuple[np.ndarray, np.ndarray]:
    """Points along reached segments (at most ``spacing`` apart, ends included) and times.

    Each point takes the earlier of arriving from either end the direction allows. Node
    times alone miss the stretch between a mid-segment origin and its segment's ends, so
    pass the origins as ``sources`` (with their offsets) to include it; the origin points
    themselves are then appended. Points later than ``max_time_s`` are left out.
    """
    row = np.asarray(node_times_row, dtype=float)
    pts, time, _ = _reached_samples(network, row, spacing, sources, source_offset_s, float(max_time_s))
    if not np.isfinite(max_time_s):
        finite = np.isfinite(time)
        pts, time = pts[finite], time[finite]
    return pts, time


# ---------------------------------------------------------------------- raster
class _Window:
    """A raster window on the lattice of :func:`_cells`: rows r0.., columns c0.., with
    ``pad`` cells around the given cells."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray, pad: int):
        self.r0 = int(rows.min()) - pad
        self.c0 = int(cols.min()) - pad
        self.ny = int(rows.max()) + pad + 1 - self.r0
        self.nx = int(cols.max()) + pad + 1 - self.c0

    def flat(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        return (rows.astype(np.int64) - self.r0) * self.nx + (cols.astype(np.int64) - self.c0)

    def origin(self, pixel: float) -> tuple[float, float]:
        """(x of the left edge, y of the top edge) in map units."""
        return self.c0 * pixel, -self.r0 * pixel


def _fits(cells, pad: float, pixel: float) -> bool:
    """Whether a window around these lattice cells, ``pad`` map units wide, is small enough."""
    rows, cols = cells
    if len(rows) == 0:
        return True
    pad_cells = 2 * (pad / pixel + 1)
    return bool((np.ptp(rows) + pad_cells) * (np.ptp(cols) + pad_cells) <= MAX_CELLS)


def _on_lattice(cells, pts, pad: float, pixel: float):
    """(rows, columns, pixel) for the points: ``cells`` as given when a window around them
    stays within MAX_CELLS, else the points (``pts``, or a function giving them) on a
    coarser pixel: a bigger grid would spend seconds and hundreds of MB on detail no map
    needs."""
    if cells is not None and _fits(cells, pad, pixel):
        return cells[0], cells[1], pixel
    pts = pts() if callable(pts) else pts
    x, y = pts[:, 0], pts[:, 1]
    area = (np.ptp(x) + 2 * pad + 2 * pixel) * (np.ptp(y) + 2 * pad + 2 * pixel)
    if area / pixel**2 > MAX_CELLS:
        pixel = float(np.sqrt(area / MAX_CELLS))
    rows, cols = _cells(pts, pixel)
    return rows, cols, pixel


def _grown_classes(rows, cols, point_class, none: int, width: float, pixel: float):
    """The class raster of the points grown by the disk of radius ``width``, on a window
    with room for the disk: (classes, window)."""
    reach = int(np.floor(width / pixel + 1e-9))
    window = _Window(rows, cols, reach + 1)
    classes = np.full(window.ny * window.nx, none, dtype=np.uint8)
    np.minimum.at(classes, window.flat(rows, cols), point_class)
    classes = classes.reshape(window.ny, window.nx)
    if width > 0:
        classes = _disk_minimum(classes, width, pixel, none)
    return classes, window


def _level_polygons(
    point_class: np.ndarray, n_levels: int, width: float, pixel: float, pts=None, cells=None
) -> list:
    """One MultiPolygon per level k < n_levels: cells within ``width`` of a point of class
    <= k. The points come as their ``cells`` on the ``pixel`` lattice, or as ``pts`` (an
    (n, 2) array or a function giving one, needed when no cells are given or the window
    would be too big)."""
    if len(point_class) == 0:
        return [_empty() for _ in range(n_levels)]
    rows, cols, grid_pixel = _on_lattice(cells, pts, width + 2 * pixel, pixel)
    classes, window = _grown_classes(rows, cols, point_class.astype(np.uint8), n_levels, width, grid_pixel)
    x0, top = window.origin(grid_pixel)
    return class_outlines(classes, range(n_levels), x0, top, grid_pixel)


def _disk_rectangles(width: float, pixel: float) -> list[tuple[int, int]]:
    """The cell disk of radius ``width`` as a union of centred rectangles (half-height,
    half-width): the disk's half-width only shrinks away from the centre row, so keeping
    the rows where it changes is enough."""
    reach = int(np.floor(width / pixel + 1e-9))
    half = [
        int(np.floor(np.sqrt(max(width * width - (d * pixel) ** 2, 0.0)) / pixel + 1e-9))
        for d in range(reach + 1)
    ]
    return [(d, half[d]) for d in range(reach + 1) if d == reach or half[d] != half[d + 1]]


def _sliding_min(a: np.ndarray, window: int, axis: int) -> np.ndarray:
    """Minimum over each run of ``window`` cells along ``axis`` (the output is window - 1
    shorter), by doubling: log2(window) whole-array numpy minimums. For the few-cell
    windows used here that is several times faster than ndimage.minimum_filter1d."""
    if window == 1:
        return a

    def cut(x, start, stop):
        index = [slice(None)] * x.ndim
        index[axis] = slice(start, stop)
        return x[tuple(index)]

    n_out = a.shape[axis] - window + 1
    m = a
    span = 1  # m[i] holds the minimum of a[i .. i + span - 1]
    while span * 2 <= window:
        length = m.shape[axis]
        m = np.minimum(cut(m, 0, length - span), cut(m, span, length))
        span *= 2
    return np.minimum(cut(m, 0, n_out), cut(m, window - span, window - span + n_out))


def _disk_minimum(grid: np.ndarray, width: float, pixel: float, outside) -> np.ndarray:
    """Minimum of ``grid`` over the disk of radius ``width`` around each cell centre.

    A disk is not separable, but each rectangle is: two running-minimum passes per
    rectangle beat a 2-D footprint filter and, for all breaks at once, one distance
    transform per break. ``outside`` is the value beyond the grid edge; the grid is
    padded once, so the passes only take slices.
    """
    rectangles = _disk_rectangles(width, pixel)
    reach = max(max(h, w) for h, w in rectangles)
    if reach == 0:
        return grid.copy()
    ny, nx = grid.shape
    padded = np.pad(grid, reach, constant_values=outside)
    out = None
    for half_h, half_w in rectangles:
        rows = padded[reach - half_h : reach + ny + half_h]
        column_min = _sliding_min(rows, 2 * half_h + 1, 0)
        part = _sliding_min(column_min[:, reach - half_w : reach + nx + half_w], 2 * half_w + 1, 1)
        if out is None:
            out = np.array(part)  # a fresh array even when part is a view of the padding
        else:
            np.minimum(out, part, out=out)
    return out


def buffered_points_polygon(pts: np.ndarray, width: float, pixel: float):
    """The area within ``width`` of any point, smoothed cell outlines (empty if no point)."""
    pts = np.asarray(pts, dtype=float).reshape(-1, 2)
    return _level_polygons(np.zeros(len(pts), dtype=np.uint8), 1, width, pixel, pts=pts)[0]


# ---------------------------------------------------------------------- public API
def _breaks_s(breaks_min: Sequence[float]) -> np.ndarray:
    breaks = sorted({float(b) for b in breaks_min if b is not None and np.isfinite(b) and b > 0})
    return np.asarray(breaks, dtype=float)


def isochrone_polygons(
    network: RoadNetwork,
    origins: Snapped,
    breaks_min: Sequence[float],
    origin_offset_s: np.ndarray | None = None,
    width: float = 50.0,
    pixel: float | None = None,
    dissolve: bool = False,
    progress: Callable[[float], object] | None = None,
    chunk: int = 64,
) -> list[tuple[int, float, object]]:
    """(origin index, break minutes, MultiPolygon) per origin and break, breaks ascending.

    With ``dissolve`` one polygon per break for all origins together (origin index -1).
    The polygon is the reached road, partial segments included, grown by ``width``
    metres. An origin off the network gets empty polygons. ``progress(fraction)`` may
    return False to cancel (raises :class:`Cancelled`).
    """
    breaks_min_sorted = _breaks_s(breaks_min)
    if len(breaks_min_sorted) == 0 or len(origins) == 0:
        return []
    thresholds = breaks_min_sorted * 60.0
    max_s = float(thresholds[-1])
    pixel = default_pixel(width) if pixel is None else float(pixel)
    # Samples one pixel apart, so every cell a road crosses gets one.
    limits = thresholds + _SLACK_S
    off = normalise_offsets(origin_offset_s, len(origins))
    result: list[tuple[int, float, object]] = []

    def report(fraction: float) -> None:
        if progress is not None and progress(float(fraction)) is False:
            raise Cancelled()

    def emit(index: int, row: np.ndarray, sources: Snapped, src_off: np.ndarray) -> None:
        rows, cols, point_class = _reached_classes(network, pixel, row, sources, src_off, limits)
        cells, pts = (rows, cols), None
        if not _fits(cells, width + 2 * pixel, pixel):
            # A coarser pixel than the plan's: the points themselves are needed.
            plan, idx, t, _ = _reached(network, None, pixel, row, sources, src_off, max_s)
            cells, pts = None, _sample_points(plan, idx, sources)
            point_class = np.searchsorted(limits, t, side="left")
        polygons = _level_polygons(point_class, len(limits), width, pixel, pts=pts, cells=cells)
        for b, geom in zip(breaks_min_sorted, polygons):
            result.append((index, float(b), geom))

    if dissolve:
        row, _ = network.node_times_min(origins, off, limit_s=max_s)
        report(0.5)
        emit(-1, row, origins, off)
        report(1.0)
        return result

    n = len(origins)
    chunk = max(1, int(chunk))
    for start in range(0, n, chunk):
        block = np.arange(start, min(n, start + chunk))
        times = network.node_times(origins.subset(block), off[block], limit_s=max_s)
        for k, i in enumerate(block):
            if not origins.ok[i]:
                result.extend((int(i), float(b), _empty()) for b in breaks_min_sorted)
            else:
                emit(int(i), times[k], origins.subset([i]), off[i : i + 1])
            report((i + 1) / n)
    return result


def response_zones(
    network: RoadNetwork,
    facilities: Snapped,
    breaks_min: Sequence[float],
    facility_offset_s: np.ndarray | None = None,
    width: float = 50.0,
    pixel: float | None = None,
) -> list[tuple[int, float, object]]:
    """Nearest-facility areas: (facility index, band upper minutes, MultiPolygon).

    Every reached road point belongs to the facility that gets there first; each cell
    within ``width`` of reached road takes the facility and time band of the nearest road
    cell, so areas of different facilities (and bands) never overlap.
    """
    breaks = _breaks_s(breaks_min)
    if len(breaks) == 0 or not facilities.ok.any():
        return []
    thresholds = breaks * 60.0
    max_s = float(thresholds[-1])
    pixel = default_pixel(width) if pixel is None else float(pixel)
    off = normalise_offsets(facility_offset_s, len(facilities))
    node_t, node_src = network.node_times_min(facilities, off, limit_s=max_s)
    plan, idx, t, who = _reached(network, None, pixel, node_t, facilities, off, max_s, node_src)
    if len(idx) == 0:
        return []
    rows, cols, grid_pixel = _on_lattice(
        _sample_cells(plan, idx, facilities),
        lambda: _sample_points(plan, idx, facilities),
        width + 2 * pixel,
        pixel,
    )
    window = _Window(rows, cols, int(np.floor(width / grid_pixel + 1e-9)) + 1)
    cell = window.flat(rows, cols)
    # Per cell, the earliest sample decides both the facility and the band.
    order = np.lexsort((t, cell))
    first = np.ones(len(order), dtype=bool)
    first[1:] = cell[order][1:] != cell[order][:-1]
    pick = order[first]
    nb = len(breaks)
    band = np.searchsorted(thresholds + _EPS_S, t[pick], side="left")
    labels = np.zeros(window.ny * window.nx, dtype=np.int64)
    labels[cell[pick]] = who[pick] * nb + band + 1
    labels = labels.reshape(window.ny, window.nx)
    dist, (near_r, near_c) = ndimage.distance_transform_edt(
        labels == 0, sampling=grid_pixel, return_indices=True
    )
    zones = labels[near_r, near_c]
    zones[dist > width + 1e-9] = 0
    # Only the labels present are traced, renumbered 1..n.
    present, dense = np.unique(zones, return_inverse=True)
    dense = dense.reshape(zones.shape)
    if present[0] != 0:
        dense += 1
        present = np.concatenate([[0], present])
    x0, top = window.origin(grid_pixel)
    out = []
    for value, geom in zip(present[1:], label_outlines(dense, len(present) - 1, x0, top, grid_pixel)):
        fac, b = divmod(int(value) - 1, nb)
        out.append((int(fac), float(breaks[b]), geom))
    return out
