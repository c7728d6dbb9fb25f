"""After an unclean end: is the database intact, and if not, what is wrong?"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tourplanner.services.database import Database, damage, database_file, open_database
from tourplanner.services.samples import load_sample


def test_an_intact_database_has_no_damage(db: Database) -> None:
    load_sample(db)
    assert damage(db) == []


def corrupt_participants(path: Path) -> None:
    """Overwrite the start of the participant table's root page (after a checkpoint, so
    the page is in the file rather than the WAL)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'participant'"
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    with open(path, "r+b") as file:
        file.seek(page_size * (root - 1))
        file.write(b"\x0d\x00\x00\x00\x09\x00\x00\x00" * 8)


def test_a_damaged_file_says_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    db = open_database(f"sqlite:///{path}")
    try:
        load_sample(db)
    finally:
        db.dispose()
    corrupt_participants(path)
    db = open_database(f"sqlite:///{path}")
    try:
        found = damage(db)
        assert database_file(db) == path
    finally:
        db.dispose()
    assert 1 <= len(found) <= 5
    assert any("participant" in line or "Page" in line for line in found), found
    assert all("\n" not in line for line in found)
