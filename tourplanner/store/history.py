"""The change log, written by the store itself in the transaction of each change.

Every flush of a session that creates, changes or deletes part of a tour's plan adds
``change_log`` rows: the record (kind, id, key, label), the fields before and after, who
and which action (from ``acting``, set by the GUI's undo commands, the CLI and the
services), and an operation id grouping one action's rows. Because it hangs on the
session, no service can forget it: dialogs, undo, imports, replace, sync decisions and the
optimiser all go through a flush. Statements that bypass the ORM (the spreadsheet imports'
bulk inserts) are logged as one row per statement with their row count.

Tokens (private links) are never written to the log; nor are version counters and
timestamps the store keeps for itself.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import uuid
from collections import Counter
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import event, insert, inspect, select, text
from sqlalchemy.orm import ORMExecuteState, Session, object_session

from tourplanner.store import models as orm

#: The PostgreSQL channel every commit that changes a plan notifies.
CHANNEL = "tourplanner_changes"

_who: ContextVar[str] = ContextVar("tourplanner_who", default="")
_action: ContextVar[str] = ContextVar("tourplanner_action", default="")
_operation: ContextVar[str] = ContextVar("tourplanner_operation", default="")

# Columns never logged: the store's own bookkeeping, and secrets.
_SKIP = frozenset({"id", "version_id", "created_at", "updated_at", "tour_id", "sequence"})
# Secrets: a private link's token is never written; a new one is logged as "(hidden)".
_SECRET_SUFFIX = "token"


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    key: str  # the attribute that names the record for people (uid, key, slug)
    label: str  # its title or name
    tour: str  # how to find its tour: "tour_id", "id" (the tour itself) or "parent:ATTR"


_KINDS: dict[type[Any], _Kind] = {
    orm.Tour: _Kind("tour", "slug", "name", "id"),
    orm.Site: _Kind("site", "key", "name", "tour_id"),
    orm.Participant: _Kind("participant", "key", "full_name", "tour_id"),
    orm.Group: _Kind("group", "key", "name", "tour_id"),
    orm.ScheduleItem: _Kind("item", "uid", "title", "tour_id"),
    orm.BusyBlock: _Kind("busy block", "", "summary", "tour_id"),
    orm.TravelOverride: _Kind("travel override", "", "note", "tour_id"),
    orm.Vehicle: _Kind("vehicle", "key", "name", "tour_id"),
    orm.DutyContact: _Kind("duty contact", "", "name", "tour_id"),
    orm.DayNote: _Kind("day note", "day", "", "tour_id"),
    orm.AttendanceRow: _Kind("attendance", "", "", "parent:item_id"),
    orm.GroupMember: _Kind("group member", "", "", "parent:group_id"),
    orm.OpeningHours: _Kind("opening hours", "", "", "parent:site_id"),
    orm.VehicleAssignment: _Kind("seat", "seat", "", "parent:vehicle_id"),
    orm.ItemTable: _Kind("table", "", "", "parent:item_id"),
    orm.Seat: _Kind("place", "", "", "parent:item_id"),
    orm.SiteContact: _Kind("site contact", "", "name", "parent:site_id"),
    orm.Gift: _Kind("gift", "", "what", "tour_id"),
}
_PARENTS: dict[str, Any] = {
    "item_id": orm.ScheduleItem,
    "group_id": orm.Group,
    "site_id": orm.Site,
    "vehicle_id": orm.Vehicle,
}
_TABLES = {orm.table_of(cls).name: (cls, kind) for cls, kind in _KINDS.items()}


@contextlib.contextmanager
def acting(who: str | None = None, action: str | None = None) -> Iterator[str]:
    """Log the changes made inside as ``action`` by ``who`` (unset: as outside). The
    outermost ``acting`` starts an operation; nested ones keep it. Yields its id."""
    tokens = []
    if who is not None:
        tokens.append((_who, _who.set(who)))
    if action is not None and not _action.get():
        tokens.append((_action, _action.set(action)))
    operation = _operation.get()
    if not operation:
        operation = str(uuid.uuid4())
        tokens.append((_operation, _operation.set(operation)))
    try:
        yield operation
    finally:
        for var, token in reversed(tokens):
            var.reset(token)


_default_who = ""


def set_default_who(name: str) -> None:
    """Who changes are by when no ``acting`` names someone (the GUI's user setting, set
    once at start; every thread of the process sees it)."""
    global _default_who
    _default_who = name.strip()[:200]


def current_who() -> str:
    """Who the log names for changes made now: ``acting``'s, else the process default,
    else $TOURPLANNER_USER, else the operating system user's full name or login."""
    return _who.get() or _default_who or os_user()


