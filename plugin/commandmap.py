"""Command maps in a GeoPackage: create the schema, check an existing one, load it styled.

The schema itself is described in ``core/schema.py``; this module only turns that description
into GDAL/QGIS objects. Allowed values and ranges are written into the GeoPackage as GDAL field
domains, so QGIS shows value maps and enforces ranges in forms even for a user who opens the
file without PatrolMap.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsLayerTreeGroup,
    QgsProcessingParameterDefinition,
    QgsProject,
    QgsRendererCategory,
    QgsSettings,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.PyQt.QtGui import QColor

from .core import schema
from .i18n import tr
from .qgis_bridge import is_null
from .resources import resource_path, style_path

_OGR_TYPES = {
    "string": ogr.OFTString,
    "integer": ogr.OFTInteger,
    "double": ogr.OFTReal,
    "datetime": ogr.OFTDateTime,
    "date": ogr.OFTDate,
    "bool": ogr.OFTInteger,
}
_OGR_GEOMETRY = {
    "Point": ogr.wkbPoint,
    "LineString": ogr.wkbLineString,
    "Polygon": ogr.wkbPolygon,
    "MultiPolygon": ogr.wkbMultiPolygon,
    None: ogr.wkbNone,
}

# Value-map descriptions shown in forms: Chinese first, as the users read it, English after.
VALUE_LABELS = {
    "key_site": "重点部位 Key site",
    "centre": "中心区 Centre",
    "other": "一般区域 Other",
    "police_station": "派出所 Police station",
    "kiosk": "警务亭 Police kiosk",
    "mobile_platform": "移动警务平台 Mobile platform",
    "checkpoint": "检查站 Checkpoint",
    "car": "警车 Car",
    "motorcycle": "摩托车 Motorcycle",
    "foot": "步巡 Foot patrol",
    "platform": "移动警务平台 Platform",
    "available": "空闲 Available",
    "busy": "出警中 Busy",
    "offline": "离线 Offline",
    "open": "待处置 Open",
    "assigned": "已派警 Assigned",
    "closed": "已结束 Closed",
}

# Qualitative colours for zones by station: distinct, print well, none close to the red of gaps.
STATION_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#b07aa1",
    "#edc948",
    "#76b7b2",
    "#ff9da7",
    "#9c755f",
    "#a0cbe8",
    "#8cd17d",
    "#d4a6c8",
    "#86bcb6",
)


# What a project layer is, written by PatrolMap when it opens or creates a command map and saved
# with the project. A field name says nothing (analysis outputs carry zone_code too); the role
# together with the GeoPackage table it reads does.
ROLE_PROPERTY = "patrolmap/role"
# Set on every analysis output PatrolMap adds (the analysis's name): never a command-map layer.
RESULT_PROPERTY = "patrolmap/result"


class CommandMapError(Exception):
    """A command map cannot be created or opened; the message says why, for the user."""


def _domain_name(layer: schema.Layer, f: schema.Field) -> str:
    return f"{layer.name}_{f.name}"


def _add_domains(ds: gdal.Dataset, layer: schema.Layer) -> None:
    for f in layer.fields:
        name = _domain_name(layer, f)
        if f.values:
            domain = ogr.CreateCodedFieldDomain(
                name, "", _OGR_TYPES[f.type], ogr.OFSTNone, {v: VALUE_LABELS.get(v, v) for v in f.values}
            )
        elif f.minimum is not None and f.maximum is not None:
            # GDAL 3.6's Python binding cannot leave one bound open; one-sided ranges are
            # enforced by the form's constraint expression only (apply_schema_form).
            domain = ogr.CreateRangeFieldDomain(
                name,
                "",
                _OGR_TYPES[f.type],
                ogr.OFSTNone,
                f.minimum,
                True,
                f.maximum,
                True,
            )
        else:
            continue
        if not ds.AddFieldDomain(domain):
            raise CommandMapError(
                tr("GDAL could not write the allowed values of field “{field}”: {error}").format(
                    field=f.name, error=gdal.GetLastErrorMsg()
                )
            )


def _create_layer(ds: gdal.Dataset, layer: schema.Layer, srs: osr.SpatialReference) -> None:
    options = ["FID=fid"]
    if layer.geometry:
        options.append("GEOMETRY_NAME=geom")
        out = ds.CreateLayer(layer.name, srs, _OGR_GEOMETRY[layer.geometry], options)
    else:
        out = ds.CreateLayer(layer.name, None, ogr.wkbNone, options)
    if out is None:
        raise CommandMapError(
            tr("GDAL could not create layer “{layer}”: {error}").format(
                layer=layer.name, error=gdal.GetLastErrorMsg()
            )
        )
    for f in layer.fields:
        defn = ogr.FieldDefn(f.name, _OGR_TYPES[f.type])
        if f.type == "bool":
            defn.SetSubType(ogr.OFSTBoolean)
        if f.length:
            defn.SetWidth(f.length)
        defn.SetNullable(not f.not_null)
        defn.SetUnique(f.unique)
        if f.default is not None:
            defn.SetDefault(f.default)
        if f.values or (f.minimum is not None and f.maximum is not None):
            defn.SetDomainName(_domain_name(layer, f))
        if out.CreateField(defn) != ogr.OGRERR_NONE:
            raise CommandMapError(
                tr("GDAL could not create field “{field}” in layer “{layer}”: {error}").format(
                    field=f.name, layer=layer.name, error=gdal.GetLastErrorMsg()
                )
            )


def create_command_map(path: str | os.PathLike, crs: QgsCoordinateReferenceSystem) -> Path:
    """Write an empty command map to a new GeoPackage at ``path``.

    Refuses to touch an existing file. The file is built under a temporary name in the same
    folder and renamed at the end, so a failure never leaves a half-made command map behind.
    """
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        path = path.with_suffix(".gpkg")
    if path.exists():
        raise CommandMapError(
            tr(
                "{path} already exists. PatrolMap never overwrites a file: choose a new name, or open it as a command map."
            ).format(path=path)
        )
    if not crs.isValid():
        raise CommandMapError(tr("Choose a valid coordinate reference system."))
    if not path.parent.is_dir():
        raise CommandMapError(tr("The folder {folder} does not exist.").format(folder=path.parent))
    srs = osr.SpatialReference()
    if srs.ImportFromWkt(crs.toWkt()) != 0:
        raise CommandMapError(
            tr("GDAL does not understand the coordinate reference system {crs}.").format(crs=crs.authid())
        )
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)

    fd, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=".patrolmap-", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        ds = gdal.GetDriverByName("GPKG").Create(tmp, 0, 0, 0, gdal.GDT_Unknown)
        if ds is None:
            raise CommandMapError(tr("Cannot write a GeoPackage in {folder}.").format(folder=path.parent))
        for layer in schema.COMMAND_MAP:
            _add_domains(ds, layer)
        for layer in reversed(schema.COMMAND_MAP):
            _create_layer(ds, layer, srs)
        ds = None
        os.replace(tmp, path)
    except RuntimeError as e:  # GDAL with exceptions on (QGIS 3.40) raises instead of returning
        raise CommandMapError(tr("GDAL could not write the command map: {error}").format(error=e)) from e
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _geometry_family(ogr_type: int) -> str | None:
    flat = ogr.GT_Flatten(ogr_type)
    if flat in (ogr.wkbPoint, ogr.wkbMultiPoint):
        return "point"
    if flat in (ogr.wkbLineString, ogr.wkbMultiLineString):
        return "line"
    if flat in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
        return "polygon"
    return None


def _found_layers(path: Path) -> dict[str, tuple[str | None, set[str]]]:
    """Layer name → (geometry family, field names) of a file, opened read-only."""
    if not path.is_file():
        raise CommandMapError(tr("{path} does not exist.").format(path=path))
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:  # GDAL raises instead of returning None once exceptions are on (3.40)
        ds = None
    if ds is None:
        raise CommandMapError(
            tr("{path} is not a GeoPackage or vector file GDAL can read.").format(path=path)
        )
    found = {}
    for i in range(ds.GetLayerCount()):
        lyr = ds.GetLayerByIndex(i)
        defn = lyr.GetLayerDefn()
        names = {defn.GetFieldDefn(j).GetName() for j in range(defn.GetFieldCount())}
        found[lyr.GetName()] = (_geometry_family(lyr.GetGeomType()), names)
    ds = None
    return found


def inspect_command_map(path: str | os.PathLike) -> list[schema.Problem]:
    """What the file lacks to be a command map (empty list: nothing). Opens it read-only.

    Optional layers (the duty roster, which older command maps do not have) are not problems:
    ``missing_optional_layers`` lists them, and ``add_layer`` adds one when it is needed.
    """
    return schema.check_command_map(_found_layers(Path(path)))


def missing_optional_layers(path: str | os.PathLike) -> list[schema.Layer]:
    """The optional layers the file lacks, e.g. ``duty_roster`` in a map made before it existed."""
    return schema.missing_optional_layers(_found_layers(Path(path)))


def add_layer(path: str | os.PathLike, spec: schema.Layer) -> None:
    """Add one schema layer (with its allowed values) to an existing command map.

    Only for a layer the file lacks; the user has agreed to it (PatrolMap never changes a file
    just by opening it). GDAL writes it in one transaction, so a failure adds nothing.
    """
    path = Path(path)
    found = _found_layers(path)
    if spec.name in found:
        raise CommandMapError(
            tr("{name} already has a layer “{layer}”.").format(name=path.name, layer=spec.name)
        )
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    except RuntimeError:
        ds = None
    if ds is None:
        raise CommandMapError(
            tr("{path} cannot be opened for writing: {error}").format(
                path=path, error=gdal.GetLastErrorMsg() or tr("read-only file or folder")
            )
        )
    try:
        srs = None
        if spec.geometry:
            for i in range(ds.GetLayerCount()):
                srs = ds.GetLayerByIndex(i).GetSpatialRef()
                if srs is not None:
                    break
        existing = set(ds.GetFieldDomainNames() or []) if hasattr(ds, "GetFieldDomainNames") else set()
        missing_domains = schema.Layer(
            spec.name, spec.geometry, tuple(f for f in spec.fields if _domain_name(spec, f) not in existing)
        )
        _add_domains(ds, missing_domains)
        _create_layer(ds, spec, srs)
    except RuntimeError as e:
        raise CommandMapError(
            tr("GDAL could not add layer “{layer}” to {path}: {error}").format(
                layer=spec.name, path=path, error=e
            )
        ) from e
    finally:
        ds = None


def describe_problems(path: str | os.PathLike, problems: list[schema.Problem]) -> str:
    lines = [
        tr("{name} is not a complete command map; nothing in it was changed. Missing:").format(
            name=Path(path).name
        )
    ]
    for p in problems:
        if p.fault == "missing_layer":
            lines.append("  • " + tr("layer “{layer}”").format(layer=p.layer))
        elif p.fault == "missing_field":
            lines.append(
                "  • " + tr("field “{field}” in layer “{layer}”").format(field=p.field, layer=p.layer)
            )
        else:
            lines.append(
                "  • "
                + tr("layer “{layer}” must have {geometry} geometry").format(
                    layer=p.layer, geometry=schema.GEOMETRY_FAMILY[schema.LAYERS_BY_NAME[p.layer].geometry]
                )
            )
    return "\n".join(lines)


def value_problems(layers: dict[str, QgsVectorLayer]) -> list:
    """Every value of a schema number field that is not a number or out of its range (a TEXT
    ``target_min`` holding "3 min"): analyses fall back to defaults there, so the user is told."""
    from qgis.core import QgsFeatureRequest

    from .core.field_values import NUMERIC_TYPES, number_problems

    problems = []
    for name, layer in layers.items():
        spec = schema.LAYERS_BY_NAME.get(name)
        names = layer.fields().names()
        numeric = [f.name for f in spec.fields if f.type in NUMERIC_TYPES and f.name in names] if spec else []
        if not numeric:
            continue
        key = next((f.name for f in spec.fields if f.unique and f.name in names), None)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(numeric + ([key] if key else []), layer.fields())
        rows = (
            (f[key] if key else f.id(), {n: None if is_null(f[n]) else f[n] for n in numeric})
            for f in layer.getFeatures(request)
        )
        problems += number_problems(spec, rows)
    return problems


def describe_value_problems(problems: list, most: int = 10) -> str:
    lines = []
    for p in problems[:most]:
        text = (
            tr("{layer} {record}: “{field}” is not a number ({value})")
            if p.fault == "not_a_number"
            else tr("{layer} {record}: “{field}” is out of range ({value})")
        )
        lines.append(text.format(layer=p.layer, record=p.record, field=p.field, value=p.value))
    if len(problems) > most:
        lines.append(tr("… and {count} more").format(count=len(problems) - most))
    return "; ".join(lines)


def ensure_icon_path() -> None:
    """Let QGIS find PatrolMap's SVG icons by bare file name, as the QML styles name them."""
    icons = str(resource_path("icons"))
    if icons in QgsApplication.svgPaths():
        return
    # QgsApplication.svgPaths() reads this setting each time; it is where users add paths too.
    settings = QgsSettings()
    paths = settings.value("svg/searchPathsForSVG", [], type=list)
    settings.setValue("svg/searchPathsForSVG", [*paths, icons])


