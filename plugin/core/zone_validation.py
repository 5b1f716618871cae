"""Checks a set of patrol zones the way a command-centre GIS officer would before a save.

``validate_zones(zones, boundary, stations, ...)`` returns a list of :class:`ZoneError`, each
naming the zones concerned, the kind of fault, and where it is (an area and a point). Every
check is vectorised with shapely 2 (STRtree for pairs, one union for gaps): 1,000 zones take
a fraction of a second.

Areas and widths below are metres. Geometries are checked in their own CRS (topology holds
there: an edge is straight in the CRS it was drawn in); when that CRS is not metric, give
``to_metric`` and ``from_metric`` and every area and width is measured in a metric one.

Error types (``ERROR_TYPES``):

- ``invalid``: a zone with no geometry, or one GEOS calls invalid (self-intersection, ring
  touching itself…); the point is where GEOS found the fault. Later checks use the repaired
  (``make_valid``) shape, so one bad vertex does not hide the rest.
- ``overlap``: two zones share area (more than ``area_tolerance_m2``); the area is the overlap.
- ``gap``: area inside the boundary (or, with no boundary, a hole enclosed by the zones) that
  no zone covers, larger than ``area_tolerance_m2``.
- ``outside``: the part of a zone beyond the boundary.
- ``sliver``: a zone part smaller than ``sliver_area_m2`` ("tiny"), or a stretch of a zone
  narrower than ``sliver_width_m`` covering at least ``sliver_area_m2`` ("thin"): what is
  left after a morphological opening of radius width/2.
- ``multipart``: a zone in several pieces; the area is every piece but the largest.
- ``duplicate_code`` / ``missing_code``: a zone_code used twice, or none.
- ``unassigned``: no station_id. ``unknown_station``: a station_id not in the stations given.
- ``station_load``: a station with fewer than ``min_zones`` or more than ``max_zones`` zones
  (mobile platforms: at least ``min_platform_zones``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely

from .rules import StationBounds
from .schema import PLATFORM_ZONES_MIN, STATION_ZONES_MAX, STATION_ZONES_MIN

ERROR_TYPES = (
    "invalid",
    "overlap",
    "gap",
    "outside",
    "sliver",
    "multipart",
    "duplicate_code",
    "missing_code",
    "unassigned",
    "unknown_station",
    "station_load",
)
# The ones that break the tiling itself: a save with any of these is warned about.
TOPOLOGY_ERRORS = ("overlap", "gap")


@dataclass(frozen=True)
class ZoneRecord:
    """One patrol zone: ``geometry`` is a shapely (Multi)Polygon in metres, or None."""

    zone_code: str | None
    geometry: object
    station_id: str | None = None
    fid: int | None = None  # the caller's feature id, carried through untouched


@dataclass(frozen=True)
class StationRecord:
    station_id: str
    kind: str = "kiosk"
    geometry: object = None  # a shapely Point, optional


@dataclass(frozen=True)
class Thresholds:
    """What counts as a fault. Areas in m², widths in m."""

    area_tolerance_m2: float = 0.01  # overlaps and gaps below this are coordinate noise
    sliver_width_m: float = 5.0  # narrower than this is a sliver…
    sliver_area_m2: float = 200.0  # …when it covers at least this; any part below this is tiny


@dataclass(frozen=True)
class ZoneError:
    """One fault. ``zones`` are indices into the list given to :func:`validate_zones`."""

    error_type: str
    message: str  # English, for scripts; GUIs build their own text from ``details``
    zones: tuple[int, ...] = ()
    zone_codes: tuple[str, ...] = ()
    area: object = None  # shapely (Multi)Polygon: the area at fault, or the zones concerned
    point: object = None  # shapely Point: where to look
    station_id: str | None = None
    details: dict = field(default_factory=dict)

    @property
    def zone_code(self) -> str:
        """The zone codes concerned, comma separated ("Z-001, Z-002")."""
        return ", ".join(self.zone_codes)

    @property
    def geometry(self):
        """Where the problem is: the area when there is one, else the point."""
        return self.area if self.area is not None else self.point


def validate_zones(
    zones: Sequence[ZoneRecord],
    boundary=None,
    stations: Sequence[StationRecord] | None = None,
    min_zones: int = STATION_ZONES_MIN,
    max_zones: int = STATION_ZONES_MAX,
    min_platform_zones: int = PLATFORM_ZONES_MIN,
    thresholds: Thresholds | None = None,
    check_stations: bool = True,
    check_codes: bool = True,
    to_metric: Transform | None = None,
    from_metric: Transform | None = None,
) -> list[ZoneError]:
    """Every fault in ``zones``, grouped by type in ``ERROR_TYPES`` order, then by zone code.

    ``boundary``: the jurisdiction (shapely polygonal), optional: with it, gaps are any
    uncovered area inside it and parts beyond it are ``outside``; without it, gaps are holes
    enclosed by the zones. ``stations``: optional; with them, a station's ``kind`` decides its
    zone count bounds (``mobile_platform``: at least ``min_platform_zones``, at most
    ``max_zones``; others ``min_zones``–``max_zones``), stations with no zones are reported and
    unknown station ids too. Without them every station id found in the zones is held to
    ``min_zones``–``max_zones``. ``check_stations=False`` skips the station checks
    (``unassigned``, ``unknown_station``, ``station_load``), for zones without a station field;
    ``check_codes=False`` the code checks, for zones without a code field.

    ``to_metric`` / ``from_metric``: (n, 2) → (n, 2) coordinate transforms to a metric CRS and
    back, for zones in degrees (both or neither). Error areas stay in the zones' CRS.
    """
    t = thresholds or Thresholds()
    m = _Measure(to_metric, from_metric)
    codes = [_text(z.zone_code) for z in zones]
    labels = [
        c if c else f"#{z.fid if z.fid is not None else i + 1}" for i, (c, z) in enumerate(zip(codes, zones))
    ]
    errors: list[ZoneError] = []
    shapes = _shapes(zones, labels, errors)
    present = np.array([s is not None for s in shapes], dtype=bool)
    index = np.flatnonzero(present)
    geoms = np.array([shapes[i] for i in index], dtype=object)

    if check_codes:
        errors += _code_errors(codes, labels, shapes)
    if len(geoms):
        errors += _part_errors(geoms, index, labels, t, m)
        tree = shapely.STRtree(geoms)
        errors += _overlaps(geoms, index, labels, tree, t, m)
        boundary = _polygonal(boundary)
        errors += _gaps_and_outside(geoms, index, labels, tree, boundary, t, m)
    if check_stations:
        bounds = StationBounds(min_zones, max_zones, min_platform_zones)
        errors += _station_errors(zones, labels, shapes, stations, bounds)
    rank = {name: i for i, name in enumerate(ERROR_TYPES)}
    return sorted(errors, key=lambda e: (rank[e.error_type], e.zone_codes, e.station_id or ""))


def count_by_type(errors: Sequence[ZoneError]) -> dict[str, int]:
    """{error_type: count}, in ``ERROR_TYPES`` order, types with no error left out."""
    counts = Counter(e.error_type for e in errors)
    return {name: counts[name] for name in ERROR_TYPES if counts[name]}


# ------------------------------------------------------------------------------ geometry


Transform = Callable[[np.ndarray], np.ndarray]


class _Measure:
    """Areas in m² and shapes in metres, whatever CRS the zones are in."""

    def __init__(self, to_metric: Transform | None, from_metric: Transform | None):
        if (to_metric is None) != (from_metric is None):
            raise ValueError("give both to_metric and from_metric, or neither")
        self.to_metric, self.from_metric = to_metric, from_metric

    def metric(self, geoms):
        return geoms if self.to_metric is None else shapely.transform(geoms, self.to_metric)

    def back(self, geoms):
        return geoms if self.from_metric is None else shapely.transform(geoms, self.from_metric)

    def area(self, geoms) -> np.ndarray:
        """Areas in m². In a non-metric CRS: the area there times the local scale of the
        transform at each shape's centre. Transforming a shape's vertices instead would be
        wrong for slivers: a hair-thin sliver along a straight edge in degrees opens up into a
        visible triangle once its vertices are projected (the edge is a curve in metres)."""
        if self.to_metric is None:
            return shapely.area(geoms)
        geoms = np.atleast_1d(np.asarray(geoms, dtype=object))
        if not len(geoms):
            return np.zeros(0)
        centre = shapely.get_coordinates(shapely.centroid(geoms))
        step = 1e-7 * np.maximum(np.abs(centre).max(axis=1), 1.0)
        probe = np.concatenate(
            [centre, centre + np.column_stack([step, 0 * step]), centre + np.column_stack([0 * step, step])]
        )
        xy = np.asarray(self.to_metric(probe), dtype=float).reshape(3, len(centre), 2)
        dx, dy = (xy[1] - xy[0]) / step[:, None], (xy[2] - xy[0]) / step[:, None]
        scale = np.abs(dx[:, 0] * dy[:, 1] - dx[:, 1] * dy[:, 0])
        return shapely.area(geoms) * scale

    def size(self, geometry) -> float:
        return 0.0 if geometry is None else float(self.area(np.array([geometry], dtype=object))[0])


def _text(value) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text.upper() == "NULL" else text


_REASON_POINT = re.compile(r"\[\s*([-+\d.eE]+)\s+([-+\d.eE]+)")


def _polygonal(geometry):
    """Only the polygonal parts of ``geometry`` (None when there are none)."""
    if geometry is None or shapely.is_empty(geometry):
        return None
    parts = [p for p in shapely.get_parts(geometry) if shapely.get_type_id(p) in (3, 6)]
    parts = [q for p in parts for q in shapely.get_parts(p) if shapely.area(q) > 0]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.multipolygons(parts)


def _shapes(zones, labels, errors) -> list:
    """Each zone's polygonal shape, repaired when invalid (an ``invalid`` error is recorded)."""
    raw = np.array([z.geometry for z in zones], dtype=object)
    missing = np.array([g is None for g in raw], dtype=bool)
    missing[~missing] = shapely.is_empty(raw[~missing])
    valid = np.zeros(len(raw), dtype=bool)
    valid[~missing] = shapely.is_valid(raw[~missing])
    plain = np.zeros(len(raw), dtype=bool)
    plain[valid] = np.isin(shapely.get_type_id(raw[valid]), (3, 6)) & (shapely.area(raw[valid]) > 0)
    out = []
    for i, g in enumerate(raw):
        if plain[i]:
            out.append(g)
        elif missing[i]:
            errors.append(
                ZoneError(
                    "invalid", f"{labels[i]} has no geometry", (i,), (labels[i],), details={"reason": "empty"}
                )
            )
            out.append(None)
        elif not valid[i]:
            reason = shapely.is_valid_reason(g)
            match = _REASON_POINT.search(reason or "")
            point = shapely.Point(float(match.group(1)), float(match.group(2))) if match else None
            repaired = _polygonal(shapely.make_valid(g))
            if point is None:
                point = shapely.point_on_surface(repaired if repaired is not None else g.envelope)
            errors.append(
                ZoneError(
                    "invalid",
                    f"{labels[i]}: {reason}",
                    (i,),
                    (labels[i],),
                    area=repaired,
                    point=point,
                    details={"reason": reason},
                )
            )
            out.append(repaired)
        else:
            g = _polygonal(g)
            if g is None:
                errors.append(
                    ZoneError(
                        "invalid",
                        f"{labels[i]} is not a polygon",
                        (i,),
                        (labels[i],),
                        details={"reason": "not a polygon"},
                    )
                )
            out.append(g)
    return out


