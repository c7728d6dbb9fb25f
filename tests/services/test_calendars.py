"""Calendar exports through the services and the CLI: updates reach subscribers as new
SEQUENCEs of the same UIDs, and per-person files get safe, distinct names."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.core.builders import TourBuilder
from tests.export.ics_conformance import assert_conformant
from tourplanner.cli import main
from tourplanner.core.enums import ItemStatus, ParticipantRole
from tourplanner.core.errors import ValidationError
from tourplanner.services import items, participants, tours
from tourplanner.services.calendars import (
    IcsOptions,
    Selection,
    calendar_resources,
    export_calendar_bytes,
    export_calendar_file,
    export_people_calendars,
    people_file_names,
    safe_stem,
    selection_from,
)
from tourplanner.services.database import Database
from tourplanner.services.samples import SAMPLE_SLUG, load_sample

MEETING = "Meeting at NUSRI Chongqing"


def event_of(data: bytes, uid: str):  # type: ignore[no-untyped-def]
    return next(e for e in Calendar.from_ical(data).walk("VEVENT") if str(e["UID"]) == uid)


def test_edits_raise_sequence_keep_uid_and_cancelled_items_stay(db: Database) -> None:
    load_sample(db)
    item = next(it for it in items.list_items(db, SAMPLE_SLUG) if it.title == MEETING)
    dai = Selection.person("dai-jiuyue")
    nusri = Selection.site("nusri-chongqing")
    before = event_of(export_calendar_bytes(db, SAMPLE_SLUG, dai), item.uid)
    assert int(before["SEQUENCE"]) == 0

    later = items.update_item(
        db,
        item.id,
        item.version,
        starts_at=item.starts_at + timedelta(minutes=20),
        ends_at=item.ends_at + timedelta(minutes=20),
    )
    moved = event_of(export_calendar_bytes(db, SAMPLE_SLUG, dai), item.uid)
    assert int(moved["SEQUENCE"]) == 1
    assert moved["DTSTART"].dt == item.starts_at + timedelta(minutes=20)

    # Saving the same time again is no change a subscriber needs to see.
    later = items.update_item(db, item.id, later.version, starts_at=later.starts_at)
    assert later.sequence == 1

    items.update_item(db, item.id, later.version, status=ItemStatus.CANCELLED)
    for selection in (dai, nusri, Selection.tour()):
        data = export_calendar_bytes(db, SAMPLE_SLUG, selection)
        assert_conformant(data)
        cancelled = event_of(data, item.uid)
        assert str(cancelled["STATUS"]) == "CANCELLED"
        assert int(cancelled["SEQUENCE"]) == 2
    resource = calendar_resources(db, SAMPLE_SLUG, nusri)[item.uid]
    assert b"STATUS:CANCELLED" in resource and b"METHOD" not in resource


def test_every_person_gets_a_file_with_a_safe_distinct_name(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    for key, name in (
        ("evil", "../../etc/passwd"),
        ("zhang-wei-1", "Zhang Wei"),
        ("zhang-wei-2", "Zhang Wei"),
        ("wang-wei-cn", "王伟"),
    ):
        participants.create_participant(
            db, SAMPLE_SLUG, key=key, full_name=name, role=ParticipantRole.DELEGATE
        )
    folder = tmp_path / "calendars"
    result = export_people_calendars(db, SAMPLE_SLUG, folder, IcsOptions(reminder_minutes=None))
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    assert set(result.files) == {p.key for p in snap.participants}
    names = {key: path.name for key, path in result.files.items()}
    assert names["evil"] == "etc-passwd.ics"
    assert names["zhang-wei-1"] == "zhang-wei-zhang-wei-1.ics"
    assert names["zhang-wei-2"] == "zhang-wei-zhang-wei-2.ics"
    assert names["wang-wei-cn"] == "wang-wei-cn.ics"
    assert names["dai-jiuyue"] == "dai-jiuyue.ics"
    assert sorted(p.name for p in folder.iterdir()) == sorted(names.values())
    assert not (tmp_path / "etc").exists()
    for path in result.files.values():
        assert path.parent == folder
        assert b"VALARM" not in assert_conformant(path.read_bytes()).to_ical()
    evil = Calendar.from_ical(result.files["evil"].read_bytes())
    assert str(evil["X-WR-CALNAME"]).endswith(": ../../etc/passwd")


def test_file_names_from_names() -> None:
    assert safe_stem("Dai Jiuyue", "p1") == "dai-jiuyue"
    assert safe_stem("Chloé Laurent", "p1") == "chloe-laurent"
    assert safe_stem("../../etc/passwd", "p1") == "etc-passwd"
    assert safe_stem("..", "p1") == "p1"
    assert safe_stem("戴久岳", "dai.jiuyue") == "dai-jiuyue"
    assert safe_stem("", "") == "calendar"
    b = TourBuilder()
    for name in ("Li Na", "Li Na", "li-na", "Li Na 2"):
        b.person(name)
    names = people_file_names(b.snapshot().participants)
    assert len(set(names.values())) == 4
    assert names["p1"] == "li-na-p1.ics" and names["p3"] == "li-na-p3.ics"
    assert all("/" not in n and not n.startswith(".") for n in names.values())


def test_selection_from_options() -> None:
    assert selection_from() == Selection.tour()
    assert selection_from(person="x") == Selection.person("x")
    assert selection_from(group="g") == Selection.group("g")
    with pytest.raises(ValidationError):
        selection_from(person="x", site="y")


def test_export_file_is_written_whole(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    target = tmp_path / "out" / "tour.ics"
    export_calendar_file(db, SAMPLE_SLUG, target)
    assert_conformant(target.read_bytes())
    assert [p.name for p in target.parent.iterdir()] == ["tour.ics"]  # no temporary left


# --- the CLI, in process, on SQLite -----------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["--db", url, "sample"]) == 0
    return url


def test_cli_export_to_stdout_and_file(cli_db: str, tmp_path: Path, capsysbinary) -> None:  # type: ignore[no-untyped-def]
    capsysbinary.readouterr()
    assert main(["--db", cli_db, "export", "ics", SAMPLE_SLUG, "--person", "dai-jiuyue"]) == 0
    out = capsysbinary.readouterr().out
    assert_conformant(out)
    assert b"X-WR-CALNAME:" in out and b"Dai Jiuyue" in out
    assert b"BEGIN:VALARM" in out
    target = tmp_path / "nusri.ics"
    args = ["export", "ics", SAMPLE_SLUG, "--site", "nusri-chongqing", "-o", str(target)]
    assert main(["--db", cli_db, *args, "--reminder", "off"]) == 0
    data = target.read_bytes()
    assert_conformant(data)
    assert b"VALARM" not in data
    assert b"Wrote" in capsysbinary.readouterr().err
    assert main(["--db", cli_db, "export", "ics", SAMPLE_SLUG, "--reminder", "5"]) == 0
    assert b"TRIGGER:-PT5M" in capsysbinary.readouterr().out


def test_cli_all_people(cli_db: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "people"
    assert main(["--db", cli_db, "export", "ics", SAMPLE_SLUG, "--all-people", str(folder)]) == 0
    assert "Wrote 25 calendars" in capsys.readouterr().err
    assert (folder / "dai-jiuyue.ics").exists() and len(list(folder.iterdir())) == 25


def run_cli(*args: str) -> int:
    """``main`` as the shell sees it: argparse's usage errors exit, ours return."""
    try:
        return main(list(args))
    except SystemExit as e:
        return int(e.code or 0)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--person", "nobody"], "no participant with key 'nobody'"),
        (["--group", "nobody"], "no group with key 'nobody'"),
        (["--person", "dai-jiuyue", "--site", "clciz"], "not allowed with argument"),
        (["--all-people", "x", "-o", "y.ics"], "cannot take -o"),
        (["--reminder", "soon"], "expected minutes"),
    ],
)
def test_cli_export_errors_are_one_line(cli_db: str, capsys, args, fragment) -> None:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert run_cli("--db", cli_db, "export", "ics", SAMPLE_SLUG, *args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("tourplanner: error:") and fragment in err[0]
