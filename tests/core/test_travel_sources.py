"""The travel model's three sources: the organiser's figure, road times, the estimate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.test_optimizer import make_site as site
from tourplanner.core.model import RoadLeg, TravelOverride, TravelSettings
from tourplanner.core.travel import LegSource, TravelModel

A = site(1, 29.68, 106.55)
B = site(2, 29.72, 106.63)
C = site(3, None, None)
SETTINGS = TravelSettings(boarding_minutes=5, buffer_minutes=5, traffic_factor=1.5)


def test_order_of_sources() -> None:
    road = RoadLeg(1, 2, minutes=20.0, km=11.0)
    own = TravelOverride(1, 1, 2, 1, 33, "", 1)
    estimate = TravelModel([A, B], SETTINGS)
    assert estimate.leg(1, 2).source is LegSource.ESTIMATE
    by_road = TravelModel([A, B], SETTINGS, road_legs=[road])
    leg = by_road.leg(1, 2)
    assert leg.source is LegSource.ROAD and leg.minutes == 20 * 1.5 + 5 and leg.km == 11
    # A road time is one way: the way back, without one, is estimated.
    assert by_road.leg(2, 1).source is LegSource.ESTIMATE
    both = TravelModel([A, B], SETTINGS, [own], [road])
    assert both.leg(1, 2).source is LegSource.OVERRIDE and both.leg(1, 2).minutes == 33
    assert both.leg(1, 2).overridden
    assert TravelModel([A, C], SETTINGS).leg(1, 3).source is LegSource.UNKNOWN
    assert TravelModel([A], SETTINGS).leg(1, 1).source is LegSource.SAME_SITE


@given(
    road_minutes=st.floats(min_value=0, max_value=600),
    gap=st.floats(min_value=0, max_value=1200),
    factor=st.floats(min_value=0.5, max_value=5),
)
def test_the_quick_gap_answer_agrees_with_the_road_time(
    road_minutes: float, gap: float, factor: float
) -> None:
    """gap_is_enough's shortcut (from the straight-line distance) must not decide a leg
    that has a road time: the road time can be far from the estimate."""
    settings = TravelSettings(traffic_factor=factor)
    model = TravelModel([A, B], settings, road_legs=[RoadLeg(1, 2, road_minutes, 12.0)])
    needed = road_minutes * factor + settings.boarding_minutes + settings.buffer_minutes
    assert model.gap_is_enough(1, 2, gap) is (gap >= needed - 1e-9)


def test_needed_gap_with_a_road_time() -> None:
    model = TravelModel([A, B], SETTINGS, road_legs=[RoadLeg(1, 2, 40.0, 25.0)])
    assert model.needed_gap(1, 2) == pytest.approx(40 * 1.5 + 5 + 5)
