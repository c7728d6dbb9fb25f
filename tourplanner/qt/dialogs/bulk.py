"""Dialogs for bulk edits of selected people: change their group, add them to an item."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QComboBox, QRadioButton, QWidget

from tourplanner.core.enums import AttendanceRole
from tourplanner.core.model import Group, ScheduleItem
from tourplanner.qt.dialogs.form import FormDialog
from tourplanner.qt.timefmt import clock, day_label


def role_label(role: AttendanceRole) -> str:
    """An attendance role as people read it (Attendee, Host, Interpreter, Lead)."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        AttendanceRole.ATTENDEE: QCoreApplication.translate("Labels", "Attendee"),
        AttendanceRole.HOST: QCoreApplication.translate("Labels", "Host"),
        AttendanceRole.INTERPRETER: QCoreApplication.translate("Labels", "Interpreter"),
        AttendanceRole.LEAD: QCoreApplication.translate("Labels", "Lead"),
    }
    return texts[role]


class ChangeGroupDialog(FormDialog):
    """Put the selected people in a group, optionally taking them out of their others."""

    def __init__(self, people_count: int, groups: list[Group], parent: QWidget | None = None):
        super().__init__("", parent)
        self.set_title(self.tr("Change group"))
        self.setObjectName("changeGroupDialog")
        self.group = QComboBox()
        for group in sorted(groups, key=lambda g: g.name.casefold()):
            self.group.addItem(group.name, group.id)
        self.add_only = QRadioButton(self.tr("Add to this group (keep their other groups)"))
        self.move_to = QRadioButton(self.tr("Move to this group (leave their other groups)"))
        self.move_to.setChecked(True)
        self.add_field(
            self.tr("%1 people go to:").replace("%1", str(people_count))
            if people_count != 1
            else self.tr("1 person goes to:"),
            self.group,
            name="targetGroup",
            check=lambda: None if self.group.count() else self.tr("The tour has no groups yet"),
        )
        self.add_field(self.tr("How:"), self.add_only, name="addToGroup")
        self.add_field("", self.move_to, name="moveToGroup")
        self.finish()

    def group_id(self) -> int:
        return int(self.group.currentData())

    def exclusive(self) -> bool:
        return self.move_to.isChecked()


class AddToItemDialog(FormDialog):
    """Add the selected people to one schedule item, in a role."""

    def __init__(
        self,
        people_count: int,
        items: list[ScheduleItem],
        timezone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("Add to item"))
        self.setObjectName("addToItemDialog")
        zone = ZoneInfo(timezone)
        self.item = QComboBox()
        for item in sorted(items, key=lambda i: (i.starts_at, i.title)):
            local = item.starts_at.astimezone(zone)
            self.item.addItem(f"{day_label(local.date())} {clock(local)}  {item.title}", item.id)
        self.role = QComboBox()
        for role in AttendanceRole:
            self.role.addItem(role_label(role), role)
        self.add_field(
            self.tr("Add %1 to:").replace("%1", str(people_count)),
            self.item,
            name="targetItem",
            check=lambda: None if self.item.count() else self.tr("The tour has no items yet"),
        )
        self.add_field(self.tr("As:"), self.role, name="attendanceRole")
        self.finish()
        self.resize(520, self.sizeHint().height())

    def item_id(self) -> int:
        return int(self.item.currentData())

    def attendance_role(self) -> AttendanceRole:
        return AttendanceRole(self.role.currentData())
