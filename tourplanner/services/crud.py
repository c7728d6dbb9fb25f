"""The one create/read/update/delete mechanism that every entity's service uses, and the
checks of single values its fields go through.

An ``Entity`` says which fields a caller may set, how each value is checked, and how
collection fields (opening hours, members, attendance) are written. Updates carry the
version the caller last saw, so an edit based on stale data is refused, never applied.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from tourplanner.core.contacts import check_email, normalise_phone
from tourplanner.core.errors import ConcurrentEditError, NotFoundError, ValidationError
from tourplanner.core.i18n import QT_TRANSLATE_NOOP, Context
from tourplanner.core.text_checks import check_seat_label, control_problem, shown
from tourplanner.core.timeutil import is_zone_name
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store.repository import tour_by_slug

R = TypeVar("R")

Errors = Context("Errors")  # the catalogue context of messages the services raise
Row = Any  # an ORM row of the entity's model

Check = Callable[[Any, str], Any]
Setter = Callable[[Session, Row, Any], None]


@dataclass(frozen=True)
class Entity(Generic[R]):
    label: str
    model: type[orm.Base]
    record: Callable[[Row], R]
    checks: Mapping[str, Check]
    required: frozenset[str] = frozenset()
    setters: Mapping[str, Setter] = field(default_factory=dict)
    invariants: Callable[[Session, Row], None] | None = None
    on_create: Callable[[Session, Row], None] | None = None
    on_update: Callable[[Session, Row, set[str]], None] | None = None

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(self.checks)


def apply_values(
    entity: Entity[Any], session: Session, row: Row, values: Mapping[str, Any]
) -> None:
    unknown = sorted(set(values) - entity.fields)
    if unknown:
        raise ValidationError(
            Errors.tr("{what}: unknown field {field}").format(
                what=record_label(entity.label), field=repr(unknown[0])
            )
        )
    for name, value in values.items():
        checked = entity.checks[name](value, f"{entity.label} {name}")
        setter = entity.setters.get(name)
        if setter is not None:
            setter(session, row, checked)
        else:
            setattr(row, name, checked)
    if entity.invariants is not None:
        entity.invariants(session, row)


def _saved(session: Session, entity: Entity[R], row: Row) -> R:
    """Write the row and read it back, so callers see what is stored (UTC times, version)."""
    session.flush()
    session.refresh(row)
    return entity.record(row)


# Every id column is a 32-bit INTEGER; PostgreSQL fails a query that compares one with a
# larger number ("integer out of range"), so an id outside this range is no row at all.
MAX_ID = 2**31 - 1


def is_id(value: Any) -> bool:
    """Whether ``value`` can be a row id (an int that fits the id columns)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


def shown_id(value: Any) -> str:
    """An id for a message: a 5,000-digit int cannot even be turned into text."""
    return str(value) if is_id(value) else "out of range"


def load_row(session: Session, entity: Entity[Any], row_id: int) -> Row:
    row = session.get(entity.model, row_id) if is_id(row_id) else None
    if row is None:
        raise NotFoundError(
            Errors.tr("no {what} with id {id}").format(
                what=record_label(entity.label), id=shown_id(row_id)
            )
        )
    return row


def check_version(label: str, row: Any, expected: int | None) -> None:
    """The one optimistic version check: ConcurrentEditError unless ``row`` (an ORM row,
    or a plain row with ``version_id`` and its name column) still has the version the
    user edited. ``expected`` None skips the check (scripted bulk edits)."""
    if expected is None or row.version_id == expected:
        return
    name = getattr(row, "name", None) or getattr(row, "full_name", None)
    shown = record_label(label)
    what = (
        Errors.tr("{what} {name}").format(what=shown, name=repr(name))
        if name
        else Errors.tr("this {what}").format(what=shown)
    )
    raise ConcurrentEditError(
        Errors.tr(
            "{what} was changed by someone else (version {theirs}, you edited version "
            "{yours}); reload to see their change"
        ).format(what=what, theirs=row.version_id, yours=expected)
    )


