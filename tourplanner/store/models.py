"""SQLAlchemy ORM models. Every rule that must always hold is a database constraint."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from tourplanner.core.dispatch import DispatchKind, DispatchResult
from tourplanner.core.enums import (
    AttendanceRole,
    AttendanceScope,
    ContactRole,
    CoordinateSource,
    GeocodeStatus,
    GiftStatus,
    ItemKind,
    ItemStatus,
    ParticipantRole,
    SiteCategory,
    TravelMode,
)
from tourplanner.core.tokens import new_token
from tourplanner.store.tables import METADATA, TOUR, enum_column, utc_now
from tourplanner.store.types import UTCDateTime


class Base(DeclarativeBase):
    metadata = METADATA


def table_of(model: type[Base]) -> Table:
    """The Table a mapped class is declared on, for Core statements (bulk imports).

    ``__table__`` is typed as a FromClause, which has no insert(); every class here is
    declared on one Table."""
    return cast(Table, model.__table__)


class Versioned:
    """Optimistic locking: an UPDATE whose version no longer matches touches no row,
    and SQLAlchemy raises StaleDataError, which services turn into ConcurrentEditError."""

    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version_id}


class Tour(Base):
    """A tour. Its table is declared in ``store.tables`` (the tour list reads it without the
    ORM); the annotations here are the mapped columns' types."""

    __table__ = TOUR
    __mapper_args__ = {"version_id_col": TOUR.c.version_id}  # noqa: RUF012 (as Versioned)

    id: Mapped[int]
    slug: Mapped[str]
    name: Mapped[str]
    local_name: Mapped[str]
    description: Mapped[str]
    start_date: Mapped[date]
    end_date: Mapped[date]
    timezone: Mapped[str]
    organiser_name: Mapped[str]
    organiser_email: Mapped[str]
    organiser_phone: Mapped[str]
    travel_mode: Mapped[TravelMode]
    travel_speed_kmh: Mapped[float | None]
    detour_factor: Mapped[float]
    boarding_minutes: Mapped[int]
    buffer_minutes: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    publish_target: Mapped[str]
    publish_base_url: Mapped[str]
    hotline: Mapped[str]
    routing_url: Mapped[str]
    traffic_factor: Mapped[float]
    gift_limit: Mapped[str]
    gift_limit_currency: Mapped[str]
    traffic_bands: Mapped[str]
    version_id: Mapped[int]

    sites: Mapped[list[Site]] = relationship(
        back_populates="tour", cascade="all, delete-orphan", passive_deletes=True
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="tour", cascade="all, delete-orphan", passive_deletes=True
    )
    groups: Mapped[list[Group]] = relationship(
        back_populates="tour", cascade="all, delete-orphan", passive_deletes=True
    )
    items: Mapped[list[ScheduleItem]] = relationship(
        back_populates="tour", cascade="all, delete-orphan", passive_deletes=True
    )
    busy_blocks: Mapped[list[BusyBlock]] = relationship(
        back_populates="tour", cascade="all, delete-orphan", passive_deletes=True
    )
    travel_overrides: Mapped[list[TravelOverride]] = relationship(
        back_populates="tour", cascade="all, delete-orphan", passive_deletes=True
    )
    duty_contacts: Mapped[list[DutyContact]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DutyContact.position"
    )
    day_notes: Mapped[list[DayNote]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DayNote.day"
    )


