"""Tour ▸ On the day: the tour's 24-hour line, the people on duty and a note per day."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.errors import ValidationError
from tourplanner.core.languages import split_languages
from tourplanner.core.model import DayNote, DutyContact, Tour
from tourplanner.qt.dialogs.form import FormDialog, line_edit, secondary_button
from tourplanner.services import tours

CONTACT_COLUMNS = 5  # name, local name, role, mobile, languages
NOTE_COLUMNS = 4  # date (fixed), weather, bring, dress


def _table(rows: int, headers: list[str]) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class OnTheDayDialog(FormDialog):
    """Edit the tour's hotline, on-duty contacts (in calling order) and day notes. Every
    value is checked by the service's own checks, so the dialog refuses what a tour file
    would, with the same words."""

    def __init__(self, tour: Tour, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("On the day"))
        self.setObjectName("onTheDayDialog")
        self.tour = tour
        self.hotline = line_edit(tour.hotline, "+86 139 0000 0000")

        self.contacts = _table(
            len(tour.duty_contacts),
            [
                self.tr("Name"),
                self.tr("Local name"),
                self.tr("Role"),
                self.tr("Mobile"),
                self.tr("Languages"),
            ],
        )
        for row, c in enumerate(tour.duty_contacts):
            for col, text in enumerate(
                (c.name, c.local_name, c.role, c.mobile, ", ".join(c.languages))
            ):
                self.contacts.setItem(row, col, QTableWidgetItem(text))
        add = secondary_button(self.tr("&Add person"), "addDutyContact")
        remove = secondary_button(self.tr("&Remove person"), "removeDutyContact")
        add.clicked.connect(self._add_contact)
        remove.clicked.connect(self._remove_contact)
        contacts_box = QWidget()
        box = QVBoxLayout(contacts_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.contacts)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box.addLayout(buttons)

        days = [
            tour.start_date + timedelta(days=n)
            for n in range((tour.end_date - tour.start_date).days + 1)
        ]
        notes = {n.day: n for n in tour.day_notes}
        self.days = days
        self.notes = _table(
            len(days), [self.tr("Day"), self.tr("Weather"), self.tr("Bring"), self.tr("Dress")]
        )
        for row, day in enumerate(days):
            head = QTableWidgetItem(day.isoformat())
            head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.notes.setItem(row, 0, head)
            note = notes.get(day, DayNote(day))
            for col, text in enumerate((note.weather, note.bring, note.dress), start=1):
                self.notes.setItem(row, col, QTableWidgetItem(text))

        self.add_field(
            self.tr("24-hour &line:"),
            self.hotline,
            name="tourHotline",
            check=self._check(lambda: tours.mobile(self.hotline.text(), "24-hour line")),
            hint=self.tr("A mobile number delegates can call day and night"),
        )
        self.add_field(
            self.tr("On &duty:"),
            contacts_box,
            name="tourDutyContacts",
            check=self._check(lambda: tours.duty_contacts(self.duty_contacts(), "person")),
            hint=self.tr("In the order delegates should call them; a mobile for each"),
        )
        self.add_field(
            self.tr("Day &notes:"),
            self.notes,
            name="tourDayNotes",
            check=self._check(lambda: tours.day_notes(self.day_notes(), "note")),
        )
        self.contacts.itemChanged.connect(self.validate)
        self.notes.itemChanged.connect(self.validate)
        self.finish()
        self.resize(760, 560)

    @staticmethod
    def _check(run: Any) -> Any:
        def check() -> str | None:
            try:
                run()
            except ValidationError as e:
                return str(e)
            return None

        return check

    def _add_contact(self) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        self.contacts.setCurrentCell(row, 0)
        self.validate()

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)
        self.validate()

    def duty_contacts(self) -> tuple[DutyContact, ...]:
        """The on-duty table as values (rows left wholly empty are ignored)."""
        out = []
        for row in range(self.contacts.rowCount()):
            name, local, role, mobile, languages = (
                _cell(self.contacts, row, col) for col in range(CONTACT_COLUMNS)
            )
            if any((name, local, role, mobile, languages)):
                out.append(
                    DutyContact(name, role, mobile, local, tuple(split_languages(languages)))
                )
        return tuple(out)

    def day_notes(self) -> tuple[DayNote, ...]:
        """A note for each day that has any text."""
        out = []
        for row, day in enumerate(self.days):
            weather, bring, dress = (_cell(self.notes, row, col) for col in range(1, NOTE_COLUMNS))
            if weather or bring or dress:
                out.append(DayNote(day, weather, bring, dress))
        return tuple(out)

    def values(self) -> dict[str, Any]:
        """The form as ``update_tour`` arguments."""
        return {
            "hotline": self.hotline.text().strip(),
            "duty_contacts": self.duty_contacts(),
            "day_notes": self.day_notes(),
        }

    def before(self) -> dict[str, Any]:
        """The tour's current values of the fields this form edits."""
        return {k: getattr(self.tour, k) for k in self.values()}
