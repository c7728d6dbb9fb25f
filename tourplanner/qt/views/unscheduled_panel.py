"""The Unscheduled list: items without a time, with how long each lasts.

Drag an entry onto the timeline to schedule it where it falls, or select it and press
"Schedule…" (Enter) to pick a day and a time. "New…" adds an item to the list, Delete
removes one; a block's right-click menu sends an item here. Every change is one step on
the undo stack (the Editor's commands); the list follows the session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.model import ScheduleItem
from tourplanner.core.wording import minutes
from tourplanner.qt import labels
from tourplanner.qt.dialogs.form import FormDialog, secondary_button
from tourplanner.qt.timeline.drop import UNSCHEDULED_MIME, unscheduled_mime

if TYPE_CHECKING:
    from tourplanner.qt.editor import Editor

_ID_ROLE = Qt.ItemDataRole.UserRole


class UnscheduledList(QListWidget):
    """The entries; dragging one carries its item id (``timeline.drop``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unscheduledList")
        self.setAccessibleName(self.tr("Unscheduled items"))
        self.setAccessibleDescription(
            self.tr("Drag an item onto the timeline, or press Enter to schedule it")
        )
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(3)  # two-line entries: keep each apart from the next
        #: Enter on an entry (the panel schedules it). Delete is the window's Edit ▸
        #: Delete selected, which deletes the entry while this list has the focus.
        self.enter_pressed: Callable[[], object] = lambda: None

    def mimeTypes(self) -> list[str]:
        return [UNSCHEDULED_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        return unscheduled_mime(int(items[0].data(_ID_ROLE))) if items else QMimeData()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # No mnemonics on the buttons (the dock sits beside pages that have their own):
        # Enter schedules.
        if self.currentItem() is not None and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.enter_pressed()
            event.accept()
            return
        super().keyPressEvent(event)


class UnscheduledPanel(QWidget):
    """The list with New…, Schedule… and Delete; the window shows it in a dock."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unscheduledPanel")
        self.setAccessibleName(self.tr("Unscheduled"))
        self.editor = editor
        self.session = editor.session
        #: The Schedule dialog shown last (tests fill it in).
        self.dialog: FormDialog | None = None
        self.hint = QLabel(
            self.tr("Drag an item onto the timeline to give it a time, or press Enter.")
        )
        self.hint.setObjectName("unscheduledHint")
        self.hint.setAccessibleName(self.tr("How to schedule an item"))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #4b5563;")
        self.list = UnscheduledList()
        self.list.enter_pressed = self.schedule_selected
        self.new_button = secondary_button(self.tr("New…"), "newUnscheduledButton")
        self.new_button.setToolTip(self.tr("Add an item without a time"))
        self.schedule_button = secondary_button(self.tr("Schedule…"), "scheduleButton")
        self.schedule_button.setToolTip(self.tr("Give the selected item a day and a time"))
        self.delete_button = secondary_button(self.tr("Delete"), "deleteUnscheduledButton")
        self.delete_button.setToolTip(self.tr("Delete the selected item"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.schedule_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.new_button.clicked.connect(editor.new_unscheduled_item)
        self.schedule_button.clicked.connect(self.schedule_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.itemSelectionChanged.connect(self._enable)
        self.list.itemActivated.connect(lambda _entry: self.schedule_selected())
        self.session.reloaded.connect(self.refresh)
        self.session.unscheduled_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the session's Unscheduled list again, keeping the selected entry."""
        kept = self.selected_item()
        self.list.clear()
        snapshot = getattr(self.session, "snapshot", None)
        for item in snapshot.unscheduled if snapshot is not None else ():
            length = (item.ends_at - item.starts_at).total_seconds() / 60
            text = f"{item.title}\n{labels.item_kind(item.kind)} · {minutes(length)}"
            entry = QListWidgetItem(text, self.list)
            entry.setData(_ID_ROLE, item.id)
            entry.setToolTip(self.tr("Drag onto the timeline to schedule it"))
            if kept is not None and item.id == kept.id:
                self.list.setCurrentItem(entry)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected_item() is not None
        self.schedule_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected_item(self) -> ScheduleItem | None:
        entry = self.list.currentItem()
        if entry is None or not entry.isSelected():
            return None
        return self.session.unscheduled_by_id.get(int(entry.data(_ID_ROLE)))

    def select(self, item_id: int) -> bool:
        """Select the entry of ``item_id`` (False: not on the list)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == item_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def schedule_selected(self) -> FormDialog | None:
        """Ask for a day and a time for the selected entry, then schedule it there."""
        item = self.selected_item()
        if item is None:
            return None
        self.dialog = self.editor.ask_schedule(item, self)
        return self.dialog

    def delete_selected(self) -> bool:
        item = self.selected_item()
        return item is not None and self.editor.delete_items([item])
