"""Immutable values of the domain.

Services return these as plain results, and the whole-tour snapshot that checks and
exports read is built from them. Nothing here knows how they are stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cached_property

from tourplanner.core.enums import (
    DEFAULT_SPEED_KMH,
    DELEGATION_ROLES,
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


@dataclass(frozen=True, slots=True)
class OpeningInterval:
    """One opening interval on a weekday (0 = Monday) in the site's local time."""

    weekday: int
    opens: time
    closes: time


@dataclass(frozen=True, slots=True)
class OpeningException:
    """A date on which a site keeps other hours than its weekly ones, in its local time:
    closed all day when ``spans`` is empty, else open only in ``spans`` (opens, closes),
    sorted by opening time. Made by ``core.timeutil.parse_opening_exception``."""

    day: date
    spans: tuple[tuple[time, time], ...] = ()

    @property
    def closed(self) -> bool:
        return not self.spans


@dataclass(frozen=True, slots=True)
class TrafficBand:
    """A time of day when road times are multiplied by ``factor`` instead of the tour's
    traffic factor (rush hours: 07:30 to 09:30 × 1.5), by the leg's local departure time;
    ``starts`` inclusive, ``ends`` exclusive. Checked by ``core.travel.check_traffic_bands``."""

    starts: time
    ends: time
    factor: float


@dataclass(frozen=True, slots=True)
class TravelSettings:
    """How a tour estimates the time between two sites.

    Travel time = geodesic distance x ``detour_factor`` / speed + ``boarding_minutes``;
    a gap between two items must also leave ``buffer_minutes`` spare.
    """

    mode: TravelMode = TravelMode.CAR
    speed_kmh: float | None = None  # None: the mode's usual urban speed
    detour_factor: float = 1.4
    boarding_minutes: int = 5
    buffer_minutes: int = 5
    # Road times from a routing server are free-flow times; real traffic is slower.
    traffic_factor: float = 1.0
    # The OSRM-compatible server ``roads`` asks ("" = none set for this tour).
    routing_url: str = ""
    # Times of day with their own traffic factor (rush hours), in time order.
    traffic_bands: tuple[TrafficBand, ...] = ()

    @property
    def effective_speed_kmh(self) -> float:
        return self.speed_kmh or DEFAULT_SPEED_KMH[self.mode]


@dataclass(frozen=True, slots=True)
class DutyContact:
    """Someone a delegate can call on the day (a tour lead, an interpreter, the driver's
    dispatcher): ``mobile`` is a mobile number, never only an office line."""

    name: str
    role: str
    mobile: str
    local_name: str = ""
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DayNote:
    """What a delegate should know about one day of the tour: the weather to expect, what
    to bring and how to dress. Three short texts, any of them may be empty."""

    day: date
    weather: str = ""
    bring: str = ""
    dress: str = ""


@dataclass(frozen=True, slots=True)
class SiteContact:
    """Someone at a venue named by role: the host (the briefing), catering (the dietary
    list per meal) or the gate (vehicles, plates and arrival times)."""

    role: ContactRole
    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Gift:
    """One gift of the tour's gift log: what, from and to (a person or an organisation
    each), at which item, its value (text with the currency's decimals, "" = not known)
    in an ISO 4217 currency, where it stands, and notes."""

    id: int
    tour_id: int
    what: str
    from_participant_id: int | None
    from_organisation: str
    to_participant_id: int | None
    to_organisation: str
    item_id: int | None
    value: str
    currency: str
    status: GiftStatus
    notes: str
    version: int


@dataclass(frozen=True, slots=True)
class Tour:
    id: int
    slug: str
    name: str
    local_name: str
    description: str
    start_date: date
    end_date: date
    timezone: str
    organiser_name: str
    organiser_email: str
    organiser_phone: str
    version: int
    travel: TravelSettings = TravelSettings()
    # Where ``publish`` last wrote the phone pages, and their public address ("" = none).
    publish_target: str = ""
    publish_base_url: str = ""
    # On the day: who is on duty (in the order to call them), the 24-hour line (a mobile)
    # and notes per day, sorted by date.
    duty_contacts: tuple[DutyContact, ...] = ()
    hotline: str = ""
    day_notes: tuple[DayNote, ...] = ()
    # The gift log's value limit: an amount ("" = no limit) in an ISO 4217 currency.
    gift_limit: str = ""
    gift_limit_currency: str = ""


