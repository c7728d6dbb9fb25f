"""Gifts exchanged on a tour, their values in money, and a venue's contacts by role.

A gift goes from a person or an organisation to a person or an organisation, maybe at
one item; its value is a decimal amount in an ISO 4217 currency, kept as text with the
currency's own number of decimals ("1200.00" CNY, "5000" JPY). The tour may set a value
limit; ``gift_problems`` warns about gifts above it (``gift-over-limit``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from tourplanner.core.enums import ContactRole, GiftStatus
from tourplanner.core.i18n import Context
from tourplanner.core.model import Gift, TourSnapshot
from tourplanner.core.problems import Code, Problem

Errors = Context("Errors")  # the catalogue context of messages people read

Checks = Context("Checks")  # the catalogue context of problem messages

__all__ = [
    "CURRENCIES",
    "ContactRole",
    "GiftStatus",
    "amount_value",
    "check_amount",
    "check_currency",
    "gift_problems",
    "minor_units",
    "over_limit",
    "party",
]


# ISO 4217 currency codes in use (the list of 2024, with the fund and metal codes an
# organiser never uses left out), with their minor units where they are not 2.
_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD
    BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB
    EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK
    JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
    MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK
    PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN
    SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST
    XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
"""
CURRENCIES = frozenset(_CODES.split())
_NO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF"
_THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND"
_MINOR_UNITS = {
    **dict.fromkeys(_NO_DECIMALS.split(), 0),
    **dict.fromkeys(_THREE_DECIMALS.split(), 3),
}
# Twelve digits before the point: more than any gift, and exact in every backend's text.
MAX_WHOLE_DIGITS = 12


def check_currency(text: str) -> str:
    """An ISO 4217 code ("cny" is "CNY"); ValueError names anything else."""
    code = text.strip().upper()
    if code not in CURRENCIES:
        raise ValueError(
            Errors.tr("{text!r} is not an ISO 4217 currency code (e.g. CNY, EUR, USD)").format(
                text=text
            )
        )
    return code


def minor_units(currency: str) -> int:
    """How many decimals the currency's amounts have (JPY 0, CNY 2, KWD 3)."""
    return _MINOR_UNITS.get(currency, 2)


def check_amount(text: str, currency: str) -> str:
    """A money amount in ``currency`` as text with the currency's decimals ("1200" CNY is
    "1200.00"); "" stays "" (not known). Thousands separators (",", spaces, "_") are
    allowed; negative amounts, more decimals than the currency has, and amounts of more
    than twelve digits are refused with a ValueError naming the problem."""
    cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return ""
    if len(cleaned) > 40:
        raise ValueError(Errors.tr("{text!r}… is not an amount of money").format(text=text[:40]))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(
            Errors.tr("{text!r} is not an amount of money (e.g. 1200.50)").format(text=text)
        ) from None
    if not value.is_finite():
        raise ValueError(
            Errors.tr("{text!r} is not an amount of money (e.g. 1200.50)").format(text=text)
        )
    if value < 0:
        raise ValueError(Errors.tr("{text!r}: an amount may not be negative").format(text=text))
    places = minor_units(currency)
    exponent = value.as_tuple().exponent
    if (
        isinstance(exponent, int)
        and -exponent > places
        and value != value.quantize(Decimal(1).scaleb(-places))
    ):
        raise ValueError(
            Errors.tr("{text!r}: {currency} amounts have {places} decimals at most").format(
                text=text, currency=currency, places=places
            )
        )
    if value >= Decimal(10) ** MAX_WHOLE_DIGITS:
        raise ValueError(
            Errors.tr("{text!r}: more than {limit} digits").format(
                text=text, limit=MAX_WHOLE_DIGITS
            )
        )
    return f"{value:.{places}f}"


def amount_value(text: str) -> Decimal | None:
    """A stored amount as a number (None when not known)."""
    return Decimal(text) if text else None


def party(snap: TourSnapshot, person_id: int | None, organisation: str) -> str:
    """Who gives or receives: the person's name, else the organisation's."""
    if person_id is not None:
        person = snap.participants_by_id.get(person_id)
        if person is not None:
            return person.full_name
    return organisation


def over_limit(snap: TourSnapshot, g: Gift) -> bool:
    """Whether ``g`` is worth more than the tour's gift limit. Only a gift in the limit's
    currency is compared: there are no exchange rates here to compare others."""
    limit = amount_value(snap.tour.gift_limit)
    value = amount_value(g.value)
    if limit is None or value is None or not snap.tour.gift_limit_currency:
        return False
    return g.currency == snap.tour.gift_limit_currency and value > limit


def gift_problems(snap: TourSnapshot) -> list[Problem]:
    """``gift-over-limit`` (a warning) for each gift above the tour's limit."""
    return [_over_limit_problem(snap, g) for g in snap.gifts if over_limit(snap, g)]


def _over_limit_problem(snap: TourSnapshot, g: Gift) -> Problem:
    someone = Checks.tr("someone")
    giver = party(snap, g.from_participant_id, g.from_organisation) or someone
    taker = party(snap, g.to_participant_id, g.to_organisation) or someone
    people = tuple(p for p in (g.from_participant_id, g.to_participant_id) if p is not None)
    return Problem(
        Code.GIFT_OVER_LIMIT,
        Checks.tr(
            "The gift {what!r} from {giver} to {taker} is worth {value} {currency}, above the "
            "tour's limit of {limit} {limit_currency}."
        ).format(
            what=g.what,
            giver=giver,
            taker=taker,
            value=g.value,
            currency=g.currency,
            limit=snap.tour.gift_limit,
            limit_currency=snap.tour.gift_limit_currency,
        ),
        item_ids=(g.item_id,) if g.item_id is not None else (),
        participant_ids=people,
    )
