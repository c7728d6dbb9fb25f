"""A page of the workspace built around one searchable table: heading, actions, search box.

Sized for big tours: rows have a fixed height and columns are fitted to a sample of rows
once per load, so filtering a 5,000-row table never measures every cell again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tourplanner.qt.models.base import RecordFilterProxy, RecordTableModel

_CELL_PADDING = 16
_MAX_COLUMN_WIDTH = 360
_SAMPLE_ROWS = 60


def heading_label(text: str, name: str, scale: float = 1.35) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAccessibleName(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def make_table(name: str, accessible: str, model: Any, row_height: int) -> QTableView:
    """A read-only, row-selecting, sortable table with fixed-height rows."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setIconSize(QSize(22, 22))
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setObjectName(f"{name}Header")
    header.setAccessibleName(accessible)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(_SAMPLE_ROWS)
    return table


class TablePage(QWidget):
    """Heading, action buttons, search box and a table over a RecordTableModel."""

    #: A row was double-clicked or chosen with Enter (the record).
    activated = Signal(object)
    #: The selection changed.
    selection_changed = Signal()

    def __init__(
        self,
        model: RecordTableModel[Any],
        *,
        name: str,
        title: str,
        search_hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Page")
        self.setAccessibleName(title)
        self.model = model
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.heading = heading_label(title, f"{name}Heading")
        self.count = QLabel()
        self.count.setObjectName(f"{name}Count")
        self.count.setAccessibleName(self.tr("How many are shown"))
        self.count.setStyleSheet("color: palette(placeholder-text);")

        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setAccessibleName(self.tr("Search %1").replace("%1", title.lower()))
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        # Wider when there is room, up to the whole hint ("Search gifts, people, …" was cut);
        # 48: the frame, the text margins and the clear button.
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        hint_width = self.search.fontMetrics().horizontalAdvance(search_hint) + 48
        self.search.setMaximumWidth(max(260, hint_width))
        self.search.textChanged.connect(self._on_search)
        # Ctrl+F is the window's Find (tour_actions.focus_search): a second shortcut here
        # made the key ambiguous, and Qt ran neither.

        row_height = self.fontMetrics().height() + 14
        self.table = make_table(f"{name}Table", title, self.proxy, row_height)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._show_count)

        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.heading)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.search, 1)

        # Says what to press while the page has no records at all (set_empty_hint).
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName(f"{name}EmptyHint")
        self.empty_hint.setAccessibleName(self.tr("What to do first"))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: palette(placeholder-text); padding-bottom: 8px;")
        self.empty_hint.hide()

        self.body = QVBoxLayout()
        self.body.setSpacing(0)
        self.body.addWidget(self.empty_hint)
        self.body.addWidget(self.table, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(self.actions_row)
        layout.addLayout(self.body, 1)

    # -- building ------------------------------------------------------------------------

    def add_button(self, text: str, name: str, tip: str, *, needs: int = 0) -> QPushButton:
        """An action button (the workspace connects it); ``needs`` = 1: enabled with one
        row selected, 2: with any."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.setProperty("needs", needs)
        self.actions_row.addWidget(button)
        if needs:
            self.selection_changed.connect(lambda: self._enable(button))
            self._enable(button)
        return button

    def finish_actions(self) -> None:
        self.actions_row.addStretch(1)

    def set_empty_hint(self, text: str) -> None:
        """What to press first, shown above the table while the page has no records."""
        self.empty_hint.setText(text)
        self._show_count()

    def _enable(self, button: QPushButton) -> None:
        selected = len(self.selected_records())
        needs = button.property("needs")
        button.setEnabled(selected == 1 if needs == 1 else selected >= 1)

    # -- content -------------------------------------------------------------------------

    def fit_columns(self, widths: dict[int, int] | None = None) -> None:
        """Size columns to their header and a sample of rows, within limits.

        Measured here from the model's texts rather than by the view, which would ask a
        delegate for every cell of the sample through Python.
        """
        self._pending_widths = widths or {}
        if self.isVisible():
            self._fit_now()
        else:
            self._needs_fit = True  # done when the page is first shown
        self._show_count()

    def _fit_now(self) -> None:
        self._needs_fit = False
        widths = self._pending_widths
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        model = self.model
        sample = [model.record_at(row) for row in range(min(model.rowCount(), _SAMPLE_ROWS))]
        icon = self.table.iconSize().width() + 6
        for column in range(model.columnCount()):
            if column in widths:
                self.table.setColumnWidth(column, widths[column])
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            best = header_metrics.horizontalAdvance(title) + 24
            for record in sample:
                text = model.display(record, column)
                extra = icon if model.decoration(record, column) is not None else 0
                best = max(best, metrics.horizontalAdvance(text) + extra + _CELL_PADDING)
            self.table.setColumnWidth(column, min(best, _MAX_COLUMN_WIDTH))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if getattr(self, "_needs_fit", False):
            self._fit_now()

    def selected_records(self) -> list[Any]:
        """The records of the selected rows, in view order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [r for r in (self.proxy.record_at(row) for row in rows) if r is not None]

    def current_record(self) -> Any:
        index = self.table.currentIndex()
        return self.proxy.record_at(index.row()) if index.isValid() else None

    def select_ids(self, record_ids: list[Any]) -> bool:
        """Select the rows of these records (clearing the search if it hides them)."""
        rows = [self.proxy.proxy_row_of(i) for i in record_ids]
        if any(r < 0 for r in rows) and self.search.text():
            self.search.clear()
            rows = [self.proxy.proxy_row_of(i) for i in record_ids]
        rows = [r for r in rows if r >= 0]
        selection = self.table.selectionModel()
        selection.clearSelection()
        for i, row in enumerate(rows):
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if i == 0:
                selection.setCurrentIndex(self.proxy.index(row, 0), flags)
            else:
                selection.select(self.proxy.index(row, 0), flags)
        if rows:
            self.table.scrollTo(self.proxy.index(rows[0], 0))
        return bool(rows)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._show_count()

    def _show_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.empty_hint.setVisible(total == 0 and bool(self.empty_hint.text()))
        if shown == total:
            self.count.setText(str(total))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            )

    def _on_activated(self, index: QModelIndex) -> None:
        record = self.proxy.record_at(index.row())
        if record is not None:
            self.activated.emit(record)
