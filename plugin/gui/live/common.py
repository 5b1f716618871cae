"""What the Live dock's panels share: the error colour and the copies of live data they hand to
background algorithms."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QAbstractItemView, QFormLayout, QHeaderView

from .. import palette

ERROR_TEXT = palette.qcolor(palette.ERROR)


def memory_points(uri: str, name: str, rows) -> QgsVectorLayer:
    """A memory layer of points ((lon, lat), attributes): a copy the background task may read
    (the live layers change every few seconds; a task must not read a layer the GUI thread is
    writing)."""
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for (lon, lat), attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def layer_combo(parent, name: str, filters) -> QgsMapLayerComboBox:
    """A layer picker of the dock (``filters``: a QgsMapLayerProxyModel.Filter), narrow enough
    for a side dock."""
    combo = QgsMapLayerComboBox(parent)
    combo.setObjectName(name)
    combo.setFilters(filters)
    combo.setMinimumContentsLength(10)
    return combo


def read_only_table(view, select_rows: bool = True) -> None:
    """A list of the dock: read-only, one row selected at a time, no row numbers, rows as high as
    a line of text, columns as wide as their text and the last one taking the rest."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if select_rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
