"""Hand-made road graphs with answers worked out independently (pyproj for ground lengths)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import numpy as np
import pytest
from pyproj import Geod

from plugin.core.network import Cancelled, NetworkError, RoadNetwork, Snapped, geodesic_lengths
from plugin.core.synthetic import LocalProjection, make_grid_city

PROJ = LocalProjection((24.94, 60.17))
GEOD = Geod(ellps="WGS84")
SPEED = 36.0  # km/h = 10 m/s, so seconds are ground metres / 10


def ground(*xy) -> float:
    """Ground metres along a polyline given in the test's work CRS."""
    ll = PROJ.to_lonlat(np.asarray(xy, dtype=float))
    return float(GEOD.line_length(ll[:, 0], ll[:, 1]))


def make(lines, speeds=None, oneway=None, fids=None, tolerance=0.5) -> RoadNetwork:
    lines = [np.asarray(line, dtype=float) for line in lines]
    n = len(lines)
    speeds = np.full(n, SPEED) if speeds is None else np.asarray(speeds, dtype=float)
    fwd = np.ones(n, dtype=bool)
    bwd = np.ones(n, dtype=bool)
    for i, flag in enumerate(oneway or [None] * n):
        if flag == "yes":
            bwd[i] = False
        elif flag == "-1":
            fwd[i] = False
    fids = np.arange(1, n + 1) if fids is None else np.asarray(fids)
    return RoadNetwork.build(
        lines, [PROJ.to_lonlat(line) for line in lines], fids, speeds, fwd, bwd, tolerance
    )


def times(net: RoadNetwork, a, b, **kw) -> np.ndarray:
    return net.travel_times(net.snap(np.atleast_2d(a), 5.0), net.snap(np.atleast_2d(b), 5.0), **kw)


# ---------------------------------------------------------------------------- topology
def test_three_segment_path():
    net = make([[(0, 0), (100, 0), (200, 0), (300, 0)]])
    assert (net.n_nodes, net.n_segments) == (4, 3)
    expected = ground((0, 0), (300, 0)) / 10.0
    t = times(net, [(0, 0), (300, 0)], [(300, 0), (0, 0), (100, 0)])
    assert t[0, 0] == pytest.approx(expected, rel=1e-9)
    assert t[1, 1] == pytest.approx(expected, rel=1e-9)
    assert t[0, 2] == pytest.approx(ground((0, 0), (100, 0)) / 10.0, rel=1e-9)
    assert t[0, 1] == pytest.approx(0.0, abs=1e-9)
    assert net.total_length_m == pytest.approx(ground((0, 0), (300, 0)), rel=1e-9)


def test_one_way_loop_goes_round():
    square = [(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)]
    net = make([square], oneway=["yes"])
    side = ground((0, 0), (100, 0)) / 10.0
    t = times(net, [(0, 0), (100, 0)], [(100, 0), (0, 0)])
    assert t[0, 0] == pytest.approx(side, rel=1e-6)
    # Back to the previous corner means the other three sides.
    expected = ground((100, 0), (100, 100), (0, 100), (0, 0)) / 10.0
    assert t[1, 1] == pytest.approx(expected, rel=1e-9)


def test_reverse_one_way():
    net = make([[(0, 0), (100, 0)]], oneway=["-1"])
    t = times(net, [(0, 0), (100, 0)], [(100, 0), (0, 0)])
    assert np.isinf(t[0, 0])
    assert t[1, 1] == pytest.approx(ground((0, 0), (100, 0)) / 10.0, rel=1e-9)


def test_t_junction():
    net = make([[(-100, 0), (0, 0), (100, 0)], [(0, 0), (0, -100)]])
    assert net.n_nodes == 4
    t = times(net, (-100, 0), (0, -100))
    assert t[0, 0] == pytest.approx(ground((-100, 0), (0, 0), (0, -100)) / 10.0, rel=1e-9)


