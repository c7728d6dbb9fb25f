"""The New tour dialog."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QDateEdit, QWidget

from tourplanner.core.contacts import check_email
from tourplanner.qt.dialogs.form import (
    FormDialog,
    check_key,
    check_required,
    check_timezone,
    check_value,
    follow_with_key,
    line_edit,
    timezone_edit,
)
from tourplanner.qt.timefmt import from_qdate, to_qdate

DEFAULT_TIMEZONE = "Asia/Shanghai"


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    return edit


class TourDialog(FormDialog):
    """Name, slug, first and last day and time zone of a new tour."""

    def __init__(
        self, taken_slugs: set[str], today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("New tour"))
        self.setObjectName("tourDialog")
        start = (today or date.today()) + timedelta(days=30)
        self.name = line_edit("", self.tr("Berlin study visit 2026"))
        self.local_name = line_edit("")
        self.slug = line_edit("")
        self.start = _date_edit(start)
        self.end = _date_edit(start + timedelta(days=2))
        self.timezone = timezone_edit(DEFAULT_TIMEZONE)
        self.organiser = line_edit("")
        self.organiser_email = line_edit("")
        follow_with_key(self.name, self.slug)

        self.add_field(
            self.tr("&Name:"),
            self.name,
            name="tourName",
            check=check_required(self.name, self.tr("A name is required")),
        )
        self.add_field(self.tr("&Local name:"), self.local_name, name="tourLocalName")
        self.add_field(
            self.tr("&Short name:"),
            self.slug,
            name="tourSlug",
            check=check_key(self.slug, taken_slugs),
            hint=self.tr("Used in file names and on the command line"),
        )
        self.add_field(self.tr("&First day:"), self.start, name="tourStart")
        self.add_field(self.tr("&Last day:"), self.end, name="tourEnd", check=self._check_dates)
        self.add_field(
            self.tr("&Timezone:"),
            self.timezone,
            name="tourTimezone",
            check=check_timezone(self.timezone, required=True),
            hint=self.tr("Where the tour takes place; all times are shown in it"),
        )
        self.add_field(self.tr("&Organiser:"), self.organiser, name="tourOrganiser")
        self.add_field(
            self.tr("Organiser &email:"),
            self.organiser_email,
            name="tourOrganiserEmail",
            check=check_value(self.organiser_email, check_email),
        )
        self.finish()
        self.resize(480, self.sizeHint().height())

    def _check_dates(self) -> str | None:
        if self.end.date() < self.start.date():
            return self.tr("The last day must not be before the first")
        return None

    def values(self) -> dict[str, Any]:
        """The form as ``create_tour`` arguments."""
        return {
            "name": self.name.text().strip(),
            "local_name": self.local_name.text().strip(),
            "slug": self.slug.text().strip(),
            "start_date": from_qdate(self.start.date()),
            "end_date": from_qdate(self.end.date()),
            "timezone": self.timezone.text().strip(),
            "organiser_name": self.organiser.text().strip(),
            "organiser_email": self.organiser_email.text().strip(),
        }
