"""The colours of PatrolMap's own widgets (text, table tints, map-tool bands), in one place.

Map symbology has its own homes (``gui/result_styles``, ``dispatch/live_styles``, the print
styles in ``layout``); these are the colours a dock, dialog or tool draws itself, so that "red
means wrong" is the same red everywhere.
"""

from __future__ import annotations

from qgis.PyQt.QtGui import QColor

ERROR = "#b42318"  # failures, stations out of bounds, late zones
OK = "#1a7f37"  # all in order
WARNING = "#9a6700"  # worth a look, not wrong
ERROR_TINT = "#fde3e1"  # background of a failing row
WARNING_TINT = "#fdebc8"  # background of a row over its bound
MUTED = "#6b7280"  # secondary text
NOTE = "#4a5562"  # a dialog's plain note
TEXT = "#1a1a1a"
EDIT = "#1f4e9c"  # the plugin's blue: what a tool is editing


def qcolor(hex_colour: str, alpha: int = 255) -> QColor:
    """A new QColor (callers may change it) of one of the colours above."""
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour


def text_style(hex_colour: str | None) -> str:
    """A label's style sheet in that colour ("" for the default)."""
    return f"color: {hex_colour};" if hex_colour else ""