def test_crossing_without_shared_vertex_does_not_connect():
    # A bridge over a street: the lines cross in the plane but share no vertex.
    net = make([[(-100, 0), (100, 0)], [(0, -100), (0, 100)]])
    assert net.n_nodes == 4
    t = times(net, [(-100, 0), (0, -100)], [(0, 100), (100, 0)])
    assert np.isinf(t[0, 0]) and np.isinf(t[1, 1])
    assert np.isfinite(t[0, 1]) and np.isfinite(t[1, 0])
    # Snapping onto the crossing point picks one of the two roads, never both.
    s = net.snap(np.array([(0.0, 0.0)]))
    reach = net.travel_times(s, net.snap(np.array([(-100, 0), (100, 0), (0, -100), (0, 100)]), 5.0))
    assert np.isfinite(reach).sum() == 2


def test_shared_interior_vertex_connects():
    net = make([[(-100, 0), (0, 0), (100, 0)], [(0, -100), (0, 0), (0, 100)]])
    assert net.n_nodes == 5
    t = times(net, (-100, 0), (0, 100))
    assert t[0, 0] == pytest.approx(ground((-100, 0), (0, 0), (0, 100)) / 10.0, rel=1e-9)


@pytest.mark.parametrize(
    "gap, tolerance, connected", [(0.3, 0.5, True), (0.3, 0.2, False), (0.6, 0.5, False), (0.0, 0.0, True)]
)
def test_vertices_merge_within_tolerance(gap, tolerance, connected):
    net = make([[(-100, 0), (0, 0)], [(gap, 0), (100, 0)]], tolerance=tolerance)
    assert net.n_nodes == (3 if connected else 4)
    t = times(net, (-100, 0), (100, 0))
    assert np.isfinite(t[0, 0]) == connected


def test_merge_is_transitive_within_cluster():
    # Three line ends digitised a few decimetres apart all meet in one node.
    net = make([[(-100, 0), (0, 0)], [(0.3, 0.2), (100, 0)], [(0.1, 0.4), (0, 100)]])
    assert net.n_nodes == 4


def test_many_streets_from_one_point_make_one_hub():
    angles = np.linspace(0, 2 * np.pi, 400, endpoint=False)
    lines = [[(0.0, 0.0), (100 * np.cos(a), 100 * np.sin(a))] for a in angles]
    net = make(lines)
    assert net.n_nodes == 401
    t = times(net, (100.0, 0.0), (-100.0, 0.0))
    assert t[0, 0] == pytest.approx(ground((100, 0), (0, 0), (-100, 0)) / 10.0, rel=1e-6)


def test_multi_part_feature_and_excluded_parts():
    # Part 2 (same feature id as part 1) continues the road; the footway shortcut is excluded.
    lines = [[(0, 0), (100, 0)], [(100, 0), (100, 100)], [(0, 0), (100, 100)]]
    net = make(lines, speeds=[SPEED, SPEED, np.nan], fids=[7, 7, 8])
    assert net.n_segments == 2
    assert set(net.feature_id.tolist()) == {7}
    t = times(net, (0, 0), (100, 100))
    assert t[0, 0] == pytest.approx(ground((0, 0), (100, 0), (100, 100)) / 10.0, rel=1e-9)


def test_parallel_duplicates_use_fastest():
    lines = [[(0, 0), (100, 0)], [(0, 0), (100, 0)]]
    net = make(lines, speeds=[18.0, 72.0])
    t = times(net, (0, 0), (100, 0))
    assert t[0, 0] == pytest.approx(ground((0, 0), (100, 0)) / 20.0, rel=1e-9)


def test_speed_sets_cost():
    net = make([[(0, 0), (100, 0)], [(100, 0), (200, 0)]], speeds=[36.0, 72.0])
    t = times(net, (0, 0), (200, 0))
    assert t[0, 0] == pytest.approx(ground((0, 0), (100, 0)) / 10 + ground((100, 0), (200, 0)) / 20, rel=1e-9)
    np.testing.assert_allclose(net.cost_s, net.length_m / (np.array([36.0, 72.0]) / 3.6))


