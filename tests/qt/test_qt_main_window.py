"""The main window against a real (temporary) SQLite database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QWidget,
)

from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.models.tours import TourTableModel
from tourplanner.services.tour_list import list_tours
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample


def shown_column(window: MainWindow, column: int) -> list[str]:
    proxy = window.tours_page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_empty_database_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.windowTitle() == "Tourplanner"
    assert window.stack.currentWidget() is window.welcome_page
    assert window.welcome_page.sample_button.isVisible()
    assert window.welcome_page.sample_button.isEnabled()
    assert window.welcome_page.new_tour_button.isEnabled()
    assert window.welcome_page.import_button.isEnabled()
    assert window.count_label.text() == "Tours: 0"
    assert "t.db" in window.database_label.text()


def test_sample_button_loads_and_lists_the_sample(qtbot, window: MainWindow, shown_errors) -> None:
    qtbot.mouseClick(window.welcome_page.sample_button, Qt.MouseButton.LeftButton)

    assert shown_errors == []
    # A first run goes straight into the sample's workspace...
    assert window.workspace is not None
    assert window.stack.currentWidget() is window.workspace
    assert window.session is not None and window.session.slug == SAMPLE_SLUG
    # ...and the tour list behind it holds the sample.
    assert shown_column(window, TourTableModel.SLUG) == [SAMPLE_SLUG]
    [tour] = list_tours(window.db)
    assert shown_column(window, TourTableModel.NAME) == [tour.name]
    assert "Chongqing" in tour.name
    assert shown_column(window, TourTableModel.START) == ["2021-03-27"]
    assert shown_column(window, TourTableModel.END) == ["2021-03-28"]
    selected = window.tours_page.selected_tour()
    assert selected is not None and selected.slug == SAMPLE_SLUG
    assert window.statusBar().currentMessage() == "Added the sample tour."
    window.close_tour()
    assert window.count_label.text() == "Tours: 1"


def test_sample_action_twice_keeps_one_copy(window: MainWindow, shown_errors) -> None:
    window.open_sample_action.trigger()
    window.open_sample_action.trigger()
    assert shown_errors == []
    assert window.tours_page.model.rowCount() == 1
    assert "already" in window.statusBar().currentMessage()


def test_existing_tours_open_on_the_tour_list(qtbot, db, shown_errors) -> None:
    load_sample(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.tours_page
    assert window.tours_page.model.rowCount() == 1


def test_search_filters_as_you_type(qtbot, window: MainWindow) -> None:
    window.open_sample()
    window.close_tour()
    page = window.tours_page
    qtbot.keyClicks(page.search, "nomatch")
    assert page.proxy.rowCount() == 0
    assert window.count_label.text() == "Tours: 0 of 1 shown"
    page.search.clear()
    assert page.proxy.rowCount() == 1
    qtbot.keyClicks(page.search, "CHONG")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "chong")
    assert page.proxy.rowCount() == 1
    assert window.count_label.text() == "Tours: 1"


def test_selecting_a_filtered_out_tour_clears_the_search(qtbot, window: MainWindow) -> None:
    window.open_sample()
    window.close_tour()
    page = window.tours_page
    qtbot.keyClicks(page.search, "nomatch")
    assert page.select_tour(SAMPLE_SLUG)
    assert page.search.text() == ""
    assert page.selected_tour().slug == SAMPLE_SLUG
    assert not page.select_tour("no-such-tour")


def test_table_is_set_up_for_browsing(window: MainWindow) -> None:
    table = window.tours_page.table
    assert table.isSortingEnabled()
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.alternatingRowColors()
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_load_errors_are_shown_not_raised(window: MainWindow, shown_errors, monkeypatch) -> None:
    from tourplanner.core.errors import TourFileError
    from tourplanner.qt import main_window

    def broken(_db):
        raise TourFileError("chongqing-2021.tour.json", "$", "not valid JSON")

    monkeypatch.setattr(main_window, "load_sample", broken)
    window.welcome_page.sample_button.click()
    assert len(shown_errors) == 1
    title, message = shown_errors[0]
    assert "sample" in title
    assert message == "chongqing-2021.tour.json: $: not valid JSON"
    assert window.stack.currentWidget() is window.welcome_page


def test_menus_and_shortcuts(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Tour", "&Help"]
    assert window.open_sample_action in window.file_menu.actions()
    assert window.quit_action in window.file_menu.actions()
    assert window.about_action in window.help_menu.actions()
    assert not window.quit_action.shortcut().isEmpty()
    assert window.refresh_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)


def test_quit_closes_the_window(qtbot, window: MainWindow) -> None:
    window.quit_action.trigger()
    assert not window.isVisible()


def test_every_widget_we_made_has_an_accessible_name(window: MainWindow) -> None:
    window.open_sample()
    kinds = (QAbstractButton, QLabel, QLineEdit, QTableView, QStackedWidget)
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        # Qt's own parts (scroll bars, the line edit's clear button) have no object name.
        and w.objectName()
        and not w.objectName().startswith("qt_")
        and not w.accessibleName()
    ]
    assert nameless == []
    for widget in (window, window.stack, window.welcome_page, window.tours_page):
        assert widget.accessibleName()


def test_open_button_opens_the_selected_tour(qtbot, window: MainWindow) -> None:
    window.open_sample()
    window.close_tour()
    window.tours_page.select_tour(SAMPLE_SLUG)
    page = window.tours_page
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    assert window.stack.currentWidget() is window.workspace
    assert "Chongqing" in window.windowTitle()
    window.actions_.close_tour.trigger()
    assert window.workspace is None
    assert window.stack.currentWidget() is window.tours_page
