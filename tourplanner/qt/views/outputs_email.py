"""The Outputs view's Email tab: send (or write as .eml files) the delegates' and hosts'
messages, and list what was sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from tourplanner.core.model import TourSnapshot
from tourplanner.qt.settings import Settings
from tourplanner.qt.views.outputs_gate import allow_open_errors
from tourplanner.qt.views.outputs_panels import (
    PERSON,
    Panel,
    WhoPicker,
    _button,
    _named,
    _result_label,
    _tab_order,
)
from tourplanner.qt.worker import JobContext

if TYPE_CHECKING:
    from tourplanner.qt.views.outputs_page import OutputsPage


class EmailPanel(Panel):
    """Send (or write as .eml files) the delegates' and hosts' messages; list dispatches."""

    def __init__(self, page: OutputsPage, pdf_options: Callable[[], Any]) -> None:
        """``pdf_options`` gives the paper and language of the attached PDFs (the Briefings
        tab's choice)."""
        super().__init__(page)
        self.pdf_options = pdf_options
        self.setObjectName("emailPanel")
        self.setAccessibleName(self.tr("Email"))
        self.audience = WhoPicker(
            "emailTo",
            [
                (self.tr("Every delegate"), "delegates"),
                (self.tr("Every host"), "hosts"),
                (self.tr("Everyone"), "all"),
                (self.tr("One person"), PERSON),
            ],
        )
        self.smtp = _named(QLineEdit(), "emailSmtp", self.tr("SMTP server address"))
        self.smtp.setPlaceholderText("smtp://user@mail.example.org:587?from=tours@example.org")
        self.password = _named(QLineEdit(), "emailPassword", self.tr("SMTP password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: use the system keyring"))
        self.dry_run = _named(
            QCheckBox(self.tr("Dry run: write the messages to a folder")),
            "emailDryRun",
            self.tr("Dry run"),
        )
        self.dry_run.setChecked(True)
        self.folder_edit = _named(QLineEdit(), "emailFolder", self.tr("Folder for the messages"))
        self.changed_only = _named(
            QCheckBox(self.tr("Only people whose briefing or calendar changed")),
            "emailChangedOnly",
            self.tr("Changed only"),
        )
        self.send_button = _button(self.tr("Send emails"), "sendEmailsButton")
        self.result = _result_label("emailResult", self.tr("Email result"))
        self.dispatches = _named(QTableWidget(0, 5), "dispatchTable", self.tr("Dispatches"))
        self.dispatches.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Kind"), self.tr("To"), self.tr("Status"), self.tr("Reason")]
        )
        self.dispatches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dispatches.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.dispatches.verticalHeader().hide()
        self.action_buttons = [self.send_button]
        form = QFormLayout()
        form.addRow(self.tr("To"), self.audience)
        form.addRow("", self.dry_run)
        form.addRow(self.tr("Folder"), self.folder_edit)
        form.addRow(self.tr("SMTP server"), self.smtp)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.changed_only)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addWidget(self.dispatches, 1)
        self.dry_run.toggled.connect(self._mode)
        self.send_button.clicked.connect(self.send)
        order = [self.audience.kind, self.audience.who, self.dry_run, self.folder_edit]
        order += [self.smtp, self.password, self.changed_only, self.send_button, self.dispatches]
        _tab_order(self, order)
        self._mode()

    def _mode(self) -> None:
        dry = self.dry_run.isChecked()
        self.folder_edit.setEnabled(dry)
        self.smtp.setEnabled(not dry)
        self.password.setEnabled(not dry)

    def apply_settings(self, settings: Settings) -> None:
        self.folder_edit.setText(str(settings.output_folder() / "mail"))

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        self.audience.set_snapshot(snapshot)
        self.refresh_dispatches()

    def refresh_dispatches(self) -> None:
        from tourplanner.core.errors import TourplannerError
        from tourplanner.services.dispatches import list_dispatches

        try:
            rows = list_dispatches(self.page.db, self.page.slug)
        except TourplannerError:
            rows = []
        rows = rows[::-1]  # newest first
        self.dispatches.setRowCount(len(rows))
        for row, d in enumerate(rows):
            to = f"{d.name} <{d.address}>" if d.address else d.name
            notes = [d.reason] if d.reason else []
            if d.open_errors == 1:  # sent although the tour had errors
                notes.append(self.tr("1 error was open"))
            elif d.open_errors:
                notes.append(self.tr("%1 errors were open").replace("%1", str(d.open_errors)))
            cells = [f"{d.sent_at:%Y-%m-%d %H:%M}", d.kind.value, to, d.result.value]
            cells.append("; ".join(notes))
            for column, value in enumerate(cells):
                self.dispatches.setItem(row, column, QTableWidgetItem(value))

    def send(self) -> None:
        from tourplanner.core.errors import TourplannerError
        from tourplanner.services.mailing import parse_smtp_url, send_mail

        kind, key = self.audience.kind_value(), self.audience.key()
        to = key if kind == PERSON else kind
        if not to:
            self.page.show_error(self.tr("Cannot send"), self.tr("Choose whom to write to."))
            return
        dry = self.dry_run.isChecked()
        folder = self.folder_edit.text().strip() if dry else None
        smtp = None
        if not dry:
            try:
                smtp = parse_smtp_url(self.smtp.text().strip())
            except TourplannerError as error:
                self.page.show_error(self.tr("Cannot send"), str(error).splitlines()[0])
                return
        if dry and not folder:
            self.page.show_error(self.tr("Cannot send"), self.tr("Choose a folder."))
            return
        password = self.password.text() or None
        changed_only = self.changed_only.isChecked()
        pdf = self.pdf_options()
        db, slug, ics = self.page.db, self.page.slug, self.reminder()
        allow_errors = allow_open_errors(self, db, slug, self.tr("Send anyway"))
        if allow_errors is None:
            return

        def work(ctx: JobContext) -> Any:
            def progress(done: int, total: int, result: Any) -> None:
                ctx.report(done, total, result.line())

            return send_mail(
                db,
                slug,
                to,
                smtp=smtp,
                password=password,
                dry_run=folder,
                changed_only=changed_only,
                pdf_options=pdf,
                ics_options=ics,
                progress=progress,
                cancel=ctx.event,
                allow_errors=allow_errors,
            )

        self.page.run(
            self.tr("Sending emails"), work, self._done, error_title=self.tr("Could not send")
        )

    def _done(self, report: Any) -> None:
        self.result.setText(report.summary())
        self.page.last_result = report.summary()
        self.refresh_dispatches()
