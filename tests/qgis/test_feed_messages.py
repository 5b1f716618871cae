"""The feed's words: the core's English templates and the plugin's translated ones stay in step,
rejections render in the user's language, and the written contract matches the code."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import yaml

from plugin.core import feed
from plugin.core.feed_formats.geojson import parse_units
from plugin.core.schema import INCIDENT_STATUSES, UNIT_KINDS, UNIT_STATUSES
from plugin.dispatch.messages import feed_error_templates, reason_templates, reason_text, rejected_text

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def test_every_core_code_has_a_translatable_template_with_the_same_placeholders(qgis_app):
    for english, translatable in (
        (feed.REASONS, reason_templates()),
        (feed.FEED_ERRORS, feed_error_templates()),
    ):
        assert set(english) == set(translatable)
        for code, text in english.items():
            assert translatable[code] == text  # untranslated, the words are the core's
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(translatable[code]))


def test_rejections_read_in_chinese_under_a_chinese_qgis(qgis_app):
    from plugin import i18n

    payload = (
        b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        b'{"unit_id": "U-7", "updated_at": "2024-05-20T09:00:00Z"}, "geometry": {"type": "Point", '
        b'"coordinates": [NaN, 60.1]}}, {"type": "Feature", "properties": {}, "geometry": null}]}'
    )
    snapshot = parse_units(payload, datetime(2024, 5, 20, 9, 1, tzinfo=timezone.utc))
    nan, no_id = snapshot.rejected
    assert rejected_text(nan) == "unit U-7 (feature 0): coordinates are not finite numbers (NaN, 60.1)"
    assert rejected_text(no_id) == "feature 1: no unit_id and no Feature id"
    assert i18n.install_translator("zh_CN") is not None
    try:
        chinese = rejected_text(nan)
        assert "U-7" in chinese and "NaN, 60.1" in chinese and "coordinates" not in chinese
        assert re.search(r"[\u4e00-\u9fff]", chinese)
        assert re.search(r"[\u4e00-\u9fff]", reason_text(no_id)) and "unit_id" in reason_text(no_id)
    finally:
        i18n.remove_translator()


def test_the_openapi_contract_names_what_the_code_accepts():
    spec = yaml.safe_load((ROOT / "docs" / "dispatch-feed.openapi.yaml").read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.")
    assert set(spec["paths"]) == {"/units", "/incidents"}
    schemas = spec["components"]["schemas"]
    unit = schemas["UnitProperties"]["properties"]
    incident = schemas["IncidentProperties"]["properties"]
    assert tuple(unit["kind"]["enum"]) == UNIT_KINDS
    assert tuple(unit["status"]["enum"]) == UNIT_STATUSES
    assert tuple(incident["status"]["enum"]) == INCIDENT_STATUSES
    assert set(unit) == {"unit_id", "callsign", "kind", "status", "heading_deg", "speed_kmh", "updated_at"}
    assert set(incident) == {
        "incident_id",
        "kind",
        "priority",
        "status",
        "reported_at",
        "address",
        "assigned_unit",
    }
    assert unit["speed_kmh"]["maximum"] == feed.MAX_SPEED_KMH
    for path in ("/units", "/incidents"):
        responses = spec["paths"][path]["get"]["responses"]
        assert {"200", "304", "401", "403", "429", "500", "503"} <= set(responses)
    assert "Retry-After" in spec["components"]["responses"]["TooManyRequests"]["headers"]
