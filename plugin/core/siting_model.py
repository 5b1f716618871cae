"""The siting problems as mixed-integer programmes: the inputs, and the blocks of variables
and rows ``core.siting`` assembles (site choice per period, the post count, the move limit, the
contiguous zone rule, covered and covered-twice items, p-median assignments, set covering).

Rows are collected as sparse triplets and handed to ``scipy.optimize.milp`` in one piece.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

# HiGHS stops when (primal - dual) / |primal| falls below this: "proven optimal" means this.
REL_GAP = 1e-6
# Times are sums of float costs; an item "on" its target counts as within it.
_EPS_S = 1e-6


@dataclass
class ZoneRule:
    """Each new post answers for ``min_zones``..``max_zones`` contiguous zones."""

    n_zones: int
    pairs: np.ndarray  # (m, 2) adjacent zone indices
    home: np.ndarray  # (n_candidates,) zone each candidate stands in, -1: none
    allowed: np.ndarray  # (n_zones, n_candidates) bool: the post may answer for the zone
    min_zones: int
    max_zones: int


@dataclass
class SitingInput:
    times_new: np.ndarray  # (n_demand, n_candidates) seconds
    times_existing: np.ndarray  # (n_demand, n_existing) seconds
    weight: np.ndarray  # (n_periods, n_demand)
    target_s: np.ndarray  # (n_demand,)
    problem: str = "mclp"
    count: int = 1
    backup: bool = False
    max_moves: int | None = None  # between consecutive periods; None = any
    zones: ZoneRule | None = None
    time_limit_s: float = 60.0

    @property
    def n_demand(self) -> int:
        return int(self.times_new.shape[0])

    @property
    def n_new(self) -> int:
        return int(self.times_new.shape[1])

    @property
    def n_periods(self) -> int:
        return int(self.weight.shape[0])


class _Model:
    """Variables and sparse rows collected as arrays, handed to ``milp`` in one piece."""

    def __init__(self):
        self.n = 0
        self.cost: list[np.ndarray] = []
        self.lb: list[np.ndarray] = []
        self.ub: list[np.ndarray] = []
        self.integer: list[np.ndarray] = []
        self.rows: list[np.ndarray] = []
        self.cols: list[np.ndarray] = []
        self.vals: list[np.ndarray] = []
        self.lo: list[np.ndarray] = []
        self.hi: list[np.ndarray] = []
        self.m = 0

    def variables(self, k: int, cost=0.0, lb=0.0, ub=1.0, integer=False) -> np.ndarray:
        idx = np.arange(self.n, self.n + k)
        self.n += k
        self.cost.append(np.broadcast_to(np.asarray(cost, dtype=float), (k,)).copy())
        self.lb.append(np.broadcast_to(np.asarray(lb, dtype=float), (k,)).copy())
        self.ub.append(np.broadcast_to(np.asarray(ub, dtype=float), (k,)).copy())
        self.integer.append(np.full(k, 1 if integer else 0, dtype=np.int8))
        return idx

    def constrain(self, rows, cols, vals, lo, hi) -> None:
        """Rows ``0..len(lo)-1`` of this block: lo <= sum(vals · x[cols]) <= hi."""
        lo = np.atleast_1d(np.asarray(lo, dtype=float))
        hi = np.broadcast_to(np.asarray(hi, dtype=float), lo.shape)
        self.rows.append(np.asarray(rows, dtype=np.int64) + self.m)
        self.cols.append(np.asarray(cols, dtype=np.int64))
        self.vals.append(np.broadcast_to(np.asarray(vals, dtype=float), (len(np.atleast_1d(rows)),)).copy())
        self.lo.append(lo)
        self.hi.append(hi.copy())
        self.m += len(lo)

    def fix(self, idx, value: float) -> None:
        self.lb_set(idx, value, value)

    def lb_set(self, idx, lo, hi) -> None:
        lb = np.concatenate(self.lb)
        ub = np.concatenate(self.ub)
        lb[idx] = lo
        ub[idx] = hi
        self.lb, self.ub = [lb], [ub]

    def solve(self, cost: np.ndarray, time_limit: float):
        a = sparse.csr_matrix(
            (np.concatenate(self.vals), (np.concatenate(self.rows), np.concatenate(self.cols))),
            shape=(self.m, self.n),
        )
        constraints = (
            [LinearConstraint(a, np.concatenate(self.lo), np.concatenate(self.hi))] if self.m else []
        )
        return milp(
            cost,
            constraints=constraints,
            integrality=np.concatenate(self.integer),
            bounds=Bounds(np.concatenate(self.lb), np.concatenate(self.ub)),
            options={"time_limit": max(float(time_limit), 0.01), "mip_rel_gap": REL_GAP, "presolve": True},
        )

    def objective(self) -> np.ndarray:
        return np.concatenate(self.cost)


def _cover_rows(cover: np.ndarray, items: np.ndarray, x: np.ndarray, var: np.ndarray, need):
    """need · var[k] <= sum of x over the candidates covering items[k] (+ constants folded in)."""
    sub = sparse.csr_matrix(cover[items])
    r, c = sub.nonzero()
    k = len(items)
    rows = np.concatenate([np.arange(k), r])
    cols = np.concatenate([var, x[c]])
    vals = np.concatenate([np.asarray(need, dtype=float) * np.ones(k), -np.ones(len(r))])
    return rows, cols, vals


def _zone_block(model: _Model, rule: ZoneRule, x: np.ndarray) -> list:
    """Zone assignment and flow variables for one period's posts; returns (zone, cand, var)."""
    n_z, n_c = rule.allowed.shape
    allowed = rule.allowed.copy()
    home = rule.home
    no_home = home < 0
    if rule.min_zones > 0 and no_home.any():
        model.lb_set(x[no_home], 0.0, 0.0)
    allowed[:, no_home] = False
    allowed[home[~no_home], np.flatnonzero(~no_home)] = True
    zi, cj = np.nonzero(allowed)
    a = model.variables(len(zi), integer=True)
    # Each zone answers to one new post at most.
    model.constrain(zi, a, 1.0, np.full(n_z, -np.inf), 1.0)
    # min_zones · x_j <= zones of j <= max_zones · x_j.
    rows = np.concatenate([cj, np.arange(n_c)])
    cols = np.concatenate([a, x])
    model.constrain(
        rows,
        cols,
        np.concatenate([np.ones(len(a)), -float(rule.min_zones) * np.ones(n_c)]),
        np.zeros(n_c),
        np.inf,
    )
    model.constrain(
        rows,
        cols,
        np.concatenate([np.ones(len(a)), -float(rule.max_zones) * np.ones(n_c)]),
        np.full(n_c, -np.inf),
        0.0,
    )
    # A post answers for the zone it stands in.
    is_home = home[cj] == zi
    hk = np.flatnonzero(is_home)
    model.constrain(
        np.concatenate([np.arange(len(hk)), np.arange(len(hk))]),
        np.concatenate([a[hk], x[cj[hk]]]),
        np.concatenate([np.ones(len(hk)), -np.ones(len(hk))]),
        np.zeros(len(hk)),
        0.0,
    )
    # Contiguity: every other zone of j takes one unit of flow sent from j's own zone
    # through j's zones only; a zone with no such path gets no flow and so cannot be j's.
    non_home = np.flatnonzero(~is_home)
    pairs = np.asarray(rule.pairs, dtype=np.int64).reshape(-1, 2)
    arcs = []
    if rule.max_zones > 1 and len(pairs) and len(non_home):
        position = {(int(z), int(j)): k for k, (z, j) in enumerate(zip(zi, cj))}
        for j in np.unique(cj):
            ok = allowed[:, j]
            p = pairs[ok[pairs[:, 0]] & ok[pairs[:, 1]]]
            for u, v in np.vstack([p, p[:, ::-1]]):
                arcs.append((position[(int(u), int(j))], position[(int(v), int(j))]))
    row_of = np.full(len(a), -1, dtype=np.int64)
    row_of[non_home] = np.arange(len(non_home))
    rows, cols, vals = [np.arange(len(non_home))], [a[non_home]], [-np.ones(len(non_home))]
    if arcs:
        au, av = (np.array(c, dtype=np.int64) for c in zip(*arcs))
        cap = float(rule.max_zones - 1)
        f = model.variables(len(au), lb=0.0, ub=cap)
        k = len(f)
        for ends in (au, av):
            # Flow only between two zones of j.
            model.constrain(
                np.concatenate([np.arange(k), np.arange(k)]),
                np.concatenate([f, a[ends]]),
                np.concatenate([np.ones(k), -cap * np.ones(k)]),
                np.full(k, -np.inf),
                0.0,
            )
        into, out_of = row_of[av], row_of[au]
        rows += [into[into >= 0], out_of[out_of >= 0]]
        cols += [f[into >= 0], f[out_of >= 0]]
        vals += [np.ones(int((into >= 0).sum())), -np.ones(int((out_of >= 0).sum()))]
    # Net inflow at each non-home zone of j equals its assignment.
    model.constrain(
        np.concatenate(rows), np.concatenate(cols), np.concatenate(vals), np.zeros(len(non_home)), 0.0
    )
    return list(zip(zi.tolist(), cj.tolist(), a.tolist()))


