"""The people list and the manifests as tables (header + rows) for tourplanner.export.sheets.

Pure functions: snapshot values in, tables out. The people table's headers are the ones
the people import recognises, so an exported list can be edited and imported again.
"""

from __future__ import annotations

from collections.abc import Sequence

from tourplanner.core.gifts import over_limit
from tourplanner.core.languages import language_name
from tourplanner.core.manifests import (
    MealNeeds,
    Stay,
    TransferManifest,
    Visitor,
    local_end,
    local_start,
)
from tourplanner.core.model import Participant, TourSnapshot
from tourplanner.core.precedence import precedence_order
from tourplanner.export.sheets import Cell, Table

PEOPLE_HEADER = (
    "Key",
    "Name",
    "Local name",
    "Honorific",
    "Title",
    "Organisation",
    "Country",
    "Role",
    "Email",
    "Phone",
    "Languages",
    "Dietary",
    "Accessibility",
    "Notes",
    "VIP",
    "Precedence",
    "Groups",
    "Illustrative",
)


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def people_table(snap: TourSnapshot) -> Table:
    """Every participant, by precedence then name, with every field and their groups."""
    groups: dict[int, list[str]] = {}
    for g in sorted(snap.groups, key=lambda g: g.key):
        for pid in g.member_ids:
            groups.setdefault(pid, []).append(g.key)
    rows = tuple(
        (
            p.key,
            p.full_name,
            p.local_name,
            p.honorific,
            p.title,
            p.organisation,
            p.country,
            p.role.value,
            p.email,
            p.phone,
            # By name (the sheet's headers are English), which the import reads back.
            ", ".join(language_name(tag, "en") for tag in p.languages),
            p.dietary,
            p.accessibility,
            p.notes,
            _yes(p.is_vip),
            p.precedence,
            "; ".join(groups.get(p.id, ())),
            _yes(p.illustrative),
        )
        for p in sorted(snap.participants, key=precedence_order)
    )
    return Table("People", PEOPLE_HEADER, rows)


SITES_HEADER = (
    "Key",
    "Name",
    "Local name",
    "Category",
    "Address",
    "Local address",
    "Meeting point",
    "Local meeting point",
    "Latitude",
    "Longitude",
    "Capacity",
    "Contact",
    "Contact phone",
    "Contact email",
    "Time zone",
    "Description",
    "Key facts",
    "Illustrative",
)


def sites_table(snap: TourSnapshot) -> Table:
    """Every site, by name, with the fields the sites import reads back (key facts one
    per line, so a fact with a semicolon in it comes back whole)."""
    rows = tuple(
        (
            s.key,
            s.name,
            s.local_name,
            s.category.value,
            s.address,
            s.local_address,
            s.meeting_point,
            s.local_meeting_point,
            s.latitude,
            s.longitude,
            s.capacity,
            s.contact_name,
            s.contact_phone,
            s.contact_email,
            s.timezone or "",
            s.description,
            "\n".join(s.key_facts),
            _yes(s.illustrative),
        )
        for s in sorted(snap.sites, key=lambda s: (s.name.casefold(), s.key))
    )
    return Table("Sites", SITES_HEADER, rows)


def visitors_table(snap: TourSnapshot, site_name: str, visitors: Sequence[Visitor]) -> Table:
    """The security desk's list: one line per person and day, by arrival."""
    header = (
        "Date",
        "Arrival",
        "Departure",
        "Name",
        "Local name",
        "Organisation",
        "Title",
        "Country",
        "Role",
        "Programme",
    )
    rows = tuple(
        (
            v.arrival.date().isoformat(),
            v.arrival.strftime("%H:%M"),
            v.departure.strftime("%H:%M"),
            v.person.full_name,
            v.person.local_name,
            v.person.organisation,
            v.person.title,
            v.person.country,
            v.person.role.value,
            "; ".join(it.title for it in v.items),
        )
        for v in visitors
    )
    return Table(f"Visitors {site_name}", header, rows)


VEHICLES_HEADER = (
    "Date",
    "Departs",
    "Arrives",
    "Transfer",
    "To",
    "Vehicle",
    "Plate",
    "Driver",
    "Driver phone",
    "Seats",
    "Passengers",
    "Status",
    "#",
    "Seat",
    "Name",
    "Local name",
    "Organisation",
    "Phone",
    "Accessibility",
)


def _person_cells(n: int, seat: str, p: Participant) -> tuple[Cell, ...]:
    return (n, seat, p.full_name, p.local_name, p.organisation, p.phone, p.accessibility)