# ---------------------------------------------------------------------------- partial edges
def test_mid_segment_origin_and_destination():
    net = make([[(0, 0), (100, 0), (200, 0)]])
    seg_len = ground((0, 0), (100, 0))
    t = times(net, (20, 3), [(70, -4), (150, 0), (5, 0)])
    assert t[0, 0] == pytest.approx(0.5 * seg_len / 10, rel=1e-6)
    assert t[0, 1] == pytest.approx((0.8 * seg_len + 0.5 * ground((100, 0), (200, 0))) / 10, rel=1e-6)
    assert t[0, 2] == pytest.approx(0.15 * seg_len / 10, rel=1e-6)


def test_same_segment_against_one_way():
    # One-way eastwards on a single segment: forward along it works, back needs a route.
    net = make([[(0, 0), (100, 0)]], oneway=["yes"])
    seg = ground((0, 0), (100, 0))
    t = times(net, [(20, 0), (70, 0)], [(70, 0), (20, 0)])
    assert t[0, 0] == pytest.approx(0.5 * seg / 10, rel=1e-6)
    assert np.isinf(t[1, 1])
    # Close the loop: going back means going round.
    loop = make([[(0, 0), (100, 0)], [(100, 0), (100, 100), (0, 100), (0, 0)]], oneway=["yes", "yes"])
    t = times(loop, (70, 0), (20, 0))
    around = 0.3 * seg + ground((100, 0), (100, 100), (0, 100), (0, 0)) + 0.2 * seg
    assert t[0, 0] == pytest.approx(around / 10, rel=1e-6)


def test_same_segment_reverse_one_way():
    net = make([[(0, 0), (100, 0)]], oneway=["-1"])
    seg = ground((0, 0), (100, 0))
    t = times(net, [(20, 0), (70, 0)], [(70, 0), (20, 0)])
    assert np.isinf(t[0, 0])
    assert t[1, 1] == pytest.approx(0.5 * seg / 10, rel=1e-6)


def test_mid_segment_leaves_both_ways_when_allowed():
    # Destination behind the origin on a two-way street: drive back, not round.
    net = make([[(0, 0), (100, 0)], [(0, 0), (0, 100)]])
    seg = ground((0, 0), (100, 0))
    t = times(net, (40, 0), (0, 50))
    assert t[0, 0] == pytest.approx((0.4 * seg + 0.5 * ground((0, 0), (0, 100))) / 10, rel=1e-6)


def test_point_on_a_node_of_a_one_way_segment_is_at_that_node():
    # Snapped to the far end of a one-way segment, a unit is at the junction: it can
    # leave by the next street (and be reached from it) without driving the segment.
    net = make([[(0, 0), (100, 0)], [(100, 0), (200, 0)]], oneway=["yes", None])
    seg_a = int(np.flatnonzero(net.seg_xy[:, 0, 0] < 50)[0])
    at_junction = Snapped(np.array([seg_a]), np.array([1.0]), np.zeros(1), np.array([[100.0, 0.0]]))
    end = net.snap(np.array([(200, 0)]))
    b = ground((100, 0), (200, 0)) / 10
    assert net.travel_times(at_junction, end)[0, 0] == pytest.approx(b, rel=1e-9)
    assert net.travel_times(end, at_junction)[0, 0] == pytest.approx(b, rel=1e-9)
    start = Snapped(np.array([seg_a]), np.array([0.0]), np.zeros(1), np.array([[0.0, 0.0]]))
    assert np.isinf(net.travel_times(end, start)[0, 0])
    assert net.travel_times(start, start)[0, 0] == 0.0


# ---------------------------------------------------------------------------- queries
def test_unreachable_is_inf_and_offsets_add():
    net = make([[(0, 0), (100, 0)], [(500, 0), (600, 0)]])
    o = net.snap(np.array([(0, 0), (500, 0)]))
    d = net.snap(np.array([(100, 0), (600, 0)]))
    t = net.travel_times(o, d, origin_offset_s=np.array([30.0, 5.0]))
    seg = ground((0, 0), (100, 0)) / 10
    assert t[0, 0] == pytest.approx(30.0 + seg, rel=1e-9)
    assert t[1, 1] == pytest.approx(5.0 + ground((500, 0), (600, 0)) / 10, rel=1e-9)
    assert np.isinf(t[0, 1]) and np.isinf(t[1, 0])


