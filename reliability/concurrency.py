"""Organisers editing the same tour at the same time, on PostgreSQL.

``processes`` worker processes edit the sample tour's items (title and times), groups
(members only) and sites (opening hours only) for ``seconds`` seconds. Each edit reads the
record, waits a moment (so others can get in between), and writes with the version it
read. Every worker logs each acknowledged write (record, new value, new version, the
version it was based on) and each ConcurrentEditError.

The audit then compares the database with the logs. For every record:

* each acknowledged write produced exactly the version after the one it read (a write
  that succeeded against a newer version than it read would have overwritten an edit it
  never saw: a *silent overwrite*);
* the acknowledged versions run without gaps from the starting version to the final one,
  with no version acknowledged twice (no write lost, none applied unacknowledged);
* the record's final value is the value of the write with the highest version.

A throwaway database is created on the server and dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import time
import uuid
from collections import Counter, defaultdict
from datetime import time as clock
from datetime import timedelta
from pathlib import Path
from typing import Any

from reliability.common import PG_ADMIN_URL, PYTHON, REPO, SAMPLE_SLUG, SuiteResult, timed


def pg_available() -> str | None:
    """None when the PostgreSQL server answers; else why not."""
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as e:
        return f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
    return None


class ThrowawayDatabase:
    def __init__(self) -> None:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        self.admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        self.name = f"tp_reliability_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = make_url(PG_ADMIN_URL).set(database=self.name).render_as_string(False)

    def drop(self) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


# --- the worker (a process of its own) --------------------------------------------------


def _value(kind: str, record: Any) -> Any:
    if kind == "item":
        return [record.title, record.starts_at.isoformat(), record.ends_at.isoformat()]
    if kind == "group":
        return sorted(record.member_ids)
    return sorted(
        [h.weekday, h.opens.isoformat(), h.closes.isoformat()] for h in record.opening_hours
    )


def worker(url: str, ident: int, start_at: float, seconds: float, seed: str, log: Path) -> None:
    from tourplanner.core.errors import ConcurrentEditError, TourplannerError
    from tourplanner.core.model import OpeningInterval
    from tourplanner.services import items, participants, sites
    from tourplanner.services.database import open_database

    rng = random.Random(f"{seed}:{ident}")
    db = open_database(url, migrate=False)
    targets = [("item", it.id) for it in items.list_items(db, SAMPLE_SLUG)]
    targets += [("group", g.id) for g in participants.list_groups(db, SAMPLE_SLUG)]
    targets += [("site", s.id) for s in sites.list_sites(db, SAMPLE_SLUG)][:4]
    people = [p.id for p in participants.list_participants(db, SAMPLE_SLUG)]
    # Few records, so that writers meet often.
    targets = rng.sample(targets, k=min(len(targets), 8)) if ident % 2 else targets[:8]
    getters = {"item": items.get_item, "group": participants.get_group, "site": sites.get_site}
    with log.open("w") as out:
        time.sleep(max(0.0, start_at - time.time()))
        deadline = time.time() + seconds
        n = 0
        while time.time() < deadline:
            kind, rid = rng.choice(targets)
            n += 1
            try:
                seen = getters[kind](db, rid)
                time.sleep(rng.uniform(0, 0.02))
                if kind == "item":
                    shift = timedelta(minutes=rng.choice([0, 0, 5, -5]))
                    done = items.update_item(
                        db,
                        rid,
                        seen.version,
                        title=f"w{ident}-{n}",
                        starts_at=seen.starts_at + shift,
                        ends_at=seen.ends_at + shift,
                    )
                elif kind == "group":
                    members = sorted(rng.sample(people, k=rng.randint(1, 5)))
                    done = participants.update_group(db, rid, seen.version, member_ids=members)
                else:
                    hour = rng.randint(6, 12)
                    hours = (OpeningInterval(rng.randint(0, 6), clock(hour), clock(hour + 6)),)
                    done = sites.update_site(db, rid, seen.version, opening_hours=hours)
            except ConcurrentEditError:
                out.write(json.dumps({"kind": kind, "id": rid, "refused": True}) + "\n")
                continue
            except TourplannerError as e:
                out.write(json.dumps({"kind": kind, "id": rid, "error": str(e)}) + "\n")
                continue
            entry = {
                "kind": kind,
                "id": rid,
                "read": seen.version,
                "version": done.version,
                "value": _value(kind, done),
                "worker": ident,
            }
            out.write(json.dumps(entry) + "\n")
            out.flush()  # acknowledged: on disk before the next edit
    db.dispose()


# --- the harness ---------------------------------------------------------------------------


def _initial(url: str) -> dict[tuple[str, int], tuple[int, Any]]:
    from tourplanner.services import items, participants, sites
    from tourplanner.services.database import open_database

    db = open_database(url, migrate=False)
    try:
        found = {
            ("item", r.id): (r.version, _value("item", r))
            for r in items.list_items(db, SAMPLE_SLUG)
        }
        found |= {
            ("group", r.id): (r.version, _value("group", r))
            for r in participants.list_groups(db, SAMPLE_SLUG)
        }
        found |= {
            ("site", r.id): (r.version, _value("site", r))
            for r in sites.list_sites(db, SAMPLE_SLUG)
        }
        return found
    finally:
        db.dispose()


def audit(
    before: dict[tuple[str, int], tuple[int, Any]],
    after: dict[tuple[str, int], tuple[int, Any]],
    entries: list[dict[str, Any]],
) -> tuple[dict[str, int], list[str]]:
    acked: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    figures = {"acknowledged": 0, "refused": 0, "errors": 0}
    problems: list[str] = []
    for e in entries:
        if e.get("refused"):
            figures["refused"] += 1
        elif "error" in e:
            figures["errors"] += 1
            problems.append(f"{e['kind']} {e['id']}: unexpected error {e['error']}")
        else:
            figures["acknowledged"] += 1
            acked[(e["kind"], e["id"])].append(e)
    silent = lost = wrong_final = 0
    for key, writes in acked.items():
        writes.sort(key=lambda e: e["version"])
        for w in writes:
            if w["version"] != w["read"] + 1:
                silent += 1
                problems.append(
                    f"{key[0]} {key[1]}: worker {w['worker']} wrote over version {w['read']} "
                    f"and got version {w['version']}: a silent overwrite"
                )
        versions = [w["version"] for w in writes]
        start, end = before[key][0], after[key][0]
        if versions != list(range(start + 1, end + 1)):
            lost += 1
            problems.append(
                f"{key[0]} {key[1]}: acknowledged versions {versions[:6]}… do not run from "
                f"{start + 1} to {end}"
            )
        if after[key][1] != writes[-1]["value"]:
            wrong_final += 1
            problems.append(f"{key[0]} {key[1]}: the final value is not the last acknowledged")
    for key, (version, _final) in after.items():
        if key not in acked and version != before[key][0]:
            lost += 1
            problems.append(f"{key[0]} {key[1]}: changed without any acknowledged write")
    figures.update(
        records_edited=len(acked),
        silent_overwrites=silent,
        version_gaps=lost,
        wrong_final_values=wrong_final,
    )
    return figures, problems


class _Watcher:
    """Follows the tour's changes on a thread, as an open window does, while the workers
    edit; ``finish`` waits until nothing new has come for a while and stops."""

    def __init__(self, url: str) -> None:
        import threading

        from tourplanner.services.database import open_database
        from tourplanner.services.history import follow, list_history

        self.db = open_database(url, migrate=False)
        latest = list_history(self.db, SAMPLE_SLUG, limit=1)
        self.start = latest[0].entry_id if latest else 0
        self.seen: list[Any] = []
        self.last_arrival = time.time()
        self.stop = threading.Event()
        ready = threading.Event()

        def got(batch: list[Any]) -> None:
            self.seen.extend(batch)
            self.last_arrival = time.time()

        self.thread = threading.Thread(
            target=follow,
            args=(self.db, SAMPLE_SLUG, got, self.stop),
            kwargs={"poll": 0.2, "ready": ready},
            daemon=True,
        )
        self.thread.start()
        ready.wait(30)

    def finish(self, quiet: float = 3.0) -> list[Any]:
        while time.time() - self.last_arrival < quiet:
            time.sleep(0.2)
        self.stop.set()
        self.thread.join(10)
        self.db.dispose()
        return self.seen


def audit_history(
    url: str, start: int, watched: list[Any], entries: list[dict[str, Any]]
) -> tuple[dict[str, int], list[str]]:
    """The change log is complete (one row per acknowledged item edit, every one of which
    changes the title; at most one per group or site edit, which may change nothing), and
    the watcher saw exactly the rows committed, each once, in order."""
    from tourplanner.services.database import open_database
    from tourplanner.services.history import list_history

    db = open_database(url, migrate=False)
    try:
        logged = [e for e in reversed(list_history(db, SAMPLE_SLUG)) if e.entry_id > start]
    finally:
        db.dispose()
    problems = []
    acked = Counter(
        (e["kind"], e["id"]) for e in entries if "version" in e and not e.get("refused")
    )
    rows = Counter((e.kind, e.record_id) for e in logged if e.op == "update")
    for key, count in acked.items():
        found = rows.get(key, 0)
        if key[0] == "item" and found != count:
            problems.append(f"{key[0]} {key[1]}: {count} edits acknowledged, {found} logged")
        elif found > count:
            problems.append(f"{key[0]} {key[1]}: {found} logged for {count} edits")
    extra = set(rows) - set(acked)
    for kind, rid in sorted(extra, key=str):
        problems.append(f"{kind} {rid}: logged without an acknowledged edit")
    # In commit order, which is not always id order: compared as sets, and none twice.
    seen_ids = [e.entry_id for e in watched]
    logged_ids = [e.entry_id for e in logged]
    if len(seen_ids) != len(set(seen_ids)) or set(seen_ids) != set(logged_ids):
        problems.append(
            f"the watcher saw {len(seen_ids)} changes ({len(set(seen_ids))} distinct), "
            f"{len(logged_ids)} were committed"
        )
    return {"logged_changes": len(logged), "watched_changes": len(seen_ids)}, problems


def run_round(
    work: Path, processes: int, seconds: float, seed: str
) -> tuple[dict[str, int], list[str]]:
    from tourplanner.services.database import open_database
    from tourplanner.services.tourfile import load_sample

    scratch = ThrowawayDatabase()
    try:
        db = open_database(scratch.url)
        load_sample(db)
        db.dispose()
        before = _initial(scratch.url)
        watcher = _Watcher(scratch.url)
        start_at = time.time() + 2.5 + processes * 0.5  # for every worker to start, import
        logs = [work / f"worker-{processes}-{i}.jsonl" for i in range(processes)]
        procs = [
            subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "reliability.concurrency",
                    "worker",
                    scratch.url,
                    str(i),
                    str(start_at),
                    str(seconds),
                    seed,
                    str(logs[i]),
                ],
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(processes)
        ]
        problems = []
        for i, p in enumerate(procs):
            _out, err = p.communicate(timeout=seconds + 120)
            if p.returncode != 0:
                problems.append(f"worker {i} failed: {err.strip().splitlines()[-1:]}")
        entries = [json.loads(line) for log in logs if log.exists() for line in log.open()]
        after = _initial(scratch.url)
        figures, found = audit(before, after, entries)
        watched = watcher.finish()
        history_figures, history_problems = audit_history(
            scratch.url, watcher.start, watched, entries
        )
        figures.update(history_figures)
        found += history_problems
        figures["processes"] = processes
        figures["seconds"] = int(seconds)
        return figures, problems + found
    finally:
        scratch.drop()


def run(
    work: Path,
    *,
    rounds: tuple[int, ...] = (2, 4, 8),
    seconds: float = 10,
    seed: str = "tourplanner-reliability",
) -> SuiteResult:
    result = SuiteResult("concurrency", "Concurrent organisers on PostgreSQL")
    with timed(result):
        problem = pg_available()
        if problem:
            result.notes.append(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {problem}")
            result.figures["skipped"] = 1
            return result
        work.mkdir(parents=True, exist_ok=True)
        totals: dict[str, int] = defaultdict(int)
        rows = []
        for n in rounds:
            figures, problems = run_round(work, n, seconds, seed)
            rows.append(figures)
            for p in problems:
                result.fail(f"{n} processes: {p}")
            for k in ("acknowledged", "refused", "errors", "silent_overwrites", "version_gaps"):
                totals[k] += figures.get(k, 0)
            totals["wrong_final_values"] += figures.get("wrong_final_values", 0)
        result.figures.update(rounds=len(rounds), **totals)
        result.tables["rounds"] = rows
    return result


def _main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    w = sub.add_parser("worker")
    for name in ("url", "ident", "start_at", "seconds", "seed", "log"):
        w.add_argument(name)
    args = parser.parse_args()
    worker(
        args.url,
        int(args.ident),
        float(args.start_at),
        float(args.seconds),
        args.seed,
        Path(args.log),
    )


if __name__ == "__main__":
    _main()
