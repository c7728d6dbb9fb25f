"""The shared machinery of the workspace's table models: a list of frozen records, one row
each, sorted in Python and filtered by a search box.

Why not let QSortFilterProxyModel sort and filter by itself: it asks ``data()`` once per
cell and comparison, and each of those calls crosses from C++ into Python. On a 5,000-row
table that is hundreds of thousands of calls per keystroke. Here the source model keeps one
lower-cased search text per row and sorts its own list with key functions; the proxy only
asks, per row, whether that text holds the words typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

#: The value a column sorts by (numbers as numbers, text case-folded).
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The whole record of a row (any column).
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        SORT_ROLE,
        RECORD_ROLE,
    }
)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of frozen records; subclasses say what each column shows.

    Subclasses set ``COLUMN_COUNT`` and the column constants, and implement
    ``headers``, ``display`` and ``search_text``; ``sort_key``, ``tooltip``,
    ``decoration`` and ``alignment`` have plain defaults.
    """

    COLUMN_COUNT = 0
    #: Columns whose text is centred (short flags and counts).
    CENTRED: frozenset[int] = frozenset()
    #: Columns whose text is right-aligned (numbers).
    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._row_of: dict[Any, int] = {}
        self._search: list[str] | None = None
        self._headers_cache: list[str] | None = None
        #: Goes up whenever rows change, move or read differently (proxies cache by it).
        self.generation = 0

    # -- what subclasses say -------------------------------------------------------------

    def headers(self) -> list[str]:
        """The column titles, translated."""
        raise NotImplementedError

    def header_tips(self) -> list[str]:
        """A tooltip per column (empty by default)."""
        return [""] * self.COLUMN_COUNT

    def display(self, record: R, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError

    def search_text(self, record: R) -> str:
        """Everything a search may match in the row (lower-casing is done here)."""
        return " ".join(self.display(record, c) for c in range(self.COLUMN_COUNT))

    def sort_key(self, record: R, column: int) -> Any:
        """The value ``column`` sorts by; case-folded text unless a subclass knows better."""
        return self.display(record, column).casefold()

    def tooltip(self, record: R, column: int) -> str | None:
        return None

    def decoration(self, record: R, column: int) -> Any:
        return None

    def foreground(self, record: R, column: int) -> Any:
        return None

    def record_id(self, record: R) -> Any:
        """What identifies a record across updates (its ``id`` by default)."""
        return getattr(record, "id", id(record))

    # -- content -------------------------------------------------------------------------

    def set_records(self, records: Iterable[R]) -> None:
        """Replace every row; views and proxies start over."""
        self.beginResetModel()
        self._rows = list(records)
        self._reindex()
        self.endResetModel()

    def records(self) -> list[R]:
        """The rows in model order (a copy)."""
        return list(self._rows)

    def record_at(self, row: int) -> R | None:
        """The record in ``row`` of this model, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: Any) -> int:
        """The row of the record with ``record_id``, or -1."""
        return self._row_of.get(record_id, -1)

    def upsert(self, records: Iterable[R]) -> None:
        """Replace rows whose records have the same id; append the others."""
        added: list[R] = []
        for record in records:
            row = self.row_of(self.record_id(record))
            if row < 0:
                added.append(record)
                continue
            self._rows[row] = record
            if self._search is not None:
                self._search[row] = self.search_text(record).casefold()
            self.generation += 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1), [])
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self._reindex()
            self.endInsertRows()

    def remove_ids(self, record_ids: Iterable[Any]) -> None:
        """Drop the rows of these ids (unknown ids are ignored)."""
        rows = sorted({self.row_of(i) for i in record_ids} - {-1}, reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            if self._search is not None:
                del self._search[row]
            self.generation += 1
            self.endRemoveRows()
        if rows:
            self._reindex()

    def matches(self, row: int, words: Sequence[str]) -> bool:
        """Whether every one of ``words`` (lower-case) occurs in the row's search text."""
        text = self.search_texts()[row]
        return all(w in text for w in words)

    def search_texts(self) -> list[str]:
        """The lower-cased search text of every row, in row order (built once)."""
        if self._search is None:
            self._search = [self.search_text(r).casefold() for r in self._rows]
        return self._search

    def refresh_texts(self) -> None:
        """Say that every cell may read differently (names of sites, groups...)."""
        self._search = None
        self.generation += 1
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1), []
            )

    def _reindex(self) -> None:
        self._row_of = {self.record_id(r): i for i, r in enumerate(self._rows)}
        self._search = None
        self.generation += 1

    # -- sorting -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        texts = self._search
        keyed = [(self.sort_key(r, column), i) for i, r in enumerate(self._rows)]
        # Missing values (no capacity, no precedence) go last whichever way one sorts.
        present = [pair for pair in keyed if pair[0] is not None]
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        new_order = [i for _, i in present] + [i for k, i in keyed if k is None]
        self._rows = [before[i] for i in new_order]
        self._reindex()
        if texts is not None:
            self._search = [texts[i] for i in new_order]  # the texts move with their rows
        # Selections and current cells follow their records to the new rows.
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            if 0 <= index.row() < len(before):
                new_row = self._row_of[self.record_id(before[index.row()])]
                moved_from.append(index)
                moved_to.append(self.index(new_row, index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    # -- QAbstractItemModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return self.COLUMN_COUNT

    def retranslate(self) -> None:
        """Ask for the column titles again (the language changed)."""
        self._headers_cache = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._headers_cache is None:
                self._headers_cache = self.headers()
            return self._headers_cache[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips()[section] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per painted cell; most are never answered here.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        record = self._rows[row]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record, column)
        if role == SORT_ROLE:
            return self.sort_key(record, column)
        if role == RECORD_ROLE:
            return record
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _alignment(self, column: int) -> int:
        if column in self.CENTRED:
            return _CENTRE
        if column in self.NUMERIC:
            return _RIGHT
        return _LEFT


class RecordFilterProxy(QSortFilterProxyModel):
    """Filters a RecordTableModel by the words of a search box; sorting is the source's.

    ``set_row_filter`` adds a condition of the page's own (a group's members only, say).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._row_filter: Callable[[Any], bool] | None = None
        # Which source rows pass, worked out in one Python loop per change rather than
        # in one call from C++ per row; valid while the source's generation holds.
        self._accepted: list[bool] | None = None
        self._accepted_for = -1
        self._source_model: RecordTableModel[Any]
        # Rows come and go with edits; the filter must see them.
        self.setDynamicSortFilter(True)

    def source(self) -> RecordTableModel[Any]:
        return self._source_model

    def set_search_text(self, text: str) -> None:
        """Keep only rows containing every word of ``text`` (any case, any column)."""
        words = tuple(text.casefold().split())
        if words != self._words:
            self._words = words
            self._accepted = None
            # One layout change rather than a removal signal per run of hidden rows: on a
            # big table a search hides thousands of scattered rows at once.
            self.invalidate()

    def search_words(self) -> tuple[str, ...]:
        return self._words

    def set_row_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        """Also require ``predicate(record)``; None removes the condition."""
        self._row_filter = predicate
        self._accepted = None
        self.invalidate()

    def setSourceModel(self, model: Any) -> None:
        if not isinstance(model, RecordTableModel):
            raise TypeError("RecordFilterProxy filters a RecordTableModel")
        self._source_model = model
        self._accepted = None
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        # Called once per source row from C++: kept to a cache check and a list lookup.
        if self._accepted is None or self._accepted_for != self._source_model.generation:
            self._work_out()
        accepted = self._accepted
        assert accepted is not None
        return source_row < len(accepted) and accepted[source_row]

    def _work_out(self) -> list[bool]:
        model = self.source()
        words, keep = self._words, self._row_filter
        if words:
            texts = model.search_texts()
            accepted = [all(w in t for w in words) for t in texts]
        else:
            accepted = [True] * model.rowCount()
        if keep is not None:
            records = model.records()
            accepted = [a and keep(r) for a, r in zip(accepted, records, strict=True)]
        self._accepted = accepted
        self._accepted_for = model.generation
        return accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts its list in Python (fast key functions); this proxy keeps the
        # source's order, so it never calls back into Python per comparison.
        self.source().sort(column, order)

    def record_at(self, row: int) -> Any:
        """The record shown in ``row`` of this proxy, or None."""
        index = self.index(row, 0)
        if not index.isValid():
            return None
        return self.source().record_at(self.mapToSource(index).row())

    def proxy_row_of(self, record_id: Any) -> int:
        """The row of this proxy showing the record ``record_id``; -1 if hidden or absent."""
        source_row = self.source().row_of(record_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.source().index(source_row, 0)).row()
