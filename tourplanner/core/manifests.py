"""Lists for the people who make a tour happen on the ground, worked out from a snapshot:

- a site's visitor list for its security desk,
- a vehicle manifest per transfer (who rides what, seats, over-full vehicles, people
  with no seat),
- the rooming list of the accommodation items,
- the dietary and accessibility needs at each meal.

Cancelled items are left out everywhere. Times are the item's local times (its site's
zone, else the tour's).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tourplanner.core import wording
from tourplanner.core.enums import AttendanceRole, ItemKind, ItemStatus
from tourplanner.core.model import Participant, ScheduleItem, Site, TourSnapshot, Vehicle
from tourplanner.core.precedence import MotorcadeKey, motorcade_key, precedence_order
from tourplanner.core.timeutil import item_zone


def local_start(snap: TourSnapshot, item: ScheduleItem) -> datetime:
    return item.starts_at.astimezone(item_zone(snap, item))


def local_end(snap: TourSnapshot, item: ScheduleItem) -> datetime:
    return item.ends_at.astimezone(item_zone(snap, item))


def items_of(
    snap: TourSnapshot,
    kind: ItemKind | None,
    *,
    site_id: int | None = None,
    day: date | None = None,
) -> list[ScheduleItem]:
    """Live items of one kind (any kind when None), at one site and starting on one local
    day when asked, in programme order."""
    out = [
        it
        for it in snap.items
        if it.status is not ItemStatus.CANCELLED
        and (kind is None or it.kind is kind)
        and (site_id is None or it.site_id == site_id)
        and (day is None or local_start(snap, it).date() == day)
    ]
    return sorted(out, key=lambda it: (it.starts_at, it.uid))


def guests(snap: TourSnapshot, item: ScheduleItem) -> frozenset[int]:
    """Who an item brings, less the people there only as its hosts (a host needs no
    visitor pass and no hotel room)."""
    roles: dict[int, set[AttendanceRole]] = defaultdict(set)
    for a in item.attendance:
        for pid in snap.ids_of(a):
            roles[pid].add(AttendanceRole(a.role))
    return frozenset(pid for pid, r in roles.items() if r != {AttendanceRole.HOST})


# Visitor list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Visitor:
    """One person's visit to a site on one day: from their first arrival to their last
    departure, with the programme items that bring them."""

    person: Participant
    arrival: datetime  # local time
    departure: datetime
    items: tuple[ScheduleItem, ...]


def visitor_list(snap: TourSnapshot, site_id: int, day: date | None = None) -> list[Visitor]:
    """Everyone coming to a site (hosts excluded), by arrival, then precedence."""
    visits: dict[tuple[int, date], list[ScheduleItem]] = defaultdict(list)
    for it in items_of(snap, None, site_id=site_id, day=day):
        for pid in guests(snap, it):
            visits[(pid, local_start(snap, it).date())].append(it)
    people = snap.participants_by_id
    out = [
        Visitor(
            person=people[pid],
            arrival=min(local_start(snap, it) for it in its),
            departure=max(local_end(snap, it) for it in its),
            items=tuple(its),
        )
        for (pid, _day), its in visits.items()
    ]
    return sorted(out, key=lambda v: (v.arrival, precedence_order(v.person)))


# Vehicle manifests ----------------------------------------------------------------------


@dataclass(frozen=True)
class VehicleLoad:
    """One vehicle on one transfer: its driver and passengers."""

    vehicle: Vehicle
    driver: Participant | None
    passengers: tuple[Participant, ...]
    not_attending: tuple[Participant, ...]  # seated, but the transfer does not bring them

    @property
    def riders(self) -> int:
        return len(self.passengers) + len(self.not_attending)

    @property
    def over_by(self) -> int:
        """How many more people are seated than the vehicle has seats (0 when they fit)."""
        return max(0, self.riders - self.vehicle.seats)


@dataclass(frozen=True)
class TransferManifest:
    item: ScheduleItem
    destination: Site | None
    loads: tuple[VehicleLoad, ...]
    unassigned: tuple[Participant, ...]  # travellers with no seat on any vehicle

    @property
    def travellers(self) -> int:
        return sum(len(load.passengers) for load in self.loads) + len(self.unassigned)

    @property
    def seated_twice(self) -> tuple[tuple[Participant, tuple[Vehicle, ...]], ...]:
        """The people given more than one seat on this transfer, each with the vehicles
        that seat them (the store and the tour file refuse this; a snapshot built
        otherwise may still have it)."""
        seats: dict[int, list[Vehicle]] = defaultdict(list)
        people: dict[int, Participant] = {}
        for load in self.loads:
            for p in (*load.passengers, *load.not_attending):
                seats[p.id].append(load.vehicle)
                people[p.id] = p
        twice = [people[pid] for pid, vs in seats.items() if len(vs) > 1]
        return tuple((p, tuple(seats[p.id])) for p in _ranked(twice))

    @property
    def problems(self) -> tuple[str, ...]:
        """One line per thing to fix before the coaches leave."""
        out = [
            f"{load.vehicle.name} is over-full: {wording.count(load.riders, 'passenger')} "
            f"for {wording.count(load.vehicle.seats, 'seat')}"
            for load in self.loads
            if load.over_by
        ]
        out += [
            f"{p.full_name} is seated in {load.vehicle.name} but not on this transfer"
            for load in self.loads
            for p in load.not_attending
        ]
        out += [
            f"{p.full_name} is seated more than once: {', '.join(v.name for v in vs)}"
            for p, vs in self.seated_twice
        ]
        if self.unassigned:
            names = ", ".join(p.full_name for p in self.unassigned)
            lacking = wording.count(len(self.unassigned), "traveller")
            out.append(f"{lacking} without a vehicle: {names}")
        return tuple(out)


def seating(snap: TourSnapshot) -> dict[int, dict[int, list[int]]]:
    """Who sits where: transfer item id -> vehicle id -> the people seated in it."""
    seats: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for a in snap.vehicle_assignments:
        seats[a.item_id][a.vehicle_id].append(a.participant_id)
    return seats


def drivers(snap: TourSnapshot) -> frozenset[int]:
    """The drivers of the tour's vehicles: they drive, so they are nobody's passengers."""
    return frozenset(v.driver_id for v in snap.vehicles if v.driver_id is not None)


def transfer_manifest(
    snap: TourSnapshot,
    item: ScheduleItem,
    seats: Mapping[int, list[int]],
    drivers: frozenset[int],
    attendees: frozenset[int] | None = None,
) -> TransferManifest:
    """The manifest of one transfer, given who sits in which vehicle on it (``seats``,
    one entry of ``seating``), the tour's ``drivers`` and, when known, who the item
    brings (``attendees``, else worked out)."""
    people = snap.participants_by_id
    vehicles = {v.id: v for v in snap.vehicles}
    who = snap.attendee_ids(item) if attendees is None else attendees
    travellers = who - drivers
    loads = []
    for vid in seats:
        v = vehicles[vid]
        ids = seats[vid]
        loads.append(
            VehicleLoad(
                vehicle=v,
                driver=people.get(v.driver_id) if v.driver_id is not None else None,
                passengers=_ranked(people[i] for i in ids if i in travellers),
                not_attending=_ranked(people[i] for i in ids if i not in travellers),
            )
        )
    seated = {a for ids in seats.values() for a in ids}
    return TransferManifest(
        item=item,
        destination=snap.sites_by_id.get(item.site_id) if item.site_id is not None else None,
        loads=tuple(sorted(loads, key=_by_first_passenger)),
        unassigned=_ranked(people[i] for i in travellers - seated),
    )


def vehicle_manifests(
    snap: TourSnapshot, *, site_id: int | None = None, day: date | None = None
) -> list[TransferManifest]:
    """One manifest per transfer (to ``site_id`` and on ``day`` when given). The drivers
    of the tour's vehicles drive, so they are nobody's passengers."""
    seats = seating(snap)
    driving = drivers(snap)
    return [
        transfer_manifest(snap, it, seats.get(it.id, {}), driving)
        for it in items_of(snap, ItemKind.TRANSFER, site_id=site_id, day=day)
    ]


def _by_first_passenger(load: VehicleLoad) -> MotorcadeKey:
    """Vehicles in the motorcade's order (``core.precedence.motorcade_key``)."""
    return motorcade_key(load.passengers, load.vehicle.key)


