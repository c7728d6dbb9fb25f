"""A calendar event's content as CalDAV sync compares it: a hash that ignores DTSTAMP, and
the few facts that tell whose version of an event is whose."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from hashlib import sha256
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar

_DTSTAMP = re.compile(rb"^DTSTAMP[;:]", re.IGNORECASE)
_SEQUENCE = re.compile(rb"\r\nSEQUENCE:\d+\r\n")


def content_hash(resource: bytes) -> str:
    """SHA-256 of a resource without its DTSTAMP (which is "now" on every export), after
    unfolding, so the same event always hashes the same."""
    unfolded = resource.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    kept = [line for line in unfolded.split(b"\r\n") if not _DTSTAMP.match(line)]
    return sha256(b"\r\n".join(kept)).hexdigest()


def with_sequence(resource: bytes, sequence: int) -> bytes:
    """``resource`` (one event, as ``export.ics`` writes it) carrying SEQUENCE ``sequence``.

    A CalDAV calendar may need a higher SEQUENCE than the item's own: a write must carry one
    above what the server holds, and a host's calendar app raises it when they edit."""
    new, count = _SEQUENCE.subn(b"\r\nSEQUENCE:%d\r\n" % sequence, resource)
    if count != 1:
        raise ValueError(f"expected one SEQUENCE line in an event resource, found {count}")
    return new


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What matters about an event when telling whose version is whose."""

    uid: str
    sequence: int
    start: datetime | date | None
    end: datetime | date | None
    status: str
    summary: str


def _instant(value: Any, zone: ZoneInfo) -> datetime | date | None:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating time: read it in the tour's zone
            value = value.replace(tzinfo=zone)
        instant: datetime = value.astimezone(UTC)
        return instant
    return value if isinstance(value, date) else None


def event_facts(data: bytes, zone: ZoneInfo) -> EventFacts | None:
    """The first VEVENT's facts, or None when the data is not a readable event."""
    try:
        calendar = Calendar.from_ical(data)
        event = next(iter(calendar.walk("VEVENT")), None)
        if event is None:
            return None
        start = event.get("DTSTART")
        try:
            # mypy: walk() is typed as giving Components; a VEVENT is an Event, with .end.
            end: Any = event.end  # type: ignore[attr-defined]
        except (KeyError, ValueError, TypeError):
            end = None
        return EventFacts(
            uid=str(event.get("UID", "")),
            sequence=int(event.get("SEQUENCE", 0)),
            start=_instant(start.dt if start is not None else None, zone),
            end=_instant(end, zone),
            status=str(event.get("STATUS", "CONFIRMED")).upper(),
            summary=str(event.get("SUMMARY", "")),
        )
    except (ValueError, TypeError, KeyError):
        return None
