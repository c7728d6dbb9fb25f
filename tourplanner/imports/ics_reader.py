"""Read iCalendar files into plain events: the reading half of the .ics import.

Bytes in, ``IcsEvent`` values out (no database): the file is decoded, its structure and
size checked before parsing (ics_limits), series expanded within the tour's dates, and
every fault ends in one line naming the file (``IcsFileError``). services/ics_import.py
decides what the events become.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import recurring_ical_events
import x_wr_timezone
from icalendar import Calendar, Component

from tourplanner.core.enums import ItemStatus
from tourplanner.core.errors import TourplannerError, first_line
from tourplanner.core.i18n import Context
from tourplanner.imports.ics_limits import MAX_EVENTS, runaway_rule, too_much

Errors = Context("Errors")  # the catalogue context of messages people read

MAX_BYTES = 32 * 1024 * 1024
MAX_SEQUENCE = 2**31 - 1
MAX_REASON = 300  # characters of an error's reason, quoted values included


class IcsFileError(TourplannerError):
    """A calendar file cannot be read; the message names the file and the fault."""

    def __init__(self, source: str, reason: str) -> None:
        # The reason may quote the file (a UID, a value): one line, and not all of it.
        reason = shorten(" ".join(reason.split()), MAX_REASON)
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


@dataclass(frozen=True, slots=True)
class IcsEvent:
    """One occurrence read from a file, its times as UTC instants."""

    source: str
    uid: str  # the VEVENT's UID; for an occurrence of a series, UID/RECURRENCE-ID
    summary: str
    description: str
    location: str
    categories: tuple[str, ...]
    status: ItemStatus
    transparent: bool
    sequence: int
    starts_at: datetime
    ends_at: datetime
    all_day: bool
    from_tourplanner: bool  # written by this app: its DESCRIPTION is generated text


_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_BEGIN_END = re.compile(r"^(BEGIN|END):(.*)$", re.IGNORECASE)


def _decode(data: bytes, source: str) -> str:
    if len(data) > MAX_BYTES:
        raise IcsFileError(
            source, Errors.tr("larger than {size} MB").format(size=MAX_BYTES // (1024 * 1024))
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise IcsFileError(
            source,
            Errors.tr("line {line}: not UTF-8 text (byte 0x{byte:02x})").format(
                line=line, byte=data[e.start]
            ),
        ) from None


def _check_structure(text: str, source: str) -> None:
    """BEGIN and END must pair up around one VCALENDAR; icalendar silently accepts a
    mismatched END, which would hide a truncated or spliced file."""
    stack: list[tuple[str, int]] = []
    seen_calendar = False
    number = 0
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if not line.strip() or line[0] in " \t":
            continue
        found = _BEGIN_END.match(line.strip())
        if found is None:
            if not stack:
                raise IcsFileError(
                    source,
                    Errors.tr("line {number}: content outside BEGIN:VCALENDAR").format(
                        number=number
                    ),
                )
            continue
        verb, name = found.group(1).upper(), found.group(2).strip().upper()
        if verb == "BEGIN":
            if not stack and (name != "VCALENDAR" or seen_calendar):
                what = Errors.tr("a second VCALENDAR") if seen_calendar else f"BEGIN:{name}"
                raise IcsFileError(
                    source,
                    Errors.tr("line {number}: expected BEGIN:VCALENDAR, found {what}").format(
                        number=number, what=what
                    ),
                )
            seen_calendar = True
            stack.append((name, number))
        elif not stack:
            raise IcsFileError(
                source,
                Errors.tr("line {number}: END:{name} without a BEGIN").format(
                    number=number, name=name
                ),
            )
        elif stack[-1][0] != name:
            open_name, open_line = stack[-1]
            raise IcsFileError(
                source,
                Errors.tr(
                    "line {number}: END:{name} does not close BEGIN:{open_name} (line {open_line})"
                ).format(number=number, name=name, open_name=open_name, open_line=open_line),
            )
        else:
            stack.pop()
    if not seen_calendar:
        raise IcsFileError(source, Errors.tr("not an iCalendar file (no BEGIN:VCALENDAR)"))
    if stack:
        name, line = stack[-1]
        raise IcsFileError(
            source,
            Errors.tr("BEGIN:{name} on line {line} is never closed (file cut short?)").format(
                name=name, line=line
            ),
        )


def _label(component: Component) -> str:
    summary = shorten(str(component.get("SUMMARY", "") or "").strip(), 60)
    uid = shorten(str(component.get("UID", "") or "").strip(), 80)
    if summary and uid:
        return Errors.tr("event {summary!r} (UID {uid})").format(summary=summary, uid=uid)
    if summary or uid:
        return Errors.tr("event {summary!r}").format(summary=summary or uid)
    return Errors.tr("an event")


def _check_components(calendar: Calendar, source: str, zone: ZoneInfo) -> None:
    for component in calendar.walk():
        if component.errors:
            prop, reason = component.errors[0]
            where = _label(component) if component.name == "VEVENT" else component.name
            detail = f"{prop}: {reason}" if prop else str(reason)
            raise IcsFileError(source, f"{where}: {detail}")
    for event in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "UID", "SUMMARY"):
            if isinstance(event.get(name), list):
                raise IcsFileError(
                    source,
                    Errors.tr("{event}: {name} appears more than once").format(
                        event=_label(event), name=name
                    ),
                )
        start = event.get("DTSTART")
        if start is None:
            raise IcsFileError(source, Errors.tr("{event}: no DTSTART").format(event=_label(event)))
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            prop = event.get(name)
            if prop is None or not hasattr(prop, "params"):
                continue
            tzid = prop.params.get("TZID")
            value = getattr(prop, "dt", None)
            if tzid and isinstance(value, datetime) and value.tzinfo is None:
                raise IcsFileError(
                    source,
                    Errors.tr("{event}: {name}: unknown timezone {tzid!r}").format(
                        event=_label(event), name=name, tzid=str(tzid)
                    ),
                )
        # recurring-ical-events quietly swaps a backwards pair; a backwards event is a
        # broken file, and the organiser should hear so.
        end = event.get("DTEND")
        try:
            backwards = end is not None and _as_instant(end.dt, zone) < _as_instant(start.dt, zone)
        except OverflowError:  # year 1 in a zone east of UTC, year 9999 west of it
            raise IcsFileError(
                source, Errors.tr("{event}: a date is out of range").format(event=_label(event))
            ) from None
        if backwards:
            raise IcsFileError(
                source, Errors.tr("{event}: DTEND is before DTSTART").format(event=_label(event))
            )


def _as_instant(value: date | datetime, zone: ZoneInfo) -> datetime:
    """A DATE is the start of that local day; a floating time is read in ``zone``."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0))
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def _status(component: Component) -> ItemStatus:
    text = str(component.get("STATUS", "") or "").strip().upper()
    return {"TENTATIVE": ItemStatus.TENTATIVE, "CANCELLED": ItemStatus.CANCELLED}.get(
        text, ItemStatus.CONFIRMED
    )


