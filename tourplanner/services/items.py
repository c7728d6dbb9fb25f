"""Schedule items: visits, meetings, meals, transfers and the rest, with who attends.

Calendar rule: an item's UID is set once at creation and never changes, and its SEQUENCE
goes up whenever its time, place or status changes, so subscribed calendars update.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from tourplanner.core.enums import AttendanceRole, AttendanceScope, ItemKind, ItemStatus
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import Attendance, ScheduleItem
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise

# Changes that move an event in someone's calendar (an unscheduled item leaves it).
RESCHEDULING_FIELDS = frozenset({"starts_at", "ends_at", "site_id", "status", "scheduled"})


def _site_id(value: Any, field: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(
            Errors.tr("{field}: expected a site id or nothing").format(field=field)
        )
    return value


def _attendance(value: Any, field: str) -> tuple[Attendance, ...]:
    entries = tuple(value or ())
    for a in entries:
        if not isinstance(a, Attendance):
            raise ValidationError(
                Errors.tr("{field}: expected attendance entries").format(field=field)
            )
        crud.enum_value(AttendanceScope, a.scope, field)
        crud.enum_value(AttendanceRole, a.role, field)
        target_ok = {
            AttendanceScope.DELEGATION: a.group_id is None and a.participant_id is None,
            AttendanceScope.GROUP: a.group_id is not None and a.participant_id is None,
            AttendanceScope.PERSON: a.participant_id is not None and a.group_id is None,
        }[AttendanceScope(a.scope)]
        if not target_ok:
            raise ValidationError(
                Errors.tr("{field}: a {scope} entry names the wrong kind of target").format(
                    field=field, scope=a.scope
                )
            )
    targets = [(a.scope, a.group_id, a.participant_id) for a in entries]
    if len(set(targets)) != len(targets):
        raise ValidationError(
            Errors.tr("{field}: the same attendee is listed twice").format(field=field)
        )
    return entries


def _set_site(session: Session, row: orm.ScheduleItem, site_id: int | None) -> None:
    if site_id is not None:
        crud.same_tour(session, orm.Site, site_id, row.tour_id, "item site")
    row.site_id = site_id


def _set_from_site(session: Session, row: orm.ScheduleItem, site_id: int | None) -> None:
    """A transfer's origin: a site of the same tour, or None (where the riders were)."""
    if site_id is not None:
        crud.same_tour(session, orm.Site, site_id, row.tour_id, "transfer origin")
    row.from_site_id = site_id


def _set_attendance(
    session: Session, row: orm.ScheduleItem, entries: tuple[Attendance, ...]
) -> None:
    for a in entries:
        if a.group_id is not None:
            crud.same_tour(session, orm.Group, a.group_id, row.tour_id, "item attendance")
        if a.participant_id is not None:
            crud.same_tour(
                session, orm.Participant, a.participant_id, row.tour_id, "item attendance"
            )
    row.attendance = [
        orm.AttendanceRow(
            scope=AttendanceScope(a.scope),
            role=AttendanceRole(a.role),
            group_id=a.group_id,
            participant_id=a.participant_id,
        )
        for a in entries
    ]


def _times_in_order(_session: Session, row: orm.ScheduleItem) -> None:
    if row.starts_at is not None and row.ends_at is not None:
        crud.ordered(row.starts_at, row.ends_at, "item end")


def _on_create(_session: Session, row: orm.ScheduleItem) -> None:
    row.uid = str(uuid.uuid4())
    row.sequence = 0
    if row.status is None:
        row.status = ItemStatus.CONFIRMED
    row.created_at = row.updated_at = datetime.now(UTC)


def _on_update(_session: Session, row: orm.ScheduleItem, changed: set[str]) -> None:
    # Only a real change of time, place or status raises SEQUENCE; re-saving the same
    # values must leave subscribers' calendars alone.
    insp = inspect(row)
    moved = any(insp.attrs[name].history.has_changes() for name in RESCHEDULING_FIELDS & changed)
    if moved:
        row.sequence = row.sequence + 1
    row.updated_at = datetime.now(UTC)


