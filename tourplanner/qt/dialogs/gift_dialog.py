"""Add or change a gift of the tour's gift log, and set the tour's gift value limit."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QComboBox, QWidget

from tourplanner.core.enums import GiftStatus
from tourplanner.core.gifts import check_amount, check_currency
from tourplanner.core.model import Gift, TourSnapshot
from tourplanner.core.precedence import in_precedence
from tourplanner.qt import labels
from tourplanner.qt.dialogs.form import FormDialog, check_required, find_data, line_edit
from tourplanner.qt.dialogs.records import enum_combo
from tourplanner.qt.timefmt import clock, day_label


def _money_checks(
    dialog: FormDialog, amount: Any, currency: Any, amount_name: str
) -> tuple[Any, Any]:
    """The checks of an amount and its currency, by the app's one check of each."""

    def currency_problem() -> str | None:
        text = currency.text().strip()
        if not text:
            return dialog.tr("A currency is needed with a value") if amount.text().strip() else None
        try:
            check_currency(text)
        except ValueError as e:
            return str(e)
        return None

    def amount_problem() -> str | None:
        text = amount.text().strip()
        if not text or currency_problem() is not None:
            return None
        try:
            check_amount(text, check_currency(currency.text()))
        except ValueError as e:
            return str(e)
        return None

    return amount_problem, currency_problem


class GiftDialog(FormDialog):
    """What, from and to (a person or an organisation), at which item, value, status."""

    def __init__(
        self, gift: Gift | None, snapshot: TourSnapshot, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("New gift") if gift is None else self.tr("Edit gift"))
        self.setObjectName("giftDialog")
        self.gift = gift
        g = gift
        people = in_precedence(snapshot.participants)
        self.what = line_edit(g.what if g else "", self.tr("Porcelain vase"))
        self.giver = self._people(people, g.from_participant_id if g else None)
        self.giver_organisation = line_edit(g.from_organisation if g else "")
        self.taker = self._people(people, g.to_participant_id if g else None)
        self.taker_organisation = line_edit(g.to_organisation if g else "")
        self.item = QComboBox()
        self.item.addItem(self.tr("(no item)"), None)
        zone = ZoneInfo(snapshot.tour.timezone)
        for it in sorted(snapshot.items, key=lambda it: it.starts_at):
            local = it.starts_at.astimezone(zone)
            self.item.addItem(f"{day_label(local.date())} {clock(local)}  {it.title}", it.id)
        self.item.setCurrentIndex(max(find_data(self.item, g.item_id if g else None), 0))
        currency = (g.currency if g else "") or snapshot.tour.gift_limit_currency or "CNY"
        self.value = line_edit(g.value if g else "", "800.00")
        self.currency = line_edit(currency, "CNY")
        self.status = enum_combo(
            GiftStatus, labels.gift_status, g.status if g else GiftStatus.PLANNED
        )
        self.notes = line_edit(g.notes if g else "")
        for combo, edit in (
            (self.giver, self.giver_organisation),
            (self.taker, self.taker_organisation),
        ):
            edit.setPlaceholderText(self.tr("or an organisation"))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, e=edit: e.setEnabled(c.currentData() is None)
            )
            edit.setEnabled(combo.currentData() is None)
        amount_problem, currency_problem = _money_checks(self, self.value, self.currency, "value")
        self.add_field(
            self.tr("&Gift:"),
            self.what,
            name="giftWhat",
            check=check_required(self.what, self.tr("Say what the gift is")),
        )
        self.add_field(self.tr("&From:"), self.giver, name="giftFrom")
        self.add_field(self.tr("From organisation:"), self.giver_organisation, name="giftFromOrg")
        self.add_field(self.tr("&To:"), self.taker, name="giftTo")
        self.add_field(self.tr("To organisation:"), self.taker_organisation, name="giftToOrg")
        self.add_field(self.tr("&At:"), self.item, name="giftItem")
        self.add_field(self.tr("&Value:"), self.value, name="giftValue", check=amount_problem)
        self.add_field(
            self.tr("&Currency:"),
            self.currency,
            name="giftCurrency",
            check=currency_problem,
            hint=self.tr("An ISO 4217 code: CNY, EUR, USD, JPY …"),
        )
        self.add_field(self.tr("&Status:"), self.status, name="giftStatus")
        self.add_field(self.tr("&Notes:"), self.notes, name="giftNotes")
        self.finish()
        self.resize(480, 420)

    def _people(self, people: list[Any], current: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(an organisation)"), None)
        for p in people:
            combo.addItem(f"{p.full_name}  {p.local_name}".strip(), p.id)
        combo.setCurrentIndex(max(find_data(combo, current), 0))
        return combo

    def values(self) -> dict[str, Any]:
        giver, taker = self.giver.currentData(), self.taker.currentData()
        value = self.value.text().strip()
        giver_org = self.giver_organisation.text().strip()
        taker_org = self.taker_organisation.text().strip()
        return {
            "what": self.what.text().strip(),
            "from_participant_id": giver,
            "from_organisation": "" if giver is not None else giver_org,
            "to_participant_id": taker,
            "to_organisation": "" if taker is not None else taker_org,
            "item_id": self.item.currentData(),
            # The stored form ("1200.00"), so an unchanged value is no change.
            "value": check_amount(value, check_currency(self.currency.text())) if value else "",
            "currency": self.currency.text().strip().upper(),
            "status": self.status.currentData(),
            "notes": self.notes.text().strip(),
        }

    def before(self) -> dict[str, Any]:
        assert self.gift is not None
        return {k: getattr(self.gift, k) for k in self.values()}


class GiftLimitDialog(FormDialog):
    """The value above which a gift is flagged; an empty value removes the limit."""

    def __init__(self, snapshot: TourSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gift value limit"), parent)
        self.setObjectName("giftLimitDialog")
        tour = snapshot.tour
        self.amount = line_edit(tour.gift_limit, "500.00")
        self.currency = line_edit(tour.gift_limit_currency or "CNY", "CNY")
        amount_problem, currency_problem = _money_checks(self, self.amount, self.currency, "limit")
        self.add_field(
            self.tr("&Limit:"),
            self.amount,
            name="giftLimit",
            check=amount_problem,
            hint=self.tr("Gifts worth more are flagged; leave empty for no limit"),
        )
        self.add_field(
            self.tr("&Currency:"), self.currency, name="giftLimitCurrency", check=currency_problem
        )
        self.finish()

    def values(self) -> tuple[str, str]:
        amount = self.amount.text().strip()
        if not amount:
            return "", ""
        code = check_currency(self.currency.text())
        return check_amount(amount, code), code
