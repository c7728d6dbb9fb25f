"""The Participants page: everyone on the tour, and the groups they form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from tourplanner.core.model import TourSnapshot
from tourplanner.qt.models.people import GroupTableModel, ParticipantTableModel
from tourplanner.qt.views.table_page import TablePage


class ParticipantsTable(TablePage):
    """People with avatar, role, VIP flag, groups, languages and dietary needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            ParticipantTableModel(),
            name="participants",
            title=QCoreApplication.translate("ParticipantsTable", "Participants"),
            search_hint=QCoreApplication.translate(
                "ParticipantsTable", "Search names, organisations, groups, languages, diets"
            ),
            parent=parent,
        )
        self.model.setParent(self)
        self.table.setIconSize(self.table.iconSize())
        self.new_button = self.add_button(
            self.tr("&New person…"), "newPersonButton", self.tr("Add someone to the tour")
        )
        self.edit_button = self.add_button(
            self.tr("&Edit…"), "editPersonButton", self.tr("Change the selected person"), needs=1
        )
        self.delete_button = self.add_button(
            self.tr("&Delete"),
            "deletePersonButton",
            self.tr("Delete the selected people"),
            needs=2,
        )
        self.group_button = self.add_button(
            self.tr("Change &group…"),
            "changeGroupButton",
            self.tr("Put the selected people in a group"),
            needs=2,
        )
        self.add_to_item_button = self.add_button(
            self.tr("Add to &item…"),
            "addToItemButton",
            self.tr("Add the selected people to a schedule item"),
            needs=2,
        )
        self.finish_actions()
        self.import_button = self.add_button(
            self.tr("Imp&ort…"),
            "importPeopleButton",
            self.tr("Add or update people from an Excel or CSV list (Ctrl+I)"),
        )

    @property
    def people_model(self) -> ParticipantTableModel:
        assert isinstance(self.model, ParticipantTableModel)
        return self.model


class GroupsTable(TablePage):
    """The tour's groups; choosing one shows only its members in the people table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            GroupTableModel(),
            name="groups",
            title=QCoreApplication.translate("GroupsTable", "Groups"),
            search_hint=QCoreApplication.translate("GroupsTable", "Search groups"),
            parent=parent,
        )
        self.model.setParent(self)
        self.search.setMinimumWidth(120)
        self.new_button = self.add_button(
            self.tr("New gro&up…"), "newGroupButton", self.tr("Add a group")
        )
        self.edit_button = self.add_button(
            self.tr("Edi&t…"), "editGroupButton", self.tr("Change the selected group"), needs=1
        )
        self.delete_button = self.add_button(
            self.tr("De&lete"),
            "deleteGroupButton",
            self.tr("Delete the selected groups"),
            needs=2,
        )
        self.finish_actions()

    @property
    def group_model(self) -> GroupTableModel:
        assert isinstance(self.model, GroupTableModel)
        return self.model


class PeoplePage(QWidget):
    """Participants on the left, groups on the right; on a narrow window (1024 px with
    the navigation) the groups go below the participants instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.setAccessibleName(self.tr("Participants and groups"))
        self.participants = ParticipantsTable()
        self.groups = GroupsTable()
        # mypy: layout() may be None in general; a TablePage sets its layout when made.
        self.groups.layout().setContentsMargins(8, 16, 20, 12)  # type: ignore[union-attr]
        self.participants.layout().setContentsMargins(20, 16, 8, 12)  # type: ignore[union-attr]
        self.groups.selection_changed.connect(self._filter_by_group)
        self.splitter = split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("peopleSplitter")
        split.setAccessibleName(self.tr("Participants and groups"))
        split.addWidget(self.participants)
        split.addWidget(self.groups)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def side_by_side_width(self) -> int:
        """The narrowest width at which groups still fit beside the participants."""
        handle = self.splitter.handleWidth()
        return (
            self.participants.minimumSizeHint().width()
            + self.groups.minimumSizeHint().width()
            + handle
        )

    def minimumSizeHint(self) -> QSize:
        # The stacked arrangement's minimum: the page may be narrower than side by side,
        # and resizeEvent stacks the two tables when it is.
        widths = (self.participants.minimumSizeHint(), self.groups.minimumSizeHint())
        return QSize(
            max(w.width() for w in widths),
            sum(w.height() for w in widths) + self.splitter.handleWidth(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.side_by_side_width()
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            # Stacked, the groups line up with the participants' left edge.
            left = 8 if wide else 20
            self.groups.layout().setContentsMargins(left, 16, 20, 12)  # type: ignore[union-attr]
        super().resizeEvent(event)

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        self.participants.people_model.set_snapshot(snapshot)
        self.groups.model.set_records(snapshot.groups)
        m = ParticipantTableModel
        self.participants.fit_columns(
            {
                m.NAME: 200,
                m.LOCAL_NAME: 80,
                m.ROLE: 96,
                m.VIP: 44,
                m.GROUPS: 130,
                m.LANGUAGES: 90,
                m.DIETARY: 210,
                m.ORGANISATION: 260,
            }
        )
        g = GroupTableModel
        self.groups.fit_columns({g.NAME: 110, g.LOCAL_NAME: 70, g.MEMBERS: 72, g.DESCRIPTION: 220})
        self._filter_by_group()

    def _filter_by_group(self) -> None:
        # Selecting groups narrows the people table to their members; none selected: all.
        groups = self.groups.selected_records()
        if not groups:
            self.participants.proxy.set_row_filter(None)
            self.participants.count.setToolTip("")
        else:
            members = set().union(*(g.member_ids for g in groups))
            self.participants.proxy.set_row_filter(lambda p: p.id in members)
        self.participants._show_count()
