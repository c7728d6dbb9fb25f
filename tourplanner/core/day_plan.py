"""One day's route as plain data, and the arithmetic every day planner shares.

A ``DayRequest`` lists the stops of one person's day (visits, meetings, meals at a site)
in their current order, each fixed to its time or free to move, with the day's window,
the sites (for opening hours, names and time zones) and the travel model.

``DayModel`` turns a request into numbers: every instant becomes minutes since local
midnight of the day, counted as elapsed time (so a daylight-saving change is handled), and
each stop gets the ranges in which it may start: inside one opening interval of its site
on the site's local date, and inside the window. Rules of a plan (the optimiser, the
brute-force test and ``validate_plan`` all follow them):

* a fixed stop starts exactly at its fixed time; a flexible one starts on a whole minute;
* a stop lies entirely inside one opening interval of its site (a site without opening
  hours is always open) and inside the day's window;
* consecutive stops are separated by at least ``TravelModel.needed_gap`` (travel plus the
  tour's buffer; nothing for the same site); an unknown travel time between two stops
  forbids that order;
* travel = the sum of ``TravelModel.minutes`` over consecutive legs, including from the
  start site and to the end site. A start or end site whose travel to some stop is
  unknown is left out, since it only affects the total, never whether a plan works.
* each leg leaves when the stop before it ends (the start leg: ``start_leaves``), and
  that local time of day, in the stop's site's zone, picks the traffic band of a road
  time, exactly as the travel check does, so the optimiser and the check never disagree.
  With bands, ``DayModel.travel``/``gap`` hold each leg's least minutes over all bands
  (lower bounds for the diagnosis); ``leg_at`` gives a leg's minutes at a departure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from math import ceil, floor, inf
from zoneinfo import ZoneInfo

from tourplanner.core import wording
from tourplanner.core.errors import TourplannerError
from tourplanner.core.model import OpeningInterval, Site
from tourplanner.core.travel import TravelModel

EPS = 1e-6  # minutes; absorbs float noise in sums of travel times


@dataclass(frozen=True, slots=True)
class Stop:
    """One item of the day that takes place at a site.

    ``fixed_start`` set: the optimiser must not move it. ``current_start`` is where the
    item is now; the optimiser keeps a flexible stop as close to it as the new order allows.
    """

    item_id: int
    site_id: int
    title: str
    duration_minutes: float
    fixed_start: datetime | None = None
    current_start: datetime | None = None

    @property
    def fixed(self) -> bool:
        return self.fixed_start is not None


@dataclass(frozen=True)
class DayRequest:
    """Everything the day optimiser needs. ``stops`` are in their current order."""

    date: date
    zone: str  # the tour's IANA time zone; the window and the messages use it
    stops: tuple[Stop, ...]
    window_start: datetime
    window_end: datetime
    sites: Mapping[int, Site]
    travel: TravelModel
    start_site_id: int | None = None
    end_site_id: int | None = None
    start_leaves: datetime | None = None  # when the leg from the start site departs


@dataclass(frozen=True, slots=True)
class PlannedStop:
    """A stop with its times; ``travel_before`` is the leg from the previous stop (or from
    the start site; 0 when there is none), None when unknown."""

    stop: Stop
    start: datetime
    end: datetime
    travel_before: float | None = 0.0


@dataclass(frozen=True)
class DayPlan:
    """An order and times for a day's stops.

    ``travel_minutes`` is None only for a current plan that uses a leg of unknown length.
    ``exact``: the optimiser proved it the shortest; False for its heuristic and for
    current plans.
    """

    stops: tuple[PlannedStop, ...]
    travel_minutes: float | None
    exact: bool = False
    start_site_id: int | None = None
    end_site_id: int | None = None
    travel_after: float | None = 0.0  # the leg from the last stop to the end site

    @property
    def item_ids(self) -> tuple[int, ...]:
        return tuple(p.stop.item_id for p in self.stops)


@dataclass(frozen=True)
class Blocker:
    """Why no plan exists: one sentence, and what it concerns."""

    reason: str
    item_ids: tuple[int, ...] = ()
    site_ids: tuple[int, ...] = ()


class InfeasibleDayError(TourplannerError):
    """No order and times satisfy the day's constraints; ``reason`` says which one blocks."""

    def __init__(self, day: date, blocker: Blocker) -> None:
        self.day = day
        self.reason = blocker.reason
        self.item_ids = blocker.item_ids
        self.site_ids = blocker.site_ids
        super().__init__(f"no workable plan for {day_label(day)}: {blocker.reason}")


