"""patrolmap:creategrid and patrolmap:validatezones through processing.run, as a user or a model runs them."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from plugin.core.schema import PATROL_ZONES

# A C-shaped jurisdiction in UTM 35N (Helsinki): a long bay, a lake with an island, a slanted coast.
C_SHAPE = (
    "POLYGON((385000 6670000, 387700 6670000, 388000 6670330, 388000 6673000, 385400 6673000, "
    "385000 6672550, 385000 6670000), (385200 6671300, 385700 6671300, 385700 6671700, "
    "385200 6671700, 385200 6671300))"
)
BAY = "POLYGON((385900 6670800, 388100 6670800, 388100 6672200, 385900 6672200, 385900 6670800))"
ISLAND = "POLYGON((385400 6671450, 385500 6671450, 385500 6671550, 385400 6671550, 385400 6671450))"


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802 - QGIS's name
        self.warnings.append(warning)
        super().pushWarning(warning)


def polygon_layer(wkts, crs="EPSG:32635", fields="name:string", attrs=None, name="jurisdiction"):
    layer = QgsVectorLayer(
        f"Polygon?crs={crs}&" + "&".join(f"field={f}" for f in fields.split(",")), name, "memory"
    )
    features = []
    for k, wkt in enumerate(wkts):
        f = QgsFeature(layer.fields())
        if wkt is not None:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs[k]) if attrs else [f"part {k}"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def jurisdiction_geometry():
    return (
        QgsGeometry.fromWkt(C_SHAPE).difference(QgsGeometry.fromWkt(BAY)).combine(QgsGeometry.fromWkt(ISLAND))
    )


def to_crs(geometry: QgsGeometry, source: str, target: str) -> QgsGeometry:
    g = QgsGeometry(geometry)
    g.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(source), QgsCoordinateReferenceSystem(target), QgsProject.instance()
        )
    )
    return g


def assert_tiles(layer, boundary: QgsGeometry, rel=1e-9):
    geoms = [f.geometry() for f in layer.getFeatures()]
    assert all(g.isGeosValid() for g in geoms)
    assert all(QgsWkbTypes.flatType(g.wkbType()) == QgsWkbTypes.Type.Polygon for g in geoms)
    area = boundary.area()
    assert sum(g.area() for g in geoms) == pytest.approx(area, rel=rel)
    union = QgsGeometry.unaryUnion(geoms)
    assert union.symDifference(boundary).area() <= area * rel
    for i, a in enumerate(geoms):
        for b in geoms[i + 1 :]:
            if a.boundingBox().intersects(b.boundingBox()):
                assert a.intersection(b).area() <= area * rel


def run(processing, alg, params, feedback=None):
    return processing.run(alg, params, feedback=feedback or Feedback())


@pytest.mark.parametrize("shape", [0, 1])
def test_grid_tiles_a_projected_jurisdiction_with_codes_in_reading_order(processing, shape):
    boundary = jurisdiction_geometry()
    result = run(
        processing,
        "patrolmap:creategrid",
        {
            "BOUNDARY": polygon_layer([boundary.asWkt()]),
            "SHAPE": shape,
            "CELL_SIZE": 250.0,
            "OUTPUT": "memory:",
        },
    )
    out = result["OUTPUT"]
    assert out.fields().names() == list(PATROL_ZONES.field_names)
    assert out.crs().authid() == "EPSG:32635"
    assert QgsWkbTypes.flatType(out.wkbType()) == QgsWkbTypes.Type.Polygon
    features = list(out.getFeatures())
    assert len(features) == result["ZONE_COUNT"] > 60 and result["MERGED"] > 0
    codes = [f["zone_code"] for f in features]
    assert codes == [f"Z-{k:03d}" for k in range(1, len(codes) + 1)]
    assert {f["category"] for f in features} == {"other"}
    assert all(f["station_id"] in (None, "") or f["station_id"].isNull() for f in features)
    # Reading order: Z-001 is in the top row, the last code in the bottom row.
    tops = [f.geometry().boundingBox().yMaximum() for f in features]
    assert tops[0] == pytest.approx(max(tops)) and min(tops) == pytest.approx(tops[-1], abs=250)
    assert_tiles(out, boundary)
    lake = QgsGeometry.fromWkt("POINT(385300 6671400)")
    assert not any(f.geometry().intersects(lake) for f in features)


@pytest.mark.parametrize("shape", [0, 1])
def test_grid_in_a_geographic_crs_is_written_in_it_and_tiles_exactly(processing, shape):
    boundary = to_crs(jurisdiction_geometry(), "EPSG:32635", "EPSG:4326")
    feedback = Feedback()
    result = run(
        processing,
        "patrolmap:creategrid",
        {
            "BOUNDARY": polygon_layer([boundary.asWkt(17)], crs="EPSG:4326"),
            "SHAPE": shape,
            "CELL_SIZE": 250.0,
            "CODE_PREFIX": "HX",
            "OUTPUT": "memory:",
        },
        feedback,
    )
    out = result["OUTPUT"]
    assert out.crs().authid() == "EPSG:4326"
    assert_tiles(out, boundary, rel=1e-8)
    codes = [f["zone_code"] for f in out.getFeatures()]
    assert codes[0] == "HX-001" and len(set(codes)) == len(codes)
    # The cells are 250 m: the most common zone area, measured in UTM, is a full cell.
    full = 250.0 * 250.0 if shape == 0 else 3**0.5 / 2 * 250.0**2
    areas = [to_crs(f.geometry(), "EPSG:4326", "EPSG:32635").area() for f in out.getFeatures()]
    assert sum(1 for a in areas if abs(a - full) < full * 1e-6) >= 20
    # All at least a quarter cell, but the island in the lake: it touches no other zone.
    island, *rest = sorted(areas)
    assert island == pytest.approx(100 * 100, rel=1e-4)
    assert rest[0] >= 0.25 * full * (1 - 1e-4)


def test_grid_of_a_boundary_in_several_features_with_an_invalid_one(processing):
    bowtie = "POLYGON((388000 6670000, 388500 6670500, 388500 6670000, 388000 6670500, 388000 6670000))"
    layer = polygon_layer([C_SHAPE, None, bowtie])
    feedback = Feedback()
    result = run(
        processing,
        "patrolmap:creategrid",
        {"BOUNDARY": layer, "SHAPE": 0, "CELL_SIZE": 300.0, "MIN_CELL_PCT": 0, "OUTPUT": "memory:"},
        feedback,
    )
    warnings = [w for w in feedback.warnings if "make_valid" in w]
    assert len(warnings) == 1 and "3" in warnings[0] and "Self-intersection" in warnings[0]
    repaired = QgsGeometry.fromWkt(C_SHAPE).combine(QgsGeometry.fromWkt(bowtie).makeValid())
    assert_tiles(result["OUTPUT"], repaired)


def test_min_cell_pct_zero_keeps_every_piece(processing):
    layer = polygon_layer(["POLYGON((0 0, 250 0, 250 100, 0 100, 0 0))"])
    kept = run(
        processing,
        "patrolmap:creategrid",
        {"BOUNDARY": layer, "SHAPE": 0, "CELL_SIZE": 100, "MIN_CELL_PCT": 0, "OUTPUT": "memory:"},
    )
    merged = run(
        processing,
        "patrolmap:creategrid",
        {
            "BOUNDARY": layer,
            "SHAPE": 0,
            "CELL_SIZE": 100,
            "MIN_CELL_PCT": 60,
            "CODE_PREFIX": "",
            "OUTPUT": "memory:",
        },
    )
    assert kept["ZONE_COUNT"] == 3 and merged["ZONE_COUNT"] == 2
    assert sorted(round(f.geometry().area()) for f in merged["OUTPUT"].getFeatures()) == [10000, 15000]
    assert [f["zone_code"] for f in merged["OUTPUT"].getFeatures()] == ["001", "002"]


@pytest.mark.parametrize("size", [0, -50])
def test_cell_size_not_positive_is_refused_and_nothing_is_written(processing, tmp_path, size):
    target = tmp_path / "grid.gpkg"
    with pytest.raises(QgsProcessingException, match="more than 0 m"):
        run(
            processing,
            "patrolmap:creategrid",
            {"BOUNDARY": polygon_layer([C_SHAPE]), "SHAPE": 1, "CELL_SIZE": size, "OUTPUT": str(target)},
        )
    assert not target.exists()


def test_millions_of_cells_are_refused_with_the_limit_and_the_count(processing, tmp_path):
    from plugin.core.grid import MAX_CELLS, cell_count

    target = tmp_path / "grid.gpkg"
    bounds = QgsGeometry.fromWkt(C_SHAPE).boundingBox()
    count = cell_count(
        "hexagon", 2.0, (bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum())
    )
    with pytest.raises(QgsProcessingException) as info:
        run(
            processing,
            "patrolmap:creategrid",
            {"BOUNDARY": polygon_layer([C_SHAPE]), "SHAPE": 1, "CELL_SIZE": 2.0, "OUTPUT": str(target)},
        )
    text = str(info.value)
    assert f"{MAX_CELLS:,}" in text and f"{count:,}" in text and "at least" in text
    assert not target.exists()


@pytest.mark.parametrize("wkts", [[], [None], ["POLYGON EMPTY"]])
def test_empty_boundary_is_refused(processing, wkts):
    with pytest.raises(QgsProcessingException, match="no polygon with an area"):
        run(
            processing,
            "patrolmap:creategrid",
            {"BOUNDARY": polygon_layer(wkts), "CELL_SIZE": 100.0, "OUTPUT": "memory:"},
        )


# ---------------------------------------------------------------------------- validatezones


def zones_layer(rows, crs="EPSG:32635"):
    """rows: (wkt, zone_code, station_id)."""
    return polygon_layer(
        [r[0] for r in rows],
        crs=crs,
        fields="zone_code:string,station_id:string",
        attrs=[r[1:] for r in rows],
        name="patrol_zones",
    )


def test_validation_of_the_demo_command_map(processing, demo_gpkg):
    layers = {
        n: QgsVectorLayer(f"{demo_gpkg}|layername={n}", n, "ogr")
        for n in ("patrol_zones", "jurisdiction", "stations")
    }
    result = run(
        processing,
        "patrolmap:validatezones",
        {
            "ZONES": layers["patrol_zones"],
            "BOUNDARY": layers["jurisdiction"],
            "STATIONS": layers["stations"],
            "OUTPUT": "memory:",
            "POINTS": "memory:",
        },
    )
    out = list(result["OUTPUT"].getFeatures())
    # The demo's 38 zones tile the jurisdiction; five stations have fewer than 6 zones.
    assert result["ZONE_COUNT"] == 38 and result["TOPOLOGY_ERRORS"] == 0
    assert {f["error_type"] for f in out} == {"station_load"}
    assert sorted(f["station_id"] for f in out) == ["KS-01", "KS-02", "KS-03", "PS-01", "PS-02"]
    ks01 = next(f for f in out if f["station_id"] == "KS-01")
    fids = [int(x) for x in ks01["zone_fids"].split(",")]
    zones = layers["patrol_zones"]
    assert {zones.getFeature(fid)["station_id"] for fid in fids} == {"KS-01"}
    assert ks01.geometry().area() == pytest.approx(
        sum(zones.getFeature(fid).geometry().area() for fid in fids)
    )
    # Mobile platforms have 4 zones each: enough for a platform.
    assert "MP-01" not in {f["station_id"] for f in out}
    points = list(result["POINTS"].getFeatures())
    assert len(points) == len(out)
    stations = {f["station_id"]: f.geometry() for f in layers["stations"].getFeatures()}
    assert next(p for p in points if p["station_id"] == "KS-01").geometry().equals(stations["KS-01"])


def rect(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def test_validation_finds_each_fault_with_its_place_and_zone_ids(processing):
    rows = [
        (rect(0, 200, 200, 400), "Z-001", "S1"),
        (rect(190, 200, 400, 400), "Z-002", "S1"),  # 10 m into Z-001
        (rect(400, 200, 600, 400), "Z-002", "S1"),  # the same code again
        (rect(0, 0, 200, 200), "Z-004", None),  # no station
        (rect(210, 0, 400, 200), "Z-005", "S1"),  # 10 m gap to Z-004
        (rect(400, 0, 650, 200), "Z-006", "S1"),
    ]  # 50 m beyond the boundary
    layer = zones_layer(rows)
    fids = [f.id() for f in layer.getFeatures()]
    boundary = polygon_layer([rect(0, 0, 600, 400)])
    result = run(
        processing,
        "patrolmap:validatezones",
        {"ZONES": layer, "BOUNDARY": boundary, "MIN_ZONES": 1, "OUTPUT": "memory:", "POINTS": "memory:"},
    )
    out = list(result["OUTPUT"].getFeatures())
    by_type = {}
    for f in out:
        by_type.setdefault(f["error_type"], []).append(f)
    assert {k: len(v) for k, v in by_type.items()} == {
        "overlap": 1,
        "gap": 1,
        "outside": 1,
        "duplicate_code": 2,
        "unassigned": 1,
    }, [f.attributes() for f in out]
    overlap = by_type["overlap"][0]
    assert overlap["zone_code"] == "Z-001, Z-002" and overlap["zone_fids"] == f"{fids[0]},{fids[1]}"
    assert overlap.geometry().isGeosEqual(
        QgsGeometry.fromWkt("MULTIPOLYGON(((190 200, 200 200, 200 400, 190 400, 190 200)))")
    )
    gap = by_type["gap"][0]
    assert gap.geometry().area() == pytest.approx(2000)
    assert {"Z-004", "Z-005"} <= set(gap["zone_code"].split(", "))
    outside = by_type["outside"][0]
    assert outside["zone_code"] == "Z-006" and outside.geometry().area() == pytest.approx(50 * 200)
    assert sorted(f["zone_fids"] for f in by_type["duplicate_code"]) == sorted([str(fids[1]), str(fids[2])])
    assert by_type["unassigned"][0]["zone_code"] == "Z-004"
    assert result["TOPOLOGY_ERRORS"] == 2 and result["ERROR_COUNT"] == 6
    assert "2000" in overlap["message"].replace(",", "") and "Z-002" in overlap["message"]
    markers = list(result["POINTS"].getFeatures())
    assert [m["error_type"] for m in markers] == [f["error_type"] for f in out]
    assert all(o.geometry().intersects(m.geometry()) for o, m in zip(out, markers))


def test_validation_of_a_geographic_grid_is_clean(processing):
    boundary = to_crs(jurisdiction_geometry(), "EPSG:32635", "EPSG:4326")
    jur = polygon_layer([boundary.asWkt(17)], crs="EPSG:4326")
    grid = run(
        processing,
        "patrolmap:creategrid",
        {"BOUNDARY": jur, "SHAPE": 1, "CELL_SIZE": 300.0, "OUTPUT": "memory:"},
    )["OUTPUT"]
    result = run(processing, "patrolmap:validatezones", {"ZONES": grid, "BOUNDARY": jur, "OUTPUT": "memory:"})
    kinds = {f["error_type"] for f in result["OUTPUT"].getFeatures()}
    assert kinds == {"unassigned"}  # a new grid has no stations yet; nothing else is wrong


def test_validation_refuses_bad_bounds_and_stations_without_ids(processing, helpers):
    layer = zones_layer([(rect(0, 0, 200, 200), "Z-001", "S1")])
    with pytest.raises(QgsProcessingException, match="cannot be above"):
        run(
            processing,
            "patrolmap:validatezones",
            {"ZONES": layer, "MIN_ZONES": 9, "MAX_ZONES": 8, "OUTPUT": "memory:"},
        )
    stations = helpers.point_layer([(10, 10, 1)], "EPSG:32635")
    with pytest.raises(QgsProcessingException, match="station_id"):
        run(
            processing, "patrolmap:validatezones", {"ZONES": layer, "STATIONS": stations, "OUTPUT": "memory:"}
        )


def test_zones_without_code_or_station_fields_are_still_checked(processing):
    layer = polygon_layer([rect(0, 0, 200, 200), rect(150, 0, 350, 200)], fields="name:string", name="zones")
    feedback = Feedback()
    result = run(processing, "patrolmap:validatezones", {"ZONES": layer, "OUTPUT": "memory:"}, feedback)
    kinds = [f["error_type"] for f in result["OUTPUT"].getFeatures()]
    assert kinds == ["overlap"]
    assert any("zone_code" in w for w in feedback.warnings) and any(
        "station_id" in w for w in feedback.warnings
    )


def test_invalid_zones_are_reported_not_refused(processing):
    """Processing's own "stop at invalid geometry" must not hide the very faults this checks."""
    bowtie = "POLYGON((200 0, 400 200, 400 0, 200 200, 200 0))"
    layer = zones_layer([(rect(0, 0, 200, 200), "Z-001", "S1"), (bowtie, "Z-002", "S1")])
    result = run(
        processing,
        "patrolmap:validatezones",
        {"ZONES": layer, "MIN_ZONES": 1, "OUTPUT": "memory:", "POINTS": "memory:"},
    )
    invalid = [f for f in result["POINTS"].getFeatures() if f["error_type"] == "invalid"]
    assert len(invalid) == 1 and invalid[0]["zone_code"] == "Z-002"
    assert invalid[0].geometry().asWkt() == "Point (300 100)"
    assert "Self-intersection" in invalid[0]["message"]


