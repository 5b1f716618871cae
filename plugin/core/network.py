"""The road graph and shortest travel times, without QGIS.

Geometry arrives twice: in a planar metric "work CRS" (snapping, drawing polygons) and in
lon/lat (true ground lengths), so a layer in EPSG:4326 or Web Mercator still gets correct
metres. Every vertex is a node; routes may start and end part-way along a segment, which
is handled by adding "virtual" nodes to a copy of the graph for each query, so all the
searching is done by ``scipy.sparse.csgraph.dijkstra``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import breadth_first_order, connected_components, dijkstra
from scipy.spatial import cKDTree

from .geodesy import geodesic_lengths

# A strongly connected part of the network with this share of the largest one's length,
# and at least this long, counts as main network too (see RoadNetwork.attached).
MAIN_NETWORK_SHARE = 0.05
MAIN_NETWORK_MIN_M = 2000.0

# Spacing of the points that index segments for snapping, in work-CRS metres.
ANCHOR_SPACING = 100.0


class NetworkError(ValueError):
    """The road data cannot make a usable network; the message says why (and which feature)."""


class Cancelled(Exception):  # noqa: N818 - the adapter catches it by this name
    """The user cancelled a long computation through its progress callback."""


@dataclass
class Snapped:
    """Points placed on the network: on ``segment`` at ``fraction`` (0 = its start node)."""

    segment: np.ndarray  # int, -1 where the point was too far from any road
    fraction: np.ndarray  # float, 0..1 along the segment
    distance: np.ndarray  # float, metres from the input point to the road
    point: np.ndarray  # (m, 2) snapped coordinates in the work CRS

    def __len__(self) -> int:
        return int(len(self.segment))

    @property
    def ok(self) -> np.ndarray:
        return self.segment >= 0

    def subset(self, index) -> Snapped:
        return Snapped(self.segment[index], self.fraction[index], self.distance[index], self.point[index])

    @classmethod
    def empty(cls) -> Snapped:
        return cls(np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0), np.zeros((0, 2)))


def _distinct_positions(xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(index of each vertex's position among the distinct ones, distinct positions):
    ways sharing a vertex repeat it exactly, and sorting folds those repeats."""
    n = len(xy)
    order = np.lexsort((xy[:, 1], xy[:, 0]))
    sorted_xy = xy[order]
    new = np.ones(n, dtype=bool)
    new[1:] = (sorted_xy[1:] != sorted_xy[:-1]).any(axis=1)
    exact = np.empty(n, dtype=np.int64)
    exact[order] = np.cumsum(new) - 1
    return exact, sorted_xy[new]


