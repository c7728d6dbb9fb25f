"""Sites: the places a tour visits, with their opening hours and briefing facts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from tourplanner.core.enums import ContactRole, CoordinateSource, ItemKind, SiteCategory
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import (
    BusyBlock,
    OpeningException,
    OpeningInterval,
    Site,
    SiteContact,
    TravelOverride,
    Vehicle,
    VehicleAssignment,
)
from tourplanner.core.timeutil import opening_exceptions_text, parse_opening_exceptions
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.services.items import ITEM
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import contact_rows, opening_rows, tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise


def _opening_hours(value: Any, field: str) -> tuple[OpeningInterval, ...]:
    hours = tuple(value or ())
    for h in hours:
        if not isinstance(h, OpeningInterval) or not 0 <= h.weekday <= 6:
            message = Errors.tr("{field}: expected opening intervals with weekday 0-6")
            raise ValidationError(message.format(field=field))
        if h.closes <= h.opens:
            message = Errors.tr("{field}: closes {closes} must be after opens {opens}")
            raise ValidationError(message.format(field=field, closes=h.closes, opens=h.opens))
    return hours


def _opening_exceptions(value: Any, field: str) -> tuple[OpeningException, ...]:
    """Dates with other hours: OpeningException values, each read again by the one
    reading (``parse_opening_exceptions``) so a value from code meets the dialog's rules."""
    found = tuple(value or ())
    if not all(isinstance(e, OpeningException) for e in found):
        message = Errors.tr("{field}: expected opening-hours exceptions")
        raise ValidationError(message.format(field=field))
    try:
        return parse_opening_exceptions(opening_exceptions_text(found))
    except ValueError as e:
        raise ValidationError(Errors.tr("{field}: {error}").format(field=field, error=e)) from None


def _set_exceptions(
    _session: Session, row: orm.Site, exceptions: tuple[OpeningException, ...]
) -> None:
    row.opening_exceptions = opening_exceptions_text(exceptions)


def _contacts(value: Any, field: str) -> tuple[SiteContact, ...]:
    """A venue's contacts by role: each a SiteContact with a role, a name, and an email
    and phone checked as every other (one of them at least, or the lists reach no one)."""
    out = []
    for i, c in enumerate(tuple(value or ())):
        here = f"{field} {i + 1}"
        if not isinstance(c, SiteContact):
            raise ValidationError(Errors.tr("{field}: expected site contacts").format(field=field))
        role = crud.enum_value(ContactRole, c.role, f"{here} role")
        name = crud.line(c.name, f"{here} name", required=True, max_length=200)
        email = crud.email(c.email, f"{here} email")
        phone = crud.phone(c.phone, f"{here} phone")
        if not (email or phone):
            message = Errors.tr("{here}: {name} needs an email or a phone number")
            raise ValidationError(message.format(here=here, name=name))
        out.append(SiteContact(role, name.strip(), email, phone))
    if len(out) > MAX_CONTACTS:
        message = Errors.tr("{field}: at most {max_contacts} contacts per site")
        raise ValidationError(message.format(field=field, max_contacts=MAX_CONTACTS))
    return tuple(out)


MAX_CONTACTS = 50


def _set_contacts(_session: Session, row: orm.Site, contacts: tuple[SiteContact, ...]) -> None:
    row.contacts = contact_rows(contacts)


def _set_hours(_session: Session, row: orm.Site, hours: tuple[OpeningInterval, ...]) -> None:
    row.opening_hours = opening_rows(hours)


def _coordinates_together(_session: Session, row: orm.Site) -> None:
    if (row.latitude is None) != (row.longitude is None):
        raise ValidationError(Errors.tr("site: latitude and longitude must be given together"))


