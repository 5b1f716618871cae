"""patrolmap:hotspots on the street grid of the siting tests."""

import pytest
from qgis.core import QgsGeometry, QgsGraduatedSymbolRenderer, QgsProcessingException

from tests.qgis.test_site_posts import BLOCK, CRS, grid_roads, node


def incidents(helpers, rows):
    return helpers.point_layer(
        rows, CRS, (("pid", "integer"), ("reported_at", "string"), ("grade", "double"))
    )


def run(processing, layer, **params):
    base = {
        "NETWORK": grid_roads(),
        "INCIDENTS": layer,
        "OUTPUT": "memory:",
        "BANDWIDTH_M": 300,
        "LIXEL_M": 50,
    }
    base.update(params)
    return processing.run("patrolmap:hotspots", base)


def test_density_mass_rank_hotspot_and_style(processing, helpers):
    x, y = node(2, 2)
    rows = [
        (x + 150, y, 1, "2026-03-02 22:00:00", 2.0),
        (x + 160, y, 2, "2026-03-03 23:00:00", 1.0),
        (*node(4, 4), 3, "2026-03-11 12:00:00", 1.0),
        (x, y + 10, 4, "2026-03-04 02:00:00", 1.0),
    ]
    result = run(processing, incidents(helpers, rows), WEIGHT_FIELD="grade")
    layer = result["OUTPUT"]
    feats = list(layer.getFeatures())
    days = result["DAYS"]
    assert days == pytest.approx((8 * 24 + 14) / 24.0)
    # Density × km × days adds up to the weights (mass is conserved).
    total = sum(f["density"] * f.geometry().length() / 1000.0 / 0.9996 * days for f in feats)
    assert total == pytest.approx(5.0, rel=1e-3)
    top = min(feats, key=lambda f: f["rank"])
    assert top["hotspot"]
    mid = top.geometry().centroid().asPoint()
    assert abs(mid.x() - (x + 155)) < 60 and abs(mid.y() - y) < 1
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    # Nights only: the noon incident is gone.
    night = run(processing, incidents(helpers, rows), HOURS="20-8", WEEKDAYS="1-5")
    assert night["INCIDENTS_USED"] == 3
    noon = QgsGeometry.fromWkt("Point({} {})".format(*node(4, 4)))
    assert not [f for f in night["OUTPUT"].getFeatures() if f.geometry().distance(noon) < BLOCK / 2]


def test_bad_input(processing, helpers):
    layer = incidents(helpers, [(*node(1, 1), 1, "", 1.0)])
    with pytest.raises(QgsProcessingException, match="readable time"):
        run(processing, layer)
    layer = incidents(helpers, [(*node(1, 1), 1, "2026-01-01 10:00:00", 1.0)])
    with pytest.raises(QgsProcessingException, match="25"):
        run(processing, layer, HOURS="25-3")
