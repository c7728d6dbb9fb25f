"""The organiser's main workflow, driven through the widgets on a real SQLite file:
create a tour, add sites and people, schedule two overlapping visits, see the clash,
undo it, and drag a block on the timeline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.qt.helpers import (
    choose,
    drag,
    local,
    press_ok,
    set_times,
    shortcut,
    type_into,
)
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.timefmt import to_qdate
from tourplanner.services.items import get_item, list_items
from tourplanner.services.participants import list_participants
from tourplanner.services.sites import list_sites
from tourplanner.services.tours import get_tour

SLUG = "berlin-media-2026"


def create_tour(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.welcome_page.new_tour_button, Qt.MouseButton.LeftButton)
    dialog = window.tour_dialog
    type_into(qtbot, dialog.name, "Berlin media 2026")
    assert dialog.slug.text() == SLUG  # the short name follows the name
    dialog.start.setDate(to_qdate(date(2026, 5, 11)))
    dialog.end.setDate(to_qdate(date(2026, 5, 12)))
    press_ok(qtbot, dialog)


def add_site(qtbot, window: MainWindow, name: str) -> None:
    sites = window.workspace.sites
    qtbot.mouseClick(sites.new_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.editor.dialog
    type_into(qtbot, dialog.name, name)
    press_ok(qtbot, dialog)


def add_person(qtbot, window: MainWindow, name: str) -> None:
    people = window.workspace.people.participants
    qtbot.mouseClick(people.new_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.editor.dialog
    type_into(qtbot, dialog.full_name, name)
    press_ok(qtbot, dialog)


def add_visit(qtbot, window: MainWindow, title: str, site: str, start, end) -> None:
    programme = window.workspace.programme
    qtbot.mouseClick(programme.new_item_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.editor.dialog
    type_into(qtbot, dialog.title, title)
    set_times(dialog, start, end)
    choose(dialog.site, site)
    press_ok(qtbot, dialog)


@pytest.fixture
def planned(qtbot, window: MainWindow, shown_errors) -> MainWindow:
    """Steps 1 and 2: a new tour with two sites and three people."""
    create_tour(qtbot, window)
    assert window.workspace is not None
    assert window.session.slug == SLUG
    assert get_tour(window.db, SLUG).name == "Berlin media 2026"
    window.show_view("sites")
    add_site(qtbot, window, "Lijia Smart Park")
    add_site(qtbot, window, "NUSRI Chongqing")
    window.show_view("participants")
    for name in ("Dai Jiuyue", "Shang Yong", "Meng Linghua"):
        add_person(qtbot, window, name)
    assert shown_errors == []
    return window


def test_create_tour_add_sites_and_people(planned: MainWindow) -> None:
    window = planned
    assert [s.name for s in list_sites(window.db, SLUG)] == ["Lijia Smart Park", "NUSRI Chongqing"]
    people = list_participants(window.db, SLUG)
    assert sorted(p.full_name for p in people) == ["Dai Jiuyue", "Meng Linghua", "Shang Yong"]
    assert {p.key for p in people} == {"dai-jiuyue", "shang-yong", "meng-linghua"}
    assert window.workspace.sites.model.rowCount() == 2
    assert window.workspace.people.participants.model.rowCount() == 3
    # Each addition is one step of the undo history.
    assert window.session.undo_stack.count() == 5


def test_overlap_shows_a_problem_and_undo_removes_it(qtbot, planned: MainWindow) -> None:
    window = planned
    window.show_view("programme")
    add_visit(qtbot, window, "Visit to Lijia", "Lijia Smart Park", local(11, 10), local(11, 11, 30))
    assert window.problem_count.text() == "0 errors, 0 warnings"
    add_visit(qtbot, window, "Meeting at NUSRI", "NUSRI Chongqing", local(11, 11), local(11, 12))

    # Step 3: the clash appears in the Problems panel and in the status bar.
    panel = window.problems_panel
    assert window.problems_dock.isVisible()
    assert panel.proxy.rowCount() >= 1
    codes = [panel.proxy.record_at(r).code.value for r in range(panel.proxy.rowCount())]
    assert "double-booked" in codes
    assert window.problem_count.text() == "1 error, 0 warnings"
    message = panel.proxy.index(codes.index("double-booked"), 2).data()
    assert "Visit to Lijia" in message and "Meeting at NUSRI" in message

    # Step 4: undo (Ctrl+Z) takes the second visit away, and the problem with it.
    shortcut(qtbot, window, "Ctrl+Z")
    assert [i.title for i in list_items(window.db, SLUG)] == ["Visit to Lijia"]
    codes = [panel.proxy.record_at(r).code.value for r in range(panel.proxy.rowCount())]
    assert "double-booked" not in codes
    assert window.problem_count.text() == "0 errors, 0 warnings"
    # ...and redo (Ctrl+Shift+Z) brings both back, with the same UID as before.
    shortcut(qtbot, window, "Ctrl+Shift+Z")
    assert sorted(i.title for i in list_items(window.db, SLUG)) == [
        "Meeting at NUSRI",
        "Visit to Lijia",
    ]
    assert window.problem_count.errors >= 1


def test_drag_a_block_moves_the_item(qtbot, planned: MainWindow) -> None:
    window = planned
    window.show_view("programme")
    add_visit(qtbot, window, "Visit to Lijia", "Lijia Smart Park", local(11, 10), local(11, 11))
    [item] = list_items(window.db, SLUG)
    timeline = window.workspace.programme.timeline
    block = timeline.block_of(item.id)
    assert block is not None
    centre = timeline.mapFromScene(block.sceneBoundingRect().center())
    # 30 minutes down the day: 30 * pixels-per-minute, plus a little that snapping absorbs.
    down = round(30 * timeline.ppm) + 2
    drag(timeline, centre, centre + QPoint(0, down))
    moved = get_item(window.db, item.id)
    assert moved.starts_at == local(11, 10, 30)
    assert moved.ends_at == local(11, 11, 30)
    assert moved.sequence == item.sequence + 1
    assert window.session.undo_stack.count() == 7  # 5 additions, the visit, the move
    assert window.session.undo_stack.undoText().startswith("Move")

    # The next day: one column to the right, same time.
    block = timeline.block_of(item.id)
    centre = timeline.mapFromScene(block.sceneBoundingRect().center())
    drag(timeline, centre, centre + QPoint(round(timeline.day_width), 0))
    moved = get_item(window.db, item.id)
    assert moved.starts_at == local(12, 10, 30)

    # Dragging the bottom edge changes only the end.
    block = timeline.block_of(item.id)
    rect = block.sceneBoundingRect()
    edge = timeline.mapFromScene(rect.center().x(), block.pos().y() + block.rect.height() - 2)
    drag(timeline, edge, edge + QPoint(0, round(15 * timeline.ppm)))
    resized = get_item(window.db, item.id)
    assert resized.starts_at == local(12, 10, 30)
    assert resized.ends_at == local(12, 11, 45)
    assert window.session.undo_stack.undoText().startswith("Resize")

    # Undo three times: back where it started, each drag one step.
    for _ in range(3):
        window.actions_.undo.trigger()
    back = get_item(window.db, item.id)
    assert (back.starts_at, back.ends_at) == (local(11, 10), local(11, 11))
    assert timeline.block_of(item.id).item.starts_at == local(11, 10)


def test_a_small_jiggle_is_a_click_not_a_move(qtbot, planned: MainWindow) -> None:
    window = planned
    window.show_view("programme")
    add_visit(qtbot, window, "Visit", "Lijia Smart Park", local(11, 10), local(11, 11))
    [item] = list_items(window.db, SLUG)
    timeline = window.workspace.programme.timeline
    centre = timeline.mapFromScene(timeline.block_of(item.id).sceneBoundingRect().center())
    drag(timeline, centre, centre + QPoint(0, 1), steps=1)
    assert get_item(window.db, item.id).version == item.version
    assert timeline.selected_id == item.id
    assert window.session.undo_stack.count() == 6


def test_day_columns_cover_the_tour(planned: MainWindow) -> None:
    timeline = planned.workspace.programme.timeline
    assert timeline.days == 2
    assert timeline.day_of_index(1) == date(2026, 5, 11) + timedelta(days=1)


def test_import_a_tour_file_from_the_welcome_page(
    qtbot, window: MainWindow, shown_errors, monkeypatch, tmp_path
) -> None:
    from tourplanner.services.tourfile import SAMPLE_FILE

    monkeypatch.setattr(MainWindow, "choose_tour_file", lambda _self: str(SAMPLE_FILE))
    qtbot.mouseClick(window.welcome_page.import_button, Qt.MouseButton.LeftButton)
    assert shown_errors == []
    assert window.workspace is not None
    assert window.session.slug == "chongqing-2021"
    assert "Imported chongqing-2021" in window.statusBar().currentMessage()


def test_a_bad_tour_file_is_explained_in_one_line(
    qtbot, window: MainWindow, shown_errors, monkeypatch, tmp_path
) -> None:
    bad = tmp_path / "broken.tour.json"
    bad.write_text('{"format": "tourplanner-tour", "version": 1, "tour": {}}', encoding="utf-8")
    monkeypatch.setattr(MainWindow, "choose_tour_file", lambda _self: str(bad))
    window.actions_.import_tour.trigger()
    [(title, message)] = shown_errors
    assert title == "Could not import the tour file"
    assert "broken.tour.json" in message and "\n" not in message
    assert "Traceback" not in message
    assert window.workspace is None
    assert window.stack.currentWidget() is window.welcome_page


def test_new_tour_dialog_checks_the_dates(qtbot, window: MainWindow) -> None:
    window.actions_.new_tour.trigger()
    dialog = window.tour_dialog
    type_into(qtbot, dialog.name, "Short trip")
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert dialog.problems() == ["The last day must not be before the first"]
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_undo_history_lists_every_edit(qtbot, planned: MainWindow) -> None:
    window = planned
    model = window.undo_view.model()
    # The clean state plus the five additions, newest last.
    assert model.rowCount() == 6
    assert model.index(5, 0).data() == "Add Meng Linghua"
    window.actions_.undo.trigger()
    assert window.session.undo_stack.index() == 4
    assert window.actions_.redo.isEnabled()
