"""Station load figures for the Assign brush: bounds, road km, worst times as Coverage measures them."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely

from plugin.core.coverage import coverage
from plugin.core.rules import StationBounds
from plugin.core.synthetic import make_grid_city
from plugin.core.zone_load import (
    RoadIndex,
    ZoneTimes,
    station_times,
    summarise,
    zone_road,
    zone_times,
)


def test_bounds_follow_the_station_kind():
    bounds = StationBounds()
    assert bounds.for_kind("kiosk") == (6, 8)
    assert bounds.for_kind(None) == (6, 8)
    # One rule for every view: platforms at least 4, and no more than any post (as
    # assignzones and validatezones hold them).
    assert bounds.for_kind("mobile_platform") == (4, 8)
    assert bounds.for_kind(" Mobile_Platform ") == (4, 8)
    assert [bounds.status("kiosk", n) for n in (5, 6, 8, 9)] == ["low", "ok", "ok", "high"]
    assert [bounds.status("mobile_platform", n) for n in (3, 4, 8, 40)] == ["low", "ok", "ok", "high"]
    # The user's own bounds (the Zones dock's settings) are followed.
    mine = StationBounds(5, 7, 3)
    assert [mine.status("kiosk", n) for n in (4, 5, 7, 8)] == ["low", "ok", "ok", "high"]
    assert mine.for_kind("mobile_platform") == (3, 7)
    assert StationBounds(9, 8, 4).problem() and StationBounds(6, 8, 9).problem() and not mine.problem()


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
    targets = [1.0, 3.0, 5.0, 2.0] * 4
    results, _ = coverage(network, zones, targets, station, np.array([offset]))
    assert 0 < sum(r.compliant for r in results) < len(zones), "some zones in time, some not"
    for zone, result, target in zip(zones, results, targets):
        times = zone_times(network, zone_road(index, zone), row, station, offset)
        assert times.unreached_m == pytest.approx(result.unreached_m, abs=1e-6)
        assert times.covered_pct(target) == pytest.approx(result.covered_pct, rel=1e-9)
        if result.worst_min is None:
            assert times.unreached_m > 0
        else:
            assert times.worst_s / 60.0 == pytest.approx(result.worst_min, rel=1e-9)


def test_zone_without_road_has_no_time(city):
    network, _ = city
    index = RoadIndex(network)
    far = shapely.box(50_000, 50_000, 50_100, 50_100)
    road = zone_road(index, far)
    assert road.road_m == 0.0
    station = network.snap(np.array([[0.0, 0.0]]))
    times = zone_times(network, road, station_times(network, station), station)
    assert math.isnan(times.worst_s) and times.covered_pct(5.0) is None


def test_unreachable_road_is_counted_apart():
    # A two-way street and, beyond it, a one-way stub pointing back at it: never entered.
    import numpy as np

    from plugin.core.network import RoadNetwork
    from plugin.core.synthetic import LocalProjection

    proj = LocalProjection()
    lines = [np.array([[0.0, 0.0], [300.0, 0.0]]), np.array([[400.0, 0.0], [300.0, 0.0]])]
    network = RoadNetwork.build(
        lines,
        [proj.to_lonlat(x) for x in lines],
        [1, 2],
        np.array([36.0, 36.0]),
        np.array([True, True]),
        np.array([True, False]),
    )
    zone = shapely.box(-10, -10, 410, 10)
    station = network.snap(np.array([[0.0, 0.0]]))
    road = zone_road(RoadIndex(network), zone)
    times = zone_times(network, road, station_times(network, station), station)
    worst, unreached = times.worst_s, times.unreached_m
    assert unreached == pytest.approx(network.length_m[1], rel=1e-6)
    # 36 km/h = 10 m/s to the far end, less half a 10 m sampling piece (measured at its middle).
    assert worst == pytest.approx((network.length_m[0] - 5.0) / 10.0, abs=1e-3)


def test_summary_counts_km_and_worst_per_station():
    stations = {"KS-01": "kiosk", "MP-01": "mobile_platform", "KS-02": "kiosk"}
    assignment = {1: "KS-01", 2: "KS-01", 3: "MP-01", 4: None, 5: "XX-9"}
    road_m = {1: 1500.0, 2: 500.0, 3: 250.0, 4: 100.0, 5: 10.0}

    def t(*pairs):  # (seconds, metres) samples
        return ZoneTimes(np.array([p[0] for p in pairs], float), np.array([p[1] for p in pairs], float))

    inf = float("inf")
    times = {
        ("KS-01", 1): t((60.0, 1000.0), (120.0, 500.0)),
        ("KS-01", 2): t((300.0, 475.0), (inf, 25.0)),
        ("MP-01", 3): t((inf, 250.0)),
    }
    targets = {1: 3.0, 2: 5.0, 3: 5.0}
    rows = {r.station_id: r for r in summarise(stations, assignment, road_m, times, targets)}
    assert list(rows) == ["KS-01", "MP-01", "KS-02", "XX-9"]
    assert rows["KS-01"].zones == 2 and rows["KS-01"].road_km == pytest.approx(2.0)
    assert rows["KS-01"].worst_min == pytest.approx(5.0) and rows["KS-01"].unreached_m == 25.0
    assert rows["KS-01"].status == "low"
    # Zone 2 has 5 % of its road unreachable: below 99.5 % within target.
    assert rows["KS-01"].late == [(2, pytest.approx(95.0))]
    assert rows["MP-01"].worst_min is None and rows["MP-01"].status == "low"
    assert rows["MP-01"].late == [(3, 0.0)] and rows["MP-01"].unreached_m == 250.0
    assert rows["KS-02"].zones == 0 and rows["KS-02"].worst_min is None
    assert rows["XX-9"].kind is None and rows["XX-9"].zones == 1
    # Without targets nothing is judged late.
    assert summarise(stations, assignment, road_m, times)[0].late == []