def _base_model(inp: SitingInput, count_rule: str) -> tuple[_Model, np.ndarray, list]:
    """Site variables per period, the post count, the move limit and the zone rule."""
    model = _Model()
    n_p, n_c = inp.n_periods, inp.n_new
    x = np.stack([model.variables(n_c, integer=True) for _ in range(n_p)])
    if count_rule == "exact":
        for p in range(n_p):
            model.constrain(np.zeros(n_c, dtype=np.int64), x[p], 1.0, float(inp.count), float(inp.count))
    if inp.max_moves is not None and n_p >= 2:
        for p in range(n_p):
            q = (p + 1) % n_p
            m = model.variables(n_c, lb=0.0, ub=1.0)
            k = np.arange(n_c)
            # m_j >= x_pj - x_qj: a post open in p and not in q moved.
            model.constrain(
                np.concatenate([k, k, k]),
                np.concatenate([m, x[p], x[q]]),
                np.concatenate([np.ones(n_c), -np.ones(n_c), np.ones(n_c)]),
                np.zeros(n_c),
                np.inf,
            )
            model.constrain(np.zeros(n_c, dtype=np.int64), m, 1.0, -np.inf, float(inp.max_moves))
            if n_p == 2:
                break  # p → q and q → p move the same number of posts
    zone_vars = []
    if inp.zones is not None:
        zone_vars = [_zone_block(model, inp.zones, x[p]) for p in range(n_p)]
    return model, x, zone_vars


