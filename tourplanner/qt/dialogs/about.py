"""Help ▸ About: the version, the licences of what ships with the app, the data folder."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tourplanner import version
from tourplanner.paths import user_data_dir


class AboutDialog(QDialog):
    """What this copy of Tourplanner is, under which licences, and where it keeps data."""

    def __init__(self, parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Tourplanner"))
        self.setAccessibleName(self.tr("About Tourplanner"))
        self.version = version()
        self.data_dir = data_dir or user_data_dir()
        self.text = QLabel(self._text())
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        # The data folder is a link the file manager opens; the text can be copied.
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _text(self) -> str:
        folder = html.escape(str(self.data_dir))
        link = QUrl.fromLocalFile(str(self.data_dir)).toString()
        return (
            self.tr("<h3>Tourplanner %1</h3>").replace("%1", html.escape(self.version))
            + self.tr(
                "<p>Plan delegation tours: sites, participants and a day-by-day "
                "programme; catch clashes before they happen; send briefings and "
                "calendars to delegates and hosts.</p>"
            )
            + self.tr("<p>Tourplanner is licensed under the Apache License 2.0.</p>")
            + self.tr(
                "<p>It ships the WenQuanYi Micro Hei font, redistributed under the Apache "
                "License 2.0, and uses Qt %1 through Qt for Python (PySide6), under the "
                "GNU LGPL version 3.</p>"
            ).replace("%1", html.escape(qVersion()))
            + self.tr('<p>Data folder: <a href="%1">%2</a></p>')
            .replace("%1", html.escape(link, quote=True))
            .replace("%2", folder)
        )
