"""The .ics exports of the sample tour and of small built tours: what goes in each
calendar, what each event says, privacy, and stable re-exports."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from tests.core.builders import TourBuilder
from tests.export.conftest import STAMP
from tests.export.ics_conformance import assert_conformant, unfolded, without_dtstamp
from tourplanner.core.enums import ItemStatus
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.model import TourSnapshot
from tourplanner.export.ics import (
    CalendarWriter,
    IcsOptions,
    Selection,
    calendar_bytes,
    event_resources,
    group_calendar,
    people_calendars,
    person_calendar,
    selected_items,
    site_calendar,
    tour_calendar,
)


def events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def uids(data: bytes) -> set[str]:
    return {str(e["UID"]) for e in events(data)}


def person_id(snap: TourSnapshot, key: str) -> int:
    return next(p.id for p in snap.participants if p.key == key)


def site_id(snap: TourSnapshot, key: str) -> int:
    return next(s.id for s in snap.sites if s.key == key)


def by_title(data: bytes, title: str):
    return next(e for e in events(data) if str(e["SUMMARY"]) == title)


# --- what each calendar holds ----------------------------------------------------------


def test_a_delegates_calendar_holds_only_their_own_items(sample: TourSnapshot, options) -> None:
    dai = person_id(sample, "dai-jiuyue")
    data = person_calendar(sample, "dai-jiuyue", options)
    expected = {it.uid for it in sample.items if dai in sample.attendee_ids(it)}
    assert uids(data) == expected
    titles = {str(e["SUMMARY"]) for e in events(data)}
    assert "Interview with iChongqing: Dai Jiuyue" in titles
    assert "Free time in the bonded-goods halls (Group A)" in titles
    assert "Press interviews (Group B)" not in titles
    assert len(expected) < len(sample.items)


def test_a_site_hosts_calendar_holds_only_the_visits_to_their_site(
    sample: TourSnapshot,
    options,
) -> None:
    site = site_id(sample, "belt-road-centre")
    data = site_calendar(sample, "belt-road-centre", options)
    assert uids(data) == {it.uid for it in sample.items if it.site_id == site}
    for event in events(data):
        assert str(event["LOCATION"]).startswith(
            "Belt and Road Commodity Exhibition and Trading Center"
        )
    # Wang Jia hosts NUSRI: her own calendar is the one meeting there.
    wang = person_calendar(sample, "wang-jia", options)
    assert [str(e["SUMMARY"]) for e in events(wang)] == ["Meeting at NUSRI Chongqing"]
    nusri = site_calendar(sample, "nusri-chongqing", options)
    assert uids(nusri) == uids(wang)


def test_a_group_calendar_holds_what_the_group_attends(sample: TourSnapshot, options) -> None:
    group_a = {str(e["SUMMARY"]) for e in events(group_calendar(sample, "group-a", options))}
    assert "Free time in the bonded-goods halls (Group A)" in group_a
    assert "Visit to Lijia Smart Park" in group_a  # the whole delegation, so all of group A
    assert "Press interviews (Group B)" not in group_a
    assert "Interview with iChongqing: Dai Jiuyue" not in group_a  # one member only
    press = {str(e["SUMMARY"]) for e in events(group_calendar(sample, "press-pool", options))}
    assert "Visit to Lijia Smart Park" in press  # names the press pool
    assert "Hotel check-in and breakfast" not in press  # delegation only: no press pool


def test_the_whole_tour_holds_every_item_in_time_order(sample: TourSnapshot, options) -> None:
    data = tour_calendar(sample, options)
    starts = [e["DTSTART"].dt for e in events(data)]
    assert len(starts) == len(sample.items)
    assert starts == sorted(starts)


def test_an_unknown_key_is_a_one_line_error(sample: TourSnapshot) -> None:
    for selection in (Selection.person("nobody"), Selection.site("x"), Selection.group("y")):
        with pytest.raises(NotFoundError, match=r"no (participant|site|group) with key"):
            calendar_bytes(sample, selection)


# --- the calendar and its events --------------------------------------------------------


def test_calendar_properties(sample: TourSnapshot, options) -> None:
    lines = unfolded(person_calendar(sample, "dai-jiuyue", options))
    assert lines[0] == "BEGIN:VCALENDAR"
    assert "METHOD:PUBLISH" in lines
    assert "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:-//Tourplanner//") for line in lines)
    assert (
        "X-WR-CALNAME:Walking in China·2021 Overseas Chinese Media High-Level Chongqing "
        "Tour: Dai Jiuyue" in lines
    )
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H" in lines
    assert "X-PUBLISHED-TTL:PT6H" in lines
    hourly = unfolded(tour_calendar(sample, replace(options, refresh_hours=1)))
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in hourly
    assert "X-PUBLISHED-TTL:PT1H" in hourly


def test_event_properties(sample: TourSnapshot, options) -> None:
    data = person_calendar(sample, "dai-jiuyue", options)
    item = next(it for it in sample.items if it.title == "Meeting at NUSRI Chongqing")
    event = by_title(data, "Meeting at NUSRI Chongqing")
    assert str(event["UID"]) == item.uid
    assert int(event["SEQUENCE"]) == item.sequence
    assert event["DTSTAMP"].dt == STAMP
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event["DTSTART"].dt == item.starts_at
    assert event["DTEND"].dt == item.ends_at
    assert str(event["LOCATION"]) == (
        "National University of Singapore (Chongqing) Research Institute (NUSRI Chongqing) "
        "(新加坡国立大学（重庆）研究院), Chongqing Liangjiang Collaborative Innovation Zone, "
        "Liangjiang New Area, Chongqing, China"
    )
    assert (event["GEO"].latitude, event["GEO"].longitude) == (29.687, 106.779)
    assert [str(c) for c in event.categories] == ["Meeting"]
    assert str(event["STATUS"]) == "CONFIRMED"
    organizer = event["ORGANIZER"]
    assert str(organizer) == "mailto:tour-office@example.org"
    assert organizer.params["CN"] == "Walking in China tour office"
    description = str(event["DESCRIPTION"])
    assert "Host contact: Wang Jia, +86 23 5555 0501" in description
    assert "Hosts attending: Wang Jia" in description
    assert "Dress code: Business attire" in description
    assert item.description.strip() in description
    alarm = event.walk("VALARM")[0]
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(minutes=-30)


def test_status_maps_to_confirmed_tentative_cancelled(sample: TourSnapshot, options) -> None:
    data = group_calendar(sample, "group-a", options)
    free = by_title(data, "Free time in the bonded-goods halls (Group A)")
    assert str(free["STATUS"]) == "TENTATIVE"
    assert str(free["TRANSP"]) == "TRANSPARENT"
    b = TourBuilder()
    b.item("Called off", "2021-03-27 10:00", "2021-03-27 11:00", status="cancelled")
    off = events(tour_calendar(b.snapshot(), options))[0]
    assert str(off["STATUS"]) == "CANCELLED"
    assert off.walk("VALARM") == []  # no reminder for something that will not happen


def test_attendees_roles_and_statuses(sample: TourSnapshot, options) -> None:
    event = by_title(person_calendar(sample, "dai-jiuyue", options), "Visit to Lijia Smart Park")
    attendees = {a.params["CN"]: a for a in event["ATTENDEE"]}
    assert attendees["Liu Fang"].params["ROLE"] == "CHAIR"
    assert attendees["Sun Li"].params["ROLE"] == "NON-PARTICIPANT"
    assert attendees["Zhou Ting"].params["ROLE"] == "REQ-PARTICIPANT"
    assert attendees["Shang Yong"].params["ROLE"] == "REQ-PARTICIPANT"
    assert {a.params["PARTSTAT"] for a in attendees.values()} == {"ACCEPTED"}
    # The calendar's own person is addressed by their email, everyone else by a urn.
    assert str(attendees["Dai Jiuyue"]) == "mailto:dai.jiuyue@example.org"
    others = [a for name, a in attendees.items() if name != "Dai Jiuyue"]
    assert all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", str(a)) for a in others)
    tentative = by_title(
        person_calendar(sample, "dai-jiuyue", options),
        "Free time in the bonded-goods halls (Group A)",
    )
    assert {a.params["PARTSTAT"] for a in tentative["ATTENDEE"]} == {"TENTATIVE"}


def test_attendee_urns_are_stable_and_distinct(sample: TourSnapshot, options) -> None:
    first = by_title(tour_calendar(sample, options), "Welcome dinner")["ATTENDEE"]
    again = by_title(group_calendar(sample, "group-a", options), "Welcome dinner")["ATTENDEE"]
    assert [str(a) for a in first] == [str(a) for a in again]
    assert len({str(a) for a in first}) == len(first)


def test_travel_to_the_next_item(sample: TourSnapshot, options) -> None:
    data = person_calendar(sample, "dai-jiuyue", options)
    briefing = str(by_title(data, "Briefing on Liangjiang New Area and promo video")["DESCRIPTION"])
    assert re.search(r"Next: Lunch at Lijia Garden Restaurant, about \d+ min by car", briefing)
    interview = str(by_title(data, "Interview with iChongqing: Dai Jiuyue")["DESCRIPTION"])
    # Dai's own next item, not group B's press interviews at the same time.
    assert "Next: Free time in the bonded-goods halls (Group A) at Belt and Road" in interview
    assert "same place" in interview


def test_travel_hint_uses_the_organisers_override(options) -> None:
    b = TourBuilder()
    a = b.site("Hotel", 29.0, 106.0)
    c = b.site("Park", 29.1, 106.1)
    b.override(a, c, 47)
    b.item("Breakfast", "2021-03-27 08:00", "2021-03-27 09:00", site=a)
    b.item("Walk", "2021-03-27 10:00", "2021-03-27 11:00", site=c)
    first = events(tour_calendar(b.snapshot(), options))[0]
    assert "Next: Walk at Park, about 47 min by car" in str(first["DESCRIPTION"])


def test_reminder_minutes_or_off(sample: TourSnapshot) -> None:
    ten = events(tour_calendar(sample, IcsOptions(dtstamp=STAMP, reminder_minutes=10)))
    assert ten[0].walk("VALARM")[0]["TRIGGER"].dt == timedelta(minutes=-10)
    off = tour_calendar(sample, IcsOptions(dtstamp=STAMP, reminder_minutes=None))
    assert b"VALARM" not in off
    with pytest.raises(ValidationError):
        IcsOptions(reminder_minutes=-5)


def test_big_items_list_their_key_people_only(options) -> None:
    b = TourBuilder()
    people = [b.person(f"Delegate {n:02d}") for n in range(40)]
    lead = b.person("Team Lead", role="staff")
    voice = b.person("Interpreter One", role="interpreter")
    b.item(
        "Plenary",
        "2021-03-27 10:00",
        "2021-03-27 11:00",
        who=["delegation", (lead, "lead"), (voice, "interpreter")],
    )
    snap = b.snapshot()
    whole = events(tour_calendar(snap, options))[0]
    assert sorted(a.params["CN"] for a in whole["ATTENDEE"]) == ["Interpreter One", "Team Lead"]
    assert "People attending: 42" in str(whole["DESCRIPTION"])
    mine = events(person_calendar(snap, f"p{people[7]}", options))[0]
    assert sorted(a.params["CN"] for a in mine["ATTENDEE"]) == [
        "Delegate 07",
        "Interpreter One",
        "Team Lead",
    ]
    everyone = events(tour_calendar(snap, replace(options, max_attendees=None)))[0]
    assert len(everyone["ATTENDEE"]) == 42


# --- privacy --------------------------------------------------------------------------------


def published_contacts(snap: TourSnapshot, data: bytes) -> set[str]:
    """What may appear: the organiser's contact and the contacts of the sites shown."""
    shown = {str(e.get("LOCATION", "")) for e in events(data)}
    allowed = {snap.tour.organiser_email, snap.tour.organiser_phone}
    for site in snap.sites:
        if any(location.startswith(site.name) for location in shown):
            allowed |= {site.contact_email, site.contact_phone}
    return {x for x in allowed if x}