def _merge_vertices(xy: np.ndarray, tolerance: float, distinct=None) -> tuple[np.ndarray, np.ndarray]:
    """Node label per vertex and node coordinates; vertices within ``tolerance`` merge.

    Exact duplicates (the usual case: ways sharing a vertex) fold first by sorting, so the
    KD-tree sees each position once and a pile of identical bad vertices cannot explode
    into millions of pairs. Merging is transitive (a chain of close vertices becomes one
    node), which is what digitising slop looks like. Nodes sit at the mean position.
    ``distinct`` is :func:`_distinct_positions` of ``xy`` when already known.
    """
    exact, unique_xy = _distinct_positions(xy) if distinct is None else distinct
    m = len(unique_xy)
    labels = exact
    n_nodes = m
    if tolerance > 0 and m > 1:
        pairs = cKDTree(unique_xy).query_pairs(tolerance, output_type="ndarray")
        if len(pairs):
            adjacency = coo_matrix(
                (np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(m, m)
            )
            n_nodes, comp = connected_components(adjacency, directed=False)
            labels = comp[exact]
    counts = np.bincount(labels, minlength=n_nodes).astype(float)
    node_xy = np.column_stack(
        [
            np.bincount(labels, weights=xy[:, 0], minlength=n_nodes) / counts,
            np.bincount(labels, weights=xy[:, 1], minlength=n_nodes) / counts,
        ]
    )
    return labels.astype(np.int64), node_xy


def same_segment_pairs(seg_a: np.ndarray, seg_b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All index pairs (i, j) with seg_a[i] == seg_b[j], without a Python loop."""
    seg_a = np.asarray(seg_a)
    seg_b = np.asarray(seg_b)
    if len(seg_a) == 0 or len(seg_b) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    order = np.argsort(seg_b, kind="stable")
    sorted_b = seg_b[order]
    lo = np.searchsorted(sorted_b, seg_a, side="left")
    n_pairs = np.searchsorted(sorted_b, seg_a, side="right") - lo
    total = int(n_pairs.sum())
    if total == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    i = np.repeat(np.arange(len(seg_a)), n_pairs)
    run_start = np.repeat(np.cumsum(n_pairs) - n_pairs, n_pairs)
    j = order[np.repeat(lo, n_pairs) + np.arange(total) - run_start]
    return i.astype(np.int64), j.astype(np.int64)


def _point_segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ab = b - a
    denom = np.einsum("ij,ij->i", ab, ab)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(denom > 0, np.einsum("ij,ij->i", p - a, ab) / denom, 0.0)
    t = np.clip(t, 0.0, 1.0)
    closest = a + t[:, None] * ab
    return np.hypot(p[:, 0] - closest[:, 0], p[:, 1] - closest[:, 1])


def normalise_offsets(offset_s, n: int) -> np.ndarray:
    """Turnout seconds per point as a float array; None means none, a scalar applies to all."""
    if offset_s is None:
        return np.zeros(n)
    off = np.asarray(offset_s, dtype=float).reshape(-1)
    if off.size == 1 and n != 1:
        off = np.full(n, float(off[0]))
    if len(off) != n:
        raise ValueError(f"{len(off)} offsets for {n} points")
    # A missing turnout time means none, not "unreachable".
    return np.where(np.isfinite(off), np.maximum(off, 0.0), 0.0)


def _csr(rows, cols, weights, n: int) -> csr_matrix:
    # Callers guarantee no duplicate (row, col) pairs, so nothing is summed; explicit zero
    # weights stay stored and csgraph treats them as zero-cost edges.
    return csr_matrix((weights, (rows, cols)), shape=(n, n))


def _chunked_dijkstra(graph: csr_matrix, rows: np.ndarray, first_node: int, limit_s: float, chunk: int):
    """(rows, distances) per chunk of sources, so memory stays chunk × n_nodes, never
    n_sources × n_nodes; row r searches from graph node ``first_node + r``."""
    chunk = max(1, int(chunk))
    for start in range(0, len(rows), chunk):
        idx = rows[start : start + chunk]
        yield idx, dijkstra(graph, directed=True, indices=first_node + idx, limit=limit_s)


class RoadNetwork:
    """A directed road graph with costs in seconds. Build it with :meth:`build`."""

    def __init__(
        self,
        node_xy: np.ndarray,
        seg_u: np.ndarray,
        seg_v: np.ndarray,
        seg_xy: np.ndarray,
        length_m: np.ndarray,
        cost_s: np.ndarray,
        forward: np.ndarray,
        backward: np.ndarray,
        feature_id: np.ndarray,
        part: np.ndarray,
    ):
        self.node_xy = node_xy
        self.seg_u = seg_u
        self.seg_v = seg_v
        self.seg_xy = seg_xy  # (k, 2, 2): start and end coordinates in the work CRS
        self.length_m = length_m
        self.cost_s = cost_s
        self.forward = forward
        self.backward = backward
        self.feature_id = feature_id
        self.part = part
        delta = seg_xy[:, 1] - seg_xy[:, 0]
        # Work-CRS length, for sampling distances and drawing; costs use length_m.
        self.planar_length = np.hypot(delta[:, 0], delta[:, 1])

        rows = np.concatenate([seg_u[forward], seg_v[backward]])
        cols = np.concatenate([seg_v[forward], seg_u[backward]])
        weights = np.concatenate([cost_s[forward], cost_s[backward]])
        # Parallel ways (dual carriageways drawn twice, duplicated features) give repeated
        # edges; a sparse matrix would add their costs, so keep only the cheapest. One
        # integer key sorts several times faster than a three-key lexsort.
        n = max(len(node_xy), 1)
        key = rows * n + cols
        order = np.argsort(key, kind="stable")
        key = key[order]
        first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        self._edge_rows = key[first] // n
        self._edge_cols = key[first] % n
        self._edge_w = np.minimum.reduceat(weights[order], first) if len(first) else weights[:0]
        self._anchors = None
        self._lines = None
        self._memo: dict = {}

    # ------------------------------------------------------------------ construction
    @classmethod
    def build(
        cls,
        lines: list[np.ndarray],
        lonlat: list[np.ndarray],
        feature_ids: Sequence[int],
        speed_kmh: np.ndarray,
        forward: np.ndarray,
        backward: np.ndarray,
        tolerance: float = 0.5,
    ) -> RoadNetwork:
        """The network from one (n, 2) work-CRS array and one lon/lat array per line part."""
        n_parts = len(lines)
        if n_parts == 0:
            raise NetworkError("the road layer has no lines")
        if len(lonlat) != n_parts:
            raise NetworkError(f"lonlat has {len(lonlat)} entries but there are {n_parts} line parts")
        fids = np.asarray(feature_ids).reshape(-1)
        xy_parts, ll_parts = [], []
        for i in range(n_parts):
            xy = np.asarray(lines[i], dtype=float)
            ll = np.asarray(lonlat[i], dtype=float)
            if xy.ndim != 2 or xy.shape[1] < 2 or ll.ndim != 2 or ll.shape[1] < 2:
                raise NetworkError(
                    f"feature {fids[i] if i < len(fids) else i}: coordinates are not (n, 2) arrays"
                )
            if len(xy) != len(ll):
                raise NetworkError(
                    f"feature {fids[i] if i < len(fids) else i}: {len(xy)} work-CRS vertices but "
                    f"{len(ll)} lon/lat vertices"
                )
            xy_parts.append(xy[:, :2])
            ll_parts.append(ll[:, :2])
        counts = np.array([len(p) for p in xy_parts], dtype=np.int64)
        return cls.from_arrays(
            np.concatenate(xy_parts),
            np.concatenate(ll_parts),
            counts,
            fids,
            speed_kmh,
            forward,
            backward,
            tolerance,
        )

    @classmethod
    def from_arrays(
        cls,
        xy: np.ndarray,
        lonlat: np.ndarray | Callable[[np.ndarray], np.ndarray],
        counts: np.ndarray,
        feature_ids: Sequence[int],
        speed_kmh: np.ndarray,
        forward: np.ndarray,
        backward: np.ndarray,
        tolerance: float = 0.5,
    ) -> RoadNetwork:
        """The network from all vertices at once: ``xy`` and ``lonlat`` are (n, 2) arrays of
        every part's vertices one part after another, ``counts`` the vertices per part; the
        other arrays have one entry per part. No Python loop over parts or vertices.

        ``lonlat`` may instead be a function from work-CRS to lon/lat coordinates: it is
        then called once on the distinct vertex positions (junctions repeat vertices).
        """
        counts = np.asarray(counts, dtype=np.int64).reshape(-1)
        n_parts = len(counts)
        if n_parts == 0:
            raise NetworkError("the road layer has no lines")
        xy = np.asarray(xy, dtype=float)
        distinct = None
        if callable(lonlat):
            if xy.ndim != 2 or xy.shape[1] < 2:
                raise NetworkError("coordinates are not an (n, 2) array")
            distinct = _distinct_positions(xy[:, :2])
            ll = np.asarray(lonlat(distinct[1]), dtype=float)[:, :2][distinct[0]]
        else:
            ll = np.asarray(lonlat, dtype=float)
        if xy.ndim != 2 or ll.ndim != 2 or xy.shape[1] < 2 or ll.shape[1] < 2 or len(xy) != len(ll):
            raise NetworkError("coordinates are not (n, 2) arrays of the same length")
        if int(counts.sum()) != len(xy) or (counts < 0).any():
            raise NetworkError(
                f"the part sizes add up to {int(counts.sum())} vertices but there are {len(xy)}"
            )
        xy, ll = xy[:, :2], ll[:, :2]
        fids = np.asarray(feature_ids).reshape(-1)
        speed = np.asarray(speed_kmh, dtype=float).reshape(-1)
        fwd = np.asarray(forward, dtype=bool).reshape(-1)
        bwd = np.asarray(backward, dtype=bool).reshape(-1)
        for name, arr in (("feature_ids", fids), ("speed_kmh", speed), ("forward", fwd), ("backward", bwd)):
            if len(arr) != n_parts:
                raise NetworkError(f"{name} has {len(arr)} entries but there are {n_parts} line parts")

        usable = np.isfinite(speed) & (speed > 0) & (fwd | bwd)
        kept_part = usable & (counts >= 2)
        if not kept_part.any():
            if not usable.any():
                raise NetworkError("the network has no line with a usable speed")
            raise NetworkError("the lines with a usable speed have fewer than two vertices")
        part_of_vertex = np.repeat(np.arange(n_parts), counts)
        keep_vertex = kept_part[part_of_vertex]
        if not keep_vertex.all():
            xy, ll, part_of_vertex = xy[keep_vertex], ll[keep_vertex], part_of_vertex[keep_vertex]
            distinct = None
        bad = ~(np.isfinite(xy).all(axis=1) & np.isfinite(ll).all(axis=1))
        if bad.any():
            fid = fids[part_of_vertex[np.argmax(bad)]]
            raise NetworkError(f"feature {fid}: a vertex has no valid coordinates")
        bad = (np.abs(ll[:, 1]) > 90.0) | (np.abs(ll[:, 0]) > 540.0)
        if bad.any():
            fid = fids[part_of_vertex[np.argmax(bad)]]
            raise NetworkError(f"feature {fid}: lon/lat coordinates out of range (not degrees?)")
        labels, node_xy = _merge_vertices(xy, float(tolerance), distinct)

        starts = np.flatnonzero(part_of_vertex[:-1] == part_of_vertex[1:])
        ends = starts + 1
        seg_u = labels[starts]
        seg_v = labels[ends]
        # A segment shorter than the tolerance collapses onto one node: no edge to keep.
        keep = seg_u != seg_v
        starts, ends, seg_u, seg_v = starts[keep], ends[keep], seg_u[keep], seg_v[keep]
        if len(starts) == 0:
            raise NetworkError("the lines with a usable speed have no segment longer than the tolerance")

        part = part_of_vertex[starts]
        length = geodesic_lengths(ll[starts], ll[ends])
        cost = length / (speed[part] / 3.6)
        seg_xy = np.stack([xy[starts], xy[ends]], axis=1)

        # Drop nodes no segment uses (vertices of degenerate segments only).
        used = np.zeros(len(node_xy), dtype=bool)
        used[seg_u] = True
        used[seg_v] = True
        if not used.all():
            new_id = np.cumsum(used) - 1
            seg_u, seg_v = new_id[seg_u], new_id[seg_v]
            node_xy = node_xy[used]

        return cls(
            node_xy=node_xy,
            seg_u=seg_u.astype(np.int64),
            seg_v=seg_v.astype(np.int64),
            seg_xy=seg_xy,
            length_m=length,
            cost_s=cost,
            forward=fwd[part],
            backward=bwd[part],
            feature_id=fids[part],
            part=part,
        )

    # ------------------------------------------------------------------ properties
    @property
    def n_nodes(self) -> int:
        return int(len(self.node_xy))

    @property
    def n_segments(self) -> int:
        return int(len(self.seg_u))

    @property
    def total_length_m(self) -> float:
        return float(self.length_m.sum())

    @property
    def graph(self) -> csr_matrix:
        return _csr(self._edge_rows, self._edge_cols, self._edge_w, self.n_nodes)

    def extent(self) -> tuple[float, float, float, float]:
        pts = self.seg_xy.reshape(-1, 2)
        return (
            float(pts[:, 0].min()),
            float(pts[:, 1].min()),
            float(pts[:, 0].max()),
            float(pts[:, 1].max()),
        )

    def memo(self, key, build):
        """``build()``, worked out once per network and ``key``: arrays derived from the
        graph that several queries share (sample positions, components). The network is
        not changed after it is built, so they never go stale; only the latest few keys
        are kept, so changing widths cannot pile them up."""
        if key not in self._memo:
            value = build()
            while len(self._memo) >= 8:
                self._memo.pop(next(iter(self._memo)))
            self._memo[key] = value
        return self._memo[key]

    # ------------------------------------------------------------------ connectivity
    def attached(
        self, min_share: float = MAIN_NETWORK_SHARE, min_length_m: float = MAIN_NETWORK_MIN_M
    ) -> np.ndarray:
        """Per segment: can it be driven to from the main road network?

        The main network is the largest strongly connected part (where every road can be
        driven to from every other), together with any other such part holding at least
        ``min_share`` of its length and ``min_length_m`` metres (a second town, an island
        with its own streets; not a parking lot drawn apart from the street). Road
        reachable from there is attached; the rest cannot be reached by a unit on the main
        network however long it drives: pieces drawn without a shared vertex (service
        roads, parking aisles), and one-way roads that can only be entered from paths.
        A network without any two-way loop has no such core: then every segment counts.
        """

        def build():
            n_comp, label = connected_components(self.graph, directed=True, connection="strong")
            inner = label[self.seg_u] == label[self.seg_v]
            length = np.bincount(label[self.seg_u][inner], weights=self.length_m[inner], minlength=n_comp)
            if len(length) == 0 or length.max() <= 0:
                return np.ones(self.n_segments, dtype=bool)
            cores = np.flatnonzero((length >= min_share * length.max()) & (length >= min_length_m))
            cores = np.union1d(cores, [int(np.argmax(length))])
            # One node per core reaches all of it and everything it leads to: search from a
            # helper node linked to one node of each core.
            _, first_node = np.unique(label, return_index=True)
            starts = first_node[cores]
            n = self.n_nodes
            graph = _csr(
                np.concatenate([self._edge_rows, np.full(len(starts), n)]),
                np.concatenate([self._edge_cols, starts]),
                np.concatenate([self._edge_w, np.zeros(len(starts))]),
                n + 1,
            )
            reached = np.zeros(n + 1, dtype=bool)
            reached[breadth_first_order(graph, n, directed=True, return_predecessors=False)] = True
            return (self.forward & reached[self.seg_u]) | (self.backward & reached[self.seg_v])

        return self.memo(("attached", float(min_share), float(min_length_m)), build)

    def pieces(self, segments: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Group the flagged ``segments`` into pieces of road that touch each other:
        (piece number per segment, -1 for the others; ground length per piece), pieces
        numbered longest first."""
        flagged = np.flatnonzero(np.asarray(segments, dtype=bool))
        piece = np.full(self.n_segments, -1, dtype=np.int64)
        if len(flagged) == 0:
            return piece, np.zeros(0)
        links = coo_matrix(
            (np.ones(len(flagged), dtype=np.int8), (self.seg_u[flagged], self.seg_v[flagged])),
            shape=(self.n_nodes, self.n_nodes),
        )
        _, node_label = connected_components(links, directed=False)
        raw = node_label[self.seg_u[flagged]]
        used, dense = np.unique(raw, return_inverse=True)
        length = np.bincount(dense, weights=self.length_m[flagged], minlength=len(used))
        rank = np.empty(len(used), dtype=np.int64)
        rank[np.argsort(-length, kind="stable")] = np.arange(len(used))
        piece[flagged] = rank[dense]
        return piece, np.sort(length)[::-1]

    # ------------------------------------------------------------------ snapping
    def segment_lines(self):
        """Shapely LineStrings of the segments in the work CRS (built once)."""
        if self._lines is None:
            import shapely

            self._lines = shapely.linestrings(self.seg_xy)
        return self._lines

    def _anchor_index(self, allowed: np.ndarray | None = None):
        """A KD-tree of points along every segment (or every ``allowed`` one), at most half
        a piece from any point of their piece, and each point's segment: building it costs
        a fraction of an R-tree of 80k segment geometries, and it answers nearest-segment
        queries exactly (see :meth:`_nearest_segments`)."""
        key = (
            None
            if allowed is None
            else hashlib.blake2b(np.packbits(allowed).tobytes(), digest_size=16).digest()
        )

        def build():
            seg = np.arange(self.n_segments) if allowed is None else np.flatnonzero(allowed)
            pieces = np.maximum(1, np.ceil(self.planar_length[seg] / ANCHOR_SPACING)).astype(np.int64)
            seg = np.repeat(seg, pieces)
            start = np.cumsum(pieces) - pieces
            i = np.arange(len(seg)) - np.repeat(start, pieces)
            s = (i + 0.5) / np.repeat(pieces, pieces)
            ends = self.seg_xy[seg]
            points = ends[:, 0] + s[:, None] * (ends[:, 1] - ends[:, 0])
            # Every point of a segment lies within half a piece of one of its anchors.
            reach = (
                float(np.max(self.planar_length[seg] / np.repeat(pieces, pieces))) / 2.0 if len(seg) else 0.0
            )
            tree = cKDTree(points, balanced_tree=False, compact_nodes=False) if len(seg) else None
            return tree, seg, reach

        if key is None:
            if self._anchors is None:
                self._anchors = build()
            return self._anchors
        return self.memo(("anchors", key), build)

    def _nearest_segments(
        self, pts: np.ndarray, max_distance: float | None, allowed: np.ndarray | None = None
    ):
        """(point index, segment) of the nearest (``allowed``) segment to each point within
        ``max_distance`` (ties: the lowest segment number)."""
        tree, anchor_seg, reach = self._anchor_index(allowed)
        if tree is None or len(pts) == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        d_anchor, _ = tree.query(pts)
        # The nearest road point is no nearer than the nearest anchor minus ``reach``, and
        # the segment holding it has an anchor within its distance plus ``reach``.
        hopeful = np.flatnonzero(d_anchor - reach <= (np.inf if max_distance is None else max_distance))
        if len(hopeful) == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        found = tree.query_ball_point(pts[hopeful], d_anchor[hopeful] + 2.0 * reach + 1e-9)
        sizes = np.fromiter((len(f) for f in found), dtype=np.int64, count=len(found))
        which = np.repeat(hopeful, sizes)
        seg = anchor_seg[np.concatenate([np.asarray(f, dtype=np.int64) for f in found])]
        # One candidate per (point, segment).
        pair = np.unique(np.column_stack([which, seg]), axis=0)
        which, seg = pair[:, 0], pair[:, 1]
        dist = _point_segment_distance(pts[which], self.seg_xy[seg, 0], self.seg_xy[seg, 1])
        order = np.lexsort((seg, dist, which))
        first = order[np.r_[True, which[order][1:] != which[order][:-1]]]
        if max_distance is not None:
            first = first[dist[first] <= max_distance]
        return which[first], seg[first]

    def snap(
        self, points: np.ndarray, max_distance: float = 200.0, allowed: np.ndarray | None = None
    ) -> Snapped:
        """Nearest point on the nearest segment for each (x, y) in the work CRS; with
        ``allowed`` (a flag per segment) only on those segments."""
        pts = np.asarray(points, dtype=float).reshape(-1, 2)
        m = len(pts)
        segment = np.full(m, -1, dtype=np.int64)
        fraction = np.zeros(m)
        distance = np.full(m, np.inf)
        snapped = np.full((m, 2), np.nan)
        finite = np.flatnonzero(np.isfinite(pts).all(axis=1))
        if len(finite) == 0:
            return Snapped(segment, fraction, distance, snapped)
        limit = None if max_distance is None or not np.isfinite(max_distance) else float(max_distance)
        if allowed is not None:
            allowed = np.asarray(allowed, dtype=bool).reshape(-1)
            if len(allowed) != self.n_segments:
                raise ValueError(f"{len(allowed)} flags for {self.n_segments} segments")
        found_point, seg = self._nearest_segments(pts[finite], limit, allowed)
        which = finite[found_point]
        a = self.seg_xy[seg, 0]
        b = self.seg_xy[seg, 1]
        ab = b - a
        denom = np.einsum("ij,ij->i", ab, ab)
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(denom > 0, np.einsum("ij,ij->i", pts[which] - a, ab) / denom, 0.0)
        t = np.clip(t, 0.0, 1.0)
        on_line = a + t[:, None] * ab
        segment[which] = seg
        fraction[which] = t
        snapped[which] = on_line
        distance[which] = np.hypot(*(pts[which] - on_line).T)
        return Snapped(segment, fraction, distance, snapped)

    # ------------------------------------------------------------------ virtual nodes
    def _source_edges(self, sources: Snapped, first_id: int, offset_s: np.ndarray):
        """Edges from a virtual node per source onto its segment's ends (offset included)."""
        ok = np.flatnonzero(sources.ok)
        seg = sources.segment[ok]
        t = sources.fraction[ok]
        cost = self.cost_s[seg]
        off = offset_s[ok]
        node = first_id + ok
        # A point at a segment end is on that node, whatever the segment's direction.
        f = self.forward[seg] | (t >= 1.0)
        b = self.backward[seg] | (t <= 0.0)
        rows = np.concatenate([node[f], node[b]])
        cols = np.concatenate([self.seg_v[seg][f], self.seg_u[seg][b]])
        w = np.concatenate([off[f] + (1.0 - t[f]) * cost[f], off[b] + t[b] * cost[b]])
        return rows, cols, w

    def _target_edges(self, targets: Snapped, first_id: int):
        """Edges from a segment's ends into a virtual node per target."""
        ok = np.flatnonzero(targets.ok)
        seg = targets.segment[ok]
        t = targets.fraction[ok]
        cost = self.cost_s[seg]
        node = first_id + ok
        f = self.forward[seg] | (t <= 0.0)
        b = self.backward[seg] | (t >= 1.0)
        rows = np.concatenate([self.seg_u[seg][f], self.seg_v[seg][b]])
        cols = np.concatenate([node[f], node[b]])
        w = np.concatenate([t[f] * cost[f], (1.0 - t[b]) * cost[b]])
        return rows, cols, w

    def _direct_edges(
        self, sources: Snapped, src_first: int, offset_s: np.ndarray, targets: Snapped, tgt_first: int
    ):
        """Source → target edges for pairs on the same segment (no node in between)."""
        s_ok = np.flatnonzero(sources.ok)
        t_ok = np.flatnonzero(targets.ok)
        i, j = same_segment_pairs(sources.segment[s_ok], targets.segment[t_ok])
        if len(i) == 0:
            return (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
        src = s_ok[i]
        tgt = t_ok[j]
        total = len(src)
        seg = sources.segment[src]
        ts = sources.fraction[src]
        tt = targets.fraction[tgt]
        cost = self.cost_s[seg]
        delta = tt - ts
        w = np.full(total, np.inf)
        along = (self.forward[seg] | (delta == 0)) & (delta >= 0)
        w[along] = delta[along] * cost[along]
        against = (self.backward[seg] | (delta == 0)) & (delta <= 0)
        w[against] = np.minimum(w[against], -delta[against] * cost[against])
        keep = np.isfinite(w)
        return (src[keep] + src_first, tgt[keep] + tgt_first, w[keep] + offset_s[src[keep]])

    def _augmented(
        self,
        sources: Snapped,
        offset_s: np.ndarray,
        targets: Snapped | None = None,
        reverse: bool = False,
    ) -> tuple[csr_matrix, int, int]:
        """The graph plus virtual source (and target) nodes; returns (graph, src0, tgt0).

        Source i is node src0 + i, target j is node tgt0 + j. With ``reverse`` every edge
        is flipped, so a search from a target finds the time *from* each source *to* it.
        """
        n = self.n_nodes
        src0 = n
        tgt0 = n + len(sources)
        parts = [(self._edge_rows, self._edge_cols, self._edge_w)]
        parts.append(self._source_edges(sources, src0, offset_s))
        total = tgt0
        if targets is not None:
            parts.append(self._target_edges(targets, tgt0))
            parts.append(self._direct_edges(sources, src0, offset_s, targets, tgt0))
            total = tgt0 + len(targets)
        rows = np.concatenate([p[0] for p in parts])
        cols = np.concatenate([p[1] for p in parts])
        w = np.concatenate([p[2] for p in parts])
        if reverse:
            rows, cols = cols, rows
        return _csr(rows, cols, w, total), src0, tgt0

    # ------------------------------------------------------------------ queries
    def travel_times(
        self,
        origins: Snapped,
        destinations: Snapped,
        origin_offset_s: np.ndarray | None = None,
        limit_s: float = np.inf,
        chunk: int = 64,
        progress: Callable[[float], object] | None = None,
    ) -> np.ndarray:
        """Seconds from each origin to each destination; inf when unreachable or unsnapped.

        ``origin_offset_s`` (turnout time) is included, and so counts against ``limit_s``;
        a finite ``limit_s`` also stops each search there, which is what makes big
        matrices fast. ``progress(fraction)`` is called after each chunk of searches and
        may return False to cancel (raises :class:`Cancelled`).
        """
        n_o, n_d = len(origins), len(destinations)
        out = np.full((n_o, n_d), np.inf)
        if n_o == 0 or n_d == 0:
            return out
        off = normalise_offsets(origin_offset_s, n_o)
        o_rows = np.flatnonzero(origins.ok)
        d_rows = np.flatnonzero(destinations.ok)

        def report(done: int, total: int) -> None:
            if progress is not None and progress(done / max(total, 1)) is False:
                raise Cancelled()

        if len(d_rows) < len(o_rows):
            # Fewer destinations: search backwards from each of them instead.
            graph, src0, tgt0 = self._augmented(origins, off, destinations, reverse=True)
            cols = src0 + o_rows
            for idx, dist in _chunked_dijkstra(graph, d_rows, tgt0, limit_s, chunk):
                out[np.ix_(o_rows, idx)] = dist[:, cols].T
                report(int(np.searchsorted(d_rows, idx[-1])) + 1, len(d_rows))
        else:
            graph, src0, tgt0 = self._augmented(origins, off, destinations)
            cols = np.arange(tgt0, tgt0 + n_d)
            for idx, dist in _chunked_dijkstra(graph, o_rows, src0, limit_s, chunk):
                out[idx] = dist[:, cols]
                report(int(np.searchsorted(o_rows, idx[-1])) + 1, len(o_rows))
        if np.isfinite(limit_s):
            out[out > limit_s] = np.inf
        return out

    def node_times(
        self,
        origins: Snapped,
        origin_offset_s: np.ndarray | None = None,
        limit_s: float = np.inf,
        chunk: int = 64,
    ) -> np.ndarray:
        """(n_origins, n_nodes) seconds from each origin to every node, inf beyond the limit."""
        n_o, n = len(origins), self.n_nodes
        out = np.full((n_o, n), np.inf)
        if n_o == 0:
            return out
        off = normalise_offsets(origin_offset_s, n_o)
        graph, src0, _ = self._augmented(origins, off)
        for idx, dist in _chunked_dijkstra(graph, np.flatnonzero(origins.ok), src0, limit_s, chunk):
            out[idx] = dist[:, :n]
        if np.isfinite(limit_s):
            out[out > limit_s] = np.inf
        return out

    def node_times_min(
        self,
        origins: Snapped,
        origin_offset_s: np.ndarray | None = None,
        limit_s: float = np.inf,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Best time to every node over all origins and which origin gives it (-1: none).

        One multi-source search instead of one per origin.
        """
        n = self.n_nodes
        times = np.full(n, np.inf)
        which = np.full(n, -1, dtype=np.int64)
        rows = np.flatnonzero(origins.ok)
        if len(rows) == 0:
            return times, which
        off = normalise_offsets(origin_offset_s, len(origins))
        graph, src0, _ = self._augmented(origins, off)
        dist, _pred, src = dijkstra(
            graph,
            directed=True,
            indices=src0 + rows,
            limit=limit_s,
            min_only=True,
            return_predecessors=True,
        )
        times = dist[:n].copy()
        src = src[:n]
        which = np.where((src >= 0) & np.isfinite(times), src - src0, -1).astype(np.int64)
        if np.isfinite(limit_s):
            gone = times > limit_s
            times[gone] = np.inf
            which[gone] = -1
        return times, which

    def best_times(
        self,
        origins: Snapped,
        destinations: Snapped,
        origin_offset_s: np.ndarray | None = None,
        limit_s: float = np.inf,
    ) -> np.ndarray:
        """Seconds from the nearest origin to each destination (one multi-source search)."""
        n_d = len(destinations)
        out = np.full(n_d, np.inf)
        rows = np.flatnonzero(origins.ok)
        if n_d == 0 or len(rows) == 0:
            return out
        off = normalise_offsets(origin_offset_s, len(origins))
        graph, src0, tgt0 = self._augmented(origins, off, destinations)
        dist = dijkstra(graph, directed=True, indices=src0 + rows, limit=limit_s, min_only=True)
        out = dist[tgt0 : tgt0 + n_d].copy()
        if np.isfinite(limit_s):
            out[out > limit_s] = np.inf
        return out

    def nearest(
        self,
        incidents: Snapped,
        units: Snapped,
        count: int = 3,
        unit_offset_s: np.ndarray | None = None,
        chunk: int = 64,
    ) -> list[tuple[int, int, int, float]]:
        """The ``count`` fastest units to each incident: (incident, unit, rank 1.., seconds).

        Travel is from unit to incident. With many units the search runs backwards from
        each incident over the reversed graph (one search per incident however many units
        there are); with fewer units than incidents it runs forwards from each unit.
        """
        n_i, n_u = len(incidents), len(units)
        result: list[tuple[int, int, int, float]] = []
        if n_i == 0 or n_u == 0 or count <= 0:
            return result
        off = normalise_offsets(unit_offset_s, n_u)
        k = min(int(count), n_u)
        n_ok_u = int(units.ok.sum())
        if n_ok_u < int(incidents.ok.sum()) and n_u * n_i <= 25_000_000:
            # Few units: one forward search per unit beats one per incident.
            times = self.travel_times(units, incidents, off, chunk=chunk).T
            blocks = [(np.arange(n_i), times)]
        else:
            blocks = self._nearest_blocks(incidents, units, off, chunk)
        for idx, dist in blocks:
            if k < n_u:
                top = np.argpartition(dist, k - 1, axis=1)[:, :k]
            else:
                top = np.broadcast_to(np.arange(n_u), (len(idx), n_u))
            top_t = np.take_along_axis(dist, top, axis=1)
            # Ties go to the lower unit index so the ranking is reproducible.
            order = np.lexsort((top, top_t), axis=-1)
            top = np.take_along_axis(top, order, axis=1)
            top_t = np.take_along_axis(top_t, order, axis=1)
            for r, inc in enumerate(idx):
                rank = 0
                for unit, sec in zip(top[r], top_t[r]):
                    if not np.isfinite(sec):
                        break
                    rank += 1
                    result.append((int(inc), int(unit), rank, float(sec)))
        return result

    def _nearest_blocks(self, incidents: Snapped, units: Snapped, off: np.ndarray, chunk: int):
        """(incident indices, unit times) blocks from backward searches, a chunk at a time."""
        graph, src0, tgt0 = self._augmented(units, off, incidents, reverse=True)
        rows = np.flatnonzero(incidents.ok)
        unit_cols = np.arange(src0, src0 + len(units))
        for idx, dist in _chunked_dijkstra(graph, rows, tgt0, np.inf, chunk):
            yield idx, dist[:, unit_cols]


def route_paths(
    network: RoadNetwork,
    units: Snapped,
    incidents: Snapped,
    pairs: Sequence[tuple[int, int]],
    chunk: int = 64,
) -> list[tuple[np.ndarray, float] | None]:
    """The road path from ``units[u]`` to ``incidents[i]`` for each ``(i, u)`` in ``pairs``.

    Each answer is ``(vertices, seconds)``: the work-CRS vertices from the unit's snapped
    position, along the partial segment to its end, through the road nodes, and along the last
    partial segment to the incident's snapped position (so the drawn line is exactly the timed
    path); None when the unit cannot reach the incident. One backward search per incident (on the
    reversed graph, as :meth:`RoadNetwork.nearest` does) gives the paths from every unit at once:
    the predecessor of a node in that search is the next node towards the incident.
    """
    out: list[tuple[np.ndarray, float] | None] = [None] * len(pairs)
    if len(pairs) == 0:
        return out
    graph, src0, tgt0 = network._augmented(units, np.zeros(len(units)), incidents, reverse=True)
    by_incident: dict[int, list[int]] = {}
    for k, (i, u) in enumerate(pairs):
        if 0 <= i < len(incidents) and 0 <= u < len(units) and incidents.ok[i] and units.ok[u]:
            by_incident.setdefault(int(i), []).append(k)
    wanted = np.array(sorted(by_incident), dtype=np.int64)
    n = network.n_nodes
    limit = graph.shape[0]  # a path never has more vertices than the graph has nodes

    def xy(node: int) -> np.ndarray:
        if node < n:
            return network.node_xy[node]
        if node < tgt0:
            return units.point[node - src0]
        return incidents.point[node - tgt0]

    for start in range(0, len(wanted), max(1, int(chunk))):
        idx = wanted[start : start + chunk]
        dist, pred = dijkstra(graph, directed=True, indices=tgt0 + idx, return_predecessors=True)
        for row, incident in enumerate(idx):
            target = tgt0 + int(incident)
            for k in by_incident[int(incident)]:
                node = src0 + int(pairs[k][1])
                seconds = float(dist[row, node])
                if not np.isfinite(seconds):
                    continue
                nodes = [node]
                while node != target and len(nodes) <= limit:
                    node = int(pred[row, node])
                    if node < 0:
                        break
                    nodes.append(node)
                if node != target:
                    continue
                out[k] = (np.array([xy(v) for v in nodes], dtype=float).reshape(-1, 2), seconds)
    return out
