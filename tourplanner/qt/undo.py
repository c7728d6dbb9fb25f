"""The undoable edits of the workspace. Each step calls a service; none keeps ORM state.

A command remembers the values before and after, never versions: it expects each record
to be at the version the session last saw (``TourSession.version_of``), so a chain of
edits of one record undoes cleanly, and an edit made elsewhere in between is caught.
With ``force`` ("keep mine") a step expects whatever version is stored now.

Records that an undo creates again get new ids; the session's ``IdMap`` remembers them,
and every id a command sends to a service is resolved through it first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from tourplanner.core.model import Attendance, ScheduleItem, TravelSettings
from tourplanner.qt.session import Change, IdMap, ServiceCommand, TourSession
from tourplanner.services import gifts, items, participants, sites, tours
from tourplanner.services.import_changes import ImportedChanges, redo_import, undo_import
from tourplanner.services.optimize import DayProposal, apply_day, move_items

Values = Mapping[str, Any]


# -- resolving ids ----------------------------------------------------------------------------


def resolve_attendance(ids: IdMap, entries: Sequence[Attendance]) -> tuple[Attendance, ...]:
    return tuple(
        replace(
            a,
            group_id=None if a.group_id is None else ids.resolve("group", a.group_id),
            participant_id=(
                None if a.participant_id is None else ids.resolve("participant", a.participant_id)
            ),
        )
        for a in entries
    )


def resolve_values(ids: IdMap, values: Values) -> dict[str, Any]:
    """``values`` with every id in it replaced by the record's current id."""
    out = dict(values)
    if out.get("site_id") is not None:
        out["site_id"] = ids.resolve("site", out["site_id"])
    if "attendance" in out:
        out["attendance"] = resolve_attendance(ids, out["attendance"])
    if "member_ids" in out:
        out["member_ids"] = tuple(ids.resolve("participant", p) for p in out["member_ids"])
    # A gift's people and item.
    for name, kind in (
        ("from_participant_id", "participant"),
        ("to_participant_id", "participant"),
        ("item_id", "item"),
    ):
        if out.get(name) is not None:
            out[name] = ids.resolve(kind, out[name])
    return out


# -- schedule items ---------------------------------------------------------------------------


class EditItemCommand(ServiceCommand):
    """Change some fields of one item (a drag on the timeline, the item dialog, ...)."""

    def __init__(
        self, session: TourSession, item_id: int, before: Values, after: Values, text: str
    ) -> None:
        super().__init__(session, text)
        self.item_id = item_id
        self.before = dict(before)
        self.after = dict(after)

    def _set(self, values: Values, force: bool) -> Change:
        s = self.session
        item_id = s.ids.resolve("item", self.item_id)
        expected = items.get_item(s.db, item_id).version if force else s.version_of("item", item_id)
        new = items.update_item(s.db, item_id, expected, **resolve_values(s.ids, values))
        return Change(items=(new,))

    def forward(self, force: bool) -> Change:
        return self._set(self.after, force)

    def backward(self, force: bool) -> Change:
        return self._set(self.before, force)


class EditItemsCommand(ServiceCommand):
    """Change several items in one transaction (bulk edits: add people, change status)."""

    def __init__(
        self, session: TourSession, changes: Mapping[int, tuple[Values, Values]], text: str
    ) -> None:
        super().__init__(session, text)
        self.changes = {k: (dict(b), dict(a)) for k, (b, a) in changes.items()}

    def _set(self, which: int, force: bool) -> Change:
        s = self.session
        request = {}
        for item_id, pair in self.changes.items():
            current = s.ids.resolve("item", item_id)
            expected = (
                items.get_item(s.db, current).version if force else s.version_of("item", current)
            )
            request[current] = (resolve_values(s.ids, pair[which]), expected)
        return Change(items=items.update_items(s.db, request))

    def forward(self, force: bool) -> Change:
        return self._set(1, force)

    def backward(self, force: bool) -> Change:
        return self._set(0, force)


class CreateItemCommand(ServiceCommand):
    """Schedule a new item; undo deletes it, redo brings it back with the same UID."""

    def __init__(self, session: TourSession, values: Values, text: str) -> None:
        super().__init__(session, text)
        self.values = dict(values)
        self.created: ScheduleItem | None = None

    def forward(self, force: bool) -> Change:
        s = self.session
        if self.created is None:
            self.created = self._create(resolve_values(s.ids, self.values))
            return Change(items=(self.created,))
        old = self.created
        [back] = items.restore_items(s.db, s.slug, [_resolve_item(s.ids, old)])
        s.ids.remap("item", old.id, back.id)
        self.created = replace(back, id=old.id)
        return Change(items=(back,))

    def backward(self, force: bool) -> Change:
        s = self.session
        assert self.created is not None
        item_id = s.ids.resolve("item", self.created.id)
        [gone] = items.remove_items(s.db, {item_id: _expected(s, "item", item_id, force)})
        self.created = replace(gone, id=self.created.id)
        return Change(removed=(item_id,))

    def _create(self, values: Values) -> ScheduleItem:
        return items.create_item(self.session.db, self.session.slug, **values)


