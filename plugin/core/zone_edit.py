"""Patrol-zone editing geometry, without QGIS: codes, drawing, splitting, merging, moving.

The map tools in ``plugin/gui/zone_tools`` turn mouse clicks into calls here and the
results into edit-buffer changes. Everything works on shapely polygons in the layer's own
CRS; ``tolerance`` is the geometric noise to absorb (a tenth of a millimetre or so in the
layer's units), never the user's click precision, which the map canvas's snapping handles.

Errors are :class:`ZoneEditError` with a machine-readable ``reason`` and the zones
concerned; the GUI turns them into translated messages (this module has no Qt).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.ops import split as _shapely_split

_CODE = re.compile(r"^(.*?)(\d+)$")


class ZoneEditError(ValueError):
    """An edit that cannot be made; ``reason`` says which rule it breaks.

    Reasons: ``too_few_points``, ``empty`` (nothing left after clipping), ``not_cut``
    (a split line that does not cut the zone in two), ``too_few_zones``, ``not_adjacent``,
    ``not_one_piece``, ``invalid_result``, ``overlap``, ``nothing_here``.
    """

    def __init__(self, reason: str, zones: Sequence = (), detail: str = ""):
        super().__init__(f"{reason}: {', '.join(map(str, zones))} {detail}".strip())
        self.reason = reason
        self.zones = list(zones)
        self.detail = detail


# ---------------------------------------------------------------------------- codes
def parse_code(code) -> tuple[str, int, int] | None:
    """(prefix, number, digits) of a code such as "Z-039"; None when it ends in no number."""
    if code is None:
        return None
    match = _CODE.match(str(code).strip())
    if match is None:
        return None
    return match.group(1), int(match.group(2)), len(match.group(2))


def next_free_codes(
    codes: Iterable, count: int = 1, default_prefix: str = "Z-", default_digits: int = 3
) -> list[str]:
    """The next ``count`` codes after the highest one, in the layer's own style.

    The prefix is the one most codes use and the zero padding its widest number, so a layer
    of Z-001…Z-038 continues with Z-039. Numbers of deleted zones are never reused: zone codes
    live on in duty rosters, incident records and printed maps, where a recycled code would
    point at the wrong street.
    """
    texts = [str(c).strip() for c in codes if c is not None and str(c).strip()]
    existing = {t.upper() for t in texts}
    parsed = [p for p in (parse_code(t) for t in texts) if p is not None]
    if parsed:
        # Prefixes compare case-blind; the most common one is written as the layer writes it.
        counts = Counter(p[0].upper() for p in parsed)
        key = counts.most_common(1)[0][0]
        same = [p for p in parsed if p[0].upper() == key]
        prefix = Counter(p[0] for p in same).most_common(1)[0][0]
        digits = max(p[2] for p in same)
        number = max(p[1] for p in same)
    else:
        prefix, digits, number = default_prefix, default_digits, 0
    out = []
    while len(out) < count:
        number += 1
        code = f"{prefix}{number:0{digits}d}"
        if code.upper() not in existing:
            out.append(code)
            existing.add(code.upper())
    return out


# ---------------------------------------------------------------------------- helpers
def polygon_parts(geometry) -> list[Polygon]:
    """The non-empty polygons in any geometry (collections from overlays included)."""
    if geometry is None or shapely.is_empty(geometry):
        return []
    parts = shapely.get_parts(geometry)
    out: list[Polygon] = []
    for part in parts:
        if isinstance(part, Polygon):
            if not part.is_empty:
                out.append(part)
        elif isinstance(part, MultiPolygon) or part.geom_type == "GeometryCollection":
            out.extend(polygon_parts(part))
    return out


def _drop_tiny_holes(polygon: Polygon, min_area: float) -> Polygon:
    holes = [ring for ring in polygon.interiors if Polygon(ring).area > min_area]
    if len(holes) == len(polygon.interiors):
        return polygon
    return Polygon(polygon.exterior, holes)


def _clean(polygon: Polygon) -> Polygon:
    """Valid, with repeated vertices gone (snapping can stack two vertices)."""
    polygon = shapely.remove_repeated_points(polygon, 0.0)
    if not polygon.is_valid:
        parts = polygon_parts(shapely.make_valid(polygon))
        if parts:
            polygon = max(parts, key=lambda p: p.area)
    return polygon


def _area_floor(tolerance: float) -> float:
    # Pieces narrower than the noise tolerance along a long edge have about this much area.
    return max(tolerance, 1e-12) ** 2 * 1e4


# ---------------------------------------------------------------------------- draw
@dataclass
class Clipped:
    """A drawn zone after the existing zones were cut out of it."""

    polygon: Polygon
    dropped: list[Polygon] = field(default_factory=list)  # smaller pieces left out
    removed_area: float = 0.0  # area taken away because it overlapped existing zones


def clip_new_zone(
    points: Sequence[tuple[float, float]], others: Iterable[Polygon], tolerance: float
) -> Clipped:
    """The polygon through ``points`` minus every existing zone (avoid intersections).

    The drawn outline is first snapped onto the neighbours' vertices within ``tolerance``,
    so an edge drawn along a boundary becomes exactly that boundary and leaves no sliver.
    A drawing that crosses a zone falls apart into pieces: the largest is kept, the others
    are reported in ``dropped`` (a patrol zone is one piece).
    """
    pts = [(float(x), float(y)) for x, y in points]
    distinct = {(round(x / max(tolerance, 1e-12)), round(y / max(tolerance, 1e-12))) for x, y in pts}
    if len(distinct) < 3:
        raise ZoneEditError("too_few_points")
    drawn = Polygon(pts)
    if not drawn.is_valid:
        # A bow-tie outline: keep every lobe, as QGIS's own repair would.
        drawn = shapely.union_all(polygon_parts(shapely.make_valid(drawn)))
    if drawn.is_empty or drawn.area <= _area_floor(tolerance):
        raise ZoneEditError("too_few_points")
    neighbours = [
        g for g in others if g is not None and not g.is_empty and g.intersects(drawn.buffer(tolerance))
    ]
    result = drawn
    if neighbours:
        reference = shapely.union_all([shapely.boundary(g) for g in neighbours])
        result = shapely.snap(drawn, reference, tolerance)
        if not result.is_valid:
            result = shapely.union_all(polygon_parts(shapely.make_valid(result)))
        result = shapely.difference(result, shapely.union_all(neighbours))
    floor = _area_floor(tolerance)
    parts = sorted((p for p in polygon_parts(result) if p.area > floor), key=lambda p: p.area, reverse=True)
    if not parts:
        raise ZoneEditError("empty")
    keep = _clean(_drop_tiny_holes(parts[0], floor))
    return Clipped(keep, parts[1:], max(0.0, drawn.area - sum(p.area for p in parts)))


# ---------------------------------------------------------------------------- split
def _extend_end(line_xy: np.ndarray, at_start: bool, distance: float) -> np.ndarray:
    pts = line_xy.copy()
    if at_start:
        a, b = pts[0], pts[1]
    else:
        a, b = pts[-1], pts[-2]
    direction = a - b
    norm = float(np.hypot(*direction))
    if norm == 0:
        return pts
    moved = a + direction / norm * distance
    if at_start:
        pts[0] = moved
    else:
        pts[-1] = moved
    return pts


def split_zone(
    zone: Polygon, line: Sequence[tuple[float, float]] | LineString, tolerance: float
) -> list[Polygon]:
    """The pieces of ``zone`` cut by ``line``, largest first; raises ``not_cut`` if < 2.

    A line that ends on the zone's boundary (snapped there) counts as crossing it: its ends
    are pushed a little beyond, so floating-point noise cannot leave it a hair short.
    """
    xy = np.asarray(line.coords if isinstance(line, LineString) else line, dtype=float)[:, :2]
    if len(xy) < 2:
        raise ZoneEditError("too_few_points")
    boundary = zone.boundary
    reach = max(tolerance, 1e-12) * 10.0
    for at_start in (True, False):
        end = xy[0] if at_start else xy[-1]
        if boundary.distance(shapely.Point(end)) <= reach:
            xy = _extend_end(xy, at_start, reach * 2.0)
    cutter = LineString(xy)
    if not cutter.crosses(zone) and not cutter.intersects(zone.buffer(-tolerance)):
        raise ZoneEditError("not_cut")
    pieces = polygon_parts(_shapely_split(zone, cutter))
    floor = _area_floor(tolerance)
    pieces = sorted((p for p in pieces if p.area > floor), key=lambda p: p.area, reverse=True)
    if len(pieces) < 2:
        raise ZoneEditError("not_cut")
    return [_clean(p) for p in pieces]


# ---------------------------------------------------------------------------- merge
def shared_boundary_length(a: Polygon, b: Polygon, tolerance: float) -> float:
    """Length of boundary two zones have in common (0 when they only touch at a point)."""
    exact = shapely.intersection(a.boundary, b.boundary).length
    if exact > 0:
        return float(exact)
    # Boundaries digitised separately may run a hair apart: a's boundary near b's.
    near = shapely.intersection(a.boundary, b.boundary.buffer(tolerance, quad_segs=2)).length
    return float(near) if near > 50.0 * tolerance else 0.0


def adjacency_groups(zones: Sequence[Polygon], tolerance: float) -> list[list[int]]:
    """Zones in groups that are connected through shared boundaries (not single points)."""
    n = len(zones)
    parent = list(range(n))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tree = shapely.STRtree(list(zones))
    for i, zone in enumerate(zones):
        for j in tree.query(zone.buffer(tolerance)):
            j = int(j)
            if j > i and shared_boundary_length(zone, zones[j], tolerance) > 0:
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def merge_zones(zones: Sequence[Polygon], tolerance: float) -> Polygon:
    """One polygon from zones that all connect through shared boundaries.

    Raises ``not_adjacent`` (``zones`` = indices of the zones that do not connect to the
    largest group) or ``not_one_piece``.
    """
    if len(zones) < 2:
        raise ZoneEditError("too_few_zones")
    groups = adjacency_groups(zones, tolerance)
    if len(groups) > 1:
        main = groups[0]
        raise ZoneEditError("not_adjacent", sorted(i for i in range(len(zones)) if i not in main))
    # Snap each zone onto the others' vertices so coincident edges are exactly coincident.
    snapped = []
    for i, zone in enumerate(zones):
        others = shapely.union_all([z.boundary for j, z in enumerate(zones) if j != i])
        snapped.append(shapely.snap(zone, others, tolerance))
    merged = shapely.union_all(snapped)
    floor = _area_floor(tolerance)
    parts = [p for p in polygon_parts(merged) if p.area > floor]
    if len(parts) != 1:
        raise ZoneEditError("not_one_piece", detail=str(len(parts)))
    return _clean(_drop_tiny_holes(parts[0], floor))


# ---------------------------------------------------------------------------- move
def _ring_move(
    coords: np.ndarray, at: np.ndarray, to: np.ndarray, tolerance: float
) -> tuple[np.ndarray, bool]:
    """Move ring vertices at ``at`` to ``to``; or insert one where an edge passes ``at``."""
    d = np.hypot(coords[:, 0] - at[0], coords[:, 1] - at[1])
    hit = d <= tolerance
    if hit.any():
        out = coords.copy()
        out[hit] = to
        return out, True
    a, b = coords[:-1], coords[1:]
    ab = b - a
    denom = np.einsum("ij,ij->i", ab, ab)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(denom > 0, np.einsum("ij,ij->i", at - a, ab) / denom, 0.0)
    t = np.clip(t, 0.0, 1.0)
    foot = a + t[:, None] * ab
    dist = np.hypot(*(foot - at).T)
    k = int(np.argmin(dist)) if len(dist) else -1
    if k < 0 or dist[k] > tolerance:
        return coords, False
    return np.insert(coords, k + 1, to, axis=0), True


def move_point(
    zones: Mapping[Hashable, Polygon], at: tuple[float, float], to: tuple[float, float], tolerance: float
) -> dict[Hashable, Polygon]:
    """Move the boundary point ``at`` to ``to`` in every zone that has it (topological edit).

    A zone has the point as a vertex (it moves) or somewhere along an edge (a vertex is
    inserted there and moved), so neighbours stay glued: no gap, no overlap along the
    boundaries that met at ``at``. Returns only the zones that changed; raises
    ``nothing_here`` when no zone has a boundary at ``at``.
    """
    at_xy = np.asarray(at, dtype=float)[:2]
    to_xy = np.asarray(to, dtype=float)[:2]
    changed: dict[Hashable, Polygon] = {}
    for key, zone in zones.items():
        if zone is None or zone.is_empty:
            continue
        polys = polygon_parts(zone)
        touched = False
        new_polys = []
        for poly in polys:
            rings = []
            for ring in (poly.exterior, *poly.interiors):
                coords = np.asarray(ring.coords)[:, :2]
                moved, hit = _ring_move(coords, at_xy, to_xy, tolerance)
                touched |= hit
                rings.append(moved)
            new_polys.append(Polygon(rings[0], rings[1:]))
        if touched:
            changed[key] = new_polys[0] if len(new_polys) == 1 else MultiPolygon(new_polys)
    if not changed:
        raise ZoneEditError("nothing_here")
    return changed


def check_moved(
    changed: Mapping[Hashable, Polygon], others: Mapping[Hashable, Polygon], tolerance: float
) -> None:
    """Refuse a move that would make a zone invalid or overlap another zone.

    ``others`` are the zones around (the changed ones may be among them; their new shape
    is used). Raises ``invalid_result`` or ``overlap`` naming the zones.
    """
    bad = [k for k, g in changed.items() if not g.is_valid or g.area <= _area_floor(tolerance)]
    if bad:
        raise ZoneEditError("invalid_result", bad)
    current = dict(others)
    current.update(changed)
    keys = list(current)
    geoms = [current[k] for k in keys]
    tree = shapely.STRtree(geoms)
    floor = _area_floor(tolerance)
    pairs = []
    for key, geom in changed.items():
        for j in tree.query(geom, predicate="intersects"):
            other = keys[int(j)]
            if other == key or (other in changed and (other, key) in pairs):
                continue
            if shapely.intersection(geom, geoms[int(j)]).area > floor:
                pairs.append((key, other))
    if pairs:
        raise ZoneEditError("overlap", [k for pair in pairs for k in pair])


def nearest_boundary_point(zone: Polygon, point: tuple[float, float]) -> tuple[float, float]:
    """The point of the zone's boundary nearest to ``point`` (for edge picks)."""
    p = shapely.Point(point)
    boundary = zone.boundary
    nearest = boundary.interpolate(boundary.project(p))
    return float(nearest.x), float(nearest.y)
