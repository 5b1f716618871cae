"""The command-map data model, as plain data.

Layer and field names here are public API: other tools read command maps by these names.
The QGIS adapter (``plugin/commandmap.py``) turns this description into GeoPackage layers,
field constraints and value maps; the tests and the demo-city builder read it too, so the
model is written down exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ZONE_CATEGORIES = ("key_site", "centre", "other")
STATION_KINDS = ("police_station", "kiosk", "mobile_platform", "checkpoint")
UNIT_KINDS = ("car", "motorcycle", "foot", "platform")
UNIT_STATUSES = ("available", "busy", "offline")
INCIDENT_STATUSES = ("open", "assigned", "closed")

# Zones per post (网格化巡区: each station or kiosk answers for 6–8 zones; a mobile platform for
# at least 4). Defaults of assignzones, validatezones and the assignment panel.
STATION_ZONES_MIN = 6
STATION_ZONES_MAX = 8
PLATFORM_ZONES_MIN = 4

# Response targets in minutes of travel, by zone category (key sites 1, centre 3, elsewhere 5).
DEFAULT_TARGET_MIN = {"key_site": 1.0, "centre": 3.0, "other": 5.0}


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # "string" | "integer" | "double" | "datetime" | "date" | "bool"
    length: int = 0
    not_null: bool = False
    unique: bool = False
    values: tuple[str, ...] = ()  # allowed values (value map); empty = free
    default: str | None = None  # a QGIS expression
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Layer:
    name: str
    geometry: str | None  # "Point" | "LineString" | "Polygon" | "MultiPolygon" | None (table)
    fields: tuple[Field, ...] = field(default_factory=tuple)
    live: bool = False  # filled by the dispatch feed, not drawn by hand
    # Added to the model after the first command maps were made: a map without it is still a
    # command map, and PatrolMap adds the layer when it is first needed (never on opening).
    optional: bool = False

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


JURISDICTION = Layer("jurisdiction", "MultiPolygon", (Field("name", "string", 120),))

PATROL_ZONES = Layer(
    "patrol_zones",
    "Polygon",
    (
        Field("zone_code", "string", 32, not_null=True, unique=True),
        Field("name", "string", 120),
        Field("station_id", "string", 32),
        Field("category", "string", 16, not_null=True, values=ZONE_CATEGORIES, default="'other'"),
        Field("target_min", "double", minimum=0.0, maximum=120.0),
        Field("notes", "string", 254),
    ),
)

STATIONS = Layer(
    "stations",
    "Point",
    (
        Field("station_id", "string", 32, not_null=True, unique=True),
        Field("name", "string", 120),
        Field("kind", "string", 24, not_null=True, values=STATION_KINDS, default="'kiosk'"),
        Field("turnout_min", "double", default="0", minimum=0.0, maximum=60.0),
        Field("phone", "string", 40),
    ),
)

KEY_SITES = Layer(
    "key_sites",
    "Point",
    (
        Field("name", "string", 120, not_null=True),
        Field("kind", "string", 40),
        Field("target_min", "double", default="1", minimum=0.0, maximum=120.0),
    ),
)

ROADS = Layer(
    "roads",
    "LineString",
    (
        Field("name", "string", 120),
        Field("highway", "string", 32),
        Field("maxspeed", "string", 16),
        Field("oneway", "string", 8),
    ),
)

UNITS = Layer(
    "units",
    "Point",
    (
        Field("unit_id", "string", 32, not_null=True, unique=True),
        Field("callsign", "string", 32),
        Field("kind", "string", 16, values=UNIT_KINDS),
        Field("status", "string", 16, values=UNIT_STATUSES),
        Field("heading_deg", "double", minimum=0.0, maximum=360.0),
        Field("speed_kmh", "double", minimum=0.0),
        Field("updated_at", "datetime"),
        Field("reported", "bool"),
    ),
    live=True,
)

INCIDENTS = Layer(
    "incidents",
    "Point",
    (
        Field("incident_id", "string", 32, not_null=True, unique=True),
        Field("kind", "string", 40),
        Field("priority", "integer", minimum=1, maximum=3),
        Field("status", "string", 16, values=INCIDENT_STATUSES),
        Field("reported_at", "datetime"),
        Field("address", "string", 254),
        Field("assigned_unit", "string", 32),
    ),
    live=True,
)

# Who is on duty where and when (四班两运转 and other rotations); one row per station (or
# zone), date and shift. A table: the duty map prints it beside the zones.
DUTY_ROSTER = Layer(
    "duty_roster",
    None,
    (
        Field("station_id", "string", 32, not_null=True),
        Field("zone_code", "string", 32),
        Field("duty_date", "date", not_null=True),
        Field("shift", "string", 32, not_null=True),  # e.g. "day" 08:00–20:00, "night" 20:00–08:00
        Field("team", "string", 32, not_null=True),
        Field("leader", "string", 60),
        Field("members", "string", 254),
        Field("callsigns", "string", 120),
        Field("phone", "string", 40),
    ),
    optional=True,
)

# Named copies of the stations and zones (部署方案), to compare and to go back to: one row per
# station or zone of a plan, its attributes as JSON and its geometry as WKT in the command map's
# CRS. A table, so a plan never shows on the map by itself.
PLAN_LAYERS = ("stations", "patrol_zones")
PLANS = Layer(
    "plans",
    None,
    (
        Field("plan", "string", 80, not_null=True),
        Field("layer", "string", 16, not_null=True, values=PLAN_LAYERS),
        Field("item_id", "string", 32, not_null=True),  # station_id or zone_code
        Field("attributes", "string"),  # JSON object of the feature's other attributes
        Field("geometry_wkt", "string"),
        Field("created_at", "datetime"),
        Field("notes", "string", 254),
    ),
    optional=True,
)

# Drawing order in the layer group: top first; tables last.
COMMAND_MAP: tuple[Layer, ...] = (
    INCIDENTS,
    UNITS,
    KEY_SITES,
    STATIONS,
    ROADS,
    PATROL_ZONES,
    JURISDICTION,
    DUTY_ROSTER,
    PLANS,
)

LAYERS_BY_NAME = {layer.name: layer for layer in COMMAND_MAP}

# Families of geometry type, so a MultiLineString road layer or a Polygon jurisdiction
# drawn elsewhere still counts as the right kind of layer.
GEOMETRY_FAMILY = {
    "Point": "point",
    "MultiPoint": "point",
    "LineString": "line",
    "MultiLineString": "line",
    "Polygon": "polygon",
    "MultiPolygon": "polygon",
    None: None,
}


@dataclass(frozen=True)
class Problem:
    layer: str
    field: str | None
    fault: str  # "missing_layer" | "missing_field" | "wrong_geometry"
    detail: str = ""

    def __str__(self) -> str:
        if self.fault == "missing_layer":
            return f"layer '{self.layer}' is missing"
        if self.fault == "wrong_geometry":
            return f"layer '{self.layer}' has {self.detail} geometry"
        return f"layer '{self.layer}' lacks field '{self.field}'"


def check_command_map(found: dict[str, tuple[str | None, set[str]]]) -> list[Problem]:
    """What a data source lacks to be a command map.

    ``found`` maps each layer name in the source to ``(geometry family, field names)``,
    geometry family being "point", "line", "polygon" or None for a table. Returns every
    problem, in schema order, so the user sees the whole list at once. A missing optional layer
    is no problem (see ``missing_optional_layers``); an optional layer that is there must be whole.
    """
    problems: list[Problem] = []
    for layer in reversed(COMMAND_MAP):
        if layer.name not in found:
            if not layer.optional:
                problems.append(Problem(layer.name, None, "missing_layer"))
            continue
        family, names = found[layer.name]
        want = GEOMETRY_FAMILY[layer.geometry]
        if family != want:
            problems.append(Problem(layer.name, None, "wrong_geometry", str(family or "no")))
        lowered = {n.lower() for n in names}
        for f in layer.fields:
            if f.name.lower() not in lowered:
                problems.append(Problem(layer.name, f.name, "missing_field"))
    return problems


def missing_optional_layers(found: dict[str, tuple[str | None, set[str]]]) -> list[Layer]:
    """The optional layers a command map lacks (made before they existed), in schema order."""
    return [layer for layer in COMMAND_MAP if layer.optional and layer.name not in found]


def suggest_metric_crs(lon: float, lat: float) -> str:
    """A local metric CRS for a place, as an authority id.

    In mainland China the CGCS2000 3-degree Gauss-Kruger zone (what Chinese city surveys
    use; EPSG:4534 is CM 75E, one code per 3 degrees up to EPSG:4554 at CM 135E); elsewhere
    the WGS 84 UTM zone.
    """
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise ValueError(f"not a longitude/latitude: {lon}, {lat}")
    if 73.5 <= lon <= 136.5 and 18.0 <= lat <= 54.0:
        return f"EPSG:{4534 + round((lon - 75.0) / 3.0)}"
    zone = min(int((lon + 180.0) // 6.0) + 1, 60)
    return f"EPSG:{(32600 if lat >= 0 else 32700) + zone}"
