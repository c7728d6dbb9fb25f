"""What a phone page shows, worked out from a snapshot as plain values.

This is the page's privacy boundary, as ``export.pdf.facts`` is the briefings': a
person's page holds their own programme, the sites' contacts (withheld when they are a
participant's private number, as in the briefings), and the phones of the people on duty
for them (the tour lead, their interpreter, the tour's 24-hour line). It never holds
another delegate's email, phone, dietary or accessibility needs. A host page holds the
visitors' names and titles, and their needs only as counts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tourplanner.core.dispatch import has_cjk, mail_language
from tourplanner.core.enums import DELEGATION_ROLES, AttendanceRole, ItemKind, ItemStatus
from tourplanner.core.errors import NotFoundError
from tourplanner.core.i18n import Context
from tourplanner.core.manifests import seating
from tourplanner.core.model import Participant, ScheduleItem, Site, TourSnapshot
from tourplanner.core.precedence import precedence_order
from tourplanner.export.pdf.facts import display_name
from tourplanner.export.pdf.tour_index import TourIndex
from tourplanner.export.phone.words import EN, ZH

Errors = Context("Errors")  # the catalogue context of messages people read


@dataclass(frozen=True, slots=True)
class Call:
    """Someone to phone: a label key (see ``words``), a name, the number as written."""

    label: str
    name: str
    phone: str


@dataclass(frozen=True, slots=True)
class Place:
    """A site as the page shows it: names, the address for the driver, where it is on a
    map and whom to call there (withheld when it is a participant's own number)."""

    key: str
    name: str
    local_name: str
    address: str  # as the model has it (in English)
    local_address: str  # in the local script, when the site has one
    latitude: float | None
    longitude: float | None
    contact: Call | None
    meeting_point: str = ""  # where the delegation gets off or goes in, in English
    local_meeting_point: str = ""  # the same in the local language


@dataclass(frozen=True, slots=True)
class Ride:
    vehicle: str
    plate: str
    driver: str  # name only
    boarding: Place | None  # where the person gets on: the site they leave from
    driving: bool  # the reader drives this vehicle
    seat: str = ""  # the reader's seat label ("12"), "" when none is given


@dataclass(frozen=True, slots=True)
class Item:
    uid: str
    start: datetime  # in the item's zone
    end: datetime
    zone_label: str  # the zone's abbreviation at the start ('CST')
    other_zone: bool  # the item's zone is not the tour's
    kind: str
    status: str
    title: str
    local_title: str
    place: Place | None  # where it happens (a transfer: where it goes)
    dress_code: str
    ride: Ride | None
    people: int = 0  # host pages: how many visitors
    who: tuple[str, ...] = ()  # host pages: interpreters and the delegation's words


@dataclass(frozen=True, slots=True)
class Day:
    day: date  # the local date its items start on
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Visitor:
    name: str
    title: str
    organisation: str
    country: str
    role: str
    vip: bool


@dataclass(frozen=True, slots=True)
class Page:
    """Everything one page shows; ``visitors`` and the counts only on host pages."""

    lang: str  # the reader's first language: EN or ZH
    tour_name: str
    tour_local_name: str
    tour_zone: ZoneInfo
    title: str  # whose page: the person's or the site's name
    local_title: str
    days: tuple[Day, ...]
    calls: tuple[Call, ...]
    emergency: str
    own_needs: tuple[str, ...] = ()
    site: Place | None = None
    visitors: tuple[Visitor, ...] = ()
    needs: tuple[tuple[str, str, int], ...] = ()  # kind, text, how many
    languages: tuple[tuple[str, int], ...] = ()


def local_address(site: Site) -> str:
    """The site's address in the local script and order, for a taxi driver ("" when the
    site has none: the page then shows the address it has)."""
    return site.local_address.strip()


class PageFacts:
    """A snapshot indexed once for the pages of many people and sites."""

    def __init__(self, snapshot: TourSnapshot, index: TourIndex | None = None) -> None:
        self.snap = snapshot
        self.index = index or TourIndex(snapshot)
        self.tour_zone = ZoneInfo(snapshot.tour.timezone)
        self.seats = seating(snapshot)
        self.driven: dict[int, list[tuple[int, int]]] = defaultdict(list)
        vehicles = {v.id: v for v in snapshot.vehicles}
        for item_id, by_vehicle in self.seats.items():
            for vid in by_vehicle:
                driver = vehicles[vid].driver_id
                if driver is not None:
                    self.driven[driver].append((item_id, vid))
        self.vehicles = vehicles
        # (transfer item id, rider id) -> the seat label given, when one is.
        self._seat_labels = {
            (a.item_id, a.participant_id): a.seat for a in snapshot.vehicle_assignments if a.seat
        }
        self._places: dict[int, Place] = {}
        self._items: dict[int, Item] = {}
        self.cancelled: dict[int, list[ScheduleItem]] = defaultdict(list)
        for it in snapshot.items:
            if it.status is ItemStatus.CANCELLED:
                for pid in snapshot.attendee_ids(it):
                    self.cancelled[pid].append(it)

    def place(self, site: Site) -> Place:
        """A site as pages show it (built once per site)."""
        found = self._places.get(site.id)
        if found is None:
            prof = self.index.profile(site.id)  # the briefings' privacy rule for contacts
            contact = None
            if prof.contact_name.strip() or prof.contact_phone.strip():
                contact = Call("contact", prof.contact_name, prof.contact_phone)
            found = self._places[site.id] = Place(
                site.key,
                site.name,
                site.local_name,
                site.address,
                local_address(site),
                site.latitude,
                site.longitude,
                contact,
                site.meeting_point.strip(),
                site.local_meeting_point.strip(),
            )
        return found

    # -- people ---------------------------------------------------------------------------

    def person(self, key: str) -> Page:
        p = next((p for p in self.snap.participants if p.key == key), None)
        if p is None:
            raise NotFoundError(
                Errors.tr("no participant with key {key!r} in this tour").format(key=key)
            )
        items = self._programme(p)
        head = self.index.tour_head
        needs = tuple(t for t in (p.dietary.strip(), p.accessibility.strip()) if t)
        return Page(
            lang=ZH if mail_language(p.languages) == "zh" else EN,
            tour_name=head.name,
            tour_local_name=head.local_name,
            tour_zone=self.tour_zone,
            title=p.full_name,
            local_title=p.local_name,
            days=self._days([self._item(p, it, items) for it in items]),
            calls=self._calls(p, items),
            emergency=head.emergency,
            own_needs=needs,
        )

    def _programme(self, p: Participant) -> list[ScheduleItem]:
        """The items a person attends, the transfers they drive a vehicle on, and their
        cancelled items (shown struck through, so nobody goes to them)."""
        mine = {it.id: it for it in self.index.programme_of(p.id)}
        mine.update({it.id: it for it in self.cancelled.get(p.id, [])})
        live = {it.id: it for it in self.index.items}
        for item_id, _vid in self.driven.get(p.id, []):
            if item_id in live:
                mine.setdefault(item_id, live[item_id])
        return sorted(mine.values(), key=lambda i: (i.starts_at, i.ends_at, i.id))

    def _item(self, p: Participant | None, it: ScheduleItem, programme: list[ScheduleItem]) -> Item:
        """An item as one person's page shows it. Only transfers differ from person to
        person (who rides what, from where); other items are built once."""
        if it.kind is not ItemKind.TRANSFER or p is None:
            found = self._items.get(it.id)
            if found is None:
                found = self._items[it.id] = self._build_item(None, it, programme)
            return found
        return self._build_item(p, it, programme)

    def _build_item(
        self, p: Participant | None, it: ScheduleItem, programme: list[ScheduleItem]
    ) -> Item:
        start, end = self.index.local(it)
        zone = self.index.zone(it)
        site = self.index.sites.get(it.site_id) if it.site_id is not None else None
        before = after = None
        if it.kind is ItemKind.TRANSFER:
            before, after = self._around(it, programme)
        target = site or after
        return Item(
            uid=it.uid,
            start=start,
            end=end,
            zone_label=start.tzname() or zone.key,
            other_zone=zone.key != self.tour_zone.key,
            kind=it.kind.value,
            status=it.status.value,
            title=it.title,
            local_title=it.local_title,
            place=self.place(target) if target is not None else None,
            dress_code=it.dress_code,
            ride=self._ride(p, it, before) if p is not None else None,
        )

    def _around(self, it: ScheduleItem, programme: list[ScheduleItem]) -> tuple[Site | None, ...]:
        """The sites a person leaves from and goes to on a transfer."""
        before = after = None
        for other in programme:
            if other.site_id is None or other.id == it.id or other.status is ItemStatus.CANCELLED:
                continue
            if other.ends_at <= it.starts_at:
                before = other
            elif other.starts_at >= it.ends_at and after is None:
                after = other
        sites = self.index.sites
        return (
            # mypy: before and after are located items (the loop skips the others).
            sites[before.site_id] if before is not None else None,  # type: ignore[index]
            sites[after.site_id] if after is not None else None,  # type: ignore[index]
        )

    def _ride(self, p: Participant, it: ScheduleItem, leaving: Site | None) -> Ride | None:
        by_vehicle = self.seats.get(it.id, {})
        labels = self._seat_labels
        for vid, riders in sorted(by_vehicle.items(), key=lambda kv: self.vehicles[kv[0]].key):
            v = self.vehicles[vid]
            driving = v.driver_id == p.id
            if p.id in riders or driving:
                driver = self.index.people.get(v.driver_id) if v.driver_id is not None else None
                return Ride(
                    v.name,
                    v.plate,
                    display_name(driver.full_name, driver.local_name) if driver else "",
                    self.place(leaving) if leaving is not None else None,
                    driving,
                    "" if driving else labels.get((it.id, p.id), ""),
                )
        return None

    def _calls(self, p: Participant | None, items: list[ScheduleItem]) -> tuple[Call, ...]:
        """Tour lead(s), the interpreter(s) for this reader, the 24-hour line. Only
        people who are not delegates are listed with their phone."""
        leads: list[int] = []
        interpreters: list[int] = []
        for it in items:
            leads += self.index.with_role(it, AttendanceRole.LEAD)
            interpreters += self.index.with_role(it, AttendanceRole.INTERPRETER)
        people = self.index.people
        out = [
            Call("lead", self.index.name(pid), self._mobile(people[pid]))
            for pid in dict.fromkeys(leads)
            if pid != (p.id if p else None) and people[pid].role not in DELEGATION_ROLES
        ]
        out += [
            Call("interpreter", self.index.name(pid), self._mobile(people[pid]))
            for pid in self._interpreters_for(p, list(dict.fromkeys(interpreters)))
        ]
        line = line_24(self.snap)
        if line is not None:
            out.append(line)
        return tuple(c for c in out if c.phone.strip())

    def _mobile(self, person: Participant) -> str:
        """The number to call a person on duty at: the mobile the tour's on-duty list
        gives them (matched by name), else the phone they have."""
        for contact in self.snap.tour.duty_contacts:
            if contact.name.strip() == person.full_name.strip() or (
                contact.local_name.strip() and contact.local_name.strip() == person.local_name
            ):
                return contact.mobile
        return person.phone

    def _interpreters_for(self, p: Participant | None, ids: list[int]) -> list[int]:
        """The interpreters of a reader's items who speak a language of theirs that not
        every interpreter speaks (Russian, not the Chinese they all speak); all of them
        when none does, or for a host page."""
        people = self.index.people
        ids = [i for i in ids if people[i].role not in DELEGATION_ROLES and i != (p and p.id)]
        if p is None or not ids:
            return ids
        common = set.intersection(*(set(people[i].languages) for i in ids))
        wanted = [lang for lang in p.languages if lang not in common]
        mine = [i for i in ids if set(people[i].languages) & set(wanted)]
        return mine or ids

    @staticmethod
    def _days(items: list[Item]) -> tuple[Day, ...]:
        """Items grouped by the local day they start on (items come in time order)."""
        by_day: dict[date, list[Item]] = defaultdict(list)
        for item in items:
            by_day[item.start.date()].append(item)
        return tuple(Day(d, tuple(by_day[d])) for d in sorted(by_day))

    # -- sites ----------------------------------------------------------------------------

    def site(self, key: str) -> Page:
        site = next((s for s in self.snap.sites if s.key == key), None)
        if site is None:
            raise NotFoundError(Errors.tr("no site with key {key!r} in this tour").format(key=key))
        items = self.index.site_items.get(site.id, [])
        host = self.index.host(site.id) if items else None
        hosts: set[int] = set()
        for it in items:
            hosts.update(self.index.with_role(it, AttendanceRole.HOST))
        rows = []
        for it in items:
            base = self._item(None, it, items)
            visitors = self.index.attendees[it.id] - hosts
            interp = tuple(
                self.index.name(i) for i in self.index.with_role(it, AttendanceRole.INTERPRETER)
            )
            # The hosts are at their own site: no directions, no call to themselves.
            rows.append(replace(base, people=len(visitors), who=interp, place=None))
        needs: Counter[tuple[str, str]] = Counter()
        if host is not None:
            for n in host.needs:
                for kind, text in (("dietary", n.dietary), ("accessibility", n.accessibility)):
                    if text.strip():
                        needs[(kind, " ".join(text.split()))] += 1
        head = self.index.tour_head
        first_host = min((self.index.people[h] for h in hosts), key=precedence_order, default=None)
        return Page(
            # The hosts' first language; a site with no hosts named is read by its contact.
            lang=_lang_of(first_host) if first_host else (ZH if has_cjk(site.local_name) else EN),
            tour_name=head.name,
            tour_local_name=head.local_name,
            tour_zone=self.tour_zone,
            title=site.name,
            local_title=site.local_name,
            days=self._days(rows),
            calls=self._calls(None, items),
            emergency=head.emergency,
            site=self.place(site),
            visitors=tuple(
                Visitor(
                    display_name(v.person.name, v.person.local_name),
                    v.person.title,
                    v.person.organisation,
                    v.country,
                    v.person.role,
                    v.vip,
                )
                for v in (host.visitors if host else ())
            ),
            needs=tuple((k, t, n) for (k, t), n in sorted(needs.items())),
            languages=host.languages if host else (),
        )


def line_24(snap: TourSnapshot) -> Call | None:
    """The tour's 24-hour line: its hotline (a mobile) when it has one, else the
    organiser's phone as before the on-duty fields existed; None when neither is set."""
    tour = snap.tour
    if tour.hotline.strip():
        return Call("line24", tour.organiser_name, tour.hotline)
    if tour.organiser_phone.strip():
        return Call("line24", tour.organiser_name, tour.organiser_phone)
    return None


def _lang_of(p: Participant) -> str:
    return ZH if mail_language(p.languages) == "zh" else EN
