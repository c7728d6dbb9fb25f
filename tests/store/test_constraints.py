"""The database itself refuses impossible rows, whatever code writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import exc, text

from tourplanner.core.enums import ItemKind, ItemStatus, ParticipantRole
from tourplanner.services.database import Database
from tourplanner.store import models as orm

START = datetime(2021, 3, 27, 1, 0, tzinfo=UTC)


def _tour(session, slug: str = "t") -> orm.Tour:
    tour = orm.Tour(slug=slug, name="T", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28))
    session.add(tour)
    session.flush()
    return tour


def _item(tour: orm.Tour, **overrides: object) -> orm.ScheduleItem:
    values: dict[str, object] = {
        "uid": f"uid-{len(tour.items)}-{tour.slug}",
        "kind": ItemKind.VISIT,
        "title": "Visit",
        "starts_at": START,
        "ends_at": START + timedelta(hours=1),
        "status": ItemStatus.CONFIRMED,
    }
    values.update(overrides)
    return orm.ScheduleItem(tour_id=tour.id, **values)


def _refused(db: Database, build) -> None:
    with pytest.raises(exc.IntegrityError), db.session() as session:
        build(session)
        session.flush()


def test_a_valid_row_is_accepted(db: Database) -> None:
    with db.session() as session:
        tour = _tour(session)
        session.add(_item(tour))
    with db.session() as session:
        assert session.query(orm.ScheduleItem).count() == 1


def test_item_must_end_after_it_starts(db: Database) -> None:
    def build(session):
        session.add(_item(_tour(session), ends_at=START))

    _refused(db, build)


def test_tour_dates_must_be_in_order(db: Database) -> None:
    def build(session):
        session.add(
            orm.Tour(slug="x", name="X", start_date=date(2021, 3, 28), end_date=date(2021, 3, 27))
        )

    _refused(db, build)


def test_slugs_are_unique(db: Database) -> None:
    with db.session() as session:
        _tour(session, "same")
    _refused(db, lambda session: _tour(session, "same"))


def test_enum_columns_refuse_unknown_values(db: Database) -> None:
    with db.session() as session:
        tour_id = _tour(session).id
    with pytest.raises(exc.IntegrityError), db.session() as session:
        session.execute(
            text(
                "INSERT INTO participant (tour_id, key, full_name, local_name, honorific, title,"
                " organisation, country, role, email, phone, languages, dietary, accessibility,"
                " notes, is_vip, illustrative, version_id) VALUES (:t, 'k', 'Name', '', '', '',"
                " '', '', 'emperor', '', '', '[]', '', '', '', false, false, 1)"
            ),
            {"t": tour_id},
        )


def test_foreign_keys_are_enforced(db: Database) -> None:
    def build(session):
        item = _item(_tour(session))
        session.add(item)
        session.flush()
        session.add(
            orm.AttendanceRow(item_id=item.id, scope="person", participant_id=9999, role="attendee")
        )

    _refused(db, build)


def test_attendance_scope_must_match_its_target(db: Database) -> None:
    def build(session):
        tour = _tour(session)
        person = orm.Participant(
            tour_id=tour.id, key="p", full_name="P", role=ParticipantRole.DELEGATE
        )
        item = _item(tour)
        session.add_all([person, item])
        session.flush()
        session.add(
            orm.AttendanceRow(
                item_id=item.id, scope="delegation", participant_id=person.id, role="attendee"
            )
        )

    _refused(db, build)


def test_a_site_in_use_cannot_be_deleted_underneath_its_items(db: Database) -> None:
    with db.session() as session:
        tour = _tour(session)
        site = orm.Site(tour_id=tour.id, key="s", name="S", category="park")
        session.add(site)
        session.flush()
        session.add(_item(tour, site_id=site.id))
        site_id = site.id
    with pytest.raises(exc.IntegrityError), db.session() as session:
        session.execute(text("DELETE FROM site WHERE id = :i"), {"i": site_id})


def test_timestamps_come_back_timezone_aware_in_utc(db: Database) -> None:
    shanghai = START.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Shanghai"))
    with db.session() as session:
        session.add(
            _item(_tour(session), starts_at=shanghai, ends_at=shanghai + timedelta(hours=2))
        )
    with db.session() as session:
        item = session.query(orm.ScheduleItem).one()
        assert item.starts_at == START and item.starts_at.utcoffset() == timedelta(0)


def test_naive_timestamps_are_refused(db: Database) -> None:
    with pytest.raises(exc.StatementError, match="naive datetime"), db.session() as session:
        session.add(_item(_tour(session), starts_at=datetime(2021, 3, 27, 9, 0)))
        session.flush()