def vehicles_table(snap: TourSnapshot, manifests: Sequence[TransferManifest]) -> Table:
    """One line per seat taken, transfer by transfer; a vehicle's status says OK or how
    over-full it is, and travellers without a vehicle come last as UNASSIGNED."""
    rows: list[tuple[Cell, ...]] = []
    # The seat label each rider was given on each transfer ("" when none).
    seat = {(a.item_id, a.participant_id): a.seat for a in snap.vehicle_assignments}
    for m in manifests:
        start, end = local_start(snap, m.item), local_end(snap, m.item)
        transfer: tuple[Cell, ...] = (
            start.date().isoformat(),
            start.strftime("%H:%M"),
            end.strftime("%H:%M"),
            m.item.title,
            m.destination.name if m.destination else "",
        )
        for load in m.loads:
            v = load.vehicle
            status = (
                f"OVER-FULL by {load.over_by} ({load.riders} for {v.seats} seats)"
                if load.over_by
                else "OK"
            )
            vehicle: tuple[Cell, ...] = (
                v.name,
                v.plate,
                load.driver.full_name if load.driver else "",
                load.driver.phone if load.driver else "",
                v.seats,
                load.riders,
            )
            for n, p in enumerate(load.passengers, 1):
                cells = _person_cells(n, seat.get((m.item.id, p.id), ""), p)
                rows.append((*transfer, *vehicle, status, *cells))
            for n, p in enumerate(load.not_attending, len(load.passengers) + 1):
                note = "NOT ON THIS TRANSFER" + ("" if status == "OK" else f"; {status}")
                cells = _person_cells(n, seat.get((m.item.id, p.id), ""), p)
                rows.append((*transfer, *vehicle, note, *cells))
        for n, p in enumerate(m.unassigned, 1):
            unseated = _person_cells(n, "", p)
            rows.append((*transfer, "", "", "", "", None, None, "UNASSIGNED", *unseated))
    return Table("Vehicles", VEHICLES_HEADER, tuple(rows))


def rooming_table(stays: Sequence[Stay]) -> Table:
    header = (
        "Hotel",
        "Check-in",
        "Check-out",
        "Nights",
        "Name",
        "Local name",
        "Organisation",
        "Title",
        "Role",
        "VIP",
        "Accessibility",
    )
    rows = tuple(
        (
            s.site.name if s.site else "",
            s.check_in.isoformat(),
            s.check_out.isoformat(),
            s.nights,
            s.person.full_name,
            s.person.local_name,
            s.person.organisation,
            s.person.title,
            s.person.role.value,
            _yes(s.person.is_vip),
            s.person.accessibility,
        )
        for s in stays
    )
    return Table("Rooming", header, rows)


def dietary_table(snap: TourSnapshot, meals: Sequence[MealNeeds]) -> Table:
    """Per meal: the covers, how many need nothing special, then each requirement with
    its count and the people who have it."""
    header = ("Date", "Time", "Meal", "Venue", "Covers", "Kind", "Requirement", "Count", "Who")
    rows: list[tuple[Cell, ...]] = []
    for m in meals:
        start = local_start(snap, m.item)
        meal: tuple[Cell, ...] = (
            start.date().isoformat(),
            start.strftime("%H:%M"),
            m.item.title,
            m.site.name if m.site else "",
            m.covers,
        )
        rows.append((*meal, "dietary", "No special diet", m.standard, ""))
        for need in m.needs:
            who = ", ".join(p.full_name for p in need.people)
            rows.append((*meal, need.kind, need.text, len(need.people), who))
    return Table("Dietary", header, tuple(rows))


PRECEDENCE_HEADER = (
    "Precedence",
    "Key",
    "Name",
    "Local name",
    "Honorific",
    "Title",
    "Organisation",
    "Role",
    "Ranked by",
)


def precedence_table(snap: TourSnapshot) -> Table:
    """The whole order of precedence, one row per person from 1: the organiser's ranks,
    then the people the rules place ("rules" in the last column). The first two columns
    can be imported back with the people import (Precedence, Key)."""
    rows = tuple(
        (
            n,
            p.key,
            p.full_name,
            p.local_name,
            p.honorific,
            p.title,
            p.organisation,
            p.role.value,
            "organiser" if p.precedence is not None else "rules",
        )
        for n, p in enumerate(sorted(snap.participants, key=precedence_order), start=1)
    )
    return Table("Precedence", PRECEDENCE_HEADER, rows)


GIFTS_HEADER = (
    "No.",
    "What",
    "From",
    "From (organisation)",
    "To",
    "To (organisation)",
    "Item",
    "Date",
    "Value",
    "Currency",
    "Status",
    "Over limit",
    "Notes",
)


def gifts_table(snap: TourSnapshot) -> Table:
    """The gift log in the order gifts were entered: each side's person (by name) or
    organisation, the item and its local date, the value (text with the currency's
    decimals), and whether it is above the tour's limit (same currency only)."""
    people = snap.participants_by_id
    items = {it.id: it for it in snap.items}
    rows = []
    for n, g in enumerate(sorted(snap.gifts, key=lambda g: g.id), start=1):
        item = items.get(g.item_id) if g.item_id is not None else None
        giver = people.get(g.from_participant_id) if g.from_participant_id is not None else None
        taker = people.get(g.to_participant_id) if g.to_participant_id is not None else None
        rows.append(
            (
                n,
                g.what,
                giver.full_name if giver else "",
                g.from_organisation,
                taker.full_name if taker else "",
                g.to_organisation,
                item.title if item else "",
                local_start(snap, item).date().isoformat() if item else "",
                g.value,  # text with the currency's decimals, exactly as kept
                g.currency,
                g.status.value,
                "yes" if over_limit(snap, g) else "",
                g.notes,
            )
        )
    return Table("Gifts", GIFTS_HEADER, tuple(rows))
