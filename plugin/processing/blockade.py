"""patrolmap:blockade — one unit to each checkpoint, the slowest arrival as early as possible."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.blockade import at_speed, bottleneck_assignment
from ..core.network import route_paths
from ..i18n import tr
from ..network_layer import _ids
from .deployment_base import DeploymentAlgorithm


class BlockadeAlgorithm(DeploymentAlgorithm):
    ALG_ID = "blockade"

    def displayName(self):
        return tr("Blockade: seal the checkpoints")

    def shortHelpString(self):
        return tr(
            "Sends one unit to each checkpoint so that the slowest arrival is as early as possible "
            "(an exact bottleneck assignment; among equally fast answers, the least total driving). "
            "With more checkpoints than units, as many as possible are sealed and the rest are "
            "reported open. With an incident, each checkpoint gets the earliest time a suspect could "
            "reach it (the delay before the alarm plus the road distance at the escape speed), and "
            "sealed_in_time says whether the unit gets there first."
        )

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        self.addParameter(QgsProcessingParameterFeatureSource("UNITS", tr("Units"), point))
        self.addParameter(
            QgsProcessingParameterField(
                "UNIT_ID_FIELD",
                tr("Unit id field (default: feature id)"),
                parentLayerParameterName="UNITS",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSource("CHECKPOINTS", tr("Checkpoints"), point))
        self.addParameter(
            QgsProcessingParameterField(
                "CHECKPOINT_ID_FIELD",
                tr("Checkpoint id field (default: feature id)"),
                parentLayerParameterName="CHECKPOINTS",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource("INCIDENT", tr("Incident"), point, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "ESCAPE_SPEED_KMH",
                tr("Escape speed (km/h)"),
                QgsProcessingParameterNumber.Type.Double,
                60.0,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "DELAY_MIN",
                tr("Delay before the alarm (minutes)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Blockade routes"), QgsProcessing.SourceType.TypeVectorLine
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        lnet = self.load_network(parameters, context, feedback)
        network = lnet.network
        attached = network.attached()
        allowed = None if attached.all() else attached
        units, u_snap = self.points(
            parameters,
            context,
            "UNITS",
            lnet,
            self.parameterAsString(parameters, "UNIT_ID_FIELD", context),
            what=tr("unit"),
            feedback=feedback,
            allowed=allowed,
        )
        cps, c_snap = self.points(
            parameters,
            context,
            "CHECKPOINTS",
            lnet,
            self.parameterAsString(parameters, "CHECKPOINT_ID_FIELD", context),
            what=tr("checkpoint"),
            feedback=feedback,
            allowed=allowed,
        )
        if not u_snap.ok.any():
            raise QgsProcessingException(tr("No unit lies within the snap tolerance of a road."))
        if not c_snap.ok.any():
            raise QgsProcessingException(tr("No checkpoint lies within the snap tolerance of a road."))
        times = self.run_core(network.travel_times, u_snap, c_snap, progress=self.progress(feedback, 10, 50))
        result = bottleneck_assignment(times)
        feedback.setProgress(60)

        escape = None
        incident = self.parameterAsSource(parameters, "INCIDENT", context)
        if incident is not None:
            inc, i_snap = self.points(
                parameters, context, "INCIDENT", lnet, what=tr("incident"), feedback=feedback
            )
            if len(inc.ids) != 1:
                raise QgsProcessingException(
                    tr("The incident layer must hold exactly one point; it has {count}.").format(
                        count=len(inc.ids)
                    )
                )
            if not i_snap.ok.all():
                raise QgsProcessingException(tr("The incident is not within the snap tolerance of a road."))
            speed = self.parameterAsDouble(parameters, "ESCAPE_SPEED_KMH", context)
            delay = self.parameterAsDouble(parameters, "DELAY_MIN", context)
            flee = self.run_core(at_speed(network, speed).travel_times, i_snap, c_snap)[0]
            escape = delay + flee / 60.0

        paths = route_paths(network, u_snap, c_snap, [(c, u) for u, c, _ in result.pairs])
        fields = [
            self.id_field("unit_id", units.ids[0]),
            self.id_field("checkpoint_id", cps.ids[0]),
            QgsField("minutes", QVariant.Type.Double),
        ]
        if escape is not None:
            fields += [
                QgsField("escape_min", QVariant.Type.Double),
                QgsField("sealed_in_time", QVariant.Type.Bool),
            ]
        fields = self.fields(*fields)
        source_crs = self.parameterAsSource(parameters, "CHECKPOINTS", context).sourceCrs()
        sink, dest = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.LineString, source_crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        to_out = QgsCoordinateTransform(lnet.crs, source_crs, context.transformContext())
        late = []
        for (u, c, seconds), path in zip(result.pairs, paths):
            feature = QgsFeature(fields)
            if path is not None and len(path[0]) >= 2:
                feature.setGeometry(self.geometry(shapely.linestrings(path[0]), to_out))
            values = [units.ids[u], cps.ids[c], seconds / 60.0]
            if escape is not None:
                in_time = bool(seconds / 60.0 <= escape[c] + 1e-9)
                values += [float(escape[c]) if np.isfinite(escape[c]) else None, in_time]
                if not in_time:
                    late.append(cps.ids[c])
            feature.setAttributes(values)
            self.write(sink, feature)

        open_ids = [cps.ids[c] for c in result.open_checkpoints]
        slowest = result.slowest_s / 60.0 if result.pairs else None
        if slowest is not None:
            feedback.pushInfo(tr("Slowest arrival: {minutes:.1f} min.").format(minutes=slowest))
        if open_ids:
            feedback.pushWarning(
                tr("{count} checkpoints stay open (not enough units, or none can reach them): {ids}").format(
                    count=len(open_ids), ids=_ids(open_ids, 50)
                )
            )
        if late:
            feedback.pushWarning(
                tr("{count} checkpoints cannot be sealed before the suspect could reach them: {ids}").format(
                    count=len(late), ids=_ids(late, 50)
                )
            )
        return {
            "OUTPUT": dest,
            "SLOWEST_MIN": slowest,
            "OPEN_CHECKPOINTS": open_ids,
            "LATE_CHECKPOINTS": late,
        }
