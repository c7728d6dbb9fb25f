"""The gift log table: one row per gift, in the order gifts were entered."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from tourplanner.core.gifts import amount_value, over_limit, party
from tourplanner.core.model import Gift, TourSnapshot
from tourplanner.qt import labels
from tourplanner.qt.models.base import RecordTableModel


class GiftTableModel(RecordTableModel[Gift]):
    """What, from, to, at which item, value, status and notes."""

    WHAT = 0
    FROM = 1
    TO = 2
    ITEM = 3
    VALUE = 4
    STATUS = 5
    NOTES = 6
    COLUMN_COUNT = 7
    NUMERIC = frozenset({VALUE})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.snapshot: TourSnapshot | None = None
        self._titles: dict[int, str] = {}

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        """Show the gift log of ``snapshot``."""
        self.snapshot = snapshot
        self._titles = {it.id: it.title for it in snapshot.items}
        self.set_records(sorted(snapshot.gifts, key=lambda g: g.id))

    def headers(self) -> list[str]:
        return [
            self.tr("Gift"),
            self.tr("From"),
            self.tr("To"),
            self.tr("At"),
            self.tr("Value"),
            self.tr("Status"),
            self.tr("Notes"),
        ]

    def header_tips(self) -> list[str]:
        return [
            self.tr("What the gift is"),
            self.tr("Who gives it: a person of the tour or an organisation"),
            self.tr("Who receives it: a person of the tour or an organisation"),
            self.tr("The item where it is given"),
            self.tr("Its value and currency; red when above the tour's gift limit"),
            self.tr("Planned, given or received"),
            self.tr("Anything else to remember"),
        ]

    def _party(self, person_id: int | None, organisation: str) -> str:
        if self.snapshot is None:
            return organisation
        return party(self.snapshot, person_id, organisation)

    def display(self, gift: Gift, column: int) -> str:
        if column == self.WHAT:
            return gift.what
        if column == self.FROM:
            return self._party(gift.from_participant_id, gift.from_organisation)
        if column == self.TO:
            return self._party(gift.to_participant_id, gift.to_organisation)
        if column == self.ITEM:
            return self._titles.get(gift.item_id, "") if gift.item_id is not None else ""
        if column == self.VALUE:
            return f"{gift.value} {gift.currency}" if gift.value else ""
        if column == self.STATUS:
            return labels.gift_status(gift.status)
        if column == self.NOTES:
            return gift.notes.replace("\n", " ")
        return ""

    def sort_key(self, gift: Gift, column: int) -> Any:
        if column == self.VALUE:
            return (gift.currency, amount_value(gift.value) or 0)
        return super().sort_key(gift, column)

    def foreground(self, gift: Gift, column: int) -> Any:
        if column == self.VALUE and self.snapshot is not None and over_limit(self.snapshot, gift):
            return QColor("#b91c1c")
        return None

    def tooltip(self, gift: Gift, column: int) -> str | None:
        if column == self.VALUE and self.snapshot is not None and over_limit(self.snapshot, gift):
            tour = self.snapshot.tour
            return self.tr("Above the tour's gift limit of %1").replace(
                "%1", f"{tour.gift_limit} {tour.gift_limit_currency}"
            )
        return None
