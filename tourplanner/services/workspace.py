"""Edits the organiser's workspace makes in one step, so each one can be undone in one step.

The GUI's bulk operations (change the group of many people, edit many items, delete what
other records use) each run in one transaction here, and each has an inverse that puts
back exactly what it took away: a deleted site comes back with its opening hours, busy
blocks and travel overrides and is put back on the items that used it; a deleted person
comes back into their groups, items and busy blocks. A record that is created again gets
a new id (the removal records say which old id it had); items keep their UID, as a
calendar event must.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from tourplanner.core.enums import AttendanceScope
from tourplanner.core.errors import ConcurrentEditError, NotFoundError
from tourplanner.core.model import (
    Attendance,
    BusyBlock,
    Group,
    Participant,
    ScheduleItem,
    Site,
    TravelOverride,
)
from tourplanner.services import crud
from tourplanner.services.database import Database, describe_url, open_database, transaction
from tourplanner.services.groups import GROUP
from tourplanner.services.items import ITEM
from tourplanner.services.participants import PARTICIPANT
from tourplanner.services.sites import SITE
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import tour_by_slug

__all__ = [
    "GroupRemoval",
    "ParticipantRemoval",
    "SiteRemoval",
    "check_connection",
    "participant_values",
    "remove_groups",
    "remove_items",
    "remove_participants",
    "remove_sites",
    "restore_groups",
    "restore_items",
    "restore_participants",
    "restore_sites",
    "set_group_members",
    "site_values",
    "update_items",
]

# Fields of a record that its service lets a caller set (everything but ids and versions).
_SITE_FIELDS = tuple(sorted(SITE.fields))
_PARTICIPANT_FIELDS = tuple(sorted(PARTICIPANT.fields))
_ITEM_FIELDS = tuple(sorted(ITEM.fields))


def site_values(site: Site) -> dict[str, Any]:
    """The values ``create_site`` needs to make ``site`` again."""
    return {name: getattr(site, name) for name in _SITE_FIELDS}


def participant_values(person: Participant) -> dict[str, Any]:
    """The values ``create_participant`` needs to make ``person`` again."""
    return {name: getattr(person, name) for name in _PARTICIPANT_FIELDS}


def _item_values(item: ScheduleItem) -> dict[str, Any]:
    return {name: getattr(item, name) for name in _ITEM_FIELDS}


_bump_version = crud.touch


def _check_version(entity: crud.Entity[Any], row: Any, expected: int | None) -> None:
    if expected is not None and row.version_id != expected:
        what = getattr(row, "name", None) or getattr(row, "full_name", None) or row.id
        raise ConcurrentEditError(
            f"{entity.label} {what!r} was changed by someone else (version {row.version_id}, "
            f"you edited version {expected}); reload to see their change"
        )


# -- items -----------------------------------------------------------------------------------


def update_items(
    db: Database, changes: Mapping[int, tuple[Mapping[str, Any], int | None]]
) -> tuple[ScheduleItem, ...]:
    """Apply ``{item_id: (values, expected_version)}`` in one transaction: all or nothing.

    Each item is checked and versioned as ``items.update_item`` would; the stored items
    come back in id order.
    """
    with transaction(db) as session:
        rows = {}
        for item_id, (values, expected) in sorted(changes.items()):
            row = crud.load_row(session, ITEM, item_id)
            _check_version(ITEM, row, expected)
            with session.no_autoflush:
                crud.apply_values(ITEM, session, row, values)
            assert ITEM.on_update is not None
            ITEM.on_update(session, row, set(values))
            if "attendance" in values:
                _bump_version(row)
            rows[item_id] = row
        session.flush()
        out = []
        for item_id in sorted(rows):
            session.refresh(rows[item_id])
            out.append(ITEM.record(rows[item_id]))
        return tuple(out)


def remove_items(db: Database, versions: Mapping[int, int | None]) -> tuple[ScheduleItem, ...]:
    """Delete items in one transaction; returns them as they were, for ``restore_items``."""
    with transaction(db) as session:
        removed = []
        for item_id, expected in sorted(versions.items()):
            row = crud.load_row(session, ITEM, item_id)
            _check_version(ITEM, row, expected)
            removed.append(ITEM.record(row))
            session.delete(row)
        session.flush()
        return tuple(removed)


def restore_items(
    db: Database, tour: str, items: Sequence[ScheduleItem]
) -> tuple[ScheduleItem, ...]:
    """Create deleted items again with their UIDs; their SEQUENCE goes one past the old
    one, so calendars that saw the deletion take the item back. Returns the new items in
    the order given (their ids are new)."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        rows = []
        for item in items:
            row = orm.ScheduleItem(tour_id=tour_id)
            with session.no_autoflush:
                crud.apply_values(ITEM, session, row, _item_values(item))
            row.uid = item.uid
            row.sequence = item.sequence + 1
            row.created_at = item.created_at
            row.updated_at = item.updated_at
            session.add(row)
            rows.append(row)
        session.flush()
        for row in rows:
            session.refresh(row)
        return tuple(ITEM.record(r) for r in rows)


# -- sites -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteRemoval:
    """A deleted site and what went with it, as they were just before."""

    site: Site
    item_ids: tuple[int, ...]  # items that were at the site and now have none
    busy_blocks: tuple[BusyBlock, ...]
    overrides: tuple[TravelOverride, ...]


