"""The import wizard's third step: what each column of the file is imported as."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from tourplanner.imports.header_mapping import column_letter
from tourplanner.qt.dialogs.import_widgets import _MAX_COLUMN, _message_label, _note_label
from tourplanner.qt.models.import_preview import field_title
from tourplanner.qt.style import ERROR_COLOUR

if TYPE_CHECKING:
    from tourplanner.qt.dialogs.import_wizard import ImportWizard


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
                # mypy: item() may be None in general; every row has its header cell.
                metrics.horizontalAdvance(self.table.item(r, self.HEADER).text())  # type: ignore[union-attr]
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
