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
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select

from tourplanner.core import wording
from tourplanner.core.enums import AttendanceScope, ItemKind, ItemStatus
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import Attendance, Participant, Site, TourSnapshot
from tourplanner.export.ics import KIND_LABELS, PRODID
from tourplanner.export.ics_text import clean_text
from tourplanner.imports.files import read_input
from tourplanner.imports.ics_reader import IcsEvent, read_calendar, shorten
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.services.items import ITEM
from tourplanner.services.participants import BUSY_BLOCK
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise

MAX_UID = 255  # the column's width
MAX_TITLE = 300
MAX_TEXT = 20000
PRODID_PREFIX = PRODID.rsplit("//", 2)[0] + "//"  # "-//Tourplanner//"


class ImportMode(StrEnum):
    BUSY = "busy"
    ITEMS = "items"


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


# --- reading (imports/ics_reader.py), with the texts made fit to store ---------------


def read_ics(
    data: bytes,
    source: str,
    zone: ZoneInfo,
    first_day: date,
    last_day: date,
) -> tuple[list[IcsEvent], list[str]]:
    """The events of one file that overlap ``first_day``..``last_day`` (local days in
    ``zone``), series expanded, and a line for each one left out; texts with line breaks
    made LF and control characters dropped.

    Raises IcsFileError (one line: the file and the fault) for anything malformed.
    """
    events, skipped = read_calendar(
        data, source, zone, first_day, last_day, own_prodid_prefix=PRODID_PREFIX
    )
    return [_cleaned(e) for e in events], skipped


def _cleaned(event: IcsEvent) -> IcsEvent:
    return replace(
        event,
        summary=clean_text(event.summary).strip(),
        description=clean_text(event.description).strip(),
        location=clean_text(event.location).strip(),
    )


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
        raise ValidationError(
            Errors.tr("busy for {spec}: expected KEY, person:KEY or site:KEY").format(
                spec=repr(spec)
            )
        )
    if person is not None and site is not None:
        raise ValidationError(
            Errors.tr(
                "{key} is both a participant and a site: say person:{bare} or site:{bare}"
            ).format(key=repr(key), bare=key)
        )
    found = person or site
    if found is None:
        raise NotFoundError(
            Errors.tr("no participant or site with key {key} in tour {slug}").format(
                key=repr(key), slug=repr(snap.tour.slug)
            )
        )
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
        raise ValidationError(
            Errors.tr("import ics: give either a person or site to mark busy, or as-items")
        )
    if not files:
        raise ValidationError(Errors.tr("import ics: no files given"))
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
            skipped.append(
                Errors.tr("{label}: it is cancelled").format(label=label)
                if event.status is ItemStatus.CANCELLED
                else Errors.tr("{label}: it is marked as free time").format(label=label)
            )
            continue
        summary = shorten(event.summary or "Busy", MAX_TITLE)
        found = key(event.starts_at, event.ends_at, summary)
        if found in existing:
            skipped.append(
                Errors.tr("{label}: the same busy block is already there").format(label=label)
            )
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
                title=shorten(event.summary or "(no title)", MAX_TITLE),
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
                        "description": shorten(description, MAX_TEXT),
                        "notes": shorten(notes, MAX_TEXT),
                        "attendance": (Attendance(AttendanceScope.DELEGATION),),
                    },
                )
                row.uid = plan.uid or str(uuid.uuid4())
                row.sequence = plan.sequence
                row.created_at = row.updated_at = now
                session.add(row)
            for block in busy:
                block_row = orm.BusyBlock(tour_id=tour_id)
                crud.apply_values(
                    BUSY_BLOCK,
                    session,
                    block_row,
                    {
                        "participant_id": owner.id if isinstance(owner, Participant) else None,
                        "site_id": owner.id if isinstance(owner, Site) else None,
                        "starts_at": block.event.starts_at,
                        "ends_at": block.event.ends_at,
                        "summary": block.summary,
                    },
                )
                session.add(block_row)
        session.flush()


# --- the preview --------------------------------------------------------------------


def _item_line(plan: PlannedItem, zone: ZoneInfo) -> str:
    event = plan.event
    when = wording.span(event.starts_at, event.ends_at, zone)
    what = plan.kind.value.replace("_", " ")
    if plan.status is not ItemStatus.CONFIRMED:
        what += f", {plan.status.value}"
    if plan.site is not None:
        line = Errors.tr("{title} [{what}] at {site}")
    elif event.location:
        line = Errors.tr("{title} [{what}] (location {location} matches no site)")
    else:
        line = Errors.tr("{title} [{what}]")
    if not plan.uid:
        line = Errors.tr("{line}; new UID (the file's is taken)").format(line=line)
    shown = line.format(
        title=plan.title,
        what=what,
        site=plan.site.name if plan.site is not None else "",
        location=repr(event.location),
    )
    return f"  {when}  {shown}"


def preview_lines(result: IcsImportResult) -> list[str]:
    """What an import added, or in a dry run would add, one line each, then what it left
    out and why; times in the tour's zone (a site's own for its busy blocks)."""
    zone = ZoneInfo(result.zone)
    if result.mode is ImportMode.ITEMS:
        added = (
            Errors.tr("Would add {count} item(s) to {tour}:")
            if result.dry_run
            else Errors.tr("Added {count} item(s) to {tour}:")
        )
        lines = [added.format(count=len(result.items), tour=result.tour)]
        lines += [_item_line(plan, zone) for plan in result.items]
    else:
        added = (
            Errors.tr("Would add {count} busy block(s) for {owner}:")
            if result.dry_run
            else Errors.tr("Added {count} busy block(s) for {owner}:")
        )
        lines = [added.format(count=len(result.busy_blocks), owner=result.owner)]
        lines += [
            f"  {wording.span(b.event.starts_at, b.event.ends_at, zone)}  {b.summary}"
            for b in result.busy_blocks
        ]
    lines += [Errors.tr("Left out {reason}").format(reason=line) for line in result.skipped]
    return lines
