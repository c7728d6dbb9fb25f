"""What a delegate needs on the day: the tour's on-duty contacts, its 24-hour line and
its notes per day. Each value is checked by the one check of its kind (mobiles by
``core.contacts.check_mobile``, text by ``services.validation``), whether it comes from
the GUI, a tour file or the CLI.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from tourplanner.core.contacts import check_mobile
from tourplanner.core.errors import ValidationError
from tourplanner.core.languages import language_tags
from tourplanner.core.model import DayNote, DutyContact
from tourplanner.services import validation as v
from tourplanner.store import models as orm
from tourplanner.store import repository

MAX_DUTY_CONTACTS = 50


def mobile(value: Any, field: str) -> str:
    """A mobile number (tidied), or "" for none; an office line is refused."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: expected text, got {type(value).__name__}")
    try:
        return check_mobile(value)
    except ValueError as e:
        raise ValidationError(f"{field}: {e}") from None


def duty_contact(value: Any, field: str) -> DutyContact:
    """One on-duty contact: a name and a mobile are required."""
    if not isinstance(value, DutyContact):
        raise ValidationError(f"{field}: expected an on-duty contact")
    try:
        languages = language_tags(value.languages)
    except ValueError as e:
        raise ValidationError(f"{field} languages: {e}") from None
    number = mobile(value.mobile, f"{field} mobile")
    if not number:
        raise ValidationError(f"{field} mobile: a mobile number is required")
    return DutyContact(
        name=v.line(value.name, f"{field} name", required=True, max_length=200),
        role=v.line(value.role, f"{field} role", max_length=200),
        mobile=number,
        local_name=v.line(value.local_name, f"{field} local name", max_length=200),
        languages=languages,
    )


def duty_contacts(value: Any, field: str) -> tuple[DutyContact, ...]:
    """The on-duty list, in calling order."""
    if not isinstance(value, (list, tuple)):
        raise ValidationError(f"{field}: expected a list of on-duty contacts")
    if len(value) > MAX_DUTY_CONTACTS:
        raise ValidationError(f"{field}: more than {MAX_DUTY_CONTACTS} contacts")
    return tuple(duty_contact(c, f"{field} {i + 1}") for i, c in enumerate(value))


def day_notes(value: Any, field: str) -> tuple[DayNote, ...]:
    """Notes per day, one per date, sorted by date."""
    if not isinstance(value, (list, tuple)):
        raise ValidationError(f"{field}: expected a list of day notes")
    out: dict[Any, DayNote] = {}
    for note in value:
        if not isinstance(note, DayNote):
            raise ValidationError(f"{field}: expected a day note")
        day = v.day(note.day, f"{field} date")
        where = f"{field} {day.isoformat()}"
        if day in out:
            raise ValidationError(f"{where}: a second note for the same day")
        out[day] = DayNote(
            day=day,
            weather=v.text(note.weather, f"{where} weather", max_length=2000),
            bring=v.text(note.bring, f"{where} bring", max_length=2000),
            dress=v.text(note.dress, f"{where} dress", max_length=2000),
        )
    return tuple(out[d] for d in sorted(out))


def _replace_children(session: Session, row: orm.Tour, name: str, rows: list[Any]) -> None:
    # Old rows leave first: a day's new note would otherwise collide with the old one.
    setattr(row, name, [])
    if inspect(row).persistent:
        session.flush()
    setattr(row, name, rows)


def set_duty_contacts(session: Session, row: orm.Tour, contacts: tuple[DutyContact, ...]) -> None:
    """Store the tour's on-duty list (it replaces the old one)."""
    _replace_children(session, row, "duty_contacts", repository.duty_rows(contacts))


def set_day_notes(session: Session, row: orm.Tour, notes: tuple[DayNote, ...]) -> None:
    """Store the tour's notes per day (they replace the old ones)."""
    _replace_children(session, row, "day_notes", repository.day_note_rows(notes))
