"""The live Problems list: as a page of the workspace and as a dock beside any page.

Both show the same ProblemTableModel, which the workspace refills from the live checker
after every edit. Double-clicking a problem asks the workspace to show what it concerns.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from tourplanner.core.problems import Problem
from tourplanner.qt import labels
from tourplanner.qt.models.base import RecordFilterProxy
from tourplanner.qt.models.problems import ProblemTableModel
from tourplanner.qt.views.table_page import TablePage, make_table


class ProblemsPage(TablePage):
    """Every problem of the tour with a search box."""

    def __init__(self, model: ProblemTableModel, parent: QWidget | None = None) -> None:
        super().__init__(
            model,
            name="problems",
            title=QCoreApplication.translate("ProblemsPage", "Problems"),
            search_hint=QCoreApplication.translate(
                "ProblemsPage", "Search problems, people, sites"
            ),
            parent=parent,
        )
        self.summary = QLabel()
        self.summary.setObjectName("problemsSummary")
        self.summary.setAccessibleName(self.tr("Problem count"))
        self.summary.setStyleSheet("color: #4b5563;")
        self.actions_row.addWidget(self.summary)
        self.finish_actions()
        self.show_button = self.add_button(
            self.tr("&Show what it concerns"),
            "showProblemButton",
            self.tr("Select the items, people or sites of the chosen problem"),
            needs=1,
        )
        self.show_button.clicked.connect(self._show_current)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProblemTableModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(ProblemTableModel.SEVERITY, 110)
        self.table.setColumnWidth(ProblemTableModel.CODE, 170)
        #: Rich text naming what a problem concerns (the workspace knows the tour).
        self.describe: Callable[[Problem], str] = lambda problem: problem.message
        self.details = QLabel()
        self.details.setObjectName("problemDetails")
        self.details.setAccessibleName(self.tr("What the problem concerns"))
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet(
            "QLabel#problemDetails { background: #f8fafc; border: 1px solid #e2e8f0;"
            " border-radius: 6px; padding: 10px; }"
        )
        self.details.setMinimumHeight(120)
        self.body.addSpacing(10)
        self.body.addWidget(self.details)
        self.selection_changed.connect(self._show_details)
        model.counts_changed.connect(self._counts)
        self._counts(model.errors, model.warnings)
        self._show_details()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        # Arriving here, the first problem is the one to read about.
        if not self.selected_records() and self.proxy.rowCount():
            self.table.selectRow(0)

    def _show_current(self) -> None:
        problem = self.current_record() or next(iter(self.selected_records()), None)
        if problem is not None:
            self.activated.emit(problem)

    def _show_details(self) -> None:
        chosen = self.selected_records()
        if not chosen:
            self.details.setText(
                '<span style="color:#6b7280">'
                + self.tr("Choose a problem to see the items, people and sites it concerns.")
                + "</span>"
            )
            return
        self.details.setText(self.describe(chosen[0]))

    def _counts(self, errors: int, warnings: int) -> None:
        self._show_details()
        if not errors and not warnings:
            self.summary.setText(self.tr("No problems found: every check passes."))
        else:
            self.summary.setText(
                self.tr("%1. Double-click a problem to see what it concerns.").replace(
                    "%1", labels.problem_counts(errors, warnings)
                )
            )


class ProblemsPanel(QWidget):
    """The compact list for the dock: severity icon, problem, message."""

    #: A problem was double-clicked or chosen with Enter.
    activated = Signal(object)

    def __init__(self, model: ProblemTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.setAccessibleName(self.tr("Problems panel"))
        self.model = model
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.summary = QLabel()
        self.summary.setObjectName("problemsPanelSummary")
        self.summary.setAccessibleName(self.tr("Problem count"))
        self.table = make_table(
            "problemsPanelTable", self.tr("Problems"), self.proxy, self.fontMetrics().height() + 10
        )
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProblemTableModel.SEVERITY, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ProblemTableModel.CODE, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(ProblemTableModel.SEVERITY, 90)
        self.table.setColumnWidth(ProblemTableModel.CODE, 150)
        self.table.activated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        model.counts_changed.connect(self._counts)
        self._counts(model.errors, model.warnings)

    def fitting_height(self, most_rows: int = 3) -> int:
        """The height that shows the count and the problems, up to ``most_rows`` of them
        (the table scrolls beyond): one problem takes one row, not a fixed block."""
        rows = min(max(1, self.proxy.rowCount()), most_rows)
        table = self.table
        layout = self.layout()
        assert layout is not None  # made in __init__
        margins = layout.contentsMargins()
        return (
            margins.top()
            + self.summary.sizeHint().height()
            + layout.spacing()
            + table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + margins.bottom()
        )

    def _counts(self, errors: int, warnings: int) -> None:
        colour = "#dc2626" if errors else ("#b45309" if warnings else "#15803d")
        self.summary.setText(
            f'<span style="color:{colour}; font-weight:600">'
            f"{labels.problem_counts(errors, warnings)}</span>"
        )
        self.summary.setTextFormat(Qt.TextFormat.RichText)

    def _on_activated(self, index: QModelIndex) -> None:
        problem = self.proxy.record_at(index.row())
        if problem is not None:
            self.activated.emit(problem)