class CreateUnscheduledCommand(CreateItemCommand):
    """Put a new item on the Unscheduled list (``values`` hold ``duration_minutes``
    instead of times); undo deletes it, redo brings it back with the same UID."""

    def _create(self, values: Values) -> ScheduleItem:
        s = self.session
        return items.create_unscheduled_item(s.db, s.slug, **values)


class DeleteItemsCommand(ServiceCommand):
    """Delete items; undo creates them again with their UIDs."""

    def __init__(self, session: TourSession, item_ids: Sequence[int], text: str) -> None:
        super().__init__(session, text)
        self.item_ids = tuple(item_ids)
        self.removed: tuple[ScheduleItem, ...] = ()

    def forward(self, force: bool) -> Change:
        s = self.session
        current = [s.ids.resolve("item", i) for i in self.item_ids]
        gone = items.remove_items(s.db, {i: _expected(s, "item", i, force) for i in current})
        # Keep the ids the command was made with, so redo after undo finds them mapped.
        original = dict(zip(current, self.item_ids, strict=True))
        self.removed = tuple(replace(g, id=original[g.id]) for g in gone)
        return Change(removed=tuple(current))

    def backward(self, force: bool) -> Change:
        s = self.session
        back = items.restore_items(s.db, s.slug, [_resolve_item(s.ids, r) for r in self.removed])
        for old, new in zip(self.removed, back, strict=True):
            s.ids.remap("item", old.id, new.id)
        return Change(items=back)


def _resolve_item(ids: IdMap, item: ScheduleItem) -> ScheduleItem:
    return replace(
        item,
        site_id=None if item.site_id is None else ids.resolve("site", item.site_id),
        attendance=resolve_attendance(ids, item.attendance),
    )


def _expected(session: TourSession, kind: str, record_id: int, force: bool) -> int | None:
    # "Keep mine" expects no particular version: the user has seen the conflict and chose.
    return None if force else session.version_of(kind, record_id)


class ApplyDayCommand(ServiceCommand):
    """Save an optimiser proposal for a day; undo moves the items back to their old times."""

    def __init__(self, session: TourSession, proposal: DayProposal, text: str) -> None:
        super().__init__(session, text)
        self.proposal = proposal
        self.old_times: dict[int, tuple[datetime, datetime]] = {}
        self.new_times: dict[int, tuple[datetime, datetime]] = {}
        for planned in proposal.current.stops:
            self.old_times[planned.stop.item_id] = (planned.start, planned.end)
        for planned in proposal.moves:
            self.new_times[planned.stop.item_id] = (planned.start, planned.end)
        self._applied = False

    def _move(self, times: Mapping[int, tuple[datetime, datetime]], force: bool) -> Change:
        s = self.session
        resolved = {s.ids.resolve("item", i): t for i, t in times.items()}
        versions = {}
        for item_id in resolved:
            version = (
                items.get_item(s.db, item_id).version if force else s.version_of("item", item_id)
            )
            versions[item_id] = version if version is not None else -1
        return Change(items=move_items(s.db, s.slug, resolved, versions))

    def forward(self, force: bool) -> Change:
        if not self._applied:
            self._applied = True
            return Change(items=apply_day(self.session.db, self.session.slug, self.proposal))
        return self._move(self.new_times, force)

    def backward(self, force: bool) -> Change:
        moved = {i: self.old_times[i] for i in self.new_times}
        return self._move(moved, force)


# -- sites, participants, groups --------------------------------------------------------------


@dataclass(frozen=True)
class RecordKind:
    """How the commands below reach one kind of record's services."""

    name: str  # "site", "participant", "group": the IdMap kind
    create: Callable[..., Any]
    update: Callable[..., Any]
    get: Callable[..., Any]
    remove: Callable[..., tuple[Any, ...]]
    restore: Callable[..., dict[int, int]]


SITE = RecordKind(
    "site",
    sites.create_site,
    sites.update_site,
    sites.get_site,
    sites.remove_sites,
    sites.restore_sites,
)
PARTICIPANT = RecordKind(
    "participant",
    participants.create_participant,
    participants.update_participant,
    participants.get_participant,
    participants.remove_participants,
    participants.restore_participants,
)
GROUP = RecordKind(
    "group",
    participants.create_group,
    participants.update_group,
    participants.get_group,
    participants.remove_groups,
    participants.restore_groups,
)

