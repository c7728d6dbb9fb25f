"""Create, read, update and delete every entity through the services, on both backends."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tourplanner.core.enums import AttendanceRole, AttendanceScope, ItemStatus
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.model import Attendance, OpeningInterval
from tourplanner.services import items, participants, sites, tour_list, tours
from tourplanner.services.database import Database

SH = ZoneInfo("Asia/Shanghai")
NINE = datetime(2021, 3, 27, 9, 0, tzinfo=SH)


@pytest.fixture
def tour(db: Database) -> str:
    tours.create_tour(
        db, slug="t", name="Test tour", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    return "t"


def test_tour_crud(db: Database) -> None:
    created = tours.create_tour(
        db,
        slug="cq",
        name="Chongqing",
        local_name="重庆",
        start_date=date(2021, 3, 27),
        end_date=date(2021, 3, 28),
    )
    assert created.timezone == "Asia/Shanghai" and created.version == 1
    assert [t.slug for t in tour_list.list_tours(db)] == ["cq"]
    updated = tours.update_tour(db, "cq", created.version, organiser_name="Liu Yang")
    assert updated.organiser_name == "Liu Yang" and updated.version == 2
    assert tours.get_tour(db, "cq").local_name == "重庆"
    tours.delete_tour(db, "cq")
    assert tour_list.list_tours(db) == []
    with pytest.raises(NotFoundError, match="no tour with slug 'cq'"):
        tours.get_tour(db, "cq")


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"timezone": "Mars/Olympus"}, "unknown timezone 'Mars/Olympus'"),
        ({"end_date": date(2021, 3, 26)}, "before its start date"),
        ({"slug": "Not A Slug"}, "not a valid key"),
        ({"colour": "red"}, "unknown field 'colour'"),
    ],
)
def test_tour_validation(db: Database, values: dict[str, object], message: str) -> None:
    base: dict[str, object] = {
        "slug": "ok",
        "name": "N",
        "start_date": date(2021, 3, 27),
        "end_date": date(2021, 3, 28),
    }
    with pytest.raises(ValidationError, match=message):
        tours.create_tour(db, **{**base, **values})
    assert tour_list.list_tours(db) == []


def test_duplicate_tour_slug_is_refused(db: Database, tour: str) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        tours.create_tour(
            db, slug=tour, name="Again", start_date=date(2021, 1, 1), end_date=date(2021, 1, 1)
        )


def test_site_crud_with_opening_hours(db: Database, tour: str) -> None:
    hours = (OpeningInterval(5, time(9), time(12)), OpeningInterval(5, time(13), time(17)))
    site = sites.create_site(
        db,
        tour,
        key="lijia",
        name="Lijia Smart Park",
        local_name="礼嘉智慧公园",
        category="park",
        latitude=29.66,
        longitude=106.49,
        coord_source="manual",
        opening_hours=hours,
        key_facts=["About 120 urban parks"],
    )
    assert site.opening_hours == hours and site.key_facts == ("About 120 urban parks",)
    moved = sites.update_site(db, site.id, site.version, capacity=80, opening_hours=())
    assert moved.capacity == 80 and moved.opening_hours == () and moved.version == 2
    assert [s.key for s in sites.list_sites(db, tour)] == ["lijia"]
    sites.delete_site(db, site.id, moved.version)
    with pytest.raises(NotFoundError):
        sites.get_site(db, site.id)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"category": "castle"}, "'castle' is not one of"),
        ({"latitude": 91.0, "longitude": 0.0}, "from -90 to 90"),
        ({"latitude": 29.0}, "latitude and longitude must be given together"),
        ({"capacity": 0}, "from 1 to"),
        ({"timezone": "Asia/Nowhere"}, "unknown timezone"),
        ({"opening_hours": (OpeningInterval(0, time(17), time(9)),)}, "must be after opens"),
    ],
)
def test_site_validation(db: Database, tour: str, values: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        sites.create_site(db, tour, **{"key": "s", "name": "S", "category": "park", **values})
    assert sites.list_sites(db, tour) == []


def test_participant_and_group_crud(db: Database, tour: str) -> None:
    dai = participants.create_participant(
        db, tour, key="dai", full_name="Dai Jiuyue", role="delegate", languages=["zh", "en"]
    )
    shang = participants.create_participant(
        db, tour, key="shang", full_name="Shang Yong", role="delegate", languages=["zh", "ru"]
    )
    assert dai.languages == ("zh", "en")
    group = participants.create_group(
        db, tour, key="a", name="Group A", member_ids=[shang.id, dai.id]
    )
    assert set(group.member_ids) == {dai.id, shang.id}
    group = participants.update_group(db, group.id, group.version, member_ids=[dai.id])
    assert group.member_ids == (dai.id,)
    participants.delete_participant(db, dai.id, dai.version)
    assert participants.get_group(db, group.id).member_ids == ()
    participants.delete_group(db, group.id)
    assert participants.list_groups(db, tour) == []
    with pytest.raises(ValidationError, match="'emperor' is not one of"):
        participants.update_participant(db, shang.id, shang.version, role="emperor")
    with pytest.raises(ValidationError, match="'Engish': unknown language; did you mean English"):
        participants.update_participant(db, shang.id, shang.version, languages=["Engish"])
    # A language named in its own script is stored as its tag.
    renamed = participants.update_participant(
        db, shang.id, shang.version, languages=["中文", "Русский"]
    )
    assert renamed.languages == ("zh", "ru")


def test_references_must_stay_inside_the_tour(db: Database, tour: str) -> None:
    tours.create_tour(
        db, slug="other", name="Other", start_date=date(2021, 1, 1), end_date=date(2021, 1, 2)
    )
    stranger = participants.create_participant(
        db, "other", key="x", full_name="Stranger", role="delegate"
    )
    with pytest.raises(ValidationError, match="no such participant"):
        participants.create_group(db, tour, key="g", name="G", member_ids=[stranger.id])
    with pytest.raises(ValidationError, match="no such participant"):
        items.create_item(
            db,
            tour,
            kind="meeting",
            title="M",
            starts_at=NINE,
            ends_at=NINE + timedelta(hours=1),
            attendance=[Attendance(AttendanceScope.PERSON, participant_id=stranger.id)],
        )
    assert items.list_items(db, tour) == []


def test_item_crud_keeps_uid_and_raises_sequence_on_reschedule(db: Database, tour: str) -> None:
    site = sites.create_site(db, tour, key="nusri", name="NUSRI Chongqing", category="other")
    host = participants.create_participant(db, tour, key="wang", full_name="Wang Jia", role="host")
    item = items.create_item(
        db,
        tour,
        kind="meeting",
        title="Briefing at NUSRI",
        site_id=site.id,
        starts_at=NINE,
        ends_at=NINE + timedelta(hours=1),
        attendance=[
            Attendance(AttendanceScope.DELEGATION),
            Attendance(AttendanceScope.PERSON, AttendanceRole.HOST, participant_id=host.id),
        ],
    )
    assert item.sequence == 0 and item.status is ItemStatus.CONFIRMED and len(item.uid) == 36
    assert item.starts_at == NINE and item.starts_at.utcoffset() == timedelta(0)

    retitled = items.update_item(db, item.id, item.version, title="Briefing")
    assert retitled.sequence == 0, "a new title does not move the event"
    same_time = items.update_item(db, item.id, retitled.version, starts_at=NINE)
    assert same_time.sequence == 0, "re-saving the same time is not a change"
    moved = items.update_item(
        db, item.id, same_time.version, starts_at=NINE + timedelta(minutes=30)
    )
    assert moved.sequence == 1 and moved.uid == item.uid
    cancelled = items.update_item(db, item.id, moved.version, status="cancelled")
    assert cancelled.sequence == 2 and cancelled.status is ItemStatus.CANCELLED
    assert cancelled.updated_at >= item.updated_at

    with pytest.raises(ValidationError, match="used by 1 schedule item"):
        sites.delete_site(db, site.id)
    items.delete_item(db, item.id, cancelled.version)
    assert items.list_items(db, tour) == []
    sites.delete_site(db, site.id)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"ends_at": NINE}, "must be after start"),
        ({"starts_at": datetime(2021, 3, 27, 9, 0)}, "has no timezone"),
        ({"kind": "party"}, "'party' is not one of"),
        ({"status": "maybe"}, "'maybe' is not one of"),
        ({"title": "  "}, "must not be empty"),
        ({"site_id": 424242}, "no such site"),
        ({"uid": "chosen"}, "unknown field 'uid'"),
        (
            {"attendance": [Attendance(AttendanceScope.GROUP, participant_id=1)]},
            "wrong kind of target",
        ),
    ],
)
def test_item_validation(db: Database, tour: str, values: dict[str, object], message: str) -> None:
    base: dict[str, object] = {
        "kind": "visit",
        "title": "Visit",
        "starts_at": NINE,
        "ends_at": NINE + timedelta(hours=1),
    }
    with pytest.raises(ValidationError, match=message):
        items.create_item(db, tour, **{**base, **values})
    assert items.list_items(db, tour) == []


def test_busy_block_crud(db: Database, tour: str) -> None:
    person = participants.create_participant(db, tour, key="p", full_name="P", role="host")
    block = participants.create_busy_block(
        db,
        tour,
        participant_id=person.id,
        starts_at=NINE,
        ends_at=NINE + timedelta(hours=2),
        summary="Board meeting",
    )
    assert block.summary == "Board meeting"
    block = participants.update_busy_block(db, block.id, block.version, summary="Board")
    assert participants.list_busy_blocks(db, tour)[0].summary == "Board"
    with pytest.raises(ValidationError, match="exactly one of"):
        participants.update_busy_block(db, block.id, block.version, participant_id=None)
    participants.delete_busy_block(db, block.id, block.version)
    assert participants.list_busy_blocks(db, tour) == []


def test_unknown_ids_get_a_clear_message(db: Database, tour: str) -> None:
    with pytest.raises(NotFoundError, match="no schedule item with id 999"):
        items.update_item(db, 999, 1, title="x")
    with pytest.raises(NotFoundError, match="no participant with id 999"):
        participants.delete_participant(db, 999)
    with pytest.raises(NotFoundError, match="no tour with slug 'nope'"):
        sites.list_sites(db, "nope")