def test_limit_counts_the_offset():
    net = make([[(0, 0), (100, 0), (200, 0)]])
    o = net.snap(np.array([(0, 0)]))
    d = net.snap(np.array([(100, 0), (200, 0)]))
    first = ground((0, 0), (100, 0)) / 10
    t = net.travel_times(o, d, origin_offset_s=[2.0], limit_s=first + 3.0)
    assert t[0, 0] == pytest.approx(first + 2.0, rel=1e-9)
    assert np.isinf(t[0, 1])
    nt = net.node_times(o, origin_offset_s=[2.0], limit_s=first + 3.0)
    assert np.isfinite(nt).sum() == 2


def test_snap_mid_block_and_beyond_max_distance():
    net = make([[(0, 0), (100, 0)], [(100, 0), (100, 100)]])
    s = net.snap(np.array([(50, 10), (100, 60), (50, 500), (np.nan, 0)]), max_distance=50.0)
    assert s.segment[0] >= 0 and s.segment[1] >= 0
    assert s.fraction[0] == pytest.approx(0.5)
    assert s.distance[0] == pytest.approx(10.0)
    np.testing.assert_allclose(s.point[0], (50, 0))
    np.testing.assert_allclose(s.point[1], (100, 60))
    assert s.segment[2] == -1 and s.segment[3] == -1
    assert np.isinf(s.distance[2])
    t = net.travel_times(s, s)
    assert np.isinf(t[2]).all() and np.isinf(t[:, 2]).all() and np.isinf(t[3]).all()
    assert np.isfinite(t[0, 1])


def test_snapped_subset_and_empty():
    net = make([[(0, 0), (100, 0)]])
    s = net.snap(np.array([(10, 0), (90, 0)]))
    sub = s.subset([1])
    assert len(sub) == 1 and sub.fraction[0] == pytest.approx(0.9)
    e = Snapped.empty()
    assert net.travel_times(e, s).shape == (0, 2)
    assert net.nearest(s, e) == []


def test_node_times_match_travel_times_to_nodes():
    net = make([[(0, 0), (100, 0), (200, 0)], [(100, 0), (100, 100)]], oneway=[None, "yes"])
    o = net.snap(np.array([(30, 0), (100, 50)]))
    nt = net.node_times(o, origin_offset_s=[1.0, 4.0])
    d = net.snap(net.node_xy, 1.0)
    np.testing.assert_allclose(nt, net.travel_times(o, d, origin_offset_s=[1.0, 4.0]), rtol=1e-12)
    best, who = net.node_times_min(o, origin_offset_s=[1.0, 4.0])
    np.testing.assert_allclose(best, nt.min(axis=0))
    reached = np.isfinite(best)
    assert (who[reached] == nt.argmin(axis=0)[reached]).all()
    np.testing.assert_allclose(net.best_times(o, d, [1.0, 4.0]), nt.min(axis=0))


def test_search_direction_and_chunks_do_not_change_results():
    net = make(
        [[(0, 0), (100, 0), (200, 0)], [(200, 0), (200, 100), (0, 100), (0, 0)], [(100, 0), (100, 100)]],
        oneway=["yes", "yes", "-1"],
    )
    rng = np.random.default_rng(3)
    pts = rng.uniform(0, 200, size=(12, 2))
    o = net.snap(pts[:5], 200)
    d = net.snap(pts, 200)
    off = rng.uniform(0, 10, 5)
    full = net.travel_times(o, d, off)  # forward searches
    few = net.travel_times(o, d.subset(np.arange(3)), off)  # fewer targets: backward searches
    np.testing.assert_allclose(few, full[:, :3], rtol=1e-12)
    np.testing.assert_allclose(net.travel_times(o, d, off, chunk=1), full, rtol=1e-12)


