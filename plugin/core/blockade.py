"""Seal the exits: one unit per checkpoint, the slowest arrival as early as possible.

A bottleneck assignment, solved exactly: bisection over the distinct travel times for the
least threshold at which a matching still seals as many checkpoints as can be sealed at
all (Hopcroft–Karp, ``scipy.sparse.csgraph.maximum_bipartite_matching``), then, among the
matchings within that threshold, the one with the least total time
(``scipy.optimize.linear_sum_assignment``), so no unit drives further than it must.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import maximum_bipartite_matching

from .network import RoadNetwork


@dataclass
class Blockade:
    pairs: list[tuple[int, int, float]]  # (unit, checkpoint, seconds)
    slowest_s: float  # the latest arrival (nan when nothing can be sealed)
    open_checkpoints: list[int]  # checkpoints no unit is sent to


def _matching_size(ok: np.ndarray) -> int:
    if not ok.any():
        return 0
    match = maximum_bipartite_matching(csr_matrix(ok.astype(np.int8)), perm_type="column")
    return int((match >= 0).sum())


def bottleneck_assignment(times_s: np.ndarray) -> Blockade:
    """``times_s``: (n_units, n_checkpoints) seconds, inf where a unit cannot reach."""
    t = np.asarray(times_s, dtype=float)
    n_u, n_c = t.shape
    finite = np.isfinite(t)
    best = _matching_size(finite)
    if best == 0:
        return Blockade([], float("nan"), list(range(n_c)))
    levels = np.unique(t[finite])
    lo, hi = 0, len(levels) - 1  # levels[hi] always reaches ``best``
    while lo < hi:
        mid = (lo + hi) // 2
        if _matching_size(t <= levels[mid]) == best:
            hi = mid
        else:
            lo = mid + 1
    threshold = levels[lo]
    allowed = t <= threshold
    # Pairs over the threshold cost more than any set of allowed ones: the least-cost
    # assignment uses as few as it can, i.e. none where ``best`` pairs are possible.
    big = (float(t[allowed].sum()) + 1.0) * (n_u + n_c + 1)
    cost = np.where(allowed, t, big)
    rows, cols = linear_sum_assignment(cost)
    keep = allowed[rows, cols]
    pairs = [(int(u), int(c), float(t[u, c])) for u, c in zip(rows[keep], cols[keep])]
    sealed = {c for _, c, _ in pairs}
    return Blockade(
        sorted(pairs, key=lambda p: p[1]), float(threshold), [c for c in range(n_c) if c not in sealed]
    )


def at_speed(network: RoadNetwork, kmh: float) -> RoadNetwork:
    """The same roads driven at ``kmh`` everywhere (a fleeing car ignores speed rules), with
    the same directions."""
    cost = network.length_m / (float(kmh) / 3.6)
    return RoadNetwork(
        network.node_xy,
        network.seg_u,
        network.seg_v,
        network.seg_xy,
        network.length_m,
        cost,
        network.forward,
        network.backward,
        network.feature_id,
        network.part,
    )
