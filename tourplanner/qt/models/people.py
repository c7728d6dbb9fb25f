"""The Participants and Groups tables."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtGui import QColor

from tourplanner.core.model import Group, Participant, TourSnapshot
from tourplanner.core.precedence import in_precedence
from tourplanner.qt import labels
from tourplanner.qt.models.base import RecordTableModel
from tourplanner.qt.style import avatar_pixmap

VIP_MARK = "★"


class ParticipantTableModel(RecordTableModel[Participant]):
    """One row per person: avatar and name, role, VIP flag, organisation, groups,
    languages and dietary needs at a glance, and their place in the order of precedence."""

    NAME = 0
    LOCAL_NAME = 1
    ROLE = 2
    VIP = 3
    PRECEDENCE = 4
    GROUPS = 5
    LANGUAGES = 6
    DIETARY = 7
    ORGANISATION = 8
    COUNTRY = 9
    KEY = 10
    COLUMN_COUNT = 11
    CENTRED = frozenset({VIP, PRECEDENCE})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups_of: dict[int, list[str]] = {}
        self._place_of: dict[int, int] = {}

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        """Show the people of ``snapshot`` with the names of their groups."""
        self.set_groups(snapshot.groups)
        # Each person's place in the one complete order (organiser's ranks, then the rules).
        order = in_precedence(snapshot.participants)
        self._place_of = {p.id: place for place, p in enumerate(order, start=1)}
        self.set_records(snapshot.participants)

    def set_groups(self, groups: tuple[Group, ...] | list[Group]) -> None:
        """Which groups each person is in (names shown in the Groups column)."""
        found: dict[int, list[str]] = defaultdict(list)
        for group in sorted(groups, key=lambda g: g.name.casefold()):
            for pid in group.member_ids:
                found[pid].append(group.name)
        self._groups_of = dict(found)
        self.refresh_texts()

    def groups_of(self, person_id: int) -> list[str]:
        return self._groups_of.get(person_id, [])

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Local name"),
            self.tr("Role"),
            self.tr("VIP"),
            self.tr("Precedence"),
            self.tr("Groups"),
            self.tr("Languages"),
            self.tr("Dietary needs"),
            self.tr("Organisation"),
            self.tr("Country"),
            self.tr("Key"),
        ]

    def header_tips(self) -> list[str]:
        return [
            self.tr("The person's name as it appears on badges and briefings"),
            self.tr("The name in Chinese characters (or their own script)"),
            self.tr("Why they are on the tour"),
            self.tr("Very important person: precedence at ceremonies and seating"),
            self.tr("Their place in the order of precedence (Tour ▸ Order of precedence)"),
            self.tr("The groups they belong to"),
            self.tr("Languages they speak, most fluent first"),
            self.tr("What they cannot or will not eat"),
            self.tr("Whom they work for"),
            self.tr("Where they come from"),
            self.tr("The person's short name in tour files"),
        ]

    def display(self, person: Participant, column: int) -> str:
        if column == self.NAME:
            return f"{person.honorific} {person.full_name}".strip()
        if column == self.LOCAL_NAME:
            return person.local_name
        if column == self.ROLE:
            return labels.participant_role(person.role)
        if column == self.VIP:
            return VIP_MARK if person.is_vip else ""
        if column == self.ORGANISATION:
            return person.organisation
        if column == self.COUNTRY:
            return person.country
        if column == self.GROUPS:
            return ", ".join(self.groups_of(person.id))
        if column == self.LANGUAGES:
            return labels.languages(person.languages)
        if column == self.DIETARY:
            return person.dietary.replace("\n", " ")
        if column == self.KEY:
            return person.key
        if column == self.PRECEDENCE:
            place = self._place_of.get(person.id)
            return str(place) if place is not None else ""
        return ""

    def search_text(self, person: Participant) -> str:
        # The title is not a column but is what organisers remember ("the editor").
        return " ".join(
            (
                person.full_name,
                person.local_name,
                labels.participant_role(person.role),
                person.title,
                person.organisation,
                person.country,
                " ".join(self.groups_of(person.id)),
                " ".join(person.languages),
                labels.languages(person.languages),
                person.dietary,
                person.key,
                "vip" if person.is_vip else "",
            )
        )

    def sort_key(self, person: Participant, column: int) -> Any:
        if column == self.NAME:
            return person.full_name.casefold()
        if column == self.VIP:
            # VIPs first when sorting ascending, by precedence among themselves.
            return (0 if person.is_vip else 1, person.precedence or 10**6)
        if column == self.PRECEDENCE:
            return self._place_of.get(person.id)
        return super().sort_key(person, column)

    def decoration(self, person: Participant, column: int) -> Any:
        if column == self.NAME:
            return avatar_pixmap(person.full_name, 24, person.is_vip)
        return None

    def tooltip(self, person: Participant, column: int) -> str | None:
        if column in (self.NAME, self.LOCAL_NAME):
            lines = [person.full_name, person.local_name, person.title, person.organisation]
            return "\n".join(t for t in lines if t)
        if column == self.DIETARY and person.dietary:
            return person.dietary
        if column == self.PRECEDENCE and person.id in self._place_of:
            if person.precedence is None:
                return self.tr("Placed by the rules (VIP, role, title, name)")
            return self.tr("Ranked by the organiser")
        if column == self.VIP and person.is_vip:
            if person.precedence is not None:
                return self.tr("VIP, precedence %1").replace("%1", str(person.precedence))
            return self.tr("VIP")
        return None

    def foreground(self, person: Participant, column: int) -> Any:
        if column == self.VIP:
            return QColor("#b45309")
        return None


class GroupTableModel(RecordTableModel[Group]):
    """One row per group: name, local name, member count, description, key."""

    NAME = 0
    LOCAL_NAME = 1
    MEMBERS = 2
    DESCRIPTION = 3
    KEY = 4
    COLUMN_COUNT = 5
    NUMERIC = frozenset({MEMBERS})

    def headers(self) -> list[str]:
        return [
            self.tr("Group"),
            self.tr("Local name"),
            self.tr("Members"),
            self.tr("Description"),
            self.tr("Key"),
        ]

    def display(self, group: Group, column: int) -> str:
        if column == self.NAME:
            return group.name
        if column == self.LOCAL_NAME:
            return group.local_name
        if column == self.MEMBERS:
            return str(len(group.member_ids))
        if column == self.DESCRIPTION:
            return group.description.replace("\n", " ")
        if column == self.KEY:
            return group.key
        return ""

    def sort_key(self, group: Group, column: int) -> Any:
        if column == self.MEMBERS:
            return len(group.member_ids)
        return super().sort_key(group, column)

    def tooltip(self, group: Group, column: int) -> str | None:
        return group.description or None
