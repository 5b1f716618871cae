"""The committed demo command map (seeds/demo_city.gpkg) and the script that builds it."""

from __future__ import annotations

import importlib.util
import itertools
from collections import Counter
from pathlib import Path

import pytest
import shapely
from osgeo import gdal
from qgis.core import QgsVectorLayer

from plugin.commandmap import inspect_command_map, missing_optional_layers
from plugin.core import schema

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "demo_city.gpkg"
OSM = ROOT / "build" / "osm" / "Helsinki.osm.pbf"
CAR_HIGHWAYS = {
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


def _features(path: Path, layer: str) -> list[dict]:
    """Attributes plus a shapely ``geom`` for every feature, read-only through GDAL."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    lyr = ds.GetLayerByName(layer)
    rows = []
    for f in lyr:
        row = f.items()
        g = f.GetGeometryRef()
        row["geom"] = shapely.from_wkb(bytes(g.ExportToIsoWkb())) if g is not None else None
        rows.append(row)
    ds = None
    return rows


def _counts(path: Path) -> dict[str, int]:
    """Features per layer; an optional layer that is absent or empty (plans) is left out."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    counts = {}
    for spec in schema.COMMAND_MAP:
        layer = ds.GetLayerByName(spec.name)
        n = layer.GetFeatureCount() if layer is not None else 0
        if n or not spec.optional:
            counts[spec.name] = n
    ds = None
    return counts


def _load_builder():
    spec = importlib.util.spec_from_file_location("seeds_build_demo", ROOT / "seeds" / "build_demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_demo_is_a_complete_command_map():
    assert SEED.is_file(), "seeds/demo_city.gpkg is missing: run `make seeds`"
    assert inspect_command_map(SEED) == []
    for leftover in ("-wal", "-shm", "-journal"):
        assert not Path(f"{SEED}{leftover}").exists()


def test_layers_open_in_qgis_with_expected_counts(qgis_app, demo_gpkg):
    layers = {}
    # Optional layers added after the seed was built (plans) are absent, as in any older map.
    absent = {spec.name for spec in missing_optional_layers(demo_gpkg)}
    for spec in schema.COMMAND_MAP:
        if spec.name in absent:
            continue
        layer = QgsVectorLayer(f"{demo_gpkg}|layername={spec.name}", spec.name, "ogr")
        assert layer.isValid(), spec.name
        if spec.geometry:
            assert layer.crs().authid() == "EPSG:32635", spec.name
        layers[spec.name] = layer
    n = {name: layer.featureCount() for name, layer in layers.items()}
    assert n["jurisdiction"] == 1
    assert 35 <= n["patrol_zones"] <= 50
    assert n["roads"] > 500
    assert n["stations"] == 8
    assert 5 <= n["key_sites"] <= 8
    assert 8 <= n["units"] <= 12
    assert 2 <= n["incidents"] <= 5
    kinds = Counter(f["kind"] for f in layers["stations"].getFeatures())
    assert kinds["mobile_platform"] == 2
    assert 1 <= kinds["police_station"] <= 2
    assert kinds["police_station"] + kinds["kiosk"] == 6
    assert n["duty_roster"] == n["stations"] * 31 * 2  # May 2024, a day and a night row per station
    highways = {f["highway"] for f in layers["roads"].getFeatures()}
    assert "footway" not in highways
    assert highways <= CAR_HIGHWAYS
    del layers


def test_values_follow_the_schema():
    absent = {spec.name for spec in missing_optional_layers(SEED)}
    for spec in schema.COMMAND_MAP:
        if spec.name in absent:
            continue
        for row in _features(SEED, spec.name):
            for f in spec.fields:
                value = row[f.name]
                if f.not_null:
                    assert value not in (None, ""), f"{spec.name}.{f.name}"
                if f.values and value is not None:
                    assert value in f.values, f"{spec.name}.{f.name} = {value!r}"
                if value is not None and f.minimum is not None:
                    assert value >= f.minimum, f"{spec.name}.{f.name} = {value!r}"
                if value is not None and f.maximum is not None:
                    assert value <= f.maximum, f"{spec.name}.{f.name} = {value!r}"
    for zone in _features(SEED, "patrol_zones"):
        assert zone["target_min"] == schema.DEFAULT_TARGET_MIN[zone["category"]]
    units = {u["unit_id"]: u for u in _features(SEED, "units")}
    for incident in _features(SEED, "incidents"):
        if incident["status"] == "assigned":
            assert units[incident["assigned_unit"]]["status"] == "busy"


def test_zones_tile_the_jurisdiction():
    (district,) = _features(SEED, "jurisdiction")
    area = district["geom"]
    zones = _features(SEED, "patrol_zones")
    geoms = [z["geom"] for z in zones]
    assert all(g.is_valid and g.geom_type == "Polygon" for g in geoms)
    union = shapely.union_all(geoms)
    assert union.area == pytest.approx(area.area, rel=1e-6)
    assert union.symmetric_difference(area).area < 1e-6 * area.area
    for a, b in itertools.combinations(geoms, 2):
        if a.intersects(b):
            assert a.intersection(b).area < 1e-6
    codes = [z["zone_code"] for z in zones]
    assert all(codes) and len(set(codes)) == len(codes)
    assert codes == sorted(codes)  # reading order: Z-001 is the north-west corner


def test_every_zone_has_a_station_and_loads_are_sensible():
    stations = {s["station_id"]: s for s in _features(SEED, "stations")}
    zones = _features(SEED, "patrol_zones")
    assert all(z["station_id"] in stations for z in zones)
    load = Counter(z["station_id"] for z in zones)
    # The builder's bounds (ZONES_PER_POST 4–6, platforms at least 4): 38 zones fit 8 posts.
    for sid in stations:
        assert 4 <= load[sid] <= 6, sid
    for sid, station in stations.items():
        mine = [z["geom"] for z in zones if z["station_id"] == sid]
        # Each station's zones form one piece of town, around the station itself.
        assert shapely.union_all(mine).geom_type == "Polygon", sid
        assert any(g.intersects(station["geom"]) for g in mine), sid


def test_points_are_where_they_belong():
    roads = shapely.union_all([r["geom"] for r in _features(SEED, "roads")])
    (district,) = _features(SEED, "jurisdiction")
    area = district["geom"]
    for station in _features(SEED, "stations"):
        assert station["geom"].distance(roads) <= 30.0, station["station_id"]
        assert area.contains(station["geom"]), station["station_id"]
    for unit in _features(SEED, "units"):
        assert unit["geom"].distance(roads) <= 30.0, unit["unit_id"]
    key_sites = _features(SEED, "key_sites")
    zones = _features(SEED, "patrol_zones")
    for site in key_sites:
        assert area.contains(site["geom"]), site["name"]
        assert any(z["category"] == "key_site" and z["geom"].intersects(site["geom"]) for z in zones), site[
            "name"
        ]
    # Roads may poke out a little, but the district holds the network.
    assert roads.intersection(area).length > 0.95 * roads.length


def test_rebuilding_gives_the_committed_counts(qgis_app, tmp_path):
    if not OSM.is_file():
        pytest.skip(f"{OSM.relative_to(ROOT)} is absent: `make build/osm/Helsinki.osm.pbf` fetches it")
    builder = _load_builder()
    out = tmp_path / "rebuilt.gpkg"
    counts = builder.build_demo(OSM, out)
    assert counts == _counts(SEED)
    assert _counts(out) == _counts(SEED)
    assert inspect_command_map(out) == []
    with pytest.raises(builder.BuildError):
        builder.build_demo(OSM, out)  # never overwrites unless asked
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rebuilt.gpkg"]


def test_roster_is_a_month_of_four_teams_two_shifts():
    stations = {s["station_id"]: s for s in _features(SEED, "stations")}
    rows = _features(SEED, "duty_roster")
    by_day = {}
    for row in rows:
        assert row["station_id"] in stations
        assert row["zone_code"] is None
        assert row["leader"] and len(row["members"].split("、")) == 3
        assert row["phone"].startswith(stations[row["station_id"]]["phone"])
        by_day.setdefault((row["station_id"], row["duty_date"]), []).append((row["shift"], row["team"]))
    assert {d for _, d in by_day} == {f"2024/05/{day:02d}" for day in range(1, 32)}
    for shifts in by_day.values():
        assert sorted(s for s, _ in shifts) == ["day", "night"]
    # 四班两运转 anchored on 1 May: 一班 days on 1–2 May, nights on 3–4, off 5–8, days again on 9.
    one = {
        d: s
        for (sid, d), shifts in by_day.items()
        if sid == "PS-01"
        for s, t in shifts
        if t.startswith("一班")
    }
    assert [one.get(f"2024/05/{day:02d}") for day in range(1, 10)] == [
        "day",
        "day",
        "night",
        "night",
        None,
        None,
        None,
        None,
        "day",
    ]
    # Every team of every station has its own people.
    leaders = {(r["station_id"], r["team"]): r["leader"] for r in rows}
    assert len(leaders) == 4 * len(stations)
    assert len(set(leaders.values())) == len(leaders)


def test_parse_other_tags_handles_escapes():
    builder = _load_builder()
    tags = builder.parse_other_tags(r'"maxspeed"=>"30","oneway"=>"yes","note"=>"a \"quoted\", b=>c"')
    assert tags == {"maxspeed": "30", "oneway": "yes", "note": 'a "quoted", b=>c'}
    assert builder.parse_other_tags(None) == {}
