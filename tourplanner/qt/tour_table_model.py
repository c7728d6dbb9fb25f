"""The list of tours as a Qt table model, plus the sort/filter proxy the views put on it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from tourplanner.core.model import TourSummary

AnyIndex = QModelIndex | QPersistentModelIndex

#: The role whose values the proxy sorts by: dates as ordinals, text case-folded.
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The role that returns the whole TourSummary of a row (any column).
TOUR_ROLE = Qt.ItemDataRole.UserRole + 1


class TourTableModel(QAbstractTableModel):
    """One row per tour: name, local name, first and last day, length and slug."""

    NAME = 0
    LOCAL_NAME = 1
    START = 2
    END = 3
    DAYS = 4
    SLUG = 5
    COLUMN_COUNT = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tours: list[TourSummary] = []

    # -- content -----------------------------------------------------------------------

    def set_tours(self, tours: list[TourSummary]) -> None:
        """Replace every row; views and proxies are told to start over."""
        self.beginResetModel()
        self._tours = list(tours)
        self.endResetModel()

    def tours(self) -> list[TourSummary]:
        """The rows in model order (a copy)."""
        return list(self._tours)

    def tour_at(self, row: int) -> TourSummary | None:
        """The tour in ``row`` of this model (not of a proxy), or None when out of range."""
        if 0 <= row < len(self._tours):
            return self._tours[row]
        return None

    def row_of(self, slug: str) -> int:
        """The row holding the tour with ``slug``, or -1."""
        for row, tour in enumerate(self._tours):
            if tour.slug == slug:
                return row
        return -1

    # -- QAbstractItemModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        # A table has no children: only the invisible root has rows.
        if parent is not None and parent.isValid():
            return 0
        return len(self._tours)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        tour = self.tour_at(index.row())
        if tour is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(tour, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(tour, column)
        if role == SORT_ROLE:
            return self._sort_key(tour, column)
        if role == TOUR_ROLE:
            return tour
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- helpers -------------------------------------------------------------------------

    def _alignment(self, column: int) -> int:
        # A short number sits centred under its header; text reads from the left.
        if column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Local name"),
            self.tr("Starts"),
            self.tr("Ends"),
            self.tr("Days"),
            self.tr("Slug"),
        ]

    def _header_tips(self) -> list[str]:
        return [
            self.tr("The tour's name"),
            self.tr("The name in the host country's language"),
            self.tr("The first day of the tour"),
            self.tr("The last day of the tour"),
            self.tr("How many days the tour lasts, first and last included"),
            self.tr("The tour's short name, used in file names and on the command line"),
        ]

    def _display(self, tour: TourSummary, column: int) -> str | None:
        if column == self.NAME:
            return tour.name
        if column == self.LOCAL_NAME:
            return tour.local_name
        # ISO dates: unambiguous for delegations from many countries, and they sort as text.
        if column == self.START:
            return tour.start_date.isoformat()
        if column == self.END:
            return tour.end_date.isoformat()
        if column == self.DAYS:
            return str(_days(tour))
        if column == self.SLUG:
            return tour.slug
        return None

    def _tooltip(self, tour: TourSummary, column: int) -> str | None:
        if column in (self.NAME, self.LOCAL_NAME):
            return "\n".join(n for n in (tour.name, tour.local_name) if n)
        if column == self.START:
            return _long_date(tour.start_date)
        if column == self.END:
            return _long_date(tour.end_date)
        if column == self.DAYS:
            # Spelling out the range avoids a plural form, which needs a translation file
            # even in English.
            return f"{_long_date(tour.start_date)} – {_long_date(tour.end_date)}"
        if column == self.SLUG:
            return tour.slug
        return None

    def _sort_key(self, tour: TourSummary, column: int) -> str | int | None:
        if column == self.NAME:
            return tour.name.casefold()
        if column == self.LOCAL_NAME:
            return tour.local_name.casefold()
        if column == self.START:
            return tour.start_date.toordinal()
        if column == self.END:
            return tour.end_date.toordinal()
        if column == self.DAYS:
            return _days(tour)
        if column == self.SLUG:
            return tour.slug
        return None


def _days(tour: TourSummary) -> int:
    return (tour.end_date - tour.start_date).days + 1


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class TourFilterProxyModel(QSortFilterProxyModel):
    """Sorts tours by their true values and keeps rows matching a text in any column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search_text(self, text: str) -> None:
        """Keep only rows with ``text`` somewhere in their displayed values."""
        self.setFilterFixedString(text.strip())

    def tour_at(self, row: int) -> TourSummary | None:
        """The tour shown in ``row`` of this proxy, or None."""
        index = self.index(row, 0)
        if not index.isValid():
            return None
        tour = index.data(TOUR_ROLE)
        return tour if isinstance(tour, TourSummary) else None
