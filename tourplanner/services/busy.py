"""Busy blocks: outside commitments of a person or a site, which items must avoid."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tourplanner.core.errors import ValidationError
from tourplanner.core.model import BusyBlock
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database
from tourplanner.store import models as orm
from tourplanner.store import records


def _optional_id(value: Any, field: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(f"{field}: expected an id or nothing")
    return value


def _owner_and_times(session: Session, row: orm.BusyBlock) -> None:
    if (row.participant_id is None) == (row.site_id is None):
        raise ValidationError("busy block: give exactly one of a participant or a site")
    if row.participant_id is not None:
        crud.same_tour(session, orm.Participant, row.participant_id, row.tour_id, "busy block")
    if row.site_id is not None:
        crud.same_tour(session, orm.Site, row.site_id, row.tour_id, "busy block")
    if row.starts_at is not None and row.ends_at is not None:
        v.ordered(row.starts_at, row.ends_at, "busy block end")


BUSY_BLOCK = crud.Entity[BusyBlock](
    label="busy block",
    model=orm.BusyBlock,
    record=records.busy_block,
    checks={
        "participant_id": _optional_id,
        "site_id": _optional_id,
        "starts_at": v.instant,
        "ends_at": v.instant,
        "summary": lambda x, f: v.text(x, f, max_length=300),
    },
    required=frozenset({"starts_at", "ends_at"}),
    invariants=_owner_and_times,
)


def create_busy_block(db: Database, tour: str, **values: Any) -> BusyBlock:
    """Record an outside commitment of one participant or one site."""
    return crud.create(db, BUSY_BLOCK, tour, values)


def get_busy_block(db: Database, block_id: int) -> BusyBlock:
    return crud.get(db, BUSY_BLOCK, block_id)


def list_busy_blocks(db: Database, tour: str) -> list[BusyBlock]:
    return crud.list_for_tour(db, BUSY_BLOCK, tour, orm.BusyBlock.starts_at)


def update_busy_block(
    db: Database, block_id: int, expected_version: int | None, **values: Any
) -> BusyBlock:
    return crud.update(db, BUSY_BLOCK, block_id, expected_version, values)


def delete_busy_block(db: Database, block_id: int, expected_version: int | None = None) -> None:
    crud.delete(db, BUSY_BLOCK, block_id, expected_version)