def _coverage_vars(model: _Model, inp: SitingInput, x: np.ndarray, weight: np.ndarray, twice: bool):
    """Per period: covered (and covered-twice) variables for items not already covered by
    the existing posts, their rows, and the objective weights they carry."""
    cover = inp.times_new <= inp.target_s[:, None] + _EPS_S
    e = (inp.times_existing <= inp.target_s[:, None] + _EPS_S).sum(axis=1)
    z_list, b_list = [], []
    for p in range(inp.n_periods):
        items = np.flatnonzero(e == 0)
        z = model.variables(len(items), cost=0.0)
        rows, cols, vals = _cover_rows(cover, items, x[p], z, 1.0)
        model.constrain(rows, cols, vals, np.full(len(items), -np.inf), 0.0)
        z_list.append((items, z))
        if twice:
            # Items with no existing post: z + b <= cover count, b <= z.
            b0 = model.variables(len(items))
            rows, cols, vals = _cover_rows(cover, items, x[p], b0, 1.0)
            k = len(items)
            model.constrain(
                np.concatenate([rows, np.arange(k)]),
                np.concatenate([cols, z]),
                np.concatenate([vals, np.ones(k)]),
                np.full(k, -np.inf),
                0.0,
            )
            model.constrain(
                np.concatenate([np.arange(k), np.arange(k)]),
                np.concatenate([b0, z]),
                np.concatenate([np.ones(k), -np.ones(k)]),
                np.full(k, -np.inf),
                0.0,
            )
            # Items one existing post covers: b <= cover count of the new posts.
            one = np.flatnonzero(e == 1)
            b1 = model.variables(len(one))
            rows, cols, vals = _cover_rows(cover, one, x[p], b1, 1.0)
            model.constrain(rows, cols, vals, np.full(len(one), -np.inf), 0.0)
            b_list.append((np.concatenate([items, one]), np.concatenate([b0, b1])))
    return z_list, b_list


def _pmedian_block(model: _Model, inp: SitingInput, x: np.ndarray):
    """Assignment variables: each item to one open candidate faster than its best existing
    post, or to that existing post. Returns the objective entries (var, seconds · weight)."""
    best_e = inp.times_existing.min(axis=1) if inp.times_existing.shape[1] else np.full(inp.n_demand, np.inf)
    useful = np.isfinite(inp.times_new) & (inp.times_new < best_e[:, None])
    i, j = np.nonzero(useful)
    has_e = np.isfinite(best_e)
    ie = np.flatnonzero(has_e)
    entries = []
    for p in range(inp.n_periods):
        a = model.variables(len(i))
        s = model.variables(len(ie))
        rows = np.concatenate([i, ie])
        model.constrain(rows, np.concatenate([a, s]), 1.0, np.ones(inp.n_demand), 1.0)
        k = len(a)
        model.constrain(
            np.concatenate([np.arange(k), np.arange(k)]),
            np.concatenate([a, x[p, j]]),
            np.concatenate([np.ones(k), -np.ones(k)]),
            np.full(k, -np.inf),
            0.0,
        )
        w = inp.weight[p]
        entries.append(
            (np.concatenate([a, s]), np.concatenate([w[i] * inp.times_new[i, j], w[ie] * best_e[ie]]))
        )
    return entries


def _lscp_rows(model: _Model, inp: SitingInput, x: np.ndarray, limit_s=None):
    limit = (inp.target_s if limit_s is None else np.full(inp.n_demand, float(limit_s))) + _EPS_S
    cover = inp.times_new <= limit[:, None]
    done = (inp.times_existing <= limit[:, None]).any(axis=1)
    items = np.flatnonzero(~done)
    sub = sparse.csr_matrix(cover[items])
    r, c = sub.nonzero()
    model.constrain(r, x[c], 1.0, np.ones(len(items)), np.inf)
