"""How problems and plans talk about times, items and people."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo


def clock(instant: datetime, zone: ZoneInfo) -> str:
    """09:30 in ``zone``."""
    return instant.astimezone(zone).strftime("%H:%M")


def day(instant: datetime, zone: ZoneInfo) -> str:
    """Sat 27 Mar in ``zone``."""
    local = instant.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b}"


def span(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """11:30–12:00 on Sat 27 Mar (or with both days when it crosses midnight)."""
    if start.astimezone(zone).date() == end.astimezone(zone).date():
        return f"{clock(start, zone)}–{clock(end, zone)} on {day(start, zone)}"
    return f"{day(start, zone)} {clock(start, zone)} – {day(end, zone)} {clock(end, zone)}"


def names(people: Sequence[str], limit: int = 3) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 4 others'."""
    people = list(people)
    if len(people) <= 1:
        return "".join(people)
    if len(people) <= limit:
        return ", ".join(people[:-1]) + " and " + people[-1]
    rest = len(people) - limit
    return ", ".join(people[:limit]) + f" and {rest} other{'s' if rest > 1 else ''}"


def minutes(value: float) -> str:
    """'1 h 05 min' or '25 min' for a duration given in minutes."""
    whole = round(value)
    if whole >= 60:
        return f"{whole // 60} h {whole % 60:02d} min"
    return f"{whole} min"
