"""Participants: delegates, hosts, interpreters, staff and everyone else on the tour."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner.core.enums import AttendanceScope, ParticipantRole
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.languages import language_tags
from tourplanner.core.model import Attendance, BusyBlock, Participant
from tourplanner.services import crud
from tourplanner.services import validation as v
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import tour_by_slug


def _languages(value: Any, field: str) -> list[str]:
    """Tags or names ('zh', 'Deutsch', '日本語'), each stored as its BCP 47 tag, once."""
    if not isinstance(value, str | list | tuple | type(None)):
        raise ValidationError(f"{field}: expected a list of languages")
    try:
        return list(language_tags(value or ()))
    except ValueError as e:
        raise ValidationError(f"{field}: {e}") from None


def _phone_in_country(
    _session: Session, row: orm.Participant, changed: AbstractSet[str] = frozenset({"phone"})
) -> None:
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


# -- removal and its inverse (undo) ----------------------------------------------------------

_PARTICIPANT_FIELDS = tuple(sorted(PARTICIPANT.fields))


def participant_values(person: Participant) -> dict[str, Any]:
    """The values ``create_participant`` needs to make ``person`` again."""
    return {name: getattr(person, name) for name in _PARTICIPANT_FIELDS}


@dataclass(frozen=True)
class ParticipantRemoval:
    """A deleted person and every place they were named, as it was just before."""

    participant: Participant
    group_ids: tuple[int, ...]
    attendance: tuple[tuple[int, Attendance], ...]  # (item id, the person's own entry)
    busy_blocks: tuple[BusyBlock, ...]


def remove_participants(
    db: Database, tour: str, versions: Mapping[int, int | None]
) -> tuple[ParticipantRemoval, ...]:
    """Delete people in one transaction; they leave their groups, items and busy blocks."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        removals = []
        for pid, expected in sorted(versions.items()):
            row = crud.load_row(session, PARTICIPANT, pid)
            if row.tour_id != tour_id:
                raise NotFoundError(f"no participant with id {pid} in tour {tour!r}")
            crud.check_version(PARTICIPANT.label, row, expected)
            groups = session.scalars(
                select(orm.GroupMember.group_id).where(orm.GroupMember.participant_id == pid)
            ).all()
            entries = session.scalars(
                select(orm.AttendanceRow).where(orm.AttendanceRow.participant_id == pid)
            ).all()
            busy = session.scalars(select(orm.BusyBlock).where(orm.BusyBlock.participant_id == pid))
            removals.append(
                ParticipantRemoval(
                    participant=PARTICIPANT.record(row),
                    group_ids=tuple(sorted(groups)),
                    attendance=tuple(
                        sorted(
                            ((e.item_id, records.attendance(e)) for e in entries),
                            key=lambda pair: pair[0],
                        )
                    ),
                    busy_blocks=tuple(records.busy_block(b) for b in busy),
                )
            )
            session.delete(row)
            session.flush()
        return tuple(removals)


def restore_participants(
    db: Database, tour: str, removals: Sequence[ParticipantRemoval]
) -> dict[int, int]:
    """Undo ``remove_participants``: create the people again and put them back in the
    groups and items that still exist. Returns ``{old id: new id}``."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        new_ids: dict[int, int] = {}
        for removal in removals:
            row = orm.Participant(tour_id=tour_id)
            with session.no_autoflush:
                crud.apply_values(
                    PARTICIPANT, session, row, participant_values(removal.participant)
                )
            session.add(row)
            session.flush()
            new_ids[removal.participant.id] = new_id = row.id
            for group_id in removal.group_ids:
                group = session.get(orm.Group, group_id)
                if group is not None:
                    session.add(orm.GroupMember(group_id=group_id, participant_id=new_id))
                    crud.touch(group)
            for item_id, entry in removal.attendance:
                item = session.get(orm.ScheduleItem, item_id)
                if item is None:
                    continue
                crud.touch(item)
                session.add(
                    orm.AttendanceRow(
                        item_id=item_id,
                        scope=AttendanceScope.PERSON,
                        role=entry.role,
                        group_id=None,
                        participant_id=new_id,
                    )
                )
            for b in removal.busy_blocks:
                session.add(
                    orm.BusyBlock(
                        tour_id=tour_id,
                        participant_id=new_id,
                        site_id=None,
                        starts_at=b.starts_at,
                        ends_at=b.ends_at,
                        summary=b.summary,
                    )
                )
        session.flush()
        return new_ids
