"""Route geometry from the shortest-path predecessors (``route_paths``), on hand-made graphs."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Geod

from plugin.core.network import RoadNetwork, route_paths
from plugin.core.synthetic import LocalProjection, make_grid_city

PROJ = LocalProjection((24.94, 60.17))
GEOD = Geod(ellps="WGS84")
SPEED = 36.0  # 10 m/s


def make(lines, oneway=None) -> RoadNetwork:
    lines = [np.asarray(line, dtype=float) for line in lines]
    n = len(lines)
    fwd = np.ones(n, dtype=bool)
    bwd = np.ones(n, dtype=bool)
    for i, flag in enumerate(oneway or [None] * n):
        if flag == "yes":
            bwd[i] = False
    return RoadNetwork.build(
        lines, [PROJ.to_lonlat(line) for line in lines], np.arange(1, n + 1), np.full(n, SPEED), fwd, bwd
    )


def ground(xy: np.ndarray) -> float:
    ll = PROJ.to_lonlat(np.asarray(xy, dtype=float))
    return float(GEOD.line_length(ll[:, 0], ll[:, 1]))


def test_route_runs_from_the_unit_along_the_roads_to_the_incident():
    # A square block: the unit at (30, 0) on the south side, the incident at (100, 70) on the
    # east side. The short way is east then north, through the corner (100, 0).
    net = make([[(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)]])
    units = net.snap(np.array([(30.0, -2.0)]))
    incidents = net.snap(np.array([(101.0, 70.0)]))
    [(path, seconds)] = route_paths(net, units, incidents, [(0, 0)])
    np.testing.assert_allclose(path, [(30, 0), (100, 0), (100, 70)], atol=1e-9)
    assert seconds == pytest.approx(ground(path) / 10.0, rel=1e-7)
    assert seconds == pytest.approx(net.travel_times(units, incidents)[0, 0], rel=1e-12)


def test_one_way_streets_force_the_long_way_round():
    # Clockwise one-way ring: from (30, 0) to (10, 0) the unit must go all the way round.
    net = make([[(0, 0), (0, 100), (100, 100), (100, 0), (0, 0)]], oneway=["yes"])
    units = net.snap(np.array([(30.0, 0.0)]))
    incidents = net.snap(np.array([(10.0, 0.0)]))
    [(path, seconds)] = route_paths(net, units, incidents, [(0, 0)])
    # Both lie on the last segment, which runs (100, 0) → (0, 0): straight there, 20 m west.
    np.testing.assert_allclose(path, [(30, 0), (10, 0)], atol=1e-9)
    assert seconds == pytest.approx(ground(path) / 10.0, rel=1e-7)

    # The other way round it really is the long way: (10, 0) to (30, 0) against the flow.
    [(path, seconds)] = route_paths(net, incidents, units, [(0, 0)])
    np.testing.assert_allclose(path, [(10, 0), (0, 0), (0, 100), (100, 100), (100, 0), (30, 0)], atol=1e-9)
    assert seconds == pytest.approx(ground(path) / 10.0, rel=1e-7)


def test_unreachable_and_unsnapped_pairs_give_none():
    net = make([[(0, 0), (100, 0)], [(500, 0), (600, 0)]])
    units = net.snap(np.array([(10.0, 0.0), (550.0, 0.0), (5000.0, 5000.0)]), 50.0)
    incidents = net.snap(np.array([(90.0, 0.0)]))
    got = route_paths(net, units, incidents, [(0, 0), (0, 1), (0, 2), (3, 0)])
    assert got[0] is not None
    assert got[1] is None and got[2] is None and got[3] is None
    assert route_paths(net, units, incidents, []) == []


def test_paths_agree_with_nearest_on_a_grid_city():
    city = make_grid_city(12, spacing=150.0, seed=11)
    net = city.build()
    rng = np.random.default_rng(4)
    lo, hi = city.node_xy.reshape(-1, 2).min(axis=0), city.node_xy.reshape(-1, 2).max(axis=0)
    units = net.snap(rng.uniform(lo, hi, size=(25, 2)), 200.0)
    incidents = net.snap(rng.uniform(lo, hi, size=(4, 2)), 200.0)
    rows = net.nearest(incidents, units, count=3)
    assert len(rows) == 12
    roads = shapely.multilinestrings(list(net.segment_lines()))
    paths = route_paths(net, units, incidents, [(i, u) for i, u, _, _ in rows], chunk=2)
    for (i, u, _, seconds), answer in zip(rows, paths):
        path, path_s = answer
        assert path_s == pytest.approx(seconds, rel=1e-9)
        np.testing.assert_allclose(path[0], units.point[u])
        np.testing.assert_allclose(path[-1], incidents.point[i])
        # Every step of the drawn line runs along a road: its middle lies on a segment.
        assert len(path) >= 2
        mids = shapely.points((path[1:] + path[:-1]) / 2.0)
        assert float(np.max(shapely.distance(mids, roads))) < 1e-6
