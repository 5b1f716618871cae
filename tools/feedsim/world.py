"""The simulated city behind the dispatch simulator: units patrolling real roads, incidents,
dispatch and return, on a clock the tests control.

Pure Python (GDAL's bindings only to read a road file); no QGIS. Everything is seeded, so a
test that advances the clock by 60 s sees the same city every run.
"""

from __future__ import annotations

import heapq
import math
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

EARTH_R = 6371000.0

# Plausible patrol speeds (km/h) by unit kind; cars and motorbikes also keep to the road's
# speed. Responding units drive faster (emergency driving), up to RESPONSE_CAP_KMH.
PATROL_KMH = {"car": 35.0, "motorcycle": 40.0, "foot": 5.0, "platform": 0.0}
RESPONSE_FACTOR = 1.3
RESPONSE_CAP_KMH = 80.0
ROAD_KMH = {
    "primary": 50.0,
    "secondary": 50.0,
    "tertiary": 40.0,
    "primary_link": 40.0,
    "tertiary_link": 30.0,
    "unclassified": 30.0,
    "residential": 30.0,
    "service": 20.0,
    "living_street": 10.0,
}
# Report cadence of the AVL box (s) by kind: the feed shows each unit's last report.
REPORT_S = {"car": 3.0, "motorcycle": 3.0, "foot": 10.0, "platform": 30.0}
KIND_MIX = ("car", "car", "car", "car", "motorcycle", "motorcycle", "foot", "foot", "platform")
CALLSIGN = {
    "car": "巡逻{n}号 Patrol {n}",
    "motorcycle": "摩巡{n}号 Moto {n}",
    "foot": "步巡{n}号 Foot {n}",
    "platform": "警务平台{n}号 Platform {n}",
}
INCIDENT_KINDS = (
    "盗窃 theft",
    "交通事故 traffic accident",
    "纠纷 dispute",
    "求助 assistance",
    "噪音扰民 noise",
    "可疑人员 suspicious person",
)


class SimClock:
    """Simulated time: ``speed`` × real time from ``start``, or manual (speed None): it moves only
    when ``advance()`` is called, so tests are exact and fast."""

    def __init__(self, start: datetime | None = None, speed: float | None = None):
        self.start = start or datetime.now(timezone.utc).replace(microsecond=0)
        self.speed = speed
        self._real0 = time.monotonic()
        self._manual_s = 0.0
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            elapsed = self._manual_s
            if self.speed is not None:
                elapsed += (time.monotonic() - self._real0) * self.speed
        return self.start + timedelta(seconds=elapsed)

    def advance(self, seconds: float) -> datetime:
        with self._lock:
            self._manual_s += seconds
        return self.now()


def _bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    y = math.sin(lon2 - lon1) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return math.degrees(math.atan2(y, x)) % 360.0


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat = math.radians((a[1] + b[1]) / 2)
    dx = math.radians(b[0] - a[0]) * math.cos(lat) * EARTH_R
    dy = math.radians(b[1] - a[1]) * EARTH_R
    return math.hypot(dx, dy)


@dataclass
class Edge:
    a: int
    b: int
    coords: list[tuple[float, float]]  # lon/lat from a to b
    cum: list[float]  # metres from a at each vertex
    kmh: float
    name: str

    @property
    def length(self) -> float:
        return self.cum[-1]

    def at(self, offset: float, forward: bool) -> tuple[tuple[float, float], float]:
        """Position and heading ``offset`` metres from the start of the edge in that direction."""
        d = offset if forward else self.length - offset
        d = min(max(d, 0.0), self.length)
        i = 1
        while i < len(self.cum) - 1 and self.cum[i] < d:
            i += 1
        seg = self.cum[i] - self.cum[i - 1]
        t = 0.0 if seg <= 0 else (d - self.cum[i - 1]) / seg
        p0, p1 = self.coords[i - 1], self.coords[i]
        pos = (p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t)
        heading = _bearing(p0, p1) if forward else _bearing(p1, p0)
        return pos, heading


