"""Benchmark rows for hostile files: how soon the CLI refuses a 100,000-event calendar
and a 1 GiB .xlsx zip bomb.

Each timed run is a whole ``python main.py import ...`` in a process of its own, start-up
included, as the user waits for it; the note gives the command's peak memory (its
``ru_maxrss``), which the tests bound (tests/services/test_ics_bombs.py, test_zip_bombs.py).
The files are made here, the same every time (reliability/bombs.py).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from bench.harness import Context, Measure, need, row

EVENTS = 100_000
BOMB_BYTES = 1024**3


def _refusals(ctx: Context, kind: str, name: str, make: object) -> Measure:
    """Time the refusing CLI; every run must exit 2 with one line."""
    bombs = need("reliability.bombs")
    slug = need("tourplanner.services.tourfile", "SAMPLE_SLUG")
    with tempfile.TemporaryDirectory(prefix="tp-bench-hostile-") as tmp:
        folder = Path(tmp)
        db = folder / "tour.db"
        code, _peak, stderr = bombs.cli_measured(["--db", f"sqlite:///{db}", "sample"], folder)
        if code != 0:
            raise RuntimeError(f"the sample did not load: {stderr.strip()}")
        path = folder / name
        make(path)
        args = ["--db", f"sqlite:///{db}", "import", kind, slug, str(path)]
        if kind == "ics":
            args.append("--as-items")
        peaks: list[int] = []
        lines: list[str] = []

        def refuse(_: None) -> None:
            code, peak, stderr = bombs.cli_measured(args, folder)
            if code != 2 or len(stderr.strip().splitlines()) != 1:
                raise RuntimeError(f"expected exit 2 and one line, got {code}: {stderr[:300]}")
            peaks.append(peak)
            lines.append(stderr.strip())

        # Quick runs (the smoke test) start the CLI once: each start takes seconds.
        runs, warmup = (1, 0) if ctx.quick else (3, 1)
        measured = ctx.time(refuse, lambda: None, repeat=runs, warmup=warmup)
        size = path.stat().st_size
    note = f"{size / 1e6:.1f} MB file, peak memory {max(peaks)} MB: {lines[-1][:160]}"
    return replace(measured, note=note)


@row("import ics: refuse a 100,000-event .ics (CLI, start-up included)", target=5.0)
def refuse_huge_calendar(ctx: Context) -> Measure:
    """The events are counted on the bytes before icalendar parses anything."""
    bombs = need("reliability.bombs")
    return _refusals(ctx, "ics", "100k.ics", lambda p: bombs.write_events_ics(p, EVENTS))


@row("import people: refuse a 1 GiB .xlsx zip bomb (CLI, start-up included)", target=5.0)
def refuse_zip_bomb(ctx: Context) -> Measure:
    """A 1 MB workbook whose sheet inflates to 1 GiB, refused from its zip directory."""
    bombs = need("reliability.bombs")
    return _refusals(
        ctx, "people", "bomb.xlsx", lambda p: p.write_bytes(bombs.sheet_bomb(BOMB_BYTES))
    )
