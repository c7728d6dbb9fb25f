"""What each document shows, as plain frozen values.

The renderers read only these values, never the snapshot. So a document's content is
fully decided by its facts and the options, and ``digest`` of the two is a content hash
that can be compared with the one stored in an existing PDF without building anything.
It is also the privacy boundary: a delegate's facts hold no other participant's phone,
email, dietary or accessibility needs, so the PDF cannot show them.

``tour_index.TourIndex`` builds them from a snapshot.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime

from tourplanner.core.enums import ItemStatus
from tourplanner.core.errors import TourplannerError
from tourplanner.core.i18n import Context
from tourplanner.core.model import DayNote, TourSnapshot

Errors = Context("Errors")  # the catalogue context of messages people read

# Bump when the layout changes, so every stored content hash goes stale.
RENDERER_VERSION = "pdf-3"  # pdf-3: typesetting and on-the-day content of issue 15


# -- values -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TourHead:
    name: str
    local_name: str
    start: date
    end: date
    organiser_name: str
    organiser_email: str
    organiser_phone: str
    emergency: str
    hotline: str = ""  # the tour's 24-hour line (a mobile), "" when it has none


@dataclass(frozen=True, slots=True)
class Person:
    """A participant as others may see them: name, title, organisation, role."""

    name: str
    local_name: str
    honorific: str
    title: str
    organisation: str
    role: str


@dataclass(frozen=True, slots=True)
class Reader:
    """The person a briefing is for, with their own requirements (shown to them only)."""

    person: Person
    dietary: str
    accessibility: str
    languages: tuple[str, ...] = ()  # BCP 47 tags, the first read best


@dataclass(frozen=True, slots=True)
class Leg:
    to_name: str
    km: float | None
    minutes: float | None
    overridden: bool


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a programme, as a delegate or the booklet shows it."""

    start: datetime  # in the item's zone
    end: datetime
    kind: str
    status: str
    title: str
    local_title: str
    site_name: str
    site_local: str
    address: str
    stop: int | None  # its number on the day's route sketch
    hosts: tuple[str, ...]
    dress_code: str
    description: str
    who: str  # who attends, in words (booklet only; empty in a delegate's briefing)
    leg: Leg | None  # the journey to the next item at another site
    local_address: str = ""  # the site's address in the local script, for the driver
    meeting_point: str = ""  # where to get off or go in, in English and local words


@dataclass(frozen=True, slots=True)
class Stop:
    number: int
    name: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class OnDuty:
    """Someone a delegate can call on the day, with a mobile (never only an office line)."""

    name: str  # "" for the tour's 24-hour line
    role: str  # as the tour's on-duty list says it, else "" (the renderer names the kind)
    kind: str  # "lead", "interpreter" or "hotline"
    mobile: str


@dataclass(frozen=True, slots=True)
class Ride:
    """The reader on one transfer that has seat assignments: their vehicle, driver and
    where and when to board; with no seat of their own, the transfer's vehicle list."""

    index: int  # the transfer's place among its day's entries
    vehicle: str  # "Coach 1", "" when the reader has no seat
    plate: str
    driver: str  # the driver's name, "" when none
    driver_mobile: str
    board_at: datetime
    board_where: str  # the place and its meeting point, "" when unknown
    vehicles: tuple[str, ...] = ()  # for a reader with no seat: "Coach 1 · 渝A·C2101 · …"
    seat: str = ""  # the reader's seat label ("12"), "" when the organiser gave none


@dataclass(frozen=True, slots=True)
class TaxiCard:
    """A cut-out card to show a taxi driver: the place in the local script, its local
    address and phone, the English name, and a map link for the QR code ("" for none)."""

    name: str
    local_name: str
    address: str
    local_address: str
    phone: str
    map_link: str


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    entries: tuple[Entry, ...]
    stops: tuple[Stop, ...]
    unmapped: tuple[str, ...]  # sites of the day without coordinates
    route: bool = True  # stops are one journey (a person's day), not parallel tracks
    note: DayNote | None = None  # the tour's weather, what to bring and dress that day
    # A delegate's own: their rides that day and whom to call (empty in the booklet).
    rides: tuple[Ride, ...] = ()
    on_duty: tuple[OnDuty, ...] = ()


