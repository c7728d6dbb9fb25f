"""A tour's history: who changed what, and when (the store writes it with every change;
see store/history.py). Read here for the History view and ``tourplanner history``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select

from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import QT_TRANSLATE_NOOP, Context
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store.history import (
    CHANNEL,
    acting,
    current_who,
    os_user,
    set_default_who,
)
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise

__all__ = [
    "HistoryEntry",
    "Present",
    "acting",
    "announce",
    "current_who",
    "describe",
    "follow",
    "leave",
    "list_history",
    "os_user",
    "present",
    "set_default_who",
]

MAX_ENTRIES = 5000


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One logged change of one record."""

    entry_id: int
    at: datetime  # UTC
    who: str
    action: str
    operation: str
    kind: str  # "item", "site", ...
    record_id: int | None
    key: str
    label: str
    op: str  # create, update, delete
    changes: dict[str, list[Any]]

    def as_json(self) -> dict[str, Any]:
        """The object ``tourplanner history --json`` prints."""
        return {
            "at": self.at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "who": self.who,
            "action": self.action,
            "record": {
                "kind": self.kind,
                "id": self.record_id,
                "key": self.key,
                "label": self.label,
                "op": self.op,
            },
            "changes": self.changes,
        }


def list_history(
    db: Database,
    tour: str,
    *,
    since: datetime | None = None,
    item_uid: str | None = None,
    who: str | None = None,
    day: date | None = None,
    limit: int = MAX_ENTRIES,
) -> list[HistoryEntry]:
    """The tour's changes, newest first: since an instant, of one item (by UID), by one
    person, or made on one day (in the tour's zone)."""
    if since is not None and since.tzinfo is None:
        raise ValidationError(
            Errors.tr("history: give --since with its zone, e.g. 2021-03-27T09:00+08:00")
        )
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        log = orm.ChangeLog
        query = select(log).where(log.tour_id == tour_row.id)
        if since is not None:
            query = query.where(log.at >= since)
        if item_uid is not None:
            query = query.where(log.record_kind == "item", log.record_key == item_uid)
        if who:
            query = query.where(log.who == who)
        zone = ZoneInfo(tour_row.timezone)
        rows = session.scalars(query.order_by(log.at.desc(), log.id.desc()).limit(limit)).all()
        out = [_entry_of(r) for r in rows]
    if day is not None:
        out = [e for e in out if e.at.astimezone(zone).date() == day]
    return out


History = Context("History")  # the catalogue context of the change history's sentences

