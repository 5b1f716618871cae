"""The parameters every road-network algorithm shares, and the steps they all take.

Public API (kept exactly): NETWORK, DEFAULT_SPEED_KMH, SPEED_FIELD, HIGHWAY_FIELD,
ONEWAY_FIELD, IGNORE_ONEWAY. The advanced EMERGENCY_FACTOR, HIGHWAY_SPEEDS and SNAP_TOLERANCE
are PatrolMap's own additions.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsField,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..core.network import Cancelled, NetworkError
from ..i18n import tr
from ..network_layer import (
    CACHE,
    LayerNetwork,
    NetworkSettings,
    parse_highway_speeds,
    read_points,
    snap_points,
)
from ..qgis_bridge import to_qgs
from .base import PatrolMapAlgorithm


class NetworkAlgorithm(PatrolMapAlgorithm):
    GROUP_ID = "network"

    def add_network_parameters(self) -> None:
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "NETWORK", tr("Road network"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "DEFAULT_SPEED_KMH",
                tr("Default speed (km/h)"),
                QgsProcessingParameterNumber.Type.Double,
                30.0,
                minValue=1.0,
                maxValue=300.0,
            )
        )
        for name, label in (
            ("SPEED_FIELD", tr("Speed field (km/h)")),
            ("HIGHWAY_FIELD", tr("Road class field (OSM highway)")),
            ("ONEWAY_FIELD", tr("One-way field (yes / 1 / -1 / no)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(name, label, parentLayerParameterName="NETWORK", optional=True)
            )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "IGNORE_ONEWAY", tr("Ignore one-way streets (emergency driving)"), False
            )
        )
        advanced = [
            QgsProcessingParameterNumber(
                "EMERGENCY_FACTOR",
                tr("Emergency speed factor"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                minValue=0.1,
                maxValue=3.0,
            ),
            QgsProcessingParameterString(
                "HIGHWAY_SPEEDS",
                tr("Road class speeds (class=km/h or none, comma separated; overrides the defaults)"),
                "",
                optional=True,
            ),
            QgsProcessingParameterNumber(
                "SNAP_TOLERANCE",
                tr("Snap tolerance (m): points farther from a road are reported, not used"),
                QgsProcessingParameterNumber.Type.Double,
                200.0,
                minValue=0.0,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)

    def network_settings(self, parameters, context) -> NetworkSettings:
        try:
            table = parse_highway_speeds(self.parameterAsString(parameters, "HIGHWAY_SPEEDS", context))
        except ValueError as e:
            raise QgsProcessingException(tr("Road class speeds: {error}").format(error=e)) from e
        return NetworkSettings(
            default_speed_kmh=self.parameterAsDouble(parameters, "DEFAULT_SPEED_KMH", context),
            speed_field=self.parameterAsString(parameters, "SPEED_FIELD", context) or "",
            highway_field=self.parameterAsString(parameters, "HIGHWAY_FIELD", context) or "",
            oneway_field=self.parameterAsString(parameters, "ONEWAY_FIELD", context) or "",
            ignore_oneway=self.parameterAsBool(parameters, "IGNORE_ONEWAY", context),
            emergency_factor=self.parameterAsDouble(parameters, "EMERGENCY_FACTOR", context),
            highway_kmh=table,
        )

    def load_network(self, parameters, context, feedback) -> LayerNetwork:
        layer = self.parameterAsVectorLayer(parameters, "NETWORK", context)
        if layer is None:
            raise QgsProcessingException(tr("Choose a road network layer."))
        try:
            return CACHE.get(
                layer,
                self.network_settings(parameters, context),
                feedback=feedback,
                transform_context=context.transformContext(),
            )
        except NetworkError as e:
            raise QgsProcessingException(tr("Road network: {error}").format(error=e)) from e

    def snap_tolerance(self, parameters, context) -> float:
        return self.parameterAsDouble(parameters, "SNAP_TOLERANCE", context)

    def points(
        self,
        parameters,
        context,
        name: str,
        lnet: LayerNetwork,
        id_field: str = "",
        value_field: str = "",
        what: str = "",
        feedback=None,
        keep_fields=(),
        required=True,
        allowed=None,
        fallback="",
    ):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            if required:
                raise QgsProcessingException(tr("Choose a layer for {what}.").format(what=what))
            return None, None
        for field_name in (id_field, value_field, *keep_fields):
            if field_name and source.fields().indexOf(field_name) < 0:
                raise QgsProcessingException(
                    tr("The {what} layer has no field “{field}”.").format(what=what, field=field_name)
                )
        try:
            pts = read_points(
                source,
                lnet.crs,
                id_field,
                value_field,
                keep_fields,
                what,
                feedback,
                context.transformContext(),
            )
        except NetworkError as e:
            raise QgsProcessingException(str(e)) from e
        if len(pts.ids) == 0 and required:
            raise QgsProcessingException(tr("The {what} layer has no points.").format(what=what))
        if id_field:
            missing = [fid for fid, pid in zip(pts.feature_ids, pts.ids) if pid is None]
            if missing:
                raise QgsProcessingException(
                    tr("{what} features {ids} have no value in “{field}”.").format(
                        what=what, ids=", ".join(map(str, missing[:10])), field=id_field
                    )
                )
        if pts.unreadable and feedback is not None:
            feedback.pushWarning(
                tr("{what} {ids}: “{field}” is not a number of minutes; {fallback}.").format(
                    what=what,
                    ids=", ".join(map(str, pts.unreadable[:10])),
                    field=value_field,
                    fallback=fallback or tr("0 minutes used"),
                )
            )
        snapped = snap_points(
            lnet.network, pts, self.snap_tolerance(parameters, context), what, feedback, allowed=allowed
        )
        return pts, snapped

    @staticmethod
    def offsets_s(pts) -> np.ndarray:
        return np.nan_to_num(pts.values, nan=0.0) * 60.0

    @staticmethod
    def id_field(name: str, sample) -> QgsField:
        if isinstance(sample, int):
            return QgsField(name, QVariant.Type.LongLong)
        return QgsField(name, QVariant.Type.String)

    @staticmethod
    def geometry(shape, transform=None) -> QgsGeometry:
        return to_qgs(shape, transform)

    @staticmethod
    def run_core(function, *args, **kwargs):
        try:
            return function(*args, **kwargs)
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled.")) from None
        except NetworkError as e:
            raise QgsProcessingException(str(e)) from e
