"""The demo's deployment part (issue 14): a year of incidents, hot spots, three new platforms
by shift, a blockade of the district's exits and the plan comparison.

Called from tools/demo.py after the command map is built; everything goes through the
plugin's Processing algorithms. Outputs go to ``<out>/deployment/``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr, osr

# Streets of central Helsinki the synthetic incidents gather on.
SHOPPING = {
    "Aleksanterinkatu",
    "Mannerheimintie",
    "Keskuskatu",
    "Pohjoisesplanadi",
    "Kluuvikatu",
    "Mikonkatu",
}
NIGHTLIFE = {"Iso Roobertinkatu", "Eerikinkatu", "Uudenmaankatu", "Fredrikinkatu", "Yrjönkatu", "Annankatu"}
MAJOR = {"primary", "secondary", "tertiary", "trunk", "primary_link", "secondary_link"}
PERIODS = "day=08:00-20:00;night=20:00-08:00"


def _roads(gpkg: Path):
    ds = ogr.Open(str(gpkg))
    layer = ds.GetLayerByName("roads")
    srs = layer.GetSpatialRef().ExportToWkt()
    rows = []
    for f in layer:
        g = f.GetGeometryRef()
        if g is None:
            continue
        rows.append((shapely.from_wkb(bytes(g.ExportToIsoWkb())), f.GetField("name"), f.GetField("highway")))
    area = None
    for f in ds.GetLayerByName("jurisdiction"):
        area = shapely.from_wkb(bytes(f.GetGeometryRef().ExportToIsoWkb()))
    return rows, srs, area


def _write_points(path: Path, srs_wkt: str, fields: list[tuple[str, int]], rows: list[tuple]) -> Path:
    """A GeoPackage point layer from [(x, y, values…)] (fresh file each time)."""
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromWkt(srs_wkt)
    layer = ds.CreateLayer(path.stem, srs, ogr.wkbPoint)
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer.StartTransaction()
    for x, y, *values in rows:
        f = ogr.Feature(layer.GetLayerDefn())
        for (name, _), value in zip(fields, values):
            f.SetField(name, value)
        f.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.Point(x, y))))
        layer.CreateFeature(f)
    layer.CommitTransaction()
    ds = None
    return path


def make_incidents(gpkg: Path, out: Path, start: dt.datetime) -> tuple[Path, int]:
    from plugin.core.incident_history import KINDS, incident_year

    roads, srs, _ = _roads(gpkg)
    pts, shop, night = [], [], []
    for line, name, _hw in roads:
        n = max(1, int(line.length // 25.0))
        at = shapely.line_interpolate_point(line, (np.arange(n) + 0.5) / n, normalized=True)
        pts.append(shapely.get_coordinates(at))
        shop += [name in SHOPPING] * n
        night += [name in NIGHTLIFE] * n
    year = incident_year(np.vstack(pts), np.array(shop), np.array(night), start, days=365, per_day=40)
    rows = [
        (x, y, f"H-{i + 1:05d}", KINDS[k], int(g), t.isoformat(sep=" "))
        for i, ((x, y), k, g, t) in enumerate(zip(year.xy, year.kind, year.grade, year.times))
    ]
    fields = [
        ("incident_id", ogr.OFTString),
        ("kind", ogr.OFTString),
        ("grade", ogr.OFTInteger),
        ("reported_at", ogr.OFTString),
    ]
    return _write_points(out / "incidents_year.gpkg", srs, fields, rows), len(rows)


def make_exits(gpkg: Path, out: Path) -> tuple[Path, int]:
    """Where the district's main roads cross its boundary, one point per crossing (50 m apart)."""
    roads, srs, area = _roads(gpkg)
    boundary = area.boundary
    crossings = []
    for line, _name, hw in roads:
        if hw not in MAJOR:
            continue
        hit = shapely.intersection(line, boundary)
        crossings += list(shapely.get_coordinates(hit))
    kept: list[np.ndarray] = []
    for p in crossings:
        if all(np.hypot(*(p - q)) > 50.0 for q in kept):
            kept.append(np.asarray(p))
    rows = [(x, y, f"X-{i + 1:02d}") for i, (x, y) in enumerate(kept)]
    return _write_points(out / "exits.gpkg", srs, [("exit_id", ogr.OFTString)], rows), len(rows)


