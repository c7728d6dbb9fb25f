"""The day-route optimiser against brute force, its heuristic, its reasons and time zones."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import combinations, pairwise, permutations
from math import ceil
from zoneinfo import ZoneInfo

import pytest

from tourplanner.core.day_plan import (
    DayPlan,
    DayRequest,
    InfeasibleDayError,
    Stop,
    current_plan,
    plan_travel,
    validate_plan,
)
from tourplanner.core.enums import SiteCategory
from tourplanner.core.model import OpeningInterval, Site, TravelOverride, TravelSettings
from tourplanner.core.optimizer import EXACT_LIMIT, optimise_day
from tourplanner.core.travel import TravelModel

SH = ZoneInfo("Asia/Shanghai")
SAT = date(2021, 3, 27)  # weekday 5
SUN = date(2021, 3, 28)  # weekday 6


def make_site(
    sid: int,
    lat: float | None,
    lon: float | None,
    hours: tuple[OpeningInterval, ...] = (),
    *,
    name: str | None = None,
    zone: str | None = None,
) -> Site:
    return Site(
        id=sid,
        tour_id=1,
        key=f"s{sid}",
        name=name or f"Site {sid}",
        local_name="",
        category=SiteCategory.OTHER,
        address="",
        latitude=lat,
        longitude=lon,
        coord_source=None,
        coord_approximate=False,
        timezone=zone,
        opening_hours=hours,
        capacity=None,
        contact_name="",
        contact_phone="",
        contact_email="",
        description="",
        key_facts=(),
        illustrative=False,
        version=1,
    )


def hours(weekday: int, *spans: str) -> tuple[OpeningInterval, ...]:
    """hours(5, "09:00-12:00", "14:00-18:00")"""
    out = []
    for span in spans:
        a, b = span.split("-")
        out.append(OpeningInterval(weekday, time.fromisoformat(a), time.fromisoformat(b)))
    return tuple(out)


def request(
    sites: list[Site],
    stops: list[Stop],
    window: tuple[str, str] = ("08:00", "20:00"),
    *,
    day: date = SAT,
    zone: str = "Asia/Shanghai",
    settings: TravelSettings | None = None,
    overrides: tuple[TravelOverride, ...] = (),
    start_site: int | None = None,
    end_site: int | None = None,
) -> DayRequest:
    tz = ZoneInfo(zone)
    return DayRequest(
        date=day,
        zone=zone,
        stops=tuple(stops),
        window_start=datetime.combine(day, time.fromisoformat(window[0]), tzinfo=tz),
        window_end=datetime.combine(day, time.fromisoformat(window[1]), tzinfo=tz),
        sites={s.id: s for s in sites},
        travel=TravelModel(sites, settings or TravelSettings(), overrides),
        start_site_id=start_site,
        end_site_id=end_site,
    )


def at(clock: str, day: date = SAT, zone: ZoneInfo = SH) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=zone)


def stop(
    item_id: int,
    site_id: int,
    minutes: float,
    current: str,
    *,
    fixed: bool = False,
    title: str | None = None,
    day: date = SAT,
) -> Stop:
    start = at(current, day)
    return Stop(
        item_id, site_id, title or f"Stop {item_id}", minutes, start if fixed else None, start
    )


# -- brute force: an independent implementation of the rules ---------------------------------


class BruteForce:
    """Every permutation of the flexible stops merged with the fixed ones in time order,
    each simulated with earliest starts and waiting."""

    def __init__(self, req: DayRequest) -> None:
        self.req = req
        zone = ZoneInfo(req.zone)
        self.origin = datetime.combine(req.date, time(0), tzinfo=zone).astimezone(UTC)
        self.lo, self.hi = self.m(req.window_start), self.m(req.window_end)

    def m(self, instant: datetime) -> float:
        return (instant.astimezone(UTC) - self.origin).total_seconds() / 60

    def intervals(self, site_id: int) -> list[tuple[float, float]]:
        site = self.req.sites[site_id]
        if not site.opening_hours:
            return [(self.lo, self.hi)]
        zone = ZoneInfo(site.timezone or self.req.zone)
        out = []
        for h in site.opening_hours:
            if h.weekday == self.req.date.weekday():
                a = self.m(datetime.combine(self.req.date, h.opens, tzinfo=zone))
                b = self.m(datetime.combine(self.req.date, h.closes, tzinfo=zone))
                out.append((max(a, self.lo), min(b, self.hi)))
        return sorted(out)

    def earliest(self, s: Stop, ready: float) -> float | None:
        d = s.duration_minutes
        if s.fixed_start is not None:
            f = self.m(s.fixed_start)
            inside = any(a <= f + 1e-9 and f + d <= b + 1e-9 for a, b in self.intervals(s.site_id))
            return f if inside and ready <= f + 1e-9 else None
        r = ceil(ready - 1e-9)
        for a, b in self.intervals(s.site_id):
            start = max(r, ceil(a - 1e-9))
            if start + d <= b + 1e-9:
                return start
        return None

    def leg(self, a: int | None, b: int | None) -> float:
        if a is None or b is None:
            return 0.0
        minutes = self.req.travel.minutes(a, b)
        assert minutes is not None  # the random instances have coordinates everywhere
        return minutes

    def simulate(self, seq: list[Stop]) -> float | None:
        travel = self.leg(self.req.start_site_id, seq[0].site_id)
        ready = self.lo
        prev: Stop | None = None
        for s in seq:
            if prev is not None:
                gap = self.req.travel.needed_gap(prev.site_id, s.site_id)
                assert gap is not None
                ready += gap
                travel += self.leg(prev.site_id, s.site_id)
            start = self.earliest(s, ready)
            if start is None:
                return None
            ready = start + s.duration_minutes
            prev = s
        assert prev is not None
        return travel + self.leg(prev.site_id, self.req.end_site_id)

    def best(self) -> float | None:
        flex = [s for s in self.req.stops if s.fixed_start is None]
        fixed = sorted((s for s in self.req.stops if s.fixed_start), key=lambda s: s.fixed_start)
        n = len(flex) + len(fixed)
        best: float | None = None
        for perm in permutations(flex):
            for places in combinations(range(n), len(fixed)):
                seq: list[Stop] = []
                fi, pi = iter(fixed), iter(perm)
                for pos in range(n):
                    seq.append(next(fi) if pos in places else next(pi))
                travel = self.simulate(seq)
                if travel is not None and (best is None or travel < best):
                    best = travel
        return best


def independent_check(req: DayRequest, plan: DayPlan) -> None:
    """The plan follows the rules, checked with datetimes rather than the model's minutes."""
    bf = BruteForce(req)
    assert sorted(p.stop.item_id for p in plan.stops) == sorted(s.item_id for s in req.stops)
    for p in plan.stops:
        elapsed = p.end.astimezone(UTC) - p.start.astimezone(UTC)  # not wall-clock time
        assert elapsed == timedelta(minutes=p.stop.duration_minutes)
        if p.stop.fixed_start is not None:
            assert p.start == p.stop.fixed_start
        else:
            assert p.start.second == 0 and p.start.microsecond == 0
        s, e = bf.m(p.start), bf.m(p.end)
        assert any(a - 1e-9 <= s and e <= b + 1e-9 for a, b in bf.intervals(p.stop.site_id))
    for a, b in zip(plan.stops, plan.stops[1:], strict=False):
        gap = req.travel.needed_gap(a.stop.site_id, b.stop.site_id)
        assert gap is not None
        assert (b.start.astimezone(UTC) - a.end.astimezone(UTC)).total_seconds() / 60 >= gap - 1e-6
    total = sum(
        bf.leg(x.stop.site_id, y.stop.site_id)
        for x, y in zip(plan.stops, plan.stops[1:], strict=False)
    )
    if plan.stops:
        total += bf.leg(req.start_site_id, plan.stops[0].stop.site_id)
        total += bf.leg(plan.stops[-1].stop.site_id, req.end_site_id)
    assert plan.travel_minutes == pytest.approx(total, abs=1e-6)
    assert validate_plan(req, plan) == ()


