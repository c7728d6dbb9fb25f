"""iCalendar (RFC 5545) exports of a tour: the whole programme, one person's, one site's
visits, or one group's, as a feed file (METHOD:PUBLISH) or as one resource per event for a
CalDAV server (no METHOD).

Calendar rules (from the design notes): an event's UID and SEQUENCE are the item's own, so a
subscribed calendar updates the event in place; a cancelled item stays in every feed as
STATUS:CANCELLED; every TZID has a VTIMEZONE; DTSTAMP is in UTC.

Privacy: a feed never carries a participant's email or phone. Attendees are named and
addressed by a ``urn:uuid:`` derived from the tour and their key; only the organiser (the
ORGANIZER) and a site's published contact appear with contact details, and in a person's
own calendar their own ATTENDEE line may use their own email so their client knows it is
them.

Speed: icalendar types and escapes every value, but each content line is built once per
writer and reused. A tour's per-person calendars share almost all of their lines (same
events, same attendees), so ``CalendarWriter`` caches them per item, per zone, per
attendee variant and per (item, next item) description, and assembles each calendar by
joining bytes. A cached time line is keyed by its zone as well as its instant: aware
datetimes at one instant are equal in Python whatever their zone. Folding is done here
(``fold``), byte for byte as icalendar folds, but without its character-by-character
walk.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Event, vCalAddress, vDDDTypes, vDuration, vText
from icalendar.parser import Contentline

from tourplanner.core.cell_values import one_line
from tourplanner.core.contacts import check_email
from tourplanner.core.enums import AttendanceRole, AttendanceScope, ItemKind, ItemStatus
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import Participant, ScheduleItem, TourSnapshot
from tourplanner.core.timeutil import item_zone
from tourplanner.core.travel import TravelModel
from tourplanner.export.ics_selection import (
    WHOLE_TOUR,
    Selection,
    SelectionKind,
    calendar_name,
    in_time_order,
    selected_items,
    selection_subject,
)
from tourplanner.export.ics_text import (
    clean_text,
    event_description,
    location_text,
)
from tourplanner.export.ics_zones import vtimezone_bytes, whole_months

Errors = Context("Errors")  # the catalogue context of messages people read

PRODID = "-//Tourplanner//Tourplanner 0.1//EN"
CRLF = b"\r\n"
_TYPES = Event.types_factory
_ESCAPES = frozenset(b"\\^")  # TEXT and RFC 6868 parameter escapes start with these

# CATEGORIES carries the item's kind in words a calendar shows; the importer reads these
# back (and the plain enum values too).
KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.VISIT: "Visit",
    ItemKind.MEETING: "Meeting",
    ItemKind.MEAL: "Meal",
    ItemKind.TRANSFER: "Transfer",
    ItemKind.CEREMONY: "Ceremony",
    ItemKind.FREE_TIME: "Free time",
    ItemKind.ACCOMMODATION: "Accommodation",
}
STATUS_VALUES: dict[ItemStatus, str] = {
    ItemStatus.CONFIRMED: "CONFIRMED",
    ItemStatus.TENTATIVE: "TENTATIVE",
    ItemStatus.CANCELLED: "CANCELLED",
}
# The lead chairs the item; an interpreter is there to help others take part, not to take
# part, which is what NON-PARTICIPANT says; hosts and everyone else are required.
ATTENDEE_ROLES: dict[AttendanceRole, str] = {
    AttendanceRole.LEAD: "CHAIR",
    AttendanceRole.HOST: "REQ-PARTICIPANT",
    AttendanceRole.ATTENDEE: "REQ-PARTICIPANT",
    AttendanceRole.INTERPRETER: "NON-PARTICIPANT",
}
# A published programme has no replies to collect: the organiser's status stands in for
# everyone's. Nobody declined a cancelled item, so it is left as NEEDS-ACTION.
PARTSTATS: dict[ItemStatus, str] = {
    ItemStatus.CONFIRMED: "ACCEPTED",
    ItemStatus.TENTATIVE: "TENTATIVE",
    ItemStatus.CANCELLED: "NEEDS-ACTION",
}
# When one person is brought by several entries (the delegation and by name, say), the
# entry naming them decides, and among equals the strongest role.
_ROLE_RANK = {
    AttendanceRole.LEAD: 0,
    AttendanceRole.HOST: 1,
    AttendanceRole.ATTENDEE: 2,
    AttendanceRole.INTERPRETER: 3,
}
_SCOPE_RANK = {AttendanceScope.PERSON: 0, AttendanceScope.GROUP: 1, AttendanceScope.DELEGATION: 2}

# Attendee addresses: uuid5 of "<tour slug>/<participant key>" in this namespace.
PARTICIPANT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://tourplanner.invalid/participant")
ORGANISER_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://tourplanner.invalid/organiser")


@dataclass(frozen=True, slots=True)
class IcsOptions:
    """How calendars are written.

    ``reminder_minutes``: a DISPLAY alarm that many minutes before each event (None: no
    alarm). ``refresh_hours``: how often subscribers should fetch the feed again
    (REFRESH-INTERVAL and X-PUBLISHED-TTL). ``dtstamp``: a fixed DTSTAMP, for reproducible
    output in tests (default: now). ``calendar_name``: overrides the X-WR-CALNAME that the
    selection would give.
    """

    reminder_minutes: int | None = 30
    refresh_hours: float = 6.0
    dtstamp: datetime | None = None
    calendar_name: str | None = None
    prodid: str = PRODID
    travel_hints: bool = True  # "Next: ... about N min by car" in descriptions
    # An item bringing more people lists only its lead, hosts and interpreters (and the
    # calendar's own person): a delegation of 300 makes an unreadable guest list and a
    # huge file. None lists everyone.
    max_attendees: int | None = 30

    def __post_init__(self) -> None:
        minutes = self.reminder_minutes
        if minutes is not None and (
            isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 10080
        ):
            raise ValidationError(Errors.tr("reminder: expected 0 to 10080 minutes, or off"))
        if not 0 < self.refresh_hours <= 24 * 30:
            raise ValidationError(
                Errors.tr("refresh interval: expected more than 0 and at most 720 hours")
            )
        if self.max_attendees is not None and self.max_attendees < 0:
            raise ValidationError(
                Errors.tr("max attendees: expected 0 or more, or None for no limit")
            )
        if self.dtstamp is not None and self.dtstamp.tzinfo is None:
            raise ValidationError("dtstamp: expected a timezone-aware date and time")


# --- single content lines -------------------------------------------------------------


def content_line(name: str, value: Any, params: dict[str, str] | None = None) -> bytes:
    """One property as folded bytes (no trailing CRLF). icalendar types and escapes the
    value, so no user text can ever start a property of its own; ``fold`` folds it."""
    prop = value if isinstance(value, _TYPES.all_types) else _TYPES.for_property(name)(value)
    for key, param in (params or {}).items():
        prop.params[key] = param
    return fold(Contentline.from_parts(name, prop.params, prop, sorted=True).encode("utf-8"))


def fold(line: bytes) -> bytes:
    """Fold one content line at 75 octets, never inside a UTF-8 character, the way
    icalendar does (a fold also never separates a backslash or caret from what it
    escapes), with the same bytes as a result. icalendar walks the line character by
    character, even when it is short; over a whole tour that was most of the export's
    time, so this works on the encoded bytes instead."""
    if len(line) < 75:
        return line
    chunks = []
    start, size = 0, len(line)
    while size - start > 74:
        end = start + 74
        while line[end] & 0xC0 == 0x80:  # a continuation byte: back to the character's start
            end -= 1
        if line[end - 1] in _ESCAPES:
            end -= 1
        chunks.append(line[start:end])
        start = end
    chunks.append(line[start:])
    return b"\r\n ".join(chunks)


def _address_line(name: str, address: str, params: dict[str, str]) -> bytes:
    value = vCalAddress(address)
    for key, param in params.items():
        value.params[key] = param
    return content_line(name, value)


def mailto(email: str) -> str | None:
    """``mailto:`` and the address, or None when ``email`` is blank or not an address.

    Entry validates addresses, but a database can hold older ones (imported before the
    check, with a CR/LF or a space in them). A URI is written as it is, unescaped, so such
    a value would break the calendar's lines for everyone; it is left out instead, and
    the person is addressed like everyone else (by their urn:uuid).
    """
    try:
        return f"mailto:{check_email(email)}" if email.strip() else None
    except ValueError:
        return None


def participant_urn(snapshot: TourSnapshot, participant: Participant) -> str:
    """The address a participant is shown under: stable, and no contact detail."""
    return (
        f"urn:uuid:{uuid.uuid5(PARTICIPANT_NAMESPACE, f'{snapshot.tour.slug}/{participant.key}')}"
    )


def _stamp(options: IcsOptions) -> datetime:
    when = options.dtstamp or datetime.now(UTC)
    return when.astimezone(UTC).replace(microsecond=0)


# --- the writer -----------------------------------------------------------------------


@dataclass(slots=True)
class _ItemLines:
    """The parts of one VEVENT that are the same in every calendar it appears in."""

    head: bytes  # BEGIN:VEVENT up to ORGANIZER, each line ending in CRLF
    attendees: bytes  # the ATTENDEE lines of everyone listed, urn: addresses
    spans: dict[int, tuple[int, int]]  # listed participant id -> their line's slice
    roles: dict[int, AttendanceRole]  # everyone the item brings, listed or not
    alarm: bytes  # the VALARM block, or b""
    tzid: str | None


@dataclass
class CalendarWriter:
    """Writes calendars of one snapshot; reuse one writer for many calendars of the same
    tour (``people_calendars`` does), since it remembers every line it has built."""

    snapshot: TourSnapshot
    options: IcsOptions = field(default_factory=IcsOptions)

    def __post_init__(self) -> None:
        snap = self.snapshot
        self._stamp_line = content_line("DTSTAMP", _stamp(self.options)) + CRLF
        self._items = in_time_order(snap.items)
        self._zones: dict[int, ZoneInfo] = {it.id: item_zone(snap, it) for it in self._items}
        self._attendees: dict[int, frozenset[int]] = {
            it.id: snap.attendee_ids(it) for it in self._items
        }
        self._lines: dict[int, _ItemLines] = {}
        self._descriptions: dict[tuple[int, int | None], bytes] = {}
        self._attendee_cache: dict[tuple[int, AttendanceRole, ItemStatus, bool], bytes] = {}
        self._urns: dict[int, str] = {}
        self._shared: dict[tuple[Any, ...], bytes] = {}
        self._tzids: dict[str, str | None] = {}
        self._follow: dict[tuple[int, int], int] | None = None
        # Attendees are listed by role, then name (the key breaks ties between namesakes).
        self._name_order = {p.id: (p.full_name, p.key) for p in snap.participants}
        self._travel = TravelModel.of(snap)
        self._span = self._zone_span()
        self._organizer = self._organizer_line()

    # -- public --

    @property
    def zone_span(self) -> tuple[date, date]:
        """The dates every feed's VTIMEZONEs cover: the tour's and every item's, so it
        depends on the whole programme, not only the feed's own items."""
        return self._span

    def calendar(self, selection: Selection = WHOLE_TOUR) -> bytes:
        """One feed file: METHOD:PUBLISH, the calendar's name and refresh hints, a
        VTIMEZONE for every zone used, then the selection's events in time order."""
        items = selected_items(self.snapshot, selection)
        return self._calendar(selection, items)

    def people_calendars(self, keys: Sequence[str] | None = None) -> dict[str, bytes]:
        """Every participant's calendar (or those of ``keys``), keyed by participant key.
        Walks the programme once instead of once per person."""
        snap = self.snapshot
        if keys is None:
            people: Sequence[Participant] = snap.participants
        else:
            people = [selection_subject(snap, Selection.person(key)) for key in keys]
        wanted = {p.id for p in people}
        per_person: dict[int, list[ScheduleItem]] = {pid: [] for pid in wanted}
        for it in self._items:
            for pid in self._attendees[it.id] & wanted:
                per_person[pid].append(it)
        return {
            p.key: self._calendar(Selection.person(p.key), per_person[p.id], subject=p)
            for p in people
        }

    def resources(self, selection: Selection = WHOLE_TOUR) -> dict[str, bytes]:
        """One VCALENDAR per event for a CalDAV server, keyed by UID: exactly one VEVENT
        and its VTIMEZONE, and no METHOD (RFC 4791 forbids it in stored resources)."""
        subject = selection_subject(self.snapshot, selection)
        items = selected_items(self.snapshot, selection)
        viewer = subject.id if selection.kind is SelectionKind.PERSON else None
        # A site's host stays at the site: the delegation's next stop is no use to them.
        hints = self.options.travel_hints and selection.kind is not SelectionKind.SITE
        nexts = self._next_items(items, selection, subject) if hints else {}
        out: dict[str, bytes] = {}
        for it in items:
            lines = self._item_lines(it)
            parts = [self._preamble()]
            if lines.tzid is not None:
                parts.append(vtimezone_bytes(lines.tzid, *self._item_span(it)))
            parts.extend(self._event(it, lines, nexts.get(it.id), viewer, hints))
            parts.append(b"END:VCALENDAR\r\n")
            out[it.uid] = b"".join(parts)
        return out

    # -- assembly --

    def _preamble(self, method: bool = False) -> bytes:
        lines = [b"BEGIN:VCALENDAR", content_line("PRODID", self.options.prodid), b"VERSION:2.0"]
        lines.append(b"CALSCALE:GREGORIAN")
        if method:
            lines.append(b"METHOD:PUBLISH")
        return CRLF.join(lines) + CRLF

    def _calendar(
        self,
        selection: Selection,
        items: list[ScheduleItem],
        subject: Any = None,
    ) -> bytes:
        if subject is None:
            subject = selection_subject(self.snapshot, selection)
        name = self.options.calendar_name or calendar_name(self.snapshot, selection)
        refresh = timedelta(hours=self.options.refresh_hours)
        head = [
            self._preamble(method=True),
            # vText explicitly: icalendar would write an X- property's value unescaped.
            content_line("X-WR-CALNAME", vText(clean_text(name))) + CRLF,
            content_line("NAME", vText(clean_text(name))) + CRLF,
            content_line("REFRESH-INTERVAL", vDuration(refresh), {"VALUE": "DURATION"}) + CRLF,
            content_line("X-PUBLISHED-TTL", vDuration(refresh)) + CRLF,
        ]
        viewer = subject.id if selection.kind is SelectionKind.PERSON else None
        # A site's host stays at the site: the delegation's next stop is no use to them.
        hints = self.options.travel_hints and selection.kind is not SelectionKind.SITE
        nexts = self._next_items(items, selection, subject) if hints else {}
        events: list[bytes] = []
        tzids: set[str] = set()
        for it in items:
            lines = self._item_lines(it)
            if lines.tzid is not None:
                tzids.add(lines.tzid)
            events.extend(self._event(it, lines, nexts.get(it.id), viewer, hints))
        zones = [vtimezone_bytes(tzid, *self._span) for tzid in sorted(tzids)]
        return b"".join([*head, *zones, *events, b"END:VCALENDAR\r\n"])

    def _event(
        self,
        it: ScheduleItem,
        lines: _ItemLines,
        next_item: ScheduleItem | None,
        viewer: int | None,
        hints: bool,
    ) -> tuple[bytes, ...]:
        """One VEVENT as pieces to join: shared bytes except for the viewer's own
        ATTENDEE line and the description, whose next item depends on the calendar."""
        attendees = lines.attendees
        if viewer is not None:
            span = lines.spans.get(viewer)
            if span is not None:
                own = self._own_line(it, lines, viewer)
                attendees = b"".join((attendees[: span[0]], own, attendees[span[1] :]))
            elif viewer in lines.roles:  # not a key person of a big item: add them
                attendees += self._own_line(it, lines, viewer)
        description = self._description(it, lines, next_item if hints else None)
        return (
            lines.head,
            self._stamp_line,
            description,
            attendees,
            lines.alarm,
            b"END:VEVENT\r\n",
        )

    # -- per-item parts, built once --

    def _item_lines(self, it: ScheduleItem) -> _ItemLines:
        found = self._lines.get(it.id)
        if found is not None:
            return found
        snap = self.snapshot
        zone = self._zones[it.id]
        site = snap.sites_by_id.get(it.site_id) if it.site_id is not None else None
        start = self._shared_line("DTSTART", it.starts_at.astimezone(zone))
        tzid = self._tzid(zone)
        line = self._shared_line
        head = [
            b"BEGIN:VEVENT",
            content_line("UID", it.uid),
            line("SEQUENCE", it.sequence),
            start,
            line("DTEND", it.ends_at.astimezone(zone)),
            content_line("SUMMARY", clean_text(it.title)),
        ]
        if site is not None:
            head.append(line("LOCATION", clean_text(location_text(site))))
            if site.has_coordinates:
                head.append(line("GEO", (site.latitude, site.longitude)))
        head += [
            line("CATEGORIES", (KIND_LABELS[it.kind],)),
            line("STATUS", STATUS_VALUES[it.status]),
            line("TRANSP", self._transparency(it)),
            line("CREATED", it.created_at.astimezone(UTC)),
            line("LAST-MODIFIED", it.updated_at.astimezone(UTC)),
            self._organizer,
        ]
        roles = self._attendee_roles(it)
        limit = self.options.max_attendees
        listed = list(roles)
        if limit is not None and len(listed) > limit:
            listed = [pid for pid in listed if roles[pid] is not AttendanceRole.ATTENDEE]
        names = self._name_order
        listed.sort(key=lambda pid: (_ROLE_RANK[roles[pid]], names[pid]))
        if limit is not None:
            del listed[limit:]
        attendee_lines: list[bytes] = []
        spans: dict[int, tuple[int, int]] = {}
        offset = 0
        for pid in listed:
            person = self.snapshot.participants_by_id[pid]
            attendee = self._attendee_line(person, roles[pid], it.status)
            spans[pid] = (offset, offset + len(attendee))
            offset += len(attendee)
            attendee_lines.append(attendee)
        lines = _ItemLines(
            head=CRLF.join(head) + CRLF,
            attendees=b"".join(attendee_lines),
            spans=spans,
            roles=roles,
            alarm=self._alarm(it),
            tzid=tzid,
        )
        self._lines[it.id] = lines
        return lines

    def _tzid(self, zone: ZoneInfo) -> str | None:
        """The TZID icalendar writes for ``zone``; None for UTC (its times end in Z)."""
        if zone.key not in self._tzids:
            probe = vDDDTypes(datetime(2000, 1, 1, tzinfo=zone))
            self._tzids[zone.key] = probe.params.get("TZID")
        return self._tzids[zone.key]

    def _shared_line(self, name: str, value: Any) -> bytes:
        """``content_line`` for values many items share (a time slot, a site, a status):
        each distinct line is serialised once per writer.

        Aware datetimes at the same instant compare (and hash) equal whatever their zone,
        but their lines differ (TZID and wall-clock time), so a datetime's key carries
        its zone: 18:00 in Shanghai must never reuse the line of 11:00 in Berlin."""
        key = (name, value, value.tzinfo) if isinstance(value, datetime) else (name, value)
        found = self._shared.get(key)
        if found is None:
            found = self._shared[key] = content_line(
                name, list(value) if isinstance(value, tuple) and name == "CATEGORIES" else value
            )
        return found

    def _attendee_line(
        self, person: Participant, role: AttendanceRole, status: ItemStatus, own: bool = False
    ) -> bytes:
        """One ATTENDEE line. It depends only on the person, their role and the item's
        status, so each variant is serialised once and shared by every item."""
        key = (person.id, role, status, own)
        found = self._attendee_cache.get(key)
        if found is None:
            address = (own and mailto(person.email)) or self._urn(person)
            params = {
                "CUTYPE": "INDIVIDUAL",
                "ROLE": ATTENDEE_ROLES[role],
                "PARTSTAT": PARTSTATS[status],
                "RSVP": "FALSE",
                "CN": one_line(clean_text(person.full_name)),
            }
            found = _address_line("ATTENDEE", address, params) + CRLF
            self._attendee_cache[key] = found
        return found

    def _own_line(self, it: ScheduleItem, lines: _ItemLines, pid: int) -> bytes:
        """The viewer's own ATTENDEE line: their email if they have one, so their client
        recognises them; the rest of the line as everyone else's."""
        person = self.snapshot.participants_by_id[pid]
        return self._attendee_line(person, lines.roles[pid], it.status, own=True)

    def _attendee_roles(self, it: ScheduleItem) -> dict[int, AttendanceRole]:
        """Everyone the item brings, each in one role: the entry naming them decides,
        then the strongest role."""
        snap = self.snapshot
        people = snap.participants_by_id
        best: dict[int, tuple[int, int, AttendanceRole]] = {}
        for a in it.attendance:
            rank = (_SCOPE_RANK[a.scope], _ROLE_RANK[a.role], a.role)
            for pid in snap.ids_of(a):
                if pid in people and (pid not in best or rank < best[pid]):
                    best[pid] = rank
        return {pid: rank[2] for pid, rank in best.items()}

    def _urn(self, person: Participant) -> str:
        urn = self._urns.get(person.id)
        if urn is None:
            urn = self._urns[person.id] = participant_urn(self.snapshot, person)
        return urn

    def _organizer_line(self) -> bytes:
        tour = self.snapshot.tour
        address = mailto(tour.organiser_email) or (
            f"urn:uuid:{uuid.uuid5(ORGANISER_NAMESPACE, tour.slug)}"
        )
        name = one_line(clean_text(tour.organiser_name))
        params = {"CN": name} if name else {}
        return _address_line("ORGANIZER", address, params)

    @staticmethod
    def _transparency(it: ScheduleItem) -> str:
        # Free time and cancelled items should not block the attendee's other calendars.
        free = it.kind is ItemKind.FREE_TIME or it.status is ItemStatus.CANCELLED
        return "TRANSPARENT" if free else "OPAQUE"

    def _alarm(self, it: ScheduleItem) -> bytes:
        minutes = self.options.reminder_minutes
        if minutes is None or it.status is ItemStatus.CANCELLED:
            return b""  # no reminder for something that will not happen
        lines = [
            b"BEGIN:VALARM",
            b"ACTION:DISPLAY",
            content_line("DESCRIPTION", clean_text(it.title)),
            self._shared_line("TRIGGER", timedelta(minutes=-minutes)),
            b"END:VALARM",
        ]
        return CRLF.join(lines) + CRLF

    def _description(
        self, it: ScheduleItem, lines: _ItemLines, next_item: ScheduleItem | None
    ) -> bytes:
        key = (it.id, next_item.id if next_item is not None else None)
        found = self._descriptions.get(key)
        if found is not None:
            return found
        everyone = len(lines.roles)
        shortened = everyone if len(lines.spans) < everyone else None
        text = event_description(self.snapshot, it, next_item, self._travel, shortened)
        line = content_line("DESCRIPTION", clean_text(text)) + CRLF if text else b""
        self._descriptions[key] = line
        return line

    def _next_items(
        self, items: list[ScheduleItem], selection: Selection, subject: Any
    ) -> dict[int, ScheduleItem]:
        """For each item of a calendar, the item its people go on to, for "Next: ...".

        A person's calendar is their own programme: each item is followed by the next
        one in it. In the whole tour or a group's calendar the next item in time order
        may be someone else's (a parallel programme, or an item in another city at the
        same instant), so an item is given a next item only when it is the same one for
        everyone it brings who goes on to anything (for a group: every member it brings
        who goes on). Cancelled items are neither given nor shown a next item; an item
        that brings nobody yet (a draft) is followed by the calendar's next item.
        """
        live = [it for it in items if it.status is not ItemStatus.CANCELLED]
        in_order = {a.id: b for a, b in pairwise(live)}
        if selection.kind is SelectionKind.PERSON:
            return in_order
        members = None
        if selection.kind is SelectionKind.GROUP:
            members = self.snapshot.group_members.get(subject.id) or None
        follow = self._followers()
        items_by_id = {it.id: it for it in live}
        out: dict[int, ScheduleItem] = {}
        for it in live:
            who = self._attendees[it.id]
            if members is not None:
                who = who & members or who
            if not who:
                found = in_order.get(it.id)
                if found is not None:
                    out[it.id] = found
                continue
            nexts = {follow.get((pid, it.id)) for pid in who}
            nexts.discard(None)  # their programme ends here: no other next item
            if len(nexts) == 1:
                (only,) = nexts
                if only in items_by_id:
                    out[it.id] = items_by_id[only]
        return out

    def _followers(self) -> dict[tuple[int, int], int]:
        """(person id, item id) -> the id of that person's next live item, from every
        person's programme in time order. Built once per writer, when first needed."""
        if self._follow is None:
            follow: dict[tuple[int, int], int] = {}
            last: dict[int, int] = {}
            for it in self._items:
                if it.status is ItemStatus.CANCELLED:
                    continue
                for pid in self._attendees[it.id]:
                    before = last.get(pid)
                    if before is not None:
                        follow[(pid, before)] = it.id
                    last[pid] = it.id
            self._follow = follow
        return self._follow

    def _zone_span(self) -> tuple[date, date]:
        """Dates every VTIMEZONE of a feed must cover: the tour's dates and every item."""
        tour = self.snapshot.tour
        first, last = tour.start_date, tour.end_date
        for it in self._items:
            zone = self._zones[it.id]
            first = min(first, it.starts_at.astimezone(zone).date())
            last = max(last, it.ends_at.astimezone(zone).date())
        return whole_months(first, last)

    def _item_span(self, it: ScheduleItem) -> tuple[date, date]:
        """The span of a CalDAV resource's VTIMEZONE: its own event's, so moving another
        item never changes this resource's bytes (and never makes a sync PUT it again)."""
        zone = self._zones[it.id]
        return whole_months(
            it.starts_at.astimezone(zone).date(), it.ends_at.astimezone(zone).date()
        )


