"""Phone pages: one self-contained, bilingual page per participant and per host site.

Pure functions, snapshot in, bytes out (the contract with the publisher is in
docs and in ``PageContext``). Each folder holds ``index.html``, a web-app manifest,
a service worker and an icon; the publisher adds ``calendar.ics`` and ``briefing.pdf``,
which the page links relatively. The same snapshot, key and context give the same bytes.

    files = person_files(snapshot, "lin-xiaowen", PageContext(updated_at=when))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tourplanner.core.model import TourSnapshot
from tourplanner.export.phone.assets import ICON_SVG, SERVICE_WORKER, manifest
from tourplanner.export.phone.facts import Page, PageFacts
from tourplanner.export.phone.pages import person_page, site_page


@dataclass(frozen=True)
class PageContext:
    """What the page needs besides the tour itself."""

    updated_at: datetime  # aware (UTC); shown as "Updated <date time>"
    changes: tuple[str, ...] = ()  # what changed since the last publication; empty = no banner
    page_url: str | None = None  # public URL of this folder, or None (then no webcal link)


def _folder(page: Page, html: str) -> dict[str, bytes]:
    name = page.title.strip() or page.local_title.strip() or page.tour_name
    short = (page.local_title.strip() if page.lang != "en" else "") or name
    return {
        "index.html": html.encode("utf-8"),
        "manifest.webmanifest": manifest(f"{name} · {page.tour_name}", short[:24], page.lang),
        "sw.js": SERVICE_WORKER.encode("utf-8"),
        "icon.svg": ICON_SVG.encode("utf-8"),
    }


def _check(ctx: PageContext) -> None:
    if ctx.updated_at.tzinfo is None:
        raise ValueError("PageContext.updated_at must be an aware datetime")


def person_files(
    snapshot: TourSnapshot, person_key: str, ctx: PageContext, *, facts: PageFacts | None = None
) -> dict[str, bytes]:
    """The files of one participant's folder other than calendar.ics and briefing.pdf.
    ``facts`` (``PageFacts(snapshot)``) saves indexing the tour again for each person."""
    _check(ctx)
    page = (facts or PageFacts(snapshot)).person(person_key)
    return _folder(page, person_page(page, ctx.updated_at, ctx.changes, ctx.page_url))


def site_files(
    snapshot: TourSnapshot, site_key: str, ctx: PageContext, *, facts: PageFacts | None = None
) -> dict[str, bytes]:
    """The same for a host site's folder: its visits, the visitors by precedence with
    what the host must plan for, and links to its calendar.ics and briefing.pdf."""
    _check(ctx)
    page = (facts or PageFacts(snapshot)).site(site_key)
    return _folder(page, site_page(page, ctx.updated_at, ctx.changes, ctx.page_url))


ROOT_INDEX = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    '<meta name="robots" content="noindex, nofollow">\n<title></title>\n</head>\n'
    "<body></body>\n</html>\n"
)


def root_files() -> dict[str, bytes]:
    """The files at the base of the target: an empty, noindex "index.html" (so a web
    server lists no folders) and a "robots.txt" that disallows everything."""
    return {
        "index.html": ROOT_INDEX.encode("utf-8"),
        "robots.txt": b"User-agent: *\nDisallow: /\n",
    }


__all__ = ["PageContext", "PageFacts", "person_files", "root_files", "site_files"]