GIFT = RecordKind(
    "gift",
    gifts.create_gift,
    gifts.update_gift,
    gifts.get_gift,
    gifts.remove_gifts,
    gifts.restore_gifts,
)


def _resolve_removal(ids: IdMap, removal: Any) -> Any:
    """A removal record with the ids it names brought up to date."""
    if isinstance(removal, sites.SiteRemoval):
        return replace(
            removal,
            item_ids=tuple(ids.resolve("item", i) for i in removal.item_ids),
            overrides=tuple(
                replace(
                    o,
                    from_site_id=ids.resolve("site", o.from_site_id),
                    to_site_id=ids.resolve("site", o.to_site_id),
                )
                for o in removal.overrides
            ),
        )
    if isinstance(removal, participants.ParticipantRemoval):
        return replace(
            removal,
            group_ids=tuple(ids.resolve("group", g) for g in removal.group_ids),
            attendance=tuple((ids.resolve("item", i), a) for i, a in removal.attendance),
        )
    if isinstance(removal, participants.GroupRemoval):
        group = removal.group
        return replace(
            removal,
            group=replace(
                group, member_ids=tuple(ids.resolve("participant", p) for p in group.member_ids)
            ),
            attendance=tuple((ids.resolve("item", i), a) for i, a in removal.attendance),
        )
    if isinstance(removal, gifts.GiftRemoval):
        return replace(
            removal,
            gift=replace(
                removal.gift,
                **resolve_values(
                    ids,
                    {
                        "from_participant_id": removal.gift.from_participant_id,
                        "to_participant_id": removal.gift.to_participant_id,
                        "item_id": removal.gift.item_id,
                    },
                ),
            ),
        )
    return removal


def _record_of(removal: Any) -> Any:
    for name in ("site", "participant", "group", "gift"):
        if hasattr(removal, name):
            return getattr(removal, name)
    raise TypeError(type(removal))


