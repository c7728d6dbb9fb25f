"""What a check of a tour finds: problems with a stable code, a severity and a message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tourplanner.core.i18n import QT_TRANSLATE_NOOP, translate, translate_in


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


# What people see for each code (the code itself is for files, scripts and tests):
# one title per code, shown by the GUI, the CLI and the PDFs.
_TITLES = {
    Code.DOUBLE_BOOKED: QT_TRANSLATE_NOOP("Labels", "Double-booked"),
    Code.TRAVEL_TOO_SHORT: QT_TRANSLATE_NOOP("Labels", "Travel too short"),
    Code.TRAVEL_UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Travel time unknown"),
    Code.SITE_CLOSED: QT_TRANSLATE_NOOP("Labels", "Site closed"),
    Code.OUTSIDE_TOUR: QT_TRANSLATE_NOOP("Labels", "Outside the tour"),
    Code.OVER_CAPACITY: QT_TRANSLATE_NOOP("Labels", "Over capacity"),
    Code.NO_INTERPRETER: QT_TRANSLATE_NOOP("Labels", "No interpreter"),
    Code.BUSY: QT_TRANSLATE_NOOP("Labels", "Busy elsewhere"),
    Code.EMPTY_ITEM: QT_TRANSLATE_NOOP("Labels", "Incomplete item"),
    Code.VEHICLE_OVER_CAPACITY: QT_TRANSLATE_NOOP("Labels", "Vehicle over-full"),
    Code.SEATED_TWICE: QT_TRANSLATE_NOOP("Labels", "Seated twice"),
    Code.SEATED_NOT_ATTENDING: QT_TRANSLATE_NOOP("Labels", "Seated, not attending"),
    Code.UNSEATED: QT_TRANSLATE_NOOP("Labels", "No vehicle seat"),
    Code.SEAT_UNASSIGNED: QT_TRANSLATE_NOOP("Labels", "No seat at table"),
    Code.TABLE_OVER_CAPACITY: QT_TRANSLATE_NOOP("Labels", "Table over-full"),
    Code.PRECEDENCE_INVERTED: QT_TRANSLATE_NOOP("Labels", "Precedence inverted"),
    Code.NO_COMMON_LANGUAGE: QT_TRANSLATE_NOOP("Labels", "No common language"),
    Code.GIFT_OVER_LIMIT: QT_TRANSLATE_NOOP("Labels", "Gift over the limit"),
}

_SEVERITIES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Labels", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Labels", "Warning"),
}


def title(code: Code | str, language: str | None = None) -> str:
    """A kind of problem in words ('Travel too short', 路程时间不足), in the user's
    language or in ``language`` ('en', 'zh_CN'; a bilingual PDF asks for both)."""
    return _say(_TITLES[Code(code)], language)


def severity_name(severity: Severity | str, language: str | None = None) -> str:
    """'Error' or 'Warning' in the user's language (or in ``language``)."""
    return _say(_SEVERITIES[Severity(severity)], language)


def _say(text: str, language: str | None) -> str:
    if language is None:
        return translate("Labels", text)
    return translate_in(language, "Labels", text)


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
