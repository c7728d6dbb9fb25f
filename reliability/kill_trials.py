"""Crash trials: run a real CLI operation in a subprocess, SIGKILL it at a random moment,
and check what a crash leaves behind.

For each operation the harness first runs it once to the end (that run is the reference
and gives the operation's duration), then runs ``trials`` more, each killed after a
seeded random delay within that duration: half anywhere in it, half aimed past the
program's start-up (imports, opening the database), where the work is. After every kill:

* the SQLite file passes ``PRAGMA integrity_check`` and ``foreign_key_check``;
* every edit another connection committed meanwhile (the ``Editor``) is still there;
* what the operation changes is either all old or all new (a half-finished import would
  show as an export equal to neither), and every output file under its final name is
  complete (PDFs by pdftotext, calendars by icalendar, compared with the reference);
  the app's temporary files (``.NAME.XXXX.part``) may stay, nothing else may;
* running the operation again succeeds and gives exactly the reference result.

Kills take the whole process group, as a crash or a power cut would (PDF batches run
worker processes).
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from reliability.common import (
    Editor,
    Launcher,
    SuiteResult,
    integrity_problems,
    isolated_env,
    kill_group,
    sqlite_url,
    timed,
)
from reliability.data import Templates, build_templates
from reliability.kill_operations import OPERATIONS, Operation, Trial


@dataclass
class Outcome:
    operation: str
    index: int
    variant: str
    delay: float
    killed: bool
    aimed: bool
    state: str  # what the kill left: "old", "new", or the operation's own words
    problems: list[str]
    leftover_temp: int = 0


# --- the runner -------------------------------------------------------------------------


def startup_seconds(folder: Path, launcher: Launcher) -> float:
    """How long the CLI takes to start and open a database (``tours``): kills before
    this mostly land in imports, the ones aimed past it in the operation's work."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "startup.db"
    env = isolated_env(folder)
    launcher.run(["--db", sqlite_url(db), "tours"], env=env, cwd=folder)
    runs = [launcher.run(["--db", sqlite_url(db), "tours"], env=env, cwd=folder) for _ in range(2)]
    return min(r.seconds for r in runs)


def _new_trial(op: Operation, root: Path, index: int, label: str = "") -> Trial:
    folder = root / f"{op.name}-{label or f'{index:03d}'}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    trial = Trial(index, folder, folder / "tour.db", op.env(folder))
    op.prepare(trial)
    return trial


def _check_common(trial: Trial, editor: Editor | None, when: str) -> list[str]:
    problems = [f"{when}: {p}" for p in integrity_problems(trial.db)]
    if editor is not None:
        problems += [f"{when}: {e}" for e in editor.errors]
        lost = editor.missing()
        if lost:
            problems.append(f"{when}: {len(lost)} committed edit(s) lost, e.g. {lost[0]}")
    return problems


def run_trial(
    op: Operation, root: Path, index: int, durations: list[float], startup: float, seed: str
) -> Outcome:
    rng = random.Random(f"{seed}:{op.name}:{index}")
    duration = durations[index % 2]
    aimed = index % 2 == 1
    low = min(startup, duration * 0.6) if aimed else 0.0
    delay = rng.uniform(low, duration)
    for _attempt in range(4):
        trial = _new_trial(op, root, index)
        editor = Editor(trial.db, f"k{index}").start() if op.uses_editor else None
        if editor is not None:
            time.sleep(0.05)  # at least one committed edit before the operation starts
        proc = op.launcher.start(
            op.argv(trial), env=trial.env, cwd=trial.folder, log=trial.folder / "log"
        )
        with contextlib.suppress(Exception):
            proc.wait(timeout=delay)
        killed = kill_group(proc)
        if editor is not None:
            editor.stop()
        if killed:
            break
        delay = rng.uniform(0, delay * 0.8)  # it finished first: try again, earlier
    problems = _check_common(trial, editor, "after the kill")
    try:
        state, found = op.after_kill(trial)
    except Exception as e:
        state, found = "error", [f"checking after the kill failed: {type(e).__name__}: {e}"]
    problems += [f"after the kill: {p}" for p in found]
    rerun = op.helper.run(op.argv(trial), env=trial.env, cwd=trial.folder)
    if "Traceback" in rerun.stderr:
        problems.append(f"rerun: traceback: {rerun.describe()}")
    try:
        problems += [f"rerun: {p}" for p in op.after_rerun(trial, rerun)]
    except Exception as e:
        problems.append(f"rerun: checking failed: {type(e).__name__}: {e}")
    problems += _check_common(trial, editor, "after the rerun")
    outcome = Outcome(
        op.name,
        index,
        trial.variant,
        round(delay, 3),
        killed,
        aimed,
        state,
        problems,
        int(trial.data.get("temp", 0)),
    )
    if not problems:
        shutil.rmtree(trial.folder, ignore_errors=True)
    return outcome