class RoadGraph:
    """Roads split at shared vertices; only the largest connected part is kept, so no unit is
    ever stranded on an island of the network."""

    def __init__(self, lines: list[tuple[list[tuple[float, float]], str, str, str]]):
        key = lambda p: (round(p[0], 7), round(p[1], 7))  # noqa: E731 - ~1 cm
        uses: dict[tuple, int] = {}
        for coords, *_ in lines:
            for i, p in enumerate(coords):
                k = key(p)
                uses[k] = uses.get(k, 0) + (2 if i in (0, len(coords) - 1) else 1)
        node_of: dict[tuple, int] = {}
        self.nodes: list[tuple[float, float]] = []
        edges: list[Edge] = []

        def node(p):
            k = key(p)
            if k not in node_of:
                node_of[k] = len(self.nodes)
                self.nodes.append(p)
            return node_of[k]

        for coords, name, highway, maxspeed in lines:
            kmh = _speed(highway, maxspeed)
            start = 0
            for i in range(1, len(coords)):
                if i == len(coords) - 1 or uses[key(coords[i])] > 1:
                    part = coords[start : i + 1]
                    cum = [0.0]
                    for p, q in zip(part, part[1:]):
                        cum.append(cum[-1] + _metres(p, q))
                    if cum[-1] > 0.5:
                        edges.append(Edge(node(part[0]), node(part[-1]), part, cum, kmh, name))
                    start = i
        adj: dict[int, list[int]] = {}
        for i, e in enumerate(edges):
            adj.setdefault(e.a, []).append(i)
            adj.setdefault(e.b, []).append(i)
        # largest connected component
        best: set[int] = set()
        seen: set[int] = set()
        for n in adj:
            if n in seen:
                continue
            comp, stack = {n}, [n]
            while stack:
                m = stack.pop()
                for ei in adj[m]:
                    e = edges[ei]
                    o = e.b if e.a == m else e.a
                    if o not in comp:
                        comp.add(o)
                        stack.append(o)
            seen |= comp
            if len(comp) > len(best):
                best = comp
        self.edges = edges
        self.adj = {n: [ei for ei in adj[n]] for n in best}
        self.node_ids = sorted(best)
        if not self.node_ids:
            raise ValueError("no usable roads")

    @classmethod
    def from_file(cls, path: str | Path, layer: str | None = None) -> RoadGraph:
        from osgeo import ogr, osr

        ogr.UseExceptions()
        ds = ogr.Open(str(path))
        if ds is None:
            raise ValueError(f"cannot open {path}")
        if layer is None:
            layer = "roads" if ds.GetLayerByName("roads") is not None else ds.GetLayer(0).GetName()
        lyr = ds.GetLayerByName(layer)
        if lyr is None:
            raise ValueError(f"{path} has no layer {layer!r}")
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        src = lyr.GetSpatialRef()
        xform = None
        if src is not None and not src.IsSame(wgs84):
            src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            xform = osr.CoordinateTransformation(src, wgs84)
        names = [
            lyr.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(lyr.GetLayerDefn().GetFieldCount())
        ]
        lines = []
        for f in lyr:
            geom = f.GetGeometryRef()
            if geom is None:
                continue
            geom = geom.Clone()
            if xform is not None:
                geom.Transform(xform)
            parts = (
                [geom.GetGeometryRef(i) for i in range(geom.GetGeometryCount())]
                if geom.GetGeometryCount()
                else [geom]
            )
            attrs = {n: f.GetField(n) for n in ("name", "highway", "maxspeed") if n in names}
            for part in parts:
                coords = [(part.GetX(i), part.GetY(i)) for i in range(part.GetPointCount())]
                if len(coords) >= 2:
                    lines.append(
                        (
                            coords,
                            attrs.get("name") or "",
                            attrs.get("highway") or "",
                            attrs.get("maxspeed") or "",
                        )
                    )
        return cls(lines)

    def other(self, ei: int, node: int) -> int:
        e = self.edges[ei]
        return e.b if e.a == node else e.a

    def travel_s(self, ei: int, factor: float = 1.0) -> float:
        e = self.edges[ei]
        return e.length / (min(e.kmh * factor, RESPONSE_CAP_KMH) / 3.6)

    def dijkstra(self, source: int) -> tuple[dict[int, float], dict[int, tuple[int, int]]]:
        """Travel seconds (emergency speed) from ``source`` to every node; prev = (node, edge)."""
        dist = {source: 0.0}
        prev: dict[int, tuple[int, int]] = {}
        heap = [(0.0, source)]
        while heap:
            d, n = heapq.heappop(heap)
            if d > dist.get(n, math.inf):
                continue
            for ei in self.adj.get(n, ()):
                o = self.other(ei, n)
                nd = d + self.travel_s(ei, RESPONSE_FACTOR)
                if nd < dist.get(o, math.inf):
                    dist[o] = nd
                    prev[o] = (n, ei)
                    heapq.heappush(heap, (nd, o))
        return dist, prev

    def route(self, prev: dict[int, tuple[int, int]], source: int, target: int) -> list[tuple[int, int]]:
        """Edges (edge, from node) from ``target`` back to the Dijkstra ``source``, as driven
        from target to source (the graph is driven both ways)."""
        path = []
        n = target
        while n != source:
            p, ei = prev[n]
            path.append((ei, n))
            n = p
        return path