class EditRecordCommand(ServiceCommand):
    """Change fields of a site, a person or a group (or a group's members)."""

    def __init__(
        self,
        session: TourSession,
        kind: RecordKind,
        record_id: int,
        before: Values,
        after: Values,
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.kind = kind
        self.record_id = record_id
        self.before = dict(before)
        self.after = dict(after)

    def _set(self, values: Values, force: bool) -> Change:
        s = self.session
        record_id = s.ids.resolve(self.kind.name, self.record_id)
        expected = _expected(s, self.kind.name, record_id, force)
        self.kind.update(s.db, record_id, expected, **resolve_values(s.ids, values))
        return Change(reload=True)

    def forward(self, force: bool) -> Change:
        return self._set(self.after, force)

    def backward(self, force: bool) -> Change:
        return self._set(self.before, force)


class CreateRecordCommand(ServiceCommand):
    """Add a site, person or group; undo removes it, redo restores it (with a new id)."""

    def __init__(self, session: TourSession, kind: RecordKind, values: Values, text: str) -> None:
        super().__init__(session, text)
        self.kind = kind
        self.values = dict(values)
        self.created_id: int | None = None
        self.removal: Any = None

    def forward(self, force: bool) -> Change:
        s = self.session
        if self.created_id is None:
            record = self.kind.create(s.db, s.slug, **resolve_values(s.ids, self.values))
            self.created_id = record.id
        else:
            removal = _resolve_removal(s.ids, self.removal)
            new_ids = self.kind.restore(s.db, s.slug, [removal])
            for old, new in new_ids.items():
                s.ids.remap(self.kind.name, old, new)
        return Change(reload=True)

    def backward(self, force: bool) -> Change:
        s = self.session
        assert self.created_id is not None
        current = s.ids.resolve(self.kind.name, self.created_id)
        [self.removal] = self.kind.remove(
            s.db, s.slug, {current: _expected(s, self.kind.name, current, force)}
        )
        return Change(reload=True)


class DeleteRecordsCommand(ServiceCommand):
    """Delete sites, people or groups with what depends on them; undo puts all back."""

    def __init__(
        self, session: TourSession, kind: RecordKind, record_ids: Sequence[int], text: str
    ) -> None:
        super().__init__(session, text)
        self.kind = kind
        self.record_ids = tuple(record_ids)
        self.removals: tuple[Any, ...] = ()

    def forward(self, force: bool) -> Change:
        s = self.session
        name = self.kind.name
        current = [s.ids.resolve(name, i) for i in self.record_ids]
        self.removals = self.kind.remove(
            s.db, s.slug, {i: _expected(s, name, i, force) for i in current}
        )
        return Change(reload=True)

    def backward(self, force: bool) -> Change:
        s = self.session
        removals = [_resolve_removal(s.ids, r) for r in self.removals]
        new_ids = self.kind.restore(s.db, s.slug, removals)
        for old, new in new_ids.items():
            s.ids.remap(self.kind.name, old, new)
        return Change(reload=True)


class GroupMembersCommand(ServiceCommand):
    """Give several groups new members in one step (bulk "change group")."""

    def __init__(
        self,
        session: TourSession,
        changes: Mapping[int, tuple[Sequence[int], Sequence[int]]],
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.changes = {g: (tuple(b), tuple(a)) for g, (b, a) in changes.items()}

    def _set(self, which: int, force: bool) -> Change:
        s = self.session
        request = {}
        for group_id, pair in self.changes.items():
            current = s.ids.resolve("group", group_id)
            members = tuple(s.ids.resolve("participant", p) for p in pair[which])
            request[current] = (members, _expected(s, "group", current, force))
        participants.set_group_members(s.db, request)
        return Change(reload=True)

    def forward(self, force: bool) -> Change:
        return self._set(1, force)

    def backward(self, force: bool) -> Change:
        return self._set(0, force)


class TourTravelCommand(ServiceCommand):
    """Change the tour's travel speeds and buffer (settings kept with the tour)."""

    def __init__(
        self, session: TourSession, before: TravelSettings, after: TravelSettings, text: str
    ) -> None:
        super().__init__(session, text)
        self.before = before
        self.after = after

    def _set(self, travel: TravelSettings, force: bool) -> Change:
        s = self.session
        expected = None if force else s.snapshot.tour.version
        tours.update_tour(s.db, s.slug, expected, travel=travel)
        return Change(reload=True)

    def forward(self, force: bool) -> Change:
        return self._set(self.after, force)

    def backward(self, force: bool) -> Change:
        return self._set(self.before, force)


class TourValuesCommand(ServiceCommand):
    """Change some of the tour's own fields (the on-the-day ones: hotline, people on duty,
    day notes) from ``before`` to ``after``."""

    def __init__(
        self, session: TourSession, before: dict[str, Any], after: dict[str, Any], text: str
    ) -> None:
        super().__init__(session, text)
        self.before = before
        self.after = after

    def _set(self, values: dict[str, Any], force: bool) -> Change:
        s = self.session
        expected = None if force else s.snapshot.tour.version
        tours.update_tour(s.db, s.slug, expected, **values)
        return Change(reload=True)

    def forward(self, force: bool) -> Change:
        return self._set(self.after, force)

    def backward(self, force: bool) -> Change:
        return self._set(self.before, force)


class ImportCommand(ServiceCommand):
    """A spreadsheet import, written by the import wizard before it is pushed; undo takes
    back exactly what it wrote (the records it created, the values it changed, the group
    memberships it added), redo writes that again."""

    def __init__(self, session: TourSession, changes: ImportedChanges, text: str) -> None:
        super().__init__(session, text)
        self.changes = changes
        self.kind = "participant" if changes.kind == "people" else "site"
        self._written = True  # the wizard has written it already

    def _current(self, force: bool) -> tuple[ImportedChanges, dict[int, Any], dict[int, Any]]:
        s = self.session
        changes = self.changes.resolved(
            lambda i: s.ids.resolve(self.kind, i), lambda g: s.ids.resolve("group", g)
        )
        if force:
            return changes, {}, {}
        versions = {i: s.version_of(self.kind, i) for i in changes.record_ids}
        group_versions = {g: s.version_of("group", g) for g in changes.group_ids}
        return changes, versions, group_versions

    def forward(self, force: bool) -> Change:
        if self._written:
            self._written = False
            return Change(reload=True)
        s = self.session
        changes, versions, group_versions = self._current(force)
        new_ids = redo_import(s.db, s.slug, changes, versions, group_versions)
        for old, new in new_ids.items():
            s.ids.remap(self.kind, old, new)
        return Change(reload=True)

    def backward(self, force: bool) -> Change:
        s = self.session
        changes, versions, group_versions = self._current(force)
        undo_import(s.db, s.slug, changes, versions, group_versions)
        return Change(reload=True)


class GiftLimitCommand(ServiceCommand):
    """Set the tour's gift value limit (amount and currency; "" for none)."""

    def __init__(
        self,
        session: TourSession,
        before: tuple[str, str],
        after: tuple[str, str],
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.before = before
        self.after = after

    def _set(self, limit: tuple[str, str], force: bool) -> Change:
        s = self.session
        expected = None if force else s.snapshot.tour.version
        gifts.set_gift_limit(s.db, s.slug, limit[0], limit[1], expected)
        return Change(reload=True)

    def forward(self, force: bool) -> Change:
        return self._set(self.after, force)

    def backward(self, force: bool) -> Change:
        return self._set(self.before, force)
