"""Start-up stays light: with an up-to-date database the GUI starts without importing
Alembic or the ORM, and the head revision read from db/versions is Alembic's own."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from tourplanner.store import migrations

MAIN = Path(__file__).resolve().parents[2] / "main.py"

# Runs main.py as a user starts it, then reports which of these modules were imported.
PROBE = """
import json, runpy, sys
sys.argv = ["main.py", "--exit-after-paint", "--db", sys.argv[1]]
import tourplanner.qt.app as gui
at_paint = []
opened = gui.open_startup_database
def open_after_paint(url):
    # Called once the window's first frame is out: what is loaded now delayed the paint.
    at_paint.extend(m for m in {before!r} if m in sys.modules)
    return opened(url)
gui.open_startup_database = open_after_paint
code = None
try:
    runpy.run_path({main!r}, run_name="__main__")
except SystemExit as e:
    code = e.code
loaded = [m for m in {watched!r} if m in sys.modules]
print(json.dumps({{"exit": code, "loaded": loaded, "at_paint": at_paint}}))
"""
WATCHED = ["alembic", "sqlalchemy.orm", "tourplanner.store.models", "tourplanner.services.tours"]
# None of these may load before the first paint: the database is opened after it.
BEFORE_PAINT = [
    "sqlalchemy",
    "tourplanner.services.database",
    "tourplanner.store.engine",
    "langcodes",
    "reportlab",
    "icalendar",
    "geopy",
]


def _start(url: str, tmp_path: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    code = PROBE.format(main=str(MAIN), watched=WATCHED, before=BEFORE_PAINT)
    done = subprocess.run(
        [sys.executable, "-c", code, url],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _stamped(path: Path) -> list[tuple[str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchall()


@pytest.mark.slow
def test_start_up_with_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "start.db"
    url = f"sqlite:///{path}"
    first = _start(url, tmp_path)  # a fresh file: created and migrated with Alembic
    assert first["exit"] == 0
    assert "alembic" in first["loaded"]
    assert _stamped(path) == [(migrations.head_revision(),)]
    again = _start(url, tmp_path)  # up to date: plain SQL finds nothing to do
    assert again["exit"] == 0
    assert again["loaded"] == [], f"imported at start-up: {again['loaded']}"
    # The window paints before the database is opened: no SQLAlchemy yet (issue 18).
    assert first["at_paint"] == again["at_paint"] == [], f"before paint: {again['at_paint']}"


@pytest.mark.slow
def test_start_up_with_an_old_database_still_migrates_it(tmp_path: Path) -> None:
    from tourplanner.store.engine import connect

    path = tmp_path / "old.db"
    db = connect(f"sqlite:///{path}")
    try:
        migrations.upgrade_to(db, "0001")
    finally:
        db.dispose()
    started = _start(f"sqlite:///{path}", tmp_path)
    assert started["exit"] == 0 and "alembic" in started["loaded"]
    assert _stamped(path) == [(migrations.head_revision(),)]
    assert list(tmp_path.glob("old.db.0001.*.bak"))


def test_head_read_from_the_files_is_alembics_head() -> None:
    alembic_head = ScriptDirectory.from_config(migrations.alembic_config()).get_current_head()
    # The fast path is used (no fallback to Alembic) and agrees with Alembic.
    assert migrations._scanned_head(migrations.MIGRATIONS_DIR / "versions") == alembic_head
    assert migrations.head_revision() == alembic_head


def test_revision_files_that_cannot_be_read_plainly_fall_back_to_alembic(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (versions / "b.py").write_text('revision = "b"\ndown_revision = "a"\n')
    assert migrations._scanned_head(versions) == "b"
    (versions / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')  # two heads
    assert migrations._scanned_head(versions) is None
    (versions / "c.py").write_text('revision = make_id()\ndown_revision = "b"\n')
    assert migrations._scanned_head(versions) is None
    (versions / "c.py").write_text('revision = "c"\ndown_revision = ("a", "b")\n')  # a merge
    assert migrations._scanned_head(versions) == "c"
