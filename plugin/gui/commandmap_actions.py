"""The "New command map" dialog and the "Open command map" action."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
)
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
)

from .. import settings
from ..commandmap import (
    CommandMapError,
    bring_forward,
    create_command_map,
    load_command_map,
    open_layers_of,
)
from ..core.schema import suggest_metric_crs
from ..i18n import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def default_crs(iface) -> QgsCoordinateReferenceSystem:
    """The project's CRS when it is a sound metric one, else a local metric CRS for the view."""
    project_crs = QgsProject.instance().crs()
    if (
        project_crs.isValid()
        and not project_crs.isGeographic()
        and "Pseudo-Mercator" not in project_crs.description()
    ):
        return project_crs
    lon, lat = 120.0, 30.0
    canvas = iface.mapCanvas() if iface is not None else None
    if canvas is not None and project_crs.isValid():
        centre = canvas.extent().center()
        try:
            xform = QgsCoordinateTransform(project_crs, WGS84, QgsProject.instance())
            point = xform.transform(centre)
            if -180 <= point.x() <= 180 and -90 <= point.y() <= 90:
                lon, lat = point.x(), point.y()
        except Exception:  # noqa: BLE001 - any transform failure: fall back to the default place
            pass
    return QgsCoordinateReferenceSystem(suggest_metric_crs(lon, lat))


class NewCommandMapDialog(QDialog):
    def __init__(self, crs: QgsCoordinateReferenceSystem, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New command map"))
        self.setObjectName("PatrolMapNewCommandMapDialog")
        form = QFormLayout(self)
        intro = QLabel(
            tr(
                "Creates a GeoPackage with the command-map layers (jurisdiction, patrol zones, "
                "stations, key sites, roads, units, incidents) and opens them styled."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.file_widget = QgsFileWidget()
        self.file_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.file_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.file_widget.setDefaultRoot(settings.LAST_FOLDER.value())
        self.file_widget.setConfirmOverwrite(False)
        form.addRow(tr("GeoPackage"), self.file_widget)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setCrs(crs)
        form.addRow(tr("Coordinate reference system"), self.crs_widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.file_widget.fileChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self, *_):
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path()))

    def path(self) -> str:
        return self.file_widget.filePath().strip()

    def crs(self) -> QgsCoordinateReferenceSystem:
        return self.crs_widget.crs()


def new_command_map(iface, dialog: NewCommandMapDialog | None = None) -> Path | None:
    dialog = dialog or NewCommandMapDialog(default_crs(iface), iface.mainWindow())
    while dialog.exec():
        try:
            path = create_command_map(dialog.path(), dialog.crs())
        except CommandMapError as e:
            QMessageBox.warning(dialog, tr("New command map"), str(e))
            continue
        settings.LAST_FOLDER.set(str(path.parent))
        _open(iface, path)
        return path
    return None


def warn_value_problems(iface, path: Path, layers: dict) -> None:
    """Numbers the command map holds as something else, listed as it opens (issue 10 item 17)."""
    from ..commandmap import describe_value_problems, value_problems

    problems = value_problems(layers)
    if problems:
        iface.messageBar().pushMessage(
            tr("PatrolMap"),
            tr(
                "{count} values in {name} are not usable numbers; analyses fall back to defaults for them: {list}"
            ).format(count=len(problems), name=path.name, list=describe_value_problems(problems)),
            Qgis.MessageLevel.Warning,
            0,
        )


def open_command_map(iface, path: str | None = None) -> Path | None:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            iface.mainWindow(),
            tr("Open command map"),
            settings.LAST_FOLDER.value(),
            tr("GeoPackage (*.gpkg)"),
        )
        if not path:
            return None
    settings.LAST_FOLDER.set(str(Path(path).parent))
    return _open(iface, Path(path))


def _open(iface, path: Path) -> Path | None:
    open_already = open_layers_of(path)
    if open_already is not None:
        # A second copy would draw and label every unit twice: show the one that is open.
        bring_forward(open_already)
        layers = open_already
        text = tr("Command map {name} is open already: it is now on top.").format(name=path.name)
        level = Qgis.MessageLevel.Info
    else:
        try:
            layers = load_command_map(path).layers
        except CommandMapError as e:
            QMessageBox.warning(iface.mainWindow(), tr("Open command map"), str(e))
            return None
        text = tr("Opened command map {name}.").format(name=path.name)
        level = Qgis.MessageLevel.Success
    zones = layers.get("patrol_zones")
    if zones is not None:
        iface.setActiveLayer(zones)
    _zoom_to(iface, layers)
    iface.messageBar().pushMessage(tr("PatrolMap"), text, level, 5)
    warn_value_problems(iface, path, layers)
    return path


def _zoom_to(iface, layers) -> None:
    zones = layers.get("patrol_zones")
    jurisdiction = layers.get("jurisdiction")
    extent = jurisdiction.extent() if jurisdiction is not None else None
    if (extent is None or extent.isEmpty()) and zones is not None:
        extent = zones.extent()
    canvas = iface.mapCanvas()
    if extent is None or extent.isEmpty() or canvas is None or zones is None:
        return
    xform = QgsCoordinateTransform(zones.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    canvas.setExtent(xform.transformBoundingBox(extent))
    canvas.refresh()
