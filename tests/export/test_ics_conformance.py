"""Every kind of .ics export is valid iCalendar: parsed back without errors, CRLF lines
folded at 75 octets on character boundaries, a VTIMEZONE for each TZID that is right
across DST changes, no property injected by user text, Chinese text intact."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from icalendar.parser import Contentline

from tests.core.builders import TourBuilder
from tests.export.ics_conformance import assert_conformant, physical_lines
from tourplanner.core.model import TourSnapshot
from tourplanner.export.ics import (
    IcsOptions,
    Selection,
    calendar_bytes,
    event_resources,
    fold,
    people_calendars,
)

KINDS = [
    Selection.tour(),
    Selection.person("dai-jiuyue"),
    Selection.person("wang-jia"),
    Selection.person("sun-li"),
    Selection.site("belt-road-centre"),
    Selection.site("nusri-chongqing"),
    Selection.group("group-a"),
    Selection.group("press-pool"),
]


@pytest.mark.parametrize("selection", KINDS, ids=lambda s: f"{s.kind}-{s.key}")
def test_every_export_kind_conforms(sample: TourSnapshot, options, selection) -> None:
    data = calendar_bytes(sample, selection, options)
    calendar = assert_conformant(data)
    assert calendar.walk("VEVENT")
    for uid, resource in event_resources(sample, selection, options).items():
        assert str(assert_conformant(resource, method=False).walk("VEVENT")[0]["UID"]) == uid


def test_every_persons_calendar_conforms(sample: TourSnapshot, options) -> None:
    for data in people_calendars(sample, options).values():
        assert_conformant(data)


def test_chinese_text_survives_the_round_trip(sample: TourSnapshot, options) -> None:
    data = calendar_bytes(sample, Selection.tour(), options)
    events = {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    for item in sample.items:
        event = events[item.uid]
        assert str(event["SUMMARY"]) == item.title
        if item.local_title:
            assert item.local_title in str(event["DESCRIPTION"])
        site = sample.sites_by_id.get(item.site_id) if item.site_id else None
        if site is not None and site.local_name:
            assert site.local_name in str(event["LOCATION"])
    assert "礼嘉智慧公园" in data.decode("utf-8").replace("\r\n ", "")


def test_long_chinese_lines_fold_between_characters(options) -> None:
    b = TourBuilder()
    title = "行走中国·海外华文媒体高层重庆行：两江新区绿色发展座谈会" * 6
    b.item(title, "2021-03-27 10:00", "2021-03-27 11:00")
    data = calendar_bytes(b.snapshot(), Selection.tour(), options)
    assert_conformant(data)
    folded = [line for line in physical_lines(data) if line.startswith(b" ")]
    assert len(folded) > 5
    assert str(Calendar.from_ical(data).walk("VEVENT")[0]["SUMMARY"]) == title


@pytest.mark.parametrize(
    "evil",
    [
        "Lunch\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected\r\nSUMMARY:Fake",
        "Lunch\nATTENDEE:mailto:spy@example.com",
        "Lunch; ATTENDEE=x, y: z\\nSTATUS:CANCELLED",
        "Lunch\rLOCATION:Elsewhere\x00\x0b",
    ],
)
def test_user_text_cannot_create_properties(evil: str, options) -> None:
    b = TourBuilder()
    site = b.site(evil, 29.0, 106.0)
    b.person(evil)
    item = b.item(evil, "2021-03-27 10:00", "2021-03-27 11:00", site=site)
    item = replace(item, description=evil, dress_code=evil, local_title=evil)
    snap = replace(b.snapshot(), items=(item,))
    for data in (
        calendar_bytes(snap, Selection.tour(), options),
        calendar_bytes(snap, Selection.person("p1"), options),
        *event_resources(snap, Selection.tour(), options).values(),
    ):
        calendar = assert_conformant(data, method=b"METHOD:" in data)
        (event,) = calendar.walk("VEVENT")
        assert str(event["UID"]) == item.uid
        assert str(event["STATUS"]) == "CONFIRMED"
        assert "spy@example.com" not in [str(a) for a in event.get("ATTENDEE", [])]
        clean = evil.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        clean = clean.replace("\x0b", "")
        assert str(event["SUMMARY"]) == clean
        assert str(event["LOCATION"]).startswith(clean)
        names = [line.split(b":", 1)[0].split(b";", 1)[0] for line in physical_lines(data)]
        assert b"UID" in names and names.count(b"UID") == 1
        assert names.count(b"BEGIN") == names.count(b"END")


@pytest.mark.parametrize(
    ("zone", "before", "after", "offsets"),
    [
        # The last Sunday of March: Berlin goes from +01:00 to +02:00.
        ("Europe/Berlin", "2021-03-27 10:00", "2021-03-29 10:00", ("+0100", "+0200")),
        # The second Sunday of March: New York goes from -05:00 to -04:00.
        ("America/New_York", "2021-03-13 10:00", "2021-03-15 10:00", ("-0500", "-0400")),
    ],
)
def test_dst_zone_gets_standard_and_daylight_and_the_right_instants(
    zone: str, before: str, after: str, offsets: tuple[str, str], options
) -> None:
    start = datetime.fromisoformat(before).date()
    end = datetime.fromisoformat(after).date()
    b = TourBuilder(start=start, end=end, zone=zone)
    first = b.item("Before the change", before, before.replace("10:00", "11:00"))
    second = b.item("After the change", after, after.replace("10:00", "11:00"))
    data = calendar_bytes(b.snapshot(), Selection.tour(), options)
    calendar = assert_conformant(data)
    (tz,) = calendar.walk("VTIMEZONE")
    assert str(tz["TZID"]) == zone
    parts = {c.name for c in tz.subcomponents}
    assert {"STANDARD", "DAYLIGHT"} <= parts
    text = data.decode()
    assert f"TZOFFSETTO:{offsets[0]}" in text and f"TZOFFSETTO:{offsets[1]}" in text
    # Local wall-clock 10:00 on both days, one hour apart in UTC.
    assert f"DTSTART;TZID={zone}:{start:%Y%m%d}T100000" in text
    assert f"DTSTART;TZID={zone}:{end:%Y%m%d}T100000" in text
    # Read the times through the VTIMEZONE alone: rename the TZID so no reader can fall
    # back on its own copy of the zone, then check the UTC instants.
    # (icalendar remembers zones by TZID for the whole process: one name per zone.)
    renamed = data.replace(zone.encode(), f"Test zone like {zone}".encode())
    parsed = Calendar.from_ical(renamed)
    found = {str(e["SUMMARY"]): e["DTSTART"].dt for e in parsed.walk("VEVENT")}
    assert "zoneinfo" not in type(found["Before the change"].tzinfo).__module__
    assert found["Before the change"].astimezone(UTC) == first.starts_at.astimezone(UTC)
    assert found["After the change"].astimezone(UTC) == second.starts_at.astimezone(UTC)
    # Two days later on the wall clock, an hour fewer in real time.
    assert second.starts_at.astimezone(UTC) - first.starts_at.astimezone(UTC) == timedelta(hours=47)


def test_items_in_several_zones_get_a_vtimezone_each(options) -> None:
    b = TourBuilder(zone="Asia/Shanghai")
    berlin = b.site("Berlin office", 52.5, 13.4, zone="Europe/Berlin")
    b.item("Shanghai call", "2021-03-27 09:00", "2021-03-27 10:00")
    # Given in the tour's zone, shown in the site's.
    b.item("Berlin call", "2021-03-28 20:00", "2021-03-28 21:00", site=berlin)
    data = calendar_bytes(b.snapshot(), Selection.tour(), options)
    calendar = assert_conformant(data)
    assert sorted(str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")) == [
        "Asia/Shanghai",
        "Europe/Berlin",
    ]
    berlin_event = next(e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == "Berlin call")
    assert berlin_event["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_a_utc_tour_needs_no_vtimezone(options) -> None:
    b = TourBuilder(zone="UTC")
    b.item("Call", "2021-03-27 09:00", "2021-03-27 10:00")
    data = calendar_bytes(b.snapshot(), Selection.tour(), IcsOptions(dtstamp=options.dtstamp))
    calendar = assert_conformant(data)
    assert b"DTSTART:20210327T090000Z" in data
    assert calendar.walk("VTIMEZONE") == []


# Hypothesis's 100 examples (HYPOTHESIS_PROFILE=thorough: 1000): a text of up to 400
# characters of 1 to 4 bytes folds several times, so each example puts a handful of
# characters on a fold boundary; 12 characters make few kinds of boundary.
@settings(deadline=None)
@given(st.text(alphabet='ab ,;:\\^"é礼😀\u00ad\t', max_size=400))
def test_fold_gives_icalendars_bytes(text: str) -> None:
    line = Contentline("DESCRIPTION:" + text)
    assert fold(line.encode("utf-8")) == line.to_ical()


HOSTILE = "x" + "".join(map(chr, range(32))) + '\x7f\ud800\u2028:;,\\^"y'


def test_hostile_stored_text_in_every_field_breaks_no_calendar(options) -> None:
    """Whatever a database holds from before entry checked it (every C0 control, CR/LF,
    DEL, a lone surrogate, delimiters, in every text field; emails with line breaks),
    every kind of calendar stays valid, with one event per item and nothing injected."""
    b = TourBuilder()
    site = b.site("Site", 29.0, 106.0)
    person = b.person("Person")
    b.group("Group", [person])
    b.item("Item", "2021-03-27 10:00", "2021-03-27 11:00", site=site, who=["delegation"])
    snap = b.snapshot()

    def spoil(record, *names: str):
        return replace(record, **{name: HOSTILE + name for name in names})

    bad_mail = "a@example.org\r\nATTENDEE:mailto:spy@example.com"
    snap = replace(
        snap,
        tour=replace(
            spoil(snap.tour, "name", "organiser_name", "organiser_phone"),
            organiser_email=bad_mail,
        ),
        sites=tuple(
            spoil(s, "name", "local_name", "address", "contact_name", "contact_phone")
            for s in snap.sites
        ),
        participants=tuple(
            replace(spoil(p, "full_name"), email=bad_mail) for p in snap.participants
        ),
        groups=tuple(spoil(g, "name") for g in snap.groups),
        items=tuple(
            spoil(it, "title", "local_title", "description", "dress_code") for it in snap.items
        ),
    )
    outputs = [
        calendar_bytes(snap, selection, options)
        for selection in (
            Selection.tour(),
            Selection.person(snap.participants[0].key),
            Selection.site(snap.sites[0].key),
            Selection.group(snap.groups[0].key),
        )
    ]
    outputs += list(people_calendars(snap, options).values())
    resources = list(
        event_resources(snap, Selection.person(snap.participants[0].key), options).values()
    )
    for data in outputs + resources:
        calendar = assert_conformant(data, method=b"METHOD:" in data, snapshot=snap)
        (event,) = calendar.walk("VEVENT")
        assert str(event["SUMMARY"]).startswith("x") and str(event["SUMMARY"]).endswith("title")
        assert b"spy@example.com" not in data.replace(b"\r\n ", b"")
        names = [line.split(b":", 1)[0].split(b";", 1)[0] for line in physical_lines(data)]
        assert b"ATTENDEE" in names and names.count(b"ORGANIZER") == 1
        assert names.count(b"BEGIN") == names.count(b"END")
