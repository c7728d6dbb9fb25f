"""On the day (issue 15): a site's local address and meeting points, the tour's on-duty
contacts, 24-hour line and notes per day, stored and replaced on SQLite and PostgreSQL,
each value checked where it enters."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from tourplanner.core.enums import SiteCategory
from tourplanner.core.errors import TourFileError, ValidationError
from tourplanner.core.model import DayNote, DutyContact
from tourplanner.services import sites, tours
from tourplanner.services.database import Database, transaction
from tourplanner.services.tourfile import export_tour_bytes, import_tour_bytes
from tourplanner.store import models as orm

LEAD = DutyContact("Liu Fang", "Tour lead", "+86 139 2355 0151", "刘芳", ("zh", "en"))
INTERPRETER = DutyContact("Yang Xue", "Interpreter", "13923550141", "杨雪", ("zh", "ru"))


def _tour(db: Database) -> str:
    tours.create_tour(
        db, slug="t", name="T", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    return "t"


def test_on_duty_contacts_hotline_and_day_notes_are_stored_in_order(db: Database) -> None:
    slug = _tour(db)
    notes = [
        DayNote(date(2021, 3, 28), weather="Rain, 14 °C", bring="Umbrella"),
        DayNote(date(2021, 3, 27), dress="Business", bring="Passport"),
    ]
    t = tours.get_tour(db, slug)
    saved = tours.update_tour(
        db,
        slug,
        t.version,
        hotline="139 2355 0100",
        duty_contacts=[LEAD, INTERPRETER],
        day_notes=notes,
    )
    again = tours.get_tour(db, slug)
    assert again == saved
    assert again.hotline == "+86 139 2355 0100"  # tidied by the one phone check
    assert [c.name for c in again.duty_contacts] == ["Liu Fang", "Yang Xue"]
    assert again.duty_contacts[1].mobile == "+86 139 2355 0141"
    assert again.duty_contacts[0].languages == ("zh", "en")
    assert [n.day for n in again.day_notes] == [date(2021, 3, 27), date(2021, 3, 28)]
    assert again.day_notes[1].weather == "Rain, 14 °C"


def test_replacing_the_notes_of_a_day_and_the_contacts_leaves_no_old_rows(db: Database) -> None:
    slug = _tour(db)
    t = tours.update_tour(
        db,
        slug,
        None,
        duty_contacts=[LEAD, INTERPRETER],
        day_notes=[DayNote(date(2021, 3, 27), weather="Sun")],
    )
    t = tours.update_tour(
        db,
        slug,
        t.version,
        duty_contacts=[INTERPRETER],
        day_notes=[DayNote(date(2021, 3, 27), weather="Fog")],  # the same day: no collision
    )
    assert [c.name for c in t.duty_contacts] == ["Yang Xue"]
    assert [n.weather for n in t.day_notes] == ["Fog"]
    with transaction(db) as session:
        assert session.scalar(select(func.count()).select_from(orm.DutyContact)) == 1
        assert session.scalar(select(func.count()).select_from(orm.DayNote)) == 1


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"hotline": "+86 23 5555 0100"}, "hotline: .* is not a mobile number"),
        (
            {"duty_contacts": [DutyContact("Liu Fang", "Lead", "+86 23 5555 0151")]},
            "duty_contacts 1 mobile: .* is not a mobile number",
        ),
        (
            {"duty_contacts": [DutyContact("Liu\nFang", "Lead", "+86 139 2355 0151")]},
            "duty_contacts 1 name: .* line break",
        ),
        ({"duty_contacts": [DutyContact("Liu Fang", "Lead", "")]}, "a mobile number is required"),
        (
            {"duty_contacts": [DutyContact("Liu Fang", "", "+86 139 2355 0151", "", ("xx-zz",))]},
            "duty_contacts 1 languages",
        ),
        (
            {"day_notes": [DayNote(date(2021, 3, 27)), DayNote(date(2021, 3, 27))]},
            "a second note for the same day",
        ),
        ({"day_notes": [DayNote(date(2021, 3, 27), bring="a\x00b")]}, "U\\+0000"),
    ],
)
def test_bad_on_the_day_values_are_refused_with_one_line(
    db: Database, values: dict[str, object], message: str
) -> None:
    slug = _tour(db)
    before = tours.get_tour(db, slug)
    with pytest.raises(ValidationError, match=message):
        tours.update_tour(db, slug, before.version, **values)
    assert tours.get_tour(db, slug) == before


def test_site_local_address_and_meeting_points(db: Database) -> None:
    slug = _tour(db)
    site = sites.create_site(
        db,
        slug,
        key="park",
        name="Lijia Smart Park",
        category=SiteCategory.PARK,
        local_address="重庆市两江新区礼嘉街道",
        meeting_point="Main gate, coach drop-off",
        local_meeting_point="正门大巴落客区",
    )
    assert sites.get_site(db, site.id).local_address == "重庆市两江新区礼嘉街道"
    changed = sites.update_site(db, site.id, site.version, meeting_point="North gate")
    assert (changed.meeting_point, changed.local_meeting_point) == ("North gate", "正门大巴落客区")
    with pytest.raises(ValidationError, match=r"local_address: .*U\+0007"):
        sites.update_site(db, site.id, changed.version, local_address="重庆\x07")


def test_replace_from_a_tour_file_keeps_sites_and_rewrites_the_day(db: Database) -> None:
    slug = _tour(db)
    site = sites.create_site(db, slug, key="park", name="Park", category=SiteCategory.PARK)
    tours.update_tour(
        db, slug, None, duty_contacts=[LEAD], day_notes=[DayNote(date(2021, 3, 27), dress="x")]
    )
    doc = json.loads(export_tour_bytes(db, slug))
    assert doc["version"] == 4
    doc["sites"][0]["local_address"] = "重庆市两江新区礼嘉街道"
    doc["tour"]["duty_contacts"] = [{"name": "Yang Xue", "mobile": "+86 139 2355 0141"}]
    doc["tour"]["day_notes"] = [{"date": "2021-03-27", "dress": "Smart casual"}]
    import_tour_bytes(db, json.dumps(doc, ensure_ascii=False).encode(), replace=True)
    snap = tours.load_snapshot(db, slug)
    (kept,) = snap.sites
    assert kept.id == site.id and kept.local_address == "重庆市两江新区礼嘉街道"
    assert [c.name for c in snap.tour.duty_contacts] == ["Yang Xue"]
    assert [n.dress for n in snap.tour.day_notes] == ["Smart casual"]


def test_a_version_1_file_still_imports_with_nothing_on_duty(db: Database) -> None:
    doc = {
        "format": "tourplanner.tour",
        "version": 1,
        "tour": {"slug": "v1", "name": "V1", "start_date": "2021-03-27", "end_date": "2021-03-27"},
        "sites": [{"key": "s", "name": "S", "category": "park", "address": "Lijia"}],
    }
    import_tour_bytes(db, json.dumps(doc).encode())
    snap = tours.load_snapshot(db, "v1")
    assert (snap.tour.hotline, snap.tour.duty_contacts, snap.tour.day_notes) == ("", (), ())
    assert snap.sites[0].address == "Lijia" and snap.sites[0].local_address == ""


@pytest.mark.parametrize(
    ("change", "where", "reason"),
    [
        (
            {"hotline": "+86 23 5555 0100"},
            r"\$\.tour\.hotline",
            "not a mobile number",
        ),
        (
            {"duty_contacts": [{"name": "A", "mobile": "+86 23 5555 0151"}]},
            r"\$\.tour\.duty_contacts\[0\]\.mobile",
            "not a mobile number",
        ),
        (
            {"duty_contacts": [{"name": "A", "mobile": "+86 139 2355 0151", "languages": ["zz"]}]},
            r"\$\.tour\.duty_contacts\[0\]\.languages\[0\]",
            "",
        ),
        (
            {"day_notes": [{"date": "2021-04-01"}]},
            r"\$\.tour\.day_notes\[0\]\.date",
            "not a day of the tour",
        ),
        (
            {"day_notes": [{"date": "2021-03-27"}, {"date": "2021-03-27"}]},
            r"\$\.tour\.day_notes\[1\]\.date",
            "a second note",
        ),
        ({"day_notes": [{"date": "2021-03-27", "mood": "x"}]}, r"\$\.tour\.day_notes\[0\]", "mood"),
    ],
)
def test_bad_on_the_day_values_in_a_tour_file(
    db: Database, change: dict[str, object], where: str, reason: str
) -> None:
    doc = {
        "format": "tourplanner.tour",
        "version": 2,
        "tour": {
            "slug": "bad",
            "name": "Bad",
            "start_date": "2021-03-27",
            "end_date": "2021-03-28",
            **change,
        },
    }
    with pytest.raises(TourFileError, match=f"{where}: .*{reason}"):
        import_tour_bytes(db, json.dumps(doc).encode())
    assert not tours.tour_exists(db, "bad")
