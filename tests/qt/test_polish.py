"""The defects the walk-through of issue 18 left open (docs/walkthrough.md), kept fixed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from tests.fakes.tiles import FakeTiles
from tests.qt.helpers import dialog_clashes, mnemonic, press_ok, shortcut, type_into
from tourplanner.core.tilemap import Datum, TileSource
from tourplanner.qt.dialogs.hours_dialog import OpeningHoursDialog
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.timefmt import from_qdate
from tourplanner.services.database import Database
from tourplanner.services.gifts import create_gift
from tourplanner.services.items import create_item
from tourplanner.services.maps import site_stops, tile_fetcher
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
from tourplanner.services.tours import create_tour


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


def test_opening_a_tour_says_so_with_a_wait_cursor_until_the_tour_shows(
    qtbot, window: MainWindow
) -> None:
    load_sample(window.db)
    window.refresh()
    seen: list[tuple[str, object, str, object]] = []

    def record(text: str) -> None:
        cursor = QGuiApplication.overrideCursor()
        shape = cursor.shape() if cursor is not None else None
        seen.append((text, shape, window.windowTitle(), window.stack.currentWidget()))

    window.statusBar().messageChanged.connect(record)
    assert window.open_tour(SAMPLE_SLUG)
    name = window.session.snapshot.tour.name
    opening = [s for s in seen if s[0] == f"Opening {name}…"]
    assert opening, seen
    _text, shape, title, page = opening[0]
    assert shape == Qt.CursorShape.WaitCursor
    assert title == "Tourplanner"  # the title names the tour once it is shown
    assert page is window.opening_page and window.opening_page.text() == f"Opening {name}…"
    assert QGuiApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""
    assert window.stack.currentWidget() is window.workspace
    assert name in window.windowTitle()


def test_at_start_the_window_says_opening_not_no_tours_yet(qtbot, db: Database) -> None:
    load_sample(db)
    win = MainWindow()  # start-up: the window paints before the database is read
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.stack.currentWidget() is win.opening_page
    assert not win.welcome_page.isVisible()
    win.attach_database(db)
    assert win.stack.currentWidget() is win.tours_page


def _open_new_tour(window: MainWindow, first: date, last: date) -> None:
    create_tour(
        window.db,
        name="Day test",
        slug="day-test",
        start_date=first,
        end_date=last,
        timezone="Asia/Shanghai",
    )
    window.refresh()
    assert window.open_tour("day-test")


def test_a_new_tour_starts_on_its_first_day(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.welcome_page.new_tour_button, Qt.MouseButton.LeftButton)
    dialog = window.tour_dialog
    type_into(qtbot, dialog.name, "Three days")
    first = from_qdate(dialog.start.date())
    press_ok(qtbot, dialog)
    qtbot.wait(50)
    assert window.workspace.programme.selected_day() == first


def test_a_tour_under_way_starts_on_today(qtbot, window: MainWindow) -> None:
    today = date.today()
    _open_new_tour(window, today - timedelta(days=1), today + timedelta(days=1))
    assert window.workspace.programme.selected_day() == today


def test_one_problem_takes_one_row_of_the_problems_dock(qtbot, window: MainWindow) -> None:
    window.resize(1024, 700)
    create_tour(
        window.db,
        name="One problem",
        slug="one-problem",
        start_date=date(2027, 1, 6),
        end_date=date(2027, 1, 7),
        timezone="Asia/Shanghai",
    )
    nine = datetime(2027, 1, 6, 1, 0, tzinfo=UTC)
    create_item(
        window.db,
        "one-problem",
        kind="meeting",
        title="Talk",
        starts_at=nine,
        ends_at=nine + timedelta(hours=1),
    )
    window.refresh()
    assert window.open_tour("one-problem")
    qtbot.waitUntil(lambda: window.session.checked)
    qtbot.wait(50)
    panel = window.problems_panel
    assert panel.proxy.rowCount() == 1
    row = panel.table.verticalHeader().defaultSectionSize()
    # The problem's row is wholly shown, with at most one spare row below it.
    table = panel.table
    shown = table.viewport().height()
    assert row <= shown <= 2 * row + 4, (shown, row)
    assert window.problems_dock.height() < 120


def test_the_seating_page_has_a_heading_and_mnemonics(qtbot, sample_window: MainWindow) -> None:
    workspace = sample_window.workspace
    workspace.show_view("seating")
    view = workspace.seating
    assert view.heading.text() == "Seating" and view.heading.isVisible()
    labels = [w for w in view.findChildren(QLabel) if w.buddy() is view.items]
    assert [mnemonic(w.text()) for w in labels] == ["i"]
    assert mnemonic(view.propose_button.text()) == "p"
    assert dialog_clashes(view) == []


def test_an_empty_gifts_page_says_what_to_press(qtbot, window: MainWindow) -> None:
    _open_new_tour(window, date(2027, 1, 6), date(2027, 1, 8))
    window.workspace.show_view("gifts")
    gifts = window.workspace.gifts
    assert gifts.empty_hint.isVisible()
    assert gifts.empty_hint.text() == "No gifts yet. Press New gift… to log one."
    # Once there is a gift, the table shows without the hint.
    create_gift(
        window.db, "day-test", what="Vase", from_organisation="Host", to_organisation="Guest"
    )
    window.refresh()
    qtbot.waitUntil(lambda: gifts.model.rowCount() == 1)
    assert not gifts.empty_hint.isVisible()


def test_the_sites_map_shows_only_the_sites_the_search_leaves(
    qtbot, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    with FakeTiles() as tiles:
        source = TileSource(tiles.template, "© Test tiles", Datum.WGS84)
        window.workspace.set_map_fetcher(tile_fetcher(source, cache_dir=tmp_path))
        window.show_view("sites")
        page = window.workspace.sites
        every = site_stops(window.session.snapshot)
        assert len(page.map.stops) == len(every) > 1
        one = every[0]
        page.search.setText(one.name)
        assert page.proxy.rowCount() == 1
        assert [s.site_id for s in page.map.stops] == [one.site_id]
        page.search.clear()
        assert len(page.map.stops) == len(every)


def test_duplicate_selects_the_copies(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    page = window.workspace.programme
    timeline = page.timeline
    originals = sorted(timeline.shown)[:2]
    timeline.setFocus()
    timeline.select_ids(originals)
    before = {i.id for i in window.session.snapshot.items}
    shortcut(qtbot, window, "Ctrl+D")
    copies = {i.id for i in window.session.snapshot.items} - before
    assert len(copies) == 2
    assert set(timeline.selected_items_ids()) == copies
    # The Agenda follows: its selected rows are the copies too.
    page.tabs.setCurrentWidget(page.agenda)
    assert {r.id for r in page.agenda.selected_records()} == copies
    # Undo gives back the originals' selection, redo the copies'.
    window.session.undo_stack.undo()
    assert set(page.timeline.selected_items_ids()) == set(originals)
    window.session.undo_stack.redo()
    assert len(page.timeline.selected_items_ids()) == 2
    assert set(page.timeline.selected_items_ids()).isdisjoint(originals)


def test_each_weekday_of_the_opening_hours_has_its_own_mnemonic(qtbot) -> None:
    dialog = OpeningHoursDialog((), "Museum")
    qtbot.addWidget(dialog)
    captions = {w.buddy(): w.text() for w in dialog.findChildren(QLabel) if w.buddy()}
    letters = [mnemonic(captions[edit]) for edit in dialog.days]
    assert None not in letters and len(set(letters)) == 7, letters
    assert dialog_clashes(dialog) == []


def test_the_welcome_page_names_open_tour_file_as_the_file_menu_does(window: MainWindow) -> None:
    menu_text = window.actions_.import_tour.text().replace("&", "")
    assert menu_text == "Open tour file…"
    assert window.welcome_page.import_button.text().replace("&", "") == menu_text
