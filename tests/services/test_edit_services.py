"""The services behind the GUI's new edits: a transfer's whole seating, a vehicle's
removal and restoration, one owner's busy times replaced, and the one reading of an
opening interval (shared with the tour-file reader)."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from tourplanner.core.errors import ValidationError
from tourplanner.core.timeutil import parse_time_span
from tourplanner.services import participants, sites, tours
from tourplanner.services.database import Database
from tourplanner.services.participants import BusyTime
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample


def _seating(db: Database, item_id: int) -> dict[int, tuple[int, str]]:
    return {
        a.participant_id: (a.vehicle_id, a.seat)
        for a in sites.list_assignments(db, SAMPLE_SLUG)
        if a.item_id == item_id
    }


def test_set_transfer_seating_is_whole_and_all_or_nothing(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    item = next(i for i in snap.items if i.title == "Transfer: airport to hotel")
    coach1, coach2 = sorted(v.id for v in snap.vehicles)
    before = _seating(db, item.id)
    a, b, c = sorted(before)[:3]
    sites.set_transfer_seating(db, item.id, {a: (coach2, "1"), b: (coach1, " 2 "), c: (coach2, "")})
    assert _seating(db, item.id) == {a: (coach2, "1"), b: (coach1, "2"), c: (coach2, "")}
    # A shared seat, a bad label, an unknown vehicle: refused, nothing written.
    for riders, message in [
        ({a: (coach2, "1"), c: (coach2, "1")}, "would be both"),
        ({a: (coach2, "x" * 17)}, "longer than 16"),
        ({a: (999_999, "")}, "no such vehicle"),
    ]:
        with pytest.raises(ValidationError, match=message):
            sites.set_transfer_seating(db, item.id, riders)
        assert _seating(db, item.id) == {a: (coach2, "1"), b: (coach1, "2"), c: (coach2, "")}
    visit = next(i for i in snap.items if i.kind.value == "visit")
    with pytest.raises(ValidationError, match="not a transfer"):
        sites.set_transfer_seating(db, visit.id, {})


def test_remove_and_restore_a_vehicle_with_its_seats(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    coach = snap.vehicles[0]
    seats = sorted(
        (a.item_id, a.participant_id, a.seat)
        for a in snap.vehicle_assignments
        if a.vehicle_id == coach.id
    )
    with pytest.raises(Exception, match="changed by someone else"):
        sites.remove_vehicle(db, coach.id, coach.version + 1)
    removal = sites.remove_vehicle(db, coach.id, coach.version)
    assert coach.key not in {v.key for v in sites.list_vehicles(db, SAMPLE_SLUG)}
    assert not [a for a in sites.list_assignments(db, SAMPLE_SLUG) if a.vehicle_id == coach.id]
    new_id = sites.restore_vehicle(db, SAMPLE_SLUG, removal)
    back = sites.get_vehicle(db, new_id)
    assert (back.key, back.name, back.seats, back.driver_id) == (
        coach.key,
        coach.name,
        coach.seats,
        coach.driver_id,
    )
    assert seats == sorted(
        (a.item_id, a.participant_id, a.seat)
        for a in sites.list_assignments(db, SAMPLE_SLUG)
        if a.vehicle_id == new_id
    )


def test_set_busy_blocks_replaces_one_owners_set(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    person, other = snap.participants[0], snap.participants[1]
    one = datetime(2021, 3, 27, 1, tzinfo=UTC)
    two = datetime(2021, 3, 27, 3, tzinfo=UTC)
    participants.create_busy_block(
        db, SAMPLE_SLUG, participant_id=other.id, starts_at=one, ends_at=two
    )
    participants.set_busy_blocks(
        db,
        SAMPLE_SLUG,
        [BusyTime(one, two, "Call"), BusyTime(two, two.replace(hour=4))],
        participant_id=person.id,
    )
    participants.set_busy_blocks(
        db, SAMPLE_SLUG, [BusyTime(one, two, "Call only")], participant_id=person.id
    )
    blocks = participants.list_busy_blocks(db, SAMPLE_SLUG)
    assert [(b.summary, b.starts_at) for b in blocks if b.participant_id == person.id] == [
        ("Call only", one)
    ]
    assert [b.participant_id for b in blocks].count(other.id) == 1  # others untouched
    # A block ending before it starts, a control character, no owner: nothing changes.
    for blocks_in, owner, message in [
        ([BusyTime(two, one)], {"participant_id": person.id}, "must be after start"),
        ([BusyTime(one, two, "a\x00b")], {"participant_id": person.id}, "summary"),
        ([BusyTime(one, two)], {}, "exactly one"),
    ]:
        with pytest.raises(ValidationError, match=message):
            participants.set_busy_blocks(db, SAMPLE_SLUG, blocks_in, **owner)
    after = participants.list_busy_blocks(db, SAMPLE_SLUG)
    assert [(b.summary, b.participant_id) for b in after] == [
        (b.summary, b.participant_id) for b in blocks
    ]


def test_parse_time_span_is_the_tour_files_reading() -> None:
    assert parse_time_span("09:00-17:30") == (time(9), time(17, 30))
    assert parse_time_span(" 09:00 - 12:00 ") == (time(9), time(12))
    with pytest.raises(ValueError, match="not a valid time range"):
        parse_time_span("9 to 5")
    with pytest.raises(ValueError, match="closing time is not after opening time"):
        parse_time_span("18:00-09:00")
