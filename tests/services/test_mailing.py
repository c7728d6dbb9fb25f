"""Sending briefings and calendars by email, against a real aiosmtpd server on 127.0.0.1
(no mocks of SMTP). What the tests check is what arrived at the server, parsed back with
``policy.default``, and what the dispatch record says."""

from __future__ import annotations

import os
import subprocess
from datetime import date, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.cli_runner import run_main
from tests.servers.smtp import (  # noqa: F401
    PASSWORD,
    REFUSAL,
    USER,
    SmtpServer,
    smtp_auth_server_fixture,
    smtp_server_fixture,
)
from tourplanner.core.changes import ChangeKind, ItemState, diff
from tourplanner.core.dispatch import DispatchKind, DispatchResult, UpdateStatus, mail_language
from tourplanner.core.enums import AttendanceRole, ItemStatus, ParticipantRole
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.model import TourSnapshot
from tourplanner.core.templates import compose, default_template, format_dates
from tourplanner.export.pdf import read_content_hash
from tourplanner.integrations.mailer import parse_smtp_url
from tourplanner.services.database import Database, transaction
from tourplanner.services.dispatches import (
    get_mail_template,
    list_dispatches,
    reset_mail_template,
    save_mail_template,
)
from tourplanner.services.items import delete_item, update_item
from tourplanner.services.mail_plan import ALL, DELEGATES, HOSTS, mail_plan
from tourplanner.services.mailing import Outcome, SendReport, resolve_smtp_password, send_mail
from tourplanner.services.participants import update_participant
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm

ROOT = Path(__file__).resolve().parents[2]
MOVED = "Press interviews (Group B)"  # at the Belt and Road centre, for Group B only


@pytest.fixture
def sqlite_db(sqlite_sample_db: Database) -> Database:
    """The sample tour in an SQLite file, for tests where the backend does not matter."""
    return sqlite_sample_db


def smtp(server: SmtpServer, db: Database | None = None, **kw: object) -> SendReport:
    assert db is not None
    to = kw.pop("to", DELEGATES)
    kw.setdefault("allow_errors", True)  # the sample's deliberate conflict
    return send_mail(db, SAMPLE_SLUG, to, smtp=parse_smtp_url(server.url), **kw)


def delegates(snap: TourSnapshot) -> dict[str, str]:
    """email -> key of every delegate who attends something: who should get delegate mail."""
    live = [i for i in snap.items if i.status is not ItemStatus.CANCELLED]
    attending = set().union(*(snap.attendee_ids(i) for i in live))
    return {
        p.email: p.key
        for p in snap.participants
        if p.role is ParticipantRole.DELEGATE and p.id in attending
    }


def expected_hosts(snap: TourSnapshot) -> dict[str, set[str]]:
    """address -> keys of the sites they should get host mail for: the people named host of
    a site's items, or the site's contact where the items name none."""
    out: dict[str, set[str]] = {}
    for site in snap.sites:
        items = [
            i for i in snap.items if i.site_id == site.id and i.status is not ItemStatus.CANCELLED
        ]
        if not items:
            continue
        hosts = {
            pid
            for i in items
            for a in i.attendance
            if a.role is AttendanceRole.HOST
            for pid in snap.ids_of(a)
        }
        addresses = [snap.participants_by_id[h].email for h in hosts] or [site.contact_email]
        for address in addresses:
            out.setdefault(address, set()).add(site.key)
    return out


def body(msg: EmailMessage, kind: str = "plain") -> str:
    """A body part's text with the wire's CRLF line ends made plain newlines."""
    part = msg.get_body((kind,))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def attachments(msg: EmailMessage) -> dict[str, EmailMessage]:
    return {str(p.get_filename()): p for p in msg.iter_attachments()}


def the_item(snap: TourSnapshot, title: str = MOVED):
    return next(i for i in snap.items if i.title == title)


# -- the sample tour, dry run ---------------------------------------------------------------


