"""Time zones in calendars: every event in its own site's zone even when items in two
zones start at the same instant (aware datetimes at one instant are equal in Python, and
the writer's line cache once mixed them up), and VTIMEZONEs whose onsets are zoneinfo's
real transitions written the RFC 5545 way (local time in force before the change)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Timezone

from tests.core.builders import TourBuilder
from tests.export.ics_conformance import (
    assert_conformant,
    assert_vtimezone_matches_zoneinfo,
    unfolded,
)
from tourplanner.core.model import TourSnapshot
from tourplanner.export.ics import (
    CalendarWriter,
    Selection,
    calendar_bytes,
    event_resources,
    people_calendars,
)
from tourplanner.export.ics_zones import transitions, vtimezone, vtimezone_bytes


def two_cities(*, shanghai_first: bool) -> TourSnapshot:
    """Two teams, one in Shanghai and one in Frankfurt, whose items start and end at the
    same instants; ``shanghai_first`` decides which item the writer meets first."""
    b = TourBuilder(start=date(2026, 3, 27), end=date(2026, 3, 31))
    shanghai = b.site("Expo Centre", 31.19, 121.49)
    frankfurt = b.site("Messe Frankfurt", 50.11, 8.65, zone="Europe/Berlin")
    li = b.person("Li Wei")
    ivan = b.person("Ivan Petrov")
    slots = [
        ("2026-03-27 18:00", "2026-03-27 20:00", "2026-03-27 11:00", "2026-03-27 13:00"),
        # After Berlin's change to summer time: +02:00, six hours behind Shanghai.
        ("2026-03-30 16:00", "2026-03-30 18:00", "2026-03-30 10:00", "2026-03-30 12:00"),
    ]
    for n, (sh_start, sh_end, fr_start, fr_end) in enumerate(slots):
        made = []
        for city in (("sh",) if shanghai_first else ("fr",)) + (
            ("fr",) if shanghai_first else ("sh",)
        ):
            if city == "sh":
                item = b.item(f"Shanghai {n}", sh_start, sh_end, site=shanghai, who=[li])
            else:
                item = b.item(f"Frankfurt {n}", "2026-01-01 00:00", "2026-01-01 01:00", who=[ivan])
                berlin = ZoneInfo("Europe/Berlin")
                item = replace(
                    item,
                    site_id=frankfurt,
                    starts_at=datetime.fromisoformat(fr_start).replace(tzinfo=berlin),
                    ends_at=datetime.fromisoformat(fr_end).replace(tzinfo=berlin),
                )
                b.items[-1] = item
            made.append(item)
        assert made[0].starts_at == made[1].starts_at and made[0].ends_at == made[1].ends_at
    return b.snapshot()


@pytest.mark.parametrize("shanghai_first", [True, False])
def test_items_at_equal_instants_keep_their_own_zones(shanghai_first: bool, options) -> None:
    snap = two_cities(shanghai_first=shanghai_first)
    writer = CalendarWriter(snap, options)
    feeds = [writer.calendar(Selection.tour())]
    feeds += list(writer.people_calendars().values())
    feeds += [writer.calendar(Selection.site(s.key)) for s in snap.sites]
    for data in feeds:
        assert_conformant(data, snapshot=snap)
    for resource in writer.resources(Selection.tour()).values():
        assert_conformant(resource, method=False, snapshot=snap)
    text = "\n".join(unfolded(feeds[0]))
    assert "DTSTART;TZID=Asia/Shanghai:20260327T180000" in text
    assert "DTSTART;TZID=Europe/Berlin:20260327T110000" in text
    assert "DTEND;TZID=Europe/Berlin:20260330T120000" in text
    # Each person's calendar holds their own city's zone, and only that one.
    by_person = people_calendars(snap, options)
    zones = {
        key: [str(tz["TZID"]) for tz in Calendar.from_ical(data).walk("VTIMEZONE")]
        for key, data in by_person.items()
    }
    assert zones == {"p1": ["Asia/Shanghai"], "p2": ["Europe/Berlin"]}


def test_the_conformance_check_catches_an_item_in_the_wrong_zone(options) -> None:
    snap = two_cities(shanghai_first=True)
    data = calendar_bytes(snap, Selection.tour(), options)
    # The defect as it was seen: the Frankfurt item written with Shanghai's TZID.
    wrong = data.replace(
        b"DTSTART;TZID=Europe/Berlin:20260327T110000",
        b"DTSTART;TZID=Asia/Shanghai:20260327T180000",
    )
    assert wrong != data
    with pytest.raises(AssertionError, match="Frankfurt 0"):
        assert_conformant(wrong, snapshot=snap)
    ivan = people_calendars(snap, options)["p2"]
    orphan = ivan.replace(b"DTEND;TZID=Europe/Berlin", b"DTEND;TZID=Asia/Shanghai")
    with pytest.raises(AssertionError, match="without a VTIMEZONE"):
        assert_conformant(orphan)


# --- VTIMEZONE onsets against zoneinfo -------------------------------------------------------

ZONES_AND_YEARS = [
    ("Europe/Berlin", 2021),
    ("Europe/Berlin", 2026),
    ("Europe/London", 2027),
    ("America/New_York", 2026),
    ("America/Sao_Paulo", 2018),  # southern, before Brazil dropped DST
    ("America/Santiago", 2026),  # southern, changes at midnight
    ("Australia/Sydney", 2026),  # southern: summer time at new year
    ("Australia/Lord_Howe", 2026),  # a 30-minute change
    ("Pacific/Auckland", 2027),
    ("Africa/Casablanca", 2026),  # off and on again around Ramadan
    ("Europe/Dublin", 2026),  # tzdata's "negative" summer time
    ("Asia/Tehran", 2022),  # the last year with DST
    ("Asia/Shanghai", 2026),  # no changes at all
]


def local_onsets(part) -> list[datetime]:
    """A STANDARD or DAYLIGHT part's onsets as written: DTSTART and every RDATE."""
    found = [part["DTSTART"].dt]
    rdates = part.get("RDATE", [])
    for rdate in rdates if isinstance(rdates, list) else [rdates]:
        found += [leaf.dt for leaf in rdate.dts]
    return found


