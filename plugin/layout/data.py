"""What a duty map shows, read from the command map: styled copies of the layers and plain facts.

Every input is copied (in the map's CRS) into a memory layer owned by the duty map's private
project, and styled for print there. The user's layers are only read, never restyled, and the
export does not depend on them afterwards (a user may edit or close them meanwhile).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsMemoryProviderUtils,
    QgsPalLayerSettings,
    QgsProject,
    QgsProperty,
    QgsRectangle,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant
from qgis.PyQt.QtGui import QColor, QFont

from ..commandmap import STATION_PALETTE
from ..core import roster as core_roster
from ..core.rules import zone_target
from ..core.schema import suggest_metric_crs
from ..i18n import tr
from ..qgis_bridge import is_null as _is_null
from ..qgis_bridge import number as _number
from ..qgis_bridge import text as _text
from ..resources import style_path
from .fonts import PREFERRED, print_font

CATEGORY_NAMES = {"key_site": "重点部位区域", "centre": "中心区", "other": "一般区域"}
KEY_SITE_KIND_NAMES = {
    "transport_hub": "交通枢纽",
    "square": "广场",
    "museum": "博物馆",
    "religious": "宗教场所",
    "commercial": "商业场所",
    "port": "港口码头",
    "school": "学校",
    "hospital": "医院",
    "government": "党政机关",
}
LAYER_TITLES = {
    "zones": "巡区（按责任站点）",
    "stations": "站点",
    "key_sites": "重点部位",
    "roads": "道路",
    "jurisdiction": "辖区界",
    "coverage": "到达时间圈",
}
CURRENT_ZONE_RED = "#c8102e"
NEIGHBOUR_FILL = "#ecebe6"
NEIGHBOUR_LINE = "#b8b6ae"
_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")


class DutyMapError(Exception):
    """The duty map cannot be made; the message says which record or input and why."""


def chinese_part(text) -> str:
    """ "中央派出所 Central Police Station" → "中央派出所": the Chinese name of a bilingual one
    (the command map writes Chinese first, English after); other text unchanged."""
    text = "" if text is None or _is_null(text) else str(text).strip()
    if not _CJK.search(text):
        return text
    words = text.split()
    kept = []
    for word in words:
        if kept and not _CJK.search(word) and re.match(r"^[A-Za-z(（]", word):
            break
        kept.append(word)
    return " ".join(kept)


def as_date(value) -> dt.date | None:
    """A date field's value (QDate, QDateTime, date, "2024-05-20", "2024/05/20") as a date."""
    if _is_null(value):
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = re.match(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", str(value))
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
    return None


# ------------------------------------------------------------------------------ facts


@dataclass
class Zone:
    fid: int  # in the zones copy
    code: str
    name: str
    station_id: str
    category: str
    target_min: float | None
    area_km2: float
    road_km: float | None
    worst_min: float | None
    bbox: QgsRectangle
    key_sites: list[dict] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.code}  {self.name}" if self.name and self.name != self.code else self.code


@dataclass
class Station:
    station_id: str
    name: str
    kind: str
    phone: str

    @property
    def label(self) -> str:
        return f"{self.name}（{self.station_id}）" if self.name else self.station_id


@dataclass
class Inputs:
    """Everything the pages need, owned by the duty map's private project."""

    project: QgsProject
    crs: QgsCoordinateReferenceSystem
    zones_layer: QgsVectorLayer
    zones: list[Zone]
    stations: dict[str, Station]
    layers: dict[str, QgsVectorLayer]  # styled print layers by role
    roster: list[dict]
    roster_given: bool
    warnings: list[str] = field(default_factory=list)
    road_length: RoadLength | None = None

    def zone(self, code: str) -> Zone:
        return next(z for z in self.zones if z.code == code)


def map_crs(source) -> QgsCoordinateReferenceSystem:
    """The zones' CRS when it is projected, else a local metric one (maps are drawn in metres)."""
    crs = source.sourceCrs()
    if crs.isValid() and not crs.isGeographic():
        return crs
    extent = source.sourceExtent()
    if crs.isValid() and not extent.isEmpty():
        to_wgs = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        centre = to_wgs.transform(extent.center())
        try:
            return QgsCoordinateReferenceSystem(suggest_metric_crs(centre.x(), centre.y()))
        except ValueError:
            pass
    return QgsCoordinateReferenceSystem("EPSG:3857")