def _part_errors(geoms, index, labels, t: Thresholds, m: _Measure) -> list[ZoneError]:
    """multipart, and slivers: tiny parts and thin stretches of every part."""
    errors = []
    parts, owner = shapely.get_parts(geoms, return_index=True)
    metric_parts = m.metric(parts)
    areas = m.area(parts)
    counts = np.bincount(owner, minlength=len(geoms))
    for k in np.flatnonzero(counts > 1):
        mine = np.flatnonzero(owner == k)
        largest = mine[np.argmax(areas[mine])]
        rest = [parts[j] for j in mine if j != largest]
        i = int(index[k])
        area = shapely.multipolygons(rest) if len(rest) > 1 else rest[0]
        errors.append(
            ZoneError(
                "multipart",
                f"{labels[i]} is in {len(mine)} pieces",
                (i,),
                (labels[i],),
                area=area,
                point=shapely.point_on_surface(rest[int(np.argmax(shapely.area(rest)))]),
                details={"pieces": len(mine), "detached_m2": float(areas[mine].sum() - areas[largest])},
            )
        )

    tiny = areas < t.sliver_area_m2
    for j in np.flatnonzero(tiny):
        i = int(index[owner[j]])
        errors.append(
            ZoneError(
                "sliver",
                f"{labels[i]}: a part of only {areas[j]:.1f} m² (below {t.sliver_area_m2:g} m²)",
                (i,),
                (labels[i],),
                area=parts[j],
                point=shapely.point_on_surface(parts[j]),
                details={"kind": "tiny", "area_m2": float(areas[j]), "limit_m2": t.sliver_area_m2},
            )
        )

    # Thin stretches: what an opening (erode, then dilate, by half the width) takes away.
    big = np.flatnonzero(~tiny)
    if len(big) and t.sliver_width_m > 0:
        half = t.sliver_width_m / 2.0
        eroded = shapely.buffer(metric_parts[big], -half, quad_segs=4)
        opened = shapely.buffer(eroded, half, quad_segs=4)
        # Only parts that lose at least a sliver's area can hold one: the rest skip the difference.
        lost = shapely.area(metric_parts[big]) - shapely.area(opened)
        big, opened = big[lost >= t.sliver_area_m2], opened[lost >= t.sliver_area_m2]
        residue = shapely.difference(metric_parts[big], opened)
        pieces, of = shapely.get_parts(residue, return_index=True)
        piece_area = shapely.area(pieces)
        thin = np.flatnonzero((piece_area >= t.sliver_area_m2) & (shapely.get_type_id(pieces) == 3))
        # Back in the zones' CRS, clipped to the part so the marked area is exactly the zone's.
        shown = shapely.intersection(m.back(pieces[thin]), parts[big[of[thin]]]) if len(thin) else []
        for p, area in zip(thin, shown):
            i = int(index[owner[big[of[p]]]])
            errors.append(
                ZoneError(
                    "sliver",
                    f"{labels[i]}: {piece_area[p]:.0f} m² narrower than {t.sliver_width_m:g} m",
                    (i,),
                    (labels[i],),
                    area=area,
                    point=shapely.point_on_surface(area),
                    details={"kind": "thin", "area_m2": float(piece_area[p]), "width_m": t.sliver_width_m},
                )
            )
    return errors


