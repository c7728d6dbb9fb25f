"""Receiving lines (hosts by precedence, then guests) and the motorcade's order of
vehicles wherever vehicles are listed (issue 19, point 6)."""

from __future__ import annotations

from dataclasses import replace

from tests.core.builders import TourBuilder
from tourplanner.core.model import Participant
from tourplanner.core.precedence import motorcade_key
from tourplanner.core.seating import receiving_line
from tourplanner.export.pdf.tour_index import TourIndex


def _ranked(b: TourBuilder, pid: int, rank: int) -> None:
    b.people[pid - 1] = replace(b.people[pid - 1], precedence=rank)


def test_a_receiving_line_is_the_hosts_by_precedence_then_the_guests() -> None:
    b = TourBuilder()
    hall = b.site("Banquet hall", 29.6, 106.5)
    deputy, mayor = b.person("Deputy Host", "host"), b.person("Mayor Host", "host")
    second, first = b.person("Second Guest"), b.person("First Guest")
    staff = b.person("Staff", "staff")
    for pid, rank in ((mayor, 1), (first, 2), (deputy, 3), (second, 4)):
        _ranked(b, pid, rank)
    everyone = [deputy, mayor, second, first, staff]
    dinner = b.item("Dinner", "2021-03-27 18:00", "2021-03-27 20:00", site=hall, kind="meal",
                    who=everyone)  # fmt: skip
    visit = b.item("Walk", "2021-03-27 10:00", "2021-03-27 11:00", site=hall, kind="visit",
                   who=everyone)  # fmt: skip
    nowhere = b.item("Call", "2021-03-27 12:00", "2021-03-27 12:30", who=everyone)
    hosts_only = b.item("Prep", "2021-03-27 16:00", "2021-03-27 17:00", site=hall,
                        who=[deputy, mayor])  # fmt: skip
    off = b.item("Toast", "2021-03-27 21:00", "2021-03-27 21:30", site=hall, kind="ceremony",
                 status="cancelled", who=everyone)  # fmt: skip
    snap = b.snapshot()
    line = receiving_line(snap, dinner)
    assert line is not None
    assert [p.full_name for p in line.hosts] == ["Mayor Host", "Deputy Host"]
    assert [p.full_name for p in line.guests] == ["First Guest", "Second Guest"]
    for item in (visit, nowhere, hosts_only, off):
        assert receiving_line(snap, item) is None, item.title
    # The run sheet carries it, by name, in that order.
    rows = {r.title: r for _day, day_rows in TourIndex(snap).runsheet().days for r in day_rows}
    assert rows["Dinner"].receiving_hosts == ("Mayor Host", "Deputy Host")
    assert rows["Dinner"].receiving_guests == ("First Guest", "Second Guest")
    assert rows["Walk"].receiving_hosts == ()


def _person(b: TourBuilder, pid: int) -> Participant:
    return b.people[pid - 1]


def test_vehicles_are_in_motorcade_order_in_the_run_sheet_and_a_delegates_list() -> None:
    b = TourBuilder()
    hotel, park = b.site("Hotel", 29.6, 106.5), b.site("Park", 29.7, 106.6)
    staff, minister, editor = b.person("Staff", "staff"), b.person("Minister"), b.person("Editor")
    walker = b.person("Unseated Delegate")
    _ranked(b, minister, 1)
    _ranked(b, editor, 2)
    b.item("Breakfast", "2021-03-27 08:00", "2021-03-27 08:30", site=hotel)
    transfer = b.item("Transfer", "2021-03-27 09:00", "2021-03-27 09:30", kind="transfer")
    b.item("Visit", "2021-03-27 10:00", "2021-03-27 11:00", site=park)
    a, z, c = b.vehicle("A van", 8), b.vehicle("Z car", 4), b.vehicle("C coach", 40)
    b.seat(a, transfer, staff, editor)
    b.seat(z, transfer, minister)
    b.seat(c, transfer, staff)  # the staff member, seated twice: the lowest rank heads it
    snap = b.snapshot()
    index = TourIndex(snap)
    (row,) = [r for _d, rows in index.runsheet().days for r in rows if r.title == "Transfer"]
    assert [v[0] for v in row.vehicles] == ["Z car", "A van", "C coach"]
    assert row.vehicles[0][2:] == (1, "Minister")
    ride = index.day_help.ride(walker, transfer, None)
    assert ride is not None and ride.vehicle == ""  # no seat: the transfer's vehicles
    assert [v.split(" · ")[0] for v in ride.vehicles] == ["Z car", "A van", "C coach"]
    # The one key: empty vehicles last, then by the key given.
    people = [_person(b, minister)]
    assert sorted([((), "b"), (people, "z"), ((), "a")], key=lambda e: motorcade_key(*e)) == [
        (people, "z"),
        ((), "a"),
        ((), "b"),
    ]