def apply_schema_form(layer: QgsVectorLayer, spec: schema.Layer) -> None:
    """Constraints and value maps from the schema, whatever the provider reported."""
    for f in spec.fields:
        idx = layer.fields().indexOf(f.name)
        if idx < 0:
            continue
        if f.not_null:
            layer.setFieldConstraint(
                idx,
                QgsFieldConstraints.Constraint.ConstraintNotNull,
                QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard,
            )
        if f.unique:
            layer.setFieldConstraint(
                idx,
                QgsFieldConstraints.Constraint.ConstraintUnique,
                QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard,
            )
        if f.values:
            layer.setEditorWidgetSetup(
                idx,
                QgsEditorWidgetSetup("ValueMap", {"map": [{VALUE_LABELS.get(v, v): v} for v in f.values]}),
            )
        elif f.minimum is not None or f.maximum is not None:
            expr = " AND ".join(
                part
                for part in (
                    f'"{f.name}" >= {f.minimum}' if f.minimum is not None else "",
                    f'"{f.name}" <= {f.maximum}' if f.maximum is not None else "",
                )
                if part
            )
            layer.setConstraintExpression(idx, f'"{f.name}" IS NULL OR ({expr})', tr("Value out of range"))
        if f.type == "bool":
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("CheckBox", {}))
        if f.default is not None:
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(f.default))


