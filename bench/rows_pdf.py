"""Benchmark rows for PDF briefings: every delegate's briefing of the large tour on two
processes, how that compares with one process, and a rerun that has nothing to do.

Each day's map is drawn from tiles, as for a user with a tile source: a tile server on
loopback (the one the tests use; never the public one) and a tile cache that is warm, as
a real user's is after their first batch. Each build makes its maps afresh (a new
``MapMaker``, as a new command would), from that cache."""

from __future__ import annotations

import io
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.harness import Context, Measure, fresh, need, row

BRIEFINGS = "tourplanner.services.briefings"
WORKERS = 2
RATIO_EVERY = 3  # the one-versus-two-processes rows build every third delegate's briefing


def _folder(ctx: Context) -> Path:
    """A scratch folder for this run (removed at exit)."""

    def make() -> Path:
        path = Path(tempfile.mkdtemp(prefix="tp-bench-pdf-"))
        import atexit

        atexit.register(shutil.rmtree, path, True)
        return path

    return ctx.memo("pdf-folder", make)


def _tiles(ctx: Context) -> tuple[str, Path]:
    """A tile cache made warm with every map of the large tour's briefings by a tile
    server on loopback: (the server's URL template, the cache). The server is stopped
    again: the cached tiles are fresh for a day, so the builds ask it nothing, and a
    thread left running would make the batch start its workers by spawn, not fork."""

    def warm() -> tuple[str, Path]:
        cache = _folder(ctx) / "tiles"
        with need("tests.fakes.tiles", "FakeTiles")() as server:
            request = need(BRIEFINGS).PdfRequest(
                "delegate", _folder(ctx) / "warm", maps=_maps(server.template, cache)
            )
            need(BRIEFINGS).plan(ctx.tour("large").snapshot, request)  # every tile once
            return server.template, cache

    return ctx.memo("pdf-tiles", warm)


def _maps(template: str, cache: Path) -> Any:
    maps = need("tourplanner.services.maps")
    source = need("tourplanner.core.tilemap", "TileSource")(template, "© bench tiles")
    return maps.MapMaker(maps.tile_fetcher(source, cache_dir=cache))


def _write(
    ctx: Context, snapshot: Any, folder: Path, workers: int, ids: set[int] | None = None
) -> Any:
    """Write the delegate briefings of ``snapshot`` (of ``ids`` only, if given) into
    ``folder``, each day's map from the warm tile cache."""
    briefings = need(BRIEFINGS)
    request = briefings.PdfRequest("delegate", folder, maps=_maps(*_tiles(ctx)))
    if ids is None:
        return briefings.write_pdfs(snapshot, request, workers=workers)
    pdf_batch = need("tourplanner.services.pdf_batch")
    planned = briefings.plan(snapshot, request)
    jobs = [j for j in planned.jobs if j.target in ids]
    return pdf_batch.run_jobs(snapshot, jobs, planned.options, index=planned.index, workers=workers)


def _cpu_seconds() -> float:
    """User and system time of this process and of its finished children so far."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _pages(folder: Path) -> tuple[int, float, int]:
    """Fewest and mean pages per PDF in ``folder``, and the total size in bytes."""
    reader = need("pypdf", "PdfReader")
    counts, size = [], 0
    for path in sorted(folder.glob("*.pdf")):
        data = path.read_bytes()
        size += len(data)
        counts.append(len(reader(io.BytesIO(data)).pages))
    return min(counts), sum(counts) / len(counts), size


def _map_count(folder: Path) -> str:
    """How many tile maps the first briefing of ``folder`` carries (its images as wide
    as a map picture; QR codes are images too)."""
    import subprocess

    first = min(folder.glob("*.pdf"))
    listed = subprocess.run(
        ["pdfimages", "-list", str(first)], capture_output=True, text=True, check=False
    ).stdout
    width = need("tourplanner.services.maps", "MapMaker")(None).width
    maps = [line for line in listed.splitlines()[2:] if line.split()[3:4] == [str(width)]]
    return f"{len(maps)} tile maps in the first"


def _full_build(ctx: Context) -> Measure:
    """All delegate briefings into an empty folder, on two processes (memoised)."""

    def measure() -> Measure:
        snap = ctx.tour("large").snapshot
        folder = _folder(ctx) / "all"
        _tiles(ctx)  # started and warm before the clock runs
        samples = []
        for _ in range(ctx.repeat(1)):
            shutil.rmtree(folder, ignore_errors=True)
            cpu = _cpu_seconds()
            started = time.perf_counter()
            result = _write(ctx, fresh(snap), folder, WORKERS)
            samples.append(time.perf_counter() - started)
            cpu = _cpu_seconds() - cpu
        fewest, mean, size = _pages(folder)
        maps = _map_count(folder)
        # On a shared machine the wall time depends on the neighbours; the CPU time does
        # not, and divided by the processes it is what an idle machine would take.
        note = (
            f"{ctx.size_name('large')}: {len(result.built)} briefings, {fewest}–{mean:.0f} "
            f"pages each (fewest–mean), {size / 1e6:.0f} MB, {maps}, {WORKERS} processes; "
            f"CPU {cpu:.1f} s in all ({cpu / WORKERS:.1f} s per process)"
        )
        return Measure(min(samples), note, tuple(samples))

    return ctx.memo("pdf-full", measure)


@row("pdf: every delegate briefing, large (2 processes)", target=30.0)
def every_delegate(ctx: Context) -> Measure:
    return _full_build(ctx)


def _subset_seconds(ctx: Context, workers: int) -> float:
    snap = ctx.tour("large").snapshot
    delegates = sorted((p for p in snap.participants if p.role.value == "delegate"),
                       key=lambda p: p.key)  # fmt: skip
    ids = {p.id for p in delegates[::RATIO_EVERY]}
    folder = _folder(ctx) / f"subset-{workers}"
    _tiles(ctx)
    best = float("inf")
    for _ in range(ctx.repeat(1)):
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        _write(ctx, fresh(snap), folder, workers, ids)
        best = min(best, time.perf_counter() - started)
    return best


@row("pdf: 2-process time / 1-process time, large", target=1 / 1.6, unit="ratio")
def two_versus_one(ctx: Context) -> Measure:
    """Aggregate throughput: the same briefings (every third delegate's) on one process
    and on two; at most 1/1.6 means two processes are at least 1.6 times as fast."""
    one = _subset_seconds(ctx, 1)
    two = _subset_seconds(ctx, WORKERS)
    return Measure(
        two / one,
        f"speed-up {one / two:.2f}× ({one:.1f} s on 1 process, {two:.1f} s on {WORKERS})",
    )


@row("pdf: rerun with nothing changed, large", target=2.0)
def rerun(ctx: Context) -> Measure:
    """Plan again against the folder the full build wrote: every hash matches, so nothing
    is built (the row says so, or FAILS in its note)."""
    _full_build(ctx)
    snap = ctx.tour("large").snapshot
    folder = _folder(ctx) / "all"
    built: list[int] = []

    def again(s: Any) -> None:
        built.append(len(_write(ctx, s, folder, WORKERS).built))

    measured = ctx.time(again, lambda: fresh(snap), repeat=5)
    files = len(list(folder.glob("*.pdf")))
    state = "built 0" if not any(built) else f"BUILT {max(built)} (expected 0)"
    return Measure(measured.value, f"{state} of {files} files", measured.samples)
