"""Participants: delegates, hosts, interpreters, staff and everyone else on the tour."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner.core.address import check_overrides
from tourplanner.core.enums import AttendanceScope, ParticipantRole
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.languages import language_tags
from tourplanner.core.model import Attendance, BusyBlock, Group, Participant
from tourplanner.core.precedence import untied_ranks
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise


def _languages(value: Any, field: str) -> list[str]:
    """Tags or names ('zh', 'Deutsch', '日本語'), each stored as its BCP 47 tag, once."""
    if not isinstance(value, str | list | tuple | type(None)):
        raise ValidationError(
            Errors.tr("{field}: expected a list of languages").format(field=field)
        )
    try:
        return list(language_tags(value or ()))
    except ValueError as e:
        raise ValidationError(Errors.tr("{field}: {error}").format(field=field, error=e)) from None


def _address(value: Any, field: str) -> dict[str, str]:
    """The forms of address the organiser sets (names in core.address.FIELDS)."""
    if not isinstance(value, dict | list | tuple):
        raise ValidationError(Errors.tr("{field}: expected named texts").format(field=field))
    try:
        return check_overrides(value)
    except ValueError as e:
        raise ValidationError(Errors.tr("{field}: {error}").format(field=field, error=e)) from None


def _phone_in_country(
    _session: Session, row: orm.Participant, changed: AbstractSet[str] = frozenset({"phone"})
) -> None:
    """A number without a country code is read in the person's country, which may come
    in the same edit; so the phone is checked when the whole row is known."""
    if "phone" in changed:
        row.phone = crud.phone(row.phone, "participant phone", row.country or "")


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
        "key": crud.key,
        "full_name": lambda x, f: crud.line(x, f, required=True, max_length=200),
        "local_name": lambda x, f: crud.line(x, f, max_length=200),
        "honorific": lambda x, f: crud.line(x, f, max_length=40),
        "title": lambda x, f: crud.line(x, f, max_length=300),
        "organisation": lambda x, f: crud.line(x, f, max_length=300),
        "country": lambda x, f: crud.line(x, f, max_length=100),
        "role": lambda x, f: crud.enum_value(ParticipantRole, x, f),
        "email": crud.email,
        # Checked with the person's country once every value is in (see _phone_in_country).
        "phone": lambda x, f: crud.line(x, f, max_length=64),
        "languages": _languages,
        "dietary": crud.text,
        "accessibility": crud.text,
        "notes": crud.text,
        "is_vip": crud.flag,
        "precedence": crud.optional_int,
        "illustrative": crud.flag,
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
                raise NotFoundError(
                    Errors.tr("no participant with id {pid} in tour {tour}").format(
                        pid=pid, tour=repr(tour)
                    )
                )
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


# -- Groups: named subsets of a tour's participants, such as "Press pool". ---------------------
def _member_ids(value: Any, field: str) -> tuple[int, ...]:
    ids = tuple(value or ())
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        raise ValidationError(Errors.tr("{field}: expected participant ids").format(field=field))
    if len(set(ids)) != len(ids):
        raise ValidationError(
            Errors.tr("{field}: a participant is listed twice").format(field=field)
        )
    return ids


def _set_members(session: Session, row: orm.Group, ids: tuple[int, ...]) -> None:
    for pid in ids:
        crud.same_tour(session, orm.Participant, pid, row.tour_id, "group members")
    row.members = [orm.GroupMember(participant_id=pid) for pid in sorted(ids)]


GROUP = crud.Entity[Group](
    label="group",
    model=orm.Group,
    record=records.group,
    checks={
        "key": crud.key,
        "name": lambda x, f: crud.text(x, f, required=True, max_length=200),
        "local_name": lambda x, f: crud.text(x, f, max_length=200),
        "description": crud.text,
        "member_ids": _member_ids,
    },
    required=frozenset({"key", "name"}),
    setters={"member_ids": _set_members},
)


def create_group(db: Database, tour: str, **values: Any) -> Group:
    """Add a group to ``tour``; ``key`` and ``name`` are required."""
    return crud.create(db, GROUP, tour, values)


def get_group(db: Database, group_id: int) -> Group:
    return crud.get(db, GROUP, group_id)


def list_groups(db: Database, tour: str) -> list[Group]:
    return crud.list_for_tour(db, GROUP, tour, orm.Group.key)


def update_group(db: Database, group_id: int, expected_version: int | None, **values: Any) -> Group:
    return crud.update(db, GROUP, group_id, expected_version, values)


def delete_group(db: Database, group_id: int, expected_version: int | None = None) -> None:
    """Delete a group; items it was attending lose that attendance."""
    crud.delete(db, GROUP, group_id, expected_version)


# -- edits in one step, removal and its inverse (undo) ---------------------------------------


def set_group_members(
    db: Database, changes: Mapping[int, tuple[Sequence[int], int | None]]
) -> tuple[Group, ...]:
    """Give groups new member lists, ``{group_id: (member ids, expected_version)}``, in one
    transaction; returns the stored groups in id order."""
    with transaction(db) as session:
        rows = []
        for group_id, (members, expected) in sorted(changes.items()):
            row = crud.load_row(session, GROUP, group_id)
            crud.check_version(GROUP.label, row, expected)
            with session.no_autoflush:
                crud.apply_values(GROUP, session, row, {"member_ids": tuple(members)})
            crud.touch(row)
            rows.append(row)
        session.flush()
        for row in rows:
            session.refresh(row)
        return tuple(GROUP.record(r) for r in rows)


@dataclass(frozen=True)
class GroupRemoval:
    """A deleted group and the items it attended, as they were just before."""

    group: Group
    attendance: tuple[tuple[int, Attendance], ...]  # (item id, the group's entry)


def remove_groups(
    db: Database, tour: str, versions: Mapping[int, int | None]
) -> tuple[GroupRemoval, ...]:
    """Delete groups in one transaction; items they attended lose that attendance."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        removals = []
        for group_id, expected in sorted(versions.items()):
            row = crud.load_row(session, GROUP, group_id)
            if row.tour_id != tour_id:
                raise NotFoundError(
                    Errors.tr("no group with id {group_id} in tour {tour}").format(
                        group_id=group_id, tour=repr(tour)
                    )
                )
            crud.check_version(GROUP.label, row, expected)
            entries = session.scalars(
                select(orm.AttendanceRow).where(orm.AttendanceRow.group_id == group_id)
            ).all()
            for entry in entries:
                item = session.get(orm.ScheduleItem, entry.item_id)
                if item is not None:
                    crud.touch(item)
            removals.append(
                GroupRemoval(
                    group=GROUP.record(row),
                    attendance=tuple(
                        sorted(
                            ((e.item_id, records.attendance(e)) for e in entries),
                            key=lambda pair: pair[0],
                        )
                    ),
                )
            )
            session.flush()
            session.delete(row)
            session.flush()
        return tuple(removals)


