"""Keep a CalDAV calendar in step with a tour: the whole programme, or one person's, site's
or group's part of it.

One resource per event, named after the item's UID, so a rerun can never make a duplicate.
For every event the database records what was last put (a hash of the content without
DTSTAMP, the SEQUENCE) and the ETag the server gave it. A sync lists the calendar's ETags in
one request and then:

* sends nothing for an event whose content and ETag are both as recorded;
* puts an event whose content changed (``If-Match`` the recorded ETag), creates a new one
  (``If-None-Match: *``) and deletes one that left the selection (``If-Match`` again);
* never overwrites an event whose ETag changed or that disappeared: someone edited or
  deleted it in their own calendar. That becomes a *proposal* for the organiser, who can
  accept it (the host's time, cancellation or deletion is applied to the item, through
  ``items.update_item``, which raises SEQUENCE) or reject it (our version goes back).

A sync broken off half-way (the server went down) records what it finished; the next run
finds the rest, including a PUT whose answer was lost (its resource name is known), and
converges without duplicates. The password is used for the HTTP session only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any, cast
from zoneinfo import ZoneInfo

from tourplanner.core.enums import ItemStatus
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.export import ics
from tourplanner.integrations import caldav_client as dav
from tourplanner.integrations import credentials
from tourplanner.services import items as item_service
from tourplanner.services.database import Database
from tourplanner.services.release_gate import require_no_open_errors
from tourplanner.services.sync_events import (
    EventFacts,
    content_hash,
    event_facts,
    with_sequence,
)
from tourplanner.services.sync_state import StateChange, load_states, save_states
from tourplanner.services.tours import load_snapshot
from tourplanner.store.records import SyncStateRecord

__all__ = [
    "ALL",
    "CalendarAccount",
    "Decision",
    "Proposal",
    "ProposalKind",
    "SyncReport",
    "resolve_password",
    "sync_caldav",
    "sync_site_calendars",
]

ALL = "all"  # accept=ALL / reject=ALL: every current proposal
STATE_BATCH = 200  # state rows written per transaction while a long sync runs


@dataclass(frozen=True, slots=True)
class CalendarAccount:
    """A CalDAV account: the server (or calendar home, or calendar) URL and credentials."""

    url: str
    username: str
    password: str = field(repr=False)
    timeout: float = dav.DEFAULT_TIMEOUT


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


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a sync did (or, with ``written`` False, would do)."""

    tour: str
    calendar_url: str
    calendar_name: str
    timezone: str
    calendar_created: bool = False
    written: bool = True  # False for --dry-run and for --pull without decisions
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    proposals: tuple[Proposal, ...] = ()  # still waiting for a decision
    refused: int = 0  # events left alone: changed on the server meanwhile, or not ours
    accepted: tuple[Proposal, ...] = ()
    rejected: tuple[Proposal, ...] = ()
    requests: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    writes: int = 0  # requests that could change the server (PUT, DELETE, MKCALENDAR)

    @property
    def changes(self) -> int:
        return self.created + self.updated + self.deleted

    @property
    def conflicts(self) -> int:
        return len(self.proposals) + self.refused


# --- what to send -------------------------------------------------------------------------


class _Act(StrEnum):
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
class _Wanted:
    uid: str
    body: bytes
    digest: str
    sequence: int

    def resequenced(self, sequence: int) -> _Wanted:
        """The same event carrying another SEQUENCE."""
        if sequence == self.sequence:
            return self
        body = with_sequence(self.body, sequence)
        return _Wanted(self.uid, body, content_hash(body), sequence)


def _settled(
    wanted: dict[str, _Wanted], states: Mapping[str, SyncStateRecord]
) -> dict[str, _Wanted]:
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
class _Step:
    act: _Act
    uid: str
    href: str
    etag: str | None = None  # If-Match for UPDATE and DELETE; the ETag to record for ADOPT
    wanted: _Wanted | None = None


class _Renderer:
    """The tour's event resources per selection. One ``CalendarWriter`` serves every
    calendar of a sync, since it builds each event's lines once (see export.ics)."""

    def __init__(self, snapshot: TourSnapshot, options: ics.IcsOptions) -> None:
        self.snapshot = snapshot
        self.writer = ics.CalendarWriter(snapshot, options)
        self.sequences = {it.uid: it.sequence for it in snapshot.items}

    def __call__(self, selection: ics.Selection) -> dict[str, _Wanted]:
        return {
            uid: _Wanted(uid, body, content_hash(body), self.sequences[uid])
            for uid, body in self.writer.resources(selection).items()
        }


