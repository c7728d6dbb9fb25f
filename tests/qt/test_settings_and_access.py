"""Settings (declared once, stored in QSettings; travel kept with the tour), keyboard
shortcuts, accessible names and tab order."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QWidget,
)

from tests.qt.helpers import shortcut, type_into
from tourplanner.core.enums import TravelMode
from tourplanner.qt import settings as keys
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.settings import Settings
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import get_tour


def test_settings_have_defaults_and_types(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    for setting in keys.ALL_SETTINGS:
        assert settings.get(setting) == setting.default
    settings.set(keys.REMINDER_MINUTES, 45)
    settings.set(keys.TIMELINE_ZOOM, 2.5)
    settings.sync()
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.get(keys.REMINDER_MINUTES) == 45  # an int again, not the string "45"
    assert again.get(keys.TIMELINE_ZOOM) == 2.5
    # Storing the default removes the key, so a later default applies.
    again.set(keys.REMINDER_MINUTES, keys.REMINDER_MINUTES.default)
    assert not again.store.contains(keys.REMINDER_MINUTES.key)
    store.setValue(keys.REMINDER_MINUTES.key, "not a number")
    assert Settings(store).get(keys.REMINDER_MINUTES) == 30
    assert len({s.key for s in keys.ALL_SETTINGS}) == len(keys.ALL_SETTINGS)


def test_settings_dialog_saves_app_settings_and_tour_travel(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    dialog = window.show_settings()
    assert dialog.travel_mode.isEnabled()
    type_into(qtbot, dialog.geocoder_agent, "agency-tourplanner/1.0 (ops@example.org)")
    dialog.reminder.setValue(15)
    dialog.buffer.setValue(12)
    dialog.traffic.setValue(1.4)
    type_into(qtbot, dialog.routing_url, "https://osrm.example.org")
    dialog.travel_mode.setCurrentIndex(dialog.travel_mode.findText("Coach"))
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    s = window.settings
    assert s.get(keys.GEOCODER_USER_AGENT) == "agency-tourplanner/1.0 (ops@example.org)"
    assert s.get(keys.REMINDER_MINUTES) == 15
    assert s.get(keys.LANGUAGE) == "zh_CN"
    travel = get_tour(window.db, SAMPLE_SLUG).travel
    assert travel.buffer_minutes == 12
    assert travel.traffic_factor == 1.4 and travel.routing_url == "https://osrm.example.org"
    assert travel.mode is TravelMode.COACH
    assert window.session.snapshot.tour.travel == travel
    # The travel change is one undoable step, like any edit of the tour; its name is
    # already in the language just chosen (it applies without a restart).
    try:
        assert window.session.undo_stack.undoText() == "更改交通设置"
        assert window.file_menu.title() == "文件(&F)"
        window.actions_.undo.trigger()
        assert get_tour(window.db, SAMPLE_SLUG).travel.buffer_minutes == 5
    finally:
        s.set(keys.LANGUAGE, "en")
        window.apply_language()
    assert window.file_menu.title() == "&File"


def test_test_connection_reports_in_the_dialog(qtbot, window: MainWindow, tmp_path) -> None:
    dialog = window.show_settings()
    assert not dialog.travel_mode.isEnabled()  # no tour open
    dialog.database_url.setText(f"sqlite:///{tmp_path / 'other.db'}")
    # The job may end on its thread before a waitSignal here could connect (a queued
    # signal reaches only the receivers connected when it is emitted), so wait on what the
    # user sees: the result line and the button enabled again.
    dialog.test_connection()
    assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(
        lambda: "Connected" in dialog.test_result.text() and dialog.test_button.isEnabled(),
        timeout=10_000,
    )
    dialog.database_url.setText("nosuchdriver://x/y")
    dialog.test_connection()
    qtbot.waitUntil(lambda: "nosuchdriver" in dialog.test_result.text(), timeout=10_000)
    assert "\n" not in dialog.test_result.text()
    dialog.reject()


def _menu_actions(window: MainWindow) -> list[QAction]:
    found = []
    menus = [window.file_menu, window.edit_menu, window.view_menu, window.tour_menu]
    for menu in menus:
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())  # a submenu: its entries have the shortcuts
            elif not action.isSeparator():
                found.append(action)
    return found


def test_every_main_action_has_a_shortcut_shown_in_its_menu(window: MainWindow) -> None:
    missing = [a.text() for a in _menu_actions(window) if a.shortcut().isEmpty()]
    assert missing == []
    # No two actions share a key.
    keys_ = [a.shortcut().toString() for a in _menu_actions(window)]
    assert len(keys_) == len(set(keys_))
    assert window.actions_.undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in window.actions_.redo.shortcuts()]


def test_views_switch_with_ctrl_and_a_number(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    for number, view in enumerate(
        ("programme", "sites", "participants", "problems", "outputs"), start=1
    ):
        shortcut(qtbot, window, f"Ctrl+{number}")
        assert window.workspace.current_view() == view
        assert window.actions_.views[number - 1].isChecked()


def test_every_widget_we_made_has_an_accessible_name(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    kinds = (
        QAbstractButton,
        QLabel,
        QLineEdit,
        QTableView,
        QComboBox,
        QAbstractSpinBox,
        QListWidget,
    )
    nameless = []
    for name in ("programme", "sites", "participants", "problems", "outputs"):
        window.show_view(name)
        nameless += [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in window.findChildren(QWidget)
            if isinstance(w, kinds)
            and w.objectName()
            and not w.objectName().startswith("qt_")
            and not w.accessibleName()
        ]
    for dialog in (window.workspace.editor.new_item(), window.show_settings()):
        nameless += [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in dialog.findChildren(QWidget)
            if isinstance(w, kinds)
            and w.objectName()
            and not w.objectName().startswith("qt_")
            and not w.accessibleName()
        ]
        dialog.reject()
    assert sorted(set(nameless)) == []


def test_tab_follows_the_form_from_top_to_bottom(qtbot, sample_window: MainWindow) -> None:
    dialog = sample_window.workspace.editor.new_participant()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    order = [dialog.full_name, dialog.local_name, dialog.key, dialog.honorific, dialog.role]
    order[0].setFocus()
    for current, following in itertools.pairwise(order):
        assert dialog.focusWidget() is current
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is following, dialog.focusWidget().objectName()
    dialog.reject()


def test_chinese_translation_of_menus_and_labels(qtbot, db, shown_errors) -> None:
    from tourplanner.qt.i18n import install_translators
    from tourplanner.qt.labels import participant_role

    settings = Settings()
    settings.set(keys.LANGUAGE, "zh_CN")
    try:
        assert install_translators(settings).name() == "zh_CN"
        window = MainWindow(db, settings=settings)
        qtbot.addWidget(window)
        assert [a.text() for a in window.menuBar().actions()] == [
            "文件(&F)",
            "编辑(&E)",
            "视图(&V)",
            "行程(&T)",
            "帮助(&H)",
        ]
        assert window.welcome_page.heading.text() == "欢迎使用 Tourplanner"
        from tourplanner.core.enums import ParticipantRole

        assert participant_role(ParticipantRole.DELEGATE) == "代表"
        # A string of a base class, shown by a subclass, is translated too.
        from tourplanner.qt.views.sites_page import SitesPage

        page = SitesPage()
        assert page.search.accessibleName().startswith("搜索")
    finally:
        settings.set(keys.LANGUAGE, "en")
        install_translators(settings)
    assert participant_role(ParticipantRole.DELEGATE) == "Delegate"
