"""Add or change a schedule item: what, when (in tour time), where and who (in which role).

Moving the start keeps the item's length; the site list ends with "New site…", which
opens the site dialog (its own undoable step) and picks the new site."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from tourplanner.core.enums import AttendanceRole, AttendanceScope, ItemKind, ItemStatus
from tourplanner.core.model import Attendance, ScheduleItem, Site, TourSnapshot
from tourplanner.qt import labels
from tourplanner.qt.dialogs.bulk import role_label
from tourplanner.qt.dialogs.form import (
    FormDialog,
    check_required,
    checkbox,
    date_time_edit,
    find_data,
    line_edit,
    secondary_button,
)
from tourplanner.qt.dialogs.records import enum_combo
from tourplanner.qt.timefmt import from_qdatetime, to_qdatetime

_TARGET_ROLE = Qt.ItemDataRole.UserRole
_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry's name without its role
#: The site list's last entry: make a new site.
NEW_SITE = "new-site"


class ItemDialog(FormDialog):
    """The item form. ``start`` suggests a time for a new item (a click on the timeline)."""

    def __init__(
        self,
        item: ScheduleItem | None,
        snapshot: TourSnapshot,
        start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("New item") if item is None else self.tr("Edit item"))
        self.setObjectName("itemDialog")
        self.item = item
        self.snapshot = snapshot
        self.zone = ZoneInfo(snapshot.tour.timezone)
        if item is not None:
            begin, end = item.starts_at, item.ends_at
        else:
            tour = snapshot.tour
            begin = start or datetime.combine(
                tour.start_date, datetime.min.time().replace(hour=9), self.zone
            )
            end = begin + timedelta(hours=1)

        self.title = line_edit(item.title if item else "", self.tr("Visit to the museum"))
        self.local_title = line_edit(item.local_title if item else "")
        self.kind = enum_combo(ItemKind, labels.item_kind, item.kind if item else ItemKind.VISIT)
        self.status = enum_combo(
            ItemStatus, labels.item_status, item.status if item else ItemStatus.CONFIRMED
        )
        self.starts = date_time_edit(to_qdatetime(begin, self.zone))
        self.ends = date_time_edit(to_qdatetime(end, self.zone))
        self._length = self.starts.dateTime().secsTo(self.ends.dateTime())
        self._moving_end = False
        self.starts.dateTimeChanged.connect(self._start_moved)
        self.ends.dateTimeChanged.connect(self._end_moved)
        #: Opens the site dialog for "New site…" (the editor sets it; None: no entry).
        self.new_site: Callable[[], None] | None = None
        #: The site dialog "New site…" opened last (tests fill it in).
        self.site_dialog: FormDialog | None = None
        self.site = QComboBox()
        self.site.addItem(self.tr("(no site)"), None)
        for site in sorted(snapshot.sites, key=lambda s: s.name.casefold()):
            self.site.addItem(site.name, site.id)
        self.site.insertSeparator(self.site.count())
        self.site.addItem(self.tr("New site…"), NEW_SITE)
        if item is not None and item.site_id is not None:
            self.site.setCurrentIndex(max(find_data(self.site, item.site_id), 0))
        self._site_index = self.site.currentIndex()
        self.site.currentIndexChanged.connect(self._site_chosen)
        self.who = self._attendance_list(item)
        self.who_role = QComboBox()
        for role in AttendanceRole:
            self.who_role.addItem(role_label(role), role)
        self.who_role.setObjectName("itemWhoRole")
        self.who_role.setAccessibleName(self.tr("Role of the selected entry"))
        self.who_role.setToolTip(self.tr("The role the selected entry has at this item"))
        self.who_role.setEnabled(False)
        self.who.currentItemChanged.connect(self._show_role)
        self.who_role.activated.connect(self._set_role)
        self.pinned = checkbox(
            self.tr("Fixed appointment (the optimiser must not move it)"),
            item.pinned if item else False,
        )
        self.dress_code = line_edit(item.dress_code if item else "")
        self.notes = line_edit(item.notes if item else "")

        self.add_field(
            self.tr("&Title:"),
            self.title,
            name="itemTitle",
            check=check_required(self.title, self.tr("A title is required")),
        )
        self.add_field(self.tr("&Local title:"), self.local_title, name="itemLocalTitle")
        self.add_field(self.tr("&Kind:"), self.kind, name="itemKind")
        self.add_field(self.tr("&Status:"), self.status, name="itemStatus")
        self.add_field(
            self.tr("Sta&rts:"),
            self.starts,
            name="itemStarts",
            hint=self.tr("In the tour's time zone (%1)").replace("%1", snapshot.tour.timezone),
        )
        self.add_field(
            self.tr("&Ends:"), self.ends, name="itemEnds", check=self._check_end_after_start
        )
        self.add_field(self.tr("S&ite:"), self.site, name="itemSite")
        self._from_site_row(snapshot, item)
        self.add_field(
            self.tr("&Who:"),
            self.who,
            name="itemWho",
            hint=self.tr("The delegation, groups and people this item brings together"),
        )
        self.add_field(self.tr("&As:"), self.who_role, name="itemWhoRole")
        self._seating_row()
        self.add_field(self.tr("Fixed:"), self.pinned, name="itemPinned")
        self.add_field(self.tr("&Dress code:"), self.dress_code, name="itemDressCode")
        self.add_field(self.tr("&Notes:"), self.notes, name="itemNotes")
        self.finish()
        self.resize(560, 640)

    def _attendance_list(self, item: ScheduleItem | None) -> QListWidget:
        chosen = {self._target(a) for a in item.attendance} if item else {("delegation", None)}
        self._roles = {self._target(a): a.role for a in item.attendance} if item else {}
        widget = QListWidget()
        widget.setMinimumHeight(160)
        snap = self.snapshot
        entries: list[tuple[str, tuple[str, int | None]]] = [
            (self.tr("Whole delegation"), ("delegation", None))
        ]
        for group in sorted(snap.groups, key=lambda g: g.name.casefold()):
            text = self.tr("Group: %1").replace("%1", group.name)
            entries.append((text, ("group", group.id)))
        for person in sorted(snap.participants, key=lambda p: p.full_name.casefold()):
            text = f"{person.full_name} · {labels.participant_role(person.role)}"
            entries.append((text, ("person", person.id)))
        for text, target in entries:
            entry = QListWidgetItem(text, widget)
            entry.setData(_TARGET_ROLE, target)
            entry.setData(_TEXT_ROLE, text)
            self._label_entry(entry)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if target in chosen else Qt.CheckState.Unchecked
            )
        return widget

    @staticmethod
    def _target(a: Attendance) -> tuple[str, int | None]:
        if a.scope is AttendanceScope.DELEGATION:
            return ("delegation", None)
        if a.scope is AttendanceScope.GROUP:
            return ("group", a.group_id)
        return ("person", a.participant_id)

    # -- vehicles and seats of a transfer ------------------------------------------------------

    def _from_site_row(self, snapshot: TourSnapshot, item: ScheduleItem | None) -> None:
        """A transfer's origin (Site is where it goes), shown only for transfers; empty
        means where the riders were before."""
        self.from_site = QComboBox()
        self.from_site.setObjectName("itemFromSite")
        self.from_site.setAccessibleName(self.tr("Transfer starts from"))
        self.from_site.addItem(self.tr("(where they were before)"), None)
        for site in sorted(snapshot.sites, key=lambda s: s.name.casefold()):
            self.from_site.addItem(site.name, site.id)
        if item is not None and item.from_site_id is not None:
            self.from_site.setCurrentIndex(max(find_data(self.from_site, item.from_site_id), 0))
        self._from_label = QLabel(self.tr("&From:"))
        self._from_label.setBuddy(self.from_site)
        self.form.addRow(self._from_label, self.from_site)
        self.kind.currentIndexChanged.connect(self._show_from_site)
        self._show_from_site()

    def _show_from_site(self, *_args: object) -> None:
        shown = self.kind.currentData() == ItemKind.TRANSFER
        self.from_site.setVisible(shown)
        self._from_label.setVisible(shown)

    def _seating_row(self) -> None:
        self.seating_button = secondary_button(self.tr("&Vehicles and seats…"), "itemSeating")
        self.seating_button.setToolTip(
            self.tr("Who rides which vehicle in which seat; saved on its own, at once")
        )
        self.seating_button.hide()
        self._seating_label = QLabel(self.tr("Transfer:"))
        self._seating_label.hide()
        self.form.addRow(self._seating_label, self.seating_button)
        self.kind.currentIndexChanged.connect(self._show_seating)

    def offer_seating(self, open_seating: Callable[[], object]) -> None:
        """Let the transfer's seating be edited (the item exists, so it can have seats)."""
        self._open_seating = open_seating
        self.seating_button.clicked.connect(lambda: open_seating())
        self._show_seating()

    def _show_seating(self, *_args: object) -> None:
        shown = (
            getattr(self, "_open_seating", None) is not None
            and self.kind.currentData() == ItemKind.TRANSFER
        )
        self.seating_button.setVisible(shown)
        self._seating_label.setVisible(shown)

    # -- roles -------------------------------------------------------------------------------

    def _label_entry(self, entry: QListWidgetItem) -> None:
        """Show an entry's role after its name unless it is a plain attendee."""
        role = self._roles.get(entry.data(_TARGET_ROLE), AttendanceRole.ATTENDEE)
        text = entry.data(_TEXT_ROLE)
        if role is not AttendanceRole.ATTENDEE:
            text = f"{text} — {role_label(role)}"
        entry.setText(text)

    def _show_role(self, entry: QListWidgetItem | None, _previous: Any = None) -> None:
        self.who_role.setEnabled(entry is not None)
        if entry is None:
            return
        role = self._roles.get(entry.data(_TARGET_ROLE), AttendanceRole.ATTENDEE)
        self.who_role.setCurrentIndex(max(find_data(self.who_role, role), 0))

    def _set_role(self, _index: int = 0) -> None:
        """Give the selected entry the chosen role; a role means it attends, so tick it."""
        entry = self.who.currentItem()
        if entry is None:
            return
        self._roles[entry.data(_TARGET_ROLE)] = AttendanceRole(self.who_role.currentData())
        self._label_entry(entry)
        entry.setCheckState(Qt.CheckState.Checked)
        self.validate()

    # -- when ------------------------------------------------------------------------------

    def _start_moved(self, start: QDateTime) -> None:
        """Moving the start moves the end with it: the item keeps its length."""
        self._moving_end = True
        try:
            self.ends.setDateTime(start.addSecs(self._length))
        finally:
            self._moving_end = False

    def _end_moved(self, end: QDateTime) -> None:
        if not self._moving_end:
            length = self.starts.dateTime().secsTo(end)
            if length > 0:
                self._length = length

    # -- where -----------------------------------------------------------------------------

    def _site_chosen(self, index: int) -> None:
        if self.site.itemData(index) != NEW_SITE:
            self._site_index = index
            return
        # Go back to the site shown before; the new one is picked once it exists.
        self.site.setCurrentIndex(self._site_index)
        if self.new_site is not None:
            self.new_site()

    def add_site(self, site: Site) -> None:
        """A site made from this dialog: add it to the list, in name order, and pick it."""
        row = 1
        while row < self.site.count() and self.site.itemData(row) not in (NEW_SITE, None):
            if self.site.itemText(row).casefold() > site.name.casefold():
                break
            row += 1
        self.site.insertItem(row, site.name, site.id)
        self.site.setCurrentIndex(row)

    def _check_end_after_start(self) -> str | None:
        if self.ends.dateTime() <= self.starts.dateTime():
            return self.tr("End must be after start")
        return None

    def attendance(self) -> tuple[Attendance, ...]:
        """The checked entries, keeping the role an entry had before."""
        out = []
        for row in range(self.who.count()):
            entry = self.who.item(row)
            if entry.checkState() != Qt.CheckState.Checked:
                continue
            scope, target_id = entry.data(_TARGET_ROLE)
            role = self._roles.get((scope, target_id), AttendanceRole.ATTENDEE)
            if scope == "delegation":
                out.append(Attendance(AttendanceScope.DELEGATION, role))
            elif scope == "group":
                out.append(Attendance(AttendanceScope.GROUP, role, group_id=target_id))
            else:
                out.append(Attendance(AttendanceScope.PERSON, role, participant_id=target_id))
        return tuple(out)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "local_title": self.local_title.text().strip(),
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "starts_at": from_qdatetime(self.starts.dateTime(), self.zone),
            "ends_at": from_qdatetime(self.ends.dateTime(), self.zone),
            "site_id": self.site.currentData(),
            # Only a transfer has an origin; another kind keeps none.
            "from_site_id": (
                self.from_site.currentData()
                if self.kind.currentData() == ItemKind.TRANSFER
                else None
            ),
            "attendance": self.attendance(),
            "pinned": self.pinned.isChecked(),
            "dress_code": self.dress_code.text().strip(),
            "notes": self.notes.text().strip(),
        }

    def before(self) -> dict[str, Any]:
        assert self.item is not None
        return {k: getattr(self.item, k) for k in self.values()}
