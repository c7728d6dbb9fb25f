"""The optimiser counts road times with traffic bands by each leg's departure time, as
the travel check does."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from tests.core.test_optimizer import make_site, request, stop
from tourplanner.core.day_plan import DayPlan, DayRequest, current_plan, validate_plan
from tourplanner.core.model import RoadLeg, TrafficBand, TravelSettings
from tourplanner.core.optimizer import optimise_day
from tourplanner.core.travel import LegSource, TravelModel

SITES = [make_site(1, 29.60, 106.50), make_site(2, 29.61, 106.51), make_site(3, 29.62, 106.52)]
# A→X and X→Y are short, A→Y and Y→X longer: without traffic, A, X, Y is best.
ROADS = [
    RoadLeg(1, 2, 10.0, 5.0),
    RoadLeg(2, 3, 10.0, 5.0),
    RoadLeg(1, 3, 15.0, 7.0),
    RoadLeg(3, 2, 15.0, 7.0),
]
RUSH = TrafficBand(time(10, 0), time(11, 0), 3.0)


def day(bands: tuple[TrafficBand, ...]) -> DayRequest:
    settings = TravelSettings(boarding_minutes=0, buffer_minutes=5, traffic_bands=bands)
    stops = [
        stop(1, 1, 30, "08:00", fixed=True),  # at A
        stop(2, 2, 90, "08:45"),  # X: long, so leaving it falls in the rush hour
        stop(3, 3, 30, "10:30"),  # Y
    ]
    req = request(SITES, stops, ("08:00", "12:00"), settings=settings)
    return replace(req, travel=TravelModel(SITES, settings, road_legs=ROADS))


def legs_as_the_check_counts(req: DayRequest, plan: DayPlan) -> list[float]:
    """Each leg's minutes from the travel model at the previous stop's local end time."""
    out = []
    for a, b in zip(plan.stops, plan.stops[1:], strict=False):
        leg = req.travel.leg(a.stop.site_id, b.stop.site_id, a.end.time())
        assert leg.source is LegSource.ROAD
        out.append(leg.minutes)
    return out


def test_a_rush_hour_band_changes_the_order() -> None:
    calm = optimise_day(day(()))
    assert [p.stop.item_id for p in calm.stops] == [1, 2, 3]
    assert calm.travel_minutes == 20
    rush_req = day((RUSH,))
    # The current order would now leave X at 10:15, in the rush hour: 10 + 3×10.
    assert current_plan(rush_req).travel_minutes == 40
    rush = optimise_day(rush_req)
    assert [p.stop.item_id for p in rush.stops] == [1, 3, 2]
    assert not rush.exact
    assert validate_plan(rush_req, rush) == ()
    # The reported legs are the check's, at each leg's departure.
    legs = legs_as_the_check_counts(rush_req, rush)
    assert [p.travel_before for p in rush.stops[1:]] == legs
    assert rush.travel_minutes == sum(legs) < 40


def test_reported_times_follow_the_band_of_the_departure() -> None:
    """A band that the order cannot avoid is counted in the reported leg."""
    req = day((TrafficBand(time(8, 0), time(12, 0), 2.0),))
    plan = optimise_day(req)
    legs = legs_as_the_check_counts(req, plan)
    assert [p.travel_before for p in plan.stops[1:]] == legs
    assert plan.travel_minutes == sum(legs) == 40  # A, X, Y at ×2
    assert validate_plan(req, plan) == ()