def os_user() -> str:
    """$TOURPLANNER_USER, else the account's full name (GECOS), else its login name."""
    named = os.environ.get("TOURPLANNER_USER", "").strip()
    if named:
        return named[:200]
    try:
        import pwd

        entry = pwd.getpwuid(os.getuid())
        full = entry.pw_gecos.split(",")[0].strip()
        return (full or entry.pw_name)[:200]
    except (ImportError, KeyError, AttributeError):
        return (os.environ.get("USERNAME") or os.environ.get("USER") or "")[:200]


def _plain(value: Any) -> Any:
    """A value as JSON can hold it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _columns(obj: Any) -> list[str]:
    return [c.key for c in inspect(type(obj)).column_attrs if c.key not in _SKIP]


def _tour_of(
    connection: Any, obj: Any, kind: _Kind, cache: dict[tuple[str, int], int]
) -> int | None:
    if kind.tour == "id":
        return int(obj.id)
    if kind.tour == "tour_id":
        return getattr(obj, "tour_id", None)
    attr = kind.tour.removeprefix("parent:")
    parent_id = getattr(obj, attr, None)
    if parent_id is None:
        parent_id = (inspect(obj).attrs[attr].history.deleted or [None])[0]
    return _tour_for(connection, attr, parent_id, cache)


def _tour_for(
    connection: Any, attr: str, parent_id: Any, cache: dict[tuple[str, int], int]
) -> int | None:
    """The tour of the record ``attr`` (item_id, site_id, ... or tour_id) points to."""
    if not isinstance(parent_id, int):
        return None
    if attr == "tour_id":
        return parent_id
    cached = cache.get((attr, parent_id))
    if cached is None:
        parent = _PARENTS[attr]
        cached = connection.scalar(select(parent.tour_id).where(parent.id == parent_id))
        if cached is None:
            return None
        cache[(attr, parent_id)] = cached
    return cached


def _label(obj: Any, kind: _Kind) -> tuple[str, str]:
    key = _plain(getattr(obj, kind.key, "")) if kind.key else ""
    label = _plain(getattr(obj, kind.label, "")) if kind.label else ""
    return str(key or "")[:300], str(label or "")[:300]


def _entry(tour_id: int, obj: Any, kind: _Kind, op: str, changes: dict[str, Any]) -> dict[str, Any]:
    key, label = _label(obj, kind)
    record_id = getattr(obj, "id", None)
    return {
        "tour_id": tour_id,
        "at": datetime.now(UTC),
        "who": current_who(),
        "action": (_action.get() or "edit")[:300],
        "operation": _operation.get() or str(uuid.uuid4()),
        "record_kind": kind.name,
        "record_id": record_id if isinstance(record_id, int) else None,
        "record_key": key,
        "record_label": label,
        "op": op,
        "changes": changes,
    }


# Rows one transaction may log one by one per kind and operation; more (an import, a
# whole tour added) are logged as one row with their count.
SUMMARY_ABOVE = 50
# Rows that are part of another record (and that a replace writes afresh): a change to
# them is logged as a change of that record, under the field named here.
_PARENT_KIND = {
    "attendance": ("item", "item_id", "attendees"),
    "group member": ("group", "group_id", "members"),
    "opening hours": ("site", "site_id", "opening hours"),
    "seat": ("vehicle", "vehicle_id", "seats"),
    "table": ("item", "item_id", "tables"),
    "place": ("item", "item_id", "seating"),
    "busy block": ("tour", "tour_id", "busy blocks"),
    "travel override": ("tour", "tour_id", "travel overrides"),
    "duty contact": ("tour", "tour_id", "on-duty contacts"),
    "day note": ("tour", "tour_id", "day notes"),
    "site contact": ("site", "site_id", "contacts"),
    # A gift is a line of the tour's gift log: a replace writes the log afresh, and
    # re-adding the same gift is then no change.
    "gift": ("tour", "tour_id", "gift log"),
}
_CHILDREN = frozenset(_PARENT_KIND)


@dataclass
class _Pending:
    """What a transaction changed so far, logged when it commits."""

    rows: list[dict[str, Any]]
    # (tour, parent kind, parent id, field) -> child rows removed and added, as tuples
    children: dict[tuple[int, str, int, str], tuple[list[Any], list[Any]]]
    # (kind, id) of records created in this transaction: their children need no row
    created: set[tuple[str, int]]
    deleted_tours: set[int]
    tours: dict[tuple[str, int], int]  # (parent attribute, parent id) -> tour id


def _pending(session: Session) -> _Pending:
    found = session.info.get("change_log")
    if found is None:
        found = session.info["change_log"] = _Pending([], {}, set(), set(), {})
    return found


@event.listens_for(Session, "after_flush")
def _log_flush(session: Session, _context: Any) -> None:
    """Note what this flush created and changed (the session still holds the state from
    before the flush here); written when the transaction commits. Deletions are noted row
    by row as they happen (``_log_delete``): orphans removed from a collection never show
    in ``session.deleted``."""
    pending = _pending(session)
    connection = session.connection()
    for op, objects in (("create", session.new), ("update", session.dirty)):
        for obj in objects:
            kind = _KINDS.get(type(obj))
            if kind is None:
                continue
            if op == "update" and not session.is_modified(obj, include_collections=False):
                continue
            _note(pending, connection, obj, kind, op)


def _note(pending: _Pending, connection: Any, obj: Any, kind: _Kind, op: str) -> None:
    tour_id = _tour_of(connection, obj, kind, pending.tours)
    if tour_id is None or tour_id in pending.deleted_tours:
        return  # the tour itself goes, and its log with it
    changes = _changes(obj, op)
    if kind.name in _CHILDREN:
        _note_child(pending, tour_id, obj, kind, op, changes)
    elif op != "update" or changes:
        pending.rows.append(_entry(tour_id, obj, kind, op, changes))
        if op == "create":
            pending.created.add((kind.name, obj.id))


@event.listens_for(orm.Base, "after_delete", propagate=True)
def _log_delete(_mapper: Any, connection: Any, target: Any) -> None:
    kind = _KINDS.get(type(target))
    session = object_session(target)
    if kind is None or session is None:
        return
    pending = _pending(session)
    if isinstance(target, orm.Tour):
        pending.deleted_tours.add(target.id)
        pending.rows = [r for r in pending.rows if r["tour_id"] != target.id]
        return
    _note(pending, connection, target, kind, "delete")


def _changes(obj: Any, op: str) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for name in _columns(obj):
        history = state.attrs[name].history
        if op == "create":
            value = getattr(obj, name)
            if value not in (None, "", [], {}):
                changes[name] = [None, _plain(value)]
        elif op == "delete":
            before = (history.unchanged or history.deleted or [None])[0]
            if before not in (None, "", [], {}):
                changes[name] = [_plain(before), None]
        elif history.has_changes():
            before = (history.deleted or [None])[0]
            after = (history.added or [None])[0]
            if _plain(before) != _plain(after):
                changes[name] = [_plain(before), _plain(after)]
        if name.endswith(_SECRET_SUFFIX) and name in changes:
            if op == "update":
                changes[name] = ["(hidden)", "(hidden)"]
            else:
                del changes[name]
    return changes


def _note_child(
    pending: _Pending, tour_id: int, obj: Any, kind: _Kind, op: str, changes: dict[str, Any]
) -> None:
    """A child row (an attendee, a member, opening hours, a seat) counts as a change of
    its parent; removing and re-adding the same row in one transaction is no change."""
    _parent_kind, attr, _field = _PARENT_KIND[kind.name]
    parent_id = getattr(obj, attr, None)
    if parent_id is None:
        parent_id = (inspect(obj).attrs[attr].history.deleted or [None])[0]
    if parent_id is not None:
        _child_change(pending, tour_id, kind, parent_id, op, changes)


def _child_change(
    pending: _Pending, tour_id: int, kind: _Kind, parent_id: int, op: str, changes: dict[str, Any]
) -> None:
    parent_kind, attr, field = _PARENT_KIND[kind.name]
    fields = [k for k in changes if k != attr]
    before = tuple(sorted((k, _freeze(changes[k][0])) for k in fields))
    after = tuple(sorted((k, _freeze(changes[k][1])) for k in fields))
    removed = [before] if op in ("update", "delete") else []
    added = [after] if op in ("update", "create") else []
    entry = pending.children.setdefault((tour_id, parent_kind, parent_id, field), ([], []))
    entry[0].extend(removed)
    entry[1].extend(added)


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


@event.listens_for(Session, "before_commit")
def _write_log(session: Session) -> None:
    """Write what the transaction changed: one row per record, children folded into their
    parent, and a count instead of rows for big batches."""
    # before_commit comes before the commit's own flush: flush now, so what it writes is
    # noted too.
    session.flush()
    pending = session.info.pop("change_log", None)
    if not isinstance(pending, _Pending):
        return
    rows = list(pending.rows)
    parents = {
        "item": orm.ScheduleItem,
        "group": orm.Group,
        "site": orm.Site,
        "vehicle": orm.Vehicle,
        "tour": orm.Tour,
    }
    connection = session.connection()
    for (tour_id, parent_kind, parent_id, field), (removed, added) in pending.children.items():
        gone, new = Counter(removed), Counter(added)
        if gone == new or (parent_kind, parent_id) in pending.created:
            continue
        cls = parents[parent_kind]
        row = session.get(cls, parent_id)
        if row is None:
            continue  # the parent went too: its own row says so
        kind = _KINDS[cls]
        change = [
            [dict(c) for c in sorted((gone - new).elements(), key=repr)],
            [dict(c) for c in sorted((new - gone).elements(), key=repr)],
        ]
        rows.append(_entry(tour_id, row, kind, "update", {field: change}))
    rows = _summarised(rows)
    if rows:
        connection.execute(insert(orm.ChangeLog), rows)
        if connection.dialect.name == "postgresql":
            # Delivered when (and only if) the transaction commits: every window that has
            # the tour open reads the new log rows (services/history.follow).
            for tour_id in sorted({r["tour_id"] for r in rows}):
                payload = json.dumps({"tour": tour_id, "operation": rows[0]["operation"]})
                connection.execute(
                    text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": CHANNEL, "payload": payload},
                )


def _summarised(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[tuple[int, str, str], list[dict[str, Any]]] = {}
    for row in rows:
        if row["op"] != "update":
            groups.setdefault((row["tour_id"], row["record_kind"], row["op"]), []).append(row)
    out = [r for r in rows if r["op"] == "update"]
    for (_tour, kind, op), members in groups.items():
        if len(members) <= SUMMARY_ABOVE:
            out.extend(members)
            continue
        first = members[0]
        verb = "added" if op == "create" else "removed"
        out.append(
            {
                **first,
                "record_id": None,
                "record_key": "",
                "record_label": f"{len(members)} {kind}{'s' if len(members) != 1 else ''} {verb}",
                "changes": {
                    "rows": [None, len(members)] if op == "create" else [len(members), None]
                },
            }
        )
    out.sort(key=lambda r: r["at"])
    return out


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous: Any) -> None:
    session.info.pop("change_log", None)


@event.listens_for(Session, "do_orm_execute")
def _log_bulk(state: ORMExecuteState) -> None:
    """Statements that bypass the unit of work: a bulk INSERT of plan rows (the spreadsheet
    imports) is one log row per statement and tour; a bulk DELETE of rows that belong to a
    record (a replace clearing seats or busy blocks) is noted row by row, read first."""
    table = getattr(state.statement, "table", None)
    found = _TABLES.get(getattr(table, "name", ""))
    if found is None:
        return
    _cls, kind = found
    pending = _pending(state.session)
    if state.is_delete and kind.name in _CHILDREN and table is not None:
        connection = state.session.connection()
        where = getattr(state.statement, "whereclause", None)  # a DELETE has one
        query = select(table) if where is None else select(table).where(where)
        _parent_kind, attr, _field = _PARENT_KIND[kind.name]
        for row in connection.execute(query).mappings():
            parent_id = row.get(attr)
            tour_id = _tour_for(connection, attr, parent_id, pending.tours)
            if parent_id is None or tour_id is None or tour_id in pending.deleted_tours:
                continue
            # Empty values are left out, as ``_changes`` leaves them out of a row the
            # unit of work adds: a replace re-adding the same row is then no change.
            changes = {
                k: [_plain(v), None]
                for k, v in row.items()
                if k not in _SKIP and v not in (None, "", [], {}) and not k.endswith(_SECRET_SUFFIX)
            }
            _child_change(pending, tour_id, kind, parent_id, "delete", changes)
        return
    if not state.is_insert:
        return
    params = state.parameters
    rows = params if isinstance(params, list) else [params] if params else []
    tours = {r.get("tour_id") for r in rows if isinstance(r, dict)}
    for tour_id in sorted(t for t in tours if isinstance(t, int)):
        count = sum(1 for r in rows if isinstance(r, dict) and r.get("tour_id") == tour_id)
        pending.rows.append(
            {
                **_entry(tour_id, object(), kind, "create", {"rows": [None, count]}),
                "record_label": f"{count} {kind.name}{'s' if count != 1 else ''} added",
            }
        )
