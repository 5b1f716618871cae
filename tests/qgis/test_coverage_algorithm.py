"""patrolmap:coverage on a layout whose answers can be worked out by hand."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

CRS = "EPSG:32635"
X0, Y0 = 500000.0, 6672000.0  # on the UTM central meridian: ground ≈ planar / 0.9996


def _zones():
    layer = QgsVectorLayer(f"Polygon?crs={CRS}&field=zone_code:string&field=category:string&field=target_min:double",
                           "zones", "memory")
    feats = []
    for code, x1, x2, category, target in (("A", 0, 1000, "centre", None), ("B", 1000, 3000, "other", 3.0)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(
            f"Polygon(({X0 + x1} {Y0 - 100}, {X0 + x2} {Y0 - 100}, {X0 + x2} {Y0 + 100}, {X0 + x1} {Y0 + 100}, {X0 + x1} {Y0 - 100}))"))
        f.setAttributes([code, category, target])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _road():
    layer = QgsVectorLayer(f"LineString?crs={CRS}", "road", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt(f"LineString({X0} {Y0}, {X0 + 1500} {Y0}, {X0 + 3000} {Y0})"))
    layer.dataProvider().addFeatures([f])
    return layer


def test_zone_figures_gaps_and_verdict(processing, helpers):
    station = helpers.point_layer([(X0, Y0 + 5, "PS-01")], CRS, (("station_id", "string"),))
    sites = helpers.point_layer([(X0 + 500, Y0, "near", 1.0), (X0 + 2500, Y0, "far", 1.0)], CRS,
                                (("name", "string"), ("target_min", "double")))
    result = processing.run("patrolmap:coverage", {
        "NETWORK": _road(), "DEFAULT_SPEED_KMH": 36.0, "ZONES": _zones(), "TARGET_FIELD": "target_min",
        "FACILITIES": station, "FACILITY_ID_FIELD": "station_id", "KEY_SITES": sites,
        "OUTPUT": "memory:", "GAPS": "memory:", "KEY_SITES_OUTPUT": "memory:"})
    zones = {f["zone_code"]: f for f in result["OUTPUT"].getFeatures()}
    a, b = zones["A"], zones["B"]
    # A: no target in the field → category centre → 3 min = 1800 m at 10 m/s: all of its 1 km road.
    assert a["target_min"] == 3.0
    assert a["covered_pct"] == pytest.approx(100.0)
    assert a["compliant"] is True or a["compliant"] == 1
    # Timed at the middle of 10 m pieces: within half a piece (0.5 s) of the exact end.
    assert a["worst_min"] == pytest.approx(1000 / 10 / 60, abs=0.01)
    # B: 3 min reaches x = 1800 m of its 1000–3000 m road: 40 %; its far end needs 5 min.
    assert b["covered_pct"] == pytest.approx(40.0, abs=1.0)
    assert b["worst_min"] == pytest.approx(5.0, abs=0.01)
    assert b["mean_min"] == pytest.approx(2000 / 10 / 60 * 1.0, rel=5e-3)  # mean of 1000..3000 m
    assert not b["compliant"]
    assert b["backup_pct"] == pytest.approx(0.0)
    assert b["road_km"] == pytest.approx(2.0, rel=2e-3)
    gaps = list(result["GAPS"].getFeatures())
    assert [g["zone_code"] for g in gaps] == ["B"]
    bounds = gaps[0].geometry().boundingBox()
    # The missed road from 1800 m, widened by the 50 m area width (to pixel accuracy).
    assert bounds.xMinimum() == pytest.approx(X0 + 1800 - 50, abs=15)
    assert bounds.xMaximum() == pytest.approx(X0 + 3000, abs=1)
    assert result["VERDICT"] == "1 of 2 zones compliant; 1 gaps, worst 5.0 min in B"
    assert result["COMPLIANT"] == 1 and result["ZONE_COUNT"] == 2
    sites_out = {f["name"]: f for f in result["KEY_SITES_OUTPUT"].getFeatures()}
    assert sites_out["near"]["compliant"] and sites_out["near"]["minutes"] == pytest.approx(500 / 10 / 60, rel=2e-3)
    assert not sites_out["far"]["compliant"]


def test_second_facility_gives_backup(processing, helpers):
    stations = helpers.point_layer([(X0, Y0, "PS-01"), (X0 + 3000, Y0, "KS-01")], CRS, (("station_id", "string"),))
    result = processing.run("patrolmap:coverage", {
        "NETWORK": _road(), "DEFAULT_SPEED_KMH": 36.0, "ZONES": _zones(), "FACILITIES": stations,
        "FACILITY_ID_FIELD": "station_id", "OUTPUT": "memory:"})
    zones = {f["zone_code"]: f for f in result["OUTPUT"].getFeatures()}
    # B, category other → 5 min = 3000 m: both stations reach all of it, each alone.
    assert zones["B"]["target_min"] == 5.0
    assert zones["B"]["covered_pct"] == pytest.approx(100.0)
    assert zones["B"]["backup_pct"] == pytest.approx(100.0, abs=0.5)
    # A (centre, 3 min = 1800 m): KS-01 is 2000–3000 m away, so no backup.
    assert zones["A"]["backup_pct"] == pytest.approx(0.0)
    assert result["VERDICT"] == "2 of 2 zones compliant"
