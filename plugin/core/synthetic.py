"""A synthetic street grid, for tests, benchmarks and demos that must not depend on real data.

The grid is jittered so no two blocks are alike, ways run over several blocks (so streets
cross at interior vertices, as OSM ways do), a share of streets is one-way, and the street
hierarchy gives the speed table something to do. Everything is derived from ``seed``.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .speeds import DEFAULT_HIGHWAY_KMH, parse_oneway

_A = 6378137.0
_E2 = (1.0 / 298.257223563) * (2.0 - 1.0 / 298.257223563)


class LocalProjection:
    """Equirectangular projection with the ellipsoid's radii at ``centre``: metres ↔ degrees.

    Good enough as a planar work CRS for a city; lengths in the network never come from it.
    """

    def __init__(self, centre: tuple[float, float] = (24.94, 60.17)):
        self.lon0, self.lat0 = float(centre[0]), float(centre[1])
        phi = np.radians(self.lat0)
        w2 = 1.0 - _E2 * np.sin(phi) ** 2
        self.m_per_deg_lat = np.radians(1.0) * _A * (1.0 - _E2) / w2**1.5
        self.m_per_deg_lon = np.radians(1.0) * _A / np.sqrt(w2) * np.cos(phi)

    def to_lonlat(self, xy: np.ndarray) -> np.ndarray:
        xy = np.asarray(xy, dtype=float)
        return np.column_stack(
            [self.lon0 + xy[:, 0] / self.m_per_deg_lon, self.lat0 + xy[:, 1] / self.m_per_deg_lat]
        )

    def to_xy(self, lonlat: np.ndarray) -> np.ndarray:
        ll = np.asarray(lonlat, dtype=float)
        return np.column_stack(
            [(ll[:, 0] - self.lon0) * self.m_per_deg_lon, (ll[:, 1] - self.lat0) * self.m_per_deg_lat]
        )


class GridCity(NamedTuple):
    lines: list[np.ndarray]  # work-CRS metres, one array per way
    lonlat: list[np.ndarray]  # the same vertices in degrees
    feature_ids: np.ndarray
    speed_kmh: np.ndarray
    forward: np.ndarray
    backward: np.ndarray
    highway: list[str]
    oneway: list[str]
    node_xy: np.ndarray  # (n, n, 2) grid intersections, [row, column]
    projection: LocalProjection

    def build(self, tolerance: float = 0.5):
        from .network import RoadNetwork

        return RoadNetwork.build(
            self.lines,
            self.lonlat,
            self.feature_ids,
            self.speed_kmh,
            self.forward,
            self.backward,
            tolerance=tolerance,
        )


def _street_class(index: int, n: int) -> str:
    if index == n // 2:
        return "primary"
    if index % 10 == 5:
        return "secondary"
    if index % 5 == 0:
        return "tertiary"
    return "residential"


def make_grid_city(
    n: int,
    spacing: float = 100.0,
    jitter: float = 0.2,
    seed: int = 0,
    centre: tuple[float, float] = (24.94, 60.17),
    oneway_share: float = 0.15,
    max_way_blocks: int = 6,
) -> GridCity:
    """An ``n`` × ``n`` jittered street grid with ≈ 2·n·(n-1) segments around ``centre``.

    Intersections move by up to ``jitter`` × ``spacing`` each way. Each street is cut into
    ways of 1..``max_way_blocks`` blocks; a share ``oneway_share`` of the residential ways
    is one-way, half of them tagged against the drawing direction ("-1").
    """
    if n < 2:
        raise ValueError("a grid city needs n >= 2")
    rng = np.random.default_rng(seed)
    offsets = (np.arange(n) - (n - 1) / 2.0) * spacing
    gx, gy = np.meshgrid(offsets, offsets)  # [row, column]
    shake = rng.uniform(-jitter, jitter, size=(n, n, 2)) * spacing
    node_xy = np.stack([gx, gy], axis=-1) + shake
    projection = LocalProjection(centre)

    lines: list[np.ndarray] = []
    highway: list[str] = []
    for horizontal in (True, False):
        for k in range(n):
            street = node_xy[k, :, :] if horizontal else node_xy[:, k, :]
            kind = _street_class(k, n)
            start = 0
            while start < n - 1:
                blocks = int(rng.integers(1, max_way_blocks + 1))
                stop = min(n - 1, start + blocks)
                lines.append(np.array(street[start : stop + 1]))
                highway.append(kind)
                start = stop

    count = len(lines)
    oneway = ["no"] * count
    draw = rng.random(count)
    flip = rng.random(count) < 0.5
    for i in range(count):
        if highway[i] == "residential" and draw[i] < oneway_share:
            oneway[i] = "-1" if flip[i] else "yes"
    directions = np.array([parse_oneway(v) for v in oneway], dtype=bool).reshape(count, 2)
    speed = np.array([DEFAULT_HIGHWAY_KMH[h] for h in highway], dtype=float)
    return GridCity(
        lines=lines,
        lonlat=[projection.to_lonlat(line) for line in lines],
        feature_ids=np.arange(1, count + 1),
        speed_kmh=speed,
        forward=directions[:, 0].copy(),
        backward=directions[:, 1].copy(),
        highway=highway,
        oneway=oneway,
        node_xy=node_xy,
        projection=projection,
    )
