"""Rules that look at one schedule item at a time (besides fixed tour data).

Each returns the problems of that item; the incremental checker recomputes them only for
items that change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from functools import cached_property
from itertools import chain
from zoneinfo import ZoneInfo

from tourplanner.core import manifests, wording
from tourplanner.core.enums import AttendanceRole, ItemKind, ItemStatus, ParticipantRole
from tourplanner.core.i18n import QT_TRANSLATE_NOOP, Context
from tourplanner.core.model import (
    BusyBlock,
    OpeningException,
    OpeningInterval,
    ScheduleItem,
    Site,
    TourSnapshot,
)
from tourplanner.core.problems import Code, Problem
from tourplanner.core.seating import plan_problems, stored_plans

Checks = Context("Checks")  # the catalogue context of problem messages

# Items that occupy people but not a place that must be open.
NEEDS_OPEN_SITE = frozenset({ItemKind.VISIT, ItemKind.MEETING, ItemKind.MEAL, ItemKind.CEREMONY})
# Interpreters, drivers and the like are not the ones who need to talk to the hosts.
NOT_VISITORS = frozenset(
    {
        ParticipantRole.INTERPRETER,
        ParticipantRole.DRIVER,
        ParticipantRole.SECURITY,
        ParticipantRole.STAFF,
        ParticipantRole.HOST,
    }
)

_DAY_NAMES = (
    QT_TRANSLATE_NOOP("Checks", "Mondays"),
    QT_TRANSLATE_NOOP("Checks", "Tuesdays"),
    QT_TRANSLATE_NOOP("Checks", "Wednesdays"),
    QT_TRANSLATE_NOOP("Checks", "Thursdays"),
    QT_TRANSLATE_NOOP("Checks", "Fridays"),
    QT_TRANSLATE_NOOP("Checks", "Saturdays"),
    QT_TRANSLATE_NOOP("Checks", "Sundays"),
)


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """True when two spans share time; spans that only touch do not overlap."""
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True, slots=True)
class Audience:
    """Who one attendance list brings, and what the rules derive from that list alone."""

    who: frozenset[int]
    hosts: frozenset[int]  # by role at the item or by their own role
    # The visitors cut off from the hosts when hosts and visitors share no language and
    # no interpreter who attends covers both; None when nobody needs an interpreter.
    language_gap: frozenset[int] | None


class ItemRules:
    """The per-item rules, bound to one tour's fixed data."""

    def __init__(self, snap: TourSnapshot) -> None:
        self.snap = snap
        self.zone = ZoneInfo(snap.tour.timezone)
        tour = snap.tour
        self.tour_start = datetime.combine(tour.start_date, time(), self.zone)
        self.tour_end = datetime.combine(tour.end_date + timedelta(days=1), time(), self.zone)
        # The same instants in UTC, which items' times usually carry: datetimes with the
        # same tzinfo compare field by field, without asking the zone for its offsets.
        self._utc_start = self.tour_start.astimezone(UTC)
        self._utc_end = self.tour_end.astimezone(UTC)
        self._sites = snap.sites_by_id
        self._audiences: dict[tuple[tuple[object, ...], ...], Audience] = {}
        self._hours_by_site: dict[int, list[list[OpeningInterval]]] = {}
        # Who and which sites have outside commitments: an item that brings none of them
        # (nearly all) skips the busy rule at the cost of one set test.
        self._busy_people = frozenset(self.busy_by_person)
        self._busy_sites = frozenset(self.busy_by_site)
        self._busy_cache: dict[frozenset[int], tuple[frozenset[int], list[int]]] = {}
        # Who sits in which vehicle on each transfer, as the vehicle manifests read it;
        # empty (and so one truth test per item) when the tour seats nobody.
        self._seating = dict(manifests.seating(snap))
        self._drivers = manifests.drivers(snap)
        # Seating plans of meals and ceremonies (empty when nothing is seated).
        self._tables = stored_plans(snap) if snap.item_tables or snap.seats else {}

    @cached_property
    def busy_by_person(self) -> dict[int, list[BusyBlock]]:
        out: dict[int, list[BusyBlock]] = defaultdict(list)
        for b in self.snap.busy_blocks:
            if b.participant_id is not None:
                out[b.participant_id].append(b)
        return out

    @cached_property
    def busy_by_site(self) -> dict[int, list[BusyBlock]]:
        out: dict[int, list[BusyBlock]] = defaultdict(list)
        for b in self.snap.busy_blocks:
            if b.site_id is not None:
                out[b.site_id].append(b)
        return out

    def name(self, person_id: int) -> str:
        return self.snap.participants_by_id[person_id].full_name

    def zone_of(self, item: ScheduleItem) -> ZoneInfo:
        """The zone an item's times are told in: its site's, else the tour's."""
        site = self._sites.get(item.site_id) if item.site_id is not None else None
        return ZoneInfo(site.timezone) if site is not None and site.timezone else self.zone

    def when(self, item: ScheduleItem) -> str:
        """'11:30–12:00 on Sat 27 Mar' in the item's own zone, with that zone's
        abbreviation when it is not the tour's ('11:30–12:00 CET on Fri 27 Mar')."""
        return wording.span(item.starts_at, item.ends_at, self.zone_of(item), self.zone)

    def audience(self, item: ScheduleItem) -> Audience:
        """Who ``item`` brings, with the facts that follow from its attendance alone.

        A tour has few distinct attendance lists (a programme repeats its groups), so the
        answer is remembered per list: hashing the list is much cheaper than the set
        unions of ``attendee_ids`` and the role and language look-ups behind it.
        """
        # Keyed by plain field tuples: the same equality as the Attendance values, but
        # hashed and compared in C rather than by the dataclass's Python methods.
        key = tuple([(a.scope, a.role, a.group_id, a.participant_id) for a in item.attendance])
        found = self._audiences.get(key)
        if found is None:
            found = self._audiences[key] = self._audience_of(item, self.snap.attendee_ids(item))
        return found

    def _audience_of(self, item: ScheduleItem, who: frozenset[int]) -> Audience:
        hosts, interpreters = self._roles_at(item, who)
        gap: frozenset[int] | None = None
        if hosts:
            visitors = who - hosts - interpreters - self._with_role(*NOT_VISITORS)
            if visitors:
                gap = self._language_gap(hosts, visitors, interpreters)
        return Audience(who, hosts, gap)

    def check(
        self, item: ScheduleItem, attendees: frozenset[int], audience: Audience | None = None
    ) -> tuple[Problem, ...]:
        """Every per-item problem of ``item`` (none for a cancelled item).

        ``audience`` (from ``audience(item)``) saves working out the attendance again;
        it is used only when it describes exactly ``attendees``.
        """
        if item.status is ItemStatus.CANCELLED:
            return ()
        if audience is None or audience.who is not attendees:
            audience = self._audience_of(item, attendees)
        site_id = item.site_id
        site = self._sites.get(site_id) if site_id is not None else None
        # The rules in their fixed order, each guarded by its cheap condition inline:
        # most items break none, and this runs for every item of every full check.
        found: list[Problem] = []
        if item.starts_at < self._utc_start or item.ends_at > self._utc_end:
            found.append(self._outside_tour(item))
        if site is not None:
            if (site.opening_hours or site.opening_exceptions) and item.kind in NEEDS_OPEN_SITE:
                closed = self._site_closed(item, site)
                if closed is not None:
                    found.append(closed)
            if site.capacity is not None and len(attendees) > site.capacity:
                found.append(self._over_capacity(item, site, attendees))
        if (site is not None and site.id in self._busy_sites) or not attendees.isdisjoint(
            self._busy_people
        ):
            busy = self._busy(item, site, attendees)
            if busy is not None:
                found.append(busy)
        if audience.language_gap is not None:
            found.append(self._no_interpreter(item, audience))
        if not attendees:
            found.append(self._no_attendees(item))
        if site is None and item.kind is ItemKind.VISIT:
            found.append(self._no_site(item))
        if self._seating and item.kind is ItemKind.TRANSFER:
            seats = self._seating.get(item.id)
            if seats:
                found.extend(self._vehicle_problems(item, attendees, seats))
        if self._tables:
            plan = self._tables.get(item.id)
            if plan is not None:
                found.extend(plan_problems(self.snap, item, plan, attendees, self.when(item)))
        return tuple(found)

    def _outside_tour(self, item: ScheduleItem) -> Problem:
        t = self.snap.tour
        return Problem(
            Code.OUTSIDE_TOUR,
            Checks.tr("'{title}' at {when} is outside the tour's dates ({first} – {last})").format(
                title=item.title,
                when=self.when(item),
                first=wording.date_label(t.start_date, year=False),
                last=wording.date_label(t.end_date),
            ),
            item_ids=(item.id,),
        )

    def _site_closed(self, item: ScheduleItem, site: Site) -> Problem | None:
        """A site-closed problem when ``item`` falls outside ``site``'s opening hours
        (the caller has checked that the site has hours and the item needs them)."""
        zone = ZoneInfo(site.timezone) if site.timezone else self.zone
        start, end = item.starts_at.astimezone(zone), item.ends_at.astimezone(zone)
        weekday = start.weekday()
        if site.opening_exceptions:
            special = site.exception_on(start.date())
            if special is not None:
                return self._exception_closed(item, site, special, start, end)
            if not site.opening_hours:
                return None  # only exceptions: other days are not restricted
        today = self._hours_on(site)[weekday]
        if not today:
            return Problem(
                Code.SITE_CLOSED,
                Checks.tr("'{title}' at {when}: {site} is closed on {days}").format(
                    title=item.title,
                    when=self.when(item),
                    site=site.name,
                    days=Checks.tr(_DAY_NAMES[weekday]),
                ),
                item_ids=(item.id,),
                site_ids=(site.id,),
            )
        if end.date() == start.date():
            opens, closes = start.time(), end.time()
            for h in today:  # a loop, not any(): this runs for most items of a tour
                if h.opens <= opens and closes <= h.closes:
                    return None
        return Problem(
            Code.SITE_CLOSED,
            Checks.tr(
                "'{title}' at {when} is outside the opening hours of {site} ({day} {hours})",
            ).format(
                title=item.title,
                when=self.when(item),
                site=site.name,
                day=wording.weekday(weekday),
                hours=_hours(today),
            ),
            item_ids=(item.id,),
            site_ids=(site.id,),
        )

    def _exception_closed(
        self,
        item: ScheduleItem,
        site: Site,
        special: OpeningException,
        start: datetime,
        end: datetime,
    ) -> Problem | None:
        """The site-closed problem on a date with other hours (``special``), if any."""
        day = wording.date_label(start.date())
        if special.closed:
            return Problem(
                Code.SITE_CLOSED,
                Checks.tr("'{title}' at {when}: {site} is closed on {day}").format(
                    title=item.title, when=self.when(item), site=site.name, day=day
                ),
                item_ids=(item.id,),
                site_ids=(site.id,),
            )
        if end.date() == start.date():
            opens, closes = start.time(), end.time()
            for o, c in special.spans:
                if o <= opens and closes <= c:
                    return None
        spans = ", ".join(f"{o:%H:%M}–{c:%H:%M}" for o, c in special.spans)
        return Problem(
            Code.SITE_CLOSED,
            Checks.tr(
                "'{title}' at {when} is outside the opening hours of {site} on {day} "
                "({hours}, not its usual hours)"
            ).format(title=item.title, when=self.when(item), site=site.name, day=day, hours=spans),
            item_ids=(item.id,),
            site_ids=(site.id,),
        )

    def _hours_on(self, site: Site) -> list[list[OpeningInterval]]:
        """A site's opening intervals by weekday (0 = Monday), in their given order."""
        # Sorted out once per site: the snapshot's sites do not change under a checker.
        found = self._hours_by_site.get(site.id)
        if found is None:
            found = self._hours_by_site[site.id] = [[] for _ in range(7)]
            for h in site.opening_hours:
                if 0 <= h.weekday < 7:
                    found[h.weekday].append(h)
        return found

    def _over_capacity(self, item: ScheduleItem, site: Site, who: frozenset[int]) -> Problem:
        return Problem(
            Code.OVER_CAPACITY,
            Checks.tr(
                "'{title}' at {when} brings %n person(s) to {site}, which holds {capacity}",
                None,
                len(who),
            ).format(
                title=item.title, when=self.when(item), site=site.name, capacity=site.capacity
            ),
            item_ids=(item.id,),
            site_ids=(site.id,),
        )

    @cached_property
    def _people_by_role(self) -> dict[ParticipantRole, frozenset[int]]:
        out: dict[ParticipantRole, set[int]] = defaultdict(set)
        for p in self.snap.participants:
            out[p.role].add(p.id)
        return {role: frozenset(ids) for role, ids in out.items()}

    def _with_role(self, *roles: ParticipantRole) -> frozenset[int]:
        found = self._role_sets.get(roles)
        if found is None:
            found = frozenset().union(*(self._people_by_role.get(r, ()) for r in roles))
            self._role_sets[roles] = found
        return found

    @cached_property
    def _role_sets(self) -> dict[tuple[ParticipantRole, ...], frozenset[int]]:
        return {}

    @cached_property
    def _languages(self) -> dict[int, frozenset[str]]:
        return {p.id: frozenset(p.languages) for p in self.snap.participants}

    def _busy(self, item: ScheduleItem, site: Site | None, who: frozenset[int]) -> Problem | None:
        clashes: list[tuple[str, BusyBlock]] = []
        for pid in self._busy_among(who):
            for b in self.busy_by_person[pid]:
                if overlaps(item.starts_at, item.ends_at, b.starts_at, b.ends_at):
                    clashes.append((self.name(pid), b))
        if site is not None:
            for b in self.busy_by_site.get(site.id, ()):
                if overlaps(item.starts_at, item.ends_at, b.starts_at, b.ends_at):
                    clashes.append((site.name, b))
        if not clashes:
            return None
        zone = self.zone_of(item)  # the commitments' times as the item's are told
        whose = "; ".join(
            Checks.tr("{owner} ({what}, {when})").format(
                owner=owner,
                what=b.summary or Checks.tr("busy"),
                when=wording.span(b.starts_at, b.ends_at, zone, self.zone),
            )
            for owner, b in clashes
        )
        return Problem(
            Code.BUSY,
            Checks.tr("'{title}' at {when} overlaps outside commitments: {whose}").format(
                title=item.title, when=self.when(item), whose=whose
            ),
            item_ids=(item.id,),
            participant_ids=tuple(
                sorted({b.participant_id for _, b in clashes if b.participant_id})
            ),
            site_ids=(site.id,) if site and any(b.site_id for _, b in clashes) else (),
        )

    def _busy_among(self, who: frozenset[int]) -> list[int]:
        """The people of ``who`` with outside commitments, by name."""
        # Remembered per audience (items of one programme share their attendee set), but
        # only for that very set: the set's order decides the order of people with the
        # same name, so an equal set built differently gets its own answer.
        found = self._busy_cache.get(who)
        if found is None or found[0] is not who:
            # Only the few people with outside commitments need looking at.
            found = (who, sorted(who & self.busy_by_person.keys(), key=self.name))
            self._busy_cache[who] = found
        return found[1]

    def _no_interpreter(self, item: ScheduleItem, audience: Audience) -> Problem:
        """The no-interpreter problem of an item whose audience has a language gap."""
        assert audience.language_gap is not None
        people = self.snap.participants_by_id
        cut_off = sorted(people[v].full_name for v in audience.language_gap)
        detail = (
            Checks.tr(" ({names} share(s) no language with the hosts)", None, len(cut_off)).format(
                names=wording.names(cut_off)
            )
            if cut_off
            else ""
        )
        return Problem(
            Code.NO_INTERPRETER,
            Checks.tr(
                "'{title}' at {when}: hosts and visitors have no language in common and no "
                "interpreter who covers both attends{detail}",
            ).format(title=item.title, when=self.when(item), detail=detail),
            item_ids=(item.id,),
            participant_ids=tuple(sorted(audience.hosts)),
        )

    def _language_gap(
        self, hosts: frozenset[int], visitors: frozenset[int], interpreters: frozenset[int]
    ) -> frozenset[int] | None:
        """None when everyone can talk, else the visitors who share no language with the
        hosts. Items of one programme share their people, so answers are remembered."""
        key = (hosts, visitors, interpreters)
        cache = self._gap_cache
        if key in cache:
            return cache[key]
        langs = self._languages
        # Each distinct set of languages once: an audience of hundreds has a handful, and
        # both the intersection and the interpreters' test only depend on which occur.
        speakers = set(map(langs.__getitem__, chain(hosts, visitors)))
        speakers.discard(frozenset())
        answer: frozenset[int] | None = None
        if speakers and not frozenset.intersection(*speakers):
            covered = any(
                all(langs[i] & spoken for spoken in speakers) for i in interpreters if langs[i]
            )
            if not covered:
                host_langs = frozenset().union(*(langs[p] for p in hosts))
                answer = frozenset(v for v in visitors if langs[v] and not langs[v] & host_langs)
        cache[key] = answer
        return answer

    @cached_property
    def _gap_cache(self) -> dict[tuple[frozenset[int], ...], frozenset[int] | None]:
        return {}

    def _roles_at(
        self, item: ScheduleItem, who: frozenset[int]
    ) -> tuple[frozenset[int], frozenset[int]]:
        """Who hosts and who interprets at this item, by attendance role or by their role."""
        hosts = who & self._with_role(ParticipantRole.HOST)
        interpreters = who & self._with_role(ParticipantRole.INTERPRETER)
        for a in item.attendance:
            if a.role is AttendanceRole.HOST:
                hosts |= self.snap.ids_of(a)
            elif a.role is AttendanceRole.INTERPRETER:
                interpreters |= self.snap.ids_of(a)
        return hosts, interpreters - hosts

    def _vehicle_problems(
        self, item: ScheduleItem, attendees: frozenset[int], seats: dict[int, list[int]]
    ) -> list[Problem]:
        """What the vehicle manifest of a transfer that seats people flags, as problems:
        over-full vehicles, people seated twice or seated without attending, and
        travellers with no seat. Seats count passengers; drivers are nobody's passengers.
        """
        manifest = manifests.transfer_manifest(self.snap, item, seats, self._drivers, attendees)
        when = self.when(item)
        found = [
            Problem(
                Code.VEHICLE_OVER_CAPACITY,
                Checks.tr(
                    "'{title}' at {when} seats %n person(s) in {vehicle}, which has {seats}",
                    None,
                    load.riders,
                ).format(
                    title=item.title,
                    when=when,
                    vehicle=load.vehicle.name,
                    seats=Checks.tr("%n seat(s)", None, load.vehicle.seats),
                ),
                item_ids=(item.id,),
                participant_ids=tuple(
                    sorted({p.id for p in (*load.passengers, *load.not_attending)})
                ),
            )
            for load in manifest.loads
            if load.over_by
        ]
        found += [
            Problem(
                Code.SEATED_TWICE,
                Checks.tr("'{title}' at {when}: {name} is seated more than once ({where})").format(
                    title=item.title,
                    when=when,
                    name=person.full_name,
                    where=wording.names([v.name for v in vehicles], limit=len(vehicles)),
                ),
                item_ids=(item.id,),
                participant_ids=(person.id,),
            )
            for person, vehicles in manifest.seated_twice
        ]
        for load in manifest.loads:
            if load.not_attending:
                who = sorted(p.full_name for p in load.not_attending)
                found.append(
                    Problem(
                        Code.SEATED_NOT_ATTENDING,
                        Checks.tr(
                            "'{title}' at {when}: {names} is (are) seated in {vehicle} but not "
                            "on this transfer",
                            None,
                            len(who),
                        ).format(
                            title=item.title,
                            when=when,
                            names=wording.names(who),
                            vehicle=load.vehicle.name,
                        ),
                        item_ids=(item.id,),
                        participant_ids=tuple(sorted(p.id for p in load.not_attending)),
                    )
                )
        if manifest.unassigned:
            who = sorted(p.full_name for p in manifest.unassigned)
            found.append(
                Problem(
                    Code.UNSEATED,
                    Checks.tr(
                        "'{title}' at {when}: {names} has (have) no seat in any vehicle",
                        None,
                        len(who),
                    ).format(title=item.title, when=when, names=wording.names(who)),
                    item_ids=(item.id,),
                    participant_ids=tuple(sorted(p.id for p in manifest.unassigned)),
                )
            )
        return found

    def _no_attendees(self, item: ScheduleItem) -> Problem:
        return Problem(
            Code.EMPTY_ITEM,
            Checks.tr("'{title}' at {when} has no attendees").format(
                title=item.title, when=self.when(item)
            ),
            item_ids=(item.id,),
        )

    def _no_site(self, item: ScheduleItem) -> Problem:
        return Problem(
            Code.EMPTY_ITEM,
            Checks.tr("'{title}' at {when} is a visit with no site").format(
                title=item.title, when=self.when(item)
            ),
            item_ids=(item.id,),
        )


def _hours(intervals: list[OpeningInterval]) -> str:
    return ", ".join(
        f"{h.opens:%H:%M}–{h.closes:%H:%M}" for h in sorted(intervals, key=lambda h: h.opens)
    )
