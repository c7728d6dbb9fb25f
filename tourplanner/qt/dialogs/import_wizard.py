"""The import wizard: people or sites from a spreadsheet, in five steps.

1. **File**: a .xlsx, .csv, .tsv or .txt file (and, for text, the encoding if the guess
   is wrong). A file that cannot be read says why in one line, under the field.
2. **Sheet** (workbooks with several sheets): which one holds the list.
3. **Columns**: what each column is imported as, guessed from its header in English or
   Chinese, or remembered from the last file with the same headers; a combo box per column
   changes it.
4. **Preview**: every row as the import would take it (new, update, unchanged, error),
   the bad cells red with the reason, counts at the top, a filter for the errors. Nothing
   is imported while any row has an error (all or nothing, as in the CLI), unless the
   organiser ticks "Import the valid rows and skip the N rows with errors" (the CLI's
   ``--skip-bad-rows``: the service leaves those rows out).
5. **Done**: what was imported, and the rows that were skipped (row number and reason),
   to copy or save as CSV, fix and import again. The import is one step on the undo stack.

Reading and previewing call the import services directly (a preview of thousands of
rows takes a moment, under a wait cursor); the import itself runs on the window's worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tourplanner.core.errors import TourplannerError
from tourplanner.core.header_mapping import column_letter
from tourplanner.core.row_import import (
    Action,
    ImportPlan,
    PlannedRow,
    RawSheet,
    count_by_action,
    rejected_rows,
)
from tourplanner.qt import settings as keys
from tourplanner.qt.models.import_preview import (
    ACTION_COLOURS,
    ColumnChoices,
    PreviewFilter,
    PreviewModel,
    action_title,
    field_title,
    fields_for,
    header_set_key,
    load_remembered,
    remember,
)
from tourplanner.qt.settings import Settings
from tourplanner.qt.style import ERROR_COLOUR
from tourplanner.qt.worker import JobRunner, one_line

FILE_PAGE, SHEET_PAGE, MAPPING_PAGE, PREVIEW_PAGE, DONE_PAGE = range(5)

_MAX_COLUMN = 280
_SAMPLE_ROWS = 60


def _unexpected(error: Exception) -> str:
    from tourplanner.crashlog import unexpected_message

    return unexpected_message(error)


def _message_label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        f"color: {ERROR_COLOUR}; background: #fef2f2; border: 1px solid #fecaca;"
        " border-radius: 4px; padding: 6px;"
    )
    label.hide()
    return label


def _note_label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setStyleSheet("color: #4b5563;")
    return label


def _chip(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    return label


def _colour_chip(label: QLabel, action: Action, count: int) -> None:
    """The count in the colour of its kind of row; a zero in grey."""
    fill, text = ACTION_COLOURS[action] if count else ("#f3f4f6", "#9ca3af")
    label.setStyleSheet(
        f"background: {fill}; color: {text}; border-radius: 11px; padding: 3px 12px;"
        " font-weight: 600;"
    )


class ImportWizard(QWizard):
    """Import people (``kind`` "people") or sites ("sites") into the open tour."""

    #: The import was written (its ImportOutcome).
    imported = Signal(object)

    def __init__(
        self,
        kind: str,
        session: Any,
        settings: Settings,
        runner: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in ("people", "sites"):
            raise ValueError(kind)
        self.kind = kind
        self.session = session
        self.settings = settings
        self.runner = runner
        self.path = ""
        self.sheets: list[RawSheet] = []
        self.sheet: RawSheet | None = None
        self.choices: ColumnChoices | None = None
        self.plan: ImportPlan | None = None
        self.outcome: Any = None
        self.running = False
        #: Import the rows without errors and leave the others out (the CLI's --skip-bad-rows).
        self.skip_bad_rows = False

        title = self.tr("Import people") if kind == "people" else self.tr("Import sites")
        self.setObjectName("importWizard")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setModal(True)
        self.resize(1000, 680)

        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(SHEET_PAGE, self.sheet_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(DONE_PAGE, self.done_page)
        self.setStartId(FILE_PAGE)
        for button, name in (
            (QWizard.WizardButton.BackButton, "backButton"),
            (QWizard.WizardButton.NextButton, "nextButton"),
            (QWizard.WizardButton.CommitButton, "importButton"),
            (QWizard.WizardButton.FinishButton, "finishButton"),
            (QWizard.WizardButton.CancelButton, "cancelButton"),
        ):
            widget = self.button(button)
            widget.setObjectName(name)
            widget.setAccessibleName(widget.text().replace("&", "").strip(" <>"))

    # -- what the kind changes -------------------------------------------------------------

    def noun(self) -> str:
        return self.tr("people") if self.kind == "people" else self.tr("sites")

    def _preview(self, sheet: RawSheet, overrides: dict[str, str]) -> ImportPlan:
        if self.kind == "people":
            from tourplanner.services.people_import import preview_people

            return preview_people(self.session.db, self.session.slug, sheet, overrides)
        from tourplanner.services.site_import import preview_sites

        return preview_sites(self.session.db, self.session.slug, sheet, overrides)

    # -- the steps (pages call these; so can tests) ----------------------------------------

    def load_file(self, path: str, encoding: str | None = None) -> str | None:
        """Read the file; the one-line reason when it cannot be used, else None."""
        from tourplanner.services.spreadsheets import read_sheets

        path = path.strip()
        name = Path(path).name or path
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = read_sheets(path, encoding=encoding)
        except TourplannerError as error:
            return one_line(error)
        except Exception as error:  # a reader bug: say one line, keep the details in the log
            return _unexpected(error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not sheets:
            return self.tr("%1: the workbook has no visible sheet").replace("%1", name)
        if not any(s.rows for s in sheets):
            return self.tr("%1: the file is empty").replace("%1", name)
        self.path = path
        self.sheets = sheets
        self.plan = None
        folder = str(Path(path).resolve().parent)
        self.settings.set(keys.IMPORT_FOLDER, folder)
        if len(sheets) == 1:
            return self.use_sheet(sheets[0])
        return None

    def suggested_sheet(self) -> int:
        """The sheet the import would take by itself: the first with a known header."""
        from tourplanner.services.sheet_import import pick_sheet

        try:
            chosen = pick_sheet(self.sheets, fields_for(self.kind), {})
        except TourplannerError:
            return 0
        return self.sheets.index(chosen)

    def use_sheet(self, sheet: RawSheet) -> str | None:
        """Take ``sheet`` and guess its columns (or use the remembered choices)."""
        if not sheet.rows:
            return self.tr("Sheet '%1' is empty").replace("%1", sheet.sheet or "")
        self.sheet = sheet
        self.choices = ColumnChoices(self.kind, sheet)
        saved = load_remembered(self.settings.get(keys.IMPORT_MAPPINGS))
        stored = saved.get(header_set_key(self.kind, self.choices.headers))
        if stored:
            self.choices.apply_remembered(stored)
        self.plan = None
        return None

    def refresh_preview(self) -> str | None:
        """Plan the import with the current columns; the reason if it cannot be planned."""
        assert self.sheet is not None and self.choices is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = self._preview(self.sheet, self.choices.overrides())
        except TourplannerError as error:
            self.plan = None
            return one_line(error)
        except Exception as error:
            self.plan = None
            return _unexpected(error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return None

    def reread(self) -> str | None:
        """Read the file again (fixed in Excel meanwhile) keeping the chosen columns where
        the headers are the same."""
        assert self.sheet is not None and self.choices is not None
        overrides = self.choices.overrides()
        headers = self.choices.headers
        wanted = self.sheet.sheet
        error = self.load_file(self.path, self.file_page.encoding_choice())
        if error is not None:
            return error
        sheet = next((s for s in self.sheets if s.sheet == wanted), self.sheets[0])
        error = self.use_sheet(sheet)
        if error is not None:
            return error
        assert self.choices is not None
        if overrides and self.choices.headers == headers:
            self.choices.apply_remembered(overrides)
        return self.refresh_preview()

    def can_import(self) -> bool:
        plan = self.plan
        return (
            plan is not None
            and (not plan.rejected or self.skip_bad_rows)
            and bool(plan.created or plan.updated)
            and not self.running
        )

    def start_import(self) -> bool:
        """Write the previewed plan on the worker; False if it could not start."""
        from tourplanner.services.import_changes import commit_import

        plan = self.plan
        if plan is None or not self.can_import():
            return False
        db, slug = self.session.db, self.session.slug
        skip = self.skip_bad_rows and bool(plan.rejected)

        def work(_context: Any) -> Any:
            return commit_import(db, slug, plan, skip_bad_rows=skip)

        title = self.tr("Importing %1").replace("%1", self.noun())
        if self.runner is None:
            try:
                result = work(None)
            except TourplannerError as error:
                self._import_failed(one_line(error))
                return False
            self._imported(result, advance=False)
            return True
        self._set_running(True)
        job = self.runner.run(title, work, on_result=self._imported, on_error=self._import_failed)
        if job is None:
            self._set_running(False)
            self.preview_page.show_error(
                self.tr("Another job is running; wait for it to finish, then import.")
            )
            return False
        return True

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.preview_page.set_running(running)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not running)

    def _imported(self, result: Any, advance: bool = True) -> None:
        from tourplanner.qt.undo import ImportCommand

        outcome, changes = result
        self._set_running(False)
        self.outcome = outcome
        if not changes.empty:
            if self.kind == "people":
                text = self.tr("Import people from %1")
            else:
                text = self.tr("Import sites from %1")
            self.session.push(
                ImportCommand(self.session, changes, text.replace("%1", self.source()))
            )
        if self.choices is not None:
            key = header_set_key(self.kind, self.choices.headers)
            stored = remember(
                self.settings.get(keys.IMPORT_MAPPINGS), key, self.choices.overrides()
            )
            self.settings.set(keys.IMPORT_MAPPINGS, stored)
        self.imported.emit(outcome)
        if advance:
            self.next()

    def _import_failed(self, message: str) -> None:
        self._set_running(False)
        # The tour may have changed under the preview: show the rows as they are now.
        again = self.refresh_preview() if self.sheet is not None else None
        self.preview_page.show_plan()
        self.preview_page.show_error(message if again is None else again)

    def source(self) -> str:
        """The file (and sheet) being imported, for messages."""
        name = Path(self.path).name
        if self.sheet is not None and self.sheet.sheet and len(self.sheets) > 1:
            return f"{name} ({self.sheet.sheet})"
        return name

    def describe_file(self) -> str:
        """'people.csv · UTF-8 · comma-separated · 12 rows'."""
        sheet = self.sheet
        if sheet is None:
            return ""
        parts = [self.source()]
        if sheet.encoding:
            names = {
                "utf-8": "UTF-8",
                "utf-8-sig": self.tr("UTF-8 with BOM"),
                "utf-16": "UTF-16",
                "utf-16-le": "UTF-16",
                "utf-16-be": "UTF-16",
                "gb18030": "GB18030",
                "cp1252": "Windows-1252",
            }
            parts.append(names.get(sheet.encoding.lower(), sheet.encoding))
        separators = {
            ",": self.tr("comma-separated"),
            ";": self.tr("semicolon-separated"),
            "\t": self.tr("tab-separated"),
            "|": self.tr("separated by |"),
        }
        if sheet.delimiter:
            parts.append(separators.get(sheet.delimiter, sheet.delimiter))
        if self.choices is not None:
            parts.append(
                self.tr("%1 rows below the header").replace("%1", str(self.choices.data_rows))
            )
        return " · ".join(parts)

    def old_value(self, planned: PlannedRow, field: str) -> Any:
        """A matched record's stored value of ``field`` (for the preview's tooltips)."""
        snap = self.session.snapshot
        if self.kind == "people":
            person = snap.participants_by_id.get(planned.target_id)
            if person is not None and field == "groups":
                return tuple(g.name for g in snap.groups if person.id in g.member_ids)
            return getattr(person, field, None)
        return getattr(snap.sites_by_id.get(planned.target_id), field, None)

    def reject(self) -> None:
        if self.running:
            return  # the import is being written; it ends by itself
        super().reject()


class FilePage(QWizardPage):
    """Step 1: the file, and its encoding if the guess is wrong."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "Excel workbooks (.xlsx) and text files (.csv, .tsv, .txt) saved by Excel, "
                "WPS or any other program; headers in English or Chinese."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("Choose a file, or paste its path"))
        self.path.setClearButtonEnabled(True)
        self.path.textChanged.connect(self._changed)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("importBrowseButton")
        self.browse.setAccessibleName(self.tr("Browse for the file"))
        self.browse.clicked.connect(self.choose_file)
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.encoding.setAccessibleName(self.tr("Text encoding"))
        for text, value in (
            (self.tr("Detect automatically"), None),
            (self.tr("UTF-8"), "utf-8-sig"),
            (self.tr('UTF-16 (Excel\'s "Unicode text")'), "utf-16"),
            (self.tr("GB18030 / GBK (Chinese Windows)"), "gb18030"),
            (self.tr("Windows-1252 (Western European Windows)"), "cp1252"),
        ):
            self.encoding.addItem(text, value)
        self.encoding.currentIndexChanged.connect(self._changed)
        self.error = _message_label("importFileError", self.tr("Why the file cannot be read"))

        file_label = QLabel(self.tr("&File:"))
        file_label.setObjectName("importPathLabel")
        file_label.setAccessibleName(self.tr("File"))
        file_label.setBuddy(self.path)
        encoding_label = QLabel(self.tr("&Encoding:"))
        encoding_label.setObjectName("importEncodingLabel")
        encoding_label.setAccessibleName(self.tr("Encoding"))
        encoding_label.setBuddy(self.encoding)
        hint = _note_label("importEncodingHint", self.tr("About encodings"))
        hint.setText(
            self.tr(
                "Only for text files, and only when names come out garbled: the encoding "
                "is recognised by itself for UTF-8, UTF-16, GB18030 and Windows-1252."
            )
        )
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(10)
        grid.addWidget(file_label, 0, 0)
        grid.addWidget(self.path, 0, 1)
        grid.addWidget(self.browse, 0, 2)
        grid.addWidget(encoding_label, 1, 0)
        grid.addWidget(self.encoding, 1, 1)
        grid.addWidget(hint, 2, 1, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def encoding_choice(self) -> str | None:
        value = self.encoding.currentData()
        return str(value) if value else None

    def choose_file(self) -> None:
        folder = self.w.settings.get(keys.IMPORT_FOLDER) or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a spreadsheet"),
            folder,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def _changed(self) -> None:
        self.error.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        error = self.w.load_file(self.path.text(), self.encoding_choice())
        if error is not None:
            self.error.setText(error)
            self.error.show()
            return False
        self.error.hide()
        return True

    def nextId(self) -> int:
        return SHEET_PAGE if len(self.w.sheets) > 1 else MAPPING_PAGE


class SheetPage(QWizardPage):
    """Step 2 (workbooks with several sheets): the sheet that holds the list."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importSheetPage")
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(self.tr("The workbook has several sheets; which one holds the list?"))
        self.sheets = QListWidget()
        self.sheets.setObjectName("importSheets")
        self.sheets.setAccessibleName(self.tr("Sheets of the workbook"))
        self.sheets.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        self.sheets.itemDoubleClicked.connect(lambda _item: self.w.next())
        self.sheets.setStyleSheet("QListWidget::item { padding: 7px 8px; }")
        self.error = _message_label("importSheetError", self.tr("Why the sheet cannot be used"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.sheets.clear()
        self.error.hide()
        fields = fields_for(self.w.kind)
        for sheet in self.w.sheets:
            rows = len(sheet.rows)
            if not rows:
                text = self.tr("%1 (empty)").replace("%1", sheet.sheet or "")
            else:
                choices = ColumnChoices(self.w.kind, sheet)
                known = [
                    field_title(self.w.kind, f)
                    for f in choices.auto
                    if f is not None and f in fields.by_name
                ]
                text = (
                    self.tr("%1 — %2 rows")
                    .replace("%1", sheet.sheet or "")
                    .replace("%2", str(rows))
                )
                if choices.recognised and known:
                    text += "  ·  " + ", ".join(known[:5]) + ("…" if len(known) > 5 else "")
                else:
                    text += "  ·  " + self.tr("no recognised headers")
            entry = QListWidgetItem(text, self.sheets)
            if not rows:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.sheets.setCurrentRow(self.w.suggested_sheet())

    def isComplete(self) -> bool:
        row = self.sheets.currentRow()
        return 0 <= row < len(self.w.sheets) and bool(self.w.sheets[row].rows)

    def validatePage(self) -> bool:
        error = self.w.use_sheet(self.w.sheets[self.sheets.currentRow()])
        if error is not None:
            self.error.setText(error)
            self.error.show()
            return False
        return True


class MappingPage(QWizardPage):
    """Step 3: what each column is imported as."""

    COLUMN, HEADER, EXAMPLES, FIELD = range(4)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Check what each column of the file is imported as; change any guess.")
        )
        self.file_info = _note_label("importFileInfo", self.tr("The file being imported"))
        self.header_note = QLabel()
        self.header_note.setObjectName("importHeaderNote")
        self.header_note.setAccessibleName(self.tr("Which row holds the headers"))
        self.header_note.setWordWrap(True)
        self.remembered = QLabel(
            self.tr("Columns as you matched them last time for a file with these headers.")
        )
        self.remembered.setObjectName("importRememberedNote")
        self.remembered.setAccessibleName(self.tr("Remembered columns"))
        self.remembered.setStyleSheet("color: #1e40af;")
        self.reset_button = QPushButton(self.tr("&Guess again"))
        self.reset_button.setObjectName("importResetMappingButton")
        self.reset_button.setAccessibleName(self.tr("Guess the columns again"))
        self.reset_button.setToolTip(self.tr("Forget the choices and take the headers' meaning"))
        self.reset_button.clicked.connect(self.reset)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("importMappingTable")
        self.table.setAccessibleName(self.tr("Columns of the file"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("First values"),
                self.tr("Imported as"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.EXAMPLES, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []

        self.status = QLabel()
        self.status.setObjectName("importMappingStatus")
        self.status.setAccessibleName(self.tr("Column summary"))
        self.status.setWordWrap(True)
        self.error = _message_label("importMappingError", self.tr("Why the file cannot be read"))

        remembered_row = QHBoxLayout()
        remembered_row.addWidget(self.remembered, 1)
        remembered_row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.file_info)
        layout.addWidget(self.header_note)
        layout.addLayout(remembered_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.error.hide()
        self.file_info.setText(self.w.describe_file())
        self._fill()

    def _fill(self) -> None:
        choices = self.w.choices
        assert choices is not None
        kind = self.w.kind
        if choices.recognised:
            note = self.tr("The headers are on row %1.").replace("%1", str(choices.header_row))
            self.header_note.setStyleSheet("")
        else:
            note = self.tr(
                "No row names a column Tourplanner knows, so row %1 is taken as the header: "
                "choose what each column holds."
            ).replace("%1", str(choices.header_row))
            self.header_note.setStyleSheet("color: #92400e;")
        self.header_note.setText(note)
        self.remembered.setVisible(choices.remembered)
        self.reset_button.setVisible(not choices.is_auto() and choices.recognised)
        fields = choices.fields.fields
        self.combos = []
        self.table.setRowCount(choices.count)
        row_height = self.fontMetrics().height() + 18
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        for column in range(choices.count):
            letter = QTableWidgetItem(column_letter(column))
            letter.setForeground(Qt.GlobalColor.darkGray)
            letter.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(column, self.COLUMN, letter)
            header = choices.headers[column]
            shown = " ".join(header.split()) or self.tr("(no header)")
            header_item = QTableWidgetItem(shown)
            header_item.setToolTip(header)
            self.table.setItem(column, self.HEADER, header_item)
            examples = choices.examples(column)
            example_item = QTableWidgetItem("  ·  ".join(examples))
            example_item.setToolTip("\n".join(examples))
            example_item.setForeground(Qt.GlobalColor.darkGray)
            self.table.setItem(column, self.EXAMPLES, example_item)
            combo = QComboBox()
            combo.setObjectName(f"importField{column}")
            combo.setAccessibleName(self.tr("Column %1 imported as").replace("%1", shown))
            combo.addItem(self.tr("— not imported —"), None)
            for f in fields:
                text = field_title(kind, f.name)
                if f.required:
                    text = self.tr("%1 (required)").replace("%1", text)
                combo.addItem(text, f.name)
            combo.setCurrentIndex(max(0, combo.findData(choices.field_of(column))))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._chosen(c))
            self.table.setCellWidget(column, self.FIELD, combo)
            self.combos.append(combo)
        self._fit()
        self._show_status()

    def _fit(self) -> None:
        metrics = self.table.fontMetrics()
        widths = {self.COLUMN: 64}
        header_width = max(
            [
                metrics.horizontalAdvance(self.table.item(r, self.HEADER).text())
                for r in range(self.table.rowCount())
            ]
            + [metrics.horizontalAdvance(self.tr("Header in the file"))]
        )
        widths[self.HEADER] = min(header_width + 28, _MAX_COLUMN)
        combo_width = max([c.sizeHint().width() for c in self.combos] + [180])
        widths[self.FIELD] = combo_width + 12
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        # The examples take what is left; the field column keeps its width at the right.
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(self.FIELD), 2)

    def _chosen(self, column: int) -> None:
        choices = self.w.choices
        assert choices is not None
        changed = choices.choose(column, self.combos[column].currentData())
        for other in changed:
            if other == column:
                continue
            combo = self.combos[other]
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(choices.field_of(other))))
            combo.blockSignals(False)
        choices.remembered = False
        self.remembered.hide()
        self.reset_button.setVisible(choices.recognised and not choices.is_auto())
        self.error.hide()
        self._show_status()
        self.completeChanged.emit()

    def choose(self, column: int, field: str | None) -> None:
        """Pick ``field`` for ``column`` in its combo box, as a user would."""
        combo = self.combos[column]
        index = combo.findData(field)
        assert index >= 0, field
        combo.setCurrentIndex(index)

    def reset(self) -> None:
        assert self.w.choices is not None
        self.w.choices.reset()
        self._fill()
        self.completeChanged.emit()

    def _show_status(self) -> None:
        choices = self.w.choices
        assert choices is not None
        missing = choices.missing_required()
        if missing:
            names = ", ".join(field_title(self.w.kind, m) for m in missing)
            self.status.setText(self.tr("Choose the column that holds: %1.").replace("%1", names))
            self.status.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: 600;")
            return
        self.status.setStyleSheet("color: #4b5563;")
        self.status.setText(
            self.tr("%1 of %2 columns are imported; the others are left out.")
            .replace("%1", str(choices.imported()))
            .replace("%2", str(choices.count))
        )

    def isComplete(self) -> bool:
        choices = self.w.choices
        return choices is not None and not choices.missing_required()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        error = self.w.refresh_preview()
        if error is not None:
            self.error.setText(error)
            self.error.show()
            return False
        return True


class PreviewPage(QWizardPage):
    """Step 4: every row as the import would take it; Import writes it all, or nothing,
    or (when the organiser ticks it) the rows without errors."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importPreviewPage")
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "What importing each row does. Nothing is imported while any row has an error, "
                "unless you choose to skip those rows."
            )
        )
        self.setCommitPage(True)
        self.file_info = _note_label("importPreviewFileInfo", self.tr("The file being imported"))
        self.counts = {
            Action.CREATE: _chip("importNewCount", self.tr("New rows")),
            Action.UPDATE: _chip("importUpdateCount", self.tr("Rows that update")),
            Action.UNCHANGED: _chip("importUnchangedCount", self.tr("Unchanged rows")),
            Action.REJECT: _chip("importErrorCount", self.tr("Rows with errors")),
        }
        self.errors_only = QCheckBox(self.tr("Show only rows with &errors"))
        self.errors_only.setObjectName("importErrorsOnly")
        self.errors_only.setAccessibleName(self.tr("Show only rows with errors"))
        self.errors_only.toggled.connect(self._filter)
        self.reread_button = QPushButton(self.tr("&Read the file again"))
        self.reread_button.setObjectName("importRereadButton")
        self.reread_button.setAccessibleName(self.tr("Read the file again"))
        self.reread_button.setToolTip(
            self.tr("After fixing the rows in Excel: read the file again with these columns")
        )
        self.reread_button.clicked.connect(self.reread)
        self.skip_bad = QCheckBox()
        self.skip_bad.setObjectName("importSkipBadRows")
        self.skip_bad.setAccessibleName(
            self.tr("Import the valid rows and skip the rows with errors")
        )
        self.skip_bad.setToolTip(
            self.tr(
                "The rows with errors are left out; the last page lists them so that you can "
                "fix them and import them again"
            )
        )
        self.skip_bad.toggled.connect(self._skip_toggled)
        self.skip_bad.hide()
        self._skipping: tuple[int, ...] = ()  # the bad rows the checkbox was ticked for
        self.note = QLabel()
        self.note.setObjectName("importPreviewNote")
        self.note.setAccessibleName(self.tr("What the import will do"))
        self.note.setWordWrap(True)

        self.model = PreviewModel(self)
        self.model.old_value = wizard.old_value
        self.proxy = PreviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("importPreviewTable")
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.error = _message_label("importPreviewError", self.tr("Why the import stopped"))
        self.row_detail = QLabel()
        self.row_detail.setObjectName("importRowDetail")
        self.row_detail.setAccessibleName(self.tr("The chosen row"))
        self.row_detail.setWordWrap(True)
        self.row_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row_detail.setStyleSheet(
            "background: #f9fafb; border: 1px solid #e5e7eb; border-radius: 4px; padding: 6px;"
        )
        self.row_detail.hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())

        counts_row = QHBoxLayout()
        counts_row.setSpacing(8)
        for chip in self.counts.values():
            counts_row.addWidget(chip)
        counts_row.addStretch(1)
        counts_row.addWidget(self.errors_only)
        counts_row.addSpacing(12)
        counts_row.addWidget(self.reread_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.file_info)
        layout.addLayout(counts_row)
        layout.addWidget(self.note)
        layout.addWidget(self.skip_bad, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.row_detail)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.error.hide()
        self.show_plan()

    def show_plan(self) -> None:
        plan = self.w.plan
        self.file_info.setText(self.w.describe_file())
        self.model.set_plan(plan)
        self._fit()
        found = count_by_action(plan.rows) if plan is not None else {}
        counts = {action: found.get(action, 0) for action in Action}
        texts = {
            Action.CREATE: self.tr("%1 new"),
            Action.UPDATE: self.tr("%1 to update"),
            Action.UNCHANGED: self.tr("%1 unchanged"),
            Action.REJECT: self.tr("%1 with errors"),
        }
        for action, chip in self.counts.items():
            chip.setText(texts[action].replace("%1", str(counts[action])))
            _colour_chip(chip, action, counts[action])
            chip.setVisible(counts[action] > 0 or action in (Action.CREATE, Action.REJECT))
        bad = counts[Action.REJECT]
        self.errors_only.setEnabled(bad > 0)
        if bad == 0 and self.errors_only.isChecked():
            self.errors_only.setChecked(False)
        self._show_skip(plan)
        new, changed = counts[Action.CREATE], counts[Action.UPDATE]
        if plan is None:
            self.note.setText("")
        elif bad and self.w.skip_bad_rows:
            if not (new or changed):
                self.note.setText(
                    self.tr("Every row without an error is in the tour already: nothing to import.")
                )
                self.note.setStyleSheet(f"color: {ERROR_COLOUR};")
            else:
                if new and changed:
                    text = self.tr(
                        "Importing adds %1 and updates %2, in one step: Undo takes it all back. "
                        "The %3 rows with errors are left out."
                    )
                elif new:
                    text = self.tr(
                        "Importing adds %1, in one step: Undo takes it all back. "
                        "The %3 rows with errors are left out."
                    )
                else:
                    text = self.tr(
                        "Importing updates %2, in one step: Undo takes it all back. "
                        "The %3 rows with errors are left out."
                    )
                self.note.setText(
                    text.replace("%1", str(new)).replace("%2", str(changed)).replace("%3", str(bad))
                )
                self.note.setStyleSheet("color: #92400e;")
        elif bad:
            self.note.setText(
                self.tr(
                    "Fix the red cells in the file and read it again, or change the columns "
                    "(Back): nothing is imported while any row has an error."
                )
            )
            self.note.setStyleSheet(f"color: {ERROR_COLOUR};")
        elif not (counts[Action.CREATE] or counts[Action.UPDATE]):
            self.note.setText(self.tr("Everything in the file is in the tour already."))
            self.note.setStyleSheet("color: #4b5563;")
        else:
            if new and changed:
                text = self.tr(
                    "Importing adds %1 and updates %2, in one step: Undo takes it all back."
                )
            elif new:
                text = self.tr("Importing adds %1, in one step: Undo takes it all back.")
            else:
                text = self.tr("Importing updates %2, in one step: Undo takes it all back.")
            self.note.setText(text.replace("%1", str(new)).replace("%2", str(changed)))

            self.note.setStyleSheet("color: #166534;")
        # Point at the first bad row, so its whole reason shows under the table.
        first_bad = next(
            (n for n, r in enumerate(self.model.rows) if r.action is Action.REJECT), None
        )
        if first_bad is not None:
            index = self.proxy.mapFromSource(self.model.index(first_bad, PreviewModel.DETAILS))
            # Current, not selected: the row keeps its colours.
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._show_row()
        self.completeChanged.emit()

    def _show_skip(self, plan: ImportPlan | None) -> None:
        """The "skip the rows with errors" choice, shown only when some row has one. It is
        cleared when the rows with errors are not the ones it was ticked for (the file was
        read again, or the tour changed)."""
        bad = tuple(r.row for r in plan.rejected) if plan is not None else ()
        if bad != self._skipping and self.skip_bad.isChecked():
            self.skip_bad.blockSignals(True)
            self.skip_bad.setChecked(False)
            self.skip_bad.blockSignals(False)
            self.w.skip_bad_rows = False
            self._skipping = ()
        if len(bad) == 1:
            text = self.tr("Import the valid rows and &skip the row with errors")
        else:
            text = self.tr("Import the valid rows and &skip the %1 rows with errors").replace(
                "%1", str(len(bad))
            )
        self.skip_bad.setText(text)
        self.skip_bad.setVisible(bool(bad))

    def _skip_toggled(self, on: bool) -> None:
        plan = self.w.plan
        self.w.skip_bad_rows = on
        self._skipping = tuple(r.row for r in plan.rejected) if on and plan is not None else ()
        if plan is not None:
            self.show_plan()
        else:
            self.completeChanged.emit()

    def _show_row(self) -> None:
        """The whole reason (or change) of the current row, which the table cuts short."""
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            self.row_detail.hide()
            return
        planned = self.model.row_at(index.row())
        text = (
            self.tr("Row %1 (%2): %3")
            .replace("%1", str(planned.row))
            .replace("%2", planned.label)
            .replace("%3", self.model.details(index.row()))
        )
        self.row_detail.setText(text)
        colour = ERROR_COLOUR if planned.action is Action.REJECT else "#374151"
        self.row_detail.setStyleSheet(
            f"color: {colour}; background: #f9fafb; border: 1px solid #e5e7eb;"
            " border-radius: 4px; padding: 6px;"
        )
        self.row_detail.show()

    def _fit(self) -> None:
        model = self.model
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header_metrics = self.table.horizontalHeader().fontMetrics()
        rows = min(model.rowCount(), _SAMPLE_ROWS)
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            best = header_metrics.horizontalAdvance(title) + 28
            metrics = bold if column == PreviewModel.RESULT else plain
            texts = [model.data(model.index(row, column)) or "" for row in range(rows)]
            if column == PreviewModel.RESULT:
                texts = [action_title(a) for a in Action]  # any of them may come later
            for text in texts:
                best = max(best, metrics.horizontalAdvance(str(text)) + 24)
            limit = 280 if column == PreviewModel.DETAILS else _MAX_COLUMN
            self.table.setColumnWidth(column, min(best, limit))

    def _filter(self, on: bool) -> None:
        self.proxy.set_errors_only(on)
        self._show_row()

    def reread(self) -> None:
        self.error.hide()
        error = self.w.reread()
        self.show_plan()
        if error is not None:
            self.show_error(error)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.reread_button.setEnabled(not running)
        self.skip_bad.setEnabled(not running)
        if running:
            self.error.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.can_import()

    def validatePage(self) -> bool:
        if self.w.outcome is not None:
            return True
        self.w.start_import()
        return self.w.outcome is not None


