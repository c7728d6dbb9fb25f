"""Who else has the tour open, and where: on PostgreSQL (and SQLite alike), a second
organiser's window is named in the status bar with its view and day, and gone once it
closes."""

from __future__ import annotations

from tourplanner.qt.main_window import MainWindow
from tourplanner.services import history
from tourplanner.services.database import open_database
from tourplanner.services.tourfile import SAMPLE_SLUG


def test_another_window_is_named_with_its_view_and_day(qtbot, pg_window: MainWindow) -> None:
    window = pg_window
    label = window.presence
    other = open_database(window.db.url.render_as_string(hide_password=False), migrate=False)
    try:
        with history.acting(who="Ben Ortiz"):
            history.announce(other, SAMPLE_SLUG, "other-window", "programme", "2021-03-27")
        label.exchange()
        qtbot.waitUntil(label.isVisible, timeout=10_000)
        assert label.text().startswith("Also here: Ben Ortiz (Programme, ")
        assert "27" in label.text() and "Mar" in label.text()
        # Our own window is never listed, and what we announce is what the other sees.
        window.show_view("sites")
        qtbot.waitUntil(
            lambda: any(p.view == "sites" for p in history.present(other, SAMPLE_SLUG, "x")),
            timeout=10_000,
        )
        seen = history.present(other, SAMPLE_SLUG, "other-window")
        assert len(seen) == 1 and seen[0].view == "sites"
        history.leave(other, SAMPLE_SLUG, "other-window")
        label.exchange()
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=10_000)
        # Closing the tour takes this window off the list at once.
        window.close_tour()
        assert history.present(other, SAMPLE_SLUG, "other-window") == []
    finally:
        other.dispose()


def test_a_window_not_seen_for_a_while_is_gone(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tourplanner.services.tourfile import load_sample

    load_sample(db)
    with history.acting(who="Li Wei"):
        history.announce(db, SAMPLE_SLUG, "a", "sites")
    assert [p.who for p in history.present(db, SAMPLE_SLUG, "b")] == ["Li Wei"]
    monkeypatch.setattr(history, "PRESENCE_SECONDS", -1)
    assert history.present(db, SAMPLE_SLUG, "b") == []
