"""Protocol: the order of precedence of a tour and the seating plans built on it.

The order: read it, store a new one, propose one from the rules, write it as CSV or XLSX.
Seating plans of an item: propose one by precedence, store it, describe it as JSON.
Printed: the seating chart of an item, name cards, place cards and badges
(``export_protocol_pdf``; ``export pdf --kind seating|namecards|placecards|badges``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import ceil
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from tourplanner.core import precedence as rules
from tourplanner.core import seating as s
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import Participant, ScheduleItem, TourSnapshot
from tourplanner.export.pdf import protocol_facts as pf
from tourplanner.export.pdf.badges import render_badges
from tourplanner.export.pdf.cards import render_name_cards, render_place_cards
from tourplanner.export.pdf.naming import safe_stem
from tourplanner.export.pdf.options import PdfOptions
from tourplanner.export.pdf.protocol_facts import PROTOCOL_KINDS
from tourplanner.export.pdf.seating_chart import render_seating_chart
from tourplanner.export.pdf.tour_index import TourIndex
from tourplanner.export.sheet_tables import precedence_table
from tourplanner.services.database import Database, transaction
from tourplanner.services.files import atomic_write
from tourplanner.services.manifests import SheetExport, format_for, table_bytes
from tourplanner.services.participants import untie_precedence
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm
from tourplanner.store.history import acting
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise

# Seating plans.
# Without --tables and without stored tables: round tables of ten.
DEFAULT_SEATS = 10


@dataclass(frozen=True)
class SeatingProposal:
    """A proposed plan with what the organiser should look at."""

    snap: TourSnapshot
    item: ScheduleItem
    plan: s.SeatingPlan
    lonely: tuple[tuple[int, int, int], ...]  # (table, seat, person id)
    dietary: dict[int, list[tuple[str, list[int]]]]


def find_item(snap: TourSnapshot, text: str) -> ScheduleItem:
    """An item of the tour by its UID, else by its exact title (which must be unique)."""
    for it in snap.items:
        if it.uid == text:
            return it
    titled = [it for it in snap.items if it.title == text]
    if len(titled) == 1:
        return titled[0]
    if titled:
        uids = ", ".join(it.uid for it in titled)
        raise ValidationError(
            Errors.tr("{count} items are titled {text}; name one by UID ({uids})").format(
                count=len(titled), text=repr(text), uids=uids
            )
        )
    raise NotFoundError(
        Errors.tr("tour {slug} has no item with UID or title {text}").format(
            slug=repr(snap.tour.slug), text=repr(text)
        )
    )


def _tables(snap: TourSnapshot, item: ScheduleItem, text: str | None) -> tuple[s.TableSpec, ...]:
    if text is not None:
        try:
            return s.parse_tables(text)
        except ValueError as e:
            raise ValidationError(Errors.tr("--tables: {error}").format(error=e)) from None
    stored = sorted((t for t in snap.item_tables if t.item_id == item.id), key=lambda t: t.number)
    if stored:
        return tuple(s.TableSpec(t.number, s.TableShape(t.shape), t.seats) for t in stored)
    count = max(1, ceil(len(snap.attendee_ids(item)) / DEFAULT_SEATS))
    return tuple(s.TableSpec(n, s.TableShape.ROUND, DEFAULT_SEATS) for n in range(1, count + 1))


def propose_seating(
    db: Database, tour: str, item: str, *, tables: str | None = None, apply: bool = False
) -> SeatingProposal:
    """Propose a plan for ``item`` (UID or exact title) at ``tables`` ("NxSEATS", else the
    item's stored tables, else round tables of ten); with ``apply`` store it in place of
    the item's plan, all or nothing."""
    snap = load_snapshot(db, tour)
    it = find_item(snap, item)
    specs = _tables(snap, it, tables)
    try:
        plan = s.propose(snap, it, specs)
    except ValueError as e:
        raise ValidationError(str(e)) from None
    if apply:
        store_plan(db, tour, plan)
    people = snap.participants_by_id
    return SeatingProposal(
        snap, it, plan, tuple(s.lonely_speakers(plan, people)), s.dietary_summary(plan, people)
    )


def store_plan(db: Database, tour: str, plan: s.SeatingPlan) -> None:
    """Replace the item's tables and seats with ``plan``'s (one transaction, logged as one
    operation so ``undo_seating`` finds its tables and seats together)."""
    with acting(), transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        item = session.get(orm.ScheduleItem, plan.item_id)
        if item is None or item.tour_id != tour_row.id:
            raise NotFoundError(
                Errors.tr("tour {tour} has no item {item_id}").format(
                    tour=repr(tour), item_id=plan.item_id
                )
            )
        session.execute(delete(orm.Seat).where(orm.Seat.item_id == item.id))
        session.execute(delete(orm.ItemTable).where(orm.ItemTable.item_id == item.id))
        for t in plan.tables:
            session.add(
                orm.ItemTable(
                    item_id=item.id,
                    number=t.spec.number,
                    shape=t.spec.shape.value,
                    seats=t.spec.seats,
                )
            )
            session.add_all(
                orm.Seat(
                    item_id=item.id, table_number=t.spec.number, seat_number=i, participant_id=pid
                )
                for i, pid in enumerate(t.seats, start=1)
                if pid is not None
            )
        session.flush()


def clear_plan(db: Database, tour: str, item: str) -> None:
    """Remove an item's tables and seats."""
    snap = load_snapshot(db, tour)
    it = find_item(snap, item)
    with transaction(db) as session:
        session.execute(delete(orm.Seat).where(orm.Seat.item_id == it.id))
        session.execute(delete(orm.ItemTable).where(orm.ItemTable.item_id == it.id))


def stored_plan(db: Database, tour: str, item: str) -> s.SeatingPlan | None:
    """The plan stored for ``item``, if any."""
    snap = load_snapshot(db, tour)
    return s.stored_plans(snap).get(find_item(snap, item).id)


def plan_json(snap: TourSnapshot, plan: s.SeatingPlan) -> dict[str, Any]:
    """The plan in the shape of issue 19: item UID, attendees' keys, the principals'
    keys and the tables with each seat's person key (or null)."""
    people = snap.participants_by_id
    items = {it.id: it for it in snap.items}

    def key(pid: int | None) -> str | None:
        return people[pid].key if pid is not None else None

    return {
        "item": items[plan.item_id].uid,
        "attendees": [people[p].key for p in plan.attendees],
        "principal_host": key(plan.principal_host),
        "principal_guest": key(plan.principal_guest),
        "tables": [
            {
                "number": t.spec.number,
                "shape": t.spec.shape.value,
                "seats": [
                    {"seat": i, "person": key(pid)} for i, pid in enumerate(t.seats, start=1)
                ],
            }
            for t in plan.tables
        ],
    }


# The order of precedence.


def precedence_list(db: Database, tour: str) -> list[Participant]:
    """Everyone on the tour in the order of precedence (complete, no ties)."""
    return rules.in_precedence(load_snapshot(db, tour).participants)


def set_precedence_order(db: Database, tour: str, keys: Sequence[str]) -> list[Participant]:
    """Store ``keys`` (every person of the tour, once each) as the order: ranks 1..n.
    All or nothing; a key unknown, repeated or missing is a ValidationError."""
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        rows = session.scalars(
            select(orm.Participant).where(orm.Participant.tour_id == tour_row.id)
        ).all()
        try:
            order = rules.ordered_keys(keys, (r.key for r in rows))
        except ValueError as e:
            raise ValidationError(
                Errors.tr("order of precedence: {error}").format(error=e)
            ) from None
        by_key = {r.key: r for r in rows}
        for rank, key in enumerate(order, start=1):
            if by_key[key].precedence != rank:
                by_key[key].precedence = rank
    return precedence_list(db, tour)


def restore_precedence(db: Database, tour: str, ranks: Mapping[str, int | None]) -> None:
    """Give each person ``ranks`` names (by key) that rank again, None for unranked: the
    way back from ``set_precedence_order`` (the GUI's undo). All or nothing; a key no
    longer on the tour or a rank below 1 is a ValidationError. People not named keep
    their rank, moved down past the ranks given should two meet (no ties)."""
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        rows = session.scalars(
            select(orm.Participant).where(orm.Participant.tour_id == tour_row.id)
        ).all()
        by_key = {r.key: r for r in rows}
        for key, rank in ranks.items():
            if key not in by_key:
                raise ValidationError(f"order of precedence: {key!r} has left the tour")
            if rank is not None and (isinstance(rank, bool) or rank < 1):
                raise ValidationError(f"order of precedence: rank {rank!r} is not 1 or more")
        for key, rank in ranks.items():
            if by_key[key].precedence != rank:
                by_key[key].precedence = rank
        session.flush()
        given = {by_key[k].id for k, rank in ranks.items() if rank is not None}
        untie_precedence(session, tour_row.id, given)


def propose_precedence(db: Database, tour: str, *, apply: bool = False) -> list[Participant]:
    """The rules' order (VIP, title, role, name) for everyone; stored when ``apply``."""
    order = rules.proposed(load_snapshot(db, tour).participants)
    if apply:
        return set_precedence_order(db, tour, [p.key for p in order])
    return order


def export_precedence(
    db: Database, tour: str, path: str | os.PathLike[str], fmt: str | None = None
) -> SheetExport:
    """Write the whole order of precedence to ``path`` as CSV or XLSX."""
    table = precedence_table(load_snapshot(db, tour))
    written = atomic_write(path, table_bytes(table, format_for(path, fmt)))
    return SheetExport(written, len(table.rows))


# Undoing a seating change (the CLI's ``seating --undo``). The change log (store/history.py)
# records every change of an item's tables and seats as the rows removed and the rows
# added; the plan before the last change is the current plan without the rows that change
# added, with the rows it removed.

_SEATING_LOG: dict[str, Any] = {"tables": orm.ItemTable, "seating": orm.Seat}
_SEATING_COLUMNS = {
    "tables": ("number", "shape", "seats"),
    "seating": ("table_number", "seat_number", "participant_id"),
}


@dataclass(frozen=True)
class SeatingUndo:
    """What ``undo_seating`` restored: the item, its tables and the people seated."""

    item: ScheduleItem
    tables: int
    seated: int


def _rows_now(session: Any, field: str, item_id: int) -> set[tuple[tuple[str, Any], ...]]:
    cls = _SEATING_LOG[field]
    cols = _SEATING_COLUMNS[field]
    found = session.execute(
        select(*(getattr(cls, c) for c in cols)).where(cls.item_id == item_id)
    ).all()
    return {tuple(zip(cols, row, strict=True)) for row in found}


def _logged(rows: list[Any], field: str) -> set[tuple[tuple[str, Any], ...]]:
    cols = _SEATING_COLUMNS[field]
    out = set()
    for row in rows:
        if not isinstance(row, dict) or set(row) != set(cols):
            raise ValidationError(
                Errors.tr("the change log's seating entry is not one this version reads")
            )
        out.add(tuple((c, row[c]) for c in cols))
    return out


def undo_seating(db: Database, tour: str, item: str) -> SeatingUndo:
    """Put ``item``'s tables and seats back as they were before their last logged change
    (an ``--apply``, an edit in the seating view, an earlier undo), in one transaction
    that is itself logged, so undoing twice restores the undone plan. Refuses when the log
    has no such change, or when someone seated then has left the tour since."""
    snap = load_snapshot(db, tour)
    it = find_item(snap, item)
    with acting(), transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        log = orm.ChangeLog
        entries = session.scalars(
            select(log)
            .where(
                log.tour_id == tour_row.id,
                log.record_kind == "item",
                log.record_id == it.id,
                log.op == "update",
            )
            .order_by(log.id.desc())
        ).all()
        last = next((e for e in entries if _SEATING_LOG.keys() & (e.changes or {}).keys()), None)
        if last is None:
            raise ValidationError(
                Errors.tr("{title} has no seating change in its history to undo").format(
                    title=repr(it.title)
                )
            )
        restored: dict[str, set[tuple[tuple[str, Any], ...]]] = {}
        for field in _SEATING_LOG:
            now = _rows_now(session, field, it.id)
            change = next(
                (
                    e.changes[field]
                    for e in entries
                    if e.operation == last.operation and field in e.changes
                ),
                None,
            )
            if change is None:
                restored[field] = now
                continue
            removed, added = _logged(change[0], field), _logged(change[1], field)
            if not added <= now:
                raise ValidationError(
                    Errors.tr(
                        "the seating of {title} no longer matches its last logged change; "
                        "nothing was changed"
                    ).format(title=repr(it.title))
                )
            restored[field] = (now - added) | removed
        known = {p.id for p in snap.participants}
        gone = {dict(r)["participant_id"] for r in restored["seating"]} - known
        if gone:
            raise ValidationError(
                Errors.tr(
                    "{count} person(s) seated before that change have left the tour; the "
                    "plan cannot be put back"
                ).format(count=len(gone))
            )
        session.execute(delete(orm.Seat).where(orm.Seat.item_id == it.id))
        session.execute(delete(orm.ItemTable).where(orm.ItemTable.item_id == it.id))
        session.add_all(orm.ItemTable(item_id=it.id, **dict(r)) for r in restored["tables"])
        session.add_all(orm.Seat(item_id=it.id, **dict(r)) for r in restored["seating"])
        session.flush()
    return SeatingUndo(it, len(restored["tables"]), len(restored["seating"]))


# Printed protocol documents: the seating chart, name cards, place cards and badges.

ITEM_KINDS = frozenset({"seating", "placecards"})  # need --item and a stored plan


def _protocol_target(output: Path, slug: str, kind: str, item: ScheduleItem | None) -> Path:
    """``output`` itself, or a file named after the tour, kind and item inside it when it
    is an existing folder."""
    if not output.is_dir():
        return output
    parts = [safe_stem(slug, "tour"), kind]
    if item is not None:
        parts.append(safe_stem(item.title, "item"))
    return output / f"{'-'.join(parts)}.pdf"


def render_protocol(
    snap: TourSnapshot, kind: str, item: ScheduleItem | None, options: PdfOptions
) -> bytes:
    """The PDF of one protocol ``kind`` for ``snap`` (``item`` where the kind takes one).
    Raises ValidationError for a missing or unwanted item and for an item without a
    stored seating plan where the kind prints one."""
    if kind not in PROTOCOL_KINDS:
        raise ValidationError(
            Errors.tr("kind must be one of {kinds}, not {kind}").format(
                kinds=", ".join(PROTOCOL_KINDS), kind=repr(kind)
            )
        )
    if item is None and kind in ITEM_KINDS:
        raise ValidationError(
            Errors.tr("--kind {kind} needs --item ITEM (a seated item's UID or title)").format(
                kind=kind
            )
        )
    if item is not None and kind == "badges":
        raise ValidationError(
            Errors.tr("--item is not used with --kind badges (everyone gets one)")
        )
    tour = TourIndex(snap).tour_head
    if kind == "badges":
        return render_badges(pf.badges(snap), tour, options)
    if kind == "namecards":
        head = pf.item_head(snap, item) if item is not None else None
        return render_name_cards(pf.name_cards(snap, item), tour, head, options)
    assert item is not None  # the kinds in ITEM_KINDS, checked above
    plan = s.stored_plans(snap).get(item.id)
    if plan is None or not any(pid is not None for t in plan.tables for pid in t.seats):
        raise ValidationError(
            Errors.tr(
                "{title} has no seating plan; propose one with 'tourplanner seating "
                "{slug} {uid} --apply'"
            ).format(title=repr(item.title), slug=snap.tour.slug, uid=item.uid)
        )
    if kind == "seating":
        return render_seating_chart(pf.chart_facts(snap, item, plan), options)
    return render_place_cards(
        pf.place_cards(snap, item, plan), tour, pf.item_head(snap, item), options
    )


def export_protocol_pdf(
    db: Database,
    tour: str,
    kind: str,
    output: str | os.PathLike[str],
    *,
    item: str | None = None,
    options: PdfOptions | None = None,
) -> Path:
    """Write one protocol PDF (``PROTOCOL_KINDS``) of ``tour`` to ``output`` (a file, or
    an existing folder to put it in); ``item`` is an item's UID or exact title. All or
    nothing: an error leaves no file."""
    snap = load_snapshot(db, tour)
    it = find_item(snap, item) if item is not None else None
    data = render_protocol(snap, kind, it, options or PdfOptions())
    return atomic_write(_protocol_target(Path(output), snap.tour.slug, kind, it), data)
