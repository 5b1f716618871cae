"""The Coverage dock, driven as a user would: pick layers, Run, read the table, click a zone."""

from __future__ import annotations

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsLinePatternFillSymbolLayer,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, Qt
from qgis.PyQt.QtWidgets import QDockWidget

from plugin.core.synthetic import make_grid_city
from plugin.gui import coverage_dock as cd
from plugin.processing.provider import PatrolMapProvider

pytestmark = pytest.mark.gui

CRS = "EPSG:4326"
_KEEP = []
HALF = 1100.0  # the zones cover ±1100 m around the city centre, in 3 × 3 squares
CATEGORIES = {(0, 0): "key_site", (1, 1): "centre"}  # (row, column) → category; the rest "other"


def _features(layer, rows):
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def _points(name, fields, rows, projection):
    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(f"Point?crs={CRS}&{spec}", name, "memory")
    out = []
    for x, y, *attrs in rows:
        lon, lat = projection.to_lonlat([[x, y]])[0]
        out.append((f"Point({lon} {lat})", attrs))
    return _features(layer, out)


def _city(project, with_key_sites=True):
    """Decoys first, so a default that is just "the first layer of its kind" would be caught."""
    city = make_grid_city(11, spacing=200.0, seed=3)
    proj = city.projection
    decoy_line = QgsVectorLayer(f"LineString?crs={CRS}", "rivers", "memory")
    roads = QgsVectorLayer(
        f"LineString?crs={CRS}&field=highway:string&field=oneway:string", "roads", "memory"
    )
    _features(
        roads,
        [
            ("LineString(" + ", ".join(f"{x} {y}" for x, y in ll) + ")", [hw, ow])
            for ll, hw, ow in zip(city.lonlat, city.highway, city.oneway)
        ],
    )
    decoy_polygon = QgsVectorLayer(f"Polygon?crs={CRS}&field=name:string", "jurisdiction", "memory")
    zones = QgsVectorLayer(
        f"Polygon?crs={CRS}&field=zone_code:string&field=category:string&field=target_min:double",
        "patrol_zones",
        "memory",
    )
    rows, step = [], 2 * HALF / 3
    for r in range(3):
        for c in range(3):
            x1, y1 = -HALF + c * step, -HALF + r * step
            ring = proj.to_lonlat(
                [[x1, y1], [x1 + step, y1], [x1 + step, y1 + step], [x1, y1 + step], [x1, y1]]
            )
            wkt = "Polygon((" + ", ".join(f"{x} {y}" for x, y in ring) + "))"
            target = 4.0 if (r, c) == (2, 2) else None
            rows.append((wkt, [f"LZ-{r * 3 + c + 1:02d}", CATEGORIES.get((r, c), "other"), target]))
    _features(zones, rows)
    incidents = _points("incidents", (("incident_id", "string"),), [(0, 0, "I-1")], proj)
    stations = _points(
        "stations",
        (("station_id", "string"), ("name", "string"), ("turnout_min", "double")),
        [(0, 0, "PS-01", "Centre", 0.5), (700, -700, "KS-02", "South-east kiosk", 1.0)],
        proj,
    )
    units = _points(
        "units",
        (("unit_id", "string"), ("status", "string")),
        [(-600, 600, "U-1", "available"), (600, 600, "U-2", "busy")],
        proj,
    )
    layers = [decoy_line, roads, decoy_polygon, zones, incidents, stations, units]
    key_sites = None
    if with_key_sites:
        key_sites = _points(
            "key_sites",
            (("name", "string"), ("target_min", "double")),
            [(100, 100, "Railway station", 1.0), (-950, -950, "Harbour", 1.0)],
            proj,
        )
        layers.append(key_sites)
    project.addMapLayers(layers)
    return {"roads": roads, "zones": zones, "stations": stations, "units": units, "key_sites": key_sites}


@pytest.fixture
def city(qgis_new_project, processing):
    return _city(QgsProject.instance())


