"""Each check rule, firing and not firing, with the edge cases: touching items, midnight,
other timezones and cancelled items."""

from __future__ import annotations

import pytest

from tests.core.builders import TourBuilder
from tourplanner.core.checks import check_tour
from tourplanner.core.model import TravelSettings
from tourplanner.core.problems import SEVERITY, Code, Problem, Severity

# Two sites about 10 km apart: 10.0 km x 1.4 / 30 km/h = 28 min + 5 boarding = 33 min,
# so a gap needs 38 min with the 5 min buffer.
LIJIA = (29.660, 106.490)
CLCIZ = (29.750, 106.490)


def codes(problems: list[Problem]) -> list[str]:
    return [p.code.value for p in problems]


def only(problems: list[Problem], code: Code) -> list[Problem]:
    return [p for p in problems if p.code is code]


class TestDoubleBooked:
    def test_overlap_through_delegation_and_name_is_found_with_a_clear_message(self) -> None:
        t = TourBuilder()
        dai = t.person("Dai Jiuyue")
        park = t.site("Lijia Smart Park", *LIJIA)
        t.item("Lijia Smart Park", "2021-03-27 10:00", "2021-03-27 12:00", site=park)
        t.item(
            "Lunch with hosts", "2021-03-27 11:30", "2021-03-27 13:00", site=park, kind="meal",
            who=[dai],
        )  # fmt: skip
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.DOUBLE_BOOKED and p.severity is Severity.ERROR
        assert p.message == (
            "Dai Jiuyue is in 'Lijia Smart Park' and 'Lunch with hosts' "
            "at 11:30–12:00 on Sat 27 Mar"
        )
        assert p.item_ids == (1, 2) and p.participant_ids == (dai,)

    def test_group_and_host_roles_count_too(self) -> None:
        t = TourBuilder()
        a, host = t.person("A"), t.person("Wang Jia", "host")
        g = t.group("Group A", [a])
        t.item("Talk", "2021-03-27 10:00", "2021-03-27 11:00", who=[("group", g), (host, "host")])
        t.item("Tea", "2021-03-27 10:30", "2021-03-27 11:30", kind="meal", who=[(host, "host")])
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.DOUBLE_BOOKED and p.participant_ids == (host,)

    def test_items_that_touch_do_not_overlap(self) -> None:
        t = TourBuilder()
        t.person("A")
        t.item("One", "2021-03-27 10:00", "2021-03-27 11:00")
        t.item("Two", "2021-03-27 11:00", "2021-03-27 12:00")
        assert check_tour(t.snapshot()) == []

    def test_cancelled_items_are_ignored(self) -> None:
        t = TourBuilder()
        t.person("A")
        t.item("One", "2021-03-27 10:00", "2021-03-27 11:00")
        t.item("Two", "2021-03-27 10:30", "2021-03-27 12:00", status="cancelled")
        assert check_tour(t.snapshot()) == []

    def test_accommodation_is_background(self) -> None:
        t = TourBuilder()
        t.person("A")
        t.item("Hotel", "2021-03-27 20:00", "2021-03-28 08:00", kind="accommodation")
        t.item("Late talk", "2021-03-27 21:00", "2021-03-27 22:00", kind="meeting")
        assert check_tour(t.snapshot()) == []

    def test_overlap_across_midnight(self) -> None:
        t = TourBuilder()
        t.person("A")
        t.item("Night train", "2021-03-27 23:00", "2021-03-28 01:00", kind="transfer")
        t.item("Call", "2021-03-28 00:30", "2021-03-28 00:45", kind="meeting")
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.DOUBLE_BOOKED and "00:30–00:45 on Sun 28 Mar" in p.message

    def test_times_are_compared_as_instants_across_timezones(self) -> None:
        t = TourBuilder()
        t.person("A")
        t.item("Shanghai call", "2021-03-27 16:00", "2021-03-27 17:00", kind="meeting")
        berlin = t.item("Berlin call", "2021-03-27 09:00", "2021-03-27 09:30", kind="meeting")
        # 09:00 in Berlin (UTC+1 in March) is 16:00 in Shanghai.
        t.items[-1] = berlin.__class__(**{
            **{f: getattr(berlin, f) for f in berlin.__dataclass_fields__},
            "starts_at": t.at("2021-03-27 09:00", "Europe/Berlin"),
            "ends_at": t.at("2021-03-27 09:30", "Europe/Berlin"),
        })  # fmt: skip
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.DOUBLE_BOOKED and "16:00–16:30" in p.message

    def test_many_people_in_one_problem(self) -> None:
        t = TourBuilder()
        for name in ("Ann", "Bo", "Cy", "Di", "Ed"):
            t.person(name)
        t.item("One", "2021-03-27 10:00", "2021-03-27 11:00")
        t.item("Two", "2021-03-27 10:30", "2021-03-27 12:00")
        (p,) = check_tour(t.snapshot())
        assert p.message.startswith("Ann, Bo, Cy and 2 others are in 'One' and 'Two'")


