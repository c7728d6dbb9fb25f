"""What the Programme's selection can do: move or delete several blocks at once, duplicate,
copy a day to another day, and the right-click menus of blocks, empty slots and agenda
rows. Every change goes through the Editor, so each is one step on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from tourplanner.core.model import ScheduleItem
from tourplanner.qt.timefmt import day_label

if TYPE_CHECKING:
    from tourplanner.qt.editor import Editor
    from tourplanner.qt.views.programme_page import ProgrammePage


def ask_day(parent: QWidget, source: date, days: list[date]) -> date | None:
    """Ask which day to copy ``source`` to (None: cancelled)."""
    choices = [d for d in days if d != source]
    if not choices:
        return None
    names = [day_label(d) for d in choices]
    title = parent.tr("Copy day")
    prompt = parent.tr("Copy every item of %1 to:").replace("%1", day_label(source))
    name, ok = QInputDialog.getItem(parent, title, prompt, names, 0, False)
    return choices[names.index(name)] if ok and name in names else None


class ProgrammeEditing(QObject):
    """Connects the Programme page's selection, keys and menus to the Editor."""

    def __init__(self, page: ProgrammePage, editor: Editor) -> None:
        super().__init__(page)
        self.page = page
        self.editor = editor
        #: Which day to copy a day to; tests replace it.
        self.choose_day: Callable[[date, list[date]], date | None] = lambda source, days: ask_day(
            page, source, days
        )
        #: The menu shown last (tests trigger its actions).
        self.menu: QMenu | None = None
        timeline = page.timeline
        timeline.moves_requested.connect(editor.move_items)
        timeline.schedule_requested.connect(self.schedule_dropped)
        timeline.delete_requested.connect(self.delete_ids)
        timeline.context_requested.connect(self._timeline_menu)

        self.duplicate_action = self._action(
            self.tr("D&uplicate"), "duplicateItemsAction", "Ctrl+D", self.duplicate_selected
        )
        table = page.agenda.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._agenda_menu)

    def _action(self, text: str, name: str, keys: str, slot: Callable[[], object]) -> QAction:
        """An entry of the right-click menus. The window's Edit menu has the same command
        with the same keys; here the keys are only shown (the action is in no widget but
        the open menu), so the two never compete for the shortcut."""
        action = QAction(text, self.page)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- what is selected ----------------------------------------------------------------

    def selected(self) -> list[ScheduleItem]:
        """The selected items: the agenda's rows when the Agenda tab is shown, else the
        timeline's blocks; in time order."""
        page = self.page
        if page.tabs.currentWidget() is page.agenda:
            found = list(page.agenda.selected_records())
        else:
            session = self.editor.session
            found = [i for i in (session.item(x) for x in page.timeline.selected_items_ids()) if i]
        return sorted(found, key=lambda i: (i.starts_at, i.ends_at, i.id))

    def _day(self) -> date | None:
        items = self.selected()
        if items:
            zone = self.page.timeline.zone
            return items[0].starts_at.astimezone(zone).date()
        return self.page.selected_day()

    # -- the edits -----------------------------------------------------------------------

    def delete_ids(self, item_ids: list[int]) -> bool:
        session = self.editor.session
        found = [i for i in (session.item(x) for x in item_ids) if i is not None]
        return self.editor.delete_items(found)

    def delete_selected(self) -> bool:
        return self.editor.delete_items(self.selected())

    def unschedule_selected(self) -> bool:
        """Move the selected items to the Unscheduled list (one undo step)."""
        return self.editor.unschedule_items(self.selected())

    def schedule_dropped(self, item_id: int, start: datetime) -> bool:
        """An entry of the Unscheduled list dropped on the timeline at ``start``."""
        item = self.editor.session.unscheduled_by_id.get(item_id)
        return item is not None and self.editor.schedule_item(item, start)

    def duplicate_selected(self) -> bool:
        if not self.page.isVisible():
            return False  # Edit ▸ Duplicate on another page
        return self.editor.duplicate_items(self.selected(), self.page.timeline.select_ids)

    def copy_day(self, source: date | None = None) -> bool:
        """Copy the day of the selection (or the Day picker's) to a day the user picks."""
        source = source or self._day()
        if source is None or not self.page.isVisible():
            return False
        days = [self.page.day_picker.itemData(i) for i in range(self.page.day_picker.count())]
        target = self.choose_day(source, [d for d in days if d is not None])
        if target is None:
            return False
        return self.editor.copy_day(source, target)

    # -- menus ---------------------------------------------------------------------------

    def _show(self, menu: QMenu, at: QPoint) -> None:
        self.menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(at)

    def _item_entries(self, menu: QMenu, count: int, day: date | None) -> None:
        if count == 1:
            menu.addAction(self.tr("&Open…"), self._open_current).setObjectName("openItemEntry")
        menu.addAction(self.duplicate_action)
        if day is not None:
            copy = menu.addAction(
                self.tr("Copy %1 to…").replace("%1", day_label(day)),
                lambda: self.copy_day(day),
            )
            copy.setObjectName("copyDayEntry")
        menu.addAction(self.tr("Mo&ve to Unscheduled"), self.unschedule_selected).setObjectName(
            "unscheduleEntry"
        )
        menu.addSeparator()
        delete = menu.addAction(
            self.tr("Delete %1 items").replace("%1", str(count))
            if count > 1
            else self.tr("&Delete"),
            self.delete_selected,
        )
        delete.setObjectName("deleteItemsEntry")
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))

    def _open_current(self) -> None:
        items = self.selected()
        if len(items) == 1:
            self.editor.edit_item(items[0])

    def _timeline_menu(self, at: QPoint, item_ids: list[int], day: date) -> None:
        menu = QMenu(self.page)
        menu.setObjectName("timelineMenu")
        if item_ids:
            self._item_entries(menu, len(item_ids), self._day())
        else:
            point = self.page.timeline.viewport().mapFromGlobal(at)
            start: datetime = self.page.timeline.time_at(point, 15)
            menu.addAction(
                self.tr("&New item here…"), lambda: self.editor.new_item(start)
            ).setObjectName("newItemEntry")
            menu.addAction(
                self.tr("Copy %1 to…").replace("%1", day_label(day)),
                lambda: self.copy_day(day),
            ).setObjectName("copyDayEntry")
        self._show(menu, at)

    def _agenda_menu(self, pos: QPoint) -> None:
        table = self.page.agenda.table
        items = self.page.agenda.selected_records()
        menu = QMenu(self.page)
        menu.setObjectName("agendaMenu")
        if items:
            self._item_entries(menu, len(items), self._day())
        else:
            menu.addAction(self.tr("&New item…"), lambda: self.editor.new_item()).setObjectName(
                "newItemEntry"
            )
        self._show(menu, table.viewport().mapToGlobal(pos))
