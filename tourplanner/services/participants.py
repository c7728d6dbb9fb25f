"""Participants: delegates, hosts, interpreters, staff and everyone else on the tour."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner.core.address import check_overrides
from tourplanner.core.enums import ParticipantRole
from tourplanner.core.errors import ValidationError
from tourplanner.core.languages import language_tags
from tourplanner.core.model import Participant
from tourplanner.core.precedence import untied_ranks
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database
from tourplanner.store import models as orm
from tourplanner.store import records


def _languages(value: Any, field: str) -> list[str]:
    """Tags or names ('zh', 'Deutsch', '日本語'), each stored as its BCP 47 tag, once."""
    if not isinstance(value, str | list | tuple | type(None)):
        raise ValidationError(f"{field}: expected a list of languages")
    try:
        return list(language_tags(value or ()))
    except ValueError as e:
        raise ValidationError(f"{field}: {e}") from None


def _address(value: Any, field: str) -> dict[str, str]:
    """The forms of address the organiser sets (names in core.address.FIELDS)."""
    if not isinstance(value, dict | list | tuple):
        raise ValidationError(f"{field}: expected named texts")
    try:
        return check_overrides(value)
    except ValueError as e:
        raise ValidationError(f"{field}: {e}") from None


def _phone_in_country(
    _session: Session, row: orm.Participant, changed: AbstractSet[str] = frozenset({"phone"})
) -> None:
    """A number without a country code is read in the person's country, which may come
    in the same edit; so the phone is checked when the whole row is known."""
    if "phone" in changed:
        row.phone = v.phone(row.phone, "participant phone", row.country or "")


def untie_precedence(
    session: Session, tour_id: int, just_set: AbstractSet[int] = frozenset()
) -> None:
    """No ties in the order of precedence: at a rank two people share, the one just
    given it (``just_set``, ids) keeps it and the other moves one place down, pushing
    those right after along (core.precedence.untied_ranks)."""
    with session.no_autoflush:
        rows = session.scalars(
            select(orm.Participant).where(
                orm.Participant.tour_id == tour_id, orm.Participant.precedence.is_not(None)
            )
        ).all()
    moves = untied_ranks(
        (r.id, r.precedence, r.id in just_set, r.full_name, r.key)
        for r in rows
        if r.precedence is not None
    )
    for r in rows:
        if r.id in moves:
            r.precedence = moves[r.id]


def _make_room(session: Session, row: orm.Participant) -> None:
    """Giving someone a rank another person holds moves that person down."""
    if row.precedence is None:
        return
    if row.id is None:  # a new row: give it an id first, so it can be told apart
        session.add(row)
        session.flush()
    untie_precedence(session, row.tour_id, {row.id})


def _on_create(session: Session, row: orm.Participant) -> None:
    _phone_in_country(session, row)
    _make_room(session, row)


def _on_update(session: Session, row: orm.Participant, changed: AbstractSet[str]) -> None:
    _phone_in_country(session, row, changed)
    if "precedence" in changed:
        _make_room(session, row)


PARTICIPANT = crud.Entity[Participant](
    label="participant",
    model=orm.Participant,
    record=records.participant,
    checks={
        "key": v.key,
        "full_name": lambda x, f: v.line(x, f, required=True, max_length=200),
        "local_name": lambda x, f: v.line(x, f, max_length=200),
        "honorific": lambda x, f: v.line(x, f, max_length=40),
        "title": lambda x, f: v.line(x, f, max_length=300),
        "organisation": lambda x, f: v.line(x, f, max_length=300),
        "country": lambda x, f: v.line(x, f, max_length=100),
        "role": lambda x, f: v.enum_value(ParticipantRole, x, f),
        "email": v.email,
        # Checked with the person's country once every value is in (see _phone_in_country).
        "phone": lambda x, f: v.line(x, f, max_length=64),
        "languages": _languages,
        "dietary": v.text,
        "accessibility": v.text,
        "notes": v.text,
        "is_vip": v.flag,
        "precedence": v.optional_int,
        "illustrative": v.flag,
        "address": _address,
    },
    required=frozenset({"key", "full_name", "role"}),
    on_create=_on_create,
    on_update=_on_update,
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
