"""The Publish tab of the Outputs view: every participant's and host site's private page,
written to a folder or a WebDAV server, with progress and Cancel, and the list of links.

Like the other tabs it builds a request from its widgets and hands a plain function to
the page's worker; the password typed here is used for this run only, never saved."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from tourplanner.core.model import TourSnapshot
from tourplanner.qt.views.outputs_gate import allow_open_errors
from tourplanner.qt.views.outputs_panels import (
    PERSON,
    SITE,
    TOUR,
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


class PublishPanel(Panel):
    """Target, public address, whose pages; Publish; the links of every page."""

    def __init__(self, page: OutputsPage) -> None:
        super().__init__(page)
        self.setObjectName("publishPanel")
        self.setAccessibleName(self.tr("Publish"))
        self.target = _named(QLineEdit(), "publishTarget", self.tr("Where to publish"))
        self.target.setPlaceholderText(self.tr("A folder, or https://user@dav.example.org/tour/"))
        self.browse_button = _button(self.tr("Folder…"), "publishBrowseButton")
        self.base_url = _named(QLineEdit(), "publishBaseUrl", self.tr("Public address"))
        self.base_url.setPlaceholderText(
            self.tr("https://tour.example.org/ (empty: the WebDAV address)")
        )
        self.password = _named(QLineEdit(), "publishPassword", self.tr("WebDAV password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: environment variable or system keyring"))
        self.who = WhoPicker(
            "publishWho",
            [
                (self.tr("Everyone"), TOUR),
                (self.tr("One person"), PERSON),
                (self.tr("One site"), SITE),
            ],
        )
        self.dry_run = _named(
            QCheckBox(self.tr("Dry run (write nothing)")), "publishDryRun", self.tr("Dry run")
        )
        self.publish_button = _button(self.tr("Publish"), "publishButton")
        self.result = _result_label("publishResult", self.tr("Publication report"))
        self.links = _named(QTableWidget(0, 3), "publishLinks", self.tr("Links"))
        self.links.setHorizontalHeaderLabels([self.tr("For"), self.tr("Name"), self.tr("Link")])
        self.links.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.links.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.links.verticalHeader().hide()
        self.action_buttons = [self.publish_button]
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Publish to"), target_row)
        form.addRow(self.tr("Public address"), self.base_url)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Pages of"), self.who)
        form.addRow("", self.dry_run)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addWidget(self.links, 1)
        self.browse_button.clicked.connect(self.browse)
        self.publish_button.clicked.connect(lambda: self.publish())
        order = [self.target, self.browse_button, self.base_url, self.password]
        order += [self.who.kind, self.who.who, self.dry_run, self.publish_button, self.links]
        _tab_order(self, order)

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        self.who.set_snapshot(snapshot)
        # What the tour remembers fills empty fields; what the user typed stays.
        if not self.target.text().strip():
            self.target.setText(snapshot.tour.publish_target)
        if not self.base_url.text().strip():
            self.base_url.setText(snapshot.tour.publish_base_url)
        if snapshot.tour.publish_base_url and self.links.rowCount() == 0:
            self.refresh_links()

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder to publish into"), self.target.text() or str(self.folder())
        )
        if folder:
            self.target.setText(folder)

    def publish(self) -> None:
        from tourplanner.services.publish import PublishRequest, publish

        target = self.target.text().strip()
        if not target:
            self.page.show_error(self.tr("Cannot publish"), self.tr("Choose where to publish."))
            return
        kind, key = self.who.kind_value(), self.who.key()
        if kind != TOUR and key is None:
            self.page.show_error(self.tr("Cannot publish"), self.tr("Choose whose page."))
            return
        # The same question as before sending or syncing: the errors listed, then ask.
        allow = allow_open_errors(self, self.page.db, self.page.slug, self.tr("Publish anyway"))
        if allow is None:
            return
        password = self.password.text()
        request = PublishRequest(
            self.page.slug,
            target=target,
            base_url=self.base_url.text().strip(),
            person=key if kind == PERSON else None,
            site=key if kind == SITE else None,
            allow_errors=allow,
            dry_run=self.dry_run.isChecked(),
            password=password or None,  # this run only; empty: variable or keyring
        )
        db = self.page.db

        def work(ctx: JobContext) -> Any:
            def progress(done: int, total: int, name: str) -> None:
                ctx.report(done, total, name)

            return publish(db, request, progress=progress, cancel=ctx.event)

        self.page.run(
            self.tr("Publishing the pages"),
            work,
            self._done,
            error_title=self.tr("Could not publish"),
        )

    def _done(self, result: Any) -> None:
        self.result.setText(result.summary())
        self.page.last_result = result.summary()
        if result.base_url and not self.base_url.text().strip():
            self.base_url.setText(result.base_url)
        self.refresh_links()

    def refresh_links(self) -> None:
        from tourplanner.core.errors import TourplannerError
        from tourplanner.services.publish import links

        try:
            found = links(self.page.db, self.page.slug)
        except TourplannerError:
            found = []  # no public address yet: nothing to list
        self.links.setRowCount(len(found))
        kinds = {"person": self.tr("Person"), "site": self.tr("Site")}
        for row, link in enumerate(found):
            for col, text in enumerate((kinds.get(link.kind, link.kind), link.name, link.url)):
                self.links.setItem(row, col, QTableWidgetItem(text))
