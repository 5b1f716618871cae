"""What the Live dock's panels share: the error colour and the copies of live data they hand to
background algorithms."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

ERROR_TEXT = QColor("#b42318")


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
