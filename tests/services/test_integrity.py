"""After an unclean end: is the database intact, and if not, what is wrong?"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tourplanner.services import participants
from tourplanner.services.database import (
    Database,
    damage,
    database_file,
    keep_last_good,
    last_good_copy,
    on_server,
    open_database,
    restore_last_good,
)
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample


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


def _sample_file(path: Path) -> None:
    db = open_database(f"sqlite:///{path}")
    try:
        load_sample(db)
    finally:
        db.dispose()


def test_an_intact_file_is_kept_as_the_last_good_copy(tmp_path: Path) -> None:
    path = tmp_path / "tours.db"
    _sample_file(path)
    db = open_database(f"sqlite:///{path}")
    try:
        copy = keep_last_good(db)  # a clean session's copy
        assert copy == last_good_copy(db) == tmp_path / "tours.db.last-good"
        with sqlite3.connect(copy) as conn:
            (n,) = conn.execute("SELECT count(*) FROM participant").fetchone()
        assert n == len(participants.list_participants(db, SAMPLE_SLUG)) > 0
    finally:
        db.dispose()


def test_restoring_puts_the_copy_in_place_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "tours.db"
    _sample_file(path)
    db = open_database(f"sqlite:///{path}")
    try:
        assert keep_last_good(db) is not None
        people = len(participants.list_participants(db, SAMPLE_SLUG))
    finally:
        db.dispose()
    corrupt_participants(path)
    damaged_bytes = path.read_bytes()
    db = open_database(f"sqlite:///{path}")
    try:
        assert damage(db)
        restored = restore_last_good(db, now=datetime(2026, 12, 7, 10, 0, tzinfo=UTC))
        assert restored is not None
        assert restored.copy == tmp_path / "tours.db.last-good"
        assert restored.damaged == tmp_path / "tours.db.damaged-20261207T100000"
        assert restored.damaged.read_bytes() == damaged_bytes  # moved aside, not deleted
        assert abs(restored.taken_at.timestamp() - restored.copy.stat().st_mtime) < 1
        # The same engine now reads the restored file: intact, with every participant.
        assert damage(db) == []
        assert len(participants.list_participants(db, SAMPLE_SLUG)) == people
    finally:
        db.dispose()


def test_a_damaged_copy_is_not_restored_and_nothing_is_touched(tmp_path: Path) -> None:
    path = tmp_path / "tours.db"
    _sample_file(path)
    corrupt_participants(path)
    # The copy is as damaged as the file (taken from it without a check, by hand).
    shutil.copyfile(path, tmp_path / "tours.db.last-good")
    before = path.read_bytes()
    db = open_database(f"sqlite:///{path}")
    try:
        assert keep_last_good(db) is None  # a damaged file is never kept as good
        assert restore_last_good(db) is None
    finally:
        db.dispose()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.damaged-*"))


def test_without_a_copy_nothing_is_restored(tmp_path: Path) -> None:
    path = tmp_path / "tours.db"
    _sample_file(path)
    corrupt_participants(path)
    db = open_database(f"sqlite:///{path}")
    try:
        assert restore_last_good(db) is None
    finally:
        db.dispose()
    assert path.exists() and not list(tmp_path.glob("*.damaged-*"))


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_server_database_keeps_no_copy(db: Database) -> None:
    assert on_server(db) and last_good_copy(db) is None
    assert keep_last_good(db) is None and restore_last_good(db) is None
