"""Sites: the places a tour visits, with their opening hours and briefing facts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tourplanner.core.enums import CoordinateSource, SiteCategory
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.model import BusyBlock, OpeningInterval, Site, TravelOverride
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database, transaction
from tourplanner.services.items import ITEM
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import opening_rows, tour_by_slug


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
                raise NotFoundError(f"no site with id {site_id} in tour {tour!r}")
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
