"""Read a whole tour as a snapshot: the one snapshot reader, one plain-row query per
table, as one read of the database (store.repository writes snapshots back)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner.core import model
from tourplanner.core.errors import NotFoundError
from tourplanner.core.i18n import Context
from tourplanner.core.travel import coordinate_key, routing_profile
from tourplanner.store import models as orm
from tourplanner.store import records

Errors = Context("Errors")  # the catalogue context of messages the services raise


def tour_by_slug(session: Session, slug: str) -> orm.Tour:
    row = session.scalar(select(orm.Tour).where(orm.Tour.slug == slug))
    if row is None:
        raise NotFoundError(Errors.tr("no tour with slug {slug}").format(slug=repr(slug)))
    return row


def load_snapshot(session: Session, tour_row: orm.Tour) -> model.TourSnapshot:
    """Read a whole tour: the one snapshot reader (services, the GUI and the exports all
    come here).

    One query of plain rows per table, so the cost neither grows with lazy loads nor
    pays for an ORM object (identity map, instrumentation) per row, which was most of the
    time on a big tour. Rows become values through ``records``' mappers, built from the
    dataclass fields. Attendance entries repeat a lot (the whole delegation attends...),
    so each distinct entry is built once and shared.
    """
    reader = _Reader(session, tour_row.id)
    with _one_read(session):
        return model.TourSnapshot(
            tour=records.tour(tour_row), **{name: read(reader) for name, read in _PARTS.items()}
        )


@contextmanager
def _one_read(session: Session) -> Iterator[None]:
    """Make the snapshot's queries one read of the database on SQLite.

    Python's sqlite3 module begins a transaction only before a write, so each SELECT of
    a read-only session saw the database as it was at that moment: another window's
    commit between reading the participants and the attendance gave a snapshot whose
    items named people it did not hold (the checker then failed on an unknown id). A
    deferred BEGIN makes the queries one read transaction (WAL keeps its state while
    others write); it ends with the read, so a write later in the session begins afresh
    as before. PostgreSQL sessions are already one transaction."""
    connection = session.connection()
    raw: Any = connection.connection.driver_connection
    if connection.dialect.name != "sqlite" or raw is None or raw.in_transaction:
        yield
        return
    raw.execute("BEGIN")
    try:
        yield
    finally:
        if raw.in_transaction:
            raw.commit()  # only reads happened in it


class _Reader:
    """The plain-row queries of one tour's snapshot."""

    def __init__(self, session: Session, tour_id: int) -> None:
        self.session = session
        self.tour_id = tour_id
        self._attendance: dict[int, list[model.Attendance]] | None = None

    def rows(self, model_cls: Any, *order: Any, where: Any = None) -> Any:
        table = model_cls.__table__
        query = select(*table.columns).where(table.c.tour_id == self.tour_id).order_by(*order)
        if where is not None:
            query = query.where(where)
        return self.session.execute(query)

    def attendance(self) -> dict[int, list[model.Attendance]]:
        """Every item's attendance entries by item id, read once for the timed items and
        the Unscheduled list together."""
        if self._attendance is not None:
            return self._attendance
        table, items = orm.AttendanceRow.__table__, orm.ScheduleItem.__table__
        query = (
            select(
                table.c.item_id,
                table.c.scope,
                table.c.role,
                table.c.group_id,
                table.c.participant_id,
            )
            .join(items, table.c.item_id == items.c.id)
            .where(items.c.tour_id == self.tour_id)
            .order_by(table.c.id)
        )
        entries: dict[tuple[Any, ...], model.Attendance] = {}
        found: dict[int, list[model.Attendance]] = {}
        for row in self.session.execute(query):
            key = row[1:]
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = records.ATTENDANCE(row)
            found.setdefault(row.item_id, []).append(entry)
        self._attendance = found
        return found

    def children(self, model_cls: Any, key: str, parent: Any, *order: Any) -> dict[int, list[Any]]:
        """Rows of ``model_cls`` under this tour's ``parent`` rows, by parent id."""
        table, parent_table = model_cls.__table__, parent.__table__
        query = (
            select(*table.columns)
            .join(parent_table, table.c[key] == parent_table.c.id)
            .where(parent_table.c.tour_id == self.tour_id)
            .order_by(*order)
        )
        found: dict[int, list[Any]] = {}
        for row in self.session.execute(query):
            found.setdefault(getattr(row, key), []).append(row)
        return found


