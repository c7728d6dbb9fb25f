"""Checks on stored tours, and the `check` command."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from tourplanner.services import items, tours
from tourplanner.services.checks import check, live_checker
from tourplanner.services.database import Database
from tourplanner.services.samples import SAMPLE_SLUG, load_sample

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
    assert any("Interview" in titles[u].title for u in described["items"])  # type: ignore[union-attr]


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
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_command_exit_codes_and_json(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert _cli("--db", url, "sample").returncode == 0
    text = _cli("--db", url, "check", SAMPLE_SLUG)
    assert text.returncode == 1
    assert "double-booked" in text.stdout and "Dai Jiuyue is in" in text.stdout
    assert "1 error(s), 0 warning(s)" in text.stdout
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