def memory_copy(
    source,
    name: str,
    crs: QgsCoordinateReferenceSystem,
    project: QgsProject,
    keep: tuple[str, ...] | None = None,
    extra: dict | None = None,
    filter_rect: QgsRectangle | None = None,
    feedback=None,
) -> QgsVectorLayer:
    """A memory layer with the features of ``source`` in ``crs``: the fields in ``keep`` (all
    when None) and ``extra`` fields computed per feature ({name: (QVariant type, function)})."""
    fields = QgsFields()
    names = source.fields().names()
    kept = [n for n in names if keep is None or n in keep]
    for n in kept:
        fields.append(QgsField(source.fields().field(n)))
    for n, (kind, _fn) in (extra or {}).items():
        fields.append(QgsField(n, kind))
    wkb = (
        QgsWkbTypes.multiType(QgsWkbTypes.flatType(source.wkbType()))
        if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        else QgsWkbTypes.flatType(source.wkbType())
    )
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, fields, wkb, crs)
    request = QgsFeatureRequest().setDestinationCrs(crs, project.transformContext())
    if filter_rect is not None:
        request.setFilterRect(filter_rect)
    if keep is not None and not extra:
        request.setSubsetOfAttributes(kept, source.fields())
    out = []
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        copy = QgsFeature(fields)
        geometry = feature.geometry()
        if (
            not geometry.isNull()
            and QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        ):
            geometry.convertToMultiType()
        copy.setGeometry(geometry)
        values = [feature[n] for n in kept] + [fn(feature) for _k, (_t, fn) in (extra or {}).items()]
        copy.setAttributes(values)
        copy.setId(feature.id())
        out.append(copy)
    layer.dataProvider().addFeatures(out)
    layer.updateExtents()
    return layer


def _field_value(feature, names, *candidates):
    for c in candidates:
        if c in names:
            return feature[c]
    return None


