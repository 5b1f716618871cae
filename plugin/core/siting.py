"""Where new posts should stand: maximal covering, set covering, p-median and p-center, exact.

The inputs are plain: travel seconds from every site to every demand item (turnout already
added; ``inf`` where a site cannot reach an item), demand weights per period, a response
target per item. Existing posts stay open and cost nothing; new posts are chosen from the
candidates. Every problem is a mixed-integer programme solved by HiGHS through
``scipy.optimize.milp``:

- ``mclp``: most demand weight within target with ``count`` new posts;
- ``lscp``: fewest new posts so that every item is within target;
- ``pmedian``: least weighted mean time with ``count`` new posts (each item to its nearest post);
- ``pcenter``: least worst time with ``count`` new posts, by bisection over the distinct
  times, each step a covering feasibility problem (the bound is the largest time proven
  infeasible, so the gap stays honest when the time runs out).

Options: ``backup`` (second stage: among answers as good as the first stage's, most weight
covered twice), per-period answers with at most ``max_moves`` posts moving between
consecutive periods (the day wraps round), and a zone rule (each new post answers for
``min_zones``..``max_zones`` contiguous zones, its own zone among them; contiguity by
single-commodity flow from the post's own zone, Shirabe 2005).

SciPy's ``milp`` takes no start solution, so the greedy answer is worked out first and kept
when HiGHS finds nothing better before the time limit; the bound is always HiGHS's dual
bound (``mip_dual_bound``) for the problem as posed, so an answer is called optimal only when
that bound proves it (relative gap at most ``REL_GAP``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .siting_model import (
    _EPS_S,
    REL_GAP,
    SitingInput,
    ZoneRule,
    _base_model,
    _coverage_vars,
    _lscp_rows,
    _Model,
    _pmedian_block,
)

__all__ = [
    "PROBLEMS",
    "REL_GAP",
    "SitingError",
    "SitingInput",
    "SitingResult",
    "ZoneRule",
    "greedy",
    "merged",
    "serve",
    "solve",
]

PROBLEMS = ("mclp", "lscp", "pmedian", "pcenter")
# Stage two of a lexicographic solve keeps the first objective within this (relative).
_KEEP = 1e-9
# Leave the second stage at least this share of the time limit.
_STAGE_TWO_SHARE = 0.25


class SitingError(ValueError):
    """The problem cannot be solved as posed. ``code`` says which rule, ``items`` which
    demand items, candidates or zones (indices), so the adapter can word it and name them.

    Codes: ``no_candidates``, ``too_many`` (more posts than candidates), ``unreachable``
    (items no site can reach at all), ``target`` (items no site reaches within target),
    ``zone_bounds`` (the zone rule cannot hold), ``infeasible`` (the solver proved there is
    no answer), ``periods`` (periods with a problem that has none), ``no_answer`` (the time
    ran out before any answer was found).
    """

    def __init__(self, code: str, message: str, items=()):
        super().__init__(message)
        self.code = code
        self.items = [int(i) for i in items]


@dataclass
class Served:
    """Per period and demand item: who serves it and how fast (sites: existing, then new)."""

    minutes: np.ndarray  # (n_periods, n_demand), inf: no open site reaches it
    site: np.ndarray  # (n_periods, n_demand) index into existing + candidates, -1: none
    covered: np.ndarray  # (n_periods, n_demand) bool
    backup: np.ndarray  # (n_periods, n_demand) bool: a second open site within target


@dataclass
class SitingResult:
    problem: str
    open: np.ndarray  # (n_periods, n_candidates) bool
    objective: float  # mclp: weight covered; lscp: new posts; pmedian: mean min; pcenter: worst min
    bound: float  # proven bound on the objective (upper for mclp, lower for the others)
    gap_pct: float
    proven_optimal: bool
    solve_s: float
    limited_by: str  # "" (proven optimal), "time_limit"
    greedy_objective: float | None
    source: str  # "highs" or "greedy" (HiGHS found nothing better in time)
    backup_weight: float  # weight covered twice, summed over periods
    backup_proven: bool | None  # None when backup was not asked for
    served: Served
    zone_post: np.ndarray | None  # (n_periods, n_zones) candidate answering for each zone, -1
    moves: list[int]  # posts moved between consecutive periods (period p → p + 1, wrapping)
    notes: list[str] = field(default_factory=list)  # English, for the log


# --------------------------------------------------------------------------- evaluation
def serve(inp: SitingInput, open_new: np.ndarray) -> Served:
    """Nearest open site, its time, and first/second coverage, for each period's open set."""
    open_new = np.asarray(open_new, dtype=bool).reshape(inp.n_periods, inp.n_new)
    n_p, n_d = inp.n_periods, inp.n_demand
    n_e = inp.times_existing.shape[1]
    minutes = np.full((n_p, n_d), np.inf)
    site = np.full((n_p, n_d), -1, dtype=np.int64)
    covered = np.zeros((n_p, n_d), dtype=bool)
    backup = np.zeros((n_p, n_d), dtype=bool)
    limit = inp.target_s + _EPS_S
    for p in range(n_p):
        cols = np.flatnonzero(open_new[p])
        t = np.hstack([inp.times_existing, inp.times_new[:, cols]])
        ids = np.concatenate([np.arange(n_e), n_e + cols])
        if t.shape[1] == 0:
            continue
        best = np.argmin(t, axis=1)
        bt = t[np.arange(n_d), best]
        minutes[p] = bt / 60.0
        site[p] = np.where(np.isfinite(bt), ids[best], -1)
        within = (t <= limit[:, None]).sum(axis=1)
        covered[p] = within >= 1
        backup[p] = within >= 2
    return Served(minutes, site, covered, backup)


