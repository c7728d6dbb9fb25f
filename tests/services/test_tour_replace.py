"""`import tour --replace` keeps identity: after export, edit and replace, what was sent and
synced is still known, SEQUENCE rises only for items whose time, place or status changed and
never goes down, and `send --changed-only` sends the changed item's people. Against the real
aiosmtpd and Radicale servers the tests start, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from icalendar import Calendar
from sqlalchemy import func, select

from tests.servers.radicale import RadicaleServer, radicale_fixture  # noqa: F401
from tests.servers.smtp import SmtpServer, smtp_server_fixture  # noqa: F401
from tourplanner.core.dispatch import UpdateStatus
from tourplanner.core.enums import ParticipantRole
from tourplanner.integrations.mailer import parse_smtp_url
from tourplanner.services.database import Database
from tourplanner.services.dispatches import get_mail_template, list_dispatches, save_mail_template
from tourplanner.services.items import update_item
from tourplanner.services.mail_plan import DELEGATES, mail_plan
from tourplanner.services.mailing import Outcome, send_mail
from tourplanner.services.sync import CalendarAccount, sync_caldav
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_bytes,
)
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm

MOVED = "Press interviews (Group B)"  # at the Belt and Road centre, for Group B only


def later(iso: str, minutes: int) -> str:
    return (datetime.fromisoformat(iso) + timedelta(minutes=minutes)).isoformat()


def moved_in_file(db: Database, minutes: int = 30) -> bytes:
    """The exported tour file with the MOVED item ``minutes`` later."""
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    (item,) = [i for i in doc["items"] if i["title"] == MOVED]
    item["start"], item["end"] = later(item["start"], minutes), later(item["end"], minutes)
    return json.dumps(doc, ensure_ascii=False).encode()


def sequences(db: Database) -> dict[str, int]:
    return {i.uid: i.sequence for i in load_snapshot(db, SAMPLE_SLUG).items}


def rows(db: Database, table: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_round_trip_keeps_dispatches_and_changed_only_sends_the_moved_items_people(
    sample_db: Database, smtp_server: SmtpServer
) -> None:
    smtp = parse_smtp_url(smtp_server.url)
    first = send_mail(sample_db, SAMPLE_SLUG, DELEGATES, smtp=smtp, allow_errors=True)
    assert first.ok and first.count(Outcome.SENT) > 0
    records = list_dispatches(sample_db, SAMPLE_SLUG)
    before = sequences(sample_db)
    snap = load_snapshot(sample_db, SAMPLE_SLUG)
    ids = {p.id: p.key for p in snap.participants}

    result = import_tour_bytes(sample_db, moved_in_file(sample_db), replace=True)
    assert result.replaced

    after_snap = load_snapshot(sample_db, SAMPLE_SLUG)
    assert {p.key: p.id for p in after_snap.participants} == {k: i for i, k in ids.items()}
    assert list_dispatches(sample_db, SAMPLE_SLUG) == records, "what was sent is remembered"
    (moved,) = [i for i in after_snap.items if i.title == MOVED]
    after = sequences(sample_db)
    assert after[moved.uid] == before[moved.uid] + 1
    assert {u: s for u, s in after.items() if u != moved.uid} == {
        u: s for u, s in before.items() if u != moved.uid
    }, "unchanged items keep their SEQUENCE"

    delegates = {p.key for p in after_snap.participants if p.role is ParticipantRole.DELEGATE}
    attending = {after_snap.participants_by_id[i].key for i in after_snap.attendee_ids(moved)}
    expected = {f"person:{k}" for k in attending & delegates}
    plan = mail_plan(sample_db, SAMPLE_SLUG, DELEGATES)
    assert plan.with_status(UpdateStatus.NEW) == []
    assert {e.recipient.key for e in plan.with_status(UpdateStatus.CHANGED)} == expected

    mark = len(smtp_server.received)
    update = send_mail(
        sample_db, SAMPLE_SLUG, DELEGATES, smtp=smtp, changed_only=True, allow_errors=True
    )
    assert update.ok and update.count(Outcome.LEFT_OUT) == 0
    sent_to = {r.recipient.key for r in update.results if r.outcome is Outcome.SENT}
    assert sent_to == expected and expected
    arrived = smtp_server.received[mark:]
    assert len(arrived) == len(expected)
    for message in arrived:
        calendar = next(
            p
            for p in message.message().iter_attachments()
            if p.get_content_type() == "text/calendar"
        )
        events = {
            str(e["UID"]): int(e["SEQUENCE"])
            for e in Calendar.from_ical(calendar.get_content()).walk("VEVENT")
        }
        assert events[moved.uid] == before[moved.uid] + 1


def test_sequence_never_goes_down_and_rises_once_per_replace(sample_db: Database) -> None:
    snap = load_snapshot(sample_db, SAMPLE_SLUG)
    (item,) = [i for i in snap.items if i.title == MOVED]
    stale = moved_in_file(sample_db, minutes=0)  # the file says SEQUENCE 0, as exported now
    twice = update_item(sample_db, item.id, item.version, status="tentative")
    twice = update_item(sample_db, item.id, twice.version, status="confirmed")
    assert twice.sequence == item.sequence + 2

    # The file's SEQUENCE is lower than the stored one, time, place and status the same.
    import_tour_bytes(sample_db, stale, replace=True)
    assert sequences(sample_db)[item.uid] == twice.sequence, "never goes down"

    # Moved in a file that still says the old SEQUENCE: one above the stored one.
    doc = json.loads(stale)
    (entry,) = [i for i in doc["items"] if i["uid"] == item.uid]
    entry["start"], entry["end"] = later(entry["start"], 15), later(entry["end"], 15)
    import_tour_bytes(sample_db, json.dumps(doc).encode(), replace=True)
    assert sequences(sample_db)[item.uid] == twice.sequence + 1
    # The same file again changes nothing: time, place and status are now as stored.
    import_tour_bytes(sample_db, json.dumps(doc).encode(), replace=True)
    assert sequences(sample_db)[item.uid] == twice.sequence + 1

    # A new place or status counts as well; a new title does not.
    doc = json.loads(export_tour_bytes(sample_db, SAMPLE_SLUG))
    (entry,) = [i for i in doc["items"] if i["uid"] == item.uid]
    entry["site"], entry["title"] = "hotel-yuelai", "Renamed"
    import_tour_bytes(sample_db, json.dumps(doc).encode(), replace=True)
    assert sequences(sample_db)[item.uid] == twice.sequence + 2
    entry["sequence"], entry["status"] = twice.sequence + 2, "cancelled"
    import_tour_bytes(sample_db, json.dumps(doc).encode(), replace=True)
    assert sequences(sample_db)[item.uid] == twice.sequence + 3
    entry["title"] = "Renamed again"
    entry["sequence"] = twice.sequence + 3
    import_tour_bytes(sample_db, json.dumps(doc).encode(), replace=True)
    assert sequences(sample_db)[item.uid] == twice.sequence + 3


def test_replace_keeps_calendar_sync_state_and_templates(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    acct = CalendarAccount(radicale.url, radicale.user, radicale.password, timeout=10)
    first = sync_caldav(sample_db, SAMPLE_SLUG, acct, allow_errors=True)
    states = rows(sample_db, orm.CalendarSyncState)
    assert states == first.created > 0
    template = save_mail_template(
        sample_db, SAMPLE_SLUG, "delegate", "en", "Your programme", "Dear {name}, see attached."
    )
    import_tour_bytes(sample_db, moved_in_file(sample_db), replace=True)
    assert rows(sample_db, orm.CalendarSyncState) == states
    assert get_mail_template(sample_db, SAMPLE_SLUG, "delegate", "en") == template

    (moved,) = [i for i in load_snapshot(sample_db, SAMPLE_SLUG).items if i.title == MOVED]
    mark = radicale.mark()
    again = sync_caldav(sample_db, SAMPLE_SLUG, acct, allow_errors=True)
    assert (again.created, again.updated, again.deleted, again.conflicts) == (0, 1, 0, 0)
    assert again.unchanged == states - 1
    assert [w.method for w in radicale.writes(mark)] == ["PUT"]
    body = radicale.get(again.calendar_url + moved.uid + ".ics").body
    event = Calendar.from_ical(body).walk("VEVENT")[0]
    assert int(event["SEQUENCE"]) == moved.sequence == 1
    assert event.start == moved.starts_at


def test_replace_adds_and_removes_what_the_file_adds_and_removes(sample_db: Database) -> None:
    doc = json.loads(export_tour_bytes(sample_db, SAMPLE_SLUG))
    kept = {p["key"] for p in doc["participants"]}
    gone_item = doc["items"].pop()
    doc["vehicle_assignments"] = [
        a for a in doc.get("vehicle_assignments", []) if a["item"] != gone_item["uid"]
    ]
    doc["items"].append({**gone_item, "uid": "new-item-1", "title": "A new item"})
    import_tour_bytes(sample_db, json.dumps(doc).encode(), replace=True)
    snap = load_snapshot(sample_db, SAMPLE_SLUG)
    uids = {i.uid for i in snap.items}
    assert "new-item-1" in uids and gone_item["uid"] not in uids
    assert {p.key for p in snap.participants} == kept
    # Exported again, the file is the one imported (ids aside, nothing else moved).
    again = json.loads(export_tour_bytes(sample_db, SAMPLE_SLUG))
    assert sorted(i["uid"] for i in again["items"]) == sorted(i["uid"] for i in doc["items"])
    assert again["participants"] == doc["participants"]
    assert again["sites"] == doc["sites"]
