"""Give patrol zones to stations: each to the fastest, then balanced, each station in one piece.

The inputs are plain: a zones × stations matrix of travel seconds (``inf`` where a station
cannot reach a zone), zone adjacency as index pairs (zones sharing a stretch of boundary),
and per-station lower and upper bounds on the zone count. The steps:

1. every zone to the station that reaches it fastest (ties to the lower station index);
   zones no station reaches go to the station owning most of their neighbours;
2. a station keeps the zone it stands in (its home zone, when given), whatever else moves;
   stations left in pieces (the road network's shape can make a fastest-station map
   ragged) keep the piece around their nearest zone; the other pieces go, zone by zone,
   to the adjacent station that reaches them fastest;
3. counts are brought within bounds by chains of single-zone moves between adjacent
   stations (A gives a zone to B, B one to C…), the chain adding the least travel time
   first. A move is allowed only when the donor stays in one piece (the zone is not a cut
   vertex of the donor's zone graph) and the receiver stays in one piece (the zone touches
   it, or the receiver has no zone yet);
4. single moves and pairwise swaps that lower the total travel time and keep the bounds.

When the bounds cannot all hold (38 zones for 8 stations needing at least 6), they are
relaxed evenly first — the largest minimums lowered, the smallest maximums raised, to a
common level — so the result is as balanced as the zones allow, and every bound that is
still not met is listed in ``Assignment.unmet`` with the reason.

Heuristic, not an exact optimum: partitioning a graph into connected parts of given sizes
at least cost is NP-hard. Deterministic: the same input gives the same answer.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

# Travel-time differences below this (seconds) are noise, not an improvement.
_GAIN_S = 1e-6
# Times are compared on this grid (seconds). Travel times carry float noise that differs
# between machines (PROJ versions, summation order): on a grid, zones equally fast from two
# stations tie exactly and go by index, so every machine gives the same answer.
RESOLUTION_S = 0.1
# A small price per extra link in a chain, so equal-cost chains prefer fewer moves.
_HOP_S = 1.0
# Zones a chain's link may try before the chain gives up.
_CHAIN_CHOICES = 4


class AssignmentError(ValueError):
    """The inputs cannot be assigned as given (shapes, bounds); the message says why."""


@dataclass(frozen=True)
class Unmet:
    """A rule the result breaks, and why (for the report)."""

    station: int  # station index
    rule: str  # "min" | "max" | "contiguity"
    count: int  # zones the station has
    bound: int  # the bound asked for ("contiguity": pieces the station is in)
    # "total"      the zone count cannot satisfy every station (bounds relaxed evenly)
    # "reach"      the station reaches fewer zones than its minimum (or none)
    # "neighbours" no adjacent station has a zone to spare / room for one
    # "contiguity" stations nearby have zones to spare (room), but no move keeps both in one piece
    # "isolated"   zones not adjacent to the rest of the station's area
    reason: str
    zones: tuple[int, ...] = ()  # "contiguity": the zones away from the station's main piece


@dataclass
class Assignment:
    station: np.ndarray  # station index per zone
    fastest: np.ndarray  # fastest station per zone (-1: none reaches it)
    time_s: np.ndarray  # travel time from the assigned station (inf: not reached)
    fastest_s: np.ndarray  # travel time from the fastest station (inf: not reached)
    counts: np.ndarray  # zones per station
    lower: np.ndarray  # bounds asked for
    upper: np.ndarray
    lower_used: np.ndarray  # bounds worked to (relaxed when the totals rule them out)
    upper_used: np.ndarray
    unmet: list[Unmet] = field(default_factory=list)

    @property
    def totals_feasible(self) -> bool:
        """Whether the zone count fits between the sums of the bounds asked for."""
        n = len(self.station)
        return int(self.lower.sum()) <= n <= int(self.upper.sum())

    @property
    def moved(self) -> np.ndarray:
        """Zones not with their fastest station."""
        return np.flatnonzero((self.fastest >= 0) & (self.station != self.fastest))

    @property
    def added_s(self) -> float:
        """Travel time added over the fastest-station assignment, summed over zones."""
        ok = np.isfinite(self.time_s) & np.isfinite(self.fastest_s)
        return float((self.time_s[ok] - self.fastest_s[ok]).sum())


# ---------------------------------------------------------------------------- graph helpers
def neighbour_lists(n: int, pairs) -> list[np.ndarray]:
    """Sorted neighbour arrays per zone from (i, j) pairs (either order, repeats allowed)."""
    arr = np.asarray(pairs, dtype=np.int64).reshape(-1, 2) if len(pairs) else np.zeros((0, 2), np.int64)
    if len(arr) and (arr.min() < 0 or arr.max() >= n):
        raise AssignmentError(f"adjacency names a zone outside 0..{n - 1}")
    arr = arr[arr[:, 0] != arr[:, 1]]
    both = np.unique(np.concatenate([arr, arr[:, ::-1]]), axis=0)
    bounds = np.searchsorted(both[:, 0], np.arange(n + 1)) if len(both) else np.zeros(n + 1, np.int64)
    return [both[bounds[i] : bounds[i + 1], 1] for i in range(n)]


def components(
    members: Sequence[int], nbrs: list[np.ndarray], label: np.ndarray, which: int
) -> list[list[int]]:
    """Connected pieces of the zones with ``label == which`` (members in ascending order)."""
    seen: set[int] = set()
    pieces = []
    for start in members:
        if start in seen:
            continue
        piece = [start]
        seen.add(start)
        stack = [start]
        while stack:
            v = stack.pop()
            for w in nbrs[v]:
                w = int(w)
                if label[w] == which and w not in seen:
                    seen.add(w)
                    piece.append(w)
                    stack.append(w)
        pieces.append(sorted(piece))
    return pieces


def cut_vertices(members: Sequence[int], nbrs: list[np.ndarray], label: np.ndarray, which: int) -> set[int]:
    """Zones whose removal splits a piece of station ``which`` (Tarjan, iterative)."""
    disc: dict[int, int] = {}
    low: dict[int, int] = {}
    cut: set[int] = set()
    clock = 0
    for root in members:
        if root in disc:
            continue
        disc[root] = low[root] = clock
        clock += 1
        children = 0
        stack = [(root, -1, iter(nbrs[root]))]
        while stack:
            v, parent, it = stack[-1]
            descended = False
            for w in it:
                w = int(w)
                if label[w] != which:
                    continue
                if w not in disc:
                    disc[w] = low[w] = clock
                    clock += 1
                    if v == root:
                        children += 1
                    stack.append((w, v, iter(nbrs[w])))
                    descended = True
                    break
                if w != parent:
                    low[v] = min(low[v], disc[w])
            if not descended:
                stack.pop()
                if stack:
                    p = stack[-1][0]
                    low[p] = min(low[p], low[v])
                    if p != root and low[v] >= disc[p]:
                        cut.add(p)
        if children > 1:
            cut.add(root)
    return cut


# ---------------------------------------------------------------------------- bounds
def relaxed_bounds(lower: np.ndarray, upper: np.ndarray, n_zones: int) -> tuple[np.ndarray, np.ndarray]:
    """Bounds the zone count can meet, as close to the asked ones and as even as possible.

    Too few zones: the largest minimums come down to a common level c (min(lower, c), c as
    high as the zones allow). Too many: the smallest maximums go up to a common level.
    """
    lo = lower.astype(np.int64).copy()
    hi = upper.astype(np.int64).copy()
    active = hi > 0
    if lo.sum() > n_zones:
        c = 0
        for level in range(int(lo.max()) + 1):
            if np.minimum(lo, level).sum() <= n_zones:
                c = level
        lo = np.minimum(lo, c)
    if hi.sum() < n_zones and active.any():
        c = int(hi[active].min())
        while np.where(active, np.maximum(hi, c), 0).sum() < n_zones:
            c += 1
        hi = np.where(active, np.maximum(hi, c), 0)
    return lo, np.maximum(hi, lo)


# ---------------------------------------------------------------------------- the solver
class _Solver:
    def __init__(
        self,
        times: np.ndarray,
        nbrs: list[np.ndarray],
        lo: np.ndarray,
        hi: np.ndarray,
        shared: dict | None,
        home: np.ndarray,
    ):
        self.n, self.k = times.shape
        # Home zones never leave their station.
        self.pinned = np.zeros(self.n, dtype=bool)
        self.home = home
        self.nbrs = nbrs
        self.lo = lo
        self.hi = hi
        self.shared = shared or {}
        self.times = times
        self._pieces: dict[int, int] = {}
        unreached = ~np.isfinite(times).any(axis=1)
        # A zone no station reaches costs the same (nothing) wherever it goes.
        self.cost = np.where(unreached[:, None], 0.0, times)
        self.a = np.full(self.n, -1, dtype=np.int64)
        self.count = np.zeros(self.k, dtype=np.int64)
        # Cut vertices per station, recomputed only for stations whose zones changed.
        self._cuts: dict[int, set[int]] = {}
        self._dirty: set[int] = set(range(self.k))
        src = np.repeat(np.arange(self.n), [len(x) for x in nbrs])
        dst = np.concatenate(nbrs) if self.n else np.zeros(0, np.int64)
        self.src = src.astype(np.int64)
        self.dst = dst.astype(np.int64)

    # -- state
    def set(self, z: int, s: int) -> None:
        old = int(self.a[z])
        if old >= 0:
            self.count[old] -= 1
            self._dirty.add(old)
        self.a[z] = s
        self.count[s] += 1
        self._dirty.add(s)

    def members(self, s: int) -> list[int]:
        return [int(z) for z in np.flatnonzero(self.a == s)]

    def total(self) -> float:
        return float(self.cost[np.arange(self.n), self.a].sum())

    def cut_mask(self) -> np.ndarray:
        if self._dirty:
            by_station = np.argsort(self.a, kind="stable")
            bounds = np.searchsorted(self.a[by_station], np.arange(self.k + 1))
            for s in self._dirty:
                members = by_station[bounds[s] : bounds[s + 1]].tolist()
                self._cuts[s] = cut_vertices(members, self.nbrs, self.a, s)
            self._dirty.clear()
        mask = np.zeros(self.n, dtype=bool)
        for cut in self._cuts.values():
            if cut:
                mask[list(cut)] = True
        return mask

    # -- step 1 and 2
    def initial(self, fastest: np.ndarray) -> None:
        for z in np.flatnonzero(fastest >= 0):
            self.set(int(z), int(fastest[z]))
        pending = [int(z) for z in np.flatnonzero(fastest < 0)]
        while pending:
            left = []
            for z in pending:
                votes: dict[int, float] = {}
                for w in self.nbrs[z]:
                    s = int(self.a[w])
                    if s >= 0:
                        votes[s] = votes.get(s, 0.0) + self.shared.get((min(z, int(w)), max(z, int(w))), 1.0)
                if votes:
                    self.set(z, min(votes, key=lambda s: (-votes[s], s)))
                else:
                    left.append(z)
            if len(left) == len(pending):
                # Not adjacent to any assigned zone, ever: an island no station reaches.
                for z in left:
                    self.set(z, int(np.argmin(np.where(self.hi > 0, self.count, np.iinfo(np.int64).max))))
                break
            pending = left
        for s, z in enumerate(self.home):
            if z >= 0:
                self.set(int(z), s)
                self.pinned[z] = True

    def home_piece(self, s: int, pieces: list[list[int]]) -> list[int]:
        """The piece around the station: the one holding its home zone, else its fastest zone."""
        if self.home[s] >= 0:
            for piece in pieces:
                if int(self.home[s]) in piece:
                    return piece

        def key(piece):
            best = min(self.times[z, s] for z in piece)
            return (best, -len(piece), piece[0])

        return min(pieces, key=key)

    def repair_contiguity(self) -> None:
        orphan = np.zeros(self.n, dtype=bool)
        for s in range(self.k):
            pieces = components(self.members(s), self.nbrs, self.a, s)
            if len(pieces) > 1:
                home = set(self.home_piece(s, pieces))
                for piece in pieces:
                    if not home.intersection(piece):
                        orphan[piece] = True
        while orphan.any():
            best = None
            for z in np.flatnonzero(orphan):
                z = int(z)
                for w in self.nbrs[z]:
                    if orphan[w] or self.a[w] == self.a[z]:
                        continue
                    r = int(self.a[w])
                    c = self.cost[z, r]
                    if np.isfinite(c) and (best is None or (c, z, r) < best):
                        best = (c, z, r)
            if best is None:
                break  # what is left cannot join any station's main piece
            _, z, r = best
            self.set(z, r)
            orphan[z] = False

    # -- moves
    def moves(self, cut: np.ndarray):
        """Every allowed single move: (zone, donor, receiver, added seconds)."""
        cut = cut | self.pinned
        z, w = self.src, self.dst
        d = self.a[z]
        r = self.a[w]
        ok = (d != r) & ~cut[z] & (self.count[d] > 1)
        z, d, r = z[ok], d[ok], r[ok]
        empty = np.flatnonzero((self.count == 0) & (self.hi > 0))
        if len(empty):
            free = np.flatnonzero(~cut & (self.count[self.a] > 1))
            z = np.concatenate([z, np.repeat(free, len(empty))])
            d = np.concatenate([d, self.a[np.repeat(free, len(empty))]])
            r = np.concatenate([r, np.tile(empty, len(free))])
        delta = self.cost[z, r] - self.cost[z, d]
        ok = np.isfinite(delta)
        return z[ok], d[ok], r[ok], delta[ok]

    def best_moves(self, cut: np.ndarray) -> dict[tuple[int, int], tuple[float, int]]:
        """Cheapest move per (donor, receiver): (added seconds, zone)."""
        z, d, r, delta = self.moves(cut)
        if len(z) == 0:
            return {}
        key = d * self.k + r
        order = np.lexsort((z, delta, key))
        first = np.ones(len(order), dtype=bool)
        first[1:] = key[order][1:] != key[order][:-1]
        return {(int(d[i]), int(r[i])): (float(delta[i]), int(z[i])) for i in order[first]}

    def moves_between(self, d: int, r: int) -> list[int]:
        """The allowed zones from d to r now, cheapest first (ties by zone index)."""
        if self.count[d] <= 1:
            return []
        cut = cut_vertices(self.members(d), self.nbrs, self.a, d)
        found = []
        for z in self.members(d):
            if z in cut or self.pinned[z]:
                continue
            if self.count[r] > 0 and not (self.a[self.nbrs[z]] == r).any():
                continue
            delta = self.cost[z, r] - self.cost[z, d]
            if np.isfinite(delta):
                found.append((delta, z))
        return [z for _, z in sorted(found)]

    # -- step 3
    def _path(self, edges: dict, start: int, forward: bool, goal) -> list[int] | None:
        """Cheapest chain of stations from ``start`` (forward) or into it, to one meeting ``goal``."""
        adj: dict[int, list[tuple[float, int]]] = {}
        for (d, r), (delta, _) in edges.items():
            a, b = (d, r) if forward else (r, d)
            adj.setdefault(a, []).append((max(delta, 0.0) + _HOP_S, b))
        dist = {start: 0.0}
        prev: dict[int, int] = {}
        heap = [(0.0, start)]
        done: set[int] = set()
        while heap:
            dd, v = heapq.heappop(heap)
            if v in done:
                continue
            done.add(v)
            if v != start and goal(v):
                path = [v]
                while path[-1] != start:
                    path.append(prev[path[-1]])
                return path[::-1] if forward else path
            for w_cost, w in sorted(adj.get(v, ())):
                nd = dd + w_cost
                if w not in done and nd < dist.get(w, np.inf) - 1e-12:
                    dist[w] = nd
                    prev[w] = v
                    heapq.heappush(heap, (nd, w))
        return None

    def _restore(self, saved: np.ndarray) -> None:
        self._dirty.update(
            int(s) for s in np.unique(np.concatenate([self.a[self.a != saved], saved[self.a != saved]]))
        )
        self.a = saved
        self.count = np.bincount(saved, minlength=self.k).astype(np.int64)

    def _run_chain(self, path: list[int]) -> tuple[int, int] | None:
        """Make the chain's moves; when a link has no allowed move, undo all and return it.

        A zone a station has just received can make the zone it was to pass on a cut vertex,
        so each link tries its few cheapest zones before the chain gives up."""
        saved = self.a.copy()
        links = list(zip(path[:-1], path[1:]))
        stuck = [len(links)]

        def run(i: int) -> bool:
            if i == len(links):
                return True
            d, r = links[i]
            for z in self.moves_between(d, r)[:_CHAIN_CHOICES]:
                before = self.a.copy()
                self.set(z, r)
                if run(i + 1):
                    return True
                self._restore(before)
            stuck[0] = min(stuck[0], i)
            return False

        if run(0):
            return None
        self._restore(saved)
        return links[stuck[0]]

    @staticmethod
    def _penalty(c, lo, hi):
        """Squared distance of a zone count from its bounds: evening out deficits lowers it."""
        return np.maximum(lo - c, 0) ** 2 + np.maximum(c - hi, 0) ** 2

    def _change(self, s: int, step: int, lo: np.ndarray, hi: np.ndarray) -> int:
        c = int(self.count[s])
        return int(self._penalty(c + step, lo[s], hi[s]) - self._penalty(c, lo[s], hi[s]))

    def balance(self, lo: np.ndarray, hi: np.ndarray, limit: int) -> None:
        """Chains of moves lowering the squared bound violation (``lo``/``hi``) while the
        counts stay within the bounds worked to (``self.lo``/``self.hi``)."""
        banned: set[tuple[int, int]] = set()
        for _ in range(limit):
            penalty = self._penalty(self.count, lo, hi)
            if not penalty.any():
                return
            cut = self.cut_mask()
            edges = {e: m for e, m in self.best_moves(cut).items() if e not in banned}
            progressed = False
            for s in sorted(np.flatnonzero(penalty > 0), key=lambda s: (-penalty[s], s)):
                s = int(s)
                if self.count[s] < lo[s]:
                    gain = self._change(s, +1, lo, hi)

                    def donor(v, gain=gain):
                        return self.count[v] > self.lo[v] and self._change(v, -1, lo, hi) + gain < 0

                    path = self._path(edges, s, False, donor)
                else:
                    gain = self._change(s, -1, lo, hi)

                    def receiver(v, gain=gain):
                        return self.count[v] < self.hi[v] and self._change(v, +1, lo, hi) + gain < 0

                    path = self._path(edges, s, True, receiver)
                if path is None:
                    continue
                failed = self._run_chain(path)
                if failed is None:
                    banned.clear()
                else:
                    # Planned on a state the chain's own first moves changed: try another.
                    banned.add(failed)
                progressed = True
                break
            if not progressed:
                return

    # -- step 4
    def improve(self, lo: np.ndarray, hi: np.ndarray, limit: int) -> None:
        """Moves and swaps that save travel time without worsening the balance."""
        # Swaps may not split a station further than it already is (an island stays one).
        self._pieces = {
            s: max(1, len(components(self.members(s), self.nbrs, self.a, s))) for s in range(self.k)
        }
        for _ in range(limit):
            cut = self.cut_mask()
            z, d, r, delta = self.moves(cut)
            c_d, c_r = self.count[d], self.count[r]
            worse = (
                self._penalty(c_d - 1, lo[d], hi[d])
                - self._penalty(c_d, lo[d], hi[d])
                + self._penalty(c_r + 1, lo[r], hi[r])
                - self._penalty(c_r, lo[r], hi[r])
            )
            keep = (delta < -_GAIN_S) & (c_d > self.lo[d]) & (c_r < self.hi[r]) & (worse <= 0)
            if keep.any():
                i = np.flatnonzero(keep)
                j = i[np.lexsort((z[i], delta[i]))[0]]
                self.set(int(z[j]), int(r[j]))
                continue
            if not self._swap(z, d, r, delta):
                return

    def _swap(self, z, d, r, delta) -> bool:
        """One zone each way between two stations, if together they save time."""
        order = np.lexsort((z, delta))
        by_pair: dict[tuple[int, int], list[tuple[float, int]]] = {}
        for i in order:
            key = (int(d[i]), int(r[i]))
            lst = by_pair.setdefault(key, [])
            if len(lst) < 6 and not any(zz == int(z[i]) for _, zz in lst):
                lst.append((float(delta[i]), int(z[i])))
        for (a, b), there in sorted(by_pair.items()):
            if a > b or (b, a) not in by_pair:
                continue
            back = by_pair[(b, a)]
            for d1, z1 in there:
                for d2, z2 in back:
                    if d1 + d2 >= -_GAIN_S or z1 == z2:
                        continue
                    saved = self.a.copy()
                    self.set(z1, b)
                    self.set(z2, a)
                    if all(
                        len(components(self.members(s), self.nbrs, self.a, s)) <= self._pieces[s]
                        for s in (a, b)
                    ):
                        return True
                    self._restore(saved)
        return False


def assign_zones(
    times_s: np.ndarray,
    adjacency,
    lower,
    upper,
    shared_m: Sequence[float] | None = None,
    home: Sequence[int] | None = None,
    max_rounds: int | None = None,
) -> Assignment:
    """Assign zones to stations; see the module docstring for the method.

    ``times_s`` (zones × stations) seconds, ``inf`` where not reached. ``adjacency`` (i, j)
    zone pairs sharing boundary, ``shared_m`` their shared length (used to give a zone no
    station reaches to the neighbour it shares most boundary with). ``lower``/``upper`` are
    per-station zone counts (or one number for all). ``home`` is the zone each station
    stands in (-1: none; see :func:`home_zones`): it stays with the station.
    """
    times = np.asarray(times_s, dtype=float)
    if times.ndim != 2:
        raise AssignmentError("travel times must be a zones × stations matrix")
    n, k = times.shape
    if k == 0:
        raise AssignmentError("there are no stations")
    if np.isnan(times).any():
        raise AssignmentError("travel times contain NaN")
    lower_arr = np.broadcast_to(np.asarray(lower, dtype=np.int64), (k,)).copy()
    upper_arr = np.broadcast_to(np.asarray(upper, dtype=np.int64), (k,)).copy()
    if (lower_arr < 0).any():
        raise AssignmentError("a minimum zone count is negative")
    bad = np.flatnonzero(lower_arr > upper_arr)
    if len(bad):
        raise AssignmentError(
            f"station {int(bad[0])}: minimum {int(lower_arr[bad[0]])} above maximum {int(upper_arr[bad[0]])}"
        )
    pairs = list(adjacency)
    nbrs = neighbour_lists(n, pairs)
    shared = None
    if shared_m is not None:
        shared = {(min(int(i), int(j)), max(int(i), int(j))): float(m) for (i, j), m in zip(pairs, shared_m)}

    finite = np.isfinite(times)
    rows = np.arange(n)
    # argmin takes the first of equal times: ties go to the lower station index.
    grid = on_grid(times)
    fastest = np.where(finite.any(axis=1), np.argmin(grid, axis=1), -1).astype(np.int64)
    fastest_s = np.where(fastest >= 0, times[rows, np.maximum(fastest, 0)], np.inf)

    # A station takes only zones it can reach (or that nobody reaches).
    unreached = ~finite.any(axis=1)
    reach = (finite | unreached[:, None]).sum(axis=0)
    nobody = reach == 0
    lo_cap = np.minimum(lower_arr, reach)
    hi_cap = np.where(nobody, 0, upper_arr)
    lo_used, hi_used = relaxed_bounds(lo_cap, hi_cap, n)

    home_arr = (
        np.full(k, -1, dtype=np.int64) if home is None else np.asarray(home, dtype=np.int64).reshape(-1)
    )
    if len(home_arr) != k:
        raise AssignmentError(f"{len(home_arr)} home zones for {k} stations")
    # A station that cannot reach the zone it stands in does not keep it.
    home_arr = np.where(
        (home_arr >= 0)
        & np.isfinite(times[np.clip(home_arr, 0, max(n - 1, 0)), np.arange(k)] if n else False),
        home_arr,
        -1,
    )
    taken = home_arr[home_arr >= 0]
    if len(taken) != len(np.unique(taken)) or (taken >= n).any():
        raise AssignmentError("home zones must be distinct zones")
    solver = _Solver(grid, nbrs, lo_used, hi_used, shared, home_arr)
    if n:
        solver.initial(fastest)
        solver.repair_contiguity()
        rounds = max_rounds if max_rounds is not None else 20 * n + 100
        solver.balance(lo_used, hi_used, rounds)  # within what the totals allow
        solver.balance(lo_cap, hi_cap, rounds)  # then as close to the asked bounds as they allow
        solver.improve(lo_cap, hi_cap, rounds)

    station = solver.a
    counts = np.bincount(station, minlength=k).astype(np.int64)
    time_s = times[rows, station] if n else np.zeros(0)
    result = Assignment(
        station=station,
        fastest=fastest,
        time_s=time_s,
        fastest_s=fastest_s,
        counts=counts,
        lower=lower_arr,
        upper=upper_arr,
        lower_used=lo_used,
        upper_used=hi_used,
    )
    result.unmet = _unmet(solver, result, reach, nbrs)
    return result


def on_grid(times_s: np.ndarray) -> np.ndarray:
    """Times rounded to ``RESOLUTION_S`` (infinity stays infinite)."""
    times = np.asarray(times_s, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.where(np.isfinite(times), np.round(times / RESOLUTION_S) * RESOLUTION_S, times)


def _station_graph(station: np.ndarray, nbrs: list[np.ndarray], k: int) -> list[set[int]]:
    adj: list[set[int]] = [set() for _ in range(k)]
    for z, ws in enumerate(nbrs):
        for w in ws:
            a, b = int(station[z]), int(station[w])
            if a != b:
                adj[a].add(b)
    return adj


def _unmet(solver: _Solver, res: Assignment, reach: np.ndarray, nbrs: list[np.ndarray]) -> list[Unmet]:
    k = len(res.counts)
    adj = _station_graph(res.station, nbrs, k)
    out: list[Unmet] = []
    for s in range(k):
        c = int(res.counts[s])
        if c < res.lower[s]:
            if reach[s] < res.lower[s]:
                reason = "reach"
            elif c >= res.lower_used[s]:
                reason = "total"
            elif any(res.counts[o] > res.lower_used[o] for o in adj[s]):
                reason = "contiguity"
            else:
                reason = "neighbours"
            out.append(Unmet(s, "min", c, int(res.lower[s]), reason))
        elif c > res.upper[s]:
            if c <= res.upper_used[s]:
                reason = "total"
            elif any(res.counts[o] < res.upper_used[o] for o in adj[s]):
                reason = "contiguity"
            else:
                reason = "neighbours"
            out.append(Unmet(s, "max", c, int(res.upper[s]), reason))
        members = [int(z) for z in np.flatnonzero(res.station == s)]
        pieces = components(members, nbrs, res.station, s)
        if len(pieces) > 1:
            home = set(solver.home_piece(s, pieces))
            away = tuple(z for p in pieces if not home.intersection(p) for z in p)
            out.append(Unmet(s, "contiguity", c, len(pieces), "isolated", away))
    return out
