"""Travel times against an independent computation: pyproj.Geod lengths + networkx Dijkstra."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from pyproj import Geod, Transformer

from plugin.core.network import RoadNetwork
from plugin.core.synthetic import make_grid_city

GEOD = Geod(ellps="WGS84")


def reference_graph(city) -> nx.DiGraph:
    """Directed graph keyed by lon/lat vertex, weights = ellipsoidal metres / speed."""
    g = nx.DiGraph()
    for ll, kmh, fwd, bwd in zip(city.lonlat, city.speed_kmh, city.forward, city.backward):
        for a, b in zip(map(tuple, ll[:-1]), map(tuple, ll[1:])):
            _, _, metres = GEOD.inv(a[0], a[1], b[0], b[1])
            sec = metres / (kmh / 3.6)
            for x, y, ok in ((a, b, fwd), (b, a, bwd)):
                if ok and (not g.has_edge(x, y) or g[x][y]["weight"] > sec):
                    g.add_edge(x, y, weight=sec)
            g.add_node(a)
            g.add_node(b)
    return g


def split_edge(g: nx.DiGraph, city, line: int, vertex: int, t: float, name) -> None:
    """Put node ``name`` at fraction t of one segment, with edges as its directions allow."""
    ll = city.lonlat[line]
    a, b = tuple(ll[vertex]), tuple(ll[vertex + 1])
    _, _, metres = GEOD.inv(a[0], a[1], b[0], b[1])
    sec = metres / (city.speed_kmh[line] / 3.6)
    if city.forward[line]:
        g.add_edge(a, name, weight=t * sec)
        g.add_edge(name, b, weight=(1 - t) * sec)
    if city.backward[line]:
        g.add_edge(b, name, weight=(1 - t) * sec)
        g.add_edge(name, a, weight=t * sec)
    g.add_node(name)


@pytest.fixture(scope="module", params=[0, 1])
def case(request):
    seed = request.param
    city = make_grid_city(12, spacing=90.0, jitter=0.3, seed=seed, oneway_share=0.35, max_way_blocks=4)
    rng = np.random.default_rng(100 + seed)
    g = reference_graph(city)

    # Origins and destinations: some intersections, some mid-segment points on distinct segments.
    keys, xy = [], []
    grid_ids = rng.choice(city.node_xy.shape[0] * city.node_xy.shape[1], size=10, replace=False)
    for gid in grid_ids:
        r, c = divmod(int(gid), city.node_xy.shape[1])
        p = city.node_xy[r, c]
        keys.append(tuple(city.projection.to_lonlat(p[None])[0]))
        xy.append(p)
    used = set()
    while len(keys) < 22:
        line = int(rng.integers(len(city.lines)))
        vertex = int(rng.integers(len(city.lines[line]) - 1))
        if (line, vertex) in used:
            continue
        used.add((line, vertex))
        t = float(rng.uniform(0.1, 0.9))
        name = ("mid", len(keys))
        split_edge(g, city, line, vertex, t, name)
        a, b = city.lines[line][vertex], city.lines[line][vertex + 1]
        keys.append(name)
        xy.append(a + t * (b - a))
    return city, g, keys, np.array(xy)


def test_graph_size_matches(case):
    city, g, keys, _ = case
    net = city.build()
    n_mid = sum(1 for k in keys if isinstance(k, tuple) and k and k[0] == "mid")
    assert net.n_nodes == g.number_of_nodes() - n_mid
    ref_total = sum(GEOD.line_length(ll[:, 0], ll[:, 1]) for ll in city.lonlat)
    assert net.total_length_m == pytest.approx(ref_total, rel=1e-9)


def test_travel_times_match_networkx(case):
    city, g, keys, xy = case
    net = city.build()
    snapped = net.snap(xy, max_distance=1.0)
    assert (snapped.segment >= 0).all()
    rng = np.random.default_rng(7)
    offsets = rng.uniform(0, 60, len(keys))
    got = net.travel_times(snapped, snapped, origin_offset_s=offsets)
    expected = np.full_like(got, np.inf)
    for i, key in enumerate(keys):
        dist = nx.single_source_dijkstra_path_length(g, key, weight="weight")
        for j, other in enumerate(keys):
            if other in dist:
                expected[i, j] = dist[other] + offsets[i]
    finite = np.isfinite(expected)
    assert (np.isfinite(got) == finite).all()
    # One-way streets make some pairs unreachable and many asymmetric: the test means something.
    assert finite.mean() > 0.5
    assert not np.allclose(got[finite], got.T[finite])
    np.testing.assert_allclose(got[finite], expected[finite], rtol=1e-6)


def test_web_mercator_input_gives_the_same_times(case):
    city, _, _, _ = case
    to_merc = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
    merc = [np.column_stack(to_merc.transform(ll[:, 0], ll[:, 1])) for ll in city.lonlat]
    local = city.build()
    web = RoadNetwork.build(merc, city.lonlat, city.feature_ids, city.speed_kmh, city.forward, city.backward)
    # Web Mercator metres are ~2x ground metres at 60°N: lengths must not come from them.
    planar = sum(np.hypot(*np.diff(m, axis=0).T).sum() for m in merc)
    assert planar > 1.8 * web.total_length_m
    np.testing.assert_allclose(np.sort(web.length_m), np.sort(local.length_m), rtol=1e-12)

    corners = city.node_xy.reshape(-1, 2)[::7]
    corners_ll = city.projection.to_lonlat(corners)
    corners_merc = np.column_stack(to_merc.transform(corners_ll[:, 0], corners_ll[:, 1]))
    a = local.travel_times(local.snap(corners, 1.0), local.snap(corners, 1.0))
    b = web.travel_times(web.snap(corners_merc, 1.0), web.snap(corners_merc, 1.0))
    assert np.isfinite(a).mean() > 0.5
    np.testing.assert_array_equal(np.isfinite(a), np.isfinite(b))
    fin = np.isfinite(a)
    np.testing.assert_allclose(b[fin], a[fin], rtol=1e-9)
