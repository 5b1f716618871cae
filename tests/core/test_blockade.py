"""Bottleneck assignment against brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from plugin.core.blockade import at_speed, bottleneck_assignment
from plugin.core.network import RoadNetwork


def brute(t):
    """(most checkpoints sealed, least slowest arrival among those, least total among those)."""
    n_u, n_c = t.shape
    best = (0, np.inf, np.inf)
    for k in range(min(n_u, n_c), 0, -1):
        for cps in itertools.combinations(range(n_c), k):
            for units in itertools.permutations(range(n_u), k):
                v = t[list(units), list(cps)]
                if not np.isfinite(v).all():
                    continue
                cand = (k, v.max(), v.sum())
                if (cand[0], -cand[1], -cand[2]) > (best[0], -best[1], -best[2]):
                    best = cand
        if best[0]:
            return best
    return best


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("shape", [(4, 3), (3, 3), (3, 5), (5, 4)])
def test_matches_brute_force(seed, shape):
    rng = np.random.default_rng(seed)
    t = rng.integers(60, 900, shape).astype(float)
    t[rng.random(shape) < 0.2] = np.inf
    got = bottleneck_assignment(t)
    k, slowest, total = brute(t)
    assert len(got.pairs) == k
    if k:
        assert got.slowest_s == pytest.approx(slowest)
        assert max(p[2] for p in got.pairs) == pytest.approx(slowest)
        assert sum(p[2] for p in got.pairs) == pytest.approx(total)
    units = [p[0] for p in got.pairs]
    cps = [p[1] for p in got.pairs]
    assert len(set(units)) == len(units) and len(set(cps)) == len(cps)
    assert sorted(cps + got.open_checkpoints) == list(range(shape[1]))


def test_nothing_reachable():
    got = bottleneck_assignment(np.full((2, 3), np.inf))
    assert got.pairs == [] and got.open_checkpoints == [0, 1, 2] and np.isnan(got.slowest_s)


def test_escape_network_drives_at_the_given_speed():
    xy = np.array([[0.0, 0.0], [1000.0, 0.0]])
    ll = xy / 111_320.0
    net = RoadNetwork.build([xy], [ll], [1], np.array([30.0]), np.array([True]), np.array([True]))
    fast = at_speed(net, 60.0)
    assert fast.cost_s.sum() == pytest.approx(net.cost_s.sum() / 2.0)
    assert fast.length_m.sum() == net.length_m.sum()
