"""Export then import gives the identical tour, UIDs and SEQUENCE numbers included."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tourplanner.core.errors import TourExistsError, TourFileError
from tourplanner.core.model import TourSnapshot
from tourplanner.services import items, tour_list, tours
from tourplanner.services.database import Database, open_database
from tourplanner.services.tourfile import (
    SAMPLE_FILE,
    SAMPLE_SLUG,
    export_tour_bytes,
    export_tour_file,
    import_tour_bytes,
    import_tour_file,
    load_sample,
)


def _without_ids(snap: TourSnapshot) -> dict[str, object]:
    """The snapshot's content with database ids replaced by the keys they stand for."""
    people = {p.id: p.key for p in snap.participants}
    groups = {g.id: g.key for g in snap.groups}
    sites = {s.id: s.key for s in snap.sites}

    def plain(obj: object) -> dict[str, object]:
        d = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        for name in ("id", "tour_id", "version"):
            d.pop(name, None)
        return d

    out_items = []
    for it in snap.items:
        d = plain(it)
        d["site_id"] = sites.get(it.site_id)
        d["attendance"] = sorted(
            (a.scope, a.role, groups.get(a.group_id), people.get(a.participant_id))
            for a in it.attendance
        )
        out_items.append(d)
    return {
        "tour": plain(snap.tour),
        "sites": [plain(s) for s in snap.sites],
        "participants": [plain(p) for p in snap.participants],
        "groups": [
            {**plain(g), "member_ids": sorted(people[i] for i in g.member_ids)} for g in snap.groups
        ],
        "items": out_items,
        "busy": [
            (people.get(b.participant_id), sites.get(b.site_id), b.starts_at, b.ends_at, b.summary)
            for b in snap.busy_blocks
        ],
    }


def test_export_import_export_is_byte_identical(db: Database, other_db_url: str) -> None:
    load_sample(db)
    first = export_tour_bytes(db, SAMPLE_SLUG)
    doc = json.loads(first)
    # Version 2's fields are in the round trip, not just empty defaults.
    assert all(s["local_address"] and s["meeting_point"] for s in doc["sites"])
    assert doc["tour"]["hotline"] and len(doc["tour"]["duty_contacts"]) == 3
    assert len(doc["tour"]["day_notes"]) == 2
    other = open_database(other_db_url)
    try:
        result = import_tour_bytes(other, first)
        assert (result.slug, result.replaced) == (SAMPLE_SLUG, False)
        assert export_tour_bytes(other, SAMPLE_SLUG) == first
        original = tours.load_snapshot(db, SAMPLE_SLUG)
        copy = tours.load_snapshot(other, SAMPLE_SLUG)
        assert _without_ids(copy) == _without_ids(original)
        assert [(i.uid, i.sequence) for i in copy.items] == [
            (i.uid, i.sequence) for i in original.items
        ]
    finally:
        other.dispose()


def test_round_trip_keeps_edited_sequences_and_cancellations(
    db: Database, other_db_url: str
) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    first = snap.items[0]
    moved = items.update_item(
        db, first.id, first.version, starts_at=first.starts_at + timedelta(minutes=15)
    )
    cancelled = items.update_item(db, moved.id, moved.version, status="cancelled")
    assert cancelled.sequence == first.sequence + 2
    data = export_tour_bytes(db, SAMPLE_SLUG)
    other = open_database(other_db_url)
    try:
        import_tour_bytes(other, data)
        copied = {i.uid: i for i in tours.load_snapshot(other, SAMPLE_SLUG).items}
        assert copied[first.uid].sequence == cancelled.sequence
        assert copied[first.uid].status.value == "cancelled"
        assert copied[first.uid].starts_at == cancelled.starts_at
        assert export_tour_bytes(other, SAMPLE_SLUG) == data
    finally:
        other.dispose()


def test_export_is_deterministic_and_documented(db: Database) -> None:
    load_sample(db)
    data = export_tour_bytes(db, SAMPLE_SLUG)
    assert data == export_tour_bytes(db, SAMPLE_SLUG)
    doc = json.loads(data)
    assert doc["format"] == "tourplanner.tour" and doc["version"] == 4
    assert [s["key"] for s in doc["sites"]] == sorted(s["key"] for s in doc["sites"])
    starts = [datetime.fromisoformat(i["start"]) for i in doc["items"]]
    assert starts == sorted(starts)
    assert "两江新区" in data.decode("utf-8"), "Chinese is written as text, not escapes"


def test_export_file_is_written_atomically(db: Database, tmp_path) -> None:
    load_sample(db)
    target = tmp_path / "out" / "tour.json"
    export_tour_file(db, SAMPLE_SLUG, target)
    assert target.read_bytes() == export_tour_bytes(db, SAMPLE_SLUG)
    assert [p.name for p in target.parent.iterdir()] == ["tour.json"]