ITEM = crud.Entity[ScheduleItem](
    label="schedule item",
    model=orm.ScheduleItem,
    record=records.item,
    checks={
        "kind": lambda x, f: crud.enum_value(ItemKind, x, f),
        "title": lambda x, f: crud.text(x, f, required=True, max_length=300),
        "local_title": lambda x, f: crud.text(x, f, max_length=300),
        "site_id": _site_id,
        "from_site_id": _site_id,
        "starts_at": crud.instant,
        "ends_at": crud.instant,
        "description": crud.text,
        "dress_code": lambda x, f: crud.text(x, f, max_length=200),
        "notes": crud.text,
        "status": lambda x, f: crud.enum_value(ItemStatus, x, f),
        "illustrative": crud.flag,
        "pinned": crud.flag,
        "scheduled": crud.flag,
        "attendance": _attendance,
    },
    required=frozenset({"kind", "title", "starts_at", "ends_at"}),
    setters={"site_id": _set_site, "from_site_id": _set_from_site, "attendance": _set_attendance},
    invariants=_times_in_order,
    on_create=_on_create,
    on_update=_on_update,
)


def create_item(db: Database, tour: str, **values: Any) -> ScheduleItem:
    """Schedule an item in ``tour``; it gets a new UID and SEQUENCE 0."""
    return crud.create(db, ITEM, tour, values)


def get_item(db: Database, item_id: int) -> ScheduleItem:
    return crud.get(db, ITEM, item_id)


def list_items(db: Database, tour: str) -> list[ScheduleItem]:
    return crud.list_for_tour(db, ITEM, tour, orm.ScheduleItem.starts_at)


def update_item(
    db: Database, item_id: int, expected_version: int | None, **values: Any
) -> ScheduleItem:
    """Change an item; a new time, place or status raises its SEQUENCE by one."""
    return crud.update(db, ITEM, item_id, expected_version, values)


def delete_item(db: Database, item_id: int, expected_version: int | None = None) -> None:
    """Remove an item for good (cancelling it keeps it in calendars as cancelled)."""
    crud.delete(db, ITEM, item_id, expected_version)


# -- edits in one step, and their inverses (the GUI's bulk edits and undo) -------------------

_ITEM_FIELDS = tuple(sorted(ITEM.fields))


def _item_values(item: ScheduleItem) -> dict[str, Any]:
    return {name: getattr(item, name) for name in _ITEM_FIELDS}


