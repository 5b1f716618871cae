"""Parsing of minute breaks ("1,3,5"), free of SciPy/Shapely so the GUI can import it always."""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ..i18n import tr


def parse_breaks(text: str) -> list[float]:
    """ "1,3,5" → [1.0, 3.0, 5.0]; refuses empty, non-numeric, zero or negative breaks."""
    values = []
    for item in (text or "").replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        try:
            value = float(item)
        except ValueError:
            raise QgsProcessingException(
                tr("Break “{item}” is not a number of minutes.").format(item=item)
            ) from None
        if not 0 < value <= 240:
            raise QgsProcessingException(
                tr("Break {value:g} must be more than 0 and at most 240 minutes.").format(value=value)
            )
        values.append(value)
    if not values:
        raise QgsProcessingException(tr("Give at least one break in minutes, e.g. 1,3,5."))
    return sorted(set(values))
