"""One focused test per fault the reliability harness found in the app, so each stays
fixed even when nobody runs ``make reliability``."""

from __future__ import annotations

import io
import socket
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from tests.servers.radicale import RadicaleServer, radicale_fixture  # noqa: F401
from tourplanner.core.errors import DatabaseError, TourFileError, ValidationError
from tourplanner.services.database import open_database
from tourplanner.store import migrations
from tourplanner.store.engine import connect

REPO = Path(__file__).resolve().parents[2]


def test_a_migration_that_fails_half_way_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each CREATE used to commit on its own: a crash after the first revision's tables
    left them behind, and every later start failed with 'table ... already exists'."""
    db = connect(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        migrations.upgrade_to(db, "0001")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO tour (id, slug, name, local_name, description, start_date,"
                    " end_date, timezone, organiser_name, organiser_email, organiser_phone,"
                    " created_at, updated_at, version_id) VALUES (1, 'old', 'Old', '', '',"
                    " '2021-03-27', '2021-03-28', 'Asia/Shanghai', '', '', '',"
                    " '2021-01-01 00:00:00', '2021-01-01 00:00:00', 1)"
                )
            )
        real = migrations.command.upgrade

        def cut_off(config: Any, target: str) -> None:
            real(config, "0002")  # the first revision's DDL has run...
            raise RuntimeError("power cut")  # ...and then the process dies

        monkeypatch.setattr(migrations.command, "upgrade", cut_off)
        with pytest.raises(RuntimeError):
            migrations.upgrade(db)
        monkeypatch.undo()
        assert migrations.current_revision(db) == "0001"
        with db.engine.connect() as conn:
            tables = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        assert "geocode_result" not in tables and "travel_override" not in tables
        migrations.upgrade(db)  # the next start migrates it
        assert migrations.current_revision(db) == migrations.head_revision()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT slug FROM tour")).scalars().all() == ["old"]
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\x00garbage" * 600, "damaged or is not a Tourplanner database"),
        (b"SQLite format 3\x00" + b"\x07" * 5000, "damaged or is not a Tourplanner database"),
    ],
)
def test_a_damaged_file_is_named_at_start_up(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "tour.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        open_database(f"sqlite:///{path}")
    message = str(caught.value)
    assert fragment in message and str(path) in message and "\n" not in message
    assert path.read_bytes() == content  # left exactly as it was


def test_a_sync_cut_off_after_its_writes_finishes_on_the_next_run(
    tmp_path: Path, radicale: RadicaleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server took the updates, the run died before recording them: the next run
    must recognise its own events, not ask the organiser about them."""
    import tourplanner.services.sync as sync_service
    from tourplanner.services import items
    from tourplanner.services.sync import CalendarAccount, sync_caldav
    from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

    db = open_database(f"sqlite:///{tmp_path / 'tour.db'}")
    try:
        load_sample(db)
        account = CalendarAccount(radicale.url, radicale.user, radicale.password, 10)
        sync_caldav(db, SAMPLE_SLUG, account, calendar="cut", allow_errors=True)
        for it in items.list_items(db, SAMPLE_SLUG)[:3]:
            moved = timedelta(minutes=10)
            items.update_item(
                db, it.id, it.version, starts_at=it.starts_at + moved, ends_at=it.ends_at + moved
            )
        with monkeypatch.context() as m:
            m.setattr(sync_service, "save_states", lambda *args, **kwargs: None)
            cut = sync_caldav(db, SAMPLE_SLUG, account, calendar="cut", allow_errors=True)
        assert cut.updated == 3
        again = sync_caldav(db, SAMPLE_SLUG, account, calendar="cut", allow_errors=True)
        assert (again.conflicts, len(again.proposals), again.writes) == (0, 0, 0)
        assert sync_caldav(db, SAMPLE_SLUG, account, calendar="cut", allow_errors=True).writes == 0
    finally:
        db.dispose()


def _ics(
    *event_lines: str, uid: str = "u1@example.com", end: str = "DTEND:20210327T030000Z"
) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "SUMMARY:Visit",
        "DTSTART:20210327T020000Z",
        end,
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (_ics("RRULE:FREQ=DAILY;INTERVAL=0"), "INTERVAL must be"),
        (_ics("RRULE:FREQ=SECONDLY"), "times a day"),
        (_ics("DTSTART:20210327T020000Z"), "DTSTART appears more than once"),
        (_ics(end="DTEND:00010101T000000"), "out of range"),
        (_ics("DTSTART;TZID=Nowhere/Zone:20210327T100000", uid="X" * 100_000), "…"),
    ],
)
def test_a_hostile_calendar_is_refused_quickly_in_one_line(data: bytes, fragment: str) -> None:
    from tourplanner.imports.ics_reader import IcsFileError
    from tourplanner.services.ics_import import read_ics

    started = time.monotonic()
    with pytest.raises(IcsFileError) as caught:
        read_ics(data, "x.ics", ZoneInfo("Asia/Shanghai"), date(2021, 3, 27), date(2021, 3, 28))
    message = str(caught.value)
    assert fragment in message and "\n" not in message and len(message) < 600
    assert time.monotonic() - started < 10


