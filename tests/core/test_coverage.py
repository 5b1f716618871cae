"""Zone compliance on roads whose answers follow from geometry (10 m/s, known ground length)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Geod

from plugin.core.coverage import ZoneResult, coverage, key_site_times
from plugin.core.network import RoadNetwork
from plugin.core.synthetic import LocalProjection, make_grid_city

PROJ = LocalProjection((24.94, 60.17))
GEOD = Geod(ellps="WGS84")
SPACING = 10.0


def make(lines, oneway=None) -> RoadNetwork:
    lines = [np.asarray(line, dtype=float) for line in lines]
    n = len(lines)
    bwd = np.array([not (oneway and oneway[i] == "yes") for i in range(n)])
    return RoadNetwork.build(
        lines, [PROJ.to_lonlat(line) for line in lines], np.arange(n), np.full(n, 36.0), np.ones(n, bool), bwd
    )


def ground(a, b) -> float:
    ll = PROJ.to_lonlat(np.array([a, b], dtype=float))
    return float(GEOD.line_length(ll[:, 0], ll[:, 1]))


ROAD = [(0.0, 0.0), (2000.0, 0.0)]
L = ground(*ROAD)  # ground metres; at 10 m/s the road takes L / 10 seconds end to end
ZONE = shapely.box(-100, -100, 2100, 100)
TOL_PCT = 100.0 * SPACING / L  # midpoint sampling: one piece either way


def run(net, zones, targets, stations, offsets=None, **kw):
    return coverage(
        net, zones, targets, net.snap(np.asarray(stations, dtype=float)), offsets, spacing=SPACING, **kw
    )


def test_fully_reached_zone_complies():
    net = make([ROAD])
    (r,), gaps = run(net, [ZONE], [5.0], [(0.0, 0.0)])
    assert isinstance(r, ZoneResult)
    assert r.covered_pct == pytest.approx(100.0)
    assert r.compliant and gaps == []
    assert r.road_m == pytest.approx(L, rel=1e-9)
    assert r.worst_min == pytest.approx(L / 10 / 60, abs=SPACING / 10 / 60)
    assert r.mean_min == pytest.approx(L / 2 / 10 / 60, rel=1e-3)
    assert r.backup_pct == 0.0 and r.target_min == 5.0


def test_half_reached_zone():
    net = make([ROAD])
    target_s = L / 2 / 10  # exactly half the road's length
    (r,), gaps = run(net, [ZONE], [target_s / 60], [(0.0, 0.0)])
    assert r.covered_pct == pytest.approx(50.0, abs=TOL_PCT)
    assert not r.compliant and r.reason
    assert r.worst_min == pytest.approx(L / 10 / 60, abs=SPACING / 10 / 60)
    # The gap is the far half of the road, grown by the width and clipped to the zone.
    assert len(gaps) == 1 and gaps[0][0] == 0
    gap = gaps[0][1]
    assert gap.geom_type == "MultiPolygon" and gap.is_valid and ZONE.buffer(1e-6).contains(gap)
    assert gap.contains(shapely.Point(1500, 0)) and gap.contains(shapely.Point(1990, 40))
    assert not gap.intersects(shapely.Point(500, 0))
    assert gap.bounds[0] == pytest.approx(1000.0 - 50.0, abs=SPACING + 2 * 12.5)


@pytest.mark.parametrize("share", [0.1, 0.37, 0.8])
def test_covered_share_follows_geometry(share):
    net = make([ROAD])
    (r,), _ = run(net, [ZONE], [share * L / 10 / 60], [(0.0, 0.0)])
    assert r.covered_pct == pytest.approx(100 * share, abs=TOL_PCT)


def test_offset_counts_against_target():
    net = make([ROAD])
    target_s = L / 2 / 10
    (r,), _ = run(net, [ZONE], [target_s / 60], [(0.0, 0.0)], offsets=[L / 4 / 10])
    assert r.covered_pct == pytest.approx(25.0, abs=TOL_PCT)


def test_zone_takes_only_its_own_road():
    net = make([ROAD])
    left = shapely.box(-100, -100, 1000, 100)
    right = shapely.box(1000, -100, 2100, 100)
    (a, b), gaps = run(net, [left, right], [5.0, L / 2 / 10 / 60], [(0.0, 0.0)])
    assert a.road_m == pytest.approx(L / 2, abs=SPACING)
    assert b.road_m == pytest.approx(L / 2, abs=SPACING)
    assert a.compliant and a.covered_pct == pytest.approx(100.0)
    assert b.covered_pct == pytest.approx(0.0, abs=TOL_PCT)
    assert [z for z, _ in gaps] == [1]


def test_backup_from_a_second_station():
    # Stations at both ends, target 75 % of the road: each end reached by one,
    # the middle half by both.
    # The long middle segment has a different first station at each end and no station
    # on it: its backup times come from the nodes only.
    net = make([[(0.0, 0.0), (100.0, 0.0), (1900.0, 0.0), (2000.0, 0.0)]])
    (r,), _ = run(net, [ZONE], [0.75 * L / 10 / 60], [(0.0, 0.0), (2000.0, 0.0)])
    assert r.covered_pct == pytest.approx(100.0)
    assert r.backup_pct == pytest.approx(50.0, abs=2 * TOL_PCT)
    assert r.worst_min == pytest.approx(L / 2 / 10 / 60, abs=SPACING / 10 / 60)


def test_mid_segment_stations_and_one_way():
    # A single segment, stations part-way along it, so no node lies between them.
    net = make([ROAD])
    stations = [(300.0, 0.0), (1700.0, 0.0)]
    target = 0.6 * L / 10 / 60  # 1200 m of driving
    (r,), _ = run(net, [ZONE], [target], stations)
    # A reaches [0, 1500], B [500, 2000]: all covered, [500, 1500] twice.
    assert r.covered_pct == pytest.approx(100.0)
    assert r.backup_pct == pytest.approx(50.0, abs=2 * TOL_PCT)
    one_way = make([ROAD], oneway=["yes"])
    (r,), _ = run(one_way, [ZONE], [target], stations)
    # Eastwards only: A reaches [300, 1500], B [1700, 2000]; nothing west of 300.
    assert r.covered_pct == pytest.approx(75.0, abs=2 * TOL_PCT)
    assert r.backup_pct == pytest.approx(0.0, abs=TOL_PCT)
    # The worst is about road a station does reach (just west of B, 1400 m from A); the
    # unreachable stretch is reported on its own.
    assert r.worst_min == pytest.approx(1400.0 * L / 2000.0 / 10 / 60, abs=SPACING / 10 / 60)
    assert r.unreached_m == pytest.approx(0.15 * L, abs=SPACING)
    assert "cannot be reached" in r.reason and r.code == "unreached"
    assert not r.compliant


def test_second_station_on_the_same_segment_counts_as_backup():
    net = make([ROAD])
    (r,), _ = run(net, [ZONE], [L / 10 / 60 + 1], [(200.0, 0.0), (400.0, 0.0)])
    assert r.covered_pct == pytest.approx(100.0) and r.backup_pct == pytest.approx(100.0)


def test_zone_without_road_and_empty_zone():
    net = make([ROAD])
    results, gaps = run(
        net, [shapely.box(0, 500, 100, 600), shapely.Polygon(), ZONE], [5.0, 5.0, 5.0], [(0.0, 0.0)]
    )
    assert results[0].covered_pct is None and not results[0].compliant and results[0].reason
    assert results[0].road_m == 0.0
    assert results[1].covered_pct is None and not results[1].compliant
    assert results[2].compliant
    with pytest.raises(ValueError):
        run(net, [ZONE], [5.0, 3.0], [(0.0, 0.0)])


def test_no_station_reaches():
    net = make([ROAD, [(0.0, 500.0), (100.0, 500.0)]])
    (r,), gaps = run(net, [ZONE], [5.0], [(0.0, 500.0)])
    assert r.covered_pct == 0.0 and r.worst_min is None and r.mean_min is None
    assert len(gaps) == 1


def test_min_covered_pct_threshold():
    net = make([ROAD])
    (r,), _ = run(net, [ZONE], [0.99 * L / 10 / 60], [(0.0, 0.0)])
    assert 98.0 < r.covered_pct < 99.5 and not r.compliant
    (r,), _ = run(net, [ZONE], [0.99 * L / 10 / 60], [(0.0, 0.0)], min_covered_pct=98.0)
    assert r.compliant


def test_grid_city_matches_point_times():
    city = make_grid_city(12, jitter=0.25, seed=2, oneway_share=0.2)
    net = city.build()
    stations = net.snap(np.array([(-300.0, -200.0), (350.0, 280.0)]))
    zones = [shapely.box(-600, -600, 0, 0), shapely.box(0, 0, 600, 600), shapely.box(-600, 0, 0, 600)]
    targets = [1.0, 1.2, 1.0]
    results, gaps = coverage(net, zones, targets, stations, spacing=5.0)
    # Independent estimate: dense road points, Dijkstra to each, zone by containment.
    from plugin.core.isochrones import positions_xy, sample_positions
    from plugin.core.network import Snapped

    seg, s, k = sample_positions(net, np.arange(net.n_segments), 2.0, midpoints=True)
    xy = positions_xy(net, seg, s)
    t = net.travel_times(stations, Snapped(seg, s, np.zeros(len(seg)), xy))
    w = net.length_m[seg] / k
    best = t.min(axis=0)
    second = np.sort(t, axis=0)[1]
    for zone, target, r in zip(zones, targets, results):
        inside = shapely.contains_xy(zone, xy[:, 0], xy[:, 1])
        road = w[inside].sum()
        assert r.road_m == pytest.approx(road, rel=0.02)
        cov = 100 * w[inside & (best <= target * 60)].sum() / road
        bak = 100 * w[inside & (second <= target * 60)].sum() / road
        assert r.covered_pct == pytest.approx(cov, abs=1.5)
        assert r.backup_pct == pytest.approx(bak, abs=1.5)
        assert 0 < r.covered_pct < 100
    assert sorted(z for z, _ in gaps) == [0, 1, 2]
    for zi, gap in gaps:
        assert gap.is_valid and zones[zi].buffer(1e-6).contains(gap)


def test_key_site_times():
    net = make([ROAD, [(0.0, 500.0), (100.0, 500.0)]])
    sites = net.snap(np.array([(1000.0, 0.0), (2000.0, 0.0), (50.0, 500.0), (0.0, 9000.0)]))
    stations = net.snap(np.array([(0.0, 0.0), (1900.0, 0.0)]))
    got = key_site_times(net, sites, stations, np.array([0.0, 30.0]))
    assert got[0] == pytest.approx(L / 2 / 10 / 60, rel=1e-6)
    assert got[1] == pytest.approx((30 + 0.05 * L / 10) / 60, rel=1e-6)
    assert np.isinf(got[2]) and np.isinf(got[3])


def test_excluded_road_is_left_out_and_reported():
    # The zone's road: a reached street and a piece no station can get to.
    net = make([ROAD, [(0.0, 50.0), (500.0, 50.0)]])
    exclude = net.feature_id == 1
    (plain,), _ = run(net, [ZONE], [5.0], [(0.0, 0.0)])
    (left_out,), gaps = run(net, [ZONE], [5.0], [(0.0, 0.0)], exclude=exclude)
    piece = ground((0.0, 50.0), (500.0, 50.0))
    # Counted, the piece is unreached road: not compliant, but the worst is about reached road.
    assert not plain.compliant and plain.code == "unreached"
    assert plain.unreached_m == pytest.approx(piece, rel=1e-6)
    assert plain.worst_min == pytest.approx(L / 10 / 60, abs=SPACING / 10 / 60)
    # Left out, the zone complies on its street, and the piece is reported on its own.
    assert left_out.compliant and left_out.covered_pct == pytest.approx(100.0)
    assert left_out.detached_m == pytest.approx(piece, rel=1e-6) and left_out.unreached_m == 0.0
    assert left_out.road_m == pytest.approx(L, rel=1e-9) and gaps == []
    # A zone whose only road is left out gets a clear reason, not figures.
    (only,), _ = run(net, [shapely.box(-10, 40, 510, 60)], [5.0], [(0.0, 0.0)], exclude=exclude)
    assert only.code == "detached_only" and not only.compliant and only.covered_pct is None
    assert only.detached_m == pytest.approx(piece, rel=1e-6)
    with pytest.raises(ValueError):
        run(net, [ZONE], [5.0], [(0.0, 0.0)], exclude=exclude[:1])
