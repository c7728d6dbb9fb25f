"""The opening-hours dialog's exceptions list: typed, OK, stored with the site; undo
restores; a bad line is refused by the tour file's own reading and nothing is stored."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt

from tests.qt.helpers import press_ok
from tourplanner.qt.main_window import MainWindow
from tourplanner.services import sites as sites_service


def _type_lines(qtbot, edit, lines: list[str]) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)


def test_exceptions_typed_stored_undone_and_refused(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    site = next(s for s in window.session.snapshot.sites if s.key == "lijia-smart-park")
    assert site.opening_exceptions == ()
    window.workspace.editor.edit_site(site)
    dialog = window.workspace.editor.dialog
    qtbot.mouseClick(dialog.hours_button, Qt.MouseButton.LeftButton)
    hours = dialog.hours_dialog
    assert hours is not None and hours.isVisible()
    _type_lines(qtbot, hours.exceptions_edit, ["2027-01-01 closed", "2027-13-07 10:00-12:00"])
    assert hours.problems() == ["'2027-13-07' is not a date (YYYY-MM-DD)"]
    assert not hours.ok_button.isEnabled()
    _type_lines(qtbot, hours.exceptions_edit, ["2027-01-07 10:00-12:00", "2027-01-01 closed"])
    assert hours.problems() == []
    press_ok(qtbot, hours)
    press_ok(qtbot, dialog)
    stored = sites_service.get_site(window.db, site.id).opening_exceptions
    assert [(e.day, e.spans) for e in stored] == [
        (date(2027, 1, 1), ()),
        (date(2027, 1, 7), ((time(10), time(12)),)),
    ]
    window.actions_.undo.trigger()
    assert sites_service.get_site(window.db, site.id).opening_exceptions == ()


def test_a_bad_exception_stores_nothing(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    site = next(s for s in window.session.snapshot.sites if s.key == "lijia-smart-park")
    window.workspace.editor.edit_site(site)
    dialog = window.workspace.editor.dialog
    qtbot.mouseClick(dialog.hours_button, Qt.MouseButton.LeftButton)
    hours = dialog.hours_dialog
    _type_lines(qtbot, hours.exceptions_edit, ["2027-01-07 10:00-12:00, 11:00-13:00"])
    assert hours.problems() == ["the hours on 2027-01-07 overlap"]
    assert not hours.ok_button.isEnabled()
    hours.reject()
    dialog.reject()
    assert sites_service.get_site(window.db, site.id).opening_exceptions == ()