@dataclass(frozen=True, slots=True)
class Site:
    id: int
    tour_id: int
    key: str
    name: str
    local_name: str
    category: SiteCategory
    address: str
    latitude: float | None
    longitude: float | None
    coord_source: CoordinateSource | None
    coord_approximate: bool
    timezone: str | None
    opening_hours: tuple[OpeningInterval, ...]
    capacity: int | None
    contact_name: str
    contact_phone: str
    contact_email: str
    description: str
    key_facts: tuple[str, ...]
    illustrative: bool
    version: int
    geocode_status: GeocodeStatus | None = None
    geocode_message: str = ""
    publish_token: str = ""  # the private folder name of the site's host page (core.tokens)
    # The full address in the local script and order (重庆市渝北区…), for a taxi driver;
    # where the delegation gets off or goes in, in English and in the local language.
    local_address: str = ""
    meeting_point: str = ""
    local_meeting_point: str = ""
    # Who at the venue gets which list (host, catering, gate), in the organiser's order.
    contacts: tuple[SiteContact, ...] = ()
    # Dates with other hours than the weekly ones (closed, or other spans), by date.
    opening_exceptions: tuple[OpeningException, ...] = ()

    def exception_on(self, day: date) -> OpeningException | None:
        """The site's exception for ``day`` (a local date), None when it keeps its
        weekly hours that day."""
        for e in self.opening_exceptions:  # a handful per site: a loop beats a dict
            if e.day == day:
                return e
        return None

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True, slots=True)
class Participant:
    id: int
    tour_id: int
    key: str
    full_name: str
    local_name: str
    honorific: str
    title: str
    organisation: str
    country: str
    role: ParticipantRole
    email: str
    phone: str
    languages: tuple[str, ...]
    dietary: str
    accessibility: str
    notes: str
    is_vip: bool
    precedence: int | None
    illustrative: bool
    version: int
    publish_token: str = ""  # the private folder name of their phone page (core.tokens)
    # The organiser's forms of address (core.address.FIELDS), sorted by name; the rest
    # are generated.
    address: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Group:
    id: int
    tour_id: int
    key: str
    name: str
    local_name: str
    description: str
    member_ids: tuple[int, ...]
    version: int


@dataclass(frozen=True, slots=True)
class Attendance:
    """Brings the whole delegation, one group or one person to an item, in a role."""

    scope: AttendanceScope
    role: AttendanceRole = AttendanceRole.ATTENDEE
    group_id: int | None = None
    participant_id: int | None = None


@dataclass(frozen=True, slots=True)
class ScheduleItem:
    id: int
    tour_id: int
    uid: str
    kind: ItemKind
    title: str
    local_title: str
    site_id: int | None
    starts_at: datetime
    ends_at: datetime
    description: str
    dress_code: str
    notes: str
    status: ItemStatus
    sequence: int
    illustrative: bool
    created_at: datetime
    updated_at: datetime
    attendance: tuple[Attendance, ...]
    version: int
    pinned: bool = False  # a fixed appointment: the route optimiser must not move it
    # A transfer's origin (``site_id`` is where it goes); None: where the riders were.
    from_site_id: int | None = None
    # False: on the Unscheduled list, without a time for people; starts_at/ends_at then
    # only remember its duration (and where it was), for when it is scheduled again.
    scheduled: bool = True


@dataclass(frozen=True, slots=True)
class BusyBlock:
    id: int
    tour_id: int
    participant_id: int | None
    site_id: int | None
    starts_at: datetime
    ends_at: datetime
    summary: str
    version: int


@dataclass(frozen=True, slots=True)
class RoadLeg:
    """A road time between two sites, as a routing server answered it for their current
    coordinates: free-flow driving (or walking) time and road distance."""

    from_site_id: int
    to_site_id: int
    minutes: float
    km: float
    # The road it follows, as an encoded polyline (precision 5, as OSRM's
    # ``geometries=polyline``; ``core.travel.decode_polyline``), "" when not known.
    geometry: str = ""


@dataclass(frozen=True, slots=True)
class TravelOverride:
    """The organiser's own travel time for one leg; it wins over the estimate and applies
    both ways unless the return leg has an override of its own."""

    id: int
    tour_id: int
    from_site_id: int
    to_site_id: int
    minutes: int
    note: str
    version: int


