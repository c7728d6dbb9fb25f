"""What the printed protocol documents show, as plain frozen values, and how they are
worked out from a snapshot: the seating chart of an item, name cards, place cards and
badges.

Names print in their name-card form (``core.address``): "Mr CHEN Wancai" and "陈万才".
Lists come in the order of precedence (``core.precedence``) unless a document is
laid out by table and seat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tourplanner.core.address import forms_of_address
from tourplanner.core.enums import ParticipantRole
from tourplanner.core.links import person_page
from tourplanner.core.model import Participant, ScheduleItem, TourSnapshot
from tourplanner.core.precedence import in_precedence
from tourplanner.core.seating import SeatingPlan, parties
from tourplanner.core.timeutil import item_zone
from tourplanner.export.pdf.facts import TourHead
from tourplanner.export.pdf.tour_index import TourIndex

HOST, GUEST, OTHER = "host", "guest", "other"
# The printed protocol documents, beside the briefings' kinds (``options.KINDS``).
PROTOCOL_KINDS = ("seating", "namecards", "placecards", "badges")


@dataclass(frozen=True, slots=True)
class CardName:
    """A person as cards and charts print them."""

    key: str
    card_en: str  # "Mr CHEN Wancai"
    card_zh: str  # "陈万才", "" when the person has no local-script name
    title: str
    organisation: str
    role: str  # ParticipantRole value
    side: str  # HOST, GUEST or OTHER: which party they belong to at the table
    sort_name: str  # family name first, folded: the index's order


@dataclass(frozen=True, slots=True)
class ChartTable:
    number: int
    shape: str  # "round" or "long"
    seats: tuple[CardName | None, ...]  # index 0 = seat 1 (the table's host)
    dietary: tuple[str, ...] = ()  # "vegetarian ×2", for the caterers


@dataclass(frozen=True, slots=True)
class ItemHead:
    """The item a chart or a set of cards is for."""

    title: str
    local_title: str
    start: datetime  # in the item's zone
    end: datetime
    site: str


@dataclass(frozen=True, slots=True)
class ChartFacts:
    tour: TourHead
    item: ItemHead
    tables: tuple[ChartTable, ...]


@dataclass(frozen=True, slots=True)
class PlaceCard:
    person: CardName
    table: int
    seat: int


@dataclass(frozen=True, slots=True)
class Badge:
    person: CardName
    link: str  # the person's live page for the QR code, "" for no code


def card_name(p: Participant, side: str = "") -> CardName:
    """``p`` in the name-card form; ``side`` defaults to their role's party."""
    forms = forms_of_address(p)
    if not side:
        side = {ParticipantRole.HOST: HOST, ParticipantRole.DELEGATE: GUEST}.get(p.role, OTHER)
    return CardName(
        p.key,
        forms.card_en,
        forms.card_zh,
        p.title,
        p.organisation,
        p.role.value,
        side,
        f"{forms.family_name} {p.full_name}".casefold(),
    )


def item_head(snap: TourSnapshot, item: ScheduleItem) -> ItemHead:
    zone = item_zone(snap, item)
    site = snap.sites_by_id.get(item.site_id) if item.site_id is not None else None
    where = " ".join(x for x in (site.name, site.local_name) if x) if site else ""
    return ItemHead(
        item.title,
        item.local_title,
        item.starts_at.astimezone(zone),
        item.ends_at.astimezone(zone),
        where,
    )


def _sides(snap: TourSnapshot, item: ScheduleItem) -> dict[int, str]:
    who = parties(snap, item)
    out = {p.id: HOST for p in who.hosts}
    out.update({p.id: GUEST for p in who.guests})
    return out


def chart_facts(snap: TourSnapshot, item: ScheduleItem, plan: SeatingPlan) -> ChartFacts:
    """The seating chart of ``item`` as stored in ``plan``."""
    people = snap.participants_by_id
    sides = _sides(snap, item)
    tables = []
    for t in plan.tables:
        seats = tuple(
            card_name(people[pid], sides.get(pid, OTHER)) if pid is not None else None
            for pid in t.seats
        )
        needs: dict[str, int] = {}
        for pid in t.seats:
            if pid is not None and people[pid].dietary.strip():
                need = people[pid].dietary.strip()
                needs[need] = needs.get(need, 0) + 1
        dietary = tuple(f"{need} ×{n}" if n > 1 else need for need, n in sorted(needs.items()))
        tables.append(ChartTable(t.spec.number, t.spec.shape.value, seats, dietary))
    return ChartFacts(TourIndex(snap).tour_head, item_head(snap, item), tuple(tables))


def name_cards(snap: TourSnapshot, item: ScheduleItem | None) -> tuple[CardName, ...]:
    """Name cards in the order of precedence: every attendee of ``item``, or without
    one, every delegate and host of the tour (the people who sit at tables by right)."""
    if item is not None:
        sides = _sides(snap, item)
        people = snap.participants_by_id
        chosen = in_precedence(people[pid] for pid in snap.attendee_ids(item))
        return tuple(card_name(p, sides.get(p.id, OTHER)) for p in chosen)
    principals = (ParticipantRole.DELEGATE, ParticipantRole.HOST)
    return tuple(card_name(p) for p in in_precedence(snap.participants) if p.role in principals)


def place_cards(snap: TourSnapshot, item: ScheduleItem, plan: SeatingPlan) -> tuple[PlaceCard, ...]:
    """One card per seated person, by table and seat (the order they are laid out in)."""
    people = snap.participants_by_id
    sides = _sides(snap, item)
    return tuple(
        PlaceCard(card_name(people[pid], sides.get(pid, OTHER)), t.spec.number, n)
        for t in plan.tables
        for n, pid in enumerate(t.seats, start=1)
        if pid is not None
    )


def badges(snap: TourSnapshot) -> tuple[Badge, ...]:
    """A badge for everyone on the tour, in the order of precedence, with the link to
    their live page once the tour is published (else no QR code)."""
    return tuple(
        Badge(card_name(p), person_page(snap, p)) for p in in_precedence(snap.participants)
    )


__all__ = [
    "GUEST",
    "HOST",
    "OTHER",
    "PROTOCOL_KINDS",
    "Badge",
    "CardName",
    "ChartFacts",
    "ChartTable",
    "ItemHead",
    "PlaceCard",
    "badges",
    "card_name",
    "chart_facts",
    "item_head",
    "name_cards",
    "place_cards",
]
