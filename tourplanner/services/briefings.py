"""PDF briefings of a stored tour: delegate briefings, the booklet, host briefings and
the run sheet, one file or a folder full.

``plan`` decides which files to write and what each must contain (its content hash);
``write_pdfs`` writes those that are missing or out of date (see ``pdf_batch``);
``export_pdfs`` does both for a tour in the database, stamping each document with its
version (see "Versions of PDF documents" below; ``write_pdfs`` alone writes unstamped
files). File names come from people's and sites' names, made safe and unique
(``export.pdf.naming``).
"""

from __future__ import annotations

import dataclasses
import string
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from tourplanner.core.errors import NotFoundError, TourplannerError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.links import person_page, site_page
from tourplanner.core.model import Participant, TourSnapshot
from tourplanner.export.pdf import (
    KINDS,
    LANGUAGES,
    PAPERS,
    BookletFacts,
    ChangedItem,
    DelegateFacts,
    Facts,
    Issue,
    ItemDigest,
    PdfOptions,
    TourIndex,
    content_hash,
    item_digests,
    require_items,
    safe_stem,
    site_stems,
    with_maps,
)
from tourplanner.services.calendars import people_file_names
from tourplanner.services.database import Database, transaction
from tourplanner.services.maps import MapMaker, road_lines
from tourplanner.services.pdf_batch import (
    BatchResult,
    PdfJob,
    ProgressCallback,
    facts_for,
    run_jobs,
)
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm

Errors = Context("Errors")  # the catalogue context of messages the services raise

DEFAULT_CALENDAR = ""  # the owner's page when the tour has a base URL, else no QR code

__all__ = [
    "DEFAULT_CALENDAR",
    "KINDS",
    "LANGUAGES",
    "PAPERS",
    "BatchResult",
    "Document",
    "PdfOptions",
    "PdfPlan",
    "PdfRequest",
    "export_pdfs",
    "issue_documents",
    "issue_jobs",
    "issue_of",
    "plan",
    "recipient_key",
    "write_pdfs",
]


@dataclass(frozen=True)
class PdfRequest:
    """What to write.

    ``kind``: delegate, booklet, host or runsheet. ``person`` (a participant key, for
    delegate) or ``site`` (a site key, for host) asks for one document; without them a
    delegate or host request writes one PDF per delegate or per visited site into the
    folder ``output``. ``calendar`` is what a delegate's QR code holds: by default ("")
    their phone page when the tour has a base URL and no code otherwise; or a URL with
    ``{stem}`` (the person's file name without extension) and ``{key}`` filled in.
    """

    kind: str
    output: Path
    person: str | None = None
    site: str | None = None
    options: PdfOptions = field(default_factory=PdfOptions)
    calendar: str = DEFAULT_CALENDAR
    # Day maps from tiles (delegate briefings, booklet), made once for the whole batch;
    # None draws the route sketch and fetches nothing.
    maps: MapMaker | None = None

    @property
    def batch(self) -> bool:
        return self.kind in ("delegate", "host") and self.person is None and self.site is None


@dataclass(frozen=True)
class PdfPlan:
    """The files a request writes, with everything needed to build them."""

    snapshot: TourSnapshot
    index: TourIndex
    jobs: tuple[PdfJob, ...]
    folder: bool  # whether the output is a folder of files
    options: PdfOptions = field(default_factory=PdfOptions)  # with the batch's day maps


def _check(request: PdfRequest) -> None:
    if request.kind not in KINDS:
        raise ValidationError(
            Errors.tr("kind must be one of {kinds}, not {kind}").format(
                kinds=", ".join(KINDS), kind=repr(request.kind)
            )
        )
    if request.person is not None and request.kind != "delegate":
        raise ValidationError(Errors.tr("a person can only be given for --kind delegate"))
    if request.site is not None and request.kind != "host":
        raise ValidationError(Errors.tr("a site can only be given for --kind host"))
    names = {n for _, n, _, _ in string.Formatter().parse(request.calendar) if n is not None}
    if names - {"stem", "key"}:
        raise ValidationError(
            Errors.tr(
                "calendar value {calendar}: only {{stem}} and {{key}} can be filled in"
            ).format(calendar=repr(request.calendar))
        )