class Site(Versioned, Base):
    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    local_name: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[SiteCategory] = mapped_column(enum_column(SiteCategory, "site_category"))
    address: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    coord_source: Mapped[CoordinateSource | None] = mapped_column(
        enum_column(CoordinateSource, "coordinate_source")
    )
    coord_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    timezone: Mapped[str | None] = mapped_column(String(64))
    capacity: Mapped[int | None] = mapped_column(Integer)
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(64), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    key_facts: Mapped[list[str]] = mapped_column(JSON, default=list)
    illustrative: Mapped[bool] = mapped_column(Boolean, default=False)
    geocode_status: Mapped[GeocodeStatus | None] = mapped_column(
        enum_column(GeocodeStatus, "geocode_status")
    )
    geocode_message: Mapped[str] = mapped_column(Text, default="")
    # The private folder name of the site's host page (core.tokens); made on insert.
    publish_token: Mapped[str] = mapped_column(String(86), default=new_token)
    # In the local script and order (重庆市渝北区…); where the delegation gets off or
    # goes in, in English and in the local language.
    local_address: Mapped[str] = mapped_column(Text, default="")
    meeting_point: Mapped[str] = mapped_column(Text, default="")
    local_meeting_point: Mapped[str] = mapped_column(Text, default="")
    # Dates with other hours, one per line as ``core.timeutil.opening_exceptions_text``
    # writes them ("2027-01-01 closed"): a few per site, never queried by date.
    opening_exceptions: Mapped[str] = mapped_column(Text, default="")

    tour: Mapped[Tour] = relationship(back_populates="sites")
    opening_hours: Mapped[list[OpeningHours]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="[OpeningHours.weekday, OpeningHours.opens]",
    )
    contacts: Mapped[list[SiteContact]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="SiteContact.position"
    )

    __table_args__ = (
        UniqueConstraint("tour_id", "key"),
        UniqueConstraint("tour_id", "publish_token"),
        CheckConstraint("length(publish_token) >= 22", name="token_long_enough"),
        CheckConstraint("latitude IS NULL OR (latitude >= -90 AND latitude <= 90)", name="lat"),
        CheckConstraint(
            "longitude IS NULL OR (longitude >= -180 AND longitude <= 180)", name="lon"
        ),
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="lat_lon_together"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )


class OpeningHours(Base):
    """One interval in a site's weekly opening hours. A site with no rows is not restricted;
    a site with rows is closed on weekdays that have none."""

    __tablename__ = "opening_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)

    __table_args__ = (
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday"),
        CheckConstraint("closes > opens", name="closes_after_opens"),
    )


class SiteContact(Base):
    """Someone at a site named by role (host, catering, gate), in the organiser's order.
    Written afresh with the site (nothing refers to these rows)."""

    __tablename__ = "site_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[ContactRole] = mapped_column(enum_column(ContactRole, "contact_role"))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (
        CheckConstraint("position >= 0", name="position_not_negative"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )


class Gift(Versioned, Base):
    """One gift of a tour's gift log. Each side is a participant or an organisation
    (never both); deleting a person or an item keeps the gift, without them."""

    __tablename__ = "gift"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(String(300))
    from_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    from_organisation: Mapped[str] = mapped_column(String(300), default="")
    to_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    to_organisation: Mapped[str] = mapped_column(String(300), default="")
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("schedule_item.id", ondelete="SET NULL"), index=True
    )
    # Text with the currency's decimals ("1200.00"), "" when not known: exact on every
    # backend (SQLite has no decimal type).
    value: Mapped[str] = mapped_column(String(32), default="")
    currency: Mapped[str] = mapped_column(String(3), default="")
    status: Mapped[GiftStatus] = mapped_column(enum_column(GiftStatus, "gift_status"))
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("length(what) > 0", name="what_not_empty"),
        CheckConstraint("from_participant_id IS NULL OR from_organisation = ''", name="one_giver"),
        CheckConstraint("to_participant_id IS NULL OR to_organisation = ''", name="one_taker"),
        CheckConstraint("value = '' OR currency <> ''", name="value_has_currency"),
    )


class DutyContact(Base):
    """One person on duty for a tour, in the order delegates should call them. Written
    afresh with the tour (nothing refers to these rows)."""

    __tablename__ = "duty_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    local_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    mobile: Mapped[str] = mapped_column(String(64))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (
        CheckConstraint("position >= 0", name="position_not_negative"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("length(mobile) > 0", name="mobile_not_empty"),
    )


class DayNote(Base):
    """What delegates should know about one day: weather, what to bring, dress. One row
    per tour and date; written afresh with the tour."""

    __tablename__ = "day_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    weather: Mapped[str] = mapped_column(Text, default="")
    bring: Mapped[str] = mapped_column(Text, default="")
    dress: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("tour_id", "day"),)


