"""The CLI as a user runs it: real SQLite files and PostgreSQL.

The tests about the process itself (the acceptance sequence end to end, the database
named by the environment a process starts with, a tour written down a pipe) start
``main.py`` as a subprocess (``run_process``); the others call the same ``main`` in this
process (``run``, tests/cli_runner.py), with the same arguments, folder and environment,
and read the same exit code, stdout and stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import run_main

ROOT = Path(__file__).resolve().parents[1]


def _environment(extra: dict[str, str] | None) -> dict[str, str]:
    """This process's environment without its database, plus ``extra``."""
    full_env = {k: v for k, v in os.environ.items() if k != "TOURPLANNER_DB"}
    full_env.update(extra or {})
    return full_env


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``tourplanner ARGS`` in ``cwd``, run in this process (see tests/cli_runner.py)."""
    return run_main(*args, cwd=cwd, env=_environment(env))


def run_process(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` in ``cwd`` as a real subprocess."""
    full_env = _environment(env)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tourplanner: error:") and fragment in lines[0], lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_acceptance_sequence_sqlite_to_postgresql(tmp_path: Path, pg_databases) -> None:
    """The foundation issue's sequence, then export from PostgreSQL is byte-identical."""
    pg_url = pg_databases.create()
    try:
        steps = [
            ("--db", "sqlite:///x.db", "sample"),
            ("--db", "sqlite:///x.db", "tours", "--json"),
            ("--db", "sqlite:///x.db", "export", "tour", "chongqing-2021", "-o", "t.json"),
            ("--db", pg_url, "import", "tour", "t.json"),
            ("--db", pg_url, "export", "tour", "chongqing-2021", "-o", "t2.json"),
        ]
        outputs = []
        for step in steps:
            result = run_process(*step, cwd=tmp_path)
            assert result.returncode == 0, (step, result.stderr)
            assert "Traceback" not in result.stderr
            outputs.append(result.stdout)
        tours = json.loads(outputs[1])
        assert tours == [
            {
                "slug": "chongqing-2021",
                "name": "Walking in China·2021 Overseas Chinese Media High-Level Chongqing Tour",
                "local_name": tours[0]["local_name"],
                "start_date": "2021-03-27",
                "end_date": "2021-03-28",
            }
        ]
        assert "重庆" in tours[0]["local_name"]
        assert (tmp_path / "t.json").read_bytes() == (tmp_path / "t2.json").read_bytes()
        assert "Imported tour chongqing-2021" in outputs[3]
    finally:
        pg_databases.drop(pg_url)


def test_sample_twice_and_tours_table(tmp_path: Path) -> None:
    assert "Loaded" in run("--db", "sqlite:///x.db", "sample", cwd=tmp_path).stdout
    again = run("--db", "sqlite:///x.db", "sample", cwd=tmp_path)
    assert again.returncode == 0 and "already loaded" in again.stdout
    table = run("--db", "sqlite:///x.db", "tours", cwd=tmp_path).stdout.splitlines()
    assert table[0].split() == ["SLUG", "DATES", "NAME"]
    assert table[1].startswith("chongqing-2021  2021-03-27 – 2021-03-28  Walking in China")


def test_database_comes_from_the_environment(tmp_path: Path) -> None:
    env = {"TOURPLANNER_DB": f"sqlite:///{tmp_path / 'env.db'}"}
    assert run_process("sample", cwd=tmp_path, env=env).returncode == 0
    assert (tmp_path / "env.db").exists()


def test_export_to_stdout(tmp_path: Path) -> None:
    run("--db", "sqlite:///x.db", "sample", cwd=tmp_path)
    result = run_process("--db", "sqlite:///x.db", "export", "tour", "chongqing-2021", cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)["tour"]["slug"] == "chongqing-2021"


