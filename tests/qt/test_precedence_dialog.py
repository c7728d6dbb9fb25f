"""Tour ▸ Order of precedence: reorder by drag (a model move, as a drop makes) and by
keyboard, propose from the rules, OK stores one undoable edit, Cancel changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.qt.helpers import dialog_clashes
from tourplanner.core.precedence import proposed
from tourplanner.qt.dialogs.precedence_dialog import PrecedenceDialog
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.models.people import ParticipantTableModel
from tourplanner.services.protocol import precedence_list
from tourplanner.services.tourfile import SAMPLE_SLUG


def _open(qtbot, window: MainWindow) -> PrecedenceDialog:
    window.actions_.precedence.trigger()
    dialog = window.tour_actions.precedence_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    # The dialog's keys (Alt+Up, Ctrl+F) work in the active window, as open() makes it.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _stored(window: MainWindow) -> list[tuple[str, int | None]]:
    return [(p.key, p.precedence) for p in precedence_list(window.db, SAMPLE_SLUG)]


def _press(qtbot, dialog: PrecedenceDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def _place_in_table(window: MainWindow, key: str) -> str:
    model = window.workspace.people.participants.model
    row = next(r for r in range(model.rowCount()) if model.record_at(r).key == key)
    return model.index(row, ParticipantTableModel.PRECEDENCE).data()


def test_drag_and_keys_reorder_ok_stores_one_undoable_step(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    before = _stored(window)
    assert before[:4] == [("shang-yong", 1), ("xu-lei", 2), ("dai-jiuyue", 3), ("meng-linghua", 4)]
    assert any(rank is None for _key, rank in before)  # the rules place the rest
    dialog = _open(qtbot, window)
    assert dialog.keys() == [key for key, _rank in before]
    assert dialog.list.item(0).text().startswith("1.  Shang Yong")

    # A drop inside the list moves the row: the fifth person to the head of the order.
    fifth = dialog.keys()[4]
    model = dialog.list.model()
    assert model.moveRow(QModelIndex(), 4, QModelIndex(), 0)
    assert dialog.keys()[0] == fifth
    assert dialog.list.item(0).text().startswith("1.  ") and fifth not in dialog.keys()[1:]
    assert dialog.list.item(1).text().startswith("2.  Shang Yong")  # renumbered
    # The keyboard: Xu Lei (now third) one place up, then the last person to the top.
    dialog.select("xu-lei")
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.keys()[:3] == [fifth, "xu-lei", "shang-yong"]
    last = dialog.keys()[-1]
    dialog.select(last)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert dialog.keys()[0] == last and dialog.list.currentRow() == 0
    assert not dialog.up_button.isEnabled() and not dialog.top_button.isEnabled()
    qtbot.mouseClick(dialog.bottom_button, Qt.MouseButton.LeftButton)
    assert dialog.keys()[-1] == last
    wanted = dialog.keys()
    assert _stored(window) == before  # nothing is stored before OK

    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert _stored(window) == [(key, rank) for rank, key in enumerate(wanted, start=1)]
    stack = window.session.undo_stack
    assert stack.undoText() == "Change the order of precedence"
    # The people table follows at once: its Precedence column is the new place.
    assert _place_in_table(window, fifth) == "1"
    assert _place_in_table(window, "shang-yong") == "3"

    stack.undo()  # one step puts every rank back, the unranked ones unranked
    assert _stored(window) == before
    assert _place_in_table(window, "shang-yong") == "1"
    stack.redo()
    assert _stored(window) == [(key, rank) for rank, key in enumerate(wanted, start=1)]
    assert _place_in_table(window, fifth) == "1"


def test_propose_fills_the_list_by_the_rules_and_cancel_changes_nothing(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    before = _stored(window)
    rules = [p.key for p in proposed(window.session.snapshot.participants)]
    assert rules != [key for key, _rank in before]  # the organiser's ranks differ
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert dialog.keys() == rules
    assert _stored(window) == before  # proposed, not stored
    count = window.session.undo_stack.count()
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert _stored(window) == before
    assert window.session.undo_stack.count() == count

    # Proposed and accepted: stored as ranks 1..n in the rules' order.
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert _stored(window) == [(key, rank) for rank, key in enumerate(rules, start=1)]


def test_ok_without_a_change_adds_no_step_and_the_filter_moves_past_the_shown(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    before = _stored(window)
    stack = window.session.undo_stack
    count = stack.count()
    dialog = _open(qtbot, window)
    assert dialog_clashes(dialog) == []  # every button and label on a letter of its own
    # Ctrl+F goes to the filter; the list keeps everyone, showing only the matches.
    qtbot.keyClick(dialog.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.filter.hasFocus()
    qtbot.keyClicks(dialog.filter, "delegate")
    shown = [
        dialog.list.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(dialog.list.count())
        if not dialog.list.item(r).isHidden()
    ]
    delegates = {p.key for p in window.session.snapshot.participants if p.role == "delegate"}
    assert set(shown) == delegates and len(dialog.keys()) == len(before)
    # Moving up with a filter on passes the hidden people to the next one shown.
    dialog.select(shown[1])
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    keys = dialog.keys()
    assert keys.index(shown[1]) == keys.index(shown[0]) - 1
    # Moved back, the order is as stored: OK stores nothing and adds no step. Ranks
    # are only stored when the order changes (the unranked stay unranked).
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert dialog.keys() == [key for key, _rank in before]
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert _stored(window) == before and stack.count() == count
