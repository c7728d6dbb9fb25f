"""Revision 0010 gives people empty forms of address and unties ranks of precedence
shared by two people (consecutive ranks, by name), on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from sqlalchemy import text

from tests.store.test_migration_0007 import TOUR
from tourplanner.store import migrations
from tourplanner.store.engine import connect

PERSON = (
    "INSERT INTO participant (tour_id, key, full_name, local_name, honorific, title,"
    " organisation, country, role, email, phone, languages, dietary, accessibility, notes,"
    " is_vip, illustrative, version_id, publish_token, precedence) VALUES"
    " (1, :key, :name, '', '', '', '', '', 'delegate', '', '', '[]', '', '', '', false, false,"
    " 1, :token, :rank)"
)


def test_ties_become_consecutive_ranks_and_address_is_empty(db_url: str) -> None:
    db = connect(db_url)
    try:
        migrations.upgrade_to(db, "0008")
        with db.engine.begin() as conn:
            conn.execute(text(TOUR))
            for key, name, rank in (
                ("a", "Zhou", 1),
                ("b", "Chen", 1),  # tied with Zhou: Chen first by name
                ("c", "Wang", 2),
                ("d", "Li", 5),
                ("e", "Ma", None),
            ):
                conn.execute(
                    text(PERSON), {"key": key, "name": name, "token": key * 22, "rank": rank}
                )
        migrations.upgrade_to(db, "0010")
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT key, precedence, address FROM participant")).all()
        ranks = {key: rank for key, rank, _ in rows}
        assert ranks == {"b": 1, "a": 2, "c": 3, "d": 5, "e": None}
        assert all((a if isinstance(a, dict) else json.loads(a)) == {} for _, _, a in rows)
    finally:
        db.dispose()
