"""The four tabs of the Outputs view. Each builds its request from its widgets and hands a
plain function to the page, which runs it on the worker; nothing here touches the
database except through services."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.model import TourSnapshot
from tourplanner.qt import settings as keys
from tourplanner.qt.settings import Settings
from tourplanner.qt.views.outputs_gate import allow_open_errors
from tourplanner.qt.worker import JobContext

if TYPE_CHECKING:
    from tourplanner.qt.views.outputs_page import OutputsPage

TOUR, PERSON, SITE, GROUP, EVERY_SITE = "tour", "person", "site", "group", "every-site"


def _named(widget: Any, name: str, accessible: str) -> Any:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _button(text: str, name: str) -> QPushButton:
    return _named(QPushButton(text), name, text.rstrip("…"))


def _tab_order(widget: QWidget, order: list[QWidget]) -> None:
    for first, second in pairwise(order):
        widget.setTabOrder(first, second)


def _result_label(name: str, accessible: str) -> QLabel:
    label = _named(QLabel(), name, accessible)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WhoPicker(QWidget):
    """Whose output: the whole tour, or one person, site or group (two combo boxes)."""

    def __init__(self, name: str, kinds: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(self.tr("Whose"))
        self.kind = _named(QComboBox(), f"{name}Kind", self.tr("Kind of selection"))
        for text, data in kinds:
            self.kind.addItem(text, data)
        self.who = _named(QComboBox(), f"{name}Who", self.tr("Person, site or group"))
        self.who.setMinimumWidth(260)
        self.snapshot: TourSnapshot | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.who)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._fill)
        self._fill()

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        self.snapshot = snapshot
        self._fill()

    def kind_value(self) -> str:
        return str(self.kind.currentData())

    def key(self) -> str | None:
        data = self.who.currentData()
        return str(data) if data else None

    def choose(self, kind: str, key: str | None = None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if key is not None:
            self.who.setCurrentIndex(max(0, self.who.findData(key)))

    def _fill(self) -> None:
        self.who.clear()
        snap = self.snapshot
        kind = self.kind_value()
        entries: list[tuple[str, str]] = []
        if snap is not None:
            if kind == PERSON:
                entries = [(p.full_name, p.key) for p in snap.participants]
            elif kind == SITE:
                entries = [(s.name, s.key) for s in snap.sites]
            elif kind == GROUP:
                entries = [(g.name, g.key) for g in snap.groups]
        for text, key in sorted(entries, key=lambda e: e[0].casefold()):
            self.who.addItem(text, key)
        self.who.setEnabled(bool(entries))


class Panel(QWidget):
    """What the four tabs share: the page, settings and the running state."""

    def __init__(self, page: OutputsPage) -> None:
        super().__init__()
        self.page = page
        self.action_buttons: list[QPushButton] = []

    def apply_settings(self, settings: Settings) -> None:
        """Take defaults from the settings."""

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        """The tour changed."""

    def set_running(self, running: bool) -> None:
        for button in self.action_buttons:
            button.setEnabled(not running)

    def folder(self) -> Path:
        return self.page.settings.output_folder()

    def reminder(self) -> Any:
        from tourplanner.services.calendars import IcsOptions

        return IcsOptions(reminder_minutes=self.page.settings.get(keys.REMINDER_MINUTES) or None)


# -- calendars ----------------------------------------------------------------------------


class CalendarsPanel(Panel):
    """One .ics file (the tour, a person, a site or a group), or every person's."""

    def __init__(self, page: OutputsPage) -> None:
        super().__init__(page)
        self.setObjectName("calendarsPanel")
        self.setAccessibleName(self.tr("Calendars"))
        about = QLabel(self.tr("An .ics calendar per delegate and per host site, with reminders."))
        _named(about, "calendarsAbout", self.tr("About calendars"))
        about.setWordWrap(True)
        self.who = WhoPicker(
            "calendarWho",
            [
                (self.tr("Whole tour"), TOUR),
                (self.tr("One person"), PERSON),
                (self.tr("One site"), SITE),
                (self.tr("One group"), GROUP),
            ],
        )
        self.export_button = _button(self.tr("Export .ics…"), "exportCalendarButton")
        self.people_button = _button(
            self.tr("Every person's calendar into a folder…"), "exportPeopleCalendarsButton"
        )
        self.result = _result_label("calendarsResult", self.tr("Calendar export result"))
        self.action_buttons = [self.export_button, self.people_button]
        form = QFormLayout()
        form.addRow(self.tr("Calendar of"), self.who)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.people_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.export_one)
        self.people_button.clicked.connect(self.export_people)
        self.setTabOrder(self.who.kind, self.who.who)
        self.setTabOrder(self.who.who, self.export_button)
        self.setTabOrder(self.export_button, self.people_button)

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        self.who.set_snapshot(snapshot)

    def selection(self) -> Any:
        from tourplanner.services.calendars import selection_from

        kind, key = self.who.kind_value(), self.who.key()
        if kind == TOUR or key is None:
            return selection_from()
        return selection_from(**{kind: key})

    def export_one(self) -> None:
        from tourplanner.services.calendars import export_calendar_file, safe_stem

        kind, key = self.who.kind_value(), self.who.key()
        if kind != TOUR and key is None:
            self.page.show_error(self.tr("Nothing to export"), self.tr("Choose whose calendar."))
            return
        stem = safe_stem(self.who.who.currentText(), key or "") if key else self.page.slug
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the calendar"),
            str(self.folder() / f"{stem}.ics"),
            self.tr("Calendars (*.ics)"),
        )
        if not path:
            return
        selection, options = self.selection(), self.reminder()
        db, slug = self.page.db, self.page.slug

        def work(ctx: JobContext) -> Path:
            ctx.report(0, 1, self.tr("Writing %1").replace("%1", Path(path).name))
            return export_calendar_file(db, slug, path, selection, options)

        self.page.run(self.tr("Exporting the calendar"), work, self._one_done)

    def _one_done(self, path: Path) -> None:
        self.result.setText(self.tr("Wrote %1").replace("%1", str(path)))
        self.page.last_result = self.result.text()

    def export_people(self) -> None:
        from tourplanner.services.calendars import export_people_calendars

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for everyone's calendars"), str(self.folder())
        )
        if not folder:
            return
        db, slug, options = self.page.db, self.page.slug, self.reminder()

        def work(ctx: JobContext) -> Any:
            ctx.report(0, 0, self.tr("Writing every person's calendar"))
            return export_people_calendars(db, slug, folder, options)

        self.page.run(self.tr("Exporting calendars"), work, self._people_done)

    def _people_done(self, export: Any) -> None:
        self.result.setText(
            self.tr("Wrote %1 calendars into %2")
            .replace("%1", str(len(export.files)))
            .replace("%2", str(export.folder))
        )
        self.page.last_result = self.result.text()