def read_inputs(request, feedback=None) -> Inputs:
    """Copy, check and style the inputs of a DutyMapRequest (see dutymap.py)."""
    zones_src = request.zones
    names = zones_src.fields().names()
    if "zone_code" not in names:
        raise DutyMapError(
            tr(
                "The zones layer has no field “zone_code”: every zone needs a code, which labels "
                "the map and names its page."
            )
        )
    crs = map_crs(zones_src)
    project = QgsProject()
    project.setCrs(crs)
    project.setTitle(request.title)
    context = project.transformContext()

    zones_layer = memory_copy(zones_src, LAYER_TITLES["zones"], crs, project, feedback=feedback)
    problems_no_code, problems_no_geom, seen, duplicates = [], [], {}, set()
    for feature in zones_layer.getFeatures():
        code = _text(feature["zone_code"])
        if not code:
            problems_no_code.append(str(feature.id()))
            continue
        if feature.geometry().isNull() or feature.geometry().isEmpty():
            problems_no_geom.append(code)
        if code in seen:
            duplicates.add(code)
        seen[code] = feature.id()
    if problems_no_code:
        raise DutyMapError(
            tr(
                "{count} zones have no zone code (feature ids {ids}). Give every zone a code: "
                "it labels the map and names the zone's page."
            ).format(
                count=len(problems_no_code),
                ids=", ".join(problems_no_code[:12]) + ("…" if len(problems_no_code) > 12 else ""),
            )
        )
    if duplicates:
        raise DutyMapError(
            tr("Zone codes must be unique; these are used more than once: {codes}.").format(
                codes=", ".join(sorted(duplicates)[:12])
            )
        )
    if problems_no_geom:
        raise DutyMapError(
            tr("These zones have no geometry: {codes}. Draw them or leave them out.").format(
                codes=", ".join(problems_no_geom[:12])
            )
        )
    if not seen:
        raise DutyMapError(tr("The zones layer has no zones."))

    warnings: list[str] = []
    stations: dict[str, Station] = {}
    layers: dict[str, QgsVectorLayer] = {}
    extent = zones_layer.extent()
    margin = max(extent.width(), extent.height()) * 0.15 + 200.0
    wide = QgsRectangle(extent)
    wide.grow(margin)

    if request.stations is not None:
        s_names = request.stations.fields().names()
        if "station_id" not in s_names:
            warnings.append(
                tr("The stations layer has no field “station_id”: stations are drawn but not named.")
            )
        layer = memory_copy(
            request.stations,
            LAYER_TITLES["stations"],
            crs,
            project,
            extra={"print_name": (QVariant.String, lambda f: chinese_part(_field_value(f, s_names, "name")))},
        )
        for feature in layer.getFeatures():
            sid = _text(feature["station_id"]) if "station_id" in s_names else ""
            if sid:
                stations[sid] = Station(
                    sid,
                    chinese_part(_field_value(feature, s_names, "name")),
                    _text(_field_value(feature, s_names, "kind")),
                    _text(_field_value(feature, s_names, "phone")),
                )
        style_stations(layer)
        layers["stations"] = layer

    key_sites = []
    if request.key_sites is not None:
        k_names = request.key_sites.fields().names()
        layer = memory_copy(
            request.key_sites,
            LAYER_TITLES["key_sites"],
            crs,
            project,
            extra={"print_name": (QVariant.String, lambda f: chinese_part(_field_value(f, k_names, "name")))},
        )
        for feature in layer.getFeatures():
            if feature.geometry().isNull():
                continue
            key_sites.append(
                {
                    "name": feature["print_name"] or _text(_field_value(feature, k_names, "name")),
                    "kind": _text(_field_value(feature, k_names, "kind")),
                    "target_min": _number(_field_value(feature, k_names, "target_min")),
                    "geometry": QgsGeometry(feature.geometry()),
                }
            )
        style_key_sites(layer)
        layers["key_sites"] = layer

    if request.roads is not None:
        r_names = request.roads.fields().names()
        keep = tuple(n for n in ("name", "highway") if n in r_names)
        layers["roads"] = memory_copy(
            request.roads, LAYER_TITLES["roads"], crs, project, keep=keep, filter_rect=wide, feedback=feedback
        )
        style_roads(layers["roads"])

    if request.jurisdiction is not None:
        layers["jurisdiction"] = memory_copy(
            request.jurisdiction, LAYER_TITLES["jurisdiction"], crs, project, keep=()
        )
        style_jurisdiction(layers["jurisdiction"])

    if request.coverage is not None:
        layers["coverage"] = memory_copy(request.coverage, LAYER_TITLES["coverage"], crs, project)
        style_coverage(layers["coverage"])

    road_length = RoadLength(zones_src, request.roads, context)
    zones = _zone_facts(zones_layer, stations, key_sites, road_length.areas_km2(), feedback)
    style_zones_by_station(zones_layer, [z.station_id for z in zones], stations)
    layers["zones"] = zones_layer

    roster_rows = []
    if request.roster is not None:
        roster_rows = read_roster(request.roster, request.date, request.shift, warnings)
    for layer in layers.values():
        project.addMapLayer(layer, False)
    return Inputs(
        project,
        crs,
        zones_layer,
        zones,
        stations,
        layers,
        roster_rows,
        request.roster is not None,
        warnings,
        road_length,
    )


def _zone_facts(zones_layer, stations, key_sites, areas_km2: dict, feedback) -> list[Zone]:
    names = zones_layer.fields().names()
    zones = []
    for feature in zones_layer.getFeatures():
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        # Without a road_km field, road km are measured when the zone's page is drawn (RoadLength).
        road_km = _number(feature["road_km"]) if "road_km" in names else None
        worst = None
        for candidate in ("worst_min", "travel_min"):
            if candidate in names:
                worst = _number(feature[candidate])
                break
        category = _text(feature["category"]) if "category" in names else ""
        code = _text(feature["zone_code"])
        zone = Zone(
            feature.id(),
            code,
            _text(feature["name"]) if "name" in names else "",
            _text(feature["station_id"]) if "station_id" in names else "",
            category,
            zone_target({n: feature[n] for n in ("category", "target_min") if n in names}),
            areas_km2.get(code) or 0.0,
            road_km,
            worst,
            geometry.boundingBox(),
        )
        for site in key_sites:
            if geometry.intersects(site["geometry"]):
                zone.key_sites.append(site)
        zones.append(zone)
    zones.sort(key=lambda z: z.code)
    return zones


class RoadLength:
    """Each zone's area and road km by zone code, as every view measures them
    (``zone_figures.measure_zones``: a border street counts half to each side). Road km are
    measured when first asked: a preview or an overview-only export never pays for them."""

    def __init__(self, zones, roads, context):
        self.zones, self.roads, self.context = zones, roads, context
        self._road_km: dict[str, float | None] | None = None

    def _codes(self, figures) -> list[str]:
        return [_text(f["zone_code"]) for f in figures.features]

    def areas_km2(self) -> dict[str, float | None]:
        from ..zone_figures import measure_zones  # shapely: only when a duty map is made

        figures = measure_zones(self.zones, None, self.context)
        return {code: figures.area_km2(i) for i, code in enumerate(self._codes(figures))}

    def km(self, code: str) -> float | None:
        if self.roads is None:
            return None
        if self._road_km is None:
            from ..zone_figures import measure_zones

            figures = measure_zones(self.zones, self.roads, self.context)
            self._road_km = {code: figures.road_km(i) for i, code in enumerate(self._codes(figures))}
        return self._road_km.get(code)


