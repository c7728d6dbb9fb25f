"""The page listing every tour in the database, with a search box."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.model import TourSummary
from tourplanner.qt.models.base import RecordFilterProxy
from tourplanner.qt.models.tours import TourTableModel

# Extra width per cell: with the grid hidden, columns need air between them.
_CELL_PADDING = 14
# A long local name would otherwise squeeze the name column to nothing.
_MAX_LOCAL_NAME_WIDTH = 320


class _PaddedDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + _CELL_PADDING, size.height())


class ToursPage(QWidget):
    """A searchable, sortable table of tours."""

    #: A tour was double-clicked or chosen with Enter.
    tour_activated = Signal(object)
    #: How many tours the search leaves shown, and how many there are.
    counts_changed = Signal(int, int)
    #: The user wants to create a tour / import a tour file.
    new_tour_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toursPage")
        self.setAccessibleName(self.tr("Tours"))

        self.model = TourTableModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.heading = QLabel(self.tr("Tours"))
        self.heading.setObjectName("toursHeading")
        self.heading.setAccessibleName(self.tr("Tours heading"))
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.search = QLineEdit()
        self.search.setObjectName("tourSearch")
        self.search.setAccessibleName(self.tr("Search tours"))
        self.search.setPlaceholderText(self.tr("Search by name, date or slug"))
        self.search.setToolTip(self.tr("Show only the tours whose columns contain this text"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(self._on_search_changed)

        self.table = QTableView()
        self.table.setObjectName("tourTable")
        self.table.setAccessibleName(self.tr("Tour list"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TourTableModel.START, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setItemDelegate(_PaddedDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setObjectName("tourTableHeader")
        header.setAccessibleName(self.tr("Tour list columns"))
        # The name takes whatever room the short columns leave, so nothing scrolls
        # sideways; stretching the last column (the slug) instead would waste that room.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TourTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TourTableModel.LOCAL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        #: The right-click menu shown last (tests trigger its entries).
        self.menu: QMenu | None = None

        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._emit_counts)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openTourButton")
        self.open_button.setAccessibleName(self.tr("Open the selected tour"))
        self.open_button.setToolTip(self.tr("Open the selected tour (or double-click it)"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open_selected)
        self.new_button = QPushButton(self.tr("&New tour…"))
        self.new_button.setObjectName("toursNewTourButton")
        self.new_button.setAccessibleName(self.tr("New tour"))
        self.new_button.clicked.connect(self.new_tour_requested)
        self.import_button = QPushButton(self.tr("&Import a tour file…"))
        self.import_button.setObjectName("toursImportButton")
        self.import_button.setAccessibleName(self.tr("Import a tour file"))
        self.import_button.clicked.connect(self.import_requested)
        self.table.selectionModel().selectionChanged.connect(self._enable_open)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.search)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._enable_open()

    # -- public --------------------------------------------------------------------------

    def set_tours(self, tours: list[TourSummary]) -> None:
        """Show ``tours``, keeping the search text, sort order and (if still there) the
        selected tour."""
        selected = self.selected_tour()
        self.model.set_records(tours)
        self._fit_columns()
        if selected is not None:
            self.select_tour(selected.slug)

    def select_tour(self, slug: str) -> bool:
        """Select and scroll to the tour with ``slug``; clears the search if it hides it.

        Returns False when no such tour is listed.
        """
        row = self.model.row_of(slug)
        if row < 0:
            return False
        source_index = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source_index)
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(source_index)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def name_of(self, slug: str) -> str:
        """The listed name of the tour ``slug`` (the slug itself when it is not listed)."""
        record = self.model.record_at(self.model.row_of(slug))
        return record.name if record is not None else slug

    def selected_tour(self) -> TourSummary | None:
        """The tour of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.record_at(rows[0].row()) if rows else None

    def shown_count(self) -> int:
        """How many tours the search leaves visible."""
        return self.proxy.rowCount()

    # -- internals -----------------------------------------------------------------------

    def _fit_columns(self) -> None:
        self.table.resizeColumnToContents(TourTableModel.LOCAL_NAME)
        width = self.table.columnWidth(TourTableModel.LOCAL_NAME)
        self.table.setColumnWidth(TourTableModel.LOCAL_NAME, min(width, _MAX_LOCAL_NAME_WIDTH))

    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        # Whether filtering announces itself by row or layout signals varies; say it once more.
        self._emit_counts()

    def _on_activated(self, index: QModelIndex) -> None:
        tour = self.proxy.record_at(index.row())
        if tour is not None:
            self.tour_activated.emit(tour)

    def _enable_open(self, *_args: object) -> None:
        self.open_button.setEnabled(self.selected_tour() is not None)

    def _open_selected(self) -> None:
        tour = self.selected_tour()
        if tour is not None:
            self.tour_activated.emit(tour)

    def _show_menu(self, pos: QPoint) -> None:
        """Right-click on a tour: open it; anywhere: a new tour or an import."""
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("toursMenu")
        if index.isValid():
            menu.addAction(self.tr("&Open"), self._open_selected).setObjectName("openTourEntry")
            menu.addSeparator()
        menu.addAction(self.tr("&New tour…"), self.new_tour_requested.emit).setObjectName(
            "newTourEntry"
        )
        menu.addAction(self.tr("&Import a tour file…"), self.import_requested.emit).setObjectName(
            "importTourEntry"
        )
        self.menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _emit_counts(self) -> None:
        self.counts_changed.emit(self.proxy.rowCount(), self.model.rowCount())
