"""Two organisers edit the same record: the second write is refused, never silently applied."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tourplanner.core.errors import ConcurrentEditError
from tourplanner.services import items, participants, tours
from tourplanner.services.database import open_database, transaction
from tourplanner.store import models as orm

NINE = datetime(2021, 3, 27, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def two_organisers(db_url: str):
    """Two independent connections to one database, as two running apps would have."""
    first, second = open_database(db_url), open_database(db_url)
    yield first, second
    first.dispose()
    second.dispose()


def _item(db) -> int:
    tours.create_tour(
        db, slug="t", name="T", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    return items.create_item(
        db, "t", kind="visit", title="Visit", starts_at=NINE, ends_at=NINE + timedelta(hours=1)
    ).id


def test_stale_version_loses_with_concurrent_edit_error(two_organisers) -> None:
    alice, bob = two_organisers
    item_id = _item(alice)
    seen_by_alice = items.get_item(alice, item_id)
    seen_by_bob = items.get_item(bob, item_id)

    items.update_item(alice, item_id, seen_by_alice.version, title="Alice's title")
    with pytest.raises(ConcurrentEditError, match="changed by someone else"):
        items.update_item(bob, item_id, seen_by_bob.version, title="Bob's title")
    assert items.get_item(bob, item_id).title == "Alice's title"


def test_interleaved_sessions_lose_with_concurrent_edit_error(two_organisers) -> None:
    """Bob's session reads the row, Alice commits, then Bob flushes: the versioned UPDATE
    matches no row, and the service layer reports a ConcurrentEditError."""
    alice, bob = two_organisers
    item_id = _item(alice)
    with pytest.raises(ConcurrentEditError, match="someone else changed"):  # noqa: SIM117
        with transaction(bob) as session:
            row = session.get(orm.ScheduleItem, item_id)
            assert row is not None
            items.update_item(alice, item_id, row.version_id, title="Alice's title")
            row.title = "Bob's title"
            session.flush()
    assert items.get_item(alice, item_id).title == "Alice's title"


def test_deleted_row_cannot_be_edited(two_organisers) -> None:
    alice, bob = two_organisers
    tours.create_tour(
        alice, slug="t", name="T", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    p = participants.create_participant(alice, "t", key="p", full_name="P", role="delegate")
    participants.delete_participant(alice, p.id, p.version)
    with pytest.raises(Exception, match="no participant with id"):
        participants.update_participant(bob, p.id, p.version, full_name="Q")


def test_a_collection_only_edit_raises_the_version(two_organisers) -> None:
    """Changing only a group's members still stops an edit based on the old version."""

    alice, bob = two_organisers
    tours.create_tour(
        alice, slug="t", name="T", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    p = participants.create_participant(alice, "t", key="p", full_name="P", role="delegate")
    g = participants.create_group(alice, "t", key="g", name="G")
    moved = participants.update_group(alice, g.id, g.version, member_ids=[p.id])
    assert moved.version == g.version + 1
    with pytest.raises(ConcurrentEditError):
        participants.update_group(bob, g.id, g.version, name="Stale rename")


def test_one_version_check_for_orm_and_plain_rows() -> None:
    """crud.check_version is the one optimistic check (services and import undo)."""
    from types import SimpleNamespace

    from tourplanner.services.crud import check_version

    check_version("site", SimpleNamespace(version_id=3, name="Hall"), 3)
    check_version("site", SimpleNamespace(version_id=3, name="Hall"), None)
    with pytest.raises(ConcurrentEditError, match=r"site 'Hall' was changed by someone else"):
        check_version("site", SimpleNamespace(version_id=4, name="Hall"), 3)
    with pytest.raises(ConcurrentEditError, match=r"participant 'Ma Jun' .*version 4"):
        check_version("participant", SimpleNamespace(version_id=4, full_name="Ma Jun"), 3)
    with pytest.raises(ConcurrentEditError, match=r"this item was changed"):
        check_version("item", SimpleNamespace(version_id=4), 3)
