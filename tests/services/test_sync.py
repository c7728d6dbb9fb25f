"""CalDAV sync against a real Radicale started by the tests (no mocks for CalDAV).

What reached the server is read from the server's own log (``RadicaleServer.writes``) and
what it stores from its storage folder, so "a second run sends no writes" and "each UID
exactly once" are checked on the server side, not only by the client's bookkeeping.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from tests.cli_runner import run_main
from tests.servers.radicale import RadicaleServer, free_port, radicale_fixture  # noqa: F401
from tourplanner.core.enums import ItemStatus
from tourplanner.core.errors import NotFoundError, TourplannerError, ValidationError
from tourplanner.core.model import ScheduleItem
from tourplanner.core.sync_events import content_hash
from tourplanner.integrations.caldav_client import CalDAVAuthError, CalDAVError, Exchange
from tourplanner.services.database import Database, open_database
from tourplanner.services.items import delete_item, get_item, update_item
from tourplanner.services.sync import (
    ALL,
    CalendarAccount,
    ProposalKind,
    SyncReport,
    resolve_password,
    sync_caldav,
    sync_site_calendars,
)
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm

ROOT = Path(__file__).resolve().parents[2]
SITE = "belt-road-centre"  # four items in the sample tour


@pytest.fixture
def sqlite_db(sqlite_sample_db: Database) -> Database:
    """The sample tour in an SQLite file, for tests where the backend does not matter."""
    return sqlite_sample_db


def account(server: RadicaleServer, password: str | None = None) -> CalendarAccount:
    return CalendarAccount(server.url, server.user, password or server.password, timeout=10)


def sync(db: Database, server: RadicaleServer, **kw: object) -> SyncReport:
    kw.setdefault("allow_errors", True)  # the sample's deliberate conflict
    return sync_caldav(db, SAMPLE_SLUG, account(server), **kw)


def stored_uids(server: RadicaleServer, report: SyncReport) -> list[str]:
    """The UID of every resource the server stores in the report's calendar."""
    uids = []
    for body in server.resources(report.calendar_url).values():
        events = Calendar.from_ical(body).walk("VEVENT")
        assert len(events) == 1, "one event per resource"
        uids.append(str(events[0]["UID"]))
    return uids


def stored_event(server: RadicaleServer, report: SyncReport, uid: str) -> Calendar:
    for body in server.resources(report.calendar_url).values():
        cal = Calendar.from_ical(body)
        if str(cal.walk("VEVENT")[0]["UID"]) == uid:
            return cal
    raise AssertionError(f"{uid} is not on the server")


def site_items(db: Database, site: str = SITE) -> list[ScheduleItem]:
    snap = load_snapshot(db, SAMPLE_SLUG)
    site_id = next(s.id for s in snap.sites if s.key == site)
    return [it for it in snap.items if it.site_id == site_id]


def state_rows(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(orm.CalendarSyncState)) or 0


def href_of(report: SyncReport, uid: str) -> str:
    return report.calendar_url + uid + ".ics"


def host_moves(server: RadicaleServer, report: SyncReport, uid: str, hours: int) -> None:
    """The host moves an event in their own calendar app."""
    href = href_of(report, uid)
    cal = Calendar.from_ical(server.get(href).body)
    event = cal.walk("VEVENT")[0]
    start, end = event.start, event.end
    event["DTSTART"].dt = start + timedelta(hours=hours)
    event["DTEND"].dt = end + timedelta(hours=hours)
    assert server.put(href, cal.to_ical()).status == 204


# --- create, update, cancel, delete, idempotence ----------------------------------------------


