"""The tour list, read with SQLAlchemy Core: the GUI shows it at start-up, before anything
needs the ORM and the models (together a fifth of a second to import)."""

from __future__ import annotations

from sqlalchemy import select

from tourplanner.core.model import TourSummary
from tourplanner.services.database import Database, reading
from tourplanner.store.tables import TOUR

_SUMMARY = (
    TOUR.c.id,
    TOUR.c.slug,
    TOUR.c.name,
    TOUR.c.local_name,
    TOUR.c.start_date,
    TOUR.c.end_date,
)


def list_tours(db: Database) -> list[TourSummary]:
    """Every tour, earliest first."""
    query = select(*_SUMMARY).order_by(TOUR.c.start_date, TOUR.c.slug)
    with reading(db) as conn:
        return [TourSummary(**row._mapping) for row in conn.execute(query)]
