"""The tables of a seated item (issue 19: "an item gets tables: count, round or long,
seats each"), edited from the seating view: how many, and each one's shape and seats.

Each row remembers the table it was, so that people follow their table when another
one is removed and the rest are numbered again. ``retabled`` makes the new plan:
everyone keeps their seat where it still exists; whoever's table or seat went is
unseated (``check`` then lists them as seat-unassigned). Counts are checked by
``core.seating.check_tables``, the check ``--tables`` uses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tourplanner.core import seating as s
from tourplanner.core import wording
from tourplanner.core.model import Participant
from tourplanner.qt.dialogs.form import FormDialog, find_data, secondary_button
from tourplanner.services.protocol import DEFAULT_SEATS

# The spin boxes let absurd values be typed so that the check can say what is allowed.
TYPED_MOST = 9999


@dataclass(frozen=True, slots=True)
class TableRow:
    """One table in the editor: ``origin`` is the number of the table it was (None for
    a table added in the editor), then its shape and seats."""

    origin: int | None
    shape: s.TableShape
    seats: int


def rows_of(plan: s.SeatingPlan) -> list[TableRow]:
    """The plan's tables as editor rows, each its own origin."""
    return [TableRow(t.spec.number, t.spec.shape, t.spec.seats) for t in plan.tables]


def retabled(plan: s.SeatingPlan, rows: Sequence[TableRow]) -> s.SeatingPlan:
    """``plan`` at the tables ``rows`` lists, numbered from 1 in that order: each keeps
    the people of the table it was, in their seats, except those beyond its new number
    of seats; a removed table's people, and those, are unseated."""
    before = {t.spec.number: t.seats for t in plan.tables}
    tables = []
    for number, row in enumerate(rows, start=1):
        kept = before.get(row.origin, ()) if row.origin is not None else ()
        seats = (*kept[: row.seats], *(None,) * max(0, row.seats - len(kept)))
        tables.append(s.SeatedTable(s.TableSpec(number, row.shape, row.seats), seats))
    return replace(plan, tables=tuple(tables))


def unseated(before: s.SeatingPlan, after: s.SeatingPlan) -> list[int]:
    """Who sits in ``before`` but not in ``after``, in ``before``'s seat order."""
    kept = set(s.seat_counts(after))
    return [p for t in before.tables for p in t.seats if p is not None and p not in kept]


