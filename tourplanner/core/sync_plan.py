"""What a CalDAV sync decides, without doing any of it: for each event of a calendar,
whether to create, update, delete, adopt or leave it, and which changes someone made in
their own calendar become proposals for the organiser.

``services.sync`` does the talking (the server, the database); everything here is plain
values in and out, so each rule can be read, and tested, on its own. See that module's
docstring for the rules themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from hashlib import sha256
from typing import Protocol
from urllib.parse import quote, unquote, urlsplit
from zoneinfo import ZoneInfo

from tourplanner.core.enums import ItemStatus
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.sync_events import EventFacts, content_hash, event_facts, with_sequence

_PLAIN_NAME = re.compile(r"[A-Za-z0-9._@-]{1,200}")


def resource_name(uid: str) -> str:
    """The file name of an event's resource: its UID when that is a plain name, else a
    digest of it; the same UID always gives the same name, so a rerun never duplicates."""
    base = uid if _PLAIN_NAME.fullmatch(uid) else "uid-" + sha256(uid.encode()).hexdigest()[:40]
    return quote(base, safe="") + ".ics"


def href_key(href: str) -> str:
    """The unescaped path of an href: how resources are compared and keyed here."""
    return unquote(urlsplit(href).path)


class Recorded(Protocol):
    """What the database remembers about one synced event (``store.records.SyncStateRecord``)."""

    @property
    def id(self) -> int: ...
    @property
    def href(self) -> str: ...
    @property
    def etag(self) -> str | None: ...
    @property
    def content_hash(self) -> str: ...
    @property
    def sequence(self) -> int: ...
    @property
    def host_deleted(self) -> bool: ...


class Fetched(Protocol):
    """An event as the server has it now (``integrations.caldav_client.FetchedResource``)."""

    @property
    def data(self) -> bytes: ...


class ProposalKind(StrEnum):
    """What a host did to a synced event in their own calendar."""

    MOVED = "moved"  # gave it another time
    CANCELLED = "cancelled"  # marked it cancelled
    DELETED = "deleted"  # deleted it
    EDITED = "edited"  # changed something else (title, notes, alarm); same time and status


class Decision(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"


@dataclass(frozen=True, slots=True)
class Proposal:
    """A change someone made in the calendar, waiting for the organiser's decision.

    ``id`` stays the same from run to run until the proposal is decided. ``in_calendar``
    is False when the item has since left this calendar (deleted, or moved to another
    site): accepting then leaves the host's event alone for good, rejecting deletes it.
    """

    id: int
    uid: str
    kind: ProposalKind
    title: str
    item_id: int | None
    in_calendar: bool
    ours_start: datetime | None
    ours_end: datetime | None
    theirs_start: datetime | None = None
    theirs_end: datetime | None = None
    theirs_title: str | None = None


class Act(StrEnum):
    CREATE = "create"  # PUT, If-None-Match: *
    UPDATE = "update"  # PUT, If-Match
    DELETE = "delete"  # DELETE, If-Match
    KEEP = "keep"  # nothing to send or record
    ADOPT = "adopt"  # nothing to send; record the server's ETag as ours
    TOMBSTONE = "tombstone"  # nothing to send; remember the host's accepted deletion
    FORGET = "forget"  # nothing to send; drop the record
    CONFLICT = "conflict"  # nothing to send: waits for the organiser
    BLOCKED = "blocked"  # nothing to send: another event holds the resource's name


@dataclass(frozen=True, slots=True)
class Wanted:
    uid: str
    body: bytes
    digest: str
    sequence: int

    def resequenced(self, sequence: int) -> Wanted:
        """The same event carrying another SEQUENCE."""
        if sequence == self.sequence:
            return self
        body = with_sequence(self.body, sequence)
        return Wanted(self.uid, body, content_hash(body), sequence)


def settled(wanted: dict[str, Wanted], states: Mapping[str, Recorded]) -> dict[str, Wanted]:
    """The events as this calendar gets them: an event's SEQUENCE here never goes below
    what was last put. Normally that is the item's own SEQUENCE (the same as in every
    feed). A write over a host's edit may have put one above the item's; from then on an
    event that changed goes above what was put, so calendar apps take the new version."""
    out = {}
    for uid, want in wanted.items():
        state = states.get(uid)
        if state is not None and state.sequence > want.sequence:
            same = want.resequenced(state.sequence)
            if same.digest == state.content_hash:
                want = same  # unchanged: compares equal to what is recorded
            else:
                want = want.resequenced(state.sequence + 1)
        out[uid] = want
    return out


@dataclass(frozen=True, slots=True)
class Step:
    act: Act
    uid: str
    href: str
    etag: str | None = None  # If-Match for UPDATE and DELETE; the ETag to record for ADOPT
    wanted: Wanted | None = None


@dataclass
class CalendarPlan:
    """One sync of one calendar: the data it works on and the steps it decides."""

    snapshot: TourSnapshot
    calendar_url: str
    wanted: dict[str, Wanted]
    states: Mapping[str, Recorded]
    listing: dict[str, str | None]
    fetched: Mapping[str, Fetched] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.wanted = settled(self.wanted, self.states)

    def over(self, uid: str, want: Wanted) -> Wanted:
        """``want`` to be written over the server's copy of ``uid``: when that copy was
        fetched (someone else's version), with a SEQUENCE above the one it carries."""
        theirs = self.theirs(uid)
        if theirs is not None and theirs.sequence >= want.sequence:
            return want.resequenced(theirs.sequence + 1)
        return want

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.snapshot.tour.timezone)

    def href(self, uid: str) -> str:
        state = self.states.get(uid)
        return state.href if state is not None else self.calendar_url + resource_name(uid)

    def on_server(self, uid: str) -> tuple[bool, str | None]:
        key = href_key(self.href(uid))
        return key in self.listing, self.listing.get(key)

    def uids(self) -> list[str]:
        # The selection's order (by time) first, then events that left it.
        return [*self.wanted, *(uid for uid in self.states if uid not in self.wanted)]

    def needs_fetch(self, uid: str) -> bool:
        """Whether deciding about ``uid`` needs the server's copy: an event that someone
        changed, or one that is there although this program has no record of putting it."""
        present, etag = self.on_server(uid)
        if not present:
            return False
        state = self.states.get(uid)
        if state is None or state.host_deleted:
            return uid in self.wanted
        return state.etag is not None and etag != state.etag

    def theirs(self, uid: str) -> EventFacts | None:
        found = self.fetched.get(href_key(self.href(uid)))
        return event_facts(found.data, self.zone) if found is not None else None

    def already_ours(self, uid: str) -> bool:
        """Whether the server holds exactly the event this program wants there now,
        under another ETag than recorded: our own PUT whose answer was lost, or whose
        record was (the sync was killed or cut off after sending it). Not an edit by
        someone else, so nothing to propose: the next step adopts it."""
        want = self.wanted.get(uid)
        return want is not None and self.holds(uid, want)

    def holds(self, uid: str, want: Wanted) -> bool:
        """Whether the fetched copy of ``uid`` is ``want``, but for a SEQUENCE at least as
        high (a write over a host's edit carries one above theirs)."""
        theirs = self.theirs(uid)
        ours = event_facts(want.body, self.zone)
        return (
            theirs is not None
            and ours is not None
            and theirs.sequence >= ours.sequence
            and replace(theirs, sequence=0) == replace(ours, sequence=0)
        )

    def adopted(self, uid: str, want: Wanted) -> Wanted:
        """``want`` as the server holds it (see :meth:`holds`), to record as ours."""
        theirs = self.theirs(uid)
        return want.resequenced(max(want.sequence, theirs.sequence if theirs else 0))

    # -- proposals --

    def proposal(self, uid: str) -> Proposal | None:
        """The proposal for ``uid`` when someone else changed or deleted it."""
        state = self.states.get(uid)
        if state is None or state.host_deleted:
            return None
        present, etag = self.on_server(uid)
        if present and (state.etag is None or etag == state.etag or self.already_ours(uid)):
            return None
        in_calendar = uid in self.wanted
        if not present and not in_calendar:
            return None  # gone on both sides: nothing to decide
        item = next((it for it in self.snapshot.items if it.uid == uid), None)
        theirs = self.theirs(uid) if present else None
        kind = ProposalKind.DELETED if theirs is None and not present else ProposalKind.EDITED
        if theirs is not None:
            cancelled_here = item is not None and item.status is ItemStatus.CANCELLED
            if theirs.status == "CANCELLED" and not cancelled_here:
                kind = ProposalKind.CANCELLED
            elif item is not None and moved(theirs, item):
                kind = ProposalKind.MOVED
        elif present:
            kind = ProposalKind.DELETED  # deleted between the listing and the fetch
        return Proposal(
            id=state.id,
            uid=uid,
            kind=kind,
            title=item.title if item is not None else "(removed item)",
            item_id=item.id if item is not None else None,
            in_calendar=in_calendar,
            ours_start=item.starts_at if item is not None else None,
            ours_end=item.ends_at if item is not None else None,
            theirs_start=theirs.start if theirs and isinstance(theirs.start, datetime) else None,
            theirs_end=theirs.end if theirs and isinstance(theirs.end, datetime) else None,
            theirs_title=theirs.summary if theirs is not None else None,
        )

    # -- steps --

    def step(self, uid: str, decision: Decision | None = None) -> Step:
        """What to do about one event. ``decision`` settles a proposal for it."""
        href = self.href(uid)
        want = self.wanted.get(uid)
        state = self.states.get(uid)
        present, etag = self.on_server(uid)
        if want is None:
            if state is None or state.host_deleted or not present:
                return Step(Act.FORGET, uid, href)
            if state.etag is None or etag == state.etag or decision is Decision.REJECT:
                return Step(Act.DELETE, uid, href, etag)
            if decision is Decision.ACCEPT:
                return Step(Act.FORGET, uid, href)  # their event, no longer ours
            return Step(Act.CONFLICT, uid, href)
        if state is None or state.host_deleted:
            if not present:
                if state is not None and state.content_hash == want.digest:
                    # The host's deletion was accepted: the event stays out of their calendar
                    # until the item's event changes again (reinstated, moved, renamed).
                    return Step(Act.KEEP, uid, href)
                return Step(Act.CREATE, uid, href, wanted=want)
            # There, but not recorded as ours: most likely an earlier run's PUT whose answer
            # was lost when the server or the connection went down.
            found = self.fetched.get(href_key(href))
            if found is None:
                return Step(Act.CREATE, uid, href, wanted=want)  # gone since the listing
            theirs = event_facts(found.data, self.zone)
            if theirs is None or theirs.uid != uid:
                return Step(Act.BLOCKED, uid, href)  # someone else's event at our name
            if self.holds(uid, want):
                return Step(Act.ADOPT, uid, href, etag, self.adopted(uid, want))
            return Step(Act.UPDATE, uid, href, etag, self.over(uid, want))
        if not present:
            if decision is Decision.REJECT:
                return Step(Act.CREATE, uid, href, wanted=want)
            if decision is Decision.ACCEPT:
                return Step(Act.TOMBSTONE, uid, href, wanted=want)
            return Step(Act.CONFLICT, uid, href)
        if state.etag is None or etag == state.etag:
            if state.content_hash == want.digest:
                if state.etag is None:
                    return Step(Act.ADOPT, uid, href, etag, want)
                return Step(Act.KEEP, uid, href)
            return Step(Act.UPDATE, uid, href, etag, want)
        if self.already_ours(uid):
            return Step(Act.ADOPT, uid, href, etag, self.adopted(uid, want))
        if decision is Decision.REJECT:
            return Step(Act.UPDATE, uid, href, etag, self.over(uid, want))
        if decision is Decision.ACCEPT:
            if state.content_hash == want.digest:
                return Step(Act.ADOPT, uid, href, etag, want)  # keep their edit as it is
            # Ours now carries their change.
            return Step(Act.UPDATE, uid, href, etag, self.over(uid, want))
        return Step(Act.CONFLICT, uid, href)


def moved(theirs: EventFacts, item: ScheduleItem) -> bool:
    if not isinstance(theirs.start, datetime) or not isinstance(theirs.end, datetime):
        return False  # an all-day event cannot be mapped onto the item's times
    return (theirs.start, theirs.end) != (item.starts_at, item.ends_at)
