"""Driving the workspace through its widgets, as a user would."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from tourplanner.qt.dialogs.form import FormDialog
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.timefmt import to_qdatetime
from tourplanner.qt.views.outputs_gate import OpenErrorsQuestion

ZONE = ZoneInfo("Asia/Shanghai")


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Replace the text of ``edit`` by typing."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def choose(combo: QComboBox, text: str) -> None:
    """Pick the entry of ``combo`` whose text is ``text``."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def check_entries(widget: QListWidget, texts: set[str]) -> None:
    """Tick exactly the entries whose text starts with one of ``texts``."""
    for row in range(widget.count()):
        entry = widget.item(row)
        wanted = any(entry.text().startswith(t) for t in texts)
        entry.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def press_ok(qtbot: Any, dialog: FormDialog) -> None:
    assert dialog.ok_button.isEnabled(), dialog.problems()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 5, day, hour, minute, tzinfo=ZONE)


def set_times(dialog: Any, start: datetime, end: datetime) -> None:
    dialog.starts.setDateTime(to_qdatetime(start, ZONE))
    dialog.ends.setDateTime(to_qdatetime(end, ZONE))


def shortcut(qtbot: Any, window: MainWindow, sequence: str) -> None:
    """Press a key sequence such as 'Ctrl+Z' on the window."""
    key = QKeySequence(sequence)[0]
    # Window shortcuts fire only in the active window.
    # Closed dialogs may still hold the activation until they are deleted.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    target = window.focusWidget() or window
    qtbot.keyClick(target, key.key(), key.keyboardModifiers())


def drag(view: Any, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press at ``start``, move in steps, release at ``end`` (viewport coordinates)."""
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * i / steps
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def double_click(widget: Any, pos: QPoint) -> None:
    """A real double click: QTest's double-click event alone lacks the press that item
    views need to know which cell is meant."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def answer_open_errors(go_ahead: bool) -> list[tuple[str, str]]:
    """Answer the next "the tour has errors" question by clicking its real button (go
    ahead, or Cancel); returns what it showed (text, list of errors) once answered."""
    seen: list[tuple[str, str]] = []
    tries = [0]

    def answer() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, OpenErrorsQuestion) and w.isVisible()
        ]
        if not boxes:
            tries[0] += 1
            if tries[0] < 500:  # about ten seconds
                QTimer.singleShot(20, answer)
            return
        box = boxes[0]
        seen.append((box.text(), box.informativeText()))
        (box.go_ahead if go_ahead else box.cancel).click()

    QTimer.singleShot(0, answer)
    return seen


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def dialog_clashes(dialog: QWidget, inactive: Iterable[QWidget] = ()) -> list[str]:
    """Letters that two shown labels, buttons, group boxes or tabs of ``dialog`` share.

    ``inactive``: widgets whose mnemonic cannot fire (a wizard's Back on its first page,
    shown but never enabled there)."""
    skipped = {id(w) for w in inactive}

    # Only what can be seen at once: a hidden bar's or another tab's mnemonics are inactive.
    def shown(w: QWidget) -> bool:
        return w.isVisibleTo(dialog) and id(w) not in skipped

    seen: dict[str, list[str]] = defaultdict(list)
    texts = [w.text() for w in dialog.findChildren(QLabel) if shown(w)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if shown(w)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox) if shown(w)]
    for tabs in dialog.findChildren(QTabWidget):
        if shown(tabs):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for text in texts:
        letter = mnemonic(text)
        if letter:
            seen[letter].append(text)
    return [f"{type(dialog).__name__}: {t}" for t in seen.values() if len(t) > 1]