@dataclass
class _Calendar:
    """One sync of one calendar: the data it works on and the steps it decides."""

    snapshot: TourSnapshot
    calendar_url: str
    wanted: dict[str, _Wanted]
    states: dict[str, SyncStateRecord]
    listing: dict[str, str | None]
    fetched: dict[str, dav.FetchedResource] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.wanted = _settled(self.wanted, self.states)

    def over(self, uid: str, want: _Wanted) -> _Wanted:
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
        return state.href if state is not None else self.calendar_url + dav.resource_name(uid)

    def on_server(self, uid: str) -> tuple[bool, str | None]:
        key = dav.href_key(self.href(uid))
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
        found = self.fetched.get(dav.href_key(self.href(uid)))
        return event_facts(found.data, self.zone) if found is not None else None

    def already_ours(self, uid: str) -> bool:
        """Whether the server holds exactly the event this program wants there now,
        under another ETag than recorded: our own PUT whose answer was lost, or whose
        record was (the sync was killed or cut off after sending it). Not an edit by
        someone else, so nothing to propose: the next step adopts it."""
        want = self.wanted.get(uid)
        return want is not None and self.holds(uid, want)

    def holds(self, uid: str, want: _Wanted) -> bool:
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

    def adopted(self, uid: str, want: _Wanted) -> _Wanted:
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
            elif item is not None and _moved(theirs, item):
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

    def step(self, uid: str, decision: Decision | None = None) -> _Step:
        """What to do about one event. ``decision`` settles a proposal for it."""
        href = self.href(uid)
        want = self.wanted.get(uid)
        state = self.states.get(uid)
        present, etag = self.on_server(uid)
        if want is None:
            if state is None or state.host_deleted or not present:
                return _Step(_Act.FORGET, uid, href)
            if state.etag is None or etag == state.etag or decision is Decision.REJECT:
                return _Step(_Act.DELETE, uid, href, etag)
            if decision is Decision.ACCEPT:
                return _Step(_Act.FORGET, uid, href)  # their event, no longer ours
            return _Step(_Act.CONFLICT, uid, href)
        if state is None or state.host_deleted:
            if not present:
                if state is not None and state.content_hash == want.digest:
                    # The host's deletion was accepted: the event stays out of their calendar
                    # until the item's event changes again (reinstated, moved, renamed).
                    return _Step(_Act.KEEP, uid, href)
                return _Step(_Act.CREATE, uid, href, wanted=want)
            # There, but not recorded as ours: most likely an earlier run's PUT whose answer
            # was lost when the server or the connection went down.
            found = self.fetched.get(dav.href_key(href))
            if found is None:
                return _Step(_Act.CREATE, uid, href, wanted=want)  # gone since the listing
            theirs = event_facts(found.data, self.zone)
            if theirs is None or theirs.uid != uid:
                return _Step(_Act.BLOCKED, uid, href)  # someone else's event at our name
            if self.holds(uid, want):
                return _Step(_Act.ADOPT, uid, href, etag, self.adopted(uid, want))
            return _Step(_Act.UPDATE, uid, href, etag, self.over(uid, want))
        if not present:
            if decision is Decision.REJECT:
                return _Step(_Act.CREATE, uid, href, wanted=want)
            if decision is Decision.ACCEPT:
                return _Step(_Act.TOMBSTONE, uid, href, wanted=want)
            return _Step(_Act.CONFLICT, uid, href)
        if state.etag is None or etag == state.etag:
            if state.content_hash == want.digest:
                if state.etag is None:
                    return _Step(_Act.ADOPT, uid, href, etag, want)
                return _Step(_Act.KEEP, uid, href)
            return _Step(_Act.UPDATE, uid, href, etag, want)
        if self.already_ours(uid):
            return _Step(_Act.ADOPT, uid, href, etag, self.adopted(uid, want))
        if decision is Decision.REJECT:
            return _Step(_Act.UPDATE, uid, href, etag, self.over(uid, want))
        if decision is Decision.ACCEPT:
            if state.content_hash == want.digest:
                return _Step(_Act.ADOPT, uid, href, etag, want)  # keep their edit as it is
            # Ours now carries their change.
            return _Step(_Act.UPDATE, uid, href, etag, self.over(uid, want))
        return _Step(_Act.CONFLICT, uid, href)


