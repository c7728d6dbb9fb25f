"""Turns the user's requests (new, edit, delete, bulk changes) into dialogs and commands.

Dialogs open window-modal with ``open()`` and save through their ``submit`` hook, so an
edit the service refuses leaves the dialog open with the reason. Deletes that would leave
something behind (items without a site, people dropped from items) ask first and say what
will happen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from tourplanner.core.enums import AttendanceScope, CoordinateSource
from tourplanner.core.model import Attendance, Gift, Group, Participant, ScheduleItem, Site
from tourplanner.qt.dialogs import messages
from tourplanner.qt.dialogs.bulk import AddToItemDialog, ChangeGroupDialog
from tourplanner.qt.dialogs.form import FormDialog
from tourplanner.qt.dialogs.gift_dialog import GiftDialog, GiftLimitDialog
from tourplanner.qt.dialogs.item_dialog import ItemDialog
from tourplanner.qt.dialogs.records import GroupDialog, ParticipantDialog, SiteDialog, changed
from tourplanner.qt.session import ServiceCommand, TourSession
from tourplanner.qt.undo import (
    GIFT,
    GROUP,
    PARTICIPANT,
    SITE,
    CreateItemCommand,
    CreateRecordCommand,
    DeleteItemsCommand,
    DeleteRecordsCommand,
    EditItemCommand,
    EditItemsCommand,
    EditRecordCommand,
    GiftLimitCommand,
    GroupMembersCommand,
)
from tourplanner.services.history import HistoryEntry


def _names(names: Sequence[str], limit: int = 3) -> str:
    names = list(names)
    if len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f" (+{len(names) - limit})"


class Editor(QObject):
    """The workspace's edit actions for one session; ``parent_widget`` owns the dialogs."""

    def __init__(self, session: TourSession, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        #: The dialog opened last (tests fill it in and press OK).
        self.dialog: FormDialog | None = None
        #: What that dialog edits (history kind, id), to tell it of others' changes.
        self._editing: tuple[str, int] | None = None
        session.changed_elsewhere.connect(self._changed_elsewhere)
        #: Asks before a delete with consequences; tests replace it.
        self.confirm: Callable[[str, str, str, str], bool] = lambda title, text, detail, action: (
            messages.confirm(self.parent_widget, title, text, detail, action)
        )

    # -- plumbing ------------------------------------------------------------------------

    def _changed_elsewhere(self, entries: list[HistoryEntry]) -> None:
        """Someone else changed records: an open dialog on one of them says so."""
        dialog, editing = self.dialog, self._editing
        if dialog is None or editing is None or not dialog.isVisible():
            return
        kind, record_id = editing
        mine = [e for e in entries if e.kind == kind and e.record_id == record_id]
        if not mine:
            return
        last = mine[-1]
        fields = ", ".join(sorted({f.replace("_", " ") for e in mine for f in e.changes}))
        text = (
            self.tr("%1 changed this (%2) while you were editing it.")
            .replace("%1", last.who or self.tr("Someone"))
            .replace("%2", fields)
        )

        def reload() -> None:
            dialog.reject()
            item = self.session.item(record_id) if kind == "item" else None
            reopen = {
                "item": lambda: self.edit_item(item) if item is not None else None,
                "site": lambda: self.edit_site(self.snap.sites_by_id[record_id]),
                "participant": lambda: self.edit_participant(
                    self.snap.participants_by_id[record_id]
                ),
                "group": lambda: self.edit_group(self.snap.groups_by_id[record_id]),
            }.get(kind)
            if reopen is not None:
                reopen()

        dialog.changed_elsewhere(text, reload)

    def _open(
        self,
        dialog: FormDialog,
        make: Callable[[], ServiceCommand | None],
        editing: tuple[str, int] | None = None,
    ) -> FormDialog:
        def submit() -> str | None:
            command = make()
            if command is None:
                return None  # nothing changed
            refusals: list[str] = []
            self.session.push(command, refusals.append)
            return refusals[0] if refusals else None

        dialog.submit = submit
        self.dialog = dialog
        self._editing = editing
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def push(self, command: ServiceCommand) -> bool:
        return self.session.push(command)

    @property
    def snap(self) -> Any:
        return self.session.snapshot

    # -- sites ---------------------------------------------------------------------------

    def new_site(self) -> FormDialog:
        dialog = SiteDialog(None, {s.key for s in self.snap.sites}, self.parent_widget)
        return self._open(
            dialog,
            lambda: CreateRecordCommand(
                self.session,
                SITE,
                dialog.values(),
                self.tr("Add site %1").replace("%1", dialog.values()["name"]),
            ),
        )

    def edit_site(self, site: Site) -> FormDialog:
        dialog = SiteDialog(site, {s.key for s in self.snap.sites}, self.parent_widget)

        def make() -> ServiceCommand | None:
            before, after = changed(dialog.before(), dialog.values())
            if not after:
                return None
            text = self.tr("Edit site %1").replace("%1", site.name)
            return EditRecordCommand(self.session, SITE, site.id, before, after, text)

        return self._open(dialog, make, ("site", site.id))

    def move_site(self, site: Site, latitude: float, longitude: float) -> bool:
        """Put a site where its marker was dropped on the map: one undoable edit, and the
        coordinates count as entered by hand (the geocoder will not overwrite them)."""
        before = {
            "latitude": site.latitude,
            "longitude": site.longitude,
            "coord_source": site.coord_source,
            "coord_approximate": site.coord_approximate,
        }
        after = {
            "latitude": round(latitude, 6),
            "longitude": round(longitude, 6),
            "coord_source": CoordinateSource.MANUAL,
            "coord_approximate": False,
        }
        text = self.tr("Move site %1 on the map").replace("%1", site.name)
        return self.push(EditRecordCommand(self.session, SITE, site.id, before, after, text))

    def delete_sites(self, sites: Sequence[Site]) -> bool:
        if not sites:
            return False
        ids = {s.id for s in sites}
        users = [i for i in self.snap.items if i.site_id in ids]
        if users:
            if len(sites) == 1:
                text = self.tr("%1 is used by %2 items.")
                if len(users) == 1:
                    text = self.tr("%1 is used by 1 item.")
                text = text.replace("%1", sites[0].name).replace("%2", str(len(users)))
            else:
                text = (
                    self.tr("%1 sites are used by %2 items.")
                    .replace("%1", str(len(sites)))
                    .replace("%2", str(len(users)))
                )
            detail = self.tr(
                "Deleting leaves these items without a site: %1. Undo brings everything back."
            ).replace("%1", _names([i.title for i in users]))
            if not self.confirm(self.tr("Delete sites"), text, detail, self.tr("Delete")):
                return False
        label = (
            sites[0].name if len(sites) == 1 else self.tr("%1 sites").replace("%1", str(len(sites)))
        )
        return self.push(
            DeleteRecordsCommand(
                self.session, SITE, [s.id for s in sites], self.tr("Delete %1").replace("%1", label)
            )
        )

    # -- participants ----------------------------------------------------------------------

    def new_participant(self) -> FormDialog:
        dialog = ParticipantDialog(
            None, {p.key for p in self.snap.participants}, self.parent_widget
        )
        return self._open(
            dialog,
            lambda: CreateRecordCommand(
                self.session,
                PARTICIPANT,
                dialog.values(),
                self.tr("Add %1").replace("%1", dialog.values()["full_name"]),
            ),
        )

    def edit_participant(self, person: Participant) -> FormDialog:
        keys = {p.key for p in self.snap.participants}
        dialog = ParticipantDialog(person, keys, self.parent_widget)

        def make() -> ServiceCommand | None:
            before, after = changed(dialog.before(), dialog.values())
            if not after:
                return None
            text = self.tr("Edit %1").replace("%1", person.full_name)
            return EditRecordCommand(self.session, PARTICIPANT, person.id, before, after, text)

        return self._open(dialog, make, ("participant", person.id))

    def delete_participants(self, people: Sequence[Participant]) -> bool:
        if not people:
            return False
        ids = {p.id for p in people}
        named = [i for i in self.snap.items if any(a.participant_id in ids for a in i.attendance)]
        groups = [g for g in self.snap.groups if ids & set(g.member_ids)]
        if named or groups:
            who = (
                people[0].full_name
                if len(people) == 1
                else self.tr("%1 people").replace("%1", str(len(people)))
            )
            text = (
                self.tr("%1 is named in %2 items and %3 groups.")
                .replace("%1", who)
                .replace("%2", str(len(named)))
                .replace("%3", str(len(groups)))
            )
            detail = self.tr(
                "Deleting takes them out of those items and groups. Undo brings them back."
            )
            if not self.confirm(self.tr("Delete participants"), text, detail, self.tr("Delete")):
                return False
        label = (
            people[0].full_name
            if len(people) == 1
            else self.tr("%1 people").replace("%1", str(len(people)))
        )
        return self.push(
            DeleteRecordsCommand(
                self.session,
                PARTICIPANT,
                [p.id for p in people],
                self.tr("Delete %1").replace("%1", label),
            )
        )

    def change_group(self, people: Sequence[Participant]) -> FormDialog:
        dialog = ChangeGroupDialog(len(people), list(self.snap.groups), self.parent_widget)

        def make() -> ServiceCommand | None:
            target = dialog.group_id()
            ids = {p.id for p in people}
            changes: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
            for group in self.snap.groups:
                before = tuple(sorted(group.member_ids))
                if group.id == target:
                    after = tuple(sorted(set(before) | ids))
                elif dialog.exclusive():
                    after = tuple(sorted(set(before) - ids))
                else:
                    continue
                if after != before:
                    changes[group.id] = (before, after)
            if not changes:
                return None
            name = self.snap.groups_by_id[target].name
            text = self.tr("Change group to %1").replace("%1", name)
            return GroupMembersCommand(self.session, changes, text)

        return self._open(dialog, make)

    def add_to_item(self, people: Sequence[Participant]) -> FormDialog:
        dialog = AddToItemDialog(
            len(people), list(self.snap.items), self.snap.tour.timezone, self.parent_widget
        )

        def make() -> ServiceCommand | None:
            item = self.session.item(dialog.item_id())
            if item is None:
                return None
            present = {a.participant_id for a in item.attendance}
            extra = tuple(
                Attendance(AttendanceScope.PERSON, dialog.attendance_role(), participant_id=p.id)
                for p in people
                if p.id not in present
            )
            if not extra:
                return None
            before = {"attendance": item.attendance}
            after = {"attendance": item.attendance + extra}
            text = self.tr("Add people to %1").replace("%1", item.title)
            return EditItemsCommand(self.session, {item.id: (before, after)}, text)

        return self._open(dialog, make)

    # -- groups ----------------------------------------------------------------------------

    def new_group(self) -> FormDialog:
        dialog = GroupDialog(
            None, self.snap.participants, {g.key for g in self.snap.groups}, self.parent_widget
        )
        return self._open(
            dialog,
            lambda: CreateRecordCommand(
                self.session,
                GROUP,
                dialog.values(),
                self.tr("Add group %1").replace("%1", dialog.values()["name"]),
            ),
        )

    def edit_group(self, group: Group) -> FormDialog:
        dialog = GroupDialog(
            group, self.snap.participants, {g.key for g in self.snap.groups}, self.parent_widget
        )

        def make() -> ServiceCommand | None:
            before, after = changed(dialog.before(), dialog.values())
            if not after:
                return None
            text = self.tr("Edit group %1").replace("%1", group.name)
            return EditRecordCommand(self.session, GROUP, group.id, before, after, text)

        return self._open(dialog, make, ("group", group.id))

    def delete_groups(self, groups: Sequence[Group]) -> bool:
        if not groups:
            return False
        ids = {g.id for g in groups}
        users = [i for i in self.snap.items if any(a.group_id in ids for a in i.attendance)]
        if users:
            text = (
                self.tr("%1 attends %2 items.")
                .replace("%1", groups[0].name if len(groups) == 1 else str(len(groups)))
                .replace("%2", str(len(users)))
            )
            detail = self.tr(
                "Deleting takes the group out of those items; its members stay on the tour. "
                "Undo brings it back."
            )
            if not self.confirm(self.tr("Delete groups"), text, detail, self.tr("Delete")):
                return False
        label = groups[0].name if len(groups) == 1 else str(len(groups))
        return self.push(
            DeleteRecordsCommand(
                self.session,
                GROUP,
                [g.id for g in groups],
                self.tr("Delete %1").replace("%1", label),
            )
        )

    # -- gifts -----------------------------------------------------------------------------

    def new_gift(self) -> FormDialog:
        dialog = GiftDialog(None, self.snap, self.parent_widget)
        return self._open(
            dialog,
            lambda: CreateRecordCommand(
                self.session,
                GIFT,
                dialog.values(),
                self.tr("Add gift %1").replace("%1", dialog.values()["what"]),
            ),
        )

    def edit_gift(self, gift: Gift) -> FormDialog:
        dialog = GiftDialog(gift, self.snap, self.parent_widget)

        def make() -> ServiceCommand | None:
            before, after = changed(dialog.before(), dialog.values())
            if not after:
                return None
            text = self.tr("Edit gift %1").replace("%1", gift.what)
            return EditRecordCommand(self.session, GIFT, gift.id, before, after, text)

        return self._open(dialog, make, ("gift", gift.id))

    def delete_gifts(self, gifts: Sequence[Gift]) -> bool:
        if not gifts:
            return False
        label = (
            gifts[0].what if len(gifts) == 1 else self.tr("%1 gifts").replace("%1", str(len(gifts)))
        )
        return self.push(
            DeleteRecordsCommand(
                self.session, GIFT, [g.id for g in gifts], self.tr("Delete %1").replace("%1", label)
            )
        )

    def gift_limit(self) -> FormDialog:
        dialog = GiftLimitDialog(self.snap, self.parent_widget)
        tour = self.snap.tour
        before = (tour.gift_limit, tour.gift_limit_currency)

        def make() -> ServiceCommand | None:
            after = dialog.values()
            if after == before:
                return None
            return GiftLimitCommand(self.session, before, after, self.tr("Set the gift limit"))

        return self._open(dialog, make)

    # -- items -----------------------------------------------------------------------------

    def new_item(self, start: datetime | None = None) -> FormDialog:
        dialog = ItemDialog(None, self.snap, start, self.parent_widget)
        return self._open(
            dialog,
            lambda: CreateItemCommand(
                self.session,
                dialog.values(),
                self.tr("Add %1").replace("%1", dialog.values()["title"]),
            ),
        )

    def edit_item(self, item: ScheduleItem) -> FormDialog:
        dialog = ItemDialog(item, self.snap, None, self.parent_widget)

        def make() -> ServiceCommand | None:
            before, after = changed(dialog.before(), dialog.values())
            if not after:
                return None
            text = self.tr("Edit %1").replace("%1", item.title)
            return EditItemCommand(self.session, item.id, before, after, text)

        return self._open(dialog, make, ("item", item.id))

    def delete_items(self, items: Sequence[ScheduleItem]) -> bool:
        if not items:
            return False
        label = (
            items[0].title
            if len(items) == 1
            else self.tr("%1 items").replace("%1", str(len(items)))
        )
        return self.push(
            DeleteItemsCommand(
                self.session, [i.id for i in items], self.tr("Delete %1").replace("%1", label)
            )
        )

    def move_item(self, item: ScheduleItem, starts_at: datetime, ends_at: datetime) -> bool:
        """One drag on the timeline: one command, one service call."""
        if (starts_at, ends_at) == (item.starts_at, item.ends_at):
            return False
        resized = starts_at == item.starts_at
        text = (self.tr("Resize %1") if resized else self.tr("Move %1")).replace("%1", item.title)
        before = {"starts_at": item.starts_at, "ends_at": item.ends_at}
        after = {"starts_at": starts_at, "ends_at": ends_at}
        return self.push(EditItemCommand(self.session, item.id, before, after, text))