class TestTravel:
    def test_gap_shorter_than_travel_says_how_many_minutes_are_missing(self) -> None:
        t = TourBuilder()
        t.person("Shang Yong")
        park, zone = t.site("Lijia", *LIJIA), t.site("CLCIZ", *CLCIZ)
        t.item("Park", "2021-03-27 09:00", "2021-03-27 10:00", site=park)
        t.item("Zone", "2021-03-27 10:20", "2021-03-27 11:00", site=zone)
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.TRAVEL_TOO_SHORT
        assert "20 min from 'Park'" in p.message and "Lijia → CLCIZ needs 33 min" in p.message
        assert p.message.endswith("18 min missing")

    def test_enough_gap_is_fine_and_transfers_in_between_do_not_break_the_leg(self) -> None:
        t = TourBuilder()
        t.person("A")
        park, zone = t.site("Lijia", *LIJIA), t.site("CLCIZ", *CLCIZ)
        t.item("Park", "2021-03-27 09:00", "2021-03-27 10:00", site=park)
        t.item("Bus", "2021-03-27 10:00", "2021-03-27 10:35", kind="transfer")
        t.item("Zone", "2021-03-27 10:38", "2021-03-27 11:00", site=zone)
        assert check_tour(t.snapshot()) == []

    def test_buffer_and_speed_come_from_the_tour(self) -> None:
        t = TourBuilder(travel=TravelSettings(speed_kmh=60, buffer_minutes=0, boarding_minutes=0))
        t.person("A")
        park, zone = t.site("Lijia", *LIJIA), t.site("CLCIZ", *CLCIZ)
        t.item("Park", "2021-03-27 09:00", "2021-03-27 10:00", site=park)
        t.item("Zone", "2021-03-27 10:15", "2021-03-27 11:00", site=zone)  # needs 14 min
        assert check_tour(t.snapshot()) == []

    def test_an_override_wins_in_both_directions(self) -> None:
        t = TourBuilder()
        t.person("A")
        park, zone = t.site("Lijia", *LIJIA), t.site("CLCIZ", *CLCIZ)
        t.override(zone, park, 10)
        t.item("Park", "2021-03-27 09:00", "2021-03-27 10:00", site=park)
        t.item("Zone", "2021-03-27 10:15", "2021-03-27 11:00", site=zone)
        assert check_tour(t.snapshot()) == []
        t.override(park, zone, 90)
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.TRAVEL_TOO_SHORT and p.message.endswith("80 min missing")

    def test_missing_coordinates_warn_instead_of_crashing(self) -> None:
        t = TourBuilder()
        t.person("A")
        park, hotel = t.site("Lijia", *LIJIA), t.site("Hotel")
        t.item("Park", "2021-03-27 09:00", "2021-03-27 10:00", site=park)
        t.item("Check-in", "2021-03-27 12:00", "2021-03-27 12:30", site=hotel, kind="meeting")
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.TRAVEL_UNKNOWN and p.severity is Severity.WARNING
        assert "Hotel has no coordinates" in p.message

    def test_same_site_needs_no_travel(self) -> None:
        t = TourBuilder()
        t.person("A")
        park = t.site("Lijia", *LIJIA)
        t.item("Walk", "2021-03-27 09:00", "2021-03-27 10:00", site=park)
        t.item("Talk", "2021-03-27 10:00", "2021-03-27 11:00", site=park, kind="meeting")
        assert check_tour(t.snapshot()) == []