def restore_groups(db: Database, tour: str, removals: Sequence[GroupRemoval]) -> dict[int, int]:
    """Undo ``remove_groups``: the groups again, with the members that still exist, back
    on the items that still exist. Returns ``{old id: new id}``."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        new_ids: dict[int, int] = {}
        for removal in removals:
            g = removal.group
            row = orm.Group(
                tour_id=tour_id,
                key=g.key,
                name=g.name,
                local_name=g.local_name,
                description=g.description,
            )
            row.members = [
                orm.GroupMember(participant_id=pid)
                for pid in sorted(g.member_ids)
                if session.get(orm.Participant, pid) is not None
            ]
            session.add(row)
            session.flush()
            new_ids[g.id] = row.id
            for item_id, entry in removal.attendance:
                item = session.get(orm.ScheduleItem, item_id)
                if item is None:
                    continue
                crud.touch(item)
                session.add(
                    orm.AttendanceRow(
                        item_id=item_id,
                        scope=AttendanceScope.GROUP,
                        role=entry.role,
                        group_id=row.id,
                        participant_id=None,
                    )
                )
        session.flush()
        return new_ids


# -- Busy blocks: outside commitments of a person or a site, which items must avoid. -----------
def _optional_id(value: Any, field: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(Errors.tr("{field}: expected an id or nothing").format(field=field))
    return value


def _owner_and_times(session: Session, row: orm.BusyBlock) -> None:
    if (row.participant_id is None) == (row.site_id is None):
        raise ValidationError(Errors.tr("busy block: give exactly one of a participant or a site"))
    if row.participant_id is not None:
        crud.same_tour(session, orm.Participant, row.participant_id, row.tour_id, "busy block")
    if row.site_id is not None:
        crud.same_tour(session, orm.Site, row.site_id, row.tour_id, "busy block")
    if row.starts_at is not None and row.ends_at is not None:
        crud.ordered(row.starts_at, row.ends_at, "busy block end")


BUSY_BLOCK = crud.Entity[BusyBlock](
    label="busy block",
    model=orm.BusyBlock,
    record=records.busy_block,
    checks={
        "participant_id": _optional_id,
        "site_id": _optional_id,
        "starts_at": crud.instant,
        "ends_at": crud.instant,
        "summary": lambda x, f: crud.text(x, f, max_length=300),
    },
    required=frozenset({"starts_at", "ends_at"}),
    invariants=_owner_and_times,
)


def create_busy_block(db: Database, tour: str, **values: Any) -> BusyBlock:
    """Record an outside commitment of one participant or one site."""
    return crud.create(db, BUSY_BLOCK, tour, values)


def get_busy_block(db: Database, block_id: int) -> BusyBlock:
    return crud.get(db, BUSY_BLOCK, block_id)


def list_busy_blocks(db: Database, tour: str) -> list[BusyBlock]:
    return crud.list_for_tour(db, BUSY_BLOCK, tour, orm.BusyBlock.starts_at)


def update_busy_block(
    db: Database, block_id: int, expected_version: int | None, **values: Any
) -> BusyBlock:
    return crud.update(db, BUSY_BLOCK, block_id, expected_version, values)


def delete_busy_block(db: Database, block_id: int, expected_version: int | None = None) -> None:
    crud.delete(db, BUSY_BLOCK, block_id, expected_version)


@dataclass(frozen=True)
class BusyTime:
    """One busy time as the busy-times dialog edits it (no id: the set is replaced)."""

    starts_at: Any
    ends_at: Any
    summary: str = ""


def set_busy_blocks(
    db: Database,
    tour: str,
    blocks: Sequence[BusyTime],
    *,
    participant_id: int | None = None,
    site_id: int | None = None,
) -> list[BusyBlock]:
    """Make ``blocks`` exactly the busy times of one person or one site (the old ones go),
    in one transaction, each checked as ``create_busy_block`` checks it. The busy-times
    dialog saves through this, and its undo puts the old set back the same way."""
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        owner = {"participant_id": participant_id, "site_id": site_id}
        probe = orm.BusyBlock(tour_id=tour_row.id, **owner)
        with session.no_autoflush:
            _owner_and_times(session, probe)  # the owner, before anything is removed
        column = (
            orm.BusyBlock.participant_id == participant_id
            if participant_id is not None
            else orm.BusyBlock.site_id == site_id
        )
        for old in session.scalars(
            select(orm.BusyBlock).where(orm.BusyBlock.tour_id == tour_row.id, column)
        ):
            session.delete(old)
        rows = []
        for block in blocks:
            row = orm.BusyBlock(tour_id=tour_row.id)
            values = {
                **owner,
                "starts_at": block.starts_at,
                "ends_at": block.ends_at,
                "summary": block.summary,
            }
            with session.no_autoflush:
                crud.apply_values(BUSY_BLOCK, session, row, values)
            session.add(row)
            rows.append(row)
        session.flush()
        out = []
        for row in rows:
            session.refresh(row)
            out.append(records.busy_block(row))
        return sorted(out, key=lambda b: b.starts_at)