def _file(output: Path, stem: str) -> Path:
    """``output`` itself, or ``stem``.pdf inside it when it is an existing folder."""
    return output / f"{stem}.pdf" if output.is_dir() else output


def plan(snapshot: TourSnapshot, request: PdfRequest) -> PdfPlan:
    """Decide the files of ``request`` and their content hashes (nothing is built).

    Raises TourplannerError for a tour without items, an unknown person or site, an
    output folder that is a file, or a person who attends nothing.
    """
    _check(request)
    require_items(snapshot)
    index = TourIndex(snapshot)
    options = request.options
    output = Path(request.output)
    targets: list[tuple[int | None, Path, str]] = []  # target, file, calendar
    slug = safe_stem(snapshot.tour.slug, "tour")
    if request.kind in ("booklet", "runsheet"):
        targets.append((None, _file(output, f"{slug}-{request.kind}"), ""))
    elif request.kind == "delegate":
        # The same stem as the person's calendar file, so the QR code names that file.
        stems = {
            k: v.removesuffix(".ics") for k, v in people_file_names(snapshot.participants).items()
        }
        by_key = {p.key: p for p in snapshot.participants}
        if request.person is not None:
            person = by_key.get(request.person)
            if person is None:
                raise NotFoundError(
                    Errors.tr("no participant {person} in {slug}").format(
                        person=repr(request.person), slug=snapshot.tour.slug
                    )
                )
            stem = stems[person.key]
            targets.append(
                (person.id, _file(output, stem), _calendar(request, snapshot, stem, person))
            )
        else:
            _folder(output)
            people = [p for p in index.delegates if index.programme_of(p.id)]
            if not people:
                raise TourplannerError(
                    Errors.tr("no delegate of {slug} attends any item").format(
                        slug=snapshot.tour.slug
                    )
                )
            for p in people:
                stem = stems[p.key]
                targets.append(
                    (p.id, output / f"{stem}.pdf", _calendar(request, snapshot, stem, p))
                )
    else:
        stems = site_stems(snapshot)
        if request.site is not None:
            site = next((s for s in snapshot.sites if s.key == request.site), None)
            if site is None:
                raise NotFoundError(
                    Errors.tr("no site {site} in {slug}").format(
                        site=repr(request.site), slug=snapshot.tour.slug
                    )
                )
            targets.append((site.id, _file(output, stems[site.key]), site_page(snapshot, site)))
        else:
            _folder(output)
            for site in index.host_sites():
                targets.append(
                    (site.id, output / f"{stems[site.key]}.pdf", site_page(snapshot, site))
                )
    every = [facts_for(index, request.kind, target, calendar) for target, _, calendar in targets]
    if request.maps is not None:
        # Fetched here, before the batch: the PDF layer only draws what it is given.
        days = [
            (d.stops, d.route)
            for f in every
            if isinstance(f, DelegateFacts | BookletFacts)
            for d in f.programme.days
        ]
        made = request.maps.day_maps(days, road_lines(snapshot))
        options = dataclasses.replace(options, maps=made)
    jobs = []
    for (target, path, calendar), facts in zip(targets, every, strict=True):
        plain = content_hash(facts, request.options, index.memo)
        digest = with_maps(plain, facts, options)
        jobs.append(PdfJob(request.kind, target, path, calendar, digest, plan_digest=plain))
    return PdfPlan(snapshot, index, tuple(jobs), request.batch, options)


def _calendar(request: PdfRequest, snapshot: TourSnapshot, stem: str, person: Participant) -> str:
    """What the person's QR code holds: the value asked for, else their page (or none)."""
    if request.calendar:
        return request.calendar.format(stem=stem, key=person.key)
    return person_page(snapshot, person)


