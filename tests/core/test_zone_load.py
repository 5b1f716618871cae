"""Station load figures for the Assign brush: bounds, road km, worst times as Coverage measures them."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely

from plugin.core.coverage import coverage
from plugin.core.synthetic import make_grid_city
from plugin.core.zone_load import (
    RoadIndex,
    load_bounds,
    load_status,
    station_times,
    summarise,
    zone_road,
    zone_worst_s,
)


def test_bounds_follow_the_station_kind():
    assert load_bounds("kiosk") == (6, 8)
    assert load_bounds(None) == (6, 8)
    assert load_bounds("mobile_platform") == (4, None)
    assert [load_status("kiosk", n) for n in (5, 6, 8, 9)] == ["low", "ok", "ok", "high"]
    assert [load_status("mobile_platform", n) for n in (3, 4, 40)] == ["low", "ok", "ok"]


@pytest.fixture(scope="module")
def city():
    grid = make_grid_city(9, spacing=200.0, seed=5)
    network = grid.build()
    zones = [shapely.box(x, y, x + 400, y + 400) for x in (-800, -400, 0, 400) for y in (-800, -400, 0, 400)]
    return network, zones


def test_zone_road_is_the_coverage_road_length(city):
    network, zones = city
    index = RoadIndex(network)
    station = network.snap(np.array([[10.0, 20.0]]))
    results, _ = coverage(network, zones, [5.0] * len(zones), station)
    for zone, result in zip(zones, results):
        road = zone_road(index, zone)
        assert road.road_m == pytest.approx(result.road_m, rel=1e-9)
    # The zones cover part of the grid: their road is some, not all, of the network's ground length.
    total = sum(zone_road(index, z).road_m for z in zones)
    assert 0.3 * network.total_length_m < total < network.total_length_m


def test_worst_time_from_one_station_matches_coverage(city):
    network, zones = city
    index = RoadIndex(network)
    station = network.snap(np.array([[130.0, -60.0]]))  # mid-block: its own segment matters
    offset = 45.0
    row = station_times(network, station, offset)
    results, _ = coverage(network, zones, [5.0] * len(zones), station, np.array([offset]))
    for zone, result in zip(zones, results):
        worst, unreached = zone_worst_s(network, zone_road(index, zone), row, station, offset)
        assert unreached == pytest.approx(result.unreached_m, abs=1e-6)
        if result.worst_min is None:
            assert unreached > 0
        else:
            assert worst / 60.0 == pytest.approx(result.worst_min, rel=1e-9)


def test_zone_without_road_has_no_time(city):
    network, _ = city
    index = RoadIndex(network)
    far = shapely.box(50_000, 50_000, 50_100, 50_100)
    road = zone_road(index, far)
    assert road.road_m == 0.0
    station = network.snap(np.array([[0.0, 0.0]]))
    assert math.isnan(zone_worst_s(network, road, station_times(network, station), station)[0])


def test_unreachable_road_is_counted_apart():
    # A two-way street and, beyond it, a one-way stub pointing back at it: never entered.
    import numpy as np

    from plugin.core.network import RoadNetwork
    from plugin.core.synthetic import LocalProjection

    proj = LocalProjection()
    lines = [np.array([[0.0, 0.0], [300.0, 0.0]]), np.array([[400.0, 0.0], [300.0, 0.0]])]
    network = RoadNetwork.build(lines, [proj.to_lonlat(x) for x in lines], [1, 2], np.array([36.0, 36.0]),
                                np.array([True, True]), np.array([True, False]))
    zone = shapely.box(-10, -10, 410, 10)
    station = network.snap(np.array([[0.0, 0.0]]))
    road = zone_road(RoadIndex(network), zone)
    worst, unreached = zone_worst_s(network, road, station_times(network, station), station)
    assert unreached == pytest.approx(network.length_m[1], rel=1e-6)
    # 36 km/h = 10 m/s to the far end, less half a 10 m sampling piece (measured at its middle).
    assert worst == pytest.approx((network.length_m[0] - 5.0) / 10.0, abs=1e-3)


def test_summary_counts_km_and_worst_per_station():
    stations = {"KS-01": "kiosk", "MP-01": "mobile_platform", "KS-02": "kiosk"}
    assignment = {1: "KS-01", 2: "KS-01", 3: "MP-01", 4: None, 5: "XX-9"}
    road_m = {1: 1500.0, 2: 500.0, 3: 250.0, 4: 100.0, 5: 10.0}
    worst = {("KS-01", 1): (120.0, 0.0), ("KS-01", 2): (300.0, 25.0), ("MP-01", 3): (float("nan"), 0.0)}
    rows = {r.station_id: r for r in summarise(stations, assignment, road_m, worst)}
    assert list(rows) == ["KS-01", "MP-01", "KS-02", "XX-9"]
    assert rows["KS-01"].zones == 2 and rows["KS-01"].road_km == pytest.approx(2.0)
    assert rows["KS-01"].worst_min == pytest.approx(5.0) and rows["KS-01"].unreached_m == 25.0
    assert rows["KS-01"].status == "low"
    assert rows["MP-01"].worst_min is None and rows["MP-01"].status == "low"
    assert rows["KS-02"].zones == 0 and rows["KS-02"].worst_min is None
    assert rows["XX-9"].kind is None and rows["XX-9"].zones == 1
    unreachable = summarise({"A": "kiosk"}, {1: "A"}, {1: 10.0}, {("A", 1): (float("nan"), 10.0)})
    assert unreachable[0].worst_min is None and unreachable[0].unreached_m == 10.0