# -- briefings ----------------------------------------------------------------------------


class BriefingsPanel(Panel):
    """PDF briefings: a delegate's, a host's, the booklet or the run sheet; one or all."""

    def __init__(self, page: OutputsPage) -> None:
        super().__init__(page)
        self.setObjectName("briefingsPanel")
        self.setAccessibleName(self.tr("Briefings"))
        about = QLabel(
            self.tr(
                "A personal PDF briefing for each delegate, a host briefing per site, the "
                "booklet and the run sheet. Files that are already current are skipped."
            )
        )
        _named(about, "briefingsAbout", self.tr("About briefings"))
        about.setWordWrap(True)
        self.kind = _named(QComboBox(), "briefingKind", self.tr("Kind of briefing"))
        for text, data in (
            (self.tr("Delegate briefing"), "delegate"),
            (self.tr("Booklet"), "booklet"),
            (self.tr("Host briefing"), "host"),
            (self.tr("Run sheet"), "runsheet"),
        ):
            self.kind.addItem(text, data)
        self.target = _named(QComboBox(), "briefingTarget", self.tr("For whom"))
        self.target.setMinimumWidth(220)
        self.paper = _named(QComboBox(), "briefingPaper", self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.language = _named(QComboBox(), "briefingLanguage", self.tr("Briefing language"))
        for text, data in (
            (self.tr("English and Chinese"), "both"),
            (self.tr("English"), "en"),
            (self.tr("Chinese"), "zh"),
        ):
            self.language.addItem(text, data)
        self.output = _named(QLineEdit(), "briefingFolder", self.tr("Output folder"))
        self.browse = _button(self.tr("Browse…"), "briefingBrowseButton")
        self.make_button = _button(self.tr("Make PDF briefings"), "makeBriefingsButton")
        self.result = _result_label("briefingsResult", self.tr("Briefing result"))
        self.action_buttons = [self.make_button]
        self.snapshot: TourSnapshot | None = None
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.output, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("For"), self.target)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Folder"), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._fill_targets)
        self.browse.clicked.connect(self._browse)
        self.make_button.clicked.connect(self.make)
        order = [self.kind, self.target, self.paper, self.language, self.output, self.browse]
        _tab_order(self, [*order, self.make_button])
        self._fill_targets()

    def apply_settings(self, settings: Settings) -> None:
        paper = settings.get(keys.PAPER_SIZE).lower()
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        language = {"en": "en", "zh_CN": "zh"}.get(settings.get(keys.LANGUAGE), "both")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.output.setText(str(settings.output_folder() / "briefings"))

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        self.snapshot = snapshot
        self._fill_targets()

    def _fill_targets(self) -> None:
        kind = str(self.kind.currentData())
        previous = self.target.currentData()
        self.target.clear()
        snap = self.snapshot
        if kind == "delegate":
            self.target.addItem(self.tr("Every delegate"), None)
            people = sorted(snap.participants, key=lambda p: p.full_name.casefold()) if snap else []
            for p in people:
                self.target.addItem(p.full_name, p.key)
        elif kind == "host":
            self.target.addItem(self.tr("Every visited site"), None)
            sites = sorted(snap.sites, key=lambda s: s.name.casefold()) if snap else []
            for s in sites:
                self.target.addItem(s.name, s.key)
        else:
            self.target.addItem(self.tr("The whole tour"), None)
        self.target.setEnabled(kind in ("delegate", "host"))
        if previous is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(previous)))

    def choose_target(self, key: str) -> None:
        self.target.setCurrentIndex(max(0, self.target.findData(key)))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the briefings"), self.output.text()
        )
        if folder:
            self.output.setText(folder)

    def pdf_options(self) -> Any:
        """The paper and language chosen here (a ``services.briefings.PdfOptions``); the Email
        tab attaches its PDFs with these."""
        from tourplanner.services.briefings import PdfOptions

        return PdfOptions(
            paper=str(self.paper.currentData()), lang=str(self.language.currentData())
        )

    def make(self) -> None:
        from tourplanner.services.briefings import PdfRequest, export_pdfs

        text = self.output.text().strip()
        if not text:
            self.page.show_error(self.tr("No folder"), self.tr("Choose a folder for the PDFs."))
            return
        kind = str(self.kind.currentData())
        key = self.target.currentData()
        folder = Path(text)
        from tourplanner.qt.map_view import map_fetcher
        from tourplanner.services.maps import MapMaker

        request = PdfRequest(
            kind=kind,
            output=folder,
            person=key if kind == "delegate" else None,
            site=key if kind == "host" else None,
            options=self.pdf_options(),
            # Day maps from the tile source in Settings (the sketch when none can be had).
            maps=MapMaker(map_fetcher(self.page.settings)),
        )
        db, slug = self.page.db, self.page.slug

        def work(ctx: JobContext) -> Any:
            folder.mkdir(parents=True, exist_ok=True)

            def progress(done: int, total: int, path: Path) -> None:
                ctx.report(done, total, path.name)

            return export_pdfs(db, slug, request, progress=progress, cancel=ctx.event)

        self.page.run(
            self.tr("Making PDF briefings"),
            work,
            self._done,
            error_title=self.tr("Could not make the briefings"),
        )

    def _done(self, result: Any) -> None:
        self.result.setText(
            self.tr("Built %1, skipped %2 (already current).")
            .replace("%1", str(len(result.built)))
            .replace("%2", str(len(result.skipped)))
        )
        self.built = list(result.built) + list(result.skipped)
        self.page.last_result = self.result.text()