def test_sample_dry_run_one_message_per_delegate_and_per_host(
    sqlite_db: Database, tmp_path: Path
) -> None:
    snap = load_snapshot(sqlite_db, SAMPLE_SLUG)
    out = tmp_path / "eml"
    reports = [
        send_mail(sqlite_db, SAMPLE_SLUG, who, dry_run=out, allow_errors=True)
        for who in (DELEGATES, HOSTS)
    ]
    files = sorted(out.iterdir())
    assert not [f for f in files if f.suffix != ".eml"], "no temporary files left behind"
    assert all(r.ok and r.dry_run for r in reports)
    want_delegates, want_hosts = delegates(snap), expected_hosts(snap)
    assert len(files) == len(want_delegates) + len(want_hosts)
    seen: dict[str, EmailMessage] = {}
    for path in files:
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        (to,) = msg["To"].addresses
        assert to.addr_spec not in seen, "one message per recipient"
        seen[to.addr_spec] = msg
        assert msg["From"].addresses[0].addr_spec == "tour-office@example.org"
        assert msg.get_body(("plain",)) is not None and msg.get_body(("html",)) is not None
        for part in msg.iter_attachments():
            if part.get_content_type() == "text/calendar":
                assert part.get_param("method") == "PUBLISH"
                assert str(part.get_filename()).endswith(".ics")
            else:
                assert part.get_content_type() == "application/pdf"
                assert part.get_content().startswith(b"%PDF")
    assert set(seen) == set(want_delegates) | set(want_hosts)

    stems = {p.key: p for p in snap.participants}
    for address, key in want_delegates.items():
        parts = attachments(seen[address])
        assert len(parts) == 2
        (pdf,) = [n for n in parts if n.endswith(".pdf")]
        (ics,) = [n for n in parts if n.endswith(".ics")]
        assert pdf.removesuffix(".pdf") == ics.removesuffix(".ics")  # the QR code names it
        calendar = Calendar.from_ical(parts[ics].get_content())
        person = stems[key]
        mine = [i for i in snap.items if person.id in snap.attendee_ids(i)]
        assert {str(e["UID"]) for e in calendar.walk("VEVENT")} == {i.uid for i in mine}
        # The sample's delegates all list Chinese first: their mail is in Chinese.
        assert "您好" in body(seen[address])
    for address, sites in want_hosts.items():
        parts = attachments(seen[address])
        assert len([n for n in parts if n.endswith(".pdf")]) == len(sites)
        calendars = [
            Calendar.from_ical(p.get_content()) for n, p in parts.items() if n.endswith(".ics")
        ]
        assert len(calendars) == len(sites)
        site_ids = {s.id for s in snap.sites if s.key in sites}
        uids = {str(e["UID"]) for c in calendars for e in c.walk("VEVENT")}
        assert uids == {i.uid for i in snap.items if i.site_id in site_ids}
    # He Wei hosts at three sites: one message with three briefings and three calendars.
    assert len(attachments(seen["he.wei@example.com"])) == 6
    # Yuki Sato lists Japanese first: English mail, greeted by her family name (the
    # forms of address), not "Dear Yuki Sato".
    assert body(seen["yuki.sato@example.com"]).startswith("Dear Ms Sato,\n")
    # He Wei reads Chinese: his full local name and honorific.
    assert body(seen["he.wei@example.com"]).startswith("尊敬的何伟先生：\n")
    # A dry run is recorded as such, and does not count as sent.
    records = list_dispatches(sqlite_db, SAMPLE_SLUG)
    assert {r.result for r in records} == {DispatchResult.DRY_RUN}
    plan = mail_plan(sqlite_db, SAMPLE_SLUG)
    assert {e.status for e in plan.entries} == {UpdateStatus.NEW}


# -- sending over SMTP --------------------------------------------------------------------------


