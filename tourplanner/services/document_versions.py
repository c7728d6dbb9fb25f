"""Versions of PDF documents: which version each recipient's document is, when it was
issued, and which of its items changed since the previous version.

Every path that hands a PDF to someone (export one or a folder, ``pdf_batch`` jobs,
send, publish) calls ``issue_documents`` (or ``issue_jobs`` for batch jobs) once
before rendering. A document is one kind (delegate, booklet, host, runsheet) for one
recipient (a participant's or site's key; "" for the booklet and run sheet).

"Content" is the document's content hash: the digest of its facts and options
(``export.pdf.content_hash``), which the issue stamp never feeds. While the hash stays
the same the version and issue date stay too, so an unchanged tour exports to the same
bytes. A new hash makes the next version, issued now, and records which items' digests
differ from the previous version's (``export.pdf.item_digests``): those carry a change
mark and are listed on page 1.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import (
    ChangedItem,
    Facts,
    Issue,
    ItemDigest,
    PdfOptions,
    TourIndex,
    content_hash,
    item_digests,
)
from tourplanner.services.database import Database, transaction
from tourplanner.services.pdf_batch import PdfJob, facts_for
from tourplanner.store import models as orm

__all__ = ["Document", "issue_documents", "issue_jobs", "issue_of", "recipient_key"]


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
    with transaction(db) as session:
        rows = {
            (r.kind, r.recipient): r
            for r in session.scalars(
                select(orm.DocumentVersion).where(
                    orm.DocumentVersion.tour_id == tour_id,
                    orm.DocumentVersion.kind.in_(sorted(kinds)),
                )
            )
        }
        for doc in documents:
            row = rows.get((doc.kind, doc.recipient))
            if row is None or row.content_hash != doc.content_hash:
                items = item_digests(doc.facts())
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
    db: Database, snapshot: TourSnapshot, index: TourIndex, jobs: Sequence[PdfJob]
) -> tuple[PdfJob, ...]:
    """``jobs`` with their issues (see ``issue_documents``)."""
    documents = [
        Document(
            j.kind,
            recipient_key(snapshot, j.kind, j.target),
            j.digest,
            partial(facts_for, index, j.kind, j.target, j.calendar),
        )
        for j in jobs
    ]
    issues = issue_documents(db, snapshot, documents)
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
