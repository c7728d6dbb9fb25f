"""Revision 0007 gives every existing participant and site its own link token."""

from __future__ import annotations

from sqlalchemy import text

from tourplanner.core.tokens import check_token
from tourplanner.store import migrations
from tourplanner.store.engine import connect

TOUR = (
    "INSERT INTO tour (id, slug, name, local_name, description, start_date, end_date, timezone,"
    " organiser_name, organiser_email, organiser_phone, travel_mode, detour_factor,"
    " boarding_minutes, buffer_minutes, created_at, updated_at, version_id) VALUES"
    " (1, 't', 'T', '', '', '2021-03-27', '2021-03-28', 'Asia/Shanghai', '', '', '', 'car',"
    " 1.4, 5, 5, '2021-01-01 00:00:00', '2021-01-01 00:00:00', 1)"
)
PERSON = (
    "INSERT INTO participant (tour_id, key, full_name, local_name, honorific, title,"
    " organisation, country, role, email, phone, languages, dietary, accessibility, notes,"
    " is_vip, illustrative, version_id) VALUES"
    " (1, :key, :key, '', '', '', '', '', 'delegate', '', '', '[]', '', '', '', false, false, 1)"
)
SITE = (
    "INSERT INTO site (tour_id, key, name, local_name, category, address, coord_approximate,"
    " contact_name, contact_phone, contact_email, description, key_facts, illustrative,"
    " geocode_message, version_id) VALUES"
    " (1, :key, :key, '', 'park', '', false, '', '', '', '', '[]', false, '', 1)"
)


def test_existing_rows_get_distinct_tokens(db_url: str) -> None:
    db = connect(db_url)
    try:
        migrations.upgrade_to(db, "0005")
        with db.engine.begin() as conn:
            conn.execute(text(TOUR))
            for n in range(5):
                conn.execute(text(PERSON), {"key": f"p{n}"})
                conn.execute(text(SITE), {"key": f"s{n}"})
        migrations.upgrade(db)
        with db.engine.connect() as conn:
            tokens = [
                *conn.execute(text("SELECT publish_token FROM participant")).scalars(),
                *conn.execute(text("SELECT publish_token FROM site")).scalars(),
            ]
            settings = conn.execute(text("SELECT publish_target, publish_base_url FROM tour"))
            assert settings.one() == ("", "")
        assert len(tokens) == 10 and len(set(tokens)) == 10
        assert all(check_token(t) for t in tokens)
    finally:
        db.dispose()
