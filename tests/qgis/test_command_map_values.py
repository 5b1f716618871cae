"""A command map whose number fields hold text (issue 10 item 17): listed when it is opened."""

import pytest
from qgis.core import Qgis

from plugin.commandmap import load_command_map, value_problems
from plugin.core.field_values import number_problems, read_number
from plugin.core.schema import PATROL_ZONES


@pytest.mark.parametrize(
    ("value", "number"),
    [(None, None), ("", None), ("  ", None), ("3", 3.0), (" 2.5 ", 2.5), (4, 4.0), (1.5, 1.5)],
)
def test_numbers_and_empty_values_are_read(value, number):
    assert read_number(value) == number


@pytest.mark.parametrize("value", ["abc", "3 min", "五", "nan", "inf", True, float("inf"), b"3"])
def test_anything_else_is_no_number(value):
    assert read_number(value) != read_number(value)  # NaN


def test_problems_name_the_record_field_and_fault():
    rows = [("Z-1", {"target_min": "abc"}), ("Z-2", {"target_min": 500.0}), ("Z-3", {"target_min": "3"})]
    found = [(p.record, p.field, p.fault) for p in number_problems(PATROL_ZONES, rows)]
    assert found == [("Z-1", "target_min", "not_a_number"), ("Z-2", "target_min", "out_of_range")]


def _text_targets(gpkg, values):
    """patrol_zones.target_min turned into a TEXT column holding ``values`` (zone code → text)."""
    from osgeo import gdal

    # Through GDAL: its SQLite connection has the functions the GeoPackage's triggers call.
    db = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    db.ExecuteSQL("ALTER TABLE patrol_zones RENAME COLUMN target_min TO target_old")
    db.ExecuteSQL("ALTER TABLE patrol_zones ADD COLUMN target_min TEXT")
    for code, value in values.items():
        db.ExecuteSQL(f"UPDATE patrol_zones SET target_min = '{value}' WHERE zone_code = '{code}'")
    db = None


def test_opening_lists_targets_that_are_no_number(qgis_new_project, demo_gpkg):
    _text_targets(demo_gpkg, {"Z-001": "abc", "Z-002": "3 min", "Z-003": "五", "Z-004": "2"})
    bad = sorted((p.layer, p.record, p.value) for p in value_problems(load_command_map(demo_gpkg).layers))
    assert bad == [
        ("patrol_zones", "Z-001", "abc"),
        ("patrol_zones", "Z-002", "3 min"),
        ("patrol_zones", "Z-003", "五"),
    ]


def test_the_open_action_shows_them(qgis_iface, qgis_new_project, demo_gpkg):
    from plugin.gui.commandmap_actions import open_command_map

    _text_targets(demo_gpkg, {"Z-001": "abc", "Z-002": "3 min"})
    assert open_command_map(qgis_iface, str(demo_gpkg)) == demo_gpkg
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any("Z-001" in m and "abc" in m and "Z-002" in m and "target_min" in m for m in warnings), warnings
