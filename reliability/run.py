"""Run every reliability suite and write docs/RELIABILITY.md: ``make reliability``.

    python -m reliability.run            # the full run (about 20-30 minutes on 2 cores)
    python -m reliability.run --quick    # small counts, a report in the work folder only
    python -m reliability.run --only faults privacy

Exit code 0 when every suite passed and every acceptance figure was reached, else 1.
The work folder (a temporary one unless --work is given) keeps every input that failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reliability.common import REPO, ForkLauncher, Launcher, SuiteResult, save_results

SUITES = ("faults", "kill_trials", "fuzz", "concurrency", "privacy", "slow_services")


def _counts(quick: bool) -> dict[str, Any]:
    if quick:
        return {
            "trials": 3,
            "inputs": 100,
            "sequences": 8,
            "steps": 15,
            "rounds": (3,),
            "seconds": 3.0,
            "pg_sequences": 0,
            "hostile": 12,
        }
    return {
        "trials": 50,
        "inputs": 1000,
        "sequences": 100,
        "steps": 25,
        "rounds": (2, 4, 8),
        "seconds": 10.0,
        "pg_sequences": 15,
        "hostile": 100,
    }


def _first_paragraph(module: Any) -> str:
    doc = (module.__doc__ or "").strip()
    return " ".join(doc.split("\n\n")[0].split())


def _commit() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        return done.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reliability.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small counts (as make test)")
    parser.add_argument("--work", metavar="DIR", help="work folder (default: a new temp one)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="parallel trials")
    parser.add_argument("--seed", default="tourplanner-reliability", help="the seed of it all")
    parser.add_argument("--only", nargs="+", choices=SUITES, help="run only these suites")
    parser.add_argument(
        "--output",
        metavar="FILE",
        help="the report (default docs/RELIABILITY.md; for --quick the work folder)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)

    work = Path(args.work or tempfile.mkdtemp(prefix="tp-reliability-")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    # The harness's own settings, logs and data go to the work folder, not the user's.
    for name in ("DATA", "STATE", "CONFIG", "CACHE"):
        folder = work / "harness" / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[f"XDG_{name}_HOME"] = str(folder)
    os.environ.pop("TOURPLANNER_DB", None)

    from reliability import concurrency, faults, fuzz, kill_trials, privacy, slow_services
    from reliability.data import build_templates

    counts = _counts(args.quick)
    started = time.monotonic()
    print(f"reliability: work folder {work}", flush=True)
    templates = build_templates(work / "templates")
    real = Launcher()
    fork = ForkLauncher()
    # Killed runs and start-up faults start `python main.py` in the full run; reruns and the
    # many commands of the other suites use the fork server (the same code from main.py on).
    launcher = fork if args.quick else real
    pg_url = None
    scratch = None
    wanted = "fuzz" in (args.only or SUITES) and counts["pg_sequences"]
    if wanted and concurrency.pg_available() is None:
        scratch = concurrency.ThrowawayDatabase()
        pg_url = scratch.url

    plan: dict[str, Callable[[], SuiteResult]] = {
        "faults": lambda: faults.run(
            work / "faults", quick=args.quick, templates=templates, launcher=launcher
        ),
        "kill_trials": lambda: kill_trials.run(
            work / "kills",
            trials=counts["trials"],
            seed=args.seed,
            jobs=max(1, args.jobs),
            templates=templates,
            launcher=launcher,
            helper=fork,
        ),
        "fuzz": lambda: fuzz.run(
            work / "fuzz",
            inputs=counts["inputs"],
            sequences=counts["sequences"],
            steps=counts["steps"],
            templates=templates,
            pg_url=pg_url,
            pg_sequences=counts["pg_sequences"],
            hostile=counts["hostile"],
        ),
        "concurrency": lambda: concurrency.run(
            work / "concurrency", rounds=counts["rounds"], seconds=counts["seconds"], seed=args.seed
        ),
        "privacy": lambda: privacy.run(
            work / "privacy", quick=args.quick, templates=templates, launcher=fork
        ),
        "slow_services": lambda: slow_services.run(
            work / "slow", quick=args.quick, templates=templates, launcher=fork
        ),
    }
    modules = {
        "faults": faults,
        "kill_trials": kill_trials,
        "fuzz": fuzz,
        "concurrency": concurrency,
        "privacy": privacy,
        "slow_services": slow_services,
    }
    results: list[SuiteResult] = []
    try:
        for name in args.only or SUITES:
            print(f"reliability: {name} ...", flush=True)
            try:
                result = plan[name]()
            except Exception as e:  # a fault in the harness itself: report it as a failure
                result = SuiteResult(name, name.replace("_", " ").capitalize())
                result.fail(f"the suite itself failed: {type(e).__name__}: {e}")
                traceback.print_exc()
            results.append(result)
            print(f"reliability: {result.summary()}", flush=True)
            for failure in result.failures[:20]:
                print(f"    {failure}", flush=True)
    finally:
        fork.close()
        if scratch is not None:
            scratch.drop()

    minutes = (time.monotonic() - started) / 60
    from reliability.fuzz_edits import __doc__ as edits_doc
    from reliability.report import headline, render

    docs = {name: _first_paragraph(modules[name]) for name in modules}
    edits = " ".join((edits_doc or "").strip().split("\n\n")[0].split())
    docs["fuzz"] = f"{edits} {docs['fuzz']}"
    meta = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "cores": os.cpu_count(),
        "minutes": minutes,
        "seed": args.seed,
        "quick": args.quick,
        "docs": docs,
    }
    save_results(results, work / "results.json")
    (work / "run.json").write_text(
        json.dumps({"meta": meta, "results": [r.to_json() for r in results]}, default=str)
    )
    output = Path(args.output) if args.output else None
    if output is None:
        partial = args.quick or args.only
        output = work / "RELIABILITY.md" if partial else REPO / "docs" / "RELIABILITY.md"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(results, meta))
    by_name = {r.name: r for r in results}
    rows = headline(by_name)
    passed = all(r.ok for r in results) and (args.quick or all(row["passed"] for row in rows))
    print(f"reliability: report written to {output}")
    for row in rows:
        print(f"  {'ok ' if row['passed'] else 'NO '} {row['check']}: {row['result']}")
    print(f"reliability: {'PASSED' if passed else 'FAILED'} in {minutes:.1f} minutes")
    if passed and not args.keep and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