def objective_of(inp: SitingInput, served: Served, open_new: np.ndarray) -> float:
    """The problem's objective for an answer, in report units (see SitingResult)."""
    if inp.problem == "mclp":
        return float((inp.weight * served.covered).sum())
    if inp.problem == "lscp":
        return float(np.asarray(open_new, dtype=bool).reshape(inp.n_periods, -1)[0].sum())
    if inp.problem == "pmedian":
        total = float(inp.weight.sum())
        return float((inp.weight * served.minutes).sum()) / total if total > 0 else 0.0
    return float(served.minutes.max()) if served.minutes.size else 0.0


def moves_between(open_new: np.ndarray) -> list[int]:
    """Posts that move from each period to the next (the last wraps round to the first)."""
    open_new = np.asarray(open_new, dtype=bool)
    n_p = len(open_new)
    if n_p < 2:
        return []
    return [int((open_new[p] & ~open_new[(p + 1) % n_p]).sum()) for p in range(n_p)]


# --------------------------------------------------------------------------- greedy
def _greedy_mclp(cover: np.ndarray, base: np.ndarray, w: np.ndarray, count: int) -> np.ndarray:
    chosen = np.zeros(cover.shape[1], dtype=bool)
    done = base.copy()
    for _ in range(count):
        gain = (w * ~done) @ cover
        gain[chosen] = -1.0
        j = int(np.argmax(gain))
        chosen[j] = True
        done |= cover[:, j]
    return chosen


def _swap_mclp(
    cover: np.ndarray, base: np.ndarray, w: np.ndarray, chosen: np.ndarray, budget_s: float = 2.0
) -> np.ndarray:
    """Improve a covering answer by single swaps (one post out, one in; the best each round)
    until none helps or the budget runs out. Still a heuristic: the solver's bound judges it."""
    from scipy import sparse

    a = sparse.csc_matrix(cover)
    chosen = chosen.copy()
    stop = time.perf_counter() + budget_s
    while time.perf_counter() < stop:
        count = base.astype(np.int64) + a[:, chosen].sum(axis=1).A1
        gain = a.T @ (w * (count == 0))  # newly covered by adding k
        only = w * (count == 1)
        inside = np.flatnonzero(chosen)
        loss = a[:, inside].T @ only  # left uncovered by removing j
        # Items only j covers that k covers too stay covered when j makes way for k.
        kept = (a[:, inside].T.multiply(only)) @ a
        delta = gain[None, :] - loss[:, None] + kept.toarray()
        delta[:, chosen] = -np.inf
        j, k = np.unravel_index(int(np.argmax(delta)), delta.shape)
        if delta[j, k] <= 1e-9:
            break
        chosen[inside[j]] = False
        chosen[k] = True
    return chosen


def _greedy_pmedian(times: np.ndarray, base: np.ndarray, w: np.ndarray, count: int) -> np.ndarray:
    # An item nobody reaches yet is worth a big finite time, so the first post that reaches it gains.
    big = 1e7
    t = np.where(np.isfinite(times), times, big)
    best = np.where(np.isfinite(base), base, big)
    chosen = np.zeros(times.shape[1], dtype=bool)
    for _ in range(count):
        gain = w @ np.maximum(best[:, None] - t, 0.0)
        gain[chosen] = -1.0
        j = int(np.argmax(gain))
        chosen[j] = True
        best = np.minimum(best, t[:, j])
    return chosen


