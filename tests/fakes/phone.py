"""A small stand-in for ``tourplanner.export.phone`` (the phone-page renderer, built on
another branch) that keeps the contract in brief/phone-page-contract.md: deterministic
files from the snapshot, the key and the context; ``index.html`` shows the person's
items, the "Updated" time, the change lines and the calendar link.

``phone_renderer`` (a fixture) installs it only when the real package is missing, so
once the renderer is merged these tests run against the real one.
"""

from __future__ import annotations

import html
import importlib.util
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest

from tourplanner.core.model import TourSnapshot
from tourplanner.export.ics import Selection, selected_items


@dataclass(frozen=True)
class PageContext:
    updated_at: datetime
    changes: tuple[str, ...] = ()
    page_url: str | None = None


def _page(title: str, lines: list[str], ctx: PageContext) -> bytes:
    body = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    banner = "".join(f"<p class=change>{html.escape(c)}</p>" for c in ctx.changes)
    webcal = ""
    if ctx.page_url:
        webcal = f'<a href="webcal://{ctx.page_url.split("://", 1)[1]}calendar.ics">Subscribe</a>'
    text = (
        '<!doctype html><html lang="en"><meta name="robots" content="noindex">'
        f"<title>{html.escape(title)}</title>{banner}<ul>{body}</ul>"
        f'<a href="calendar.ics">Add to calendar</a>{webcal}<a href="briefing.pdf">Briefing</a>'
        f"<p>Updated {ctx.updated_at.isoformat()}</p></html>"
    )
    return text.encode("utf-8")


def _lines(snapshot: TourSnapshot, selection: Selection) -> list[str]:
    return [
        f"{it.starts_at.isoformat()} {it.title} {it.status.value}"
        for it in selected_items(snapshot, selection)
    ]


def person_files(snapshot: TourSnapshot, person_key: str, ctx: PageContext) -> dict[str, bytes]:
    person = next(p for p in snapshot.participants if p.key == person_key)
    page = _page(person.full_name, _lines(snapshot, Selection.person(person_key)), ctx)
    return {"index.html": page, "manifest.webmanifest": b'{"name":"tour"}', "sw.js": b"//sw"}


def site_files(snapshot: TourSnapshot, site_key: str, ctx: PageContext) -> dict[str, bytes]:
    site = next(s for s in snapshot.sites if s.key == site_key)
    page = _page(site.name, _lines(snapshot, Selection.site(site_key)), ctx)
    return {"index.html": page, "manifest.webmanifest": b'{"name":"site"}', "sw.js": b"//sw"}


def root_files() -> dict[str, bytes]:
    return {
        "index.html": b'<!doctype html><meta name="robots" content="noindex"><title></title>',
        "robots.txt": b"User-agent: *\nDisallow: /\n",
    }


@pytest.fixture(name="phone_renderer")
def phone_renderer_fixture() -> Iterator[types.ModuleType]:
    """The phone renderer: the real package when it exists, else this stand-in."""
    name = "tourplanner.export.phone"
    if importlib.util.find_spec(name) is not None:
        import tourplanner.export.phone as real

        yield real
        return
    fake = types.ModuleType(name)
    for attr in ("PageContext", "person_files", "site_files", "root_files"):
        setattr(fake, attr, globals()[attr])
    import tourplanner.export as export_package

    sys.modules[name] = fake
    export_package.phone = fake
    try:
        yield fake
    finally:
        sys.modules.pop(name, None)
        del export_package.phone
