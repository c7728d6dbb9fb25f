"""Groups: named subsets of a tour's participants, such as "Press pool"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner.core.enums import AttendanceScope
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.model import Attendance, Group
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import tour_by_slug


def _member_ids(value: Any, field: str) -> tuple[int, ...]:
    ids = tuple(value or ())
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        raise ValidationError(f"{field}: expected participant ids")
    if len(set(ids)) != len(ids):
        raise ValidationError(f"{field}: a participant is listed twice")
    return ids


def _set_members(session: Session, row: orm.Group, ids: tuple[int, ...]) -> None:
    for pid in ids:
        crud.same_tour(session, orm.Participant, pid, row.tour_id, "group members")
    row.members = [orm.GroupMember(participant_id=pid) for pid in sorted(ids)]


GROUP = crud.Entity[Group](
    label="group",
    model=orm.Group,
    record=records.group,
    checks={
        "key": v.key,
        "name": lambda x, f: v.text(x, f, required=True, max_length=200),
        "local_name": lambda x, f: v.text(x, f, max_length=200),
        "description": v.text,
        "member_ids": _member_ids,
    },
    required=frozenset({"key", "name"}),
    setters={"member_ids": _set_members},
)


def create_group(db: Database, tour: str, **values: Any) -> Group:
    """Add a group to ``tour``; ``key`` and ``name`` are required."""
    return crud.create(db, GROUP, tour, values)


def get_group(db: Database, group_id: int) -> Group:
    return crud.get(db, GROUP, group_id)


def list_groups(db: Database, tour: str) -> list[Group]:
    return crud.list_for_tour(db, GROUP, tour, orm.Group.key)


def update_group(db: Database, group_id: int, expected_version: int | None, **values: Any) -> Group:
    return crud.update(db, GROUP, group_id, expected_version, values)


def delete_group(db: Database, group_id: int, expected_version: int | None = None) -> None:
    """Delete a group; items it was attending lose that attendance."""
    crud.delete(db, GROUP, group_id, expected_version)


# -- edits in one step, removal and its inverse (undo) ---------------------------------------


def set_group_members(
    db: Database, changes: Mapping[int, tuple[Sequence[int], int | None]]
) -> tuple[Group, ...]:
    """Give groups new member lists, ``{group_id: (member ids, expected_version)}``, in one
    transaction; returns the stored groups in id order."""
    with transaction(db) as session:
        rows = []
        for group_id, (members, expected) in sorted(changes.items()):
            row = crud.load_row(session, GROUP, group_id)
            crud.check_version(GROUP.label, row, expected)
            with session.no_autoflush:
                crud.apply_values(GROUP, session, row, {"member_ids": tuple(members)})
            crud.touch(row)
            rows.append(row)
        session.flush()
        for row in rows:
            session.refresh(row)
        return tuple(GROUP.record(r) for r in rows)


@dataclass(frozen=True)
class GroupRemoval:
    """A deleted group and the items it attended, as they were just before."""

    group: Group
    attendance: tuple[tuple[int, Attendance], ...]  # (item id, the group's entry)


def remove_groups(
    db: Database, tour: str, versions: Mapping[int, int | None]
) -> tuple[GroupRemoval, ...]:
    """Delete groups in one transaction; items they attended lose that attendance."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        removals = []
        for group_id, expected in sorted(versions.items()):
            row = crud.load_row(session, GROUP, group_id)
            if row.tour_id != tour_id:
                raise NotFoundError(f"no group with id {group_id} in tour {tour!r}")
            crud.check_version(GROUP.label, row, expected)
            entries = session.scalars(
                select(orm.AttendanceRow).where(orm.AttendanceRow.group_id == group_id)
            ).all()
            for entry in entries:
                item = session.get(orm.ScheduleItem, entry.item_id)
                if item is not None:
                    crud.touch(item)
            removals.append(
                GroupRemoval(
                    group=GROUP.record(row),
                    attendance=tuple(
                        sorted(
                            ((e.item_id, records.attendance(e)) for e in entries),
                            key=lambda pair: pair[0],
                        )
                    ),
                )
            )
            session.flush()
            session.delete(row)
            session.flush()
        return tuple(removals)


def restore_groups(db: Database, tour: str, removals: Sequence[GroupRemoval]) -> dict[int, int]:
    """Undo ``remove_groups``: the groups again, with the members that still exist, back
    on the items that still exist. Returns ``{old id: new id}``."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        new_ids: dict[int, int] = {}
        for removal in removals:
            g = removal.group
            row = orm.Group(
                tour_id=tour_id,
                key=g.key,
                name=g.name,
                local_name=g.local_name,
                description=g.description,
            )
            row.members = [
                orm.GroupMember(participant_id=pid)
                for pid in sorted(g.member_ids)
                if session.get(orm.Participant, pid) is not None
            ]
            session.add(row)
            session.flush()
            new_ids[g.id] = row.id
            for item_id, entry in removal.attendance:
                item = session.get(orm.ScheduleItem, item_id)
                if item is None:
                    continue
                crud.touch(item)
                session.add(
                    orm.AttendanceRow(
                        item_id=item_id,
                        scope=AttendanceScope.GROUP,
                        role=entry.role,
                        group_id=row.id,
                        participant_id=None,
                    )
                )
        session.flush()
        return new_ids
