"""The gift log of a tour: add, edit, delete and list gifts, set the tour's gift value
limit, and export the log as CSV or XLSX.

Each side of a gift is a person of the tour or an organisation by name; a value is an
amount in an ISO 4217 currency, checked by ``core.gifts`` (the one check of each kind).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from tourplanner.core.enums import GiftStatus
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.gifts import check_amount, check_currency
from tourplanner.core.i18n import Context
from tourplanner.core.model import Gift, Tour
from tourplanner.export.sheet_tables import gifts_table
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.services.files import atomic_write
from tourplanner.services.manifests import SheetExport, format_for, table_bytes
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise

__all__ = [
    "GIFT",
    "GiftRemoval",
    "create_gift",
    "currency_code",
    "delete_gift",
    "export_gifts",
    "get_gift",
    "list_gifts",
    "money_amount",
    "remove_gifts",
    "restore_gifts",
    "set_gift_limit",
    "update_gift",
]


def currency_code(value: Any, field: str = "currency") -> str:
    """An ISO 4217 currency code ("cny" is "CNY"), or "" for none."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            Errors.tr("{field}: expected a currency code, got {type}").format(
                field=field, type=type(value).__name__
            )
        )
    try:
        return check_currency(value)
    except ValueError as e:
        raise ValidationError(Errors.tr("{field}: {error}").format(field=field, error=e)) from None


def money_amount(value: Any, currency: str, field: str = "value") -> str:
    """An amount of money in ``currency`` as text with its decimals ("" = not known).
    Takes text ("1,200.50"), a whole number or a Decimal; floats are refused (0.1 is not
    exactly a tenth)."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ValidationError(
            Errors.tr("{field}: expected an amount as text, got {type}").format(
                field=field, type=type(value).__name__
            )
        )
    text = str(value)
    if text.strip() and not currency:
        raise ValidationError(
            Errors.tr("{field}: an amount needs its currency").format(field=field)
        )
    try:
        return check_amount(text, currency)
    except ValueError as e:
        raise ValidationError(Errors.tr("{field}: {error}").format(field=field, error=e)) from None


def _keep(value: Any, field: str) -> Any:
    """Value and currency are checked together, once both are set (see ``_money``)."""
    return value


def _person(side: str) -> crud.Setter:
    def set_person(session: Session, row: orm.Gift, value: Any) -> None:
        if value is not None:
            crud.same_tour(session, orm.Participant, value, row.tour_id, f"gift {side}")
        setattr(row, f"{side}_participant_id", value)

    return set_person


def _set_item(session: Session, row: orm.Gift, value: Any) -> None:
    if value is not None:
        crud.same_tour(session, orm.ScheduleItem, value, row.tour_id, "gift item")
    row.item_id = value


def _money(_session: Session, row: orm.Gift) -> None:
    """The value in its currency's decimals, and a person or an organisation per side."""
    row.currency = currency_code(row.currency, "gift currency")
    row.value = money_amount(row.value, row.currency, "gift value")
    for side in ("from", "to"):
        if getattr(row, f"{side}_participant_id") is not None and getattr(
            row, f"{side}_organisation"
        ):
            raise ValidationError(
                Errors.tr(
                    "gift {side}: a person or an organisation, not both (clear one of them)"
                ).format(side=side)
            )


def _planned(_session: Session, row: orm.Gift) -> None:
    if row.status is None:
        row.status = GiftStatus.PLANNED
    for name in ("from_organisation", "to_organisation", "value", "currency", "notes"):
        if getattr(row, name) is None:
            setattr(row, name, "")


GIFT = crud.Entity[Gift](
    label="gift",
    model=orm.Gift,
    record=records.gift,
    checks={
        "what": lambda x, f: crud.line(x, f, required=True, max_length=300),
        "from_participant_id": lambda x, f: x,
        "from_organisation": lambda x, f: crud.line(x, f, max_length=300),
        "to_participant_id": lambda x, f: x,
        "to_organisation": lambda x, f: crud.line(x, f, max_length=300),
        "item_id": lambda x, f: x,
        "value": _keep,
        "currency": _keep,
        "status": lambda x, f: crud.enum_value(GiftStatus, x, f),
        "notes": crud.text,
    },
    required=frozenset({"what"}),
    setters={
        "from_participant_id": _person("from"),
        "to_participant_id": _person("to"),
        "item_id": _set_item,
    },
    invariants=_money,
    on_create=_planned,
)


