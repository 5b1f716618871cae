"""The duty map's zone figures come from the one measure (zone_figures), and without the
packages that measure needs the pages say "—" and the export says why."""

from __future__ import annotations

import datetime as dt

from qgis.core import QgsVectorLayer

from plugin import dependencies
from plugin.layout.data import read_inputs
from plugin.layout.dutymap import DutyMapRequest, _km2


def _request(demo_gpkg, tmp_path):
    layer = lambda name: QgsVectorLayer(f"{demo_gpkg}|layername={name}", name, "ogr")  # noqa: E731
    return DutyMapRequest(
        zones=layer("patrol_zones"),
        roads=layer("roads"),
        output=tmp_path / "x.pdf",
        date=dt.date(2024, 5, 20),
    )


def test_figures_are_measured_when_the_packages_are_there(processing, demo_gpkg, tmp_path):
    inputs = read_inputs(_request(demo_gpkg, tmp_path))
    assert not inputs.road_length.missing
    assert all(z.area_km2 and z.area_km2 > 0 for z in inputs.zones)
    assert all(inputs.road_length.km(z.code) > 0 for z in inputs.zones)
    assert not any("not printed" in w for w in inputs.warnings)


def test_without_geographiclib_the_pages_print_a_dash_and_say_why(
    processing, demo_gpkg, tmp_path, monkeypatch
):
    monkeypatch.setattr(dependencies, "missing", lambda: ("geographiclib",))
    inputs = read_inputs(_request(demo_gpkg, tmp_path))
    assert inputs.road_length.missing == ("geographiclib",)
    assert all(z.area_km2 is None for z in inputs.zones)
    assert inputs.road_length.km(inputs.zones[0].code) is None
    assert "Zone areas and road km are not printed: they need geographiclib." in inputs.warnings
    assert _km2(None) == "—" and _km2(0.04) == "0.040 km²" and _km2(1.234) == "1.23 km²"
    # SciPy alone (the road engine) is not needed for these figures.
    monkeypatch.setattr(dependencies, "missing", lambda: ("SciPy",))
    assert not read_inputs(_request(demo_gpkg, tmp_path)).road_length.missing