def _speed(highway: str, maxspeed: str) -> float:
    try:
        return float(str(maxspeed).split()[0])
    except (ValueError, IndexError):
        return ROAD_KMH.get(highway, 30.0)


@dataclass
class Unit:
    unit_id: str
    callsign: str
    kind: str
    home: int  # node it patrols around and returns to
    edge: int
    node: int  # node the unit drives away from on ``edge``
    offset: float = 0.0
    status: str = "available"
    route: list[tuple[int, int]] = field(default_factory=list)  # (edge, from node) still to drive
    incident: str | None = None
    on_scene_until: datetime | None = None
    silent_until: datetime | None = None
    next_report: datetime | None = None
    reported: dict | None = None  # what the AVL box last sent

    def forward(self, graph: RoadGraph) -> bool:
        return graph.edges[self.edge].a == self.node


@dataclass
class Incident:
    incident_id: str
    node: int
    lonlat: tuple[float, float]
    kind: str
    priority: int
    reported_at: datetime
    address: str
    status: str = "open"
    assigned_unit: str | None = None
    closed_at: datetime | None = None


class World:
    """Units and incidents on a road graph; ``advance_to(t)`` steps the simulation to time t."""

    def __init__(
        self,
        graph: RoadGraph,
        clock: SimClock | None = None,
        units: int = 12,
        seed: int = 7,
        incidents_per_hour: float = 20.0,
        dropouts_per_hour: float = 0.3,
        step_s: float = 1.0,
        initial_incidents: int = 2,
    ):
        self.graph = graph
        self.clock = clock or SimClock()
        self.rng = random.Random(seed)
        self.incidents_per_hour = incidents_per_hour
        self.dropouts_per_hour = dropouts_per_hour
        self.step_s = step_s
        self.lock = threading.RLock()
        self.time = self.clock.now()
        self.units: list[Unit] = []
        self.incidents: dict[str, Incident] = {}
        self._incident_seq = 0
        counters: dict[str, int] = {}
        for i in range(units):
            kind = KIND_MIX[i % len(KIND_MIX)]
            counters[kind] = counters.get(kind, 0) + 1
            node = self.rng.choice(graph.node_ids)
            edge = self.rng.choice(graph.adj[node])
            unit = Unit(
                f"U-{i + 1:02d}" if units < 100 else f"U-{i + 1:04d}",
                CALLSIGN[kind].format(n=counters[kind]),
                kind,
                node,
                edge,
                node,
                offset=self.rng.uniform(0, graph.edges[edge].length),
            )
            unit.next_report = self.time - timedelta(seconds=self.rng.uniform(0, REPORT_S[kind]))
            self.units.append(unit)
            self._report(unit, self.time)
        self.units_by_id = {u.unit_id: u for u in self.units}
        for _ in range(initial_incidents):
            self.new_incident()

    # --- stepping ---------------------------------------------------------------------------
    def advance_to(self, when: datetime | None = None) -> datetime:
        when = when or self.clock.now()
        with self.lock:
            while self.time < when:
                dt = min(self.step_s, (when - self.time).total_seconds())
                self.time += timedelta(seconds=dt)
                self._step(dt)
            return self.time

    def _step(self, dt: float) -> None:
        now = self.time
        if self.rng.random() < self.incidents_per_hour * dt / 3600.0:
            self.new_incident()
        for incident in list(self.incidents.values()):
            if incident.status == "open":
                self._dispatch(incident)
            elif incident.status == "closed" and now - incident.closed_at > timedelta(minutes=10):
                del self.incidents[incident.incident_id]
        for unit in self.units:
            self._move(unit, dt)
            if unit.silent_until is None and self.rng.random() < self.dropouts_per_hour * dt / 3600.0:
                unit.silent_until = now + timedelta(minutes=self.rng.uniform(1.0, 12.0))
            if unit.silent_until is not None and now >= unit.silent_until:
                unit.silent_until = None
            if unit.silent_until is None and now >= unit.next_report:
                self._report(unit, now)

    def _speed_kmh(self, unit: Unit) -> float:
        base = PATROL_KMH[unit.kind]
        if base == 0.0 or unit.on_scene_until is not None:
            return 0.0
        road = self.graph.edges[unit.edge].kmh
        if unit.status == "busy" and unit.kind in ("car", "motorcycle"):
            return min(road * RESPONSE_FACTOR, RESPONSE_CAP_KMH)
        return base if unit.kind == "foot" else min(base, road)

    def _move(self, unit: Unit, dt: float) -> None:
        if unit.on_scene_until is not None:
            if self.time >= unit.on_scene_until:
                self._clear_scene(unit)
            return
        remaining = self._speed_kmh(unit) / 3.6 * dt
        while remaining > 0:
            edge = self.graph.edges[unit.edge]
            left = edge.length - unit.offset
            if remaining < left:
                unit.offset += remaining
                return
            remaining -= left
            end = self.graph.other(unit.edge, unit.node)
            if unit.route:
                unit.edge, unit.node = unit.route.pop(0)
            elif unit.incident is not None and unit.on_scene_until is None:
                unit.edge, unit.node, unit.offset = unit.edge, end, 0.0
                self._arrive(unit)
                return
            else:
                choices = [ei for ei in self.graph.adj[end] if ei != unit.edge] or self.graph.adj[end]
                unit.edge, unit.node = self.rng.choice(choices), end
            unit.offset = 0.0

    def _report(self, unit: Unit, now: datetime) -> None:
        pos, heading = self.graph.edges[unit.edge].at(unit.offset, unit.forward(self.graph))
        unit.reported = {
            "unit_id": unit.unit_id,
            "callsign": unit.callsign,
            "kind": unit.kind,
            "status": unit.status,
            "heading_deg": round(heading, 1),
            "speed_kmh": round(self._speed_kmh(unit), 1),
            "updated_at": _iso(now),
            "lonlat": (round(pos[0], 7), round(pos[1], 7)),
        }
        unit.next_report = now + timedelta(seconds=REPORT_S[unit.kind])

    # --- incidents --------------------------------------------------------------------------
    def new_incident(self, node: int | None = None, priority: int | None = None) -> Incident:
        with self.lock:
            self._incident_seq += 1
            node = self.rng.choice(self.graph.node_ids) if node is None else node
            street = next(
                (self.graph.edges[ei].name for ei in self.graph.adj[node] if self.graph.edges[ei].name), ""
            )
            incident = Incident(
                incident_id=f"I-{self._incident_seq:04d}",
                node=node,
                lonlat=self.graph.nodes[node],
                kind=self.rng.choice(INCIDENT_KINDS),
                priority=priority or self.rng.choice((1, 2, 2, 3, 3)),
                reported_at=self.time,
                address=(street + " 附近 near") if street else "未命名道路 unnamed road",
            )
            self.incidents[incident.incident_id] = incident
            self._dispatch(incident)
            return incident

    def _dispatch(self, incident: Incident) -> None:
        """Send the available mobile unit that arrives first (travel time by road)."""
        free = [
            u
            for u in self.units
            if u.status == "available" and u.kind != "platform" and u.silent_until is None
        ]
        if not free:
            return
        dist, prev = self.graph.dijkstra(incident.node)

        def eta(u: Unit) -> float:
            end = self.graph.other(u.edge, u.node)
            return dist.get(end, math.inf) * (4.0 if u.kind == "foot" else 1.0)

        unit = min(free, key=eta)
        end = self.graph.other(unit.edge, unit.node)
        if end not in dist:
            return
        unit.route = self.graph.route(prev, incident.node, end)
        unit.status, unit.incident = "busy", incident.incident_id
        incident.status, incident.assigned_unit = "assigned", unit.unit_id

    def _arrive(self, unit: Unit) -> None:
        unit.on_scene_until = self.time + timedelta(minutes=self.rng.uniform(3.0, 8.0))

    def _clear_scene(self, unit: Unit) -> None:
        incident = self.incidents.get(unit.incident or "")
        if incident is not None:
            incident.status, incident.closed_at = "closed", self.time
        unit.on_scene_until, unit.incident, unit.status = None, None, "available"
        # return to the home beat
        here = self.graph.other(unit.edge, unit.node) if unit.offset else unit.node
        dist, prev = self.graph.dijkstra(unit.home)
        if here in dist and here != unit.home:
            unit.route = self.graph.route(prev, unit.home, here)
            if unit.route:
                unit.edge, unit.node = unit.route.pop(0)
                unit.offset = 0.0

    # --- feed documents ---------------------------------------------------------------------
    def unit_reports(self) -> list[dict]:
        with self.lock:
            return [dict(u.reported) for u in self.units if u.reported is not None]

    def incident_reports(self) -> list[dict]:
        with self.lock:
            return [
                {
                    "incident_id": i.incident_id,
                    "kind": i.kind,
                    "priority": i.priority,
                    "status": i.status,
                    "reported_at": _iso(i.reported_at),
                    "address": i.address,
                    "assigned_unit": i.assigned_unit,
                    "lonlat": (round(i.lonlat[0], 7), round(i.lonlat[1], 7)),
                }
                for i in self.incidents.values()
            ]


def _iso(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
