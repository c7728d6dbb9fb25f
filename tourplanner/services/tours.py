"""Tours: list, create, read, update, delete, and the whole-tour snapshot."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner.core.contacts import check_web_address
from tourplanner.core.enums import TravelMode
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import Tour, TourSnapshot, TravelSettings
from tourplanner.services import crud, on_the_day
from tourplanner.services import validation as v
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records, repository


def _travel(value: Any, field: str) -> TravelSettings:
    if not isinstance(value, TravelSettings):
        raise ValidationError(f"{field}: expected travel settings")
    v.enum_value(TravelMode, value.mode, f"{field} mode")
    if value.speed_kmh is not None and not 0 < value.speed_kmh <= 200:
        raise ValidationError(f"{field}: speed must be above 0 and at most 200 km/h")
    if not 1 <= value.detour_factor <= 5:
        raise ValidationError(f"{field}: detour factor must be from 1 to 5")
    if not 0.5 <= value.traffic_factor <= 5:
        raise ValidationError(f"{field}: traffic factor must be from 0.5 to 5")
    if value.routing_url:
        try:
            check_web_address(value.routing_url)
        except ValueError as error:
            raise ValidationError(f"{field}: routing server: {error}") from None
    for name in ("boarding_minutes", "buffer_minutes"):
        minutes = getattr(value, name)
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 240:
            raise ValidationError(f"{field}: {name.replace('_', ' ')} must be 0 to 240")
    return value


def _set_travel(_session: Session, row: orm.Tour, travel: TravelSettings) -> None:
    row.travel_mode = TravelMode(travel.mode)
    row.travel_speed_kmh = travel.speed_kmh
    row.detour_factor = travel.detour_factor
    row.boarding_minutes = travel.boarding_minutes
    row.buffer_minutes = travel.buffer_minutes
    row.traffic_factor = travel.traffic_factor
    row.routing_url = travel.routing_url


def _dates_in_order(_session: Session, row: orm.Tour) -> None:
    if row.start_date is not None and row.end_date is not None and row.end_date < row.start_date:
        raise ValidationError(
            f"tour end date {row.end_date.isoformat()} is before its start date "
            f"{row.start_date.isoformat()}"
        )


TOUR = crud.Entity[Tour](
    label="tour",
    model=orm.Tour,
    record=records.tour,
    checks={
        "slug": v.key,
        "name": lambda x, f: v.line(x, f, required=True, max_length=300),
        "local_name": lambda x, f: v.line(x, f, max_length=300),
        "description": v.text,
        "start_date": v.day,
        "end_date": v.day,
        "timezone": v.timezone_name,
        "organiser_name": lambda x, f: v.line(x, f, max_length=200),
        "organiser_email": v.email,
        "organiser_phone": v.phone,
        "travel": _travel,
        "hotline": on_the_day.mobile,
        "duty_contacts": on_the_day.duty_contacts,
        "day_notes": on_the_day.day_notes,
    },
    required=frozenset({"slug", "name", "start_date", "end_date"}),
    setters={
        "travel": _set_travel,
        "duty_contacts": on_the_day.set_duty_contacts,
        "day_notes": on_the_day.set_day_notes,
    },
    invariants=_dates_in_order,
)


def tour_exists(db: Database, slug: str) -> bool:
    with transaction(db) as session:
        return session.scalar(select(orm.Tour.id).where(orm.Tour.slug == slug)) is not None


def get_tour(db: Database, slug: str) -> Tour:
    with transaction(db) as session:
        return records.tour(repository.tour_by_slug(session, slug))


def create_tour(db: Database, **values: Any) -> Tour:
    """Create a tour; ``slug``, ``name``, ``start_date`` and ``end_date`` are required."""
    missing = sorted(TOUR.required - set(values))
    if missing:
        raise ValidationError(f"tour: {missing[0]} is required")
    values.setdefault("timezone", "Asia/Shanghai")
    with transaction(db) as session:
        if session.scalar(select(orm.Tour.id).where(orm.Tour.slug == values["slug"])):
            raise ValidationError(f"a tour with slug {values['slug']!r} already exists")
        row = orm.Tour()
        crud.apply_values(TOUR, session, row, values)
        session.add(row)
        session.flush()
        session.refresh(row)
        return records.tour(row)


def update_tour(db: Database, slug: str, expected_version: int | None, **values: Any) -> Tour:
    with transaction(db) as session:
        tour_id = repository.tour_by_slug(session, slug).id
    return crud.update(db, TOUR, tour_id, expected_version, values)


def delete_tour(db: Database, slug: str, expected_version: int | None = None) -> None:
    """Delete a tour and everything in it."""
    with transaction(db) as session:
        tour_id = repository.tour_by_slug(session, slug).id
    crud.delete(db, TOUR, tour_id, expected_version)


def load_snapshot(db: Database, slug: str) -> TourSnapshot:
    """The whole tour as immutable values, read in one short session."""
    with transaction(db) as session:
        return repository.load_snapshot(session, repository.tour_by_slug(session, slug))
