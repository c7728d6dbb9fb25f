"""The New tour dialog, and Tour ▸ Properties (the same form on an existing tour)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from tourplanner.core.contacts import check_email, check_web_address, normalise_phone
from tourplanner.core.model import Tour
from tourplanner.qt.dialogs.form import (
    FormDialog,
    check_key,
    check_required,
    check_timezone,
    check_value,
    date_edit,
    follow_with_key,
    line_edit,
    timezone_edit,
)
from tourplanner.qt.timefmt import from_qdate, to_qdate

DEFAULT_TIMEZONE = "Asia/Shanghai"


#: The tour fields Tour ▸ Properties edits (``update_tour`` arguments).
PROPERTY_FIELDS = (
    "name",
    "local_name",
    "start_date",
    "end_date",
    "timezone",
    "organiser_name",
    "organiser_email",
    "organiser_phone",
    "travel",
)


class TourDialog(FormDialog):
    """Name, slug, first and last day and time zone of a new tour."""

    def __init__(
        self, taken_slugs: set[str], today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self._build(taken_slugs, today or date.today())
        self.finish()
        self.resize(480, self.sizeHint().height())

    def _build(self, taken_slugs: set[str], today: date) -> None:
        self.set_title(self.tr("New tour"))
        self.setObjectName("tourDialog")
        self._make_fields(today + timedelta(days=30))
        self.name.setPlaceholderText(self.tr("Berlin study visit 2026"))
        follow_with_key(self.name, self.slug)
        self._add_fields(taken_slugs)

    def _make_fields(self, start: date) -> None:
        self.name = line_edit("")
        self.local_name = line_edit("")
        self.slug = line_edit("")
        self.start = date_edit(to_qdate(start))
        self.end = date_edit(to_qdate(start + timedelta(days=2)))
        self.timezone = timezone_edit(DEFAULT_TIMEZONE)
        self.organiser = line_edit("")
        self.organiser_email = line_edit("")

    def _add_fields(self, taken_slugs: set[str] | None) -> None:
        """The fields both dialogs share; ``taken_slugs`` None: the short name is fixed."""
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
            check=None if taken_slugs is None else check_key(self.slug, taken_slugs),
            hint=self.tr("Used in file names and on the command line"),
        )
        self.add_field(self.tr("&First day:"), self.start, name="tourStart")
        self.add_field(self.tr("L&ast day:"), self.end, name="tourEnd", check=self._check_dates)
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


class TourPropertiesDialog(TourDialog):
    """Tour ▸ Properties: the New tour form filled in from ``tour``, plus the organiser's
    phone and the tour's road-time settings. The short name stays as it is: files, links
    and the command line know the tour by it."""

    def __init__(self, tour: Tour, parent: QWidget | None = None) -> None:
        self.tour = tour
        super().__init__(set(), tour.start_date, parent)

    def _build(self, taken_slugs: set[str], today: date) -> None:
        tour = self.tour
        self.set_title(self.tr("Tour properties"))
        self.setObjectName("tourPropertiesDialog")
        self._make_fields(today)
        self.name.setText(tour.name)
        self.name.setPlaceholderText("")
        self.local_name.setText(tour.local_name)
        self.slug.setText(tour.slug)
        self.slug.setReadOnly(True)
        self.slug.setClearButtonEnabled(False)
        self.start.setDate(to_qdate(tour.start_date))
        self.end.setDate(to_qdate(tour.end_date))
        self.timezone.setText(tour.timezone)
        self.organiser.setText(tour.organiser_name)
        self.organiser_email.setText(tour.organiser_email)
        self.organiser_phone = line_edit(tour.organiser_phone)
        self.routing_url = line_edit(tour.travel.routing_url, "https://")
        self.traffic = QDoubleSpinBox()
        self.traffic.setRange(0.5, 5)
        self.traffic.setSingleStep(0.1)
        self.traffic.setDecimals(2)
        self.traffic.setValue(tour.travel.traffic_factor)
        self._add_fields(taken_slugs=None)
        self.add_field(
            self.tr("Organiser &phone:"),
            self.organiser_phone,
            name="tourOrganiserPhone",
            check=check_value(self.organiser_phone, normalise_phone),
        )
        self.add_field(
            self.tr("Routin&g server:"),
            self.routing_url,
            name="tourRoutingUrl",
            check=check_value(self.routing_url, check_web_address),
            hint=self.tr("An OSRM-compatible server for road times"),
        )
        self.add_field(
            self.tr("Traffi&c factor:"),
            self.traffic,
            name="tourTrafficFactor",
            hint=self.tr(
                "Road times from the routing server are multiplied by this (1 = free flow)"
            ),
        )

    def values(self) -> dict[str, Any]:
        """The form as ``update_tour`` arguments (every field it edits)."""
        values = super().values()
        del values["slug"]
        values["organiser_phone"] = self.organiser_phone.text().strip()
        values["travel"] = replace(
            self.tour.travel,
            routing_url=self.routing_url.text().strip(),
            traffic_factor=round(self.traffic.value(), 2),
        )
        return values

    def before(self) -> dict[str, Any]:
        """The tour's current values of the fields this form edits."""
        return {k: getattr(self.tour, k) for k in PROPERTY_FIELDS}
