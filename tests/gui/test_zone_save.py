"""Saving zone edits: nothing reaches the file before the user saves, and a refused save loses nothing."""

from __future__ import annotations

import pytest
from osgeo import ogr
from qgis.core import Qgis, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt

from plugin.gui.zone_tools import DrawZoneTool, save_zone_edits

pytestmark = pytest.mark.gui


def file_codes(path):
    ds = ogr.Open(str(path))
    codes = sorted(f.GetField("zone_code") for f in ds.GetLayerByName("patrol_zones"))
    ds = None
    return codes


def test_a_refused_save_keeps_the_edits_and_names_the_cause(qgis_new_project, demo_gpkg, qtbot, message_bar):
    zones = QgsVectorLayer(f"{demo_gpkg}|layername=patrol_zones", "patrol_zones", "ogr")
    assert zones.isValid()
    QgsProject.instance().addMapLayer(zones)
    canvas = QgsMapCanvas()
    canvas.resize(600, 600)
    canvas.setDestinationCrs(zones.crs())
    canvas.setLayers([zones])
    extent = zones.extent()
    canvas.setExtent(
        QgsRectangle(extent.xMinimum(), extent.yMinimum() - 600, extent.xMaximum(), extent.yMaximum())
    )
    canvas.show()
    qtbot.waitExposed(canvas)
    bar = message_bar
    tool = DrawZoneTool(canvas, bar, zones)
    canvas.setMapTool(tool)

    # A zone south of the jurisdiction, where no zone is yet.
    x0, y0 = extent.center().x(), extent.yMinimum() - 400
    for x, y in ((x0, y0), (x0 + 300, y0), (x0 + 300, y0 + 200), (x0, y0 + 200), (None, None)):
        if x is None:
            x, y = x0 + 100, y0 + 100
            button = Qt.MouseButton.RightButton
        else:
            button = Qt.MouseButton.LeftButton
        pixel = canvas.getCoordinateTransform().transform(x, y)
        pos = QPoint(round(pixel.x()), round(pixel.y()))
        tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, pos, button))
    assert "Z-039" in bar.messages[-1][1]
    assert "Z-039" not in file_codes(demo_gpkg), "nothing is written before the user saves"

    # Meanwhile a colleague saved a zone Z-039 into the same file.
    ds = ogr.Open(str(demo_gpkg), 1)
    lyr = ds.GetLayerByName("patrol_zones")
    feature = ogr.Feature(lyr.GetLayerDefn())
    feature.SetField("zone_code", "Z-039")
    feature.SetField("category", "other")
    feature.SetGeometry(
        ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0 - 900} {y0}, {x0 - 700} {y0}, {x0 - 700} {y0 + 100}, {x0 - 900} {y0}))"
        )
    )
    assert lyr.CreateFeature(feature) == 0
    ds = None

    messages = []
    assert not save_zone_edits(zones, lambda text, level: messages.append((level, text)))
    level, text = messages[-1]
    assert level == Qgis.MessageLevel.Critical
    assert "UNIQUE constraint failed: patrol_zones.zone_code" in text and "kept in the edit buffer" in text
    assert "Provider errors" not in text and "already in the file" in text
    assert zones.isEditable() and zones.isModified()
    mine = [f for f in zones.getFeatures() if f["zone_code"] == "Z-039" and f.id() < 0]
    assert len(mine) == 1, "the drawn zone is still in the edit buffer"

    # Fixed by the user (a new code), the save goes through.
    idx = zones.fields().indexOf("zone_code")
    assert zones.changeAttributeValue(mine[0].id(), idx, "Z-040")
    assert save_zone_edits(zones, lambda text, level: messages.append((level, text)))
    assert messages[-1][0] == Qgis.MessageLevel.Success
    assert file_codes(demo_gpkg)[-2:] == ["Z-039", "Z-040"]
    assert zones.isEditable() and not zones.isModified()
    canvas.unsetMapTool(tool)
    tool.cleanup()
    zones.rollBack()
