"""Patrol grids: square or hexagonal cells that tile a jurisdiction exactly.

The cells are laid out in a metric *work* CRS (the boundary's own when it is metric), but
clipped in the *boundary's* CRS against the boundary as given, so the outer edge of the grid
is the boundary itself, not a re-projected copy of it.

Exactness comes from three rules:

* every cell corner is a point of one integer lattice (multiples of half a cell in x, of a
  quarter of the hexagon's height in y), computed once and shared by index, so neighbours
  have bit-identical common edges whatever the coordinate transform does to them;
* cells wholly inside the boundary are kept untouched; only cells crossing its edge are
  intersected with it (one vectorised ``shapely.intersection`` with the prepared boundary);
* small clipped pieces are merged into the neighbour they share the longest edge with, and
  every merged zone goes through the same fixed-precision union, so the result is a coverage:
  no gap, no overlap, holes kept out.

Zones are numbered in reading order: grid rows from the top, cells left to right.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import shapely

SQUARE = "square"
HEXAGON = "hexagon"
SHAPES = (SQUARE, HEXAGON)

# Refused above this many cells over the boundary's extent (counted before any work is done):
# a city's patrol grid has hundreds to a few thousand cells; 200,000 takes tens of seconds
# and several hundred MB, and is always a mistyped cell size.
MAX_CELLS = 200_000

SQRT3 = math.sqrt(3.0)

Transform = Callable[[np.ndarray], np.ndarray]  # (n, 2) coordinates → (n, 2) coordinates


class GridError(ValueError):
    """The grid cannot be made; ``reason`` says why, ``values`` hold the numbers for a message.

    reason: "cell_size" (≤ 0 or not a number), "min_cell_pct" (outside 0–100),
    "too_many" (count, limit, min_size), "empty" (no area to tile), "cancelled".
    """

    def __init__(self, reason: str, message: str, **values):
        super().__init__(message)
        self.reason = reason
        self.values = values


@dataclass
class GridResult:
    """The zones, in reading order, in the boundary's coordinates."""

    geometries: list  # shapely Polygons
    codes: list[str]
    full_cells: int  # cells wholly inside the boundary
    clipped_cells: int  # cells cut by the boundary's edge (before merging)
    merged: int  # clipped pieces merged into a neighbour
    isolated: list[str] = field(default_factory=list)  # codes of small pieces with no neighbour to merge into
    cell_area_m2: float = 0.0
    candidate_cells: int = 0  # cells laid over the extent (what the limit counts)


def cell_area(shape: str, cell_size: float) -> float:
    """Area of one full cell in square metres (square: side²; hexagon: √3/2 · d², d across flats)."""
    return cell_size * cell_size if shape == SQUARE else SQRT3 / 2.0 * cell_size * cell_size


def _lattice(shape: str, cell_size: float) -> tuple[float, float]:
    """The lattice steps (x, y): all cell corners are integer multiples of them."""
    if shape == SQUARE:
        return cell_size, cell_size
    # Pointy-top hexagons, d = cell_size across flats (horizontal), side a = d/√3:
    # corners at x = k·d/2, y = m·a/2; centres one row apart are 3·a/2 apart.
    return cell_size / 2.0, cell_size / SQRT3 / 2.0


def _ranges(shape: str, cell_size: float, bounds) -> tuple[range, range]:
    """Rows and columns of the cells that can touch ``bounds`` (xmin, ymin, xmax, ymax).

    One spare cell on every side: after a transform to a geographic CRS a boundary edge lying
    on a lattice line is a chord that may bow out of the cells' polyline by a hair.
    """
    xmin, ymin, xmax, ymax = bounds
    hx, hy = _lattice(shape, cell_size)
    if shape == SQUARE:
        cols = range(math.floor(xmin / cell_size) - 1, math.ceil(xmax / cell_size) + 1)
        rows = range(math.floor(ymin / cell_size) - 1, math.ceil(ymax / cell_size) + 1)
        return rows, cols
    # Row r: centre y = 3r·hy, reaching ±2hy. Column c: centre x = (2c + r%2)·hx, reaching ±hx.
    rows = range(math.floor((ymin - 2 * hy) / (3 * hy)) - 1, math.ceil((ymax + 2 * hy) / (3 * hy)) + 2)
    cols = range(math.floor((xmin - 2 * hx) / (2 * hx)) - 1, math.ceil(xmax / (2 * hx)) + 2)
    return rows, cols