class TestSiteClosed:
    SAT, SUN = 5, 6

    def test_outside_hours_and_closed_days(self) -> None:
        t = TourBuilder()
        t.person("A")
        nusri = t.site(
            "NUSRI Chongqing", hours={self.SAT: [("09:00", "12:00"), ("14:00", "17:30")]}
        )
        t.item("Morning", "2021-03-27 09:00", "2021-03-27 12:00", site=nusri)
        t.item("Lunchtime", "2021-03-27 11:30", "2021-03-27 12:30", site=nusri, kind="meeting")
        t.item("Sunday", "2021-03-28 10:00", "2021-03-28 11:00", site=nusri)
        problems = check_tour(t.snapshot())
        assert codes(problems) == ["double-booked", "site-closed", "site-closed"]
        closed = only(problems, Code.SITE_CLOSED)
        assert [p.item_ids for p in closed] == [(2,), (3,)]
        assert "outside the opening hours of NUSRI Chongqing (Sat 09:00–12:00, 14:00–17:30)" in (
            closed[0].message
        )
        assert closed[1].message.endswith("NUSRI Chongqing is closed on Sundays")

    def test_hours_are_read_in_the_sites_own_zone(self) -> None:
        t = TourBuilder()
        t.person("A")
        berlin = t.site(
            "Berlin office", hours={self.SAT: [("09:00", "17:00")]}, zone="Europe/Berlin"
        )
        t.item("Call", "2021-03-27 17:00", "2021-03-27 18:00", site=berlin, kind="meeting")
        assert check_tour(t.snapshot()) == []  # 10:00–11:00 in Berlin
        t.item("Late", "2021-03-28 01:00", "2021-03-28 02:00", site=berlin, kind="meeting")
        assert codes(check_tour(t.snapshot())) == ["site-closed"]  # 18:00 Sat in Berlin

    def test_items_across_midnight_are_not_inside_one_day(self) -> None:
        t = TourBuilder()
        t.person("A")
        bar = t.site("Bar", hours={self.SAT: [("18:00", "23:59")], self.SUN: [("00:00", "02:00")]})
        t.item("Night out", "2021-03-27 23:00", "2021-03-28 01:00", site=bar, kind="meal")
        assert codes(check_tour(t.snapshot())) == ["site-closed"]

    def test_no_hours_means_no_restriction_and_transfers_are_exempt(self) -> None:
        t = TourBuilder()
        t.person("A")
        open_site = t.site("Anywhere", *LIJIA)
        shut = t.site("Shut", *LIJIA, hours={0: [("09:00", "10:00")]})
        t.item("Visit", "2021-03-27 03:00", "2021-03-27 04:00", site=open_site)
        t.item("Drop-off", "2021-03-27 05:00", "2021-03-27 05:30", site=shut, kind="transfer")
        assert check_tour(t.snapshot()) == []


