"""Import .ics files into a tour: as busy blocks of a person or a site, or as schedule items.

Reading is strict and happens before anything is written: a malformed file ends the
import with one line naming the file and the fault, and all files of one call are
written in one transaction, so an import is all or nothing.

Times: UTC and TZID times are kept as instants; floating times and all-day dates are
read in the tour's zone (a site's own zone for its busy blocks); an all-day event spans
whole local days. Google's X-WR-TIMEZONE is honoured (x-wr-timezone), and recurring
events are expanded within the tour's dates (recurring-ical-events).
"""

from __future__ import annotations

import os
import re
import uuid
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import recurring_ical_events
import x_wr_timezone
from icalendar import Calendar, Component
from sqlalchemy import select

from tourplanner.core import wording
from tourplanner.core.enums import AttendanceScope, ItemKind, ItemStatus
from tourplanner.core.errors import NotFoundError, TourplannerError, ValidationError
from tourplanner.core.model import Attendance, Participant, Site, TourSnapshot
from tourplanner.export.ics import KIND_LABELS, PRODID
from tourplanner.export.ics_text import clean_text
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.services.files import read_input
from tourplanner.services.ics_limits import MAX_EVENTS, runaway_rule, too_much
from tourplanner.services.items import ITEM
from tourplanner.services.participants import BUSY_BLOCK
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm
from tourplanner.store.repository import tour_by_slug

MAX_BYTES = 32 * 1024 * 1024
MAX_UID = 255  # the column's width
MAX_SEQUENCE = 2**31 - 1
MAX_TITLE = 300
MAX_TEXT = 20000
MAX_REASON = 300  # characters of an error's reason, quoted values included
PRODID_PREFIX = PRODID.rsplit("//", 2)[0] + "//"  # "-//Tourplanner//"


class IcsFileError(TourplannerError):
    """A calendar file cannot be read; the message names the file and the fault."""

    def __init__(self, source: str, reason: str) -> None:
        # The reason may quote the file (a UID, a value): one line, and not all of it.
        reason = _short(" ".join(reason.split()), MAX_REASON)
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ImportMode(StrEnum):
    BUSY = "busy"
    ITEMS = "items"


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


@dataclass(frozen=True, slots=True)
class PlannedItem:
    """A schedule item the import creates (or, in a dry run, would create)."""

    event: IcsEvent
    title: str
    kind: ItemKind
    status: ItemStatus
    site: Site | None
    uid: str | None  # the file's UID when it is free, else None: a new one is made
    sequence: int


@dataclass(frozen=True, slots=True)
class PlannedBusy:
    """A busy block the import creates (or would create)."""

    event: IcsEvent
    summary: str


@dataclass(frozen=True)
class IcsImportResult:
    tour: str
    mode: ImportMode
    owner: str | None  # whose busy blocks: a person's or a site's name
    zone: str  # the zone the preview shows times in
    items: tuple[PlannedItem, ...]
    busy_blocks: tuple[PlannedBusy, ...]
    skipped: tuple[str, ...]  # one line per event left out, and why
    files: int
    dry_run: bool


# --- reading ------------------------------------------------------------------------


_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_BEGIN_END = re.compile(r"^(BEGIN|END):(.*)$", re.IGNORECASE)