def _with_sheet(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """``data`` (an .xlsx) with its worksheet's XML changed by ``change``."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    sheet = next(n for n in members if n.startswith("xl/worksheets/"))
    broken = change(members[sheet])
    assert broken != members[sheet]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in members.items():
            z.writestr(name, broken if name == sheet else content)
    return out.getvalue()


def _not_a_number(xml: bytes) -> bytes:
    return xml.replace(
        b'<c r="E2" t="inlineStr"><is><t>+33 6 12 34 56 78</t></is></c>',
        b'<c r="E2"><v>-1e+308-1e+308</v></c>',
    )


def _damaged_xlsx() -> Iterator[bytes]:
    data = (REPO / "tests" / "data" / "people" / "basic.xlsx").read_bytes()
    yield _with_sheet(data, lambda xml: xml[:200])
    yield _with_sheet(data, lambda xml: xml.replace(b"<row", b"<row <", 1))
    flipped = bytearray(data)
    for at in range(len(data) // 2, len(data) // 2 + 40):
        flipped[at] ^= 0x5A
    yield bytes(flipped)


@pytest.mark.parametrize("data", list(_damaged_xlsx()))
def test_a_damaged_workbook_is_one_clear_error(data: bytes) -> None:
    from tourplanner.imports.spreadsheets import sheets_from_bytes

    with pytest.raises(ValidationError) as caught:
        sheets_from_bytes(data, "people.xlsx")
    assert str(caught.value).startswith("people.xlsx: ")


def test_a_number_cell_that_is_not_a_number_is_a_clear_row_error(db: Any, tmp_path: Path) -> None:
    """openpyxl refused the whole file; python-calamine reads such a cell as the text in
    it, and the row check then names the row and the column."""
    from tourplanner.imports.spreadsheets import sheets_from_bytes
    from tourplanner.services.sheet_import import RowsRejected, import_people
    from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

    basic = (REPO / "tests" / "data" / "people" / "basic.xlsx").read_bytes()
    data = _with_sheet(basic, _not_a_number)
    assert sheets_from_bytes(data, "people.xlsx")[0].rows[1][1][4] == "-1e+308-1e+308"
    load_sample(db)
    path = tmp_path / "people.xlsx"
    path.write_bytes(data)
    with pytest.raises(RowsRejected) as caught:
        import_people(db, SAMPLE_SLUG, path)
    errors = [str(e) for e in caught.value.plan.errors]
    assert [e for e in errors if e.startswith("row 2, Phone: ")], errors


def test_a_header_of_thousands_of_columns_makes_a_short_message(db: Any, tmp_path: Path) -> None:
    from tourplanner.services.sheet_import import import_people
    from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

    load_sample(db)
    sheet = tmp_path / "people.csv"
    header = ["Email", "Organisation", *(f"Column {n} " + "x" * 50 for n in range(5000))]
    sheet.write_text(",".join(header) + "\na@example.org,Outlet\n")
    with pytest.raises(ValidationError) as caught:
        import_people(db, SAMPLE_SLUG, sheet)
    assert len(str(caught.value)) < 1200 and "more)" in str(caught.value)


@pytest.mark.parametrize("value", ["\ud800 lone", "nul\x00inside"])
def test_text_no_database_stores_is_refused_with_its_path(value: str) -> None:
    import json

    from tourplanner.imports.tourfile_reader import read_tour_file
    from tourplanner.services.tourfile import SAMPLE_FILE

    doc = json.loads(Path(SAMPLE_FILE).read_bytes())
    doc["tour"]["description"] = value
    with pytest.raises(TourFileError) as caught:
        read_tour_file(json.dumps(doc).encode(), "t.json")
    assert caught.value.path == "$.tour.description"


def test_a_name_with_a_line_break_cannot_add_headers() -> None:
    from tourplanner.integrations.mailer import build_message, message_bytes

    msg = build_message(
        sender="organiser@example.org",
        sender_name="Tour\r\noffice",
        to="guest@example.org",
        to_name="Guest\r\nBcc: someone@example.org",
        subject="Your briefing,\r\nGuest",
        text="Hello",
    )
    raw = message_bytes(msg)
    assert b"\r\nBcc:" not in raw and msg["Bcc"] is None
    assert "\n" not in str(msg["To"]) and "\n" not in str(msg["Subject"])


def test_an_smtp_server_that_never_answers_is_a_timeout() -> None:
    from tourplanner.integrations.mailer import (
        MailConnectionError,
        SmtpMailer,
        parse_smtp_url,
    )

    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never greets
        port = silent.getsockname()[1]
        settings = parse_smtp_url(f"smtp://127.0.0.1:{port}?security=none&timeout=1")
        with pytest.raises(MailConnectionError, match="no answer from the SMTP server"):
            SmtpMailer(settings).connect()


def test_the_schema_probe_leaves_no_trace(tmp_path: Path) -> None:
    """open_database tries a write and rolls it back: the file's header is as it was."""
    path = tmp_path / "tour.db"
    open_database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path)
    before = conn.execute("PRAGMA user_version").fetchone()
    conn.close()
    open_database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone() == before
    conn.close()
