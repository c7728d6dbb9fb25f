"""Busy times of one person or one site: outside commitments items must avoid.

The list is edited here (add, change, delete) and saved as a whole on OK, one undo step.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QWidget

from tourplanner.core.text_checks import check_line
from tourplanner.qt.dialogs.form import (
    FormDialog,
    check_value,
    date_time_edit,
    line_edit,
    secondary_button,
)
from tourplanner.qt.timefmt import clock, day_label, from_qdatetime, to_qdatetime
from tourplanner.services.participants import BusyTime


class BusyTimeDialog(FormDialog):
    """One busy time: from, until, what."""

    def __init__(self, busy: BusyTime, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("Busy time"))
        self.setObjectName("busyTimeDialog")
        self.zone = zone
        self.starts = date_time_edit(to_qdatetime(busy.starts_at, zone))
        self.ends = date_time_edit(to_qdatetime(busy.ends_at, zone))
        self.summary = line_edit(busy.summary, self.tr("e.g. Embassy reception"))
        self.add_field(self.tr("&From:"), self.starts, name="busyStarts")
        self.add_field(self.tr("&Until:"), self.ends, name="busyEnds", check=self._check_order)
        self.add_field(
            self.tr("&What:"),
            self.summary,
            name="busySummary",
            check=check_value(self.summary, check_line),
        )
        self.finish()
        self.resize(420, self.sizeHint().height())

    def _check_order(self) -> str | None:
        if self.ends.dateTime() <= self.starts.dateTime():
            return self.tr("The end must be after the start")
        return None

    def value(self) -> BusyTime:
        return BusyTime(
            from_qdatetime(self.starts.dateTime(), self.zone),
            from_qdatetime(self.ends.dateTime(), self.zone),
            self.summary.text().strip(),
        )


class BusyTimesDialog(FormDialog):
    """The busy times of ``owner_name``; ``values()`` is the list as edited."""

    def __init__(
        self,
        owner_name: str,
        busy: list[BusyTime],
        zone: ZoneInfo,
        first_day: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("Busy times of %1").replace("%1", owner_name))
        self.setObjectName("busyTimesDialog")
        self.zone = zone
        self.first_day = first_day
        self.busy = sorted(busy, key=lambda b: b.starts_at)
        self.before_busy = tuple(self.busy)
        #: The single busy time dialog opened last (tests fill it in).
        self.entry_dialog: BusyTimeDialog | None = None
        self.list = QListWidget()
        self.list.setMinimumHeight(160)
        self.add_button = secondary_button(self.tr("&Add…"), "busyAdd")
        self.edit_button = secondary_button(self.tr("&Change…"), "busyEdit")
        self.delete_button = secondary_button(self.tr("&Delete"), "busyDelete")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.change)
        self.delete_button.clicked.connect(self.delete)
        self.list.itemDoubleClicked.connect(lambda _entry: self.change())
        self.list.currentRowChanged.connect(self._enable)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self.add_field(
            self.tr("&Busy:"),
            self.list,
            name="busyList",
            hint=self.tr("Times when items must not need them"),
        )
        self.form.addRow("", buttons)
        self._fill()
        self.finish()
        self.resize(520, self.sizeHint().height())

    def _text(self, busy: BusyTime) -> str:
        start, end = busy.starts_at.astimezone(self.zone), busy.ends_at.astimezone(self.zone)
        until = clock(end)
        if end.date() != start.date():
            until = f"{day_label(end.date())} {until}"
        text = f"{day_label(start.date())} {clock(start)} – {until}"
        return f"{text}  {busy.summary}" if busy.summary else text

    def _fill(self, current: int = -1) -> None:
        self.list.clear()
        for busy in self.busy:
            self.list.addItem(self._text(busy))
        self.list.setCurrentRow(current)
        self._enable()
        self.validate()

    def _enable(self, *_args: object) -> None:
        chosen = self.list.currentRow() >= 0
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open_entry(self, busy: BusyTime, row: int | None) -> BusyTimeDialog:
        dialog = BusyTimeDialog(busy, self.zone, self)

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            if row is None:
                self.busy.append(dialog.value())
            else:
                self.busy[row] = dialog.value()
            self.busy.sort(key=lambda b: b.starts_at)
            self._fill(self.busy.index(dialog.value()))

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def add(self) -> BusyTimeDialog:
        """A new busy time of an hour, from where the last one ends (or the first day)."""
        start = self.busy[-1].ends_at if self.busy else self.first_day
        return self._open_entry(BusyTime(start, start + timedelta(hours=1)), None)

    def change(self) -> BusyTimeDialog | None:
        row = self.list.currentRow()
        if row < 0:
            return None
        return self._open_entry(self.busy[row], row)

    def delete(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.busy[row]
            self._fill(min(row, len(self.busy) - 1))

    def values(self) -> tuple[BusyTime, ...]:
        return tuple(self.busy)