class TestOtherRules:
    def test_outside_tour(self) -> None:
        t = TourBuilder()
        t.person("A")
        t.item("Early", "2021-03-26 23:30", "2021-03-27 00:30")
        t.item("Last", "2021-03-28 23:00", "2021-03-29 00:00")  # ends exactly at midnight
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.OUTSIDE_TOUR and "(27 Mar – 28 Mar 2021)" in p.message

    def test_over_capacity(self) -> None:
        t = TourBuilder()
        for n in range(3):
            t.person(f"P{n}")
        room = t.site("Room", capacity=3)
        t.item("Fits", "2021-03-27 09:00", "2021-03-27 10:00", site=room)
        small = t.site("Cupboard", capacity=2)
        t.item("Too many", "2021-03-27 12:00", "2021-03-27 13:00", site=small)
        (p,) = only(check_tour(t.snapshot()), Code.OVER_CAPACITY)
        assert p.code is Code.OVER_CAPACITY and "brings 3 people to Cupboard, which holds 2" in (
            p.message
        )

    def test_busy_person_and_busy_site(self) -> None:
        t = TourBuilder()
        wang = t.person("Wang Jia", "host")
        hall = t.site("Hall")
        t.busy("2021-03-27 09:00", "2021-03-27 12:00", person=wang)
        t.busy("2021-03-28 18:00", "2021-03-28 21:00", site=hall)
        t.item("Meeting", "2021-03-27 11:30", "2021-03-27 12:30", who=[(wang, "host")])
        t.item("After", "2021-03-27 12:30", "2021-03-27 13:00", site=hall, who=[(wang, "host")])
        t.item("Gala", "2021-03-28 17:00", "2021-03-28 18:30", site=hall, who=[wang])
        problems = check_tour(t.snapshot())
        assert codes(problems) == ["busy", "busy"]
        assert "Wang Jia (Board meeting, 09:00–12:00 on Sat 27 Mar)" in problems[0].message
        assert "Hall (Board meeting" in problems[1].message

    def test_no_interpreter_and_an_interpreter_who_covers_both(self) -> None:
        t = TourBuilder()
        shang = t.person("Shang Yong", languages=("ru",))
        host = t.person("Wang Jia", "host", languages=("zh", "en"))
        t.item("Meeting", "2021-03-27 09:00", "2021-03-27 10:00", who=[shang, (host, "host")])
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.NO_INTERPRETER and p.severity is Severity.WARNING
        assert "(Shang Yong shares no language with the hosts)" in p.message
        li = t.person("Li Na", "interpreter", languages=("ru", "zh"))
        t.item("Tea", "2021-03-27 11:00", "2021-03-27 12:00", who=[shang, (host, "host"), li])
        assert codes(check_tour(t.snapshot())) == ["no-interpreter"]  # only the first item

    def test_common_language_needs_no_interpreter(self) -> None:
        t = TourBuilder()
        a = t.person("A", languages=("zh", "ru"))
        h = t.person("H", "host", languages=("zh",))
        t.item("Meeting", "2021-03-27 09:00", "2021-03-27 10:00", who=[a, (h, "host")])
        assert check_tour(t.snapshot()) == []

    def test_empty_items(self) -> None:
        t = TourBuilder()
        t.person("A")
        t.item("Nobody", "2021-03-27 09:00", "2021-03-27 10:00", kind="meeting", who=[])
        t.item("Nowhere", "2021-03-27 11:00", "2021-03-27 12:00", kind="visit")
        problems = check_tour(t.snapshot())
        assert codes(problems) == ["empty-item", "empty-item"]
        assert problems[0].message.endswith("has no attendees")
        assert problems[1].message.endswith("is a visit with no site")

    def test_cancelled_items_raise_nothing(self) -> None:
        t = TourBuilder()
        t.item("Nobody", "2021-03-26 09:00", "2021-03-26 10:00", status="cancelled", who=[])
        assert check_tour(t.snapshot()) == []


