"""Translated text for the codes plugin/core/feed.py gives its rejections and feed errors.

The core stays free of Qt, so its English templates (``REASONS``, ``FEED_ERRORS``) are
repeated here once, through ``tr()``; a test checks both tables have the same codes and
placeholders.
"""

from __future__ import annotations

from ..core.feed import FEED_ERRORS, REASONS, FeedError, Rejected
from ..i18n import tr


def reason_templates() -> dict[str, str]:
    return {
        "not_feature": tr("not a GeoJSON Feature"),
        "not_thing": tr("not a SensorThings Thing"),
        "no_id": tr("no {field} and no Feature id"),
        "bad_id": tr("{field} is not text or a number ({value})"),
        "no_geometry": tr("no geometry"),
        "not_point": tr("geometry is {found}, not a Point"),
        "no_coordinates": tr("the Point has no [longitude, latitude] pair"),
        "text_coordinates": tr("coordinates are text, not numbers ({value})"),
        "bad_coordinates": tr("coordinates are not numbers ({value})"),
        "not_finite": tr("coordinates are not finite numbers ({value})"),
        "swapped": tr("latitude and longitude are swapped ({value})"),
        "out_of_range": tr("coordinates out of range ({value})"),
        "null_island": tr("coordinates are 0, 0 (no GPS fix)"),
        "no_location": tr("the Thing has no Location"),
        "bad_encoding": tr("Location encoding {value} is not GeoJSON"),
        "no_time": tr("no {field}"),
        "bad_time": tr("{field} is not an ISO 8601 time ({value})"),
        "no_zone": tr("{field} has no time zone ({value})"),
        "unset_clock": tr("{field} is before 2000, a clock that was never set ({value})"),
        "bad_list": tr("{field} is not a list ({value})"),
        "future_time": tr("{field} is {minutes} min in the future ({value})"),
        "unknown_value": tr("unknown {field} “{value}” (expected {allowed})"),
        "bad_number": tr("{field} is not a number ({value})"),
        "bad_value": tr("{field} out of range ({value})"),
        "bad_text": tr("{field} is not text ({value})"),
        "duplicate": tr("duplicate of {id}: the newer report (feature {kept}) is kept"),
    }


def format_labels() -> dict[str, str]:
    """The feed formats of core/feed_formats by name, in the user's language (a format missing
    here shows its English label)."""
    return {
        "geojson": tr("PatrolMap GeoJSON feed"),
        "sensorthings": tr("OGC SensorThings API v1.1"),
    }


def feed_error_templates() -> dict[str, str]:
    return {
        "empty": tr("invalid JSON: the answer is empty"),
        "not_utf8": tr("invalid JSON: the answer is not UTF-8 text ({error})"),
        "invalid_json": tr("invalid JSON at line {line}, column {column}: {error}"),
        "not_collection": tr("not a GeoJSON FeatureCollection: the answer begins {found}"),
        "not_sta": tr("not a SensorThings collection (no “value” list): the answer begins {found}"),
    }


def _render(templates: dict[str, str], english: dict[str, str], code: str, args: dict) -> str:
    template = templates.get(code) or english.get(code)
    if template is None:
        return code
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return english[code].format(**args)


def reason_text(rejected: Rejected) -> str:
    """The reason alone, translated ("coordinates are not finite numbers (NaN, 60.1)")."""
    if not rejected.code:
        return rejected.reason
    return _render(reason_templates(), REASONS, rejected.code, rejected.args)


def rejected_text(rejected: Rejected, kind: str = "units") -> str:
    """One line for the log: which record (id, and its position in the feed) and why."""
    reason = reason_text(rejected)
    if rejected.record_id:
        what = tr("unit {id}") if kind == "units" else tr("incident {id}")
        return tr("{what} (feature {index}): {reason}").format(
            what=what.format(id=rejected.record_id), index=rejected.index, reason=reason
        )
    return tr("feature {index}: {reason}").format(index=rejected.index, reason=reason)


def feed_error_text(error: FeedError) -> str:
    return _render(feed_error_templates(), FEED_ERRORS, error.code, error.details)
