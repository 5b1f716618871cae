"""The Coverage dock's list of key sites that miss their response target (1 minute by default).

Before, they showed only as "2 warnings: hover here"; a key site is what the command centre is
judged on first, so each miss is a red row of its own that selects and zooms to the site.
"""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsCsException, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ..i18n import is_chinese, tr
from ..layout.data import chinese_part
from . import palette

FAIL_TEXT = palette.qcolor(palette.ERROR)
FAIL_TINT = QColor("#fde3e1")
FID_ROLE = Qt.ItemDataRole.UserRole + 2
COL_SITE, COL_TARGET, COL_MINUTES = range(3)


def _null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


class KeySiteMisses(QTableWidget):
    """One red row per key site the coverage run found missing its target; hidden when none."""

    def __init__(self, iface, parent=None):
        super().__init__(0, 3, parent)
        self.iface = iface
        self.setObjectName("key_site_misses")
        self.setHorizontalHeaderLabels([tr("Key site"), tr("Target\nmin"), tr("Reached\nmin")])
        self.horizontalHeaderItem(COL_MINUTES).setToolTip(
            tr("Fastest response from any facility, in minutes (— : none reaches it)")
        )
        self.setToolTip(tr("Key sites missing their response target: click one to select it and zoom to it."))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        # The name takes what the numbers leave: a long bilingual name is cut, not the minutes.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SITE, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.layer_id: str | None = None
        self.itemSelectionChanged.connect(self._on_selected)
        self.setVisible(False)

    def fill(self, layer: QgsVectorLayer | None) -> int:
        """Rows for the sites of the coverage run's key-site output that are not compliant."""
        self.setRowCount(0)
        self.layer_id = layer.id() if layer is not None else None
        misses = []
        if layer is not None and "compliant" in layer.fields().names():
            misses = [f for f in layer.getFeatures() if _null(f["compliant"]) or not bool(f["compliant"])]
        misses.sort(key=lambda f: -(f["minutes"] if not _null(f["minutes"]) else float("inf")))
        self.setRowCount(len(misses))
        for row, feature in enumerate(misses):
            minutes = feature["minutes"]
            name = str(feature["name"])
            reason = str(feature["reason"]) if not _null(feature["reason"]) else ""
            cells = (
                # Bilingual names ("赫尔辛基大教堂 Helsinki Cathedral"): the reader's half.
                (chinese_part(name) or name) if is_chinese() else name,
                f"{feature['target_min']:g}" if not _null(feature["target_min"]) else "",
                f"{minutes:.1f}" if not _null(minutes) else "—",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setForeground(FAIL_TEXT)
                item.setBackground(FAIL_TINT)
                item.setData(FID_ROLE, feature.id())
                item.setToolTip(f"{name}: {reason}" if reason else name)
                if column != COL_SITE:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.setItem(row, column, item)
        height = self.horizontalHeader().sizeHint().height() + sum(
            self.rowHeight(r) for r in range(len(misses))
        )
        self.setFixedHeight(min(height + 2 * self.frameWidth() + 2, 200))
        self.setVisible(bool(misses))
        return len(misses)

    def layer(self) -> QgsVectorLayer | None:
        layer = QgsProject.instance().mapLayer(self.layer_id) if self.layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _on_selected(self) -> None:
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        if len(rows) == 1:
            self.show_site(self.item(rows.pop(), COL_SITE).data(FID_ROLE))

    def show_site(self, fid) -> None:
        """Select the site in the key-site results and zoom the map to it."""
        layer = self.layer()
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if layer is None or fid is None or canvas is None:
            return
        feature = layer.getFeature(int(fid))
        if not feature.hasGeometry():
            return
        layer.selectByIds([int(fid)])
        try:
            xform = QgsCoordinateTransform(
                layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
            )
            point = xform.transform(feature.geometry().asPoint())
        except QgsCsException:
            return
        # A few hundred metres around the site: the roads a unit would take to it.
        half = 0.003 if canvas.mapSettings().destinationCrs().isGeographic() else 300.0
        canvas.setExtent(QgsRectangle(point.x() - half, point.y() - half, point.x() + half, point.y() + half))
        canvas.refresh()
        canvas.flashFeatureIds(layer, [int(fid)])
