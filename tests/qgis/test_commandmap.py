"""Creating, checking and opening command-map GeoPackages."""

import hashlib

import pytest
from osgeo import gdal, ogr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFieldConstraints,
    QgsProject,
)

from plugin.commandmap import (
    CommandMapError,
    add_to_loaded,
    command_map_layers,
    create_command_map,
    inspect_command_map,
    load_command_map,
    missing_optional_layers,
)
from plugin.core import schema

CRS = QgsCoordinateReferenceSystem("EPSG:4549")


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_created_map_has_the_whole_schema(qgis_app, tmp_path):
    path = create_command_map(tmp_path / "city.gpkg", CRS)
    assert inspect_command_map(path) == []
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    zones = ds.GetLayerByName("patrol_zones")
    defn = zones.GetLayerDefn()
    code = defn.GetFieldDefn(defn.GetFieldIndex("zone_code"))
    assert not code.IsNullable() and code.IsUnique()
    assert zones.GetSpatialRef().GetAuthorityCode(None) == "4549"
    # Allowed values travel with the file, so QGIS shows them without the plugin too.
    domain = ds.GetFieldDomain("stations_kind")
    assert set(domain.GetEnumeration()) == set(schema.STATION_KINDS)
    assert ds.GetFieldDomain("patrol_zones_target_min").GetMaxAsDouble() == 120.0
    assert not list(tmp_path.glob(".patrolmap-*")), "temporary file left behind"


def test_create_never_overwrites(qgis_app, tmp_path):
    existing = tmp_path / "mine.gpkg"
    existing.write_bytes(b"the user's own data")
    with pytest.raises(CommandMapError, match="already exists"):
        create_command_map(existing, CRS)
    assert existing.read_bytes() == b"the user's own data"


def test_create_into_a_missing_folder_says_so(qgis_app, tmp_path):
    with pytest.raises(CommandMapError, match="does not exist"):
        create_command_map(tmp_path / "nowhere" / "city.gpkg", CRS)


def _strip(path, drop_layer=None, drop_fields=()):
    ds = ogr.Open(str(path), 1)
    if drop_layer:
        ds.DeleteLayer(drop_layer)
    for layer_name, field in drop_fields:
        layer = ds.GetLayerByName(layer_name)
        layer.DeleteField(layer.GetLayerDefn().GetFieldIndex(field))
    ds = None


def test_incomplete_map_lists_exactly_what_is_missing_and_stays_untouched(qgis_new_project, tmp_path):
    path = create_command_map(tmp_path / "partial.gpkg", CRS)
    _strip(
        path, drop_layer="key_sites", drop_fields=[("patrol_zones", "category"), ("stations", "turnout_min")]
    )
    before = _digest(path)
    with pytest.raises(CommandMapError) as err:
        load_command_map(path)
    message = str(err.value)
    assert "nothing in it was changed" in message
    assert "“key_sites”" in message
    assert "field “category” in layer “patrol_zones”" in message
    assert "field “turnout_min” in layer “stations”" in message
    assert message.count("•") == 3
    assert _digest(path) == before
    assert QgsProject.instance().mapLayers() == {}


def test_open_a_file_that_is_not_geodata(qgis_app, tmp_path):
    junk = tmp_path / "notes.gpkg"
    junk.write_text("not a geopackage")
    with pytest.raises(CommandMapError, match="not a GeoPackage"):
        inspect_command_map(junk)


def test_loaded_map_is_grouped_styled_and_constrained(qgis_new_project, tmp_path):
    path = create_command_map(tmp_path / "city.gpkg", CRS)
    loaded = load_command_map(path)
    project = QgsProject.instance()
    assert loaded.group.name() == "Command map: city"
    assert [layer.name() for layer in loaded.group.findLayers()] == [s.name for s in schema.COMMAND_MAP]
    assert project.layerTreeRoot().children()[0] is loaded.group

    zones = loaded.layers["patrol_zones"]
    idx = zones.fields().indexOf("zone_code")
    constraints = zones.fields().at(idx).constraints()
    assert (
        constraints.constraintStrength(QgsFieldConstraints.Constraint.ConstraintNotNull)
        == QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
    )
    assert (
        constraints.constraintStrength(QgsFieldConstraints.Constraint.ConstraintUnique)
        == QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
    )
    category = zones.editorWidgetSetup(zones.fields().indexOf("category"))
    assert category.type() == "ValueMap"
    values = {v for entry in category.config()["map"] for v in entry.values()}
    assert values == set(schema.ZONE_CATEGORIES)

    stations = loaded.layers["stations"]
    assert isinstance(stations.renderer(), QgsCategorizedSymbolRenderer)
    assert stations.renderer().classAttribute() == "kind"
    assert isinstance(zones.renderer(), QgsCategorizedSymbolRenderer)
    assert zones.renderer().classAttribute() == "station_id"
    assert zones.labelsEnabled()


def test_algorithm_creates_a_map(processing, tmp_path):
    out = tmp_path / "alg.gpkg"
    result = processing.run("patrolmap:createcommandmap", {"CRS": "EPSG:32635", "OUTPUT": str(out)})
    assert result["OUTPUT"] == str(out)
    assert inspect_command_map(out) == []
    assert result["LAYERS"].split(",") == [s.name for s in schema.COMMAND_MAP]


def test_map_made_before_the_duty_roster_opens_unchanged_and_gets_the_table_on_request(
    qgis_new_project, tmp_path
):
    path = create_command_map(tmp_path / "older.gpkg", CRS)
    _strip(path, drop_layer="duty_roster")  # as command maps made before the roster existed
    before = _digest(path)
    assert inspect_command_map(path) == []
    assert [spec.name for spec in missing_optional_layers(path)] == ["duty_roster"]
    loaded = load_command_map(path)
    assert "duty_roster" not in loaded.layers
    assert [layer.name() for layer in loaded.group.findLayers()] == [
        s.name for s in schema.COMMAND_MAP if s.name != "duty_roster"
    ]
    assert _digest(path) == before, "opening changed the file"

    roster = add_to_loaded(path, schema.DUTY_ROSTER, QgsProject.instance(), loaded.group)
    assert roster.isValid() and roster.featureCount() == 0
    assert [layer.name() for layer in loaded.group.findLayers()] == [s.name for s in schema.COMMAND_MAP]
    assert missing_optional_layers(path) == []
    assert inspect_command_map(path) == []
    assert set(roster.fields().names()) >= set(schema.DUTY_ROSTER.field_names)
    assert command_map_layers()[path]["duty_roster"] is roster
    with pytest.raises(CommandMapError, match="already has a layer"):
        add_to_loaded(path, schema.DUTY_ROSTER, QgsProject.instance(), loaded.group)


def test_an_incomplete_duty_roster_is_still_a_problem(qgis_app, tmp_path):
    path = create_command_map(tmp_path / "odd.gpkg", CRS)
    _strip(path, drop_fields=[("duty_roster", "shift")])
    assert [str(p) for p in inspect_command_map(path)] == ["layer 'duty_roster' lacks field 'shift'"]