def remove_sites(
    db: Database, tour: str, versions: Mapping[int, int | None]
) -> tuple[SiteRemoval, ...]:
    """Delete sites in one transaction. Items at a deleted site stay, without a site (their
    SEQUENCE goes up: the place of the event changed); the site's busy blocks and travel
    overrides go with it."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        removals = []
        for site_id, expected in sorted(versions.items()):
            row = crud.load_row(session, SITE, site_id)
            if row.tour_id != tour_id:
                raise NotFoundError(f"no site with id {site_id} in tour {tour!r}")
            _check_version(SITE, row, expected)
            items = session.scalars(
                select(orm.ScheduleItem).where(orm.ScheduleItem.site_id == site_id)
            ).all()
            for item in items:
                item.site_id = None
                assert ITEM.on_update is not None
                ITEM.on_update(session, item, {"site_id"})
            busy = session.scalars(select(orm.BusyBlock).where(orm.BusyBlock.site_id == site_id))
            overrides = session.scalars(
                select(orm.TravelOverride).where(
                    (orm.TravelOverride.from_site_id == site_id)
                    | (orm.TravelOverride.to_site_id == site_id)
                )
            )
            removals.append(
                SiteRemoval(
                    site=SITE.record(row),
                    item_ids=tuple(sorted(i.id for i in items)),
                    busy_blocks=tuple(records.busy_block(b) for b in busy),
                    overrides=tuple(records.travel_override(o) for o in overrides),
                )
            )
            session.flush()
            session.delete(row)
            session.flush()
        return tuple(removals)


def restore_sites(db: Database, tour: str, removals: Sequence[SiteRemoval]) -> dict[int, int]:
    """Undo ``remove_sites``: create the sites again, put them back on their items (those
    still without a site) and restore their busy blocks and travel overrides. Returns
    ``{old site id: new site id}``."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        new_ids: dict[int, int] = {}
        for removal in removals:
            row = orm.Site(tour_id=tour_id)
            with session.no_autoflush:
                crud.apply_values(SITE, session, row, site_values(removal.site))
            row.geocode_status = removal.site.geocode_status
            row.geocode_message = removal.site.geocode_message
            session.add(row)
            session.flush()
            new_ids[removal.site.id] = row.id
        for removal in removals:
            new_id = new_ids[removal.site.id]
            for item_id in removal.item_ids:
                item = session.get(orm.ScheduleItem, item_id)
                if item is None or item.site_id is not None:
                    continue  # deleted or moved elsewhere since: leave it as it is now
                item.site_id = new_id
                assert ITEM.on_update is not None
                ITEM.on_update(session, item, {"site_id"})
            for b in removal.busy_blocks:
                session.add(
                    orm.BusyBlock(
                        tour_id=tour_id,
                        site_id=new_id,
                        participant_id=None,
                        starts_at=b.starts_at,
                        ends_at=b.ends_at,
                        summary=b.summary,
                    )
                )
        restored: set[tuple[int, int]] = set()
        for removal in removals:
            for o in removal.overrides:
                ends = (
                    new_ids.get(o.from_site_id, o.from_site_id),
                    new_ids.get(o.to_site_id, o.to_site_id),
                )
                # Two removed sites share an override: put it back once. A site at the
                # other end that has gone since takes the override with it.
                if ends in restored or any(session.get(orm.Site, s) is None for s in ends):
                    continue
                restored.add(ends)
                session.add(
                    orm.TravelOverride(
                        tour_id=tour_id,
                        from_site_id=ends[0],
                        to_site_id=ends[1],
                        minutes=o.minutes,
                        note=o.note,
                    )
                )
        session.flush()
        return new_ids


# -- participants ----------------------------------------------------------------------------


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
            _check_version(PARTICIPANT, row, expected)
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
                    _bump_version(group)
            for item_id, entry in removal.attendance:
                item = session.get(orm.ScheduleItem, item_id)
                if item is None:
                    continue
                _bump_version(item)
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


# -- groups ----------------------------------------------------------------------------------


def set_group_members(
    db: Database, changes: Mapping[int, tuple[Sequence[int], int | None]]
) -> tuple[Group, ...]:
    """Give groups new member lists, ``{group_id: (member ids, expected_version)}``, in one
    transaction; returns the stored groups in id order."""
    with transaction(db) as session:
        rows = []
        for group_id, (members, expected) in sorted(changes.items()):
            row = crud.load_row(session, GROUP, group_id)
            _check_version(GROUP, row, expected)
            with session.no_autoflush:
                crud.apply_values(GROUP, session, row, {"member_ids": tuple(members)})
            _bump_version(row)
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
                raise NotFoundError(f"no group with id {group_id} in tour {tour!r}")
            _check_version(GROUP, row, expected)
            entries = session.scalars(
                select(orm.AttendanceRow).where(orm.AttendanceRow.group_id == group_id)
            ).all()
            for entry in entries:
                item = session.get(orm.ScheduleItem, entry.item_id)
                if item is not None:
                    _bump_version(item)
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
                _bump_version(item)
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


# -- settings --------------------------------------------------------------------------------


def check_connection(url: str) -> str:
    """Connect to ``url`` without changing anything; returns it as it may be shown.

    Raises DatabaseError (one line) when it cannot be opened.
    """
    db = open_database(url, migrate=False)
    db.dispose()
    return describe_url(url)