def _greedy_pcenter(times: np.ndarray, base: np.ndarray, count: int) -> np.ndarray:
    chosen = np.zeros(times.shape[1], dtype=bool)
    best = base.copy()
    for _ in range(count):
        worst = np.minimum(best[:, None], times).max(axis=0) if len(best) else np.zeros(times.shape[1])
        # Ties: the post that also lowers the total most.
        total = np.minimum(best[:, None], np.where(np.isfinite(times), times, 1e7)).sum(axis=0)
        worst = np.where(chosen, np.inf, worst)
        j = int(np.lexsort((total, worst))[0])
        chosen[j] = True
        best = np.minimum(best, times[:, j])
    return chosen


def _greedy_lscp(cover: np.ndarray, base: np.ndarray) -> np.ndarray:
    chosen = np.zeros(cover.shape[1], dtype=bool)
    done = base.copy()
    while not done.all():
        gain = (~done).astype(float) @ cover
        gain[chosen] = -1.0
        j = int(np.argmax(gain))
        if gain[j] <= 0:
            break
        chosen[j] = True
        done |= cover[:, j]
    return chosen


def greedy(inp: SitingInput) -> np.ndarray | None:
    """A quick answer (n_periods, n_candidates), or None when greedy cannot respect the rules
    (the zone rule); for mclp, greedy improved by single swaps. With a move limit, each period's own greedy answer when the moves fit,
    else one answer for all periods (no moves)."""
    if inp.zones is not None:
        return None
    cover = inp.times_new <= inp.target_s[:, None] + _EPS_S
    base_cover = (inp.times_existing <= inp.target_s[:, None] + _EPS_S).any(axis=1)
    base_t = inp.times_existing.min(axis=1) if inp.times_existing.shape[1] else np.full(inp.n_demand, np.inf)
    count = min(inp.count, inp.n_new)

    def one(w):
        if inp.problem == "mclp":
            start = _greedy_mclp(cover, base_cover, w, count)
            return _swap_mclp(cover, base_cover, w, start, budget_s=min(2.0, 0.1 * inp.time_limit_s))
        if inp.problem == "pmedian":
            return _greedy_pmedian(inp.times_new, base_t, w, count)
        if inp.problem == "pcenter":
            return _greedy_pcenter(inp.times_new, base_t, count)
        return _greedy_lscp(cover, base_cover)

    each = np.array([one(w) for w in inp.weight])
    if inp.max_moves is None or inp.n_periods < 2 or max(moves_between(each)) <= inp.max_moves:
        candidates = [each]
    else:
        candidates = []
    common = np.repeat(one(inp.weight.sum(axis=0))[None, :], inp.n_periods, axis=0)
    candidates.append(common)
    scores = [objective_of(inp, serve(inp, c), c) for c in candidates]
    pick = int(np.argmax(scores)) if inp.problem == "mclp" else int(np.argmin(scores))
    return candidates[pick]


# --------------------------------------------------------------------------- the model


# --------------------------------------------------------------------------- solving
@dataclass
class _Outcome:
    open: np.ndarray | None
    value: float | None  # solver objective (model units, minimised)
    bound: float | None  # solver dual bound (model units, minimised)
    status: int
    zone_post: np.ndarray | None


def _run(
    model: _Model, cost: np.ndarray, inp: SitingInput, x: np.ndarray, zone_vars, time_limit: float
) -> _Outcome:
    res = model.solve(cost, time_limit)
    bound = getattr(res, "mip_dual_bound", None)
    if bound is None and res.status == 0:
        bound = res.fun
    if res.x is None:
        return _Outcome(None, None, bound, int(res.status), None)
    sol = np.round(res.x).astype(np.int64)
    open_new = sol[x] > 0
    zone_post = None
    if zone_vars:
        zone_post = np.full((inp.n_periods, inp.zones.n_zones), -1, dtype=np.int64)
        for p, triples in enumerate(zone_vars):
            for z, j, v in triples:
                if sol[v] > 0:
                    zone_post[p, z] = j
    return _Outcome(
        open_new, float(res.fun), None if bound is None else float(bound), int(res.status), zone_post
    )