def read_roster(source, date: dt.date, shift: str, warnings: list[str]) -> list[dict]:
    """The roster rows of ``date`` (and ``shift`` unless empty), as plain dicts."""
    names = source.fields().names()
    for needed in ("station_id", "duty_date", "shift", "team"):
        if needed not in names:
            raise DutyMapError(
                tr(
                    "The roster table has no field “{field}” (a duty_roster table has station_id, "
                    "zone_code, duty_date, shift, team, leader, members, callsigns, phone)."
                ).format(field=needed)
            )
    wanted = core_roster.normalise_shift(shift)
    rows, undated = [], 0
    for feature in source.getFeatures():
        day = as_date(feature["duty_date"])
        if day is None:
            undated += 1
            continue
        if day != date:
            continue
        row_shift = core_roster.normalise_shift(_text(feature["shift"]))
        if wanted and row_shift != wanted:
            continue
        rows.append(
            {
                n: _text(feature[n]) if n in names else ""
                for n in ("station_id", "zone_code", "team", "leader", "members", "callsigns", "phone")
            }
            | {"shift": row_shift, "duty_date": day}
        )
    if undated:
        warnings.append(
            tr("{count} roster rows have no valid duty date and were left out.").format(count=undated)
        )
    rows.sort(
        key=lambda r: (r["station_id"], r["zone_code"], r["shift"] != core_roster.DAY, r["shift"], r["team"])
    )
    return rows


# ------------------------------------------------------------------------------ print styles


_family = [PREFERRED]


def set_font_family(family: str) -> None:
    """The family print labels are set in (a substitute when Noto Sans CJK SC is missing)."""
    _family[0] = family


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(_family[0])
    font.setPointSizeF(size)
    font.setBold(bold)
    return print_font(font)


def text_format(size: float, colour: str, bold: bool = False, buffer: float = 0.8) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(qgis_enum("QgsUnitTypes.RenderUnit.RenderPoints", "Qgis.RenderUnit.Points"))
    fmt.setColor(QColor(colour))
    if buffer:
        settings = QgsTextBufferSettings()
        settings.setEnabled(True)
        settings.setSize(buffer)
        settings.setSizeUnit(
            qgis_enum("QgsUnitTypes.RenderUnit.RenderMillimeters", "Qgis.RenderUnit.Millimeters")
        )
        settings.setColor(QColor(255, 255, 255, 235))
        fmt.setBuffer(settings)
    return fmt


def _fill(fill: QColor, stroke: QColor, width_mm: float, style=Qt.PenStyle.SolidLine) -> QgsFillSymbol:
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(
        0, QgsSimpleFillSymbolLayer(fill, Qt.BrushStyle.SolidPattern, stroke, style, width_mm)
    )
    return symbol


def station_colours(station_ids) -> dict[str, QColor]:
    """The same colour for a station as the command map's zones use (sorted ids, one palette)."""
    ids = sorted({s for s in station_ids if s})
    return {sid: QColor(STATION_PALETTE[i % len(STATION_PALETTE)]) for i, sid in enumerate(ids)}


def _zone_label_settings(expression: str, fmt: QgsTextFormat) -> QgsPalLayerSettings:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(fmt)
    # The scoped name first: on 3.40 the old unscoped "OverPoint" is another enum's member.
    settings.placement = qgis_enum("Qgis.LabelPlacement.OverPoint", "QgsPalLayerSettings.OverPoint")
    settings.centroidInside = True
    settings.fitInPolygonOnly = False
    settings.priority = 9
    return settings


STATION_VARIABLE = "patrolmap_station"  # layout variable: a station's booklet greys the other zones


