"""Check a tour for problems, fully or incrementally after one item changes.

Two kinds of rule:

* per-item rules (``item_rules``): closed site, outside the tour, over capacity, busy,
  no interpreter, empty item, and the seating of a transfer in the tour's vehicles. They
  depend on one item and on fixed tour data (vehicle seats included).
* sequence rules: ``double-booked`` (a person in two overlapping items) and
  ``travel-too-short`` / ``travel-unknown`` (two consecutive items of a person at
  different sites). They depend on each person's programme.

The checker keeps, per person, their programme as a sorted list, and per pair of items
the set of people for whom that pair is a problem. An edit of one item then touches only
the people who attend it (before or after the edit) and only their neighbouring items,
so a recheck costs about the number of those people, not the size of the tour. A full
check is the same state built in one pass, so both always agree (a property test shows
it).

Accommodation and free time are background: they neither double-book anyone nor break a
journey. Cancelled items are ignored. Times are compared as instants.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import time
from itertools import chain, pairwise
from math import ceil
from zoneinfo import ZoneInfo

from tourplanner.core import wording
from tourplanner.core.enums import ItemKind, ItemStatus
from tourplanner.core.gifts import gift_problems
from tourplanner.core.i18n import Context
from tourplanner.core.item_rules import ItemRules
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.problems import Code, Problem
from tourplanner.core.travel import TravelModel

Checks = Context("Checks")  # the catalogue context of problem messages

BACKGROUND = frozenset({ItemKind.ACCOMMODATION, ItemKind.FREE_TIME})

# A person's programme entry: (start, end, item id), start and end as POSIX seconds.
Entry = tuple[float, float, int]
Pair = tuple[int, int]


def blocks_time(item: ScheduleItem) -> bool:
    """Whether an item occupies its people (and so can clash or need travel)."""
    return item.status is not ItemStatus.CANCELLED and item.kind not in BACKGROUND


def _entry(item: ScheduleItem) -> Entry:
    return (item.starts_at.timestamp(), item.ends_at.timestamp(), item.id)


class _PairFacts:
    """For pairs of items: the people for whom the pair is a problem, indexed by item."""

    def __init__(self) -> None:
        self.people: dict[Pair, set[int]] = {}
        self.by_item: dict[int, set[Pair]] = defaultdict(set)
        self.dirty: set[Pair] = set()

    def add(self, pair: Pair, people: Iterable[int]) -> None:
        found = self.people.get(pair)
        if found is None:
            found = self.people[pair] = set()
            self.by_item[pair[0]].add(pair)
            self.by_item[pair[1]].add(pair)
        found.update(people)
        self.dirty.add(pair)

    def discard_all(self, pair: Pair, people: Iterable[int]) -> None:
        found = self.people.get(pair)
        if found is None or found.isdisjoint(people):
            return
        found.difference_update(people)
        self.dirty.add(pair)
        if not found:
            self._drop(pair)

    def drop_item(self, item_id: int) -> None:
        for pair in list(self.by_item.pop(item_id, ())):
            self._drop(pair)

    def _drop(self, pair: Pair) -> None:
        del self.people[pair]
        self.dirty.add(pair)
        for item_id in pair:
            pairs = self.by_item.get(item_id)
            if pairs is not None:
                pairs.discard(pair)
                if not pairs:
                    del self.by_item[item_id]


class TourChecker:
    """All problems of one tour, kept current as items change.

    Use ``update_item``, ``add_item`` and ``remove_item`` for schedule items; any other
    change (people, groups, sites, busy blocks, travel settings, vehicles and their
    seats) needs a new checker.
    """

    def __init__(self, snapshot: TourSnapshot, travel: TravelModel | None = None) -> None:
        self.snap = snapshot
        self.travel = travel or TravelModel.of(snapshot)
        self.zone = ZoneInfo(snapshot.tour.timezone)
        self.rules = ItemRules(snapshot)
        self.items: dict[int, ScheduleItem] = {}
        # Items that have per-item problems (most have none, and problems() walks this).
        self.item_problems: dict[int, tuple[Problem, ...]] = {}
        self.attendees: dict[int, frozenset[int]] = {}  # blocking items only
        self.programme: dict[int, list[Entry]] = defaultdict(list)  # person -> blocking
        self.located: dict[int, list[Entry]] = defaultdict(list)  # person -> with a site
        self.longest: dict[int, float] = defaultdict(float)  # person -> longest item (s)
        # People whose two lists above are still the ones built for everybody with the
        # same programme: copied before their first change (copy on write), so a full
        # check does not copy and later garbage-collect a list pair per person.
        self._shared: set[int] = set()
        self.overlaps = _PairFacts()
        self.legs = _PairFacts()  # consecutive located items with a travel problem
        self._pair_problems: dict[tuple[str, Pair], Problem] = {}
        # Problems of the tour as a whole (the gift log): no item edit changes them.
        self._tour_problems = tuple(gift_problems(snapshot))
        self._sorted: list[Problem] | None = None
        with paused_gc():
            self._build(snapshot.items)

    # -- building -------------------------------------------------------------------

    def _build(self, items: Iterable[ScheduleItem]) -> None:
        # Items that bring the same people are gathered first, so the work per person is
        # per group of items rather than per item (a tour has few distinct audiences).
        rules = self.rules
        audiences: dict[frozenset[int], tuple[list[Entry], list[Entry]]] = {}
        for item in items:
            item_id = item.id
            self.items[item_id] = item
            audience = rules.audience(item)
            who = audience.who
            found = rules.check(item, who, audience)
            if found:
                self.item_problems[item_id] = found
            if item.status is ItemStatus.CANCELLED or item.kind in BACKGROUND:
                continue  # not blocks_time(item), inlined: this loop runs per item
            self.attendees[item_id] = who
            entry = (item.starts_at.timestamp(), item.ends_at.timestamp(), item_id)
            lists = audiences.get(who)
            if lists is None:
                lists = audiences[who] = ([], [])
            lists[0].append(entry)
            if item.site_id is not None:
                lists[1].append(entry)
        member_of: dict[int, list[int]] = defaultdict(list)
        lists_of: list[tuple[list[Entry], list[Entry]]] = []
        for index, (who, lists) in enumerate(audiences.items()):
            lists_of.append(lists)
            for pid in who:
                member_of[pid].append(index)
        # People in the same audiences have the same programme: scan each one once.
        classes: dict[tuple[int, ...], list[int]] = defaultdict(list)
        for pid, member_indexes in member_of.items():
            classes[tuple(member_indexes)].append(pid)
        # Many classes share consecutive located items (a group's day differs from the
        # delegation's only here and there): judge each such leg once.
        leg_problems: dict[Pair, bool] = {}
        for indexes, people in classes.items():
            # Concatenated runs of sorted entries: sort() merges them in C.
            programme = list(chain.from_iterable(lists_of[i][0] for i in indexes))
            programme.sort()
            located = list(chain.from_iterable(lists_of[i][1] for i in indexes))
            located.sort()
            longest = max([e[1] - e[0] for e in programme])
            for pid in people:
                self.programme[pid] = programme
                self.located[pid] = located
                self.longest[pid] = longest
            if len(people) > 1:
                self._shared.update(people)
            self._scan_overlaps(programme, people)
            for a, b in pairwise(located):
                key = (a[2], b[2])
                problem = leg_problems.get(key)
                if problem is None:
                    problem = leg_problems[key] = self._leg_problem(a, b)
                if problem:
                    self.legs.add(key, people)

    def _scan_overlaps(self, entries: list[Entry], people: list[int]) -> None:
        active: list[Entry] = []
        until = float("-inf")  # when the last of the active entries ends
        for entry in entries:
            start = entry[0]
            if start >= until:
                # Nothing earlier still runs (by far the common case): no overlap.
                active = [entry]
                until = entry[1]
                continue
            active = [e for e in active if e[1] > start]
            for other in active:
                self.overlaps.add(_pair(other[2], entry[2]), people)
            active.append(entry)
            until = max(until, entry[1])

    # -- legs -----------------------------------------------------------------------

    def _leg_problem(self, a: Entry, b: Entry) -> bool:
        """Whether going from item ``a`` to the next located item ``b`` is a problem."""
        if b[0] < a[1]:
            return False  # they overlap: that is a double booking, reported as such
        site_a = self.items[a[2]].site_id
        site_b = self.items[b[2]].site_id
        if site_a == site_b:
            return False
        # mypy: a and b are located items, so their site ids are set.
        departs = self._departs(self.items[a[2]]) if self.travel.has_bands else None
        enough = self.travel.gap_is_enough(site_a, site_b, (b[0] - a[1]) / 60, departs)  # type: ignore[arg-type]
        return not enough

    def _departs(self, item: ScheduleItem) -> time | None:
        """When a leg after ``item`` leaves, as a local time of day (for traffic bands)."""
        if not self.travel.has_bands:
            return None
        return item.ends_at.astimezone(self.rules.zone_of(item)).time()

    # -- incremental edits ----------------------------------------------------------

    def _unshare(self, pid: int) -> None:
        """Give a person their own copies of the lists they share with others."""
        self.programme[pid] = self.programme[pid].copy()
        self.located[pid] = self.located[pid].copy()
        self._shared.discard(pid)

    def update_item(self, item: ScheduleItem) -> None:
        """Take the new version of an item (added if the checker has not seen it)."""
        if item.id in self.items:
            self.remove_item(item.id)
        self.add_item(item)

    def remove_item(self, item_id: int) -> None:
        """Forget an item that was deleted."""
        item = self.items.pop(item_id)
        self.item_problems.pop(item_id, None)
        who = self.attendees.pop(item_id, frozenset())
        entry = _entry(item)
        self.overlaps.drop_item(item_id)
        self.legs.drop_item(item_id)
        located_item = item.site_id is not None
        # The legs that close the gap: most of the item's people had the same neighbours,
        # so each leg is judged once and recorded once with all its travellers.
        verdicts: dict[Pair, bool] = {}
        closed: dict[Pair, list[int]] = defaultdict(list)
        shared = self._shared
        for pid in who:
            if pid in shared:
                self._unshare(pid)
            programme = self.programme[pid]
            del programme[bisect_left(programme, entry)]
            if not located_item:
                continue
            located = self.located[pid]
            i = bisect_left(located, entry)
            del located[i]
            if 0 < i < len(located):
                before, after = located[i - 1], located[i]
                key = (before[2], after[2])
                bad = verdicts.get(key)
                if bad is None:
                    bad = verdicts[key] = self._leg_problem(before, after)
                if bad:
                    closed[key].append(pid)
        for pair, people in closed.items():
            self.legs.add(pair, people)
        self._sorted = None

    def add_item(self, item: ScheduleItem) -> None:
        """Take a new item."""
        self.items[item.id] = item
        audience = self.rules.audience(item)
        who = audience.who
        found = self.rules.check(item, who, audience)
        if found:
            self.item_problems[item.id] = found
        else:
            self.item_problems.pop(item.id, None)
        self._sorted = None
        if not blocks_time(item):
            return
        self.attendees[item.id] = who
        entry = _entry(item)
        start, end, item_id = entry
        length = end - start
        located_item = item.site_id is not None
        longest = self.longest
        # What the people of the item find, gathered per pair and recorded once per pair
        # at the end (an item of the whole delegation has hundreds of people, who mostly
        # share their neighbours).
        clashes: dict[int, list[int]] = defaultdict(list)  # other item -> people
        verdicts: dict[Pair, bool] = {}  # leg -> whether it is a problem
        new_legs: dict[Pair, list[int]] = defaultdict(list)  # problem legs -> people
        broken: dict[Pair, list[int]] = defaultdict(list)  # legs no longer travelled
        shared = self._shared
        for pid in who:
            if pid in shared:
                self._unshare(pid)
            if length > longest[pid]:
                longest[pid] = length
            programme = self.programme[pid]
            i = bisect_left(programme, entry)
            programme.insert(i, entry)
            # Earlier items overlap if they end after this starts; none starts before
            # start - longest, so the backward scan stops there.
            horizon = start - longest[pid]
            j = i - 1
            while j >= 0 and programme[j][0] >= horizon:
                if programme[j][1] > start:
                    clashes[programme[j][2]].append(pid)
                j -= 1
            j = i + 1
            n = len(programme)
            while j < n and programme[j][0] < end:
                clashes[programme[j][2]].append(pid)
                j += 1
            if not located_item:
                continue
            located = self.located[pid]
            i = bisect_left(located, entry)
            before = located[i - 1] if i > 0 else None
            after = located[i] if i < len(located) else None
            located.insert(i, entry)
            if before is not None:
                if after is not None:
                    broken[(before[2], after[2])].append(pid)
                key = (before[2], item_id)
                bad = verdicts.get(key)
                if bad is None:
                    bad = verdicts[key] = self._leg_problem(before, entry)
                if bad:
                    new_legs[key].append(pid)
            if after is not None:
                key = (item_id, after[2])
                bad = verdicts.get(key)
                if bad is None:
                    bad = verdicts[key] = self._leg_problem(entry, after)
                if bad:
                    new_legs[key].append(pid)
        for other, people in clashes.items():
            self.overlaps.add(_pair(other, item_id), people)
        # The broken legs do not involve this item and the new ones do, so the order of
        # these updates does not matter.
        for pair, people in broken.items():
            self.legs.discard_all(pair, people)
        for pair, people in new_legs.items():
            self.legs.add(pair, people)

    # -- results --------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Every current problem, in a stable order: by time, then code."""
        if self._sorted is not None and not self.overlaps.dirty and not self.legs.dirty:
            return self._sorted
        self._refresh_pairs("overlap", self.overlaps, self._overlap_problem)
        self._refresh_pairs("leg", self.legs, self._leg_problem_text)
        found = [p for ps in self.item_problems.values() for p in ps]
        found.extend(self._pair_problems.values())
        found.extend(self._tour_problems)
        found.sort(key=self._order)
        self._sorted = found
        return found

    def errors(self) -> list[Problem]:
        return [p for p in self.problems() if p.is_error]

    def _order(self, p: Problem) -> tuple[float, str, tuple[int, ...]]:
        first = min(
            (self.items[i].starts_at.timestamp() for i in p.item_ids if i in self.items),
            default=0.0,
        )
        return (first, p.code.value, p.item_ids)

    def _refresh_pairs(
        self, kind: str, facts: _PairFacts, make: Callable[[Pair, set[int]], Problem]
    ) -> None:
        for pair in facts.dirty:
            people = facts.people.get(pair)
            if people:
                self._pair_problems[(kind, pair)] = make(pair, people)
            else:
                self._pair_problems.pop((kind, pair), None)
        facts.dirty.clear()

    def _names(self, people: Iterable[int]) -> list[str]:
        by_id = self.snap.participants_by_id
        return sorted(by_id[p].full_name for p in people)

    def _overlap_problem(self, pair: Pair, people: set[int]) -> Problem:
        a, b = sorted((self.items[i] for i in pair), key=lambda it: (it.starts_at, it.id))
        start, end = max(a.starts_at, b.starts_at), min(a.ends_at, b.ends_at)
        who = self._names(people)
        # Told in the first item's zone; the second's too when it is in another zone.
        zone_a, zone_b = self.rules.zone_of(a), self.rules.zone_of(b)
        when = wording.span(start, end, zone_a, self.zone)
        if zone_b.key != zone_a.key:
            when += f" ({wording.span(start, end, zone_b, zone_a)})"
        return Problem(
            Code.DOUBLE_BOOKED,
            Checks.tr(
                "{names} is (are) in '{first}' and '{second}' at {when}", None, len(who)
            ).format(names=wording.names(who), first=a.title, second=b.title, when=when),
            item_ids=(a.id, b.id),
            participant_ids=tuple(sorted(people)),
        )

    def _leg_problem_text(self, pair: Pair, people: set[int]) -> Problem:
        a, b = self.items[pair[0]], self.items[pair[1]]
        assert a.site_id is not None and b.site_id is not None
        sites = self.snap.sites_by_id
        site_a, site_b = sites[a.site_id], sites[b.site_id]
        who = wording.names(self._names(people))
        leg = self.travel.leg(a.site_id, b.site_id, self._departs(a))
        if leg.minutes is None:
            missing = [s.name for s in (site_a, site_b) if not s.has_coordinates]
            return Problem(
                Code.TRAVEL_UNKNOWN,
                Checks.tr(
                    "No travel time for {who} from '{first}' ({first_site}) to '{second}' "
                    "({second_site}): {sites} has (have) no coordinates; geocode it (them) or "
                    "enter the travel time",
                    None,
                    len(missing),
                ).format(
                    who=who,
                    first=a.title,
                    first_site=site_a.name,
                    second=b.title,
                    second_site=site_b.name,
                    sites=wording.names(missing),
                ),
                item_ids=(a.id, b.id),
                participant_ids=tuple(sorted(people)),
                site_ids=(site_a.id, site_b.id),
            )
        gap = (b.starts_at - a.ends_at).total_seconds() / 60
        buffer = self.travel.buffer_minutes
        short = ceil(leg.minutes + buffer - gap - 1e-9)
        # Each time in its own site's zone, named when it is not the tour's.
        home, zone_a, zone_b = self.zone, self.rules.zone_of(a), self.rules.zone_of(b)
        return Problem(
            Code.TRAVEL_TOO_SHORT,
            Checks.tr(
                "{who}: {gap} from '{first}' (ends {ends}) to '{second}' (starts {starts}) on "
                "{day}, but {first_site} → {second_site} needs {needs} ({how}){buffer}: "
                "{short} min missing",
            ).format(
                who=who,
                gap=wording.minutes(gap),
                first=a.title,
                ends=wording.clock(a.ends_at, zone_a, home),
                second=b.title,
                starts=wording.clock(b.starts_at, zone_b, home),
                day=wording.day(b.starts_at, zone_b),
                first_site=site_a.name,
                second_site=site_b.name,
                needs=wording.minutes(leg.minutes),
                how=leg.how,
                buffer=Checks.tr(" plus {minutes} min buffer").format(minutes=buffer)
                if buffer
                else "",
                short=short,
            ),
            item_ids=(a.id, b.id),
            participant_ids=tuple(sorted(people)),
            site_ids=(site_a.id, site_b.id),
        )


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off the cyclic garbage collector during a burst of allocations.

    Building the checker allocates hundreds of thousands of small tuples and creates no
    reference cycles; left on, the collector would traverse the whole (large) snapshot
    again and again, making a full check grow faster than the tour.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _pair(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


def check_tour(snapshot: TourSnapshot, travel: TravelModel | None = None) -> list[Problem]:
    """Every problem of a tour, checked from scratch."""
    return TourChecker(snapshot, travel).problems()