def test_db_upgrade_reports_what_it_did(tmp_path: Path) -> None:
    first = run("--db", "sqlite:///new.db", "db", "upgrade", cwd=tmp_path)
    assert first.returncode == 0 and "from empty to " in first.stdout
    second = run("--db", "sqlite:///new.db", "db", "upgrade", cwd=tmp_path)
    assert second.returncode == 0 and "up to date" in second.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--db", "not a url", "tours"), "invalid database URL"),
        (("--db", "nosuchdialect://x", "tours"), "unsupported database URL"),
        (("--db", "postgresql+psycopg://postgres@127.0.0.1:1/x", "tours"), "cannot open database"),
        (("--db", "sqlite:///x.db", "export", "tour", "nope"), "no tour with slug 'nope'"),
        (
            ("--db", "sqlite:///x.db", "import", "tour", "missing.json"),
            "missing.json: no such file",
        ),
        (("--db", "sqlite:///x.db", "import", "tour", "."), "is a folder"),
        (("--db", "sqlite:///x.db", "frobnicate"), "invalid choice"),
        (("--db", "sqlite:///x.db", "export"), "required"),
    ],
)
def test_errors_are_one_line_with_exit_code_2(
    tmp_path: Path, args: tuple[str, ...], fragment: str
) -> None:
    assert_one_line_error(run(*args, cwd=tmp_path), fragment)


def test_passwords_never_appear_in_messages(tmp_path: Path) -> None:
    result = run("--db", "postgresql+psycopg://u:s3cret@127.0.0.1:1/x", "tours", cwd=tmp_path)
    assert_one_line_error(result, "cannot open database")
    assert "s3cret" not in result.stderr


def test_import_of_existing_slug_needs_replace(tmp_path: Path) -> None:
    run("--db", "sqlite:///x.db", "sample", cwd=tmp_path)
    run("--db", "sqlite:///x.db", "export", "tour", "chongqing-2021", "-o", "t.json", cwd=tmp_path)
    refused = run("--db", "sqlite:///x.db", "import", "tour", "t.json", cwd=tmp_path)
    assert_one_line_error(refused, "use --replace")
    replaced = run("--db", "sqlite:///x.db", "import", "tour", "t.json", "--replace", cwd=tmp_path)
    assert replaced.returncode == 0 and replaced.stdout.startswith("Replaced tour chongqing-2021")


def test_db_may_follow_the_command(tmp_path, capsys, monkeypatch) -> None:
    """`tourplanner sample --db URL`, as people type it, uses that database."""
    from tourplanner.cli import main

    monkeypatch.delenv("TOURPLANNER_DB", raising=False)
    url = f"sqlite:///{tmp_path / 'after.db'}"
    assert main(["sample", "--db", url]) == 0
    assert (tmp_path / "after.db").exists()
    capsys.readouterr()
    assert main(["tours", "--db", url, "--json"]) == 0
    assert [t["slug"] for t in json.loads(capsys.readouterr().out)] == ["chongqing-2021"]