def day_label(day: date) -> str:
    """Sat 27 Mar."""
    return f"{day:%a} {day.day} {day:%b}"


def _span_text(opens: time, closes: time) -> str:
    return f"{opens:%H:%M}–{closes:%H:%M}"


@dataclass
class DayModel:
    """A request in minutes, with the travel between its stops as plain lists.

    Stop ``i`` of the request is index ``i`` everywhere. ``windows[i]`` are the ranges
    (lo, hi) in which it may start, sorted; whole minutes for flexible stops.
    """

    request: DayRequest
    zone: ZoneInfo = field(init=False)
    origin: datetime = field(init=False)  # local midnight, in UTC
    win_lo: float = field(init=False)
    win_hi: float = field(init=False)
    n: int = field(init=False)
    dur: list[float] = field(init=False)
    fixed: list[float | None] = field(init=False)
    preferred: list[float | None] = field(init=False)
    opening: list[list[tuple[float, float]] | None] = field(init=False)
    windows: list[list[tuple[float, float]]] = field(init=False)
    fixed_ok: list[bool] = field(init=False)
    travel: list[list[float]] = field(init=False)  # inf: unknown
    gap: list[list[float]] = field(init=False)  # inf: unknown
    start_travel: list[float] = field(init=False)
    end_travel: list[float] = field(init=False)
    start_site_id: int | None = field(init=False)
    end_site_id: int | None = field(init=False)
    banded: bool = field(init=False)  # whether a leg's minutes depend on when it leaves

    def __post_init__(self) -> None:
        r = self.request
        self.zone = ZoneInfo(r.zone)
        self.origin = datetime.combine(r.date, time(0), tzinfo=self.zone).astimezone(UTC)
        self.win_lo = self.minute(r.window_start)
        self.win_hi = self.minute(r.window_end)
        stops = r.stops
        self.n = len(stops)
        self.dur = [float(s.duration_minutes) for s in stops]
        self.fixed = [None if s.fixed_start is None else self.minute(s.fixed_start) for s in stops]
        self.preferred = [
            None if s.current_start is None else self.minute(s.current_start) for s in stops
        ]
        by_site: dict[int, list[tuple[float, float]] | None] = {}
        for s in stops:
            if s.site_id not in by_site:
                by_site[s.site_id] = self._site_intervals(s.site_id)
        self.opening = [by_site[s.site_id] for s in stops]
        self.windows = [self._start_windows(i) for i in range(self.n)]
        self.fixed_ok = [
            f is not None and any(a - EPS <= f <= b + EPS for a, b in self.windows[i])
            for i, f in enumerate(self.fixed)
        ]
        self._travel_lists()

    # -- conversions ---------------------------------------------------------------------

    def minute(self, instant: datetime) -> float:
        """Minutes from local midnight to ``instant`` (elapsed time, so DST-safe)."""
        return (instant.astimezone(UTC) - self.origin).total_seconds() / 60

    def instant(self, minute: float) -> datetime:
        """The instant ``minute`` minutes after local midnight, in the tour's zone."""
        return (self.origin + timedelta(minutes=minute)).astimezone(self.zone)

    def clock(self, minute: float) -> str:
        return wording.clock(self.instant(minute), self.zone)

    def site(self, site_id: int) -> Site | None:
        return self.request.sites.get(site_id)

    def site_name(self, site_id: int) -> str:
        site = self.site(site_id)
        return site.name if site is not None else f"site {site_id}"

    def site_zone(self, site_id: int) -> ZoneInfo:
        site = self.site(site_id)
        return ZoneInfo(site.timezone) if site is not None and site.timezone else self.zone

    def day_hours(self, site_id: int) -> tuple[OpeningInterval, ...] | None:
        """The site's opening intervals on the day's weekday; None: it keeps no hours."""
        site = self.site(site_id)
        if site is None:
            return None
        return _hours_on_date(site, self.request.date)

    def hours_text(self, hours: Sequence[OpeningInterval]) -> str:
        return " and ".join(_span_text(h.opens, h.closes) for h in hours)

    def window_text(self) -> str:
        return f"{self.clock(self.win_lo)}–{self.clock(self.win_hi)}"

    # -- set-up --------------------------------------------------------------------------

    def _site_intervals(self, site_id: int) -> list[tuple[float, float]] | None:
        """The site's opening intervals in minutes, on every site-local date that the
        window touches; None for a site that is always open."""
        site = self.site(site_id)
        if site is None or not (site.opening_hours or site.opening_exceptions):
            return None
        zone = self.site_zone(site_id)
        first = self.instant(self.win_lo).astimezone(zone).date()
        last = self.instant(self.win_hi).astimezone(zone).date()
        out: list[tuple[float, float]] = []
        day = first
        while day <= last:
            hours = _hours_on_date(site, day)
            if hours is None:  # only exceptions kept, none this day: open all day
                lo = self.minute(datetime.combine(day, time.min, tzinfo=zone))
                out.append((lo, lo + 24 * 60))
            for h in hours or ():
                lo = self.minute(datetime.combine(day, h.opens, tzinfo=zone))
                hi = self.minute(datetime.combine(day, h.closes, tzinfo=zone))
                out.append((lo, hi))
            day += timedelta(days=1)
        return sorted(out)

    def _start_windows(self, i: int) -> list[tuple[float, float]]:
        spans = self.opening[i]
        if spans is None:
            spans = [(self.win_lo, self.win_hi)]
        flexible = self.fixed[i] is None
        out = []
        for lo, hi in spans:
            a = max(lo, self.win_lo)
            b = min(hi, self.win_hi) - self.dur[i]
            if flexible:
                a, b = ceil(a - EPS), floor(b + EPS)
            if a <= b + EPS:
                out.append((a, b))
        return sorted(out)

    def _travel_lists(self) -> None:
        r = self.request
        sites = [s.site_id for s in r.stops]
        model = r.travel
        self.banded = model.has_bands
        # Without bands one time (None: the tour's factor) answers for every departure;
        # with them, the least minutes over every band are lower bounds (see ``leg_at``).
        times: list[time | None] = [None]
        if self.banded:
            times += [b.starts for b in model.settings.traffic_bands]

        def known(value: float | None) -> float:
            return inf if value is None else float(value)

        def least(
            minutes: Callable[[int, int, time | None], float | None], a: int, b: int
        ) -> float:
            return min(known(minutes(a, b, t)) for t in times)

        self.travel = [[least(model.minutes, a, b) for b in sites] for a in sites]
        self.gap = [[least(model.needed_gap, a, b) for b in sites] for a in sites]
        self._worst_gap = [
            [max(known(model.needed_gap(a, b, t)) for t in times) for b in sites] for a in sites
        ]
        start, end = [], []
        if r.start_site_id is not None:
            leaves = None
            if self.banded and r.start_leaves is not None:
                zone = self.site_zone(r.start_site_id)
                leaves = r.start_leaves.astimezone(zone).time()
            start = [known(model.minutes(r.start_site_id, b, leaves)) for b in sites]
        if r.end_site_id is not None:
            end = [least(model.minutes, a, r.end_site_id) for a in sites]
        # An unknown leg from the start (or to the end) would only blur the total: drop it.
        usable_start = r.start_site_id is not None and inf not in start
        usable_end = r.end_site_id is not None and inf not in end
        self.start_site_id = r.start_site_id if usable_start else None
        self.end_site_id = r.end_site_id if usable_end else None
        self.start_travel = start if usable_start else [0.0] * self.n
        self.end_travel = end if usable_end else [0.0] * self.n

    def _departs(self, i: int, minute: float) -> time:
        """The local time of day (in stop ``i``'s site's zone) of ``minute``."""
        return self.instant(minute).astimezone(self.site_zone(self.request.stops[i].site_id)).time()

    def leg_at(self, i: int, j: int, leaves: float) -> tuple[float, float]:
        """(travel, needed gap) from stop ``i`` to stop ``j`` for a leg leaving at minute
        ``leaves`` (inf: unknown); the traffic band is the one of that local time."""
        if not self.banded:
            return self.travel[i][j], self.gap[i][j]
        model = self.request.travel
        a, b = self.request.stops[i].site_id, self.request.stops[j].site_id
        t = self._departs(i, leaves)
        minutes, gap = model.minutes(a, b, t), model.needed_gap(a, b, t)
        return (inf if minutes is None else minutes), (inf if gap is None else gap)

    def end_leg_at(self, i: int, leaves: float) -> float:
        """Travel from stop ``i`` to the end site leaving at minute ``leaves`` (0: none)."""
        if not self.banded or self.end_site_id is None:
            return self.end_travel[i]
        found = self.request.travel.minutes(
            self.request.stops[i].site_id, self.end_site_id, self._departs(i, leaves)
        )
        return inf if found is None else found

    # -- timing --------------------------------------------------------------------------

    def earliest(self, i: int, ready: float) -> float | None:
        """The earliest allowed start of stop ``i`` at or after ``ready``, if any."""
        f = self.fixed[i]
        if f is not None:
            return f if self.fixed_ok[i] and ready <= f + EPS else None
        r = ceil(ready - EPS)
        for a, b in self.windows[i]:
            if r <= b:
                return a if a > r else r
        return None

    def latest(self, i: int, end_by: float) -> float | None:
        """The latest allowed start of stop ``i`` that ends by ``end_by``, if any."""
        f = self.fixed[i]
        if f is not None:
            return f if self.fixed_ok[i] and f + self.dur[i] <= end_by + EPS else None
        x = floor(end_by - self.dur[i] + EPS)
        for a, b in reversed(self.windows[i]):
            if x >= a:
                return b if b < x else x
        return None

    def simulate(self, seq: Sequence[int]) -> tuple[float, list[float]] | None:
        """Travel and earliest starts of the stops in order ``seq``; None if it fails."""
        if not seq:
            return 0.0, []
        travel = self.start_travel[seq[0]]
        ready = self.win_lo
        starts: list[float] = []
        prev = -1
        for i in seq:
            if prev >= 0:
                leg, g = self.leg_at(prev, i, ready)
                if g == inf:
                    return None
                ready += g
                travel += leg
            s = self.earliest(i, ready)
            if s is None:
                return None
            starts.append(s)
            ready = s + self.dur[i]
            prev = i
        return travel + self.end_leg_at(prev, ready), starts

    def sequence_travel(self, seq: Sequence[int]) -> float | None:
        """The travel of order ``seq`` whatever its times (with traffic bands: the least
        it can be; ``timed_travel`` gives it for given times); None if a leg is unknown."""
        if not seq:
            return 0.0
        total = self.start_travel[seq[0]] + self.end_travel[seq[-1]]
        for a, b in pairwise(seq):
            total += self.travel[a][b]
        return None if total == inf else total

    def schedule(self, seq: Sequence[int]) -> list[float]:
        """Start times for a workable order: each flexible stop as close to its current
        start as the order allows (so an unchanged order keeps unchanged times).

        Why this works: with the latest starts ``late`` computed backwards, any allowed
        start not after ``late[k]`` still leaves the rest of the day workable, so each stop
        can be placed greedily from the first on. With traffic bands the backward pass
        takes each leg's longest gap over the bands (so ``late`` stays safe); when that is
        too tight, or keeping the current times costs more travel than starting each stop
        as early as it can, the earliest starts are used.
        """
        if self.banded:
            return self._banded_schedule(seq)
        return self._schedule(seq, self.gap)

    def _banded_schedule(self, seq: Sequence[int]) -> list[float]:
        simulated = self.simulate(seq)
        if simulated is None:
            raise ValueError("schedule() needs a workable order")
        try:
            near = self._schedule(seq, self._worst_gap)
        except ValueError:
            return simulated[1]
        near_travel = self.timed_travel(seq, near)
        if near_travel is None or near_travel > simulated[0] + EPS:
            return simulated[1]
        return near

    def _schedule(self, seq: Sequence[int], gaps: list[list[float]]) -> list[float]:
        late: list[float] = [0.0] * len(seq)
        end_by = self.win_hi
        for k in range(len(seq) - 1, -1, -1):
            i = seq[k]
            s = self.latest(i, end_by)
            if s is None:
                raise ValueError("schedule() needs a workable order")
            late[k] = s
            if k:
                end_by = s - gaps[seq[k - 1]][i]
        starts: list[float] = []
        prev_end = -inf
        for k, i in enumerate(seq):
            f = self.fixed[i]
            if f is not None:
                s = f
            else:
                lo = self.win_lo if k == 0 else prev_end + self.leg_at(seq[k - 1], i, prev_end)[1]
                s = self._nearest(i, ceil(lo - EPS), late[k])
            starts.append(s)
            prev_end = s + self.dur[i]
        return starts

    def _nearest(self, i: int, lo: float, hi: float) -> float:
        want = self.preferred[i]
        best: float | None = None
        for a, b in self.windows[i]:
            a, b = max(a, lo), min(b, hi)
            if a > b:
                continue
            s = a if want is None else min(max(round(want), a), b)
            if best is None or (want is not None and abs(s - want) < abs(best - want)):
                best = s
        if best is None:  # cannot happen for a workable order; keep the earliest start
            found = self.earliest(i, lo)
            assert found is not None
            return found
        return best

    def plan(self, seq: Sequence[int], starts: Sequence[float], *, exact: bool) -> DayPlan:
        """The plan of order ``seq`` with ``starts``, as a ``DayPlan``."""
        stops = self.request.stops
        planned = []
        prev = -1
        prev_end = self.win_lo
        for i, s in zip(seq, starts, strict=True):
            leg = self.start_travel[i] if prev < 0 else self.leg_at(prev, i, prev_end)[0]
            planned.append(
                PlannedStop(
                    stops[i],
                    self.instant(s),
                    self.instant(s + self.dur[i]),
                    None if leg == inf else leg,
                )
            )
            prev = i
            prev_end = s + self.dur[i]
        return DayPlan(
            tuple(planned),
            self.timed_travel(seq, starts),
            exact=exact,
            start_site_id=self.start_site_id,
            end_site_id=self.end_site_id,
            travel_after=self.end_leg_at(prev, prev_end) if prev >= 0 else 0.0,
        )

    def timed_travel(self, seq: Sequence[int], starts: Sequence[float]) -> float | None:
        """The travel of order ``seq`` with stops starting at ``starts`` (each leg leaving
        when the stop before ends); None if a leg is unknown."""
        if not self.banded:
            return self.sequence_travel(seq)
        if not seq:
            return 0.0
        total = self.start_travel[seq[0]]
        for k in range(1, len(seq)):
            a = seq[k - 1]
            total += self.leg_at(a, seq[k], starts[k - 1] + self.dur[a])[0]
        total += self.end_leg_at(seq[-1], starts[-1] + self.dur[seq[-1]])
        return None if total == inf else total

    def current_order(self) -> list[int]:
        """The request's order (its stops as they are now)."""
        return list(range(self.n))


