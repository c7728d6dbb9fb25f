"""The Gifts page: the tour's gift log, with add, edit, delete and the value limit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tourplanner.core.model import TourSnapshot
from tourplanner.qt.models.gifts import GiftTableModel
from tourplanner.qt.views.table_page import TablePage


class GiftsPage(TablePage):
    """Every gift given or received on the tour; values above the limit in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            GiftTableModel(),
            name="gifts",
            title=QCoreApplication.translate("GiftsPage", "Gifts"),
            search_hint=QCoreApplication.translate(
                "GiftsPage", "Search gifts, people, organisations, items, notes"
            ),
            parent=parent,
        )
        self.model.setParent(self)
        self.new_button = self.add_button(
            self.tr("&New gift…"), "newGiftButton", self.tr("Add a gift to the log")
        )
        self.edit_button = self.add_button(
            self.tr("&Edit…"), "editGiftButton", self.tr("Change the selected gift"), needs=1
        )
        self.delete_button = self.add_button(
            self.tr("&Delete"), "deleteGiftButton", self.tr("Delete the selected gifts"), needs=2
        )
        self.limit_button = self.add_button(
            self.tr("Value &limit…"),
            "giftLimitButton",
            self.tr("Flag gifts worth more than this (the check's gift-over-limit warning)"),
        )
        self.finish_actions()
        self.set_empty_hint(self.tr("No gifts yet. Press New gift… to log one."))

    @property
    def gift_model(self) -> GiftTableModel:
        assert isinstance(self.model, GiftTableModel)
        return self.model

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        self.gift_model.set_snapshot(snapshot)
        tour = snapshot.tour
        limit = (
            self.tr("Limit: %1").replace("%1", f"{tour.gift_limit} {tour.gift_limit_currency}")
            if tour.gift_limit
            else self.tr("No value limit")
        )
        self.limit_button.setToolTip(limit)
        m = GiftTableModel
        self.fit_columns({m.WHAT: 200, m.FROM: 180, m.TO: 180, m.ITEM: 200, m.VALUE: 110})