def create_gift(db: Database, tour: str, **values: Any) -> Gift:
    """Add a gift to the tour's log; ``what`` is required, the status starts as planned."""
    values.setdefault("status", GiftStatus.PLANNED.value)
    return crud.create(db, GIFT, tour, values)


def update_gift(db: Database, gift_id: int, expected_version: int | None, **values: Any) -> Gift:
    return crud.update(db, GIFT, gift_id, expected_version, values)


def delete_gift(db: Database, gift_id: int, expected_version: int | None = None) -> None:
    crud.delete(db, GIFT, gift_id, expected_version)


def get_gift(db: Database, gift_id: int) -> Gift:
    return crud.get(db, GIFT, gift_id)


@dataclass(frozen=True)
class GiftRemoval:
    """A deleted gift as it was, for undo."""

    gift: Gift


def remove_gifts(
    db: Database, tour: str, versions: Mapping[int, int | None]
) -> tuple[GiftRemoval, ...]:
    """Delete gifts in one transaction (each at the version the caller saw)."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        out = []
        for gift_id, expected in sorted(versions.items()):
            row = crud.load_row(session, GIFT, gift_id)
            if row.tour_id != tour_id:
                raise NotFoundError(
                    Errors.tr("no gift with id {gift_id} in tour {tour}").format(
                        gift_id=gift_id, tour=repr(tour)
                    )
                )
            crud.check_version(GIFT.label, row, expected)
            out.append(GiftRemoval(GIFT.record(row)))
            session.delete(row)
        session.flush()
        return tuple(out)


def restore_gifts(db: Database, tour: str, removals: Sequence[GiftRemoval]) -> dict[int, int]:
    """Undo ``remove_gifts``: the gifts again, without a person or item that has gone since.
    Returns ``{old id: new id}``."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        new_ids: dict[int, int] = {}

        def kept(model: Any, row_id: int | None) -> int | None:
            return row_id if row_id is not None and session.get(model, row_id) else None

        for removal in removals:
            g = removal.gift
            row = orm.Gift(
                tour_id=tour_id,
                what=g.what,
                from_participant_id=kept(orm.Participant, g.from_participant_id),
                from_organisation=g.from_organisation,
                to_participant_id=kept(orm.Participant, g.to_participant_id),
                to_organisation=g.to_organisation,
                item_id=kept(orm.ScheduleItem, g.item_id),
                value=g.value,
                currency=g.currency,
                status=g.status,
                notes=g.notes,
            )
            session.add(row)
            session.flush()
            new_ids[g.id] = row.id
        return new_ids


def list_gifts(db: Database, tour: str) -> list[Gift]:
    """The tour's gifts in the order they were entered."""
    return crud.list_for_tour(db, GIFT, tour, orm.Gift.id)


def set_gift_limit(
    db: Database, tour: str, amount: Any, currency: Any, expected_version: int | None = None
) -> Tour:
    """Set the value above which a gift is flagged (``gift-over-limit``); an empty amount
    removes the limit."""
    code = currency_code(currency, "gift limit currency")
    value = money_amount(amount, code, "gift limit")
    with transaction(db) as session:
        row = tour_by_slug(session, tour)
        crud.check_version("tour", row, expected_version)
        row.gift_limit = value
        row.gift_limit_currency = code if value else ""
        session.flush()
        session.refresh(row)
        return records.tour(row)


def export_gifts(
    db: Database, tour: str, path: str | os.PathLike[str], fmt: str | None = None
) -> SheetExport:
    """Write the tour's gift log to ``path`` as CSV or XLSX."""
    table = gifts_table(load_snapshot(db, tour))
    written = atomic_write(path, table_bytes(table, format_for(path, fmt)))
    return SheetExport(written, len(table.rows))
