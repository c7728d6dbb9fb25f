"""Sites: the places a tour visits, with their opening hours and briefing facts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tourplanner.core.enums import CoordinateSource, SiteCategory
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.model import OpeningInterval, Site
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import opening_rows


def _coordinate(low: float, high: float) -> crud.Check:
    def check(value: Any, field: str) -> float | None:
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise ValidationError(f"{field}: expected a number from {low} to {high}")
        return float(value)

    return check


def _opening_hours(value: Any, field: str) -> tuple[OpeningInterval, ...]:
    hours = tuple(value or ())
    for h in hours:
        if not isinstance(h, OpeningInterval) or not 0 <= h.weekday <= 6:
            raise ValidationError(f"{field}: expected opening intervals with weekday 0-6")
        if h.closes <= h.opens:
            raise ValidationError(f"{field}: closes {h.closes} must be after opens {h.opens}")
    return hours


def _text_list(value: Any, field: str) -> list[str]:
    items = list(value or ())
    if not all(isinstance(x, str) and x.strip() for x in items):
        raise ValidationError(f"{field}: expected a list of non-empty texts")
    return items


def _set_hours(_session: Session, row: orm.Site, hours: tuple[OpeningInterval, ...]) -> None:
    row.opening_hours = opening_rows(hours)


def _coordinates_together(_session: Session, row: orm.Site) -> None:
    if (row.latitude is None) != (row.longitude is None):
        raise ValidationError("site: latitude and longitude must be given together")


SITE = crud.Entity[Site](
    label="site",
    model=orm.Site,
    record=records.site,
    checks={
        "key": v.key,
        "name": lambda x, f: v.line(x, f, required=True, max_length=300),
        "local_name": lambda x, f: v.line(x, f, max_length=300),
        "category": lambda x, f: v.enum_value(SiteCategory, x, f),
        "address": v.text,
        "local_address": v.text,
        "meeting_point": v.text,
        "local_meeting_point": v.text,
        "latitude": _coordinate(-90, 90),
        "longitude": _coordinate(-180, 180),
        "coord_source": lambda x, f: None if x is None else v.enum_value(CoordinateSource, x, f),
        "coord_approximate": v.flag,
        "timezone": v.optional_timezone,
        "opening_hours": _opening_hours,
        "capacity": v.optional_int,
        "contact_name": lambda x, f: v.line(x, f, max_length=200),
        "contact_phone": v.phone,
        "contact_email": v.email,
        "description": v.text,
        "key_facts": _text_list,
        "illustrative": v.flag,
    },
    required=frozenset({"key", "name", "category"}),
    setters={"opening_hours": _set_hours},
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
        raise NotFoundError(f"no site with id {crud.shown_id(site_id)}")
    with transaction(db) as session:
        used = session.scalar(select(func.count()).where(orm.ScheduleItem.site_id == site_id))
    if used:
        raise ValidationError(
            f"site {site_id} is used by {used} schedule item(s); move or delete them first"
        )
    crud.delete(db, SITE, site_id, expected_version)
