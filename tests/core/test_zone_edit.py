"""Zone-editing geometry without QGIS: codes, clipping, splitting, merging, topological moves."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import LineString, Polygon, box

from plugin.core.zone_edit import (
    ZoneEditError,
    adjacency_groups,
    check_moved,
    clip_new_zone,
    merge_zones,
    move_point,
    next_free_codes,
    parse_code,
    shared_boundary_length,
    split_zone,
)

TOL = 1e-6


def grid(n=3, size=100.0):
    """n × n square zones keyed by (row, column), sharing their vertices exactly."""
    return {
        (r, c): box(c * size, r * size, (c + 1) * size, (r + 1) * size) for r in range(n) for c in range(n)
    }


def assert_tiles(polys, area):
    """No overlaps (areas add up to the union) and no gaps (the union is the expected area)."""
    polys = list(polys)
    assert all(p.is_valid for p in polys)
    union = shapely.union_all(polys)
    assert sum(p.area for p in polys) == pytest.approx(union.area, abs=1e-6)
    assert union.area == pytest.approx(area, abs=1e-6)


# ------------------------------------------------------------------ codes
def test_codes_continue_the_layers_style():
    codes = [f"Z-{i:03d}" for i in range(1, 39)]
    assert next_free_codes(codes) == ["Z-039"]
    assert next_free_codes(codes, 2) == ["Z-039", "Z-040"]
    # Deleted numbers are not reused; the highest goes on.
    assert next_free_codes(["Z-001", "Z-007"]) == ["Z-008"]
    # The prefix most codes use wins, with its own padding; odd codes are ignored.
    assert next_free_codes(["WG-0009", "WG-0010", "Z-900", "HQ", None, ""]) == ["WG-0011"]
    assert next_free_codes(["zone7", "zone8"]) == ["zone9"]
    # Padding grows past its width instead of wrapping.
    assert next_free_codes(["Z-999"]) == ["Z-1000"]
    assert next_free_codes([]) == ["Z-001"]
    assert next_free_codes([], default_prefix="KS01-", default_digits=2) == ["KS01-01"]
    assert parse_code("Z-039") == ("Z-", 39, 3)
    assert parse_code("HQ") is None


# ------------------------------------------------------------------ draw
def test_drawn_zone_is_clipped_by_its_neighbours():
    zones = grid(2)  # 0..200 × 0..200
    # A square overlapping the right column by 50 m and sticking out to x = 300.
    clipped = clip_new_zone([(150, 0), (300, 0), (300, 200), (150, 200)], zones.values(), TOL)
    assert clipped.polygon.equals(box(200, 0, 300, 200))
    assert clipped.removed_area == pytest.approx(50 * 200)
    assert clipped.dropped == []
    assert_tiles([*zones.values(), clipped.polygon], 300 * 200)


def test_drawn_zone_across_a_zone_keeps_the_largest_piece():
    zones = {"mid": box(100, 0, 200, 100)}
    clipped = clip_new_zone([(0, 0), (250, 0), (250, 100), (0, 100)], zones.values(), TOL)
    assert clipped.polygon.equals(box(0, 0, 100, 100))
    assert len(clipped.dropped) == 1 and clipped.dropped[0].equals(box(200, 0, 250, 100))


def test_drawn_zone_snaps_onto_a_boundary_a_hair_away():
    zones = grid(1)
    # Drawn along x = 100 but 1e-7 off: no sliver may survive between the two zones.
    clipped = clip_new_zone([(100 + 1e-7, 0), (200, 0), (200, 100), (100 - 1e-7, 100)], zones.values(), 1e-5)
    assert clipped.polygon.is_valid
    assert clipped.polygon.area == pytest.approx(100 * 100, abs=1e-3)
    assert shared_boundary_length(clipped.polygon, zones[(0, 0)], 1e-5) == pytest.approx(100, abs=1e-3)
    assert shapely.intersection(clipped.polygon, zones[(0, 0)]).area < 1e-6


def test_drawing_inside_existing_zones_is_refused():
    with pytest.raises(ZoneEditError) as e:
        clip_new_zone([(10, 10), (90, 10), (90, 90)], grid(1).values(), TOL)
    assert e.value.reason == "empty"
    with pytest.raises(ZoneEditError) as e:
        clip_new_zone([(10, 10), (90, 10)], [], TOL)
    assert e.value.reason == "too_few_points"


# ------------------------------------------------------------------ split
def test_split_gives_the_pieces_largest_first():
    zone = box(0, 0, 100, 100)
    pieces = split_zone(zone, [(30, -10), (30, 110)], TOL)
    assert [round(p.area) for p in pieces] == [7000, 3000]
    assert_tiles(pieces, 100 * 100)


def test_split_line_ending_exactly_on_the_boundary_still_cuts():
    zone = Polygon([(0, 0), (100, 0), (100, 100), (0, 100)])
    # Ends snapped onto the boundary, the lower one a hair inside by rounding.
    pieces = split_zone(zone, [(40, 1e-9), (60, 50), (40, 100)], 1e-6)
    assert len(pieces) == 2
    assert_tiles(pieces, 100 * 100)


def test_split_refuses_lines_that_do_not_cut():
    zone = box(0, 0, 100, 100)
    for line in (
        [(50, -10), (50, 50)],  # ends inside
        [(-10, 150), (110, 150)],  # misses
        [(0, 0), (100, 0)],
    ):  # along the boundary
        with pytest.raises(ZoneEditError) as e:
            split_zone(zone, line, TOL)
        assert e.value.reason == "not_cut"


def test_split_concave_zone_into_three():
    u_shape = Polygon(
        [(0, 0), (300, 0), (300, 200), (200, 200), (200, 100), (100, 100), (100, 200), (0, 200)]
    )
    pieces = split_zone(u_shape, [(-10, 150), (310, 150)], TOL)
    assert len(pieces) == 3
    assert_tiles(pieces, u_shape.area)


# ------------------------------------------------------------------ merge
def test_adjacency_needs_a_shared_edge_not_a_corner():
    zones = grid(2)
    assert shared_boundary_length(zones[(0, 0)], zones[(0, 1)], TOL) == pytest.approx(100)
    assert shared_boundary_length(zones[(0, 0)], zones[(1, 1)], TOL) == 0.0
    assert adjacency_groups([zones[(0, 0)], zones[(1, 1)]], TOL) == [[0], [1]]
    assert adjacency_groups([zones[(0, 0)], zones[(1, 1)], zones[(0, 1)]], TOL) == [[0, 1, 2]]


def test_merge_adjacent_zones_into_one():
    zones = grid(3)
    picked = [zones[(0, 0)], zones[(0, 1)], zones[(1, 1)]]
    merged = merge_zones(picked, TOL)
    assert merged.geom_type == "Polygon" and merged.is_valid
    assert merged.area == pytest.approx(30000)
    assert len(merged.interiors) == 0
    rest = [g for k, g in zones.items() if k not in {(0, 0), (0, 1), (1, 1)}]
    assert_tiles([merged, *rest], 300 * 300)


def test_merge_refuses_zones_touching_only_at_a_corner():
    zones = grid(3)
    with pytest.raises(ZoneEditError) as e:
        merge_zones([zones[(0, 0)], zones[(0, 1)], zones[(1, 2)]], TOL)
    assert e.value.reason == "not_adjacent" and e.value.zones == [2]
    with pytest.raises(ZoneEditError) as e:
        merge_zones([zones[(0, 0)]], TOL)
    assert e.value.reason == "too_few_zones"


def test_merge_zones_digitised_a_hair_apart():
    a = box(0, 0, 100, 100)
    b = Polygon([(100 + 2e-7, 0), (200, 0), (200, 100), (100 - 1e-7, 100)])
    merged = merge_zones([a, b], 1e-5)
    assert merged.geom_type == "Polygon" and len(merged.interiors) == 0
    assert merged.area == pytest.approx(20000, abs=1e-3)


# ------------------------------------------------------------------ move
def test_moving_a_shared_vertex_moves_every_zone_that_has_it():
    zones = grid(2)
    changed = move_point(zones, (100, 100), (130, 80), TOL)
    assert set(changed) == set(zones)  # the centre vertex is in all four
    for geom in changed.values():
        assert (130, 80) in [tuple(c) for c in geom.exterior.coords]
    check_moved(changed, zones, TOL)
    assert_tiles(changed.values(), 200 * 200)


def test_dragging_an_edge_inserts_the_vertex_in_both_neighbours():
    zones = grid(2)
    changed = move_point(zones, (100, 50), (120, 50), TOL)  # middle of the vertical edge x = 100, lower row
    assert set(changed) == {(0, 0), (0, 1)}
    assert changed[(0, 0)].area == pytest.approx(100 * 100 + 100 * 20 / 2)
    assert changed[(0, 1)].area == pytest.approx(100 * 100 - 100 * 20 / 2)
    new = {**zones, **changed}
    check_moved(changed, zones, TOL)
    assert_tiles(new.values(), 200 * 200)


def test_t_junction_neighbour_gets_the_vertex_too():
    # A long zone on top whose bottom edge has no vertex where the two below meet.
    zones = {"top": box(0, 100, 200, 200), "left": box(0, 0, 100, 100), "right": box(100, 0, 200, 100)}
    changed = move_point(zones, (100, 100), (100, 120), TOL)
    assert set(changed) == {"top", "left", "right"}
    assert_tiles({**zones, **changed}.values(), 200 * 200)


def test_a_move_that_folds_a_zone_over_its_neighbour_is_refused():
    zones = grid(2)
    changed = move_point(zones, (100, 100), (250, 100), TOL)  # beyond the far edge of the right zones
    with pytest.raises(ZoneEditError) as e:
        check_moved(changed, zones, TOL)
    assert e.value.reason in ("invalid_result", "overlap")
    with pytest.raises(ZoneEditError) as e:
        move_point(zones, (55, 55), (60, 60), TOL)
    assert e.value.reason == "nothing_here"


def test_a_move_into_a_zone_not_sharing_the_vertex_is_an_overlap():
    zones = {"a": box(0, 0, 100, 100), "b": box(100, 0, 200, 100), "far": box(0, 150, 200, 250)}
    changed = move_point(zones, (100, 100), (100, 170), TOL)
    assert set(changed) == {"a", "b"}
    with pytest.raises(ZoneEditError) as e:
        check_moved(changed, zones, TOL)
    assert e.value.reason == "overlap" and "far" in e.value.zones


def test_split_line_crossing_a_zone_as_linestring():
    pieces = split_zone(box(0, 0, 10, 10), LineString([(-1, 5), (11, 5)]), TOL)
    assert [p.area for p in pieces] == [50, 50]
