"""Map tools that edit patrol zones on the active zone layer (see each module)."""

from .base import is_zone_layer, save_zone_edits
from .brush import AssignBrushTool
from .controller import ZoneToolsController
from .draw import DrawZoneTool
from .load_panel import ZoneLoadDock
from .merge import MergeZonesTool
from .move import MoveBoundaryTool
from .split import SplitZoneTool

__all__ = [
    "AssignBrushTool",
    "DrawZoneTool",
    "MergeZonesTool",
    "MoveBoundaryTool",
    "SplitZoneTool",
    "ZoneLoadDock",
    "ZoneToolsController",
    "is_zone_layer",
    "save_zone_edits",
]