def style_zones_by_station(layer: QgsVectorLayer, station_ids, stations: dict[str, Station]) -> None:
    """Overview: zones filled in their station's colour, white edges, bold codes. In a station's
    booklet (layout variable @patrolmap_station set) the other stations' zones are greyed."""
    colours = station_colours(station_ids)
    has_station = "station_id" in layer.fields().names()
    others = (
        f"coalesce(@{STATION_VARIABLE}, '') <> '' AND coalesce(\"station_id\", '') <> @{STATION_VARIABLE}"
    )
    fill_property = _enum(QgsSymbolLayer, "PropertyFillColor", "Property", "FillColor")

    def symbol(colour: QColor):
        fill = QColor(colour)
        fill.setAlpha(120)
        made = _fill(fill, QColor(255, 255, 255, 235), 0.45)
        if has_station:
            made.symbolLayer(0).setDataDefinedProperty(
                fill_property,
                QgsProperty.fromExpression(
                    f"CASE WHEN {others} THEN '236,235,230,255' "
                    f"ELSE '{fill.red()},{fill.green()},{fill.blue()},{fill.alpha()}' END"
                ),
            )
        return made

    categories = []
    for sid, colour in colours.items():
        station = stations.get(sid)
        label = f"{station.name}（{sid}）" if station and station.name else sid
        categories.append(QgsRendererCategory(sid, symbol(colour), label))
    categories.append(QgsRendererCategory(None, symbol(QColor(210, 210, 210)), "未分配站点"))
    renderer = QgsCategorizedSymbolRenderer("station_id" if has_station else "''", categories)
    layer.setRenderer(renderer)
    settings = _zone_label_settings('"zone_code"', text_format(8.5, "#1b1f24", bold=True, buffer=0.7))
    if has_station:
        properties = settings.dataDefinedProperties()
        properties.setProperty(
            _enum(QgsPalLayerSettings, "Color", "Property", "Color"),
            QgsProperty.fromExpression(f"CASE WHEN {others} THEN '150,147,140' ELSE '27,31,36' END"),
        )
        settings.setDataDefinedProperties(properties)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _enum(owner, old: str, scoped: str, name: str):
    """An enum value under its scoped name or, where that does not exist (3.22), its old name.

    Scoped first: later versions keep some old unscoped names bound to other enums."""
    value = getattr(getattr(owner, scoped, None), name, None)
    return value if value is not None else getattr(owner, old)


def qgis_enum(*paths: str):
    """The first of ``paths`` ("QgsUnitTypes.RenderPoints", "Qgis.RenderUnit.Points") that
    exists in this QGIS: enums moved between 3.22 and 3.40, their old names are going."""
    import qgis.core as core

    for path in paths:
        value = core
        for part in path.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        if value is not None:
            return value
    raise AttributeError(" / ".join(paths))


def zone_page_style(layer: QgsVectorLayer, station_ids) -> tuple:
    """Zone pages: the atlas zone in its station's colour, outlined in red, its code large and
    red; the neighbours greyed with small grey codes. Returns (renderer, labeling)."""
    colours = station_colours(station_ids)
    current_expr = "$id = @atlas_featureid"
    current = _fill(QColor(150, 170, 200, 150), QColor(CURRENT_ZONE_RED), 0.9)
    if colours and "station_id" in layer.fields().names():
        case = " ".join(
            f"WHEN \"station_id\" = '{sid}' THEN '{c.red()},{c.green()},{c.blue()},150'"
            for sid, c in colours.items()
        )
        current.symbolLayer(0).setDataDefinedProperty(
            _enum(QgsSymbolLayer, "PropertyFillColor", "Property", "FillColor"),
            QgsProperty.fromExpression(f"CASE {case} ELSE '150,170,200,150' END"),
        )
    neighbour = _fill(QColor(NEIGHBOUR_FILL), QColor(NEIGHBOUR_LINE), 0.3)
    # The renderer owns its root rule (a root made in Python is freed twice on QGIS 3.40).
    renderer = QgsRuleBasedRenderer(neighbour.clone())
    root = renderer.rootRule()
    root.removeChildAt(0)
    root.appendChild(QgsRuleBasedRenderer.Rule(neighbour, 0, 0, f"NOT ({current_expr})", "相邻巡区"))
    root.appendChild(QgsRuleBasedRenderer.Rule(current, 0, 0, current_expr, "本巡区"))
    # The current zone last, so its red edge is not covered by a neighbour's grey one.
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(current_expr, True)]))
    renderer.setOrderByEnabled(True)

    # One label style, sized and coloured by expression: no rule-based labeling to own.
    settings = _zone_label_settings('"zone_code"', text_format(8, "#8a877f", bold=True, buffer=0.7))
    properties = settings.dataDefinedProperties()
    properties.setProperty(
        _enum(QgsPalLayerSettings, "Size", "Property", "Size"),
        QgsProperty.fromExpression(f"CASE WHEN {current_expr} THEN 13 ELSE 8 END"),
    )
    red = QColor(CURRENT_ZONE_RED)
    properties.setProperty(
        _enum(QgsPalLayerSettings, "Color", "Property", "Color"),
        QgsProperty.fromExpression(
            f"CASE WHEN {current_expr} THEN '{red.red()},{red.green()},{red.blue()}' ELSE '138,135,127' END"
        ),
    )
    properties.setProperty(
        _enum(QgsPalLayerSettings, "Priority", "Property", "Priority"),
        QgsProperty.fromExpression(f"CASE WHEN {current_expr} THEN 10 ELSE 5 END"),
    )
    settings.setDataDefinedProperties(properties)
    return renderer, QgsVectorLayerSimpleLabeling(settings)


