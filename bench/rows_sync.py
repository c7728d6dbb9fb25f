"""Benchmark rows for CalDAV sync: every host's calendar of the large tour (one calendar per
site) put into a local Radicale server, first with every event new, then again with no
change at all, which must send no write.

The server is the tests' Radicale fixture (``tests.servers.radicale``), run as a child
process on 127.0.0.1 with its storage in a temporary folder; the tour is inserted into a
temporary SQLite file. Writes are counted twice: by the client, and from the server's own
request log.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.generate import insert_into
from bench.harness import Context, Measure, need, row

SYNC = "tourplanner.services.sync"


@dataclass(frozen=True)
class SyncRun:
    seconds: float
    events: int  # created + updated + deleted + unchanged, over every calendar
    created: int
    client_writes: int
    server_writes: int
    requests: int  # every request of the session, discovery included


@dataclass(frozen=True)
class SyncBench:
    calendars: int
    items: int
    first: SyncRun
    again: tuple[SyncRun, ...]  # the no-change runs


def _sync_all(db: Any, slug: str, account: Any, server: Any) -> SyncRun:
    sync_site_calendars = need(SYNC, "sync_site_calendars")
    mark = server.mark()
    seen: list[Any] = []
    started = time.perf_counter()
    reports = sync_site_calendars(db, slug, account, observer=seen.append, allow_errors=True)
    seconds = time.perf_counter() - started
    return SyncRun(
        seconds=seconds,
        events=sum(r.changes + r.unchanged for r in reports),
        created=sum(r.created for r in reports),
        client_writes=sum(r.writes for r in reports),
        server_writes=len(server.writes(since=mark)),
        requests=len(seen),
    )


def _bench(ctx: Context) -> SyncBench:
    """Both runs, once per bench run (the first one takes a while: a PUT per item)."""

    def measure() -> SyncBench:
        need("radicale")
        server_cls = need("tests.servers.radicale", "RadicaleServer")
        account_cls = need(SYNC, "CalendarAccount")
        open_database = need("tourplanner.services.database", "open_database")
        snap = ctx.tour("large").snapshot
        used = {it.site_id for it in snap.items if it.site_id is not None}
        sites = [s for s in snap.sites if s.id in used]
        with tempfile.TemporaryDirectory(prefix="tp-bench-sync-") as folder:
            db = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
            try:
                slug = insert_into(db, snap)
                with server_cls(Path(folder) / "radicale") as server:
                    account = account_cls(server.url, server.user, server.password, timeout=60)
                    first = _sync_all(db, slug, account, server)
                    again = tuple(
                        _sync_all(db, slug, account, server) for _ in range(ctx.repeat(3))
                    )
            finally:
                db.dispose()
        for run in again:
            if run.client_writes or run.server_writes:
                raise AssertionError(
                    f"a sync with no changes sent writes: {run.client_writes} counted by the "
                    f"client, {run.server_writes} logged by the server"
                )
        items = sum(1 for it in snap.items if it.site_id in used)
        return SyncBench(len(sites), items, first, again)

    return ctx.memo("sync-hosts", measure)


@row("sync: every host's CalDAV calendar, large, all new")
def all_new(ctx: Context) -> Measure:
    """One calendar per site, every event created (MKCALENDAR, then a PUT per event),
    with ``sync_site_calendars``: the tour read once, one session for every calendar."""
    b = _bench(ctx)
    run = b.first
    note = (
        f"{ctx.size_name('large')}: {b.calendars} calendars, {run.created:,} events created "
        f"with {run.server_writes:,} writes logged by Radicale "
        f"({run.seconds / max(run.created, 1) * 1000:.1f} ms per event, one run)"
    )
    return Measure(run.seconds, note, (run.seconds,))


@row("sync: every host's CalDAV calendar, large, no changes", target=10.0)
def no_changes(ctx: Context) -> Measure:
    """The same sync again with nothing changed: a listing per calendar and no write."""
    b = _bench(ctx)
    samples = tuple(run.seconds for run in b.again)
    median = sorted(samples)[len(samples) // 2]
    writes = max(max(r.client_writes, r.server_writes) for r in b.again)
    note = (
        f"{b.calendars} calendars, {b.again[0].events:,} events unchanged: {writes} writes "
        f"(must be 0; client and server log agree), {b.again[0].requests:,} read requests "
        "(discovery, then one listing per calendar)"
    )
    return Measure(median, note, samples)
