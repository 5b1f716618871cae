"""The Generate roster dialog, driven through its widgets on the demo command map."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from osgeo import ogr
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import QMessageBox

from plugin import settings
from plugin.commandmap import load_command_map
from plugin.core import roster
from plugin.gui import roster_dialog
from plugin.gui.roster_dialog import RosterDialog, open_roster_dialog
from plugin.layout.text import as_date

pytestmark = pytest.mark.gui


def _dialog(qgis_iface, qtbot, month=(2024, 6), anchor=True):
    dialog = RosterDialog(qgis_iface)
    qtbot.addWidget(dialog)
    dialog.month_edit.setDate(QDate(month[0], month[1], 1))
    if anchor:
        dialog.anchor_edit.setDate(QDate(2024, 5, 1))
    dialog.pattern_combo.setCurrentIndex(dialog.pattern_combo.findData("four_two"))
    return dialog


def _row(dialog, station, team_prefix):
    for row in range(dialog.teams_table.rowCount()):
        if dialog.teams_table.item(row, 0).text() == station and dialog.teams_table.item(
            row, 1
        ).text().startswith(team_prefix):
            return row
    raise AssertionError((station, team_prefix))


def _rows(layer, day: dt.date, station: str):
    return {
        f["shift"]: (f["team"], f["leader"])
        for f in layer.getFeatures()
        if as_date(f["duty_date"]) == day and f["station_id"] == station
    }


def _file_rows(path) -> int:
    ds = ogr.Open(str(path))
    count = ds.GetLayerByName("duty_roster").GetFeatureCount()
    ds = None
    return count


def test_next_month_continues_the_rotation_with_the_teams_people(
    qgis_iface, qgis_new_project, qtbot, demo_gpkg
):
    loaded = load_command_map(demo_gpkg)
    layer = loaded.layers["duty_roster"]
    dialog = _dialog(qgis_iface, qtbot, anchor=False)
    # The cycle's start is read from May's roster (any date 8k days from 1 May is the same phase).
    anchor = dialog.anchor_edit.date()
    anchor = dt.date(anchor.year(), anchor.month(), anchor.day())
    assert (anchor - dt.date(2024, 5, 1)).days % 8 == 0
    assert dt.date(2024, 5, 25) <= anchor <= dt.date(2024, 6, 1)  # shown near the chosen month
    assert dialog.stations_list.count() == 8
    # Teams and their people come from the roster already in the map (May).
    may_leader = _rows(layer, dt.date(2024, 5, 1), "PS-01")["day"][1]
    row = _row(dialog, "PS-01", "一班")
    assert dialog.teams_table.item(row, 2).text() == may_leader
    dialog.teams_table.item(row, 2).setText("新队长")
    # Leave one station out.
    mp02 = next(
        dialog.stations_list.item(i)
        for i in range(dialog.stations_list.count())
        if dialog.stations_list.item(i).data(Qt.ItemDataRole.UserRole) == "MP-02"
    )
    mp02.setCheckState(Qt.CheckState.Unchecked)
    assert "420 rows for 2024-06" in dialog.summary_label.text()

    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.added == 7 * 30 * 2
    assert layer.isEditable() and layer.featureCount() == 496 + 420
    # 四班 works 31 May and 1 June; 一班 is back on days on 2 June, with its new leader.
    assert _rows(layer, dt.date(2024, 6, 1), "PS-01")["day"][0].startswith("四班")
    assert _rows(layer, dt.date(2024, 6, 2), "PS-01")["day"] == ("一班（A）", "新队长")
    assert _rows(layer, dt.date(2024, 6, 2), "MP-02") == {}
    assert _file_rows(demo_gpkg) == 496  # in the edit buffer only, until the user saves
    saved = dt.date.fromisoformat(settings.ROSTER_ANCHOR.value())
    assert saved <= dt.date(2024, 6, 1) and (saved - dt.date(2024, 5, 1)).days % 8 == 0
    layer.rollBack()


def test_an_existing_month_is_only_replaced_when_the_user_says_so(
    qgis_iface, qgis_new_project, qtbot, demo_gpkg, monkeypatch
):
    layer = load_command_map(demo_gpkg).layers["duty_roster"]
    before = {f.id(): f.attributes() for f in layer.getFeatures()}
    asked = []

    def answer(value):
        def question(*args, **kwargs):
            asked.append(args[2])
            return value

        return question

    dialog = _dialog(qgis_iface, qtbot, month=(2024, 5))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert dialog.generate() is False
    assert "already has 496 rows for 2024-05" in asked[-1]
    assert not layer.isEditable() or not layer.editBuffer().addedFeatures()
    assert {f.id(): f.attributes() for f in layer.getFeatures()} == before

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.teams_table.item(_row(dialog, "KS-01", "二班"), 2).setText("换人了")
    assert dialog.generate() is True
    assert layer.featureCount() == 496  # replaced, not doubled
    assert _rows(layer, dt.date(2024, 5, 20), "KS-01")["day"] == ("二班（B）", "换人了")
    layer.undoStack().undo()  # one undoable edit
    assert {f.id(): f.attributes() for f in layer.getFeatures()} == before
    layer.rollBack()


def test_a_map_made_before_rosters_gets_the_table_only_when_asked(
    qgis_iface, qgis_new_project, qtbot, demo_gpkg, monkeypatch
):
    ds = ogr.Open(str(demo_gpkg), 1)
    ds.DeleteLayer("duty_roster")
    ds = None
    digest = hashlib.sha256(demo_gpkg.read_bytes()).hexdigest()
    loaded = load_command_map(demo_gpkg)
    assert "duty_roster" not in loaded.layers
    assert hashlib.sha256(demo_gpkg.read_bytes()).hexdigest() == digest

    dialog = _dialog(qgis_iface, qtbot)
    assert dialog.teams_table.item(0, 1).text() == "一班（A）"  # no roster yet: default teams
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert dialog.generate() is False
    assert hashlib.sha256(demo_gpkg.read_bytes()).hexdigest() == digest

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.generate() is True
    layer = dialog.result_layer
    assert layer.featureCount() == 8 * 30 * 2
    assert layer.id() in [node.layerId() for node in loaded.group.findLayers()]
    assert layer.commitChanges()
    assert _file_rows(demo_gpkg) == 480


def test_custom_cycle_with_a_gap_is_flagged(qgis_iface, qgis_new_project, qtbot, demo_gpkg):
    load_command_map(demo_gpkg)
    dialog = _dialog(qgis_iface, qtbot)
    dialog.pattern_combo.setCurrentIndex(dialog.pattern_combo.findData(roster_dialog.CUSTOM))
    assert dialog.custom_widget.isEnabled()
    dialog.cycle_edit.setText("白, 夜, 休, 休")
    assert "Warning" not in dialog.summary_label.text()
    assert dialog.rotation().cycle == roster.FOUR_TEAMS_TWO_SHIFTS_SHORT.cycle
    dialog.stride_spin.setValue(2)  # two teams on the same days: nights and days uncovered
    assert "Warning" in dialog.summary_label.text()
    dialog.cycle_edit.setText("")
    assert not dialog.generate_button.isEnabled()
    assert "empty" in dialog.summary_label.text()


def test_without_a_command_map_the_action_says_what_to_do(qgis_iface, qgis_new_project):
    assert open_roster_dialog(qgis_iface) is None
    assert any("Open a command map first" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
    assert QgsProject.instance().mapLayers() == {}
