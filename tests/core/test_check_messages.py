"""The words of `check`: times in each item's own site's zone, with the zone's
abbreviation when it is not the tour's ("ends 10:00 CET"), and sentences that agree in
number ("Ivan Petrov shares", "Li Wei and Ivan Petrov share", "1 person")."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.core.builders import TourBuilder
from tourplanner.core import wording
from tourplanner.core.checks import check_tour
from tourplanner.core.problems import Code, Problem

BERLIN = "Europe/Berlin"


def frankfurt_tour() -> tuple[TourBuilder, int, int, int]:
    """A Shanghai tour with two Frankfurt sites 2.4 km apart and one in Shanghai.
    Times given to ``item`` are in the tour's zone: 16:00 in Shanghai is 09:00 CET."""
    b = TourBuilder(start=date(2026, 3, 26), end=date(2026, 3, 31))
    messe = b.site("Messe Frankfurt", 50.1115, 8.6480, zone=BERLIN)
    roemer = b.site("Römer", 50.1106, 8.6821, zone=BERLIN)
    expo = b.site("Expo Centre", 31.1875, 121.4947)
    return b, messe, roemer, expo


def only(problems: list[Problem], code: Code) -> Problem:
    (found,) = [p for p in problems if p.code is code]
    return found


def test_travel_too_short_in_frankfurt_says_cet() -> None:
    b, messe, roemer, _expo = frankfurt_tour()
    ivan = b.person("Ivan Petrov")
    # 16:00-17:00 in Shanghai is 09:00-10:00 in Frankfurt (CET, winter).
    b.item("Briefing", "2026-03-27 16:00", "2026-03-27 17:00", site=messe, who=[ivan])
    b.item("Reception", "2026-03-27 17:05", "2026-03-27 18:00", site=roemer, who=[ivan])
    p = only(check_tour(b.snapshot()), Code.TRAVEL_TOO_SHORT)
    assert "(ends 10:00 CET) to 'Reception' (starts 10:05 CET) on Fri 27 Mar" in p.message
    assert p.message.startswith("Ivan Petrov: 5 min from 'Briefing'")


def test_summer_time_says_cest() -> None:
    b, messe, roemer, _expo = frankfurt_tour()
    ivan = b.person("Ivan Petrov")
    # After 29 March Frankfurt is six hours behind Shanghai.
    b.item("Briefing", "2026-03-30 16:00", "2026-03-30 17:00", site=messe, who=[ivan])
    b.item("Reception", "2026-03-30 17:05", "2026-03-30 18:00", site=roemer, who=[ivan])
    p = only(check_tour(b.snapshot()), Code.TRAVEL_TOO_SHORT)
    assert "(ends 11:00 CEST) to 'Reception' (starts 11:05 CEST) on Mon 30 Mar" in p.message


def test_the_tours_own_zone_carries_no_abbreviation() -> None:
    b = TourBuilder()
    park = b.site("Park", 29.0, 106.0)
    zone = b.site("Zone", 29.5, 106.5)
    b.person("A")
    b.item("Walk", "2021-03-27 09:00", "2021-03-27 10:00", site=park)
    b.item("Visit", "2021-03-27 10:15", "2021-03-27 11:00", site=zone)
    p = only(check_tour(b.snapshot()), Code.TRAVEL_TOO_SHORT)
    assert "(ends 10:00) to 'Visit' (starts 10:15) on Sat 27 Mar" in p.message
    assert "CST" not in p.message


def test_per_item_problems_tell_the_items_own_time() -> None:
    b, messe, _roemer, _expo = frankfurt_tour()
    small = b.site("Small room", 50.11, 8.68, capacity=1, zone=BERLIN)
    hall = b.site("Hall", 50.11, 8.66, hours={4: [("08:00", "09:30")]}, zone=BERLIN)
    a, c = b.person("Ivan Petrov"), b.person("Anna Keller")
    b.item("Talk", "2026-03-27 16:00", "2026-03-27 17:00", site=small, who=[a, c])
    b.item("Tour", "2026-03-27 16:00", "2026-03-27 17:00", site=hall, who=[a])
    b.busy("2026-03-27 15:30", "2026-03-27 16:30", person=c)
    b.item("Late", "2026-04-02 16:00", "2026-04-02 17:00", site=messe, who=[a])
    problems = check_tour(b.snapshot())
    capacity = only(problems, Code.OVER_CAPACITY)
    assert capacity.message == (
        "'Talk' at 09:00–10:00 CET on Fri 27 Mar brings 2 people to Small room, which holds 1"
    )
    closed = only(problems, Code.SITE_CLOSED)
    assert closed.message.startswith("'Tour' at 09:00–10:00 CET on Fri 27 Mar is outside")
    busy = only(problems, Code.BUSY)
    assert "Anna Keller (Board meeting, 08:30–09:30 CET on Fri 27 Mar)" in busy.message
    outside = only(problems, Code.OUTSIDE_TOUR)
    assert outside.message.startswith("'Late' at 10:00–11:00 CEST on Thu 2 Apr is outside")