class TablesDialog(FormDialog):
    """Set an item's tables: their number, and each one's shape and seats; Add and
    Remove change one table (Remove takes the selected one, else the last)."""

    def __init__(
        self,
        plan: s.SeatingPlan,
        item_title: str,
        people: Mapping[int, Participant],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("Tables of %1").replace("%1", item_title))
        self.setObjectName("tablesDialog")
        self.plan, self.people = plan, people
        self.seated = {t.spec.number: sum(p is not None for p in t.seats) for t in plan.tables}
        self.origins: list[int | None] = []

        self.count = QSpinBox()
        self.count.setRange(0, TYPED_MOST)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Table"), self.tr("Shape"), self.tr("Seats"), self.tr("Seated now")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button = secondary_button(self.tr("&Add table"), "addTable")
        self.remove_button = secondary_button(self.tr("&Remove table"), "removeTable")
        self.remove_button.setToolTip(self.tr("Remove the selected table (else the last)"))
        self.note = QLabel()
        self.note.setObjectName("tablesUnseated")
        self.note.setAccessibleName(self.tr("Who loses their seat"))
        self.note.setWordWrap(True)

        for row in rows_of(plan):
            self._append(row)
        self.count.setValue(len(self.origins))
        self.add_field(
            self.tr("&Number of tables:"),
            self.count,
            name="tableCount",
            check=self._check_count,
            hint=self.tr("Tables are added or removed at the end"),
        )
        self.add_field(
            self.tr("&Tables:"),
            self.table,
            name="tableRows",
            check=self._check_rows,
            hint=self.tr("Table 1 is the top table; seats are numbered clockwise from its host"),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form.addRow(buttons)
        self.form.addRow(self.note)

        self.count.valueChanged.connect(self._resize)
        self.add_button.clicked.connect(self.add_table)
        self.remove_button.clicked.connect(lambda: self.remove_table())  # not `checked`
        self.finish()
        self.resize(460, 420)

    # -- rows ------------------------------------------------------------------------------

    def _append(self, row: TableRow) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        self.origins.append(row.origin)
        shape = QComboBox()
        shape.addItem(self.tr("round"), s.TableShape.ROUND)
        shape.addItem(self.tr("long"), s.TableShape.LONG)
        shape.setCurrentIndex(max(find_data(shape, row.shape), 0))
        shape.setAccessibleName(self.tr("Shape of table %1").replace("%1", str(n + 1)))
        seats = QSpinBox()
        seats.setRange(0, TYPED_MOST)
        seats.setValue(row.seats)
        seats.setAccessibleName(self.tr("Seats at table %1").replace("%1", str(n + 1)))
        shape.currentIndexChanged.connect(self.validate)
        seats.valueChanged.connect(self.validate)
        shape.installEventFilter(self)
        seats.installEventFilter(self)
        self.table.setCellWidget(n, 1, shape)
        self.table.setCellWidget(n, 2, seats)
        now = self.seated.get(row.origin, 0) if row.origin is not None else 0
        self.table.setItem(n, 3, QTableWidgetItem(str(now)))
        self._number()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A table's shape or seats taking the focus selects its row: Remove table then
        removes the table being edited."""
        if event.type() == QEvent.Type.FocusIn:
            for n in range(self.table.rowCount()):
                if watched in (self.table.cellWidget(n, 1), self.table.cellWidget(n, 2)):
                    self.table.selectRow(n)
        return super().eventFilter(watched, event)

    def _number(self) -> None:
        """Number the rows 1, 2, … (the tables' new numbers)."""
        for n in range(self.table.rowCount()):
            self.table.setItem(n, 0, QTableWidgetItem(str(n + 1)))

    def rows(self) -> list[TableRow]:
        """The tables as the editor has them, in order."""
        out = []
        for n, origin in enumerate(self.origins):
            shape = self.table.cellWidget(n, 1)
            seats = self.table.cellWidget(n, 2)
            assert isinstance(shape, QComboBox) and isinstance(seats, QSpinBox)
            # The combo keeps the shape as its text (a StrEnum passes through Qt as str).
            out.append(TableRow(origin, s.TableShape(shape.currentData()), seats.value()))
        return out

    def add_table(self) -> None:
        """A table at the end, shaped and sized like the last one."""
        rows = self.rows()
        last = rows[-1] if rows else TableRow(None, s.TableShape.ROUND, DEFAULT_SEATS)
        self._append(TableRow(None, last.shape, last.seats))
        self._show_count()

    def remove_table(self, index: int | None = None) -> None:
        """Remove the table at ``index`` (default: the selected one, else the last)."""
        if not self.origins:
            return
        if index is None:
            selected = {i.row() for i in self.table.selectionModel().selectedIndexes()}
            index = min(selected) if selected else len(self.origins) - 1
        self.table.removeRow(index)
        del self.origins[index]
        self._number()
        self._show_count()

    def _show_count(self) -> None:
        self.count.blockSignals(True)
        self.count.setValue(len(self.origins))
        self.count.blockSignals(False)
        self.validate()

    def _resize(self, wanted: int) -> None:
        """The number of tables typed: add or remove tables at the end (a number the
        check refuses changes nothing until corrected)."""
        if 1 <= wanted <= s.MAX_TABLES:
            while len(self.origins) < wanted:
                self.add_table()
            while len(self.origins) > wanted:
                self.remove_table(len(self.origins) - 1)
        self.validate()

    # -- checking --------------------------------------------------------------------------

    def _check_count(self) -> str | None:
        try:
            s.check_tables(self.count.value(), 2)
        except ValueError as e:
            return self.tr("Tables: %1").replace("%1", str(e))
        return None

    def _check_rows(self) -> str | None:
        for n, row in enumerate(self.rows(), start=1):
            try:
                s.check_tables(1, row.seats)
            except ValueError as e:
                return self.tr("Table %1: %2").replace("%1", str(n)).replace("%2", str(e))
        return None

    def validate(self, *args: object) -> bool:
        """Check the form (FormDialog's checks) and say who would lose their seat."""
        ok = super().validate(*args)
        if not hasattr(self, "note"):  # FormDialog validates before the rows exist
            return ok
        lost = unseated(self.plan, retabled(self.plan, self.rows())) if ok else []
        names = [self.people[p].full_name for p in lost if p in self.people]
        self.note.setText(
            self.tr("Unseated by this change: %1").replace("%1", wording.names(names, limit=8))
            if names
            else ""
        )
        self.note.setVisible(bool(names))
        return ok

    def after(self) -> s.SeatingPlan:
        """The plan at the edited tables."""
        return retabled(self.plan, self.rows())


__all__ = ["TableRow", "TablesDialog", "retabled", "rows_of", "unseated"]
