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
    QgsProcessingParameterNumber,
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
            "Unreachable pairs have minutes NULL. A maximum time leaves slower pairs NULL too, "
            "and makes big matrices much faster: the search from each origin stops there."
        )

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        self.addParameter(QgsProcessingParameterFeatureSource("ORIGINS", tr("Origins"), point))
        self.addParameter(
            QgsProcessingParameterField(
                "ORIGIN_ID_FIELD",
                tr("Origin id field (default: feature id)"),
                parentLayerParameterName="ORIGINS",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSource("DESTINATIONS", tr("Destinations"), point))
        self.addParameter(
            QgsProcessingParameterField(
                "DESTINATION_ID_FIELD",
                tr("Destination id field (default: feature id)"),
                parentLayerParameterName="DESTINATIONS",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_MINUTES",
                tr("Maximum time (minutes; slower pairs are left NULL; empty: no limit)"),
                QgsProcessingParameterNumber.Type.Double,
                None,
                optional=True,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Travel times"), QgsProcessing.SourceType.TypeVector
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        lnet = self.load_network(parameters, context, feedback)
        origin_field = self.parameterAsString(parameters, "ORIGIN_ID_FIELD", context)
        dest_field = self.parameterAsString(parameters, "DESTINATION_ID_FIELD", context)
        origins, o_snap = self.points(
            parameters, context, "ORIGINS", lnet, origin_field, what=tr("origin"), feedback=feedback
        )
        dests, d_snap = self.points(
            parameters, context, "DESTINATIONS", lnet, dest_field, what=tr("destination"), feedback=feedback
        )
        feedback.setProgress(45)
        # No value: no limit. 0 is a limit like any other: only pairs 0 minutes apart are within.
        limit_s = np.inf
        if parameters.get("MAX_MINUTES") not in (None, ""):
            limit_s = max(self.parameterAsDouble(parameters, "MAX_MINUTES", context), 0.0) * 60.0
        seconds = self.run_core(
            lnet.network.travel_times,
            o_snap,
            d_snap,
            limit_s=limit_s,
            progress=self.progress(feedback, 45, 70),
        )
        feedback.setProgress(70)
        fields = self.fields(
            self.id_field("origin_id", origins.ids[0]),
            self.id_field("destination_id", dests.ids[0]),
            QgsField("minutes", QVariant.Type.Double),
        )
        sink, dest_id = self.sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry)
        # A row of features per origin, handed over in one call: the per-feature Python
        # overhead was most of the time for big matrices.
        minutes = np.where(np.isfinite(seconds), seconds / 60.0, np.nan)
        dest_ids = list(dests.ids)
        n_rows = len(origins.ids)
        for i, oid in enumerate(origins.ids):
            if feedback.isCanceled():
                break
            values = [None if v != v else v for v in minutes[i].tolist()]
            features = [QgsFeature(fields) for _ in dest_ids]
            for feature, did, value in zip(features, dest_ids, values):
                feature.setAttributes([oid, did, value])
            self.write_all(sink, features)
            feedback.setProgress(70 + 30 * (i + 1) / n_rows)
        return {"OUTPUT": dest_id}