def _check(inp: SitingInput) -> None:
    if inp.problem not in PROBLEMS:
        raise SitingError("problem", f"unknown problem {inp.problem!r}")
    if inp.n_new == 0:
        raise SitingError("no_candidates", "there are no candidate sites")
    if inp.problem != "lscp" and inp.count > inp.n_new:
        raise SitingError("too_many", f"{inp.count} new posts asked for but only {inp.n_new} candidate sites")
    if inp.n_periods > 1 and inp.problem not in ("mclp", "pmedian"):
        raise SitingError("periods", "periods need mclp or pmedian (a fixed number of posts per period)")
    reach = np.isfinite(inp.times_new).any(axis=1) | np.isfinite(inp.times_existing).any(axis=1)
    if inp.problem in ("pmedian", "pcenter") and not reach.all():
        bad = np.flatnonzero(~reach)
        raise SitingError("unreachable", f"{len(bad)} demand items cannot be reached from any site", bad)
    if inp.problem == "lscp":
        limit = inp.target_s[:, None] + _EPS_S
        ok = (inp.times_new <= limit).any(axis=1) | (inp.times_existing <= limit).any(axis=1)
        if not ok.all():
            bad = np.flatnonzero(~ok)
            raise SitingError("target", f"{len(bad)} demand items no site reaches within their target", bad)
    rule = inp.zones
    if rule is not None:
        if rule.min_zones > rule.max_zones or rule.max_zones < 1:
            raise SitingError("zone_bounds", f"zones per post {rule.min_zones}..{rule.max_zones} is empty")
        if inp.problem != "lscp" and inp.count * rule.min_zones > rule.n_zones:
            raise SitingError(
                "zone_bounds",
                f"{inp.count} posts × at least {rule.min_zones} zones needs {inp.count * rule.min_zones} "
                f"zones but there are {rule.n_zones}",
            )
        homeless = rule.home < 0
        if rule.min_zones > 0 and homeless.all():
            raise SitingError("zone_bounds", "no candidate site stands in a zone", np.flatnonzero(homeless))


def merged(inp: SitingInput) -> SitingInput:
    """For the covering problems, items covered by the same candidates (and by as many
    existing posts, counted up to two) become one item carrying their summed weights: every
    answer then scores the same, and a year of incidents shrinks to a few thousand rows."""
    if inp.problem not in ("mclp", "lscp"):
        return inp
    limit = inp.target_s[:, None] + _EPS_S
    cover = inp.times_new <= limit
    e = np.minimum((inp.times_existing <= limit).sum(axis=1), 2).astype(np.uint8)
    key = np.hstack([np.packbits(cover, axis=1), e[:, None]])
    _, first, inverse = np.unique(key, axis=0, return_index=True, return_inverse=True)
    if len(first) == inp.n_demand:
        return inp
    weight = np.zeros((inp.n_periods, len(first)))
    for p in range(inp.n_periods):
        weight[p] = np.bincount(inverse.ravel(), weights=inp.weight[p], minlength=len(first))
    return SitingInput(
        inp.times_new[first],
        inp.times_existing[first],
        weight,
        inp.target_s[first],
        inp.problem,
        inp.count,
        inp.backup,
        inp.max_moves,
        inp.zones,
        inp.time_limit_s,
    )


def solve(inp: SitingInput) -> SitingResult:
    """The exact answer, or the best found before the time limit with its proven bound."""
    _check(inp)
    started = time.perf_counter()
    deadline = started + max(float(inp.time_limit_s), 0.01)
    notes: list[str] = []
    whole, inp = inp, merged(inp)
    if inp is not whole:
        notes.append(f"{whole.n_demand} demand items in {inp.n_demand} groups covered alike")
    start = greedy(inp)
    greedy_value = None if start is None else objective_of(inp, serve(inp, start), start)
    if start is None:
        notes.append("no greedy start: greedy cannot follow the zone rule")

    if inp.problem == "pcenter":
        first = _solve_pcenter(inp, start, deadline, notes)
    else:
        first = _solve_direct(inp, start, deadline, notes)
    open_new, value, bound, proven, source, zone_post, level = first

    backup_proven = None
    if inp.backup:
        second = _solve_backup(inp, open_new, value, level, deadline)
        if second is not None:
            open_new, backup_proven, zone2 = second
            zone_post = zone2 if zone2 is not None else zone_post
        else:
            backup_proven = False
            notes.append("backup stage found no answer in time: the first stage's answer is kept")
    inp = whole
    served = serve(inp, open_new)
    objective = objective_of(inp, served, open_new)
    gap = _gap(inp.problem, objective, bound)
    return SitingResult(
        problem=inp.problem,
        open=open_new,
        objective=objective,
        bound=bound,
        gap_pct=gap,
        proven_optimal=bool(proven),
        solve_s=time.perf_counter() - started,
        limited_by="" if proven else "time_limit",
        greedy_objective=greedy_value,
        source=source,
        backup_weight=float((inp.weight * served.backup).sum()),
        backup_proven=backup_proven,
        served=served,
        zone_post=zone_post,
        moves=moves_between(open_new),
        notes=notes,
    )


