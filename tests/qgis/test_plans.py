"""Plans in the command map: keep, compare, apply as one undo step."""

import pytest
from qgis.core import QgsPointXY, QgsProject, QgsVectorLayer

from plugin.commandmap import add_layer, missing_optional_layers
from plugin.core import schema
from plugin.plans_layer import apply_posts, current_plan, save_plan, table_rows


def layers(path):
    out = {}
    for name in ("stations", "patrol_zones", "roads", "key_sites", "plans"):
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        out[name] = layer
    # The project owns them, so they go with it (not at interpreter exit, after QGIS).
    QgsProject.instance().addMapLayers(list(out.values()))
    return out


def test_keep_compare_and_apply(qgis_new_project, processing, demo_gpkg):
    assert [s.name for s in missing_optional_layers(demo_gpkg)] == ["plans"]
    add_layer(demo_gpkg, schema.PLANS)
    lyr = layers(demo_gpkg)
    base = current_plan(lyr["stations"], lyr["patrol_zones"])
    ok, message = save_plan(lyr["plans"], "base", base)
    assert ok, message
    ok, message = save_plan(lyr["plans"], "base", base)
    assert not ok and "exists" in message
    assert len(table_rows(lyr["plans"])) == len(base.stations) + len(base.zones)

    moved = current_plan(lyr["stations"], lyr["patrol_zones"])
    first = moved.stations[0]
    x, y = (float(v) for v in first.wkt.split("(")[1].rstrip(")").split()[:2])
    first.wkt = f"Point ({x + 400} {y})"
    assert save_plan(lyr["plans"], "moved", moved)[0]

    common = {
        "NETWORK": lyr["roads"],
        "HIGHWAY_FIELD": "highway",
        "ONEWAY_FIELD": "oneway",
        "STATIONS": lyr["stations"],
        "ZONES": lyr["patrol_zones"],
        "PLANS": lyr["plans"],
        "KEY_SITES": lyr["key_sites"],
        "OUTPUT": "memory:",
        "ZONES_OUTPUT": "memory:",
    }
    same = processing.run("patrolmap:compareplans", {**common, "PLAN_A": "current", "PLAN_B": "base"})
    assert same["CHANGED_ZONES"] == 0
    rows = {f["figure"]: (f["plan_a"], f["plan_b"]) for f in same["OUTPUT"].getFeatures()}
    assert all(a == b for a, b in rows.values())
    assert rows["posts_moved"] == ("0", "0")

    diff = processing.run("patrolmap:compareplans", {**common, "PLAN_A": "base", "PLAN_B": "moved"})
    rows = {f["figure"]: (f["plan_a"], f["plan_b"]) for f in diff["OUTPUT"].getFeatures()}
    assert rows["posts_moved"] == ("0", "1")
    assert diff["ZONES_OUTPUT"].featureCount() == diff["CHANGED_ZONES"]

    with pytest.raises(Exception, match="no plan"):
        processing.run("patrolmap:compareplans", {**common, "PLAN_A": "base", "PLAN_B": "nope"})

    # A new post onto the stations layer: one undo step, nothing saved until the user saves.
    stations = lyr["stations"]
    before = len(list(stations.getFeatures()))
    added = apply_posts(
        stations, [("P-1", "new", QgsPointXY(x + 100, y)), ("S-x", "existing", QgsPointXY(x, y))]
    )
    assert added == 1 and len(list(stations.getFeatures())) == before + 1
    assert stations.undoStack().count() == 1
    stations.undoStack().undo()
    assert len(list(stations.getFeatures())) == before
    stations.rollBack()