def test_nearest_ranks_units_by_time_from_unit():
    # One-way eastwards: a unit east of the incident cannot reach it.
    net = make([[(0, 0), (1000, 0)]], oneway=["yes"])
    incidents = net.snap(np.array([(500, 0), (900, 0)]))
    units = net.snap(np.array([(100, 0), (400, 0), (600, 0), (300, 0)]))
    rows = net.nearest(incidents, units, count=2)
    first = [(u, r) for i, u, r, _ in rows if i == 0]
    assert first == [(1, 1), (3, 2)]
    secs = {(i, u): s for i, u, _, s in rows}
    seg = ground((0, 0), (1000, 0)) / 10
    assert secs[(0, 1)] == pytest.approx(0.1 * seg, rel=1e-6)
    # For incident 1 all of the first three units qualify; unit 2 (600 m) is nearest.
    assert [u for i, u, _, _ in rows if i == 1] == [2, 1]
    # A turnout time changes the order; units that cannot arrive are left out.
    rows = net.nearest(incidents, units, count=5, unit_offset_s=[0, 100, 0, 0])
    order0 = [u for i, u, _, _ in rows if i == 0]
    assert order0 == [3, 0, 1]
    ranks = [r for i, _, r, _ in rows if i == 0]
    assert ranks == [1, 2, 3]


def test_nearest_backward_and_forward_agree():
    net = make(
        [[(0, 0), (100, 0), (200, 0)], [(200, 0), (200, 100), (0, 100), (0, 0)], [(100, 0), (100, 100)]],
        oneway=["yes", None, "-1"],
    )
    rng = np.random.default_rng(5)
    a = net.snap(rng.uniform(0, 200, size=(9, 2)), 200)
    b = net.snap(rng.uniform(0, 200, size=(3, 2)), 200)
    off = rng.uniform(0, 5, 9)
    # 9 units, 3 incidents: backward from incidents; compare with the plain matrix.
    rows = net.nearest(b, a, count=9, unit_offset_s=off)
    matrix = net.travel_times(a, b, off)
    for inc in range(3):
        got = [(u, s) for i, u, _, s in rows if i == inc]
        finite = np.isfinite(matrix[:, inc])
        assert len(got) == finite.sum()
        for unit, sec in got:
            assert sec == pytest.approx(matrix[unit, inc], rel=1e-12)
        assert [s for _, s in got] == sorted(s for _, s in got)
    # 3 units, 9 incidents: forward from units.
    rows = net.nearest(a, b, count=2, unit_offset_s=off[:3])
    matrix = net.travel_times(b, a, off[:3])
    for i, u, r, s in rows:
        assert s == pytest.approx(matrix[u, i], rel=1e-12)
        assert s == pytest.approx(np.sort(matrix[:, i])[r - 1], rel=1e-12)


# ---------------------------------------------------------------------------- errors
def test_errors_name_the_fault():
    with pytest.raises(NetworkError, match="no lines"):
        RoadNetwork.build([], [], [], np.zeros(0), np.zeros(0, bool), np.zeros(0, bool))
    with pytest.raises(NetworkError, match="usable speed"):
        make([[(0, 0), (100, 0)]], speeds=[np.nan])
    with pytest.raises(NetworkError, match="usable speed"):
        make([[(0, 0), (100, 0)], [(0, 0), (0, 100)]], speeds=[0.0, -5.0])
    with pytest.raises(NetworkError, match="feature 42"):
        make([[(0, 0), (np.nan, 0)]], fids=[42])
    line = np.array([(0.0, 0.0), (100.0, 0.0)])
    with pytest.raises(NetworkError, match="feature 9.*out of range"):
        RoadNetwork.build([line], [line * 1000], [9], [30.0], [True], [True])
    with pytest.raises(NetworkError, match="feature 3"):
        RoadNetwork.build([line], [PROJ.to_lonlat(line)[:1]], [3], [30.0], [True], [True])
    with pytest.raises(NetworkError, match="speed_kmh"):
        RoadNetwork.build([line], [PROJ.to_lonlat(line)], [3], [30.0, 20.0], [True], [True])
    assert issubclass(NetworkError, ValueError)
    assert issubclass(Cancelled, Exception)


def test_single_vertex_parts_are_skipped():
    net = make([[(0, 0)], [(0, 0), (100, 0)]])
    assert net.n_segments == 1


