"""What a check of a tour finds: problems with a stable code, a severity and a message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Code(StrEnum):
    DOUBLE_BOOKED = "double-booked"
    TRAVEL_TOO_SHORT = "travel-too-short"
    TRAVEL_UNKNOWN = "travel-unknown"
    SITE_CLOSED = "site-closed"
    OUTSIDE_TOUR = "outside-tour"
    OVER_CAPACITY = "over-capacity"
    NO_INTERPRETER = "no-interpreter"
    BUSY = "busy"
    EMPTY_ITEM = "empty-item"
    VEHICLE_OVER_CAPACITY = "vehicle-over-capacity"
    SEATED_TWICE = "seated-twice"
    SEATED_NOT_ATTENDING = "seated-not-attending"
    UNSEATED = "unseated"
    SEAT_UNASSIGNED = "seat-unassigned"
    TABLE_OVER_CAPACITY = "table-over-capacity"
    PRECEDENCE_INVERTED = "precedence-inverted"
    NO_COMMON_LANGUAGE = "no-common-language"
    GIFT_OVER_LIMIT = "gift-over-limit"


SEVERITY = {
    Code.DOUBLE_BOOKED: Severity.ERROR,
    Code.TRAVEL_TOO_SHORT: Severity.ERROR,
    Code.TRAVEL_UNKNOWN: Severity.WARNING,
    Code.SITE_CLOSED: Severity.ERROR,
    Code.OUTSIDE_TOUR: Severity.ERROR,
    Code.OVER_CAPACITY: Severity.ERROR,
    Code.NO_INTERPRETER: Severity.WARNING,
    Code.BUSY: Severity.ERROR,
    Code.EMPTY_ITEM: Severity.WARNING,
    Code.VEHICLE_OVER_CAPACITY: Severity.ERROR,
    Code.SEATED_TWICE: Severity.ERROR,
    Code.SEATED_NOT_ATTENDING: Severity.WARNING,
    Code.UNSEATED: Severity.WARNING,
    Code.SEAT_UNASSIGNED: Severity.ERROR,
    Code.TABLE_OVER_CAPACITY: Severity.ERROR,
    Code.PRECEDENCE_INVERTED: Severity.WARNING,
    Code.NO_COMMON_LANGUAGE: Severity.WARNING,
    Code.GIFT_OVER_LIMIT: Severity.WARNING,
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing an organiser should fix (error) or look at (warning).

    ``item_ids``, ``participant_ids`` and ``site_ids`` name what it concerns, so a front
    end can select them; ``message`` is one sentence an organiser understands.
    """

    code: Code
    message: str
    item_ids: tuple[int, ...] = ()
    participant_ids: tuple[int, ...] = ()
    site_ids: tuple[int, ...] = ()

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.code]

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR
