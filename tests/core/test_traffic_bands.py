"""Traffic per time band: rush hours multiply road times by their own factor, chosen by
the leg's local departure time; one function checks bands wherever they come from."""

from __future__ import annotations

from datetime import time

import pytest

from tests.core.test_optimizer import make_site as site
from tourplanner.core.model import RoadLeg, TrafficBand, TravelSettings
from tourplanner.core.travel import (
    LegSource,
    TravelModel,
    check_traffic_bands,
    parse_traffic_bands,
    traffic_at,
    traffic_bands_text,
)

A = site(1, 29.68, 106.55)
B = site(2, 29.72, 106.63)
MORNING = TrafficBand(time(7, 30), time(9, 30), 1.5)
EVENING = TrafficBand(time(17, 0), time(19, 30), 1.8)
SETTINGS = TravelSettings(
    boarding_minutes=5, buffer_minutes=5, traffic_factor=1.1, traffic_bands=(MORNING, EVENING)
)


def test_the_band_of_the_departure_time_applies_else_the_tours_factor() -> None:
    model = TravelModel([A, B], SETTINGS, road_legs=[RoadLeg(1, 2, 40.0, 25.0)])
    rush = model.leg(1, 2, time(8, 0))
    assert rush.source is LegSource.ROAD and rush.minutes == pytest.approx(40 * 1.5 + 5)
    assert rush.band == MORNING and rush.how == "by road, rush-hour ×1.5 at 07:30–09:30"
    evening = model.leg(1, 2, time(19, 29))
    assert evening.minutes == pytest.approx(40 * 1.8 + 5)
    # Start inclusive, end exclusive; outside every band (or no time known): the tour's.
    assert model.leg(1, 2, time(7, 30)).band == MORNING
    for departs in (time(9, 30), time(12, 0), None):
        leg = model.leg(1, 2, departs)
        assert leg.band is None and leg.minutes == pytest.approx(40 * 1.1 + 5)
        assert leg.how == "by road, traffic ×1.1"
    assert model.needed_gap(1, 2, time(8, 0)) == pytest.approx(40 * 1.5 + 5 + 5)
    assert model.gap_is_enough(1, 2, 69.0, time(8, 0)) is False
    assert model.gap_is_enough(1, 2, 69.0, time(12, 0)) is True
    # The estimate and the organiser's figure do not change with the hour.
    estimate = TravelModel([A, B], SETTINGS)
    assert estimate.leg(1, 2, time(8, 0)).minutes == estimate.leg(1, 2, time(12, 0)).minutes
    assert traffic_at(SETTINGS, time(3, 0)) == (1.1, None)


def test_bands_are_read_as_people_write_them_and_written_back_the_same() -> None:
    bands = parse_traffic_bands("17:00-19:30 x1.8; 07:30–09:30 ×1.5")
    assert bands == (MORNING, EVENING)  # in time order
    assert traffic_bands_text(bands) == "07:30–09:30 ×1.5, 17:00–19:30 ×1.8"
    assert parse_traffic_bands(traffic_bands_text(bands)) == bands
    assert parse_traffic_bands("") == ()
    assert parse_traffic_bands("22:00-24:00 1.2")[0].ends == time.max


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("09:30-07:30 1.5", "ends before it starts"),
        ("07:30-09:30 9", "from 0.5 to 5"),
        ("07:30-09:30 1.5, 09:00-10:00 1.2", "overlap"),
        ("rush hour 1.5", "write it as 07:30–09:30 ×1.5"),
        ("25:00-26:00 1.5", "not a time of day"),
        (", ".join(f"{h:02}:00-{h:02}:30 1.2" for h in range(13)), "at most 12"),
    ],
)
def test_a_bad_band_is_one_line_naming_it(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_traffic_bands(text)


def test_the_one_check_refuses_what_the_parser_would() -> None:
    with pytest.raises(ValueError, match="factor must be a number"):
        check_traffic_bands([TrafficBand(time(7), time(8), "1.5")])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="start and an end"):
        check_traffic_bands([TrafficBand("07:00", time(8), 1.5)])  # type: ignore[arg-type]