# The kinds of record as messages name them.
_RECORD_LABELS = {
    "schedule item": QT_TRANSLATE_NOOP("Errors", "schedule item"),
    "participant": QT_TRANSLATE_NOOP("Errors", "participant"),
    "group": QT_TRANSLATE_NOOP("Errors", "group"),
    "busy block": QT_TRANSLATE_NOOP("Errors", "busy block"),
    "site": QT_TRANSLATE_NOOP("Errors", "site"),
    "vehicle": QT_TRANSLATE_NOOP("Errors", "vehicle"),
    "tour": QT_TRANSLATE_NOOP("Errors", "tour"),
    "person": QT_TRANSLATE_NOOP("Errors", "person"),
    "people": QT_TRANSLATE_NOOP("Errors", "people"),
    "sites": QT_TRANSLATE_NOOP("Errors", "sites"),
}


def record_label(label: str) -> str:
    """A kind of record ('site') in the user's language."""
    known = _RECORD_LABELS.get(label)
    return Errors.tr(known) if known else label


def create(db: Database, entity: Entity[R], tour: str, values: Mapping[str, Any]) -> R:
    missing = sorted(entity.required - set(values))
    if missing:
        raise ValidationError(
            Errors.tr("{what}: {field} is required").format(
                what=record_label(entity.label), field=missing[0]
            )
        )
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        row = entity.model(tour_id=tour_row.id)
        with session.no_autoflush:
            apply_values(entity, session, row, values)
            if entity.on_create is not None:
                entity.on_create(session, row)
        session.add(row)
        return _saved(session, entity, row)


def get(db: Database, entity: Entity[R], row_id: int) -> R:
    with transaction(db) as session:
        return entity.record(load_row(session, entity, row_id))


def list_for_tour(db: Database, entity: Entity[R], tour: str, order_by: Any) -> list[R]:
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        model: Any = entity.model
        rows = session.scalars(select(model).where(model.tour_id == tour_row.id).order_by(order_by))
        return [entity.record(r) for r in rows]


def update(
    db: Database,
    entity: Entity[R],
    row_id: int,
    expected_version: int | None,
    values: Mapping[str, Any],
) -> R:
    """Apply ``values``; refuse with ConcurrentEditError if the row moved past
    ``expected_version`` (None skips that check, for scripted bulk edits)."""
    with transaction(db) as session:
        row = load_row(session, entity, row_id)
        check_version(entity.label, row, expected_version)
        with session.no_autoflush:
            apply_values(entity, session, row, values)
        if set(values) & set(entity.setters):
            touch(row)
        if entity.on_update is not None:
            entity.on_update(session, row, set(values))
        return _saved(session, entity, row)


def delete(db: Database, entity: Entity[Any], row_id: int, expected_version: int | None) -> None:
    with transaction(db) as session:
        row = load_row(session, entity, row_id)
        check_version(entity.label, row, expected_version)
        session.delete(row)
        session.flush()


def touch(row: Row) -> None:
    """Make the next flush write ``row`` and so raise its version, even when only one of
    its collections changed (members, attendance, opening hours): such a change must
    stop stale edits as much as a changed column does."""
    flag_modified(row, "tour_id" if hasattr(row, "tour_id") else "id")


def same_tour(session: Session, model: type[orm.Base], row_id: int, tour_id: int, what: str) -> Row:
    """Fetch a referenced row and make sure it belongs to the same tour."""
    ref: Any = session.get(model, row_id) if is_id(row_id) else None
    if ref is None or ref.tour_id != tour_id:
        raise ValidationError(
            Errors.tr("{what}: no such {kind} {id} in this tour").format(
                what=what, kind=record_label(model.__table__.description), id=shown_id(row_id)
            )
        )
    return ref


# -- Checks of single values shared by every service, each failing with a one-line message.
#
# Emails, phone numbers, web addresses and control characters are checked by the one
# function of each kind in core (contacts, text_checks); these wrap them for a service
# field, so a GUI dialog, the CLI and a tour file all meet the same rule.
#

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")

E = TypeVar("E", bound=StrEnum)


def timezone_name(value: Any, field: str = "timezone") -> str:
    """An IANA zone name that this machine's tz database knows."""
    if not isinstance(value, str) or not value:
        raise ValidationError(Errors.tr("{field}: a timezone name is required").format(field=field))
    if not is_zone_name(value):
        raise ValidationError(
            Errors.tr("{field}: unknown timezone {value}").format(field=field, value=shown(value))
        )
    return value


def optional_timezone(value: Any, field: str = "timezone") -> str | None:
    return None if value in (None, "") else timezone_name(value, field)


def key(value: Any, field: str = "key") -> str:
    if not isinstance(value, str) or not KEY_PATTERN.match(value):
        raise ValidationError(
            Errors.tr(
                "{field}: {value} is not a valid key (lower-case letters, digits, '-', '_', '.')"
            ).format(field=field, value=repr(value))
        )
    return value