def color_zones_by_station(layer: QgsVectorLayer) -> None:
    """Categorise zones by station_id, keeping the style's symbol as the template."""
    renderer = layer.renderer()
    template = renderer.symbol() if hasattr(renderer, "symbol") and renderer.symbol() else None
    if template is None and isinstance(renderer, QgsCategorizedSymbolRenderer):
        template = renderer.sourceSymbol()
    if template is None:
        return
    idx = layer.fields().indexOf("station_id")
    if idx < 0:
        return
    values = sorted(v for v in layer.uniqueValues(idx) if not is_null(v) and v != "")
    categories = []
    for i, value in enumerate(values):
        symbol = template.clone()
        color = QColor(STATION_PALETTE[i % len(STATION_PALETTE)])
        color.setAlpha(template.color().alpha())
        symbol.setColor(color)
        categories.append(QgsRendererCategory(value, symbol, str(value)))
    unassigned = template.clone()
    unassigned.setColor(QColor(200, 200, 200, template.color().alpha()))
    categories.append(QgsRendererCategory(None, unassigned, tr("No station")))
    new = QgsCategorizedSymbolRenderer("station_id", categories)
    new.setSourceSymbol(template.clone())
    layer.setRenderer(new)


@dataclass
class LoadedCommandMap:
    path: Path
    group: QgsLayerTreeGroup
    layers: dict[str, QgsVectorLayer]


