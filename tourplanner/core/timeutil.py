"""Time helpers shared by readers and writers of tour data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tourplanner.core.i18n import Context
from tourplanner.core.model import OpeningException, ScheduleItem, TourSnapshot

Errors = Context("Errors")  # the catalogue context of messages people read


def item_zone(snapshot: TourSnapshot, item: ScheduleItem) -> ZoneInfo:
    """The zone an item is shown in: its site's, else the tour's."""
    site = snapshot.sites_by_id.get(item.site_id) if item.site_id is not None else None
    return ZoneInfo((site.timezone if site else None) or snapshot.tour.timezone)


def iso_local(instant: datetime, zone: ZoneInfo) -> str:
    """ISO 8601 with the zone's offset at that instant, e.g. 2021-03-27T09:30:00+08:00."""
    return instant.astimezone(zone).isoformat()


def iso_utc(instant: datetime) -> str:
    """ISO 8601 in UTC with a Z, e.g. 2021-03-01T08:00:00Z."""
    return instant.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_instant(text: str) -> datetime:
    """Read an ISO 8601 date-time that carries an offset (or Z); ValueError otherwise."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(Errors.tr("{text!r} has no UTC offset").format(text=text))
    return value


def is_zone_name(name: str) -> bool:
    """Whether ``name`` is a time zone this machine's tz database knows. The one check of
    a zone name wherever one enters (tour files, spreadsheets, dialogs, the CLI)."""
    if not name or len(name) > 64:  # IANA names are short; a huge one is not a path to try
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: odd names on some systems
        return False
    return True


def parse_time_span(span: str) -> tuple[time, time]:
    """The one reading of an opening interval, '09:00-17:30' -> (09:00, 17:30), wherever
    one enters (tour files, the site's opening-hours dialog); ValueError with the reason
    when it is not two times, or closes before it opens."""
    try:
        opens, closes = (time.fromisoformat(part.strip()) for part in span.split("-"))
    except ValueError:
        raise ValueError(
            Errors.tr("{span!r} is not a valid time range").format(span=span)
        ) from None
    if closes <= opens:
        raise ValueError(
            Errors.tr("closing time is not after opening time in {span!r}").format(span=span)
        )
    return opens, closes


CLOSED_WORD = "closed"


def parse_opening_exception(day: str, spans: Sequence[str] | str) -> OpeningException:
    """The one reading of an opening-hours exception, wherever one enters (tour files,
    the opening-hours dialog): an ISO date and its spans, each read by
    ``parse_time_span`` ("10:00-12:00"); no spans, "" or "closed" mean closed all day.
    ValueError with the reason for a bad date, a bad span or overlapping spans."""
    try:
        when = date.fromisoformat(day.strip())
    except ValueError:
        raise ValueError(Errors.tr("{day!r} is not a date (YYYY-MM-DD)").format(day=day)) from None
    if isinstance(spans, str):
        text = spans.strip()
        spans = [] if text.lower() == CLOSED_WORD else text.split(",")
    read = sorted(parse_time_span(s) for s in spans if s.strip())
    for (_, closes), (opens, _) in pairwise(read):
        if opens < closes:
            raise ValueError(Errors.tr("the hours on {day} overlap").format(day=when.isoformat()))
    return OpeningException(when, tuple(read))


def opening_exception_text(exception: OpeningException) -> str:
    """'2027-01-07 10:00-12:00, 14:00-16:00' or '2027-01-01 closed': the line the
    dialog shows and the store keeps, read back by ``parse_opening_exception_line``."""
    if exception.closed:
        return f"{exception.day.isoformat()} {CLOSED_WORD}"
    spans = ", ".join(f"{o:%H:%M}-{c:%H:%M}" for o, c in exception.spans)
    return f"{exception.day.isoformat()} {spans}"


def parse_opening_exception_line(line: str) -> OpeningException:
    """One line of ``opening_exception_text``: the date, then the spans or 'closed'."""
    day, _, rest = line.strip().partition(" ")
    return parse_opening_exception(day, rest)


def parse_opening_exceptions(text: str) -> tuple[OpeningException, ...]:
    """Several exception lines (blank lines skipped), sorted by date; ValueError for a
    bad line or a date given twice."""
    found = sorted(
        (parse_opening_exception_line(line) for line in text.splitlines() if line.strip()),
        key=lambda e: e.day,
    )
    for a, b in pairwise(found):
        if a.day == b.day:
            raise ValueError(Errors.tr("{day} is given twice").format(day=a.day.isoformat()))
    return tuple(found)


def opening_exceptions_text(exceptions: Sequence[OpeningException]) -> str:
    """Exceptions one per line, as the store keeps them ("" for none)."""
    return "\n".join(opening_exception_text(e) for e in exceptions)