@pytest.fixture
def dock(qgis_iface, qtbot, city):
    widget = cd.CoverageDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.resize(460, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    if widget.is_running():
        widget.cancel()
        qtbot.waitUntil(lambda: not widget.is_running(), timeout=60000)
    widget.cleanup()


def _run(qtbot, dock):
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    assert dock.is_running()
    assert not dock.run_button.isEnabled() and dock.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dock.is_running(), timeout=60000)


def _result_groups():
    return [g for g in QgsProject.instance().layerTreeRoot().findGroups() if g.name() == "Coverage results"]


def _algorithm(processing, city):
    return processing.run(
        "patrolmap:coverage",
        {
            "NETWORK": city["roads"],
            "DEFAULT_SPEED_KMH": 30.0,
            "HIGHWAY_FIELD": "highway",
            "ONEWAY_FIELD": "oneway",
            "ZONES": city["zones"],
            "TARGET_FIELD": "target_min",
            "FACILITIES": city["stations"],
            "FACILITY_ID_FIELD": "station_id",
            "TURNOUT_FIELD": "turnout_min",
            "KEY_SITES": city["key_sites"],
            "OUTPUT": "memory:",
        },
    )


def test_defaults_pick_the_command_map_layers_and_fields(dock, city):
    assert dock.network_combo.currentLayer() is city["roads"]
    assert dock.zones_combo.currentLayer() is city["zones"]
    assert dock.facilities_combo.currentLayer() is city["stations"]
    assert dock.key_sites_combo.currentLayer() is city["key_sites"]
    assert dock.facility_id_field.currentField() == "station_id"
    assert dock.turnout_field.currentField() == "turnout_min"
    assert dock.target_field.currentField() == "target_min"
    assert dock.highway_field.currentField() == "highway"
    assert dock.oneway_field.currentField() == "oneway"
    assert dock.speed_field.currentField() == ""
    assert dock.breaks_edit.text() == "1,3,5"
    assert dock.speed_spin.value() == 30.0
    assert not dock.ignore_oneway_check.isChecked()
    assert dock.isochrones_check.isChecked()
    # The live units can stand in for the stations; their id field follows.
    dock.facilities_combo.setLayer(city["units"])
    assert dock.facility_id_field.currentField() == "unit_id"
    assert dock.turnout_field.currentField() == ""


def test_key_sites_may_be_left_empty(qgis_iface, qtbot, qgis_new_project, processing):
    _city(QgsProject.instance(), with_key_sites=False)
    widget = cd.CoverageDock(qgis_iface)
    qtbot.addWidget(widget)
    try:
        assert widget.key_sites_combo.currentLayer() is None
        # A key_sites layer added later is picked up, as the user has not chosen otherwise.
        proj = make_grid_city(3).projection
        sites = _points("key_sites", (("name", "string"),), [(0, 0, "Hall")], proj)
        QgsProject.instance().addMapLayer(sites)
        assert widget.key_sites_combo.currentLayer() is sites
    finally:
        widget.cleanup()


