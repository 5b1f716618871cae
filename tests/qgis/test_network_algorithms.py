"""Road-network algorithms against an independent computation on real OSM data."""

import math

import networkx as nx
import numpy as np
import pytest
from pyproj import Geod, Transformer
from qgis.core import NULL, QgsProcessingException, QgsProject

SPEED = 30.0  # km/h: every road at the default speed, so the reference needs no speed rules


def _reference_minutes(raw, sources, targets):
    """networkx Dijkstra on ellipsoidal lengths; nodes are exact OSM vertices."""
    geod = Geod(ellps="WGS84")
    graph = nx.Graph()
    for _fid, pts, _hw in raw:
        for a, b in zip(pts[:-1], pts[1:]):
            if a == b:
                continue
            length = geod.line_length([a[0], b[0]], [a[1], b[1]])
            graph.add_edge(a, b, weight=length / (SPEED / 3.6) / 60.0)
    out = np.full((len(sources), len(targets)), np.inf)
    for i, s in enumerate(sources):
        dist = nx.single_source_dijkstra_path_length(graph, s, weight="weight")
        for j, t in enumerate(targets):
            out[i, j] = dist.get(t, np.inf)
    return out


def _vertices(raw, count, seed):
    rng = np.random.default_rng(seed)
    vertices = sorted({p for _f, pts, _h in raw for p in pts})
    picks = rng.choice(len(vertices), size=count, replace=False)
    return [vertices[i] for i in picks]


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857"])
def test_matrix_matches_networkx_on_real_osm(processing, helpers, crs):
    roads, raw = helpers.osm_car_roads(crs)
    origins_ll = _vertices(raw, 6, seed=1)
    targets_ll = _vertices(raw, 9, seed=2)
    to_crs = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    origins = helpers.point_layer([(*to_crs.transform(*p), i) for i, p in enumerate(origins_ll)], crs)
    targets = helpers.point_layer([(*to_crs.transform(*p), i) for i, p in enumerate(targets_ll)], crs)
    result = processing.run(
        "patrolmap:traveltimematrix",
        {
            "NETWORK": roads,
            "DEFAULT_SPEED_KMH": SPEED,
            "ORIGINS": origins,
            "ORIGIN_ID_FIELD": "pid",
            "DESTINATIONS": targets,
            "DESTINATION_ID_FIELD": "pid",
            "OUTPUT": "memory:",
        },
    )
    table = result["OUTPUT"]
    got = np.full((6, 9), np.nan)
    for f in table.getFeatures():
        got[f["origin_id"], f["destination_id"]] = (
            np.inf
            if f["minutes"] is None or (hasattr(f["minutes"], "isNull") and f["minutes"].isNull())
            else f["minutes"]
        )
    want = _reference_minutes(raw, origins_ll, targets_ll)
    assert table.featureCount() == 54
    finite = np.isfinite(want)
    assert finite.sum() >= 40, "the sample should be mostly connected"
    np.testing.assert_array_equal(np.isfinite(got), finite)
    np.testing.assert_allclose(got[finite], want[finite], rtol=1e-6)


def test_oneway_field_is_honoured_and_can_be_ignored(processing, helpers):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    # A 600 m straight one-way street, west to east, in a metric CRS.
    roads = QgsVectorLayer("LineString?crs=EPSG:32635&field=oneway:string", "r", "memory")
    f = QgsFeature(roads.fields())
    f.setGeometry(QgsGeometry.fromWkt("LineString(385000 6672000, 385300 6672000, 385600 6672000)"))
    f.setAttributes(["yes"])
    roads.dataProvider().addFeatures([f])
    west = helpers.point_layer([(385100, 6672010, 1)], "EPSG:32635")
    east = helpers.point_layer([(385500, 6671990, 2)], "EPSG:32635")
    params = {"NETWORK": roads, "DEFAULT_SPEED_KMH": 36.0, "ONEWAY_FIELD": "oneway", "OUTPUT": "memory:"}

    def minutes(origins, destinations, **extra):
        out = processing.run(
            "patrolmap:traveltimematrix",
            {**params, "ORIGINS": origins, "DESTINATIONS": destinations, **extra},
        )["OUTPUT"]
        value = next(out.getFeatures())["minutes"]
        return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value

    # 400 m at 10 m/s between mid-block points (partial edges), along the one-way direction.
    assert minutes(west, east) == pytest.approx(400 / 10 / 60, rel=1e-3)
    assert minutes(east, west) is None
    assert minutes(east, west, IGNORE_ONEWAY=True) == pytest.approx(400 / 10 / 60, rel=1e-3)


