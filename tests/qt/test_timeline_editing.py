"""Issue 18, points 2-4 on the Programme: a live side panel and agenda, multi-select with
moves and deletes as one undo step, duplicate and copy a day, right-click menus, and the
timeline's keyboard. Real widgets, real events, the stored items checked."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.qt.helpers import drag, shortcut
from tourplanner.core.model import ScheduleItem
from tourplanner.qt.main_window import MainWindow
from tourplanner.services import items as item_service
from tourplanner.services.tourfile import SAMPLE_SLUG

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _stored(window: MainWindow) -> dict[str, ScheduleItem]:
    return {i.uid: i for i in item_service.list_items(window.db, SAMPLE_SLUG)}


def _centre(timeline, item_id: int) -> QPoint:
    block = timeline.block_of(item_id)
    timeline.ensureVisible(block.sceneBoundingRect(), 10, 10)
    return timeline.mapFromScene(block.sceneBoundingRect().center())


def _two_apart(window: MainWindow) -> tuple[ScheduleItem, ScheduleItem]:
    """Two items on the same day, one after the other, each in a block of its own."""
    timeline = window.workspace.programme.timeline
    zone = timeline.zone
    by_day: dict[date, list[ScheduleItem]] = {}
    for item in window.session.snapshot.items:
        if timeline.block_of(item.id) is not None and item.ends_at - item.starts_at >= timedelta(
            minutes=45
        ):
            by_day.setdefault(item.starts_at.astimezone(zone).date(), []).append(item)
    for items in by_day.values():
        items.sort(key=lambda i: i.starts_at)
        for a, b in itertools.pairwise(items):
            if b.starts_at >= a.ends_at and b.starts_at - a.starts_at <= timedelta(hours=3):
                return a, b
    raise AssertionError("the sample has no two consecutive items on a day")


# -- point 2: live everywhere ------------------------------------------------------------


def test_side_panel_and_agenda_follow_edits_undo_and_redo(qtbot, sample_window) -> None:
    window = sample_window
    page = window.workspace.programme
    timeline = page.timeline
    session = window.session
    clashing = next(i for i in session.snapshot.items if timeline.problems.get(i.id))
    message = escape(timeline.problems[clashing.id][0].message)  # the panel is rich text
    assert timeline.select_item(clashing.id)
    assert message in page.details.text()
    # Move it to the small hours of its day: that clash is gone, without a click.
    zone = timeline.zone
    start = clashing.starts_at.astimezone(zone).replace(hour=4, minute=0)
    assert window.workspace.editor.move_item(
        clashing, start, start + (clashing.ends_at - clashing.starts_at)
    )
    qtbot.waitUntil(lambda: message not in page.details.text())
    assert "04:00" in page.details.text()
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: message in page.details.text())
    session.undo_stack.redo()
    qtbot.waitUntil(lambda: message not in page.details.text())
    session.undo_stack.undo()

    # A delete undone puts the row back in date order, and the count follows.
    page.tabs.setCurrentWidget(page.agenda)
    rows = page.agenda_model.records()
    count = len(rows)
    middle = rows[len(rows) // 2]
    assert window.workspace.editor.delete_items([middle])
    assert page.agenda.count.text() == str(count - 1)
    session.undo_stack.undo()
    assert page.agenda.count.text() == str(count)
    shown = [page.agenda.proxy.record_at(r) for r in range(page.agenda.proxy.rowCount())]
    starts = [(i.starts_at, i.ends_at) for i in shown]
    assert starts == sorted(starts)
    assert middle.uid in {i.uid for i in shown}


def test_agenda_selection_follows_the_timeline(qtbot, sample_window) -> None:
    window = sample_window
    page = window.workspace.programme
    a, b = _two_apart(window)
    page.timeline.select_ids([a.id, b.id])
    assert {r.id for r in page.agenda.selected_records()} == {a.id, b.id}
    assert "2 items selected" in page.details.text()
    page.timeline.select_item(a.id)
    assert "items selected" not in page.details.text()


# -- point 3: multi-select, duplicate, copy a day, menus -----------------------------------


def test_ctrl_click_then_drag_moves_both_as_one_step(qtbot, sample_window) -> None:
    window = sample_window
    timeline = window.workspace.programme.timeline
    a, b = _two_apart(window)
    stack = window.session.undo_stack
    depth = stack.count()
    viewport = timeline.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _centre(timeline, a.id))  # fmt: skip
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, CTRL, _centre(timeline, b.id))
    assert timeline.selected_items_ids() == [a.id, b.id]
    assert timeline.block_of(a.id).selected and timeline.block_of(b.id).selected
    start = _centre(timeline, a.id)
    drag(timeline, start, start + QPoint(0, round(30 * timeline.ppm)))
    stored = _stored(window)
    assert stored[a.uid].starts_at == a.starts_at + timedelta(minutes=30)
    assert stored[b.uid].starts_at == b.starts_at + timedelta(minutes=30)
    assert stored[b.uid].ends_at - stored[b.uid].starts_at == b.ends_at - b.starts_at
    assert stack.count() == depth + 1
    # Both stay selected: Alt+Up takes both back 5 minutes, again as one step.
    assert timeline.selected_items_ids() == [a.id, b.id]
    timeline.setFocus()
    QTest.keyClick(timeline, Qt.Key.Key_Up, ALT)
    stored = _stored(window)
    assert stored[a.uid].starts_at == a.starts_at + timedelta(minutes=25)
    assert stored[b.uid].starts_at == b.starts_at + timedelta(minutes=25)
    assert stack.count() == depth + 2
    stack.undo()
    stack.undo()
    stored = _stored(window)
    assert (stored[a.uid].starts_at, stored[b.uid].starts_at) == (a.starts_at, b.starts_at)


def test_rubber_band_selects_and_delete_removes_all_in_one_step(qtbot, sample_window) -> None:
    window = sample_window
    timeline = window.workspace.programme.timeline
    a, b = _two_apart(window)
    first, second = timeline.block_of(a.id), timeline.block_of(b.id)
    timeline.ensureVisible(first.sceneBoundingRect().united(second.sceneBoundingRect()), 5, 5)
    # From the empty column edge left of the blocks, across both.
    top_left = timeline.mapFromScene(first.sceneBoundingRect().topLeft()) + QPoint(-6, 4)
    bottom = timeline.mapFromScene(second.sceneBoundingRect().topLeft()) + QPoint(12, 6)
    assert timeline._block_at(top_left) is None
    drag(timeline, top_left, bottom)
    assert {a.id, b.id} <= set(timeline.selected_items_ids())
    chosen = timeline.selected_items_ids()
    uids = {window.session.item(i).uid for i in chosen}
    timeline.setFocus()
    QTest.keyClick(timeline, Qt.Key.Key_Delete)
    assert not uids & set(_stored(window))
    window.session.undo_stack.undo()
    assert uids <= set(_stored(window))


def test_duplicate_and_copy_a_day_are_one_step_each(qtbot, sample_window) -> None:
    window = sample_window
    page = window.workspace.programme
    timeline = page.timeline
    editing = window.workspace.programme_editing
    a, _b = _two_apart(window)
    before = len(_stored(window))
    timeline.setFocus()
    timeline.select_item(a.id)
    shortcut(qtbot, window, "Ctrl+D")  # Edit ▸ Duplicate selected items
    stored = list(item_service.list_items(window.db, SAMPLE_SLUG))
    copies = [i for i in stored if i.title == a.title and i.uid != a.uid]
    assert len(stored) == before + 1 and len(copies) == 1
    assert (copies[0].starts_at, copies[0].ends_at, copies[0].site_id) == (
        a.starts_at, a.ends_at, a.site_id,
    )  # fmt: skip
    window.session.undo_stack.undo()
    assert len(_stored(window)) == before
    assert window.actions_.duplicate in window.edit_menu.actions()
    assert window.actions_.copy_day in window.edit_menu.actions()

    # Right-click on a block, "Copy <day> to…", pick the last day of the tour.
    zone = timeline.zone
    day = a.starts_at.astimezone(zone).date()
    tour = window.session.snapshot.tour
    target = tour.end_date if day != tour.end_date else tour.start_date
    asked: list[date] = []
    editing.choose_day = lambda source, days: asked.append(source) or target
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, _centre(timeline, a.id),
        timeline.viewport().mapToGlobal(_centre(timeline, a.id)),
    )  # fmt: skip
    QApplication.sendEvent(timeline.viewport(), event)
    menu = editing.menu
    names = [x.objectName() for x in menu.actions()]
    assert {"openItemEntry", "duplicateItemsAction", "copyDayEntry", "deleteItemsEntry"} <= set(
        names
    )
    on_day = [
        i for i in window.session.snapshot.items if i.starts_at.astimezone(zone).date() == day
    ]
    next(x for x in menu.actions() if x.objectName() == "copyDayEntry").trigger()
    menu.close()
    assert asked == [day]
    after = _stored(window)
    assert len(after) == before + len(on_day)
    # The copies stand on the target day at the same clock times in tour time.
    new = [i for i in after.values() if i.starts_at.astimezone(zone).date() == target]
    wall = sorted((o.title, o.starts_at.astimezone(zone).time()) for o in on_day)
    copied = sorted((i.title, i.starts_at.astimezone(zone).time()) for i in new)
    assert all(entry in copied for entry in wall)
    assert window.session.undo_stack.undoText().startswith("Copy")
    window.session.undo_stack.undo()
    assert len(_stored(window)) == before


# -- point 4: the keyboard ------------------------------------------------------------------


def test_keyboard_selects_moves_resizes_opens_and_deletes(qtbot, sample_window) -> None:
    window = sample_window
    timeline = window.workspace.programme.timeline
    zone: ZoneInfo = timeline.zone
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    timeline.select_item(-1)
    order = timeline.time_order()
    QTest.keyClick(timeline, Qt.Key.Key_Tab)
    assert timeline.selected_id == order[0]
    assert timeline.block_of(order[0]).focused  # focus is visible on the block
    QTest.keyClick(timeline, Qt.Key.Key_Tab)
    assert timeline.selected_id == order[1]
    QTest.keyClick(timeline, Qt.Key.Key_Backtab)
    assert timeline.selected_id == order[0]
    a, b = _two_apart(window)
    timeline.select_item(a.id)
    QTest.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected_id != a.id
    timeline.select_item(a.id)
    stack = window.session.undo_stack
    depth = stack.count()

    QTest.keyClick(timeline, Qt.Key.Key_Down, ALT)
    moved = _stored(window)[a.uid]
    assert moved.starts_at == a.starts_at + timedelta(minutes=5)
    assert moved.ends_at == a.ends_at + timedelta(minutes=5)
    QTest.keyClick(timeline, Qt.Key.Key_Down, ALT | SHIFT)
    longer = _stored(window)[a.uid]
    assert longer.starts_at == moved.starts_at
    assert longer.ends_at == moved.ends_at + timedelta(minutes=5)
    QTest.keyClick(timeline, Qt.Key.Key_Right, ALT)
    next_day = _stored(window)[a.uid]
    assert next_day.starts_at.astimezone(zone) == (
        longer.starts_at.astimezone(zone).replace(tzinfo=None) + timedelta(days=1)
    ).replace(tzinfo=zone)
    assert stack.count() == depth + 3
    for _ in range(3):
        stack.undo()
    assert _stored(window)[a.uid].starts_at == a.starts_at
    assert _stored(window)[a.uid].ends_at == a.ends_at

    timeline.setFocus()
    timeline.select_item(a.id)
    QTest.keyClick(timeline, Qt.Key.Key_Return)
    dialog = window.workspace.editor.dialog
    assert dialog is not None and dialog.isVisible() and dialog.values()["title"] == a.title
    dialog.reject()
    timeline.setFocus()
    timeline.select_item(b.id)
    QTest.keyClick(timeline, Qt.Key.Key_Delete)
    assert b.uid not in _stored(window)
    stack.undo()
    assert b.uid in _stored(window)


def test_right_click_menus_on_agenda_rows_and_tours(qtbot, sample_window) -> None:
    window = sample_window
    page = window.workspace.programme
    editing = window.workspace.programme_editing
    page.tabs.setCurrentWidget(page.agenda)
    table = page.agenda.table
    point = table.visualRect(page.agenda.proxy.index(2, 3)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    [item] = page.agenda.selected_records()
    before = len(_stored(window))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, table.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(table.viewport(), event)
    menu = editing.menu
    assert menu is not None and menu.objectName() == "agendaMenu"
    next(x for x in menu.actions() if x.objectName() == "duplicateItemsAction").trigger()
    menu.close()
    stored = _stored(window)
    assert len(stored) == before + 1
    assert sum(1 for i in stored.values() if i.title == item.title) == 2
    window.session.undo_stack.undo()
    # The row picked in the agenda is the timeline's selection and the side panel's too.
    assert page.timeline.selected_items_ids() == [item.id]
    assert escape(item.title) in page.details.text()

    # The tour list: right-click a tour, Open.
    window.close_tour()
    tours = window.tours_page
    assert window.stack.currentWidget() is tours
    point = tours.table.visualRect(tours.proxy.index(0, 0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, tours.table.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(tours.table.viewport(), event)
    names = [x.objectName() for x in tours.menu.actions() if x.objectName()]
    assert names == ["openTourEntry", "newTourEntry", "importTourEntry"]
    tours.menu.actions()[0].trigger()
    tours.menu.close()
    qtbot.waitUntil(lambda: window.session is not None and window.workspace is not None)
    assert window.session.slug == SAMPLE_SLUG


def test_shift_click_selects_the_blocks_between(qtbot, sample_window) -> None:
    window = sample_window
    timeline = window.workspace.programme.timeline
    order = timeline.time_order()
    first, last = order[1], order[4]
    viewport = timeline.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_centre(timeline, first))
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, SHIFT, _centre(timeline, last))
    assert timeline.selected_items_ids() == order[1:5]
    assert timeline.selected_id == last
    assert "4 items selected" in window.workspace.programme.details.text()
    # A plain click on one of them keeps only that one.
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_centre(timeline, order[2]))
    assert timeline.selected_items_ids() == [order[2]]