def leaked(snap: TourSnapshot, data: bytes, except_key: str | None = None) -> list[str]:
    text = "\n".join(unfolded(data)).replace("\\,", ",").replace("\\;", ";")
    allowed = published_contacts(snap, data)
    found = []
    for p in snap.participants:
        if p.key == except_key:
            continue
        for value in (p.email, p.phone):
            if value and value not in allowed and value in text:
                found.append(f"{p.key}: {value}")
    return found


def test_dai_jiuyues_calendar_has_no_other_participants_email_or_phone(
    sample: TourSnapshot,
    options,
) -> None:
    data = person_calendar(sample, "dai-jiuyue", options)
    assert leaked(sample, data, except_key="dai-jiuyue") == []
    # ... while the published contacts it may carry are there.
    text = "\n".join(unfolded(data))
    assert "tour-office@example.org" in text
    assert "+86 23 5555 0501" in text  # NUSRI's published contact
    assert "wang.jia@example.org" not in text  # Wang Jia's own email


@pytest.mark.parametrize(
    "selection",
    [Selection.tour(), Selection.group("group-a"), Selection.site("nusri-chongqing")],
    ids=str,
)
def test_shared_feeds_carry_no_participants_email_or_phone(
    sample: TourSnapshot,
    options,
    selection,
) -> None:
    data = calendar_bytes(sample, selection, options)
    assert leaked(sample, data) == []
    assert b"mailto:" not in data.replace(b"mailto:tour-office@example.org", b"")


