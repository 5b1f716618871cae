"""Bad input to the algorithms (issue 10 items 4 and 14–17): a clear message, never a crash.

The crash tests run in a subprocess: a segfault there fails the test instead of killing pytest.
"""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

ROOT = Path(__file__).resolve().parents[2]
CRS = "EPSG:32635"
X0, Y0 = 500000.0, 6672000.0
BOW_TIE = f"Polygon(({X0} {Y0 - 100}, {X0 + 1000} {Y0 + 100}, {X0 + 1000} {Y0 - 100}, {X0} {Y0 + 100}, {X0} {Y0 - 100}))"
SQUARE = f"Polygon(({X0} {Y0 - 100}, {X0 + 1000} {Y0 - 100}, {X0 + 1000} {Y0 + 100}, {X0} {Y0 + 100}, {X0} {Y0 - 100}))"
CURVE_ZONE = (
    f"CurvePolygon(CompoundCurve(CircularString({X0} {Y0 - 100}, {X0 + 500} {Y0 - 300}, {X0 + 1000} {Y0 - 100}),"
    f"({X0 + 1000} {Y0 - 100}, {X0 + 1000} {Y0 + 100}, {X0} {Y0 + 100}, {X0} {Y0 - 100})))"
)
CURVE_ROAD = f"CompoundCurve(({X0} {Y0}, {X0 + 500} {Y0}),CircularString({X0 + 500} {Y0}, {X0 + 1000} {Y0 + 50}, {X0 + 1500} {Y0}))"


def _layer(kind, wkts, fields="", attributes=None, crs=CRS):
    layer = QgsVectorLayer(f"{kind}?crs={crs}{fields}" if crs else f"{kind}?{fields}", "input", "memory")
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())
    features = []
    for i, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry.fromWkt(wkt)
        assert not geometry.isNull(), wkt
        feature.setGeometry(geometry)
        if attributes:
            feature.setAttributes(attributes[i])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _zones(*wkts, targets=None):
    fields = "&field=zone_code:string&field=category:string&field=target_min:string"
    attributes = [[f"Z-{i + 1}", "other", (targets or [None] * len(wkts))[i]] for i in range(len(wkts))]
    return _layer("Polygon" if "Curve" not in wkts[0] else "CurvePolygon", wkts, fields, attributes)


def _road(wkt=f"LineString({X0} {Y0}, {X0 + 1500} {Y0})", crs=CRS):
    return _layer("CompoundCurve" if "Curve" in wkt else "LineString", [wkt], crs=crs)


def _station():
    return _layer("Point", [f"Point({X0} {Y0 + 5})"], "&field=station_id:string", [["PS-01"]])


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 - QGIS's name
        self.warnings.append(text)


# --------------------------------------------------------------------------- item 4: no crash after

CRASH_SCRIPT = textwrap.dedent(
    """
    import shutil, sys
    sys.path.insert(0, {root!r})
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    from plugin.processing.provider import PatrolMapProvider
    provider = PatrolMapProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    def layer(kind, wkt, fields, values):
        out = QgsVectorLayer(kind + "?crs={crs}" + fields, "input", "memory")
        feature = QgsFeature(out.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        out.dataProvider().addFeatures([feature])
        return out

    zones = layer("Polygon", {bow_tie!r}, "&field=zone_code:string&field=category:string", ["Z-1", "other"])
    road = layer("LineString", "LineString({x0} {y0}, {x1} {y0})", "", [])
    station = layer("Point", "Point({x0} {y0})", "&field=station_id:string", ["PS-01"])
    params = {{
        "coverage": {{"NETWORK": road, "ZONES": zones, "FACILITIES": station, "OUTPUT": "memory:"}},
        "zoneworkload": {{"ZONES": zones, "ROADS": road, "OUTPUT": "memory:"}},
        "assignzones": {{"NETWORK": road, "ZONES": zones, "STATIONS": station, "OUTPUT": "memory:"}},
        "dutymap": {{"ZONES": zones, "DATE": "2024-05-20", "ATLAS": False, "OUTPUT": sys.argv[2]}},
    }}[sys.argv[1]]
    try:
        processing.run("patrolmap:" + sys.argv[1], params)
        print("NO ERROR")
    except Exception as error:
        print("REFUSED:", error)
    good = layer("Polygon", {square!r}, "&field=zone_code:string", ["Z-2"])
    for _ in range(3):
        out = processing.run("native:buffer", {{"INPUT": road, "DISTANCE": 10, "OUTPUT": "memory:"}})["OUTPUT"]
        assert out.featureCount() == 1
        out = processing.run("patrolmap:zoneworkload", {{"ZONES": good, "ROADS": road, "OUTPUT": "memory:"}})
        assert out["OUTPUT"].featureCount() == 1
    print("NEXT RUNS OK")
    """
)