SITE = crud.Entity[Site](
    label="site",
    model=orm.Site,
    record=records.site,
    checks={
        "key": crud.key,
        "name": lambda x, f: crud.line(x, f, required=True, max_length=300),
        "local_name": lambda x, f: crud.line(x, f, max_length=300),
        "category": lambda x, f: crud.enum_value(SiteCategory, x, f),
        "address": crud.text,
        "local_address": crud.text,
        "meeting_point": crud.text,
        "local_meeting_point": crud.text,
        "latitude": crud.number_between(-90, 90),
        "longitude": crud.number_between(-180, 180),
        "coord_source": lambda x, f: None if x is None else crud.enum_value(CoordinateSource, x, f),
        "coord_approximate": crud.flag,
        "timezone": crud.optional_timezone,
        "opening_hours": _opening_hours,
        "opening_exceptions": _opening_exceptions,
        "capacity": crud.optional_int,
        "contact_name": lambda x, f: crud.line(x, f, max_length=200),
        "contact_phone": crud.phone,
        "contact_email": crud.email,
        "contacts": _contacts,
        "description": crud.text,
        "key_facts": crud.text_list,
        "illustrative": crud.flag,
    },
    required=frozenset({"key", "name", "category"}),
    setters={
        "opening_hours": _set_hours,
        "opening_exceptions": _set_exceptions,
        "contacts": _set_contacts,
    },
    invariants=_coordinates_together,
)


def create_site(db: Database, tour: str, **values: Any) -> Site:
    """Add a site to ``tour``; ``key``, ``name`` and ``category`` are required."""
    return crud.create(db, SITE, tour, values)


def get_site(db: Database, site_id: int) -> Site:
    return crud.get(db, SITE, site_id)


def list_sites(db: Database, tour: str) -> list[Site]:
    return crud.list_for_tour(db, SITE, tour, orm.Site.key)


def update_site(db: Database, site_id: int, expected_version: int | None, **values: Any) -> Site:
    return crud.update(db, SITE, site_id, expected_version, values)


def delete_site(db: Database, site_id: int, expected_version: int | None = None) -> None:
    """Delete a site that no schedule item uses; say how many use it otherwise."""
    if not crud.is_id(site_id):
        raise NotFoundError(Errors.tr("no site with id {id}").format(id=crud.shown_id(site_id)))
    with transaction(db) as session:
        used = session.scalar(select(func.count()).where(orm.ScheduleItem.site_id == site_id))
    if used:
        message = Errors.tr(
            "site {site_id} is used by {used} schedule item(s); move or delete them first"
        )
        raise ValidationError(message.format(site_id=site_id, used=used))
    crud.delete(db, SITE, site_id, expected_version)


# -- removal and its inverse (undo) ----------------------------------------------------------

_SITE_FIELDS = tuple(sorted(SITE.fields))


def site_values(site: Site) -> dict[str, Any]:
    """The values ``create_site`` needs to make ``site`` again."""
    return {name: getattr(site, name) for name in _SITE_FIELDS}


@dataclass(frozen=True)
class SiteRemoval:
    """A deleted site and what went with it, as they were just before."""

    site: Site
    item_ids: tuple[int, ...]  # items that were at the site and now have none
    busy_blocks: tuple[BusyBlock, ...]
    overrides: tuple[TravelOverride, ...]