def _overlaps(geoms, index, labels, tree, t: Thresholds, m: _Measure) -> list[ZoneError]:
    left, right = tree.query(geoms, predicate="intersects")
    pairs = left < right
    left, right = left[pairs], right[pairs]
    if not len(left):
        return []
    # Interiors meet (not just edges): only those pairs get an intersection computed.
    inner = shapely.relate_pattern(geoms[left], geoms[right], "T********")
    left, right = left[inner], right[inner]
    shared = np.array([_polygonal(g) for g in shapely.intersection(geoms[left], geoms[right])], dtype=object)
    errors = []
    for a, b, area in zip(left, right, shared):
        size = m.size(area)
        if size <= t.area_tolerance_m2:
            continue
        i, j = sorted((int(index[a]), int(index[b])), key=lambda k: (labels[k], k))
        errors.append(
            ZoneError(
                "overlap",
                f"{labels[i]} and {labels[j]} overlap by {size:.2f} m²",
                (i, j),
                (labels[i], labels[j]),
                area=area,
                point=shapely.point_on_surface(area),
                details={"area_m2": size},
            )
        )
    return errors


def _gaps_and_outside(geoms, index, labels, tree, boundary, t: Thresholds, m: _Measure) -> list[ZoneError]:
    """Gaps, and with a boundary the parts beyond it: one symmetric difference of the boundary
    and the zones' union gives both (inside the boundary: gaps; outside: beyond it)."""
    covered = shapely.union_all(geoms)
    beyond = np.empty(0, dtype=object)
    if boundary is not None:
        shapely.prepare(boundary)
        parts = shapely.get_parts(shapely.symmetric_difference(boundary, covered))
        parts = parts[shapely.get_type_id(parts) == 3]
        inside = (
            shapely.contains(boundary, shapely.point_on_surface(parts)) if len(parts) else np.zeros(0, bool)
        )
        holes, beyond = parts[inside], parts[~inside]
        where = "boundary"
    else:
        rings = [
            ring
            for poly in shapely.get_parts(covered)
            if shapely.get_type_id(poly) == 3
            for ring in shapely.get_rings(poly)[1:]
        ]
        holes = shapely.polygons(rings) if rings else np.empty(0, dtype=object)
        where = "zones"
    return _gap_errors(holes, geoms, index, labels, tree, where, t, m) + _outside_errors(
        beyond, geoms, index, labels, tree, t, m
    )


