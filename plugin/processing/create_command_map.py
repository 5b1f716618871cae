"""patrolmap:createcommandmap — an empty command-map GeoPackage, for scripts and models."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from ..commandmap import CommandMapError, create_command_map
from ..core.schema import COMMAND_MAP
from ..i18n import tr
from .base import PatrolMapAlgorithm


class CreateCommandMapAlgorithm(PatrolMapAlgorithm):
    ALG_ID = "createcommandmap"

    def displayName(self):  # noqa: N802 - QGIS's name
        return tr("Create command map")

    def shortHelpString(self):  # noqa: N802 - QGIS's name
        return tr(
            "Creates an empty command-map GeoPackage: jurisdiction, patrol zones, stations, "
            "key sites, roads, and the live units and incidents layers, with field constraints "
            "and allowed values stored in the file. An existing file is never overwritten."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS's name
        self.addParameter(
            QgsProcessingParameterCrs("CRS", tr("Coordinate reference system (metric)"), "EPSG:4549")
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("Command map"), tr("GeoPackage (*.gpkg)"))
        )
        self.addOutput(QgsProcessingOutputString("LAYERS", tr("Layers created")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS's name
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, "CRS", context)
        if crs.isGeographic():
            feedback.pushWarning(
                tr(
                    "The CRS is geographic (degrees). Analyses work in any CRS, but zones are easier "
                    "to draw and measure in a metric one."
                )
            )
        target = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        try:
            path = create_command_map(target, crs)
        except CommandMapError as e:
            raise QgsProcessingException(str(e)) from e

        return {"OUTPUT": str(path), "LAYERS": ",".join(layer.name for layer in COMMAND_MAP)}