def copy_items(
    db: Database, tour: str, copies: Sequence[tuple[ScheduleItem, datetime, datetime]]
) -> tuple[ScheduleItem, ...]:
    """New items like ``(item, starts_at, ends_at)`` (duplicates, a day copied to another
    day), in one transaction: all or nothing. Each gets a new UID and SEQUENCE 0; the
    new items come back in the order given."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        rows = []
        for item, starts_at, ends_at in copies:
            values = _item_values(item) | {"starts_at": starts_at, "ends_at": ends_at}
            row = orm.ScheduleItem(tour_id=tour_id)
            with session.no_autoflush:
                crud.apply_values(ITEM, session, row, values)
                _on_create(session, row)
            session.add(row)
            rows.append(row)
        session.flush()
        for row in rows:
            session.refresh(row)
        return tuple(ITEM.record(r) for r in rows)


def update_items(
    db: Database, changes: Mapping[int, tuple[Mapping[str, Any], int | None]]
) -> tuple[ScheduleItem, ...]:
    """Apply ``{item_id: (values, expected_version)}`` in one transaction: all or nothing.

    Each item is checked and versioned as ``items.update_item`` would; the stored items
    come back in id order.
    """
    with transaction(db) as session:
        rows = {}
        for item_id, (values, expected) in sorted(changes.items()):
            row = crud.load_row(session, ITEM, item_id)
            crud.check_version(ITEM.label, row, expected)
            with session.no_autoflush:
                crud.apply_values(ITEM, session, row, values)
            assert ITEM.on_update is not None
            ITEM.on_update(session, row, set(values))
            if "attendance" in values:
                crud.touch(row)
            rows[item_id] = row
        session.flush()
        out = []
        for item_id in sorted(rows):
            session.refresh(rows[item_id])
            out.append(ITEM.record(rows[item_id]))
        return tuple(out)


def remove_items(db: Database, versions: Mapping[int, int | None]) -> tuple[ScheduleItem, ...]:
    """Delete items in one transaction; returns them as they were, for ``restore_items``."""
    with transaction(db) as session:
        removed = []
        for item_id, expected in sorted(versions.items()):
            row = crud.load_row(session, ITEM, item_id)
            crud.check_version(ITEM.label, row, expected)
            removed.append(ITEM.record(row))
            session.delete(row)
        session.flush()
        return tuple(removed)


def restore_items(
    db: Database, tour: str, items: Sequence[ScheduleItem]
) -> tuple[ScheduleItem, ...]:
    """Create deleted items again with their UIDs; their SEQUENCE goes one past the old
    one, so calendars that saw the deletion take the item back. Returns the new items in
    the order given (their ids are new)."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        rows = []
        for item in items:
            row = orm.ScheduleItem(tour_id=tour_id)
            with session.no_autoflush:
                crud.apply_values(ITEM, session, row, _item_values(item))
            row.uid = item.uid
            row.sequence = item.sequence + 1
            row.created_at = item.created_at
            row.updated_at = item.updated_at
            session.add(row)
            rows.append(row)
        session.flush()
        for row in rows:
            session.refresh(row)
        return tuple(ITEM.record(r) for r in rows)


# -- the Unscheduled list: items without a time -------------------------------------------

#: The longest duration an unscheduled item may remember (a week, in minutes).
MAX_DURATION_MINUTES = 7 * 24 * 60


def unschedule_item(db: Database, item_id: int, expected_version: int | None) -> ScheduleItem:
    """Move an item to the Unscheduled list. Its times stay only as its duration; it
    leaves the programme, the checks, the exports and the calendars (SEQUENCE rises)."""
    return update_item(db, item_id, expected_version, scheduled=False)


def schedule_item(
    db: Database, item_id: int, expected_version: int | None, starts_at: datetime
) -> ScheduleItem:
    """Put an item on the programme at ``starts_at``, keeping its duration."""
    starts_at = crud.instant(starts_at, "start")
    with transaction(db) as session:
        row = crud.load_row(session, ITEM, item_id)
        crud.check_version(ITEM.label, row, expected_version)
        values = {
            "scheduled": True,
            "starts_at": starts_at,
            "ends_at": starts_at + (row.ends_at - row.starts_at),
        }
        with session.no_autoflush:
            crud.apply_values(ITEM, session, row, values)
        assert ITEM.on_update is not None
        ITEM.on_update(session, row, set(values))
        session.flush()
        session.refresh(row)
        return ITEM.record(row)


def create_unscheduled_item(
    db: Database, tour: str, *, duration_minutes: int, **values: Any
) -> ScheduleItem:
    """A new item on the Unscheduled list (title, kind, site... as ``create_item`` takes
    them), lasting ``duration_minutes``. Until it is scheduled its remembered times are
    on the tour's first day at 09:00 in the tour's zone."""
    minutes = crud.optional_int(
        duration_minutes, "duration", minimum=1, maximum=MAX_DURATION_MINUTES
    )
    assert minutes is not None
    with transaction(db) as session:
        t = tour_by_slug(session, tour)
        first = datetime.combine(t.start_date, time(9), ZoneInfo(t.timezone)).astimezone(UTC)
    times = {"starts_at": first, "ends_at": first + timedelta(minutes=minutes)}
    return create_item(db, tour, **(values | times | {"scheduled": False}))
