"""Incident hot spots along the streets: kernel density on the road network.

Distances are along the roads (one-way rules do not matter to where incidents cluster).
Each incident spreads a quartic kernel of half-width ``bandwidth`` outwards along the roads;
at a junction of n roads the mass going on is split equally over the n - 1 other roads, and
at a dead end it turns back, so every incident adds exactly its weight to the network (the
equal-split kernel of Okabe, Satoh and Sugihara 2009, as spNetwork and GRASS v.kernel use).
The roads are cut into lixels of about ``lixel`` metres; each lixel gets the exact integral
of the kernel over it (not its value at the centre), so the masses add up to the weights.

All incidents are walked at once: a frontier of (node, road it came by, distance, mass)
states expands a junction per step, in whole-array numpy steps.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np

from .isochrones import _ranges
from .network import RoadNetwork, Snapped

# The quartic kernel's integral from 0 to x (x in bandwidths, 0..1): 15/16 (x - 2x³/3 + x⁵/5).


def _half_cdf(x: np.ndarray) -> np.ndarray:
    x = np.clip(x, 0.0, 1.0)
    return 15.0 / 16.0 * (x - 2.0 * x**3 / 3.0 + x**5 / 5.0)


def _signed_cdf(t: np.ndarray, h: float) -> np.ndarray:
    return np.sign(t) * _half_cdf(np.abs(t) / h)


@dataclass
class Lixels:
    seg: np.ndarray  # segment of each lixel
    first: np.ndarray  # per segment: index of its first lixel
    count: np.ndarray  # per segment: number of lixels
    length_m: np.ndarray  # ground length of each lixel
    s0: np.ndarray  # fraction along the segment where each lixel starts
    s1: np.ndarray  # ...and ends


def lixels(network: RoadNetwork, lixel_m: float) -> Lixels:
    """Every segment cut into equal pieces at most ``lixel_m`` long (planar)."""
    k = np.maximum(1, np.ceil(network.planar_length / max(float(lixel_m), 1e-9))).astype(np.int64)
    first = np.cumsum(k) - k
    seg = np.repeat(np.arange(network.n_segments), k)
    i = np.arange(int(k.sum())) - np.repeat(first, k)
    kk = np.repeat(k, k)
    return Lixels(seg, first, k, network.length_m[seg] / kk, i / kk, (i + 1) / kk)


def kde(
    network: RoadNetwork,
    events: Snapped,
    weights: np.ndarray,
    bandwidth_m: float,
    lix: Lixels,
    max_states: int = 5_000_000,
    chunk: int = 256,
) -> np.ndarray:
    """Kernel mass per lixel (sums to the weights of the snapped events).

    Events at the same place are walked once with their weights added; the rest in chunks
    of ``chunk`` places, so the frontier stays small however many incidents there are."""
    h = float(bandwidth_m)
    mass = np.zeros(len(lix.seg))
    ok = np.flatnonzero(events.ok)
    if not len(ok) or h <= 0:
        return mass
    place = np.column_stack([events.segment[ok].astype(float), events.fraction[ok]])
    unique, inverse = np.unique(place, axis=0, return_inverse=True)
    w = np.bincount(inverse.ravel(), weights=np.asarray(weights, dtype=float)[ok], minlength=len(unique))
    seg_all = unique[:, 0].astype(np.int64)
    frac_all = unique[:, 1]
    ends = _node_ends(network)
    for start in range(0, len(unique), max(1, int(chunk))):
        part = slice(start, start + chunk)
        _walk(network, seg_all[part], frac_all[part], w[part], h, lix, ends, mass, max_states)
    return mass


def _node_ends(network: RoadNetwork):
    """Ends of segments at each node (undirected): end id = 2 * segment + (0 at seg_u, 1 at seg_v)."""
    ends_node = np.concatenate([network.seg_u, network.seg_v])
    end_id = np.concatenate([2 * np.arange(network.n_segments), 2 * np.arange(network.n_segments) + 1])
    order = np.argsort(ends_node, kind="stable")
    start = np.searchsorted(ends_node[order], np.arange(network.n_nodes + 1))
    return end_id[order], start, np.diff(start)


def _walk(network, seg, frac, w, h, lix, ends, mass, max_states) -> None:
    by_node, start, degree = ends
    length = network.length_m
    x = frac * length[seg]  # ground metres from the segment's start node

    # The event's own segment: signed distance from the event to each lixel's ends.
    n_l = lix.count[seg]
    idx = _ranges(lix.first[seg], n_l)
    rep = np.repeat(np.arange(len(seg)), n_l)
    a = lix.s0[idx] * length[seg[rep]] - x[rep]
    b = lix.s1[idx] * length[seg[rep]] - x[rep]
    np.add.at(mass, idx, w[rep] * (_signed_cdf(b, h) - _signed_cdf(a, h)))

    # Walkers leave the event towards both ends of its segment.
    node = np.concatenate([network.seg_u[seg], network.seg_v[seg]])
    came = np.concatenate([2 * seg, 2 * seg + 1])  # the end they arrived through
    dist = np.concatenate([x, length[seg] - x])
    m = np.concatenate([w, w])
    live = dist < h
    node, came, dist, m = node[live], came[live], dist[live], m[live]
    while len(node):
        if len(node) > max_states:
            raise MemoryError(f"kernel walk needs more than {max_states} states; use a smaller bandwidth")
        deg = degree[node]
        # Onto every other road at the node, or back the same road at a dead end.
        n_out = np.where(deg > 1, deg - 1, 1)
        cand = _ranges(start[node], deg)
        who = np.repeat(np.arange(len(node)), deg)
        end = by_node[cand]
        keep = (end != came[who]) | (deg[who] == 1)
        end, who = end[keep], who[keep]
        share = m[who] / n_out[who]
        s = end // 2
        from_v = (end % 2).astype(bool)  # entering at its seg_v end: distance grows towards u
        d0 = dist[who]
        # Lixels of s within reach.
        cnt = lix.count[s]
        li = _ranges(lix.first[s], cnt)
        r = np.repeat(np.arange(len(s)), cnt)
        span = length[s[r]]
        lo = np.where(from_v[r], (1.0 - lix.s1[li]) * span, lix.s0[li] * span) + d0[r]
        hi = np.where(from_v[r], (1.0 - lix.s0[li]) * span, lix.s1[li] * span) + d0[r]
        near = lo < h
        np.add.at(mass, li[near], share[r[near]] * (_half_cdf(hi[near] / h) - _half_cdf(lo[near] / h)))
        # Arrive at the far end.
        far_d = d0 + length[s]
        go = far_d < h
        node = np.where(from_v, network.seg_u[s], network.seg_v[s])[go]
        came = np.where(from_v, 2 * s, 2 * s + 1)[go]
        dist = far_d[go]
        m = share[go]


# --------------------------------------------------------------------------- time filters
_RANGE = re.compile(r"^\s*(\d{1,2})\s*(?:[-–~]\s*(\d{1,2}))?\s*$")


def parse_hours(text: str) -> np.ndarray | None:
    """ "20-8" → hours 20..23 and 0..7 (a range ends before its last hour; it may wrap
    midnight); "7-9,17-19"; "" → None (all hours). Raises ValueError naming the bad part."""
    return _parse_set(text, 0, 23, wrap=True, what="hour")


def parse_weekdays(text: str) -> np.ndarray | None:
    """ "1-5" → Monday..Friday (ISO: 1 = Monday, 7 = Sunday), inclusive; "" → None."""
    return _parse_set(text, 1, 7, wrap=False, what="weekday")


def _parse_set(text: str, lo: int, hi: int, wrap: bool, what: str) -> np.ndarray | None:
    text = (text or "").strip()
    if not text:
        return None
    keep = np.zeros(hi + 1, dtype=bool)
    for part in re.split(r"[,，;；]+", text):
        if not part.strip():
            continue
        match = _RANGE.match(part)
        if not match:
            raise ValueError(f"“{part.strip()}” is not a {what} or a range of them")
        a = int(match.group(1))
        b = int(match.group(2)) if match.group(2) is not None else None
        for v in (a, b):
            if v is not None and not (lo <= v <= (24 if wrap else hi)):
                raise ValueError(f"“{part.strip()}”: {v} is not a {what} ({lo}–{hi})")
        if b is None:
            keep[a % (hi + 1) if wrap else a] = True
        elif wrap:
            # Hours: [a, b) going round the clock.
            h = a
            while h % 24 != b % 24:
                keep[h % 24] = True
                h += 1
            if a % 24 == b % 24:
                keep[:] = True
        else:
            if b < a:
                raise ValueError(f"“{part.strip()}”: the range runs backwards")
            keep[a : b + 1] = True
    return np.flatnonzero(keep[lo:]) + lo


def time_filter(
    times: list[dt.datetime | None],
    start: dt.datetime | None,
    end: dt.datetime | None,
    hours: np.ndarray | None,
    weekdays: np.ndarray | None,
) -> np.ndarray:
    """Which incidents fall in [start, end), in the hours and on the weekdays asked for."""
    out = np.zeros(len(times), dtype=bool)
    hour_set = None if hours is None else set(int(h) for h in hours)
    day_set = None if weekdays is None else set(int(d) for d in weekdays)
    for i, t in enumerate(times):
        if t is None:
            continue
        if start is not None and t < start:
            continue
        if end is not None and t >= end:
            continue
        if hour_set is not None and t.hour not in hour_set:
            continue
        if day_set is not None and t.isoweekday() not in day_set:
            continue
        out[i] = True
    return out


def rank_density(density: np.ndarray, top_pct: float) -> tuple[np.ndarray, np.ndarray]:
    """(rank, hotspot): rank 1 is the densest (ties share the better rank's order by index);
    hot spots are the top ``top_pct`` % of lixels by count, among those with any density."""
    n = len(density)
    order = np.lexsort((np.arange(n), -density))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(1, n + 1)
    k = int(np.ceil(n * float(top_pct) / 100.0))
    hot = (rank <= k) & (density > 0)
    return rank, hot