# ---------------------------------------------------------------------------- synthetic city
def test_grid_city_is_deterministic_and_grid_shaped():
    a = make_grid_city(10, seed=4, oneway_share=0.3)
    b = make_grid_city(10, seed=4, oneway_share=0.3)
    c = make_grid_city(10, seed=5, oneway_share=0.3)
    assert all(np.array_equal(x, y) for x, y in zip(a.lines, b.lines))
    assert not all(np.array_equal(x, y) for x, y in zip(a.lines, c.lines) if x.shape == y.shape)
    net = a.build()
    assert net.n_nodes == 100 and net.n_segments == 2 * 10 * 9
    assert (~net.backward).any() and (~net.forward).any()
    # Lon/lat around the default centre, and planar metres agree with ground metres.
    lon, lat = np.concatenate(a.lonlat).mean(axis=0)
    assert lon == pytest.approx(24.94, abs=0.01) and lat == pytest.approx(60.17, abs=0.01)
    np.testing.assert_allclose(net.planar_length, net.length_m, rtol=1e-3)
    # Jitter moves intersections by at most 20 % of the spacing.
    ideal = (np.arange(10) - 4.5) * 100.0
    assert np.abs(a.node_xy[..., 0] - ideal[None, :]).max() <= 20.0 + 1e-9


# ---------------------------------------------------------------------------- lengths
@pytest.mark.parametrize("lat", [-75.0, -33.9, 0.0, 24.5, 60.17, 78.2])
@pytest.mark.parametrize(
    "metres, bearing", [(1.0, 10.0), (100.0, 45.0), (800.0, 90.0), (5000.0, 0.0), (50000.0, 135.0)]
)
def test_geodesic_lengths_match_pyproj(lat, metres, bearing):
    lon2, lat2, _ = GEOD.fwd(24.0, lat, bearing, metres)
    got = geodesic_lengths(np.array([[24.0, lat]]), np.array([[lon2, lat2]]))[0]
    # Below a metre the ECEF chord's rounding (~1e-9 m) is all that is left.
    assert got == pytest.approx(metres, rel=2e-7 if metres > 10000 else 1e-9, abs=1e-8)


def test_geodesic_lengths_across_antimeridian():
    lon2, lat2, _ = GEOD.fwd(179.9995, 10.0, 90.0, 300.0)
    got = geodesic_lengths(np.array([[179.9995, 10.0]]), np.array([[lon2, lat2]]))[0]
    assert got == pytest.approx(300.0, rel=1e-9)


# ---------------------------------------------------------------------------- purity
CORE = Path(__file__).resolve().parents[2] / "plugin" / "core"


@pytest.mark.parametrize("name", ["network.py", "isochrones.py", "coverage.py", "speeds.py", "synthetic.py"])
def test_engine_modules_import_no_qgis_or_qt(name):
    tree = ast.parse((CORE / name).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module.split(".")[0])
    assert not imported & {"qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip"}
    third_party = imported - set(sys.stdlib_module_names)
    assert third_party <= {"numpy", "scipy", "shapely", "osgeo"}


# ---------------------------------------------------------------------------- fast paths
def test_from_arrays_builds_the_same_network_as_build():
    city = make_grid_city(9, jitter=0.3, seed=5, oneway_share=0.3)
    a = city.build()
    counts = np.array([len(line) for line in city.lines])
    b = RoadNetwork.from_arrays(
        np.concatenate(city.lines),
        np.concatenate(city.lonlat),
        counts,
        city.feature_ids,
        city.speed_kmh,
        city.forward,
        city.backward,
    )
    # lon/lat may also come from a function, called once on the distinct vertices.
    calls = []
    projection = city.projection

    def lonlat_of(xy):
        calls.append(len(xy))
        return projection.to_lonlat(xy)

    c = RoadNetwork.from_arrays(
        np.concatenate(city.lines),
        lonlat_of,
        counts,
        city.feature_ids,
        city.speed_kmh,
        city.forward,
        city.backward,
    )
    assert calls and calls[0] < counts.sum()
    for other in (b, c):
        np.testing.assert_array_equal(a.seg_u, other.seg_u)
        np.testing.assert_array_equal(a.seg_v, other.seg_v)
        np.testing.assert_allclose(a.cost_s, other.cost_s, rtol=1e-12)
        np.testing.assert_array_equal(a.feature_id, other.feature_id)
    with pytest.raises(NetworkError, match="add up"):
        RoadNetwork.from_arrays(
            np.zeros((3, 2)), np.zeros((3, 2)), [2, 2], [1, 2], [30, 30], [True] * 2, [True] * 2
        )