def load_command_map(path: str | os.PathLike, project: QgsProject | None = None) -> LoadedCommandMap:
    """Open a command map's layers, styled, in a new layer group at the top of the project.

    The file is checked first; if anything is missing, CommandMapError lists all of it and the
    project is left as it was. An optional layer the file lacks (the duty roster of a map made
    before it existed) is left out, and the file is not changed: ``add_to_loaded`` adds it later.
    """
    path = Path(path)
    problems = inspect_command_map(path)
    if problems:
        raise CommandMapError(describe_problems(path, problems))
    project = project or QgsProject.instance()
    ensure_icon_path()
    absent = {spec.name for spec in missing_optional_layers(path)}
    layers: dict[str, QgsVectorLayer] = {}
    for spec in schema.COMMAND_MAP:
        if spec.name not in absent:
            layers[spec.name] = open_layer(path, spec)
    group = project.layerTreeRoot().insertGroup(0, tr("Command map: {name}").format(name=path.stem))
    for spec in schema.COMMAND_MAP:
        if spec.name in layers:
            project.addMapLayer(layers[spec.name], False)
            group.addLayer(layers[spec.name])
    return LoadedCommandMap(path, group, layers)


def open_layer(path: Path, spec: schema.Layer) -> QgsVectorLayer:
    """One layer of a command map, styled, with the schema's form."""
    layer = QgsVectorLayer(f"{path}|layername={spec.name}", spec.name, "ogr")
    if not layer.isValid():
        raise CommandMapError(
            tr("QGIS could not open layer “{layer}” of {path}.").format(layer=spec.name, path=path)
        )
    qml = style_path(spec.name)
    if qml.exists():
        layer.loadNamedStyle(str(qml))
    layer.setCustomProperty(ROLE_PROPERTY, spec.name)
    apply_schema_form(layer, spec)
    if spec.name == "patrol_zones":
        color_zones_by_station(layer)
    return layer


