"""The import wizard's last steps: the preview of every row, then what was imported
and the rows that were skipped."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tourplanner.core.errors import TourplannerError, first_line
from tourplanner.imports.row_import import Action, ImportPlan, count_by_action, rejected_rows
from tourplanner.qt.dialogs.import_widgets import (
    _MAX_COLUMN,
    _chip,
    _colour_chip,
    _message_label,
    _note_label,
)
from tourplanner.qt.models.import_preview import PreviewFilter, PreviewModel, action_title
from tourplanner.qt.style import ERROR_COLOUR

if TYPE_CHECKING:
    from tourplanner.qt.dialogs.import_wizard import ImportWizard

_SAMPLE_ROWS = 60


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
            message = first_line(error)
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
