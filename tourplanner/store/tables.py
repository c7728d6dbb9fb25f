"""The ``tour`` table, declared once, in SQLAlchemy Core.

The ORM maps ``models.Tour`` onto this table; the tour list at start-up reads it directly,
before the ORM and the models (a fifth of a second to import) are needed. The metadata,
naming convention and column helpers shared with ``models`` live here for that reason.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    Enum,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from tourplanner.core.enums import TravelMode
from tourplanner.store.types import UTCDateTime

# Deterministic constraint names keep Alembic migrations identical on both backends.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
METADATA = MetaData(naming_convention=NAMING)


def enum_column(enum_cls: type, name: str) -> Enum:
    """A string column limited to the enum's values by a CHECK constraint on every backend."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def utc_now() -> datetime:
    """The default of created/updated columns."""
    return datetime.now(UTC)


TOUR = Table(
    "tour",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("slug", String(64), unique=True, nullable=False),
    Column("name", String(300), nullable=False),
    Column("local_name", String(300), nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    Column("start_date", Date, nullable=False),
    Column("end_date", Date, nullable=False),
    Column("timezone", String(64), nullable=False, default="Asia/Shanghai"),
    Column("organiser_name", String(200), nullable=False, default=""),
    Column("organiser_email", String(254), nullable=False, default=""),
    Column("organiser_phone", String(64), nullable=False, default=""),
    Column(
        "travel_mode",
        enum_column(TravelMode, "travel_mode"),
        nullable=False,
        default=TravelMode.CAR,
    ),
    Column("travel_speed_kmh", Float, nullable=True),
    Column("detour_factor", Float, nullable=False, default=1.4),
    Column("boarding_minutes", Integer, nullable=False, default=5),
    Column("buffer_minutes", Integer, nullable=False, default=5),
    Column("created_at", UTCDateTime, nullable=False, default=utc_now),
    Column("updated_at", UTCDateTime, nullable=False, default=utc_now, onupdate=utc_now),
    # Where ``publish`` writes the phone pages (a folder or a WebDAV URL, never a
    # password) and the public address of that place; "" until the first publication.
    Column("publish_target", String(1000), nullable=False, default=""),
    Column("publish_base_url", String(1000), nullable=False, default=""),
    # The 24-hour line delegates call on the day (a mobile number, checked on entry).
    Column("hotline", String(64), nullable=False, default=""),
    # Road times: the OSRM-compatible server to ask, and how much slower than free flow
    # the traffic is expected to be.
    Column("routing_url", String(1000), nullable=False, default=""),
    Column("traffic_factor", Float, nullable=False, default=1.0),
    # The gift log's value limit: an amount as text with the currency's decimals ("" =
    # none) and its ISO 4217 currency.
    Column("gift_limit", String(32), nullable=False, default=""),
    Column("gift_limit_currency", String(3), nullable=False, default=""),
    # Times of day with their own traffic factor, as ``core.travel.traffic_bands_text``
    # writes them ("07:30–09:30 ×1.5, 17:00–19:30 ×1.5"); "" for none.
    Column("traffic_bands", String(400), nullable=False, default=""),
    # Optimistic locking (see models.Versioned).
    Column("version_id", Integer, nullable=False),
    CheckConstraint("end_date >= start_date", name="dates_in_order"),
    CheckConstraint("length(slug) > 0", name="slug_not_empty"),
    CheckConstraint(
        "travel_speed_kmh IS NULL OR (travel_speed_kmh > 0 AND travel_speed_kmh <= 200)",
        name="speed_sensible",
    ),
    CheckConstraint("detour_factor >= 1 AND detour_factor <= 5", name="detour_sensible"),
    CheckConstraint("boarding_minutes >= 0 AND boarding_minutes <= 240", name="boarding"),
    CheckConstraint("buffer_minutes >= 0 AND buffer_minutes <= 240", name="buffer"),
    CheckConstraint("traffic_factor >= 0.5 AND traffic_factor <= 5", name="traffic"),
)