def test_snap_finds_the_nearest_segment_exactly():
    city = make_grid_city(12, jitter=0.35, seed=8)
    net = city.build()
    rng = np.random.default_rng(4)
    xmin, ymin, xmax, ymax = net.extent()
    pts = rng.uniform([xmin - 300, ymin - 300], [xmax + 300, ymax + 300], size=(400, 2))
    got = net.snap(pts, max_distance=150.0)
    # Brute force: the distance to every segment.
    a, b = net.seg_xy[:, 0], net.seg_xy[:, 1]
    ab = b - a
    t = np.clip(((pts[:, None, :] - a) * ab).sum(-1) / (ab * ab).sum(-1), 0, 1)
    d = np.hypot(*(pts[:, None, :] - (a + t[..., None] * ab)).transpose(2, 0, 1))
    best = d.min(axis=1)
    np.testing.assert_array_equal(got.ok, best <= 150.0)
    np.testing.assert_allclose(got.distance[got.ok], best[got.ok], atol=1e-9)
    unlimited = net.snap(pts, max_distance=None)
    np.testing.assert_allclose(unlimited.distance, best, atol=1e-9)


def test_snap_onto_allowed_segments_only():
    net = make([[(0, 0), (1000, 0)], [(0, 30), (1000, 30)]])
    upper = np.array([net.seg_xy[i, 0, 1] > 15 for i in range(net.n_segments)])
    pts = np.array([(500.0, 5.0), (500.0, 80.0)])
    assert net.snap(pts).point[0, 1] == pytest.approx(0.0)
    only_upper = net.snap(pts, allowed=upper)
    np.testing.assert_allclose(only_upper.point[:, 1], [30.0, 30.0])
    assert not net.snap(pts, max_distance=10.0, allowed=upper).ok[0]
    with pytest.raises(ValueError):
        net.snap(pts, allowed=upper[:1])


def test_attached_leaves_out_islands_and_one_way_stubs():
    main = [[(0, 0), (500, 0), (1000, 0), (1000, 1000), (500, 1000), (0, 1000), (0, 0)]]  # a two-way loop
    island = [[(3000, 0), (3100, 0)]]  # no shared vertex with anything
    stub_in = [[(500, 1500), (500, 1000)]]  # one-way into the loop: nothing can drive onto it
    stub_out = [[(500, 0), (500, -400)]]  # one-way out of the loop: reachable
    net = make(main + island + stub_in + stub_out, oneway=[None, None, "yes", "yes"])
    attached = net.attached()
    by_feature = {int(f): bool(attached[net.feature_id == f].all()) for f in np.unique(net.feature_id)}
    assert by_feature == {1: True, 2: False, 3: False, 4: True}
    piece, lengths = net.pieces(~attached)
    assert len(lengths) == 2 and lengths[0] == pytest.approx(ground((500, 1500), (500, 1000)), rel=1e-9)
    assert set(piece[net.feature_id == 3]) == {0} and set(piece[net.feature_id == 2]) == {1}
    assert (piece[attached] == -1).all()
    # A second part of similar size counts as main network too; without any two-way
    # loop there is no core and nothing is left out.
    twin = make(main + [[(5000, 0), (5900, 0), (5900, 900), (5000, 900), (5000, 0)]])
    assert twin.attached().all()
    assert make([[(0, 0), (100, 0)]], oneway=["yes"]).attached().all()


def test_travel_times_report_progress_and_cancel():
    city = make_grid_city(8, seed=1)
    net = city.build()
    pts = net.node_xy[:40]
    seen = []
    net.travel_times(net.snap(pts), net.snap(pts[:30]), chunk=8, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0) and len(seen) >= 3
    with pytest.raises(Cancelled):
        net.travel_times(net.snap(pts), net.snap(pts), chunk=8, progress=lambda f: f < 0.4)
