"""Analysis results in the project: one layer group per analysis, replaced on each run, and
kept in a results GeoPackage beside the command map, so a saved project reopens with them.

The GeoPackage is named in the project (entry PatrolMap/results_gpkg), so every run of the
project writes to the same file; a command map itself is never written to by an analysis.
Without a command map on disk (memory layers) results stay in memory, as before.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from .commandmap import RESULT_PROPERTY
from .i18n import tr

GROUP_PROPERTY = "patrolmap/results"  # on a layer-tree group: the analysis whose results it holds
LEGACY_GROUP_PROPERTIES = {"coverage": "patrolmap/coverage_results"}  # projects saved before
SCOPE, KEY = "PatrolMap", "results_gpkg"


class ResultsError(Exception):
    """A result could not be written to the results GeoPackage; the message says why."""


def results_gpkg(project: QgsProject, command_map: Path | None) -> Path | None:
    """The project's results GeoPackage: the one it names, else ``<map>_results.gpkg`` beside
    the command map (and the project names it from then on); None without a command map."""
    stored, _ok = project.readEntry(SCOPE, KEY, "")
    if stored:
        path = Path(stored)
        if not path.is_absolute() and project.homePath():
            path = Path(project.homePath()) / path
        return path
    if command_map is None:
        return None
    path = Path(command_map).with_name(f"{Path(command_map).stem}_results.gpkg")
    project.writeEntry(SCOPE, KEY, str(path))
    return path


def keep(layer: QgsVectorLayer, path: Path, table: str, project: QgsProject) -> QgsVectorLayer:
    """Write ``layer`` as table ``table`` of the results GeoPackage (replacing the previous
    run's table) and return a layer reading it, named as ``layer``."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if path.exists()
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), project.transformContext(), options)
    error, message = result[0], result[1]
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise ResultsError(
            tr("Could not write {table} into {path}: {error}").format(table=table, path=path, error=message)
        )
    stored = QgsVectorLayer(f"{path}|layername={table}", layer.name(), "ogr")
    if not stored.isValid():
        raise ResultsError(tr("QGIS could not read back {table} from {path}.").format(table=table, path=path))
    return stored


def remove_results(project: QgsProject, analysis: str) -> None:
    """Take every result of ``analysis`` out of the project: its groups and any of its layers
    moved elsewhere (the demo puts its response bands under the roads)."""
    root = project.layerTreeRoot()
    groups = [g for g in _groups(root) if _holds(g, analysis)]
    ids = {
        layer.id()
        for layer in project.mapLayers().values()
        if layer.customProperty(RESULT_PROPERTY) == analysis
    }
    for group in groups:
        ids.update(group.findLayerIds())
    if ids:
        project.removeMapLayers(list(ids))
    for group in groups:
        parent = group.parent()
        if isinstance(parent, QgsLayerTreeGroup):
            parent.removeChildNode(group)


def add_results(
    project: QgsProject, analysis: str, title: str, layers: list[QgsVectorLayer]
) -> QgsLayerTreeGroup:
    """A new group ``title`` at the top of the project holding ``layers`` (top to bottom)."""
    group = project.layerTreeRoot().insertGroup(0, title)
    group.setCustomProperty(GROUP_PROPERTY, analysis)
    for layer in layers:
        layer.setCustomProperty(RESULT_PROPERTY, analysis)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return group


def result_groups(project: QgsProject, analysis: str) -> list[QgsLayerTreeGroup]:
    return [g for g in _groups(project.layerTreeRoot()) if _holds(g, analysis)]


def _holds(group: QgsLayerTreeGroup, analysis: str) -> bool:
    legacy = LEGACY_GROUP_PROPERTIES.get(analysis)
    return group.customProperty(GROUP_PROPERTY) == analysis or bool(legacy and group.customProperty(legacy))


def _groups(root: QgsLayerTreeGroup) -> list[QgsLayerTreeGroup]:
    found = []
    for child in root.children():
        if isinstance(child, QgsLayerTreeGroup):
            found.append(child)
            found.extend(_groups(child))
    return found
