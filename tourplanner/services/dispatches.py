"""The record of sending: one row per message sent, refused or written by a dry run.

Each row is written in a transaction of its own right after its message went out (or
failed), so a run that breaks off half-way has recorded exactly what it finished and a
rerun can skip it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from tourplanner.core.changes import ItemState, items_to_json
from tourplanner.core.dispatch import DispatchKind, DispatchResult
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.records import DispatchRecord
from tourplanner.store.repository import tour_by_slug

__all__ = [
    "DispatchRecord",
    "NewDispatch",
    "last_sent",
    "list_dispatches",
    "record_dispatch",
]


@dataclass(frozen=True)
class NewDispatch:
    """What to record about one message."""

    recipient_key: str
    kind: DispatchKind
    name: str
    address: str
    result: DispatchResult
    pdf_hash: str = ""
    items: Mapping[str, ItemState] = field(default_factory=dict)
    participant_id: int | None = None
    site_id: int | None = None
    reason: str = ""
    message_id: str = ""
    open_errors: int = 0  # errors the tour had, when sent anyway (see release_gate)


def record_dispatch(db: Database, tour_id: int, entry: NewDispatch) -> DispatchRecord:
    """Write one dispatch in its own transaction and return it as stored."""
    with transaction(db) as session:
        row = orm.Dispatch(
            tour_id=tour_id,
            recipient_key=entry.recipient_key,
            participant_id=entry.participant_id,
            site_id=entry.site_id,
            name=entry.name[:300],
            address=entry.address[:320],
            kind=entry.kind,
            pdf_hash=entry.pdf_hash,
            items=items_to_json(entry.items),
            result=entry.result,
            reason=entry.reason,
            message_id=entry.message_id[:300],
            open_errors=entry.open_errors,
        )
        session.add(row)
        session.flush()
        session.refresh(row)
        return records.dispatch(row)


def last_sent(db: Database, tour_id: int) -> dict[tuple[str, DispatchKind], DispatchRecord]:
    """Each recipient's last successful dispatch, by (recipient key, kind)."""
    with transaction(db) as session:
        rows = session.scalars(
            select(orm.Dispatch)
            .where(orm.Dispatch.tour_id == tour_id, orm.Dispatch.result == DispatchResult.SENT)
            .order_by(orm.Dispatch.recipient_key, orm.Dispatch.sent_at, orm.Dispatch.id)
        )
        out: dict[tuple[str, DispatchKind], DispatchRecord] = {}
        for row in rows:  # in time order, so the last one wins
            record = records.dispatch(row)
            out[(record.recipient_key, record.kind)] = record
        return out


def list_dispatches(db: Database, tour: str) -> list[DispatchRecord]:
    """Every dispatch of a tour, oldest first."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        rows = session.scalars(
            select(orm.Dispatch)
            .where(orm.Dispatch.tour_id == tour_id)
            .order_by(orm.Dispatch.sent_at, orm.Dispatch.id)
        )
        return [records.dispatch(r) for r in rows]
