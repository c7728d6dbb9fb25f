"""Revision 0006 adds ``dispatch.open_errors``: dispatches recorded before it keep every
row and read 0 open errors; a negative count is refused. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tourplanner.store import migrations
from tourplanner.store.engine import connect


def test_existing_dispatches_get_zero_open_errors(db_url: str) -> None:
    db = connect(db_url)
    try:
        migrations.upgrade_to(db, "0005")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO tour (id, slug, name, local_name, description, start_date,"
                    " end_date, timezone, organiser_name, organiser_email, organiser_phone,"
                    " travel_mode, detour_factor, boarding_minutes, buffer_minutes,"
                    " created_at, updated_at, version_id) VALUES (1, 'old', 'Old tour', '', '',"
                    " '2021-03-27', '2021-03-28', 'Asia/Shanghai', '', '', '', 'car', 1.4, 5, 5,"
                    " '2021-01-01 00:00:00', '2021-01-01 00:00:00', 1)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO dispatch (id, tour_id, recipient_key, name, address, kind,"
                    " pdf_hash, items, result, reason, message_id, sent_at) VALUES (1, 1,"
                    " 'person:p', 'Dai Jiuyue', 'dai@example.org', 'delegate', '', '{}',"
                    " 'sent', '', '<m@x>', '2021-03-20 08:00:00')"
                )
            )
        migrations.upgrade_to(db, "head")
        assert migrations.current_revision(db) == migrations.head_revision()
        with db.engine.begin() as conn:
            rows = conn.execute(text("SELECT id, name, open_errors FROM dispatch")).all()
        assert [tuple(r) for r in rows] == [(1, "Dai Jiuyue", 0)]
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(text("UPDATE dispatch SET open_errors = -1 WHERE id = 1"))
    finally:
        db.dispose()
