"""Rules that look at one schedule item at a time (besides fixed tour data).

Each returns the problems of that item; the incremental checker recomputes them only for
items that change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from tourplanner.core import wording
from tourplanner.core.enums import WEEKDAYS, AttendanceRole, ItemKind, ItemStatus, ParticipantRole
from tourplanner.core.model import BusyBlock, OpeningInterval, ScheduleItem, Site, TourSnapshot
from tourplanner.core.problems import Code, Problem

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

_DAY_NAMES = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """True when two spans share time; spans that only touch do not overlap."""
    return a_start < b_end and b_start < a_end


class ItemRules:
    """The per-item rules, bound to one tour's fixed data."""

    def __init__(self, snap: TourSnapshot) -> None:
        self.snap = snap
        self.zone = ZoneInfo(snap.tour.timezone)
        tour = snap.tour
        self.tour_start = datetime.combine(tour.start_date, time(), self.zone)
        self.tour_end = datetime.combine(tour.end_date + timedelta(days=1), time(), self.zone)

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

    def when(self, item: ScheduleItem) -> str:
        return wording.span(item.starts_at, item.ends_at, self.zone)

    def check(self, item: ScheduleItem, attendees: frozenset[int]) -> tuple[Problem, ...]:
        """Every per-item problem of ``item`` (none for a cancelled item)."""
        if item.status is ItemStatus.CANCELLED:
            return ()
        site = self.snap.sites_by_id.get(item.site_id) if item.site_id is not None else None
        found: list[Problem] = []
        rules: tuple[Callable[..., Iterator[Problem]], ...] = (
            self._outside_tour,
            self._site_closed,
            self._over_capacity,
            self._busy,
            self._no_interpreter,
            self._empty,
        )
        for rule in rules:
            found.extend(rule(item, site, attendees))
        return tuple(found)

    def _outside_tour(
        self, item: ScheduleItem, _site: Site | None, _who: frozenset[int]
    ) -> Iterator[Problem]:
        if item.starts_at < self.tour_start or item.ends_at > self.tour_end:
            t = self.snap.tour
            yield Problem(
                Code.OUTSIDE_TOUR,
                f"'{item.title}' at {self.when(item)} is outside the tour's dates "
                f"({t.start_date:%d %b} – {t.end_date:%d %b %Y})",
                item_ids=(item.id,),
            )

    def _site_closed(
        self, item: ScheduleItem, site: Site | None, _who: frozenset[int]
    ) -> Iterator[Problem]:
        if site is None or not site.opening_hours or item.kind not in NEEDS_OPEN_SITE:
            return
        zone = ZoneInfo(site.timezone) if site.timezone else self.zone
        start, end = item.starts_at.astimezone(zone), item.ends_at.astimezone(zone)
        today = [h for h in site.opening_hours if h.weekday == start.weekday()]
        if not today:
            yield Problem(
                Code.SITE_CLOSED,
                f"'{item.title}' at {self.when(item)}: {site.name} is closed on "
                f"{_DAY_NAMES[start.weekday()]}",
                item_ids=(item.id,),
                site_ids=(site.id,),
            )
            return
        fits = end.date() == start.date() and any(
            h.opens <= start.time() and end.time() <= h.closes for h in today
        )
        if not fits:
            yield Problem(
                Code.SITE_CLOSED,
                f"'{item.title}' at {self.when(item)} is outside the opening hours of "
                f"{site.name} ({WEEKDAYS[start.weekday()].capitalize()} {_hours(today)})",
                item_ids=(item.id,),
                site_ids=(site.id,),
            )

    def _over_capacity(
        self, item: ScheduleItem, site: Site | None, who: frozenset[int]
    ) -> Iterator[Problem]:
        if site is not None and site.capacity is not None and len(who) > site.capacity:
            yield Problem(
                Code.OVER_CAPACITY,
                f"'{item.title}' at {self.when(item)} brings {len(who)} people to {site.name}, "
                f"which holds {site.capacity}",
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

    def _busy(
        self, item: ScheduleItem, site: Site | None, who: frozenset[int]
    ) -> Iterator[Problem]:
        clashes: list[tuple[str, BusyBlock]] = []
        # Only the few people with outside commitments need looking at.
        for pid in sorted(who & self.busy_by_person.keys(), key=self.name):
            for b in self.busy_by_person[pid]:
                if overlaps(item.starts_at, item.ends_at, b.starts_at, b.ends_at):
                    clashes.append((self.name(pid), b))
        if site is not None:
            for b in self.busy_by_site.get(site.id, ()):
                if overlaps(item.starts_at, item.ends_at, b.starts_at, b.ends_at):
                    clashes.append((site.name, b))
        if clashes:
            zone = self.zone
            whose = "; ".join(
                f"{owner} ({b.summary or 'busy'}, {wording.span(b.starts_at, b.ends_at, zone)})"
                for owner, b in clashes
            )
            yield Problem(
                Code.BUSY,
                f"'{item.title}' at {self.when(item)} overlaps outside commitments: {whose}",
                item_ids=(item.id,),
                participant_ids=tuple(
                    sorted({b.participant_id for _, b in clashes if b.participant_id})
                ),
                site_ids=(site.id,) if site and any(b.site_id for _, b in clashes) else (),
            )

    def _no_interpreter(
        self, item: ScheduleItem, _site: Site | None, who: frozenset[int]
    ) -> Iterator[Problem]:
        hosts, interpreters = self._roles_at(item, who)
        if not hosts:
            return
        visitors = who - hosts - interpreters - self._with_role(*NOT_VISITORS)
        if not visitors:
            return
        gap = self._language_gap(hosts, visitors, interpreters)
        if gap is None:
            return
        people = self.snap.participants_by_id
        cut_off = sorted(people[v].full_name for v in gap)
        detail = f" ({wording.names(cut_off)} share no language with the hosts)" if cut_off else ""
        yield Problem(
            Code.NO_INTERPRETER,
            f"'{item.title}' at {self.when(item)}: hosts and visitors have no language in "
            f"common and no interpreter who covers both attends{detail}",
            item_ids=(item.id,),
            participant_ids=tuple(sorted(hosts)),
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
        speakers = [langs[p] for p in (*hosts, *visitors) if langs[p]]
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

    def _empty(
        self, item: ScheduleItem, site: Site | None, who: frozenset[int]
    ) -> Iterator[Problem]:
        if not who:
            yield Problem(
                Code.EMPTY_ITEM,
                f"'{item.title}' at {self.when(item)} has no attendees",
                item_ids=(item.id,),
            )
        if item.kind is ItemKind.VISIT and site is None:
            yield Problem(
                Code.EMPTY_ITEM,
                f"'{item.title}' at {self.when(item)} is a visit with no site",
                item_ids=(item.id,),
            )


def _hours(intervals: list[OpeningInterval]) -> str:
    return ", ".join(
        f"{h.opens:%H:%M}–{h.closes:%H:%M}" for h in sorted(intervals, key=lambda h: h.opens)
    )
