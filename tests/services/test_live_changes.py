"""Changes reach a follower as they are committed, by this process or another: PostgreSQL
through NOTIFY, SQLite through PRAGMA data_version. On both backends."""

from __future__ import annotations

import threading
from datetime import timedelta

from tourplanner.services import history, items, tours
from tourplanner.services.database import Database, open_database
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample


def test_a_follower_sees_each_commit_once_in_order(db: Database) -> None:
    load_sample(db)
    seen: list[history.HistoryEntry] = []
    arrived = threading.Event()
    stop, ready = threading.Event(), threading.Event()

    def got(entries: list[history.HistoryEntry]) -> None:
        seen.extend(entries)
        arrived.set()

    follower = threading.Thread(
        target=history.follow,
        args=(db, SAMPLE_SLUG, got, stop),
        kwargs={"poll": 0.1, "ready": ready},
    )
    follower.start()
    try:
        assert ready.wait(10)
        # A second connection pool (another organiser's window) makes the change.
        other = open_database(str(db.url.render_as_string(hide_password=False)), migrate=False)
        try:
            snap = tours.load_snapshot(other, SAMPLE_SLUG)
            item = snap.items[3]
            with history.acting(who="Ben Ortiz", action="Move item"):
                items.update_item(
                    other,
                    item.id,
                    item.version,
                    starts_at=item.starts_at + timedelta(minutes=5),
                    ends_at=item.ends_at + timedelta(minutes=5),
                )
            assert arrived.wait(10)
            arrived.clear()
            again = tours.load_snapshot(other, SAMPLE_SLUG)
            moved = next(i for i in again.items if i.id == item.id)
            items.update_item(other, item.id, moved.version, title=item.title + " (2)")
            assert arrived.wait(10)
        finally:
            other.dispose()
    finally:
        stop.set()
        follower.join(10)
    assert not follower.is_alive()
    assert [(e.who, e.action, e.key) for e in seen][:1] == [("Ben Ortiz", "Move item", item.uid)]
    assert [list(e.changes) for e in seen] == [["starts_at", "ends_at"], ["title"]]
    ids = [e.entry_id for e in seen]
    assert ids == sorted(set(ids))
