"""Schedule items: visits, meetings, meals, transfers and the rest, with who attends.

Calendar rule: an item's UID is set once at creation and never changes, and its SEQUENCE
goes up whenever its time, place or status changes, so subscribed calendars update.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from tourplanner.core.enums import AttendanceRole, AttendanceScope, ItemKind, ItemStatus
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import Attendance, ScheduleItem
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database
from tourplanner.store import models as orm
from tourplanner.store import records

# Changes that move an event in someone's calendar.
RESCHEDULING_FIELDS = frozenset({"starts_at", "ends_at", "site_id", "status"})


def _site_id(value: Any, field: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(f"{field}: expected a site id or nothing")
    return value


def _attendance(value: Any, field: str) -> tuple[Attendance, ...]:
    entries = tuple(value or ())
    for a in entries:
        if not isinstance(a, Attendance):
            raise ValidationError(f"{field}: expected attendance entries")
        v.enum_value(AttendanceScope, a.scope, field)
        v.enum_value(AttendanceRole, a.role, field)
        target_ok = {
            AttendanceScope.DELEGATION: a.group_id is None and a.participant_id is None,
            AttendanceScope.GROUP: a.group_id is not None and a.participant_id is None,
            AttendanceScope.PERSON: a.participant_id is not None and a.group_id is None,
        }[AttendanceScope(a.scope)]
        if not target_ok:
            raise ValidationError(f"{field}: a {a.scope} entry names the wrong kind of target")
    targets = [(a.scope, a.group_id, a.participant_id) for a in entries]
    if len(set(targets)) != len(targets):
        raise ValidationError(f"{field}: the same attendee is listed twice")
    return entries


def _set_site(session: Session, row: orm.ScheduleItem, site_id: int | None) -> None:
    if site_id is not None:
        crud.same_tour(session, orm.Site, site_id, row.tour_id, "item site")
    row.site_id = site_id


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
        v.ordered(row.starts_at, row.ends_at, "item end")


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
        "kind": lambda x, f: v.enum_value(ItemKind, x, f),
        "title": lambda x, f: v.text(x, f, required=True, max_length=300),
        "local_title": lambda x, f: v.text(x, f, max_length=300),
        "site_id": _site_id,
        "starts_at": v.instant,
        "ends_at": v.instant,
        "description": v.text,
        "dress_code": lambda x, f: v.text(x, f, max_length=200),
        "notes": v.text,
        "status": lambda x, f: v.enum_value(ItemStatus, x, f),
        "illustrative": v.flag,
        "pinned": v.flag,
        "attendance": _attendance,
    },
    required=frozenset({"kind", "title", "starts_at", "ends_at"}),
    setters={"site_id": _set_site, "attendance": _set_attendance},
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
