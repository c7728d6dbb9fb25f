"""The History view: GUI edits and their undo are logged by name, filtered by person,
day and item."""

from __future__ import annotations

from datetime import timedelta

from tourplanner.qt.main_window import MainWindow
from tourplanner.services.history import set_default_who


def test_an_edit_and_its_undo_appear_in_the_history(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    set_default_who("Ben Ortiz")
    try:
        session = window.session
        dinner = next(i for i in session.snapshot.items if i.title == "Welcome dinner")
        later = timedelta(minutes=15)
        assert window.workspace.editor.move_item(
            dinner, dinner.starts_at + later, dinner.ends_at + later
        )
        window.actions_.undo.trigger()
        window.show_view("history")
        page = window.workspace.history
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        rows = [
            [page.model.item(r, c).text() for c in range(4)] for r in range(page.model.rowCount())
        ]
        undo, move = rows[0], rows[1]
        assert undo[1] == move[1] == "Ben Ortiz"
        assert move[2] == "Move Welcome dinner"
        assert undo[2] == "Undo: Move Welcome dinner"
        assert move[3].startswith("Moved Welcome dinner ") and "by Ben Ortiz" in move[3]
        # Only one person's changes; then only the item's.
        page.who.setCurrentIndex(page.who.findData("Ben Ortiz"))
        assert page.model.rowCount() == 2
        window.show_view("programme")
        programme = window.workspace.programme
        programme.timeline.select_item(dinner.id)
        assert programme.history_button.isEnabled()
        programme.history_button.click()
        assert window.workspace.current_view() == "history"
        assert page.item_filter.isVisible() and "Welcome dinner" in page.item_filter.text()
        assert all(
            "Welcome dinner" in page.model.item(r, 3).text() for r in range(page.model.rowCount())
        )
        page.item_filter.click()
        assert not page.item_filter.isVisible()
    finally:
        set_default_who("")