def test_changed_only_after_a_move_goes_to_exactly_its_attendees(
    sample_db: Database, smtp_server: SmtpServer
) -> None:
    first = smtp(smtp_server, sample_db, to=ALL)
    assert first.ok and first.count(Outcome.SENT) == len(smtp_server.received)
    snap = load_snapshot(sample_db, SAMPLE_SLUG)
    for received in smtp_server.messages():
        parts = attachments(received)
        pdfs = [p.get_content() for n, p in parts.items() if n.endswith(".pdf")]
        assert all(read_content_hash(data) for data in pdfs)
        calendar = next(p for n, p in parts.items() if n.endswith(".ics"))
        assert calendar.get_content_type() == "text/calendar"
        assert calendar.get_param("method") == "PUBLISH"
    assert {e.status for e in mail_plan(sample_db, SAMPLE_SLUG).entries} == {UpdateStatus.CURRENT}
    # Nothing changed: a second run sends nothing.
    again = smtp(smtp_server, sample_db, to=ALL)
    assert again.count(Outcome.SENT) == 0 and again.count(Outcome.UP_TO_DATE) == first.count(
        Outcome.SENT
    )

    item = the_item(snap)
    update_item(
        sample_db,
        item.id,
        item.version,
        starts_at=item.starts_at + timedelta(minutes=10),
        ends_at=item.ends_at + timedelta(minutes=10),
    )
    attendees = {snap.participants_by_id[p].email for p in snap.attendee_ids(item)}
    want = {a for a in delegates(snap) if a in attendees}
    assert len(want) >= 2  # Group B
    plan = mail_plan(sample_db, SAMPLE_SLUG, DELEGATES)
    assert {e.recipient.address for e in plan.needs_update} == want

    before = len(smtp_server.received)
    report = smtp(smtp_server, sample_db, changed_only=True)
    assert report.ok
    sent = smtp_server.received[before:]
    assert sorted(a for r in sent for a in r.rcpt_tos) == sorted(want)
    msg = sent[0].message()
    assert str(msg["Subject"]).startswith("更新：")  # Group B reads Chinese
    text = body(msg)
    assert "与上一版相比的变更" in text and "时间调整" in text and "12:00–12:40" in text
    assert "与上一版相比的变更" in body(msg, "html")

    # The hosts of the site get the update too (their site calendar changed), nobody else.
    before = len(smtp_server.received)
    assert smtp(smtp_server, sample_db, to=HOSTS, changed_only=True).ok
    hosts = {a for r in smtp_server.received[before:] for a in r.rcpt_tos}
    assert hosts == {a for a, sites in expected_hosts(snap).items() if "belt-road-centre" in sites}
    assert mail_plan(sample_db, SAMPLE_SLUG).needs_update == []
    assert max(smtp_server.per_recipient().values()) <= 2


def test_dropped_connection_then_rerun_sends_the_rest_once(
    sample_db: Database, smtp_server: SmtpServer
) -> None:
    want = delegates(load_snapshot(sample_db, SAMPLE_SLUG))
    smtp_server.configure(drop_after=3)
    seen: list[str] = []
    report = smtp(smtp_server, sample_db, progress=lambda d, t, r: seen.append(r.outcome.value))
    assert report.count(Outcome.SENT) == 3
    assert report.count(Outcome.FAILED) == 1
    assert report.count(Outcome.NOT_SENT) == len(want) - 4
    assert "closed the connection" in report.stopped and "again" in report.summary()
    assert seen == ["sent"] * 3 + ["failed"] + ["not-sent"] * (len(want) - 4)
    assert len(smtp_server.received) == 3

    smtp_server.configure(drop_after=None)
    rerun = smtp(smtp_server, sample_db)
    assert rerun.ok and rerun.count(Outcome.SENT) == len(want) - 3
    assert rerun.count(Outcome.UP_TO_DATE) == 3
    assert smtp_server.per_recipient() == {a.lower(): 1 for a in want}
    results = [r.result for r in list_dispatches(sample_db, SAMPLE_SLUG)]
    assert results.count(DispatchResult.SENT) == len(want)
    assert results.count(DispatchResult.FAILED) == 1


