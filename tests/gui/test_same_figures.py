"""One zone, one set of figures: every view that shows a zone's road km, area, response target
or a station's zone bounds gets them from the same function (issue 12 item 2).

Views compared on the demo command map: patrolmap:zoneworkload, patrolmap:coverage, the duty
map's zone facts and the Assign brush's panel (its station rows sum their zones' road km).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from qgis.core import QgsProject

from plugin import settings
from plugin.core.rules import StationBounds, zone_target
from plugin.gui.zone_tools import ZoneLoadDock
from plugin.layout.data import read_inputs
from plugin.layout.dutymap import DutyMapRequest

pytestmark = pytest.mark.gui


def _by_code(layer, *names):
    return {f["zone_code"]: tuple(f[n] for n in names) for f in layer.getFeatures()}


def test_every_view_shows_the_same_road_km_area_and_target(demo, processing, qtbot, tmp_path):
    zones, roads, stations = demo["patrol_zones"], demo["roads"], demo["stations"]
    workload = processing.run(
        "patrolmap:zoneworkload", {"ZONES": zones, "ROADS": roads, "OUTPUT": "memory:"}
    )["OUTPUT"]
    expected = _by_code(workload, "road_km", "area_km2")
    assert len(expected) == zones.featureCount() > 10
    # A border street counts half to each side: the zones add up to the road inside their union,
    # which is less than counting each zone's road in full.
    assert all(km > 0 for km, _ in expected.values())

    coverage = processing.run(
        "patrolmap:coverage",
        {
            "NETWORK": roads,
            "HIGHWAY_FIELD": "highway",
            "ONEWAY_FIELD": "oneway",
            "ZONES": zones,
            "TARGET_FIELD": "target_min",
            "FACILITIES": stations,
            "FACILITY_ID_FIELD": "station_id",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    covered = _by_code(coverage, "road_km", "target_min")

    inputs = read_inputs(
        DutyMapRequest(zones=zones, output=tmp_path / "x.pdf", date=dt.date(2024, 5, 20), roads=roads)
    )
    attributes = {f["zone_code"]: dict(zip(f.fields().names(), f.attributes())) for f in zones.getFeatures()}
    for zone in inputs.zones:
        road_km, area_km2 = expected[zone.code]
        assert inputs.road_length.km(zone.code) == pytest.approx(road_km, rel=1e-12), zone.code
        assert covered[zone.code][0] == pytest.approx(road_km, rel=1e-12), zone.code
        assert zone.area_km2 == pytest.approx(area_km2, rel=1e-12), zone.code
        target = zone_target(attributes[zone.code])
        assert zone.target_min == target and covered[zone.code][1] == target, zone.code

    panel = ZoneLoadDock(None)
    qtbot.addWidget(panel)
    panel.set_layer(zones)
    panel.refresh_now()
    per_station = defaultdict(float)
    for code, (station,) in _by_code(zones, "station_id").items():
        per_station[station] += expected[code][0]
    rows = {r.station_id: r for r in panel.model.rows}
    assert set(rows) >= {s for s in per_station if s}
    for station, km in per_station.items():
        if station:
            assert rows[station].road_km == pytest.approx(km, rel=1e-9), station
    panel.cleanup()


def test_the_panel_follows_the_zones_dock_bounds(demo, processing, qtbot):
    zones, stations = demo["patrol_zones"], demo["stations"]
    panel = ZoneLoadDock(None)
    qtbot.addWidget(panel)
    panel.set_layer(zones)
    seen = set()
    for low, high, platform in ((6, 8, 4), (3, 5, 2), (1, 20, 1)):
        settings.ZONES_MIN.set(low)
        settings.ZONES_MAX.set(high)
        settings.ZONES_MIN_PLATFORM.set(platform)
        panel.refresh_now()
        checked = processing.run(
            "patrolmap:validatezones",
            {
                "ZONES": zones,
                "STATIONS": stations,
                "MIN_ZONES": low,
                "MAX_ZONES": high,
                "MIN_PLATFORM_ZONES": platform,
                "OUTPUT": "memory:",
            },
        )["OUTPUT"]
        flagged = {f["station_id"] for f in checked.getFeatures() if f["error_type"] == "station_load"}
        shaded = {r.station_id for r in panel.model.rows if r.status != "ok"}
        assert shaded == flagged, (low, high, platform)
        seen.add(frozenset(shaded))
        assert panel.model.bounds == StationBounds(low, high, platform)
    assert len(seen) == 3  # each setting shades other stations: the panel did follow them
    assert QgsProject.instance().mapLayer(zones.id()) is zones
    panel.cleanup()


def test_kept_road_km_follow_an_edit_of_the_zones(demo):
    """Coverage keeps road km between runs (the Live dock reruns it every few seconds): an
    edited zone must not show the figure of its old shape."""
    from plugin.zone_figures import road_km_by_fid

    zones, roads = demo["patrol_zones"], demo["roads"]
    before = road_km_by_fid(zones, roads)
    assert road_km_by_fid(zones, roads) is before  # unchanged layers: kept
    fid = max(before, key=lambda f: before[f] or 0.0)
    zones.startEditing()
    shrunk = zones.getFeature(fid).geometry().buffer(-100.0, 4)
    assert zones.changeGeometry(fid, shrunk)
    after = road_km_by_fid(zones, roads)
    assert after[fid] < before[fid]
    zones.rollBack()
    assert road_km_by_fid(zones, roads)[fid] == pytest.approx(before[fid], rel=1e-12)