class Participant(Versioned, Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200))
    local_name: Mapped[str] = mapped_column(String(200), default="")
    honorific: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[ParticipantRole] = mapped_column(enum_column(ParticipantRole, "participant_role"))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    dietary: Mapped[str] = mapped_column(Text, default="")
    accessibility: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    is_vip: Mapped[bool] = mapped_column(Boolean, default=False)
    precedence: Mapped[int | None] = mapped_column(Integer)
    illustrative: Mapped[bool] = mapped_column(Boolean, default=False)
    # The private folder name of their phone page (core.tokens); made on insert.
    publish_token: Mapped[str] = mapped_column(String(86), default=new_token)
    # Forms of address the organiser set (core.address.FIELDS -> text).
    address: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    tour: Mapped[Tour] = relationship(back_populates="participants")

    __table_args__ = (
        UniqueConstraint("tour_id", "key"),
        UniqueConstraint("tour_id", "publish_token"),
        CheckConstraint("length(publish_token) >= 22", name="token_long_enough"),
        CheckConstraint("length(full_name) > 0", name="name_not_empty"),
        CheckConstraint("precedence IS NULL OR precedence > 0", name="precedence_positive"),
    )


class GroupMember(Base):
    __tablename__ = "group_member"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("participant_group.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Group(Versioned, Base):
    __tablename__ = "participant_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    local_name: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    tour: Mapped[Tour] = relationship(back_populates="groups")
    members: Mapped[list[GroupMember]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by=GroupMember.participant_id
    )

    __table_args__ = (UniqueConstraint("tour_id", "key"),)


class ScheduleItem(Versioned, Base):
    __tablename__ = "schedule_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[ItemKind] = mapped_column(enum_column(ItemKind, "item_kind"))
    title: Mapped[str] = mapped_column(String(300))
    local_title: Mapped[str] = mapped_column(String(300), default="")
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    description: Mapped[str] = mapped_column(Text, default="")
    dress_code: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ItemStatus] = mapped_column(enum_column(ItemStatus, "item_status"))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    illustrative: Mapped[bool] = mapped_column(Boolean, default=False)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    # A transfer's origin (site_id is where it goes); NULL: where the riders were.
    from_site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    # False: on the Unscheduled list; the times then only keep its duration.
    scheduled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    tour: Mapped[Tour] = relationship(back_populates="items")
    attendance: Mapped[list[AttendanceRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AttendanceRow.id"
    )

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint("sequence >= 0", name="sequence_not_negative"),
        CheckConstraint("length(uid) > 0", name="uid_not_empty"),
        Index("ix_schedule_item_tour_start", "tour_id", "starts_at"),
    )


class AttendanceRow(Base):
    """Who an item brings: the delegation, a group or a person (exactly as ``scope`` says)."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("schedule_item.id", ondelete="CASCADE"), index=True
    )
    scope: Mapped[AttendanceScope] = mapped_column(enum_column(AttendanceScope, "attendance_scope"))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant_group.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[AttendanceRole] = mapped_column(enum_column(AttendanceRole, "attendance_role"))

    __table_args__ = (
        CheckConstraint(
            "(scope = 'delegation' AND group_id IS NULL AND participant_id IS NULL)"
            " OR (scope = 'group' AND group_id IS NOT NULL AND participant_id IS NULL)"
            " OR (scope = 'person' AND participant_id IS NOT NULL AND group_id IS NULL)",
            name="scope_matches_target",
        ),
        UniqueConstraint("item_id", "scope", "group_id", "participant_id"),
    )


class BusyBlock(Versioned, Base):
    """An outside commitment of a person or a site (exactly one of the two)."""

    __tablename__ = "busy_block"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    site_id: Mapped[int | None] = mapped_column(
        ForeignKey("site.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(String(300), default="")

    tour: Mapped[Tour] = relationship(back_populates="busy_blocks")

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint("(participant_id IS NULL) <> (site_id IS NULL)", name="person_or_site"),
    )


class TravelOverride(Versioned, Base):
    """An organiser's own travel time for one leg between two sites of a tour."""

    __tablename__ = "travel_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    from_site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    to_site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    tour: Mapped[Tour] = relationship(back_populates="travel_overrides")

    __table_args__ = (
        UniqueConstraint("tour_id", "from_site_id", "to_site_id"),
        CheckConstraint("from_site_id <> to_site_id", name="two_sites"),
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_sensible"),
    )


class GeocodeResult(Base):
    """A geocoder's answer for one query, kept so no address is ever looked up twice.

    A query with no match is kept too (no coordinates); failures such as timeouts are not.
    """

    __tablename__ = "geocode_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    server: Mapped[str] = mapped_column(String(300))
    query: Mapped[str] = mapped_column(String(1000))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    display_name: Mapped[str] = mapped_column(Text, default="")
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    __table_args__ = (UniqueConstraint("server", "query"),)


