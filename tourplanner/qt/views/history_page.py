"""The History page: who changed what in the tour, and when, newest first; filtered by
person, by day and by item ("Moved 18:50 → 19:05 by Ben Ortiz, 3 min ago")."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tourplanner.qt.dialogs.form import find_data
from tourplanner.qt.timefmt import day_label
from tourplanner.qt.views.table_page import heading_label
from tourplanner.services.database import Database
from tourplanner.services.history import HistoryEntry, describe, list_history


class HistoryPage(QWidget):
    """The tour's change log as a table, with filters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.setAccessibleName(self.tr("History"))
        self.db: Database | None = None
        self.slug = ""
        self.zone = ZoneInfo("UTC")
        self.item_uid: str | None = None
        self.entries: list[HistoryEntry] = []
        self.heading = heading_label(self.tr("History"), "historyHeading")
        self.who = QComboBox()
        self.who.setObjectName("historyWho")
        self.who.setAccessibleName(self.tr("Changes by"))
        self.day = QComboBox()
        self.day.setObjectName("historyDay")
        self.day.setAccessibleName(self.tr("Changes made on"))
        self.item_filter = QPushButton()
        self.item_filter.setObjectName("historyItemFilter")
        self.item_filter.setAccessibleName(self.tr("Only one item: show all"))
        self.item_filter.setToolTip(self.tr("Show the changes of every record again"))
        self.item_filter.hide()
        self.item_filter.clicked.connect(lambda: self.show_item(None))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setObjectName("historyRefresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh the history"))
        self.refresh_button.clicked.connect(self.refresh)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What changed")]
        )
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setAccessibleName(self.tr("Search the changes"))
        self.search.setPlaceholderText(self.tr("Search changes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search.textChanged.connect(lambda _t: self._fill())
        self.count = QLabel()
        self.count.setObjectName("historyCount")
        self.count.setAccessibleName(self.tr("Number of changes shown"))
        self.count.setStyleSheet("color: #6b7280;")

        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addSpacing(16)
        for text, widget in ((self.tr("&By:"), self.who), (self.tr("O&n:"), self.day)):
            label = QLabel(text)
            label.setObjectName(f"{widget.objectName()}Label")
            label.setAccessibleName(text.replace("&", "").rstrip(":"))
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.item_filter)
        bar.addWidget(self.search)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.who.currentIndexChanged.connect(lambda _i: self._fill())
        self.day.currentIndexChanged.connect(lambda _i: self._fill())

    def set_tour(self, db: Database, slug: str, timezone: str) -> None:
        """Show the history of tour ``slug`` (read now, and on Refresh or when shown)."""
        self.db, self.slug, self.zone = db, slug, ZoneInfo(timezone)
        self.refresh()

    def show_item(self, uid: str | None, title: str = "") -> None:
        """Only the changes of one item (None: of everything)."""
        self.item_uid = uid
        self.item_filter.setVisible(uid is not None)
        self.item_filter.setText(self.tr("Only %1 ✕").replace("%1", title or uid or ""))
        self.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    def refresh(self) -> None:
        """Read the log again and refill the filters (keeping their choices)."""
        if self.db is None or not self.slug:
            return
        self.entries = list_history(self.db, self.slug, item_uid=self.item_uid)
        who, day = self.who.currentData(), self.day.currentData()
        for combo in (self.who, self.day):
            combo.blockSignals(True)
            combo.clear()
        self.who.addItem(self.tr("Anyone"), None)
        for name in sorted({e.who for e in self.entries}):
            self.who.addItem(name or self.tr("(unknown)"), name)
        self.day.addItem(self.tr("Any day"), None)
        days = sorted({e.at.astimezone(self.zone).date() for e in self.entries}, reverse=True)
        for d in days:
            self.day.addItem(day_label(d), d)
        self.who.setCurrentIndex(max(0, find_data(self.who, who)))
        self.day.setCurrentIndex(max(0, find_data(self.day, day)))
        for combo in (self.who, self.day):
            combo.blockSignals(False)
        self._fill()

    def shown(self) -> list[HistoryEntry]:
        """The entries the filters let through, newest first."""
        who, day = self.who.currentData(), self.day.currentData()
        return [
            e
            for e in self.entries
            if (who is None or e.who == who)
            and (not isinstance(day, date) or e.at.astimezone(self.zone).date() == day)
        ]

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box, its text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def _fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        now = datetime.now(UTC)
        # The search matches any column as shown, case-insensitively.
        needle = self.search.text().strip().casefold()
        for entry in self.shown():
            when = entry.at.astimezone(self.zone)
            cells = [
                f"{day_label(when.date())} {when:%H:%M}",
                entry.who,
                entry.action,
                describe(entry, self.zone, now),
            ]
            if needle and not any(needle in cell.casefold() for cell in cells):
                continue
            row = [QStandardItem(text) for text in cells]
            for item in row:
                item.setToolTip(item.text())
            row[0].setData(entry.at, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()
        # A long action ("Move site … on the map") must not push "What changed" off the
        # page: the first columns are capped, their text elided (the tooltip has it all).
        for column in range(3):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 300))
        self.count.setText(self.tr("%n change(s)", "", self.model.rowCount()))