def _moved(theirs: EventFacts, item: ScheduleItem) -> bool:
    if not isinstance(theirs.start, datetime) or not isinstance(theirs.end, datetime):
        return False  # an all-day event cannot be mapped onto the item's times
    return (theirs.start, theirs.end) != (item.starts_at, item.ends_at)


# --- entry points -------------------------------------------------------------------------


def resolve_password(username: str, password_env: str | None) -> str:
    """The CalDAV password: from the environment variable ``password_env`` when given,
    else from the system keyring (service ``tourplanner-caldav``), as every server's
    password is found (integrations/credentials). The password itself is never part of
    any message."""
    return credentials.resolve_password(
        user=username,
        what="the CalDAV password",
        keyring_service=dav.KEYRING_SERVICE,
        password_env=password_env,
    )


def selection_for(
    person: str | None = None, site: str | None = None, group: str | None = None
) -> ics.Selection:
    """The calendar's selection: one person, one site, one group, or the whole tour."""
    given = [(k, v) for k, v in (("person", person), ("site", site), ("group", group)) if v]
    if len(given) > 1:
        raise ValidationError("give at most one of person, site and group")
    if not given:
        return ics.WHOLE_TOUR
    kind, key = given[0]
    return ics.Selection(ics.SelectionKind(kind), key)


def default_calendar_names(
    snapshot: TourSnapshot, selection: ics.Selection, name: str | None = None
) -> tuple[str, str]:
    """(URL segment, display name) of the calendar a selection syncs to.

    By default the segment is the tour's slug plus whose calendar it is (``chongqing-2021-
    site-clciz``) and the display name the one the .ics feed gives; ``name`` sets both.
    """
    if name is not None:
        if not name.strip():
            raise ValidationError("--calendar: the calendar name is empty")
        return dav.calendar_segment(name), name.strip()
    segment = snapshot.tour.slug
    if selection.kind is not ics.SelectionKind.TOUR:
        segment = f"{segment}-{selection.kind.value}-{selection.key}"
    return dav.calendar_segment(segment), ics.calendar_name(snapshot, selection)


def sync_caldav(
    db: Database,
    tour: str,
    account: CalendarAccount,
    *,
    person: str | None = None,
    site: str | None = None,
    group: str | None = None,
    calendar: str | None = None,
    dry_run: bool = False,
    pull: bool = False,
    accept: Collection[int] | str = (),
    reject: Collection[int] | str = (),
    options: ics.IcsOptions | None = None,
    observer: Callable[[dav.Exchange], None] | None = None,
    allow_errors: bool = False,
) -> SyncReport:
    """Bring the CalDAV calendar of ``tour`` (or of one person, site or group in it) up to
    date, creating the calendar if it is missing.

    ``dry_run`` sends no write and records nothing. ``pull`` only reviews: it lists what
    others changed in the calendar (``SyncReport.proposals``) and writes nothing.
    ``accept`` / ``reject`` take proposal ids (or ``ALL``) and settle them, then sync.
    ``observer`` sees every request (method, URL, status), for progress and tests.
    While ``check`` reports errors it raises OpenErrorsError before any request (a dry run
    too), unless ``allow_errors``; a bare ``pull`` only reads, so it is never refused.
    """
    if (accept or reject) and dry_run:
        raise ValidationError("a dry run cannot accept or reject proposals")
    if not (pull and not (accept or reject)):
        require_no_open_errors(db, tour, "syncing", allow_errors)
    selection = selection_for(person, site, group)
    snapshot = load_snapshot(db, tour)
    ics.selection_subject(snapshot, selection)  # an unknown key fails before any request
    with dav.CalDAVClient(_settings(account, observer)) as client:
        remote = client.base_calendar()
        if remote is not None and calendar is not None:
            raise ValidationError("--url names a calendar already; leave out --calendar")
        job = _Job(db, client, options or ics.IcsOptions(), dry_run, pull)
        return job.sync(snapshot, selection, calendar, remote, accept, reject)


