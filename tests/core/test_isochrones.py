"""Isochrone and response-zone polygons, checked against travel times computed per point."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy.spatial import cKDTree

from plugin.core.isochrones import (
    default_pixel,
    isochrone_polygons,
    positions_xy,
    response_zones,
    sample_positions,
    segment_point_times,
)
from plugin.core.network import Cancelled, RoadNetwork, Snapped
from plugin.core.synthetic import LocalProjection, make_grid_city

PROJ = LocalProjection((24.94, 60.17))
WIDTH = 40.0
PIXEL = 10.0
BREAKS = [1.0, 2.0, 3.0]


def make(lines, speed=36.0, oneway=None) -> RoadNetwork:
    lines = [np.asarray(line, dtype=float) for line in lines]
    n = len(lines)
    fwd = np.ones(n, dtype=bool)
    bwd = np.array([not (oneway and oneway[i] == "yes") for i in range(n)])
    return RoadNetwork.build(
        lines, [PROJ.to_lonlat(line) for line in lines], np.arange(n), np.full(n, speed), fwd, bwd
    )


def road_points(net: RoadNetwork, spacing: float = 4.0) -> tuple[np.ndarray, Snapped]:
    seg, s, _ = sample_positions(net, np.arange(net.n_segments), spacing)
    xy = positions_xy(net, seg, s)
    return xy, Snapped(seg, s, np.zeros(len(seg)), xy)


@pytest.fixture(scope="module")
def city():
    c = make_grid_city(18, spacing=100.0, jitter=0.25, seed=3, oneway_share=0.3)
    net = c.build()
    origins = net.snap(np.array([(0.0, 0.0), (-420.0, 310.0), (505.0, -260.0)]))
    offsets = np.array([0.0, 20.0, 45.0])
    xy, dense = road_points(net)
    # Independent of the polygon code: Dijkstra to every dense road point as a destination.
    times = net.travel_times(origins, dense, offsets)
    polys = isochrone_polygons(net, origins, BREAKS, offsets, width=WIDTH, pixel=PIXEL)
    return net, origins, offsets, xy, times, polys


def by_origin(polys):
    out = {}
    for i, b, g in polys:
        out.setdefault(i, {})[b] = g
    return out


def test_one_polygon_per_origin_and_break(city):
    net, origins, _, _, _, polys = city
    assert [(i, b) for i, b, _ in polys] == [(i, b) for i in range(len(origins)) for b in BREAKS]
    for _, _, g in polys:
        assert g.geom_type == "MultiPolygon"
        assert g.is_valid and not g.is_empty


def test_reached_road_lies_inside(city):
    _, _, _, xy, times, polys = city
    for i, per_break in by_origin(polys).items():
        for b, g in per_break.items():
            reached = times[i] <= b * 60.0
            assert reached.sum() > 50
            d = shapely.distance(g, shapely.points(xy[reached]))
            assert d.max() <= PIXEL + 1e-6


def test_unreached_road_far_from_reached_road_lies_outside(city):
    _, _, _, xy, times, polys = city
    checked = 0
    for i, per_break in by_origin(polys).items():
        for b, g in per_break.items():
            reached = xy[times[i] <= b * 60.0]
            late = times[i] > 1.05 * b * 60.0
            far = cKDTree(reached).query(xy[late])[0] > WIDTH + 2 * PIXEL
            probe = xy[late][far]
            checked += len(probe)
            inside = shapely.contains_xy(g, probe[:, 0], probe[:, 1])
            assert not inside.any()
    assert checked > 1000


def test_polygons_hug_the_roads_not_their_hull(city):
    _, _, _, _, _, polys = city
    g = by_origin(polys)[0][3.0]
    # Blocks are 100 m, buffer 40 m each side: some of every block stays out.
    assert g.area < 0.97 * g.convex_hull.area
    assert sum(len(p.interiors) for p in g.geoms) > 3


def test_breaks_nest(city):
    _, _, _, _, _, polys = city
    for per_break in by_origin(polys).values():
        ordered = [per_break[b] for b in BREAKS]
        for small, large in zip(ordered, ordered[1:]):
            assert shapely.difference(small, large).area <= PIXEL * PIXEL
            assert large.area > small.area


def test_offset_shrinks_the_area(city):
    net, origins, offsets, _, _, polys = city
    # Origin 1 has a 20 s turnout: its 2-min area is its 100-s area without turnout.
    plain = isochrone_polygons(net, origins.subset([1]), [100.0 / 60.0], None, width=WIDTH, pixel=PIXEL)[0][2]
    with_turnout = by_origin(polys)[1][2.0]
    assert shapely.symmetric_difference(plain, with_turnout).area <= 2 * PIXEL * PIXEL
    # A turnout longer than the break leaves nothing.
    late = isochrone_polygons(net, origins.subset([0]), [0.5], [40.0], width=WIDTH, pixel=PIXEL)
    assert late[0][2].is_empty


def test_segment_point_times_agree_with_travel_times(city):
    net, origins, offsets, _, _, _ = city
    row = net.node_times(origins.subset([0]), offsets[:1])[0]
    pts, t = segment_point_times(
        net, row, 15.0, sources=origins.subset([0]), source_offset_s=offsets[:1], max_time_s=150.0
    )
    assert len(pts) > 200 and t.max() <= 150.0
    snapped = net.snap(pts, 0.01)
    ref = net.travel_times(origins.subset([0]), snapped, offsets[:1])[0]
    np.testing.assert_allclose(t, ref, rtol=1e-9, atol=1e-9)
    # Spacing: consecutive samples on one segment are at most 15 m apart.
    gaps = np.hypot(*np.diff(pts, axis=0).T)
    assert np.median(gaps) <= 15.0 + 1e-9


def test_dissolve_is_the_union(city):
    net, origins, offsets, _, _, polys = city
    dissolved = isochrone_polygons(net, origins, BREAKS, offsets, width=WIDTH, pixel=PIXEL, dissolve=True)
    assert [(i, b) for i, b, _ in dissolved] == [(-1, b) for b in BREAKS]
    per = by_origin(polys)
    for _, b, g in dissolved:
        union = shapely.union_all([per[i][b] for i in per])
        assert g.is_valid
        assert shapely.symmetric_difference(g, union).area <= 2 * PIXEL * PIXEL


def test_progress_and_cancel(city):
    net, origins, _, _, _, _ = city
    seen = []
    isochrone_polygons(net, origins, [1.0], width=WIDTH, pixel=PIXEL, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0) and len(seen) >= len(origins)
    with pytest.raises(Cancelled):
        isochrone_polygons(net, origins, [1.0], width=WIDTH, pixel=PIXEL, progress=lambda f: f < 0.5)


def test_unsnapped_origin_gets_empty_polygons(city):
    net, _, _, _, _, _ = city
    origins = net.snap(np.array([(0.0, 0.0), (50_000.0, 0.0)]))
    polys = isochrone_polygons(net, origins, [1.0, 2.0], width=WIDTH, pixel=PIXEL)
    assert [(i, b, g.is_empty) for i, b, g in polys] == [
        (0, 1.0, False),
        (0, 2.0, False),
        (1, 1.0, True),
        (1, 2.0, True),
    ]


def test_straight_road_gives_a_sausage():
    # 2 km road at 10 m/s, origin mid-segment at 500 m: in 1 min, 600 m each way.
    net = make([[(0.0, 0.0), (2000.0, 0.0)]])
    origin = net.snap(np.array([(500.0, 0.0)]))
    ((_, _, g),) = isochrone_polygons(net, origin, [1.0], width=50.0, pixel=10.0)
    reach = 600.0 * 2000.0 / net.length_m[0]  # ground → work-CRS metres
    xmin, ymin, xmax, ymax = g.bounds
    assert xmin == pytest.approx(0.0 - 50.0, abs=2 * 10.0)  # the road ends at x = 0
    assert xmax == pytest.approx(500.0 + reach + 50.0, abs=2 * 10.0)
    assert ymax == pytest.approx(50.0, abs=2 * 10.0) and ymin == pytest.approx(-50.0, abs=2 * 10.0)
    assert g.area == pytest.approx((xmax - xmin) * 100.0, rel=0.2)


def test_ring_road_leaves_a_hole():
    ring = [(0, 0), (1000, 0), (1000, 1000), (0, 1000), (0, 0)]
    net = make([ring])
    origin = net.snap(np.array([(0.0, 500.0)]))
    ((_, _, g),) = isochrone_polygons(net, origin, [10.0], width=50.0)
    assert len(g.geoms) == 1
    poly = g.geoms[0]
    assert len(poly.interiors) == 1
    assert not g.contains(shapely.Point(500, 500))
    assert g.contains(shapely.Point(1000, 500))
    hole = shapely.Polygon(poly.interiors[0])
    assert hole.area == pytest.approx(900.0 * 900.0, rel=0.1)


def test_one_way_matters():
    # One-way eastwards: from mid-road only the eastern part is reached.
    net = make([[(0.0, 0.0), (2000.0, 0.0)]], oneway=["yes"])
    origin = net.snap(np.array([(1000.0, 0.0)]))
    ((_, _, g),) = isochrone_polygons(net, origin, [1.0], width=20.0, pixel=5.0)
    xmin, _, xmax, _ = g.bounds
    assert xmin == pytest.approx(1000.0 - 20.0, abs=10.0)
    assert xmax > 1550.0


def test_default_pixel():
    assert default_pixel(50.0) == pytest.approx(12.5)
    assert default_pixel(4.0) == 5.0
    assert default_pixel(400.0) == 25.0


# ---------------------------------------------------------------------------- response zones
def test_response_zones_split_a_road_between_two_stations():
    net = make([[(0.0, 0.0), (1000.0, 0.0), (2000.0, 0.0)]])
    stations = net.snap(np.array([(0.0, 0.0), (2000.0, 0.0)]))
    zones = response_zones(net, stations, [1.0, 2.0], width=50.0, pixel=10.0)
    got = {(f, b): g for f, b, g in zones}
    assert set(got) == {(0, 1.0), (0, 2.0), (1, 1.0), (1, 2.0)}
    scale = 1000.0 / net.length_m[0]  # ground metres → work-CRS metres
    probes = {
        (0, 1.0): (300.0, 0.0),
        (0, 2.0): (600 * scale + 150.0, 0.0),
        (1, 1.0): (2000.0 - 300.0, 0.0),
        (1, 2.0): (2000.0 - 600 * scale - 150.0, 0.0),
    }
    for key, (x, y) in probes.items():
        assert got[key].contains(shapely.Point(x, y)), key
    # The boundary between the two stations is half-way.
    assert got[(0, 2.0)].bounds[2] == pytest.approx(1000.0, abs=10.0)
    assert got[(1, 2.0)].bounds[0] == pytest.approx(1000.0, abs=10.0)
    for a in zones:
        for b in zones:
            if a is not b:
                assert shapely.intersection(a[2], b[2]).area == pytest.approx(0.0, abs=1e-6)


def test_response_zones_follow_first_arrival(city):
    net, origins, offsets, xy, times, _ = city
    zones = response_zones(net, origins, [1.0, 2.0, 3.0], offsets, width=WIDTH, pixel=PIXEL)
    geoms = [g for _, _, g in zones]
    for g in geoms:
        assert g.is_valid
    union = shapely.union_all(geoms)
    assert union.area == pytest.approx(sum(g.area for g in geoms), rel=1e-9)  # no overlap
    # Road points reached within 3 min sit in the area of the station that arrives first.
    best = times.min(axis=0)
    first = times.argmin(axis=0)
    ok = best <= 180.0
    # Points where two stations arrive within a few seconds sit on a shared border.
    sorted_t = np.sort(times, axis=0)
    clear = ok & (sorted_t[1] - sorted_t[0] > 3.0)
    by_fac = {}
    for f, _, g in zones:
        by_fac.setdefault(f, []).append(g)
    hits = 0
    for f, gs in by_fac.items():
        pts = xy[clear & (first == f)]
        inside = shapely.distance(shapely.union_all(gs), shapely.points(pts)) <= PIXEL
        hits += inside.sum()
    assert hits >= 0.99 * clear.sum()
    # And the band is the one of the first arrival.
    for f, b, g in zones:
        lower = max([x for x in [0.0, 1.0, 2.0, 3.0] if x < b])
        sel = clear & (first == f) & (best > lower * 60 + 3) & (best <= b * 60 - 3)
        if sel.any():
            d = shapely.distance(g, shapely.points(xy[sel]))
            assert (d <= PIXEL).mean() > 0.98


def test_big_networks_sample_per_origin_with_the_same_result(city, monkeypatch):
    # Above PLAN_MAX_SAMPLES the samples are made per origin instead of once per network.
    import plugin.core.isochrones as iso

    net, origins, offsets, _, _, polys = city
    fresh = make_grid_city(18, spacing=100.0, jitter=0.25, seed=3, oneway_share=0.3).build()
    monkeypatch.setattr(iso, "PLAN_MAX_SAMPLES", 0)
    again = isochrone_polygons(fresh, origins, BREAKS, offsets, width=WIDTH, pixel=PIXEL)
    for (i, b, g), (j, c, h) in zip(polys, again):
        assert (i, b) == (j, c)
        assert shapely.symmetric_difference(g, h).area == pytest.approx(0.0, abs=1e-6)


def test_edges_follow_the_road_not_the_raster():
    # A road at 30°: a raster outline would be a staircase of cell edges, all at 0° or 90°.
    angle = np.radians(30.0)
    end = 2000.0 * np.array([np.cos(angle), np.sin(angle)])
    net = make([[(0.0, 0.0), tuple(end)]])
    origin = net.snap(np.array([(0.0, 0.0)]))
    ((_, _, g),) = isochrone_polygons(net, origin, [10.0], width=50.0, pixel=12.5)
    (poly,) = g.geoms
    d = np.diff(np.asarray(poly.exterior.coords), axis=0)
    length = np.hypot(d[:, 0], d[:, 1])
    slanted = ~np.isclose(d[:, 0], 0.0) & ~np.isclose(d[:, 1], 0.0)
    # Most of the outline's length runs slanted, as the road does.
    assert length[slanted].sum() > 0.6 * length.sum()
    # It still hugs the road: 50 m either side, give or take a cell.
    assert g.area == pytest.approx(2 * 50.0 * 2000.0 + np.pi * 50.0**2, rel=0.08)