def test_qgis_process_makes_and_checks_a_grid(tmp_path, demo_gpkg):
    """As a script would: qgis_process with the plugin in a profile, files in and out."""
    import json
    import os
    import shutil
    import subprocess
    import sys
    import sysconfig
    from pathlib import Path

    from osgeo import ogr

    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    if binary is None:
        pytest.fail("qgis_process is not installed")
    root = Path(__file__).resolve().parents[2]
    share = tmp_path / "share"
    subprocess.run(
        [
            sys.executable,
            str(root / "tools" / "install_plugin.py"),
            "--profiles-path",
            str(share / "QGIS" / "QGIS3"),
        ],
        check=True,
        capture_output=True,
    )
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(share),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": sysconfig.get_paths()["purelib"],
    }
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)

    def run(*args):
        done = subprocess.run([binary, "run", *args], env=env, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout[done.stdout.index("{") :])["results"]

    grid = tmp_path / "grid.gpkg"
    made = run(
        "patrolmap:creategrid",
        "--json",
        "--",
        f"BOUNDARY={demo_gpkg}|layername=jurisdiction",
        "SHAPE=1",
        "CELL_SIZE=250",
        f"OUTPUT={grid}",
    )
    ds = ogr.Open(str(grid))  # kept: its layer dies with it
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == made["ZONE_COUNT"] > 20
    assert layer.GetNextFeature().GetField("zone_code") == "Z-001"
    checked = run(
        "patrolmap:validatezones",
        "--json",
        "--",
        f"ZONES={grid}",
        f"BOUNDARY={demo_gpkg}|layername=jurisdiction",
        f"OUTPUT={tmp_path / 'problems.gpkg'}",
    )
    assert checked["TOPOLOGY_ERRORS"] == 0
    assert checked["ERROR_COUNT"] == made["ZONE_COUNT"]  # a new grid: every zone still without a station