def test_first_sync_creates_the_calendar_and_one_resource_per_event(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    report = sync(sample_db, radicale)
    items = load_snapshot(sample_db, SAMPLE_SLUG).items
    assert report.calendar_created and report.written
    assert report.calendar_url == radicale.home_url() + "chongqing-2021/"
    assert (report.created, report.updated, report.deleted) == (len(items), 0, 0)
    assert report.conflicts == 0 and report.proposals == ()
    assert sorted(stored_uids(radicale, report)) == sorted(it.uid for it in items)
    for body in radicale.resources(report.calendar_url).values():
        assert b"METHOD" not in body, "no METHOD in anything sent to a CalDAV server"
    writes = Counter(r.method for r in radicale.writes())
    assert writes == {"MKCALENDAR": 1, "PUT": len(items)}
    assert state_rows(sample_db) == len(items)


def test_second_run_with_no_changes_sends_no_writes(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    sync(sample_db, radicale)
    mark = radicale.mark()
    again = sync(sample_db, radicale)
    assert (again.created, again.updated, again.deleted, again.conflicts) == (0, 0, 0, 0)
    assert again.unchanged == len(load_snapshot(sample_db, SAMPLE_SLUG).items)
    assert radicale.writes(since=mark) == [], "nothing that could change the server"
    assert again.writes == 0 and set(again.requests) == {"PROPFIND"}
    listings = [r for r in radicale.requests(since=mark) if r.path.endswith("chongqing-2021/")]
    assert len(listings) == 1, "one listing of the calendar decides everything"


def test_a_moved_item_raises_sequence_and_is_put_again(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    sync(sample_db, radicale, site=SITE)
    item = site_items(sample_db)[0]
    update_item(
        sample_db,
        item.id,
        item.version,
        starts_at=item.starts_at + timedelta(minutes=30),
        ends_at=item.ends_at + timedelta(minutes=30),
    )
    mark = radicale.mark()
    report = sync(sample_db, radicale, site=SITE)
    assert (report.created, report.updated, report.deleted) == (0, 1, 0)
    assert report.unchanged == 3
    assert [(w.method, w.path.rsplit("/", 1)[-1]) for w in radicale.writes(mark)] == [
        ("PUT", f"{item.uid}.ics")
    ]
    event = stored_event(radicale, report, item.uid).walk("VEVENT")[0]
    assert int(event["SEQUENCE"]) == item.sequence + 1
    assert event.start == item.starts_at + timedelta(minutes=30)


def test_a_cancelled_item_stays_in_the_calendar_as_cancelled(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    sync(sample_db, radicale, site=SITE)
    item = site_items(sample_db)[1]
    update_item(sample_db, item.id, item.version, status=ItemStatus.CANCELLED)
    report = sync(sample_db, radicale, site=SITE)
    assert (report.updated, report.deleted) == (1, 0)
    event = stored_event(radicale, report, item.uid).walk("VEVENT")[0]
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) == item.sequence + 1
    assert len(stored_uids(radicale, report)) == 4


def test_a_deleted_item_is_deleted_from_the_calendar(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sample_db, radicale, site=SITE)
    item = site_items(sample_db)[2]
    delete_item(sample_db, item.id)
    mark = radicale.mark()
    report = sync(sample_db, radicale, site=SITE)
    assert (report.created, report.updated, report.deleted, report.unchanged) == (0, 0, 1, 3)
    assert [w.method for w in radicale.writes(mark)] == ["DELETE"]
    assert item.uid not in stored_uids(radicale, first)
    assert state_rows(sample_db) == 3


def test_an_item_moved_to_another_site_leaves_that_sites_calendar(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    sync(sqlite_db, radicale, site=SITE)
    item = site_items(sqlite_db)[0]
    other = next(s for s in load_snapshot(sqlite_db, SAMPLE_SLUG).sites if s.key == "clciz")
    update_item(sqlite_db, item.id, item.version, site_id=other.id)
    report = sync(sqlite_db, radicale, site=SITE)
    assert (report.deleted, report.unchanged) == (1, 3)
    elsewhere = sync(sqlite_db, radicale, site="clciz")
    assert item.uid in stored_uids(radicale, elsewhere)


def test_a_dry_run_sends_and_records_nothing(sqlite_db: Database, radicale: RadicaleServer) -> None:
    report = sync(sqlite_db, radicale, dry_run=True)
    assert not report.written and report.calendar_created and report.created == 23
    assert radicale.writes() == [] and state_rows(sqlite_db) == 0
    sync(sqlite_db, radicale)
    item = load_snapshot(sqlite_db, SAMPLE_SLUG).items[0]
    update_item(sqlite_db, item.id, item.version, title="Arrival (changed)")
    mark = radicale.mark()
    planned = sync(sqlite_db, radicale, dry_run=True)
    assert planned.updated >= 1 and not planned.written
    assert radicale.writes(mark) == []
    assert sync(sqlite_db, radicale).updated == planned.updated


def test_every_hosts_calendar_in_one_session(sample_db: Database, radicale: RadicaleServer) -> None:
    reports = sync_site_calendars(sample_db, SAMPLE_SLUG, account(radicale), allow_errors=True)
    snap = load_snapshot(sample_db, SAMPLE_SLUG)
    with_items = {it.site_id for it in snap.items if it.site_id is not None}
    assert len(reports) == len(with_items)
    assert sum(r.created for r in reports) == sum(1 for it in snap.items if it.site_id)
    assert all(r.calendar_created and "-site-" in r.calendar_url for r in reports)
    assert sum(r.writes for r in reports) == len(radicale.writes())
    mark = radicale.mark()
    again = sync_site_calendars(sample_db, SAMPLE_SLUG, account(radicale), allow_errors=True)
    assert sum(r.changes for r in again) == 0 and radicale.writes(mark) == []
    assert [r.calendar_url for r in again] == [r.calendar_url for r in reports]
    one = sync(sample_db, radicale, site=SITE)
    assert one.calendar_url in {r.calendar_url for r in reports} and one.changes == 0


def test_a_calendar_url_is_synced_as_it_is(sqlite_db: Database, radicale: RadicaleServer) -> None:
    url = radicale.home_url() + "my-own-calendar/"
    assert radicale.send("MKCALENDAR", url).status == 201
    direct = CalendarAccount(url, radicale.user, radicale.password)
    report = sync_caldav(sqlite_db, SAMPLE_SLUG, direct, site=SITE, allow_errors=True)
    assert report.calendar_url == url and not report.calendar_created and report.created == 4
    with pytest.raises(ValidationError, match="leave out --calendar"):
        sync_caldav(sqlite_db, SAMPLE_SLUG, direct, site=SITE, calendar="other", allow_errors=True)


def test_content_hash_ignores_dtstamp_only() -> None:
    a = b"BEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20210101T000000Z\r\nSUMMARY:A\r\nEND:VEVENT\r\n"
    b = a.replace(b"20210101T000000Z", b"20260101T120000Z")
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a.replace(b"SUMMARY:A", b"SUMMARY:B"))
    folded = a.replace(b"SUMMARY:A", b"SUMMARY:\r\n A")
    assert content_hash(folded) == content_hash(a)


def test_unknown_site_fails_before_any_request(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    with pytest.raises(NotFoundError, match="no site with key 'nowhere'"):
        sync(sqlite_db, radicale, site="nowhere")
    assert radicale.requests() == []


# --- failures ---------------------------------------------------------------------------------


def test_wrong_password_is_one_line(sqlite_db: Database, radicale: RadicaleServer) -> None:
    with pytest.raises(CalDAVAuthError) as caught:
        sync_caldav(
            sqlite_db, SAMPLE_SLUG, account(radicale, "wrong-password-31"), allow_errors=True
        )
    assert "wrong user name or password (401)" in str(caught.value)
    assert "wrong-password-31" not in str(caught.value)
    assert state_rows(sqlite_db) == 0


def test_server_down_at_the_start_is_one_line(sqlite_db: Database) -> None:
    port = free_port()
    down = CalendarAccount(f"http://127.0.0.1:{port}/", "u", "p", timeout=5)
    with pytest.raises(CalDAVError) as caught:
        sync_caldav(sqlite_db, SAMPLE_SLUG, down, allow_errors=True)
    assert str(caught.value) == (
        f"cannot reach the CalDAV server at http://127.0.0.1:{port}/: connection refused"
    )


def test_server_killed_mid_sync_then_a_rerun_converges_without_duplicates(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    puts = 0

    def kill_after_three_puts(exchange: Exchange) -> None:
        nonlocal puts
        if exchange.method == "PUT":
            puts += 1
            if puts == 3:
                radicale.kill()

    with pytest.raises(CalDAVError) as caught:
        sync(sample_db, radicale, observer=kill_after_three_puts)
    message = str(caught.value)
    assert message.startswith("lost the connection to the CalDAV server at")
    assert "after 3 of 23 changes" in message and "\n" not in message
    assert state_rows(sample_db) == 3, "what was finished is recorded"

    radicale.start()  # same port, same storage
    report = sync(sample_db, radicale)
    assert (report.created, report.unchanged, report.conflicts) == (20, 3, 0)
    uids = stored_uids(radicale, report)
    assert len(uids) == len(set(uids)) == 23, "each UID exactly once"
    mark = radicale.mark()
    assert sync(sample_db, radicale).unchanged == 23
    assert radicale.writes(mark) == []


def test_a_put_whose_answer_was_lost_is_adopted_not_duplicated(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    """The server stored the event but the sync died before recording it."""

    class Crash(Exception):
        pass

    puts = 0

    def crash_after_five_puts(exchange: Exchange) -> None:
        nonlocal puts
        if exchange.method == "PUT":
            puts += 1
            if puts == 5:
                raise Crash  # after the server answered, before the sync recorded it

    with pytest.raises(Crash):
        sync(sample_db, radicale, observer=crash_after_five_puts)
    assert state_rows(sample_db) == 4
    mark = radicale.mark()
    report = sync(sample_db, radicale)
    assert (report.created, report.updated, report.unchanged) == (18, 0, 5)
    assert len(radicale.writes(mark)) == 18, "the orphaned fifth event is not sent again"
    assert sorted(stored_uids(radicale, report)) == sorted(
        it.uid for it in load_snapshot(sample_db, SAMPLE_SLUG).items
    )


def test_someone_elses_events_in_the_calendar_are_left_alone(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sqlite_db, radicale, site=SITE)
    own = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//host//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:host-own-1\r\nDTSTAMP:20210301T000000Z\r\nDTSTART:20210328T020000Z\r\n"
        b"DTEND:20210328T030000Z\r\nSUMMARY:Staff meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert radicale.put(first.calendar_url + "host-own-1.ics", own).status == 201
    mark = radicale.mark()
    report = sync(sqlite_db, radicale, site=SITE)
    assert (report.changes, report.conflicts, report.unchanged) == (0, 0, 4)
    assert radicale.writes(mark) == []
    assert "host-own-1" in stored_uids(radicale, report)


def test_a_calendar_deleted_on_the_server_is_made_again(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sqlite_db, radicale, site=SITE)
    assert radicale.delete(first.calendar_url).status in (200, 204)
    report = sync(sqlite_db, radicale, site=SITE)
    assert report.calendar_created and report.created == 4 and report.conflicts == 0
    assert len(stored_uids(radicale, report)) == 4


def test_an_edit_between_listing_and_put_is_not_overwritten(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sqlite_db, radicale, site=SITE)
    item = site_items(sqlite_db)[0]
    update_item(sqlite_db, item.id, item.version, title="Visit (new title)")

    def host_edits_after_the_listing(exchange: Exchange) -> None:
        if exchange.method == "PROPFIND" and exchange.url == first.calendar_url:
            host_moves(radicale, first, item.uid, hours=1)

    report = sync(sqlite_db, radicale, site=SITE, observer=host_edits_after_the_listing)
    assert (report.updated, report.refused, report.conflicts) == (0, 1, 1)
    event = stored_event(radicale, first, item.uid).walk("VEVENT")[0]
    assert event.start == item.starts_at + timedelta(hours=1), "the host's edit stands"
    later = sync(sqlite_db, radicale, site=SITE)
    assert [p.kind for p in later.proposals] == [ProposalKind.MOVED]


# --- a host's own edits: proposals, accept, reject ---------------------------------------------


def test_host_move_is_a_proposal_and_accepting_moves_the_item(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sample_db, radicale, site=SITE)
    item = site_items(sample_db)[0]
    host_moves(radicale, first, item.uid, hours=2)

    mark = radicale.mark()
    report = sync(sample_db, radicale, site=SITE)
    assert radicale.writes(mark) == [], "the host's edit is not overwritten"
    assert report.conflicts == 1 and report.unchanged == 3
    (proposal,) = report.proposals
    assert proposal.kind is ProposalKind.MOVED and proposal.uid == item.uid
    assert proposal.theirs_start == item.starts_at + timedelta(hours=2)
    assert proposal.ours_start == item.starts_at

    review = sync(sample_db, radicale, site=SITE, pull=True)
    assert not review.written and [p.id for p in review.proposals] == [proposal.id]
    assert radicale.writes(mark) == []

    decided = sync(sample_db, radicale, site=SITE, accept=[proposal.id])
    assert [p.id for p in decided.accepted] == [proposal.id]
    assert decided.proposals == () and decided.updated == 1
    moved = get_item(sample_db, item.id)
    assert moved.starts_at == item.starts_at + timedelta(hours=2)
    assert moved.sequence == item.sequence + 1, "accepting goes through update_item"
    event = stored_event(radicale, first, item.uid).walk("VEVENT")[0]
    assert int(event["SEQUENCE"]) == moved.sequence and event.start == moved.starts_at

    mark = radicale.mark()
    settled = sync(sample_db, radicale, site=SITE)
    assert (settled.changes, settled.conflicts) == (0, 0)
    assert radicale.writes(mark) == []


def test_rejecting_a_host_move_puts_ours_back(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sqlite_db, radicale, site=SITE)
    item = site_items(sqlite_db)[1]
    host_moves(radicale, first, item.uid, hours=-1)
    (proposal,) = sync(sqlite_db, radicale, site=SITE).proposals
    report = sync(sqlite_db, radicale, site=SITE, reject=[proposal.id])
    assert [p.id for p in report.rejected] == [proposal.id] and report.updated == 1
    assert get_item(sqlite_db, item.id) == item, "the tour is unchanged"
    event = stored_event(radicale, first, item.uid).walk("VEVENT")[0]
    assert event.start == item.starts_at
    assert sync(sqlite_db, radicale, site=SITE).conflicts == 0


def test_host_deletion_accepted_cancels_the_item_and_is_not_put_back(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sample_db, radicale, site=SITE)
    item = site_items(sample_db)[3]
    assert radicale.delete(href_of(first, item.uid)).status in (200, 204)

    mark = radicale.mark()
    report = sync(sample_db, radicale, site=SITE)
    (proposal,) = report.proposals
    assert proposal.kind is ProposalKind.DELETED and proposal.in_calendar
    assert radicale.writes(mark) == [], "nothing is put back without a decision"

    decided = sync(sample_db, radicale, site=SITE, accept=ALL)
    cancelled = get_item(sample_db, item.id)
    assert cancelled.status is ItemStatus.CANCELLED
    assert cancelled.sequence == item.sequence + 1
    assert decided.changes == 0 and decided.conflicts == 0
    assert item.uid not in stored_uids(radicale, first)

    mark = radicale.mark()
    assert sync(sample_db, radicale, site=SITE).conflicts == 0
    assert radicale.writes(mark) == [], "the accepted deletion is remembered"

    # The organiser later reinstates the item: it goes back into the host's calendar.
    update_item(sample_db, item.id, cancelled.version, status=ItemStatus.CONFIRMED)
    back = sync(sample_db, radicale, site=SITE)
    assert back.created == 1 and item.uid in stored_uids(radicale, first)


def test_rejecting_a_host_deletion_puts_the_event_back(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sqlite_db, radicale, site=SITE)
    item = site_items(sqlite_db)[0]
    radicale.delete(href_of(first, item.uid))
    (proposal,) = sync(sqlite_db, radicale, site=SITE).proposals
    report = sync(sqlite_db, radicale, site=SITE, reject=[proposal.id])
    assert report.created == 1 and get_item(sqlite_db, item.id).status is item.status
    assert sorted(stored_uids(radicale, first)) == sorted(it.uid for it in site_items(sqlite_db))


def test_a_host_cancellation_and_a_plain_edit(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sqlite_db, radicale, site=SITE)
    one, two = site_items(sqlite_db)[:2]
    for uid, change in ((one.uid, "STATUS:CANCELLED"), (two.uid, "SUMMARY:Our big visit")):
        cal = Calendar.from_ical(radicale.get(href_of(first, uid)).body)
        event = cal.walk("VEVENT")[0]
        name, value = change.split(":", 1)
        event[name] = value
        assert radicale.put(href_of(first, uid), cal.to_ical()).status == 204
    proposals = {p.uid: p for p in sync(sqlite_db, radicale, site=SITE).proposals}
    assert proposals[one.uid].kind is ProposalKind.CANCELLED
    assert proposals[two.uid].kind is ProposalKind.EDITED
    assert proposals[two.uid].theirs_title == "Our big visit"

    report = sync(sqlite_db, radicale, site=SITE, accept=ALL)
    assert get_item(sqlite_db, one.id).status is ItemStatus.CANCELLED
    assert get_item(sqlite_db, two.id) == two, "an edit outside time and status is kept as is"
    assert report.updated == 1  # the cancelled one, with its raised SEQUENCE
    summary = stored_event(radicale, first, two.uid).walk("VEVENT")[0]["SUMMARY"]
    assert str(summary) == "Our big visit", "accepting keeps the host's edit"
    mark = radicale.mark()
    assert sync(sqlite_db, radicale, site=SITE).conflicts == 0
    assert radicale.writes(mark) == []


def test_host_edit_of_an_event_the_tour_removed(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sqlite_db, radicale, site=SITE)
    one, two = site_items(sqlite_db)[:2]
    host_moves(radicale, first, one.uid, hours=1)
    host_moves(radicale, first, two.uid, hours=1)
    delete_item(sqlite_db, one.id)
    delete_item(sqlite_db, two.id)
    report = sync(sqlite_db, radicale, site=SITE)
    assert report.deleted == 0 and report.conflicts == 2
    ids = {p.uid: p.id for p in report.proposals}
    assert all(not p.in_calendar for p in report.proposals)
    done = sync(sqlite_db, radicale, site=SITE, accept=[ids[one.uid]], reject=[ids[two.uid]])
    assert done.deleted == 1 and done.conflicts == 0
    uids = stored_uids(radicale, first)
    assert one.uid in uids, "accepted: the host keeps their event"
    assert two.uid not in uids, "rejected: our deletion goes through"
    assert sync(sqlite_db, radicale, site=SITE).changes == 0


def test_decisions_on_unknown_proposals_are_refused_before_any_write(
    sqlite_db: Database, radicale: RadicaleServer
) -> None:
    sync(sqlite_db, radicale, site=SITE)
    mark = radicale.mark()
    with pytest.raises(NotFoundError, match=r"no proposal 999 .*open proposals: none"):
        sync(sqlite_db, radicale, site=SITE, accept=[999])
    with pytest.raises(ValidationError, match="dry run"):
        sync(sqlite_db, radicale, site=SITE, accept=[1], dry_run=True)
    assert radicale.writes(mark) == []


# --- the password ------------------------------------------------------------------------------


def test_password_comes_from_the_named_environment_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TP_TEST_CALDAV", "s3cret")
    assert resolve_password("me", "TP_TEST_CALDAV") == "s3cret"
    monkeypatch.delenv("TP_TEST_CALDAV")
    with pytest.raises(TourplannerError, match="TP_TEST_CALDAV is not set"):
        resolve_password("me", "TP_TEST_CALDAV")
    with pytest.raises(TourplannerError, match="not a variable name"):
        resolve_password("me", "A-B")


def test_the_password_is_stored_nowhere(sample_db: Database, radicale: RadicaleServer) -> None:
    sync(sample_db, radicale)
    with sample_db.session() as session:
        rows = session.scalars(select(orm.CalendarSyncState)).all()
    assert rows and all(radicale.password not in repr(vars(r)) for r in rows)


# --- the command line --------------------------------------------------------------------------


def run_cli(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "TOURPLANNER_DB"}
    full.update(env)
    return run_main(*args, cwd=cwd, env=full)


def test_cli_sync_review_and_decide(tmp_path: Path, radicale: RadicaleServer) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    env = {"TP_CALDAV_PW": radicale.password}
    base = ("--db", db_url, "sync", "caldav", SAMPLE_SLUG, "--url", radicale.url)
    creds = ("--user", radicale.user, "--password-env", "TP_CALDAV_PW", "--site", SITE)
    creds += ("--allow-errors",)  # the sample's deliberate conflict
    assert run_cli("--db", db_url, "sample", env=env, cwd=tmp_path).returncode == 0

    first = run_cli(*base, *creds, env=env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "4 created, 0 updated, 0 deleted, 0 unchanged, 0 conflicts" in first.stdout
    assert radicale.password not in first.stdout + first.stderr

    database = open_database(db_url)
    try:
        item = site_items(database)[0]
        report = sync_caldav(
            database, SAMPLE_SLUG, account(radicale), site=SITE, dry_run=True, allow_errors=True
        )
    finally:
        database.dispose()
    host_moves(radicale, report, item.uid, hours=3)

    waiting = run_cli(*base, *creds, env=env, cwd=tmp_path)
    assert waiting.returncode == 1, "proposals wait for a decision"
    assert "1 conflicts" in waiting.stdout and "moved in the calendar to" in waiting.stdout

    review = run_cli(*base, *creds, "--pull", env=env, cwd=tmp_path)
    assert review.returncode == 1 and "Nothing sent (review)" in review.stdout
    line = next(x for x in review.stdout.splitlines() if "moved" in x and "#" in x)
    proposal_id = line.split("#", 1)[1].split()[0]

    accepted = run_cli(*base, *creds, "--accept", proposal_id, env=env, cwd=tmp_path)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert f"accepted #{proposal_id}" in accepted.stdout
    assert "0 created, 1 updated" in accepted.stdout


def test_cli_failures_are_one_line(tmp_path: Path, radicale: RadicaleServer) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    run_cli("--db", db_url, "sample", env={}, cwd=tmp_path)
    base = ("--db", db_url, "sync", "caldav", SAMPLE_SLUG, "--user", radicale.user)
    base += ("--allow-errors",)  # the sample's deliberate conflict
    cases = [
        (("--url", radicale.url, "--password-env", "PW"), {"PW": "nope"}, "(401)"),
        (
            ("--url", f"http://127.0.0.1:{free_port()}/", "--password-env", "PW"),
            {"PW": "x"},
            "connection refused",
        ),
        (("--url", radicale.url, "--password-env", "MISSING_PW"), {}, "MISSING_PW is not set"),
    ]
    for extra, env, fragment in cases:
        result = run_cli(*base, *extra, env=env, cwd=tmp_path)
        assert result.returncode == 2, result
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and fragment in lines[0], result.stderr
        assert "Traceback" not in result.stderr and "nope" not in result.stderr
