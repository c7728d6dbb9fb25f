"""Groups: named subsets of a tour's participants, such as "Press pool"."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tourplanner.core.errors import ValidationError
from tourplanner.core.model import Group
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database
from tourplanner.store import models as orm
from tourplanner.store import records


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