def _sites(r: _Reader) -> tuple[model.Site, ...]:
    hours = r.children(
        orm.OpeningHours, "site_id", orm.Site, orm.OpeningHours.weekday, orm.OpeningHours.opens
    )
    contacts = r.children(orm.SiteContact, "site_id", orm.Site, orm.SiteContact.position)
    return tuple(
        records.SITE(
            row,
            tuple(records.OPENING(h) for h in hours.get(row.id, ())),
            tuple(records.SITE_CONTACT(c) for c in contacts.get(row.id, ())),
        )
        for row in r.rows(orm.Site, orm.Site.key)
    )


def _gifts(r: _Reader) -> tuple[model.Gift, ...]:
    return tuple(records.GIFT(row) for row in r.rows(orm.Gift, orm.Gift.id))


def _participants(r: _Reader) -> tuple[model.Participant, ...]:
    return tuple(records.PARTICIPANT(row) for row in r.rows(orm.Participant, orm.Participant.key))


def _groups(r: _Reader) -> tuple[model.Group, ...]:
    members = r.children(orm.GroupMember, "group_id", orm.Group, orm.GroupMember.participant_id)
    return tuple(
        records.GROUP(row, tuple(m.participant_id for m in members.get(row.id, ())))
        for row in r.rows(orm.Group, orm.Group.key)
    )


def _items(r: _Reader) -> tuple[model.ScheduleItem, ...]:
    return _items_where(r, scheduled=True)


def _unscheduled(r: _Reader) -> tuple[model.ScheduleItem, ...]:
    """The Unscheduled list, by title: items that have no time for people."""
    found = _items_where(r, scheduled=False)
    return tuple(sorted(found, key=lambda it: (it.title.casefold(), it.uid)))


def _items_where(r: _Reader, *, scheduled: bool) -> tuple[model.ScheduleItem, ...]:
    attendance = r.attendance()
    items = orm.ScheduleItem.__table__
    order = (orm.ScheduleItem.starts_at, orm.ScheduleItem.uid)
    rows = r.rows(orm.ScheduleItem, *order, where=items.c.scheduled.is_(scheduled))
    return tuple(records.ITEM(row, tuple(attendance.get(row.id, ()))) for row in rows)


def _busy_blocks(r: _Reader) -> tuple[model.BusyBlock, ...]:
    order = (orm.BusyBlock.starts_at, orm.BusyBlock.id)
    return tuple(records.BUSY_BLOCK(row) for row in r.rows(orm.BusyBlock, *order))


def _travel_overrides(r: _Reader) -> tuple[model.TravelOverride, ...]:
    rows = r.rows(orm.TravelOverride, orm.TravelOverride.id)
    return tuple(records.TRAVEL_OVERRIDE(row) for row in rows)


def _vehicles(r: _Reader) -> tuple[model.Vehicle, ...]:
    return tuple(records.VEHICLE(row) for row in r.rows(orm.Vehicle, orm.Vehicle.key))


def _vehicle_assignments(r: _Reader) -> tuple[model.VehicleAssignment, ...]:
    table, vehicles = orm.VehicleAssignment.__table__, orm.Vehicle.__table__
    items = orm.ScheduleItem.__table__
    query = (
        select(*table.columns)
        .join(vehicles, table.c.vehicle_id == vehicles.c.id)
        .join(items, table.c.item_id == items.c.id)
        .where(vehicles.c.tour_id == r.tour_id, items.c.scheduled.is_(True))
        .order_by(table.c.item_id, table.c.id)
    )
    return tuple(records.VEHICLE_ASSIGNMENT(row) for row in r.session.execute(query))


