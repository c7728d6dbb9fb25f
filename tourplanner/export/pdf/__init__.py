"""PDF briefings from a tour snapshot: pure functions, snapshot in, bytes out.

Four documents: a delegate's own briefing, the delegation booklet, a host briefing per
site and the organisers' run sheet. Each is built in two steps: ``TourIndex`` turns the
snapshot into the document's facts (plain values, see ``facts``), then ``render`` lays
them out. ``content_hash`` of the facts and options is stored in the PDF's keywords, so
a caller can tell whether an existing file is current without building a new one.

    index = TourIndex(snapshot)
    facts = index.delegate(person_id, calendar="https://example.org/p/TOKEN/")
    data = render(facts, PdfOptions(paper="a4", lang="both"))
"""

from __future__ import annotations

import hashlib

from tourplanner.core.links import person_page, site_page
from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf.document import (
    HASH_KEYWORD,
    collector_held,
    read_content_hash,
    read_version,
)
from tourplanner.export.pdf.facts import (
    RENDERER_VERSION,
    BookletFacts,
    DelegateFacts,
    Facts,
    HostFacts,
    RunSheetFacts,
    digest,
    require_items,
)
from tourplanner.export.pdf.issue import ChangedItem, Issue, ItemDigest, issue_context, item_digests
from tourplanner.export.pdf.naming import safe_stem, unique_stems
from tourplanner.export.pdf.options import KINDS, LANGUAGES, PAPERS, PdfOptions
from tourplanner.export.pdf.tour_index import TourIndex


def content_hash(
    facts: Facts, options: PdfOptions, memo: dict[int, tuple[object, str]] | None = None
) -> str:
    """The hash a document with these facts and options records (hex SHA-256); pass
    ``TourIndex.memo`` when hashing many documents of one tour. With day maps, the
    digests of the maps the document draws are part of it (``with_maps``)."""
    return with_maps(digest(facts, options, memo), facts, options)


def with_maps(plain: str, facts: Facts, options: PdfOptions) -> str:
    """``plain`` (the hash of the facts and options) with the digests of the day maps the
    document draws; ``plain`` itself when it draws none. A document's version follows
    ``plain`` (the plan), its file ``with_maps`` (what is printed)."""
    programme = getattr(facts, "programme", None)
    if options.maps is None or programme is None:
        return plain
    used = options.maps.digest_of((d.stops, d.route) for d in programme.days)
    return hashlib.sha256(f"{plain}\nmaps {used}".encode()).hexdigest() if used else plain


def render(
    facts: Facts, options: PdfOptions, hash_: str | None = None, issue: Issue | None = None
) -> bytes:
    """Lay out a document; ``hash_`` is its content hash if already computed, ``issue``
    its version (stamped on every page; see ``issue``), None for an unstamped build."""
    from tourplanner.export.pdf.booklet import render_booklet
    from tourplanner.export.pdf.delegate import render_delegate
    from tourplanner.export.pdf.host import render_host
    from tourplanner.export.pdf.runsheet import render_runsheet

    value = hash_ or content_hash(facts, options)
    with collector_held(), issue_context(issue, value):
        if isinstance(facts, DelegateFacts):
            return render_delegate(facts, options, value)
        if isinstance(facts, BookletFacts):
            return render_booklet(facts, options, value)
        if isinstance(facts, HostFacts):
            return render_host(facts, options, value)
        return render_runsheet(facts, options, value)


def person_stems(snapshot: TourSnapshot) -> dict[str, str]:
    """File stems for every participant, by key (the calendar file is ``<stem>.ics``)."""
    return unique_stems((p.key, p.full_name) for p in snapshot.participants)


def site_stems(snapshot: TourSnapshot) -> dict[str, str]:
    """File stems for every site, by key."""
    return unique_stems((s.key, s.name) for s in snapshot.sites)


def build_delegate_briefing(
    snapshot: TourSnapshot,
    person_id: int,
    options: PdfOptions | None = None,
    calendar: str | None = None,
) -> bytes:
    """One person's briefing. ``calendar`` is what the QR code holds; by default their
    phone page's address, and no code at all when the tour has no base URL (a bare file
    name in a QR code opens nothing)."""
    require_items(snapshot)
    if calendar is None:
        calendar = person_page(snapshot, snapshot.participants_by_id[person_id])
    return render(TourIndex(snapshot).delegate(person_id, calendar), options or PdfOptions())


def build_booklet(snapshot: TourSnapshot, options: PdfOptions | None = None) -> bytes:
    """The delegation booklet: the whole programme."""
    require_items(snapshot)
    return render(TourIndex(snapshot).booklet(), options or PdfOptions())


def build_host_briefing(
    snapshot: TourSnapshot, site_id: int, options: PdfOptions | None = None
) -> bytes:
    """The briefing for the hosts of one site; its QR code opens the site's page (none
    when the tour has no base URL)."""
    require_items(snapshot)
    page = (
        site_page(snapshot, snapshot.sites_by_id[site_id])
        if site_id in snapshot.sites_by_id
        else ""
    )
    return render(TourIndex(snapshot).host(site_id, page), options or PdfOptions())


def build_runsheet(snapshot: TourSnapshot, options: PdfOptions | None = None) -> bytes:
    """The organisers' run sheet (landscape)."""
    require_items(snapshot)
    return render(TourIndex(snapshot).runsheet(), options or PdfOptions())


__all__ = [
    "HASH_KEYWORD",
    "KINDS",
    "LANGUAGES",
    "PAPERS",
    "RENDERER_VERSION",
    "BookletFacts",
    "ChangedItem",
    "DelegateFacts",
    "Facts",
    "HostFacts",
    "Issue",
    "ItemDigest",
    "PdfOptions",
    "RunSheetFacts",
    "TourIndex",
    "build_booklet",
    "build_delegate_briefing",
    "build_host_briefing",
    "build_runsheet",
    "content_hash",
    "item_digests",
    "person_stems",
    "read_content_hash",
    "read_version",
    "render",
    "require_items",
    "safe_stem",
    "site_stems",
    "unique_stems",
    "with_maps",
]
