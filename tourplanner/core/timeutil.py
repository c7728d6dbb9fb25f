"""Time helpers shared by readers and writers of tour data."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tourplanner.core.model import ScheduleItem, TourSnapshot


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
        raise ValueError(f"{text!r} has no UTC offset")
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
        raise ValueError(f"{span!r} is not a valid time range") from None
    if closes <= opens:
        raise ValueError(f"closing time is not after opening time in {span!r}")
    return opens, closes