@dataclass(frozen=True, slots=True)
class TourSummary:
    """A line of the tour list."""

    id: int
    slug: str
    name: str
    local_name: str
    start_date: date
    end_date: date


@dataclass(frozen=True, slots=True)
class ItemTable:
    """One table of a seated item: number (1 = top table), shape (round|long), seats."""

    item_id: int
    number: int
    shape: str
    seats: int


@dataclass(frozen=True, slots=True)
class Seat:
    """One person in one seat (numbered clockwise from the table's host)."""

    item_id: int
    table: int
    seat: int
    participant_id: int


@dataclass(frozen=True)
class TourSnapshot:
    """A whole tour, read once, for checks and exports. Tuples keep a stable order."""

    tour: Tour
    sites: tuple[Site, ...] = ()
    participants: tuple[Participant, ...] = ()
    groups: tuple[Group, ...] = ()
    items: tuple[ScheduleItem, ...] = ()
    busy_blocks: tuple[BusyBlock, ...] = field(default=())
    travel_overrides: tuple[TravelOverride, ...] = field(default=())
    vehicles: tuple[Vehicle, ...] = ()
    vehicle_assignments: tuple[VehicleAssignment, ...] = ()
    # Seating plans of meals and ceremonies: the items' tables and who sits where.
    item_tables: tuple[ItemTable, ...] = ()
    seats: tuple[Seat, ...] = ()
    # The gift log, in the order gifts were entered.
    gifts: tuple[Gift, ...] = ()
    # Cached road times for pairs of this tour's sites (not part of the plan: a cache).
    road_legs: tuple[RoadLeg, ...] = ()
    # Items without a time (the Unscheduled list), by title. Kept apart from ``items`` so
    # checks, exports, calendars and the optimiser see only the timed programme. Their
    # seating and vehicle seats are not part of the snapshot.
    unscheduled: tuple[ScheduleItem, ...] = ()

    @cached_property
    def sites_by_id(self) -> dict[int, Site]:
        return {s.id: s for s in self.sites}

    @cached_property
    def participants_by_id(self) -> dict[int, Participant]:
        return {p.id: p for p in self.participants}

    @cached_property
    def groups_by_id(self) -> dict[int, Group]:
        return {g.id: g for g in self.groups}

    @cached_property
    def delegation_ids(self) -> frozenset[int]:
        return frozenset(p.id for p in self.participants if p.role in DELEGATION_ROLES)

    @cached_property
    def group_members(self) -> dict[int, frozenset[int]]:
        return {g.id: frozenset(g.member_ids) for g in self.groups}

    def ids_of(self, attendance: Attendance) -> frozenset[int]:
        """The people one attendance entry brings."""
        if attendance.scope is AttendanceScope.DELEGATION:
            return self.delegation_ids
        if attendance.scope is AttendanceScope.GROUP and attendance.group_id is not None:
            return self.group_members.get(attendance.group_id, frozenset())
        if attendance.participant_id is not None:
            return frozenset((attendance.participant_id,))
        return frozenset()

    def attendee_ids(self, item: ScheduleItem) -> frozenset[int]:
        """Everyone an item brings, whether through the delegation, a group or by name."""
        entries = item.attendance
        if len(entries) == 1:
            return self.ids_of(entries[0])
        ids: set[int] = set()
        for a in entries:
            ids |= self.ids_of(a)
        return frozenset(ids)


@dataclass(frozen=True, slots=True)
class Vehicle:
    """A coach, van or car of the tour. ``seats`` counts passenger seats; the driver (a
    participant, usually with role driver) has a seat of their own and is not counted."""

    id: int
    tour_id: int
    key: str
    name: str
    plate: str
    seats: int
    driver_id: int | None
    notes: str
    illustrative: bool
    version: int


@dataclass(frozen=True, slots=True)
class VehicleAssignment:
    """One person riding one vehicle on one transfer (a person rides one vehicle per
    transfer). ``seat`` is the seat's label ("12", "3A", "front"), "" when none is given;
    two riders of one vehicle on one transfer never share a label."""

    vehicle_id: int
    item_id: int
    participant_id: int
    seat: str = ""