def random_request(rng: random.Random, n_stops: int) -> DayRequest:
    n_sites = rng.randint(2, 6)
    sites = []
    for sid in range(1, n_sites + 1):
        spans: tuple[OpeningInterval, ...] = ()
        roll = rng.random()
        if roll < 0.5:
            first = rng.randint(7 * 4, 12 * 4) * 15
            spans = (
                OpeningInterval(
                    SAT.weekday(),
                    time(first // 60, first % 60),
                    time(min(23, first // 60 + rng.randint(1, 6)), 0),
                ),
            )
            if rng.random() < 0.4:
                second = rng.randint(15, 18)
                spans += (OpeningInterval(SAT.weekday(), time(second), time(second + 4)),)
        elif roll < 0.6:
            spans = hours(SUN.weekday(), "09:00-17:00")  # closed on the day
        sites.append(
            make_site(sid, 29.55 + rng.random() * 0.2, 106.45 + rng.random() * 0.35, spans)
        )
    settings = TravelSettings(
        boarding_minutes=rng.choice([0, 5, 10]), buffer_minutes=rng.choice([0, 5, 15])
    )
    overrides: tuple[TravelOverride, ...] = ()
    if rng.random() < 0.3 and n_sites >= 2:
        overrides = (TravelOverride(1, 1, 1, 2, rng.randint(1, 90), "", 1),)
    window_end = f"{rng.randint(13, 21)}:00"
    stops = []
    for k in range(n_stops):
        minutes = rng.choice([15, 30, 45, 60, 90, 120])
        start = rng.randint(8 * 4, 19 * 4) * 15
        clock = f"{start // 60:02d}:{start % 60:02d}"
        stops.append(stop(k + 1, rng.randint(1, n_sites), minutes, clock, fixed=rng.random() < 0.3))
    stops.sort(key=lambda s: s.current_start)
    ends = [None, *range(1, n_sites + 1)]
    return request(
        sites,
        stops,
        ("08:00", window_end),
        settings=settings,
        overrides=overrides,
        start_site=rng.choice(ends),
        end_site=rng.choice(ends),
    )


@pytest.mark.parametrize("seed", range(30))
def test_matches_brute_force_on_random_days(seed: int) -> None:
    rng = random.Random(seed)
    feasible = infeasible = 0
    for _ in range(12):
        req = random_request(rng, rng.randint(1, 8 if rng.random() < 0.15 else 6))
        expected = BruteForce(req).best()
        try:
            plan = optimise_day(req)
        except InfeasibleDayError as e:
            assert expected is None, f"brute force found {expected} but: {e}"
            assert e.reason and "\n" not in str(e)
            infeasible += 1
            continue
        assert expected is not None, "the optimiser found a plan that brute force did not"
        assert plan.exact
        assert plan.travel_minutes == pytest.approx(expected, abs=1e-6)
        independent_check(req, plan)
        feasible += 1
    assert feasible + infeasible == 12


def test_random_instances_cover_both_outcomes() -> None:
    """The generator must exercise feasible and infeasible days, or the comparison is weak."""
    outcomes = set()
    rng = random.Random(1234)
    for _ in range(60):
        req = random_request(rng, rng.randint(2, 6))
        outcomes.add(BruteForce(req).best() is not None)
    assert outcomes == {True, False}


@pytest.mark.parametrize("seed", range(3))
def test_eight_flexible_stops_without_fixed(seed: int) -> None:
    """The largest brute-force size, all flexible, on a roomy day with open sites."""
    rng = random.Random(100 + seed)
    sites = [
        make_site(sid, 29.55 + rng.random() * 0.2, 106.45 + rng.random() * 0.35)
        for sid in range(1, 9)
    ]
    stops = [stop(k + 1, k + 1, rng.choice([15, 30, 45]), f"{8 + k}:00".zfill(5)) for k in range(8)]
    req = request(sites, stops, ("08:00", "20:00"), start_site=1, end_site=8)
    plan = optimise_day(req)
    assert plan.travel_minutes == pytest.approx(BruteForce(req).best(), abs=1e-6)
    independent_check(req, plan)


# -- properties of the plan -----------------------------------------------------------------


def zigzag() -> tuple[list[Site], list[Stop]]:
    """West, east, west, east: the obvious improvement is to group by side."""
    sites = [
        make_site(1, 29.65, 106.50, name="West A"),
        make_site(2, 29.68, 106.80, name="East A"),
        make_site(3, 29.66, 106.51, name="West B"),
        make_site(4, 29.69, 106.79, name="East B"),
        make_site(5, 29.66, 106.49, name="Hotel"),
    ]
    stops = [
        stop(1, 1, 60, "09:00"),
        stop(2, 2, 60, "11:00"),
        stop(3, 3, 60, "14:00"),
        stop(4, 4, 60, "16:00"),
    ]
    return sites, stops


def test_reorders_a_zigzag_and_reports_travel() -> None:
    sites, stops = zigzag()
    req = request(sites, stops, ("09:00", "18:00"), start_site=5, end_site=5)
    before = plan_travel(req)
    plan = optimise_day(req)
    assert plan.exact
    assert before is not None and plan.travel_minutes is not None
    assert plan.travel_minutes < before - 30
    west = [True, *(p.stop.site_id in (1, 3) for p in plan.stops), True]  # from and to the hotel
    assert sum(a != b for a, b in pairwise(west)) == 2  # cross town only twice
    assert plan.start_site_id == 5 and plan.end_site_id == 5
    assert plan.stops[0].travel_before == pytest.approx(
        req.travel.minutes(5, plan.stops[0].stop.site_id)
    )
    assert plan.travel_after == pytest.approx(req.travel.minutes(plan.stops[-1].stop.site_id, 5))
    independent_check(req, plan)


def test_an_optimal_current_plan_keeps_its_times() -> None:
    sites, stops = zigzag()
    first = optimise_day(request(sites, stops, ("09:00", "18:00")))
    # Make the optimum the current plan, with times spread out differently: nothing moves.
    spread = [at("09:00"), at("10:40"), at("13:20"), at("16:00")]
    again = [replace(p.stop, current_start=t) for p, t in zip(first.stops, spread, strict=True)]
    req = request(sites, again, ("09:00", "18:00"))
    assert validate_plan(req, current_plan(req)) == ()
    plan = optimise_day(req)
    assert [(p.stop.item_id, p.start) for p in plan.stops] == [
        (s.item_id, s.current_start) for s in again
    ]
    assert plan.travel_minutes == pytest.approx(first.travel_minutes)


def test_fixed_stops_stay_and_waiting_is_allowed() -> None:
    sites = [
        make_site(1, 29.65, 106.50),
        make_site(2, 29.66, 106.52, hours(5, "15:00-18:00")),
        make_site(3, 29.67, 106.51),
    ]
    stops = [
        stop(1, 2, 60, "09:00"),  # flexible, but its site opens only at 15:00
        stop(2, 1, 60, "12:00", fixed=True, title="Lunch"),
        stop(3, 3, 30, "10:00"),
    ]
    req = request(sites, stops, ("08:00", "19:00"))
    plan = optimise_day(req)
    by_id = {p.stop.item_id: p for p in plan.stops}
    assert by_id[2].start == at("12:00")
    assert by_id[1].start >= at("15:00")
    independent_check(req, plan)


def test_same_site_needs_no_gap() -> None:
    sites = [make_site(1, 29.65, 106.50, hours(5, "09:00-11:00"))]
    stops = [stop(1, 1, 60, "09:00"), stop(2, 1, 60, "09:30")]
    req = request(sites, stops, ("09:00", "11:00"))
    plan = optimise_day(req)
    assert [p.start for p in plan.stops] == [at("09:00"), at("10:00")]
    assert plan.travel_minutes == 0


def test_unknown_start_leg_is_left_out() -> None:
    sites = [make_site(1, 29.65, 106.50), make_site(2, None, None, name="Nowhere")]
    req = request(sites, [stop(1, 1, 60, "09:00")], start_site=2, end_site=2)
    plan = optimise_day(req)
    assert plan.start_site_id is None and plan.end_site_id is None
    assert plan.travel_minutes == 0


def test_empty_day() -> None:
    plan = optimise_day(request([make_site(1, 29.6, 106.5)], []))
    assert plan.stops == () and plan.travel_minutes == 0 and plan.exact


# -- heuristic --------------------------------------------------------------------------------


def long_day(rng: random.Random, flexible: int) -> DayRequest:
    # Sites within about 5 x 8 km, so no leg takes more than about 40 minutes with buffer.
    sites = [
        make_site(sid, 29.60 + rng.random() * 0.05, 106.50 + rng.random() * 0.08)
        for sid in range(1, flexible + 3)
    ]
    stops = [
        stop(1, 1, 30, "06:00", fixed=True, title="Breakfast"),
        stop(2, 2, 60, "13:30", fixed=True, title="Lunch"),
    ]
    # The current order goes by site number, which is random in space, and is workable:
    # short visits, 50 minutes apart.
    morning = flexible // 2
    for k in range(flexible):
        if k < morning:
            start = at("07:00") + timedelta(minutes=50 * k)
        else:
            start = at("15:10") + timedelta(minutes=50 * (k - morning))
        stops.append(Stop(10 + k, 3 + k, f"Visit {k}", 10, None, start))
    stops.sort(key=lambda s: s.current_start)
    return request(sites, stops, ("06:00", "23:00"), start_site=1, end_site=1)


@pytest.mark.parametrize("seed", range(3))
def test_heuristic_beats_a_workable_current_order(seed: int) -> None:
    req = long_day(random.Random(seed), 14)
    now = current_plan(req)
    assert validate_plan(req, now) == (), "the crafted current plan must be workable"
    plan = optimise_day(req)
    assert not plan.exact and len(plan.stops) == 16 > EXACT_LIMIT
    assert plan.travel_minutes is not None and now.travel_minutes is not None
    assert plan.travel_minutes <= now.travel_minutes + 1e-6
    independent_check(req, plan)


def test_heuristic_finds_a_plan_when_the_current_order_fails() -> None:
    rng = random.Random(7)
    req = long_day(rng, 14)
    # Put every visit at 07:30: the current plan is a pile-up, but a plan exists.
    piled = tuple(s if s.fixed else replace(s, current_start=at("07:30")) for s in req.stops)
    req = replace(req, stops=piled)
    assert validate_plan(req, current_plan(req)) != ()
    plan = optimise_day(req)
    independent_check(req, plan)


# -- reasons ----------------------------------------------------------------------------------


def reason(req: DayRequest) -> str:
    with pytest.raises(InfeasibleDayError) as caught:
        optimise_day(req)
    error = caught.value
    assert str(error).startswith("no workable plan for ")
    assert "\n" not in str(error)
    assert error.item_ids
    return error.reason


NUSRI = 7


def nusri(spans: tuple[OpeningInterval, ...]) -> Site:
    return make_site(NUSRI, 29.687, 106.779, spans, name="NUSRI Chongqing")


def test_reason_stop_longer_than_any_opening_interval() -> None:
    sites = [nusri(hours(6, "14:00-15:00"))]
    stops = [stop(1, NUSRI, 90, "14:00", title="Meeting at NUSRI", day=SUN)]
    text = reason(request(sites, stops, ("09:00", "18:00"), day=SUN))
    assert text == (
        "'Meeting at NUSRI' needs 1 h 30 min but 'NUSRI Chongqing' is open only 14:00–15:00 on "
        "Sun 28 Mar"
    )


def test_reason_site_closed_that_day() -> None:
    sites = [nusri(hours(0, "09:00-18:00"))]
    stops = [stop(1, NUSRI, 60, "10:00", title="Lab tour")]
    text = reason(request(sites, stops))
    assert (
        text
        == "'NUSRI Chongqing' is closed on Sat 27 Mar, so 'Lab tour' cannot take place that day"
    )


def test_reason_fixed_stop_outside_opening_hours() -> None:
    sites = [nusri(hours(5, "09:00-18:00"))]
    stops = [stop(1, NUSRI, 60, "08:00", fixed=True, title="Breakfast meeting")]
    text = reason(request(sites, stops, ("08:00", "12:00")))
    assert text == (
        "'Breakfast meeting' is fixed at 08:00–09:00 but 'NUSRI Chongqing' is open only "
        "09:00–18:00 on Sat 27 Mar"
    )


def test_reason_fixed_appointments_too_close() -> None:
    sites = [make_site(1, 29.65, 106.50, name="Lijia"), nusri(())]
    stops = [
        stop(1, 1, 60, "10:00", fixed=True, title="Briefing"),
        stop(2, NUSRI, 60, "11:15", fixed=True, title="Meeting"),
    ]
    text = reason(request(sites, stops))
    assert text.startswith(
        "'Briefing' ends at 11:00 at 'Lijia' and 'Meeting' starts at 11:15 at 'NUSRI Chongqing', "
        "but the trip between them needs "
    )
    assert text.endswith("with the 5-min buffer")


def test_reason_fixed_appointments_overlap() -> None:
    sites = [make_site(1, 29.65, 106.50)]
    stops = [
        stop(1, 1, 60, "10:00", fixed=True, title="A"),
        stop(2, 1, 60, "10:30", fixed=True, title="B"),
    ]
    assert (
        reason(request(sites, stops))
        == "'A' (10:00–11:00) and 'B' (10:30–11:30) are both fixed and overlap"
    )


def test_reason_flexible_stop_fits_in_no_free_period() -> None:
    sites = [make_site(1, 29.65, 106.50, name="Lijia"), nusri(())]
    stops = [
        stop(1, 1, 120, "09:00", fixed=True, title="Morning"),
        stop(2, NUSRI, 90, "11:00", title="Visit"),
        stop(3, 1, 240, "12:00", fixed=True, title="Afternoon"),
    ]
    text = reason(request(sites, stops, ("09:00", "16:00")))
    assert text == (
        "'Visit' (1 h 30 min at 'NUSRI Chongqing') fits in none of the free periods "
        "(11:00–12:00) once travel and opening hours are counted"
    )


def test_reason_flexible_stops_do_not_fit_between_the_fixed_ones() -> None:
    sites = [make_site(1, 29.65, 106.50, name="Lijia"), make_site(2, 29.651, 106.501)]
    stops = [
        stop(1, 1, 60, "09:00", fixed=True, title="Breakfast"),
        stop(2, 2, 50, "10:00", title="Visit A"),
        stop(3, 2, 50, "11:00", title="Visit B"),
        stop(4, 1, 60, "12:00", fixed=True, title="Lunch"),
    ]
    text = reason(request(sites, stops, ("09:00", "13:00")))
    assert text == (
        "'Visit A' and 'Visit B' fit only between 'Breakfast' and 'Lunch' (10:00–12:00), but "
        "together they need, counting the travel, at least 2 h 01 min there"
    )


def test_reason_flexible_stops_clash_over_opening_hours() -> None:
    sites = [
        make_site(1, 29.65, 106.50, hours(5, "10:00-11:00"), name="Museum"),
        make_site(2, 29.75, 106.60, hours(5, "10:00-11:00"), name="Gallery"),
    ]
    stops = [stop(1, 1, 45, "10:00", title="Museum"), stop(2, 2, 45, "10:00", title="Gallery")]
    text = reason(request(sites, stops, ("08:00", "18:00")))
    assert text == (
        "the 2 flexible stops each fit on their own but not all together between the fixed "
        "appointments, given the travel between them and the opening hours"
    )


def test_reason_when_the_heuristic_finds_nothing() -> None:
    sites = [
        make_site(sid, 29.55 + sid * 0.01, 106.45 + sid * 0.02, hours(5, "10:00-11:00"))
        for sid in range(1, 15)
    ]
    # Too many for the one hour they share, but short enough to pass the quick bounds.
    stops = [stop(sid, sid, 10, "10:00") for sid in range(1, 15)]
    text = reason(request(sites, stops, ("08:00", "18:00")))
    assert text.startswith("no order of the 14 flexible stops that fits")


def test_reason_unknown_travel() -> None:
    sites = [make_site(1, 29.65, 106.50, name="Lijia"), make_site(2, None, None, name="Nowhere")]
    stops = [
        stop(1, 1, 60, "09:00", fixed=True, title="Breakfast"),
        stop(2, 2, 60, "11:00", fixed=True, title="Lunch"),
    ]
    text = reason(request(sites, stops))
    assert text.startswith("the travel time from 'Lijia' to 'Nowhere' is unknown")


def test_reason_window_too_short() -> None:
    sites = [make_site(1, 29.65, 106.50)]
    stops = [stop(1, 1, 300, "09:00", title="Long visit")]
    assert reason(request(sites, stops, ("09:00", "12:00"))) == (
        "'Long visit' needs 5 h 00 min but the day's programme runs only 09:00–12:00"
    )


def test_an_override_lets_a_leg_without_coordinates_be_used() -> None:
    sites = [make_site(1, 29.65, 106.50, name="Lijia"), make_site(2, None, None, name="Nowhere")]
    stops = [
        stop(1, 1, 60, "09:00", fixed=True, title="Breakfast"),
        stop(2, 2, 60, "11:00", fixed=True, title="Lunch"),
    ]
    req = request(sites, stops, overrides=(TravelOverride(1, 1, 1, 2, 20, "", 1),))
    assert optimise_day(req).travel_minutes == 20


def test_a_detour_can_beat_a_slow_direct_leg() -> None:
    """Overrides need not obey the triangle inequality: the direct leg between two fixed
    appointments is too slow, but the way via a flexible stop is quick."""
    sites = [make_site(1, 29.60, 106.50), make_site(2, 29.70, 106.60), make_site(3, 29.65, 106.55)]
    overrides = (
        TravelOverride(1, 1, 1, 2, 120, "", 1),
        TravelOverride(2, 1, 1, 3, 5, "", 1),
        TravelOverride(3, 1, 3, 2, 5, "", 1),
    )
    stops = [
        stop(1, 1, 60, "09:00", fixed=True, title="A"),
        stop(2, 3, 15, "12:00", title="Via"),
        stop(3, 2, 60, "10:40", fixed=True, title="B"),
    ]
    stops.sort(key=lambda s: s.current_start)
    req = request(sites, stops, ("09:00", "12:00"), overrides=overrides)
    assert BruteForce(req).best() == 10
    plan = optimise_day(req)
    assert [p.stop.title for p in plan.stops] == ["A", "Via", "B"]
    independent_check(req, plan)


# -- time zones -------------------------------------------------------------------------------


def test_times_are_in_the_tour_zone() -> None:
    sites, stops = zigzag()
    plan = optimise_day(request(sites, stops, ("09:00", "18:00")))
    for p in plan.stops:
        assert p.start.tzinfo is not None and p.start.utcoffset() == timedelta(hours=8)


def test_site_in_another_zone_uses_its_own_clock() -> None:
    # Open 10:00-11:00 Tokyo time, which is 09:00-10:00 in Shanghai.
    sites = [make_site(1, 35.68, 139.76, hours(5, "10:00-11:00"), zone="Asia/Tokyo")]
    plan = optimise_day(request(sites, [stop(1, 1, 60, "12:00")], ("08:00", "18:00")))
    assert plan.stops[0].start == at("09:00")


def test_daylight_saving_day() -> None:
    """Europe/Berlin skips 02:00-03:00 on 28 Mar 2021: opening hours are wall-clock times."""
    berlin = ZoneInfo("Europe/Berlin")
    sites = [
        make_site(1, 52.52, 13.40, hours(6, "09:00-10:00"), name="Museum"),
        make_site(2, 52.50, 13.35, name="Hotel"),
    ]
    stops = [
        Stop(1, 2, "Breakfast", 60, at("01:00", SUN, berlin), at("01:00", SUN, berlin)),
        Stop(2, 1, "Museum", 60, None, at("11:00", SUN, berlin)),
    ]
    req = request(sites, stops, ("01:00", "12:00"), day=SUN, zone="Europe/Berlin")
    plan = optimise_day(req)
    museum = plan.stops[1]
    assert museum.start == at("09:00", SUN, berlin)
    assert museum.start.astimezone(UTC) == datetime(2021, 3, 28, 7, 0, tzinfo=UTC)
    independent_check(req, plan)