def _gap_errors(parts, geoms, index, labels, tree, where, t: Thresholds, m: _Measure) -> list[ZoneError]:
    parts = np.atleast_1d(np.asarray(parts, dtype=object))
    if not len(parts):
        return []
    sizes = m.area(parts)
    parts, sizes = parts[sizes > t.area_tolerance_m2], sizes[sizes > t.area_tolerance_m2]
    if not len(parts):
        return []
    # Zones around a gap: its edges are theirs, up to rounding in the overlay.
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    near = 1e-9 * max(xmax - xmin, ymax - ymin, 1e-9)
    gap_i, zone_k = tree.query(parts, predicate="dwithin", distance=near)
    touching = defaultdict(list)
    for g, k in zip(gap_i, zone_k):
        touching[int(g)].append(int(index[k]))
    errors = []
    for g, (part, size) in enumerate(zip(parts, sizes)):
        around = sorted(set(touching[g]), key=lambda k: (labels[k], k))
        size = float(size)
        names = ", ".join(labels[k] for k in around)
        text = f"gap of {size:.2f} m² between {names}" if around else f"gap of {size:.2f} m² no zone touches"
        errors.append(
            ZoneError(
                "gap",
                text,
                tuple(around),
                tuple(labels[k] for k in around),
                area=part,
                point=shapely.point_on_surface(part),
                details={"area_m2": size, "within": where, "touching": len(around)},
            )
        )
    return errors


