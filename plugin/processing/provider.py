"""The ``patrolmap`` Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider

from ..dependencies import missing
from ..i18n import tr
from ..log import get_logger
from ..resources import icon
from .create_command_map import CreateCommandMapAlgorithm
from .duty_map import DutyMapAlgorithm
from .fetch_units import FetchUnitsAlgorithm


def algorithm_classes() -> list[type]:
    """Every algorithm whose dependencies are installed; network ones need SciPy and Shapely 2."""
    classes: list[type] = [CreateCommandMapAlgorithm, DutyMapAlgorithm, FetchUnitsAlgorithm]
    if not any(name.startswith("Shapely") for name in missing()):
        # Grids and zone checks need Shapely 2 only, not the network engine's SciPy.
        from .create_grid import CreateGridAlgorithm
        from .validate_zones import ValidateZonesAlgorithm

        classes += [CreateGridAlgorithm, ValidateZonesAlgorithm]
    if missing():
        get_logger().warning("Road-network algorithms not loaded; missing: %s", ", ".join(missing()))
        return classes
    from .assign_zones import AssignZonesAlgorithm
    from .blockade import BlockadeAlgorithm
    from .compare_plans import ComparePlansAlgorithm
    from .coverage import CoverageAlgorithm
    from .hotspots import HotspotsAlgorithm
    from .isochrones import IsochronesAlgorithm, ResponseZonesAlgorithm
    from .nearest_units import NearestUnitsAlgorithm
    from .site_posts import SitePostsAlgorithm
    from .travel_time_matrix import TravelTimeMatrixAlgorithm
    from .zone_workload import ZoneWorkloadAlgorithm

    return classes + [
        TravelTimeMatrixAlgorithm,
        IsochronesAlgorithm,
        ResponseZonesAlgorithm,
        CoverageAlgorithm,
        NearestUnitsAlgorithm,
        AssignZonesAlgorithm,
        ZoneWorkloadAlgorithm,
        SitePostsAlgorithm,
        BlockadeAlgorithm,
        HotspotsAlgorithm,
        ComparePlansAlgorithm,
    ]


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
        for algorithm in algorithm_classes():
            self.addAlgorithm(algorithm())
