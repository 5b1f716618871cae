"""Areas reachable within given minutes, drawn as polygons that hug the reached roads.

Polygons come from a raster, not from buffering segments: road sample points are burnt
into a grid holding, per cell, the first break its earliest sample meets; a minimum over
a disk of the buffer width grows that road raster into areas, each break is a threshold
on the result, and GDAL turns each threshold mask into polygons. One grid per origin and
one threshold order for all breaks makes the 1-min area lie exactly inside the 3-min
one, and the whole thing costs milliseconds instead of the half-second a vector
buffer-and-union takes per polygon.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Callable

import numpy as np
from scipy import ndimage

from .network import Cancelled, RoadNetwork, Snapped, normalise_offsets, same_segment_pairs

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
    t_u = node_times_row[network.seg_u]
    t_v = node_times_row[network.seg_v]
    first = np.minimum(t_u, t_v)
    reached = np.isfinite(first) & (first <= max_time_s)
    if sources is not None and len(sources):
        reached[sources.segment[sources.ok]] = True
    seg, s, _ = sample_positions(network, np.flatnonzero(reached), spacing)
    time, who = times_along(network, seg, s, node_times_row, node_source)
    pts = positions_xy(network, seg, s)
    if sources is not None and len(sources):
        off = normalise_offsets(offset_s, len(sources))
        idx, src, t = direct_times(network, seg, s, sources, off)
        np.minimum.at(time, idx, t)
        if who is not None:
            # Several sources may share a segment: any that matches the minimum is right.
            hit = t <= time[idx]
            who[idx[hit]] = src[hit]
        ok = np.flatnonzero(sources.ok)
        pts = np.concatenate([pts, sources.point[ok]])
        time = np.concatenate([time, off[ok]])
        if who is not None:
            who = np.concatenate([who, ok])
    keep = time <= max_time_s
    return pts[keep], time[keep], (who[keep] if who is not None else None)


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
class _Grid:
    """A raster window on a lattice anchored at multiples of ``pixel``.

    Windows computed for different origins share cell edges, so their polygons line up.
    """

    def __init__(self, xmin: float, ymin: float, xmax: float, ymax: float, pixel: float):
        area = max(xmax - xmin, pixel) * max(ymax - ymin, pixel)
        if area / pixel**2 > MAX_CELLS:
            pixel = float(np.sqrt(area / MAX_CELLS))
        self.pixel = pixel
        self.x0 = np.floor(xmin / pixel) * pixel
        y0 = np.floor(ymin / pixel) * pixel
        self.nx = int(np.ceil((xmax - self.x0) / pixel)) + 1
        self.ny = int(np.ceil((ymax - y0) / pixel)) + 1
        self.top = y0 + self.ny * pixel

    @classmethod
    def around(cls, pts: np.ndarray, pixel: float, pad: float) -> _Grid:
        # Per column: numpy reduces an (n, 2) array along axis 0 fifty times slower.
        x, y = pts[:, 0], pts[:, 1]
        return cls(x.min() - pad, y.min() - pad, x.max() + pad, y.max() + pad, pixel)

    def cells(self, pts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        col = np.floor((pts[:, 0] - self.x0) / self.pixel).astype(np.int64)
        row = np.floor((self.top - pts[:, 1]) / self.pixel).astype(np.int64)
        return np.clip(row, 0, self.ny - 1), np.clip(col, 0, self.nx - 1)


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


def _running_min(a: np.ndarray, half: int, axis: int, outside) -> np.ndarray:
    """Minimum over a centred window of 2·half+1 cells along ``axis`` (``outside`` beyond
    the edges), by doubling: log2(window) whole-array numpy minimums. For the few-cell
    windows used here that is several times faster than ndimage.minimum_filter1d."""
    if half == 0:
        return a
    window = 2 * half + 1
    n = a.shape[axis]

    def cut(x, start, stop):
        index = [slice(None)] * x.ndim
        index[axis] = slice(start, stop)
        return x[tuple(index)]

    pad_shape = list(a.shape)
    pad_shape[axis] = half
    pad = np.full(pad_shape, outside, dtype=a.dtype)
    m = np.concatenate([pad, a, pad], axis=axis)
    span = 1  # m[i] holds the minimum of the padded cells i .. i + span - 1
    while span * 2 <= window:
        length = m.shape[axis]
        m = np.minimum(cut(m, 0, length - span), cut(m, span, length))
        span *= 2
    return np.minimum(cut(m, 0, n), cut(m, window - span, window - span + n))


def _disk_minimum(grid: np.ndarray, width: float, pixel: float, outside) -> np.ndarray:
    """Minimum of ``grid`` over the disk of radius ``width`` around each cell centre.

    A disk is not separable, but each rectangle is: two running-minimum passes per
    rectangle beat a 2-D footprint filter and, for all breaks at once, one distance
    transform per break. ``outside`` is the value beyond the grid edge.
    """
    out = None
    for half_h, half_w in _disk_rectangles(width, pixel):
        part = _running_min(_running_min(grid, half_h, 0, outside), half_w, 1, outside)
        if out is None:
            out = part.copy() if part is grid else part
        else:
            np.minimum(out, part, out=out)
    return out


def _crop(mask: np.ndarray):
    """(window, row offset, column offset) of the True cells' bounding box, or None."""
    rows = np.flatnonzero(mask.any(axis=1))
    if len(rows) == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    return mask[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1], int(rows[0]), int(cols[0])


