"""The Problems table: what the live checker finds, most urgent first."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QObject, Signal

from tourplanner.core.problems import Problem, Severity
from tourplanner.qt import labels
from tourplanner.qt.models.base import RecordTableModel
from tourplanner.qt.style import severity_icon


class ProblemTableModel(RecordTableModel[Problem]):
    """One row per problem: severity (with its icon), kind of problem, message."""

    SEVERITY = 0
    CODE = 1
    MESSAGE = 2
    COLUMN_COUNT = 3

    #: errors, warnings, after every change of the list
    counts_changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors = 0
        self.warnings = 0

    def set_problems(self, problems: list[Problem]) -> None:
        """Show ``problems`` (in the checker's order: by time, then code)."""
        if problems == self.records():
            return
        self.set_records(problems)
        self.errors = sum(1 for p in problems if p.is_error)
        self.warnings = len(problems) - self.errors
        self.counts_changed.emit(self.errors, self.warnings)

    def per_item(self) -> Counter[int]:
        """How many problems concern each item."""
        counts: Counter[int] = Counter()
        for problem in self.records():
            counts.update(problem.item_ids)
        return counts

    def record_id(self, record: Problem) -> Any:
        return record  # problems are immutable values: a problem is its own identity

    def headers(self) -> list[str]:
        return [self.tr("Severity"), self.tr("Problem"), self.tr("What is wrong")]

    def display(self, problem: Problem, column: int) -> str:
        if column == self.SEVERITY:
            return labels.severity(problem.severity)
        if column == self.CODE:
            return labels.problem_code(problem.code)
        if column == self.MESSAGE:
            return problem.message
        return ""

    def search_text(self, problem: Problem) -> str:
        return f"{super().search_text(problem)} {problem.code.value}"

    def sort_key(self, problem: Problem, column: int) -> Any:
        if column == self.SEVERITY:
            return 0 if problem.severity is Severity.ERROR else 1
        return super().sort_key(problem, column)

    def decoration(self, problem: Problem, column: int) -> Any:
        if column == self.SEVERITY:
            return severity_icon(problem.severity)
        return None

    def tooltip(self, problem: Problem, column: int) -> str | None:
        if column == self.MESSAGE:
            return problem.message
        return None
