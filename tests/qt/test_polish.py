"""The defects the walk-through of issue 18 left open (docs/walkthrough.md), kept fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tourplanner.qt.main_window import MainWindow


def test_tab_leaves_a_date_field_and_the_next_field_gets_the_typing(
    qtbot, window: MainWindow
) -> None:
    qtbot.mouseClick(window.welcome_page.new_tour_button, Qt.MouseButton.LeftButton)
    dialog = window.tour_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    last_day = dialog.end.date()
    dialog.start.setFocus()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.end
    qtbot.keyClick(dialog.end, Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.start
    for _ in range(3):  # First day, Last day, Timezone
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.organiser
    qtbot.keyClicks(dialog.organiser, "Ann Lee")
    assert dialog.organiser.text() == "Ann Lee"
    assert dialog.end.date() == last_day
    # The arrows still change the part of the date the cursor is in.
    dialog.start.setFocus()
    day = dialog.start.date()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Up)
    assert dialog.start.date() != day