class RoadTime(Base):
    """A routing server's road time between two points, for one profile (driving, foot).

    A cache, shared by every tour: keyed by both coordinates (rounded to 1e-6 degrees, about
    10 cm) and the profile, so a site whose coordinates change simply stops matching; the
    services also delete the legs of coordinates a site no longer has.
    """

    __tablename__ = "road_time"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile: Mapped[str] = mapped_column(String(32))
    from_latitude: Mapped[float] = mapped_column(Float)
    from_longitude: Mapped[float] = mapped_column(Float)
    to_latitude: Mapped[float] = mapped_column(Float)
    to_longitude: Mapped[float] = mapped_column(Float)
    seconds: Mapped[float] = mapped_column(Float)
    meters: Mapped[float] = mapped_column(Float)
    server: Mapped[str] = mapped_column(String(300))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # The road the leg follows (an encoded polyline, ``core.polyline``), "" until a route
    # request has given it.
    geometry: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint(
            "profile",
            "from_latitude",
            "from_longitude",
            "to_latitude",
            "to_longitude",
            name="uq_road_time_leg",  # the generated name is over PostgreSQL's 63 bytes
        ),
        Index("ix_road_time_from", "profile", "from_latitude", "from_longitude"),
        CheckConstraint("seconds >= 0", name="seconds_not_negative"),
        CheckConstraint("meters >= 0", name="meters_not_negative"),
    )


class ChangeLog(Base):
    """One change to a tour's plan: who, when, what (record, fields before and after), and
    the operation that grouped it (an edit, its undo, an import). Written in the same
    transaction as the change (store/history.py); kept for the life of the tour."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    who: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(300), default="")
    operation: Mapped[str] = mapped_column(String(36), default="")
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_key: Mapped[str] = mapped_column(String(300), default="")
    record_label: Mapped[str] = mapped_column(String(300), default="")
    op: Mapped[str] = mapped_column(String(10))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (
        Index("ix_change_log_tour_at", "tour_id", "at"),
        CheckConstraint("op IN ('create', 'update', 'delete')", name="op_known"),
    )


class Presence(Base):
    """Who has a tour open right now, and where: one row per open window, refreshed while
    it stays open and removed when it closes (rows not seen for a while are ignored)."""

    __tablename__ = "presence"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"))
    client: Mapped[str] = mapped_column(String(36))
    who: Mapped[str] = mapped_column(String(200), default="")
    view: Mapped[str] = mapped_column(String(40), default="")
    day: Mapped[str] = mapped_column(String(10), default="")
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    __table_args__ = (UniqueConstraint("tour_id", "client"),)


class CalendarSyncState(Base):
    """What this program last put in a CalDAV calendar for one event (one UID).

    A sync compares it with the server's listing to tell our own changes (the content hash
    differs) from someone else's (the server's ETag differs from the one recorded), so a
    host's edit is never overwritten unnoticed and an unchanged event is never sent again.
    ``host_deleted`` remembers that the organiser accepted a host's deletion, so the event
    is not put back until the item changes again.
    """

    __tablename__ = "calendar_sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    calendar_url: Mapped[str] = mapped_column(String(1000))
    uid: Mapped[str] = mapped_column(String(255))
    href: Mapped[str] = mapped_column(String(1000))
    etag: Mapped[str | None] = mapped_column(String(300))
    content_hash: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    host_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    synced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    __table_args__ = (
        UniqueConstraint("calendar_url", "uid"),
        CheckConstraint("sequence >= 0", name="sequence_not_negative"),
        CheckConstraint("length(content_hash) = 64", name="hash_is_sha256"),
    )


class Vehicle(Versioned, Base):
    """A coach, van or car of a tour; ``seats`` counts passenger seats, not the driver's."""

    __tablename__ = "vehicle"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    plate: Mapped[str] = mapped_column(String(40), default="")
    seats: Mapped[int] = mapped_column(Integer)
    # Deleting the driver leaves the vehicle without one rather than deleting the vehicle.
    driver_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    illustrative: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("tour_id", "key"),
        CheckConstraint("seats > 0 AND seats <= 1000", name="seats_positive"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )


