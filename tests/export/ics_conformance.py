"""What every .ics the app writes must satisfy, checked on the raw bytes and parsed back."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

from icalendar import Calendar, Timezone
from icalendar.timezone import tzp

from tourplanner.core.model import TourSnapshot
from tourplanner.core.timeutil import item_zone

_TZID = re.compile(rb";TZID=([^:;]+)[:;]")
_TIME_LINE = re.compile(r"^(DTSTART|DTEND)(;[^:]*)?:(.*)$")
_PROBE = timedelta(hours=1)


def physical_lines(data: bytes) -> list[bytes]:
    """The file's physical lines, without their CRLF (the file must end in one)."""
    assert data.endswith(b"\r\n"), "the file does not end in CRLF"
    return data[:-2].split(b"\r\n")


def unfolded(data: bytes) -> list[str]:
    """Content lines with folding undone, as text."""
    out: list[str] = []
    for line in physical_lines(data):
        text = line.decode("utf-8")
        if text.startswith((" ", "\t")):
            out[-1] += text[1:]
        else:
            out.append(text)
    return out


def assert_conformant(
    data: bytes, *, method: bool = True, snapshot: TourSnapshot | None = None
) -> Calendar:
    """CRLF everywhere, lines at most 75 octets that each decode as UTF-8 by themselves,
    one VCALENDAR that icalendar parses with no component errors, exactly one VTIMEZONE
    for every TZID used and none unused, each VTIMEZONE agreeing with zoneinfo (see
    ``assert_vtimezone_matches_zoneinfo``), unique UIDs. With ``snapshot``, also every
    event in its site's zone at the item's instants (``assert_events_in_their_zones``).
    Returns the parsed calendar."""
    for number, line in enumerate(physical_lines(data), start=1):
        assert b"\r" not in line and b"\n" not in line, f"line {number}: a bare CR or LF"
        assert len(line) <= 75, f"line {number} is {len(line)} octets: {line!r}"
        line.decode("utf-8")  # a fold must never split a character
    calendar = Calendar.from_ical(data)
    assert calendar.name == "VCALENDAR"
    for component in calendar.walk():
        assert component.errors == [], (component.name, component.errors)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).strip()
    if method:
        assert str(calendar["METHOD"]) == "PUBLISH"
    else:
        assert "METHOD" not in calendar
    used = {m.group(1).decode() for m in _TZID.finditer("\r\n".join(unfolded(data)).encode())}
    zones = calendar.walk("VTIMEZONE")
    defined = [str(tz["TZID"]) for tz in zones]
    assert len(defined) == len(set(defined)), f"a TZID with two VTIMEZONEs: {defined}"
    assert used <= set(defined), f"TZIDs without a VTIMEZONE: {used - set(defined)}"
    assert set(defined) <= used, f"VTIMEZONEs no event uses: {set(defined) - used}"
    for event in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            value = event.get(name)
            if value is not None and "TZID" in value.params:
                assert value.params["TZID"] in defined, (name, value.params["TZID"], defined)
    times = [event[name].dt for event in calendar.walk("VEVENT") for name in ("DTSTART", "DTEND")]
    times = [t for t in times if isinstance(t, datetime)]
    for tz in zones:
        assert_vtimezone_matches_zoneinfo(tz, min(times, default=None), max(times, default=None))
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids)), "duplicate UIDs"
    for event in calendar.walk("VEVENT"):
        assert (
            event.get("DTSTAMP") is not None
            and event["DTSTAMP"].dt.utcoffset().total_seconds() == 0
        )
        assert event.get("DTSTART") is not None and event.get("DTEND") is not None
    if snapshot is not None:
        assert_events_in_their_zones(data, calendar, snapshot)
    return calendar


