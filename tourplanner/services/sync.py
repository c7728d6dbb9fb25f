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
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy import delete, select

from tourplanner.core.enums import ItemStatus
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import TourSnapshot
from tourplanner.core.sync_events import content_hash
from tourplanner.core.sync_plan import (
    Act,
    CalendarPlan,
    Decision,
    Proposal,
    ProposalKind,
    Step,
    Wanted,
    settled,
)
from tourplanner.export import ics
from tourplanner.integrations import caldav_client as dav
from tourplanner.integrations import credentials
from tourplanner.services import items as item_service
from tourplanner.services.database import Database, transaction
from tourplanner.services.tours import load_snapshot, require_no_open_errors
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.records import SyncStateRecord

Errors = Context("Errors")  # the catalogue context of messages the services raise

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


class _Renderer:
    """The tour's event resources per selection. One ``CalendarWriter`` serves every
    calendar of a sync, since it builds each event's lines once (see export.ics)."""

    def __init__(self, snapshot: TourSnapshot, options: ics.IcsOptions) -> None:
        self.snapshot = snapshot
        self.writer = ics.CalendarWriter(snapshot, options)
        self.sequences = {it.uid: it.sequence for it in snapshot.items}

    def __call__(self, selection: ics.Selection) -> dict[str, Wanted]:
        return {
            uid: Wanted(uid, body, content_hash(body), self.sequences[uid])
            for uid, body in self.writer.resources(selection).items()
        }


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
        raise ValidationError(Errors.tr("give at most one of person, site and group"))
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
            raise ValidationError(Errors.tr("--calendar: the calendar name is empty"))
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
        raise ValidationError(Errors.tr("a dry run cannot accept or reject proposals"))
    if not (pull and not (accept or reject)):
        require_no_open_errors(db, tour, Errors.tr("syncing"), allow_errors)
    selection = selection_for(person, site, group)
    snapshot = load_snapshot(db, tour)
    ics.selection_subject(snapshot, selection)  # an unknown key fails before any request
    with dav.CalDAVClient(_settings(account, observer)) as client:
        remote = client.base_calendar()
        if remote is not None and calendar is not None:
            raise ValidationError(Errors.tr("--url names a calendar already; leave out --calendar"))
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
        require_no_open_errors(db, tour, Errors.tr("syncing"), allow_errors)
    snapshot = load_snapshot(db, tour)
    used = {it.site_id for it in snapshot.items if it.site_id is not None}
    keys = [s.key for s in snapshot.sites if s.id in used]
    with dav.CalDAVClient(_settings(account, observer)) as client:
        if client.base_calendar() is not None:
            raise ValidationError(
                Errors.tr(
                    "every site's calendar needs the server's or the calendar home's URL, "
                    "not one calendar's"
                )
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
            raise ValidationError(
                Errors.tr("expected proposal ids or {all_word}, got {given}").format(
                    all_word=repr(ALL), given=repr(given)
                )
            )
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
            raise dav.CalDAVError(
                Errors.tr("the calendar {url} disappeared during the sync").format(
                    url=self.calendar_url
                )
            )
        cal = CalendarPlan(
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
            raise ValidationError(Errors.tr("cannot accept and reject all proposals at once"))
        # Anything but ALL is a set of proposal ids.
        wanted_accept = set(proposals) if accept == ALL else set(cast(frozenset[int], accept))
        wanted_reject = set(proposals) if reject == ALL else set(cast(frozenset[int], reject))
        both = sorted(wanted_accept & wanted_reject)
        if both:
            raise ValidationError(
                Errors.tr("proposal {proposal} is both accepted and rejected").format(
                    proposal=both[0]
                )
            )
        unknown = sorted((wanted_accept | wanted_reject) - set(proposals))
        if unknown:
            listed = ", ".join(str(i) for i in sorted(proposals)) or "none"
            raise NotFoundError(
                Errors.tr(
                    "no proposal {proposal} for this calendar (open proposals: {listed}); run "
                    "with --pull to list them"
                ).format(proposal=unknown[0], listed=listed)
            )
        decisions = dict.fromkeys(sorted(wanted_accept), Decision.ACCEPT)
        decisions.update(dict.fromkeys(sorted(wanted_reject), Decision.REJECT))
        return decisions

    def _apply_accepted(self, cal: CalendarPlan, accepted: tuple[Proposal, ...]) -> None:
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
                    raise ValidationError(
                        Errors.tr("proposal {id} ({title}): {error}").format(
                            id=p.id, title=p.title, error=e
                        )
                    ) from None
                changed = True
        if changed:
            snapshot = load_snapshot(self.db, self.snapshot.tour.slug)
            self.render = _Renderer(snapshot, self.render.writer.options)
            cal.snapshot = snapshot
            cal.wanted = settled(self.render(self.selection), cal.states)

    def _execute(self, steps: list[Step], stale: list[StateChange]) -> _Tally:
        counts = _Tally([])
        records: list[StateChange] = list(stale)
        missing_etags: list[str] = []
        writes = [s for s in steps if s.act in (Act.CREATE, Act.UPDATE, Act.DELETE)]
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
                Errors.tr(
                    "{error} after {done} of {total} changes; the finished ones are recorded, "
                    "so running the sync again completes it"
                ).format(error=e, done=done, total=len(writes))
            ) from None
        finally:
            save_states(self.db, tour_id, self.calendar_url, records)
        return counts

    def _perform(self, step: Step, counts: _Tally, missing: list[str]) -> list[StateChange]:
        want = step.wanted
        act = step.act
        if act is Act.KEEP:
            counts.unchanged += 1
            return []
        if act is Act.CONFLICT:
            return []
        if act is Act.BLOCKED:
            counts.refused += 1
            return []
        if act is Act.FORGET:
            return [StateChange(step.uid, forget=True)]
        assert want is not None or act is Act.DELETE
        if act is Act.ADOPT:
            counts.unchanged += 1
            assert want is not None
            return [StateChange(step.uid, step.href, step.etag, want.digest, want.sequence)]
        if act is Act.TOMBSTONE:
            counts.unchanged += 1
            assert want is not None
            return [StateChange(step.uid, step.href, None, want.digest, want.sequence, True)]
        try:
            if act is Act.DELETE:
                if self.client.delete(step.href, if_match=step.etag):
                    counts.deleted += 1
                return [StateChange(step.uid, forget=True)]
            assert want is not None
            etag = self.client.put(
                step.href, want.body, if_match=step.etag, create=act is Act.CREATE
            )
        except dav.PreconditionFailed:
            # Changed on the server since the listing: leave it; the next run proposes it.
            counts.refused += 1
            return []
        if act is Act.CREATE:
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

    def __init__(self, steps: Iterable[Step]) -> None:
        self.created = self.updated = self.deleted = self.unchanged = self.refused = 0
        for s in steps:
            if s.act is Act.CREATE:
                self.created += 1
            elif s.act is Act.UPDATE:
                self.updated += 1
            elif s.act is Act.DELETE:
                self.deleted += 1
            elif s.act in (Act.KEEP, Act.ADOPT, Act.TOMBSTONE):
                self.unchanged += 1
            elif s.act is Act.BLOCKED:
                self.refused += 1

    def summary(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "refused": self.refused,
        }


# -- What CalDAV sync remembers per calendar and event (resource name, ETag, content hash, -----
def load_states(db: Database, tour_id: int, calendar_url: str) -> dict[str, SyncStateRecord]:
    """The recorded state of every event of one calendar of a tour, by UID."""
    with transaction(db) as session:
        rows = session.scalars(
            select(orm.CalendarSyncState)
            .where(orm.CalendarSyncState.tour_id == tour_id)
            .where(orm.CalendarSyncState.calendar_url == calendar_url)
            .order_by(orm.CalendarSyncState.id)
        )
        return {row.uid: records.calendar_sync_state(row) for row in rows}


@dataclass(frozen=True, slots=True)
class StateChange:
    """A change to the sync state: an upsert, or a removal when ``forget`` is set."""

    uid: str
    href: str = ""
    etag: str | None = None
    digest: str = ""
    sequence: int = 0
    host_deleted: bool = False
    forget: bool = False


def save_states(db: Database, tour_id: int, calendar_url: str, changes: list[StateChange]) -> None:
    """Apply ``changes`` (upserts and removals) to one calendar's state in one transaction."""
    if not changes:
        return
    now = datetime.now(UTC)
    table = orm.CalendarSyncState
    with transaction(db) as session:
        gone = [c.uid for c in changes if c.forget]
        for start in range(0, len(gone), 500):
            session.execute(
                delete(table)
                .where(table.calendar_url == calendar_url)
                .where(table.uid.in_(gone[start : start + 500]))
            )
        kept = {c.uid: c for c in changes if not c.forget}
        uids = list(kept)
        existing: dict[str, orm.CalendarSyncState] = {}
        for start in range(0, len(uids), 500):
            rows = session.scalars(
                select(table)
                .where(table.calendar_url == calendar_url)
                .where(table.uid.in_(uids[start : start + 500]))
            )
            existing.update({row.uid: row for row in rows})
        for uid, c in kept.items():
            row = existing.get(uid)
            if row is None:
                row = table(tour_id=tour_id, calendar_url=calendar_url, uid=uid)
                session.add(row)
            row.href = c.href
            row.etag = c.etag
            row.content_hash = c.digest
            row.sequence = c.sequence
            row.host_deleted = c.host_deleted
            row.synced_at = now
