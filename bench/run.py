"""Run the benchmarks: ``python -m bench.run [--only TEXT] [--repeat N] [--quick]``.

Prints one table (name, median, target, ok) to stdout, with the notes under it, and
rewrites ``bench/RESULTS.md`` with the machine, the date and the same table. A run with
``--quick`` (small tours, for the smoke test) or ``--only`` writes no file unless
``--output PATH`` asks for one. Exit status: 1 when a row failed to run, or (in a full
run) missed its target; 0 otherwise. Rows whose code does not exist yet show "n/a".

Rows live in ``bench/rows_*.py``, one module per capability; importing a module below
registers its rows (see ``bench.harness.row``).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench import (  # noqa: F401  (importing a rows module registers its rows)
    rows_calendars,
    rows_checks,
    rows_gui,
    rows_hostile,
    rows_install,
    rows_optimizer,
    rows_pdf,
    rows_phone,
    rows_protocol,
    rows_publish,
    rows_roads,
    rows_sheets,
    rows_sync,
)
from bench.harness import ROWS, Context, Measure, NotAvailable, Row

RESULTS = Path(__file__).with_name("RESULTS.md")


@dataclass(frozen=True)
class Result:
    """What running one row gave: its measure (None if it could not run) and status."""

    row: Row
    measure: Measure | None
    status: str  # ok, FAIL, -, n/a, error
    detail: str = ""

    @property
    def note(self) -> str:
        """The row's note with the spread of its runs."""
        if self.measure is None:
            return self.detail
        spread = ""
        if len(self.measure.samples) > 1:
            lo, hi = min(self.measure.samples), max(self.measure.samples)
            spread = f" [{len(self.measure.samples)} runs, {fmt_seconds(lo)}–{fmt_seconds(hi)}]"
        return f"{self.measure.note}{spread}".strip()


def fmt_seconds(value: float) -> str:
    """Seconds in the unit that reads best: s, ms or µs."""
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.001:
        return f"{value * 1000:.1f} ms"
    return f"{value * 1_000_000:.0f} µs"


def fmt_value(value: float, unit: str) -> str:
    """A row's value: a time, a size in MB, or a ratio such as 3.90×."""
    if unit == "MB":
        return f"{value:.1f} MB"
    return fmt_seconds(value) if unit == "s" else f"{value:.2f}×"


def run_row(r: Row, ctx: Context) -> Result:
    """Run one row; a missing module gives n/a and any other exception an error."""
    try:
        measure = r.func(ctx)
    except NotAvailable as e:
        return Result(r, None, "n/a", f"not available: {e}")
    except Exception as e:  # a broken row must not stop the others
        traceback.print_exc(file=sys.stderr)
        return Result(r, None, "error", f"{type(e).__name__}: {e}")
    if r.target is None:
        status = "-"
    elif ctx.quick:
        status = "(quick)"
    else:
        status = "ok" if measure.value <= r.target else "FAIL"
    return Result(r, measure, status)


def finish_module(module: str) -> None:
    """After a module's last row: its ``finish()``, if it has one, ends what its rows keep
    running (threads, an application), so later rows run in the process a user's
    command would have (a PDF batch forks only when no other thread runs)."""
    finish = getattr(sys.modules.get(module), "finish", None)
    if callable(finish):
        finish()


def table(results: list[Result], markdown: bool) -> list[str]:
    """The results as lines of one table: aligned text, or Markdown."""
    rows = [
        (
            res.row.name,
            fmt_value(res.measure.value, res.row.unit) if res.measure else "n/a",
            f"≤ {fmt_value(res.row.target, res.row.unit)}" if res.row.target is not None else "-",
            res.status,
        )
        for res in results
    ]
    head = ("name", "median", "target", "ok")
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "| --- | ---: | ---: | :---: |"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return lines
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(4)]

    def line(cells: tuple[str, ...]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs).rstrip()

    return [line(head), line(tuple("-" * w for w in widths)), *(line(r) for r in rows)]


def machine() -> dict[str, str]:
    """CPU model, cores, Python, OS and load of this machine, and the commit measured."""
    cpu = platform.processor() or platform.machine()
    try:
        for text in Path("/proc/cpuinfo").read_text().splitlines():
            if text.startswith("model name"):
                cpu = text.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    try:
        root = Path(__file__).resolve().parent.parent
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        commit += " (with uncommitted changes)" if dirty else ""
    except (OSError, subprocess.SubprocessError):
        commit = "unknown"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "CPU": cpu,
        "Cores": f"{cores} (usable by this process: {usable})",
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "OS": platform.platform(),
        "Load average (1, 5, 15 min) at the end": load,
        "Commit": commit,
    }


def results_markdown(results: list[Result], ctx: Context, started: datetime) -> str:
    """The text of RESULTS.md: how it was measured, the machine, the table, the notes."""
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m bench.run`); do not edit by hand. Each time is",
        "the median of several runs after a warm-up run; a ratio divides two such medians.",
        "The tours are the synthetic ones of `bench/generate.py` (`python -m bench.generate",
        "large` describes them).",
        "",
    ]
    if ctx.quick:
        lines += ["**Quick run: small tours, targets not judged.**", ""]
    lines.append(f"- Date: {started:%Y-%m-%d %H:%M} UTC")
    lines += [f"- {k}: {v}" for k, v in machine().items()]
    lines += ["", *table(results, markdown=True), "", "## Notes", ""]
    lines += [f"- **{res.row.name}**: {res.note}" for res in results if res.note]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the registered rows and report them; see the module docstring."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--only", metavar="TEXT", help="rows whose name contains TEXT")
    parser.add_argument("--repeat", type=int, metavar="N", help="timed runs per row")
    parser.add_argument("--quick", action="store_true", help="small tours, few runs")
    parser.add_argument("--output", type=Path, metavar="PATH", help="write the results here")
    parser.add_argument("--list", action="store_true", help="list the rows and stop")
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")
    rows = [r for r in ROWS if not args.only or args.only.lower() in r.name.lower()]
    if args.list:
        for r in rows:
            print(f"{r.name}  ({r.module})")
        return 0
    if not rows:
        parser.error(f"no row matches {args.only!r}")
    ctx = Context(quick=args.quick, repeat_override=args.repeat)
    started = datetime.now(UTC)
    results = []
    for i, r in enumerate(rows):
        print(f"running: {r.name} ...", file=sys.stderr, flush=True)
        began = time.perf_counter()
        results.append(run_row(r, ctx))
        if i + 1 == len(rows) or rows[i + 1].module != r.module:
            finish_module(r.module)
        print(f"  done in {time.perf_counter() - began:.1f} s", file=sys.stderr, flush=True)
    print("\n".join(table(results, markdown=False)))
    notes = [f"- {res.row.name}: {res.note}" for res in results if res.note]
    if notes:
        print("\nNotes:\n" + "\n".join(notes))
    output = args.output
    if output is None and not args.quick and not args.only:
        output = RESULTS
    if output is not None:
        output.write_text(results_markdown(results, ctx, started), encoding="utf-8")
        print(f"\nwrote {output}", file=sys.stderr)
    failed = any(res.status in ("error", "FAIL") for res in results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
