"""Publish every participant's and host site's page to a folder or a WebDAV collection.

Layout of the target::

    index.html, robots.txt          empty page, "Disallow: /": nothing lists the tokens
    <token>/                        one folder per participant and host site
        index.html ...              the phone page and the renderer's other files
        calendar.ics, briefing.pdf
        .tourplanner-manifest.json  what this folder holds (see publish_content)

**Reruns.** Each folder keeps its own manifest, inside it: the SHA-256 of every file,
the time its content last changed, the change lines its page shows, the briefing's
content hash, the calendar items and a digest of what its page, feed and briefing are
made from (``publish_content.FolderInputs``). A folder whose digest is as recorded is
unchanged without being rendered, nor its briefing's facts worked out: a one-item change
renders only the folders of the people and sites the item concerns. Any other folder is
rendered again *with the recorded time and lines*; when every hash matches, nothing is
written (but the new digest, in its manifest). Otherwise the folder is rendered with the
time of this publication and the lines saying what changed since the recorded items, and
only files whose hash differs are uploaded. The briefing is only rebuilt when its
content hash differs, so a rerun costs PDFs only for the people a change concerns. The
manifest sits in the folder, not at the root, because a list of
every token at the root would hand them all to anyone who guesses its name.

Folders are always named with a trailing '/' in requests: nginx's WebDAV module answers
409 to a MOVE or DELETE of a folder without one.

**Never half old, half new.** A changed folder is prepared whole beside the live one,
under ``.new-<token>``: unchanged files are copied there on the server (no upload),
changed ones uploaded, the manifest written last. Then two renames swap it in: the live
folder becomes ``.old-<token>``, the new one becomes ``<token>``, and the old one is
deleted. A rename of a folder is a single step on a file system and on a WebDAV server,
so whenever the run stops (a crash, a server that dies, Cancel) each folder is wholly old
or wholly new; only between the two renames can it be missing for a moment, and then the
old version is still there under ``.old-``. Every run starts by tidying up (``recover``):
a ``.new-`` folder is deleted (it was never live), an ``.old-`` folder whose live folder
is missing is renamed back, any other is deleted. So a rerun finds every folder in a
known state and completes the job. Files at the root are written under ``.tmp-`` and
renamed over the old ones.

Folders of people and sites no longer in the tour (a folder named like a token, holding
our manifest, whose token nobody has now) are deleted on a full run.
"""

from __future__ import annotations

import dataclasses
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tourplanner.core.changes import change_lines, diff
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.links import check_base_url, check_target, is_url_target, page_url
from tourplanner.core.tokens import TOKEN_RE
from tourplanner.services.briefings import issue_jobs
from tourplanner.services.database import Database
from tourplanner.services.pdf_batch import PdfJob, run_jobs
from tourplanner.services.publish_content import (
    BRIEFING,
    MANIFEST,
    FolderContent,
    FolderRecord,
    Owner,
    digest,
    owners,
    root_files,
)
from tourplanner.services.publish_target import (
    Revoked,
    Target,
    default_base_url,
    open_target,
    publish_settings,
    revoke_token,
    save_publish_settings,
)
from tourplanner.services.tours import load_snapshot, require_no_open_errors

Errors = Context("Errors")  # the catalogue context of messages the services raise

NEW = ".new-"  # a folder being prepared
OLD = ".old-"  # a live folder being replaced
TMP = ".tmp-"  # a root file being written

# Briefings found before the workers start; the rest are looked for while they build.
FIRST_BRIEFINGS = 4

# done, total, what was just finished
ProgressCallback = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PublishRequest:
    """What ``publish`` is asked: the tour, where (None: where it was published last),
    its public address (None: the last one, or the WebDAV URL itself), whose folder
    alone (a participant or a site key), and how."""

    tour: str
    target: str | None = None
    base_url: str | None = None
    person: str | None = None
    site: str | None = None
    allow_errors: bool = False
    dry_run: bool = False
    revoke: str | None = None
    password_env: str | None = None
    timeout: float | None = None
    workers: int | None = None
    password: str | None = field(default=None, repr=False)  # typed in the GUI, this run only


