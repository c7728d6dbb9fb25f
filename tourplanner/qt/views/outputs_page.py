"""Outputs: what the organiser sends. Calendars, PDF briefings, CalDAV sync and email,
each a tab; every long job runs on the window's JobRunner with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.model import TourSnapshot
from tourplanner.qt.settings import Settings
from tourplanner.qt.views.outputs_email import EmailPanel
from tourplanner.qt.views.outputs_panels import BriefingsPanel, CalendarsPanel, SyncPanel
from tourplanner.qt.views.publish_panel import PublishPanel
from tourplanner.qt.views.table_page import heading_label
from tourplanner.qt.worker import Job, JobContext, JobRunner


class OutputsPage(QWidget):
    """The four kinds of output, one tab each, over one progress bar with Cancel."""

    def __init__(self, session: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputsPage")
        self.setAccessibleName(self.tr("Outputs"))
        self.session = session
        self.runner: JobRunner | None = None
        self.settings = Settings()
        self.show_error: Callable[[str, str], None] = lambda _title, _message: None
        heading = heading_label(self.tr("Outputs"), "outputsHeading")
        self.search = QLineEdit()
        self.search.setObjectName("outputsSearch")
        self.search.setAccessibleName(self.tr("Find an output"))
        self.search.setPlaceholderText(self.tr("Find an output"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.search.textChanged.connect(self.find_output)
        intro = QLabel(
            self.tr(
                "Everything the tour sends out is made here from the programme as it stands: "
                "calendars, PDF briefings, the hosts' CalDAV calendars and the emails."
            )
        )
        intro.setObjectName("outputsIntro")
        intro.setAccessibleName(self.tr("About outputs"))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #4b5563;")

        self.calendars = CalendarsPanel(self)
        self.briefings = BriefingsPanel(self)
        self.sync = SyncPanel(self)
        self.email = EmailPanel(self, pdf_options=self.briefings.pdf_options)
        self.publish = PublishPanel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("outputsTabs")
        self.tabs.setAccessibleName(self.tr("Kinds of output"))
        self.tabs.addTab(self.calendars, self.tr("Calendars"))
        self.tabs.addTab(self.briefings, self.tr("Briefings"))
        self.tabs.addTab(self.sync, self.tr("Calendar sync"))
        self.tabs.addTab(self.email, self.tr("Email"))
        self.tabs.addTab(self.publish, self.tr("Publish"))
        self.panels = (self.calendars, self.briefings, self.sync, self.email, self.publish)

        self.job_label = QLabel()
        self.job_label.setObjectName("outputsJobLabel")
        self.job_label.setAccessibleName(self.tr("Output job"))
        self.progress = QProgressBar()
        self.progress.setObjectName("outputsProgress")
        self.progress.setAccessibleName(self.tr("Output progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("outputsCancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel the output job"))
        self.cancel_button.clicked.connect(self.cancel)
        job_row = QHBoxLayout()
        job_row.addWidget(self.job_label, 1)
        job_row.addWidget(self.progress, 1)
        job_row.addWidget(self.cancel_button)
        self.job_bar = QWidget()
        self.job_bar.setObjectName("outputsJobBar")
        self.job_bar.setAccessibleName(self.tr("Output job"))
        self.job_bar.setLayout(job_row)
        self.job_bar.hide()
        #: The last line an output job reported (also in the result labels).
        self.last_result = ""
        self.current: Job | None = None
        self._launching = False
        self._connected: JobRunner | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.job_bar)

    # -- search --------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the find box, its text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def find_output(self, text: str) -> bool:
        """Show the first tab whose title or controls mention ``text`` (any case); False
        when none does (the find box then turns red)."""
        needle = text.strip().casefold()
        found = not needle
        for index, panel in enumerate(self.panels):
            if not needle:
                break
            words = [self.tabs.tabText(index).replace("&", "")]
            for widget in panel.findChildren(QWidget):
                for name in ("text", "placeholderText", "title"):
                    value = getattr(widget, name, None)
                    if callable(value):
                        try:
                            value = value()
                        except TypeError:
                            continue
                    if isinstance(value, str):
                        words.append(value.replace("&", ""))
            if any(needle in word.casefold() for word in words):
                self.tabs.setCurrentIndex(index)
                found = True
                break
        self.search.setStyleSheet("" if found else "background: #fee2e2;")
        return found

    # -- set-up --------------------------------------------------------------------------

    def attach(
        self, runner: JobRunner, settings: Settings, show_error: Callable[[str, str], None]
    ) -> None:
        """Use the window's job runner, settings and error box."""
        self.runner = runner
        self.settings = settings
        self.show_error = show_error
        for panel in self.panels:
            panel.apply_settings(settings)

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        for panel in self.panels:
            panel.set_snapshot(snapshot)

    @property
    def db(self) -> Any:
        return self.session.db

    @property
    def slug(self) -> str:
        return str(self.session.slug)

    # -- jobs ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.current is not None

    def run(
        self,
        title: str,
        function: Callable[[JobContext], Any],
        on_result: Callable[[Any], None],
        *,
        error_title: str = "",
    ) -> Job | None:
        """Run ``function`` on the worker; its result goes to ``on_result`` on this thread."""
        if self.runner is None:
            self.runner = JobRunner(self)
        if self.runner.busy:
            self.show_error(title, self.tr("Another job is still running; wait or cancel it."))
            return None

        def failed(message: str) -> None:
            self.last_result = message
            self.show_error(error_title or title, message)

        def cancelled() -> None:
            self.last_result = self.tr("Cancelled.")
            self.job_label.setText(self.last_result)

        self._connect_runner(self.runner)
        self._launching = True
        try:
            job = self.runner.run(
                title, function, on_result=on_result, on_error=failed, on_cancel=cancelled
            )
        finally:
            self._launching = False
        return job

    def _connect_runner(self, runner: JobRunner) -> None:
        # Through the runner's own signals: they are emitted on this thread, before the job
        # starts and after it ended, so a job that ends at once is never missed.
        if self._connected is not runner:
            runner.started.connect(self._on_started)
            runner.ended.connect(self._on_ended)
            self._connected = runner

    def _on_started(self, job: Job) -> None:
        if not self._launching:
            return  # another view's job
        self.current = job
        self.job_label.setText(job.title)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        job.progressed.connect(self._on_progress)
        self.job_bar.show()
        for panel in self.panels:
            panel.set_running(True)

    def cancel(self) -> None:
        if self.current is not None:
            self.cancel_button.setEnabled(False)
            self.job_label.setText(self.tr("Cancelling…"))
            self.current.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if text:
            self.job_label.setText(text)

    def _on_ended(self, job: Job) -> None:
        if job is not self.current:
            return
        self.current = None
        self.job_bar.hide()
        for panel in self.panels:
            panel.set_running(False)