def sync_site_calendars(
    db: Database,
    tour: str,
    account: CalendarAccount,
    *,
    dry_run: bool = False,
    pull: bool = False,
    options: ics.IcsOptions | None = None,
    observer: Callable[[dav.Exchange], None] | None = None,
    allow_errors: bool = False,
) -> list[SyncReport]:
    """Sync every host's calendar: one calendar per site that has items, each named as
    ``sync_caldav(site=...)`` names it. The tour is read once and one session serves every
    calendar, so this is much faster than one ``sync_caldav`` per site. Proposals are
    listed per calendar; decide them with ``sync_caldav(site=..., accept=...)``. Refused
    while the tour has errors, as ``sync_caldav`` is."""
    if not pull:
        require_no_open_errors(db, tour, "syncing", allow_errors)
    snapshot = load_snapshot(db, tour)
    used = {it.site_id for it in snapshot.items if it.site_id is not None}
    keys = [s.key for s in snapshot.sites if s.id in used]
    with dav.CalDAVClient(_settings(account, observer)) as client:
        if client.base_calendar() is not None:
            raise ValidationError(
                "every site's calendar needs the server's or the calendar home's URL, "
                "not one calendar's"
            )
        job = _Job(db, client, options or ics.IcsOptions(), dry_run, pull)
        job.known = client.list_calendars()
        return [job.sync(snapshot, ics.Selection.site(k), None, None, (), ()) for k in keys]


def _settings(
    account: CalendarAccount, observer: Callable[[dav.Exchange], None] | None
) -> dav.CalDAVSettings:
    return dav.CalDAVSettings(
        account.url, account.username, account.password, account.timeout, observer
    )


@dataclass
class _Job:
    """One session with the server, syncing one or more calendars of a tour."""

    db: Database
    client: dav.CalDAVClient
    options: ics.IcsOptions
    dry_run: bool
    pull: bool
    known: list[dav.RemoteCalendar] | None = None  # the home's calendars, when listed once
    renderer: _Renderer | None = None

    def render(self, snapshot: TourSnapshot) -> _Renderer:
        if self.renderer is None or self.renderer.snapshot is not snapshot:
            self.renderer = _Renderer(snapshot, self.options)
        return self.renderer

    def sync(
        self,
        snapshot: TourSnapshot,
        selection: ics.Selection,
        calendar: str | None,
        remote: dav.RemoteCalendar | None,
        accept: Collection[int] | str,
        reject: Collection[int] | str,
    ) -> SyncReport:
        client = self.client
        before = Counter(client.requests)
        segment, display = default_calendar_names(snapshot, selection, calendar)
        read_only = self.dry_run or (self.pull and not (accept or reject))
        remote = remote or client.find_calendar(segment, display, self.known)
        base = SyncReport(
            tour=snapshot.tour.slug,
            calendar_url=remote.url if remote else client.calendar_home() + segment + "/",
            calendar_name=(remote.name if remote else "") or display,
            timezone=snapshot.tour.timezone,
            written=not read_only,
        )
        if remote is None and read_only:
            wanted = self.render(snapshot)(selection)
            return _finish(base, client, before, calendar_created=True, created=len(wanted))
        created = remote is None
        if remote is None:
            remote = client.create_calendar(segment, display, f"Tourplanner: {display}")
            if self.known is not None:
                self.known.append(remote)
        run = _Run(self.db, client, self.render(snapshot), selection, remote.url, created, base)
        return run.go(read_only, _ids(accept), _ids(reject), before)


def _ids(given: Collection[int] | str) -> frozenset[int] | str:
    if isinstance(given, str):
        if given != ALL:
            raise ValidationError(f"expected proposal ids or {ALL!r}, got {given!r}")
        return ALL
    return frozenset(given)


def _finish(
    base: SyncReport, client: dav.CalDAVClient, before: Counter[str], **counts: Any
) -> SyncReport:
    """The report, with the requests this calendar's sync sent (the session's since
    ``before``)."""
    sent = Counter(client.requests)
    sent.subtract(before)
    requests = {method: n for method, n in sent.items() if n > 0}
    writes = sum(n for method, n in requests.items() if method in dav.WRITE_METHODS)
    return replace(base, requests=MappingProxyType(requests), writes=writes, **counts)


