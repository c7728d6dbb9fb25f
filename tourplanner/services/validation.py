"""Checks of single values shared by every service, each failing with a one-line message.

Emails, phone numbers, web addresses and control characters are checked by the one
function of each kind in core (contacts, text_checks); these wrap them for a service
field, so a GUI dialog, the CLI and a tour file all meet the same rule.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from tourplanner.core.contacts import check_email, normalise_phone
from tourplanner.core.errors import ValidationError
from tourplanner.core.text_checks import check_seat_label, control_problem, shown
from tourplanner.core.timeutil import is_zone_name

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")

E = TypeVar("E", bound=StrEnum)


def timezone_name(value: Any, field: str = "timezone") -> str:
    """An IANA zone name that this machine's tz database knows."""
    if not isinstance(value, str) or not value:
        raise ValidationError(f"{field}: a timezone name is required")
    if not is_zone_name(value):
        raise ValidationError(f"{field}: unknown timezone {shown(value)}")
    return value


def optional_timezone(value: Any, field: str = "timezone") -> str | None:
    return None if value in (None, "") else timezone_name(value, field)


def key(value: Any, field: str = "key") -> str:
    if not isinstance(value, str) or not KEY_PATTERN.match(value):
        raise ValidationError(
            f"{field}: {value!r} is not a valid key (lower-case letters, digits, '-', '_', '.')"
        )
    return value


def enum_value(enum_cls: type[E], value: Any, field: str) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        raise ValidationError(f"{field}: {value!r} is not one of: {allowed}") from None


def instant(value: Any, field: str) -> datetime:
    """A timezone-aware datetime; a naive one is ambiguous and refused."""
    if not isinstance(value, datetime):
        raise ValidationError(f"{field}: expected a date and time, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{field}: {value.isoformat()} has no timezone")
    return value


def day(value: Any, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(f"{field}: expected a date, got {value!r}")
    return value


def text(
    value: Any,
    field: str,
    *,
    required: bool = False,
    max_length: int = 20000,
    multiline: bool = True,
) -> str:
    """Free text. It may hold tabs and line breaks (notes, descriptions, addresses, and
    texts that come from calendars, whose SUMMARY may span lines) unless ``multiline``
    is False; NUL and the other C0/C1 control characters are refused either way."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: expected text, got {type(value).__name__}")
    if required and not value.strip():
        raise ValidationError(f"{field}: must not be empty")
    if len(value) > max_length:
        raise ValidationError(f"{field}: longer than {max_length} characters")
    problem = control_problem(value, multiline=multiline)
    if problem is not None:
        raise ValidationError(f"{field}: {shown(value)}: {problem}")
    return value


def line(value: Any, field: str, *, required: bool = False, max_length: int = 300) -> str:
    """One line of text (a name, a title, an organisation): no tab, no line break, no
    control character."""
    return text(value, field, required=required, max_length=max_length, multiline=False)


def seat_label(value: Any, field: str) -> str:
    """A vehicle seat's label ("12", "3A"), or "" for none (see ``check_seat_label``)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: expected text, got {type(value).__name__}")
    try:
        return check_seat_label(value)
    except ValueError as e:
        raise ValidationError(f"{field}: {e}") from None


def email(value: Any, field: str) -> str:
    """An email address (tidied), or "" for none."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: expected text, got {type(value).__name__}")
    try:
        return check_email(value)
    except ValueError as e:
        raise ValidationError(f"{field}: {e}") from None


def phone(value: Any, field: str, country: str = "") -> str:
    """A phone number (as ``normalise_phone`` tidies it, read in ``country`` when it has
    no country code), or "" for none."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: expected text, got {type(value).__name__}")
    try:
        return normalise_phone(value, country)
    except ValueError as e:
        raise ValidationError(f"{field}: {e}") from None


def optional_int(
    value: Any, field: str, *, minimum: int = 1, maximum: int = 1_000_000
) -> int | None:
    """A whole number in range (the range keeps it inside every backend's INTEGER)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise ValidationError(f"{field}: expected a whole number from {minimum} to {maximum}")
    return value


def flag(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"{field}: expected true or false")
    return value


def ordered(start: datetime, end: datetime, what: str = "end") -> None:
    if end <= start:
        raise ValidationError(f"{what} {end.isoformat()} must be after start {start.isoformat()}")
