"""`tourplanner history` as a user runs it: its main() as the shell calls it, and an
SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import assert_one_line_error, run


def test_history_lists_what_each_command_changed(tmp_path: Path) -> None:
    db = ("--db", f"sqlite:///{tmp_path / 't.db'}")
    env = {"TOURPLANNER_USER": "Ops Desk"}
    assert run(*db, "sample", cwd=tmp_path, env=env).returncode == 0
    assert (
        run(*db, "export", "tour", "chongqing-2021", "-o", "t.json", cwd=tmp_path).returncode == 0
    )
    doc = json.loads((tmp_path / "t.json").read_text("utf-8"))
    uid = doc["items"][0]["uid"]
    doc["items"][0]["title"] = "Arrival (moved to Gate 3)"
    (tmp_path / "t.json").write_text(json.dumps(doc), "utf-8")
    replaced = run(*db, "import", "tour", "t.json", "--replace", cwd=tmp_path, env=env)
    assert replaced.returncode == 0, replaced.stderr
    out = run(*db, "history", "chongqing-2021", "--json", "--item", uid, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    entries = json.loads(out.stdout)
    assert [set(e) for e in entries] == [{"at", "who", "action", "record", "changes"}] * 2
    newest, first = entries
    assert newest["who"] == "Ops Desk" and newest["action"] == "tourplanner import tour"
    assert newest["changes"]["title"][1] == "Arrival (moved to Gate 3)"
    assert newest["record"]["key"] == uid and first["record"]["op"] == "create"
    assert first["action"] == "tourplanner sample"
    text = run(*db, "history", "chongqing-2021", cwd=tmp_path)
    assert "Changed title of Arrival (moved to Gate 3) by Ops Desk" in text.stdout
    since = run(*db, "history", "chongqing-2021", "--since", "2999-01-01T00:00Z", cwd=tmp_path)
    assert since.stdout.strip() == "No changes recorded."


def test_history_errors_are_one_line(tmp_path: Path) -> None:
    db = ("--db", f"sqlite:///{tmp_path / 't.db'}")
    run(*db, "sample", cwd=tmp_path)
    assert_one_line_error(
        run(*db, "history", "chongqing-2021", "--since", "2021-03-27T09:00", cwd=tmp_path),
        "give the zone too",
    )
    assert_one_line_error(run(*db, "history", "nosuchtour", cwd=tmp_path), "nosuchtour")