@dataclass(frozen=True)
class FolderOutcome:
    """One folder: whose, its address (or token), and what happened to it."""

    owner: str
    name: str
    url: str
    status: str  # "new", "changed" or "unchanged"
    uploaded: tuple[str, ...] = ()  # files whose content was written
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PublishResult:
    target: str
    base_url: str
    dry_run: bool
    folders: tuple[FolderOutcome, ...]
    removed: int  # folders of people and sites no longer in the tour
    root_written: tuple[str, ...]
    writes: int  # requests (or file operations) that changed the target
    open_errors: int = 0
    revoked: Revoked | None = None
    cancelled: bool = False

    @property
    def files_written(self) -> int:
        """Content files uploaded (manifests and renames not counted)."""
        return sum(len(f.uploaded) for f in self.folders) + len(self.root_written)

    def count(self, status: str) -> int:
        return sum(1 for f in self.folders if f.status == status)

    def summary(self) -> str:
        done = (
            Errors.tr("Would publish {folders} to {target}: {new} new, {changed} changed, "
                      "{unchanged} unchanged; {files} written")
            if self.dry_run
            else Errors.tr("Published {folders} to {target}: {new} new, {changed} changed, "
                           "{unchanged} unchanged; {files} written")
        )  # fmt: skip
        text = done.format(
            folders=Errors.tr("%n folder(s)", None, len(self.folders)),
            target=self.target,
            new=self.count("new"),
            changed=self.count("changed"),
            unchanged=self.count("unchanged"),
            files=Errors.tr("%n file(s)", None, self.files_written),
        )
        if self.removed:
            text = Errors.tr("{text}, {removed} removed").format(
                text=text, removed=Errors.tr("%n old folder(s)", None, self.removed)
            )
        if self.cancelled:
            text = Errors.tr("{text} (cancelled: the folders not reached are as before)").format(
                text=text
            )
        return Errors.tr("{text}.").format(text=text)


@dataclass
class _Known:
    """A folder that must be rendered to know whether it changed; its briefing's facts
    and content hash are worked out by ``settle`` (the briefings to build first)."""

    owner: Owner
    old: FolderRecord | None
    inputs: str
    facts: object | None = None
    briefing: str = ""
    settled: bool = False


@dataclass
class _Plan:
    owner: Owner
    # An unchanged folder told without rendering keeps the manifest it has, read
    # without its items: such a record is never written back.
    record: FolderRecord
    files: dict[str, bytes]  # everything but an unchanged briefing (kept on the target)
    status: str
    upload: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    pdf_facts: object | None = None  # facts of a briefing to build
    refresh: bool = False  # unchanged, but its manifest gets the new inputs digest


def publish(
    db: Database,
    request: PublishRequest,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    now: datetime | None = None,
) -> PublishResult:
    """Publish ``request.tour`` (see the module's docstring for what and how).

    Refuses while the tour has errors unless ``allow_errors``; a dry run writes nothing,
    not even the remembered target. Raises TourplannerError (one line) when the target
    cannot be written.
    """
    if request.person and request.site:
        raise ValidationError(Errors.tr("give --person or --site, not both"))
    if request.revoke and request.dry_run:
        raise ValidationError(Errors.tr("--revoke changes a link for good: it cannot be a dry run"))
    saved = publish_settings(db, request.tour)
    target = _target(request.target) if request.target else saved.target
    if not target:
        raise ValidationError(
            Errors.tr("tour {tour} has never been published: give --to TARGET").format(
                tour=repr(request.tour)
            )
        )
    if request.base_url is not None:
        base_url = check_base_url(request.base_url, "--base-url") if request.base_url else ""
    elif saved.base_url and target == saved.target:
        base_url = saved.base_url
    else:
        base_url = default_base_url(target)
    # Bad arguments are reported first; then the one rule for what leaves the app.
    open_errors = require_no_open_errors(
        db, request.tour, Errors.tr("publishing"), request.allow_errors
    )
    sink = open_target(
        target,
        password=request.password,
        password_env=request.password_env,
        timeout=request.timeout,
    )
    try:
        revoked = None
        if request.dry_run:
            snap = load_snapshot(db, request.tour)
            snap = dataclasses.replace(
                snap,
                tour=dataclasses.replace(
                    snap.tour, publish_target=target, publish_base_url=base_url
                ),
            )
        else:
            save_publish_settings(db, request.tour, target, base_url)
            if request.revoke:
                revoked = revoke_token(db, request.tour, request.revoke)
            snap = load_snapshot(db, request.tour)
        job = _Run(sink, FolderContent(snap), request, now, progress, cancel)
        job.db = db
        result = job.run()
        if revoked is not None:
            sink.delete(f"{revoked.old_token}/")
        return dataclasses.replace(
            result,
            target=target,
            base_url=base_url,
            open_errors=open_errors,
            revoked=revoked,
            writes=sink.writes,
        )
    finally:
        sink.close()