@pytest.mark.parametrize("algorithm", ["coverage", "zoneworkload", "assignzones", "dutymap"])
def test_an_invalid_zone_is_refused_by_name_and_the_next_run_does_not_crash(algorithm, tmp_path):
    script = tmp_path / "run.py"
    script.write_text(
        CRASH_SCRIPT.format(
            root=str(ROOT), crs=CRS, bow_tie=BOW_TIE, square=SQUARE, x0=X0, y0=Y0, x1=X0 + 1500
        )
    )
    done = subprocess.run(
        [sys.executable, str(script), algorithm, str(tmp_path / "duty.pdf")],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, (done.returncode, done.stdout[-2000:], done.stderr[-2000:])
    assert "REFUSED:" in done.stdout and "Z-1" in done.stdout and "Self-intersection" in done.stdout, (
        done.stdout
    )
    assert "NEXT RUNS OK" in done.stdout


def _context(check):
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(check)
    return context


def _check(name):
    from qgis.core import Qgis, QgsFeatureRequest

    new = getattr(Qgis, "InvalidGeometryCheck", None)
    if new is not None:
        return getattr(new, name)
    return getattr(QgsFeatureRequest.InvalidGeometryCheck, "Geometry" + name)


def test_without_the_check_an_invalid_zone_is_repaired_and_named(processing):
    feedback = Feedback()
    result = processing.run(
        "patrolmap:zoneworkload",
        {"ZONES": _zones(BOW_TIE, SQUARE), "ROADS": _road(), "OUTPUT": "memory:"},
        context=_context(_check("NoCheck")),
        feedback=feedback,
    )
    rows = {f["zone_code"]: f for f in result["OUTPUT"].getFeatures()}
    # The bow-tie's two triangles keep half of the rectangle's area; the square all of it.
    assert rows["Z-1"]["area_km2"] == pytest.approx(0.1, rel=1e-3)
    assert rows["Z-2"]["area_km2"] == pytest.approx(0.2, rel=1e-3)
    assert any("repaired" in w and "Z-1" in w for w in feedback.warnings), feedback.warnings


def test_skipping_invalid_zones_leaves_them_out_by_name(processing):
    feedback = Feedback()
    result = processing.run(
        "patrolmap:coverage",
        {"NETWORK": _road(), "ZONES": _zones(BOW_TIE, SQUARE), "FACILITIES": _station(), "OUTPUT": "memory:"},
        context=_context(_check("SkipInvalid")),
        feedback=feedback,
    )
    assert [f["zone_code"] for f in result["OUTPUT"].getFeatures()] == ["Z-2"]
    assert any("left out" in w and "Z-1" in w for w in feedback.warnings), feedback.warnings


# --------------------------------------------------------------------------- item 14: curves

CURVE_ALGORITHMS = (
    "isochrones",
    "responsezones",
    "traveltimematrix",
    "nearestunits",
    "coverage",
    "assignzones",
    "zoneworkload",
    "validatezones",
    "creategrid",
)


def _curve_params(algorithm):
    zones, road, station = _zones(CURVE_ZONE), _road(CURVE_ROAD), _station()
    return {
        "isochrones": {"NETWORK": road, "ORIGINS": station, "BREAKS": "1", "OUTPUT": "memory:"},
        "responsezones": {"NETWORK": road, "FACILITIES": station, "BREAKS": "1", "OUTPUT": "memory:"},
        "traveltimematrix": {
            "NETWORK": road,
            "ORIGINS": station,
            "DESTINATIONS": station,
            "OUTPUT": "memory:",
        },
        "nearestunits": {"NETWORK": road, "INCIDENTS": station, "UNITS": station, "OUTPUT": "memory:"},
        "coverage": {"NETWORK": road, "ZONES": zones, "FACILITIES": station, "OUTPUT": "memory:"},
        "assignzones": {"NETWORK": road, "ZONES": zones, "STATIONS": station, "OUTPUT": "memory:"},
        "zoneworkload": {"ZONES": zones, "ROADS": road, "OUTPUT": "memory:"},
        "validatezones": {"ZONES": zones, "OUTPUT": "memory:"},
        "creategrid": {"BOUNDARY": zones, "CELL_SIZE": 200.0, "OUTPUT": "memory:"},
    }[algorithm]


@pytest.mark.parametrize("algorithm", CURVE_ALGORITHMS)
def test_curved_roads_and_zones_are_segmentized(processing, algorithm):
    result = processing.run(f"patrolmap:{algorithm}", _curve_params(algorithm))
    assert result["OUTPUT"].featureCount() >= (0 if algorithm == "validatezones" else 1)
    if algorithm == "zoneworkload":
        row = next(result["OUTPUT"].getFeatures())
        # The arc bulges 200 m below the 1000 × 200 m rectangle: a segment of a circle of
        # radius 725 m (area r²/2·(θ − sin θ)), and the road's arc is longer than its chord.
        assert row["area_km2"] == pytest.approx((200_000 + 137_700) / 1e6, rel=0.01)
        assert row["road_km"] > 1.0
    if algorithm == "validatezones":
        assert result["ERROR_COUNT"] == 0
    if algorithm == "coverage":
        assert result["ZONE_COUNT"] == 1


# --------------------------------------------------------------------------- item 15: no CRS


def test_roads_without_a_crs_are_named(processing):
    with pytest.raises(QgsProcessingException, match="roads layer .* has no coordinate reference system"):
        processing.run(
            "patrolmap:zoneworkload", {"ZONES": _zones(SQUARE), "ROADS": _road(crs=None), "OUTPUT": "memory:"}
        )


def test_points_without_a_crs_are_named(processing):
    points = _layer("Point", [f"Point({X0} {Y0})"], "&field=pid:integer", [[1]], crs=None)
    with pytest.raises(QgsProcessingException, match="origin layer has no coordinate reference system"):
        processing.run(
            "patrolmap:traveltimematrix",
            {"NETWORK": _road(), "ORIGINS": points, "DESTINATIONS": _station(), "OUTPUT": "memory:"},
        )


# --------------------------------------------------------------------------- item 16: 0 minutes


def test_max_minutes_zero_leaves_only_pairs_zero_minutes_apart(processing):
    far = _layer(
        "Point",
        [f"Point({X0} {Y0})", f"Point({X0 + 1000} {Y0})"],
        "&field=pid:integer",
        [[1], [2]],
    )
    params = {"NETWORK": _road(), "ORIGINS": far, "ORIGIN_ID_FIELD": "pid", "OUTPUT": "memory:"}
    params.update(DESTINATIONS=far, DESTINATION_ID_FIELD="pid")

    def table(**extra):
        out = processing.run("patrolmap:traveltimematrix", {**params, **extra})["OUTPUT"]
        return {
            (f["origin_id"], f["destination_id"]): None if f["minutes"] in (None, NULL) else f["minutes"]
            for f in out.getFeatures()
        }

    assert table()[(1, 2)] == pytest.approx(1000 / (30 / 3.6) / 60, rel=1e-3)  # no value: no limit
    zero = table(MAX_MINUTES=0)
    assert zero[(1, 2)] is None and zero[(2, 1)] is None
    assert zero[(1, 1)] == pytest.approx(0.0) and zero[(2, 2)] == pytest.approx(0.0)


# --------------------------------------------------------------------------- item 17: wrong types


def test_targets_that_are_no_number_are_named_and_get_the_category_target(processing):
    zones = _zones(SQUARE, SQUARE, SQUARE, SQUARE, targets=["abc", "3 min", "五", "2"])
    feedback = Feedback()
    result = processing.run(
        "patrolmap:coverage",
        {
            "NETWORK": _road(),
            "ZONES": zones,
            "TARGET_FIELD": "target_min",
            "FACILITIES": _station(),
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    targets = {f["zone_code"]: f["target_min"] for f in result["OUTPUT"].getFeatures()}
    assert targets == {"Z-1": 5.0, "Z-2": 5.0, "Z-3": 5.0, "Z-4": 2.0}  # "other": 5 min
    named = [w for w in feedback.warnings if "target_min" in w]
    assert len(named) == 1, feedback.warnings
    for part in ("Z-1 (abc)", "Z-2 (3 min)", "Z-3 (五)"):
        assert part in named[0]
    assert "Z-4" not in named[0]


def test_zones_that_cannot_be_transformed_are_named_not_thrown(processing):
    good = "Polygon((24.9 60.1, 24.95 60.1, 24.95 60.15, 24.9 60.15, 24.9 60.1))"
    beyond = "Polygon((24.9 95, 24.95 95, 24.95 96, 24.9 96, 24.9 95))"  # north of the pole
    zones = _layer("Polygon", [good, beyond], "&field=zone_code:string", [["Z-1"], ["Z-2"]], crs="EPSG:4326")
    feedback = Feedback()
    result = processing.run(
        "patrolmap:zoneworkload", {"ZONES": zones, "OUTPUT": "memory:"}, feedback=feedback
    )
    rows = {f["zone_code"]: f["area_km2"] for f in result["OUTPUT"].getFeatures()}
    assert rows["Z-1"] > 10 and rows["Z-2"] in (None, NULL)
    assert any("cannot be transformed" in w and "Z-2" in w for w in feedback.warnings), feedback.warnings


def test_zones_without_a_crs_are_named(processing):
    zones = _layer("Polygon", [SQUARE], "&field=zone_code:string", [["Z-1"]], crs=None)
    with pytest.raises(QgsProcessingException, match="zones layer .* has no coordinate reference system"):
        processing.run("patrolmap:zoneworkload", {"ZONES": zones, "OUTPUT": "memory:"})


@pytest.mark.parametrize(
    ("algorithm", "layer"),
    [
        ("zoneworkload", "zones"),
        ("validatezones", "zones"),
        ("creategrid", "boundary"),
        ("isochrones", "road network"),
    ],
)
def test_metres_in_a_layer_marked_as_longitude_latitude_are_named(processing, algorithm, layer):
    """Roads or zones in metres whose CRS says EPSG:4326 (a common slip when a .prj is lost)."""
    wrong = "EPSG:4326"
    zones = _layer("Polygon", [SQUARE], "&field=zone_code:string", [["Z-1"]], crs=wrong)
    params = {
        "zoneworkload": {"ZONES": zones, "OUTPUT": "memory:"},
        "validatezones": {"ZONES": zones, "OUTPUT": "memory:"},
        "creategrid": {"BOUNDARY": zones, "CELL_SIZE": 200.0, "OUTPUT": "memory:"},
        "isochrones": {"NETWORK": _road(crs=wrong), "ORIGINS": _station(), "OUTPUT": "memory:"},
    }[algorithm]
    with pytest.raises(QgsProcessingException, match=f"The {layer} layer .* not in its CRS \\(EPSG:4326\\)"):
        processing.run(f"patrolmap:{algorithm}", params)


def test_key_site_targets_and_turnouts_that_are_no_number_are_named(processing):
    sites = _layer(
        "Point",
        [f"Point({X0 + 100} {Y0})", f"Point({X0 + 200} {Y0})", f"Point({X0 + 300} {Y0})"],
        "&field=name:string&field=target_min:string",
        [["bank", "abc"], ["school", None], ["hospital", "2"]],
    )
    stations = _layer(
        "Point",
        [f"Point({X0} {Y0 + 5})", f"Point({X0 + 1400} {Y0 + 5})"],
        "&field=station_id:string&field=turnout:string",
        [["PS-01", "3 min"], ["PS-02", ""]],
    )
    feedback = Feedback()
    result = processing.run(
        "patrolmap:coverage",
        {
            "NETWORK": _road(),
            "ZONES": _zones(SQUARE),
            "FACILITIES": stations,
            "FACILITY_ID_FIELD": "station_id",
            "TURNOUT_FIELD": "turnout",
            "KEY_SITES": sites,
            "OUTPUT": "memory:",
            "KEY_SITES_OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    targets = {f["name"]: f["target_min"] for f in result["KEY_SITES_OUTPUT"].getFeatures()}
    assert targets == {"bank": 1.0, "school": 1.0, "hospital": 2.0}
    about_sites = [w for w in feedback.warnings if "target_min" in w]
    assert len(about_sites) == 1 and "bank" in about_sites[0] and "school" not in about_sites[0]
    about_turnout = [w for w in feedback.warnings if "turnout" in w]
    assert len(about_turnout) == 1 and "PS-01" in about_turnout[0] and "PS-02" not in about_turnout[0]


def test_curved_roads_in_a_geopackage_are_segmentized(processing, tmp_path):
    """A saved file goes through GDAL's fast reader first, which has no curves either."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = str(tmp_path / "roads.gpkg")
    written = QgsVectorFileWriter.writeAsVectorFormatV3(
        _road(CURVE_ROAD), path, QgsCoordinateTransformContext(), options
    )
    assert written[0] == QgsVectorFileWriter.WriterError.NoError, written
    roads = QgsVectorLayer(path, "roads", "ogr")
    assert "Curve" in QgsWkbTypes.displayString(roads.wkbType())
    result = processing.run(
        "patrolmap:traveltimematrix",
        {"NETWORK": roads, "ORIGINS": _station(), "DESTINATIONS": _station(), "OUTPUT": "memory:"},
    )
    assert [f["minutes"] for f in result["OUTPUT"].getFeatures()] == [pytest.approx(0.0)]
