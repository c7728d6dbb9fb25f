"""The tour list, read with SQLAlchemy Core: the GUI shows it at start-up, before anything
needs the ORM and the models (together a fifth of a second to import)."""

from __future__ import annotations

from sqlalchemy import Date, Integer, String, column, select, table

from tourplanner.core.model import TourSummary
from tourplanner.services.database import Database, reading

# The columns of the ``tour`` table a TourSummary needs (store/models.py defines the table).
_TOUR = table(
    "tour",
    column("id", Integer),
    column("slug", String),
    column("name", String),
    column("local_name", String),
    column("start_date", Date),
    column("end_date", Date),
)


def list_tours(db: Database) -> list[TourSummary]:
    """Every tour, earliest first."""
    query = select(_TOUR).order_by(_TOUR.c.start_date, _TOUR.c.slug)
    with reading(db) as conn:
        return [TourSummary(**row._mapping) for row in conn.execute(query)]