def _outside_errors(parts, geoms, index, labels, tree, t: Thresholds, m: _Measure) -> list[ZoneError]:
    """Each zone's share of the area beyond the boundary."""
    if not len(parts):
        return []
    parts = parts[m.area(parts) > t.area_tolerance_m2]  # the rest is rounding along the boundary
    if not len(parts):
        return []
    part_i, zone_k = tree.query(parts, predicate="intersects")
    shares = shapely.intersection(parts[part_i], geoms[zone_k])
    by_zone = defaultdict(list)
    for k, share in zip(zone_k, shares):
        share = _polygonal(share)
        if share is not None:
            by_zone[int(k)].append(share)
    errors = []
    for k, pieces in by_zone.items():
        beyond = pieces[0] if len(pieces) == 1 else _polygonal(shapely.union_all(pieces))
        size = m.size(beyond)
        if size <= t.area_tolerance_m2:
            continue
        i = int(index[k])
        errors.append(
            ZoneError(
                "outside",
                f"{labels[i]}: {size:.2f} m² beyond the boundary",
                (i,),
                (labels[i],),
                area=beyond,
                point=shapely.point_on_surface(beyond),
                details={"area_m2": size},
            )
        )
    return errors


# ------------------------------------------------------------------------------ attributes


def _code_errors(codes, labels, shapes) -> list[ZoneError]:
    errors = []
    by_code = defaultdict(list)
    for i, code in enumerate(codes):
        if code:
            by_code[code].append(i)
        else:
            errors.append(
                ZoneError(
                    "missing_code",
                    f"{labels[i]} has no zone_code",
                    (i,),
                    (labels[i],),
                    area=shapes[i],
                    point=_label_point(shapes[i]),
                )
            )
    for code, members in by_code.items():
        if len(members) < 2:
            continue
        for i in members:
            errors.append(
                ZoneError(
                    "duplicate_code",
                    f"{code} is used by {len(members)} zones",
                    (i,),
                    (code,),
                    area=shapes[i],
                    point=_label_point(shapes[i]),
                    details={"count": len(members), "others": tuple(members)},
                )
            )
    return errors


def _label_point(shape):
    return None if shape is None else shapely.point_on_surface(shape)


def _station_errors(zones, labels, shapes, stations, bounds: StationBounds) -> list[ZoneError]:
    errors = []
    known = None if stations is None else {_text(s.station_id): s for s in stations if _text(s.station_id)}
    members = defaultdict(list)
    for i, zone in enumerate(zones):
        station = _text(zone.station_id)
        if not station:
            errors.append(
                ZoneError(
                    "unassigned",
                    f"{labels[i]} has no station",
                    (i,),
                    (labels[i],),
                    area=shapes[i],
                    point=_label_point(shapes[i]),
                )
            )
        elif known is not None and station not in known:
            errors.append(
                ZoneError(
                    "unknown_station",
                    f"{labels[i]}: station {station} is not among the stations",
                    (i,),
                    (labels[i],),
                    area=shapes[i],
                    point=_label_point(shapes[i]),
                    station_id=station,
                )
            )
        else:
            members[station].append(i)
    if not members and known is None:
        return errors
    ids = list(known) if known is not None else sorted(members)
    for station in ids:
        kind = _text(known[station].kind) if known is not None else ""
        low, high = bounds.for_kind(kind)
        mine = members.get(station, [])
        n = len(mine)
        if bounds.status(kind, n) == "ok":
            continue
        own = [shapes[i] for i in mine if shapes[i] is not None]
        area = _polygonal(shapely.union_all(own)) if own else None
        where = known[station].geometry if known is not None and known[station].geometry is not None else None
        if where is None and area is not None:
            where = shapely.point_on_surface(area)
        bound = f"at least {low}" if n < low else f"at most {high}"
        errors.append(
            ZoneError(
                "station_load",
                f"{station} has {n} zones; {bound} wanted",
                tuple(mine),
                tuple(sorted(labels[i] for i in mine)),
                area=area,
                point=where,
                station_id=station,
                details={"count": n, "min": low, "max": high, "kind": kind},
            )
        )
    return errors
