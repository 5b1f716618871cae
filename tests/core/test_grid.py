"""Patrol grids (plugin/core/grid.py): exact tiling, reading-order codes, merging, refusals."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import Polygon, box

from plugin.core import grid
from plugin.core.grid import GridError, create_grid, zone_code

# pyproj 3.4 takes one-point arrays for scalars and numpy 1.25+ warns about it.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def jurisdiction():
    """A C-shaped city with a long concave bay, a lake (hole) and an island in the lake."""
    outer = Polygon(
        [(0, 0), (3000, 0), (3000, 800), (900, 800), (900, 2200), (3000, 2200), (3000, 3000), (0, 3000)]
    )
    lake = shapely.Point(450, 1500).buffer(300, quad_segs=16)
    island = shapely.Point(450, 1500).buffer(80, quad_segs=8)
    # A coast that is not axis-aligned, so cells are cut at every angle.
    coast = Polygon([(0, 0), (2700, 0), (3000, 330), (3000, 3000), (400, 3000), (0, 2550)])
    return outer.difference(lake).union(island).intersection(coast)


def assert_tiles(zones, boundary, rel=1e-9):
    g = np.array(zones, dtype=object)
    assert shapely.is_valid(g).all()
    assert set(shapely.get_type_id(g)) <= {3}, "every zone is a single polygon"
    area = boundary.area
    assert shapely.area(g).sum() == pytest.approx(area, rel=rel)
    assert shapely.symmetric_difference(shapely.union_all(g), boundary).area <= area * rel
    tree = shapely.STRtree(g)
    left, right = tree.query(g, predicate="intersects")
    pairs = left < right
    overlap = shapely.area(shapely.intersection(g[left[pairs]], g[right[pairs]]))
    assert overlap.max(initial=0.0) <= area * rel


@pytest.mark.parametrize("shape", grid.SHAPES)
def test_grid_tiles_a_boundary_with_holes_and_bays_exactly(shape):
    boundary = jurisdiction()
    result = create_grid(boundary, shape, 200.0)
    assert_tiles(result.geometries, boundary)
    # Nothing of the lake is covered; the island in it is.
    union = shapely.union_all(result.geometries)
    assert not union.contains(shapely.Point(450, 1320))
    assert union.contains(shapely.Point(450, 1500))
    # A cell spanning the bay would be in two pieces: zones never are.
    assert result.clipped_cells > 0 and result.full_cells > 0
    assert len(result.codes) == len(set(result.codes)) == len(result.geometries)
    # Every merged zone is at least a quarter cell (the default MIN_CELL_PCT), unless isolated.
    shares = shapely.area(np.array(result.geometries)) / grid.cell_area(shape, 200.0)
    lonely = {result.codes.index(c) for c in result.isolated}
    assert all(s >= 0.25 for i, s in enumerate(shares) if i not in lonely)
    assert result.merged > 0


def _utm():
    forward = Transformer.from_crs("EPSG:4326", "EPSG:32635", always_xy=True)
    back = Transformer.from_crs("EPSG:32635", "EPSG:4326", always_xy=True)

    def to_work(xy):
        return np.column_stack(forward.transform(xy[:, 0], xy[:, 1]))

    def to_lonlat(xy):
        return np.column_stack(back.transform(xy[:, 0], xy[:, 1]))

    return to_work, to_lonlat


@pytest.mark.parametrize("shape", grid.SHAPES)
def test_grid_in_a_geographic_crs_tiles_the_boundary_as_given(shape):
    to_work, to_lonlat = _utm()
    metric = shapely.affinity.translate(jurisdiction(), 385000, 6670000)  # Helsinki, UTM 35N
    lonlat = shapely.transform(metric, to_lonlat)
    result = create_grid(lonlat, shape, 250.0, to_work=to_work, to_boundary=to_lonlat)
    assert_tiles(result.geometries, lonlat, rel=1e-9)
    # The cells are 250 m in the work CRS: whole cells measure a full cell's area there.
    areas = shapely.area(shapely.transform(np.array(result.geometries), to_work))
    full = grid.cell_area(shape, 250.0)
    assert np.isclose(areas, full, rtol=1e-6).sum() >= 20
    assert areas.min() >= 0.25 * full * (1 - 1e-4)


def test_codes_run_in_reading_order_from_top_left():
    result = create_grid(box(0, 0, 400, 400), grid.SQUARE, 100.0)
    assert result.codes == [f"Z-{i:03d}" for i in range(1, 17)]
    corners = [g.bounds[:2] for g in result.geometries]
    assert corners[0] == (0, 300) and corners[3] == (300, 300)
    assert corners[4] == (0, 200) and corners[15] == (300, 0)


def test_hexagon_codes_in_reading_order():
    result = create_grid(box(0, 0, 2000, 2000), grid.HEXAGON, 300.0, min_cell_pct=0)
    points = shapely.get_coordinates(shapely.point_on_surface(np.array(result.geometries)))
    # Row by row from the top: a later zone is never in a higher row, and within a row runs right.
    row = np.round(points[:, 1] / (300.0 / math.sqrt(3) * 1.5), 0)
    for k in range(1, len(points)):
        assert row[k] <= row[k - 1] + 0.5
        if abs(row[k] - row[k - 1]) < 0.5:
            assert points[k, 0] > points[k - 1, 0]


def test_hexagon_cell_size_is_across_flats():
    result = create_grid(box(-5000, -5000, 5000, 5000), grid.HEXAGON, 500.0)
    full = [g for g in result.geometries if abs(g.area - grid.cell_area(grid.HEXAGON, 500.0)) < 1e-6]
    hexagon = full[0]
    assert len(hexagon.exterior.coords) == 7
    xmin, _, xmax, _ = hexagon.bounds
    assert xmax - xmin == pytest.approx(500.0)


@pytest.mark.parametrize(
    ("prefix", "expected"), [("Z", "Z-007"), ("ZA-", "ZA-007"), ("", "007"), ("巡区", "巡区-007")]
)
def test_zone_code_format(prefix, expected):
    assert zone_code(prefix, 7, 3) == expected


def test_code_width_grows_with_the_count():
    result = create_grid(box(0, 0, 3300, 3300), grid.SQUARE, 100.0)
    assert len(result.codes) == 1089 and result.codes[0] == "Z-0001" and result.codes[-1] == "Z-1089"


def test_small_cells_merge_into_the_neighbour_with_the_longest_edge():
    # Cells of 100 m. Two slivers east of x=200: the upper one (20 %) borders the cell to its
    # west along 100 m and the lower one along 20 m; the lower one (6 %) borders the cell to its
    # west along 30 m and the upper sliver along 20 m.
    boundary = box(0, 0, 200, 200).union(box(200, 70, 220, 200))
    result = create_grid(boundary, grid.SQUARE, 100.0, min_cell_pct=25)
    assert len(result.geometries) == 4 and result.merged == 2
    assert_tiles(result.geometries, boundary)

    def zone_at(x, y):
        return next(i for i, g in enumerate(result.geometries) if g.covers(shapely.Point(x, y)))

    assert zone_at(210, 150) == zone_at(150, 150)
    assert zone_at(210, 80) == zone_at(150, 50)
    assert zone_at(210, 150) != zone_at(210, 80)


def test_min_cell_pct_decides_what_merges():
    boundary = box(0, 0, 250, 100)  # the last cell is cut to 50 %
    kept = create_grid(boundary, grid.SQUARE, 100.0, min_cell_pct=25)
    assert sorted(round(g.area) for g in kept.geometries) == [5000, 10000, 10000]
    merged = create_grid(boundary, grid.SQUARE, 100.0, min_cell_pct=60)
    assert sorted(round(g.area) for g in merged.geometries) == [10000, 15000]
    assert merged.codes == ["Z-001", "Z-002"]
    everything = create_grid(box(0, 0, 210, 100), grid.SQUARE, 100.0, min_cell_pct=0)
    assert sorted(round(g.area) for g in everything.geometries) == [1000, 10000, 10000]


def test_a_cell_cut_in_two_becomes_two_zones_or_joins_both_sides():
    lake = box(140, -10, 160, 110)  # splits the middle cell into two 40 % pieces
    boundary = box(0, 0, 300, 100).difference(lake)
    both = create_grid(boundary, grid.SQUARE, 100.0, min_cell_pct=25)
    assert len(both.geometries) == 4
    assert_tiles(both.geometries, boundary)
    joined = create_grid(boundary, grid.SQUARE, 100.0, min_cell_pct=50)
    assert sorted(round(g.area) for g in joined.geometries) == [14000, 14000]
    assert_tiles(joined.geometries, boundary)


def test_a_small_piece_with_no_neighbour_stays_and_is_reported():
    boundary = shapely.union_all([box(0, 0, 200, 100), box(500, 500, 510, 510)])
    result = create_grid(boundary, grid.SQUARE, 100.0)
    assert len(result.geometries) == 3
    assert result.isolated == [result.codes[0]]  # the island is the top-most zone
    assert result.geometries[0].area == pytest.approx(100.0)


def test_a_boundary_smaller_than_a_cell_is_one_zone():
    result = create_grid(shapely.Point(50, 50).buffer(20), grid.HEXAGON, 1000.0)
    assert len(result.geometries) == 1 and result.codes == ["Z-001"]


@pytest.mark.parametrize("size", [0, -10, float("nan"), float("inf")])
def test_cell_size_must_be_positive(size):
    with pytest.raises(GridError) as info:
        create_grid(box(0, 0, 100, 100), grid.SQUARE, size)
    assert info.value.reason == "cell_size"


def test_too_many_cells_is_refused_before_any_work_with_the_limit_and_a_size_that_fits():
    boundary = box(0, 0, 100_000, 80_000)
    with pytest.raises(GridError) as info:
        create_grid(boundary, grid.HEXAGON, 10.0, max_cells=50_000)
    error = info.value
    assert error.reason == "too_many"
    assert error.values["limit"] == 50_000
    assert error.values["count"] == grid.cell_count(grid.HEXAGON, 10.0, boundary.bounds) > 50_000
    assert "50000" in str(error) and str(error.values["count"]) in str(error)
    size = error.values["min_size"]
    assert grid.cell_count(grid.HEXAGON, size, boundary.bounds) <= 50_000
    assert grid.cell_count(grid.HEXAGON, size * 0.9, boundary.bounds) > 50_000


def test_cell_count_matches_what_is_laid_down():
    for shape in grid.SHAPES:
        bounds = (123.0, -456.0, 5432.1, 2345.6)
        xy, rings, _, _ = grid.lattice_cells(shape, 250.0, bounds)
        assert len(rings) == grid.cell_count(shape, 250.0, bounds)
        cells = shapely.polygons(xy[rings])
        assert shapely.union_all(cells).covers(box(*bounds))


def test_empty_boundary_is_refused():
    with pytest.raises(GridError) as info:
        create_grid(shapely.Polygon(), grid.SQUARE, 100.0)
    assert info.value.reason == "empty"
    with pytest.raises(GridError):
        create_grid(shapely.LineString([(0, 0), (10, 10)]), grid.SQUARE, 100.0)


def test_min_cell_pct_out_of_range_is_refused():
    with pytest.raises(GridError) as info:
        create_grid(box(0, 0, 100, 100), grid.SQUARE, 10.0, min_cell_pct=120)
    assert info.value.reason == "min_cell_pct"


def test_progress_can_cancel():
    with pytest.raises(GridError) as info:
        create_grid(box(0, 0, 1000, 1000), grid.SQUARE, 10.0, progress=lambda f: f < 0.5)
    assert info.value.reason == "cancelled"


def test_union_boundary_repairs_and_reports():
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    merged, repairs = grid.union_boundary([box(20, 0, 30, 10), None, bowtie, shapely.Polygon()])
    assert [i for i, _ in repairs] == [2]
    assert "Self-intersection" in repairs[0][1]
    assert merged.is_valid and merged.area == pytest.approx(150.0)
    assert grid.union_boundary([None, shapely.Polygon()])[0] is None


def test_clip_per_cell_fallback_tiles_as_exactly(monkeypatch):
    """When the one-noding overlay does not add up, cells are clipped one by one: same result."""
    boundary = jurisdiction()
    overlay = create_grid(boundary, grid.HEXAGON, 200.0)
    monkeypatch.setattr(grid, "_overlay", lambda cells, b, expected: (None, None))
    fallback = create_grid(boundary, grid.HEXAGON, 200.0)
    assert_tiles(fallback.geometries, boundary)
    assert fallback.codes == overlay.codes
    assert all(a.symmetric_difference(b).area < 1e-6 for a, b in zip(fallback.geometries, overlay.geometries))
