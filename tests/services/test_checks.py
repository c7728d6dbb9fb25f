"""Checks on stored tours, and the `check` command."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.cli_runner import run_main
from tourplanner.core import wording
from tourplanner.core.model import ScheduleItem
from tourplanner.services import items, sites, tours
from tourplanner.services.database import Database
from tourplanner.services.tourfile import SAMPLE_SLUG, import_tour_file, load_sample
from tourplanner.services.tours import CheckReport, check, live_checker

ROOT = Path(__file__).resolve().parents[2]


def test_sample_tour_has_exactly_its_deliberate_problem(db: Database) -> None:
    load_sample(db)
    report = check(db, SAMPLE_SLUG)
    assert (report.errors, report.warnings) == (1, 0)
    (problem,) = report.problems
    described = report.describe(problem)
    assert described["code"] == "double-booked"
    assert described["participants"] == ["dai-jiuyue"]
    titles = {i.uid: i for i in report.snapshot.items}
    assert any("Interview" in titles[u].title for u in described["items"])


def test_fixing_the_clash_in_the_database_clears_the_check(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    interview = next(i for i in snap.items if i.title.startswith("Interview"))
    # Half an hour later it would clash with Zhao Xin's press interviews instead.
    later = timedelta(minutes=30)
    moved = items.update_item(
        db,
        interview.id,
        interview.version,
        starts_at=interview.starts_at + later,
        ends_at=interview.ends_at + later,
    )
    (problem,) = check(db, SAMPLE_SLUG).problems
    assert problem.message.startswith("Zhao Xin is in 'Interview with iChongqing")
    items.update_item(db, interview.id, moved.version, status="cancelled")
    assert check(db, SAMPLE_SLUG).problems == ()


def test_live_checker_follows_item_edits(db: Database) -> None:
    load_sample(db)
    checker = live_checker(db, SAMPLE_SLUG)
    assert len(checker.problems()) == 1
    interview = next(i for i in checker.items.values() if i.title.startswith("Interview"))
    checker.update_item(replace(interview, status=interview.status.__class__("cancelled")))
    assert checker.problems() == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_main(*args)


def test_check_command_exit_codes_and_json(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert _cli("--db", url, "sample").returncode == 0
    text = _cli("--db", url, "check", SAMPLE_SLUG)
    assert text.returncode == 1
    # People read the problem's title; the code is for scripts (--json).
    assert "Double-booked: Dai Jiuyue is in" in text.stdout and "double-booked" not in text.stdout
    assert "1 error, 0 warnings in" in text.stdout
    as_json = _cli("--db", url, "check", SAMPLE_SLUG, "--json")
    assert as_json.returncode == 1
    (entry,) = json.loads(as_json.stdout)
    assert entry["code"] == "double-booked" and entry["severity"] == "error"
    missing = _cli("--db", url, "check", "nope")
    assert missing.returncode == 2 and missing.stderr.strip() == (
        "tourplanner: error: no tour with slug 'nope'"
    )
    # A tour with no problems exits 0.
    doc = json.loads(_cli("--db", url, "export", "tour", SAMPLE_SLUG).stdout)
    doc["tour"]["slug"] = "clean"
    doc["items"] = [i for i in doc["items"] if not i["title"].startswith("Interview")]
    new_uids = {}
    for i, item in enumerate(doc["items"]):
        new_uids[item["uid"]] = item["uid"] = f"clean-{i}"
    for seat in doc["vehicle_assignments"]:  # they name the items by uid
        seat["item"] = new_uids[seat["item"]]
    (tmp_path / "clean.json").write_text(json.dumps(doc), encoding="utf-8")
    assert _cli("--db", url, "import", "tour", str(tmp_path / "clean.json")).returncode == 0
    clean = _cli("--db", url, "check", "clean")
    assert clean.returncode == 0 and "No problems found in clean." in clean.stdout


def test_vehicle_seating_problems_of_the_sample_are_checked(db: Database) -> None:
    """The sample seats everyone on its transfers within the seats; changing the seating
    shows up in the check as the vehicle manifest flags it."""
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    assert not any(p.code.value in VEHICLE_CODES for p in check(db, SAMPLE_SLUG).problems)
    coaches = {v.key: v for v in snap.vehicles}
    transfer = next(i for i in snap.items if i.title == "Transfer: airport to hotel")
    on_it = [a for a in snap.vehicle_assignments if a.item_id == transfer.id]
    on_coach_1 = [a.participant_id for a in on_it if a.vehicle_id == coaches["coach-1"].id]
    # Everyone into the smaller coach but one, who loses their seat.
    left_behind, *moved = on_coach_1
    sites.assign_passengers(db, coaches["coach-2"].id, transfer.id, moved)
    sites.unassign_passengers(db, transfer.id, [left_behind])
    report = check(db, SAMPLE_SLUG)
    found = [report.describe(p) for p in report.problems if p.code.value in VEHICLE_CODES]
    # Ordered by time, then code.
    assert [(d["code"], d["severity"]) for d in found] == [
        ("unseated", "warning"),
        ("vehicle-over-capacity", "error"),
    ]
    unseated, full = found
    coach_2 = coaches["coach-2"]
    assert full["message"] == (
        f"'Transfer: airport to hotel' at {_when(report, transfer)} seats "
        f"{len(on_it) - 1} people in {coach_2.name}, which has {coach_2.seats} seats"
    )
    assert full["items"] == [transfer.uid] and len(full["participants"]) == len(on_it) - 1
    name = snap.participants_by_id[left_behind].full_name
    assert unseated["message"].endswith(f": {name} has no seat in any vehicle")
    assert unseated["participants"] == [snap.participants_by_id[left_behind].key]


VEHICLE_CODES = {"vehicle-over-capacity", "seated-twice", "seated-not-attending", "unseated"}


def _when(report: CheckReport, item: ScheduleItem) -> str:
    zone = ZoneInfo(report.snapshot.tour.timezone)
    return wording.span(item.starts_at, item.ends_at, zone)


TWO_ZONES = ROOT / "tests" / "data" / "two-zones.tour.json"


def test_check_tells_frankfurt_times_in_frankfurt(db: Database, tmp_path: Path) -> None:
    """The two-zone tour with the Römer reception moved to 12:05 Frankfurt time, five
    minutes after the tour of the halls: the message (the same in the service, the CLI's
    text and its JSON, and the GUI's Problems panel) tells the Frankfurt times in CEST."""
    doc = json.loads(TWO_ZONES.read_text(encoding="utf-8"))
    reception = next(i for i in doc["items"] if i["title"] == "Reception at the Römer")
    reception["start"], reception["end"] = "2026-03-30T12:05:00+02:00", "2026-03-30T13:30:00+02:00"
    path = tmp_path / "moved.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_tour_file(db, path)
    report = check(db, "shanghai-frankfurt-2026")
    (problem,) = report.problems
    expected = (
        "Ivan Petrov: 5 min from 'Tour of the halls' (ends 12:00 CEST) to 'Reception at the "
        "Römer' (starts 12:05 CEST) on Mon 30 Mar"
    )
    assert problem.message.startswith(expected), problem.message
    assert (report.errors, report.warnings) == (1, 0)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert _cli("--db", url, "import", "tour", str(path)).returncode == 0
    text = _cli("--db", url, "check", "shanghai-frankfurt-2026")
    assert text.returncode == 1
    assert expected in text.stdout
    assert "1 error, 0 warnings in shanghai-frankfurt-2026." in text.stdout
    (entry,) = json.loads(_cli("--db", url, "check", "shanghai-frankfurt-2026", "--json").stdout)
    assert entry["message"] == problem.message
