"""Outputs: what the organiser sends. A stub until the export services are wired in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tourplanner.qt.views.table_page import heading_label


class OutputsPage(QWidget):
    """Lists the outputs to come, each with its (disabled) button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputsPage")
        self.setAccessibleName(self.tr("Outputs"))
        heading = heading_label(self.tr("Outputs"), "outputsHeading")
        intro = QLabel(
            self.tr(
                "Everything the tour sends out is made here from the programme as it stands. "
                "These outputs arrive in the next versions; until then use the command line "
                "(tourplanner --help)."
            )
        )
        intro.setObjectName("outputsIntro")
        intro.setAccessibleName(self.tr("About outputs"))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #4b5563;")
        self.buttons: list[QPushButton] = []
        cards = [
            (
                self.tr("Calendars"),
                self.tr("An .ics calendar per delegate and per host site, with reminders."),
                self.tr("Export calendars…"),
                "exportCalendarsButton",
            ),
            (
                self.tr("Briefings"),
                self.tr("A personal PDF briefing for each delegate and a host briefing per site."),
                self.tr("Make PDF briefings…"),
                "makeBriefingsButton",
            ),
            (
                self.tr("Calendar sync"),
                self.tr("Keep each host's CalDAV calendar in step with the visits to their site."),
                self.tr("Sync calendars…"),
                "syncCalendarsButton",
            ),
            (
                self.tr("Email"),
                self.tr("Send every delegate their briefing and calendar in one go."),
                self.tr("Send emails…"),
                "sendEmailsButton",
            ),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        for index, (title, text, button_text, name) in enumerate(cards):
            grid.addWidget(self._card(title, text, button_text, name), index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _card(self, title: str, text: str, button_text: str, name: str) -> QFrame:
        card = QFrame()
        card.setObjectName(f"{name}Card")
        card.setAccessibleName(title)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setStyleSheet(
            f"QFrame#{name}Card {{ background: #f8fafc; border: 1px solid #e2e8f0;"
            " border-radius: 8px; }"
        )
        title_label = QLabel(title)
        title_label.setObjectName(f"{name}Title")
        title_label.setAccessibleName(title)
        font = title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title_label.setFont(font)
        body = QLabel(text)
        body.setObjectName(f"{name}Text")
        body.setAccessibleName(text)
        body.setWordWrap(True)
        soon = QLabel(self.tr("Coming in a later version"))
        soon.setObjectName(f"{name}Soon")
        soon.setAccessibleName(soon.text())
        soon.setStyleSheet("color: #9ca3af; font-style: italic;")
        button = QPushButton(button_text)
        button.setObjectName(name)
        button.setAccessibleName(button_text.rstrip("…"))
        button.setEnabled(False)
        button.setToolTip(self.tr("Coming in a later version"))
        self.buttons.append(button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 14, 16, 14)
        inner.addWidget(title_label)
        inner.addWidget(body)
        inner.addStretch(1)
        inner.addWidget(soon)
        inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        card.setMinimumHeight(150)
        return card
