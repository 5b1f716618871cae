"""Zone workload: road length, area, key sites and incidents per zone."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Geod

from plugin.core.geodesy import ground_areas, ground_lengths
from plugin.core.synthetic import LocalProjection
from plugin.core.workload import (
    default_period,
    in_period,
    road_in_zones,
    zone_of_points,
    zone_workload,
)

A = shapely.box(0, 0, 100, 100)
B = shapely.box(100, 0, 200, 100)


def test_road_is_clipped_to_each_zone():
    roads = [
        shapely.LineString([(-50, 50), (250, 50)]),  # crosses both: 100 m in each
        shapely.LineString([(10, 10), (10, 90), (60, 90)]),  # inside A: 130 m
        shapely.LineString([(300, 0), (400, 0)]),  # outside
    ]
    assert road_in_zones([A, B], roads).tolist() == pytest.approx([230.0, 100.0])


def test_road_along_a_shared_boundary_counts_half_to_each():
    roads = [
        shapely.LineString([(100, -20), (100, 100)]),  # 100 m on the A|B edge
        shapely.LineString([(0, 0), (0, 40)]),
    ]  # on A's outer edge: A's alone
    got = road_in_zones([A, B, None], roads)
    assert got.tolist() == pytest.approx([90.0, 50.0, 0.0])
    # The zones' figures add up to the road inside their union.
    union = shapely.union_all([A, B])
    assert got.sum() == pytest.approx(sum(r.intersection(union).length for r in roads))
    # A border street that reprojection moved a hair into B still counts half to each.
    nudged = [shapely.LineString([(100 + 1e-7, 0), (100 + 2e-7, 100)])]
    assert road_in_zones([A, B], nudged).tolist() == pytest.approx([50.0, 50.0], abs=1e-6)
    # One a metre off the border is B's alone.
    assert road_in_zones([A, B], [shapely.LineString([(101, 0), (101, 100)])]).tolist() == pytest.approx(
        [0, 100]
    )


def test_ground_lengths_and_areas_on_the_ellipsoid():
    proj = LocalProjection((24.94, 60.17))
    line = shapely.LineString([(0, 0), (800, 300), (1500, -200)])
    (got,) = ground_lengths([line], proj.to_lonlat)
    ll = proj.to_lonlat(np.asarray(line.coords))
    geod = Geod(ellps="WGS84")
    assert got == pytest.approx(geod.line_length(ll[:, 0], ll[:, 1]), rel=1e-9)
    (area,) = ground_areas([shapely.box(0, 0, 1000, 500)], proj.to_lonlat)
    ring = proj.to_lonlat(np.array([(0, 0), (1000, 0), (1000, 500), (0, 500), (0, 0)]))
    assert area == pytest.approx(abs(geod.polygon_area_perimeter(ring[:, 0], ring[:, 1])[0]), rel=1e-9)
    # The local projection is true to scale at its centre: planar and ground agree closely.
    assert area == pytest.approx(500_000.0, rel=1e-3)
    assert ground_lengths([], proj.to_lonlat).tolist() == []


def test_points_count_once_even_on_a_shared_boundary():
    pts = np.array([[50, 50], [100, 50], [150, 50], [500, 500], [np.nan, np.nan]])
    assert zone_of_points([A, B], pts).tolist() == [0, 0, 1, -1, -1]
    assert zone_of_points([None, B], pts).tolist() == [-1, 1, 1, -1, -1]


def test_period_is_inclusive_and_skips_unknown_dates():
    t = np.array([0.0, 10.0, 20.0, np.nan, 30.0])
    assert in_period(t, 10.0, 20.0).tolist() == [False, True, True, False, False]
    assert default_period(100 * 86400.0) == (70 * 86400.0, 100 * 86400.0)


def test_workload_per_zone():
    roads = [shapely.LineString([(-50, 50), (250, 50)])]
    sites = np.array([[10, 10], [150, 10], [160, 20], [900, 900]])
    incidents = np.array([[10, 10], [20, 20], [150, 50], [150, 60]])
    when = np.array([5.0, 50.0, 15.0, np.nan])
    w = zone_workload([A, B], roads, sites, incidents, when, period=(0.0, 20.0))
    assert w.road_m.tolist() == pytest.approx([100.0, 100.0])
    assert w.area_m2.tolist() == pytest.approx([10_000.0, 10_000.0])
    assert w.key_sites.tolist() == [1, 2] and w.sites_outside == 1
    assert w.incidents.tolist() == [1, 1] and w.incidents_outside == 0
    # Without a period every incident counts; without roads there is no road figure.
    w = zone_workload([A, B], None, None, incidents)
    assert w.incidents.tolist() == [2, 2]
    assert np.isnan(w.road_m).all() and w.key_sites.tolist() == [0, 0]
    with pytest.raises(ValueError):
        zone_workload([A], None, None, incidents, None, period=(0.0, 1.0))