def cell_count(shape: str, cell_size: float, bounds) -> int:
    """How many cells a grid over ``bounds`` (work CRS, metres) lays down: known before any work."""
    _check_shape_size(shape, cell_size)
    rows, cols = _ranges(shape, cell_size, bounds)
    return len(rows) * len(cols)


def smallest_cell_size(shape: str, bounds, limit: int) -> float:
    """The smallest whole-metre cell size whose grid over ``bounds`` stays within ``limit`` cells."""
    xmin, ymin, xmax, ymax = bounds
    area = max((xmax - xmin) * (ymax - ymin), 1.0)
    size = max(1.0, math.floor(math.sqrt(area / cell_area(shape, 1.0) / limit)))
    while cell_count(shape, size, bounds) > limit:
        size = math.ceil(size * 1.02 + 1.0)
    return float(size)


def _check_shape_size(shape: str, cell_size: float) -> None:
    if shape not in SHAPES:
        raise GridError("shape", f"unknown cell shape {shape!r}; use one of {', '.join(SHAPES)}")
    if not (isinstance(cell_size, (int, float)) and math.isfinite(cell_size) and cell_size > 0):
        raise GridError(
            "cell_size",
            f"the cell size must be a positive number of metres, not {cell_size}",
            cell_size=cell_size,
        )