def _folder(output: Path) -> None:
    if output.exists() and not output.is_dir():
        raise TourplannerError(
            Errors.tr("{output} is a file; give a folder for one PDF per person or site").format(
                output=output
            )
        )


def write_pdfs(
    snapshot: TourSnapshot,
    request: PdfRequest,
    *,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
    cancel: threading.Event | None = None,
) -> BatchResult:
    """Write the files of ``request`` that are missing or whose content changed."""
    planned = plan(snapshot, request)
    return run_jobs(
        snapshot,
        planned.jobs,
        planned.options,
        index=planned.index,
        progress=progress,
        workers=workers,
        cancel=cancel,
    )


def export_pdfs(
    db: Database,
    tour: str,
    request: PdfRequest,
    *,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
    cancel: threading.Event | None = None,
) -> BatchResult:
    """``write_pdfs`` for the tour with slug ``tour`` (read in one short session), each
    document stamped with its version, which is bumped where its content changed
    (``issue_jobs``)."""
    snapshot = load_snapshot(db, tour)
    planned = plan(snapshot, request)
    jobs = issue_jobs(db, snapshot, planned.index, planned.jobs)
    return run_jobs(
        snapshot,
        jobs,
        planned.options,
        index=planned.index,
        progress=progress,
        workers=workers,
        cancel=cancel,
    )


# -- Versions of PDF documents: which version each recipient's document is, when it was
# issued, and which of its items changed since the previous version.
#
# Every path that hands a PDF to someone (export one or a folder, ``pdf_batch`` jobs,
# send, publish) calls ``issue_documents`` (or ``issue_jobs`` for batch jobs) once
# before rendering. A document is one kind (delegate, booklet, host, runsheet) for one
# recipient (a participant's or site's key; "" for the booklet and run sheet).
#
# "Content" is the document's content hash: the digest of its facts and options
# (``export.pdf.content_hash``), which the issue stamp never feeds. While the hash stays
# the same the version and issue date stay too, so an unchanged tour exports to the same
# bytes. A new hash makes the next version, issued now, and records which items' digests
# differ from the previous version's (``export.pdf.item_digests``): those carry a change
# mark and are listed on page 1.


@dataclass(frozen=True)
class Document:
    """One document about to be handed out: its kind, recipient, content hash, and how
    to get its facts (asked for only when its version changes: an unchanged rerun of a
    large batch then costs one query, not every document's facts again)."""

    kind: str
    recipient: str
    content_hash: str
    facts: Callable[[], Facts]


def recipient_key(snapshot: TourSnapshot, kind: str, target: int | None) -> str:
    """Whose document it is: the participant's key (delegate), the site's key (host),
    "" for the booklet and run sheet."""
    if kind == "delegate" and target is not None:
        return snapshot.participants_by_id[target].key
    if kind == "host" and target is not None:
        return snapshot.sites_by_id[target].key
    return ""


def issue_documents(
    db: Database,
    snapshot: TourSnapshot,
    documents: Sequence[Document],
    *,
    now: datetime | None = None,
) -> list[Issue]:
    """The issue of each document, bumping the version of those whose content changed
    (one transaction). Dates are shown in the tour's time zone, to the minute."""
    zone = ZoneInfo(snapshot.tour.timezone)
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(second=0, microsecond=0)
    tour_id = snapshot.tour.id
    kinds = {d.kind for d in documents}
    issues: list[Issue] = []
    memo: dict[int, tuple[object, str]] = {}  # documents share entries: each digested once
    with transaction(db) as session:
        # Each row's item digests (every item of a programme) are read only for the
        # documents that changed, when _next_version asks for them: a republish after
        # one change would otherwise load and parse them for every document.
        rows = {
            (r.kind, r.recipient): r
            for r in session.scalars(
                select(orm.DocumentVersion)
                .options(defer(orm.DocumentVersion.items))
                .where(
                    orm.DocumentVersion.tour_id == tour_id,
                    orm.DocumentVersion.kind.in_(sorted(kinds)),
                )
            )
        }
        for doc in documents:
            row = rows.get((doc.kind, doc.recipient))
            if row is None or row.content_hash != doc.content_hash:
                items = item_digests(doc.facts(), memo)
                row = _next_version(session, row, tour_id, doc, items, moment)
                rows[doc.kind, doc.recipient] = row
            issues.append(_issue(row, zone))
    return issues


