"""The Duty map dialog, driven through its widgets: preview, scope, export with progress, cancel."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from qgis.core import Qgis, QgsApplication, QgsFeatureRequest, QgsProject
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QDate, Qt

from plugin import settings
from plugin.commandmap import load_command_map
from plugin.gui.dutymap_dialog import DutyMapDialog
from plugin.gui.messages import push_with_button

pytestmark = pytest.mark.gui


def _pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line for line in out.splitlines() if line.startswith("Pages:")).split()[1])


def _dialog(qgis_iface, qtbot, demo_gpkg, tmp_path):
    """The dialog on the demo map; output into tmp_path, which holds nothing else."""
    load_command_map(demo_gpkg)
    dialog = DutyMapDialog(qgis_iface)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2024, 5, 20))
    dialog.shift_combo.setCurrentIndex(dialog.shift_combo.findData("day"))
    dialog.output_widget.setFilePath(str(tmp_path / "duty.pdf"))
    return dialog


def test_defaults_come_from_the_command_map(qgis_iface, qgis_new_project, qtbot, demo_gpkg, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = _dialog(qgis_iface, qtbot, demo_gpkg, tmp_path)
    chosen = {
        key: combo.currentLayer().name() if combo.currentLayer() else None
        for key, combo in dialog.combos.items()
    }
    assert chosen == {
        "zones": "patrol_zones",
        "stations": "stations",
        "key_sites": "key_sites",
        "roster": "duty_roster",
        "roads": "roads",
        "jurisdiction": "jurisdiction",
        "coverage": None,
    }
    assert dialog.title_edit.text() == "示范辖区巡防勤务图"  # from the jurisdiction's name
    assert [dialog.shift_combo.itemData(i) for i in range(dialog.shift_combo.count())] == ["day", "night", ""]
    assert dialog.shift_combo.itemText(0) == "白班 08:00–20:00"
    assert dialog.station_combo.count() == 8
    assert not dialog.scope_selected.isEnabled()  # nothing selected yet


def test_preview_draws_the_first_page(qgis_iface, qgis_new_project, qtbot, demo_gpkg, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = _dialog(qgis_iface, qtbot, demo_gpkg, tmp_path)
    assert dialog.refresh_preview()
    image = dialog.preview_image
    assert image.width() > image.height()  # A3 landscape
    grey = image.convertToFormat(image.Format.Format_Grayscale8)
    pointer = grey.constBits()
    pointer.setsize(grey.bytesPerLine() * grey.height())
    pixels = np.frombuffer(pointer, np.uint8)
    assert pixels.std() > 20, "the preview is blank"
    assert not dialog.preview_label.pixmap().isNull()
    assert not list(tmp_path.iterdir()), "a preview writes nothing"


def test_export_one_station_runs_as_a_task_and_offers_the_pdf(
    qgis_iface, qgis_new_project, qtbot, demo_gpkg, tmp_path
):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = _dialog(qgis_iface, qtbot, demo_gpkg, tmp_path)
    dialog.station_combo.setCurrentIndex(dialog.station_combo.findData("MP-01"))
    assert dialog.scope_station.isChecked()
    tasks_before = QgsApplication.taskManager().count()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and dialog.task is not None
    assert QgsApplication.taskManager().count() == tasks_before + 1
    assert not dialog.export_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert dialog.error == ""
    out = tmp_path / "duty.pdf"
    from osgeo import ogr

    ds = ogr.Open(str(demo_gpkg))  # kept: a layer outlived by its data source crashes
    zones = ds.GetLayerByName("patrol_zones")
    zones.SetAttributeFilter("station_id = 'MP-01'")
    n = zones.GetFeatureCount()
    assert n >= 4  # a platform answers for at least four zones
    assert _pages(out) == 1 + n
    assert dialog.progress.value() == 100
    bar = qgis_iface.messageBar()
    # pytest-qgis 2 records pushMessage only; from 5 its bar is a real QgsMessageBar that shows
    # the message with its "Open" button as an item.
    item = bar.currentItem() if hasattr(bar, "currentItem") else None
    shown = bar.get_messages(Qgis.Success) + ([item.text()] if item is not None else [])
    assert any(f"Wrote 1 PDF file(s), {1 + n} pages" in m for m in shown)
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert settings.DUTYMAP_TITLE.value() == "示范辖区巡防勤务图"


def test_selected_zones_and_cancel(qgis_iface, qgis_new_project, qtbot, demo_gpkg, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = _dialog(qgis_iface, qtbot, demo_gpkg, tmp_path)
    zones = dialog.combos["zones"].currentLayer()
    picked = [
        f.id()
        for f in zones.getFeatures(
            QgsFeatureRequest().setFilterExpression("\"zone_code\" IN ('Z-010', 'Z-011')")
        )
    ]
    zones.selectByIds(picked)
    dialog._zones_changed()
    assert dialog.scope_selected.isEnabled() and dialog.scope_selected.text().endswith("(2)")
    dialog.scope_selected.setChecked(True)
    assert dialog.request().scope_codes == {"Z-010", "Z-011"}
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert _pages(tmp_path / "duty.pdf") == 3

    # All zones again, cancelled after the first page: no PDF, no temporary file.
    dialog.scope_all.setChecked(True)
    dialog.output_widget.setFilePath(str(tmp_path / "all.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None or dialog.job.done_pages >= 1, timeout=60000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert "Cancelled" in dialog.error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["duty.pdf"]
    assert any("Cancelled" in m for m in qgis_iface.messageBar().get_messages(Qgis.Info))


def test_bad_input_is_said_in_the_dialog(qgis_iface, qgis_new_project, qtbot, demo_gpkg, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = _dialog(qgis_iface, qtbot, demo_gpkg, tmp_path)
    dialog.output_widget.setFilePath(str(tmp_path / "no" / "such" / "folder" / "duty.pdf"))
    assert dialog.export() is False
    assert "does not exist" in dialog.message_label.text()
    assert any("does not exist" in m for m in qgis_iface.messageBar().get_messages(Qgis.Critical))
    dialog.output_widget.setFilePath("")
    assert dialog.export() is False and "Choose where to save" in dialog.error
    QgsProject.instance().removeAllMapLayers()
    assert dialog.export() is False and "patrol zones" in dialog.error
    assert not dialog.refresh_preview()
    assert "No preview" in dialog.preview_label.text()


def test_message_button_opens_what_was_written(qgis_app, qtbot):
    bar = QgsMessageBar()
    qtbot.addWidget(bar)
    clicked = []
    button = push_with_button(
        bar,
        "Duty map",
        "Wrote 1 PDF file",
        Qgis.MessageLevel.Success,
        "Open PDF",
        lambda: clicked.append(True),
        5,
    )
    assert button is not None and button.text() == "Open PDF"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == [True]


def _roster_days(demo_gpkg):
    import datetime as dt

    from osgeo import ogr

    ds = ogr.Open(str(demo_gpkg))
    layer = ds.GetLayerByName("duty_roster")
    days = {dt.date.fromisoformat(str(f.GetField("duty_date"))[:10].replace("/", "-")) for f in layer}
    ds = None
    return days


def test_date_defaults_to_a_day_the_roster_covers(qgis_iface, qgis_new_project, qtbot, demo_gpkg):
    import datetime as dt

    days = _roster_days(demo_gpkg)
    today = dt.date.today()
    load_command_map(demo_gpkg)
    dialog = DutyMapDialog(qgis_iface)
    qtbot.addWidget(dialog)
    chosen = dialog.date_edit.date().toPyDate()
    assert chosen in days
    assert all(abs((d - today).days) >= abs((chosen - today).days) for d in days)
    # The user's own date is kept when the roster combo changes again.
    dialog.date_edit.setDate(QDate(2024, 5, 21))
    dialog.combos["roster"].setLayer(None)
    dialog.combos["roster"].setLayer(QgsProject.instance().mapLayersByName("duty_roster")[0])
    assert dialog.date_edit.date() == QDate(2024, 5, 21)


def test_zone_pages_get_their_worst_time_without_coverage_bands_and_the_pdf_is_shared(
    qgis_iface, qgis_new_project, qtbot, demo_gpkg, tmp_path, processing
):
    import os

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = _dialog(qgis_iface, qtbot, demo_gpkg, tmp_path)
    assert dialog.combos["coverage"].currentLayer() is None
    assert "worst_min" not in dialog.combos["zones"].currentLayer().fields().names()
    dialog.station_combo.setCurrentIndex(dialog.station_combo.findData("MP-01"))
    old = os.umask(0o022)
    try:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    finally:
        os.umask(old)
    assert dialog.error == ""
    out = tmp_path / "duty.pdf"
    assert os.stat(out).st_mode & 0o777 == 0o644, "readable by colleagues, as any file the user saves"
    text = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", "-layout", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.rstrip().endswith("最长到达时间"))
    values = next(line for line in lines[header + 1 :] if line.strip())
    worst = values.split()[-2:]  # the last column: "4.2 分钟", or "—" when nothing was computed
    assert worst[-1] == "分钟" and float(worst[0]) > 0, values