def test_export_precedence_writes_the_order_and_refuses_bad_input(tmp_path: Path) -> None:
    db = ("--db", "sqlite:///x.db")
    assert run(*db, "sample", cwd=tmp_path).returncode == 0
    done = run(*db, "export", "precedence", "chongqing-2021", "-o", "p.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "p.csv").read_text("utf-8-sig").splitlines()
    assert lines[1].startswith("1,shang-yong,Shang Yong,") and len(lines) == 26
    bad = run(*db, "export", "precedence", "nope", "-o", "p.csv", cwd=tmp_path)
    assert_one_line_error(bad, "no tour with slug 'nope'")
    bad = run(
        *db, "export", "precedence", "chongqing-2021", "-o", "p", "--format", "ods", cwd=tmp_path
    )
    assert_one_line_error(bad, "invalid choice: 'ods'")


def test_export_gifts_writes_the_log_and_refuses_a_bad_format(tmp_path: Path) -> None:
    db = ("--db", "sqlite:///x.db")
    assert run(*db, "sample", cwd=tmp_path).returncode == 0
    done = run(*db, "export", "gifts", "chongqing-2021", "-o", "g.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Wrote the gift log (0 gifts)" in done.stderr and (tmp_path / "g.xlsx").stat().st_size
    done = run(*db, "export", "gifts", "chongqing-2021", "-o", "g.csv", cwd=tmp_path)
    header = (tmp_path / "g.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("No.,What,From,From (organisation),To")
    bad = run(*db, "export", "gifts", "nope", "-o", "g.csv", cwd=tmp_path)
    assert_one_line_error(bad, "no tour with slug 'nope'")


def test_seating_apply_shows_in_history_and_undo_puts_the_plan_back(tmp_path: Path) -> None:
    db = ("--db", "sqlite:///x.db")
    assert run(*db, "sample", cwd=tmp_path).returncode == 0
    nothing = run(*db, "seating", "chongqing-2021", "Welcome dinner", "--undo", cwd=tmp_path)
    assert_one_line_error(nothing, "'Welcome dinner' has no seating change in its history")
    applied = run(
        *db,
        "seating",
        "chongqing-2021",
        "Welcome dinner",
        "--tables",
        "2x10",
        "--apply",
        cwd=tmp_path,
    )
    assert applied.returncode == 0, applied.stderr
    assert "--undo" in applied.stderr.splitlines()[-1]
    log = json.loads(run(*db, "history", "chongqing-2021", "--json", cwd=tmp_path).stdout)
    seating = [e for e in log if {"tables", "seating"} & set(e["changes"])]
    assert {e["action"] for e in seating} == {"tourplanner seating"}
    assert {e["record"]["label"] for e in seating} == {"Welcome dinner"}
    undone = run(*db, "seating", "chongqing-2021", "Welcome dinner", "--undo", cwd=tmp_path)
    assert undone.returncode == 0, undone.stderr
    assert "0 people at 0 tables" in undone.stdout
    checked = json.loads(run(*db, "check", "chongqing-2021", "--json", cwd=tmp_path).stdout)
    assert "seat-unassigned" not in json.dumps(checked)  # no plan: nothing to be missing from
    again = run(*db, "seating", "chongqing-2021", "Welcome dinner", "--undo", cwd=tmp_path)
    assert "16 people at 2 tables" in again.stdout
    both = run(
        *db, "seating", "chongqing-2021", "Welcome dinner", "--undo", "--apply", cwd=tmp_path
    )
    assert_one_line_error(both, "not allowed with argument")


def test_seating_prints_json_applies_and_refuses_bad_input(tmp_path: Path) -> None:
    db = ("--db", "sqlite:///x.db")
    assert run(*db, "sample", cwd=tmp_path).returncode == 0
    shown = run(
        *db,
        "seating",
        "chongqing-2021",
        "Welcome dinner",
        "--tables",
        "2x10",
        "--json",
        cwd=tmp_path,
    )
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    assert set(doc) == {"item", "attendees", "principal_host", "principal_guest", "tables"}
    assert doc["item"] == "fd937df0-efe9-4058-b032-2b373052dce5"
    assert doc["tables"][0]["seats"][:1] == [{"seat": 1, "person": "he-wei"}]
    assert doc["tables"][1] == {**doc["tables"][1], "number": 2, "shape": "round"}
    text = run(*db, "seating", "chongqing-2021", doc["item"], "--apply", cwd=tmp_path)
    assert text.returncode == 0 and "Table 1 (round, 10 seats)" in text.stdout
    assert "Stored the seating plan of 'Welcome dinner'." in text.stderr
    checked = run(*db, "check", "chongqing-2021", "--json", cwd=tmp_path)
    assert "seat-unassigned" not in checked.stdout
    for args, fragment in (
        (("Brunch",), "no item with UID or title 'Brunch'"),
        (("Welcome dinner", "--tables", "2x"), "--tables: '2x' is not tables as NxSEATS"),
        (
            ("Welcome dinner", "--tables", "1x4"),
            "16 attendees of 'Welcome dinner' but only 4 seats",
        ),
    ):
        assert_one_line_error(run(*db, "seating", "chongqing-2021", *args, cwd=tmp_path), fragment)