def orphan_trial(op: Operation, root: Path, index: int, duration: float, seed: str) -> list[str]:
    """Kill only the main process (as an out-of-memory kill or a task manager would): the
    worker processes it started must end by themselves within a few seconds."""
    rng = random.Random(f"{seed}:{op.name}:orphans:{index}")
    trial = _new_trial(op, root, index, f"orphans{index}")
    log = trial.folder / "log"
    proc = op.launcher.start(op.argv(trial), env=trial.env, cwd=trial.folder, log=log)
    with contextlib.suppress(Exception):
        proc.wait(timeout=rng.uniform(duration * 0.5, duration))
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        return ["worker processes outlived the killed batch process by 10 s"]
    _state, problems = op.after_kill(trial)
    if not problems:
        shutil.rmtree(trial.folder, ignore_errors=True)
    return problems


def prepare_operation(op: Operation, root: Path) -> tuple[list[float], list[str]]:
    """Set the operation up and run each variant once to the end (even and odd trials
    differ): the references, and the durations the kill delays are drawn from."""
    op.setup(root / f"{op.name}-setup")
    durations = []
    for parity in (0, 1):
        ref = _new_trial(op, root, parity, f"reference{parity}")
        result = op.launcher.run(op.argv(ref), env=ref.env, cwd=ref.folder)
        problems = op.reference(ref, result)
        if result.returncode != 0 and not problems:
            problems = [f"reference run failed: {result.describe()}"]
        if problems:
            return [result.seconds], problems
        durations.append(result.seconds)
    return durations, []


def orphan_trials(op: Operation, root: Path, count: int, duration: float, seed: str) -> list[str]:
    found: list[str] = []
    for i in range(count):
        found += [
            f"main process killed alone, trial {i}: {p}"
            for p in orphan_trial(op, root, i, duration, seed)
        ]
    return found


def run(
    work: Path,
    *,
    trials: int = 50,
    operations: Sequence[str] | None = None,
    seed: str = "tourplanner-reliability",
    jobs: int = 2,
    templates: Templates | None = None,
    launcher: Launcher | None = None,
    helper: Launcher | None = None,
) -> SuiteResult:
    """``trials`` killed runs of each operation, all on ``jobs`` threads. ``launcher``
    starts the runs that are killed; ``helper`` (default: the same) runs the reruns,
    which only need to finish."""
    result = SuiteResult("kill_trials", "Crash trials (SIGKILL at random points)")
    launcher = launcher or Launcher()
    with timed(result):
        names = list(operations or OPERATIONS)
        templates = templates or build_templates(work / "templates")
        startup = startup_seconds(work / "startup", launcher)

        def how(x: Launcher) -> str:
            return "forks of a server that imported the app" if x.fast else "`python main.py`"

        result.notes.append(f"killed runs: {how(launcher)}; reruns: {how(helper or launcher)}")
        result.figures.update(trials=0, killed=0, corruptions=0, edits_lost=0, half_written=0)
        result.notes.append(f"CLI start-up (open a database, list tours): {startup:.1f} s")
        ops = {name: OPERATIONS[name](templates, launcher, helper) for name in names}
        durations: dict[str, list[float]] = {}
        try:
            for name, op in ops.items():
                durations[name], problems = prepare_operation(op, work)
                for p in problems:
                    result.fail(f"{name}: {p}")
            ready = [name for name in names if len(durations[name]) == 2]
            # Every trial of every operation in one pool, so the cores stay busy.
            work_list = [(name, i) for i in range(1, trials + 1) for name in ready]
            with ThreadPoolExecutor(max_workers=jobs) as pool:
                outcomes = list(
                    pool.map(
                        lambda job: run_trial(
                            ops[job[0]], work, job[1], durations[job[0]], startup, seed
                        ),
                        work_list,
                    )
                )
            orphan_count = 1 if trials < 10 else max(2, trials // 10)
            for name in ready:
                if ops[name].has_workers:
                    for p in orphan_trials(ops[name], work, orphan_count, durations[name][0], seed):
                        result.fail(f"{name}: {p}")
                    result.count("parent_only_kills", orphan_count)
        finally:
            for op in ops.values():
                op.teardown()
        rows = []
        for name in ready:
            op = ops[name]
            mine = [o for o in outcomes if o.operation == name]
            states: Counter[str] = Counter(o.state for o in mine)
            failed = [o for o in mine if o.problems]
            for o in failed:
                for p in o.problems:
                    result.fail(f"{name} trial {o.index} ({o.variant}, kill at {o.delay} s): {p}")
                    if "integrity" in p or "foreign_key" in p:
                        result.count("corruptions")
                    if "edit(s) lost" in p:
                        result.count("edits_lost")
                    if "half" in p or "neither" in p or "not a complete" in p:
                        result.count("half_written")
            killed = sum(o.killed for o in mine)
            result.count("trials", len(mine))
            result.count("killed", killed)
            rows.append(
                {
                    "operation": op.title,
                    "duration_s": round(max(durations[name]), 1),
                    "trials": len(mine),
                    "killed": killed,
                    "aimed_past_startup": sum(o.aimed for o in mine),
                    "left_old": states.get("old", 0),
                    "left_new": states.get("new", 0),
                    "other_states": ", ".join(
                        f"{k} {v}" for k, v in sorted(states.items()) if k not in ("old", "new")
                    ),
                    "temp_files_left": sum(o.leftover_temp for o in mine),
                    "failed": len(failed),
                }
            )
        result.tables["operations"] = rows
    return result