def test_a_refused_recipient_fails_alone_with_the_servers_reason(
    sqlite_db: Database, smtp_server: SmtpServer
) -> None:
    want = delegates(load_snapshot(sqlite_db, SAMPLE_SLUG))
    smtp_server.configure(refuse=["meng.linghua@example.org"])
    report = smtp(smtp_server, sqlite_db)
    (failed,) = [r for r in report.results if r.outcome is Outcome.FAILED]
    assert failed.recipient.address == "meng.linghua@example.org"
    assert failed.reason == REFUSAL
    assert "\n" not in failed.line() and REFUSAL in failed.line()
    assert report.count(Outcome.SENT) == len(want) - 1 and not report.stopped
    (record,) = [r for r in list_dispatches(sqlite_db, SAMPLE_SLUG) if r.result == "failed"]
    assert (record.address, record.reason) == ("meng.linghua@example.org", REFUSAL)
    assert record.participant_id is not None and record.kind is DispatchKind.DELEGATE

    smtp_server.configure(refuse=[])
    retry = smtp(smtp_server, sqlite_db)
    assert [r.recipient.address for r in retry.results if r.outcome is Outcome.SENT] == [
        "meng.linghua@example.org"
    ]
    assert smtp_server.per_recipient() == {a: 1 for a in want}


def test_a_bad_address_is_caught_before_sending(
    sqlite_db: Database, smtp_server: SmtpServer
) -> None:
    snap = load_snapshot(sqlite_db, SAMPLE_SLUG)
    people = {p.key: p for p in snap.participants}
    bad, empty = people["xu-lei"], people["ma-jun"]
    # The services refuse such an address; this one was stored before they did.
    with transaction(sqlite_db) as session:
        session.get(orm.Participant, bad.id).email = "xu.lei at example.org"
    update_participant(sqlite_db, empty.id, empty.version, email="")
    report = smtp(smtp_server, sqlite_db)
    reasons = {r.recipient.name: r.reason for r in report.results if r.outcome is Outcome.FAILED}
    assert reasons == {
        "Xu Lei": "invalid email address 'xu.lei at example.org': it contains a space",
        "Ma Jun": "no email address",
    }
    arrived = set(smtp_server.per_recipient())
    assert "xu.lei at example.org" not in arrived and len(arrived) == len(delegates(snap)) - 2
    assert [r.result for r in list_dispatches(sqlite_db, SAMPLE_SLUG)].count("failed") == 2


def test_a_changed_address_needs_the_current_version(
    sqlite_db: Database, smtp_server: SmtpServer
) -> None:
    assert smtp(smtp_server, sqlite_db, to="dai-jiuyue").ok
    person = next(
        p for p in load_snapshot(sqlite_db, SAMPLE_SLUG).participants if p.key == "dai-jiuyue"
    )
    update_participant(sqlite_db, person.id, person.version, email="dai@new.example.org")
    (entry,) = mail_plan(sqlite_db, SAMPLE_SLUG, "dai-jiuyue").entries
    assert entry.status is UpdateStatus.CHANGED
    report = smtp(smtp_server, sqlite_db, to=DELEGATES, changed_only=True)
    assert [r.recipient.address for r in report.results if r.outcome is Outcome.SENT] == [
        "dai@new.example.org"
    ]
    # The others were never sent anything: --changed-only leaves them out, and says so.
    left_out = report.count(Outcome.LEFT_OUT)
    assert left_out == len(report.results) - 1 and "left out by --changed-only" in report.summary()
    assert smtp_server.per_recipient()["dai@new.example.org"] == 1