def _target(value: str) -> str:
    """A target as it is remembered: a URL as checked, a folder as an absolute path."""
    target = check_target(value, "--to")
    if is_url_target(target):
        return target
    return str(Path(target).expanduser().resolve())


class _Run:
    def __init__(
        self,
        sink: Target,
        content: FolderContent,
        request: PublishRequest,
        now: datetime | None,
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
    ) -> None:
        self.sink = sink
        self.content = content
        self.request = request
        self.now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self.progress = progress
        self.cancel = cancel
        self.db: Database | None = None  # where briefings' versions are kept
        self.found: list[_Plan | _Known] = []  # every folder's, as ``find`` goes
        self.finding: Iterator[_Plan | _Known] = iter(())
        self.plans: list[_Plan] | None = None  # every folder's, once worked out
        self.by_ref: dict[str, _Plan] = {}
        self.changed = 0  # how many of them changed
        self.written: set[str] = set()  # refs of the folders written
        self.cancelled = False

    def owners(self) -> list[Owner]:
        owners = self.content.owners()
        r = self.request
        if r.person:
            owners = [o for o in owners if o.ref == f"person:{r.person}"]
            if not owners:
                raise NotFoundError(
                    Errors.tr("no participant {person} in {tour}").format(
                        person=repr(r.person), tour=r.tour
                    )
                )
        elif r.site:
            owners = [o for o in owners if o.ref == f"site:{r.site}"]
            if not owners:
                raise NotFoundError(
                    Errors.tr("no site {site} with items in {tour}").format(
                        site=repr(r.site), tour=r.tour
                    )
                )
        return owners

    def run(self) -> PublishResult:
        owners = self.owners()
        dry = self.request.dry_run
        if not dry:
            recover(self.sink)
        # Each folder is first told from its manifest (``known``): made from the same as
        # last time, it is unchanged without rendering. The briefings that changed are
        # built on every core, from the first few found, while this process looks for
        # the rest, renders the other folders' pages and writes each folder whose
        # briefing has arrived (``build_briefings``); then the folders without a new
        # briefing.
        self.finding = self.find(owners)
        root = self.write_root(dry)
        if not dry:
            self.build_briefings()
        plans = self.plan_all()
        for p in plans:
            if p.status == "unchanged" or p.owner.ref in self.written:
                continue
            if p.pdf_facts is not None and BRIEFING not in p.files and not dry:
                self.cancelled = True  # its briefing was never built: not reached
                continue
            self.write(p)
        cancelled = self.cancelled
        if not dry and not cancelled:
            for p in plans:
                if p.refresh:
                    # The files are as they were: only the manifest learns the new digest,
                    # so the next run skips this folder without rendering it. Unreadable
                    # half-way, a manifest makes the folder count as new: written whole.
                    self.sink.put(f"{p.owner.token}/{MANIFEST}", p.record.to_bytes(p.owner))
        removed = 0
        full = not (self.request.person or self.request.site)
        if full and not cancelled:
            removed = remove_leavers(self.sink, {o.token for o in owners}, dry)
        folders = tuple(self.outcome(p, p.owner.ref in self.written) for p in plans)
        return PublishResult("", "", dry, folders, removed, root, 0, cancelled=cancelled)

    def find(self, owners: list[Owner]) -> Iterator[_Plan | _Known]:
        """Each owner's folder as ``known`` tells it, in owner order, kept in
        ``self.found``: worked out as the caller goes (the briefings first found are
        built while the rest are looked for)."""
        for owner in owners:
            k = self.known(owner)
            self.found.append(k)
            yield k

    def plan_all(self) -> list[_Plan]:
        """Every folder's plan, in owner order (rendering the pages of those not known to
        be unchanged); worked out once."""
        if self.plans is None:
            for _ in self.finding:  # the folders not looked at yet
                pass
            known = self.found
            # Their calendars first, in one pass over the programme.
            self.content.prepare([k.owner for k in known if isinstance(k, _Known)])
            self.plans = [self.plan(self.settle(k)) if isinstance(k, _Known) else k for k in known]
            self.changed = sum(1 for p in self.plans if p.status != "unchanged")
            self.by_ref = {p.owner.ref: p for p in self.plans}
        return self.plans

    def write(self, p: _Plan) -> None:
        """Write one changed folder (a dry run only counts it), unless cancelled."""
        if self.cancel is not None and self.cancel.is_set():
            self.cancelled = True
            return
        if not self.request.dry_run:
            self.write_folder(p)
        self.written.add(p.owner.ref)
        if self.progress is not None:
            self.progress(len(self.written), self.changed, p.owner.name)

    def outcome(self, p: _Plan, written: bool) -> FolderOutcome:
        url = self.content.page_url(p.owner) or f"{p.owner.token}/"
        if p.status != "unchanged" and not written:  # cancelled before it was reached
            return FolderOutcome(p.owner.ref, p.owner.name, url, "not reached")
        changes = p.record.changes if p.status == "changed" else ()
        uploaded = tuple(p.upload) if written else ()
        return FolderOutcome(p.owner.ref, p.owner.name, url, p.status, uploaded, changes)

    # -- deciding --

    def known(self, owner: Owner) -> _Plan | _Known:
        """Unchanged, without rendering, when the folder is made from the same as last
        time: the same inputs digest (which covers the briefing too, so its facts are
        not even worked out). Else what ``plan`` needs."""
        c = self.content
        data = self.sink.read(f"{owner.token}/{MANIFEST}")
        inputs = c.inputs(owner)
        head = FolderRecord.from_bytes(data, items=False)  # the items only when needed
        complete = head is not None and (not head.briefing or bool(head.files.get(BRIEFING)))
        if head is not None and head.inputs == inputs and complete:
            return _Plan(owner, head, {}, "unchanged")
        old = FolderRecord.from_bytes(data) if head is not None else None
        return _Known(owner, old, inputs)

    def settle(self, known: _Known) -> _Known:
        """``known`` with its briefing's facts and content hash (once)."""
        if not known.settled:
            c = self.content
            known.facts = c.briefing_facts(known.owner)
            known.briefing = c.briefing_hash(known.facts)
            known.settled = True
        return known

    def plan(self, known: _Known) -> _Plan:
        """Render the folder as it was last published; if that is what the target holds,
        it is unchanged (only its manifest gets the new digest). Otherwise render it for
        now, with what changed."""
        c = self.content
        owner, old, facts = known.owner, known.old, known.facts
        briefing, inputs = known.briefing, known.inputs
        if old is not None and old.briefing == briefing:
            files = c.page_files(owner, old.updated_at, old.changes)
            hashes = {name: digest(data) for name, data in files.items()}
            if briefing:
                hashes[BRIEFING] = old.files.get(BRIEFING, "")
            if hashes == dict(old.files) and all(hashes.values()):
                record = dataclasses.replace(old, inputs=inputs)
                return _Plan(owner, record, files, "unchanged", refresh=True)
        items = c.items(owner)
        lines: tuple[str, ...] = ()
        if old is not None:
            briefing_changed = bool(old.briefing) and old.briefing != briefing
            lines = tuple(change_lines(diff(old.items, items), briefing_changed, owner.language))
        files = c.page_files(owner, self.now, lines)
        hashes = {name: digest(data) for name, data in files.items()}
        if old is not None and briefing and not self.needs_briefing(known):
            hashes[BRIEFING] = old.files[BRIEFING]
        record = FolderRecord(self.now, lines, hashes, briefing, items, inputs)
        plan = _Plan(owner, record, files, "new" if old is None else "changed")
        if self.needs_briefing(known):
            plan.pdf_facts = facts
        previous = dict(old.files) if old is not None else {}
        for name in sorted(set(hashes) | ({BRIEFING} if plan.pdf_facts else set())):
            if name in hashes and previous.get(name) == hashes[name]:
                plan.keep.append(name)
            else:
                plan.upload.append(name)
        return plan

    @staticmethod
    def needs_briefing(known: _Known) -> bool:
        """Whether the folder's briefing must be built: it has one, and the target does
        not hold it already (the same content hash, recorded with the file's hash)."""
        old = known.old
        held = old is not None and old.briefing == known.briefing and old.files.get(BRIEFING)
        return bool(known.briefing) and not held

    def build_briefings(self) -> None:
        """Build the briefings that changed on every core. The first few are found and
        handed to the workers before the rest are looked for (``settle``, ``run_jobs``'s
        ``more``). Meanwhile this process plans every folder (its pages rendered) and
        writes each folder whose briefing has arrived: ``run_jobs`` reports each
        finished file in this thread, so that is where the work is done; the workers
        have every job already and go on."""
        c = self.content
        stop = _Either(self.cancel)  # a cancel, or a failure here: no more PDFs wanted
        failed: list[BaseException] = []
        moment = datetime.now(UTC)  # one issue date for every briefing of the run
        with tempfile.TemporaryDirectory(prefix="tourplanner-publish-") as tmp:
            whose: dict[Path, str] = {}
            looked = 0  # folders of ``self.found`` looked at here

            def unseen() -> Iterator[_Plan | _Known]:
                """The folders not looked at here yet: found already (planning finds
                them all, when a briefing arrives before the last batch) or not."""
                nonlocal looked
                while True:
                    while looked < len(self.found):
                        looked += 1
                        yield self.found[looked - 1]
                    if next(self.finding, None) is None:
                        return

            folders = unseen()

            def batch(limit: int | None) -> list[PdfJob]:
                """The next briefings to build (up to ``limit``), with their issues."""
                jobs = []
                for k in folders:
                    if not isinstance(k, _Known) or not self.needs_briefing(self.settle(k)):
                        continue
                    owner = k.owner
                    kind = "host" if owner.is_site else "delegate"
                    target = owner.site_id if owner.is_site else owner.participant_id
                    path = Path(tmp) / f"{len(whose)}.pdf"
                    whose[path] = owner.ref
                    jobs.append(PdfJob(kind, target, path, c.page_url(owner) or "", k.briefing))
                    if limit is not None and len(jobs) >= limit:
                        break
                if jobs and self.db is not None:
                    jobs = list(issue_jobs(self.db, c.snap, c.index, jobs, now=moment))
                return jobs

            first = batch(FIRST_BRIEFINGS)
            if not first:
                return

            def arrived(_done: int, _total: int, path: Path) -> None:
                if failed or stop.is_set():
                    return
                try:
                    self.plan_all()
                    self.write(self.with_briefing(self.by_ref[whose[path]], path.read_bytes()))
                except BaseException as e:  # raised below, not as a failed PDF
                    failed.append(e)
                    stop.set()
                if self.cancelled:
                    stop.set()

            run_jobs(
                c.snap,
                first,
                c.pdf_options,
                index=c.index,
                workers=self.request.workers,
                cancel=stop,
                progress=arrived,
                # Found them all already: no more to look for (and no pool for one).
                more=(batch(None) for _ in range(1)) if len(first) == FIRST_BRIEFINGS else (),
            )
        if failed:
            raise failed[0]

    @staticmethod
    def with_briefing(p: _Plan, data: bytes) -> _Plan:
        """``p`` with its newly built briefing."""
        p.files[BRIEFING] = data
        p.record = dataclasses.replace(p.record, files={**p.record.files, BRIEFING: digest(data)})
        return p

    # -- writing --

    def write_root(self, dry: bool) -> tuple[str, ...]:
        written = []
        for name, data in sorted(root_files().items()):
            if self.sink.read(name) == data:
                continue
            written.append(name)
            if not dry:
                self.sink.put(f"{TMP}{name}", data)
                self.sink.move(f"{TMP}{name}", name, overwrite=True)
        return tuple(written)

    def write_folder(self, p: _Plan) -> None:
        """Prepare the folder beside the live one, then swap it in (module docstring)."""
        sink, token = self.sink, p.owner.token
        stage = f"{NEW}{token}"
        sink.mkdir(stage)
        for name in p.keep:
            sink.copy(f"{token}/{name}", f"{stage}/{name}")
        for name in p.upload:
            sink.put(f"{stage}/{name}", p.files[name])
        sink.put(f"{stage}/{MANIFEST}", p.record.to_bytes(p.owner))
        if p.status == "changed":
            sink.move(f"{token}/", f"{OLD}{token}/", overwrite=True)
            sink.move(f"{stage}/", f"{token}/", overwrite=False)
            sink.delete(f"{OLD}{token}/")
        else:
            sink.delete(f"{token}/")  # a folder without a readable manifest: replaced whole
            sink.move(f"{stage}/", f"{token}/", overwrite=False)


