"""Nothing goes out while the tour has errors: ``send`` and ``sync caldav`` (dry runs
included) refuse, list the errors and send nothing; ``allow_errors`` goes ahead and the
dispatch records note how many errors were open; warnings never block. Against the real
aiosmtpd and Radicale servers the tests start, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.servers.radicale import RadicaleServer, radicale_fixture  # noqa: F401
from tests.servers.smtp import SmtpServer, smtp_server_fixture  # noqa: F401
from tourplanner.cli import main
from tourplanner.integrations.mailer import parse_smtp_url
from tourplanner.services.database import Database, open_database
from tourplanner.services.dispatches import list_dispatches
from tourplanner.services.items import create_item, delete_item, list_items, update_item
from tourplanner.services.mail_plan import DELEGATES
from tourplanner.services.mailing import send_mail
from tourplanner.services.sync import CalendarAccount, sync_caldav, sync_site_calendars
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
from tourplanner.services.tours import (
    SHOWN,
    OpenErrorsError,
    check,
    find_open_errors,
    require_no_open_errors,
)

INTERVIEW = "Interview with iChongqing: Dai Jiuyue"  # the sample's deliberate conflict


def account(server: RadicaleServer) -> CalendarAccount:
    return CalendarAccount(server.url, server.user, server.password, timeout=10)


def without_errors(db: Database) -> None:
    """Remove the sample's one error (the interview that double-books Dai Jiuyue)."""
    (interview,) = [i for i in list_items(db, SAMPLE_SLUG) if i.title == INTERVIEW]
    delete_item(db, interview.id)
    assert check(db, SAMPLE_SLUG).errors == 0


def with_errors(db: Database, wanted: int) -> int:
    """Make more double bookings: move delegation items onto each other until the tour
    has at least ``wanted`` errors; returns how many it has."""
    items = sorted(list_items(db, SAMPLE_SLUG), key=lambda i: i.starts_at)
    anchor = items[0]
    for it in items[1:]:
        if check(db, SAMPLE_SLUG).errors >= wanted:
            break
        length = it.ends_at - it.starts_at
        update_item(
            db, it.id, it.version, starts_at=anchor.starts_at, ends_at=anchor.starts_at + length
        )
    count = check(db, SAMPLE_SLUG).errors
    assert count >= wanted
    return count