def add_to_loaded(
    path: str | os.PathLike,
    spec: schema.Layer,
    project: QgsProject | None = None,
    group: QgsLayerTreeGroup | None = None,
) -> QgsVectorLayer:
    """Add a missing optional layer to the file, open it and put it in the command map's group
    (at its place in the schema's drawing order), or at the top of the project without a group."""
    path = Path(path)
    project = project or QgsProject.instance()
    add_layer(path, spec)
    layer = open_layer(path, spec)
    project.addMapLayer(layer, False)
    if group is None:
        project.layerTreeRoot().insertLayer(0, layer)
        return layer
    order = [s.name for s in schema.COMMAND_MAP]
    after = order[order.index(spec.name) + 1 :]
    index = len(group.children())
    for i, node in enumerate(group.children()):
        node_layer = node.layer() if hasattr(node, "layer") else None
        if node_layer is not None and _layer_name_in_source(node_layer) in after:
            index = i
            break
    group.insertLayer(index, layer)
    return layer


def _layer_name_in_source(layer) -> str:
    return _table(layer) or layer.name()


def _table(layer) -> str | None:
    """The GeoPackage table an OGR layer reads ("file.gpkg|layername=stations" → "stations")."""
    source = layer.source()
    marker = "layername="
    if marker not in source:
        return None
    return source.split(marker, 1)[1].split("|", 1)[0]


def _gpkg_path(layer) -> Path:
    return Path(layer.source().split("|", 1)[0])


@lru_cache(maxsize=64)
def _is_command_map_file(path: str, mtime: float) -> bool:
    try:
        return not inspect_command_map(path)
    except CommandMapError:
        return False


def is_result(layer) -> bool:
    return isinstance(layer, QgsVectorLayer) and bool(layer.customProperty(RESULT_PROPERTY))


def role_of(layer) -> str | None:
    """Which command-map layer ``layer`` is ("patrol_zones", "stations", "roads"…), or None.

    The role PatrolMap wrote when it opened the map, and the GeoPackage table must agree, so a
    layer renamed by the user still counts and an analysis output never does. A layer of a
    project saved before roles existed counts when it reads a schema table of a file that holds
    a whole command map; it is given its role then.
    """
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or layer.providerType() != "ogr":
        return None
    if is_result(layer):
        return None
    table = _table(layer)
    if table not in schema.LAYERS_BY_NAME:
        return None
    role = layer.customProperty(ROLE_PROPERTY)
    if role:
        return role if role == table else None
    path = _gpkg_path(layer)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    if not _is_command_map_file(str(path), mtime):
        return None
    layer.setCustomProperty(ROLE_PROPERTY, table)
    return table


def command_map_layers(project: QgsProject | None = None) -> dict[Path, dict[str, QgsVectorLayer]]:
    """Command maps open in the project: GeoPackage path → role → layer, in layer-tree order
    (the command map drawn on top first)."""
    project = project or QgsProject.instance()
    out: dict[Path, dict[str, QgsVectorLayer]] = {}
    in_tree = [node.layer() for node in project.layerTreeRoot().findLayers()]
    seen = {layer.id() for layer in in_tree if layer is not None}
    others = [layer for layer in project.mapLayers().values() if layer.id() not in seen]
    for layer in [*in_tree, *others]:
        role = role_of(layer)
        if role is not None:
            out.setdefault(_gpkg_path(layer), {}).setdefault(role, layer)
    return {p: layers for p, layers in out.items() if "patrol_zones" in layers or "stations" in layers}


def command_map_of(layer) -> Path | None:
    """The GeoPackage of the command map ``layer`` belongs to, or None."""
    return _gpkg_path(layer) if role_of(layer) else None


