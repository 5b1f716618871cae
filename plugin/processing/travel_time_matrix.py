"""patrolmap:traveltimematrix — minutes on the road network from every origin to every destination."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..i18n import tr
from .network_base import NetworkAlgorithm


class TravelTimeMatrixAlgorithm(NetworkAlgorithm):
    ALG_ID = "traveltimematrix"

    def displayName(self):
        return tr("Travel time matrix")

    def shortHelpString(self):
        return tr(
            "Minutes of travel on the road network from each origin to each destination. "
            "Points snap to the nearest point on the nearest road (mid-block counts); points "
            "farther than the snap tolerance are reported by id and get no times. "
            "Unreachable pairs have minutes NULL.")

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        self.addParameter(QgsProcessingParameterFeatureSource("ORIGINS", tr("Origins"), point))
        self.addParameter(QgsProcessingParameterField(
            "ORIGIN_ID_FIELD", tr("Origin id field (default: feature id)"), parentLayerParameterName="ORIGINS", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("DESTINATIONS", tr("Destinations"), point))
        self.addParameter(QgsProcessingParameterField(
            "DESTINATION_ID_FIELD", tr("Destination id field (default: feature id)"),
            parentLayerParameterName="DESTINATIONS", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Travel times"), QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):
        lnet = self.load_network(parameters, context, feedback)
        origin_field = self.parameterAsString(parameters, "ORIGIN_ID_FIELD", context)
        dest_field = self.parameterAsString(parameters, "DESTINATION_ID_FIELD", context)
        origins, o_snap = self.points(parameters, context, "ORIGINS", lnet, origin_field, what=tr("origin"), feedback=feedback)
        dests, d_snap = self.points(parameters, context, "DESTINATIONS", lnet, dest_field, what=tr("destination"), feedback=feedback)
        feedback.setProgress(45)
        seconds = self.run_core(lnet.network.travel_times, o_snap, d_snap)
        fields = self.fields(
            self.id_field("origin_id", origins.ids[0]),
            self.id_field("destination_id", dests.ids[0]),
            QgsField("minutes", QVariant.Type.Double),
        )
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry)
        total = seconds.size
        for i, oid in enumerate(origins.ids):
            if feedback.isCanceled():
                break
            for j, did in enumerate(dests.ids):
                feature = QgsFeature(fields)
                value = seconds[i, j]
                feature.setAttributes([oid, did, float(value) / 60.0 if np.isfinite(value) else None])
                self.write(sink, feature)
            feedback.setProgress(50 + 50 * (i + 1) * len(dests.ids) / total)
        return {"OUTPUT": dest_id}