def enum_value(enum_cls: type[E], value: Any, field: str) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        raise ValidationError(
            Errors.tr("{field}: {value} is not one of: {allowed}").format(
                field=field, value=repr(value), allowed=allowed
            )
        ) from None


def instant(value: Any, field: str) -> datetime:
    """A timezone-aware datetime; a naive one is ambiguous and refused."""
    if not isinstance(value, datetime):
        raise ValidationError(
            Errors.tr("{field}: expected a date and time, got {value}").format(
                field=field, value=repr(value)
            )
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            Errors.tr("{field}: {value} has no timezone").format(
                field=field, value=value.isoformat()
            )
        )
    return value


def day(value: Any, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(
            Errors.tr("{field}: expected a date, got {value}").format(
                field=field, value=repr(value)
            )
        )
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
        raise ValidationError(
            Errors.tr("{field}: expected text, got {type}").format(
                field=field, type=type(value).__name__
            )
        )
    if required and not value.strip():
        raise ValidationError(Errors.tr("{field}: must not be empty").format(field=field))
    if len(value) > max_length:
        raise ValidationError(
            Errors.tr("{field}: longer than {max_length} characters").format(
                field=field, max_length=max_length
            )
        )
    problem = control_problem(value, multiline=multiline)
    if problem is not None:
        raise ValidationError(
            Errors.tr("{field}: {value}: {problem}").format(
                field=field, value=shown(value), problem=problem
            )
        )
    return value


def line(value: Any, field: str, *, required: bool = False, max_length: int = 300) -> str:
    """One line of text (a name, a title, an organisation): no tab, no line break, no
    control character."""
    return text(value, field, required=required, max_length=max_length, multiline=False)


def number_between(low: float, high: float) -> Check:
    """A check of a number from ``low`` to ``high`` (a coordinate), or None."""

    def check(value: Any, field: str) -> float | None:
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            message = Errors.tr("{field}: expected a number from {low} to {high}")
            raise ValidationError(message.format(field=field, low=low, high=high))
        return float(value)

    return check


def text_list(value: Any, field: str) -> list[str]:
    """A list of non-empty texts (a site's key facts)."""
    items = list(value or ())
    if not all(isinstance(x, str) and x.strip() for x in items):
        message = Errors.tr("{field}: expected a list of non-empty texts")
        raise ValidationError(message.format(field=field))
    return items


def seat_label(value: Any, field: str) -> str:
    """A vehicle seat's label ("12", "3A"), or "" for none (see ``check_seat_label``)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            Errors.tr("{field}: expected text, got {type}").format(
                field=field, type=type(value).__name__
            )
        )
    try:
        return check_seat_label(value)
    except ValueError as e:
        raise ValidationError(Errors.tr("{field}: {error}").format(field=field, error=e)) from None


def email(value: Any, field: str) -> str:
    """An email address (tidied), or "" for none."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            Errors.tr("{field}: expected text, got {type}").format(
                field=field, type=type(value).__name__
            )
        )
    try:
        return check_email(value)
    except ValueError as e:
        raise ValidationError(Errors.tr("{field}: {error}").format(field=field, error=e)) from None


def phone(value: Any, field: str, country: str = "") -> str:
    """A phone number (as ``normalise_phone`` tidies it, read in ``country`` when it has
    no country code), or "" for none."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            Errors.tr("{field}: expected text, got {type}").format(
                field=field, type=type(value).__name__
            )
        )
    try:
        return normalise_phone(value, country)
    except ValueError as e:
        raise ValidationError(Errors.tr("{field}: {error}").format(field=field, error=e)) from None


def optional_int(
    value: Any, field: str, *, minimum: int = 1, maximum: int = 1_000_000
) -> int | None:
    """A whole number in range (the range keeps it inside every backend's INTEGER)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise ValidationError(
            Errors.tr("{field}: expected a whole number from {minimum} to {maximum}").format(
                field=field, minimum=minimum, maximum=maximum
            )
        )
    return value


def flag(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(Errors.tr("{field}: expected true or false").format(field=field))
    return value


def ordered(start: datetime, end: datetime, what: str = "end") -> None:
    if end <= start:
        raise ValidationError(
            Errors.tr("{what} {end} must be after start {start}").format(
                what=what, end=end.isoformat(), start=start.isoformat()
            )
        )