def _next_version(
    session: Session,
    row: orm.DocumentVersion | None,
    tour_id: int,
    doc: Document,
    items: dict[str, ItemDigest],
    moment: datetime,
) -> orm.DocumentVersion:
    stored = {k: [v.digest, v.title, v.local_title] for k, v in items.items()}
    if row is None:
        row = orm.DocumentVersion(
            tour_id=tour_id,
            kind=doc.kind,
            recipient=doc.recipient,
            version=1,
            content_hash=doc.content_hash,
            issued_at=moment,
            items=stored,
            changed=[],
        )
        session.add(row)
        return row
    before: dict[str, list[str]] = row.items or {}
    changed: list[list[str]] = []  # key, title, start ("" when removed), Chinese title
    for key, item in items.items():
        if _digest(before.get(key)) != item.digest:
            changed.append([key, item.title, item.start.isoformat(), item.local_title])
    for key, old in sorted(before.items()):
        if key not in items:
            changed.append([key, _title(key, old), "", _local_title(old)])
    row.version += 1
    row.content_hash = doc.content_hash
    row.issued_at = moment
    row.items = stored
    row.changed = changed
    return row


def _digest(stored: object) -> str | None:
    """An item's stored digest (rows keep ``[digest, title, Chinese title]``)."""
    if isinstance(stored, list):
        return str(stored[0])
    return str(stored) if stored is not None else None


def _title(key: str, stored: object) -> str:
    if isinstance(stored, list) and len(stored) > 1:
        return str(stored[1])
    return key.split(" ", 1)[-1]  # the key is "YYYY-MM-DD title"


def _local_title(stored: object) -> str:
    return str(stored[2]) if isinstance(stored, list) and len(stored) > 2 else ""


def _issue(row: orm.DocumentVersion, zone: ZoneInfo) -> Issue:
    changed = tuple(
        ChangedItem(key, title, datetime.fromisoformat(start) if start else None, not start, local)
        for key, title, start, local in row.changed or []
    )
    issued = row.issued_at.astimezone(zone)
    return Issue(issued, row.version, changed, frozenset(c.key for c in changed if not c.removed))


def issue_jobs(
    db: Database,
    snapshot: TourSnapshot,
    index: TourIndex,
    jobs: Sequence[PdfJob],
    *,
    now: datetime | None = None,
) -> tuple[PdfJob, ...]:
    """``jobs`` with their issues (see ``issue_documents``); ``now``: when they are
    issued (default: now), the same for jobs issued in several calls."""
    documents = [
        Document(
            j.kind,
            recipient_key(snapshot, j.kind, j.target),
            j.plan_digest or j.digest,  # the same version whether or not maps are drawn
            partial(facts_for, index, j.kind, j.target, j.calendar),
        )
        for j in jobs
    ]
    issues = issue_documents(db, snapshot, documents, now=now)
    return tuple(dataclasses.replace(j, issue=i) for j, i in zip(jobs, issues, strict=True))


def issue_of(
    db: Database,
    snapshot: TourSnapshot,
    kind: str,
    target: int | None,
    facts: Facts,
    options: PdfOptions,
) -> Issue:
    """The issue of one document (for send, which renders one at a time)."""
    key = recipient_key(snapshot, kind, target)
    doc = Document(kind, key, content_hash(facts, options), lambda: facts)
    return issue_documents(db, snapshot, [doc])[0]
