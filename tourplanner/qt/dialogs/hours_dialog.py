"""A site's weekly opening hours: one line per weekday, "09:00-12:00, 14:00-17:30".

Each interval is read by ``core.timeutil.parse_time_span``, the reading tour files use, so
the dialog refuses exactly what a tour file would. An empty day is closed; a site with no
hours on any day keeps none (it is not restricted), as the tour file says.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from tourplanner.core.model import OpeningException, OpeningInterval
from tourplanner.core.timeutil import (
    opening_exceptions_text,
    parse_opening_exceptions,
    parse_time_span,
)
from tourplanner.qt.dialogs.form import FormDialog, check_value, line_edit, secondary_button
from tourplanner.qt.timefmt import clock


def day_names() -> list[str]:
    """Monday to Sunday, as the dialog labels them."""
    # Not through a short alias: lupdate reads any call named tr() as tr(text, comment).
    return [
        QCoreApplication.translate("OpeningHours", "Monday"),
        QCoreApplication.translate("OpeningHours", "Tuesday"),
        QCoreApplication.translate("OpeningHours", "Wednesday"),
        QCoreApplication.translate("OpeningHours", "Thursday"),
        QCoreApplication.translate("OpeningHours", "Friday"),
        QCoreApplication.translate("OpeningHours", "Saturday"),
        QCoreApplication.translate("OpeningHours", "Sunday"),
    ]


def day_labels() -> list[str]:
    """Monday to Sunday as the dialog's field labels, each with its own mnemonic (Tab alone
    was the way to a weekday's field)."""
    return [
        QCoreApplication.translate("OpeningHours", "&Monday:"),
        QCoreApplication.translate("OpeningHours", "&Tuesday:"),
        QCoreApplication.translate("OpeningHours", "&Wednesday:"),
        QCoreApplication.translate("OpeningHours", "T&hursday:"),
        QCoreApplication.translate("OpeningHours", "&Friday:"),
        QCoreApplication.translate("OpeningHours", "&Saturday:"),
        QCoreApplication.translate("OpeningHours", "S&unday:"),
    ]


def parse_day(text: str) -> list[tuple[time, time]]:
    """One day's intervals, comma-separated; each read by ``parse_time_span``."""
    return [parse_time_span(span) for span in text.split(",") if span.strip()]


def day_text(hours: tuple[OpeningInterval, ...], weekday: int) -> str:
    """One day's intervals as the dialog shows them ("" when closed)."""
    spans = sorted((h.opens, h.closes) for h in hours if h.weekday == weekday)
    return ", ".join(f"{clock(o)}-{clock(c)}" for o, c in spans)


def summary(hours: tuple[OpeningInterval, ...]) -> str:
    """A short line for the site dialog: 'Mon 09:00-17:00; …' or 'Not restricted'."""
    if not hours:
        return QCoreApplication.translate("OpeningHours", "Not restricted")
    short = [name[:3] for name in day_names()]
    parts = [f"{short[d]} {day_text(hours, d)}" for d in range(7) if day_text(hours, d)]
    return "; ".join(parts)


class OpeningHoursDialog(FormDialog):
    """Edit a site's weekly opening hours (the site dialog saves them with the site)."""

    def __init__(
        self,
        hours: tuple[OpeningInterval, ...],
        site_name: str,
        parent: QWidget | None = None,
        *,
        exceptions: tuple[OpeningException, ...] = (),
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("Opening hours of %1").replace("%1", site_name or self.tr("site")))
        self.setObjectName("openingHoursDialog")
        self.days: list[QLineEdit] = []
        note = QLabel(
            self.tr(
                "Times in the site's local time, several intervals separated by commas. "
                "Leave a day empty when the site is closed; leave every day empty when "
                "the site keeps no opening hours."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        for weekday, label in enumerate(day_labels()):
            edit = line_edit(day_text(hours, weekday), self.tr("Closed"))
            self.days.append(edit)
            self.add_field(
                label,
                edit,
                name=f"hours{weekday}",
                check=check_value(edit, parse_day),
                hint=self.tr("e.g. 09:00-12:00, 14:00-17:30"),
            )
        self.copy_button = secondary_button(self.tr("&Copy Monday to Tuesday–Friday"), "copyMonday")
        self.copy_button.clicked.connect(self.copy_monday)
        self.form.addRow(self.copy_button)
        # Dates with other hours, one per line; each line read by the tour file's reading
        # (core.timeutil.parse_opening_exception), so both refuse the same things.
        self.exceptions_edit = QPlainTextEdit(opening_exceptions_text(exceptions))
        self.exceptions_edit.setObjectName("hoursExceptions")
        self.exceptions_edit.setPlaceholderText("2027-01-01 closed\n2027-01-07 10:00-12:00")
        self.exceptions_edit.setMinimumHeight(self.fontMetrics().height() * 4 + 12)
        self.add_field(
            self.tr("E&xceptions:"),
            self.exceptions_edit,
            name="hoursExceptions",
            check=self._check_exceptions,
            hint=self.tr(
                "One date per line: the date (YYYY-MM-DD), then 'closed' or the hours that "
                "day, e.g. 2027-01-07 10:00-12:00. They replace the weekly hours that day."
            ),
        )
        self.finish()
        self.resize(480, self.sizeHint().height())

    def _check_exceptions(self) -> str | None:
        try:
            parse_opening_exceptions(self.exceptions_edit.toPlainText())
        except ValueError as e:
            return str(e)
        return None

    def exceptions(self) -> tuple[OpeningException, ...]:
        """The dates with other hours as entered, by date."""
        return parse_opening_exceptions(self.exceptions_edit.toPlainText())

    def copy_monday(self) -> None:
        for edit in self.days[1:5]:
            edit.setText(self.days[0].text())

    def hours(self) -> tuple[OpeningInterval, ...]:
        """The intervals as entered, by weekday and opening time (as the site stores them)."""
        out = [
            OpeningInterval(weekday, opens, closes)
            for weekday, edit in enumerate(self.days)
            for opens, closes in parse_day(edit.text())
        ]
        return tuple(sorted(out, key=lambda h: (h.weekday, h.opens)))