def _ogr_memory_source():
    from osgeo import ogr

    # The vector side of the MEM driver only exists from GDAL 3.11; older ones call it Memory.
    for name in ("MEM", "Memory"):
        driver = ogr.GetDriverByName(name)
        if driver is not None:
            source = driver.CreateDataSource("")
            if source is not None:
                return source
    raise RuntimeError("GDAL has no in-memory vector driver")


def polygonize(values: np.ndarray, x0: float, top: float, pixel: float) -> dict[int, object]:
    """GDAL-polygonize non-zero cells into one shapely MultiPolygon per cell value."""
    import shapely
    from osgeo import gdal, ogr

    values = np.ascontiguousarray(values, dtype=np.int32)
    ny, nx = values.shape
    raster = gdal.GetDriverByName("MEM").Create("", nx, ny, 1, gdal.GDT_Int32)
    raster.SetGeoTransform((float(x0), float(pixel), 0.0, float(top), 0.0, -float(pixel)))
    band = raster.GetRasterBand(1)
    band.WriteArray(values)
    source = _ogr_memory_source()
    layer = source.CreateLayer("polygons", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    # The band doubles as its own mask, so zero cells make no polygons.
    if gdal.Polygonize(band, band, layer, 0, [], callback=None) != 0:
        raise RuntimeError("GDAL could not polygonize the travel-time raster")
    groups: dict[int, list[bytes]] = {}
    layer.ResetReading()
    feature = layer.GetNextFeature()
    while feature is not None:
        geom = feature.GetGeometryRef()
        if geom is not None:
            groups.setdefault(int(feature.GetField(0)), []).append(bytes(geom.ExportToWkb()))
        feature = layer.GetNextFeature()
    return {value: _as_multipolygon(shapely.from_wkb(wkbs)) for value, wkbs in groups.items()}


def _as_multipolygon(polygons):
    """Polygons from one mask as a valid MultiPolygon (repaired only when needed)."""
    import shapely

    multi = shapely.multipolygons(polygons)
    if shapely.is_valid(multi):
        return multi
    fixed = shapely.make_valid(multi)
    parts = shapely.get_parts(fixed)
    parts = parts[shapely.get_type_id(parts) == 3]
    return shapely.multipolygons(parts) if len(parts) else _empty()


def mask_polygons(mask: np.ndarray, grid: _Grid, r0: int = 0, c0: int = 0):
    """MultiPolygon of the True cells of ``mask`` placed at (r0, c0) of ``grid``."""
    got = polygonize(mask.astype(np.int32), grid.x0 + c0 * grid.pixel, grid.top - r0 * grid.pixel, grid.pixel)
    return got.get(1, _empty())


def buffered_points_polygon(pts: np.ndarray, width: float, pixel: float):
    """The area within ``width`` of any point, as grid-cell polygons (empty if no point)."""
    if len(pts) == 0:
        return _empty()
    grid = _Grid.around(pts, pixel, pad=width + 2 * pixel)
    classes = np.ones((grid.ny, grid.nx), dtype=np.uint8)
    row, col = grid.cells(pts)
    classes[row, col] = 0
    if width > 0:
        classes = _disk_minimum(classes, width, grid.pixel, 1)
    window = _crop(classes == 0)
    if window is None:
        return _empty()
    area, r0, c0 = window
    return mask_polygons(area, grid, r0, c0)


def threshold_polygons(
    pts: np.ndarray, times: np.ndarray, thresholds_s: Sequence[float], width: float, pixel: float
) -> list:
    """One MultiPolygon per threshold (ascending): cells within ``width`` of a road point
    reached by then. All thresholds share one grid, so the results nest exactly."""
    thresholds = sorted(float(x) for x in thresholds_s)
    if len(thresholds) > 250:
        raise ValueError("at most 250 breaks")
    if len(pts) == 0:
        return [_empty() for _ in thresholds]
    grid = _Grid.around(pts, pixel, pad=width + 2 * pixel)
    limits = np.asarray(thresholds, dtype=float) + _SLACK_S
    # Cell classes instead of times: class k = first threshold the cell meets (len = none).
    # The disk minimum commutes with this monotone step, and bytes filter faster than floats.
    none = len(limits)
    point_class = np.searchsorted(limits, times, side="left").astype(np.uint8)
    row, col = grid.cells(pts)
    classes = np.full(grid.ny * grid.nx, none, dtype=np.uint8)
    np.minimum.at(classes, row * grid.nx + col, point_class)
    classes = classes.reshape(grid.ny, grid.nx)
    reach = 0
    if width > 0:
        classes = _disk_minimum(classes, width, grid.pixel, none)
        reach = int(np.floor(width / grid.pixel + 1e-9))
    out = []
    for k in range(len(limits)):
        sel = point_class <= k
        if not sel.any():
            out.append(_empty())
            continue
        # The grown area's box is the box of its road cells plus the disk radius.
        r0 = max(0, int(np.min(row, where=sel, initial=grid.ny)) - reach)
        r1 = min(grid.ny, int(np.max(row, where=sel, initial=-1)) + reach + 1)
        c0 = max(0, int(np.min(col, where=sel, initial=grid.nx)) - reach)
        c1 = min(grid.nx, int(np.max(col, where=sel, initial=-1)) + reach + 1)
        out.append(mask_polygons(classes[r0:r1, c0:c1] <= k, grid, r0, c0))
    return out


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
    # Samples one pixel apart: sparser ones make ragged fronts that cost more to polygonize.
    spacing = pixel
    off = normalise_offsets(origin_offset_s, len(origins))
    result: list[tuple[int, float, object]] = []

    def report(fraction: float) -> None:
        if progress is not None and progress(float(fraction)) is False:
            raise Cancelled()

    def emit(index: int, row: np.ndarray, sources: Snapped, src_off: np.ndarray) -> None:
        pts, t, _ = _reached_samples(network, row, spacing, sources, src_off, max_s)
        for b, geom in zip(breaks_min_sorted, threshold_polygons(pts, t, thresholds, width, pixel)):
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
    pts, t, who = _reached_samples(network, node_t, pixel, facilities, off, max_s, node_src)
    if len(pts) == 0:
        return []
    grid = _Grid.around(pts, pixel, pad=width + 2 * pixel)
    row, col = grid.cells(pts)
    cell = row * grid.nx + col
    # Per cell, the earliest sample decides both the facility and the band.
    order = np.lexsort((t, cell))
    first = np.ones(len(order), dtype=bool)
    first[1:] = cell[order][1:] != cell[order][:-1]
    pick = order[first]
    nb = len(breaks)
    band = np.searchsorted(thresholds + _EPS_S, t[pick], side="left")
    labels = np.zeros(grid.ny * grid.nx, dtype=np.int32)
    labels[cell[pick]] = (who[pick] * nb + band + 1).astype(np.int32)
    labels = labels.reshape(grid.ny, grid.nx)
    dist, (near_r, near_c) = ndimage.distance_transform_edt(
        labels == 0, sampling=grid.pixel, return_indices=True
    )
    zones = labels[near_r, near_c]
    zones[dist > width + 1e-9] = 0
    out = []
    for value, geom in sorted(polygonize(zones, grid.x0, grid.top, grid.pixel).items()):
        fac, b = divmod(value - 1, nb)
        out.append((int(fac), float(breaks[b]), geom))
    return out
