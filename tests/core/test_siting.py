"""Exact siting against brute force on small instances."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from plugin.core.siting import SitingError, SitingInput, ZoneRule, serve, solve

EPS = 1e-6


def instance(seed, n_d=12, n_c=7, n_e=1, n_p=1, reach=0.45):
    rng = np.random.default_rng(seed)
    demand = rng.random((n_d, 2))
    sites = rng.random((n_c + n_e, 2))
    t = np.hypot(*(demand[:, None, :] - sites[None, :, :]).transpose(2, 0, 1)) * 600.0
    t[rng.random(t.shape) < 0.1] = np.inf  # some pairs cannot reach each other
    t[:, 0] = np.minimum(t[:, 0], 1000.0)  # ...but every item is reachable by someone
    weight = rng.integers(1, 9, (n_p, n_d)).astype(float)
    target = np.full(n_d, reach * 600.0)
    target[: n_d // 4] = reach * 300.0  # a stricter tier, as key sites have
    return t[:, n_e:], t[:, :n_e], weight, target


def figures(times_new, times_e, weight, target, chosen):
    """(covered weight, twice weight, weighted time sum, worst time) for one open set."""
    cols = list(chosen)
    t = np.hstack([times_e, times_new[:, cols]])
    within = (t <= target[:, None] + EPS).sum(axis=1)
    best = t.min(axis=1)
    w = weight.sum(axis=0)
    return (
        float((w * (within >= 1)).sum()),
        float((w * (within >= 2)).sum()),
        float((w * best).sum()),
        float(best.max()),
    )


def combos(n, k):
    return [frozenset(c) for c in itertools.combinations(range(n), k)]


@pytest.mark.parametrize("seed", range(4))
def test_mclp_matches_brute_force(seed):
    tn, te, w, target = instance(seed)
    result = solve(SitingInput(tn, te, w, target, problem="mclp", count=2))
    best = max(figures(tn, te, w, target, c)[0] for c in combos(tn.shape[1], 2))
    assert result.proven_optimal
    assert result.objective == pytest.approx(best)
    assert result.bound >= best - 1e-6
    assert result.open.sum() == 2
    assert result.gap_pct == pytest.approx(0.0, abs=1e-3)


@pytest.mark.parametrize("seed", range(4))
def test_mclp_backup_is_best_among_optimal(seed):
    tn, te, w, target = instance(seed, reach=0.6)
    result = solve(SitingInput(tn, te, w, target, problem="mclp", count=3, backup=True))
    all_ = [figures(tn, te, w, target, c) for c in combos(tn.shape[1], 3)]
    best = max(f[0] for f in all_)
    best_twice = max(f[1] for f in all_ if f[0] >= best - 1e-9)
    assert result.objective == pytest.approx(best)
    assert result.backup_weight == pytest.approx(best_twice)
    assert result.backup_proven


@pytest.mark.parametrize("seed", range(4))
def test_lscp_matches_brute_force(seed):
    tn, te, w, target = instance(seed, reach=0.5)
    # Every item coverable by its nearest site at least.
    target = np.maximum(target, np.hstack([tn, te]).min(axis=1))
    n_c = tn.shape[1]
    total = w.sum()
    fewest = next(
        k
        for k in range(n_c + 1)
        if any(figures(tn, te, w, target, c)[0] >= total - EPS for c in combos(n_c, k))
    )
    twice = max(
        figures(tn, te, w, target, c)[1]
        for c in combos(n_c, fewest)
        if figures(tn, te, w, target, c)[0] >= total - EPS
    )
    result = solve(SitingInput(tn, te, w, target, problem="lscp", backup=True))
    assert result.proven_optimal
    assert result.objective == fewest
    assert result.served.covered.all()
    assert result.backup_weight == pytest.approx(twice)


@pytest.mark.parametrize("seed", range(4))
def test_pmedian_matches_brute_force(seed):
    tn, te, w, target = instance(seed)
    result = solve(SitingInput(tn, te, w, target, problem="pmedian", count=2))
    best = min(figures(tn, te, w, target, c)[2] for c in combos(tn.shape[1], 2))
    assert result.proven_optimal
    assert result.objective == pytest.approx(best / w.sum() / 60.0)
    assert result.bound <= result.objective + 1e-9


@pytest.mark.parametrize("seed", range(4))
def test_pcenter_matches_brute_force(seed):
    tn, te, w, target = instance(seed)
    result = solve(SitingInput(tn, te, w, target, problem="pcenter", count=2))
    best = min(figures(tn, te, w, target, c)[3] for c in combos(tn.shape[1], 2))
    assert result.proven_optimal
    assert result.objective == pytest.approx(best / 60.0)
    assert result.bound == pytest.approx(best / 60.0)


@pytest.mark.parametrize("seed", range(3))
def test_pmedian_and_pcenter_backup(seed):
    tn, te, w, target = instance(seed, reach=0.6)
    all_ = {c: figures(tn, te, w, target, c) for c in combos(tn.shape[1], 2)}
    median = min(f[2] for f in all_.values())
    want = max(f[1] for f in all_.values() if f[2] <= median * (1 + 1e-9))
    result = solve(SitingInput(tn, te, w, target, problem="pmedian", count=2, backup=True))
    assert result.objective == pytest.approx(median / w.sum() / 60.0)
    assert result.backup_weight == pytest.approx(want)
    center = min(f[3] for f in all_.values())
    want = max(f[1] for f in all_.values() if f[3] <= center + EPS)
    result = solve(SitingInput(tn, te, w, target, problem="pcenter", count=2, backup=True))
    assert result.objective == pytest.approx(center / 60.0)
    assert result.backup_weight == pytest.approx(want)


@pytest.mark.parametrize("problem, column", [("mclp", 0), ("pmedian", 2)])
@pytest.mark.parametrize("max_moves", [0, 1])
def test_periods_with_move_limit(problem, column, max_moves):
    tn, te, w, target = instance(11, n_d=10, n_c=6, n_p=3)
    # Each period's demand sits in its own part of the town.
    w[0, :4] *= 8
    w[1, 3:7] *= 8
    w[2, 6:] *= 8
    sets = combos(6, 2)
    per = [[figures(tn, te, w[p : p + 1], target, c)[column] for c in sets] for p in range(3)]
    pick = max if problem == "mclp" else min
    best = pick(
        per[0][a] + per[1][b] + per[2][c]
        for a, b, c in itertools.product(range(len(sets)), repeat=3)
        if all(len(sets[x] - sets[y]) <= max_moves for x, y in ((a, b), (b, c), (c, a)))
    )
    result = solve(SitingInput(tn, te, w, target, problem=problem, count=2, max_moves=max_moves))
    assert result.proven_optimal
    assert max(result.moves) <= max_moves
    if problem == "mclp":
        assert result.objective == pytest.approx(best)
    else:
        assert result.objective == pytest.approx(best / w.sum() / 60.0)


def test_moves_help_when_allowed():
    tn, te, w, target = instance(11, n_d=10, n_c=6, n_p=2)
    w[0, :5] *= 10
    w[1, 5:] *= 10
    fixed = solve(SitingInput(tn, te, w, target, problem="mclp", count=2, max_moves=0))
    free = solve(SitingInput(tn, te, w, target, problem="mclp", count=2, max_moves=2))
    assert (fixed.open[0] == fixed.open[1]).all()
    assert free.objective >= fixed.objective


def grid_zones():
    """Six zones in a 2 × 3 grid: 0 1 2 / 3 4 5."""
    pairs = np.array([(0, 1), (1, 2), (3, 4), (4, 5), (0, 3), (1, 4), (2, 5)])
    return pairs


def zone_feasible(chosen, home, allowed, pairs, lo, hi, n_z=6):
    chosen = sorted(chosen)
    if any(home[j] < 0 for j in chosen) and lo > 0:
        return False
    adjacent = {(a, b) for a, b in pairs} | {(b, a) for a, b in pairs}
    for owner in itertools.product([-1, *chosen], repeat=n_z):
        ok = True
        for j in chosen:
            mine = [z for z in range(n_z) if owner[z] == j]
            if not lo <= len(mine) <= hi or home[j] not in mine:
                ok = False
                break
            if any(not allowed[z, j] and z != home[j] for z in mine):
                ok = False
                break
            seen, todo = {home[j]}, [home[j]]
            while todo:
                z = todo.pop()
                for y in mine:
                    if y not in seen and (z, y) in adjacent:
                        seen.add(y)
                        todo.append(y)
            if len(seen) != len(mine):
                ok = False
                break
        if ok:
            return True
    return False


@pytest.mark.parametrize("seed", range(3))
def test_zone_rule_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    tn, te, w, target = instance(seed, n_d=10, n_c=6)
    pairs = grid_zones()
    home = np.array([0, 0, 2, 4, 5, 3])
    allowed = rng.random((6, 6)) < 0.6
    rule = ZoneRule(6, pairs, home, allowed, 2, 3)
    result = solve(SitingInput(tn, te, w, target, problem="mclp", count=2, zones=rule))
    feasible = [c for c in combos(6, 2) if zone_feasible(c, home, allowed, pairs, 2, 3)]
    best = max(figures(tn, te, w, target, c)[0] for c in feasible)
    assert result.proven_optimal
    assert result.objective == pytest.approx(best)
    chosen = set(np.flatnonzero(result.open[0]).tolist())
    assert zone_feasible(chosen, home, allowed, pairs, 2, 3)
    zp = result.zone_post[0]
    for j in chosen:
        mine = np.flatnonzero(zp == j)
        assert 2 <= len(mine) <= 3 and home[j] in mine


def test_zone_rule_contiguity_binds():
    # Post 0 stands in zone 0 and may answer only for zones 0 and 5 (not adjacent): with at
    # least two zones it cannot open, however much its coverage is worth.
    tn = np.array([[60.0, 500.0], [60.0, 500.0], [500.0, 60.0]])
    te = np.zeros((3, 0))
    w = np.array([[10.0, 10.0, 1.0]])
    allowed = np.zeros((6, 2), dtype=bool)
    allowed[[0, 5], 0] = True
    allowed[[4, 5], 1] = True
    rule = ZoneRule(6, grid_zones(), np.array([0, 4]), allowed, 2, 3)
    result = solve(SitingInput(tn, te, w, np.full(3, 120.0), problem="mclp", count=1, zones=rule))
    assert result.open[0].tolist() == [False, True]
    assert set(np.flatnonzero(result.zone_post[0] == 1)) in ({4, 5},)


def test_time_limit_bound_holds():
    rng = np.random.default_rng(5)
    n_d, n_c = 400, 120
    d = rng.random((n_d, 2)) * 10
    c = rng.random((n_c, 2)) * 10
    t = np.hypot(*(d[:, None, :] - c[None, :, :]).transpose(2, 0, 1)) * 60.0
    w = rng.integers(1, 10, (1, n_d)).astype(float)
    target = np.full(n_d, 60.0)
    te = np.zeros((n_d, 0))
    cut = solve(SitingInput(t, te, w, target, problem="mclp", count=12, time_limit_s=0.02))
    full = solve(SitingInput(t, te, w, target, problem="mclp", count=12, time_limit_s=120))
    assert full.proven_optimal
    assert cut.bound >= full.objective - 1e-6
    assert cut.objective <= full.objective + 1e-6
    if not cut.proven_optimal:
        assert cut.limited_by == "time_limit"
        assert cut.gap_pct == pytest.approx((cut.bound - cut.objective) / cut.bound * 100, rel=1e-6)
    else:
        assert cut.objective == pytest.approx(full.objective)
    # The greedy start is never worse than what is reported.
    assert cut.objective >= cut.greedy_objective - 1e-9
    # p-center needs seconds here: cut at 0.02 s it cannot be proven, and its bound must hold.
    cut = solve(SitingInput(t, te, w, target, problem="pcenter", count=12, time_limit_s=0.02))
    full = solve(SitingInput(t, te, w, target, problem="pcenter", count=12, time_limit_s=120))
    assert full.proven_optimal and not cut.proven_optimal
    assert cut.limited_by == "time_limit" and cut.gap_pct > 0
    assert cut.bound <= full.objective + 1e-9 <= cut.objective + 2e-9


def test_existing_posts_count_and_serve():
    tn, te, w, target = instance(3, n_e=2)
    result = solve(SitingInput(tn, te, w, target, problem="mclp", count=1))
    served = serve(SitingInput(tn, te, w, target), result.open)
    assert (served.site >= 0).all()
    best = max(figures(tn, te, w, target, c)[0] for c in combos(tn.shape[1], 1))
    assert result.objective == pytest.approx(best)


def test_bad_input_names_the_items():
    tn, te, w, target = instance(0)
    with pytest.raises(SitingError) as e:
        solve(SitingInput(tn, te, w, target, problem="mclp", count=99))
    assert e.value.code == "too_many"
    tn2 = tn.copy()
    te2 = te.copy()
    tn2[3] = np.inf
    te2[3] = np.inf
    with pytest.raises(SitingError) as e:
        solve(SitingInput(tn2, te2, w, target, problem="pmedian", count=2))
    assert e.value.code == "unreachable" and e.value.items == [3]
    with pytest.raises(SitingError) as e:
        solve(SitingInput(tn2, te2, w, target, problem="lscp"))
    assert e.value.code == "target" and 3 in e.value.items
    rule = ZoneRule(6, grid_zones(), np.zeros(7, dtype=int), np.ones((6, 7), dtype=bool), 4, 6)
    with pytest.raises(SitingError) as e:
        solve(SitingInput(tn, te, w, target, problem="mclp", count=2, zones=rule))
    assert e.value.code == "zone_bounds"
    with pytest.raises(SitingError) as e:
        solve(SitingInput(tn, te, np.vstack([w, w]), target, problem="lscp"))
    assert e.value.code == "periods"


@pytest.mark.parametrize("problem", ["mclp", "lscp"])
def test_items_covered_alike_are_merged_without_changing_the_answer(problem):
    tn, te, w, target = instance(8, reach=0.8)
    target = np.maximum(target, np.hstack([tn, te]).min(axis=1))
    # Every item three times over, with different weights.
    rng = np.random.default_rng(1)
    tn3, te3, t3 = np.vstack([tn] * 3), np.vstack([te] * 3), np.concatenate([target] * 3)
    w3 = rng.integers(1, 5, (1, 3 * len(target))).astype(float)
    result = solve(SitingInput(tn3, te3, w3, t3, problem=problem, count=2, backup=True))
    assert any("groups covered alike" in n for n in result.notes)
    assert result.served.covered.shape == (1, len(t3))
    n_c = tn.shape[1]
    if problem == "mclp":
        best = max(figures(tn3, te3, w3, t3, c)[0] for c in combos(n_c, 2))
        assert result.objective == pytest.approx(best)
    else:
        total = w3.sum()
        fewest = next(
            k
            for k in range(n_c + 1)
            if any(figures(tn3, te3, w3, t3, c)[0] >= total - EPS for c in combos(n_c, k))
        )
        assert result.objective == fewest


@pytest.mark.parametrize("seed", range(5))
def test_swaps_never_make_the_greedy_start_worse(seed):
    from plugin.core.siting import _greedy_mclp, _swap_mclp

    rng = np.random.default_rng(seed)
    cover = rng.random((300, 40)) < 0.08
    base = rng.random(300) < 0.1
    w = rng.integers(1, 9, 300).astype(float)
    start = _greedy_mclp(cover, base, w, 6)
    better = _swap_mclp(cover, base, w, start)

    def value(chosen):
        return float(w[base | cover[:, chosen].any(axis=1)].sum())

    assert better.sum() == 6
    assert value(better) >= value(start)
    # No single swap improves the answer any more.
    inside, outside = np.flatnonzero(better), np.flatnonzero(~better)
    for j in inside:
        for k in outside:
            trial = better.copy()
            trial[j], trial[k] = False, True
            assert value(trial) <= value(better) + 1e-9
