"""The core's one geodesy: ground areas (Karney, through geographiclib) checked against PROJ's
geod (Debian's pyproj, the PROJ QGIS loads) as an independent reference."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import shapely
from pyproj import Geod
from shapely.geometry.polygon import orient

from plugin.core.geodesy import geodesic_lengths, polygon_area_m2, ring_area_m2

GEOD = Geod(ellps="WGS84")


@pytest.mark.parametrize("lat", [0.0, 22.5, 39.9, 60.17, -33.9])
def test_polygon_area_matches_proj_with_holes_and_either_orientation(lat):
    shell = [(116.0, lat), (116.02, lat), (116.02, lat + 0.01), (116.0, lat + 0.015), (116.0, lat)]
    hole = [(116.005, lat + 0.002), (116.01, lat + 0.002), (116.01, lat + 0.006), (116.005, lat + 0.002)]
    polygon = shapely.Polygon(shell, [hole])
    # pyproj sums signed ring areas: give it the shell counter-clockwise and holes clockwise.
    expected = GEOD.geometry_area_perimeter(orient(polygon, 1.0))[0]
    assert expected < abs(GEOD.geometry_area_perimeter(shapely.Polygon(shell))[0])
    assert polygon_area_m2(polygon) == pytest.approx(expected, rel=1e-9)
    assert ring_area_m2(np.array(shell)[::-1]) == pytest.approx(ring_area_m2(np.array(shell)), rel=1e-12)
    multi = shapely.MultiPolygon([polygon, shapely.Polygon([(x + 0.1, y) for x, y in shell])])
    oriented = shapely.MultiPolygon([orient(p, 1.0) for p in multi.geoms])
    assert polygon_area_m2(multi) == pytest.approx(GEOD.geometry_area_perimeter(oriented)[0], rel=1e-9)


def test_degenerate_shapes_have_no_area():
    assert polygon_area_m2(None) == 0.0
    assert polygon_area_m2(shapely.Polygon()) == 0.0
    assert ring_area_m2(np.array([(0.0, 0.0), (1.0, 0.0), (0.0, 0.0)])) == 0.0


def test_lengths_agree_with_proj_too():
    a, b = np.array([[116.39, 39.9]]), np.array([[116.41, 39.92]])
    expected = GEOD.inv(116.39, 39.9, 116.41, 39.92)[2]
    assert geodesic_lengths(a, b)[0] == pytest.approx(expected, rel=1e-9)


def test_the_core_measures_without_pyproj():
    """A pip pyproj would bring a second PROJ into QGIS's process: the core never imports it."""
    code = (
        "import sys, shapely, numpy as np\n"
        "from plugin.core.geodesy import ground_areas\n"
        "from plugin.core.workload import zone_workload\n"
        "print(ground_areas([shapely.box(0, 0, 1, 1)], lambda xy: np.asarray(xy) * 1e-5)[0])\n"
        "assert 'pyproj' not in sys.modules, 'pyproj was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=".")
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) > 0
