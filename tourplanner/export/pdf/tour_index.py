"""A tour snapshot indexed once, turned into the facts of each document.

Facts are cheap to compute (a tour is indexed once, and entries, days and site profiles
shared by many people are built once), and small to send to worker processes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime
from functools import cached_property
from itertools import pairwise
from zoneinfo import ZoneInfo

from tourplanner.core.address import forms_of_address
from tourplanner.core.checks import check_tour
from tourplanner.core.enums import (
    DELEGATION_ROLES,
    AttendanceRole,
    AttendanceScope,
    ItemKind,
    ItemStatus,
    ParticipantRole,
)
from tourplanner.core.errors import NotFoundError, TourplannerError
from tourplanner.core.i18n import Context
from tourplanner.core.manifests import seating
from tourplanner.core.model import DayNote, Participant, ScheduleItem, Site, TourSnapshot
from tourplanner.core.precedence import motorcade_key, precedence_order
from tourplanner.core.seating import receiving_line
from tourplanner.core.travel import TravelModel
from tourplanner.export.pdf.delegate_day import DayHelp
from tourplanner.export.pdf.facts import (
    BookletFacts,
    Contact,
    Day,
    DelegateFacts,
    Entry,
    HostFacts,
    Hotel,
    Leg,
    Need,
    Person,
    ProblemLine,
    Programme,
    Reader,
    RunRow,
    RunSheetFacts,
    SiteProfile,
    Stop,
    TourHead,
    Visit,
    Visitor,
    display_name,
)

Errors = Context("Errors")  # the catalogue context of messages people read

# A delegation up to this size is listed whole in each delegate's who's who; a larger
# one shows the reader's own groups and the heads of delegation.
WHOLE_DELEGATION_LIMIT = 40

# Local emergency numbers by the tour's time zone (only zones we know for sure).
EMERGENCY_NUMBERS = {
    "Asia/Shanghai": "Police 110 · Fire 119 · Ambulance 120",
    "Asia/Chongqing": "Police 110 · Fire 119 · Ambulance 120",
    "Asia/Hong_Kong": "Emergency 999",
    "Asia/Singapore": "Police 999 · Fire and ambulance 995",
    "Asia/Tokyo": "Police 110 · Fire and ambulance 119",
    "Asia/Seoul": "Police 112 · Fire and ambulance 119",
    "Europe/London": "Emergency 999 or 112",
    "America/New_York": "Emergency 911",
    "America/Los_Angeles": "Emergency 911",
}

# -- helpers ----------------------------------------------------------------------------


def person_of(p: Participant) -> Person:
    return Person(p.full_name, p.local_name, p.honorific, p.title, p.organisation, p.role.value)


def _both(en: str, local: str) -> str:
    """A text in English and the local language, ' · ' between, each only when given."""
    return " · ".join(t.strip() for t in (en, local) if t.strip())


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# -- the tour, indexed once -------------------------------------------------------------


class TourIndex:
    """A snapshot indexed for building many documents from it."""

    def __init__(self, snapshot: TourSnapshot) -> None:
        self.snap = snapshot
        self.travel = TravelModel.of(snapshot)
        self.sites = snapshot.sites_by_id
        self.people = snapshot.participants_by_id
        self.items = sorted(
            (i for i in snapshot.items if i.status is not ItemStatus.CANCELLED),
            key=lambda i: (i.starts_at, i.ends_at, i.id),
        )
        self.attendees: dict[int, frozenset[int]] = {}
        self.programme: dict[int, list[ScheduleItem]] = defaultdict(list)
        self.site_items: dict[int, list[ScheduleItem]] = defaultdict(list)
        for item in self.items:
            who = snapshot.attendee_ids(item)
            self.attendees[item.id] = who
            for pid in who:
                self.programme[pid].append(item)
            if item.site_id is not None:
                self.site_items[item.site_id].append(item)
        self._zones: dict[str, ZoneInfo] = {}
        self._entries: dict[tuple[int, int | None, int | None, bool], Entry] = {}
        self._days: dict[tuple[object, ...], Day] = {}
        self._profiles: dict[int, SiteProfile] = {}
        self._names: dict[int, str] = {}
        self.memo: dict[int, tuple[object, str]] = {}  # for ``digest`` of this tour's facts
        self._local: dict[int, tuple[datetime, datetime]] = {}
        self._persons: dict[int, Person] = {}
        self._with_role: dict[tuple[int, AttendanceRole], tuple[ScheduleItem, tuple[int, ...]]] = {}
        self._orders: dict[int, tuple[object, ...]] = {}
        self._teams: dict[tuple[int, ...], tuple[Person, ...]] = {}
        # Each document's facts, made once: a batch works them out for the content hash,
        # again for the issue and again in the worker (forked with this index).
        self._documents: dict[tuple[str, int, str], DelegateFacts | HostFacts] = {}

    # -- small lookups ------------------------------------------------------------------

    def zone(self, item: ScheduleItem) -> ZoneInfo:
        site = self.sites.get(item.site_id) if item.site_id is not None else None
        name = (site.timezone if site else None) or self.snap.tour.timezone
        found = self._zones.get(name)
        if found is None:
            found = self._zones[name] = ZoneInfo(name)
        return found

    def local(self, item: ScheduleItem) -> tuple[datetime, datetime]:
        """Start and end in the item's zone (worked out once per item)."""
        found = self._local.get(item.id)
        if found is None:
            zone = self.zone(item)
            found = self._local[item.id] = (
                item.starts_at.astimezone(zone),
                item.ends_at.astimezone(zone),
            )
        return found

    def person(self, pid: int) -> Person:
        found = self._persons.get(pid)
        if found is None:
            found = self._persons[pid] = person_of(self.people[pid])
        return found

    def name(self, pid: int) -> str:
        """A person's name as printed in lists: 'Dai Jiuyue 戴九月'."""
        found = self._names.get(pid)
        if found is None:
            p = self.people[pid]
            found = self._names[pid] = display_name(p.full_name, p.local_name)
        return found

    def with_role(self, item: ScheduleItem, role: AttendanceRole) -> tuple[int, ...]:
        """People an item names in ``role`` (hosts, interpreters, leads)."""
        # Asked again for every person the item concerns (each phone page's contacts),
        # and precedence needs each title parsed: both worked out once.
        hit = self._with_role.get((item.id, role))
        if hit is not None and hit[0] is item:
            return hit[1]
        ids: set[int] = set()
        for a in item.attendance:
            if a.role is role:
                ids |= self.snap.ids_of(a)
        found = tuple(sorted(ids, key=self._precedence))
        self._with_role[item.id, role] = (item, found)
        return found

    def _precedence(self, pid: int) -> tuple[object, ...]:
        found = self._orders.get(pid)
        if found is None:
            found = self._orders[pid] = precedence_order(self.people[pid])
        return found

    @cached_property
    def tour_head(self) -> TourHead:
        t = self.snap.tour
        return TourHead(
            t.name,
            t.local_name,
            t.start_date,
            t.end_date,
            t.organiser_name,
            t.organiser_email,
            t.organiser_phone,
            EMERGENCY_NUMBERS.get(t.timezone, ""),
            t.hotline,
        )

    @cached_property
    def day_notes(self) -> dict[date, DayNote]:
        """The tour's notes by day (weather, what to bring, dress)."""
        return {n.day: n for n in self.snap.tour.day_notes}

    @cached_property
    def private_details(self) -> frozenset[str]:
        """Every participant's email and phone (digits only), lower-cased: a site's
        contact detail that matches one is withheld from delegates."""
        out: set[str] = set()
        for p in self.snap.participants:
            if p.email.strip():
                out.add(p.email.strip().casefold())
            if len(_digits(p.phone)) >= 5:
                out.add(_digits(p.phone))
        return frozenset(out)

    @cached_property
    def illustrative(self) -> bool:
        return any(s.illustrative for s in self.snap.sites) or any(
            i.illustrative for i in self.snap.items
        )

    def attendance_words(self, item: ScheduleItem) -> str:
        """Who an item brings, for the booklet: 'Whole delegation', 'Group A', names."""
        parts: list[str] = []
        for a in item.attendance:
            if a.role is not AttendanceRole.ATTENDEE:
                continue
            if a.scope is AttendanceScope.DELEGATION:
                parts.insert(0, "*")  # renderers write "whole delegation" in their language
            elif a.scope is AttendanceScope.GROUP and a.group_id is not None:
                g = self.snap.groups_by_id.get(a.group_id)
                if g is not None:
                    parts.append(display_name(g.name, g.local_name))
            elif (p := self.people.get(a.participant_id or -1)) and p.role in DELEGATION_ROLES:
                parts.append(self.name(p.id))
        return " · ".join(dict.fromkeys(parts))

    # -- shared pieces ------------------------------------------------------------------

    def profile(self, site_id: int) -> SiteProfile:
        found = self._profiles.get(site_id)
        if found is None:
            s = self.sites[site_id]
            private = self.private_details
            phone_private = (
                len(_digits(s.contact_phone)) >= 5 and _digits(s.contact_phone) in private
            )
            email_private = s.contact_email.strip().casefold() in private
            found = self._profiles[site_id] = SiteProfile(
                s.name,
                s.local_name,
                s.category.value,
                s.address,
                s.description,
                s.key_facts,
                s.contact_name,
                "" if phone_private else s.contact_phone,
                "" if email_private else s.contact_email,
                phone_private or email_private,
                s.local_address,
            )
        return found

    def entry(
        self, item: ScheduleItem, next_site: int | None, stop: int | None, booklet: bool
    ) -> Entry:
        key = (item.id, next_site, stop, booklet)
        found = self._entries.get(key)
        if found is not None:
            return found
        start, end = self.local(item)
        site = self.sites.get(item.site_id) if item.site_id is not None else None
        leg = None
        if site is not None and next_site is not None and next_site != site.id:
            raw = self.travel.leg(site.id, next_site)
            leg = Leg(self.sites[next_site].name, raw.km, raw.minutes, raw.overridden)
        found = self._entries[key] = Entry(
            start,
            end,
            item.kind.value,
            item.status.value,
            item.title,
            item.local_title,
            site.name if site else "",
            site.local_name if site else "",
            site.address if site else "",
            stop,
            tuple(self.name(h) for h in self.with_role(item, AttendanceRole.HOST)),
            item.dress_code,
            item.description,
            self.attendance_words(item) if booklet else "",
            leg,
            site.local_address if site else "",
            _both(site.meeting_point, site.local_meeting_point) if site else "",
        )
        return found

    def days(self, items: list[ScheduleItem], *, booklet: bool) -> tuple[Day, ...]:
        """Group a programme (sorted) by local day, with stops and legs.

        A person's programme is one journey: each item's leg goes to the next item with
        a site, and the day's stops are numbered in visiting order. The booklet holds
        parallel tracks, so there an item's leg goes to the next item that shares
        people with it, and each site of the day has one number.
        """
        located = [i for i in items if i.site_id is not None]
        next_site = self._next_shared(located) if booklet else self._next_any(located)
        by_day: dict[date, list[ScheduleItem]] = defaultdict(list)
        for item in items:
            by_day[self.local(item)[0].date()].append(item)
        out = []
        for day, day_items in sorted(by_day.items()):
            key = (
                day,
                booklet,
                tuple(i.id for i in day_items),
                tuple(next_site.get(i.id) for i in day_items),
            )
            found = self._days.get(key)
            if found is None:
                found = self._days[key] = self._day(day, day_items, next_site, booklet)
            out.append(found)
        return tuple(out)

    @staticmethod
    def _next_any(located: list[ScheduleItem]) -> dict[int, int | None]:
        if not located:  # a day with no located item (a driver's, say): nothing follows
            return {}
        return {
            a.id: (b.site_id if b is not None else None)
            for a, b in zip(located, [*located[1:], None], strict=True)
        }

    def _next_shared(
        self, located: list[ScheduleItem], horizon: int = 400
    ) -> dict[int, int | None]:
        out: dict[int, int | None] = {}
        for n, a in enumerate(located):
            who = self.attendees[a.id]
            out[a.id] = next(
                (b.site_id for b in located[n + 1 : n + 1 + horizon] if who & self.attendees[b.id]),
                None,
            )
        return out

    def _day(
        self,
        day: date,
        items: list[ScheduleItem],
        next_site: dict[int, int | None],
        booklet: bool,
    ) -> Day:
        stops: list[Stop] = []
        unmapped: list[str] = []
        entries: list[Entry] = []
        numbers: dict[int, int] = {}  # booklet: site -> its number that day
        previous: int | None = None
        number = 0
        for item in items:
            stop = None
            if item.site_id is not None:
                site = self.sites[item.site_id]
                new = item.site_id not in numbers if booklet else item.site_id != previous
                if new:
                    number += 1
                    numbers[item.site_id] = number
                    if site.has_coordinates:
                        assert site.latitude is not None and site.longitude is not None
                        stops.append(Stop(number, site.name, site.latitude, site.longitude))
                    elif site.name not in unmapped:
                        unmapped.append(site.name)
                    previous = item.site_id
                stop = numbers[item.site_id] if booklet else number
            entries.append(self.entry(item, next_site.get(item.id), stop, booklet))
        return Day(
            day,
            tuple(entries),
            tuple(stops),
            tuple(unmapped),
            route=not booklet,
            note=self.day_notes.get(day),
        )

    def hotels(self, items: list[ScheduleItem]) -> tuple[Hotel, ...]:
        nights: dict[int, list[date]] = defaultdict(list)
        for item in items:
            if item.kind is ItemKind.ACCOMMODATION and item.site_id is not None:
                nights[item.site_id].append(self.local(item)[0].date())
        out = []
        for site_id, dates in nights.items():
            s = self.sites[site_id]
            profile = self.profile(site_id)
            out.append(
                Hotel(
                    s.name,
                    s.local_name,
                    s.address,
                    profile.contact_phone,
                    tuple(sorted(dates)),
                    s.local_address,
                )
            )
        return tuple(sorted(out, key=lambda h: (h.nights[0], h.name)))

    def site_profiles(self, items: list[ScheduleItem]) -> tuple[SiteProfile, ...]:
        seen = dict.fromkeys(i.site_id for i in items if i.site_id is not None)
        return tuple(self.profile(sid) for sid in seen)

    @cached_property
    def delegates(self) -> tuple[Participant, ...]:
        return tuple(
            sorted(
                (p for p in self.snap.participants if p.role in DELEGATION_ROLES),
                key=precedence_order,
            )
        )

    @cached_property
    def groups_of(self) -> dict[int, tuple[int, ...]]:
        out: dict[int, list[int]] = defaultdict(list)
        for g in self.snap.groups:
            for pid in g.member_ids:
                out[pid].append(g.id)
        return {pid: tuple(gs) for pid, gs in out.items()}

    @cached_property
    def _staff(self) -> dict[int, frozenset[int]]:
        """Per item, the people it names in a role other than attendee."""
        out: dict[int, frozenset[int]] = {}
        for item in self.items:
            ids: set[int] = set()
            for a in item.attendance:
                if a.role is not AttendanceRole.ATTENDEE:
                    ids |= self.snap.ids_of(a)
            out[item.id] = frozenset(ids)
        return out

    @cached_property
    def _organisers(self) -> frozenset[int]:
        return frozenset(
            p.id
            for p in self.snap.participants
            if p.role is ParticipantRole.ORGANISER and self.programme.get(p.id)
        )

    def team_of(self, items: list[ScheduleItem]) -> tuple[Person, ...]:
        """Hosts, interpreters, leads and the organisers' people met at these items."""
        key = tuple(i.id for i in items)
        found = self._teams.get(key)
        if found is not None:
            return found
        staff = self._staff
        met: set[int] = set(self._organisers)
        for item in items:
            met.update(staff[item.id])
        people = [self.people[pid] for pid in met if self.people[pid].role not in DELEGATION_ROLES]
        found = self._teams[key] = tuple(
            self.person(p.id) for p in sorted(people, key=precedence_order)
        )
        return found

    @cached_property
    def day_help(self) -> DayHelp:
        """Rides, on-duty contacts and taxi cards for the delegates (built once)."""
        return DayHelp(self)

    # -- documents ----------------------------------------------------------------------

    def programme_of(self, pid: int) -> list[ScheduleItem]:
        return self.programme.get(pid, [])

    def delegate(self, pid: int, calendar: str) -> DelegateFacts:
        """The facts of one person's briefing (anyone attending items, not only
        delegates)."""
        found = self._documents.get(("delegate", pid, calendar))
        if found is None:
            found = self._documents["delegate", pid, calendar] = self._delegate(pid, calendar)
        assert isinstance(found, DelegateFacts)
        return found

    def _delegate(self, pid: int, calendar: str) -> DelegateFacts:
        p = self.people.get(pid)
        if p is None:
            raise NotFoundError(Errors.tr("no participant with id {pid}").format(pid=pid))
        items = self.programme_of(pid)
        if not items:
            raise TourplannerError(
                Errors.tr("{name} ({key}) attends no items: no briefing").format(
                    name=p.full_name, key=p.key
                )
            )
        delegates = self.delegates
        if len(delegates) > WHOLE_DELEGATION_LIMIT:
            mine = set(self.groups_of.get(pid, ()))
            delegates = tuple(
                d
                for d in delegates
                if d.id == pid or d.is_vip or mine & set(self.groups_of.get(d.id, ()))
            )
        help_ = self.day_help
        days, on_duty = help_.for_delegate(pid, self.days(items, booklet=False))
        programme = Programme(
            self.tour_head,
            days,
            self.site_profiles(items),
            tuple(self.person(d.id) for d in delegates),
            self.team_of(items),
            self.hotels(items),
            self.illustrative,
            on_duty,
        )
        reader = Reader(person_of(p), p.dietary, p.accessibility, p.languages)
        return DelegateFacts(reader, programme, calendar, help_.cards(items))

    def booklet(self) -> BookletFacts:
        items = self.items
        programme = Programme(
            self.tour_head,
            self.days(items, booklet=True),
            self.site_profiles(items),
            tuple(person_of(d) for d in self.delegates),
            self.team_of(items),
            self.hotels(items),
            self.illustrative,
            self.day_help.tour_on_duty(),
        )
        return BookletFacts(programme)

    def host_sites(self) -> tuple[Site, ...]:
        """Sites that have items, in the order of their first item."""
        return tuple(self.sites[sid] for sid in self.site_items)

    def host(self, site_id: int, page: str = "") -> HostFacts:
        """The facts of one site's host briefing; ``page`` is what its QR code holds (the
        site's page), "" for none."""
        found = self._documents.get(("host", site_id, page))
        if found is None:
            found = self._documents["host", site_id, page] = self._host(site_id, page)
        assert isinstance(found, HostFacts)
        return found

    def _host(self, site_id: int, page: str) -> HostFacts:
        site = self.sites.get(site_id)
        if site is None:
            raise NotFoundError(Errors.tr("no site with id {site_id}").format(site_id=site_id))
        items = self.site_items.get(site_id, [])
        if not items:
            raise TourplannerError(
                Errors.tr("no items take place at {name} ({key})").format(
                    name=site.name, key=site.key
                )
            )
        hosts: set[int] = set()
        interpreters: set[int] = set()
        leads: set[int] = set()
        for item in items:
            hosts.update(self.with_role(item, AttendanceRole.HOST))
            interpreters.update(self.with_role(item, AttendanceRole.INTERPRETER))
            leads.update(self.with_role(item, AttendanceRole.LEAD))
        visitor_ids: set[int] = set()
        for item in items:
            visitor_ids |= self.attendees[item.id]
        visitor_ids -= hosts | interpreters
        visits = tuple(self._visit(item, hosts) for item in items)
        # The delegation in order of precedence, then the people travelling with it.
        ordered = sorted(
            (self.people[v] for v in visitor_ids),
            key=lambda p: (p.role not in DELEGATION_ROLES, *precedence_order(p)),
        )
        visitors = tuple(self._visitor(p) for p in ordered)
        counts: dict[str, int] = defaultdict(int)
        for p in ordered:
            for lang in p.languages:
                counts[lang] += 1
        needs = tuple(
            Need(self.name(p.id), p.dietary, p.accessibility)
            for p in ordered
            if p.dietary.strip() or p.accessibility.strip()
        )
        by_rank = sorted(interpreters, key=lambda pid: precedence_order(self.people[pid]))
        return HostFacts(
            self.tour_head,
            self.profile(site_id),
            tuple(
                person_of(self.people[h])
                for h in sorted(hosts, key=lambda pid: precedence_order(self.people[pid]))
            ),
            visits,
            visitors,
            tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
            tuple((self.name(i), self.people[i].languages) for i in by_rank),
            needs,
            tuple(
                self.name(pid)
                for pid in sorted(leads, key=lambda pid: precedence_order(self.people[pid]))
            ),
            page,
        )

    def _visitor(self, p: Participant) -> Visitor:
        forms = forms_of_address(p)
        return Visitor(
            person_of(p),
            p.country,
            p.languages,
            p.is_vip,
            forms.card_en,
            forms.card_zh,
            forms.salutation_en,
            forms.salutation_zh,
        )

    def _visit(self, item: ScheduleItem, hosts: set[int]) -> Visit:
        start, end = self.local(item)
        visitors = self.attendees[item.id] - hosts
        previous = ""
        # Where the visitors come from: the located item before this one of the first
        # visitor in order of precedence (the head of the party).
        if visitors:
            head = min(visitors, key=lambda pid: precedence_order(self.people[pid]))
            before = [i for i in self.programme_of(head) if i.site_id is not None]
            for a, b in pairwise(before):
                if b.id == item.id and a.site_id != item.site_id:
                    # mypy: ``before`` keeps located items only, so a.site_id is set.
                    previous = self.sites[a.site_id].name  # type: ignore[index]
        return Visit(
            start,
            end,
            item.kind.value,
            item.status.value,
            item.title,
            item.local_title,
            len(visitors),
            self.attendance_words(item),
            tuple(self.name(h) for h in self.with_role(item, AttendanceRole.HOST)),
            tuple(self.name(h) for h in self.with_role(item, AttendanceRole.INTERPRETER)),
            previous,
            item.dress_code,
            item.description,
        )

    def runsheet(self) -> RunSheetFacts:
        """The facts of the organisers' run sheet (every item, cancelled ones too)."""
        all_items = sorted(self.snap.items, key=lambda i: (i.starts_at, i.ends_at, i.id))
        found = check_tour(self.snap)
        by_item: dict[int, list[ProblemLine]] = defaultdict(list)
        for p in found:  # each problem also on the row of every item it concerns
            for item_id in p.item_ids:
                by_item[item_id].append(ProblemLine(p.severity.value, p.code.value, p.message))
        by_day: dict[date, list[RunRow]] = defaultdict(list)
        for item in all_items:
            start, end = self.local(item)
            row = self._run_row(item, start, end)
            if by_item[item.id]:
                row = replace(row, problems=tuple(by_item[item.id]))
            by_day[start.date()].append(row)
        roles_order = {r: n for n, r in enumerate(ParticipantRole)}
        contacts = tuple(
            Contact(self.name(p.id), p.role.value, p.title, p.organisation, p.phone, p.email)
            for p in sorted(
                self.snap.participants,
                key=lambda p: (
                    roles_order[p.role] if p.role not in DELEGATION_ROLES else -1,
                    *precedence_order(p),
                ),
            )
        )
        site_contacts = tuple(
            Contact(s.contact_name, "", s.name, s.local_name, s.contact_phone, s.contact_email)
            for s in sorted(self.snap.sites, key=lambda s: s.name.casefold())
            if s.contact_name or s.contact_phone or s.contact_email
        )
        problems = tuple(ProblemLine(p.severity.value, p.code.value, p.message) for p in found)
        return RunSheetFacts(
            self.tour_head,
            tuple((d, tuple(rows)) for d, rows in sorted(by_day.items())),
            contacts,
            site_contacts,
            problems,
        )

    def _run_row(self, item: ScheduleItem, start: datetime, end: datetime) -> RunRow:
        who = self.snap.attendee_ids(item)
        responsible = []
        for role in (AttendanceRole.LEAD, AttendanceRole.HOST, AttendanceRole.INTERPRETER):
            for pid in self.with_role(item, role):
                p = self.people[pid]
                responsible.append((self.name(pid), role.value, p.phone))
        transport = []
        for pid in sorted(who, key=lambda pid: precedence_order(self.people[pid])):
            p = self.people[pid]
            if p.role is ParticipantRole.DRIVER:
                transport.append((self.name(pid), p.title, p.phone))
        site = self.sites.get(item.site_id) if item.site_id is not None else None
        line = receiving_line(self.snap, item)
        return RunRow(
            start,
            end,
            item.kind.value,
            item.status.value,
            item.title,
            item.local_title,
            display_name(site.name, site.local_name) if site else "",
            site.address if site else "",
            tuple(responsible),
            len(who),
            self.attendance_words(item),
            tuple(transport),
            self._run_leg(item, who),
            item.notes,
            receiving_hosts=tuple(self.name(p.id) for p in line.hosts) if line else (),
            receiving_guests=tuple(self.name(p.id) for p in line.guests) if line else (),
            vehicles=self._motorcade(item),
        )

    @cached_property
    def vehicle_seats(self) -> dict[int, dict[int, list[int]]]:
        """Who sits in which vehicle: transfer item id -> vehicle id -> people."""
        return seating(self.snap)

    def _motorcade(self, item: ScheduleItem) -> tuple[tuple[str, str, int, str], ...]:
        """A transfer's vehicles in the motorcade's order, each with its plate, how many
        ride in it and its highest-ranked passenger."""
        by_vehicle = self.vehicle_seats.get(item.id)
        if item.kind is not ItemKind.TRANSFER or not by_vehicle:
            return ()
        vehicles = {v.id: v for v in self.snap.vehicles}
        out = []
        for vid, ids in by_vehicle.items():
            riders = [self.people[pid] for pid in ids if pid in self.people]
            head = min(riders, key=precedence_order) if riders else None
            entry = (vehicles[vid].name, vehicles[vid].plate, len(riders),
                     self.name(head.id) if head else "")  # fmt: skip
            out.append((motorcade_key(riders, vehicles[vid].key), entry))
        return tuple(entry for _key, entry in sorted(out))

    def _run_leg(self, item: ScheduleItem, who: frozenset[int]) -> tuple[str, str, Leg] | None:
        """For a transfer: from where to where, how far and how long (as planned), seen
        from the programme of the highest-ranking person on it."""
        if item.kind is not ItemKind.TRANSFER or not who or item.status is ItemStatus.CANCELLED:
            return None
        if item.from_site_id is not None and item.site_id not in (None, item.from_site_id):
            # The organiser named both ends: from the origin to the transfer's site.
            start, end = item.from_site_id, item.site_id
            assert end is not None
            hop = self.travel.leg(start, end)
            there = Leg(self.sites[end].name, hop.km, hop.minutes, hop.overridden)
            return self.sites[start].name, self.sites[end].name, there
        head = min(who, key=lambda pid: precedence_order(self.people[pid]))
        before = after = None
        for other in self.programme_of(head):
            if other.site_id is None:
                continue
            if other.ends_at <= item.starts_at:
                before = other
            elif other.starts_at >= item.ends_at and after is None:
                after = other
        if before is None or after is None or before.site_id == after.site_id:
            return None
        a, b = before.site_id, after.site_id
        assert a is not None and b is not None
        raw = self.travel.leg(a, b)
        leg = Leg(self.sites[b].name, raw.km, raw.minutes, raw.overridden)
        return self.sites[a].name, self.sites[b].name, leg
