"""What every .ics the app writes must satisfy, checked on the raw bytes and parsed back."""

from __future__ import annotations

import re

from icalendar import Calendar

_TZID = re.compile(rb";TZID=([^:;]+)[:;]")


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


def assert_conformant(data: bytes, *, method: bool = True) -> Calendar:
    """CRLF everywhere, lines at most 75 octets that each decode as UTF-8 by themselves,
    one VCALENDAR that icalendar parses with no component errors, a VTIMEZONE for every
    TZID, unique UIDs. Returns the parsed calendar."""
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
    defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert used <= defined, f"TZIDs without a VTIMEZONE: {used - defined}"
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids)), "duplicate UIDs"
    for event in calendar.walk("VEVENT"):
        assert (
            event.get("DTSTAMP") is not None
            and event["DTSTAMP"].dt.utcoffset().total_seconds() == 0
        )
        assert event.get("DTSTART") is not None and event.get("DTEND") is not None
    return calendar


def without_dtstamp(data: bytes) -> list[str]:
    """The content lines other than DTSTAMP."""
    return [line for line in unfolded(data) if not line.startswith("DTSTAMP")]