def real_changes(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """zoneinfo's offset changes, found by brute force every 15 minutes: (the first probe
    with the new offset, the offset before in minutes)."""
    found = []
    probe = start.astimezone(UTC)  # UTC: adding to a zoned datetime moves its wall clock
    offset = probe.astimezone(zone).utcoffset()
    while probe < end:
        probe += timedelta(minutes=15)
        now = probe.astimezone(zone).utcoffset()
        if now != offset:
            assert offset is not None
            found.append((probe, int(offset.total_seconds() // 60)))
            offset = now
    return found


@pytest.mark.parametrize(("tzid", "year"), ZONES_AND_YEARS)
def test_vtimezone_onsets_are_zoneinfos_transitions(tzid: str, year: int) -> None:
    first, last = date(year, 1, 1), date(year + 1, 1, 1)
    tz = vtimezone(tzid, first, last)
    zone = ZoneInfo(tzid)
    changes_from = datetime(year, 1, 1, tzinfo=zone)
    changes = real_changes(zone, changes_from, datetime(year + 1, 1, 1, tzinfo=zone))
    onsets = []
    for part in tz.subcomponents:
        before = part["TZOFFSETFROM"].td
        for local in local_onsets(part):
            instant = (local - before).replace(tzinfo=UTC)
            # The rules in force on 1 January start with a change before it (or, in a
            # zone without changes, on 1 January itself from the offset to the same).
            if instant >= changes_from and before != part["TZOFFSETTO"].td:
                onsets.append((instant, before))
    onsets.sort()
    assert len(onsets) == len(changes), (onsets, changes)
    for (instant, before), (probe, minutes_before) in zip(onsets, changes, strict=True):
        assert probe - timedelta(minutes=15) < instant <= probe
        assert before == timedelta(minutes=minutes_before)
    # Read through the VTIMEZONE alone, every hour of the year has zoneinfo's offset.
    year_start = datetime(year, 1, 1, tzinfo=UTC)
    assert_vtimezone_matches_zoneinfo(tz, year_start, datetime(year + 1, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    ("tzid", "daylight", "standard"),
    [
        # Spring: 02:00 local in force before (CET); autumn: 03:00 in force before (CEST).
        ("Europe/Berlin", datetime(2026, 3, 29, 2), datetime(2026, 10, 25, 3)),
        ("America/New_York", datetime(2026, 3, 8, 2), datetime(2026, 11, 1, 2)),
        # Southern hemisphere: summer time starts in October and ends in April.
        ("Australia/Sydney", datetime(2026, 10, 4, 2), datetime(2026, 4, 5, 3)),
    ],
)
def test_onsets_are_written_in_the_local_time_before_the_change(
    tzid: str, daylight: datetime, standard: datetime
) -> None:
    tz = Calendar.from_ical(vtimezone_bytes(tzid, date(2026, 1, 1), date(2027, 1, 1)))
    starts = {
        (part.name, local)
        for part in tz.subcomponents
        for local in local_onsets(part)
        if local.year == 2026
    }
    assert starts == {("DAYLIGHT", daylight), ("STANDARD", standard)}


@pytest.mark.parametrize("tzid", ["Europe/Berlin", "Asia/Shanghai"])
def test_the_comment_names_the_span_with_or_without_earlier_changes(tzid: str) -> None:
    """Berlin changed its clocks in the year before the span, Shanghai did not; both
    comments name the span's two days (a variable once replaced the last day with the
    earlier change)."""
    tz = vtimezone(tzid, date(2026, 1, 1), date(2027, 1, 1))
    assert str(tz["COMMENT"]) == "This timezone only works from 2026-01-01 to 2027-01-01."


def test_icalendars_own_vtimezone_fails_the_check() -> None:
    """The check can fail: icalendar's ``from_tzinfo`` writes Berlin's spring change at
    03:00 (the first local time after it), which reads as an hour late."""
    theirs = Timezone.from_tzinfo(
        ZoneInfo("Europe/Berlin"), "Europe/Berlin", date(2026, 1, 1), date(2027, 1, 1)
    )
    with pytest.raises(AssertionError, match="no change of zoneinfo"):
        assert_vtimezone_matches_zoneinfo(theirs, None, None)


def test_the_hour_after_the_spring_change_reads_right_through_the_vtimezone(options) -> None:
    b = TourBuilder(start=date(2026, 3, 28), end=date(2026, 3, 29), zone="Europe/Berlin")
    item = b.item("Early start", "2026-03-29 03:30", "2026-03-29 04:30")
    assert item.starts_at.astimezone(UTC).hour == 1  # 01:30 UTC, CEST
    data = calendar_bytes(b.snapshot(), Selection.tour(), options)
    # Renamed, so icalendar cannot look the zone up by name and must read the VTIMEZONE.
    renamed = data.replace(b"Europe/Berlin", b"Test zone like Berlin")
    event = Calendar.from_ical(renamed).walk("VEVENT")[0]
    assert "zoneinfo" not in type(event["DTSTART"].dt.tzinfo).__module__
    assert event["DTSTART"].dt.astimezone(UTC) == item.starts_at.astimezone(UTC)


def test_transitions_finds_each_change_to_the_second() -> None:
    zone = ZoneInfo("Europe/Berlin")
    found = list(
        transitions(zone, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    )
    assert [t.instant for t in found] == [
        datetime(2026, 3, 29, 1, tzinfo=UTC),
        datetime(2026, 10, 25, 1, tzinfo=UTC),
    ]
    assert [t.onset for t in found] == [datetime(2026, 3, 29, 2), datetime(2026, 10, 25, 3)]
    assert [(t.name, t.dst) for t in found] == [("CEST", timedelta(hours=1)), ("CET", timedelta())]


def test_resources_carry_the_vtimezone_of_their_own_event(options) -> None:
    snap = two_cities(shanghai_first=True)
    for uid, body in event_resources(snap, Selection.tour(), options).items():
        calendar = assert_conformant(body, method=False, snapshot=snap)
        (tz,) = calendar.walk("VTIMEZONE")
        item = next(it for it in snap.items if it.uid == uid)
        assert str(tz["TZID"]) == (
            "Europe/Berlin" if "Frankfurt" in item.title else "Asia/Shanghai"
        )


def test_people_calendars_share_their_work_and_stay_right(options) -> None:
    """One writer for every calendar (as the mail-out and sync use it) gives the same
    bytes as a fresh writer per calendar, in any order of asking."""
    snap = two_cities(shanghai_first=True)
    shared = CalendarWriter(snap, options)
    order = [Selection.person("p2"), Selection.tour(), Selection.person("p1")]
    for selection in order:
        fresh = CalendarWriter(snap, options).calendar(selection)
        assert shared.calendar(selection) == fresh
