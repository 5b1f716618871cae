"""What all PatrolMap algorithms share: naming, help, icon, translation."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm

from ..commandmap import set_command_map_default
from ..i18n import tr
from ..resources import icon


class PatrolMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALG_ID`` and implement ``displayName``, ``group_text``,
    ``shortHelpString``, ``initAlgorithm`` and ``processAlgorithm``.

    Text is translated with the module-level ``tr()`` (one context for the whole plugin),
    never ``self.tr()``.
    """

    ALG_ID = ""
    GROUP_ID = "commandmap"

    def name(self):
        return self.ALG_ID

    def group(self):
        return self.group_text()

    def groupId(self):  # noqa: N802 - QGIS's name
        return self.GROUP_ID

    def group_text(self) -> str:
        return tr("Command map")

    def icon(self):
        return icon("patrolmap.svg")

    def createInstance(self):  # noqa: N802 - QGIS's name
        return type(self)()

    def addParameter(self, parameter, createOutput=True):  # noqa: N802, N803 - QGIS's names
        # Dialogs open on the command map's layers (roads, zones, stations…), not the active one.
        set_command_map_default(parameter)
        return super().addParameter(parameter, createOutput)