def _sequence(component: Component) -> int:
    value = component.get("SEQUENCE")
    try:
        number = int(value) if value is not None else 0
    except (TypeError, ValueError):
        return 0
    return min(max(number, 0), MAX_SEQUENCE)


def _occurrence_uid(uid: str, recurrence: Any) -> str:
    stamp = getattr(recurrence, "dt", None)
    if isinstance(stamp, datetime):
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(UTC)
        suffix = stamp.strftime("%Y%m%dT%H%M%S") + ("Z" if stamp.tzinfo is not None else "")
    elif isinstance(stamp, date):
        suffix = stamp.strftime("%Y%m%d")
    else:
        suffix = ""
    return f"{uid}/{suffix}" if suffix else uid


def read_calendar(
    data: bytes,
    source: str,
    zone: ZoneInfo,
    first_day: date,
    last_day: date,
    *,
    own_prodid_prefix: str,
) -> tuple[list[IcsEvent], list[str]]:
    """The events of one file that overlap ``first_day``..``last_day`` (local days in
    ``zone``), series expanded, and a line for each one left out. Texts are as the file
    has them (stripped); an event is ``from_tourplanner`` when the file's PRODID starts
    with ``own_prodid_prefix``.

    Raises IcsFileError (one line: the file and the fault) for anything malformed.
    """
    text = _decode(data, source)
    reason = too_much(data)  # counted on the bytes: parsing a runaway file takes minutes
    if reason is not None:
        raise IcsFileError(source, reason)
    _check_structure(text, source)
    with warnings.catch_warnings():
        # icalendar warns when it guesses a vendor-prefixed TZID; the guess is fine.
        warnings.simplefilter("ignore")
        try:
            calendar = Calendar.from_ical(text)
        except ValueError as e:
            raise IcsFileError(source, first_line(e)) from None
        if not isinstance(calendar, Calendar):
            raise IcsFileError(source, Errors.tr("not an iCalendar file (no VCALENDAR)"))
        _check_components(calendar, source, zone)
        try:
            calendar = x_wr_timezone.to_standard(calendar)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: an overlong name
            name = str(calendar.get("X-WR-TIMEZONE", ""))[:64]
            raise IcsFileError(
                source, Errors.tr("X-WR-TIMEZONE: unknown timezone {name!r}").format(name=name)
            ) from None
        # Any version of this app: the product part of its PRODID stays the same.
        ours = str(calendar.get("PRODID", "")).strip().startswith(own_prodid_prefix)
        series = _series_uids(calendar)
        window_start = datetime.combine(first_day, time(0), zone).astimezone(UTC)
        window_end = datetime.combine(last_day + timedelta(days=1), time(0), zone).astimezone(UTC)
        _check_rules(calendar, source, (last_day - first_day).days + 6)
        occurrences = _expand(calendar, source, first_day, last_day)
    events: list[IcsEvent] = []
    skipped: list[str] = []
    for occ in occurrences:
        try:
            event = _event(occ, source, zone, ours, series)
        except OverflowError:
            raise IcsFileError(
                source, Errors.tr("{event}: a date is out of range").format(event=_label(occ))
            ) from None
        if event is None:
            skipped.append(
                Errors.tr("{source}: {event}: it has no duration").format(
                    source=source, event=_label(occ)
                )
            )
        elif event.ends_at <= window_start or event.starts_at >= window_end:
            continue  # outside the tour: the window given to the library was wider
        else:
            events.append(event)
    events.sort(key=lambda e: (e.starts_at, e.uid))
    return events, skipped


