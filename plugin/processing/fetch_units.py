"""patrolmap:fetchunits — one snapshot of a dispatch feed's units as a point layer."""

from __future__ import annotations

from datetime import timezone

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ..core.cn_coords import COORDINATE_SYSTEMS
from ..core.feed import FeedSource, UnitRecord
from ..core.feed_formats import FORMATS as FEED_FORMATS
from ..core.schema import UNITS
from ..dispatch.client import FetchError, check_url
from ..dispatch.messages import format_labels, rejected_text
from ..dispatch.poller import fetch_snapshot, skew_message
from ..i18n import tr
from ..qgis_bridge import schema_fields
from .base import PatrolMapAlgorithm

FORMATS = tuple(FEED_FORMATS)  # the FORMAT enum's values, in the registry's order
SYSTEMS = COORDINATE_SYSTEMS


def qdatetime(value) -> QDateTime:
    utc = value.astimezone(timezone.utc)
    return QDateTime(
        QDate(utc.year, utc.month, utc.day),
        QTime(utc.hour, utc.minute, utc.second, utc.microsecond // 1000),
        Qt.TimeSpec.UTC,
    )


def unit_feature(record: UnitRecord, fields: QgsFields) -> QgsFeature:
    feature = QgsFeature(fields)
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(record.lon, record.lat)))
    values = {
        "unit_id": record.unit_id,
        "callsign": record.callsign,
        "kind": record.kind,
        "status": record.status,
        "heading_deg": record.heading_deg,
        "speed_kmh": record.speed_kmh,
        "updated_at": qdatetime(record.updated_at),
        "reported": True,
    }
    feature.setAttributes([values.get(fields.at(i).name()) for i in range(fields.count())])
    return feature


class FetchUnitsAlgorithm(PatrolMapAlgorithm):
    ALG_ID = "fetchunits"
    GROUP_ID = "dispatch"

    def group_text(self) -> str:
        return tr("Dispatch feed")

    def displayName(self):  # noqa: N802 - QGIS's name
        return tr("Fetch units from a dispatch feed")

    def shortHelpString(self):  # noqa: N802 - QGIS's name
        return tr(
            "Reads the units endpoint of a dispatch (CAD/AVL) feed once and writes the units as "
            "points in WGS 84 with the command map's units fields. The feed is a GeoJSON "
            "FeatureCollection as in PatrolMap's feed contract (docs/dispatch-feed.openapi.yaml), "
            "or OGC SensorThings API v1.1 Things with their Locations. Records are checked one by "
            "one: bad ones (no id, missing, non-finite, out-of-range or swapped coordinates, "
            "unreadable times, unknown status…) are left out and each reason is logged; the rest "
            "are written. Credentials come only from a QGIS authentication configuration; a URL "
            "with user:password@ is refused. A failed request stops the algorithm with its "
            "cause, e.g. “HTTP 401 …”, “HTTP 429 …, retry after 30 s”, “invalid JSON …” or "
            "“timed out after 10 s”."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS's name
        self.addParameter(QgsProcessingParameterString("URL", tr("Units endpoint URL")))
        self.addParameter(QgsProcessingParameterAuthConfig("AUTHCFG", tr("Authentication"), optional=True))
        advanced = [
            QgsProcessingParameterEnum(
                "FORMAT",
                tr("Feed format"),
                [format_labels().get(kind, FEED_FORMATS[kind].label) for kind in FORMATS],
                defaultValue=0,
            ),
            QgsProcessingParameterEnum(
                "COORDINATES",
                tr("Coordinates of the feed"),
                [tr("WGS 84 (GPS)"), tr("GCJ-02 (Amap, Tencent)"), tr("BD-09 (Baidu)")],
                defaultValue=0,
            ),
            QgsProcessingParameterNumber(
                "TIMEOUT",
                tr("Request deadline (seconds)"),
                QgsProcessingParameterNumber.Type.Double,
                10.0,
                minValue=0.5,
                maxValue=600.0,
            ),
            QgsProcessingParameterNumber(
                "MAX_MB",
                tr("Largest answer accepted (MB)"),
                QgsProcessingParameterNumber.Type.Double,
                20.0,
                minValue=0.01,
                maxValue=2048.0,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", tr("Units"), QgsProcessing.SourceType.TypeVectorPoint)
        )
        self.addOutput(QgsProcessingOutputNumber("ACCEPTED", tr("Units accepted")))
        self.addOutput(QgsProcessingOutputNumber("REJECTED", tr("Records rejected")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS's name
        url = self.parameterAsString(parameters, "URL", context).strip()
        authcfg = self.parameterAsString(parameters, "AUTHCFG", context) or ""
        source_format = FORMATS[self.parameterAsEnum(parameters, "FORMAT", context)]
        system = SYSTEMS[self.parameterAsEnum(parameters, "COORDINATES", context)]
        timeout_s = self.parameterAsDouble(parameters, "TIMEOUT", context)
        max_bytes = int(self.parameterAsDouble(parameters, "MAX_MB", context) * 1024 * 1024)
        source = FeedSource(
            url,
            kind=source_format,
            authcfg=authcfg,
            coordinates=system,
            timeout_s=timeout_s,
            max_bytes=max_bytes,
        )
        try:
            check_url(url)
        except FetchError as e:
            raise QgsProcessingException(e.message) from None
        # The poller's own fetch: same client, same parsing, same clock-skew correction.
        outcome = fetch_snapshot(
            source,
            "units",
            FEED_FORMATS[source_format].endpoint_url(url),
            feedback=feedback,
            timeout_s=timeout_s,
        )
        if outcome.error is not None:
            if outcome.error.kind == "canceled":
                return {}
            raise QgsProcessingException(outcome.error.message)
        snapshot = outcome.snapshot
        if snapshot.clock_skew_s:
            feedback.pushWarning(skew_message(snapshot.clock_skew_s))

        fields = schema_fields(UNITS)
        sink, dest_id = self.parameterAsSink(
            parameters,
            "OUTPUT",
            context,
            fields,
            QgsWkbTypes.Type.Point,
            QgsCoordinateReferenceSystem("EPSG:4326"),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        total = max(1, len(snapshot.records))
        for i, record in enumerate(snapshot.records):
            if feedback.isCanceled():
                break
            if not sink.addFeature(unit_feature(record, fields), QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(
                    tr("Could not write to the output “{name}”.").format(name="OUTPUT")
                )
            feedback.setProgress(100.0 * (i + 1) / total)
        for rejected in snapshot.rejected:
            feedback.pushWarning(tr("Rejected: {record}").format(record=rejected_text(rejected, "units")))
        feedback.pushInfo(
            tr("{accepted} units accepted, {rejected} records rejected.").format(
                accepted=len(snapshot.records), rejected=len(snapshot.rejected)
            )
        )
        return {"OUTPUT": dest_id, "ACCEPTED": len(snapshot.records), "REJECTED": len(snapshot.rejected)}