# --- module-level entry points ----------------------------------------------------------


def calendar_bytes(
    snapshot: TourSnapshot,
    selection: Selection = WHOLE_TOUR,
    options: IcsOptions | None = None,
) -> bytes:
    """The .ics feed of ``selection`` (the whole tour by default), CRLF lines, UTF-8."""
    return CalendarWriter(snapshot, options or IcsOptions()).calendar(selection)


def tour_calendar(snapshot: TourSnapshot, options: IcsOptions | None = None) -> bytes:
    """The whole programme."""
    return calendar_bytes(snapshot, WHOLE_TOUR, options)


def person_calendar(
    snapshot: TourSnapshot, person_key: str, options: IcsOptions | None = None
) -> bytes:
    """The items one participant attends."""
    return calendar_bytes(snapshot, Selection.person(person_key), options)


def site_calendar(
    snapshot: TourSnapshot, site_key: str, options: IcsOptions | None = None
) -> bytes:
    """The visits to one site, for its host."""
    return calendar_bytes(snapshot, Selection.site(site_key), options)


def group_calendar(
    snapshot: TourSnapshot, group_key: str, options: IcsOptions | None = None
) -> bytes:
    """The items one group attends."""
    return calendar_bytes(snapshot, Selection.group(group_key), options)


def people_calendars(
    snapshot: TourSnapshot,
    options: IcsOptions | None = None,
    keys: Sequence[str] | None = None,
) -> dict[str, bytes]:
    """Every participant's calendar, keyed by participant key, sharing the work."""
    return CalendarWriter(snapshot, options or IcsOptions()).people_calendars(keys)


def event_resources(
    snapshot: TourSnapshot,
    selection: Selection = WHOLE_TOUR,
    options: IcsOptions | None = None,
) -> dict[str, bytes]:
    """CalDAV resources for ``selection``: UID -> a VCALENDAR holding exactly that one
    VEVENT and the VTIMEZONE it uses, with no METHOD property (for a PUT)."""
    return CalendarWriter(snapshot, options or IcsOptions()).resources(selection)


__all__ = [
    "KIND_LABELS",
    "PRODID",
    "WHOLE_TOUR",
    "CalendarWriter",
    "IcsOptions",
    "Selection",
    "SelectionKind",
    "calendar_bytes",
    "calendar_name",
    "content_line",
    "event_resources",
    "fold",
    "group_calendar",
    "participant_urn",
    "people_calendars",
    "person_calendar",
    "selected_items",
    "selection_subject",
    "site_calendar",
    "tour_calendar",
    "vtimezone_bytes",
    "whole_months",
]