# What the sentences call a changed field and a kind of record.
_SHOWN_FIELDS = {
    "starts_at": QT_TRANSLATE_NOOP("History", "start"),
    "ends_at": QT_TRANSLATE_NOOP("History", "end"),
    "site_id": QT_TRANSLATE_NOOP("History", "place"),
    "title": QT_TRANSLATE_NOOP("History", "title"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "name": QT_TRANSLATE_NOOP("History", "name"),
    "capacity": QT_TRANSLATE_NOOP("History", "capacity"),
    "notes": QT_TRANSLATE_NOOP("History", "notes"),
    "address": QT_TRANSLATE_NOOP("History", "address"),
}
_KIND_NAMES = {
    "tour": QT_TRANSLATE_NOOP("History", "tour"),
    "site": QT_TRANSLATE_NOOP("History", "site"),
    "participant": QT_TRANSLATE_NOOP("History", "participant"),
    "group": QT_TRANSLATE_NOOP("History", "group"),
    "item": QT_TRANSLATE_NOOP("History", "item"),
    "busy block": QT_TRANSLATE_NOOP("History", "busy block"),
    "travel override": QT_TRANSLATE_NOOP("History", "travel override"),
    "vehicle": QT_TRANSLATE_NOOP("History", "vehicle"),
    "duty contact": QT_TRANSLATE_NOOP("History", "duty contact"),
    "day note": QT_TRANSLATE_NOOP("History", "day note"),
    "attendance": QT_TRANSLATE_NOOP("History", "attendance"),
    "group member": QT_TRANSLATE_NOOP("History", "group member"),
    "opening hours": QT_TRANSLATE_NOOP("History", "opening hours"),
    "seat": QT_TRANSLATE_NOOP("History", "seat"),
    "table": QT_TRANSLATE_NOOP("History", "table"),
    "place": QT_TRANSLATE_NOOP("History", "place"),
}


def _field(name: str) -> str:
    shown = _SHOWN_FIELDS.get(name)
    return History.tr(shown) if shown else name.replace("_", " ")


def _kind(name: str) -> str:
    shown = _KIND_NAMES.get(name)
    return History.tr(shown) if shown else name


def describe(entry: HistoryEntry, zone: ZoneInfo, now: datetime | None = None) -> str:
    """One line for people, in their language: 'Moved 18:50 → 19:05 by Ben Ortiz,
    3 min ago'."""
    what = entry.label or entry.key or _kind(entry.kind)
    kind = _kind(entry.kind)
    if entry.op == "create":
        text = (
            History.tr("Added {kind} {what}").format(kind=kind, what=what)
            if entry.record_id
            else History.tr("Added {what}").format(what=what)
        )
    elif entry.op == "delete":
        text = (
            History.tr("Removed {kind} {what}").format(kind=kind, what=what)
            if entry.record_id
            else History.tr("Removed {what}").format(what=what)
        )
    else:
        start = entry.changes.get("starts_at")
        scheduled = entry.changes.get("scheduled")
        if scheduled and scheduled[1] is False:
            text = History.tr("Moved {what} to Unscheduled").format(what=what)
        elif scheduled and scheduled[1] is True and start and start[1]:
            # Its times changed too; a start it had on the list meant nothing to people.
            text = History.tr("Scheduled {what} at {new}").format(
                what=what, new=_clock(start[1], zone)
            )
        elif scheduled and scheduled[1] is True:
            text = History.tr("Scheduled {what}").format(what=what)
        elif start and start[0] and start[1]:
            text = History.tr("Moved {what} {old} → {new}").format(
                what=what, old=_clock(start[0], zone), new=_clock(start[1], zone)
            )
        else:
            fields = History.tr(", ").join(_field(f) for f in entry.changes)
            text = History.tr("Changed {fields} of {what}").format(fields=fields, what=what)
    return History.tr("{change} by {who}, {ago}").format(
        change=text, who=entry.who or History.tr("someone"), ago=_ago(entry.at, now)
    )


def _clock(iso: str, zone: ZoneInfo) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone(zone).strftime("%H:%M")
    except (TypeError, ValueError):
        return str(iso)


def _ago(at: datetime, now: datetime | None) -> str:
    seconds = ((now or datetime.now(UTC)) - at).total_seconds()
    if seconds < 60:
        return History.tr("just now")
    if seconds < 3600:
        return History.tr("{minutes} min ago").format(minutes=int(seconds // 60))
    if seconds < 86400:
        return History.tr("{hours} h ago").format(hours=int(seconds // 3600))
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


# -- following changes as they happen -----------------------------------------------------


def _entries_after(db: Database, tour_id: int, last: int) -> list[HistoryEntry]:
    with transaction(db) as session:
        log = orm.ChangeLog
        rows = session.scalars(
            select(log).where(log.tour_id == tour_id, log.id > last).order_by(log.id)
        ).all()
        return [_entry_of(r) for r in rows]


def _entry_of(r: orm.ChangeLog) -> HistoryEntry:
    return HistoryEntry(
        entry_id=r.id,
        at=r.at,
        who=r.who,
        action=r.action,
        operation=r.operation,
        kind=r.record_kind,
        record_id=r.record_id,
        key=r.record_key,
        label=r.record_label,
        op=r.op,
        changes=dict(r.changes or {}),
    )


# How far below the highest log id seen a late commit is still looked for.
_LATE_WINDOW = 1000


def follow(
    db: Database,
    tour: str,
    on_changes: Callable[[list[HistoryEntry]], None],
    stop: threading.Event,
    *,
    poll: float = 0.5,
    ready: threading.Event | None = None,
) -> None:
    """Call ``on_changes`` with each batch of changes committed to ``tour`` from now on,
    by this process or any other, until ``stop`` is set. Blocks: run it on a thread.

    On PostgreSQL it waits for the NOTIFY each commit sends (store/history.py), on a
    connection of its own; on SQLite it asks ``PRAGMA data_version`` every ``poll``
    seconds, which changes when another connection commits. Either way it then reads the
    log rows after the last one seen, so nothing is missed or told twice.
    """
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        tour_id = tour_row.id
        last = (
            session.scalar(
                select(func.max(orm.ChangeLog.id)).where(orm.ChangeLog.tour_id == tour_id)
            )
            or 0
        )
    raw = db.engine.raw_connection()
    try:
        driver = raw.driver_connection
        postgres = db.engine.dialect.name == "postgresql"
        if postgres:
            driver.autocommit = True  # type: ignore[union-attr]
            driver.execute(f"LISTEN {CHANNEL}")  # type: ignore[union-attr]
        version = None if postgres else _data_version(driver)
        told: set[int] = set()
        start = last  # what was there before following began is not news
        if ready is not None:
            ready.set()
        while not stop.is_set():
            if postgres:
                woke = any(True for _ in driver.notifies(timeout=poll, stop_after=1))  # type: ignore[union-attr]
            else:
                stop.wait(poll)
                now = _data_version(driver)
                woke, version = now != version, now
            if not woke or stop.is_set():
                continue
            # Ids are handed out when a transaction writes and become visible when it
            # commits, which may be later than a transaction with a higher id: read back a
            # window below the highest id seen and skip what was told already.
            fresh = [
                e
                for e in _entries_after(db, tour_id, max(start, last - _LATE_WINDOW))
                if e.entry_id not in told
            ]
            if fresh:
                told.update(e.entry_id for e in fresh)
                last = max(last, *(e.entry_id for e in fresh))
                told = {i for i in told if i > last - 2 * _LATE_WINDOW}
                on_changes(fresh)
    finally:
        raw.close()


def _data_version(connection: Any) -> int:
    """SQLite's count of commits by other connections to the file (PRAGMA data_version)."""
    cursor = connection.execute("PRAGMA data_version")
    try:
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()


# -- who else has the tour open -------------------------------------------------------------

#: A window not seen for this long has gone (closed without saying so, or crashed).
PRESENCE_SECONDS = 45


@dataclass(frozen=True, slots=True)
class Present:
    """Another window on the tour: whose, and where they are in it."""

    who: str
    view: str
    day: str  # ISO date of the day they look at, or ""
    seen_at: datetime


def announce(db: Database, tour: str, client: str, view: str = "", day: str = "") -> None:
    """Say that window ``client`` has ``tour`` open, in ``view`` on ``day`` (refresh it
    at least every PRESENCE_SECONDS / 3)."""
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        row = session.scalar(
            select(orm.Presence).where(
                orm.Presence.tour_id == tour_row.id, orm.Presence.client == client
            )
        )
        if row is None:
            row = orm.Presence(tour_id=tour_row.id, client=client)
            session.add(row)
        row.who, row.view, row.day = current_who(), view[:40], day[:10]
        row.seen_at = datetime.now(UTC)


def leave(db: Database, tour: str, client: str) -> None:
    """Window ``client`` closed the tour."""
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        session.execute(
            delete(orm.Presence).where(
                orm.Presence.tour_id == tour_row.id, orm.Presence.client == client
            )
        )


def present(db: Database, tour: str, client: str) -> list[Present]:
    """The other windows that have ``tour`` open now (seen in the last PRESENCE_SECONDS),
    by name."""
    since = datetime.now(UTC) - timedelta(seconds=PRESENCE_SECONDS)
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        rows = session.scalars(
            select(orm.Presence)
            .where(
                orm.Presence.tour_id == tour_row.id,
                orm.Presence.client != client,
                orm.Presence.seen_at >= since,
            )
            .order_by(orm.Presence.who, orm.Presence.client)
        ).all()
        return [Present(r.who, r.view, r.day, r.seen_at) for r in rows]
