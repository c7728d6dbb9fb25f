"""The change log: every change in the transaction that made it, who and which action,
children folded into their parent, big batches counted; read back by the service and the
CLI. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tourplanner.core.errors import ValidationError
from tourplanner.services import history, items, sites, tours
from tourplanner.services.database import Database
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_bytes,
    load_sample,
)


def test_an_edit_is_logged_with_who_what_and_before_after(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    dinner = next(i for i in snap.items if i.title == "Welcome dinner")
    later = dinner.starts_at + timedelta(minutes=15)
    with history.acting(who="Ben Ortiz", action="Move item"):
        items.update_item(
            db,
            dinner.id,
            dinner.version,
            starts_at=later,
            ends_at=dinner.ends_at + timedelta(minutes=15),
        )
    entry, created = history.list_history(db, SAMPLE_SLUG, item_uid=dinner.uid)
    assert created.op == "create" and created.changes["title"] == [None, "Welcome dinner"]
    assert (entry.who, entry.action, entry.kind, entry.op) == (
        "Ben Ortiz",
        "Move item",
        "item",
        "update",
    )
    assert entry.key == dinner.uid and entry.label == "Welcome dinner"
    before, after = entry.changes["starts_at"]
    assert datetime.fromisoformat(before) == dinner.starts_at
    assert datetime.fromisoformat(after) == later
    assert set(entry.changes) == {"starts_at", "ends_at"}  # no version counter, no timestamps
    zone = ZoneInfo("Asia/Shanghai")
    line = history.describe(entry, zone, now=entry.at + timedelta(minutes=3))
    local = dinner.starts_at.astimezone(zone).strftime("%H:%M")
    assert line == (
        f"Moved Welcome dinner {local} → {later.astimezone(zone):%H:%M} by Ben Ortiz, 3 min ago"
    )


def test_a_refused_change_leaves_no_log(db: Database) -> None:
    load_sample(db)
    site = tours.load_snapshot(db, SAMPLE_SLUG).sites[0]
    count = len(history.list_history(db, SAMPLE_SLUG))
    with pytest.raises(ValidationError):
        sites.update_site(db, site.id, site.version, latitude=500.0)
    assert len(history.list_history(db, SAMPLE_SLUG)) == count


def test_attendance_is_a_change_of_its_item_and_no_change_is_not_logged(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    item = next(i for i in snap.items if len(i.attendance) >= 2)
    kept = item.attendance[:-1]
    with history.acting(action="Remove attendee"):
        items.update_item(db, item.id, item.version, attendance=kept)
    entry, _created = history.list_history(db, SAMPLE_SLUG, item_uid=item.uid)
    removed, added = entry.changes["attendees"]
    assert len(removed) == 1 and added == [] and entry.op == "update"
    # Writing the same attendance again changes nothing, and logs nothing.
    again = tours.load_snapshot(db, SAMPLE_SLUG)
    same = next(i for i in again.items if i.id == item.id)
    items.update_item(db, same.id, same.version, attendance=same.attendance)
    assert len(history.list_history(db, SAMPLE_SLUG, item_uid=item.uid)) == 2


def test_a_whole_tour_is_counted_not_listed_and_a_replace_logs_only_what_changed(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tourplanner.store import history as store_history

    # Above this many rows of a kind, one transaction's additions are one counted row.
    monkeypatch.setattr(store_history, "SUMMARY_ABOVE", 20)
    with history.acting(who="importer", action="Import tour file"):
        load_sample(db)
    added = history.list_history(db, SAMPLE_SLUG)
    assert added and all(e.who == "importer" for e in added)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    counted = {e.kind: e for e in added if e.record_id is None}
    assert len(snap.items) > 20 and counted["item"].changes["rows"] == [None, len(snap.items)]
    assert counted["item"].label == f"{len(snap.items)} items added"
    assert not [e for e in added if e.kind == "item" and e.record_id is not None]
    # Sites are fewer: one row each, and no attendee, member or seat rows at all.
    assert len(snap.sites) <= 20
    assert sorted(e.key for e in added if e.kind == "site") == sorted(s.key for s in snap.sites)
    assert {e.kind for e in added} <= {"tour", "site", "participant", "group", "item", "vehicle"}
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    doc_title = doc["items"][0]["title"]
    doc["items"][0]["title"] = "Arrival (changed)"
    with history.acting(action="Replace from tour file"):
        import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    replaced = [
        e for e in history.list_history(db, SAMPLE_SLUG) if e.action == "Replace from tour file"
    ]
    # Attendees, on-duty contacts and day notes are written afresh by a replace: the same
    # rows again are no change.
    assert [(e.kind, e.op, e.changes) for e in replaced] == [
        ("item", "update", {"title": [doc_title, "Arrival (changed)"]})
    ]


def test_since_and_json(db: Database) -> None:
    load_sample(db)
    mark = datetime.now(UTC)
    site = tours.load_snapshot(db, SAMPLE_SLUG).sites[0]
    with history.acting(who="Li Wei", action="Edit site"):
        sites.update_site(db, site.id, site.version, name=site.name + " (East gate)")
    recent = history.list_history(db, SAMPLE_SLUG, since=mark)
    assert [e.label for e in recent] == [site.name + " (East gate)"]
    out = recent[0].as_json()
    assert set(out) == {"at", "who", "action", "record", "changes"}
    assert out["record"]["kind"] == "site" and out["changes"]["name"][1].endswith("(East gate)")
    assert out["at"].endswith("Z")
    with pytest.raises(ValidationError, match="zone"):
        history.list_history(db, SAMPLE_SLUG, since=datetime(2021, 1, 1))


def test_tokens_never_reach_the_log(db: Database) -> None:
    from tourplanner.services.publish_target import revoke_token

    load_sample(db)
    person = tours.load_snapshot(db, SAMPLE_SLUG).participants[0]
    old = person.publish_token
    revoke_token(db, SAMPLE_SLUG, person.key)
    entries = history.list_history(db, SAMPLE_SLUG)
    assert any(e.kind == "participant" and e.op == "create" for e in entries)
    revoked = [e for e in entries if e.kind == "participant" and e.op == "update"]
    assert [e.changes for e in revoked] == [{"publish_token": ["(hidden)", "(hidden)"]}]
    new = tours.load_snapshot(db, SAMPLE_SLUG).participants_by_id[person.id].publish_token
    text = json.dumps([e.as_json() for e in entries])
    assert old and new and old != new and old not in text and new not in text


def test_who_defaults_to_the_setting_then_the_environment(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_sample(db)
    site = tours.load_snapshot(db, SAMPLE_SLUG).sites[0]
    monkeypatch.setenv("TOURPLANNER_USER", "Ops Desk")
    history.set_default_who("")
    sites.update_site(db, site.id, site.version, capacity=99)
    assert history.list_history(db, SAMPLE_SLUG)[0].who == "Ops Desk"
    history.set_default_who("Anna Keller")
    try:
        again = tours.load_snapshot(db, SAMPLE_SLUG).sites_by_id[site.id]
        sites.update_site(db, site.id, again.version, capacity=98)
        assert history.list_history(db, SAMPLE_SLUG)[0].who == "Anna Keller"
    finally:
        history.set_default_who("")
