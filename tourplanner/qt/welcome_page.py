"""The page a new user sees while the database holds no tours, and the one shown while a
database or a tour opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# Width of the text column: long lines are hard to read on a wide window.
_COLUMN_WIDTH = 620

# The font goes in the style sheet too: a style sheet sizes the button from its own font
# properties, so a font set with setFont() alone would be clipped.
_PRIMARY_BUTTON_STYLE = """
QPushButton {
    font-weight: bold;
    font-size: %(size).1fpt;
    background-color: %(base)s;
    color: palette(highlighted-text);
    border: 2px solid %(base)s;
    border-radius: 6px;
    padding: 8px 22px;
}
QPushButton:hover { background-color: %(hover)s; border-color: %(hover)s; }
QPushButton:pressed { background-color: %(pressed)s; border-color: %(pressed)s; }
QPushButton:focus { border-color: %(focus)s; }
"""


class WelcomePage(QWidget):
    """Explains what Tourplanner does and offers the sample tour as a first step."""

    #: The user asked for the sample tour.
    sample_requested = Signal()
    #: The user wants to create a tour.
    new_tour_requested = Signal()
    #: The user wants to import a tour file.
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAccessibleName(self.tr("Welcome"))

        self.heading = QLabel(self.tr("Welcome to Tourplanner"))
        self.heading.setObjectName("welcomeHeading")
        self.heading.setAccessibleName(self.tr("Welcome heading"))
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 2.0)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)

        self.explanation = QLabel(
            self.tr(
                "Tourplanner helps you organise delegation tours. Build a programme of "
                "site visits, meetings, meals and transfers day by day, see clashes and "
                "impossible journeys before they happen, then send every delegate a "
                "personal briefing and calendar and keep each host's calendar in step "
                "with the visits to their site."
            )
        )
        self.explanation.setObjectName("welcomeExplanation")
        self.explanation.setAccessibleName(self.tr("What Tourplanner does"))
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.sample_hint = QLabel(
            self.tr(
                "Your database has no tours yet. To look around first, open the sample: "
                "the 2021 Overseas Chinese media tour of Liangjiang New Area (两江新区), "
                "Chongqing."
            )
        )
        self.sample_hint.setObjectName("welcomeSampleHint")
        self.sample_hint.setAccessibleName(self.tr("About the sample tour"))
        self.sample_hint.setWordWrap(True)
        self.sample_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.sample_button = QPushButton(self.tr("Open the sample tour"))
        self.sample_button.setObjectName("openSampleButton")
        self.sample_button.setAccessibleName(self.tr("Open the sample tour"))
        self.sample_button.setToolTip(
            self.tr("Add the 2021 Chongqing media tour to your database and show it")
        )
        self.sample_button.setStyleSheet(self._primary_button_style())
        self.sample_button.setDefault(True)
        self.sample_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sample_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.sample_button.clicked.connect(self.sample_requested)

        self.new_tour_button = self._secondary_button(
            self.tr("New tour…"),
            "newTourButton",
            self.tr("Start an empty tour: name, dates and time zone"),
        )
        self.new_tour_button.clicked.connect(self.new_tour_requested)
        self.import_button = self._secondary_button(
            self.tr("Open tour file…"),  # the words of File ▸ Open tour file…
            "importTourButton",
            self.tr("Read a tour from a .tour.json file, all or nothing"),
        )
        self.import_button.clicked.connect(self.import_requested)
        self.later_hint = QLabel(
            self.tr(
                "Or start your own: create an empty tour, or open a tour file (.tour.json), "
                "for example one a colleague saved with “tourplanner export tour”."
            )
        )
        self.later_hint.setObjectName("welcomeLaterHint")
        self.later_hint.setAccessibleName(self.tr("Other ways to start"))
        self.later_hint.setWordWrap(True)
        muted = self.later_hint.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.later_hint.setPalette(muted)

        self._build_layout()

    def _primary_button_style(self) -> str:
        # Shades of the platform's accent colour, so the button matches light and dark themes.
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        return _PRIMARY_BUTTON_STYLE % {
            "size": self.font().pointSizeF() * 1.15,
            "base": accent.name(),
            "hover": accent.darker(112).name(),
            "pressed": accent.darker(130).name(),
            "focus": accent.darker(170).name(),
        }

    def _secondary_button(self, text: str, object_name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _rule(self) -> QFrame:
        line = QFrame()
        line.setObjectName("welcomeRule")
        line.setAccessibleName(self.tr("Separator"))
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _build_layout(self) -> None:
        column = QFrame()
        column.setObjectName("welcomeColumn")
        column.setAccessibleName(self.tr("Getting started"))
        column.setMinimumWidth(320)
        column.setMaximumWidth(_COLUMN_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.sample_button)
        actions.addStretch(1)

        later = QHBoxLayout()
        later.setSpacing(8)
        later.addWidget(self.new_tour_button)
        later.addWidget(self.import_button)
        later.addStretch(1)

        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(0)
        inner.addWidget(self.heading)
        inner.addSpacing(16)
        inner.addWidget(self.explanation)
        inner.addSpacing(12)
        inner.addWidget(self.sample_hint)
        inner.addSpacing(24)
        inner.addLayout(actions)
        inner.addSpacing(32)
        inner.addWidget(self._rule())
        inner.addSpacing(16)
        inner.addWidget(self.later_hint)
        inner.addSpacing(10)
        inner.addLayout(later)

        centred = QHBoxLayout()
        centred.addStretch(1)
        # The column takes the room it may (up to its maximum); the stretches centre it.
        centred.addWidget(column, 10)
        centred.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(2)
        outer.addLayout(centred)
        outer.addStretch(3)


class OpeningPage(QLabel):
    """Shown while the database or a tour opens (seconds on a large tour): says what is
    opening instead of a page that would be wrong by then ("no tours yet")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        self.setAccessibleName(self.tr("Opening"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Opening…"))
