"""Plain resource files (SVG, QML, QPT, translations) found by path, no compiled .qrc."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtGui import QIcon

ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", name)))


def style_path(layer_name: str) -> Path:
    return resource_path("styles", f"{layer_name}.qml")
