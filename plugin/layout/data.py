"""What a duty map shows, read from the command map: styled copies of the layers and plain facts.

Every input is copied (in the map's CRS) into a memory layer owned by the duty map's private
project, and styled for print there. The user's layers are only read, never restyled, and the
export does not depend on them afterwards (a user may edit or close them meanwhile).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import roster as core_roster
from ..core.rules import zone_target
from ..core.schema import suggest_metric_crs
from ..i18n import tr
from ..qgis_bridge import number as _number
from ..qgis_bridge import text as _text
from .styles import (
    style_coverage,
    style_jurisdiction,
    style_key_sites,
    style_roads,
    style_stations,
    style_zones_by_station,
)
from .text import LAYER_TITLES, as_date, chinese_part


class DutyMapError(Exception):
    """The duty map cannot be made; the message says which record or input and why."""


# ------------------------------------------------------------------------------ facts


@dataclass
class Zone:
    fid: int  # in the zones copy
    code: str
    name: str
    station_id: str
    category: str
    target_min: float | None
    area_km2: float | None
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


def _check_zones(zones_layer) -> None:
    """DutyMapError unless every zone has a geometry and a code of its own."""
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


def _named_copy(source, role: str, crs, project) -> QgsVectorLayer:
    """A print copy of points with a ``print_name`` field: the Chinese part of their name."""
    names = source.fields().names()
    return memory_copy(
        source,
        LAYER_TITLES[role],
        crs,
        project,
        extra={"print_name": (QVariant.String, lambda f: chinese_part(_field_value(f, names, "name")))},
    )


def _read_stations(source, crs, project, stations: dict, warnings: list) -> QgsVectorLayer:
    """The stations' print copy; fills ``stations`` (by id)."""
    s_names = source.fields().names()
    if "station_id" not in s_names:
        warnings.append(tr("The stations layer has no field “station_id”: stations are drawn but not named."))
    layer = _named_copy(source, "stations", crs, project)
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
    return layer


def _read_key_sites(source, crs, project, key_sites: list) -> QgsVectorLayer:
    """The key sites' print copy; fills ``key_sites`` (name, kind, target, geometry)."""
    k_names = source.fields().names()
    layer = _named_copy(source, "key_sites", crs, project)
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
    return layer


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
    _check_zones(zones_layer)

    warnings: list[str] = []
    stations: dict[str, Station] = {}
    layers: dict[str, QgsVectorLayer] = {}
    extent = zones_layer.extent()
    margin = max(extent.width(), extent.height()) * 0.15 + 200.0
    wide = QgsRectangle(extent)
    wide.grow(margin)

    if request.stations is not None:
        layers["stations"] = _read_stations(request.stations, crs, project, stations, warnings)

    key_sites: list[dict] = []
    if request.key_sites is not None:
        layers["key_sites"] = _read_key_sites(request.key_sites, crs, project, key_sites)

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
    if road_length.missing:
        warnings.append(
            tr("Zone areas and road km are not printed: they need {packages}.").format(
                packages=", ".join(road_length.missing)
            )
        )
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
            areas_km2.get(code),
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
        from ..dependencies import missing

        self.zones, self.roads, self.context = zones, roads, context
        self._road_km: dict[str, float | None] | None = None
        # Measured with Shapely and geographiclib: without them the pages print "—" (and say why).
        self.missing = tuple(name for name in missing() if not name.startswith("SciPy"))

    def _codes(self, figures) -> list[str]:
        return [_text(f["zone_code"]) for f in figures.features]

    def areas_km2(self) -> dict[str, float | None]:
        if self.missing:
            return {}
        from ..zone_figures import measure_zones  # shapely: only when a duty map is made

        figures = measure_zones(self.zones, None, self.context)
        return {code: figures.area_km2(i) for i, code in enumerate(self._codes(figures))}

    def km(self, code: str) -> float | None:
        if self.roads is None or self.missing:
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