def current_plan(request: DayRequest) -> DayPlan:
    """The day as it is now: the stops in the request's order at their current times
    (fixed stops at their fixed time; a stop without a current time starts as early as
    the stops before it allow)."""
    model = DayModel(request)
    starts: list[float] = []
    ready = model.win_lo
    for i in range(model.n):
        s = model.fixed[i] if model.fixed[i] is not None else model.preferred[i]
        if s is None:
            s = ready
        starts.append(s)
        ready = s + model.dur[i]
    return model.plan(model.current_order(), starts, exact=False)


def plan_travel(request: DayRequest, order: Sequence[int] | None = None) -> float | None:
    """Minutes of travel of the request's stops in ``order`` (indices into
    ``request.stops``; default their current order), including the start and end legs;
    None when a leg is unknown."""
    model = DayModel(request)
    seq = model.current_order() if order is None else list(order)
    if model.banded and order is None:
        return current_plan(request).travel_minutes
    return model.sequence_travel(seq)


def validate_plan(request: DayRequest, plan: DayPlan) -> tuple[str, ...]:
    """What is wrong with ``plan`` under the rules of the module docstring (empty: nothing).

    The optimiser never returns a plan with a finding; for a current plan this explains
    why it cannot simply be kept.
    """
    model = DayModel(request)
    index = {s.item_id: i for i, s in enumerate(request.stops)}
    found: list[str] = []
    seen = [p.stop.item_id for p in plan.stops]
    if sorted(seen) != sorted(index):
        found.append("the plan does not hold each of the day's stops exactly once")
        return tuple(found)
    prev: tuple[int, float] | None = None
    for p in plan.stops:
        i = index[p.stop.item_id]
        s, e = model.minute(p.start), model.minute(p.end)
        title = p.stop.title
        if abs(e - s - model.dur[i]) > EPS:
            found.append(f"'{title}' no longer lasts {wording.minutes(model.dur[i])}")
        f = model.fixed[i]
        if f is not None and abs(s - f) > EPS:
            found.append(f"'{title}' is fixed at {model.clock(f)} but starts at {model.clock(s)}")
        if s < model.win_lo - EPS or e > model.win_hi + EPS:
            found.append(f"'{title}' lies outside the day's programme ({model.window_text()})")
        spans = model.opening[i]
        if spans is not None and not any(a - EPS <= s and e <= b + EPS for a, b in spans):
            found.append(
                f"'{title}' ({model.clock(s)}–{model.clock(e)}) is not inside the opening "
                f"hours of '{model.site_name(p.stop.site_id)}'"
            )
        if prev is not None:
            j, prev_end = prev
            needed = model.leg_at(j, i, prev_end)[1]
            if needed == inf:
                found.append(
                    f"the travel time from '{model.site_name(request.stops[j].site_id)}' to "
                    f"'{model.site_name(p.stop.site_id)}' is unknown"
                )
            elif s - prev_end < needed - EPS:
                found.append(
                    f"'{title}' starts {wording.minutes(s - prev_end)} after "
                    f"'{request.stops[j].title}' ends, but the trip needs "
                    f"{wording.minutes(ceil(needed - EPS))}"
                )
        prev = (i, e)
    return tuple(found)


def _hours_on_date(site: Site, day: date) -> tuple[OpeningInterval, ...] | None:
    """The site's opening intervals on a local date: its exception's for that date, else
    its weekly ones for the weekday; None when it keeps no hours that day."""
    special = site.exception_on(day) if site.opening_exceptions else None
    if special is not None:
        return tuple(OpeningInterval(day.weekday(), o, c) for o, c in special.spans)
    if not site.opening_hours:
        return None
    return tuple(h for h in site.opening_hours if h.weekday == day.weekday())
