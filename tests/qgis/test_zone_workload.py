"""patrolmap:zoneworkload through Processing."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

CRS = "EPSG:32635"
X0, Y0 = 500000.0, 6672000.0  # on the central meridian: ground = planar / 0.9996


def _memory(kind, fields, rows, crs=CRS):
    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(f"{kind}?crs={crs}" + (f"&{spec}" if spec else ""), kind.lower(), "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def _zones(crs=CRS, xform=None):
    rows = []
    for code, x1, x2 in (("A", 0, 1000), ("B", 1000, 2000)):
        g = QgsGeometry.fromWkt(
            f"Polygon(({X0 + x1} {Y0}, {X0 + x2} {Y0}, {X0 + x2} {Y0 + 500}, "
            f"{X0 + x1} {Y0 + 500}, {X0 + x1} {Y0}))"
        )
        if xform is not None:
            g.transform(xform)
        rows.append((g.asWkt(12), (code, 7)))
    return _memory("Polygon", (("zone_code", "string"), ("keep", "integer")), rows, crs)


def _roads(crs=CRS, xform=None):
    rows = []
    for wkt in (
        f"LineString({X0 - 100} {Y0 + 250}, {X0 + 2100} {Y0 + 250})",  # 1000 m in each
        f"LineString({X0 + 1000} {Y0 + 100}, {X0 + 1000} {Y0 + 400})",  # on the A|B edge: 150 m each
        f"LineString({X0 + 200} {Y0 + 50}, {X0 + 200} {Y0 + 450})",
    ):  # 400 m in A
        g = QgsGeometry.fromWkt(wkt)
        if xform is not None:
            g.transform(xform)
        rows.append((g.asWkt(12), ()))
    return _memory("LineString", (), rows, crs)


def _incidents(dates):
    rows = [(f"Point({X0 + 100 + 10 * i} {Y0 + 100})", (f"I-{i}", d)) for i, d in enumerate(dates)]
    rows.append((f"Point({X0 + 1500} {Y0 + 100})", ("I-B", "2024-05-10T12:00:00Z")))
    return _memory("Point", (("incident_id", "string"), ("reported_at", "datetime")), rows)


def test_hand_layout(processing):
    sites = _memory(
        "Point",
        (("name", "string"),),
        [
            (f"Point({X0 + 10} {Y0 + 10})", ("a",)),
            (f"Point({X0 + 1000} {Y0 + 200})", ("on the edge",)),
            (f"Point({X0 + 5000} {Y0})", ("outside",)),
        ],
    )
    dates = ["2024-05-01T00:00:00Z", "2024-05-20T09:00:00Z", "2024-03-01T00:00:00Z", None]
    result = processing.run(
        "patrolmap:zoneworkload",
        {
            "ZONES": _zones(),
            "ROADS": _roads(),
            "KEY_SITES": sites,
            "INCIDENTS": _incidents(dates),
            "PERIOD_START": QDateTime.fromString("2024-04-20T00:00:00Z", Qt.DateFormat.ISODate),
            "PERIOD_END": QDateTime.fromString("2024-05-20T09:00:00Z", Qt.DateFormat.ISODate),
            "OUTPUT": "memory:",
        },
    )
    out = {f["zone_code"]: f for f in result["OUTPUT"].getFeatures()}
    k = 0.9996
    assert out["A"]["road_km"] == pytest.approx((1000 + 150 + 400) / k / 1000, rel=2e-5)
    assert out["B"]["road_km"] == pytest.approx((1000 + 150) / k / 1000, rel=2e-5)
    assert out["A"]["area_km2"] == pytest.approx(0.5 / k**2, rel=2e-5)
    # The site on the A|B edge counts once, for A.
    assert (out["A"]["key_sites"], out["B"]["key_sites"]) == (2, 0)
    # In the period, ends included: I-0 and I-1 in A, I-B in B; I-2 is too old, I-3 has no date.
    assert (out["A"]["incidents"], out["B"]["incidents"]) == (2, 1)
    assert result["INCIDENT_COUNT"] == 3
    assert out["A"]["keep"] == 7
    assert result["PERIOD"] == "2024-04-20T00:00:00Z to 2024-05-20T09:00:00Z"


def test_default_period_is_the_last_30_days(processing):
    now = QDateTime.currentDateTimeUtc()
    dates = [
        now.addDays(-1).toString(Qt.DateFormat.ISODate),
        now.addDays(-29).toString(Qt.DateFormat.ISODate),
        now.addDays(-31).toString(Qt.DateFormat.ISODate),
    ]
    result = processing.run(
        "patrolmap:zoneworkload", {"ZONES": _zones(), "INCIDENTS": _incidents(dates), "OUTPUT": "memory:"}
    )
    out = {f["zone_code"]: f for f in result["OUTPUT"].getFeatures()}
    assert (out["A"]["incidents"], out["B"]["incidents"]) == (2, 0)
    # Without roads or key sites there are no such figures rather than zeros.
    assert _null(out["A"]["road_km"]) and _null(out["A"]["key_sites"])
    assert not _null(out["A"]["area_km2"])


def _null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def test_geographic_zones_give_the_same_figures(processing):
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    xform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), wgs84, QgsProject.instance())
    projected = processing.run(
        "patrolmap:zoneworkload", {"ZONES": _zones(), "ROADS": _roads(), "OUTPUT": "memory:"}
    )["OUTPUT"]
    geographic = processing.run(
        "patrolmap:zoneworkload",
        {"ZONES": _zones("EPSG:4326", xform), "ROADS": _roads("EPSG:4326", xform), "OUTPUT": "memory:"},
    )["OUTPUT"]
    assert geographic.crs().authid() == "EPSG:4326"
    a = {f["zone_code"]: (f["road_km"], f["area_km2"]) for f in projected.getFeatures()}
    b = {f["zone_code"]: (f["road_km"], f["area_km2"]) for f in geographic.getFeatures()}
    for code in a:
        assert b[code][0] == pytest.approx(a[code][0], rel=1e-5)
        assert b[code][1] == pytest.approx(a[code][1], rel=1e-5)


def test_demo_figures_add_up(processing, demo_gpkg):
    src = f"{demo_gpkg}|layername="
    result = processing.run(
        "patrolmap:zoneworkload",
        {
            "ZONES": src + "patrol_zones",
            "ROADS": src + "roads",
            "KEY_SITES": src + "key_sites",
            "INCIDENTS": src + "incidents",
            "PERIOD_START": "2024-05-20T00:00:00",
            "PERIOD_END": "2024-05-21T00:00:00",
            "OUTPUT": "memory:",
        },
    )
    rows = list(result["OUTPUT"].getFeatures())
    assert len(rows) == 38
    assert sum(f["key_sites"] for f in rows) == 6
    assert sum(f["incidents"] for f in rows) == result["INCIDENT_COUNT"] == 3
    # Road km: QGIS's own ellipsoidal length of the roads clipped to the district (which the
    # zones tile exactly) — a measurement independent of ours.
    roads = QgsVectorLayer(src + "roads", "roads", "ogr")
    (district,) = QgsVectorLayer(src + "jurisdiction", "j", "ogr").getFeatures()
    area = district.geometry()
    measure = QgsDistanceArea()
    measure.setSourceCrs(roads.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid("WGS84")
    inside = sum(measure.measureLength(f.geometry().intersection(area)) for f in roads.getFeatures())
    assert sum(f["road_km"] for f in rows) * 1000 == pytest.approx(inside, rel=1e-4)
    zones = QgsVectorLayer(src + "patrol_zones", "z", "ogr")
    assert sum(f["area_km2"] for f in rows) == pytest.approx(
        sum(measure.measureArea(f.geometry()) for f in zones.getFeatures()) / 1e6, rel=1e-4
    )


def test_bad_input(processing):
    with pytest.raises(QgsProcessingException, match="starts .* after it ends"):
        processing.run(
            "patrolmap:zoneworkload",
            {
                "ZONES": _zones(),
                "PERIOD_START": "2024-05-02T00:00:00",
                "PERIOD_END": "2024-05-01T00:00:00",
                "OUTPUT": "memory:",
            },
        )
    undated = _memory("Point", (("incident_id", "string"),), [(f"Point({X0} {Y0})", ("I-1",))])
    with pytest.raises(QgsProcessingException, match="no “reported_at” field"):
        processing.run(
            "patrolmap:zoneworkload", {"ZONES": _zones(), "INCIDENTS": undated, "OUTPUT": "memory:"}
        )
    empty = _memory("Polygon", (("zone_code", "string"),), [])
    with pytest.raises(QgsProcessingException, match="no polygons"):
        processing.run("patrolmap:zoneworkload", {"ZONES": empty, "OUTPUT": "memory:"})
