"""Reading a tour file's version-4 parts: the gift log, the tour's gift value limit and
each site's contacts by role. The schema has checked the shapes; this checks the values
with the one check of each kind (core.gifts, core.contacts) and names the JSON path of a
bad one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tourplanner.core.contacts import check_email, normalise_phone
from tourplanner.core.enums import ContactRole, GiftStatus
from tourplanner.core.errors import TourFileError
from tourplanner.core.gifts import check_amount, check_currency
from tourplanner.core.i18n import Context
from tourplanner.core.model import Gift, SiteContact

Errors = Context("Errors")  # the catalogue context of messages people read

Fail = Callable[[list[Any], str], TourFileError]


def _money(amount: str, currency: str, path: list[Any], fail: Fail) -> tuple[str, str]:
    """(amount, currency) checked together: the currency's decimals bound the amount."""
    code = ""
    if currency:
        try:
            code = check_currency(currency)
        except ValueError as e:
            raise fail([*path[:-1], "currency"], str(e)) from None
    if amount and not code:
        raise fail([*path[:-1], "currency"], Errors.tr("an amount needs its currency"))
    try:
        return check_amount(amount, code), code
    except ValueError as e:
        raise fail(path, str(e)) from None


def gift_limit(t: dict[str, Any], fail: Fail) -> tuple[str, str]:
    """The tour's gift value limit and its currency (none in older files: "", "")."""
    spec = t.get("gift_limit")
    if not spec:
        return "", ""
    return _money(spec["amount"], spec["currency"], ["tour", "gift_limit", "amount"], fail)


def site_contacts(
    entries: list[dict[str, Any]], path: list[Any], fail: Fail
) -> tuple[SiteContact, ...]:
    """A site's ``contacts`` (none in older files), email and phone checked."""
    out = []
    for i, c in enumerate(entries):
        here = [*path, i]
        email, phone = c.get("email", ""), c.get("phone", "")
        try:
            email = check_email(email) if email else ""
        except ValueError as e:
            raise fail([*here, "email"], str(e)) from None
        try:
            phone = normalise_phone(phone, "") if phone else ""
        except ValueError as e:
            raise fail([*here, "phone"], str(e)) from None
        out.append(SiteContact(ContactRole(c["role"]), c["name"], email, phone))
    return tuple(out)


def gifts(
    entries: list[dict[str, Any]],
    person_ids: dict[str, int],
    item_ids: dict[str, int],
    fail: Fail,
) -> tuple[Gift, ...]:
    """The gift log, people and items resolved to the snapshot's provisional ids."""
    out = []
    for i, g in enumerate(entries):
        path: list[Any] = ["gifts", i]
        sides: list[tuple[int | None, str]] = []
        for side in ("from", "to"):
            party = g.get(side, {})
            person = party.get("person")
            if person is not None and person not in person_ids:
                raise fail(
                    [*path, side, "person"],
                    Errors.tr("unknown participant {person!r}").format(person=person),
                )
            sides.append(
                (person_ids[person] if person is not None else None, party.get("organisation", ""))
            )
        item = g.get("item")
        if item is not None and item not in item_ids:
            raise fail([*path, "item"], Errors.tr("unknown item uid {item!r}").format(item=item))
        value, currency = _money(g.get("value", ""), g.get("currency", ""), [*path, "value"], fail)
        out.append(
            Gift(
                id=i + 1,
                tour_id=0,
                what=g["what"],
                from_participant_id=sides[0][0],
                from_organisation=sides[0][1],
                to_participant_id=sides[1][0],
                to_organisation=sides[1][1],
                item_id=item_ids[item] if item is not None else None,
                value=value,
                currency=currency,
                status=GiftStatus(g["status"]),
                notes=g.get("notes", ""),
                version=0,
            )
        )
    return tuple(out)
