"""How much a calendar file may hold, counted on its bytes before icalendar parses it.

icalendar builds several objects per content line, at about two seconds and 50 MB per
10,000 events on the machines we measure on; a file of 100,000 events took 24 s and
0.93 GB before the import refused it after the fact. Counting lines that begin a
component, and content lines (a folded line continues the one before it), takes a tenth
of a second on such a file, so a runaway file is refused before the parse begins. The
limits are far above a tour's calendar, or a person's year: a busy diary holds a few
thousand events a year.
"""

from __future__ import annotations

import re
from typing import Any

from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

MAX_FILE_EVENTS = 20_000  # VEVENT components in one file, before any rule is expanded
MAX_COMPONENTS = 50_000  # every component: events, alarms, time zones and their rules
MAX_CONTENT_LINES = 400_000  # about 20 per event at the event limit
MAX_EVENTS = 20_000  # occurrences within the tour's dates: more is a runaway rule, not a plan

_BEGIN = re.compile(rb"(?:^|[\r\n])BEGIN:", re.IGNORECASE)
_BEGIN_EVENT = re.compile(rb"(?:^|[\r\n])BEGIN:VEVENT\b", re.IGNORECASE)


def content_lines(data: bytes) -> int:
    """The number of unfolded content lines (a line starting with a blank continues the
    one before it), for LF, CRLF and CR line ends alike."""
    breaks = max(data.count(b"\n"), data.count(b"\r"))
    folded = max(
        data.count(b"\n ") + data.count(b"\n\t"),
        data.count(b"\r ") + data.count(b"\r\t"),
    )
    return breaks - folded + 1


def too_much(data: bytes) -> str | None:
    """Why the calendar in ``data`` is too big to parse (one line), or None."""
    if _count(_BEGIN_EVENT, data, MAX_FILE_EVENTS) > MAX_FILE_EVENTS:
        return Errors.tr(
            "more than {limit:,} events in the file; export only the weeks of the tour and "
            "import that"
        ).format(limit=MAX_FILE_EVENTS)
    if _count(_BEGIN, data, MAX_COMPONENTS) > MAX_COMPONENTS:
        return Errors.tr(
            "more than {limit:,} components (events, alarms, time zones) in the file"
        ).format(limit=MAX_COMPONENTS)
    lines = content_lines(data)
    if lines > MAX_CONTENT_LINES:
        return Errors.tr(
            "{lines:,} lines (at most {limit:,}): a calendar this long is no tour's"
        ).format(lines=lines, limit=MAX_CONTENT_LINES)
    return None


def _count(pattern: re.Pattern[bytes], data: bytes, limit: int) -> int:
    """Matches of ``pattern``, counting no further than ``limit + 1``."""
    found = 0
    for _ in pattern.finditer(data):
        found += 1
        if found > limit:
            break
    return found


_PERIOD_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400}
# For each frequency, the BYxxx parts that can multiply its occurrences within a day.
_FINER = {
    "SECONDLY": (),
    "MINUTELY": ("BYSECOND",),
    "HOURLY": ("BYMINUTE", "BYSECOND"),
}
_COARSE = ("BYHOUR", "BYMINUTE", "BYSECOND")


def runaway_rule(rule: Any, days: int) -> str | None:
    """Why an RRULE (icalendar's vRecur) must not be expanded, or None: it cannot advance
    (INTERVAL=0 would expand for ever), or it would make more than MAX_EVENTS events in
    ``days`` days (every second, say). The expansion stops at MAX_EVENTS too; this says
    so before it begins, which can take minutes."""
    try:
        interval = int((rule.get("INTERVAL") or [1])[0])
    except (TypeError, ValueError, OverflowError):
        interval = 0
    if interval < 1:
        return Errors.tr("RRULE: INTERVAL must be a whole number >= 1")
    freq = str((rule.get("FREQ") or [""])[0]).upper()
    per_day = max(1.0, 86400 / (_PERIOD_SECONDS.get(freq, 86400) * interval))
    for part in _FINER.get(freq, _COARSE):
        per_day *= max(1, len(rule.get(part) or []))
    if per_day * days > MAX_EVENTS:
        return Errors.tr(
            "RRULE repeats about {times} times a day, more than {limit} events within the "
            "tour's dates (a runaway rule?)"
        ).format(times=int(per_day), limit=MAX_EVENTS)
    return None