class DonePage(QWizardPage):
    """Step 5: what was imported, and the rows that were skipped."""

    ROW, NAME, REASON = range(3)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importDonePage")
        self.setTitle(self.tr("Imported"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setAccessibleName(self.tr("What was imported"))
        self.summary.setWordWrap(True)
        self.undo_hint = _note_label("importUndoHint", self.tr("How to take it back"))
        self.undo_hint.setText(
            self.tr("Edit ▸ Undo (Ctrl+Z) takes the whole import back in one step.")
        )
        self.skipped_note = QLabel()
        self.skipped_note.setObjectName("importSkippedNote")
        self.skipped_note.setAccessibleName(self.tr("The rows that were not imported"))
        self.skipped_note.setWordWrap(True)
        self.skipped_note.setStyleSheet("color: #92400e; font-weight: 600;")
        self.skipped = QTableWidget(0, 3)
        self.skipped.setObjectName("importSkippedRows")
        self.skipped.setAccessibleName(self.tr("Skipped rows"))
        self.skipped.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Reason")])
        self.skipped.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.skipped.setShowGrid(False)
        self.skipped.verticalHeader().setVisible(False)
        skipped_header = self.skipped.horizontalHeader()
        skipped_header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        skipped_header.setStretchLastSection(True)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("importCopySkipped")
        self.copy_button.setAccessibleName(self.tr("Copy the skipped rows"))
        self.copy_button.setToolTip(
            self.tr("Copy the row numbers and reasons, to paste into an email or a sheet")
        )
        self.copy_button.clicked.connect(self.copy_skipped)
        self.save_button = QPushButton(self.tr("&Save list…"))
        self.save_button.setObjectName("importSaveSkipped")
        self.save_button.setAccessibleName(self.tr("Save the skipped rows"))
        self.save_button.setToolTip(
            self.tr(
                "Save the skipped rows as CSV, with their cells and the reason: fix them there "
                "and import that file"
            )
        )
        self.save_button.clicked.connect(self.choose_save_path)
        self.save_note = _note_label("importSavedNote", self.tr("Where the list was saved"))
        self.save_error = _message_label("importSaveError", self.tr("Why the list was not saved"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_note, 1)
        self.skipped_box = QWidget()
        self.skipped_box.setObjectName("importSkippedBox")
        box = QVBoxLayout(self.skipped_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.skipped_note)
        box.addWidget(self.skipped, 1)
        box.addLayout(buttons)
        box.addWidget(self.save_error)
        self.skipped_box.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.undo_hint)
        layout.addSpacing(8)
        layout.addWidget(self.skipped_box, 1)
        layout.addStretch(0)

    def initializePage(self) -> None:
        outcome = self.w.outcome
        if outcome is None:
            return
        if outcome.rejected:
            text = self.tr("%1 from %2: %3 new, %4 updated, %5 unchanged, %6 skipped.")
        else:
            text = self.tr("%1 from %2: %3 new, %4 updated, %5 unchanged.")
        text = (
            text.replace("%1", self.tr("People") if self.w.kind == "people" else self.tr("Sites"))
            .replace("%2", self.w.source())
            .replace("%3", str(outcome.created))
            .replace("%4", str(outcome.updated))
            .replace("%5", str(outcome.unchanged))
            .replace("%6", str(outcome.rejected))
        )
        self.summary.setText(text)
        self._show_skipped(outcome.plan)

    def skipped_rows(self) -> list[tuple[str, str, str]]:
        """(row number, name, reason) of each row the import left out, as the service
        reported them (the same reasons as the CLI's file of rejected rows)."""
        outcome = self.w.outcome
        if outcome is None:
            return []
        _header, rows = rejected_rows(outcome.plan)
        names = {str(r.row): r.label for r in outcome.plan.rejected}
        return [(row[0], names.get(row[0], ""), row[1]) for row in rows]

    def _show_skipped(self, plan: ImportPlan) -> None:
        rows = self.skipped_rows()
        self.save_note.setText("")
        self.save_error.hide()
        self.skipped_box.setVisible(bool(rows))
        if not rows:
            self.skipped.setRowCount(0)
            return
        if len(rows) == 1:
            note = self.tr("1 row was skipped because of an error; it was not imported:")
        else:
            note = self.tr("%1 rows were skipped because of errors; they were not imported:")
        self.skipped_note.setText(note.replace("%1", str(len(rows))))
        self.skipped.setRowCount(len(rows))
        for n, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == self.ROW:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.skipped.setItem(n, column, item)
        self.skipped.resizeColumnToContents(self.ROW)
        self.skipped.setColumnWidth(
            self.NAME, min(self.skipped.sizeHintForColumn(self.NAME) + 24, _MAX_COLUMN)
        )

    def skipped_text(self) -> str:
        """The skipped rows as tab-separated lines, a header first (pastes into a sheet)."""
        lines = ["\t".join((self.tr("Row"), self.tr("Name"), self.tr("Reason")))]
        lines += ["\t".join(cells) for cells in self.skipped_rows()]
        return "\n".join(lines) + "\n"

    def copy_skipped(self) -> None:
        QGuiApplication.clipboard().setText(self.skipped_text())
        self.save_error.hide()
        self.save_note.setText(self.tr("Copied."))

    def suggested_path(self) -> str:
        from tourplanner.services.sheet_import import rejected_path_for

        return str(rejected_path_for(self.w.path)) if self.w.path else ""

    def choose_save_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the skipped rows"),
            self.suggested_path(),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.save_skipped(path)

    def save_skipped(self, path: str) -> bool:
        """Write the skipped rows (row, reason, then the cells as read) as CSV; the
        service writes it, as for the CLI's FILE.rejected.csv."""
        from tourplanner.services.sheet_import import write_rejected

        outcome = self.w.outcome
        if outcome is None or not outcome.plan.rejected:
            return False
        try:
            written = write_rejected(outcome.plan, path)
        except TourplannerError as error:
            message = one_line(error)
        except OSError as error:
            message = f"{Path(path).name}: {error.strerror or error}"
        else:
            self.save_error.hide()
            self.save_note.setText(self.tr("Saved to %1").replace("%1", str(written)))
            return True
        self.save_note.setText("")
        self.save_error.setText(message)
        self.save_error.show()
        return False
