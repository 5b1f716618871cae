"""Feed formats as data: one module per format a dispatch feed can speak, each registering one
``FeedFormat`` here. The poller, the Live dock and ``patrolmap:fetchunits`` know formats only
through this registry, so a new format is one new module (imported at the end of this file)
and, for its name in the user's language, one line in ``dispatch/messages.format_labels``.

Every answer goes through ``parse_snapshot``: the format's parser, then the one correction for
a server whose clock is wrong (its ``Date`` header), so every format ages positions alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from ..feed import FeedSource, Snapshot, clock_skew_s


@dataclass(frozen=True)
class FeedFormat:
    kind: str  # the value kept in FeedSource.kind and the settings
    label: str  # English name; dispatch/messages.format_labels translates it
    # base URL, poll incidents too? → {"units": URL, "incidents": URL} of what the source serves
    endpoints: Callable[[str, bool], dict[str, str]]
    # a URL given for one snapshot kind (fetchunits' "Units endpoint URL") → the URL to request
    endpoint_url: Callable[[str], str]
    # snapshot kind, pages of the answer, fetched_at (server clock), coordinates, area → Snapshot
    parse: Callable[..., Snapshot]
    # paged formats: the next page's URL of a page, or None (the client follows it)
    next_link: Callable[[bytes], str | None] | None = None
    snapshot_kinds: tuple[str, ...] = ("units",)


FORMATS: dict[str, FeedFormat] = {}


def register(feed_format: FeedFormat) -> FeedFormat:
    FORMATS[feed_format.kind] = feed_format
    return feed_format


def feed_format(kind: str) -> FeedFormat:
    try:
        return FORMATS[kind]
    except KeyError:
        raise ValueError(f"unknown feed format {kind!r} (expected one of {tuple(FORMATS)})") from None


def endpoints(source: FeedSource) -> dict[str, str]:
    """The URL of each snapshot kind a source serves: {"units": …, "incidents": …}."""
    return feed_format(source.kind).endpoints(source.base_url.strip().rstrip("/"), source.incidents)


def parse_snapshot(
    source_kind: str,
    kind: str,
    payload: bytes | str | Sequence[bytes | str],
    fetched_at: datetime,
    coordinates: str = "wgs84",
    area: Sequence[float] | None = None,
    *,
    server_time: datetime | None = None,
) -> Snapshot:
    """One fetched answer (a body, or every page of it) → Snapshot, its times in our clock.

    ``server_time``: the answer's ``Date`` header. A server clock off by more than
    CLOCK_SKEW_TOLERANCE_S would make every unit stale (behind) or every report "in the future"
    (ahead): the records are checked against the server's clock and their times moved into
    ours, so positions age by the server's time; ``Snapshot.clock_skew_s`` says by how much.
    """
    pages = [payload] if isinstance(payload, (bytes, bytearray, str)) else list(payload)
    skew = clock_skew_s(server_time, fetched_at)
    snapshot = feed_format(source_kind).parse(
        kind, pages, fetched_at + timedelta(seconds=skew), coordinates, area
    )
    if skew:
        shift = timedelta(seconds=skew)
        snapshot.records = [_shifted(record, shift) for record in snapshot.records]
        snapshot.fetched_at = fetched_at
        snapshot.clock_skew_s = skew
    return snapshot


def _shifted(record, shift: timedelta):
    if hasattr(record, "updated_at"):
        return replace(record, updated_at=record.updated_at - shift)
    if record.reported_at is None:
        return record
    return replace(record, reported_at=record.reported_at - shift)


# The formats, in the order the dock and fetchunits list them (fetchunits' FORMAT enum index).
from . import geojson, sensorthings  # noqa: E402, F401 - each registers itself
