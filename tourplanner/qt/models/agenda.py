"""The agenda: the tour's schedule items as a table, in tour time."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor

from tourplanner.core.enums import AttendanceScope, ItemStatus
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.qt import labels
from tourplanner.qt.models.base import RecordTableModel
from tourplanner.qt.style import ERROR_COLOUR, kind_edge
from tourplanner.qt.timefmt import day_label


class ItemTableModel(RecordTableModel[ScheduleItem]):
    """One row per schedule item: day, times, title, kind, site, who, status, problems."""

    DAY = 0
    START = 1
    END = 2
    TITLE = 3
    KIND = 4
    SITE = 5
    WHO = 6
    STATUS = 7
    PROBLEMS = 8
    COLUMN_COUNT = 9
    CENTRED = frozenset({PROBLEMS})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = ZoneInfo("UTC")
        self._snapshot: TourSnapshot | None = None
        self._problems: Counter[int] = Counter()

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        """Show the items of ``snapshot`` (sites and people are named from it too)."""
        self._snapshot = snapshot
        self._zone = ZoneInfo(snapshot.tour.timezone)
        self.set_records(snapshot.items)

    def set_context(self, snapshot: TourSnapshot) -> None:
        """New names for sites, groups and people, without replacing the rows."""
        self._snapshot = snapshot
        self.refresh_texts()

    def set_problem_counts(self, counts: Counter[int]) -> None:
        """How many problems concern each item (only the rows whose count changed are
        repainted; the count is not searched, so the search texts stay)."""
        if counts == self._problems:
            return
        changed = {i for i in set(counts) | set(self._problems) if counts[i] != self._problems[i]}
        self._problems = counts
        for item_id in changed:
            row = self.row_of(item_id)
            if row >= 0:
                cell = self.index(row, self.PROBLEMS)
                self.dataChanged.emit(cell, cell, [])

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self._zone)

    def headers(self) -> list[str]:
        return [
            self.tr("Day"),
            self.tr("Starts"),
            self.tr("Ends"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Site"),
            self.tr("Who"),
            self.tr("Status"),
            self.tr("Problems"),
        ]

    def display(self, item: ScheduleItem, column: int) -> str:
        if column == self.DAY:
            return day_label(self.local(item.starts_at).date())
        if column == self.START:
            return self.local(item.starts_at).strftime("%H:%M")
        if column == self.END:
            start, end = self.local(item.starts_at), self.local(item.ends_at)
            suffix = "" if end.date() == start.date() else " (+1)"
            return end.strftime("%H:%M") + suffix
        if column == self.TITLE:
            return item.title
        if column == self.KIND:
            return labels.item_kind(item.kind)
        if column == self.SITE:
            return self.site_name(item)
        if column == self.WHO:
            return self.audience(item)
        if column == self.STATUS:
            return labels.item_status(item.status)
        if column == self.PROBLEMS:
            count = self._problems.get(item.id, 0)
            return str(count) if count else ""
        return ""

    def search_text(self, item: ScheduleItem) -> str:
        searched = (c for c in range(self.COLUMN_COUNT) if c != self.PROBLEMS)
        return " ".join([*(self.display(item, c) for c in searched), item.local_title])

    def site_name(self, item: ScheduleItem) -> str:
        if item.site_id is None or self._snapshot is None:
            return ""
        site = self._snapshot.sites_by_id.get(item.site_id)
        return site.name if site is not None else ""

    def audience(self, item: ScheduleItem) -> str:
        """'Delegation, Press pool, Guo Peng and 2 more'."""
        snap = self._snapshot
        if snap is None:
            return ""
        parts: list[str] = []
        people: list[str] = []
        for entry in item.attendance:
            if entry.scope is AttendanceScope.DELEGATION:
                parts.insert(0, self.tr("Delegation"))
            elif entry.scope is AttendanceScope.GROUP and entry.group_id is not None:
                group = snap.groups_by_id.get(entry.group_id)
                if group is not None:
                    parts.append(group.name)
            elif entry.participant_id is not None:
                person = snap.participants_by_id.get(entry.participant_id)
                if person is not None:
                    people.append(person.full_name)
        if len(people) > 2:
            more = self.tr("%1 more").replace("%1", str(len(people) - 2))
            people = [*people[:2], more]
        return ", ".join(parts + people)

    def sort_key(self, item: ScheduleItem, column: int) -> Any:
        if column in (self.DAY, self.START):
            return (item.starts_at.timestamp(), item.ends_at.timestamp())
        if column == self.END:
            return item.ends_at.timestamp()
        if column == self.PROBLEMS:
            return self._problems.get(item.id, 0)
        return super().sort_key(item, column)

    def tooltip(self, item: ScheduleItem, column: int) -> str | None:
        if column == self.TITLE:
            return "\n".join(t for t in (item.title, item.local_title, item.notes) if t)
        if column == self.WHO:
            return self.audience(item)
        return None

    def foreground(self, item: ScheduleItem, column: int) -> Any:
        if item.status is ItemStatus.CANCELLED:
            return QColor("#9ca3af")
        if column == self.KIND:
            return kind_edge(item.kind)
        if column == self.PROBLEMS:
            return QColor(ERROR_COLOUR)
        return None