def _ranked(people: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(sorted(people, key=precedence_order))


# Rooming list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Stay:
    """One person's consecutive nights at one place."""

    site: Site | None
    person: Participant
    check_in: date
    check_out: date

    @property
    def nights(self) -> int:
        return (self.check_out - self.check_in).days


def _nights(snap: TourSnapshot, item: ScheduleItem) -> list[date]:
    """The nights an accommodation item covers, by the local date each one starts."""
    first = local_start(snap, item).date()
    last_morning = local_end(snap, item).date()
    count = max(1, (last_morning - first).days)
    return [first + timedelta(days=n) for n in range(count)]


def rooming_list(
    snap: TourSnapshot, *, site_id: int | None = None, day: date | None = None
) -> list[Stay]:
    """Who sleeps where and for how many nights, by hotel, check-in, then precedence."""
    nights: dict[tuple[int | None, int], set[date]] = defaultdict(set)
    for it in items_of(snap, ItemKind.ACCOMMODATION, site_id=site_id, day=day):
        for pid in guests(snap, it):
            nights[(it.site_id, pid)].update(_nights(snap, it))
    people = snap.participants_by_id
    stays = []
    for (sid, pid), dates in nights.items():
        ordered = sorted(dates)
        start = prev = ordered[0]
        for d in [*ordered[1:], None]:
            if d is not None and d == prev + timedelta(days=1):
                prev = d
                continue
            site = snap.sites_by_id.get(sid) if sid is not None else None
            stays.append(Stay(site, people[pid], start, prev + timedelta(days=1)))
            if d is not None:
                start = prev = d
    return sorted(
        stays,
        key=lambda s: (s.site.name if s.site else "", s.check_in, precedence_order(s.person)),
    )


# Dietary and accessibility --------------------------------------------------------------


@dataclass(frozen=True)
class Need:
    kind: str  # "dietary" or "accessibility"
    text: str  # as the people's records say it
    people: tuple[Participant, ...]


@dataclass(frozen=True)
class MealNeeds:
    item: ScheduleItem
    site: Site | None
    covers: int  # everyone at the table, hosts included
    needs: tuple[Need, ...]

    @property
    def standard(self) -> int:
        """Covers with no dietary requirement."""
        special = {p.id for n in self.needs if n.kind == "dietary" for p in n.people}
        return self.covers - len(special)


def meal_needs(
    snap: TourSnapshot, *, site_id: int | None = None, day: date | None = None
) -> list[MealNeeds]:
    """For each meal: how many covers, and who needs what (same wording, same line)."""
    people = snap.participants_by_id
    out = []
    for it in items_of(snap, ItemKind.MEAL, site_id=site_id, day=day):
        diners = [people[pid] for pid in snap.attendee_ids(it)]
        needs: list[Need] = []
        for kind in ("dietary", "accessibility"):
            by_text: dict[str, list[Participant]] = defaultdict(list)
            for p in diners:
                text = " ".join(getattr(p, kind).split())
                if text:
                    by_text[text].append(p)
            needs += [Need(kind, text, _ranked(ps)) for text, ps in sorted(by_text.items())]
        site = snap.sites_by_id.get(it.site_id) if it.site_id is not None else None
        out.append(MealNeeds(it, site, len(diners), tuple(needs)))
    return out
