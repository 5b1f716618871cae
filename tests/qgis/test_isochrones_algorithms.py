"""patrolmap:isochrones and patrolmap:responsezones on real OSM roads."""

import numpy as np
import pytest
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
from shapely import wkb as shapely_wkb

CRS = "EPSG:4326"


def _shape(feature):
    return shapely_wkb.loads(bytes(feature.geometry().asWkb()))


@pytest.fixture
def osm(helpers):
    roads, _raw = helpers.osm_car_roads(CRS)
    stations = helpers.point_layer(
        [(24.9414, 60.1699, "PS-01", 1.0), (24.9500, 60.1660, "KS-01", 0.5)],
        CRS,
        (("station_id", "string"), ("turnout_min", "double")),
        name="stations",
    )
    return roads, stations


def test_isochrones_are_nested_valid_and_hug_the_roads(processing, osm):
    roads, stations = osm
    out = processing.run(
        "patrolmap:isochrones",
        {
            "NETWORK": roads,
            "ORIGINS": stations,
            "ORIGIN_ID_FIELD": "station_id",
            "BREAKS": "1,3",
            "TURNOUT_FIELD": "turnout_min",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    assert out.crs().authid() == CRS
    rows = {(f["origin_id"], f["minutes"]): f for f in out.getFeatures()}
    assert set(rows) == {("PS-01", 1.0), ("PS-01", 3.0), ("KS-01", 1.0), ("KS-01", 3.0)}
    # Measure in a metric CRS; the output is in the network's CRS (degrees).
    xform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:32635"), QgsProject.instance()
    )
    shapes = {}
    for key, f in rows.items():
        g = f.geometry()
        g.transform(xform)
        shapes[key] = shapely_wkb.loads(bytes(g.asWkb()))
        assert shapes[key].is_valid
        assert f["area_m2"] == pytest.approx(shapes[key].area, rel=0.01)
    for sid in ("PS-01", "KS-01"):
        small, large = shapes[(sid, 1.0)], shapes[(sid, 3.0)]
        assert small.area < large.area
        assert small.difference(large).area < 1e-6 * small.area + 1.0
        # Not a hull: the 3-minute area is much less than its convex hull in a street grid.
        assert large.area < 0.9 * large.convex_hull.area
    # KS-01 has half a minute of turnout, PS-01 a full one: within 1 min PS-01 reaches less.
    assert shapes[("PS-01", 1.0)].area < shapes[("KS-01", 1.0)].area


def test_dissolve_gives_one_area_per_break(processing, osm):
    roads, stations = osm
    out = processing.run(
        "patrolmap:isochrones",
        {"NETWORK": roads, "ORIGINS": stations, "BREAKS": "5, 1 ,3", "DISSOLVE": True, "OUTPUT": "memory:"},
    )["OUTPUT"]
    minutes = sorted(f["minutes"] for f in out.getFeatures())
    assert minutes == [1.0, 3.0, 5.0]


@pytest.mark.parametrize("breaks", ["", "1,x", "0", "-3"])
def test_bad_breaks_are_refused_by_value(processing, osm, breaks):
    from qgis.core import QgsProcessingException

    roads, stations = osm
    with pytest.raises(QgsProcessingException, match="[Bb]reak|BREAKS"):
        processing.run(
            "patrolmap:isochrones",
            {"NETWORK": roads, "ORIGINS": stations, "BREAKS": breaks, "OUTPUT": "memory:"},
        )


def test_response_zones_do_not_overlap(processing, osm):
    roads, stations = osm
    out = processing.run(
        "patrolmap:responsezones",
        {
            "NETWORK": roads,
            "FACILITIES": stations,
            "FACILITY_ID_FIELD": "station_id",
            "BREAKS": "1,3,5",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    shapes = [(f["facility_id"], _shape(f)) for f in out.getFeatures()]
    assert {fid for fid, _ in shapes} == {"PS-01", "KS-01"}
    union_area = shapely.union_all([s for _, s in shapes]).area
    assert sum(s.area for _, s in shapes) == pytest.approx(union_area, rel=1e-6)
    assert all(s.is_valid for _, s in shapes)
    assert np.isfinite(union_area) and union_area > 0
