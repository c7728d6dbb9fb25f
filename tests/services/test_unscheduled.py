"""The Unscheduled list: items without a time leave the programme (checks, calendars) and
come back at a new start with their duration; a tour file carries them both ways."""

from __future__ import annotations

import json
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from tourplanner.core.enums import ItemKind
from tourplanner.core.errors import ConcurrentEditError, TourFileError, ValidationError
from tourplanner.services import history, items
from tourplanner.services.calendars import export_calendar_bytes
from tourplanner.services.database import Database
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_bytes,
    load_sample,
)
from tourplanner.services.tours import check, load_snapshot


@pytest.fixture
def sample(db: Database) -> Database:
    load_sample(db)
    return db


def test_an_unscheduled_item_leaves_the_programme_and_comes_back_with_its_duration(
    sample: Database,
) -> None:
    item = load_snapshot(sample, SAMPLE_SLUG).items[4]
    gone = items.unschedule_item(sample, item.id, item.version)
    assert gone.scheduled is False
    assert gone.sequence == item.sequence + 1  # calendars drop the event
    snap = load_snapshot(sample, SAMPLE_SLUG)
    assert item.id not in {i.id for i in snap.items}
    assert [i.id for i in snap.unscheduled] == [item.id]
    assert item.uid.encode() not in export_calendar_bytes(sample, SAMPLE_SLUG)
    with pytest.raises(ConcurrentEditError):
        items.schedule_item(sample, item.id, item.version, item.starts_at)
    at = item.starts_at + timedelta(days=1, minutes=35)
    back = items.schedule_item(sample, item.id, gone.version, at)
    assert back.scheduled is True
    assert (back.starts_at, back.ends_at - back.starts_at) == (at, item.ends_at - item.starts_at)
    snap = load_snapshot(sample, SAMPLE_SLUG)
    assert snap.unscheduled == ()
    assert item.id in {i.id for i in snap.items}


def test_checks_ignore_unscheduled_items(sample: Database) -> None:
    before = len(check(sample, SAMPLE_SLUG).problems)
    item = load_snapshot(sample, SAMPLE_SLUG).items[4]
    # A copy at the same time double-books everyone who attends it.
    [copy] = items.copy_items(sample, SAMPLE_SLUG, [(item, item.starts_at, item.ends_at)])
    assert len(check(sample, SAMPLE_SLUG).problems) > before
    items.unschedule_item(sample, copy.id, copy.version)
    assert len(check(sample, SAMPLE_SLUG).problems) == before


def test_a_new_unscheduled_item_remembers_its_duration(sample: Database) -> None:
    site = load_snapshot(sample, SAMPLE_SLUG).sites[0]
    made = items.create_unscheduled_item(
        sample,
        SAMPLE_SLUG,
        duration_minutes=90,
        kind=ItemKind.MEETING,
        title="Call on the mayor",
        site_id=site.id,
    )
    assert made.scheduled is False
    assert made.ends_at - made.starts_at == timedelta(minutes=90)
    snap = load_snapshot(sample, SAMPLE_SLUG)
    assert [i.title for i in snap.unscheduled] == ["Call on the mayor"]
    for bad in (0, -5, 8 * 24 * 60, 1.5, True):
        with pytest.raises(ValidationError, match="duration"):
            items.create_unscheduled_item(
                sample, SAMPLE_SLUG, duration_minutes=bad, kind=ItemKind.MEETING, title="x"
            )
    # Deleting it and undoing the deletion keeps it on the list.
    [removed] = items.remove_items(sample, {made.id: made.version})
    [back] = items.restore_items(sample, SAMPLE_SLUG, [removed])
    assert back.scheduled is False
    assert [i.uid for i in load_snapshot(sample, SAMPLE_SLUG).unscheduled] == [made.uid]


def test_a_tour_file_carries_the_unscheduled_list(sample: Database) -> None:
    item = load_snapshot(sample, SAMPLE_SLUG).items[4]
    items.unschedule_item(sample, item.id, item.version)
    data = export_tour_bytes(sample, SAMPLE_SLUG)
    [written] = [i for i in json.loads(data)["items"] if i["uid"] == item.uid]
    assert written["unscheduled"] is True
    scheduled = [i for i in json.loads(data)["items"] if i["uid"] != item.uid]
    assert all("unscheduled" not in i for i in scheduled)  # old files keep their bytes
    import_tour_bytes(sample, data, replace=True)
    snap = load_snapshot(sample, SAMPLE_SLUG)
    assert [i.uid for i in snap.unscheduled] == [item.uid]
    assert item.uid not in {i.uid for i in snap.items}
    assert export_tour_bytes(sample, SAMPLE_SLUG) == data


def test_a_tour_file_refuses_seats_on_an_unscheduled_transfer(sample: Database) -> None:
    doc = json.loads(export_tour_bytes(sample, SAMPLE_SLUG))
    uid = doc["vehicle_assignments"][0]["item"]
    for entry in doc["items"]:
        if entry["uid"] == uid:
            entry["unscheduled"] = True
    with pytest.raises(TourFileError, match="unscheduled"):
        import_tour_bytes(sample, json.dumps(doc).encode(), replace=True)


def test_the_history_says_unscheduled_and_scheduled(sample: Database) -> None:
    item = load_snapshot(sample, SAMPLE_SLUG).items[4]
    gone = items.unschedule_item(sample, item.id, item.version)
    at = item.starts_at + timedelta(hours=2)
    items.schedule_item(sample, item.id, gone.version, at)
    back, out = history.list_history(sample, SAMPLE_SLUG, item_uid=item.uid)[:2]
    zone = ZoneInfo(load_snapshot(sample, SAMPLE_SLUG).tour.timezone)
    assert history.describe(out, zone).startswith(f"Moved {item.title} to Unscheduled by ")
    assert history.describe(back, zone).startswith(
        f"Scheduled {item.title} at {at.astimezone(zone):%H:%M} by "
    )
