"""The New / Open command map actions, driven through their real dialog."""

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from plugin.gui.commandmap_actions import NewCommandMapDialog, default_crs, new_command_map, open_command_map


def test_new_map_dialog_creates_and_opens_the_map(qgis_iface, qgis_new_project, qtbot, tmp_path):
    dialog = NewCommandMapDialog(QgsCoordinateReferenceSystem("EPSG:4549"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no file chosen yet
    target = tmp_path / "hangzhou"

    def fill_and_accept():
        dialog.file_widget.setFilePath(str(target))
        assert ok.isEnabled()
        ok.click()

    QTimer.singleShot(0, fill_and_accept)
    path = new_command_map(qgis_iface, dialog)
    assert path == tmp_path / "hangzhou.gpkg" and path.exists()
    names = {layer.name() for layer in QgsProject.instance().mapLayers().values()}
    assert {"patrol_zones", "stations", "roads", "units", "incidents"} <= names
    assert QgsProject.instance().mapLayersByName("patrol_zones")[0].crs().authid() == "EPSG:4549"
    assert any("hangzhou.gpkg" in m for m in qgis_iface.messageBar().get_messages(Qgis.Success))


def test_new_map_on_an_existing_file_warns_and_keeps_the_dialog(
    qgis_iface, qgis_new_project, qtbot, tmp_path
):
    existing = tmp_path / "mine.gpkg"
    existing.write_bytes(b"keep me")
    dialog = NewCommandMapDialog(QgsCoordinateReferenceSystem("EPSG:4549"))
    qtbot.addWidget(dialog)
    seen = []

    def close_warning_then_cancel():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.accept()
        QTimer.singleShot(0, dialog.reject)

    def fill_and_accept():
        dialog.file_widget.setFilePath(str(existing))
        QTimer.singleShot(50, close_warning_then_cancel)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_and_accept)
    assert new_command_map(qgis_iface, dialog) is None
    assert seen and "already exists" in seen[0]
    assert existing.read_bytes() == b"keep me"


def test_open_loads_the_demo_and_zooms_to_it(qgis_iface, qgis_new_project, demo_gpkg):
    assert open_command_map(qgis_iface, str(demo_gpkg)) == demo_gpkg
    zones = QgsProject.instance().mapLayersByName("patrol_zones")[0]
    assert zones.featureCount() > 30
    canvas_extent = qgis_iface.mapCanvas().extent()
    assert canvas_extent.intersects(zones.extent())


def test_default_crs_is_local_and_metric(qgis_iface, qgis_new_project):
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    crs = default_crs(None)
    assert not crs.isGeographic() and "Pseudo-Mercator" not in crs.description()
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:32650"))
    assert default_crs(None).authid() == "EPSG:32650"


def test_opening_an_open_map_again_brings_it_forward_instead_of_a_second_copy(
    qgis_iface, qgis_new_project, demo_gpkg, tmp_path
):
    project = QgsProject.instance()
    assert open_command_map(qgis_iface, str(demo_gpkg)) == demo_gpkg
    count = len(project.mapLayers())
    group = project.layerTreeRoot().children()[0]
    name = group.name()
    zones_id = project.mapLayersByName("patrol_zones")[0].id()
    # The user puts another group on top and hides the command map.
    project.layerTreeRoot().insertGroup(0, "Other")
    group.setItemVisibilityChecked(False)
    # …and opens it again, by another spelling of the same path.
    again = demo_gpkg.parent / ".." / demo_gpkg.parent.name / demo_gpkg.name
    assert open_command_map(qgis_iface, str(again)) is not None
    assert len(project.mapLayers()) == count, "no second copy of the layers"
    assert [layer.id() for layer in project.mapLayersByName("patrol_zones")] == [zones_id]
    top = project.layerTreeRoot().children()[0]
    assert top.name() == name and top.isVisible()
    assert zones_id in top.findLayerIds()
    assert qgis_iface.activeLayer().id() == zones_id
    assert any("open already" in m for m in qgis_iface.messageBar().get_messages(Qgis.Info))
