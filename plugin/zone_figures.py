"""Each zone's road km and area, measured one way for every view that shows them.

The zone workload algorithm, the duty map's zone pages, the Assign brush's panel and the
coverage algorithm's ``road_km`` all call :func:`measure_zones`: the zones and roads are read
the same way (into the same metric work CRS, through QGIS's PROJ) and measured by the same
core functions (``core.workload.road_in_zones``: road along a border two zones share counts
half to each; ``core.geodesy``: ground lengths and areas on the WGS84 ellipsoid). So the same
zone shows the same figures wherever it is shown.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsVectorLayer

from .core.geodesy import ground_areas
from .core.workload import road_in_zones
from .network_layer import CACHE, to_lonlat, work_crs_for
from .qgis_bridge import shapes_of


@dataclass
class ZoneFigures:
    features: list  # the zone features, in reading order
    road_m: np.ndarray  # ground metres of road per zone (NaN: no roads given)
    area_m2: np.ndarray  # ground square metres per zone (NaN: no geometry)

    def road_km(self, i: int) -> float | None:
        value = float(self.road_m[i])
        return value / 1000.0 if np.isfinite(value) else None

    def area_km2(self, i: int) -> float | None:
        value = float(self.area_m2[i])
        return value / 1e6 if np.isfinite(value) else None


def work_crs_of(zones):
    """The metric CRS the zones are measured in (see ``network_layer.work_crs_for``)."""
    return work_crs_for(zones.sourceCrs(), zones.sourceExtent())


def zone_shapes(zones, work_crs, transform_context, request: QgsFeatureRequest | None = None):
    """(features, valid shapely polygons in ``work_crs``; None for a zone without geometry)."""
    import shapely

    features = list(zones.getFeatures(request or QgsFeatureRequest()))
    to_work = QgsCoordinateTransform(zones.sourceCrs(), work_crs, transform_context)
    shapes = [
        None if s is None else (s if s.is_valid else shapely.make_valid(s))
        for s in shapes_of(features, to_work)
    ]
    return features, shapes


def line_shapes(source, work_crs, transform_context) -> list:
    """The shapely geometries of a line source in ``work_crs`` (None without geometry)."""
    request = QgsFeatureRequest().setNoAttributes()
    request.setDestinationCrs(work_crs, transform_context)
    return shapes_of(source.getFeatures(request))


def measure_zones(zones, roads=None, transform_context=None, areas: bool = True) -> ZoneFigures:
    """Road metres (with ``roads``) and area (unless ``areas`` is False: NaN) of every zone of
    a layer or feature source."""
    context = transform_context if transform_context is not None else QgsProject.instance().transformContext()
    work_crs = work_crs_of(zones)
    features, shapes = zone_shapes(zones, work_crs, context)
    lonlat = lambda xy: to_lonlat(xy, work_crs)  # noqa: E731 - one line, named for the reader
    if roads is not None:
        road = road_in_zones(shapes, line_shapes(roads, work_crs, context), lonlat)
    else:
        road = np.full(len(shapes), np.nan)
    if areas:
        area = ground_areas(shapes, lonlat)
        area[[s is None for s in shapes]] = np.nan
    else:
        area = np.full(len(shapes), np.nan)
    return ZoneFigures(features, road, area)


_ROAD_KM: dict[tuple, dict] = {}
_ROAD_KM_LOCK = threading.Lock()


def road_km_by_fid(zones: QgsVectorLayer, roads: QgsVectorLayer, transform_context=None) -> dict:
    """{zone feature id: road km} of two layers, as :func:`measure_zones` gives it; kept until
    either layer changes (the Live dock checks coverage every few seconds on the same map)."""
    key = (CACHE.layer_key(zones), CACHE.layer_key(roads))
    with _ROAD_KM_LOCK:
        hit = _ROAD_KM.get(key)
    if hit is not None:
        return hit
    figures = measure_zones(zones, roads, transform_context, areas=False)
    out = {f.id(): figures.road_km(i) for i, f in enumerate(figures.features)}
    with _ROAD_KM_LOCK:
        _ROAD_KM[key] = out
        while len(_ROAD_KM) > 4:
            _ROAD_KM.pop(next(iter(_ROAD_KM)))
    return out
