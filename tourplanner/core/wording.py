"""How problems and plans talk about times, items and people."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo


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


def day(instant: datetime, zone: ZoneInfo) -> str:
    """Sat 27 Mar in ``zone``."""
    local = instant.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b}"


def span(start: datetime, end: datetime, zone: ZoneInfo, home: ZoneInfo | None = None) -> str:
    """11:30–12:00 on Sat 27 Mar (or with both days when it crosses midnight), in
    ``zone``; with the zone's abbreviation when it is not ``home`` (the tour's zone):
    '11:30–12:00 CET on Sat 27 Mar', and at both ends when it changes in between
    ('01:30 CET–04:00 CEST')."""
    first, last = zone_label(start, zone, home), zone_label(end, zone, home)
    opening = clock(start, zone) + (first if first != last else "")
    closing = clock(end, zone) + last
    if start.astimezone(zone).date() == end.astimezone(zone).date():
        return f"{opening}–{closing} on {day(start, zone)}"
    return f"{day(start, zone)} {opening} – {day(end, zone)} {closing}"


def names(people: Sequence[str], limit: int = 3) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 4 others'."""
    people = list(people)
    if len(people) <= 1:
        return "".join(people)
    if len(people) <= limit:
        return ", ".join(people[:-1]) + " and " + people[-1]
    rest = len(people) - limit
    return ", ".join(people[:limit]) + f" and {rest} other{'s' if rest > 1 else ''}"


def count(number: int, singular: str, plural: str | None = None) -> str:
    """'1 item', '2 items', '0 items'; ``plural`` for nouns that do not just add an s
    ('1 person', '3 people')."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def agree(many: int | Sequence[object], singular: str, plural: str) -> str:
    """The verb that agrees with a subject of ``many`` (a number, or the things named):
    agree(['Ivan Petrov'], 'shares', 'share') is 'shares'."""
    number = many if isinstance(many, int) else len(many)
    return singular if number == 1 else plural


def minutes(value: float) -> str:
    """'1 h 05 min' or '25 min' for a duration given in minutes."""
    whole = round(value)
    if whole >= 60:
        return f"{whole // 60} h {whole % 60:02d} min"
    return f"{whole} min"
