"""Benchmark rows for publishing (issue 14): every participant's and host site's folder
of the large tour written to an empty folder, PDFs included; a republish after one item
changes; and the size of the largest phone page.

The tour is inserted into a temporary SQLite file and published with the service, as
``tourplanner publish`` does (two processes for the PDFs). The rows need the phone-page
renderer (``tourplanner.export.phone``); without it they show "n/a".
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from bench.generate import insert_into
from bench.harness import Context, Measure, need, row

PUBLISH = "tourplanner.services.publish"
WORKERS = 2
BASE = "https://tour.example.org/p/"
PAGE_LIMIT = 150 * 1024


@dataclass(frozen=True)
class PublishBench:
    first: float
    again: float
    folders: int
    files: int
    megabytes: float
    changed: int  # folders the one change rewrote
    written: int  # files the one change wrote
    largest_page: int  # bytes of the largest index.html
    largest_owner: str


def _bench(ctx: Context) -> PublishBench:
    """Both runs, once per bench run."""

    def measure() -> PublishBench:
        need("tourplanner.export.phone")
        publish = need(PUBLISH, "publish")
        request_cls = need(PUBLISH, "PublishRequest")
        open_database = need("tourplanner.services.database", "open_database")
        items = need("tourplanner.services.items")
        tours = need("tourplanner.services.tours")
        snap = ctx.tour("large").snapshot
        folder = Path(tempfile.mkdtemp(prefix="tp-bench-publish-"))
        try:
            db = open_database(f"sqlite:///{folder / 'bench.db'}")
            try:
                slug = insert_into(db, snap)
                out = folder / "site"
                request = request_cls(
                    slug, target=str(out), base_url=BASE, allow_errors=True, workers=WORKERS
                )
                started = time.perf_counter()
                first = publish(db, request)
                first_seconds = time.perf_counter() - started
                files = [p for p in out.rglob("*") if p.is_file()]
                size = sum(p.stat().st_size for p in files)
                pages = sorted(out.glob("*/index.html"), key=lambda p: p.stat().st_size)
                largest = pages[-1]
                largest_size = largest.stat().st_size
                owners = {f.url.rstrip("/").rsplit("/", 1)[-1]: f.owner for f in first.folders}
                # One item of a small group moves by 30 minutes.
                stored = tours.load_snapshot(db, slug)
                item = min(
                    (it for it in stored.items if stored.attendee_ids(it)),
                    key=lambda it: (len(stored.attendee_ids(it)), it.uid),
                )
                items.update_item(
                    db,
                    item.id,
                    item.version,
                    starts_at=item.starts_at + timedelta(minutes=30),
                    ends_at=item.ends_at + timedelta(minutes=30),
                )
                started = time.perf_counter()
                again = publish(db, request)
                again_seconds = time.perf_counter() - started
            finally:
                db.dispose()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return PublishBench(
            first=first_seconds,
            again=again_seconds,
            folders=len(first.folders),
            files=len(files),
            megabytes=size / 1e6,
            changed=again.count("changed"),
            written=again.files_written,
            largest_page=largest_size,
            largest_owner=owners.get(largest.parent.name, largest.parent.name[:6] + "…"),
        )

    return ctx.memo("publish", measure)


@row("publish: every participant and host site, large, to a folder (PDFs incl.)", target=60.0)
def first_publication(ctx: Context) -> Measure:
    b = _bench(ctx)
    note = (
        f"{ctx.size_name('large')}: {b.folders} folders, {b.files} files, "
        f"{b.megabytes:.0f} MB, PDFs on {WORKERS} processes"
    )
    return Measure(b.first, note, (b.first,))


@row("publish: republish after one item changes, large", target=5.0)
def republish_one_change(ctx: Context) -> Measure:
    b = _bench(ctx)
    note = f"{b.written} files written in {b.changed} changed folders"
    return Measure(b.again, note, (b.again,))


@row("publish: largest phone page, large / 150 KB", target=1.0, unit="ratio")
def largest_page(ctx: Context) -> Measure:
    b = _bench(ctx)
    note = f"{b.largest_page / 1024:.0f} KB ({b.largest_owner})"
    return Measure(b.largest_page / PAGE_LIMIT, note)