def run_deployment(gpkg: Path, out: Path, processing) -> list[tuple[str, Path]]:
    out = out / "deployment"
    out.mkdir(parents=True, exist_ok=True)
    written: list[tuple[str, Path]] = []
    source = f"{gpkg}|layername="
    network = {
        "NETWORK": source + "roads",
        "HIGHWAY_FIELD": "highway",
        "ONEWAY_FIELD": "oneway",
        "DEFAULT_SPEED_KMH": 30.0,
    }

    incidents, n = make_incidents(gpkg, out, dt.datetime(2023, 5, 20))
    written.append(
        (f"a synthetic year of incidents ({n}; shopping streets by day, night-life at night)", incidents)
    )

    for name, hours in (("hotspots", ""), ("hotspots_night", "20-8")):
        target = out / f"{name}.gpkg"
        processing.run(
            "patrolmap:hotspots",
            {
                **network,
                "INCIDENTS": str(incidents),
                "TIME_FIELD": "reported_at",
                "HOURS": hours,
                "WEIGHT_FIELD": "",
                "OUTPUT": str(target),
            },
        )
        written.append((f"hot spots on the streets{' at night (20-8)' if hours else ''}", target))

    platforms = out / "platforms_by_shift.gpkg"
    siting = processing.run(
        "patrolmap:siteposts",
        {
            **network,
            "DEMAND": str(incidents),
            "DEMAND_TIME_FIELD": "reported_at",
            "EXISTING": source + "stations",
            "SITE_ID_FIELD": "station_id",
            "PROBLEM": 0,
            "COUNT": 3,
            "TARGET_MINUTES": 3.0,
            "PERIODS": PERIODS,
            "MAX_MOVES": 2,
            "TIME_LIMIT_S": 60,
            "OUTPUT": str(platforms),
            "DEMAND_OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    state = "proven optimal" if siting["PROVEN_OPTIMAL"] else f"gap {siting['GAP_PCT']:.2g} %"
    written.append(
        (
            f"3 new platforms by shift (day/night, at most 2 moves): {siting['OBJECTIVE']:.0f} incidents within 3 min, {state}",
            platforms,
        )
    )

    exits, n_exits = make_exits(gpkg, out)
    written.append((f"the district's exits ({n_exits} main-road crossings)", exits))
    blockade = out / "blockade.gpkg"
    result = processing.run(
        "patrolmap:blockade",
        {
            **network,
            "UNITS": source + "stations",
            "UNIT_ID_FIELD": "station_id",
            "CHECKPOINTS": str(exits),
            "CHECKPOINT_ID_FIELD": "exit_id",
            "INCIDENT": source + "incidents|subset=\"incident_id\" = 'I-0001'",
            "DELAY_MIN": 2.0,
            "OUTPUT": str(blockade),
        },
    )
    slowest = result["SLOWEST_MIN"]
    written.append(
        (
            f"blockade: slowest arrival {slowest:.1f} min, {len(result['LATE_CHECKPOINTS'])} exits late, "
            f"{len(result['OPEN_CHECKPOINTS'])} open",
            blockade,
        )
    )

    comparison = out / "plan_comparison.gpkg"
    changed = out / "zones_changed.gpkg"
    result = processing.run(
        "patrolmap:compareplans",
        {
            **network,
            "STATIONS": source + "stations",
            "ZONES": source + "patrol_zones",
            "KEY_SITES": source + "key_sites",
            "PLAN_A": "current",
            "PLAN_B": "current",
            "NEW_POSTS": str(platforms),
            "OUTPUT": str(comparison),
            "ZONES_OUTPUT": str(changed),
        },
    )
    written.append(("plan comparison: the map now against the map with the new platforms", comparison))
    written.append((f"zones whose compliance changes ({result['CHANGED_ZONES']})", changed))
    return written
