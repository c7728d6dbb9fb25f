"""Benchmark rows for phone pages: the largest page of the large tour (its size against the
150 KB budget), and the first render of that page in headless Chromium at 390×844.

The render row drives Debian's chromium with Playwright (never a downloaded browser) and
serves the page from a static server on 127.0.0.1, as a web server would. "First render"
is the page's first contentful paint, read from the browser's own Performance timeline,
in a new browser context each time (nothing cached, no service worker yet).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.harness import Context, Measure, NotAvailable, need, row

PHONE = "tourplanner.export.phone"
BUDGET = 150 * 1024  # bytes: the largest index.html of "large" must stay under this
UPDATED = datetime(2025, 5, 1, tzinfo=UTC)


def _largest(ctx: Context) -> tuple[str, dict[str, bytes], int]:
    """The key and files of the largest person page of the large tour, and how many pages
    there are (memoised: both rows use it)."""

    def build() -> tuple[str, dict[str, bytes], int]:
        phone = need(PHONE)
        snap = ctx.tour("large").snapshot
        facts = phone.PageFacts(snap)
        page_ctx = phone.PageContext(updated_at=UPDATED)
        best: tuple[int, str, dict[str, bytes]] = (-1, "", {})
        for p in snap.participants:
            files = phone.person_files(snap, p.key, page_ctx, facts=facts)
            size = len(files["index.html"])
            if size > best[0]:
                best = (size, p.key, files)
        return best[1], best[2], len(snap.participants)

    return ctx.memo("phone-largest", build)


@row("phone page: largest page in large / 150 KB", target=1.0, unit="ratio")
def largest_page(ctx: Context) -> Measure:
    """The largest index.html of every participant's page, over the 150 KB budget."""
    key, files, count = _largest(ctx)
    size = len(files["index.html"])
    note = (
        f"{ctx.size_name('large')}: largest of {count} pages is {key}'s, "
        f"{size / 1024:.1f} KB of {BUDGET // 1024} KB"
    )
    return Measure(size / BUDGET, note)


@row("phone page: first render in headless Chromium, 390×844", target=0.300)
def first_render(ctx: Context) -> Measure:
    """Median first contentful paint of the largest page, each run in a fresh context."""
    chromium = need("tests.servers.chromium")
    reason = chromium.missing()
    if reason:
        raise NotAvailable(reason)
    sync_playwright = need("playwright.sync_api", "sync_playwright")
    static = need("tests.servers.static", "StaticServer")
    key, files, _count = _largest(ctx)
    root = Path(tempfile.mkdtemp(prefix="tp-bench-phone-"))
    try:
        folder = root / "page"
        folder.mkdir()
        for name, data in files.items():
            (folder / name).write_bytes(data)
        samples: list[float] = []
        with static(root) as server, sync_playwright() as pw:
            browser = chromium.launch(pw)
            try:
                for n in range(ctx.repeat(9) + 1):  # the first run warms the browser up
                    paint = _paint_ms(browser, server.url + "page/")
                    if n:
                        samples.append(paint / 1000)
            finally:
                browser.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    size = len(files["index.html"]) / 1024
    note = f"{ctx.size_name('large')}: {key}'s page ({size:.0f} KB), first contentful paint"
    return Measure(statistics.median(samples), note, tuple(samples))


def _paint_ms(browser: Any, url: str) -> float:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        return float(
            page.evaluate(
                "() => new Promise(resolve => {"
                " const hit = () => performance.getEntriesByName('first-contentful-paint')[0];"
                " const wait = () => hit() ? resolve(hit().startTime) : setTimeout(wait, 10);"
                " wait(); })"
            )
        )
    finally:
        context.close()