# -- CalDAV sync --------------------------------------------------------------------------


class SyncPanel(Panel):
    """Sync a CalDAV calendar; show the report and the hosts' edits to accept or reject."""

    def __init__(self, page: OutputsPage) -> None:
        super().__init__(page)
        self.setObjectName("syncPanel")
        self.setAccessibleName(self.tr("Calendar sync"))
        self.url = _named(QLineEdit(), "syncUrl", self.tr("CalDAV server address"))
        self.url.setPlaceholderText("https://calendar.example.org/dav/")
        self.user = _named(QLineEdit(), "syncUser", self.tr("CalDAV user name"))
        self.password = _named(QLineEdit(), "syncPassword", self.tr("CalDAV password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: use the system keyring"))
        self.password.setToolTip(
            self.tr("Used for this session only; never saved. Leave empty to use the keyring.")
        )
        self.who = WhoPicker(
            "syncWho",
            [
                (self.tr("Whole tour"), TOUR),
                (self.tr("Every site's calendar"), EVERY_SITE),
                (self.tr("One person"), PERSON),
                (self.tr("One site"), SITE),
                (self.tr("One group"), GROUP),
            ],
        )
        self.dry_run = _named(
            QCheckBox(self.tr("Dry run (change nothing)")), "syncDryRun", self.tr("Dry run")
        )
        self.sync_button = _button(self.tr("Sync now"), "syncCalendarsButton")
        self.result = _result_label("syncResult", self.tr("Sync report"))
        self.proposals = _named(QTableWidget(0, 4), "syncProposals", self.tr("Hosts' changes"))
        self.proposals.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Item"), self.tr("Ours"), self.tr("Theirs")]
        )
        self.proposals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposals.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.proposals.verticalHeader().hide()
        self.accept_button = _button(self.tr("Accept"), "acceptProposalButton")
        self.reject_button = _button(self.tr("Reject"), "rejectProposalButton")
        self.action_buttons = [self.sync_button, self.accept_button, self.reject_button]
        #: (proposal, the sync arguments that found it) per row of the table
        self.rows: list[tuple[Any, dict[str, Any]]] = []
        self.reports: list[Any] = []
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.url)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Calendar of"), self.who)
        form.addRow("", self.dry_run)
        decide = QHBoxLayout()
        decide.addWidget(self.accept_button)
        decide.addWidget(self.reject_button)
        decide.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addWidget(self.proposals, 1)
        layout.addLayout(decide)
        self.sync_button.clicked.connect(lambda: self.sync())
        self.accept_button.clicked.connect(lambda: self.decide(accept=True))
        self.reject_button.clicked.connect(lambda: self.decide(accept=False))
        order = [self.url, self.user, self.password, self.who.kind, self.who.who, self.dry_run]
        order += [self.sync_button, self.proposals, self.accept_button, self.reject_button]
        _tab_order(self, order)

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        self.who.set_snapshot(snapshot)

    def _account(self) -> Any:
        from tourplanner.services.sync import CalendarAccount, resolve_password

        url, user = self.url.text().strip(), self.user.text().strip()
        password = self.password.text()
        if not url:
            raise ValueError(self.tr("Give the CalDAV server's address."))

        def account() -> Any:  # the keyring is asked on the worker, not here
            return CalendarAccount(url, user, password or resolve_password(user, None))

        return account

    def sync(self, decisions: dict[str, Any] | None = None, selection: Any = None) -> None:
        from tourplanner.services.sync import sync_caldav, sync_site_calendars

        try:
            account = self._account()
        except ValueError as error:
            self.page.show_error(self.tr("Cannot sync"), str(error))
            return
        kind, key = self.who.kind_value(), self.who.key()
        if selection is None:
            if kind not in (TOUR, EVERY_SITE) and key is None:
                self.page.show_error(self.tr("Cannot sync"), self.tr("Choose whose calendar."))
                return
            selection = {} if kind in (TOUR, EVERY_SITE) else {kind: key}
        every_site = kind == EVERY_SITE and not decisions and not selection
        dry_run = self.dry_run.isChecked() and not decisions
        db, slug, options = self.page.db, self.page.slug, self.reminder()
        allow_errors = allow_open_errors(self, db, slug, self.tr("Sync anyway"))
        if allow_errors is None:
            return
        snap = self.who.snapshot
        used = {i.site_id for i in snap.items} if snap else set()
        # sync_site_calendars reports in this order: the sites that have items.
        site_keys = [s.key for s in snap.sites if s.id in used] if snap else []

        def work(ctx: JobContext) -> list[tuple[Any, dict[str, Any]]]:
            sent = [0]

            def observer(exchange: Any) -> None:
                sent[0] += 1
                ctx.report(sent[0], 0, f"{exchange.method} {exchange.status}")
                ctx.check()

            acct = account()
            if every_site:
                reports = sync_site_calendars(
                    db,
                    slug,
                    acct,
                    dry_run=dry_run,
                    options=options,
                    observer=observer,
                    allow_errors=allow_errors,
                )
                return [(r, {"site": k}) for k, r in zip(site_keys, reports, strict=False)]
            report = sync_caldav(
                db,
                slug,
                acct,
                dry_run=dry_run,
                options=options,
                observer=observer,
                allow_errors=allow_errors,
                **selection,
                **(decisions or {}),
            )
            return [(report, selection)]

        self.page.run(
            self.tr("Syncing calendars"),
            work,
            self._done,
            error_title=self.tr("Could not sync the calendar"),
        )

    def decide(self, accept: bool) -> None:
        rows = sorted({i.row() for i in self.proposals.selectionModel().selectedRows()})
        if not rows:
            return
        chosen = [self.rows[r] for r in rows]
        selections = {tuple(sorted(sel.items())) for _p, sel in chosen}
        if len(selections) != 1:
            self.page.show_error(
                self.tr("Cannot decide"), self.tr("Choose changes of one calendar at a time.")
            )
            return
        ids = [p.id for p, _sel in chosen]
        selection = dict(chosen[0][1])
        self.sync({"accept" if accept else "reject": ids}, selection)

    def _done(self, reports: list[tuple[Any, dict[str, Any]]]) -> None:
        from tourplanner.qt.timefmt import clock, day_label

        self.reports = [r for r, _ in reports]
        created = sum(r.created for r, _ in reports)
        updated = sum(r.updated for r, _ in reports)
        deleted = sum(r.deleted for r, _ in reports)
        unchanged = sum(r.unchanged for r, _ in reports)
        conflicts = sum(r.conflicts for r, _ in reports)
        written = all(r.written for r, _ in reports)
        text = (
            self.tr("Created %1, updated %2, deleted %3, unchanged %4; %5 conflicts.")
            .replace("%1", str(created))
            .replace("%2", str(updated))
            .replace("%3", str(deleted))
            .replace("%4", str(unchanged))
            .replace("%5", str(conflicts))
        )
        if not written:
            text += " " + self.tr("Dry run: nothing was changed.")
        self.result.setText(text)
        self.page.last_result = text
        self.rows = []
        for report, selection in reports:
            self.rows += [(p, selection) for p in report.proposals]
        self.proposals.setRowCount(len(self.rows))

        def span(start: Any, end: Any) -> str:
            return f"{day_label(start)} {clock(start)}–{clock(end)}" if start and end else "–"

        for row, (p, _sel) in enumerate(self.rows):
            cells = [
                p.kind.value,
                p.title,
                span(p.ours_start, p.ours_end),
                span(p.theirs_start, p.theirs_end),
            ]
            for column, value in enumerate(cells):
                self.proposals.setItem(row, column, QTableWidgetItem(value))
