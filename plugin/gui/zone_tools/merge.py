"""Merge zones: pick adjacent zones, merge them into one under the code the user keeps.

Which code survives matters to the people who use it (it is on duty rosters and printed
maps), so the tool asks, offering the largest zone's code first: Enter accepts that.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsFeatureRequest, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from ...core.zone_edit import ZoneEditError, merge_zones
from ...i18n import tr
from ...qgis_bridge import text as _text
from .base import (
    CODE_FIELD,
    EDIT_COLOR,
    PREVIEW_FILL,
    STATION_FIELD,
    ToolRefused,
    ZoneMapTool,
    area_km2,
    edit_command,
    fmt_km2,
    to_layer_geometry,
    to_shape,
)


class MergeCodeDialog(QDialog):
    """Which of the merged zones' codes (and attributes) the merged zone keeps."""

    def __init__(self, rows, default_index: int = 0, parent=None):
        """``rows``: [(fid, code, area km², station, name)]."""
        super().__init__(parent)
        self.setWindowTitle(tr("Merge zones"))
        self.setObjectName("PatrolMapMergeDialog")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(
            tr(
                "Merge {count} zones into one. Keep which code? The merged zone takes that zone's station, category and other attributes; the other codes are retired."
            ).format(count=len(rows))
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        for fid, code, area, station, name in rows:
            parts = [code, tr("{area} km²").format(area=fmt_km2(area))]
            parts.append(tr("station {station}").format(station=station) if station else tr("no station"))
            if name:
                parts.append(name)
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, fid)
            self.list.addItem(item)
        self.list.setCurrentRow(default_index)
        self.list.itemDoubleClicked.connect(self.accept)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def chosen_fid(self):
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def ask_code(rows, default_index, parent=None):
    dialog = MergeCodeDialog(rows, default_index, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_fid()


class MergeZonesTool(ZoneMapTool):
    """Click zones to pick them (click again to drop one), then right-click or Enter to merge."""

    def __init__(self, canvas, message_bar, layer=None):
        super().__init__(canvas, message_bar, layer)
        self.choose = ask_code  # (rows, default index, parent) -> fid or None; tests replace it
        self.hover_band = self.rubber_band(
            QgsWkbTypes.GeometryType.PolygonGeometry, EDIT_COLOR, PREVIEW_FILL, 2
        )

    def title(self) -> str:
        return tr("Merge zones")

    def hint(self) -> str:
        return tr(
            "Click the zones to merge (click again to leave one out), then right-click or press Enter. Only zones sharing a boundary can be merged."
        )

    def reset(self) -> None:
        super().reset()
        if getattr(self, "hover_band", None) is not None:
            self.hover_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def canvasMoveEvent(self, e):  # noqa: N802 - QGIS's name
        if self._layer is None:
            return
        feature = self.zone_at(e.mapPoint())
        self.hover_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        if feature is not None:
            self.hover_band.setToGeometry(feature.geometry(), self._layer)

    def canvasReleaseEvent(self, e):  # noqa: N802 - QGIS's name
        if self._layer is None:
            return
        if e.button() == Qt.MouseButton.RightButton:
            self.merge_selected()
            return
        if e.button() != Qt.MouseButton.LeftButton:
            return
        feature = self.zone_at(e.mapPoint())
        if feature is None:
            return
        behaviour = (
            Qgis.SelectBehavior.RemoveFromSelection
            if feature.id() in self._layer.selectedFeatureIds()
            else Qgis.SelectBehavior.AddToSelection
        )
        self._layer.selectByIds([feature.id()], behaviour)

    def keyPressEvent(self, e):  # noqa: N802 - QGIS's name
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.merge_selected()
            e.accept()
        elif e.key() == Qt.Key.Key_Escape and self._layer is not None and self._layer.selectedFeatureCount():
            self._layer.removeSelection()
            e.accept()
        else:
            e.ignore()

    def merge_selected(self) -> None:
        try:
            self._merge()
        except ToolRefused as refusal:
            self.refuse(str(refusal))

    def _merge(self) -> None:
        layer = self._layer
        if layer is None:
            return
        fids = sorted(layer.selectedFeatureIds())
        if len(fids) < 2:
            raise ToolRefused(
                tr("Pick at least two neighbouring zones to merge (click them), then right-click.")
            )
        if not self.editable():
            return
        features = {f.id(): f for f in layer.getFeatures(QgsFeatureRequest().setFilterFids(fids))}
        fids = [fid for fid in fids if fid in features and to_shape(features[fid].geometry()) is not None]
        shapes = [to_shape(features[fid].geometry()) for fid in fids]
        try:
            merged = merge_zones(shapes, self.tolerance())
        except ZoneEditError as e:
            if e.reason == "not_adjacent":
                apart = ", ".join(str(features[fids[i]][CODE_FIELD]) for i in e.zones)
                raise ToolRefused(
                    tr(
                        "{codes} share no boundary with the other picked zones (touching at a corner is not enough): only neighbouring zones can be merged."
                    ).format(codes=apart)
                ) from None
            if e.reason == "too_few_zones":
                raise ToolRefused(
                    tr("Pick at least two neighbouring zones to merge (click them), then right-click.")
                ) from None
            raise ToolRefused(
                tr("The picked zones do not join into one piece; nothing was merged.")
            ) from None

        rows = []
        for fid in fids:
            f = features[fid]
            name = _text(f["name"]) if layer.fields().indexOf("name") >= 0 else ""
            station = _text(f[STATION_FIELD]) if layer.fields().indexOf(STATION_FIELD) >= 0 else ""
            rows.append((fid, str(f[CODE_FIELD]), area_km2(layer, f.geometry()), station, name))
        # To the square metre: zones drawn the same size tie and the first picked wins, whatever
        # the ellipsoid makes of their last digits.
        largest = max(range(len(rows)), key=lambda i: (round(rows[i][2], 6), -i))
        keep = self.choose(rows, largest, self.canvas().window())
        if keep is None:
            self.message(tr("Merge cancelled; nothing changed."), Qgis.MessageLevel.Info)
            return
        keep_code = str(features[keep][CODE_FIELD])
        retired = [str(features[fid][CODE_FIELD]) for fid in fids if fid != keep]
        geometry = to_layer_geometry(merged, layer)
        with edit_command(layer, tr("Merge zones into {code}").format(code=keep_code)):
            if not layer.changeGeometry(keep, geometry):
                raise ToolRefused(
                    tr("QGIS did not accept the merged shape of {code}.").format(code=keep_code)
                )
            if not layer.deleteFeatures([fid for fid in fids if fid != keep]):
                raise ToolRefused(
                    tr("QGIS could not delete the merged zones {codes}.").format(codes=", ".join(retired))
                )
        layer.selectByIds([keep])
        self.hover_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self.message(
            tr("{codes} merged into {code} ({area} km²); retired: {retired}.").format(
                codes=", ".join(r[1] for r in rows),
                code=keep_code,
                area=fmt_km2(area_km2(layer, geometry)),
                retired=", ".join(retired),
            ),
            Qgis.MessageLevel.Success,
        )
        layer.triggerRepaint()