class TestVehicles:
    """Transfers that seat people in vehicles: the problems the vehicle manifest flags."""

    def tour(self) -> tuple[TourBuilder, list[int], int]:
        t = TourBuilder()
        people = [t.person(name) for name in ("Ann", "Boris", "Chen", "Dai")]
        driver = t.person("Dmitri", "driver")
        return t, people, driver

    def transfer(self, t: TourBuilder, **kw: object):
        return t.item(
            "Transfer: hotel to Lijia", "2021-03-27 08:30", "2021-03-27 09:00",
            kind="transfer", **kw,
        )  # fmt: skip

    def test_everyone_seated_within_the_seats_is_fine_and_the_driver_needs_no_seat(self) -> None:
        t, (a, b, c, d), driver = self.tour()
        coach = t.vehicle("Coach 1", seats=2, driver=driver)
        van = t.vehicle("Van", seats=2)
        item = self.transfer(t)  # the whole delegation, the driver included
        t.seat(coach, item, a, b)
        t.seat(van, item, c, d)
        assert check_tour(t.snapshot()) == []

    def test_over_full_vehicle_is_an_error_naming_vehicle_and_seats(self) -> None:
        t, (a, b, c, d), driver = self.tour()
        coach = t.vehicle("Coach 1", seats=3, driver=driver)
        item = self.transfer(t)
        t.seat(coach, item, a, b, c, d)
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.VEHICLE_OVER_CAPACITY and p.severity is Severity.ERROR
        assert p.message == (
            "'Transfer: hotel to Lijia' at 08:30–09:00 on Sat 27 Mar seats 4 people in "
            "Coach 1, which has 3 seats"
        )
        assert p.item_ids == (item.id,) and p.participant_ids == (a, b, c, d)

    def test_people_seated_but_not_on_the_transfer_take_seats_too(self) -> None:
        t, (a, b, c, _), _ = self.tour()
        van = t.vehicle("Van", seats=2)
        item = self.transfer(t, who=[a, b])
        t.seat(van, item, a, b, c)
        problems = check_tour(t.snapshot())
        assert codes(problems) == ["seated-not-attending", "vehicle-over-capacity"]
        assert problems[0].severity is Severity.WARNING
        assert problems[0].message == (
            "'Transfer: hotel to Lijia' at 08:30–09:00 on Sat 27 Mar: Chen is seated in Van "
            "but not on this transfer"
        )
        assert problems[0].participant_ids == (c,)
        assert "seats 3 people in Van, which has 2 seats" in problems[1].message

    def test_travellers_without_a_seat_are_a_warning(self) -> None:
        t, (a, b, c, d), driver = self.tour()
        coach = t.vehicle("Coach 1", seats=10, driver=driver)
        item = self.transfer(t)
        t.seat(coach, item, a)
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.UNSEATED and p.severity is Severity.WARNING
        assert p.message == (
            "'Transfer: hotel to Lijia' at 08:30–09:00 on Sat 27 Mar: Boris, Chen and Dai "
            "have no seat in any vehicle"
        )
        assert p.participant_ids == (b, c, d)
        t.seat(coach, item, b, c)
        (p,) = check_tour(t.snapshot())
        assert p.message.endswith(": Dai has no seat in any vehicle")

    def test_a_person_seated_in_two_vehicles_is_an_error(self) -> None:
        t, (a, b, c, d), _ = self.tour()
        coach, van = t.vehicle("Coach 1", seats=10), t.vehicle("Van", seats=10)
        item = self.transfer(t)
        t.seat(coach, item, a, b, c, d)
        t.seat(van, item, b)
        (p,) = check_tour(t.snapshot())
        assert p.code is Code.SEATED_TWICE and p.severity is Severity.ERROR
        assert p.message == (
            "'Transfer: hotel to Lijia' at 08:30–09:00 on Sat 27 Mar: Boris is seated more "
            "than once (Coach 1 and Van)"
        )
        assert p.participant_ids == (b,)

    def test_transfers_without_seats_other_kinds_and_cancelled_items_are_not_checked(
        self,
    ) -> None:
        t, (a, b, *_), _ = self.tour()
        van = t.vehicle("Van", seats=1)
        self.transfer(t)  # nobody seated for it: the vehicles are not used
        visit = t.item("Visit", "2021-03-27 10:00", "2021-03-27 11:00", site=t.site("Park"))
        t.seat(van, visit, a, b)  # not a transfer: the manifests ignore it
        gone = t.item(
            "Cancelled transfer", "2021-03-27 12:00", "2021-03-27 12:30", kind="transfer",
            status="cancelled",
        )  # fmt: skip
        t.seat(van, gone, a, b)
        assert check_tour(t.snapshot()) == []

    def test_the_checker_and_the_manifest_flag_the_same_things(self) -> None:
        from tourplanner.core.manifests import vehicle_manifests

        t, (a, b, c, d), _ = self.tour()
        coach, van = t.vehicle("Coach 1", seats=1), t.vehicle("Van", seats=5)
        item = self.transfer(t, who=[a, b, c])
        t.seat(coach, item, a, d)
        t.seat(van, item, a)
        (manifest,) = vehicle_manifests(t.snapshot())
        assert len(manifest.problems) == len(check_tour(t.snapshot())) == 4


@pytest.mark.parametrize("kind", ["meal", "meeting", "ceremony", "visit"])
def test_every_blocking_kind_can_double_book(kind: str) -> None:
    t = TourBuilder()
    t.person("A")
    t.item("One", "2021-03-27 10:00", "2021-03-27 11:00", kind="meeting")
    t.item("Two", "2021-03-27 10:59", "2021-03-27 12:00", kind=kind, site=t.site("S"))
    assert codes(check_tour(t.snapshot())) == ["double-booked"]


def test_every_code_has_a_severity() -> None:
    assert set(SEVERITY) == set(Code)
