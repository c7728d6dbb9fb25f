"""Travel overrides: the organiser's own travel times for legs they know better."""

from __future__ import annotations

from sqlalchemy import select

from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.model import TravelOverride
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import tour_by_slug


def set_override(
    db: Database, tour: str, from_site_id: int, to_site_id: int, minutes: int, note: str = ""
) -> TravelOverride:
    """Record (or change) the travel time from one site to another. It wins over the
    estimate and also covers the way back unless that leg has its own override."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 1440:
        raise ValidationError("travel override: minutes must be a whole number from 1 to 1440")
    if from_site_id == to_site_id:
        raise ValidationError("travel override: choose two different sites")
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        for site_id in (from_site_id, to_site_id):
            crud.same_tour(session, orm.Site, site_id, tour_row.id, "travel override")
        row = session.scalar(
            select(orm.TravelOverride).where(
                orm.TravelOverride.tour_id == tour_row.id,
                orm.TravelOverride.from_site_id == from_site_id,
                orm.TravelOverride.to_site_id == to_site_id,
            )
        )
        if row is None:
            row = orm.TravelOverride(
                tour_id=tour_row.id, from_site_id=from_site_id, to_site_id=to_site_id
            )
            session.add(row)
        row.minutes = minutes
        row.note = note
        session.flush()
        return records.travel_override(row)


def list_overrides(db: Database, tour: str) -> list[TravelOverride]:
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        rows = session.scalars(
            select(orm.TravelOverride)
            .where(orm.TravelOverride.tour_id == tour_row.id)
            .order_by(orm.TravelOverride.id)
        )
        return [records.travel_override(r) for r in rows]


def delete_override(db: Database, override_id: int) -> None:
    with transaction(db) as session:
        row = session.get(orm.TravelOverride, override_id)
        if row is None:
            raise NotFoundError(f"no travel override with id {override_id}")
        session.delete(row)