def test_send_refuses_while_the_tour_has_errors(
    sample_db: Database, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    smtp = parse_smtp_url(smtp_server.url)
    with pytest.raises(OpenErrorsError) as caught:
        send_mail(sample_db, SAMPLE_SLUG, DELEGATES, smtp=smtp)
    refusal = caught.value
    assert refusal.count == 1 and str(refusal).startswith("not sending: the tour has 1 error")
    (line,) = refusal.listing()
    assert "Dai Jiuyue" in line and INTERVIEW in line
    assert smtp_server.received == []
    # A dry run neither: no folder, no file, no record.
    with pytest.raises(OpenErrorsError):
        send_mail(sample_db, SAMPLE_SLUG, DELEGATES, dry_run=tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert list_dispatches(sample_db, SAMPLE_SLUG) == []


def test_allow_errors_sends_and_the_records_note_the_open_errors(
    sample_db: Database, smtp_server: SmtpServer
) -> None:
    smtp = parse_smtp_url(smtp_server.url)
    report = send_mail(sample_db, SAMPLE_SLUG, "dai-jiuyue", smtp=smtp, allow_errors=True)
    assert report.ok and len(smtp_server.received) == 1
    (record,) = list_dispatches(sample_db, SAMPLE_SLUG)
    assert record.open_errors == 1
    # Fixed: the next message goes without being allowed, and its record notes none.
    without_errors(sample_db)
    again = send_mail(sample_db, SAMPLE_SLUG, "dai-jiuyue", smtp=smtp, resend=True)
    assert again.ok and len(smtp_server.received) == 2
    assert [r.open_errors for r in list_dispatches(sample_db, SAMPLE_SLUG)] == [1, 0]


def test_warnings_never_block(sample_db: Database, smtp_server: SmtpServer) -> None:
    without_errors(sample_db)
    first = list_items(sample_db, SAMPLE_SLUG)[0]
    create_item(  # nobody attends it: a warning, not an error
        sample_db,
        SAMPLE_SLUG,
        kind="meeting",
        title="Room held in reserve",
        starts_at=first.starts_at - timedelta(hours=3),
        ends_at=first.starts_at - timedelta(hours=2),
        attendance=(),
    )
    report = check(sample_db, SAMPLE_SLUG)
    assert report.errors == 0 and report.warnings >= 1
    assert require_no_open_errors(sample_db, SAMPLE_SLUG, "sending", allow_errors=False) == 0
    sent = send_mail(sample_db, SAMPLE_SLUG, "dai-jiuyue", smtp=parse_smtp_url(smtp_server.url))
    assert sent.ok and len(smtp_server.received) == 1


def test_the_listing_shows_the_first_five_and_a_count(sample_db: Database) -> None:
    count = with_errors(sample_db, SHOWN + 2)
    with pytest.raises(OpenErrorsError) as caught:
        require_no_open_errors(sample_db, SAMPLE_SLUG, "syncing", allow_errors=False)
    listing = caught.value.listing()
    assert len(listing) == SHOWN + 1
    assert listing[-1] == f"… and {count - SHOWN} more"
    messages = [p.message for p in check(sample_db, SAMPLE_SLUG).problems if p.is_error]
    assert listing[:SHOWN] == messages[:SHOWN]
    assert find_open_errors(sample_db, SAMPLE_SLUG) == (count, listing)
    assert require_no_open_errors(sample_db, SAMPLE_SLUG, "syncing", allow_errors=True) == count


def test_sync_refuses_while_the_tour_has_errors(
    sample_db: Database, radicale: RadicaleServer
) -> None:
    mark = radicale.mark()
    for dry_run in (False, True):
        with pytest.raises(OpenErrorsError, match="not syncing: the tour has 1 error"):
            sync_caldav(sample_db, SAMPLE_SLUG, account(radicale), dry_run=dry_run)
        with pytest.raises(OpenErrorsError):
            sync_site_calendars(sample_db, SAMPLE_SLUG, account(radicale), dry_run=dry_run)
    assert radicale.requests(mark) == [], "refused before any request"
    done = sync_caldav(sample_db, SAMPLE_SLUG, account(radicale), allow_errors=True)
    assert done.created == len(list_items(sample_db, SAMPLE_SLUG)) and done.written
    # Reviewing the hosts' changes only reads, and is never refused.
    review = sync_caldav(sample_db, SAMPLE_SLUG, account(radicale), pull=True)
    assert not review.written and review.unchanged == done.created


def test_cli_refuses_with_exit_1_and_the_listing(
    tmp_path: Path, radicale: RadicaleServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    database = open_database(url)
    try:
        load_sample(database)
    finally:
        database.dispose()
    out = tmp_path / "out"
    code = main(
        ["--db", url, "send", SAMPLE_SLUG, "--to", "delegates", "--dry-run", "-o", str(out)]
    )
    err = capsys.readouterr().err.splitlines()
    assert code == 1 and not out.exists()
    assert err[0] == (
        "tourplanner: error: not sending: the tour has 1 error; fix it or give --allow-errors"
    )
    assert len(err) == 2 and err[1].startswith("  ") and INTERVIEW in err[1]

    send = ["--db", url, "send", SAMPLE_SLUG, "--to", "dai-jiuyue", "--dry-run", "-o", str(out)]
    code = main([*send, "--allow-errors"])
    assert code == 0 and len(list(out.glob("*.eml"))) == 1
    capsys.readouterr()
    assert main(["--db", url, "dispatches", SAMPLE_SLUG]) == 0
    assert "dry-run   delegate  Dai Jiuyue" in capsys.readouterr().out
    assert main(["--db", url, "dispatches", SAMPLE_SLUG, "--json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)["dispatches"]
    assert record["open_errors"] == 1

    mark = radicale.mark()
    sync = ["--db", url, "sync", "caldav", SAMPLE_SLUG, "--url", radicale.url]
    sync += ["--user", radicale.user, "--password-env", "TP_GATE_PW", "--dry-run"]
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TP_GATE_PW", radicale.password)
        code = main(sync)
        err = capsys.readouterr().err.splitlines()
        assert code == 1 and err[0].startswith("tourplanner: error: not syncing:")
        assert radicale.requests(mark) == []
        assert main([*sync, "--allow-errors"]) == 0
    assert "Nothing sent (dry run)" in capsys.readouterr().out
