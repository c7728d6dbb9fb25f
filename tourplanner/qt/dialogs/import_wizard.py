"""The import wizard: people or sites from a spreadsheet, in five steps.

1. **File**: a workbook (.xlsx, .xlsm, .xlsb, .xls, .ods) or a .csv, .tsv or .txt file
   (and, for text, the encoding if the guess is wrong). A file that cannot be read says why
   in one line, under the field.
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

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from tourplanner.core.errors import TourplannerError, first_line
from tourplanner.imports.row_import import ImportPlan, PlannedRow, RawSheet
from tourplanner.qt import settings as keys
from tourplanner.qt.dialogs.import_mapping_page import MappingPage
from tourplanner.qt.dialogs.import_result_pages import DonePage, PreviewPage
from tourplanner.qt.dialogs.import_source_pages import FilePage, SheetPage
from tourplanner.qt.dialogs.import_widgets import (
    DONE_PAGE,
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    SHEET_PAGE,
)
from tourplanner.qt.models.import_preview import (
    ColumnChoices,
    fields_for,
    header_set_key,
    load_remembered,
    remember,
)
from tourplanner.qt.settings import Settings
from tourplanner.qt.worker import JobRunner


def _unexpected(error: Exception) -> str:
    from tourplanner.crashlog import unexpected_message

    return unexpected_message(error)


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
            from tourplanner.services.sheet_import import preview_people

            return preview_people(self.session.db, self.session.slug, sheet, overrides)
        from tourplanner.services.sheet_import import preview_sites

        return preview_sites(self.session.db, self.session.slug, sheet, overrides)

    # -- the steps (pages call these; so can tests) ----------------------------------------

    def load_file(self, path: str, encoding: str | None = None) -> str | None:
        """Read the file; the one-line reason when it cannot be used, else None."""
        from tourplanner.imports.spreadsheets import read_sheets

        path = path.strip()
        name = Path(path).name or path
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = read_sheets(path, encoding=encoding)
        except TourplannerError as error:
            return first_line(error)
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
            return first_line(error)
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
                self._import_failed(first_line(error))
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