@dataclass(frozen=True, slots=True)
class SiteProfile:
    name: str
    local_name: str
    category: str
    address: str
    description: str
    key_facts: tuple[str, ...]
    contact_name: str
    contact_phone: str  # empty when it is a participant's own number (privacy)
    contact_email: str
    contact_hidden: bool  # a contact detail was withheld for privacy
    local_address: str = ""


@dataclass(frozen=True, slots=True)
class Hotel:
    name: str
    local_name: str
    address: str
    phone: str
    nights: tuple[date, ...]
    local_address: str = ""


@dataclass(frozen=True, slots=True)
class Programme:
    """A day-by-day programme with what goes with it: places, people, hotels."""

    tour: TourHead
    days: tuple[Day, ...]
    sites: tuple[SiteProfile, ...]
    delegation: tuple[Person, ...]
    team: tuple[Person, ...]
    hotels: tuple[Hotel, ...]
    illustrative: bool
    # Whom to call, for the practical page: a delegate's leads, interpreter and the
    # 24-hour line; in the booklet the tour's on-duty list and the 24-hour line.
    on_duty: tuple[OnDuty, ...] = ()


@dataclass(frozen=True, slots=True)
class DelegateFacts:
    reader: Reader
    programme: Programme
    calendar: str  # what the QR code holds: the reader's page, or "" for no code
    taxi_cards: tuple[TaxiCard, ...] = ()  # one per place the reader visits


@dataclass(frozen=True, slots=True)
class BookletFacts:
    programme: Programme


@dataclass(frozen=True, slots=True)
class Visit:
    start: datetime
    end: datetime
    kind: str
    status: str
    title: str
    local_title: str
    people: int
    who: str
    hosts: tuple[str, ...]
    interpreters: tuple[str, ...]
    arriving_from: str
    dress_code: str
    description: str


@dataclass(frozen=True, slots=True)
class Visitor:
    person: Person
    country: str
    languages: tuple[str, ...]
    vip: bool
    # Forms of address (core.address): the name-card form and the salutation, so the
    # host knows how to greet each guest ("Mr CHEN Wancai", "Dear Mr Chen").
    card_en: str = ""
    card_zh: str = ""
    salutation_en: str = ""
    salutation_zh: str = ""


@dataclass(frozen=True, slots=True)
class Need:
    name: str
    dietary: str
    accessibility: str


@dataclass(frozen=True, slots=True)
class HostFacts:
    tour: TourHead
    site: SiteProfile
    hosts: tuple[Person, ...]
    visits: tuple[Visit, ...]
    visitors: tuple[Visitor, ...]
    languages: tuple[tuple[str, int], ...]
    interpreters: tuple[tuple[str, tuple[str, ...]], ...]
    needs: tuple[Need, ...]
    lead: tuple[str, ...]
    page: str = ""  # what the QR code holds: the site's page, or "" for no code


