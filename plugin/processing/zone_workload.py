"""patrolmap:zoneworkload — road km, area, key sites and recent incidents per patrol zone."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

from ..core.workload import DEFAULT_PERIOD_DAYS, zone_workload
from ..i18n import tr
from ..network_layer import to_lonlat
from ..qgis_bridge import is_null, to_shapely
from ..zone_figures import line_shapes, work_crs_of, zone_shapes
from .assign_zones import default_field, zone_group_text
from .base import PatrolMapAlgorithm
from .network_base import NetworkAlgorithm

RESULT_FIELDS = ("road_km", "area_km2", "key_sites", "incidents")


def epoch_seconds(value) -> float:
    """Seconds since the epoch for a QDateTime, QDate or ISO 8601 text; NaN when unreadable."""
    if is_null(value):
        return float("nan")
    if isinstance(value, QDate):
        value = QDateTime(value)
    if isinstance(value, str):
        text = value.strip()
        parsed = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
        if not parsed.isValid():
            parsed = QDateTime.fromString(text, Qt.DateFormat.ISODate)
        if not parsed.isValid():
            day = QDate.fromString(text[:10], Qt.DateFormat.ISODate)
            parsed = QDateTime(day) if day.isValid() else parsed
        value = parsed
    if isinstance(value, QDateTime) and value.isValid():
        return value.toMSecsSinceEpoch() / 1000.0
    return float("nan")


class ZoneWorkloadAlgorithm(PatrolMapAlgorithm):
    ALG_ID = "zoneworkload"
    GROUP_ID = "zones"

    def group_text(self) -> str:
        return zone_group_text()

    def displayName(self):
        return tr("Zone workload")

    def shortHelpString(self):
        return tr(
            "What each patrol zone holds, for balancing zones between stations and for the "
            "printed duty map: road_km — length of road inside the zone in true ground "
            "kilometres (road along a boundary two zones share counts half to each); area_km2; "
            "key_sites — key sites inside the zone; incidents — incidents inside the zone "
            "reported within the period (by default the last 30 days up to now; a point on a "
            "shared boundary counts for one zone only). All the zones' own fields are kept."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "ZONES", tr("Patrol zones"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "ROADS", tr("Roads"), [QgsProcessing.SourceType.TypeVectorLine], optional=True
            )
        )
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        self.addParameter(
            QgsProcessingParameterFeatureSource("KEY_SITES", tr("Key sites"), point, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource("INCIDENTS", tr("Incidents"), point, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterField(
                "DATE_FIELD",
                tr("Incident date field (default: reported_at)"),
                parentLayerParameterName="INCIDENTS",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterDateTime(
                "PERIOD_START", tr("Period start (default: 30 days before the end)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterDateTime("PERIOD_END", tr("Period end (default: now)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Zone workload"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputString("PERIOD", tr("Incident period")))
        self.addOutput(QgsProcessingOutputNumber("INCIDENT_COUNT", tr("Incidents in the period, in zones")))

    def _period(self, parameters, context) -> tuple[QDateTime, QDateTime]:
        end = self.parameterAsDateTime(parameters, "PERIOD_END", context)
        if parameters.get("PERIOD_END") in (None, "") or not end.isValid():
            end = QDateTime.currentDateTimeUtc()
        start = self.parameterAsDateTime(parameters, "PERIOD_START", context)
        if parameters.get("PERIOD_START") in (None, "") or not start.isValid():
            start = end.addDays(-DEFAULT_PERIOD_DAYS)
        if start > end:
            raise QgsProcessingException(
                tr("The period starts ({start}) after it ends ({end}).").format(
                    start=start.toString(Qt.DateFormat.ISODate), end=end.toString(Qt.DateFormat.ISODate)
                )
            )
        return start, end

    @staticmethod
    def _shapes(source, work_crs, context, request=None):
        """Shapely geometries of a source in the work CRS, with the features they came from."""
        request = request or QgsFeatureRequest()
        request.setDestinationCrs(work_crs, context.transformContext())
        features, shapes = [], []
        for feature in source.getFeatures(request):
            features.append(feature)
            shapes.append(to_shapely(feature.geometry()))
        return features, shapes

    def processAlgorithm(self, parameters, context, feedback):
        zones_src = self.parameterAsSource(parameters, "ZONES", context)
        if zones_src is None:
            raise QgsProcessingException(tr("Choose the patrol zones layer."))
        start, end = self._period(parameters, context)
        extent = zones_src.sourceExtent()
        if extent.isEmpty() and zones_src.featureCount() == 0:
            raise QgsProcessingException(tr("The zones layer has no polygons."))
        work_crs = work_crs_of(zones_src)
        zone_features, zones = zone_shapes(zones_src, work_crs, context.transformContext())
        if not any(z is not None for z in zones):
            raise QgsProcessingException(tr("The zones layer has no polygons."))
        feedback.setProgress(10)

        roads = None
        roads_src = self.parameterAsSource(parameters, "ROADS", context)
        if roads_src is not None:
            roads = line_shapes(roads_src, work_crs, context.transformContext())
        feedback.setProgress(30)

        sites_xy = None
        sites_src = self.parameterAsSource(parameters, "KEY_SITES", context)
        if sites_src is not None:
            _, shapes = self._shapes(sites_src, work_crs, context, QgsFeatureRequest().setNoAttributes())
            sites_xy = _first_points(shapes)

        incidents_xy = incident_t = None
        period = None
        incidents_src = self.parameterAsSource(parameters, "INCIDENTS", context)
        if incidents_src is not None:
            date_field = default_field(
                incidents_src, self.parameterAsString(parameters, "DATE_FIELD", context), "reported_at"
            )
            if not date_field:
                raise QgsProcessingException(
                    tr(
                        "The incidents layer has no “reported_at” field: choose the field with the date each "
                        "incident was reported."
                    )
                )
            if incidents_src.fields().indexOf(date_field) < 0:
                raise QgsProcessingException(
                    tr("The incidents layer has no field “{field}”.").format(field=date_field)
                )
            features, shapes = self._shapes(incidents_src, work_crs, context)
            incidents_xy = _first_points(shapes)
            incident_t = np.array([epoch_seconds(f[date_field]) for f in features], dtype=float)
            undated = int(np.isnan(incident_t).sum())
            if undated:
                feedback.pushWarning(
                    tr("{count} incidents have no readable date in “{field}” and were not counted.").format(
                        count=undated, field=date_field
                    )
                )
            period = (start.toMSecsSinceEpoch() / 1000.0, end.toMSecsSinceEpoch() / 1000.0)
        feedback.setProgress(50)

        result = zone_workload(
            zones, roads, sites_xy, incidents_xy, incident_t, period, lambda xy: to_lonlat(xy, work_crs)
        )
        if result.sites_outside:
            feedback.pushWarning(tr("{count} key sites lie in no zone.").format(count=result.sites_outside))
        if result.incidents_outside:
            feedback.pushWarning(
                tr("{count} incidents of the period lie in no zone.").format(count=result.incidents_outside)
            )
        feedback.setProgress(80)

        new = {
            "road_km": QgsField("road_km", QVariant.Type.Double),
            "area_km2": QgsField("area_km2", QVariant.Type.Double),
            "key_sites": QgsField("key_sites", QVariant.Type.Int),
            "incidents": QgsField("incidents", QVariant.Type.Int),
        }
        fields = [new.pop(f.name()) if f.name() in new else f for f in zones_src.fields()]
        fields += [new[name] for name in RESULT_FIELDS if name in new]
        out_fields = NetworkAlgorithm.fields(*fields)
        sink, dest_id = self.parameterAsSink(
            parameters,
            "OUTPUT",
            context,
            out_fields,
            QgsWkbTypes.multiType(zones_src.wkbType()),
            zones_src.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        names = zones_src.fields().names()
        for i, feature in enumerate(zone_features):
            values = dict(zip(names, feature.attributes()))
            has_zone = zones[i] is not None
            road = result.road_m[i]
            values["road_km"] = float(road) / 1000.0 if has_zone and np.isfinite(road) else None
            values["area_km2"] = float(result.area_m2[i]) / 1e6 if has_zone else None
            values["key_sites"] = int(result.key_sites[i]) if sites_xy is not None and has_zone else None
            values["incidents"] = int(result.incidents[i]) if incidents_xy is not None and has_zone else None
            out = QgsFeature(out_fields)
            geometry = feature.geometry()
            if not geometry.isNull():
                geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes([values.get(f.name()) for f in out_fields])
            NetworkAlgorithm.write(sink, out)

        period_text = tr("{start} to {end}").format(
            start=start.toString(Qt.DateFormat.ISODate), end=end.toString(Qt.DateFormat.ISODate)
        )
        counted = int(result.incidents.sum())
        if incidents_xy is not None:
            feedback.pushInfo(
                tr("{count} incidents from {period} counted in the zones.").format(
                    count=counted, period=period_text
                )
            )
        return {"OUTPUT": dest_id, "PERIOD": period_text, "INCIDENT_COUNT": counted}


def _first_points(shapes) -> np.ndarray:
    """One (x, y) per feature: the point itself, a multipoint's first; NaN without geometry."""
    out = np.full((len(shapes), 2), np.nan)
    for i, s in enumerate(shapes):
        if s is None:
            continue
        first = shapely.get_geometry(s, 0) if s.geom_type.startswith("Multi") else s
        if first is not None and not first.is_empty:
            out[i] = (first.x, first.y)
    return out
