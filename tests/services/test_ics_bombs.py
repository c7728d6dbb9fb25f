"""Runaway calendars: 100,000 events, tens of thousands of alarms, half a million lines,
and rules that together expand past the limit, each refused in one line with the
database unchanged; the refusing CLI stays under 300 MB. (How fast: bench/rows_hostile.py.)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reliability.bombs import cli_measured, write_events_ics
from tourplanner.imports.ics_limits import content_lines
from tourplanner.imports.ics_reader import IcsFileError
from tourplanner.services.database import Database
from tourplanner.services.ics_import import import_ics_data, read_ics
from tourplanner.services.tourfile import SAMPLE_SLUG, export_tour_bytes, load_sample

MEMORY_LIMIT_MB = 300
ZONE = ZoneInfo("Asia/Shanghai")


def calendar(*event_lines: str, events: int = 1) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for n in range(events):
        lines += [
            "BEGIN:VEVENT",
            f"UID:e{n}@example.com",
            "SUMMARY:Visit",
            "DTSTART:20210327T020000Z",
            "DTEND:20210327T030000Z",
            *event_lines,
            "END:VEVENT",
        ]
    return ("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n").encode()


@pytest.fixture(scope="module")
def huge_calendar(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ics") / "100k.ics"
    write_events_ics(path, 100_000)
    return path


def refusal(data: bytes) -> str:
    with pytest.raises(IcsFileError) as caught:
        read_ics(data, "x.ics", ZONE, date(2021, 3, 27), date(2021, 3, 28))
    message = str(caught.value)
    assert message.startswith("x.ics: ") and "\n" not in message
    return message


def test_100000_events_are_refused_before_the_parse(huge_calendar: Path) -> None:
    assert "more than 20,000 events in the file" in refusal(huge_calendar.read_bytes())


def test_the_limits_count_components_and_unfolded_lines() -> None:
    alarm = ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT5M", "END:VALARM"]
    many_alarms = calendar(*(alarm * 60_000))
    assert "more than 50,000 components" in refusal(many_alarms)
    many_lines = calendar(*[f"X-NOTE:{n}" for n in range(450_000)])
    assert "lines (at most 400,000)" in refusal(many_lines)
    # Folded lines are one content line; CR-only files are counted too.
    assert content_lines(b"A:1\r\n B\r\n\tC\r\nD:2\r\n") == 3
    assert content_lines(b"A:1\rB:2\rC:3") == 3


def test_rules_that_together_run_away_stop_the_expansion() -> None:
    # Each rule makes about 6,600 events in the window the import expands, under the
    # limit alone; four of them pass it, and the expansion stops there.
    one = calendar("RRULE:FREQ=MINUTELY")
    events, _ = read_ics(one, "x.ics", ZONE, date(2021, 3, 27), date(2021, 3, 28))
    assert 1440 < len(events) < 20_000
    message = refusal(calendar("RRULE:FREQ=MINUTELY", events=4))
    assert "more than 20000 events within the tour's dates" in message


def test_a_runaway_calendar_leaves_the_database_unchanged(
    db: Database, huge_calendar: Path
) -> None:
    load_sample(db)
    before = export_tour_bytes(db, SAMPLE_SLUG)
    hostile = [
        huge_calendar.read_bytes(),
        calendar("RRULE:FREQ=MINUTELY", events=4),
        calendar("RRULE:FREQ=DAILY;INTERVAL=" + "9" * 5000),
    ]
    for data in hostile:
        for mode in ({"as_items": True}, {"busy_for": "person:dai-jiuyue"}):
            with pytest.raises(IcsFileError):
                import_ics_data(db, SAMPLE_SLUG, [("x.ics", data)], **mode)
            assert export_tour_bytes(db, SAMPLE_SLUG) == before


def test_the_cli_refuses_100000_events_with_exit_2_under_300_mb(
    tmp_path: Path, huge_calendar: Path
) -> None:
    db = tmp_path / "tour.db"
    code, _peak, stderr = cli_measured(["--db", f"sqlite:///{db}", "sample"], tmp_path)
    assert code == 0, stderr
    before = db.read_bytes()
    args = ["--db", f"sqlite:///{db}", "import", "ics", SAMPLE_SLUG, str(huge_calendar)]
    code, peak, stderr = cli_measured([*args, "--as-items"], tmp_path)
    assert code == 2, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0] == (
        f"tourplanner: error: {huge_calendar}: more than 20,000 events in the file; "
        "export only the weeks of the tour and import that"
    )
    assert peak < MEMORY_LIMIT_MB, f"peak {peak} MB"
    assert db.read_bytes() == before
