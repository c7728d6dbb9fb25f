"""What the walk-through of issue 18 found (docs/walkthrough.md), kept fixed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from tourplanner.qt.main_window import MainWindow


def _text_fits(combo: QComboBox) -> bool:
    """The combo's text area is as wide as its current entry."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())


def test_programme_filters_show_their_whole_entry_when_there_is_room(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    window.resize(1366, 768)
    programme = window.workspace.programme
    qtbot.wait(50)
    filters = (programme.person_filter, programme.group_filter, programme.day_picker)
    assert programme.person_filter.currentText() == "Everyone"
    qtbot.waitUntil(lambda: all(_text_fits(c) for c in filters))
    # A long name chosen still fits, the bar has room for it.
    names = [programme.person_filter.itemText(i) for i in range(programme.person_filter.count())]
    programme.person_filter.setCurrentIndex(names.index(max(names, key=len)))
    qtbot.waitUntil(lambda: _text_fits(programme.person_filter))
    # Narrow, they give the room back (test_shell18: the programme fits 1024 pixels).


def test_the_settings_do_not_promise_a_restart_for_the_language(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from tourplanner.qt.dialogs.settings_dialog import SettingsDialog
    from tourplanner.qt.settings import Settings

    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "languageNote")
    assert "next starts" not in note.text()


def test_a_page_search_shows_its_whole_hint_when_there_is_room(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    window.resize(1366, 768)
    window.show_view("gifts")
    page = window.workspace.pages["gifts"]
    search = page.search
    assert search.placeholderText().startswith("Search gifts, people, organisations")
    need = search.fontMetrics().horizontalAdvance(search.placeholderText())
    qtbot.waitUntil(lambda: search.contentsRect().width() - 28 >= need)


def test_no_key_runs_two_window_actions(window: MainWindow) -> None:
    seen: dict[str, list[str]] = {}
    for action in window.actions_.all():
        for key in action.shortcuts():
            seen.setdefault(key.toString(), []).append(action.objectName())
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


def test_x11s_delete_keys_leave_ctrl_d_to_duplicate(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    from tourplanner.qt.actions import one_action_per_key

    actions = window.actions_
    # What QKeySequence.StandardKey.Delete gives on X11 (the walk-through's Ctrl+D did
    # nothing: "Ambiguous shortcut overload").
    actions.delete.setShortcuts([QKeySequence("Del"), QKeySequence("Ctrl+D")])
    one_action_per_key(actions.all())
    assert [k.toString() for k in actions.delete.shortcuts()] == ["Del"]
    assert actions.duplicate.shortcut().toString() == "Ctrl+D"


def test_the_ctrl_f_key_reaches_each_pages_search(qtbot, sample_window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.qt.helpers import shortcut

    window = sample_window
    w = window.workspace
    # The key itself, not the action: a page's own Ctrl+F beside the window's made the
    # key ambiguous, and Qt then runs neither.
    for view, page in (
        ("sites", w.sites),
        ("participants", w.people.participants),
        ("problems", w.problems),
        ("gifts", w.gifts),
    ):
        window.show_view(view)
        page.table.setFocus()
        shortcut(qtbot, window, "Ctrl+F")
        assert QApplication.focusWidget() is page.search, view
    # And on the list of tours.
    window.close_tour()
    window.tours_page.table.setFocus()
    shortcut(qtbot, window, "Ctrl+F")
    assert QApplication.focusWidget() is window.tours_page.search