def remove_sites(
    db: Database, tour: str, versions: Mapping[int, int | None]
) -> tuple[SiteRemoval, ...]:
    """Delete sites in one transaction. Items at a deleted site stay, without a site (their
    SEQUENCE goes up: the place of the event changed); the site's busy blocks and travel
    overrides go with it."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        removals = []
        for site_id, expected in sorted(versions.items()):
            row = crud.load_row(session, SITE, site_id)
            if row.tour_id != tour_id:
                message = Errors.tr("no site with id {site_id} in tour {tour}")
                raise NotFoundError(message.format(site_id=site_id, tour=repr(tour)))
            crud.check_version(SITE.label, row, expected)
            items = session.scalars(
                select(orm.ScheduleItem).where(orm.ScheduleItem.site_id == site_id)
            ).all()
            for item in items:
                item.site_id = None
                assert ITEM.on_update is not None
                ITEM.on_update(session, item, {"site_id"})
            busy = session.scalars(select(orm.BusyBlock).where(orm.BusyBlock.site_id == site_id))
            overrides = session.scalars(
                select(orm.TravelOverride).where(
                    (orm.TravelOverride.from_site_id == site_id)
                    | (orm.TravelOverride.to_site_id == site_id)
                )
            )
            removals.append(
                SiteRemoval(
                    site=SITE.record(row),
                    item_ids=tuple(sorted(i.id for i in items)),
                    busy_blocks=tuple(records.busy_block(b) for b in busy),
                    overrides=tuple(records.travel_override(o) for o in overrides),
                )
            )
            session.flush()
            session.delete(row)
            session.flush()
        return tuple(removals)


def restore_sites(db: Database, tour: str, removals: Sequence[SiteRemoval]) -> dict[int, int]:
    """Undo ``remove_sites``: create the sites again, put them back on their items (those
    still without a site) and restore their busy blocks and travel overrides. Returns
    ``{old site id: new site id}``."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        new_ids: dict[int, int] = {}
        for removal in removals:
            row = orm.Site(tour_id=tour_id)
            with session.no_autoflush:
                crud.apply_values(SITE, session, row, site_values(removal.site))
            row.geocode_status = removal.site.geocode_status
            row.geocode_message = removal.site.geocode_message
            session.add(row)
            session.flush()
            new_ids[removal.site.id] = row.id
        for removal in removals:
            new_id = new_ids[removal.site.id]
            for item_id in removal.item_ids:
                item = session.get(orm.ScheduleItem, item_id)
                if item is None or item.site_id is not None:
                    continue  # deleted or moved elsewhere since: leave it as it is now
                item.site_id = new_id
                assert ITEM.on_update is not None
                ITEM.on_update(session, item, {"site_id"})
            for b in removal.busy_blocks:
                session.add(
                    orm.BusyBlock(
                        tour_id=tour_id,
                        site_id=new_id,
                        participant_id=None,
                        starts_at=b.starts_at,
                        ends_at=b.ends_at,
                        summary=b.summary,
                    )
                )
        restored: set[tuple[int, int]] = set()
        for removal in removals:
            for o in removal.overrides:
                ends = (
                    new_ids.get(o.from_site_id, o.from_site_id),
                    new_ids.get(o.to_site_id, o.to_site_id),
                )
                # Two removed sites share an override: put it back once. A site at the
                # other end that has gone since takes the override with it.
                if ends in restored or any(session.get(orm.Site, s) is None for s in ends):
                    continue
                restored.add(ends)
                session.add(
                    orm.TravelOverride(
                        tour_id=tour_id,
                        from_site_id=ends[0],
                        to_site_id=ends[1],
                        minutes=o.minutes,
                        note=o.note,
                    )
                )
        session.flush()
        return new_ids


