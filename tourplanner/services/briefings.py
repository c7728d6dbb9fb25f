"""PDF briefings of a stored tour: delegate briefings, the booklet, host briefings and
the run sheet, one file or a folder full.

``plan`` decides which files to write and what each must contain (its content hash);
``write_pdfs`` writes those that are missing or out of date (see ``pdf_batch``);
``export_pdfs`` does both for a tour in the database, stamping each document with its
version (``document_versions``; ``write_pdfs`` alone writes unstamped files). File
names come from people's and sites' names, made safe and unique (``export.pdf.naming``).
"""

from __future__ import annotations

import string
import threading
from dataclasses import dataclass, field
from pathlib import Path

from tourplanner.core.errors import NotFoundError, TourplannerError, ValidationError
from tourplanner.core.links import person_page, site_page
from tourplanner.core.model import Participant, TourSnapshot
from tourplanner.export.pdf import (
    KINDS,
    LANGUAGES,
    PAPERS,
    PdfOptions,
    TourIndex,
    content_hash,
    require_items,
    safe_stem,
    site_stems,
)
from tourplanner.services.calendars import people_file_names
from tourplanner.services.database import Database
from tourplanner.services.document_versions import issue_jobs
from tourplanner.services.pdf_batch import (
    BatchResult,
    PdfJob,
    ProgressCallback,
    facts_for,
    run_jobs,
)
from tourplanner.services.tours import load_snapshot

DEFAULT_CALENDAR = ""  # the owner's page when the tour has a base URL, else no QR code

__all__ = [
    "DEFAULT_CALENDAR",
    "KINDS",
    "LANGUAGES",
    "PAPERS",
    "BatchResult",
    "PdfOptions",
    "PdfPlan",
    "PdfRequest",
    "export_pdfs",
    "plan",
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


def _check(request: PdfRequest) -> None:
    if request.kind not in KINDS:
        raise ValidationError(f"kind must be one of {', '.join(KINDS)}, not {request.kind!r}")
    if request.person is not None and request.kind != "delegate":
        raise ValidationError("a person can only be given for --kind delegate")
    if request.site is not None and request.kind != "host":
        raise ValidationError("a site can only be given for --kind host")
    names = {n for _, n, _, _ in string.Formatter().parse(request.calendar) if n is not None}
    if names - {"stem", "key"}:
        raise ValidationError(
            f"calendar value {request.calendar!r}: only {{stem}} and {{key}} can be filled in"
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
                raise NotFoundError(f"no participant {request.person!r} in {snapshot.tour.slug}")
            stem = stems[person.key]
            targets.append(
                (person.id, _file(output, stem), _calendar(request, snapshot, stem, person))
            )
        else:
            _folder(output)
            people = [p for p in index.delegates if index.programme_of(p.id)]
            if not people:
                raise TourplannerError(f"no delegate of {snapshot.tour.slug} attends any item")
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
                raise NotFoundError(f"no site {request.site!r} in {snapshot.tour.slug}")
            targets.append((site.id, _file(output, stems[site.key]), site_page(snapshot, site)))
        else:
            _folder(output)
            for site in index.host_sites():
                targets.append(
                    (site.id, output / f"{stems[site.key]}.pdf", site_page(snapshot, site))
                )
    jobs = []
    for target, path, calendar in targets:
        facts = facts_for(index, request.kind, target, calendar)
        digest = content_hash(facts, options, index.memo)
        jobs.append(PdfJob(request.kind, target, path, calendar, digest))
    return PdfPlan(snapshot, index, tuple(jobs), request.batch)


def _calendar(request: PdfRequest, snapshot: TourSnapshot, stem: str, person: Participant) -> str:
    """What the person's QR code holds: the value asked for, else their page (or none)."""
    if request.calendar:
        return request.calendar.format(stem=stem, key=person.key)
    return person_page(snapshot, person)


def _folder(output: Path) -> None:
    if output.exists() and not output.is_dir():
        raise TourplannerError(f"{output} is a file; give a folder for one PDF per person or site")


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
        request.options,
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
    (``document_versions``)."""
    snapshot = load_snapshot(db, tour)
    planned = plan(snapshot, request)
    jobs = issue_jobs(db, snapshot, planned.index, planned.jobs)
    return run_jobs(
        snapshot,
        jobs,
        request.options,
        index=planned.index,
        progress=progress,
        workers=workers,
        cancel=cancel,
    )