def _gap(problem: str, objective: float, bound: float) -> float:
    if not np.isfinite(bound):
        return float("inf")
    diff = bound - objective if problem == "mclp" else objective - bound
    scale = max(abs(objective), abs(bound), 1e-9)
    return max(0.0, diff) / scale * 100.0


def _to_report(inp: SitingInput, model_value: float) -> float:
    """A model objective (minimised) in report units."""
    if inp.problem == "mclp":
        return -model_value
    if inp.problem == "pmedian":
        total = float(inp.weight.sum())
        return model_value / total / 60.0 if total > 0 else 0.0
    return model_value


def _primary(inp: SitingInput, model: _Model, x: np.ndarray, z_list):
    """Objective vector (minimised) of the first stage, and the model's constant term."""
    if inp.problem == "lscp":
        cost = np.zeros(model.n)
        cost[x[0]] = 1.0
        return cost, 0.0
    cost = np.zeros(model.n)
    e = (inp.times_existing <= inp.target_s[:, None] + _EPS_S).any(axis=1)
    constant = -float(inp.weight[:, e].sum())
    for p, (items, z) in enumerate(z_list):
        cost[z] = -inp.weight[p, items]
    return cost, constant


def _solve_direct(inp: SitingInput, start, deadline: float, notes: list):
    """mclp, lscp and pmedian: one MILP."""
    if inp.problem == "pmedian":
        model, x, zone_vars = _base_model(inp, "exact")
        entries = _pmedian_block(model, inp, x)
        cost = np.zeros(model.n)
        for var, c in entries:
            cost[var] += c
        constant = 0.0
    else:
        model, x, zone_vars = _base_model(inp, "exact" if inp.problem == "mclp" else "free")
        z_list, _ = _coverage_vars(model, inp, x, inp.weight, False) if inp.problem == "mclp" else ([], [])
        if inp.problem == "lscp":
            _lscp_rows(model, inp, x[0])
        cost, constant = _primary(inp, model, x, z_list)
    share = 1.0 - (_STAGE_TWO_SHARE if inp.backup else 0.0)
    limit = (deadline - time.perf_counter()) * share
    out = _run(model, cost, inp, x, zone_vars, limit)
    bound = (
        _to_report(inp, out.bound + constant)
        if out.bound is not None and np.isfinite(out.bound)
        else _open_bound(inp)
    )
    proven = out.status == 0
    if out.status == 2:
        raise SitingError("infeasible", "the solver proved that no answer meets all the rules")
    candidates = []
    if out.open is not None:
        candidates.append(("highs", out.open, out.zone_post))
    if start is not None:
        candidates.append(("greedy", start, None))
    if not candidates:
        raise SitingError("no_answer", "the time limit ran out before any answer was found")
    scored = [(objective_of(inp, serve(inp, o), o), src, o, zp) for src, o, zp in candidates]
    better = max if inp.problem == "mclp" else min
    value, source, open_new, zone_post = better(scored, key=lambda s: s[0])
    if source == "greedy":
        notes.append("HiGHS found nothing better than the greedy start before the time limit")
    if proven and source != "highs":
        proven = False
    return open_new, value, bound, proven, source, zone_post, None


def _open_bound(inp: SitingInput) -> float:
    """A bound that needs no solver, when HiGHS reports none."""
    if inp.problem == "mclp":
        return float(inp.weight.sum())
    return 0.0


