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
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

from ..core.workload import DEFAULT_PERIOD_DAYS, zone_workload
from ..i18n import tr
from ..network_layer import to_lonlat
from .base import PatrolMapAlgorithm, default_field
from .inputs import checked_work_crs, epoch_seconds, read_features

RESULT_FIELDS = ("road_km", "area_km2", "key_sites", "incidents")


class ZoneWorkloadAlgorithm(PatrolMapAlgorithm):
    ALG_ID = "zoneworkload"
    GROUP_ID = "zones"

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
        self.add_zones_parameter()
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
    def _shapes(source, work_crs, context, feedback, what, request=None):
        """Shapely geometries of a source in the work CRS, with the features they came from."""
        read = read_features(source, context, feedback, work_crs, what=what, request=request)
        return [r.feature for r in read], [r.shape for r in read]

    def processAlgorithm(self, parameters, context, feedback):
        zones_src = self.zones_source(parameters, context)
        start, end = self._period(parameters, context)
        extent = zones_src.sourceExtent()
        if extent.isEmpty() and zones_src.featureCount() == 0:
            raise QgsProcessingException(tr("The zones layer has no polygons."))
        work_crs = checked_work_crs(zones_src.sourceCrs(), extent, tr("zones"), zones_src.sourceName())

        code_field = "zone_code" if zones_src.fields().indexOf("zone_code") >= 0 else ""
        label = (lambda f: f[code_field]) if code_field else (lambda f: f.id())
        read = read_features(zones_src, context, feedback, work_crs, label, tr("zones"))
        zone_features = [r.feature for r in read]
        zones = [r.shape for r in read]
        if not any(z is not None for z in zones):
            raise QgsProcessingException(tr("The zones layer has no polygons."))
        feedback.setProgress(10)

        no_attributes = QgsFeatureRequest().setNoAttributes()
        roads = None
        roads_src = self.parameterAsSource(parameters, "ROADS", context)
        if roads_src is not None:
            _, roads = self._shapes(roads_src, work_crs, context, feedback, tr("roads"), no_attributes)
        feedback.setProgress(30)

        sites_xy = None
        sites_src = self.parameterAsSource(parameters, "KEY_SITES", context)
        if sites_src is not None:
            _, shapes = self._shapes(sites_src, work_crs, context, feedback, tr("key sites"), no_attributes)
            sites_xy = _first_points(shapes)

        incidents_xy, incident_t = self._incidents(parameters, context, feedback, work_crs)
        period = None
        if incidents_xy is not None:
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

        columns = {
            "road_km": [
                None if z is None or not np.isfinite(r) else float(r) / 1000.0
                for z, r in zip(zones, result.road_m)
            ],
            "area_km2": [None if z is None else float(a) / 1e6 for z, a in zip(zones, result.area_m2)],
            "key_sites": _counts(zones, result.key_sites, sites_xy is not None),
            "incidents": _counts(zones, result.incidents, incidents_xy is not None),
        }
        dest_id = self._write(parameters, context, zones_src, zone_features, columns)

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

    def _incidents(self, parameters, context, feedback, work_crs):
        """Incident positions and report times (seconds since the epoch; NaN when unreadable)."""
        incidents_src = self.parameterAsSource(parameters, "INCIDENTS", context)
        if incidents_src is None:
            return None, None
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
        features, shapes = self._shapes(incidents_src, work_crs, context, feedback, tr("incidents"))
        incident_t = np.array([epoch_seconds(f[date_field]) for f in features], dtype=float)
        undated = int(np.isnan(incident_t).sum())
        if undated:
            feedback.pushWarning(
                tr("{count} incidents have no readable date in “{field}” and were not counted.").format(
                    count=undated, field=date_field
                )
            )
        return _first_points(shapes), incident_t

    def _write(self, parameters, context, zones_src, zone_features, columns: dict) -> str:
        out_fields = self.result_fields(
            zones_src.fields(),
            [
                QgsField("road_km", QVariant.Type.Double),
                QgsField("area_km2", QVariant.Type.Double),
                QgsField("key_sites", QVariant.Type.Int),
                QgsField("incidents", QVariant.Type.Int),
            ],
        )
        sink, dest_id = self.sink(
            parameters,
            "OUTPUT",
            context,
            out_fields,
            QgsWkbTypes.multiType(zones_src.wkbType()),
            zones_src.sourceCrs(),
        )
        names = zones_src.fields().names()
        for i, feature in enumerate(zone_features):
            values = dict(zip(names, feature.attributes()))
            values.update({name: column[i] for name, column in columns.items()})
            out = QgsFeature(out_fields)
            geometry = feature.geometry()
            if not geometry.isNull():
                geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes([values.get(f.name()) for f in out_fields])
            self.write(sink, out)
        return dest_id


def _counts(zones, counts, counted: bool) -> list:
    return [int(n) if counted and z is not None else None for z, n in zip(zones, counts)]


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