def _expand(calendar: Calendar, source: str, first_day: date, last_day: date) -> list[Component]:
    """The occurrences around the tour's dates, series by series; the expansion stops
    at MAX_EVENTS + 1, whatever the rules (or a rule the estimate missed) would make."""
    found = []
    try:
        query = recurring_ical_events.of(calendar)
        start = query.to_datetime(first_day - timedelta(days=2))
        stop = query.to_datetime(last_day + timedelta(days=3))
        for series in query.series:
            for occurrence in series.between(start, stop):
                found.append(occurrence)
                if len(found) > MAX_EVENTS:
                    raise IcsFileError(
                        source,
                        Errors.tr(
                            "more than {limit} events within the tour's dates (a runaway rule?)"
                        ).format(limit=MAX_EVENTS),
                    )
        return [o.as_component(query.keep_recurrence_attributes) for o in found]
    except IcsFileError:
        raise
    except Exception as e:  # the library raises many kinds for broken rules
        raise IcsFileError(
            source,
            Errors.tr("cannot expand recurring events: {reason}").format(reason=first_line(e)),
        ) from None


def _check_rules(calendar: Calendar, source: str, days: int) -> None:
    """Refuse rules that cannot advance or would run away (see ``runaway_rule``) before
    anything is expanded: the expansion itself would take minutes."""
    for event in calendar.walk("VEVENT"):
        rules = event.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            reason = runaway_rule(rule, days) if hasattr(rule, "get") else None
            if reason is not None:
                raise IcsFileError(source, f"{_label(event)}: {reason}")


def _series_uids(calendar: Calendar) -> set[str]:
    """UIDs that make a series (a rule, extra dates, or overridden occurrences): each
    occurrence becomes an item of its own and needs a UID of its own."""
    counts: dict[str, int] = {}
    series: set[str] = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        counts[uid] = counts.get(uid, 0) + 1
        if "RRULE" in event or "RDATE" in event or "RECURRENCE-ID" in event:
            series.add(uid)
    return series | {uid for uid, n in counts.items() if n > 1}


def _event(
    # Any, not Component: icalendar types a property as the union of every value type,
    # and what this reads (.dt, .categories) is checked by the calls below.
    occ: Any,
    source: str,
    zone: ZoneInfo,
    ours: bool,
    series: set[str],
) -> IcsEvent | None:
    start_value = occ["DTSTART"].dt
    end_prop = occ.get("DTEND")
    all_day = not isinstance(start_value, datetime)
    starts_at = _as_instant(start_value, zone)
    if end_prop is not None:
        ends_at = _as_instant(end_prop.dt, zone)
    elif occ.get("DURATION") is not None:
        ends_at = starts_at + occ["DURATION"].dt
    elif all_day:
        ends_at = _as_instant(start_value + timedelta(days=1), zone)
    else:
        ends_at = starts_at
    if ends_at < starts_at:
        raise IcsFileError(
            source, Errors.tr("{event}: ends before it starts").format(event=_label(occ))
        )
    if ends_at == starts_at:
        return None
    uid = str(occ.get("UID", "") or "").strip()
    if uid in series:
        uid = _occurrence_uid(uid, occ.get("RECURRENCE-ID") or occ.get("DTSTART"))
    categories = [str(value) for value in occ.categories]
    return IcsEvent(
        source=source,
        uid=uid,
        summary=str(occ.get("SUMMARY", "") or "").strip(),
        description=str(occ.get("DESCRIPTION", "") or "").strip(),
        location=str(occ.get("LOCATION", "") or "").strip(),
        categories=tuple(categories),
        status=_status(occ),
        transparent=str(occ.get("TRANSP", "")).strip().upper() == "TRANSPARENT",
        sequence=_sequence(occ),
        starts_at=starts_at,
        ends_at=ends_at,
        all_day=all_day,
        from_tourplanner=ours,
    )


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
