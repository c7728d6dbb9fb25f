"""How problems and plans talk about times, items and people."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tourplanner.core.i18n import QT_TRANSLATE_NOOP, Context

Wording = Context("Wording")  # the catalogue context of times, lists and durations


def zone_label(instant: datetime, zone: ZoneInfo, home: ZoneInfo | None = None) -> str:
    """' CET' (with its space) when ``zone`` is not ``home`` (the tour's zone), else ''.

    The zone's own abbreviation at that instant (CET in winter, CEST in summer); a zone
    whose abbreviation is only a number ('+04') is shown as 'UTC+04'.
    """
    if home is None or zone.key == home.key:
        return ""
    name = instant.astimezone(zone).tzname() or ""
    if not name or name[0] in "+-":
        name = f"UTC{name}"
    return f" {name}"


def clock(instant: datetime, zone: ZoneInfo, home: ZoneInfo | None = None) -> str:
    """09:30 in ``zone``; '09:30 CET' when ``zone`` is not ``home``, the tour's zone."""
    return instant.astimezone(zone).strftime("%H:%M") + zone_label(instant, zone, home)


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Wording", "Mon"),
    QT_TRANSLATE_NOOP("Wording", "Tue"),
    QT_TRANSLATE_NOOP("Wording", "Wed"),
    QT_TRANSLATE_NOOP("Wording", "Thu"),
    QT_TRANSLATE_NOOP("Wording", "Fri"),
    QT_TRANSLATE_NOOP("Wording", "Sat"),
    QT_TRANSLATE_NOOP("Wording", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Wording", "Jan"),
    QT_TRANSLATE_NOOP("Wording", "Feb"),
    QT_TRANSLATE_NOOP("Wording", "Mar"),
    QT_TRANSLATE_NOOP("Wording", "Apr"),
    QT_TRANSLATE_NOOP("Wording", "May"),
    QT_TRANSLATE_NOOP("Wording", "Jun"),
    QT_TRANSLATE_NOOP("Wording", "Jul"),
    QT_TRANSLATE_NOOP("Wording", "Aug"),
    QT_TRANSLATE_NOOP("Wording", "Sep"),
    QT_TRANSLATE_NOOP("Wording", "Oct"),
    QT_TRANSLATE_NOOP("Wording", "Nov"),
    QT_TRANSLATE_NOOP("Wording", "Dec"),
)


def weekday(index: int, language: str | None = None) -> str:
    """'Mon' for 0 (周一 in Chinese)."""
    return Wording.tr(_WEEKDAYS[index], language=language)


def day(instant: datetime, zone: ZoneInfo, language: str | None = None) -> str:
    """Sat 27 Mar in ``zone`` (1月6日 周三 in Chinese), in the user's language or in
    ``language``; spelled out rather than with strftime, which follows the process's C
    locale."""
    local = instant.astimezone(zone)
    return Wording.tr("{weekday} {day} {month}", language=language).format(
        weekday=weekday(local.weekday(), language),
        day=local.day,
        month=Wording.tr(_MONTHS[local.month - 1], language=language),
    )


def date_label(value: date, year: bool = True) -> str:
    """'6 Jan 2027' or '6 Jan' (2027年1月6日, 1月6日 in Chinese)."""
    month = Wording.tr(_MONTHS[value.month - 1])
    if year:
        return Wording.tr("{day} {month} {year}").format(
            day=value.day, month=month, year=value.year
        )
    return Wording.tr("{day} {month}").format(day=value.day, month=month)


def span(start: datetime, end: datetime, zone: ZoneInfo, home: ZoneInfo | None = None) -> str:
    """11:30–12:00 on Sat 27 Mar (or with both days when it crosses midnight), in
    ``zone``; with the zone's abbreviation when it is not ``home`` (the tour's zone):
    '11:30–12:00 CET on Sat 27 Mar', and at both ends when it changes in between
    ('01:30 CET–04:00 CEST')."""
    first, last = zone_label(start, zone, home), zone_label(end, zone, home)
    opening = clock(start, zone) + (first if first != last else "")
    closing = clock(end, zone) + last
    if start.astimezone(zone).date() == end.astimezone(zone).date():
        return Wording.tr("{start}–{end} on {day}").format(
            start=opening, end=closing, day=day(start, zone)
        )
    return Wording.tr("{first_day} {start} – {last_day} {end}").format(
        first_day=day(start, zone), start=opening, last_day=day(end, zone), end=closing
    )


def names(people: Sequence[str], limit: int = 3, language: str | None = None) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 4 others' (A、B和C in Chinese)."""
    people = list(people)
    if len(people) <= 1:
        return "".join(people)
    comma = Wording.tr(", ", language=language)
    if len(people) <= limit:
        return Wording.tr("{names} and {last}", language=language).format(
            names=comma.join(people[:-1]), last=people[-1]
        )
    rest = len(people) - limit
    return Wording.tr("{names} and %n other(s)", None, rest, language=language).format(
        names=comma.join(people[:limit])
    )


def minutes(value: float, language: str | None = None) -> str:
    """'1 h 05 min' or '25 min' for a duration given in minutes (1小时05分, 25分钟)."""
    whole = round(value)
    if whole >= 60:
        return Wording.tr("{hours} h {minutes:02d} min", language=language).format(
            hours=whole // 60, minutes=whole % 60
        )
    return Wording.tr("{minutes} min", language=language).format(minutes=whole)


def count(number: int, singular: str, plural: str | None = None) -> str:
    """'1 item', '2 items', '0 items'; ``plural`` for nouns that do not just add an s
    ('1 person', '3 people'). English only: a translated sentence says its counts with
    ``Checks.tr("%n item(s)", None, n)`` instead."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def agree(many: int | Sequence[object], singular: str, plural: str) -> str:
    """The verb that agrees with a subject of ``many`` (a number, or the things named):
    agree(['Ivan Petrov'], 'shares', 'share') is 'shares'. English only, as ``count``."""
    number = many if isinstance(many, int) else len(many)
    return singular if number == 1 else plural