def test_every_persons_calendar_keeps_the_others_private(sample: TourSnapshot, options) -> None:
    calendars = people_calendars(sample, options)
    assert set(calendars) == {p.key for p in sample.participants}
    for key, data in calendars.items():
        assert leaked(sample, data, except_key=key) == [], key


# --- updates and stable output ---------------------------------------------------------------


def test_reexport_without_changes_differs_only_in_dtstamp(sample: TourSnapshot) -> None:
    first = person_calendar(sample, "dai-jiuyue", IcsOptions(dtstamp=STAMP))
    later = person_calendar(
        sample, "dai-jiuyue", IcsOptions(dtstamp=STAMP + timedelta(days=3, seconds=7))
    )
    assert first != later
    assert without_dtstamp(first) == without_dtstamp(later)
    assert first == person_calendar(sample, "dai-jiuyue", IcsOptions(dtstamp=STAMP))
    now = person_calendar(sample, "dai-jiuyue")  # default: the current time, in UTC
    stamp = events(now)[0]["DTSTAMP"].dt
    assert stamp.tzinfo is not None and abs(datetime.now(UTC) - stamp) < timedelta(minutes=1)


def test_a_moved_item_keeps_its_uid_with_its_new_sequence(sample: TourSnapshot, options) -> None:
    item = next(it for it in sample.items if it.title == "Meeting at NUSRI Chongqing")
    moved = replace(
        item,
        starts_at=item.starts_at + timedelta(minutes=30),
        ends_at=item.ends_at + timedelta(minutes=30),
        sequence=item.sequence + 1,
    )
    cancelled = replace(moved, status=ItemStatus.CANCELLED, sequence=moved.sequence + 1)
    for changed in (moved, cancelled):
        items = tuple(changed if it.id == item.id else it for it in sample.items)
        snap = replace(sample, items=items)
        event = by_title(person_calendar(snap, "dai-jiuyue", options), item.title)
        assert str(event["UID"]) == item.uid
        assert int(event["SEQUENCE"]) == changed.sequence
        assert event["DTSTART"].dt == changed.starts_at
        assert str(event["STATUS"]) == STATUS[changed.status]


