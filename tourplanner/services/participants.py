"""Participants: delegates, hosts, interpreters, staff and everyone else on the tour."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from tourplanner.core.enums import ParticipantRole
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import Participant
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database
from tourplanner.store import models as orm
from tourplanner.store import records

_ALL = frozenset({"phone"})
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _languages(value: Any, field: str) -> list[str]:
    tags = list(value or ())
    for tag in tags:
        if not isinstance(tag, str) or not _LANGUAGE_TAG.match(tag):
            raise ValidationError(f"{field}: {tag!r} is not a language tag such as zh or en")
    if len(set(tags)) != len(tags):
        raise ValidationError(f"{field}: a language is listed twice")
    return tags


def _phone_in_country(_session: Session, row: orm.Participant, changed: set[str] = _ALL) -> None:
    """A number without a country code is read in the person's country, which may come
    in the same edit; so the phone is checked when the whole row is known."""
    if "phone" in changed:
        row.phone = v.phone(row.phone, "participant phone", row.country or "")


PARTICIPANT = crud.Entity[Participant](
    label="participant",
    model=orm.Participant,
    record=records.participant,
    checks={
        "key": v.key,
        "full_name": lambda x, f: v.text(x, f, required=True, max_length=200),
        "local_name": lambda x, f: v.text(x, f, max_length=200),
        "honorific": lambda x, f: v.text(x, f, max_length=40),
        "title": lambda x, f: v.text(x, f, max_length=300),
        "organisation": lambda x, f: v.text(x, f, max_length=300),
        "country": lambda x, f: v.text(x, f, max_length=100),
        "role": lambda x, f: v.enum_value(ParticipantRole, x, f),
        "email": v.email,
        # Checked with the person's country once every value is in (see _phone_in_country).
        "phone": lambda x, f: v.text(x, f, max_length=64),
        "languages": _languages,
        "dietary": v.text,
        "accessibility": v.text,
        "notes": v.text,
        "is_vip": v.flag,
        "precedence": v.optional_int,
        "illustrative": v.flag,
    },
    required=frozenset({"key", "full_name", "role"}),
    on_create=_phone_in_country,
    on_update=_phone_in_country,
)


def create_participant(db: Database, tour: str, **values: Any) -> Participant:
    """Add a person to ``tour``; ``key``, ``full_name`` and ``role`` are required."""
    return crud.create(db, PARTICIPANT, tour, values)


def get_participant(db: Database, participant_id: int) -> Participant:
    return crud.get(db, PARTICIPANT, participant_id)


def list_participants(db: Database, tour: str) -> list[Participant]:
    return crud.list_for_tour(db, PARTICIPANT, tour, orm.Participant.key)


def update_participant(
    db: Database, participant_id: int, expected_version: int | None, **values: Any
) -> Participant:
    return crud.update(db, PARTICIPANT, participant_id, expected_version, values)


def delete_participant(
    db: Database, participant_id: int, expected_version: int | None = None
) -> None:
    """Delete a person; they leave every group and item they were in."""
    crud.delete(db, PARTICIPANT, participant_id, expected_version)
