"""The words in calendar events: locations, and the briefing text of DESCRIPTION."""

from __future__ import annotations

import re

from tourplanner.core import wording
from tourplanner.core.enums import AttendanceRole, TravelMode
from tourplanner.core.model import ScheduleItem, Site, TourSnapshot
from tourplanner.core.travel import TravelModel

# RFC 5545 TEXT may not hold control characters other than HTAB (line breaks are escaped
# by icalendar); a stray NUL or vertical tab from pasted text would make the file invalid.
# A lone surrogate (from a JSON "\ud800" escape) cannot be written as UTF-8 at all.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_MODE_WORDS = {TravelMode.CAR: "by car", TravelMode.COACH: "by coach", TravelMode.WALK: "on foot"}


def clean_text(text: str) -> str:
    """``text`` fit for an iCalendar TEXT value: line breaks made LF, controls (and lone
    surrogates) dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def site_label(site: Site) -> str:
    """'Lijia Smart Park (礼嘉智慧公园)': the name, and the local name for a taxi driver."""
    local = site.local_name.strip()
    return f"{site.name} ({local})" if local and local != site.name else site.name


def location_text(site: Site) -> str:
    """LOCATION: the site's name (it comes first, so an import can match it) and address."""
    parts = [site_label(site)]
    if site.address.strip():
        parts.append(site.address.strip())
    return ", ".join(parts)


def travel_hint(
    snapshot: TourSnapshot, item: ScheduleItem, next_item: ScheduleItem, travel: TravelModel
) -> str:
    """'Next: Lunch at Lijia Garden Restaurant, about 9 min by car'."""
    sites = snapshot.sites_by_id
    target = sites.get(next_item.site_id) if next_item.site_id is not None else None
    text = f"Next: {next_item.title}"
    if target is None:
        return text
    text += f" at {target.name}"
    if item.site_id is None:
        return text  # a transfer with no site is itself the journey
    if item.site_id == target.id:
        return text + ", same place"
    minutes = travel.minutes(item.site_id, target.id)
    if minutes is None:
        return text
    mode = _MODE_WORDS.get(travel.settings.mode, "")
    return f"{text}, about {wording.minutes(minutes, 'en')} {mode}".rstrip()


def event_description(
    snapshot: TourSnapshot,
    item: ScheduleItem,
    next_item: ScheduleItem | None,
    travel: TravelModel,
    people_count: int | None = None,
) -> str:
    """DESCRIPTION: the local title, the briefing notes, dress code, the host's published
    contact and the hosts attending, and how to get to the next item. ``people_count``
    is given when the attendee list is shortened to the item's key people.

    Only published contacts appear: the site's contact and the organiser's phone, never
    a participant's own email or phone.
    """
    paragraphs: list[str] = []
    local = item.local_title.strip()
    if local and local != item.title.strip():
        paragraphs.append(local)
    if item.description.strip():
        paragraphs.append(item.description.strip())
    facts: list[str] = []
    if item.dress_code.strip():
        facts.append(f"Dress code: {item.dress_code.strip()}")
    site = snapshot.sites_by_id.get(item.site_id) if item.site_id is not None else None
    if site is not None:
        contact = ", ".join(x for x in (site.contact_name.strip(), site.contact_phone.strip()) if x)
        if contact:
            facts.append(f"Host contact: {contact}")
    people = snapshot.participants_by_id
    hosts = sorted(
        {
            people[pid].full_name
            for a in item.attendance
            if a.role is AttendanceRole.HOST
            for pid in snapshot.ids_of(a)
            if pid in people
        }
    )
    if hosts:
        facts.append(f"Hosts attending: {wording.names(hosts, limit=6, language='en')}")
    if people_count is not None:
        facts.append(f"People attending: {people_count} (listed: the lead, hosts, interpreters)")
    if next_item is not None:
        facts.append(travel_hint(snapshot, item, next_item, travel))
    tour = snapshot.tour
    office = ", ".join(x for x in (tour.organiser_name.strip(), tour.organiser_phone.strip()) if x)
    if office:
        facts.append(f"Tour office: {office}")
    if facts:
        paragraphs.append("\n".join(facts))
    return "\n\n".join(paragraphs)