def test_run_shows_verdict_table_and_styled_layers(dock, city, qtbot, qgis_iface, processing):
    expected = _algorithm(processing, city)
    _run(qtbot, dock)
    assert dock.status_label.text().startswith("Done"), dock.status_label.text()

    # The verdict is the algorithm's own, coloured by the outcome.
    assert dock.verdict_label.text() == expected["VERDICT"]
    assert dock.verdict_label.font().bold()
    all_ok = expected["COMPLIANT"] == expected["ZONE_COUNT"]
    assert ("#1a7f37" if all_ok else "#b42318") in dock.verdict_label.styleSheet()
    assert not all_ok, "the layout should have at least one failing zone"

    # One row per zone, with the algorithm's numbers.
    table = dock.table
    zones = {f["zone_code"]: f for f in expected["OUTPUT"].getFeatures()}
    assert table.rowCount() == len(zones) == 9
    rows = {table.item(r, cd.COL_ZONE).text(): r for r in range(table.rowCount())}
    assert set(rows) == set(zones)
    for code, feature in zones.items():
        r = rows[code]
        assert table.item(r, cd.COL_TARGET).text() == f"{feature['target_min']:g}"
        assert table.item(r, cd.COL_COVERED).text() == cd._percent(feature["covered_pct"])
        assert table.item(r, cd.COL_COVERED).data(cd.SORT_ROLE) == pytest.approx(feature["covered_pct"])
        worst = feature["worst_min"]
        assert table.item(r, cd.COL_WORST).text() == ("—" if worst is None else f"{worst:.1f}")
        assert table.item(r, cd.COL_BACKUP).text() == cd._percent(feature["backup_pct"])
        assert table.item(r, cd.COL_COMPLIANT).text() == ("✓" if feature["compliant"] else "✗")
        tinted = table.item(r, cd.COL_ZONE).background().color() == cd.FAIL_TINT
        assert tinted == (not feature["compliant"])
    assert zones["LZ-01"]["target_min"] == 1.0 and zones["LZ-09"]["target_min"] == 4.0

    # Sorting by "worst" sorts numerically, both ways, by clicking the header.
    header = table.horizontalHeader()

    def worst_column():
        return [table.item(r, cd.COL_WORST).data(cd.SORT_ROLE) for r in range(table.rowCount())]

    assert worst_column() == sorted(worst_column(), reverse=True)  # worst first, as opened
    x = header.sectionViewportPosition(cd.COL_WORST) + header.sectionSize(cd.COL_WORST) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert worst_column() == sorted(worst_column())
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert worst_column() == sorted(worst_column(), reverse=True)
    worst_code = table.item(0, cd.COL_ZONE).text()
    assert max(v for v in worst_column()) == table.item(0, cd.COL_WORST).data(cd.SORT_ROLE)

    # Clicking a row selects that zone and brings it into view, across CRSs.
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.setExtent(QgsRectangle(0, 0, 1000, 1000))
    layer = city["zones"]
    target = next(f for f in layer.getFeatures() if f["zone_code"] == "LZ-05")
    row = next(r for r in range(table.rowCount()) if table.item(r, cd.COL_ZONE).text() == "LZ-05")
    rect = table.visualItemRect(table.item(row, cd.COL_ZONE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert layer.selectedFeatureIds() == [target.id()]
    xform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    zone_box = xform.transformBoundingBox(target.geometry().boundingBox())
    assert canvas.extent().contains(zone_box)
    extent = canvas.extent()  # zoomed to it, not to everything: it fills the canvas one way
    assert min(extent.width() / zone_box.width(), extent.height() / zone_box.height()) < 1.5

    # One group with the styled result layers, top to bottom.
    groups = _result_groups()
    assert len(groups) == 1
    names = [node.layer().name() for node in groups[0].findLayers()]
    assert names == ["Key site response", "Coverage gaps", "Zone coverage", "Isochrones"]
    by_name = {node.layer().name(): node.layer() for node in groups[0].findLayers()}
    assert isinstance(by_name["Zone coverage"].renderer(), QgsRuleBasedRenderer)
    gaps_renderer = by_name["Coverage gaps"].renderer()
    assert isinstance(gaps_renderer, QgsSingleSymbolRenderer)
    assert any(isinstance(s, QgsLinePatternFillSymbolLayer) for s in gaps_renderer.symbol().symbolLayers())
    assert by_name["Coverage gaps"].featureCount() > 0
    bands = by_name["Isochrones"].renderer()
    assert isinstance(bands, QgsRuleBasedRenderer)
    assert [r.label() for r in bands.rootRule().children()] == ["≤ 1 min", "≤ 3 min", "≤ 5 min"]
    assert sorted(f["minutes"] for f in by_name["Isochrones"].getFeatures()) == [1.0, 3.0, 5.0]
    assert by_name["Isochrones"].opacity() < 1.0
    assert isinstance(by_name["Key site response"].renderer(), QgsRuleBasedRenderer)
    assert {f["name"]: f["compliant"] for f in by_name["Key site response"].getFeatures()}["Harbour"] is False
    # Result layers are not offered as inputs.
    assert by_name["Zone coverage"] in dock.zones_combo.exceptedLayerList()

    # A second run replaces the group instead of stacking another one.
    first_ids = [node.layerId() for node in groups[0].findLayers()]
    dock.isochrones_check.setChecked(False)
    _run(qtbot, dock)
    groups = _result_groups()
    assert len(groups) == 1
    assert [node.layer().name() for node in groups[0].findLayers()] == [
        "Key site response",
        "Coverage gaps",
        "Zone coverage",
    ]
    assert not any(QgsProject.instance().mapLayer(i) for i in first_ids)
    assert table.rowCount() == 9 and table.item(0, cd.COL_ZONE).text() == worst_code


def test_cancel_leaves_no_results_and_run_enabled(dock, qtbot):
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    assert dock.is_running() and not dock.run_button.isEnabled()
    qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.is_running(), timeout=60000)
    assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()
    assert "Cancelled" in dock.status_label.text()
    assert not _result_groups()
    assert dock.table.rowCount() == 0 and dock.verdict_label.text() == ""
    # Nothing arrives late either.
    qtbot.wait(300)
    assert not _result_groups()
    assert {layer.name() for layer in QgsProject.instance().mapLayers().values()}.isdisjoint(
        {"Zone coverage", "Coverage gaps", "Isochrones", "Key site response"}
    )


def test_second_run_is_refused_while_one_runs(dock, qtbot):
    dock.run()
    steps = dock._runner.steps
    dock.run()  # e.g. a keyboard shortcut while the button is greyed out
    assert dock._runner.steps is steps
    qtbot.waitUntil(lambda: not dock.is_running(), timeout=60000)
    assert len(_result_groups()) == 1


def _criticals(iface):
    return iface.messageBar().get_messages(Qgis.MessageLevel.Critical)


def test_bad_breaks_show_a_message(dock, qtbot, qgis_iface):
    before = len(_criticals(qgis_iface))
    dock.breaks_edit.setText("x")
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    assert not dock.is_running() and dock.run_button.isEnabled()
    messages = _criticals(qgis_iface)[before:]
    assert len(messages) == 1 and "“x” is not a number" in messages[0]
    assert "not a number" in dock.status_label.text()


def test_facilities_without_points_show_the_algorithm_error(dock, qtbot, qgis_iface):
    empty = QgsVectorLayer(f"Point?crs={CRS}&field=station_id:string", "empty stations", "memory")
    QgsProject.instance().addMapLayer(empty)
    dock.facilities_combo.setLayer(empty)
    before = len(_criticals(qgis_iface))
    _run(qtbot, dock)
    messages = _criticals(qgis_iface)[before:]
    assert len(messages) == 1 and "has no points" in messages[0], messages
    assert "has no points" in dock.status_label.text()
    assert dock.run_button.isEnabled()
    assert not _result_groups()


def test_missing_layer_shows_a_message(qgis_iface, qtbot, qgis_new_project, processing):
    widget = cd.CoverageDock(qgis_iface)
    qtbot.addWidget(widget)
    try:
        before = len(_criticals(qgis_iface))
        widget.run()
        assert not widget.is_running()
        assert "road network" in _criticals(qgis_iface)[before:][0]
    finally:
        widget.cleanup()


def test_plugin_adds_action_and_dock_and_unload_removes_them(
    qgis_iface, qtbot, root_package, qgis_new_project, processing
):
    window = qgis_iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    registry.removeProvider("patrolmap")  # the plugin registers its own
    plugin = root_package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        docks = [d for d in window.findChildren(QDockWidget) if d.objectName() == "PatrolMapCoverageDock"]
        assert len(docks) == 1 and not docks[0].isVisible()
        action = next(a for a in plugin.actions if a.objectName() == "PatrolMapCoverage")
        assert not action.icon().isNull()
        window.show()
        action.trigger()
        assert docks[0].isVisible() and docks[0].windowTitle() == "Coverage"
    finally:
        plugin.unload()
        window.hide()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [d for d in window.findChildren(QDockWidget) if d.objectName() == "PatrolMapCoverageDock"]
    assert plugin.coverage_dock is None
    # For the tests after this one; the registry does not own a provider made in Python.
    _KEEP.append(PatrolMapProvider())
    registry.addProvider(_KEEP[-1])


def test_styles_apply_to_processing_outputs(processing, city):
    """The styling functions work on layers a user made with Processing, not only the dock's."""
    from plugin.gui import result_styles

    result = processing.run(
        "patrolmap:isochrones",
        {
            "NETWORK": city["roads"],
            "ORIGINS": city["stations"],
            "BREAKS": "2,4",
            "DISSOLVE": False,
            "OUTPUT": "memory:",
        },
    )
    layer = result["OUTPUT"]
    result_styles.style_isochrones(layer)
    rules = layer.renderer().rootRule().children()
    assert [r.label() for r in rules] == ["≤ 2 min", "≤ 4 min"]
    assert rules[0].symbol().color().name() == result_styles.BAND_COLOURS[0].name()


def test_zone_coverage_layer_lies_on_the_zones(dock, city, qtbot):
    dock.isochrones_check.setChecked(False)
    _run(qtbot, dock)
    layer = next(
        node.layer() for node in _result_groups()[0].findLayers() if node.layer().name() == "Zone coverage"
    )
    zones = city["zones"]
    assert layer.crs() == zones.crs()
    assert layer.extent().intersects(zones.extent())
    assert layer.extent().width() == pytest.approx(zones.extent().width(), rel=1e-6)


@pytest.mark.parametrize("locale", ["zh_CN", "en_US"])
def test_nothing_is_cut_off_at_the_default_width(qgis_iface, qtbot, qgis_new_project, processing, locale):
    """At the dock's default (minimum) width and a short height, after a run with warnings,
    every title, label, check box, button and table column has the room its text needs."""
    from qgis.PyQt.QtGui import QFont, QFontMetrics
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel, QStyle, QStyleOptionGroupBox

    from plugin import i18n

    i18n.install_translator(locale)
    try:
        layers = _city(QgsProject.instance())
        proj = make_grid_city(11, spacing=200.0, seed=3).projection
        # A parking aisle drawn apart from the streets: cut-off road, so the run warns.
        piece = proj.to_lonlat([[410.0, 130.0], [470.0, 130.0]])
        f = QgsFeature(layers["roads"].fields())
        f.setGeometry(QgsGeometry.fromWkt("LineString(" + ", ".join(f"{x} {y}" for x, y in piece) + ")"))
        f.setAttributes(["service", None])
        layers["roads"].dataProvider().addFeatures([f])
        dock = cd.CoverageDock(qgis_iface)
        qtbot.addWidget(dock)
        dock.resize(dock.minimumWidth(), 520)
        dock.show()
        qtbot.waitExposed(dock)
        _run(qtbot, dock)
        qtbot.wait(50)
        assert "LZ-" in dock.verdict_label.text()
        for widget in dock.findChildren(QLabel) + dock.findChildren(QAbstractButton):
            if not widget.isVisible() or not widget.text() or widget.parent() is dock.table:
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()
                continue
            hint = widget.sizeHint()
            assert widget.width() >= hint.width() and widget.height() >= hint.height(), widget.text()
        # Group titles are drawn bold (QGIS's default) in a box measured with the regular font.
        box = dock.fields_box
        option = QStyleOptionGroupBox()
        box.initStyleOption(option)
        label = box.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
        )
        bold = QFont(box.font())
        bold.setBold(True)
        assert label.width() >= QFontMetrics(bold).horizontalAdvance(box.title().strip()) + 1
        # Every column fits: no horizontal scrolling to reach "OK".
        assert dock.table.horizontalHeader().length() <= dock.table.viewport().width()
        # Warnings: counted in the status line, in full in its tooltip.
        assert "LZ-06" in dock.status_label.toolTip()  # where the cut-off road lies
        assert "LZ-06" not in dock.status_label.text()
        cut = [dock.table.item(r, cd.COL_CUT_OFF) for r in range(dock.table.rowCount())]
        marked = [item for item in cut if item.text()]
        assert len(marked) == 1 and float(marked[0].text()) == pytest.approx(0.06, abs=0.01)
        assert marked[0].data(cd.SORT_ROLE) == pytest.approx(float(marked[0].text()), abs=0.005)
        dock.cleanup()
    finally:
        i18n.remove_translator()
