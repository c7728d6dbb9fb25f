"""Status-bar widgets: the running job with its Cancel button, and the problem count."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from tourplanner.qt import labels
from tourplanner.qt.style import ERROR_COLOUR
from tourplanner.qt.worker import Job, JobRunner


class JobStatus(QWidget):
    """Shows what the runner is doing, how far it got, and offers to cancel it."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobStatus")
        self.setAccessibleName(self.tr("Running job"))
        self.runner = runner
        self.label = QLabel()
        self.label.setObjectName("jobLabel")
        self.label.setAccessibleName(self.tr("Job"))
        self.bar = QProgressBar()
        self.bar.setObjectName("jobProgress")
        self.bar.setAccessibleName(self.tr("Job progress"))
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton()
        self.cancel.setObjectName("cancelJobButton")
        self.cancel.setAccessibleName(self.tr("Cancel the job"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        runner.started.connect(self._started)
        runner.ended.connect(self._ended)
        self.hide()

    def _started(self, job: Job) -> None:
        self.label.setText(job.title)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.cancel.setEnabled(True)
        job.progressed.connect(self._progress)
        self.show()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if text:
            self.bar.setToolTip(text)

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.runner.cancel()

    def _ended(self, _job: Job) -> None:
        self.hide()


class ProblemCount(QToolButton):
    """'1 error, 0 warnings', always current; a click shows the Problems view."""

    #: errors, warnings
    shown = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemCountLabel")
        self.setAccessibleName(self.tr("Problem count"))
        self.setToolTip(self.tr("Show the problems"))
        self.setAutoRaise(True)
        self.errors = 0
        self.warnings = 0

    def set_counts(self, errors: int, warnings: int) -> None:
        self.errors, self.warnings = errors, warnings
        text = labels.problem_counts(errors, warnings)
        self.setText(text)
        self.setAccessibleDescription(text)
        colour = ERROR_COLOUR if errors else ("#b45309" if warnings else "#15803d")
        self.setStyleSheet(f"QToolButton {{ color: {colour}; font-weight: 600; }}")
        self.shown.emit(errors, warnings)