def test_max_minutes_leaves_slower_pairs_null(processing, helpers):
    roads, raw = helpers.osm_car_roads("EPSG:4326")
    origins = helpers.point_layer([(*p, i) for i, p in enumerate(_vertices(raw, 5, seed=3))], "EPSG:4326")
    targets = helpers.point_layer([(*p, i) for i, p in enumerate(_vertices(raw, 12, seed=4))], "EPSG:4326")
    params = {
        "NETWORK": roads,
        "DEFAULT_SPEED_KMH": SPEED,
        "ORIGINS": origins,
        "ORIGIN_ID_FIELD": "pid",
        "DESTINATIONS": targets,
        "DESTINATION_ID_FIELD": "pid",
        "OUTPUT": "memory:",
    }

    def table(**extra):
        out = processing.run("patrolmap:traveltimematrix", {**params, **extra})["OUTPUT"]
        assert out.featureCount() == 60  # every pair has a row, NULL or not
        return {
            (f["origin_id"], f["destination_id"]): (
                None if f["minutes"] is None or f["minutes"] == NULL else f["minutes"]
            )
            for f in out.getFeatures()
        }

    full = table()
    limit = float(np.nanmedian([v for v in full.values() if v is not None]))
    bounded = table(MAX_MINUTES=limit)
    assert any(v is not None and v > limit for v in full.values())
    for pair, value in full.items():
        if value is not None and value <= limit:
            assert bounded[pair] == pytest.approx(value, rel=1e-12)
        else:
            assert bounded[pair] is None
    # 0 is a limit like any other (it meant "no limit" once: issue 10 item 16); no value is none.
    assert all(v is None or v == 0 for v in table(MAX_MINUTES=0).values())


def test_points_off_the_network_are_named(processing, helpers):
    roads, _raw = helpers.osm_car_roads("EPSG:4326")
    far = helpers.point_layer([(24.944, 60.170, 7), (25.5, 60.5, 99)], "EPSG:4326")
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    feedback = Feedback()
    out = processing.run(
        "patrolmap:traveltimematrix",
        {
            "NETWORK": roads,
            "ORIGINS": far,
            "ORIGIN_ID_FIELD": "pid",
            "DESTINATIONS": far,
            "DESTINATION_ID_FIELD": "pid",
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )["OUTPUT"]
    assert any("99" in w and "200 m" in w for w in feedback.warnings), feedback.warnings
    values = {(f["origin_id"], f["destination_id"]): f["minutes"] for f in out.getFeatures()}
    assert values[(7, 7)] == pytest.approx(0.0, abs=1e-9)
    assert values[(99, 7)] is None or values[(99, 7)].isNull()


def test_network_of_points_is_refused_clearly(processing, helpers):
    points = helpers.point_layer([(0, 0, 1)], "EPSG:32635")
    with pytest.raises(QgsProcessingException, match="has no lines"):
        processing.run(
            "patrolmap:traveltimematrix",
            {"NETWORK": points, "ORIGINS": points, "DESTINATIONS": points, "OUTPUT": "memory:"},
        )


def test_network_without_crs_is_refused_by_name(processing, helpers):
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsVectorLayer

    roads = QgsVectorLayer("LineString", "nocrs", "memory")
    roads.setCrs(QgsCoordinateReferenceSystem())
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt("LineString(0 0, 100 0)"))
    roads.dataProvider().addFeatures([f])
    pts = helpers.point_layer([(10, 0, 1)], "EPSG:32635")
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        processing.run(
            "patrolmap:traveltimematrix",
            {"NETWORK": roads, "ORIGINS": pts, "DESTINATIONS": pts, "OUTPUT": "memory:"},
        )


def test_nearest_units_ranks_available_units_by_road_time(processing, helpers):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    # On the zone's central meridian (x = 500 km), where UTM's scale is 0.9996: ground metres
    # are planar / 0.9996, hence rel=1e-3 below.
    roads = QgsVectorLayer("LineString?crs=EPSG:32635", "r", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt("LineString(500000 6672000, 503000 6672000)"))
    roads.dataProvider().addFeatures([f])
    y = 6672000
    incidents = helpers.point_layer([(501000, y, "I-1")], "EPSG:32635", (("incident_id", "string"),))
    units = helpers.point_layer(
        [
            (501100, y, "near-busy", "busy"),
            (501300, y, "second", "available"),
            (500900, y, "first", "available"),
            (502900, y, "far", "available"),
        ],
        "EPSG:32635",
        (("unit_id", "string"), ("status", "string")),
    )
    out = processing.run(
        "patrolmap:nearestunits",
        {
            "NETWORK": roads,
            "DEFAULT_SPEED_KMH": 36.0,
            "INCIDENTS": incidents,
            "UNITS": units,
            "COUNT": 2,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    rows = sorted((f["rank"], f["unit_id"], f["minutes"]) for f in out.getFeatures())
    assert [r[:2] for r in rows] == [(1, "first"), (2, "second")]
    assert rows[0][2] == pytest.approx(100 / 10 / 60, rel=1e-3)
    assert rows[1][2] == pytest.approx(300 / 10 / 60, rel=1e-3)
    assert math.isfinite(rows[1][2])
    assert QgsProject.instance() is not None