def test_a_double_booking_across_zones_tells_both_local_times() -> None:
    b, messe, _roemer, expo = frankfurt_tour()
    li = b.person("Li Wei")
    b.item("Opening", "2026-03-27 18:00", "2026-03-27 20:00", site=expo, who=[li])
    b.item("Briefing", "2026-03-27 18:00", "2026-03-27 20:00", site=messe, who=[li])
    p = only(check_tour(b.snapshot()), Code.DOUBLE_BOOKED)
    assert p.message.endswith("at 18:00–20:00 on Fri 27 Mar (11:00–13:00 CET on Fri 27 Mar)"), (
        p.message
    )


def test_a_zone_known_by_its_offset_is_shown_as_utc_plus() -> None:
    home = ZoneInfo("Asia/Shanghai")
    instant = datetime(2026, 3, 27, 6, tzinfo=UTC)
    assert wording.clock(instant, ZoneInfo("Asia/Dubai"), home) == "10:00 UTC+04"
    assert wording.clock(instant, ZoneInfo("Europe/Berlin"), home) == "07:00 CET"
    assert wording.clock(instant, home, home) == "14:00"
    assert wording.clock(instant, home) == "14:00"


def test_a_span_across_a_change_names_both_ends() -> None:
    home, berlin = ZoneInfo("Asia/Shanghai"), ZoneInfo(BERLIN)
    start = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # 01:30 CET
    end = datetime(2026, 3, 29, 2, 0, tzinfo=UTC)  # 04:00 CEST
    assert wording.span(start, end, berlin, home) == "01:30 CET–04:00 CEST on Sun 29 Mar"
    assert wording.span(start, end, berlin) == "01:30–04:00 on Sun 29 Mar"


# --- agreement in number ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("visitors", "verb"),
    [(["Ivan Petrov"], "Ivan Petrov shares"), (["Ivan Petrov", "Olga Ivanova"], "share")],
)
def test_no_interpreter_agrees_with_the_people_cut_off(visitors: list[str], verb: str) -> None:
    b = TourBuilder()
    who: list[object] = [b.person(name, languages=("ru",)) for name in visitors]
    host = b.person("Wang Jia", "host", languages=("zh",))
    b.item("Meeting", "2021-03-27 09:00", "2021-03-27 10:00", who=[*who, (host, "host")])
    p = only(check_tour(b.snapshot()), Code.NO_INTERPRETER)
    assert f"{verb} no language with the hosts)" in p.message
    assert "Petrov share no" not in p.message


def test_capacity_and_seats_count_people_and_seats_right() -> None:
    b = TourBuilder()
    booth = b.site("Booth", 29.0, 106.0, capacity=0)
    li = b.person("Li Wei")
    b.item("Call", "2021-03-27 09:00", "2021-03-27 10:00", site=booth, who=[li])
    van = b.vehicle("Van", 1)
    ride = b.item("Ride", "2021-03-27 11:00", "2021-03-27 12:00", kind="transfer", who=[li])
    b.seat(van, ride, li)
    car = b.vehicle("Car", 0)
    b.seat(car, ride, li)
    problems = check_tour(b.snapshot())
    capacity = only(problems, Code.OVER_CAPACITY)
    assert "brings 1 person to Booth, which holds 0" in capacity.message
    over = only(problems, Code.VEHICLE_OVER_CAPACITY)
    assert "seats 1 person in Car, which has 0 seats" in over.message


def test_travel_unknown_agrees_with_the_sites_without_coordinates() -> None:
    b = TourBuilder()
    nowhere = b.site("Nowhere")
    elsewhere = b.site("Elsewhere")
    park = b.site("Park", 29.0, 106.0)
    b.person("Li Wei")
    b.item("A", "2021-03-27 09:00", "2021-03-27 10:00", site=park)
    b.item("B", "2021-03-27 11:00", "2021-03-27 12:00", site=nowhere)
    b.item("C", "2021-03-27 13:00", "2021-03-27 14:00", site=elsewhere)
    messages = [p.message for p in check_tour(b.snapshot()) if p.code is Code.TRAVEL_UNKNOWN]
    assert any("Nowhere has no coordinates; geocode it" in m for m in messages)
    assert any("Nowhere and Elsewhere have no coordinates; geocode them" in m for m in messages)


def test_count_and_agree() -> None:
    assert wording.count(1, "item") == "1 item"
    assert wording.count(0, "item") == "0 items"
    assert wording.count(2, "person", "people") == "2 people"
    assert wording.count(1, "person", "people") == "1 person"
    assert wording.agree(["Ivan Petrov"], "shares", "share") == "shares"
    assert wording.agree(["A", "B"], "shares", "share") == "share"
    assert wording.agree(3, "is", "are") == "are"