# -- Vehicles: the tour's coaches, vans and cars, and who rides which one on each transfer. ----
def _driver_id(value: Any, field: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        message = Errors.tr("{field}: expected a participant id or nothing")
        raise ValidationError(message.format(field=field))
    return value


def _set_driver(session: Session, row: orm.Vehicle, driver_id: int | None) -> None:
    if driver_id is not None:
        crud.same_tour(session, orm.Participant, driver_id, row.tour_id, "vehicle driver")
    row.driver_id = driver_id


def _driver_is_not_a_passenger(session: Session, row: orm.Vehicle) -> None:
    if row.id is None or row.driver_id is None:
        return
    riding = session.scalar(
        select(orm.VehicleAssignment.id).where(
            orm.VehicleAssignment.vehicle_id == row.id,
            orm.VehicleAssignment.participant_id == row.driver_id,
        )
    )
    if riding is not None:
        raise ValidationError(
            Errors.tr(
                "vehicle driver: this person rides the vehicle as a passenger on a "
                "transfer; take them off it first"
            )
        )


VEHICLE = crud.Entity[Vehicle](
    label="vehicle",
    model=orm.Vehicle,
    record=records.vehicle,
    checks={
        "key": crud.key,
        "name": lambda x, f: crud.text(x, f, required=True, max_length=200),
        "plate": lambda x, f: crud.text(x, f, max_length=40),
        "seats": lambda x, f: crud.optional_int(x, f, minimum=1, maximum=1000),
        "driver_id": _driver_id,
        "notes": crud.text,
        "illustrative": crud.flag,
    },
    required=frozenset({"key", "name", "seats"}),
    setters={"driver_id": _set_driver},
    invariants=_driver_is_not_a_passenger,
)


def create_vehicle(db: Database, tour: str, **values: Any) -> Vehicle:
    """Add a vehicle to ``tour``; ``key``, ``name`` and ``seats`` (passenger seats) are
    required, ``driver_id`` names a participant of the same tour."""
    if values.get("seats") is None:
        raise ValidationError(Errors.tr("vehicle seats: a number of seats is required"))
    return crud.create(db, VEHICLE, tour, values)


def get_vehicle(db: Database, vehicle_id: int) -> Vehicle:
    return crud.get(db, VEHICLE, vehicle_id)


def list_vehicles(db: Database, tour: str) -> list[Vehicle]:
    return crud.list_for_tour(db, VEHICLE, tour, orm.Vehicle.key)


def update_vehicle(
    db: Database, vehicle_id: int, expected_version: int | None, **values: Any
) -> Vehicle:
    if "seats" in values and values["seats"] is None:
        raise ValidationError(Errors.tr("vehicle seats: a number of seats is required"))
    return crud.update(db, VEHICLE, vehicle_id, expected_version, values)


def delete_vehicle(db: Database, vehicle_id: int, expected_version: int | None = None) -> None:
    """Delete a vehicle; its passengers on every transfer become unassigned."""
    crud.delete(db, VEHICLE, vehicle_id, expected_version)


@dataclass(frozen=True)
class VehicleRemoval:
    """A deleted vehicle and the seats it had on transfers, to put back on undo."""

    vehicle: Vehicle
    assignments: tuple[VehicleAssignment, ...]


def remove_vehicle(db: Database, vehicle_id: int, expected_version: int | None) -> VehicleRemoval:
    """Delete a vehicle and its seats on every transfer; returns what undo needs."""
    with transaction(db) as session:
        row = crud.load_row(session, VEHICLE, vehicle_id)
        crud.check_version("vehicle", row, expected_version)
        seats = session.scalars(
            select(orm.VehicleAssignment).where(orm.VehicleAssignment.vehicle_id == vehicle_id)
        )
        removal = VehicleRemoval(
            records.vehicle(row), tuple(records.vehicle_assignment(a) for a in seats)
        )
        session.delete(row)
        session.flush()
        return removal


def restore_vehicle(db: Database, tour: str, removal: VehicleRemoval) -> int:
    """Put a removed vehicle back with its seats (its passengers on those transfers must
    not ride another vehicle meanwhile); returns its new id."""
    v = removal.vehicle
    with transaction(db) as session:
        row = orm.Vehicle(tour_id=tour_by_slug(session, tour).id)
        values = {
            "key": v.key,
            "name": v.name,
            "plate": v.plate,
            "seats": v.seats,
            "driver_id": v.driver_id,
            "notes": v.notes,
            "illustrative": v.illustrative,
        }
        with session.no_autoflush:
            crud.apply_values(VEHICLE, session, row, values)
        session.add(row)
        session.flush()
        for a in removal.assignments:
            session.add(
                orm.VehicleAssignment(
                    vehicle_id=row.id,
                    item_id=a.item_id,
                    participant_id=a.participant_id,
                    seat=a.seat,
                )
            )
        session.flush()
        return int(row.id)


def _transfer(session: Session, item_id: int, tour_id: int) -> orm.ScheduleItem:
    item: orm.ScheduleItem = crud.same_tour(
        session, orm.ScheduleItem, item_id, tour_id, "vehicle assignment"
    )
    if item.kind is not ItemKind.TRANSFER:
        message = Errors.tr("vehicle assignment: {title} is a {kind}, not a transfer")
        raise ValidationError(message.format(title=repr(item.title), kind=item.kind.value))
    return item


def _people(session: Session, ids: Iterable[int], tour_id: int) -> list[int]:
    unique = list(dict.fromkeys(ids))
    found = set(
        session.scalars(
            select(orm.Participant.id).where(
                orm.Participant.id.in_(unique), orm.Participant.tour_id == tour_id
            )
        )
    )
    missing = [i for i in unique if i not in found]
    if missing:
        message = Errors.tr("vehicle assignment: no such participant {participant} in this tour")
        raise ValidationError(message.format(participant=missing[0]))
    return unique


def _riders(session: Session, vehicle_id: int, item_id: int) -> list[VehicleAssignment]:
    rows = session.scalars(
        select(orm.VehicleAssignment)
        .where(
            orm.VehicleAssignment.vehicle_id == vehicle_id,
            orm.VehicleAssignment.item_id == item_id,
        )
        .order_by(orm.VehicleAssignment.participant_id)
    )
    return [records.vehicle_assignment(r) for r in rows]


def _labels(seats: Mapping[int, Any] | None, ids: list[int]) -> dict[int, str]:
    """The seat labels asked for, checked, by participant id; each must be a passenger's."""
    out: dict[int, str] = {}
    for pid, label in (seats or {}).items():
        if pid not in ids:
            message = Errors.tr(
                "vehicle seat: participant {pid} is not among the passengers being seated"
            )
            raise ValidationError(message.format(pid=pid))
        out[pid] = crud.seat_label(label, "vehicle seat")
    return out


def _seats_unshared(session: Session, vehicle_id: int, item_id: int) -> None:
    """Refuse two riders of one vehicle on one transfer sharing a seat label."""
    rows = session.execute(
        select(orm.VehicleAssignment.seat, orm.Participant.full_name)
        .join(orm.Participant, orm.Participant.id == orm.VehicleAssignment.participant_id)
        .where(
            orm.VehicleAssignment.vehicle_id == vehicle_id,
            orm.VehicleAssignment.item_id == item_id,
            orm.VehicleAssignment.seat != "",
        )
        .order_by(orm.VehicleAssignment.seat, orm.Participant.full_name)
    ).all()
    for (seat, first), (other_seat, second) in pairwise(rows):
        if seat == other_seat:
            vehicle = session.get_one(orm.Vehicle, vehicle_id).name
            message = Errors.tr(
                "vehicle seat: seat {seat} of {vehicle} would be both {first}'s and "
                "{second}'s on this transfer"
            )
            raise ValidationError(
                message.format(seat=repr(seat), vehicle=repr(vehicle), first=first, second=second)
            )


def _seat(
    session: Session,
    vehicle_id: int,
    item_id: int,
    wanted: Iterable[int],
    only: bool,
    seats: Mapping[int, Any] | None = None,
) -> None:
    vehicle = crud.load_row(session, VEHICLE, vehicle_id)
    _transfer(session, item_id, vehicle.tour_id)
    ids = _people(session, wanted, vehicle.tour_id)
    labels = _labels(seats, ids)
    if vehicle.driver_id in ids:
        message = Errors.tr(
            "vehicle assignment: participant {driver_id} drives {name} and cannot also ride it"
        )
        raise ValidationError(message.format(driver_id=vehicle.driver_id, name=repr(vehicle.name)))
    on_this_transfer = orm.VehicleAssignment.item_id == item_id
    if only:
        session.execute(
            delete(orm.VehicleAssignment).where(
                on_this_transfer,
                orm.VehicleAssignment.vehicle_id == vehicle_id,
                orm.VehicleAssignment.participant_id.not_in(ids),
            )
        )
    if ids:
        # Someone who stays in this vehicle keeps their seat unless given a new one; one
        # who moves over from another vehicle leaves their seat there.
        staying = session.execute(
            select(orm.VehicleAssignment.participant_id, orm.VehicleAssignment.seat).where(
                on_this_transfer,
                orm.VehicleAssignment.vehicle_id == vehicle_id,
                orm.VehicleAssignment.participant_id.in_(ids),
            )
        )
        kept = {pid: seat for pid, seat in staying}
        # Whoever rides another vehicle on this transfer moves over.
        session.execute(
            delete(orm.VehicleAssignment).where(
                on_this_transfer, orm.VehicleAssignment.participant_id.in_(ids)
            )
        )
        session.add_all(
            orm.VehicleAssignment(
                vehicle_id=vehicle_id,
                item_id=item_id,
                participant_id=pid,
                seat=labels.get(pid, kept.get(pid, "")),
            )
            for pid in ids
        )
    session.flush()
    _seats_unshared(session, vehicle_id, item_id)


def assign_passengers(
    db: Database,
    vehicle_id: int,
    item_id: int,
    participant_ids: Iterable[int],
    seats: Mapping[int, Any] | None = None,
) -> list[VehicleAssignment]:
    """Seat these people on the vehicle for one transfer. Someone already on another
    vehicle of that transfer moves over (a person rides one vehicle per transfer).
    ``seats`` gives seat labels by participant id ("12", "3A"); someone already in this
    vehicle keeps theirs unless given one, and two riders may not share a label.
    Seating more people than the vehicle has seats is allowed; manifests flag it.
    Returns everyone on the vehicle for that transfer."""
    with transaction(db) as session:
        _seat(session, vehicle_id, item_id, participant_ids, only=False, seats=seats)
        return _riders(session, vehicle_id, item_id)


def set_passengers(
    db: Database,
    vehicle_id: int,
    item_id: int,
    participant_ids: Iterable[int],
    seats: Mapping[int, Any] | None = None,
) -> list[VehicleAssignment]:
    """Make these people exactly the vehicle's passengers for one transfer: others on it
    become unassigned, and the rest is as ``assign_passengers`` says."""
    with transaction(db) as session:
        _seat(session, vehicle_id, item_id, participant_ids, only=True, seats=seats)
        return _riders(session, vehicle_id, item_id)


def set_transfer_seating(
    db: Database, item_id: int, riders: Mapping[int, tuple[int, Any]]
) -> list[VehicleAssignment]:
    """Make ``riders`` (participant id -> (vehicle id, seat label)) exactly who rides which
    vehicle in which seat on one transfer, in one transaction; everyone else on it becomes
    unassigned. Each vehicle is seated as ``set_passengers`` seats it (same checks).
    Returns the transfer's assignments."""
    with transaction(db) as session:
        item = crud.load_row(session, ITEM, item_id)
        _transfer(session, item_id, item.tour_id)
        session.execute(
            delete(orm.VehicleAssignment).where(
                orm.VehicleAssignment.item_id == item_id,
                orm.VehicleAssignment.participant_id.not_in(list(riders)),
            )
        )
        vehicles = session.scalars(
            select(orm.Vehicle.id).where(orm.Vehicle.tour_id == item.tour_id)
        ).all()
        wanted = {vehicle_id for vehicle_id, _seat_label in riders.values()}
        unknown = sorted(wanted - set(vehicles))
        if unknown:
            message = Errors.tr("vehicle assignment: no such vehicle {vehicle} in this tour")
            raise ValidationError(message.format(vehicle=unknown[0]))
        for vehicle_id in vehicles:
            mine = {pid: seat for pid, (vid, seat) in riders.items() if vid == vehicle_id}
            _seat(session, vehicle_id, item_id, mine, only=True, seats=mine)
        rows = session.scalars(
            select(orm.VehicleAssignment)
            .where(orm.VehicleAssignment.item_id == item_id)
            .order_by(orm.VehicleAssignment.vehicle_id, orm.VehicleAssignment.participant_id)
        )
        return [records.vehicle_assignment(r) for r in rows]


def set_seat(db: Database, item_id: int, participant_id: int, seat: Any) -> VehicleAssignment:
    """Give the person riding a vehicle on one transfer the seat labelled ``seat`` ("" for
    none); another rider of that vehicle may not hold the same label. Returns their
    assignment."""
    label = crud.seat_label(seat, "vehicle seat")
    with transaction(db) as session:
        row = session.scalar(
            select(orm.VehicleAssignment).where(
                orm.VehicleAssignment.item_id == item_id,
                orm.VehicleAssignment.participant_id == participant_id,
            )
        )
        if row is None:
            message = Errors.tr(
                "vehicle seat: participant {participant_id} rides no vehicle on this transfer"
            )
            raise ValidationError(message.format(participant_id=participant_id))
        row.seat = label
        session.flush()
        _seats_unshared(session, row.vehicle_id, item_id)
        return records.vehicle_assignment(row)


def unassign_passengers(db: Database, item_id: int, participant_ids: Iterable[int]) -> int:
    """Take these people off whatever vehicle they ride on one transfer; returns how many
    seats were freed."""
    ids = list(participant_ids)
    with transaction(db) as session:
        result = session.execute(
            delete(orm.VehicleAssignment).where(
                orm.VehicleAssignment.item_id == item_id,
                orm.VehicleAssignment.participant_id.in_(ids),
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)


def list_assignments(db: Database, tour: str) -> list[VehicleAssignment]:
    """Every seat taken on every transfer of ``tour``, by item then vehicle then person."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        rows = session.scalars(
            select(orm.VehicleAssignment)
            .join(orm.Vehicle)
            .where(orm.Vehicle.tour_id == tour_id)
            .order_by(
                orm.VehicleAssignment.item_id,
                orm.VehicleAssignment.vehicle_id,
                orm.VehicleAssignment.participant_id,
            )
        )
        return [records.vehicle_assignment(r) for r in rows]
