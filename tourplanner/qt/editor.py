"""Turns the user's requests (new, edit, delete, bulk changes) into dialogs and commands.

Dialogs open window-modal with ``open()`` and save through their ``submit`` hook, so an
edit the service refuses leaves the dialog open with the reason. Deletes that would leave
something behind (items without a site, people dropped from items) ask first and say what
will happen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from tourplanner.core.enums import AttendanceScope, CoordinateSource
from tourplanner.core.model import (
    Attendance,
    Gift,
    Group,
    Participant,
    ScheduleItem,
    Site,
    Vehicle,
)
from tourplanner.qt.copy_commands import CopyItemsCommand
from tourplanner.qt.dialogs import messages
from tourplanner.qt.dialogs.bulk import AddToItemDialog, ChangeGroupDialog
from tourplanner.qt.dialogs.busy_dialog import BusyTimesDialog
from tourplanner.qt.dialogs.form import FormDialog
from tourplanner.qt.dialogs.gift_dialog import GiftDialog, GiftLimitDialog
from tourplanner.qt.dialogs.item_dialog import ItemDialog
from tourplanner.qt.dialogs.records import (
    GroupDialog,
    ParticipantDialog,
    SiteDialog,
    changed,
    offer_busy_times,
)
from tourplanner.qt.dialogs.tour_dialog import TourPropertiesDialog
from tourplanner.qt.dialogs.transfer_dialog import TransferDialog
from tourplanner.qt.dialogs.vehicles_dialog import VehicleDialog, VehiclesDialog
from tourplanner.qt.edit_commands import (
    BusyTimesCommand,
    CreateVehicleCommand,
    DeleteVehicleCommand,
    EditVehicleCommand,
    TransferSeatingCommand,
)
from tourplanner.qt.session import ServiceCommand, TourSession
from tourplanner.qt.timefmt import day_label
from tourplanner.qt.undo import (
    GIFT,
    GROUP,
    PARTICIPANT,
    SITE,
    CreateItemCommand,
    CreateRecordCommand,
    CreateUnscheduledCommand,
    DeleteItemsCommand,
    DeleteRecordsCommand,
    EditItemCommand,
    EditItemsCommand,
    EditRecordCommand,
    GiftLimitCommand,
    GroupMembersCommand,
    TourValuesCommand,
)
from tourplanner.qt.views.unscheduled_dialog import ScheduleDialog, UnscheduledItemDialog
from tourplanner.services.history import HistoryEntry
from tourplanner.services.participants import BusyTime


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
        #: The busy-times dialog opened last (over a person's or a site's dialog).
        self.busy_dialog: FormDialog | None = None
        #: The vehicles-and-seats dialog opened last (over an item dialog).
        self.transfer_dialog: FormDialog | None = None
        #: Tour ▸ Vehicles and the vehicle form opened last from it.
        self.vehicles_dialog: VehiclesDialog | None = None
        self.vehicle_dialog: FormDialog | None = None
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
                "tour": self.tour_properties,
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
        dialog.submit = self._submitter(make)
        self.dialog = dialog
        self._editing = editing
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _submitter(self, make: Callable[[], ServiceCommand | None]) -> Callable[[], str | None]:
        """A dialog's save: push the command ``make`` builds; the refusal, if any."""

        def submit() -> str | None:
            command = make()
            if command is None:
                return None  # nothing changed
            refusals: list[str] = []
            self.session.push(command, refusals.append)
            return refusals[0] if refusals else None

        return submit

    def push(self, command: ServiceCommand) -> bool:
        return self.session.push(command)

    @property
    def snap(self) -> Any:
        return self.session.snapshot

    # -- the tour itself -------------------------------------------------------------------

    def tour_properties(self) -> FormDialog:
        """Tour ▸ Properties: names, dates, zone, organiser and road-time settings, saved
        as one undoable edit of the tour (refused if someone changed the tour meanwhile)."""
        tour = self.snap.tour
        dialog = TourPropertiesDialog(tour, self.parent_widget)

        def make() -> ServiceCommand | None:
            before, after = changed(dialog.before(), dialog.values())
            if not after:
                return None
            text = self.tr("Edit tour properties")
            return TourValuesCommand(self.session, before, after, text)

        return self._open(dialog, make, ("tour", tour.id))

    # -- busy times of a person or a site ----------------------------------------------------

    def edit_busy_times(
        self, kind: str, owner: Participant | Site, parent: QWidget | None = None
    ) -> FormDialog:
        """The busy times of a person (``kind`` "participant") or a site, saved as a whole
        on OK: one undoable step."""
        snap = self.snap
        column = "participant_id" if kind == "participant" else "site_id"
        busy = [
            BusyTime(b.starts_at, b.ends_at, b.summary)
            for b in snap.busy_blocks
            if getattr(b, column) == owner.id
        ]
        zone_name = getattr(owner, "timezone", None) or snap.tour.timezone
        zone = ZoneInfo(zone_name)
        first = datetime.combine(snap.tour.start_date, time(9), zone)
        name = owner.full_name if isinstance(owner, Participant) else owner.name
        dialog = BusyTimesDialog(name, busy, zone, first, parent or self.parent_widget)

        def make() -> ServiceCommand | None:
            before, after = dialog.before_busy, dialog.values()
            if before == after:
                return None
            text = self.tr("Change busy times of %1").replace("%1", name)
            return BusyTimesCommand(self.session, kind, owner.id, before, after, text)

        dialog.submit = self._submitter(make)
        self.busy_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- vehicles ----------------------------------------------------------------------------

    def vehicles(self) -> VehiclesDialog:
        """Tour ▸ Vehicles: the list; each add, change or delete is one undoable step."""
        dialog = VehiclesDialog(
            lambda: self.snap,
            lambda: self.edit_vehicle(None, dialog),
            lambda v: self.edit_vehicle(v, dialog),
            lambda v: self.delete_vehicle(v, dialog),
            self.parent_widget,
        )
        self.session.reloaded.connect(dialog.refresh)
        dialog.finished.connect(lambda _r: self.session.reloaded.disconnect(dialog.refresh))
        dialog.finished.connect(dialog.deleteLater)
        self.vehicles_dialog = dialog
        dialog.open()
        return dialog

    def edit_vehicle(self, vehicle: Vehicle | None, parent: QWidget | None = None) -> FormDialog:
        """The form of one vehicle (a new one when ``vehicle`` is None)."""
        keys = {v.key for v in self.snap.vehicles}
        dialog = VehicleDialog(vehicle, list(self.snap.participants), keys, parent)

        def make() -> ServiceCommand | None:
            if vehicle is None:
                values = dialog.values()
                text = self.tr("Add vehicle %1").replace("%1", values["name"])
                return CreateVehicleCommand(self.session, values, text)
            before, after = changed(dialog.before(), dialog.values())
            if not after:
                return None
            text = self.tr("Edit vehicle %1").replace("%1", vehicle.name)
            return EditVehicleCommand(self.session, vehicle.id, before, after, text)

        dialog.submit = self._submitter(make)
        dialog.finished.connect(dialog.deleteLater)
        self.vehicle_dialog = dialog
        dialog.open()
        return dialog

    def delete_vehicle(self, vehicle: Vehicle, parent: QWidget | None = None) -> bool:
        """Delete a vehicle; if people ride it on transfers, ask first."""
        riders = [a for a in self.snap.vehicle_assignments if a.vehicle_id == vehicle.id]
        if riders:
            transfers = len({a.item_id for a in riders})
            text = (
                self.tr("%1 carries people on %2 transfers.")
                .replace("%1", vehicle.name)
                .replace("%2", str(transfers))
            )
            detail = self.tr(
                "Deleting leaves those people without a vehicle. Undo brings everything back."
            )
            if not self.confirm(self.tr("Delete vehicle"), text, detail, self.tr("Delete")):
                return False
        text = self.tr("Delete %1").replace("%1", vehicle.name)
        return self.push(DeleteVehicleCommand(self.session, vehicle.id, text))

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

        offer_busy_times(dialog.busy_button, lambda: self.edit_busy_times("site", site, dialog))
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

        offer_busy_times(
            dialog.busy_button, lambda: self.edit_busy_times("participant", person, dialog)
        )
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

    def _site_from(self, dialog: ItemDialog) -> None:
        """ "New site…" in an item dialog: the site dialog over it; the site is added as
        its own undoable step and picked in the item dialog."""
        site_dialog = SiteDialog(None, {s.key for s in self.snap.sites}, dialog)
        site_dialog.submit = self._submitter(
            lambda: CreateRecordCommand(
                self.session,
                SITE,
                site_dialog.values(),
                self.tr("Add site %1").replace("%1", site_dialog.values()["name"]),
            )
        )

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            key = site_dialog.values()["key"]
            site = next((s for s in self.snap.sites if s.key == key), None)
            if site is not None:
                dialog.add_site(site)

        site_dialog.finished.connect(finished)
        site_dialog.finished.connect(site_dialog.deleteLater)
        dialog.site_dialog = site_dialog
        site_dialog.open()

    def _item_dialog(self, item: ScheduleItem | None, start: datetime | None) -> ItemDialog:
        dialog = ItemDialog(item, self.snap, start, self.parent_widget)
        dialog.new_site = lambda: self._site_from(dialog)
        if item is not None:
            dialog.offer_seating(lambda: self.edit_transfer(item, dialog))
        return dialog

    def edit_transfer(self, item: ScheduleItem, parent: QWidget | None = None) -> FormDialog:
        """Vehicles and seats of one transfer, saved as a whole on OK: one undoable step."""
        dialog = TransferDialog(item, self.snap, parent or self.parent_widget)

        def make() -> ServiceCommand | None:
            before, after = dialog.before_seating, dialog.values()
            if before == after:
                return None
            text = self.tr("Seat people on %1").replace("%1", item.title)
            return TransferSeatingCommand(self.session, item.id, before, after, text)

        dialog.submit = self._submitter(make)
        self.transfer_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_item(self, start: datetime | None = None) -> FormDialog:
        dialog = self._item_dialog(None, start)
        return self._open(
            dialog,
            lambda: CreateItemCommand(
                self.session,
                dialog.values(),
                self.tr("Add %1").replace("%1", dialog.values()["title"]),
            ),
        )

    def edit_item(self, item: ScheduleItem) -> FormDialog:
        dialog = self._item_dialog(item, None)

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

    def move_items(self, moves: dict[int, tuple[datetime, datetime]]) -> bool:
        """Several blocks moved (or resized) together: one command, one undo step."""
        changes = {}
        for item_id, (starts_at, ends_at) in moves.items():
            item = self.session.item(item_id)
            if item is None or (starts_at, ends_at) == (item.starts_at, item.ends_at):
                continue
            changes[item_id] = (
                {"starts_at": item.starts_at, "ends_at": item.ends_at},
                {"starts_at": starts_at, "ends_at": ends_at},
            )
        if not changes:
            return False
        if len(changes) == 1:
            [(item_id, (_before, after))] = changes.items()
            item = self.session.item(item_id)
            assert item is not None
            return self.move_item(item, after["starts_at"], after["ends_at"])
        text = self.tr("Move %1 items").replace("%1", str(len(changes)))
        return self.push(EditItemsCommand(self.session, changes, text))

    # -- the Unscheduled list ---------------------------------------------------------------

    def unschedule_items(self, items: Sequence[ScheduleItem]) -> bool:
        """Move items to the Unscheduled list: one undo step; undo puts them back."""
        if not items:
            return False
        changes = {i.id: ({"scheduled": True}, {"scheduled": False}) for i in items}
        label = (
            items[0].title
            if len(items) == 1
            else self.tr("%1 items").replace("%1", str(len(items)))
        )
        text = self.tr("Unschedule %1").replace("%1", label)
        if len(items) == 1:
            [(item_id, (before, after))] = changes.items()
            return self.push(EditItemCommand(self.session, item_id, before, after, text))
        return self.push(EditItemsCommand(self.session, changes, text))

    def schedule_item(self, item: ScheduleItem, start: datetime) -> bool:
        """Put an unscheduled item on the programme at ``start``, keeping its duration."""
        return self.push(self._schedule_command(item, start))

    def ask_schedule(self, item: ScheduleItem, parent: QWidget | None = None) -> FormDialog:
        """ "Schedule…": ask for a day and a time, then schedule ``item`` there (the
        keyboard's way; the mouse drags the entry onto the timeline)."""
        dialog = ScheduleDialog(item, self.snap, parent or self.parent_widget)
        return self._open(dialog, lambda: self._schedule_command(item, dialog.start()))

    def _schedule_command(self, item: ScheduleItem, start: datetime) -> ServiceCommand:
        before = {"scheduled": False, "starts_at": item.starts_at, "ends_at": item.ends_at}
        after = {
            "scheduled": True,
            "starts_at": start,
            "ends_at": start + (item.ends_at - item.starts_at),
        }
        text = self.tr("Schedule %1").replace("%1", item.title)
        return EditItemCommand(self.session, item.id, before, after, text)

    def new_unscheduled_item(self) -> FormDialog:
        """A new item for the Unscheduled list: title, kind, site and duration."""
        dialog = UnscheduledItemDialog(self.snap, self.parent_widget)
        return self._open(
            dialog,
            lambda: CreateUnscheduledCommand(
                self.session,
                dialog.values(),
                self.tr("Add %1").replace("%1", dialog.values()["title"]),
            ),
        )

    def duplicate_items(
        self, items: Sequence[ScheduleItem], select: Callable[[list[int]], object] | None = None
    ) -> bool:
        """Copies of ``items`` at the same times (the user then drags them): one step.
        ``select`` chooses the copies afterwards (the originals again on undo)."""
        if not items:
            return False
        copies = [(i, i.starts_at, i.ends_at) for i in items]
        label = (
            items[0].title
            if len(items) == 1
            else self.tr("%1 items").replace("%1", str(len(items)))
        )
        text = self.tr("Duplicate %1").replace("%1", label)
        return self.push(CopyItemsCommand(self.session, copies, text, select))

    def copy_day(self, source: date, target: date) -> bool:
        """Copy every item starting on ``source`` to ``target`` at the same clock times in
        tour time (one undo step); False when the day has no items or is the same day."""
        if source == target:
            return False
        zone = ZoneInfo(self.snap.tour.timezone)
        shift = target - source
        copies = []
        for item in self.snap.items:
            start = item.starts_at.astimezone(zone)
            if start.date() != source:
                continue
            end = item.ends_at.astimezone(zone)
            # Wall-clock arithmetic: 09:00 stays 09:00 across a change of summer time.
            new_start = (start.replace(tzinfo=None) + shift).replace(tzinfo=zone)
            new_end = (end.replace(tzinfo=None) + shift).replace(tzinfo=zone)
            copies.append((item, new_start, new_end))
        if not copies:
            return False
        text = (
            self.tr("Copy %1 to %2")
            .replace("%1", day_label(source))
            .replace("%2", day_label(target))
        )
        return self.push(CopyItemsCommand(self.session, copies, text))
