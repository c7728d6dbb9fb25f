"""The Sites table: one row per place the tour visits."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtGui import QColor

from tourplanner.core.model import Site, TourSnapshot
from tourplanner.qt import labels
from tourplanner.qt.models.base import RecordTableModel


class SiteTableModel(RecordTableModel[Site]):
    """Name, local name, category, address, coordinates, capacity, use and key."""

    NAME = 0
    LOCAL_NAME = 1
    CATEGORY = 2
    ADDRESS = 3
    COORDINATES = 4
    CAPACITY = 5
    ITEMS = 6
    KEY = 7
    COLUMN_COUNT = 8
    NUMERIC = frozenset({CAPACITY, ITEMS})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._uses: Counter[int] = Counter()

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        """Show the sites of ``snapshot`` with how many items use each."""
        self._uses = Counter(i.site_id for i in snapshot.items if i.site_id is not None)
        self.set_records(snapshot.sites)

    def set_uses(self, uses: Counter[int]) -> None:
        """New item counts per site (after items moved between sites); only the Items
        cells that changed are repainted, and counts are not searched."""
        changed = {i for i in set(uses) | set(self._uses) if uses[i] != self._uses[i]}
        self._uses = uses
        for site_id in changed:
            row = self.row_of(site_id)
            if row >= 0:
                cell = self.index(row, self.ITEMS)
                self.dataChanged.emit(cell, cell, [])

    def search_text(self, site: Site) -> str:
        return " ".join(self.display(site, c) for c in range(self.COLUMN_COUNT) if c != self.ITEMS)

    def uses(self, site_id: int) -> int:
        return self._uses.get(site_id, 0)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Local name"),
            self.tr("Category"),
            self.tr("Address"),
            self.tr("Coordinates"),
            self.tr("Capacity"),
            self.tr("Items"),
            self.tr("Key"),
        ]

    def header_tips(self) -> list[str]:
        return [
            self.tr("The site's name"),
            self.tr("The name in the host country's language"),
            self.tr("What kind of place it is"),
            self.tr("The street address, used to find coordinates"),
            self.tr("Latitude and longitude; needed to estimate travel times"),
            self.tr("How many people the site can take at once"),
            self.tr("How many schedule items take place here"),
            self.tr("The site's short name in tour files"),
        ]

    def display(self, site: Site, column: int) -> str:
        if column == self.NAME:
            return site.name
        if column == self.LOCAL_NAME:
            return site.local_name
        if column == self.CATEGORY:
            return labels.site_category(site.category)
        if column == self.ADDRESS:
            return site.address.replace("\n", ", ")
        if column == self.COORDINATES:
            if not site.has_coordinates:
                # A failed lookup says so in the row; the tooltip gives the whole reason.
                if site.geocode_status is not None and site.geocode_message:
                    return self.tr("missing: %1").replace("%1", site.geocode_message)
                return self.tr("missing")
            return f"{site.latitude:.4f}, {site.longitude:.4f}"
        if column == self.CAPACITY:
            return "" if site.capacity is None else str(site.capacity)
        if column == self.ITEMS:
            return str(self.uses(site.id))
        if column == self.KEY:
            return site.key
        return ""

    def sort_key(self, site: Site, column: int) -> Any:
        if column == self.CAPACITY:
            return site.capacity
        if column == self.ITEMS:
            return self.uses(site.id)
        if column == self.COORDINATES:
            return (site.latitude or 0.0, site.longitude or 0.0) if site.has_coordinates else None
        return super().sort_key(site, column)

    def tooltip(self, site: Site, column: int) -> str | None:
        if column == self.COORDINATES and site.geocode_message:
            return site.geocode_message
        if column in (self.NAME, self.LOCAL_NAME):
            return "\n".join(t for t in (site.name, site.local_name, site.address) if t)
        return None

    def foreground(self, site: Site, column: int) -> Any:
        if column == self.COORDINATES and not site.has_coordinates:
            return QColor("#b45309")
        return None