def _solve_pcenter(inp: SitingInput, start, deadline: float, notes: list):
    """Bisection over the distinct times; each step: can ``count`` posts reach every item
    within that time? The lowest level not proven impossible bounds the answer from below."""
    every = np.hstack([inp.times_existing, inp.times_new])
    lower = float(every.min(axis=1).max())  # each item's best possible time
    levels = np.concatenate([inp.times_new.ravel(), inp.times_existing.ravel()])
    levels = np.unique(levels[np.isfinite(levels)])
    levels = levels[levels >= lower - _EPS_S]
    best_open, best_zone, source = None, None, "highs"
    hi_val = np.inf
    if start is not None:
        best_open, source = start, "greedy"
        hi_val = float(serve(inp, start).minutes.max()) * 60.0
    # The answer is one of levels[lo:], and no worse than hi_val (levels[hi]).
    lo = 0
    hi = int(np.searchsorted(levels, hi_val - _EPS_S, side="left")) if np.isfinite(hi_val) else len(levels)
    timed_out = False
    share = 1.0 - (_STAGE_TWO_SHARE if inp.backup else 0.0)
    while lo < hi:
        mid = (lo + hi) // 2
        remaining = (deadline - time.perf_counter()) * share
        if remaining <= 0.01:
            timed_out = True
            break
        model, x, zone_vars = _base_model(inp, "exact")
        _lscp_rows(model, inp, x[0], float(levels[mid]))
        out = _run(model, np.zeros(model.n), inp, x, zone_vars, remaining)
        if out.open is not None:
            found = float(serve(inp, out.open).minutes.max()) * 60.0
            if found < hi_val:
                hi_val, best_open, best_zone, source = found, out.open, out.zone_post, "highs"
            hi = min(mid, int(np.searchsorted(levels, hi_val - _EPS_S, side="left")))
        elif out.status == 2:
            lo = mid + 1
        else:
            timed_out = True
            break
    if best_open is None:
        if timed_out:
            raise SitingError("no_answer", "the time limit ran out before any answer was found")
        raise SitingError("infeasible", "the solver proved that no answer meets all the rules")
    proven = lo >= hi
    bound_s = hi_val if proven else max(float(levels[lo]), lower)
    if source == "greedy" and not proven:
        notes.append("HiGHS found nothing better than the greedy start before the time limit")
    return best_open, hi_val / 60.0, bound_s / 60.0, proven, source, best_zone, hi_val


def _solve_backup(inp: SitingInput, open_first: np.ndarray, value: float, level, deadline: float):
    """Second stage: among answers at least as good as the first stage's, most weight
    covered twice. Returns (open, proven, zone_post) or None when nothing was found."""
    remaining = deadline - time.perf_counter()
    if remaining <= 0.01:
        return None
    if inp.problem == "pmedian":
        model, x, zone_vars = _base_model(inp, "exact")
        entries = _pmedian_block(model, inp, x)
        var = np.concatenate([v for v, _ in entries])
        coef = np.concatenate([c for _, c in entries])
        limit = value * 60.0 * float(inp.weight.sum())
        model.constrain(np.zeros(len(var), dtype=np.int64), var, coef, -np.inf, limit * (1 + _KEEP) + 1e-6)
        # Coverage-twice variables only; "covered" ones are implied where needed.
        z_list, b_list = _coverage_vars(model, inp, x, inp.weight, True)
    elif inp.problem == "pcenter":
        model, x, zone_vars = _base_model(inp, "exact")
        _lscp_rows(model, inp, x[0], level)
        z_list, b_list = _coverage_vars(model, inp, x, inp.weight, True)
    elif inp.problem == "lscp":
        model, x, zone_vars = _base_model(inp, "free")
        _lscp_rows(model, inp, x[0])
        model.constrain(np.zeros(inp.n_new, dtype=np.int64), x[0], 1.0, -np.inf, float(round(value)))
        z_list, b_list = _coverage_vars(model, inp, x, inp.weight, True)
    else:
        model, x, zone_vars = _base_model(inp, "exact")
        z_list, b_list = _coverage_vars(model, inp, x, inp.weight, True)
        cost, constant = _primary(inp, model, x, z_list)
        need = value + constant  # covered weight the model's z variables must keep
        nz = np.flatnonzero(cost)
        model.constrain(
            np.zeros(len(nz), dtype=np.int64), nz, -cost[nz], need - abs(need) * _KEEP - 1e-6, np.inf
        )
    cost = np.zeros(model.n)
    for p, (items, b) in enumerate(b_list):
        cost[b] = -inp.weight[p, items]
    out = _run(model, cost, inp, x, zone_vars, remaining)
    if out.open is None:
        return None
    first_twice = float((inp.weight * serve(inp, open_first).backup).sum())
    second_twice = float((inp.weight * serve(inp, out.open).backup).sum())
    if second_twice < first_twice:
        return open_first, False, None
    return out.open, out.status == 0, out.zone_post