STATUS = {ItemStatus.CONFIRMED: "CONFIRMED", ItemStatus.CANCELLED: "CANCELLED"}


# --- CalDAV resources ---------------------------------------------------------------------------


def test_event_resources_are_one_event_each_without_method(sample: TourSnapshot, options) -> None:
    resources = event_resources(sample, Selection.person("dai-jiuyue"), options)
    dai = person_id(sample, "dai-jiuyue")
    assert set(resources) == {it.uid for it in sample.items if dai in sample.attendee_ids(it)}
    for uid, data in resources.items():
        calendar = assert_conformant(data, method=False)
        (event,) = calendar.walk("VEVENT")
        assert str(event["UID"]) == uid
        assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    # The same event as in the feed, apart from the calendar around it.
    feed = person_calendar(sample, "dai-jiuyue", options)
    some = next(iter(resources))
    in_feed = next(e for e in events(feed) if str(e["UID"]) == some)
    alone = events(resources[some])[0]
    assert in_feed.to_ical() == alone.to_ical()


def test_event_resources_for_the_whole_tour_and_a_site(sample: TourSnapshot, options) -> None:
    assert set(event_resources(sample, options=options)) == {it.uid for it in sample.items}
    site = event_resources(sample, Selection.site("nusri-chongqing"), options)
    assert len(site) == 1


def test_one_writer_serves_many_calendars_identically(sample: TourSnapshot, options) -> None:
    writer = CalendarWriter(sample, options)
    together = writer.people_calendars(["dai-jiuyue", "wang-jia"])
    assert together["dai-jiuyue"] == person_calendar(sample, "dai-jiuyue", options)
    assert together["wang-jia"] == writer.calendar(Selection.person("wang-jia"))
    assert [it.uid for it in selected_items(sample, Selection.person("wang-jia"))] == [
        str(e["UID"]) for e in events(together["wang-jia"])
    ]


def test_moving_one_item_leaves_the_other_resources_byte_identical(
    sample: TourSnapshot,
    options,
) -> None:
    before = event_resources(sample, options=options)
    first = min(sample.items, key=lambda it: it.starts_at)
    far = replace(
        first,
        starts_at=first.starts_at - timedelta(days=40),
        ends_at=first.ends_at - timedelta(days=40),
        sequence=first.sequence + 1,
    )
    items = tuple(far if it.id == first.id else it for it in sample.items)
    after = event_resources(replace(sample, items=items), options=options)
    changed = {uid for uid in before if before[uid] != after[uid]}
    assert changed == {first.uid}
    assert_conformant(after[first.uid], method=False)