def _decode(data: bytes, source: str) -> str:
    if len(data) > MAX_BYTES:
        raise IcsFileError(source, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise IcsFileError(
            source, f"line {line}: not UTF-8 text (byte 0x{data[e.start]:02x})"
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
                raise IcsFileError(source, f"line {number}: content outside BEGIN:VCALENDAR")
            continue
        verb, name = found.group(1).upper(), found.group(2).strip().upper()
        if verb == "BEGIN":
            if not stack and (name != "VCALENDAR" or seen_calendar):
                what = "a second VCALENDAR" if seen_calendar else f"BEGIN:{name}"
                raise IcsFileError(source, f"line {number}: expected BEGIN:VCALENDAR, found {what}")
            seen_calendar = True
            stack.append((name, number))
        elif not stack:
            raise IcsFileError(source, f"line {number}: END:{name} without a BEGIN")
        elif stack[-1][0] != name:
            open_name, open_line = stack[-1]
            raise IcsFileError(
                source,
                f"line {number}: END:{name} does not close BEGIN:{open_name} (line {open_line})",
            )
        else:
            stack.pop()
    if not seen_calendar:
        raise IcsFileError(source, "not an iCalendar file (no BEGIN:VCALENDAR)")
    if stack:
        name, line = stack[-1]
        raise IcsFileError(source, f"BEGIN:{name} on line {line} is never closed (file cut short?)")


def _label(component: Component) -> str:
    summary = _short(str(component.get("SUMMARY", "") or "").strip(), 60)
    uid = _short(str(component.get("UID", "") or "").strip(), 80)
    if summary and uid:
        return f"event {summary!r} (UID {uid})"
    if summary or uid:
        return f"event {summary or uid!r}"
    return "an event"


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
                raise IcsFileError(source, f"{_label(event)}: {name} appears more than once")
        start = event.get("DTSTART")
        if start is None:
            raise IcsFileError(source, f"{_label(event)}: no DTSTART")
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            prop = event.get(name)
            if prop is None or not hasattr(prop, "params"):
                continue
            tzid = prop.params.get("TZID")
            value = getattr(prop, "dt", None)
            if tzid and isinstance(value, datetime) and value.tzinfo is None:
                raise IcsFileError(
                    source, f"{_label(event)}: {name}: unknown timezone {str(tzid)!r}"
                )
        # recurring-ical-events quietly swaps a backwards pair; a backwards event is a
        # broken file, and the organiser should hear so.
        end = event.get("DTEND")
        try:
            backwards = end is not None and _as_instant(end.dt, zone) < _as_instant(start.dt, zone)
        except OverflowError:  # year 1 in a zone east of UTC, year 9999 west of it
            raise IcsFileError(source, f"{_label(event)}: a date is out of range") from None
        if backwards:
            raise IcsFileError(source, f"{_label(event)}: DTEND is before DTSTART")


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


def read_ics(
    data: bytes,
    source: str,
    zone: ZoneInfo,
    first_day: date,
    last_day: date,
) -> tuple[list[IcsEvent], list[str]]:
    """The events of one file that overlap ``first_day``..``last_day`` (local days in
    ``zone``), series expanded, and a line for each one left out.

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
            raise IcsFileError(source, _first_line(e)) from None
        if not isinstance(calendar, Calendar):
            raise IcsFileError(source, "not an iCalendar file (no VCALENDAR)")
        _check_components(calendar, source, zone)
        try:
            calendar = x_wr_timezone.to_standard(calendar)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: an overlong name
            name = str(calendar.get("X-WR-TIMEZONE", ""))[:64]
            raise IcsFileError(source, f"X-WR-TIMEZONE: unknown timezone {name!r}") from None
        # Any version of this app: the product part of its PRODID stays the same.
        ours = str(calendar.get("PRODID", "")).strip().startswith(PRODID_PREFIX)
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
            raise IcsFileError(source, f"{_label(occ)}: a date is out of range") from None
        if event is None:
            skipped.append(f"{source}: {_label(occ)}: it has no duration")
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
                        f"more than {MAX_EVENTS} events within the tour's dates (a runaway rule?)",
                    )
        return [o.as_component(query.keep_recurrence_attributes) for o in found]
    except IcsFileError:
        raise
    except Exception as e:  # the library raises many kinds for broken rules
        raise IcsFileError(source, f"cannot expand recurring events: {_first_line(e)}") from None


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
    occ: Component, source: str, zone: ZoneInfo, ours: bool, series: set[str]
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
        raise IcsFileError(source, f"{_label(occ)}: ends before it starts")
    if ends_at == starts_at:
        return None
    uid = str(occ.get("UID", "") or "").strip()
    if uid in series:
        uid = _occurrence_uid(uid, occ.get("RECURRENCE-ID") or occ.get("DTSTART"))
    categories = [str(value) for value in occ.categories]
    return IcsEvent(
        source=source,
        uid=uid,
        summary=clean_text(str(occ.get("SUMMARY", "") or "")).strip(),
        description=clean_text(str(occ.get("DESCRIPTION", "") or "")).strip(),
        location=clean_text(str(occ.get("LOCATION", "") or "")).strip(),
        categories=tuple(categories),
        status=_status(occ),
        transparent=str(occ.get("TRANSP", "")).strip().upper() == "TRANSPARENT",
        sequence=_sequence(occ),
        starts_at=starts_at,
        ends_at=ends_at,
        all_day=all_day,
        from_tourplanner=ours,
    )


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


# --- matching ----------------------------------------------------------------------


def _kind_key(text: str) -> str:
    return re.sub(r"[\s_-]+", "_", text.strip().casefold())


_KINDS = {_kind_key(label): kind for kind, label in KIND_LABELS.items()} | {
    _kind_key(kind.value): kind for kind in ItemKind
}


def kind_of(categories: Sequence[str]) -> ItemKind:
    """The first category that names a kind (Visit, free time, free_time ...), else a
    meeting."""
    for category in categories:
        found = _KINDS.get(_kind_key(category))
        if found is not None:
            return found
    return ItemKind.MEETING


def match_site(location: str, sites: Sequence[Site]) -> Site | None:
    """The site a LOCATION names: its name or local name, alone or followed by more
    (' (local name), address' as exports write it). The longest name wins."""
    text = location.strip().casefold()
    if not text:
        return None
    best: tuple[int, Site] | None = None
    for site in sites:
        for name in (site.name, site.local_name):
            key = name.strip().casefold()
            names_it = bool(key) and (
                text == key or (text.startswith(key) and text[len(key)] in " ,(;")
            )
            if names_it and (best is None or len(key) > best[0]):
                best = (len(key), site)
    return best[1] if best else None


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the service -------------------------------------------------------------------


def _busy_owner(snap: TourSnapshot, spec: str) -> Participant | Site:
    """``KEY``, ``person:KEY`` or ``site:KEY``: the participant or site to mark busy."""
    kind, _, key = spec.partition(":") if ":" in spec else ("", "", spec)
    person = next((p for p in snap.participants if p.key == key), None)
    site = next((s for s in snap.sites if s.key == key), None)
    if kind == "person":
        site = None
    elif kind == "site":
        person = None
    elif kind:
        raise ValidationError(f"busy for {spec!r}: expected KEY, person:KEY or site:KEY")
    if person is not None and site is not None:
        raise ValidationError(
            f"{key!r} is both a participant and a site: say person:{key} or site:{key}"
        )
    found = person or site
    if found is None:
        raise NotFoundError(f"no participant or site with key {key!r} in tour {snap.tour.slug!r}")
    return found


def import_ics_files(
    db: Database,
    tour: str,
    paths: Sequence[str | os.PathLike[str]],
    *,
    busy_for: str | None = None,
    as_items: bool = False,
    dry_run: bool = False,
) -> IcsImportResult:
    """Import the .ics files at ``paths``; see ``import_ics_data``."""
    files = [(str(p), read_input(p)) for p in paths]
    return import_ics_data(db, tour, files, busy_for=busy_for, as_items=as_items, dry_run=dry_run)


def import_ics_data(
    db: Database,
    tour: str,
    files: Sequence[tuple[str, bytes]],
    *,
    busy_for: str | None = None,
    as_items: bool = False,
    dry_run: bool = False,
) -> IcsImportResult:
    """Import calendar files given as (name, bytes): as busy blocks of ``busy_for`` (a
    participant or site key, or ``person:KEY`` / ``site:KEY``), or with ``as_items`` as
    schedule items. All files are read first and written in one transaction; with
    ``dry_run`` nothing is written and the result previews what would be."""
    if (busy_for is None) == (not as_items):
        raise ValidationError("import ics: give either a person or site to mark busy, or as-items")
    if not files:
        raise ValidationError("import ics: no files given")
    snap = load_snapshot(db, tour)
    tour_zone = ZoneInfo(snap.tour.timezone)
    owner = _busy_owner(snap, busy_for) if busy_for is not None else None
    zone = ZoneInfo(owner.timezone) if isinstance(owner, Site) and owner.timezone else tour_zone
    events: list[IcsEvent] = []
    skipped: list[str] = []
    for source, data in files:
        found, left_out = read_ics(data, source, zone, snap.tour.start_date, snap.tour.end_date)
        events.extend(found)
        skipped.extend(left_out)
    if owner is None:
        items = _plan_items(db, snap, events)
        busy: list[PlannedBusy] = []
    else:
        items = []
        busy = _plan_busy(snap, owner, events, skipped)
    if not dry_run:
        _write(db, snap, owner, items, busy)
    owner_name = None
    if isinstance(owner, Participant):
        owner_name = owner.full_name
    elif isinstance(owner, Site):
        owner_name = owner.name
    return IcsImportResult(
        tour=snap.tour.slug,
        mode=ImportMode.ITEMS if owner is None else ImportMode.BUSY,
        owner=owner_name,
        zone=zone.key,
        items=tuple(items),
        busy_blocks=tuple(busy),
        skipped=tuple(skipped),
        files=len(files),
        dry_run=dry_run,
    )


def _plan_busy(
    snap: TourSnapshot, owner: Participant | Site, events: list[IcsEvent], skipped: list[str]
) -> list[PlannedBusy]:
    def key(starts_at: datetime, ends_at: datetime, summary: str) -> tuple[object, ...]:
        return starts_at.astimezone(UTC), ends_at.astimezone(UTC), summary

    is_person = isinstance(owner, Participant)
    # Importing the same calendar again must not pile up copies of the same block.
    existing = {
        key(b.starts_at, b.ends_at, b.summary)
        for b in snap.busy_blocks
        if (b.participant_id if is_person else b.site_id) == owner.id
    }
    planned = []
    for event in events:
        label = f"{event.source}: {event.summary or event.uid!r}"
        # A cancelled or "free" (TRANSP:TRANSPARENT) event does not make anyone busy.
        if event.status is ItemStatus.CANCELLED or event.transparent:
            why = "cancelled" if event.status is ItemStatus.CANCELLED else "marked as free time"
            skipped.append(f"{label}: it is {why}")
            continue
        summary = _short(event.summary or "Busy", MAX_TITLE)
        found = key(event.starts_at, event.ends_at, summary)
        if found in existing:
            skipped.append(f"{label}: the same busy block is already there")
            continue
        existing.add(found)
        planned.append(PlannedBusy(event, summary))
    return planned


def _plan_items(db: Database, snap: TourSnapshot, events: list[IcsEvent]) -> list[PlannedItem]:
    wanted = {e.uid for e in events if e.uid and len(e.uid) <= MAX_UID}
    with transaction(db) as session:
        taken = set(
            session.scalars(select(orm.ScheduleItem.uid).where(orm.ScheduleItem.uid.in_(wanted)))
        ) if wanted else set()  # fmt: skip
    planned = []
    for event in events:
        uid: str | None = event.uid
        if not uid or len(uid) > MAX_UID or uid in taken:
            uid = None
        else:
            taken.add(uid)  # a second event with the same UID gets a new one
        planned.append(
            PlannedItem(
                event=event,
                title=_short(event.summary or "(no title)", MAX_TITLE),
                kind=kind_of(event.categories),
                status=event.status,
                site=match_site(event.location, snap.sites),
                uid=uid,
                sequence=event.sequence,
            )
        )
    return planned


def _write(
    db: Database,
    snap: TourSnapshot,
    owner: Participant | Site | None,
    items: list[PlannedItem],
    busy: list[PlannedBusy],
) -> None:
    with transaction(db) as session:
        tour_id = tour_by_slug(session, snap.tour.slug).id
        now = datetime.now(UTC)
        with session.no_autoflush:
            for plan in items:
                row = orm.ScheduleItem(tour_id=tour_id)
                event = plan.event
                notes = ""
                if event.location and plan.site is None:
                    notes = f"Location: {event.location}"  # kept, though no site matched
                # A Tourplanner export's DESCRIPTION is generated from the item; reading
                # it back would stack briefing text on briefing text.
                description = "" if event.from_tourplanner else event.description
                crud.apply_values(
                    ITEM,
                    session,
                    row,
                    {
                        "kind": plan.kind,
                        "title": plan.title,
                        "site_id": plan.site.id if plan.site is not None else None,
                        "starts_at": event.starts_at,
                        "ends_at": event.ends_at,
                        "status": plan.status,
                        "description": _short(description, MAX_TEXT),
                        "notes": _short(notes, MAX_TEXT),
                        "attendance": (Attendance(AttendanceScope.DELEGATION),),
                    },
                )
                row.uid = plan.uid or str(uuid.uuid4())
                row.sequence = plan.sequence
                row.created_at = row.updated_at = now
                session.add(row)
            for block in busy:
                row = orm.BusyBlock(tour_id=tour_id)
                crud.apply_values(
                    BUSY_BLOCK,
                    session,
                    row,
                    {
                        "participant_id": owner.id if isinstance(owner, Participant) else None,
                        "site_id": owner.id if isinstance(owner, Site) else None,
                        "starts_at": block.event.starts_at,
                        "ends_at": block.event.ends_at,
                        "summary": block.summary,
                    },
                )
                session.add(row)
        session.flush()


# --- the preview --------------------------------------------------------------------


def _item_line(plan: PlannedItem, zone: ZoneInfo) -> str:
    event = plan.event
    when = wording.span(event.starts_at, event.ends_at, zone)
    what = plan.kind.value.replace("_", " ")
    if plan.status is not ItemStatus.CONFIRMED:
        what += f", {plan.status.value}"
    where = f" at {plan.site.name}" if plan.site is not None else ""
    if plan.site is None and event.location:
        where = f" (location {event.location!r} matches no site)"
    uid = "" if plan.uid else "; new UID (the file's is taken)"
    return f"  {when}  {plan.title} [{what}]{where}{uid}"


def preview_lines(result: IcsImportResult) -> list[str]:
    """What an import added, or in a dry run would add, one line each, then what it left
    out and why; times in the tour's zone (a site's own for its busy blocks)."""
    zone = ZoneInfo(result.zone)
    verb = "Would add" if result.dry_run else "Added"
    if result.mode is ImportMode.ITEMS:
        lines = [f"{verb} {len(result.items)} item(s) to {result.tour}:"]
        lines += [_item_line(plan, zone) for plan in result.items]
    else:
        lines = [f"{verb} {len(result.busy_blocks)} busy block(s) for {result.owner}:"]
        lines += [
            f"  {wording.span(b.event.starts_at, b.event.ends_at, zone)}  {b.summary}"
            for b in result.busy_blocks
        ]
    lines += [f"Left out {line}" for line in result.skipped]
    return lines