def _item_tables(r: _Reader) -> tuple[model.ItemTable, ...]:
    table, items = orm.ItemTable.__table__, orm.ScheduleItem.__table__
    query = (
        select(table.c.item_id, table.c.number, table.c.shape, table.c.seats)
        .join(items, table.c.item_id == items.c.id)
        .where(items.c.tour_id == r.tour_id, items.c.scheduled.is_(True))
        .order_by(table.c.item_id, table.c.number)
    )
    return tuple(model.ItemTable(*row) for row in r.session.execute(query))


def _seats(r: _Reader) -> tuple[model.Seat, ...]:
    table, items = orm.Seat.__table__, orm.ScheduleItem.__table__
    query = (
        select(table.c.item_id, table.c.table_number, table.c.seat_number, table.c.participant_id)
        .join(items, table.c.item_id == items.c.id)
        .where(items.c.tour_id == r.tour_id, items.c.scheduled.is_(True))
        .order_by(table.c.item_id, table.c.table_number, table.c.seat_number)
    )
    return tuple(model.Seat(*row) for row in r.session.execute(query))


def _road_legs(r: _Reader) -> tuple[model.RoadLeg, ...]:
    return road_legs(r.session, r.tour_id)


#: How each part of a snapshot is read. Checked against the dataclass on import: a part
#: added to TourSnapshot without a reader here stops the program at once, not silently
#: leaves the part empty.
_PARTS: dict[str, Callable[[_Reader], tuple[Any, ...]]] = {
    "sites": _sites,
    "participants": _participants,
    "groups": _groups,
    "items": _items,
    "busy_blocks": _busy_blocks,
    "travel_overrides": _travel_overrides,
    "vehicles": _vehicles,
    "vehicle_assignments": _vehicle_assignments,
    "item_tables": _item_tables,
    "seats": _seats,
    "gifts": _gifts,
    "road_legs": _road_legs,
    "unscheduled": _unscheduled,
}
if set(_PARTS) | {"tour"} != {f.name for f in fields(model.TourSnapshot)}:
    raise TypeError("store.snapshot_reader._PARTS does not cover every part of TourSnapshot")


def road_legs(session: Session, tour_id: int) -> tuple[model.RoadLeg, ...]:
    """The cached road times between the tour's sites, for their current coordinates and
    the tour's travel mode (one query for the sites, one for the cache)."""
    tour_row = session.get(orm.Tour, tour_id)
    if tour_row is None:
        return ()
    profile = routing_profile(tour_row.travel_mode)
    at: dict[tuple[float, float], list[int]] = {}
    for site_id, lat, lon in session.execute(
        select(orm.Site.id, orm.Site.latitude, orm.Site.longitude).where(
            orm.Site.tour_id == tour_id,
            orm.Site.latitude.is_not(None),
            orm.Site.longitude.is_not(None),
        )
    ):
        if lat is not None and lon is not None:  # the query says so; the types do not
            at.setdefault(coordinate_key(lat, lon), []).append(site_id)
    if len(at) < 2:
        return ()
    rows = session.execute(
        select(
            orm.RoadTime.from_latitude,
            orm.RoadTime.from_longitude,
            orm.RoadTime.to_latitude,
            orm.RoadTime.to_longitude,
            orm.RoadTime.seconds,
            orm.RoadTime.meters,
            orm.RoadTime.geometry,
        ).where(
            orm.RoadTime.profile == profile,
            orm.RoadTime.from_latitude.in_(sorted({lat for lat, _ in at})),
        )
    )
    legs = []
    for flat, flon, tlat, tlon, seconds, meters, geometry in rows:
        starts, ends = at.get((flat, flon), ()), at.get((tlat, tlon), ())
        for a in starts:
            for b in ends:
                if a != b:
                    legs.append(model.RoadLeg(a, b, seconds / 60, meters / 1000, geometry or ""))
    return tuple(sorted(legs, key=lambda leg: (leg.from_site_id, leg.to_site_id)))