def lattice_cells(
    shape: str, cell_size: float, bounds
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every cell over ``bounds``: (unique corner coordinates (n, 2), ring indices into them
    (cells, 5 or 7), row, column). Corners are shared by index, never recomputed."""
    rows, cols = _ranges(shape, cell_size, bounds)
    hx, hy = _lattice(shape, cell_size)
    r, c = (
        a.ravel()
        for a in np.meshgrid(
            np.arange(rows.start, rows.stop), np.arange(cols.start, cols.stop), indexing="ij"
        )
    )
    if shape == SQUARE:
        kx, ky = c, r
        offsets = np.array([(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)])
    else:
        kx, ky = 2 * c + (r & 1), 3 * r
        offsets = np.array([(0, 2), (1, 1), (1, -1), (0, -2), (-1, -1), (-1, 1), (0, 2)])
    corners_k = np.stack([kx[:, None] + offsets[None, :, 0], ky[:, None] + offsets[None, :, 1]], axis=-1)
    # One integer key per lattice point (a 1-D unique is much faster than unique rows).
    kx_all, ky_all = corners_k[..., 0].ravel(), corners_k[..., 1].ravel()
    x0, y0 = kx_all.min(), ky_all.min()
    span = int(kx_all.max() - x0 + 1)
    unique_key, inverse = np.unique((ky_all - y0) * span + (kx_all - x0), return_inverse=True)
    xy = np.column_stack([(unique_key % span + x0) * hx, (unique_key // span + y0) * hy]).astype(float)
    return xy, inverse.reshape(corners_k.shape[:2]), r, c


def union_boundary(geometries) -> tuple[object, list[tuple[int, str]]]:
    """One polygonal boundary from a layer's shapes: (geometry or None, repairs).

    Invalid shapes are repaired with ``make_valid`` (only their polygonal parts kept); each
    repair is listed as (position in ``geometries``, GEOS's reason) so the caller can warn.
    Shapes with no area are skipped.
    """
    keep, repairs = [], []
    for i, g in enumerate(geometries):
        if g is None or shapely.is_empty(g):
            continue
        if not shapely.is_valid(g):
            repairs.append((i, shapely.is_valid_reason(g)))
            g = shapely.make_valid(g)
        keep.extend(p for p in shapely.get_parts(g) if shapely.get_type_id(p) in (3, 6))
    polygons = [q for p in keep for q in shapely.get_parts(p) if q.area > 0]
    if not polygons:
        return None, repairs
    merged = shapely.union_all(polygons) if len(polygons) > 1 else polygons[0]
    return merged, repairs


def zone_code(prefix: str, number: int, width: int) -> str:
    """ "Z", 7, 3 → "Z-007"; a prefix ending in "-", "_", "/" or a space is used as is; "" → "007"."""
    digits = f"{number:0{width}d}"
    if not prefix:
        return digits
    return prefix + digits if prefix[-1] in "-_/ " else f"{prefix}-{digits}"


def create_grid(
    boundary,
    shape: str,
    cell_size: float,
    *,
    min_cell_pct: float = 25.0,
    prefix: str = "Z",
    max_cells: int = MAX_CELLS,
    to_work: Transform | None = None,
    to_boundary: Transform | None = None,
    progress: Callable[[float], bool] | None = None,
) -> GridResult:
    """Cells of ``shape`` ("square" or "hexagon") and ``cell_size`` metres tiling ``boundary``.

    ``boundary``: a valid shapely Polygon or MultiPolygon (holes are kept out), in the
    boundary's CRS. When that CRS is not metric, ``to_work`` maps its coordinates to a metric
    one and ``to_boundary`` back; both take and return (n, 2) arrays.

    Clipped pieces smaller than ``min_cell_pct`` % of a full cell merge into the neighbour
    they share the longest edge with (0 keeps every piece). A piece touching no other zone
    stays a zone of its own and is listed in ``isolated``.

    Raises GridError before any cell is made when the size is not positive, or the grid over
    the boundary's extent would have more than ``max_cells`` cells.
    """
    _check_shape_size(shape, cell_size)
    if not (0.0 <= min_cell_pct <= 100.0):
        raise GridError(
            "min_cell_pct",
            f"MIN_CELL_PCT must be between 0 and 100, not {min_cell_pct}",
            min_cell_pct=min_cell_pct,
        )
    polygons = [p for p in shapely.get_parts(boundary) if shapely.get_type_id(p) == 3 and p.area > 0]
    if not polygons:
        raise GridError("empty", "the boundary has no area")
    boundary = shapely.multipolygons(polygons) if len(polygons) > 1 else polygons[0]

    work_boundary = boundary if to_work is None else shapely.transform(boundary, to_work)
    bounds = work_boundary.bounds
    count = cell_count(shape, cell_size, bounds)
    if count > max_cells:
        raise GridError(
            "too_many",
            f"a {cell_size:g} m grid over the boundary's extent needs {count} cells; "
            f"the limit is {max_cells}",
            count=count,
            limit=max_cells,
            min_size=smallest_cell_size(shape, bounds, max_cells),
            cell_size=cell_size,
        )

    def report(fraction: float) -> None:
        if progress is not None and progress(fraction) is False:
            raise GridError("cancelled", "cancelled")

    xy, rings, rows, cols = lattice_cells(shape, cell_size, bounds)
    if to_boundary is not None:
        xy = np.asarray(to_boundary(xy), dtype=float)
    cells = shapely.polygons(xy[rings])
    report(0.1)

    shapely.prepare(boundary)
    tree = shapely.STRtree(cells)
    touching = tree.query(boundary, predicate="intersects")
    inside_mask = shapely.contains_properly(boundary, cells[touching])
    inside = touching[inside_mask]
    crossing = touching[~inside_mask]
    report(0.2)
    # Pieces: whole cells, then every polygon part of every clipped cell.
    expected = shapely.area(boundary) - shapely.area(cells[inside]).sum()
    parts, part_of = _overlay(cells[crossing], boundary, expected)
    if parts is None:  # the one-noding overlay did not add up: cell by cell instead
        clipped = _clip(cells[crossing], boundary, report)
        parts, part_of = shapely.get_parts(clipped, return_index=True)
        polygonal = (shapely.get_type_id(parts) == 3) & (shapely.area(parts) > 0)
        parts, part_of = parts[polygonal], part_of[polygonal]
    part_of = crossing[part_of]
    report(0.6)
    pieces = np.concatenate([cells[inside], parts])
    cell_of = np.concatenate([inside, part_of])
    full_area = shapely.area(cells[cell_of])  # in the boundary's units, as the pieces
    n_whole = len(inside)

    groups = _merge_small(
        pieces, (rows[cell_of], cols[cell_of]), full_area, n_whole, min_cell_pct / 100.0, to_work, report
    )
    report(0.9)

    # One geometry per group; the group is known by its largest piece's cell.
    zones, leads, n_merged, lonely = [], [], 0, []
    areas = shapely.area(pieces)
    for members, isolated in groups:
        leads.append(max(members, key=lambda i: areas[i]))
        if len(members) == 1:
            zones.append(pieces[members[0]])
        else:
            zones.append(_union(pieces[members]))
            n_merged += len(members) - 1
        lonely.append(isolated)
    # Reading order: the lead cell's row from the top, its column from the left; pieces of one
    # cell (a cell cut in two by a bay) by their own position.
    lead_cells = cell_of[np.array(leads, dtype=np.int64)]
    points = shapely.get_coordinates(shapely.point_on_surface(np.array(zones, dtype=object)))
    order = np.lexsort((points[:, 0], -points[:, 1], cols[lead_cells], -rows[lead_cells]))
    width = max(3, len(str(len(zones))))
    codes = [zone_code(prefix, n + 1, width) for n in range(len(zones))]
    geometries = [zones[i] for i in order]
    isolated = [codes[n] for n, i in enumerate(order) if lonely[i]]
    report(1.0)
    return GridResult(
        geometries,
        codes,
        full_cells=n_whole,
        clipped_cells=len(crossing),
        merged=n_merged,
        isolated=isolated,
        cell_area_m2=cell_area(shape, cell_size),
        candidate_cells=len(cells),
    )


def _overlay(cells: np.ndarray, boundary, expected: float):
    """The pieces of ``cells`` inside ``boundary`` from one noding of all their edges together:
    (pieces, index of each piece's cell), or (None, None) if they do not add up to ``expected``.

    Every crossing point of a cell edge with the boundary is computed once, so two neighbours
    cut by the boundary share it exactly, and the whole is faster than one intersection per
    cell (each of which would walk the whole boundary).
    """
    if not len(cells):
        return np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    rings = shapely.get_rings(shapely.get_parts(boundary))
    lines = shapely.union_all(np.concatenate([rings, shapely.boundary(cells)]))
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(lines)))
    if not len(faces):
        return None, None
    inner = shapely.point_on_surface(faces)
    inside = shapely.contains(boundary, inner)
    faces, inner = faces[inside], inner[inside]
    face_i, cell_i = shapely.STRtree(cells).query(inner, predicate="within")
    # Faces inside the boundary but in no crossing cell are the whole cells' region: left out.
    pieces = faces[face_i]
    total = shapely.area(pieces).sum()
    if not np.isclose(total, expected, rtol=1e-9, atol=0.0) or len(np.unique(face_i)) != len(face_i):
        return None, None
    return pieces, cell_i


def _clip(cells: np.ndarray, boundary, report, chunk: int = 2000) -> np.ndarray:
    """``cells ∩ boundary``, in chunks so a long run can be cancelled."""
    out = np.empty(len(cells), dtype=object)
    for start in range(0, len(cells), chunk):
        out[start : start + chunk] = shapely.intersection(cells[start : start + chunk], boundary)
        report(0.2 + 0.4 * min(1.0, (start + chunk) / max(len(cells), 1)))
    return out


def _union(geometries) -> object:
    """Union of pieces that share edges; a single Polygon when they are connected."""
    merged = shapely.union_all(geometries)
    if shapely.get_type_id(merged) != 3:
        # Pieces meeting at collinear but differently split edges can leave hairline
        # slivers of floating-point size; they are not part of any zone's area.
        parts = [p for p in shapely.get_parts(merged) if shapely.get_type_id(p) == 3]
        if len(parts) == 1:
            merged = parts[0]
        elif parts:
            merged = shapely.multipolygons(parts)
    return merged


def _shared_lengths(pieces, left: np.ndarray, right: np.ndarray, to_work: Transform | None) -> np.ndarray:
    """Length in metres of the edge each pair of pieces has in common (0 if they only touch)."""
    if len(left) == 0:
        return np.zeros(0)
    edges = shapely.intersection(shapely.boundary(pieces[left]), shapely.boundary(pieces[right]))
    if to_work is not None:
        edges = np.array([e if e.is_empty else shapely.transform(e, to_work) for e in edges], dtype=object)
    return shapely.length(edges)


def _merge_small(pieces, grid_rc, full_area, n_whole, threshold, to_work, report):
    """Groups of piece indices, each to become one zone: [(members, isolated)].

    A group is small when its area is below ``threshold`` of the full cell of its largest
    piece (whole cells, the first ``n_whole`` pieces, never are). Each round, every small group
    joins the neighbour group it shares the longest edge with (edges summed over members);
    groups still small go again. A small group with no neighbour sharing an edge stays as it
    is and is marked isolated. Only pieces that take part are tracked: most are whole cells.

    ``grid_rc``: (rows, columns) of each piece's cell. Edges equal to the micrometre are a tie
    (a symmetric bay gives many); the tie goes to the neighbour first in reading order, so the
    result never depends on the order pieces happen to come in.
    """
    piece_row, piece_col = grid_rc
    n = len(pieces)
    singles = [([i], False) for i in range(n)]
    if threshold <= 0 or n < 2:
        return singles
    areas = shapely.area(pieces)
    candidates = np.flatnonzero(areas < threshold * full_area)
    candidates = candidates[candidates >= n_whole]
    if not len(candidates):
        return singles
    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}  # root → pieces, for groups of more than one

    def find(i: int) -> int:
        root = i
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(i, i) != root:
            parent[i], i = root, parent[i]
        return root

    def group(root: int) -> list[int]:
        return members.get(root, [root])

    def is_small(root: int) -> bool:
        ms = group(root)
        lead = max(ms, key=lambda i: areas[i])
        return lead >= n_whole and sum(areas[i] for i in ms) < threshold * full_area[lead]

    def preference(item):
        root, length = item
        lead = max(group(root), key=lambda k: areas[k])
        return round(length, 6), piece_row[lead], -piece_col[lead], areas[lead]

    small = [int(i) for i in candidates]
    stuck: set[int] = set()
    tree = shapely.STRtree(pieces)
    rounds = 0
    while small:
        rounds += 1
        asked = np.array([m for g in small for m in group(g)], dtype=np.int64)
        left, right = tree.query(pieces[asked], predicate="intersects")
        left = asked[left]
        group_left = np.array([find(int(i)) for i in left], dtype=np.int64)
        group_right = np.array([find(int(i)) for i in right], dtype=np.int64)
        other = group_left != group_right
        lengths = _shared_lengths(pieces, left[other], right[other], to_work)
        edges: dict[int, dict[int, float]] = {}
        for a, b, length in zip(group_left[other], group_right[other], lengths):
            if length > 1e-9:
                edge = edges.setdefault(int(a), {})
                edge[int(b)] = edge.get(int(b), 0.0) + float(length)
        for g in small:
            neighbours = edges.get(g)
            if not neighbours:
                stuck.add(g)
                continue
            target = max(neighbours.items(), key=preference)[0]
            a, b = find(g), find(target)
            if a != b:
                parent[a] = b
                members[b] = group(b) + members.pop(a, [a])
        stuck = {find(g) for g in stuck}
        small = sorted({find(g) for g in small} - stuck)
        small = [g for g in small if is_small(g)]
        report(0.6 + min(0.3, 0.1 * rounds))
    grouped = np.zeros(n, dtype=bool)
    out = []
    for root, ms in members.items():
        grouped[ms] = True
        out.append((sorted(ms), root in stuck))
    out.extend(([int(i)], int(i) in stuck) for i in np.flatnonzero(~grouped))
    return out
