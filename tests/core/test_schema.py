"""The command-map model in core/schema.py: names are public API, checks are exhaustive."""

import ast
from pathlib import Path

import pytest

from plugin.core import schema

CORE = Path(__file__).resolve().parents[2] / "plugin" / "core"


def test_core_imports_neither_qt_nor_qgis():
    for path in CORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert top not in {"qgis", "PyQt5", "PyQt6", "sip"}, f"{path.name} imports {name}"


def test_public_layer_and_field_names():
    expected = {
        "jurisdiction": ["name"],
        "patrol_zones": ["zone_code", "name", "station_id", "category", "target_min", "notes"],
        "stations": ["station_id", "name", "kind", "turnout_min", "phone"],
        "key_sites": ["name", "kind", "target_min"],
        "roads": ["name", "highway", "maxspeed", "oneway"],
    }
    for layer, fields in expected.items():
        assert list(schema.LAYERS_BY_NAME[layer].field_names)[: len(fields)] == fields
    assert {"units", "incidents"} <= set(schema.LAYERS_BY_NAME)
    zone_code = schema.PATROL_ZONES.field("zone_code")
    assert zone_code.unique and zone_code.not_null
    assert schema.STATIONS.field("kind").values == (
        "police_station",
        "kiosk",
        "mobile_platform",
        "checkpoint",
    )
    assert schema.PATROL_ZONES.field("category").values == ("key_site", "centre", "other")
    assert schema.KEY_SITES.field("target_min").default == "1"


def _complete():
    return {
        layer.name: (schema.GEOMETRY_FAMILY[layer.geometry], set(layer.field_names))
        for layer in schema.COMMAND_MAP
    }


def test_complete_map_has_no_problems_and_field_case_is_ignored():
    found = _complete()
    found["roads"] = ("line", {n.upper() for n in found["roads"][1]})
    assert schema.check_command_map(found) == []


def test_every_missing_piece_is_listed():
    found = _complete()
    del found["stations"]
    found["patrol_zones"] = ("polygon", found["patrol_zones"][1] - {"zone_code", "category"})
    found["roads"] = ("point", found["roads"][1])
    problems = schema.check_command_map(found)
    described = [str(p) for p in problems]
    assert "layer 'stations' is missing" in described
    assert "layer 'patrol_zones' lacks field 'zone_code'" in described
    assert "layer 'patrol_zones' lacks field 'category'" in described
    assert "layer 'roads' has point geometry" in described
    assert len(problems) == 4


@pytest.mark.parametrize(
    ("lon", "lat", "expected"),
    [
        (120.15, 30.28, "EPSG:4549"),  # Hangzhou: CGCS2000 GK CM 120E
        (116.40, 39.90, "EPSG:4548"),  # Beijing: CM 117E
        (113.26, 23.13, "EPSG:4547"),  # Guangzhou: CM 114E
        (24.94, 60.17, "EPSG:32635"),  # Helsinki: UTM 35N
        (-46.63, -23.55, "EPSG:32723"),  # São Paulo: UTM 23S
        (180.0, 10.0, "EPSG:32660"),
    ],
)
def test_suggest_metric_crs(lon, lat, expected):
    assert schema.suggest_metric_crs(lon, lat) == expected


def test_suggest_metric_crs_refuses_projected_numbers():
    with pytest.raises(ValueError, match="not a longitude/latitude"):
        schema.suggest_metric_crs(500000.0, 3300000.0)
