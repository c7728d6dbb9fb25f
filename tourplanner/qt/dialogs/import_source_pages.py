"""The import wizard's first steps: the file (and its encoding), then the sheet of a
workbook with several."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from tourplanner.qt import settings as keys
from tourplanner.qt.dialogs.import_widgets import (
    MAPPING_PAGE,
    SHEET_PAGE,
    _message_label,
    _note_label,
)
from tourplanner.qt.models.import_preview import ColumnChoices, field_title, fields_for

if TYPE_CHECKING:
    from tourplanner.qt.dialogs.import_wizard import ImportWizard


class FilePage(QWizardPage):
    """Step 1: the file, and its encoding if the guess is wrong."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "Workbooks (.xlsx, .xlsb, .xls, .ods) and text files (.csv, .tsv, .txt) saved "
                "by Excel, LibreOffice, WPS or any other program; headers in English or "
                "Chinese."
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
            self.tr(
                "Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt);;All files (*)"
            ),
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
