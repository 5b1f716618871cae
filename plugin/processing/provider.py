"""The ``patrolmap`` Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider

from ..i18n import tr
from ..resources import icon
from .coverage import CoverageAlgorithm
from .create_command_map import CreateCommandMapAlgorithm
from .isochrones import IsochronesAlgorithm, ResponseZonesAlgorithm
from .nearest_units import NearestUnitsAlgorithm
from .travel_time_matrix import TravelTimeMatrixAlgorithm

ALGORITHMS = (
    CreateCommandMapAlgorithm,
    TravelTimeMatrixAlgorithm,
    IsochronesAlgorithm,
    ResponseZonesAlgorithm,
    CoverageAlgorithm,
    NearestUnitsAlgorithm,
)


class PatrolMapProvider(QgsProcessingProvider):
    def id(self):
        return "patrolmap"

    def name(self):
        return tr("PatrolMap")

    def longName(self):  # noqa: N802 - QGIS's name
        return tr("PatrolMap — police grid-patrol command maps")

    def icon(self):
        return icon("patrolmap.svg")

    def loadAlgorithms(self):  # noqa: N802 - QGIS's name
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