def _load_qml(layer: QgsVectorLayer, name: str) -> None:
    qml = style_path(name)
    if qml.exists():
        layer.loadNamedStyle(str(qml))


def _chinese_legend_labels(layer: QgsVectorLayer) -> None:
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, chinese_part(category.label()))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(chinese_part(rule.label()))


def _print_name_labels(layer: QgsVectorLayer, size: float | None = None) -> None:
    labeling = layer.labeling()
    if labeling is None or not hasattr(labeling, "settings"):
        return
    settings = QgsPalLayerSettings(labeling.settings())
    settings.fieldName = '"print_name"'
    settings.isExpression = True
    fmt = settings.format()
    if size is not None:
        fmt.setSize(size)
    font = fmt.font()
    if font.family() == PREFERRED:
        font.setFamily(_family[0])
    fmt.setFont(print_font(font))
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_stations(layer: QgsVectorLayer) -> None:
    _load_qml(layer, "stations")
    _chinese_legend_labels(layer)
    _print_name_labels(layer, 7.5)


def style_key_sites(layer: QgsVectorLayer) -> None:
    _load_qml(layer, "key_sites")
    _chinese_legend_labels(layer)
    _print_name_labels(layer, 7.0)


def style_roads(layer: QgsVectorLayer) -> None:
    if "highway" in layer.fields().names():
        _load_qml(layer, "roads")
        _chinese_legend_labels(layer)
        layer.setLabelsEnabled(False)
    else:
        symbol = QgsLineSymbol()
        symbol.changeSymbolLayer(0, QgsSimpleLineSymbolLayer(QColor("#a3a3a3"), 0.35))
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_jurisdiction(layer: QgsVectorLayer) -> None:
    """The jurisdiction's edge as a boundary line: a pale band under a dark dash-dot line."""
    band = QgsSimpleLineSymbolLayer(QColor(36, 54, 75, 50), 2.4)
    line = QgsSimpleLineSymbolLayer(QColor("#24364b"), 0.6)
    line.setPenStyle(Qt.PenStyle.DashDotLine)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, band)
    symbol.appendSymbolLayer(line)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabelsEnabled(False)


def style_coverage(layer: QgsVectorLayer) -> None:
    """Travel-time bands for print: a faint fill and a coloured edge per band, so the zones'
    station colours stay readable under them (and nothing needs rasterising in the PDF)."""
    from ..gui.result_styles import band_colour

    if "minutes" not in layer.fields().names():
        colour = QColor(26, 150, 65)
        layer.setRenderer(
            QgsSingleSymbolRenderer(_fill(QColor(26, 150, 65, 35), colour, 0.5, Qt.PenStyle.DashLine))
        )
        return
    index = layer.fields().indexOf("minutes")
    values = sorted({float(v) for v in layer.uniqueValues(index) if v is not None and not _is_null(v)})
    renderer = QgsRuleBasedRenderer(_fill(QColor(0, 0, 0, 0), QColor(0, 0, 0, 0), 0.0))
    root = renderer.rootRule()
    root.removeChildAt(0)
    for i, minutes in enumerate(values):
        colour = band_colour(i, len(values))
        fill = QColor(colour)
        fill.setAlpha(40)
        symbol = _fill(fill, colour.darker(115), 0.6, Qt.PenStyle.DashLine)
        root.appendChild(
            QgsRuleBasedRenderer.Rule(symbol, 0, 0, f'"minutes" = {minutes!r}', f"≤ {minutes:g} 分钟")
        )
    # Largest band first, so the faster ones draw on top.
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("minutes", False)]))
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