def test_login_and_the_password_never_shown(
    sqlite_db: Database, smtp_auth_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAIL_PW", PASSWORD)
    report = send_mail(
        sqlite_db,
        SAMPLE_SLUG,
        "dai-jiuyue",
        smtp=parse_smtp_url(smtp_auth_server.url),
        password=lambda: resolve_smtp_password(USER, "MAIL_PW"),
        allow_errors=True,
    )
    assert report.ok and smtp_auth_server.received[0].login == USER
    for record in list_dispatches(sqlite_db, SAMPLE_SLUG):
        assert PASSWORD not in repr(record)
    with pytest.raises(ValidationError, match="MISSING_PW is not set") as caught:
        resolve_smtp_password(USER, "MISSING_PW")
    assert PASSWORD not in str(caught.value)


# -- who gets what ----------------------------------------------------------------------------


def test_to_a_person_or_a_site(sqlite_db: Database, tmp_path: Path) -> None:
    one = send_mail(sqlite_db, SAMPLE_SLUG, "he-wei", dry_run=tmp_path / "a", allow_errors=True)
    assert [r.recipient.kind for r in one.results] == [DispatchKind.HOST]
    # An interpreter is neither delegate nor host: their own briefing and calendar.
    (sun,) = send_mail(
        sqlite_db, SAMPLE_SLUG, "sun-li", dry_run=tmp_path / "b", allow_errors=True
    ).results
    assert sun.recipient.kind is DispatchKind.DELEGATE and sun.outcome is Outcome.DRY_RUN
    site = send_mail(
        sqlite_db, SAMPLE_SLUG, "belt-road-centre", dry_run=tmp_path / "c", allow_errors=True
    )
    assert {r.recipient.name for r in site.results} == {"Luo Min", "Yuki Sato"}
    contact = send_mail(
        sqlite_db, SAMPLE_SLUG, "rest-konggang", dry_run=tmp_path / "d", allow_errors=True
    )
    assert [r.recipient.key for r in contact.results] == ["site:rest-konggang"]
    with pytest.raises(NotFoundError, match="nobody"):
        send_mail(sqlite_db, SAMPLE_SLUG, "nobody", dry_run=tmp_path / "e", allow_errors=True)
    with pytest.raises(ValidationError, match="either SMTP settings or a dry-run folder"):
        send_mail(sqlite_db, SAMPLE_SLUG, DELEGATES, allow_errors=True)


def test_what_changed_lists_added_moved_cancelled_and_removed(
    sqlite_db: Database, smtp_server: SmtpServer
) -> None:
    assert smtp(smtp_server, sqlite_db, to="dai-jiuyue").ok
    snap = load_snapshot(sqlite_db, SAMPLE_SLUG)
    dai = next(p for p in snap.participants if p.key == "dai-jiuyue")
    interview = the_item(snap, "Interview with iChongqing: Dai Jiuyue")
    free = the_item(snap, "Free time in the bonded-goods halls (Group A)")
    lunch = the_item(snap, "Hotpot lunch")
    update_item(sqlite_db, interview.id, interview.version, status=ItemStatus.CANCELLED)
    delete_item(sqlite_db, free.id, free.version)
    update_item(
        sqlite_db,
        lunch.id,
        lunch.version,
        starts_at=lunch.starts_at + timedelta(minutes=30),
        ends_at=lunch.ends_at + timedelta(minutes=30),
    )
    # Dai now lists English first: the update is in English.
    update_participant(sqlite_db, dai.id, dai.version, languages=["en", "zh"])
    (entry,) = mail_plan(sqlite_db, SAMPLE_SLUG, "dai-jiuyue").entries
    kinds = {c.kind for c in entry.changes}
    assert kinds == {ChangeKind.CANCELLED, ChangeKind.REMOVED, ChangeKind.MOVED}
    assert smtp(smtp_server, sqlite_db, to="dai-jiuyue", changed_only=True).ok
    msg = smtp_server.messages()[-1]
    text = body(msg)
    assert str(msg["Subject"]).startswith("Updated: ")
    assert "What changed since the last version" in text
    assert "- Cancelled: Interview with iChongqing: Dai Jiuyue, Sun 28 Mar 11:00–11:45" in text
    assert "- No longer in your programme: Free time in the bonded-goods halls (Group A)" in text
    assert "- Moved: Hotpot lunch, now Sun 28 Mar 13:15–14:25 (was Sun 28 Mar 12:45–13:55)" in text
    assert "Konggang" not in text  # same place: not mentioned


# -- templates ----------------------------------------------------------------------------------


def test_templates_are_checked_on_save_and_on_send(sample_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"unknown placeholder \{nmae\}"):
        save_mail_template(sample_db, SAMPLE_SLUG, "delegate", "zh", "Hi {nmae}", "x")
    with pytest.raises(ValidationError, match=r"unknown placeholder \{sites\}"):
        save_mail_template(sample_db, SAMPLE_SLUG, "delegate", "zh", "Hi", "At {sites}")
    with pytest.raises(ValidationError, match="literal brace"):
        save_mail_template(sample_db, SAMPLE_SLUG, "delegate", "zh", "Hi {name", "x")
    with pytest.raises(ValidationError, match="cannot carry a format"):
        save_mail_template(sample_db, SAMPLE_SLUG, "delegate", "zh", "{name!r}", "x")
    saved = save_mail_template(
        sample_db,
        SAMPLE_SLUG,
        "delegate",
        "zh",
        "{tour}: {{简报}} for {name}",
        "亲爱的{name}：\n\n{dates}，{organiser}（{organiser_email}）\n\n{changes}",
    )
    assert saved.custom
    assert get_mail_template(sample_db, SAMPLE_SLUG, "delegate", "zh") == saved
    out = tmp_path / "eml"
    send_mail(sample_db, SAMPLE_SLUG, "dai-jiuyue", dry_run=out, allow_errors=True)
    msg = BytesParser(policy=policy.default).parsebytes(next(out.iterdir()).read_bytes())
    assert str(msg["Subject"]) == "行走中国·2021海外华文媒体高层重庆行: {简报} for Dai Jiuyue"
    assert body(msg) == (
        "亲爱的Dai Jiuyue：\n\n2021年3月27日至28日，Walking in China tour office"
        "（tour-office@example.org）\n"
    )
    assert reset_mail_template(sample_db, SAMPLE_SLUG, "delegate", "zh").custom is False

    # A template that reached the database some other way is refused before sending.
    with transaction(sample_db) as session:
        tour_id = session.query(orm.Tour.id).filter_by(slug=SAMPLE_SLUG).scalar()
        session.add(
            orm.MailTemplate(
                tour_id=tour_id, kind="host", language="en", subject="{oops}", body_text="x"
            )
        )
    with pytest.raises(ValidationError, match=r"unknown placeholder \{oops\}"):
        send_mail(sample_db, SAMPLE_SLUG, HOSTS, dry_run=tmp_path / "none", allow_errors=True)
    assert not (tmp_path / "none").exists()


def test_compose_and_dates() -> None:
    assert format_dates(date(2021, 3, 27), date(2021, 3, 28), "en") == "27–28 March 2021"
    assert format_dates(date(2021, 3, 30), date(2021, 4, 2), "en") == "30 March – 2 April 2021"
    assert (
        format_dates(date(2021, 12, 30), date(2022, 1, 2), "zh") == "2021年12月30日至2022年1月2日"
    )
    assert format_dates(date(2021, 3, 27), date(2021, 3, 27), "zh") == "2021年3月27日"
    assert mail_language(("zh", "en")) == "zh" and mail_language(("ja", "zh")) == "en"
    assert mail_language(()) == "en"
    template = default_template(DispatchKind.HOST, "en")
    values = {"name": "<b>Ann</b>", "tour": "T", "dates": "D", "organiser": "O", "sites": "S"}
    plain = compose(template, values)
    assert "{changes}" not in plain.text and "\n\n\n" not in plain.text
    assert "&lt;b&gt;Ann&lt;/b&gt;" in plain.html and "<b>Ann" not in plain.html
    update = compose(template, values, ["Moved: x"], update=True)
    assert update.subject.startswith("Updated: ")
    assert "What changed since the last version\n- Moved: x" in update.text
    assert "<li>Moved: x</li>" in update.html


def test_diff_of_recorded_items() -> None:
    def st(seq: int, start: str, status: str = "confirmed", place: str = "A") -> ItemState:
        return ItemState(
            seq, f"2021-03-27T{start}:00+08:00", "2021-03-27T23:00:00+08:00", "T", status, place
        )

    before = {"a": st(0, "09:00"), "b": st(0, "10:00"), "c": st(1, "11:00"), "d": st(0, "12:00")}
    now = {
        "a": st(0, "09:00"),  # unchanged
        "b": st(1, "10:30"),  # moved
        "c": st(2, "11:00", "cancelled"),
        "e": st(0, "08:00"),  # added
        "d": st(1, "12:00", place="B"),
    }
    kinds = [(c.uid, c.kind) for c in diff(before, now)]
    assert kinds == [
        ("e", ChangeKind.ADDED),
        ("b", ChangeKind.MOVED),
        ("c", ChangeKind.CANCELLED),
        ("d", ChangeKind.RELOCATED),
    ]
    back = {c.uid: c.kind for c in diff(now, before)}
    assert back["e"] is ChangeKind.REMOVED and back["c"] is ChangeKind.REINSTATED


# -- the command line -----------------------------------------------------------------------------


def run_cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TOURPLANNER_")}
    full_env.update(env or {})
    return run_main("--db", "sqlite:///t.db", *args, cwd=cwd, env=full_env)


@pytest.mark.slow
def test_cli_send_with_a_password_and_list_dispatches(
    tmp_path: Path, smtp_auth_server: SmtpServer
) -> None:
    assert run_cli("sample", cwd=tmp_path).returncode == 0
    env = {"SMTP_SECRET": PASSWORD, "TOURPLANNER_SMTP_URL": smtp_auth_server.url}
    sent = run_cli(
        "send",
        SAMPLE_SLUG,
        "--to",
        "delegates",
        "--password-env",
        "SMTP_SECRET",
        "--allow-errors",
        cwd=tmp_path,
        env=env,
    )
    assert sent.returncode == 0, sent.stderr
    assert "Sent 9 message(s)." in sent.stdout
    assert len(smtp_auth_server.received) == 9
    listing = run_cli("dispatches", SAMPLE_SLUG, cwd=tmp_path, env=env)
    assert listing.returncode == 0, listing.stderr
    assert "sent      delegate  Dai Jiuyue <dai.jiuyue@example.org>" in listing.stdout
    assert "Needs an update: nobody." in listing.stdout
    wrong = run_cli(
        "send",
        SAMPLE_SLUG,
        "--to",
        "hosts",
        "--password-env",
        "SMTP_SECRET",
        "--allow-errors",
        cwd=tmp_path,
        env={**env, "SMTP_SECRET": "not-" + PASSWORD},
    )
    assert wrong.returncode == 2
    lines = wrong.stderr.strip().splitlines()
    assert len(lines) == 1 and "refused the login" in lines[0], wrong.stderr
    for result in (sent, listing, wrong):
        assert PASSWORD not in result.stdout + result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_cli_dry_run_of_the_sample(tmp_path: Path) -> None:
    assert run_cli("sample", cwd=tmp_path).returncode == 0
    for who in ("delegates", "hosts"):
        result = run_cli(
            "send",
            SAMPLE_SLUG,
            "--to",
            who,
            "--dry-run",
            "-o",
            "out",
            "--allow-errors",
            cwd=tmp_path,
        )
        assert result.returncode == 0, result.stderr
        assert "dry run: nothing was sent" in result.stdout
    files = sorted((tmp_path / "out").glob("*.eml"))
    assert len([f for f in files if f.name.startswith("delegate-")]) == 9
    assert len([f for f in files if f.name.startswith("host-")]) == 9
    bad = run_cli("send", SAMPLE_SLUG, "--to", "delegates", "--dry-run", cwd=tmp_path)
    assert bad.returncode == 2 and "needs -o DIR" in bad.stderr
    none = run_cli("send", SAMPLE_SLUG, "--to", "delegates", cwd=tmp_path)
    assert none.returncode == 2 and "no SMTP server" in none.stderr
    template = run_cli(
        "mail-template",
        SAMPLE_SLUG,
        "--kind",
        "host",
        "--lang",
        "en",
        "--subject",
        "{tuor}",
        cwd=tmp_path,
    )
    assert template.returncode == 2 and "unknown placeholder {tuor}" in template.stderr