def assert_vtimezone_matches_zoneinfo(
    tz: Timezone, since: datetime | None, until: datetime | None
) -> None:
    """A VTIMEZONE named after an IANA zone says what zoneinfo says: every onset is a
    real change of zoneinfo's offset, written as RFC 5545 wants, in the local time in
    force before the change (02:00, not 03:00, for Berlin's spring change); and read
    through the VTIMEZONE alone (not looked up by its TZID), the offset is zoneinfo's
    every hour from a day before ``since`` to a day after ``until`` (the calendar's
    first and last event times)."""
    tzid = str(tz["TZID"])
    if tzid not in _iana_names():
        return
    zone = ZoneInfo(tzid)
    times, _info = tz.get_transitions()  # onsets in UTC (DTSTART/RDATE - TZOFFSETFROM)
    for part in tz.subcomponents:
        onsets = [part["DTSTART"].dt]
        rdates = part.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            onsets += [leaf.dt for leaf in rdate.dts]
        before, after = part["TZOFFSETFROM"].td, part["TZOFFSETTO"].td
        for local in onsets:
            instant = (local - before).replace(tzinfo=UTC)
            if before == after:
                continue  # the rules in force when the VTIMEZONE starts
            was = (instant - timedelta(seconds=1)).astimezone(zone).utcoffset()
            now = instant.astimezone(zone).utcoffset()
            assert (was, now) == (before, after), (
                f"{tzid}: onset {local} (in force before: {before}) is no change of zoneinfo "
                f"from {before} to {after}; zoneinfo has {was} -> {now} at {instant}"
            )
    if since is None or until is None or not times:
        return
    parsed = tz.to_tz(tzp, lookup_tzid=False)
    # Not before a day after the first onset: before it the VTIMEZONE says nothing, and
    # a reader's guess for that time is no fault of the file.
    probe = max(
        min(times).replace(tzinfo=UTC) + timedelta(days=1),
        since.astimezone(UTC).replace(minute=0, second=0) - timedelta(days=1),
    )
    end = until.astimezone(UTC) + timedelta(days=1)
    while probe <= end:
        ours, theirs = probe.astimezone(parsed).utcoffset(), probe.astimezone(zone).utcoffset()
        assert ours == theirs, f"{tzid} at {probe}: the VTIMEZONE gives {ours}, zoneinfo {theirs}"
        probe += _PROBE


def _iana_names() -> set[str]:
    global _IANA
    if _IANA is None:
        _IANA = available_timezones()
    return _IANA


_IANA: set[str] | None = None


def assert_events_in_their_zones(data: bytes, calendar: Calendar, snapshot: TourSnapshot) -> None:
    """Every event of ``snapshot``'s items is written in its own site's zone (the tour's
    for an item without a site's zone) at the item's instants: the TZID of the raw
    DTSTART and DTEND lines is the zone's name (no TZID and a Z for UTC), and the parsed
    times are the item's."""
    items = {it.uid: it for it in snapshot.items}
    raw: dict[str, dict[str, str]] = {}
    uid = None
    for line in unfolded(data):
        if line.startswith("UID:"):
            uid = line[4:]
        match = _TIME_LINE.match(line)
        if match and uid is not None:
            raw.setdefault(uid, {})[match.group(1)] = line
        if line == "END:VEVENT":
            uid = None
    for event in calendar.walk("VEVENT"):
        key = str(event["UID"])
        item = items[key]
        zone = item_zone(snapshot, item).key
        for name, instant in (("DTSTART", item.starts_at), ("DTEND", item.ends_at)):
            line = raw[key][name]
            local = instant.astimezone(ZoneInfo(zone))
            if zone == "UTC":
                expected = f"{name}:{local:%Y%m%dT%H%M%S}Z"
            else:
                expected = f"{name};TZID={zone}:{local:%Y%m%dT%H%M%S}"
            assert line == expected, f"{item.title!r}: {line!r}, expected {expected!r}"
            value = event[name]
            assert value.params.get("TZID", "UTC") == zone, (item.title, name, value.params)
            assert value.dt == instant, (item.title, name, value.dt, instant)


def without_dtstamp(data: bytes) -> list[str]:
    """The content lines other than DTSTAMP."""
    return [line for line in unfolded(data) if not line.startswith("DTSTAMP")]
