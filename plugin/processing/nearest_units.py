"""patrolmap:nearestunits — for each incident, the units that reach it soonest on the road network.

Each output row is also the route: a line along the roads from the unit (snapped onto its road)
to the incident, in the road network's CRS. The fields are those the table had before routes
were drawn (incident_id, unit_id, rank, minutes), so anything that read the table still can.
"""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.network import route_paths
from ..i18n import tr
from .base import default_field
from .network_base import NetworkAlgorithm


class NearestUnitsAlgorithm(NetworkAlgorithm):
    ALG_ID = "nearestunits"

    def displayName(self):
        return tr("Nearest units")

    def shortHelpString(self):
        return tr(
            "For each incident, the units that reach it soonest by road (travel from the unit "
            "to the incident), ranked 1, 2, 3… When the units layer has a “status” field, only "
            "units whose status is “available” count unless “Only available units” is off. Each "
            "row is drawn as the route: a line along the roads from the unit to the incident, in "
            "the road network's coordinate system."
        )

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        self.addParameter(QgsProcessingParameterFeatureSource("INCIDENTS", tr("Incidents"), point))
        self.addParameter(
            QgsProcessingParameterField(
                "INCIDENT_ID_FIELD",
                tr("Incident id field (default: incident_id, else feature id)"),
                parentLayerParameterName="INCIDENTS",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSource("UNITS", tr("Units"), point))
        self.addParameter(
            QgsProcessingParameterField(
                "UNIT_ID_FIELD",
                tr("Unit id field (default: unit_id, else feature id)"),
                parentLayerParameterName="UNITS",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("ONLY_AVAILABLE", tr("Only available units"), True))
        self.addParameter(
            QgsProcessingParameterNumber(
                "COUNT",
                tr("Units per incident"),
                QgsProcessingParameterNumber.Type.Integer,
                3,
                minValue=1,
                maxValue=100,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Nearest units"), QgsProcessing.SourceType.TypeVectorLine
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        lnet = self.load_network(parameters, context, feedback)
        incident_src = self.parameterAsSource(parameters, "INCIDENTS", context)
        unit_src = self.parameterAsSource(parameters, "UNITS", context)
        incident_field = default_field(
            incident_src, self.parameterAsString(parameters, "INCIDENT_ID_FIELD", context), "incident_id"
        )
        unit_field = default_field(
            unit_src, self.parameterAsString(parameters, "UNIT_ID_FIELD", context), "unit_id"
        )
        keep = ("status",) if unit_src is not None and unit_src.fields().indexOf("status") >= 0 else ()
        incidents, i_snap = self.points(
            parameters, context, "INCIDENTS", lnet, incident_field, what=tr("incident"), feedback=feedback
        )
        units, u_snap = self.points(
            parameters,
            context,
            "UNITS",
            lnet,
            unit_field,
            what=tr("unit"),
            feedback=feedback,
            keep_fields=keep,
        )
        if keep and self.parameterAsBool(parameters, "ONLY_AVAILABLE", context):
            available = np.array(
                [str(a.get("status") or "").lower() == "available" for a in units.attributes]
            )
            if not available.any():
                raise QgsProcessingException(tr("No unit has status “available”."))
            u_snap.segment[~available] = -1
            feedback.pushInfo(
                tr("{count} of {total} units are available.").format(
                    count=int(available.sum()), total=len(available)
                )
            )
        count = self.parameterAsInt(parameters, "COUNT", context)
        rows = self.run_core(lnet.network.nearest, i_snap, u_snap, count=count)
        fields = self.fields(
            self.id_field("incident_id", incidents.ids[0]),
            self.id_field("unit_id", units.ids[0]),
            QgsField("rank", QVariant.Type.Int),
            QgsField("minutes", QVariant.Type.Double),
        )
        feedback.setProgress(70)
        paths = self.run_core(route_paths, lnet.network, u_snap, i_snap, [(r[0], r[1]) for r in rows])
        network_layer = self.parameterAsVectorLayer(parameters, "NETWORK", context)
        crs = network_layer.crs()
        to_output = QgsCoordinateTransform(lnet.crs, crs, context.transformContext())
        sink, dest_id = self.sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.LineString, crs)
        for (incident, unit, rank, seconds), path in zip(rows, paths):
            feature = QgsFeature(fields)
            feature.setAttributes(
                [incidents.ids[incident], units.ids[unit], int(rank), float(seconds) / 60.0]
            )
            if path is not None:
                feature.setGeometry(self.geometry(shapely.linestrings(path[0]), to_output))
            self.write(sink, feature)
        unreached = sorted(set(range(len(incidents.ids))) - {r[0] for r in rows})
        if unreached:
            feedback.pushWarning(
                tr("No unit can reach incidents {ids} by road.").format(
                    ids=", ".join(str(incidents.ids[i]) for i in unreached[:10])
                )
            )
        return {"OUTPUT": dest_id}
