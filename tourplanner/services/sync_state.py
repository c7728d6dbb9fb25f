"""What CalDAV sync remembers per calendar and event (resource name, ETag, content hash,
SEQUENCE), read and written in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.records import SyncStateRecord


def load_states(db: Database, tour_id: int, calendar_url: str) -> dict[str, SyncStateRecord]:
    """The recorded state of every event of one calendar of a tour, by UID."""
    with transaction(db) as session:
        rows = session.scalars(
            select(orm.CalendarSyncState)
            .where(orm.CalendarSyncState.tour_id == tour_id)
            .where(orm.CalendarSyncState.calendar_url == calendar_url)
            .order_by(orm.CalendarSyncState.id)
        )
        return {row.uid: records.calendar_sync_state(row) for row in rows}


@dataclass(frozen=True, slots=True)
class StateChange:
    """A change to the sync state: an upsert, or a removal when ``forget`` is set."""

    uid: str
    href: str = ""
    etag: str | None = None
    digest: str = ""
    sequence: int = 0
    host_deleted: bool = False
    forget: bool = False


def save_states(db: Database, tour_id: int, calendar_url: str, changes: list[StateChange]) -> None:
    """Apply ``changes`` (upserts and removals) to one calendar's state in one transaction."""
    if not changes:
        return
    now = datetime.now(UTC)
    table = orm.CalendarSyncState
    with transaction(db) as session:
        gone = [c.uid for c in changes if c.forget]
        for start in range(0, len(gone), 500):
            session.execute(
                delete(table)
                .where(table.calendar_url == calendar_url)
                .where(table.uid.in_(gone[start : start + 500]))
            )
        kept = {c.uid: c for c in changes if not c.forget}
        uids = list(kept)
        existing: dict[str, orm.CalendarSyncState] = {}
        for start in range(0, len(uids), 500):
            rows = session.scalars(
                select(table)
                .where(table.calendar_url == calendar_url)
                .where(table.uid.in_(uids[start : start + 500]))
            )
            existing.update({row.uid: row for row in rows})
        for uid, c in kept.items():
            row = existing.get(uid)
            if row is None:
                row = table(tour_id=tour_id, calendar_url=calendar_url, uid=uid)
                session.add(row)
            row.href = c.href
            row.etag = c.etag
            row.content_hash = c.digest
            row.sequence = c.sequence
            row.host_deleted = c.host_deleted
            row.synced_at = now
