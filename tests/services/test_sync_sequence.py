"""A CalDAV write carries a SEQUENCE above what the server holds: rejecting a host's edit
(their calendar app raised SEQUENCE) puts the tour's version back with a higher one, and
the calendar's SEQUENCE never goes down afterwards. Against the real Radicale the tests
start, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar

from tests.servers.radicale import RadicaleServer, radicale_fixture  # noqa: F401
from tourplanner.core.model import ScheduleItem
from tourplanner.services.database import Database
from tourplanner.services.items import get_item, update_item
from tourplanner.services.sync import CalendarAccount, SyncReport, sync_caldav
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import load_snapshot

SITE = "belt-road-centre"


def sync(db: Database, server: RadicaleServer, **kw: object) -> SyncReport:
    acct = CalendarAccount(server.url, server.user, server.password, timeout=10)
    return sync_caldav(db, SAMPLE_SLUG, acct, site=SITE, allow_errors=True, **kw)


def site_item(db: Database, index: int) -> ScheduleItem:
    snap = load_snapshot(db, SAMPLE_SLUG)
    site_id = next(s.id for s in snap.sites if s.key == SITE)
    return [it for it in snap.items if it.site_id == site_id][index]


def event_on_server(server: RadicaleServer, report: SyncReport, uid: str) -> Calendar:
    return Calendar.from_ical(server.get(report.calendar_url + uid + ".ics").body)


def test_reject_writes_a_sequence_above_the_hosts_and_it_never_goes_down(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sample_db, radicale)
    item = site_item(sample_db, 1)
    assert item.sequence == 0

    # The host moves the event in their calendar app, which raises its SEQUENCE.
    href = first.calendar_url + item.uid + ".ics"
    theirs = event_on_server(radicale, first, item.uid)
    event = theirs.walk("VEVENT")[0]
    event["DTSTART"].dt = event.start - timedelta(hours=1)
    event["DTEND"].dt = event.end - timedelta(hours=1)
    event["SEQUENCE"] = 1
    assert radicale.put(href, theirs.to_ical()).status == 204

    (proposal,) = sync(sample_db, radicale).proposals
    rejected = sync(sample_db, radicale, reject=[proposal.id])
    assert rejected.updated == 1 and [p.id for p in rejected.rejected] == [proposal.id]
    back = event_on_server(radicale, first, item.uid).walk("VEVENT")[0]
    assert back.start == item.starts_at, "the tour's version is back"
    assert int(back["SEQUENCE"]) == 2, "above the host's 1"
    assert get_item(sample_db, item.id) == item, "the tour itself is unchanged"

    mark = radicale.mark()
    settled = sync(sample_db, radicale)
    assert (settled.changes, settled.conflicts) == (0, 0)
    assert radicale.writes(mark) == [], "nothing to put back: ours is there"

    # The organiser moves the item (its own SEQUENCE becomes 1): the calendar's goes on
    # from 2, never back to 1.
    moved = update_item(
        sample_db,
        item.id,
        item.version,
        starts_at=item.starts_at + timedelta(minutes=10),
        ends_at=item.ends_at + timedelta(minutes=10),
    )
    assert moved.sequence == 1
    update = sync(sample_db, radicale)
    assert update.updated == 1 and update.conflicts == 0
    now = event_on_server(radicale, first, item.uid).walk("VEVENT")[0]
    assert int(now["SEQUENCE"]) == 3 and now.start == moved.starts_at
    mark = radicale.mark()
    assert sync(sample_db, radicale).changes == 0 and radicale.writes(mark) == []


def test_reject_over_an_edit_that_kept_the_sequence_still_raises_it(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    first = sync(sample_db, radicale)
    item = site_item(sample_db, 0)
    href = first.calendar_url + item.uid + ".ics"
    theirs = event_on_server(radicale, first, item.uid)
    event = theirs.walk("VEVENT")[0]
    event["DTSTART"].dt = event.start + timedelta(hours=2)
    event["DTEND"].dt = event.end + timedelta(hours=2)
    assert int(event["SEQUENCE"]) == 0
    assert radicale.put(href, theirs.to_ical()).status == 204
    (proposal,) = sync(sample_db, radicale).proposals
    sync(sample_db, radicale, reject=[proposal.id])
    back = event_on_server(radicale, first, item.uid).walk("VEVENT")[0]
    assert int(back["SEQUENCE"]) == 1 and back.start == item.starts_at
