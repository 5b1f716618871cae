"""patrolmap:validatezones — every fault in a patrol-zone layer, as features where the fault is."""

from __future__ import annotations

from qgis.core import (
    QgsCsException,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..i18n import tr
from ..zones_layer import (
    describe,
    read_shapes,
    read_stations,
    read_zones,
    summary,
    to_qgs,
    xy_transform,
)
from .base import PatrolMapAlgorithm
from .inputs import checked_work_crs

# The output's fields; zone_fids are the ZONES layer's feature ids, for selecting them. Lists
# have no length limit: a station's load names all its zones.
ERROR_FIELDS = (
    ("zone_code", QVariant.Type.String, 0),
    ("error_type", QVariant.Type.String, 24),
    ("message", QVariant.Type.String, 0),
    ("station_id", QVariant.Type.String, 32),
    ("zone_fids", QVariant.Type.String, 0),
)


def error_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind, length in ERROR_FIELDS:
        fields.append(QgsField(name, kind, len=length))
    return fields


class ValidateZonesAlgorithm(PatrolMapAlgorithm):
    ALG_ID = "validatezones"
    GROUP_ID = "zones"

    def displayName(self):
        return tr("Validate patrol zones")

    def shortHelpString(self):
        return tr(
            "Checks a patrol-zone layer and writes one feature per problem, where the problem is, with "
            "zone_code, error_type and message.\n\n"
            "error_type: invalid (no geometry, self-intersection…; checked further as repaired), overlap "
            "(the shared area), gap (area inside BOUNDARY no zone covers — without a boundary, holes "
            "enclosed by the zones), outside (the part beyond BOUNDARY), sliver (a part smaller than "
            "SLIVER_AREA m², or a stretch narrower than SLIVER_WIDTH m covering at least SLIVER_AREA m²), "
            "multipart (the detached pieces), duplicate_code, missing_code, unassigned (no station_id), "
            "unknown_station (not in STATIONS), station_load (a station with fewer than MIN_ZONES or more "
            "than MAX_ZONES zones; mobile platforms — kind mobile_platform in STATIONS — at least "
            "MIN_PLATFORM_ZONES).\n\n"
            "Overlaps and gaps under 0.01 m² are coordinate noise and ignored. In a geographic CRS the "
            "checks run in a local metric CRS. OUTPUT holds areas (for code and station problems: the "
            "zones concerned); POINTS, optional, one marker per problem."
        )

    def initAlgorithm(self, config=None):
        self.add_zones_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "BOUNDARY",
                tr("Boundary (jurisdiction)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.add_stations_parameter(optional=True)
        self.add_station_bounds_parameters(minimum=0)
        advanced = [
            QgsProcessingParameterNumber(
                "SLIVER_WIDTH",
                tr("Sliver width (m): narrower stretches are slivers"),
                QgsProcessingParameterNumber.Type.Double,
                5.0,
                minValue=0.0,
            ),
            QgsProcessingParameterNumber(
                "SLIVER_AREA",
                tr("Sliver area (m²): smaller parts are slivers"),
                QgsProcessingParameterNumber.Type.Double,
                200.0,
                minValue=0.0,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Zone problems"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "POINTS",
                tr("Zone problem markers"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("ERROR_COUNT", tr("Problems")))
        self.addOutput(QgsProcessingOutputNumber("TOPOLOGY_ERRORS", tr("Gaps and overlaps")))
        self.addOutput(QgsProcessingOutputNumber("ZONE_COUNT", tr("Zones")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Summary")))

    def prepareAlgorithm(self, parameters, context, feedback):
        """Read every input here, on the main thread: the zones may be in an edit session.

        A refusal is kept for processAlgorithm to raise: raised here, its text would be lost
        behind QGIS's generic "There were errors executing the algorithm"."""
        self._error = None
        try:
            self._read(parameters, context, feedback)
        except QgsProcessingException as e:
            self._error = e
        return True

    def _read(self, parameters, context, feedback):
        zones = self.zones_source(parameters, context)
        crs = zones.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(
                tr("The zones layer has no coordinate reference system: set one first.")
            )
        names = zones.fields().names()
        self._check_codes = "zone_code" in names
        if not self._check_codes:
            feedback.pushWarning(tr("The zones layer has no zone_code field: zones are named by feature id."))
        self._check_stations = "station_id" in names
        if not self._check_stations:
            feedback.pushWarning(tr("The zones layer has no station_id field: station checks are skipped."))
        # Checked in the zones' own CRS (an edge is straight where it was drawn), measured in metres.
        tc = context.transformContext()
        self._crs = crs
        self._work_crs = checked_work_crs(crs, zones.sourceExtent(), tr("zones"), zones.sourceName())
        self._transform_context = tc
        try:
            self._zones = read_zones(zones, crs, tc, feedback=feedback)
            boundary = self.parameterAsSource(parameters, "BOUNDARY", context)
            self._boundary = None if boundary is None else [g for _, g in read_shapes(boundary, crs, tc)]
            stations = self.parameterAsSource(parameters, "STATIONS", context)
            self._stations = None
            if stations is not None:
                if "station_id" not in stations.fields().names():
                    raise QgsProcessingException(tr("The stations layer has no station_id field."))
                if "kind" not in stations.fields().names():
                    feedback.pushWarning(
                        tr("The stations layer has no kind field: no station counts as a mobile platform.")
                    )
                self._stations = read_stations(stations, crs, tc)
        except QgsCsException as e:
            raise QgsProcessingException(
                tr("The inputs cannot be transformed to {crs}: {error}").format(
                    crs=self._work_crs.authid(), error=e
                )
            ) from e

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.grid import union_boundary
        from ..core.zone_validation import TOPOLOGY_ERRORS, Thresholds, count_by_type, validate_zones

        if self._error is not None:
            raise self._error
        low = self.parameterAsInt(parameters, "MIN_ZONES", context)
        high = self.parameterAsInt(parameters, "MAX_ZONES", context)
        platform = self.parameterAsInt(parameters, "MIN_PLATFORM_ZONES", context)
        if low > high or platform > high:
            raise QgsProcessingException(
                tr(
                    "The fewest zones per station ({low}) and per platform ({platform}) cannot be above the most "
                    "({high})."
                ).format(low=low, platform=platform, high=high)
            )
        thresholds = Thresholds(
            sliver_width_m=self.parameterAsDouble(parameters, "SLIVER_WIDTH", context),
            sliver_area_m2=self.parameterAsDouble(parameters, "SLIVER_AREA", context),
        )
        boundary = None
        if self._boundary is not None:
            boundary, repairs = union_boundary(self._boundary)
            if repairs:
                feedback.pushWarning(
                    tr("The boundary has invalid geometry; it was checked as repaired (make_valid).")
                )
            if boundary is None:
                raise QgsProcessingException(tr("The boundary layer has no polygon with an area."))
        feedback.setProgress(10)
        metric = {}
        if self._work_crs != self._crs:
            feedback.pushInfo(
                tr("The zones' CRS is not in metres: areas and widths are measured in {crs}.").format(
                    crs=self._work_crs.authid()
                )
            )
            metric = {
                "to_metric": xy_transform(self._crs, self._work_crs, self._transform_context),
                "from_metric": xy_transform(self._work_crs, self._crs, self._transform_context),
            }
        try:
            errors = validate_zones(
                self._zones,
                boundary,
                self._stations,
                min_zones=low,
                max_zones=high,
                min_platform_zones=platform,
                thresholds=thresholds,
                check_stations=self._check_stations,
                check_codes=self._check_codes,
                **metric,
            )
        except QgsCsException as e:
            raise QgsProcessingException(
                tr("The zones cannot be transformed to {crs}: {error}").format(
                    crs=self._work_crs.authid(), error=e
                )
            ) from e
        feedback.setProgress(80)

        fields = error_fields()
        sink, dest_id = self.sink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon, self._crs
        )
        points, points_id = self.sink(
            parameters, "POINTS", context, fields, QgsWkbTypes.Type.Point, self._crs
        )
        for error in errors:
            attributes = [
                error.zone_code or None,
                error.error_type,
                describe(error),
                error.station_id,
                ",".join(str(self._zones[i].fid) for i in error.zones) or None,
            ]
            area = QgsFeature(fields)
            if error.area is not None:
                geometry = to_qgs(error.area)
                geometry.convertToMultiType()
                area.setGeometry(geometry)
            area.setAttributes(attributes)
            self.write(sink, area, "OUTPUT")
            if points is not None:
                marker = QgsFeature(fields)
                if error.point is not None:
                    marker.setGeometry(to_qgs(error.point))
                marker.setAttributes(attributes)
                self.write(points, marker, "POINTS")

        counts = count_by_type(errors)
        text = summary(counts, len(self._zones))
        feedback.pushInfo(text)
        outputs = {
            "OUTPUT": dest_id,
            "ERROR_COUNT": len(errors),
            "ZONE_COUNT": len(self._zones),
            "SUMMARY": text,
            "TOPOLOGY_ERRORS": sum(counts.get(k, 0) for k in TOPOLOGY_ERRORS),
        }
        if points is not None:
            outputs["POINTS"] = points_id
        return outputs