@dataclass(frozen=True, slots=True)
class ProblemLine:
    severity: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class RunRow:
    start: datetime
    end: datetime
    kind: str
    status: str
    title: str
    local_title: str
    site_name: str
    address: str
    responsible: tuple[tuple[str, str, str], ...]  # name, role (lead, host, interpreter), phone
    people: int
    who: str
    transport: tuple[tuple[str, str, str], ...]  # driver's name, title, phone
    leg: tuple[str, str, Leg] | None  # a transfer's journey: from, to, leg
    notes: str
    problems: tuple[ProblemLine, ...] = ()  # the open problems that concern this item
    # The receiving line (core.seating.receiving_line), names in order: hosts, then
    # guests; both empty when the item has none.
    receiving_hosts: tuple[str, ...] = ()
    receiving_guests: tuple[str, ...] = ()
    # A transfer's vehicles in the motorcade's order: name, plate, passengers, and the
    # highest-ranked passenger (core.precedence.motorcade_key).
    vehicles: tuple[tuple[str, str, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    role: str
    title: str
    organisation: str
    phone: str
    email: str


@dataclass(frozen=True, slots=True)
class RunSheetFacts:
    tour: TourHead
    days: tuple[tuple[date, tuple[RunRow, ...]], ...]
    contacts: tuple[Contact, ...]
    site_contacts: tuple[Contact, ...]
    problems: tuple[ProblemLine, ...]


Facts = DelegateFacts | BookletFacts | HostFacts | RunSheetFacts


def digest(facts: Facts, options: object, memo: dict[int, tuple[object, str]] | None = None) -> str:
    """The content hash of a document: renderer version, options and facts.

    The facts are written out field by field (dataclasses, tuples and the ``repr`` of
    strings, numbers and dates, which is stable across runs and processes). Entries,
    days, site profiles and people are shared between the documents of one tour, so
    with a ``memo`` each is written and hashed once, not once per document.
    """
    h = hashlib.sha256()
    h.update(f"{RENDERER_VERSION}\n{options!r}\n".encode())
    h.update(_canon(facts, {} if memo is None else memo).encode())
    return h.hexdigest()


def canonical(value: object) -> str:
    """``value`` (dataclasses, tuples, strings, numbers, enums, dates) written out field by
    field as ``digest`` writes facts: the same text in every run and process."""
    return _canon(value, {})


# Values that many documents of a tour share (see ``digest``).
_SHARED: tuple[type, ...] = (
    Entry,
    Day,
    SiteProfile,
    Person,
    Hotel,
    Visit,
    TourHead,
    TaxiCard,
    OnDuty,
)
_FIELDS: dict[type, tuple[str, ...] | None] = {}  # a dataclass's fields; None: repr
_SHARED_TYPES = frozenset(_SHARED)


def _canon(value: object, memo: dict[int, tuple[object, str]]) -> str:
    kind = type(value)
    if kind is str:  # most values: no look-ups
        return repr(value)
    if kind is tuple:
        return "[" + ",".join([_canon(v, memo) for v in value]) + "]"  # type: ignore[attr-defined]
    try:
        names = _FIELDS[kind]
    except KeyError:
        if isinstance(value, tuple):
            return "[" + ",".join([_canon(v, memo) for v in value]) + "]"
        names = _FIELDS[kind] = (
            tuple(f.name for f in fields(value)) if is_dataclass(value) else None
        )
    if names is None:
        return repr(value)
    shared = kind in _SHARED_TYPES
    if shared:
        hit = memo.get(id(value))
        if hit is not None and hit[0] is value:
            return hit[1]
    text = kind.__name__ + "(" + "|".join([_canon(getattr(value, n), memo) for n in names]) + ")"
    if shared:
        # Keep the object itself in the memo, so its id cannot be reused by another.
        text = hashlib.sha1(text.encode()).hexdigest()
        memo[id(value)] = (value, text)
    return text


def display_name(name: str, local_name: str) -> str:
    """The name as written, with the local-script name beside it: 'Dai Jiuyue 戴九月'.

    Names are printed in the order the organiser entered them, which is the order the
    person uses (family name first for 'Dai Jiuyue', given name first for 'Yuki Sato').
    """
    name, local_name = name.strip(), local_name.strip()
    if not local_name or local_name == name:
        return name
    if not name:
        return local_name
    return f"{name} {local_name}"


def require_items(snapshot: TourSnapshot) -> None:
    """Raise a clear error for a tour with nothing to brief on."""
    if not any(i.status is not ItemStatus.CANCELLED for i in snapshot.items):
        raise TourplannerError(
            Errors.tr(
                "tour {slug!r} has no schedule items yet: there is nothing to put in a briefing"
            ).format(slug=snapshot.tour.slug)
        )
