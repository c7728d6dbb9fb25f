"""The one snapshot reader (store.repository.load_snapshot) against known data: the
sample tour's file, and a synthetic tour written by the store itself."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tourplanner.core import model
from tourplanner.core.enums import AttendanceScope
from tourplanner.core.model import Attendance
from tourplanner.services import items, participants
from tourplanner.services.database import Database, open_database
from tourplanner.services.tourfile import SAMPLE_FILE, SAMPLE_SLUG, load_sample
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm
from tourplanner.store import records, snapshot_reader


@pytest.fixture
def sample(db: Database) -> Database:
    load_sample(db)
    return db


def _source() -> dict:
    return json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))


def test_every_part_of_the_sample_file_is_read(sample: Database) -> None:
    src = _source()
    snap = load_snapshot(sample, SAMPLE_SLUG)
    assert snap.tour.slug == SAMPLE_SLUG
    assert snap.tour.name == src["tour"]["name"]
    for part in ("sites", "participants", "groups", "items", "busy_blocks"):
        assert len(getattr(snap, part)) == len(src[part]), part
    assert len(snap.travel_overrides) == len(src["travel_overrides"])
    assert len(snap.vehicles) == len(src["vehicles"])
    assert len(snap.vehicle_assignments) == len(src["vehicle_assignments"])
    # Sorted as the readers promise: by key, items by start.
    assert [s.key for s in snap.sites] == sorted(s["key"] for s in src["sites"])
    assert [p.key for p in snap.participants] == sorted(p["key"] for p in src["participants"])
    assert [i.starts_at for i in snap.items] == sorted(i.starts_at for i in snap.items)
    assert {i.uid for i in snap.items} == {i["uid"] for i in src["items"]}


def test_children_come_with_their_parents(sample: Database) -> None:
    src = _source()
    snap = load_snapshot(sample, SAMPLE_SLUG)
    key_of = {p.id: p.key for p in snap.participants}
    for group in src["groups"]:
        [read] = [g for g in snap.groups if g.key == group["key"]]
        assert sorted(key_of[i] for i in read.member_ids) == sorted(group["members"])
        assert list(read.member_ids) == sorted(read.member_ids)
    site_of = {s.id: s for s in snap.sites}
    for item in src["items"]:
        [read] = [i for i in snap.items if i.uid == item["uid"]]
        assert len(read.attendance) == len(item["attendance"])
        if item.get("site"):
            assert site_of[read.site_id].key == item["site"]
    hours = [s for s in snap.sites if s.opening_hours]
    assert hours, "the sample has sites with opening hours"
    for site in hours:
        assert all(isinstance(h, model.OpeningInterval) for h in site.opening_hours)
        assert list(site.opening_hours) == sorted(
            site.opening_hours, key=lambda h: (h.weekday, h.opens)
        )
    assert all(isinstance(f, str) for s in snap.sites for f in s.key_facts)
    assert isinstance(snap.sites[0].key_facts, tuple)
    assert isinstance(snap.participants[0].languages, tuple)


def test_equal_attendance_entries_are_one_value(sample: Database) -> None:
    """The whole delegation as attendee is on most items: built once, shared."""
    snap = load_snapshot(sample, SAMPLE_SLUG)
    delegation = [
        a for i in snap.items for a in i.attendance if a.scope is AttendanceScope.DELEGATION
    ]
    assert len(delegation) > 1
    by_value: dict[model.Attendance, model.Attendance] = {}
    for a in delegation:
        assert by_value.setdefault(a, a) is a


def test_a_single_orm_row_maps_like_a_plain_row(sample: Database) -> None:
    from tourplanner.services.database import transaction

    snap = load_snapshot(sample, SAMPLE_SLUG)
    with transaction(sample) as session:
        for item in snap.items:
            assert records.item(session.get(orm.ScheduleItem, item.id)) == item
        for site in snap.sites:
            assert records.site(session.get(orm.Site, site.id)) == site
        for group in snap.groups:
            assert records.group(session.get(orm.Group, group.id)) == group


def test_a_synthetic_tour_reads_back_as_written(db: Database) -> None:
    from bench.generate import generate, insert_into

    written = generate("tiny")
    slug = insert_into(db, written)
    read = load_snapshot(db, slug)
    assert read.items and any(len(i.attendance) > 1 for i in read.items)
    for part in ("sites", "participants", "groups", "items", "busy_blocks", "vehicles"):
        assert len(getattr(read, part)) == len(getattr(written, part)), part
    assert {i.uid: i.title for i in read.items} == {i.uid: i.title for i in written.items}
    assert {(p.key, p.languages) for p in read.participants} == {
        (p.key, p.languages) for p in written.participants
    }


def test_a_field_without_a_column_fails_when_the_mapper_is_made() -> None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Grown:
        id: int
        key: str
        colour: str

    with pytest.raises(TypeError, match="colour"):
        records.RowMapper(Grown, orm.Site)
    assert records.RowMapper(Grown, orm.Site, children=("colour",))


def test_the_reader_covers_every_part_of_a_snapshot() -> None:

    assert set(snapshot_reader._PARTS) | {"tour"} == {f.name for f in fields(model.TourSnapshot)}


def test_a_commit_during_the_read_does_not_mix_into_the_snapshot(tmp_path: Path) -> None:
    """Another organiser adds a person and an item they attend between the snapshot's
    query of the participants and its query of the items: on SQLite the snapshot is
    still one state of the database, so no item names a person the snapshot lacks."""
    url = f"sqlite:///{tmp_path / 'race.db'}"
    mine, theirs = open_database(url), open_database(url)
    load_sample(mine)
    start = load_snapshot(mine, SAMPLE_SLUG).items[0].starts_at
    real = snapshot_reader._PARTS["participants"]
    added: list[str] = []

    def participants_then_a_commit(reader: Any) -> tuple[Any, ...]:
        found = real(reader)
        if not added:  # the other organiser's two commits, mid-read
            person = participants.create_participant(
                theirs, SAMPLE_SLUG, key="late-guest", full_name="Late Guest", role="delegate"
            )
            items.create_item(
                theirs,
                SAMPLE_SLUG,
                kind="meeting",
                title="Late meeting",
                starts_at=start,
                ends_at=start + timedelta(hours=1),
                attendance=[Attendance(AttendanceScope.PERSON, participant_id=person.id)],
            )
            added.append(person.key)
        return found

    snapshot_reader._PARTS["participants"] = participants_then_a_commit
    try:
        snap = load_snapshot(mine, SAMPLE_SLUG)
    finally:
        snapshot_reader._PARTS["participants"] = real
    assert added == ["late-guest"]
    known = {p.id for p in snap.participants}
    assert all(snap.attendee_ids(item) <= known for item in snap.items)
    assert "Late meeting" not in {i.title for i in snap.items}
    again = load_snapshot(mine, SAMPLE_SLUG)  # the next read sees both commits
    assert "late-guest" in {p.key for p in again.participants}
    assert "Late meeting" in {i.title for i in again.items}
