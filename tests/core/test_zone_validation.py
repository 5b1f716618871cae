"""Zone validation (plugin/core/zone_validation.py): each fault found where it is, none on a clean grid."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import Point, Polygon, box

from plugin.core import grid
from plugin.core.zone_validation import (
    ERROR_TYPES,
    StationRecord,
    Thresholds,
    ZoneRecord,
    count_by_type,
    validate_zones,
)

BOUNDARY = box(0, 0, 600, 400)

# pyproj 3.4 takes one-point arrays for scalars and numpy 1.25+ warns about it.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def squares(station_of=lambda k: "KS-01"):
    """A clean 3 × 2 grid of 200 m squares tiling BOUNDARY: Z-001…Z-006, all on one station."""
    zones = []
    for k in range(6):
        r, c = divmod(k, 3)
        zones.append(
            ZoneRecord(
                f"Z-{k + 1:03d}",
                box(c * 200, 200 - r * 200, c * 200 + 200, 400 - r * 200),
                station_of(k),
                fid=100 + k,
            )
        )
    return zones


def replace(zones, k, **changes):
    z = zones[k]
    zones[k] = ZoneRecord(
        changes.get("zone_code", z.zone_code),
        changes.get("geometry", z.geometry),
        changes.get("station_id", z.station_id),
        z.fid,
    )
    return zones


def of_type(errors, kind):
    return [e for e in errors if e.error_type == kind]


def test_a_clean_grid_has_no_error():
    assert validate_zones(squares(), BOUNDARY, [StationRecord("KS-01", "kiosk", Point(10, 10))]) == []
    assert validate_zones(squares()) == []


def test_a_generated_grid_with_holes_validates_clean():
    boundary = box(0, 0, 5000, 4000).difference(Point(2500, 2000).buffer(700))
    result = grid.create_grid(boundary, grid.HEXAGON, 400.0)
    n = len(result.geometries)
    zones = [ZoneRecord(c, g, f"S{i // 7}") for i, (c, g) in enumerate(zip(result.codes, result.geometries))]
    errors = validate_zones(zones, boundary, min_zones=1, max_zones=7)
    assert errors == [], [e.message for e in errors]
    assert n > 50


def test_overlap_is_the_shared_area_of_the_two_zones():
    zones = replace(squares(), 1, geometry=box(190, 200, 400, 400))  # Z-002 pushed 10 m into Z-001
    errors = validate_zones(zones, BOUNDARY)
    overlaps = of_type(errors, "overlap")
    assert len(overlaps) == 1
    e = overlaps[0]
    assert e.zone_codes == ("Z-001", "Z-002") and e.zones == (0, 1)
    assert e.area.area == pytest.approx(10 * 200)
    assert e.area.bounds == pytest.approx((190, 200, 200, 400))
    assert e.details["area_m2"] == pytest.approx(2000)
    assert e.zone_code == "Z-001, Z-002"


def test_a_zone_inside_another_is_an_overlap_too():
    zones = squares() + [ZoneRecord("Z-007", box(50, 250, 100, 300), "KS-01")]
    overlaps = of_type(validate_zones(zones, BOUNDARY), "overlap")
    assert [o.zone_codes for o in overlaps] == [("Z-001", "Z-007")]
    assert overlaps[0].area.area == pytest.approx(2500)


def test_edges_touching_or_noise_are_not_overlaps():
    zones = replace(squares(), 1, geometry=box(200 - 1e-9, 200, 400, 400))
    assert of_type(validate_zones(zones, BOUNDARY), "overlap") == []


def test_gap_inside_the_boundary_names_the_zones_around_it():
    zones = replace(squares(), 4, geometry=box(205, 0, 400, 200))  # a 5 m strip left open
    gaps = of_type(validate_zones(zones, BOUNDARY), "gap")
    assert len(gaps) == 1
    assert gaps[0].area.area == pytest.approx(5 * 200)
    assert set(gaps[0].zone_codes) == {"Z-001", "Z-002", "Z-004", "Z-005"}
    assert gaps[0].details["within"] == "boundary"


def test_missing_zone_at_the_edge_is_a_gap_only_with_a_boundary():
    zones = squares()[:5]  # Z-006 (bottom right) missing
    assert of_type(validate_zones(zones, BOUNDARY), "gap")[0].area.equals(box(400, 0, 600, 200))
    assert of_type(validate_zones(zones), "gap") == []  # open to the outside: nothing encloses it


def test_without_boundary_a_hole_enclosed_by_zones_is_a_gap():
    ring = [
        ZoneRecord(f"R{k}", g, "S")
        for k, g in enumerate(
            [box(0, 0, 300, 100), box(0, 200, 300, 300), box(0, 100, 100, 200), box(200, 100, 300, 200)]
        )
    ]
    gaps = of_type(validate_zones(ring, min_zones=1), "gap")
    assert len(gaps) == 1 and gaps[0].area.equals(box(100, 100, 200, 200))
    assert gaps[0].details["within"] == "zones"


def test_part_outside_the_boundary():
    zones = replace(squares(), 2, geometry=box(400, 200, 650, 400))
    outside = of_type(validate_zones(zones, BOUNDARY), "outside")
    assert [e.zone_codes for e in outside] == [("Z-003",)]
    assert outside[0].area.equals(box(600, 200, 650, 400))


def test_multipart_marks_the_detached_pieces():
    z1 = shapely.union_all([box(0, 200, 200, 400), box(300, 450, 330, 480)])
    errors = validate_zones(replace(squares(), 0, geometry=z1))
    multi = of_type(errors, "multipart")
    assert len(multi) == 1 and multi[0].zone_codes == ("Z-001",)
    assert multi[0].area.equals(box(300, 450, 330, 480))
    assert multi[0].details["pieces"] == 2


def test_tiny_part_is_a_sliver():
    z1 = shapely.union_all([box(0, 200, 200, 400), box(300, 450, 310, 460)])  # 100 m² piece
    slivers = of_type(validate_zones(replace(squares(), 0, geometry=z1)), "sliver")
    assert len(slivers) == 1 and slivers[0].details["kind"] == "tiny"
    assert slivers[0].area.area == pytest.approx(100)
    assert slivers[0].details["limit_m2"] == Thresholds().sliver_area_m2


def test_thin_arm_is_a_sliver_at_the_arm():
    # Z-001 with a 2 m wide, 150 m long arm reaching out above the boundary.
    arm = box(50, 400, 52, 550)
    zones = replace(squares(), 0, geometry=shapely.union_all([box(0, 200, 200, 400), arm]))
    slivers = of_type(validate_zones(zones), "sliver")
    assert len(slivers) == 1 and slivers[0].details["kind"] == "thin"
    assert slivers[0].area.intersection(arm).area == pytest.approx(slivers[0].area.area, rel=0.05)
    assert slivers[0].area.area == pytest.approx(300, rel=0.05)
    # A 10 m wide arm is no sliver at the default 5 m.
    wide = replace(squares(), 0, geometry=shapely.union_all([box(0, 200, 200, 400), box(50, 400, 60, 550)]))
    assert of_type(validate_zones(wide), "sliver") == []


def test_a_whole_zone_that_is_thin_is_a_sliver():
    zones = squares() + [ZoneRecord("Z-007", box(0, 400, 600, 403), "KS-01")]
    slivers = of_type(validate_zones(zones), "sliver")
    assert [s.zone_codes for s in slivers] == [("Z-007",)]
    assert slivers[0].area.area == pytest.approx(1800, rel=0.01)


def test_thresholds_can_be_changed():
    zones = squares() + [ZoneRecord("Z-007", box(0, 400, 600, 403), "KS-01")]
    assert of_type(validate_zones(zones, thresholds=Thresholds(sliver_width_m=2.0)), "sliver") == []


def test_invalid_geometry_is_found_where_it_is_and_checked_repaired():
    bowtie = Polygon([(400, 0), (600, 200), (600, 0), (400, 200), (400, 0)])
    errors = validate_zones(replace(squares(), 5, geometry=bowtie), BOUNDARY)
    invalid = of_type(errors, "invalid")
    assert len(invalid) == 1 and invalid[0].zone_codes == ("Z-006",)
    assert invalid[0].point.equals(Point(500, 100))
    assert "Self-intersection" in invalid[0].details["reason"]
    # The repaired bow-tie leaves two triangles open: the gap check still runs on it.
    assert sum(g.area.area for g in of_type(errors, "gap")) == pytest.approx(20000)


def test_zone_without_geometry_is_invalid():
    errors = validate_zones(replace(squares(), 5, geometry=None), BOUNDARY)
    invalid = of_type(errors, "invalid")
    assert invalid[0].zone_codes == ("Z-006",) and invalid[0].geometry is None
    assert invalid[0].details["reason"] == "empty"


def test_duplicate_and_missing_codes():
    zones = replace(replace(squares(), 3, zone_code="Z-001"), 5, zone_code="  ")
    errors = validate_zones(zones, BOUNDARY)
    dup = of_type(errors, "duplicate_code")
    assert [e.zones for e in dup] == [(0,), (3,)]
    assert all(e.zone_codes == ("Z-001",) and e.details["count"] == 2 for e in dup)
    assert dup[1].point.within(zones[3].geometry)
    missing = of_type(errors, "missing_code")
    assert [e.zone_codes for e in missing] == [("#105",)]  # named by its feature id


def test_unassigned_and_unknown_station():
    zones = replace(replace(squares(), 2, station_id=None), 4, station_id="KS-99")
    stations = [StationRecord("KS-01", "kiosk")]
    errors = validate_zones(zones, BOUNDARY, stations, min_zones=1)
    assert [e.zone_codes for e in of_type(errors, "unassigned")] == [("Z-003",)]
    unknown = of_type(errors, "unknown_station")
    assert [e.zone_codes for e in unknown] == [("Z-005",)] and unknown[0].station_id == "KS-99"


def test_station_load_uses_the_kind_and_reports_idle_stations():
    # 6 zones: KS-01 gets 2, MP-01 (a platform) gets 4; KS-02 has none.
    zones = squares(lambda k: "KS-01" if k < 2 else "MP-01")
    stations = [
        StationRecord("KS-01", "kiosk", Point(1, 1)),
        StationRecord("MP-01", "mobile_platform"),
        StationRecord("KS-02", "kiosk", Point(5, 5)),
    ]
    load = of_type(validate_zones(zones, BOUNDARY, stations), "station_load")
    # A station with no zones sorts first (no zone codes), then by codes.
    assert [(e.station_id, e.details["count"], e.details["min"]) for e in load] == [
        ("KS-02", 0, 6),
        ("KS-01", 2, 6),
    ]
    ks01 = next(e for e in load if e.station_id == "KS-01")
    assert ks01.zones == (0, 1) and ks01.point.equals(Point(1, 1))
    assert ks01.area.area == pytest.approx(2 * 200 * 200)
    idle = next(e for e in load if e.station_id == "KS-02")
    assert idle.area is None and idle.point.equals(Point(5, 5))
    # The platform's 4 zones are fine (≥ 4); as a kiosk they would not be.
    kiosk = [StationRecord("KS-01", "kiosk"), StationRecord("MP-01", "kiosk")]
    assert {e.station_id for e in of_type(validate_zones(zones, BOUNDARY, kiosk), "station_load")} == {
        "KS-01",
        "MP-01",
    }


def test_too_many_zones_for_a_station():
    load = of_type(validate_zones(squares(), BOUNDARY, max_zones=5, min_zones=1), "station_load")
    assert [(e.station_id, e.details["count"], e.details["max"]) for e in load] == [("KS-01", 6, 5)]


def test_without_stations_every_station_id_is_held_to_the_bounds():
    zones = squares(lambda k: "A" if k < 5 else "B")
    load = of_type(validate_zones(zones, min_zones=2, max_zones=8), "station_load")
    assert [(e.station_id, e.details["count"]) for e in load] == [("B", 1)]


def test_errors_come_in_type_order_and_every_type_is_known():
    zones = replace(replace(squares(), 1, geometry=box(190, 200, 400, 400)), 4, station_id=None)
    errors = validate_zones(zones + [ZoneRecord("Z-001", box(700, 0, 710, 10), "KS-01")], BOUNDARY)
    kinds = [e.error_type for e in errors]
    assert kinds == sorted(kinds, key=ERROR_TYPES.index)
    assert set(kinds) <= set(ERROR_TYPES)
    assert count_by_type(errors)["overlap"] == 1
    assert list(count_by_type(errors)) == [k for k in ERROR_TYPES if k in kinds]


def test_zones_in_degrees_are_checked_there_and_measured_in_metres():
    import numpy as np
    from pyproj import Transformer

    forward = Transformer.from_crs("EPSG:4326", "EPSG:32635", always_xy=True)
    back = Transformer.from_crs("EPSG:32635", "EPSG:4326", always_xy=True)

    def to_metric(xy):
        return np.column_stack(forward.transform(xy[:, 0], xy[:, 1]))

    def from_metric(xy):
        return np.column_stack(back.transform(xy[:, 0], xy[:, 1]))

    def lonlat(geometry):
        """Zones drawn in degrees (Helsinki): edges straight there, shared vertices shared."""
        return shapely.affinity.affine_transform(geometry, [1 / 55500, 0, 0, 1 / 111300, 24.93, 60.15])

    def true_m2(geometry):
        return shapely.transform(shapely.segmentize(geometry, 1e-6), to_metric).area

    clean = [ZoneRecord(z.zone_code, lonlat(z.geometry), z.station_id) for z in squares()]
    assert validate_zones(clean, lonlat(BOUNDARY), to_metric=to_metric, from_metric=from_metric) == []
    zones = list(clean)
    zones[1] = ZoneRecord("Z-002", lonlat(box(190, 200, 400, 400)), "KS-01")
    errors = validate_zones(zones, lonlat(BOUNDARY), to_metric=to_metric, from_metric=from_metric)
    assert [e.error_type for e in errors] == ["overlap"]
    overlap = errors[0]
    assert overlap.area.bounds[0] == pytest.approx(24.93 + 190 / 55500)  # the area itself stays in degrees
    assert overlap.details["area_m2"] == pytest.approx(true_m2(overlap.area), rel=1e-4)
    assert 1500 < overlap.details["area_m2"] < 2500