def test_existing_slug_needs_replace_and_replace_swaps_the_whole_tour(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    items.delete_item(db, snap.items[-1].id)
    with pytest.raises(TourExistsError, match="tour 'chongqing-2021' already exists"):
        import_tour_file(db, SAMPLE_FILE)
    assert len(tours.load_snapshot(db, SAMPLE_SLUG).items) == len(snap.items) - 1
    result = import_tour_file(db, SAMPLE_FILE, replace=True)
    assert result.replaced and len(tours.load_snapshot(db, SAMPLE_SLUG).items) == len(snap.items)


def test_failed_replace_leaves_the_existing_tour_intact(db: Database) -> None:
    load_sample(db)
    before = export_tour_bytes(db, SAMPLE_SLUG)
    doc = json.loads(before)
    doc["items"][-1]["site"] = "no-such-site"
    with pytest.raises(TourFileError, match=r"\$\.items\[\d+\]\.site: unknown site"):
        import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    assert export_tour_bytes(db, SAMPLE_SLUG) == before


def test_uids_belonging_to_another_tour_are_refused(db: Database) -> None:
    load_sample(db)
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    doc["tour"]["slug"] = "copy"
    with pytest.raises(TourFileError, match=r"\$\.items\[0\]\.uid: .* belongs to tour"):
        import_tour_bytes(db, json.dumps(doc).encode())
    assert [t.slug for t in tour_list.list_tours(db)] == [SAMPLE_SLUG]


def test_minimal_file_gets_defaults(db: Database) -> None:
    doc = {
        "format": "tourplanner.tour",
        "version": 1,
        "tour": {
            "slug": "mini",
            "name": "Mini",
            "start_date": "2021-03-27",
            "end_date": "2021-03-27",
        },
        "items": [
            {
                "uid": "mini-1",
                "kind": "meal",
                "title": "Lunch",
                "start": "2021-03-27T12:00:00+08:00",
                "end": "2021-03-27T13:00:00+08:00",
            }
        ],
    }
    import_tour_bytes(db, json.dumps(doc).encode())
    snap = tours.load_snapshot(db, "mini")
    assert snap.tour.timezone == "Asia/Shanghai" and snap.tour.start_date == date(2021, 3, 27)
    (item,) = snap.items
    assert item.status.value == "confirmed" and item.sequence == 0
    assert item.starts_at == datetime(2021, 3, 27, 12, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_the_example_in_the_docs_imports(db: Database) -> None:
    """docs/tour-file.md's example stays a valid, importable file."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "tour-file.md").read_text("utf-8")
    example = text.split("## A short example", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    result = import_tour_bytes(db, example.encode("utf-8"), source="docs example")
    assert result.items >= 2 and tours.load_snapshot(db, result.slug).items


def test_road_settings_travel_in_the_tour_file_only_when_set(db: Database) -> None:
    from dataclasses import replace

    load_sample(db)
    plain = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    assert "traffic_factor" not in plain["tour"]["travel"]
    assert "routing_url" not in plain["tour"]["travel"]
    tour = tours.get_tour(db, SAMPLE_SLUG)
    road = replace(tour.travel, traffic_factor=1.3, routing_url="https://osrm.example.org")
    tours.update_tour(db, SAMPLE_SLUG, tour.version, travel=road)
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    assert doc["tour"]["travel"]["traffic_factor"] == 1.3
    assert doc["tour"]["travel"]["routing_url"] == "https://osrm.example.org"
    import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    assert tours.get_tour(db, SAMPLE_SLUG).travel == road
    for bad, fragment in (
        ("osrm.local", "routing_url"),
        ("https://osrm example", "routing_url"),
    ):
        doc["tour"]["travel"]["routing_url"] = bad
        with pytest.raises(TourFileError, match=fragment):
            import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    doc["tour"]["travel"]["routing_url"] = "https://osrm.example.org"
    doc["tour"]["travel"]["traffic_factor"] = 9
    with pytest.raises(TourFileError, match="traffic_factor"):
        import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    assert tours.get_tour(db, SAMPLE_SLUG).travel == road


def test_written_files_are_readable_by_others_as_new_files_are(db: Database, tmp_path) -> None:
    """A web server running as another user must be able to serve a published page."""
    import os
    import stat

    from tourplanner.services.files import atomic_write

    mask = os.umask(0o022)
    os.umask(mask)
    out = atomic_write(tmp_path / "page.html", b"<p>hi</p>")
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
    assert out.stat().st_mode & stat.S_IROTH or mask & 0o004
