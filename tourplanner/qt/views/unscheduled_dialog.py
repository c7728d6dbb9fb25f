"""The Unscheduled list's two dialogs: a new item without a time (title, kind, site and
how long it lasts), and "Schedule…", the keyboard's way to put an entry on a day at a
time (the mouse drags it onto the timeline)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QSpinBox, QTimeEdit, QWidget

from tourplanner.core.enums import ItemKind
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.qt import labels
from tourplanner.qt.dialogs.form import FormDialog, check_required, line_edit
from tourplanner.qt.dialogs.records import enum_combo
from tourplanner.qt.timefmt import day_label
from tourplanner.services.items import MAX_DURATION_MINUTES


def _duration_box(minutes: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(5, MAX_DURATION_MINUTES)
    box.setSingleStep(15)
    box.setValue(minutes)
    return box


class UnscheduledItemDialog(FormDialog):
    """A new item for the Unscheduled list; it gets a time when it is scheduled."""

    def __init__(self, snapshot: TourSnapshot, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("New unscheduled item"))
        self.setObjectName("unscheduledItemDialog")
        self.title = line_edit("", self.tr("What happens"))
        self.kind = enum_combo(ItemKind, labels.item_kind, ItemKind.VISIT)
        self.site = QComboBox()
        self.site.addItem(self.tr("(no site)"), None)
        for site in sorted(snapshot.sites, key=lambda s: s.name.casefold()):
            self.site.addItem(site.name, site.id)
        self.duration = _duration_box(60)
        self.duration.setSuffix(self.tr(" min"))
        self.add_field(
            self.tr("&Title:"),
            self.title,
            name="unscheduledTitle",
            check=check_required(self.title, self.tr("A title is required")),
        )
        self.add_field(self.tr("&Kind:"), self.kind, name="unscheduledKind")
        self.add_field(self.tr("S&ite:"), self.site, name="unscheduledSite")
        self.add_field(
            self.tr("&Duration:"),
            self.duration,
            name="unscheduledDuration",
            hint=self.tr("How long it lasts once it is on the programme"),
        )
        self.finish()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "kind": self.kind.currentData(),
            "site_id": self.site.currentData(),
            "duration_minutes": self.duration.value(),
        }


class ScheduleDialog(FormDialog):
    """Which day, at what time (tour time), an unscheduled item starts."""

    def __init__(
        self, item: ScheduleItem, snapshot: TourSnapshot, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("Schedule %1").replace("%1", item.title))
        self.setObjectName("scheduleDialog")
        self.zone = ZoneInfo(snapshot.tour.timezone)
        tour = snapshot.tour
        self.day = QComboBox()
        day = tour.start_date
        while day <= tour.end_date:
            self.day.addItem(day_label(day), day.toordinal())  # a plain int survives Qt
            day += timedelta(days=1)
        remembered = item.starts_at.astimezone(self.zone)
        index = self.day.findData(remembered.date().toordinal())
        self.day.setCurrentIndex(max(index, 0))
        self.at = QTimeEdit(QTime(remembered.hour, remembered.minute))
        self.at.setDisplayFormat("HH:mm")
        self.add_field(self.tr("&Day:"), self.day, name="scheduleDay")
        self.add_field(
            self.tr("&Starts at:"),
            self.at,
            name="scheduleTime",
            hint=self.tr("In the tour's time zone (%1)").replace("%1", tour.timezone),
        )
        self.finish()

    def start(self) -> datetime:
        """The chosen start, an aware time in the tour's zone."""
        day = date.fromordinal(int(self.day.currentData()))
        clock = self.at.time()
        return datetime.combine(day, time(clock.hour(), clock.minute()), self.zone)