def command_map_layer(role: str, near=None, project: QgsProject | None = None) -> QgsVectorLayer | None:
    """The layer of ``role`` in the command map of ``near`` (a layer), else in the top-most
    command map of the project; None when no command map open has it."""
    maps = command_map_layers(project)
    home = command_map_of(near) if near is not None else None
    if home in maps:
        return maps[home].get(role)
    return next((layers[role] for layers in maps.values() if role in layers), None)


# Processing parameters (by name, the same in every PatrolMap algorithm) that take a command-map
# layer: a dialog opens with the command map's layer of that role chosen.
PARAMETER_ROLES = {
    "NETWORK": "roads",
    "ROADS": "roads",
    "ZONES": "patrol_zones",
    "FACILITIES": "stations",
    "STATIONS": "stations",
    "ORIGINS": "stations",
    "KEY_SITES": "key_sites",
    "UNITS": "units",
    "INCIDENTS": "incidents",
    "BOUNDARY": "jurisdiction",
    "JURISDICTION": "jurisdiction",
}


def set_command_map_default(parameter: QgsProcessingParameterDefinition) -> None:
    """Give a required layer parameter the command map's layer (by id) as its default.

    QGIS makes a fresh algorithm (``create()`` → ``initAlgorithm``) for each dialog, so this
    runs as the dialog opens and sees the project as it is then; without it the combos start
    on the active layer, or empty. Optional parameters keep no default: a script that leaves
    one out must not get a layer it did not ask for. Only on the main thread (the project's).
    """
    role = PARAMETER_ROLES.get(parameter.name())
    if role is None or parameter.defaultValue() is not None:
        return
    if parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
        return
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    layer = command_map_layer(role)
    if layer is not None:
        parameter.setDefaultValue(layer.id())


def _zone_shaped(layer) -> bool:
    return (
        isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
        and layer.fields().indexOf("zone_code") >= 0
    )


def patrol_zones_for(active=None, project: QgsProject | None = None) -> QgsVectorLayer | None:
    """The patrol zones the Zones dock, the zone tools and the zone dialogs work on.

    The active layer when it is a command map's patrol zones; else the patrol zones of the
    active layer's command map, or of the top-most one open. Only with no command map open is
    a zones layer of the user's own taken (a scratch layer with zone_code, never an analysis
    output): the active one, else the top-most called "patrol_zones".
    """
    if role_of(active) == "patrol_zones":
        return active
    zones = command_map_layer("patrol_zones", near=active, project=project)
    if zones is not None or command_map_layers(project):
        return zones
    if _zone_shaped(active) and not is_result(active):
        return active
    project = project or QgsProject.instance()
    return next(
        (
            node.layer()
            for node in project.layerTreeRoot().findLayers()
            if node.layer() is not None
            and node.layer().name() == "patrol_zones"
            and _zone_shaped(node.layer())
            and not is_result(node.layer())
        ),
        None,
    )


def group_of(layer, project: QgsProject | None = None) -> QgsLayerTreeGroup | None:
    """The layer-tree group holding ``layer`` (None at the root)."""
    project = project or QgsProject.instance()
    node = project.layerTreeRoot().findLayer(layer.id())
    parent = node.parent() if node is not None else None
    return parent if isinstance(parent, QgsLayerTreeGroup) and parent is not project.layerTreeRoot() else None


def open_layers_of(
    path: str | os.PathLike, project: QgsProject | None = None
) -> dict[str, QgsVectorLayer] | None:
    """The layers of the command map in ``path`` when it is open in the project already."""
    target = Path(path).resolve()
    for found, layers in command_map_layers(project).items():
        if found.resolve() == target:
            return layers
    return None


def bring_forward(layers: dict[str, QgsVectorLayer], project: QgsProject | None = None) -> None:
    """Put an open command map's group at the top of the layer tree, shown and expanded."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    anchor = layers.get("patrol_zones") or next(iter(layers.values()))
    group = group_of(anchor, project)
    if group is None:
        return
    group.setItemVisibilityChecked(True)
    group.setExpanded(True)
    # Move the group to the top: a clone inserted there, the original removed (the layers
    # stay loaded: the tree nodes only refer to them).
    parent = group.parent()
    if parent is root and root.children().index(group) == 0:
        return
    moved = group.clone()
    root.insertChildNode(0, moved)
    parent.removeChildNode(group)
