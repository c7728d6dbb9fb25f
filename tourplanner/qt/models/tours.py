"""The list of tours as a table model on ``RecordTableModel``: one row per tour, searched
and sorted like the workspace's tables (``RecordFilterProxy``)."""

from __future__ import annotations

from datetime import date

from tourplanner.core.model import TourSummary
from tourplanner.qt.models.base import RecordTableModel


class TourTableModel(RecordTableModel[TourSummary]):
    """One row per tour: name, local name, first and last day, length and slug; a tour is
    known by its slug."""

    NAME = 0
    LOCAL_NAME = 1
    START = 2
    END = 3
    DAYS = 4
    SLUG = 5
    COLUMN_COUNT = 6
    # A short number sits centred under its header; text reads from the left.
    CENTRED = frozenset({DAYS})

    def record_id(self, record: TourSummary) -> str:
        return record.slug

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Local name"),
            self.tr("Starts"),
            self.tr("Ends"),
            self.tr("Days"),
            self.tr("Slug"),
        ]

    def header_tips(self) -> list[str]:
        return [
            self.tr("The tour's name"),
            self.tr("The name in the host country's language"),
            self.tr("The first day of the tour"),
            self.tr("The last day of the tour"),
            self.tr("How many days the tour lasts, first and last included"),
            self.tr("The tour's short name, used in file names and on the command line"),
        ]

    def display(self, record: TourSummary, column: int) -> str:
        tour = record
        if column == self.NAME:
            return tour.name
        if column == self.LOCAL_NAME:
            return tour.local_name
        # ISO dates: unambiguous for delegations from many countries, and they sort as text.
        if column == self.START:
            return tour.start_date.isoformat()
        if column == self.END:
            return tour.end_date.isoformat()
        if column == self.DAYS:
            return str(_days(tour))
        if column == self.SLUG:
            return tour.slug
        return ""

    def tooltip(self, record: TourSummary, column: int) -> str | None:
        tour = record
        if column in (self.NAME, self.LOCAL_NAME):
            return "\n".join(n for n in (tour.name, tour.local_name) if n)
        if column == self.START:
            return _long_date(tour.start_date)
        if column == self.END:
            return _long_date(tour.end_date)
        if column == self.DAYS:
            # Spelling out the range avoids a plural form, which needs a translation file
            # even in English.
            return f"{_long_date(tour.start_date)} – {_long_date(tour.end_date)}"
        if column == self.SLUG:
            return tour.slug
        return None

    def sort_key(self, record: TourSummary, column: int) -> str | int | None:
        tour = record
        if column == self.START:
            return tour.start_date.toordinal()
        if column == self.END:
            return tour.end_date.toordinal()
        if column == self.DAYS:
            return _days(tour)
        return self.display(tour, column).casefold()


def _days(tour: TourSummary) -> int:
    return (tour.end_date - tour.start_date).days + 1


def _long_date(day: date) -> str:
    from tourplanner.qt.timefmt import long_day_label  # the one way dates are written

    return long_day_label(day)