@dataclass
class _Run:
    """The sync of one calendar."""

    db: Database
    client: dav.CalDAVClient
    render: _Renderer
    selection: ics.Selection
    calendar_url: str
    calendar_created: bool
    base: SyncReport

    @property
    def snapshot(self) -> TourSnapshot:
        return self.render.snapshot

    def go(
        self,
        read_only: bool,
        accept: frozenset[int] | str,
        reject: frozenset[int] | str,
        before: Counter[str],
    ) -> SyncReport:
        tour_id = self.snapshot.tour.id
        states = load_states(self.db, tour_id, self.calendar_url)
        stale: list[StateChange] = []
        if self.calendar_created and states:
            # The calendar was deleted on the server: what was recorded about it is moot.
            stale = [StateChange(uid, forget=True) for uid in states]
            states = {}
        listing = self.client.list_etags(self.calendar_url)
        if listing is None:
            raise dav.CalDAVError(f"the calendar {self.calendar_url} disappeared during the sync")
        cal = _Calendar(
            self.snapshot,
            self.calendar_url,
            self.render(self.selection),
            states,
            listing,
        )
        to_fetch = [cal.href(uid) for uid in cal.uids() if cal.needs_fetch(uid)]
        cal.fetched = self.client.fetch(self.calendar_url, to_fetch)
        proposals = {p.id: p for uid in cal.uids() if (p := cal.proposal(uid)) is not None}
        decisions = self._decide(proposals, accept, reject)
        accepted = tuple(proposals[i] for i, d in decisions.items() if d is Decision.ACCEPT)
        rejected = tuple(proposals[i] for i, d in decisions.items() if d is Decision.REJECT)
        if accepted:
            self._apply_accepted(cal, accepted)
        by_uid = {proposals[i].uid: d for i, d in decisions.items()}
        steps = [cal.step(uid, by_uid.get(uid)) for uid in cal.uids()]
        waiting = tuple(p for p in proposals.values() if p.id not in decisions)
        if read_only:
            counts = _Tally(steps)
            return _finish(
                self.base,
                self.client,
                before,
                calendar_created=self.calendar_created,
                proposals=waiting,
                **counts.summary(),
            )
        done = self._execute(steps, stale)
        return _finish(
            self.base,
            self.client,
            before,
            calendar_created=self.calendar_created,
            proposals=waiting,
            accepted=accepted,
            rejected=rejected,
            **done.summary(),
        )

    def _decide(
        self,
        proposals: dict[int, Proposal],
        accept: frozenset[int] | str,
        reject: frozenset[int] | str,
    ) -> dict[int, Decision]:
        if accept == ALL and reject == ALL:
            raise ValidationError("cannot accept and reject all proposals at once")
        # Anything but ALL is a set of proposal ids.
        wanted_accept = set(proposals) if accept == ALL else set(cast(frozenset[int], accept))
        wanted_reject = set(proposals) if reject == ALL else set(cast(frozenset[int], reject))
        both = sorted(wanted_accept & wanted_reject)
        if both:
            raise ValidationError(f"proposal {both[0]} is both accepted and rejected")
        unknown = sorted((wanted_accept | wanted_reject) - set(proposals))
        if unknown:
            listed = ", ".join(str(i) for i in sorted(proposals)) or "none"
            raise NotFoundError(
                f"no proposal {unknown[0]} for this calendar (open proposals: {listed}); "
                "run with --pull to list them"
            )
        decisions = dict.fromkeys(sorted(wanted_accept), Decision.ACCEPT)
        decisions.update(dict.fromkeys(sorted(wanted_reject), Decision.REJECT))
        return decisions

    def _apply_accepted(self, cal: _Calendar, accepted: tuple[Proposal, ...]) -> None:
        """Take hosts' changes into the tour. Each goes through ``update_item``, so the
        item's SEQUENCE goes up and every other calendar hears of it too."""
        items = {it.uid: it for it in self.snapshot.items}
        changed = False
        for p in accepted:
            item = items.get(p.uid)
            if item is None or not p.in_calendar:
                continue  # their event stays theirs; nothing in the tour to change
            values: dict[str, Any] = {}
            moved = p.kind in (ProposalKind.MOVED, ProposalKind.CANCELLED) and (
                p.theirs_start is not None
                and p.theirs_end is not None
                and (p.theirs_start, p.theirs_end) != (item.starts_at, item.ends_at)
            )
            if moved:
                values.update(starts_at=p.theirs_start, ends_at=p.theirs_end)
            if p.kind in (ProposalKind.CANCELLED, ProposalKind.DELETED) and (
                item.status is not ItemStatus.CANCELLED
            ):
                values["status"] = ItemStatus.CANCELLED
            if values:
                try:
                    item_service.update_item(self.db, item.id, item.version, **values)
                except ValidationError as e:
                    raise ValidationError(f"proposal {p.id} ({p.title}): {e}") from None
                changed = True
        if changed:
            snapshot = load_snapshot(self.db, self.snapshot.tour.slug)
            self.render = _Renderer(snapshot, self.render.writer.options)
            cal.snapshot = snapshot
            cal.wanted = _settled(self.render(self.selection), cal.states)

    def _execute(self, steps: list[_Step], stale: list[StateChange]) -> _Tally:
        counts = _Tally([])
        records: list[StateChange] = list(stale)
        missing_etags: list[str] = []
        writes = [s for s in steps if s.act in (_Act.CREATE, _Act.UPDATE, _Act.DELETE)]
        tour_id = self.snapshot.tour.id
        try:
            for step in steps:
                records.extend(self._perform(step, counts, missing_etags))
                if len(records) >= STATE_BATCH:
                    save_states(self.db, tour_id, self.calendar_url, records)
                    records = []
            if missing_etags:
                records = self._fill_etags(records, missing_etags)
        except dav.CalDAVConnectionError as e:
            done = counts.created + counts.updated + counts.deleted
            raise dav.CalDAVError(
                f"{e} after {done} of {len(writes)} changes; the finished ones are recorded, "
                "so running the sync again completes it"
            ) from None
        finally:
            save_states(self.db, tour_id, self.calendar_url, records)
        return counts

    def _perform(self, step: _Step, counts: _Tally, missing: list[str]) -> list[StateChange]:
        want = step.wanted
        act = step.act
        if act is _Act.KEEP:
            counts.unchanged += 1
            return []
        if act is _Act.CONFLICT:
            return []
        if act is _Act.BLOCKED:
            counts.refused += 1
            return []
        if act is _Act.FORGET:
            return [StateChange(step.uid, forget=True)]
        assert want is not None or act is _Act.DELETE
        if act is _Act.ADOPT:
            counts.unchanged += 1
            assert want is not None
            return [StateChange(step.uid, step.href, step.etag, want.digest, want.sequence)]
        if act is _Act.TOMBSTONE:
            counts.unchanged += 1
            assert want is not None
            return [StateChange(step.uid, step.href, None, want.digest, want.sequence, True)]
        try:
            if act is _Act.DELETE:
                if self.client.delete(step.href, if_match=step.etag):
                    counts.deleted += 1
                return [StateChange(step.uid, forget=True)]
            assert want is not None
            etag = self.client.put(
                step.href, want.body, if_match=step.etag, create=act is _Act.CREATE
            )
        except dav.PreconditionFailed:
            # Changed on the server since the listing: leave it; the next run proposes it.
            counts.refused += 1
            return []
        if act is _Act.CREATE:
            counts.created += 1
        else:
            counts.updated += 1
        if etag is None:
            missing.append(step.uid)
        return [StateChange(step.uid, step.href, etag, want.digest, want.sequence)]

    def _fill_etags(self, records: list[StateChange], uids: list[str]) -> list[StateChange]:
        """Some servers answer a PUT without an ETag; one more listing gives them. (Rows
        already saved in an earlier batch keep no ETag; the next sync adopts the server's
        without sending anything, since their content hash matches.)"""
        listing = self.client.list_etags(self.calendar_url) or {}
        wanted = set(uids)
        return [
            replace(r, etag=listing.get(dav.href_key(r.href)))
            if r.uid in wanted and not r.forget
            else r
            for r in records
        ]


class _Tally:
    """Tallies of a sync's steps (done, or planned for a dry run)."""

    def __init__(self, steps: Iterable[_Step]) -> None:
        self.created = self.updated = self.deleted = self.unchanged = self.refused = 0
        for s in steps:
            if s.act is _Act.CREATE:
                self.created += 1
            elif s.act is _Act.UPDATE:
                self.updated += 1
            elif s.act is _Act.DELETE:
                self.deleted += 1
            elif s.act in (_Act.KEEP, _Act.ADOPT, _Act.TOMBSTONE):
                self.unchanged += 1
            elif s.act is _Act.BLOCKED:
                self.refused += 1

    def summary(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "refused": self.refused,
        }
