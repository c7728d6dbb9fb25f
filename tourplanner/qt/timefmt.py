"""Dates and times as the workspace shows them: in the tour's zone, in the user's language."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone


def to_qdatetime(instant: datetime, zone: ZoneInfo) -> QDateTime:
    """The wall-clock time of ``instant`` in ``zone``, held as a UTC QDateTime so that the
    machine's own zone never shifts it."""
    local = instant.astimezone(zone)
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone.utc(),
    )


def from_qdatetime(value: QDateTime, zone: ZoneInfo) -> datetime:
    """The instant a wall-clock QDateTime (as made by ``to_qdatetime``) means in ``zone``."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def day_label(day: date) -> str:
    """'Sat 27 Mar' in the user's language (3月27日 周六 in Chinese)."""
    # The pattern is translated too: word order differs between languages.
    pattern = QCoreApplication.translate("Dates", "ddd d MMM")
    return _format(day, pattern, QLocale().name())


def long_day_label(day: date) -> str:
    """'Saturday 27 March 2021' in the user's language (2021年3月27日 周六 in Chinese)."""
    pattern = QCoreApplication.translate("Dates", "dddd d MMMM yyyy")
    return _format(day, pattern, QLocale().name())


@lru_cache(maxsize=1024)
def _format(day: date, pattern: str, locale_name: str) -> str:
    return QLocale(locale_name).toString(to_qdate(day), pattern)


def clock(value: time | datetime) -> str:
    """'09:30' (24-hour clock: delegations come from many countries)."""
    return f"{value.hour:02d}:{value.minute:02d}"
