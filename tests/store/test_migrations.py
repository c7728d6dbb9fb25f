"""The Alembic revisions build exactly the schema the models describe, on both backends,
and migrating an SQLite file backs it up first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from tourplanner.services.database import open_database
from tourplanner.store import migrations
from tourplanner.store.engine import connect
from tourplanner.store.models import Base


def test_models_and_migrations_do_not_drift(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
        assert migrations.current_revision(db) == migrations.head_revision()
    finally:
        db.dispose()


def test_drift_is_detected_when_a_model_changes(db_url: str) -> None:
    """The drift test above can fail: an extra column in the models shows up as a diff."""
    from sqlalchemy import Column, Integer, MetaData

    db = open_database(db_url)
    try:
        changed = MetaData(naming_convention=Base.metadata.naming_convention)
        for table in Base.metadata.tables.values():
            table.to_metadata(changed)
        changed.tables["tour"].append_column(Column("extra", Integer))
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), changed)
        assert [d[0] for d in diff] == ["add_column"]
    finally:
        db.dispose()


def test_upgrade_of_a_new_database_creates_every_table(db_url: str) -> None:
    db = connect(db_url)
    try:
        assert migrations.current_revision(db) is None
        result = migrations.upgrade(db)
        assert result.from_revision is None and result.changed and result.backup is None
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert migrations.upgrade(db).changed is False
    finally:
        db.dispose()


NEXT_REVISION = '''"""Test-only revision."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("scratch")
'''


def test_sqlite_file_is_backed_up_before_a_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "organiser.db"
    db = open_database(f"sqlite:///{path}")
    from tourplanner.services.tourfile import load_sample

    load_sample(db)
    db.dispose()

    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS_DIR, scripts)
    head = migrations.head_revision()
    (scripts / "versions" / "9999_scratch.py").write_text(NEXT_REVISION.replace("{head}", head))
    monkeypatch.setattr(migrations, "MIGRATIONS_DIR", scripts)

    db = open_database(f"sqlite:///{path}")  # migrates on open, as the app does on start
    try:
        assert migrations.current_revision(db) == "9999"
    finally:
        db.dispose()
    backups = sorted(tmp_path.glob(f"organiser.db.{head}.*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert conn.execute("SELECT slug FROM tour").fetchall() == [("chongqing-2021",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "scratch" not in tables
    assert not list(tmp_path.glob("*.part"))


def test_upgrading_from_the_first_revision_keeps_every_row(db_url: str) -> None:
    """A database made by revision 0001 and filled with data keeps it all through later
    revisions (on SQLite these rebuild tables, which must not cascade-delete children)."""
    db = connect(db_url)
    try:
        migrations.upgrade_to(db, "0001")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO tour (id, slug, name, local_name, description, start_date,"
                    " end_date, timezone, organiser_name, organiser_email, organiser_phone,"
                    " created_at, updated_at, version_id) VALUES (1, 'old', 'Old tour', '', '',"
                    " '2021-03-27', '2021-03-28', 'Asia/Shanghai', '', '', '',"
                    " '2021-01-01 00:00:00', '2021-01-01 00:00:00', 1)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO participant (id, tour_id, key, full_name, local_name, honorific,"
                    " title, organisation, country, role, email, phone, languages, dietary,"
                    " accessibility, notes, is_vip, illustrative, version_id) VALUES (1, 1, 'p',"
                    " 'Dai Jiuyue', '', '', '', '', '', 'delegate', '', '', '[]', '', '', '',"
                    " false, false, 1)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO schedule_item (id, tour_id, uid, kind, title, local_title,"
                    " starts_at, ends_at, description, dress_code, notes, status, sequence,"
                    " illustrative, created_at, updated_at, version_id) VALUES (1, 1, 'u-1',"
                    " 'visit', 'Visit', '', '2021-03-27 01:00:00', '2021-03-27 02:00:00', '', '',"
                    " '', 'confirmed', 3, false, '2021-01-01 00:00:00', '2021-01-01 00:00:00', 1)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO attendance (id, item_id, scope, participant_id, role)"
                    " VALUES (1, 1, 'person', 1, 'attendee')"
                )
            )
        result = migrations.upgrade(db)
        assert result.from_revision == "0001" and result.to_revision == migrations.head_revision()
        with db.engine.connect() as conn:
            counts = [
                conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                for t in ("tour", "participant", "schedule_item", "attendance")
            ]
            tour = conn.execute(text("SELECT travel_mode, buffer_minutes FROM tour")).one()
        assert counts == [1, 1, 1, 1]
        assert tuple(tour) == ("car", 5)
    finally:
        db.dispose()