class VehicleAssignment(Base):
    """One person riding one vehicle on one transfer item."""

    __tablename__ = "vehicle_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(
        ForeignKey("vehicle.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("schedule_item.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    # The seat's label ("12", "3A"), "" when none is given. Two riders of a vehicle on a
    # transfer may not share one; the service and the tour-file reader refuse it (a
    # partial unique index would do it too, but "" must stay free to repeat).
    seat: Mapped[str] = mapped_column(String(16), default="")

    # A person rides one vehicle per transfer; the constraint's index also serves item_id.
    __table_args__ = (UniqueConstraint("item_id", "participant_id"),)


class ItemTable(Base):
    """One table of a seated item (a meal, a ceremony): its number, shape and seats."""

    __tablename__ = "item_table"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("schedule_item.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    shape: Mapped[str] = mapped_column(String(16))
    seats: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("item_id", "number"),
        CheckConstraint("number > 0", name="number_positive"),
        CheckConstraint("seats > 0", name="seats_positive"),
        CheckConstraint("shape IN ('round', 'long')", name="shape_known"),
    )


class Seat(Base):
    """One person in one seat of a seated item (seats count clockwise from the host)."""

    __tablename__ = "seat"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("schedule_item.id", ondelete="CASCADE"))
    table_number: Mapped[int] = mapped_column(Integer)
    seat_number: Mapped[int] = mapped_column(Integer)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )

    # One seat per person per item, one person per seat.
    __table_args__ = (
        UniqueConstraint("item_id", "participant_id"),
        UniqueConstraint("item_id", "table_number", "seat_number"),
        CheckConstraint("seat_number > 0", name="seat_number_positive"),
    )


class Dispatch(Base):
    """One message sent (or tried, or written by a dry run) to one recipient.

    It records what the message carried, so a later run can tell who has an older
    version: ``pdf_hash`` is the briefing's content hash (for a host of several sites, a
    hash of their briefings' hashes) and ``items`` maps each calendar item's UID to its
    SEQUENCE, local start and end, title, status and place. ``recipient_key`` is
    ``person:KEY`` or ``site:KEY``: it survives a participant being deleted (the id is
    then cleared) and is what "their last dispatch" is looked up by.
    """

    __tablename__ = "dispatch"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"))
    recipient_key: Mapped[str] = mapped_column(String(140))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    site_id: Mapped[int | None] = mapped_column(
        ForeignKey("site.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(320), default="")
    kind: Mapped[DispatchKind] = mapped_column(enum_column(DispatchKind, "dispatch_kind"))
    pdf_hash: Mapped[str] = mapped_column(String(64), default="")
    items: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    result: Mapped[DispatchResult] = mapped_column(enum_column(DispatchResult, "dispatch_result"))
    reason: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(300), default="")
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # How many errors ``check`` reported when the organiser sent anyway (allow_errors);
    # 0 for everything sent from a tour without errors.
    open_errors: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))

    __table_args__ = (
        # "The last dispatch of each recipient" reads this index in order.
        Index("ix_dispatch_tour_recipient", "tour_id", "recipient_key", "sent_at"),
        CheckConstraint("length(recipient_key) > 0", name="recipient_not_empty"),
        CheckConstraint("length(pdf_hash) IN (0, 64)", name="hash_is_sha256"),
        CheckConstraint("open_errors >= 0", name="open_errors_not_negative"),
    )


class MailTemplate(Versioned, Base):
    """A tour's own subject and body for one kind of message in one language; without a
    row the built-in template (``core.templates``) is used."""

    __tablename__ = "mail_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"))
    kind: Mapped[DispatchKind] = mapped_column(enum_column(DispatchKind, "mail_template_kind"))
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    __table_args__ = (
        UniqueConstraint("tour_id", "kind", "language"),
        CheckConstraint("language IN ('en', 'zh')", name="language_known"),
        CheckConstraint("length(subject) > 0", name="subject_not_empty"),
    )


class DocumentVersion(Base):
    """The current version of one PDF document of a tour: per kind (delegate, booklet,
    host, runsheet) and recipient (a participant's or site's key, "" for the booklet
    and run sheet).

    ``content_hash`` is the digest of the document's facts and options (never of its
    issue stamp); a new hash bumps ``version`` and sets ``issued_at``. ``items`` maps
    each item's key to its digest, so the next version can tell which items changed;
    ``changed`` lists the labels of the items that changed since the previous version,
    as page 1 prints them.
    """

    __tablename__ = "document_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(140), default="")
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    items: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    changed: Mapped[list[Any]] = mapped_column(JSON, default=list)

    __table_args__ = (
        UniqueConstraint("tour_id", "kind", "recipient"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("length(content_hash) = 64", name="hash_is_sha256"),
    )
