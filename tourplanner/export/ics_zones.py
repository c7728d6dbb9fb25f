"""VTIMEZONE components built from zoneinfo's own transitions.

RFC 5545 (3.6.5) gives the onset of a STANDARD or DAYLIGHT observance as a local time
"in force before" the change: Europe/Berlin's spring change at 01:00 UTC is DTSTART
02:00, its autumn change 03:00. icalendar's ``Timezone.from_tzinfo`` walks the wall
clock and writes the first local time *after* a change, which is one hour late for every
spring change (03:00 for Berlin in March, for Sydney in October): a reader that follows
the VTIMEZONE (Outlook, or any client that does not know the TZID) then shows events
in the hour after the change one hour off. So the onsets here are found as instants, in
UTC, and written as UTC plus the offset in force before them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

# The scan's step: no zone changes its offset twice within this time (tzdata's closest
# changes are days apart), so a change found between two probes is exactly one change.
_STEP = timedelta(hours=3)
_SECOND = timedelta(seconds=1)
_LOOK_BACK = timedelta(days=400)  # every DST zone changes at least once a year


@dataclass(frozen=True, slots=True)
class Transition:
    """One change of a zone's rules: at ``instant`` (UTC) the offset goes from
    ``offset_from`` to ``offset_to``, and the zone is then called ``name``."""

    instant: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    dst: timedelta  # zoneinfo's dst() after the change: negative in a few zones

    @property
    def onset(self) -> datetime:
        """The onset as RFC 5545 writes it: local time, in the offset before the change."""
        return (self.instant + self.offset_from).replace(tzinfo=None)


def _state(zone: ZoneInfo, instant: datetime) -> tuple[timedelta, timedelta, str]:
    """The offset, the DST amount and the name of ``zone`` at ``instant``."""
    local = instant.astimezone(zone)
    offset, dst = local.utcoffset(), local.dst()
    assert offset is not None and dst is not None
    return offset, dst, local.tzname() or _offset_name(offset)


def _offset_name(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}{rest:02d}" if rest else f"UTC{sign}{hours:02d}"


def transitions(zone: ZoneInfo, start: datetime, end: datetime) -> Iterator[Transition]:
    """Every change of ``zone``'s offset, DST flag or name after ``start`` and up to
    ``end`` (aware datetimes), found by probing in UTC and then narrowing each change
    down to the second."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    before = start
    state = _state(zone, before)
    while before < end:
        after = min(before + _STEP, end)
        new = _state(zone, after)
        if new != state:
            lo, hi = before, after  # state at lo is the old one, at hi the new one
            while hi - lo > _SECOND:
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if mid <= lo:
                    break
                if _state(zone, mid) == state:
                    lo = mid
                else:
                    hi = mid
            yield Transition(hi, state[0], new[0], new[2], new[1])
            state = new
        before = after


def vtimezone(tzid: str, first: date, last: date) -> Timezone:
    """The VTIMEZONE of IANA zone ``tzid`` that is right from local midnight of
    ``first`` to local midnight of ``last``: an observance for the rules in force at the
    start (from the change that began them), then one STANDARD or DAYLIGHT per kind of
    change, its first onset as DTSTART and the later ones as RDATEs (the way icalendar
    groups them)."""
    zone = ZoneInfo(tzid)
    start = datetime.combine(first, time(), zone)
    end = datetime.combine(last, time(), zone)
    # The rules in force at the start begin with the last change before it (readers take
    # the DST amount from TZOFFSETTO - TZOFFSETFROM: an observance that "changes" from
    # +11 to +11 would make Sydney's January summer time a standard time to them).
    earlier = list(transitions(zone, start - _LOOK_BACK, start))
    if earlier:
        # Not named ``last``: that is the span's last day, written in the COMMENT below.
        previous = earlier[-1]
        first_key = (previous.offset_from, previous.offset_to, previous.name, previous.dst)
        first_onset = previous.onset
    else:  # no change for a year: a zone without DST
        offset, dst, name = _state(zone, start)
        first_key, first_onset = (offset, offset, name, dst), start.replace(tzinfo=None)
    # (offset before, offset after, name, DST amount) -> onsets, in the order met
    groups: dict[tuple[timedelta, timedelta, str, timedelta], list[datetime]] = {
        first_key: [first_onset]
    }
    for change in transitions(zone, start, end):
        key = (change.offset_from, change.offset_to, change.name, change.dst)
        groups.setdefault(key, []).append(change.onset)
    # tzdata gives Dublin's winter and Casablanca's Ramadan a negative DST. Readers
    # (dateutil, Outlook) expect summer time to be the larger offset, so such a zone is
    # written as tzdata's "rearguard" form has it: the lowest offset is standard time.
    negative = any(key[3] < timedelta() for key in groups)
    lowest = min(key[1] for key in groups)
    tz = Timezone()
    tz.add("TZID", tzid)
    tz.add("COMMENT", f"This timezone only works from {first} to {last}.")
    for (offset_from, offset_to, zone_name, amount), onsets in groups.items():
        daylight = amount > timedelta() or (
            negative and amount == timedelta() and offset_to > lowest
        )
        part = TimezoneDaylight() if daylight else TimezoneStandard()
        part.add("DTSTART", onsets[0])
        part.add("TZOFFSETFROM", offset_from)
        part.add("TZOFFSETTO", offset_to)
        part.add("TZNAME", zone_name)
        if len(onsets) > 1:
            part.add("RDATE", onsets[1:])
        tz.add_component(part)
    return tz


@lru_cache(maxsize=64)
def vtimezone_bytes(tzid: str, first: date, last: date) -> bytes:
    """``vtimezone`` serialised, cached: a tour's calendars share a few spans."""
    return vtimezone(tzid, first, last).to_ical()


def whole_months(first: date, last: date) -> tuple[date, date]:
    """``first``..``last`` widened by a day either side (a local date can differ from its
    UTC date) and then out to whole months. Few distinct spans keep VTIMEZONEs cached and
    stable."""
    start = first - timedelta(days=1)
    end = last + timedelta(days=1)
    following = date(end.year + end.month // 12, end.month % 12 + 1, 1)
    return date(start.year, start.month, 1), following