class _Either(threading.Event):
    """An event that is also set while ``other`` (the caller's cancel) is."""

    def __init__(self, other: threading.Event | None) -> None:
        super().__init__()
        self.other = other

    def is_set(self) -> bool:
        return super().is_set() or (self.other is not None and self.other.is_set())


def recover(sink: Target) -> None:
    """Put the target in a known state after a run that stopped half-way: delete folders
    that were being prepared, rename back a live folder that was being replaced, delete
    root files that were being written."""
    entries = dict(sink.children())
    for name in sorted(entries):
        # A folder is named with a trailing '/': nginx's WebDAV refuses it otherwise.
        path = f"{name}/" if entries[name] else name
        if name.startswith(NEW) or name.startswith(TMP):
            sink.delete(path)
        elif name.startswith(OLD):
            live = name.removeprefix(OLD)
            if live in entries:
                sink.delete(path)
            else:
                sink.move(path, f"{live}/", overwrite=False)


def remove_leavers(sink: Target, tokens: set[str], dry: bool) -> int:
    """Delete the folders of people and sites that are no longer in the tour: folders
    named like a token, holding our manifest, whose token nobody has now."""
    removed = 0
    for name, is_folder in sink.children():
        if not is_folder or name in tokens or not TOKEN_RE.fullmatch(name):
            continue
        if sink.read(f"{name}/{MANIFEST}") is None:
            continue  # not ours: leave it alone
        removed += 1
        if not dry:
            sink.delete(f"{name}/")
    return removed


# -- links ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """One folder's public address: ``kind`` is "person" or "site"."""

    kind: str
    key: str
    name: str
    url: str

    def to_json(self) -> dict[str, str]:
        return {self.kind: self.key, "name": self.name, "url": self.url}


def links(db: Database, tour: str) -> list[Link]:
    """The address of every participant's and host site's page (participants first)."""
    snap = load_snapshot(db, tour)
    base = snap.tour.publish_base_url
    if not base:
        raise ValidationError(
            Errors.tr(
                "tour {tour} has no public address yet: publish it with --base-url URL "
                "(or to a WebDAV URL)"
            ).format(tour=repr(tour))
        )
    out = []
    for owner in owners(snap):
        kind, _, key = owner.ref.partition(":")
        out.append(Link(kind, key, owner.name, page_url(base, owner.token)))
    return out
