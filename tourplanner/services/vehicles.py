"""Vehicles: the tour's coaches, vans and cars, and who rides which one on each transfer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tourplanner.core.enums import ItemKind
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import Vehicle, VehicleAssignment
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import tour_by_slug


def _driver_id(value: Any, field: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(f"{field}: expected a participant id or nothing")
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
            "vehicle driver: this person rides the vehicle as a passenger on a transfer; "
            "take them off it first"
        )


VEHICLE = crud.Entity[Vehicle](
    label="vehicle",
    model=orm.Vehicle,
    record=records.vehicle,
    checks={
        "key": v.key,
        "name": lambda x, f: v.text(x, f, required=True, max_length=200),
        "plate": lambda x, f: v.text(x, f, max_length=40),
        "seats": lambda x, f: v.optional_int(x, f, minimum=1, maximum=1000),
        "driver_id": _driver_id,
        "notes": v.text,
        "illustrative": v.flag,
    },
    required=frozenset({"key", "name", "seats"}),
    setters={"driver_id": _set_driver},
    invariants=_driver_is_not_a_passenger,
)


def create_vehicle(db: Database, tour: str, **values: Any) -> Vehicle:
    """Add a vehicle to ``tour``; ``key``, ``name`` and ``seats`` (passenger seats) are
    required, ``driver_id`` names a participant of the same tour."""
    if values.get("seats") is None:
        raise ValidationError("vehicle seats: a number of seats is required")
    return crud.create(db, VEHICLE, tour, values)


def get_vehicle(db: Database, vehicle_id: int) -> Vehicle:
    return crud.get(db, VEHICLE, vehicle_id)


def list_vehicles(db: Database, tour: str) -> list[Vehicle]:
    return crud.list_for_tour(db, VEHICLE, tour, orm.Vehicle.key)


def update_vehicle(
    db: Database, vehicle_id: int, expected_version: int | None, **values: Any
) -> Vehicle:
    if "seats" in values and values["seats"] is None:
        raise ValidationError("vehicle seats: a number of seats is required")
    return crud.update(db, VEHICLE, vehicle_id, expected_version, values)


def delete_vehicle(db: Database, vehicle_id: int, expected_version: int | None = None) -> None:
    """Delete a vehicle; its passengers on every transfer become unassigned."""
    crud.delete(db, VEHICLE, vehicle_id, expected_version)


def _transfer(session: Session, item_id: int, tour_id: int) -> orm.ScheduleItem:
    item: orm.ScheduleItem = crud.same_tour(
        session, orm.ScheduleItem, item_id, tour_id, "vehicle assignment"
    )
    if item.kind is not ItemKind.TRANSFER:
        raise ValidationError(
            f"vehicle assignment: {item.title!r} is a {item.kind.value}, not a transfer"
        )
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
        raise ValidationError(f"vehicle assignment: no such participant {missing[0]} in this tour")
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
            raise ValidationError(
                f"vehicle seat: participant {pid} is not among the passengers being seated"
            )
        out[pid] = v.seat_label(label, "vehicle seat")
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
            raise ValidationError(
                f"vehicle seat: seat {seat!r} of {vehicle!r} would be both {first}'s and "
                f"{second}'s on this transfer"
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
        raise ValidationError(
            f"vehicle assignment: participant {vehicle.driver_id} drives {vehicle.name!r} "
            "and cannot also ride it"
        )
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


def set_seat(db: Database, item_id: int, participant_id: int, seat: Any) -> VehicleAssignment:
    """Give the person riding a vehicle on one transfer the seat labelled ``seat`` ("" for
    none); another rider of that vehicle may not hold the same label. Returns their
    assignment."""
    label = v.seat_label(seat, "vehicle seat")
    with transaction(db) as session:
        row = session.scalar(
            select(orm.VehicleAssignment).where(
                orm.VehicleAssignment.item_id == item_id,
                orm.VehicleAssignment.participant_id == participant_id,
            )
        )
        if row is None:
            raise ValidationError(
                f"vehicle seat: participant {participant_id} rides no vehicle on this transfer"
            )
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
