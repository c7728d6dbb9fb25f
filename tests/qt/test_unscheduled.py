"""Issue 18, the Unscheduled list: a block's menu sends an item there, a drop on the
timeline (a real QMimeData from the list) or "Schedule…" gives it a time again, New…
and Delete; each one step on the undo stack, the timeline, list and problems following."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.qt.helpers import press_ok, shortcut, type_into
from tourplanner.core.model import ScheduleItem
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.views.unscheduled_panel import UnscheduledPanel
from tourplanner.services import items as item_service
from tourplanner.services.tourfile import SAMPLE_SLUG


def _stored(window: MainWindow, uid: str) -> ScheduleItem:
    return next(i for i in item_service.list_items(window.db, SAMPLE_SLUG) if i.uid == uid)


def _listed(panel: UnscheduledPanel) -> list[str]:
    return [panel.list.item(r).text().split("\n")[0] for r in range(panel.list.count())]


def _centre(timeline, item_id: int) -> QPoint:
    block = timeline.block_of(item_id)
    timeline.ensureVisible(block.sceneBoundingRect(), 10, 10)
    return timeline.mapFromScene(block.sceneBoundingRect().center())


def test_a_block_moves_to_unscheduled_and_back_with_undo(qtbot, sample_window) -> None:
    window = sample_window
    session, workspace = window.session, window.workspace
    timeline, panel = workspace.programme.timeline, workspace.unscheduled
    clashing = next(i for i in session.snapshot.items if timeline.problems.get(i.id))
    problems = len(session.problems())
    assert window.unscheduled_dock.widget() is panel
    assert _listed(panel) == []

    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, _centre(timeline, clashing.id),
        timeline.viewport().mapToGlobal(_centre(timeline, clashing.id)),
    )  # fmt: skip
    QApplication.sendEvent(timeline.viewport(), event)
    menu = workspace.programme_editing.menu
    next(x for x in menu.actions() if x.objectName() == "unscheduleEntry").trigger()
    menu.close()

    assert _stored(window, clashing.uid).scheduled is False
    assert timeline.block_of(clashing.id) is None
    assert clashing.id not in {i.id for i in session.snapshot.items}
    assert clashing.id not in timeline.problems
    assert len(session.problems()) < problems  # its clash is gone with it
    assert _listed(panel) == [clashing.title]
    assert clashing.id not in {r.id for r in workspace.programme.agenda_model.records()}

    session.undo_stack.undo()
    assert _stored(window, clashing.uid).scheduled is True
    assert timeline.block_of(clashing.id) is not None
    assert _listed(panel) == []
    assert len(session.problems()) == problems
    session.undo_stack.redo()
    assert _listed(panel) == [clashing.title]


def _drop(timeline, panel: UnscheduledPanel, row: int, pos: QPoint) -> None:
    """What Qt delivers when the user drags entry ``row`` onto the timeline at ``pos``."""
    data = panel.list.mimeData([panel.list.item(row)])
    copy, left = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    viewport = timeline.viewport()
    enter = QDragEnterEvent(pos, copy, data, left, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, copy, data, left, none))
    drop = QDropEvent(QPointF(pos), copy, data, left, none)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def test_an_entry_dropped_on_the_timeline_is_scheduled_there(qtbot, sample_window) -> None:
    window = sample_window
    session, workspace = window.session, window.workspace
    timeline, panel = workspace.programme.timeline, workspace.unscheduled
    item = session.snapshot.items[3]
    length = item.ends_at - item.starts_at
    assert workspace.editor.unschedule_items([item])
    assert _listed(panel) == [item.title]

    # The second day, a minute past 10:30: the drop snaps to 10:30 as a move would.
    tour = session.snapshot.tour
    day = tour.start_date + timedelta(days=1)
    scene = QPointF(timeline.column_x(1) + 40, timeline.minute_y(10 * 60 + 31))
    timeline.ensureVisible(scene.x(), scene.y(), 1, 1, 50, 50)
    _drop(timeline, panel, 0, timeline.mapFromScene(scene))

    placed = _stored(window, item.uid)
    want = datetime.combine(day, time(10, 30), timeline.zone)
    assert placed.scheduled is True
    assert (placed.starts_at, placed.ends_at - placed.starts_at) == (want, length)
    assert timeline.block_of(item.id) is not None
    assert _listed(panel) == []

    session.undo_stack.undo()
    back = _stored(window, item.uid)
    assert back.scheduled is False
    assert (back.starts_at, back.ends_at) == (item.starts_at, item.ends_at)
    assert timeline.block_of(item.id) is None
    assert _listed(panel) == [item.title]

    # Something else dropped there is refused.
    from PySide6.QtCore import QMimeData

    other = QMimeData()
    other.setText("not an item")
    refused = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.MoveAction, other,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(timeline.viewport(), refused)
    assert not refused.isAccepted()


def test_new_schedule_and_delete_from_the_dock(qtbot, sample_window) -> None:
    window = sample_window
    session, workspace = window.session, window.workspace
    panel, timeline = workspace.unscheduled, workspace.programme.timeline
    assert not window.unscheduled_dock.isVisible()
    shortcut(qtbot, window, "Ctrl+9")
    assert window.unscheduled_dock.isVisible()
    assert window.unscheduled_dock.toggleViewAction() in window.view_menu.actions()

    # New…: a title, a duration; it appears on the list and nowhere on the timeline.
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog = workspace.editor.dialog
    assert not dialog.ok_button.isEnabled() or dialog.problems()
    type_into(qtbot, dialog.title, "Call on the district mayor")
    dialog.duration.setValue(90)
    press_ok(qtbot, dialog)
    assert _listed(panel) == ["Call on the district mayor"]
    made = session.snapshot.unscheduled[0]
    assert made.ends_at - made.starts_at == timedelta(minutes=90)
    assert timeline.block_of(made.id) is None
    session.undo_stack.undo()
    assert _listed(panel) == []
    session.undo_stack.redo()
    assert _listed(panel) == ["Call on the district mayor"]
    made = session.snapshot.unscheduled[0]

    # Schedule… by the keyboard: Enter on the entry, a day and a time.
    assert panel.select(made.id)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    ask = panel.dialog
    assert ask is not None and ask.isVisible()
    ask.day.setCurrentIndex(1)
    from PySide6.QtCore import QTime

    ask.at.setTime(QTime(15, 30))
    press_ok(qtbot, ask)
    day = session.snapshot.tour.start_date + timedelta(days=1)
    placed = _stored(window, made.uid)
    assert placed.scheduled is True
    assert placed.starts_at == datetime.combine(day, time(15, 30), timeline.zone)
    assert placed.ends_at - placed.starts_at == timedelta(minutes=90)
    assert timeline.block_of(placed.id) is not None
    assert _listed(panel) == []

    # Delete: back to the list first, then deleted; undo brings it back.
    assert workspace.editor.unschedule_items([session.item(placed.id)])
    assert panel.select(placed.id)
    assert timeline.select_item(session.snapshot.items[0].id)  # not what Delete means here
    items_before = len(session.snapshot.items)
    panel.list.setFocus()
    shortcut(qtbot, window, "Del")
    assert _listed(panel) == []
    assert len(session.snapshot.items) == items_before
    assert made.uid not in {i.uid for i in item_service.list_items(window.db, SAMPLE_SLUG)}
    session.undo_stack.undo()
    assert _listed(panel) == ["Call on the district mayor"]
    assert len(session.snapshot.items) == items_before
    assert _stored(window, made.uid).scheduled is False
    assert panel.select(session.snapshot.unscheduled[0].id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert _listed(panel) == []


def test_closing_the_tour_empties_the_dock(qtbot, sample_window) -> None:
    window = sample_window
    panel = window.workspace.unscheduled
    window.close_tour()
    assert window.unscheduled_dock.widget() is not panel
