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
import hashlib
import os
import random
import shutil
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from reliability.common import (
    SAMPLE_SLUG,
    CliResult,
    Editor,
    Launcher,
    SuiteResult,
    copy_sqlite,
    export_tour,
    ics_without_stamps,
    integrity_problems,
    isolated_env,
    kill_group,
    open_db,
    parse_ics,
    pdf_text,
    sqlite_rows,
    sqlite_scalar,
    sqlite_url,
    temp_name,
    timed,
)
from reliability.data import Templates, build_templates, rev1_fingerprint, schema_sql

CALDAV_PASSWORD_ENV = "TP_RELIABILITY_CALDAV_PASSWORD"


@dataclass
class Trial:
    index: int
    folder: Path
    db: Path
    env: dict[str, str]
    variant: str = ""
    data: dict[str, Any] = field(default_factory=dict)


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


class Operation:
    """One CLI operation under test. Subclasses say how to set a trial up, the command,
    and what to check after a kill and after the rerun."""

    name = ""
    title = ""
    uses_editor = True
    has_workers = False  # starts worker processes that must not outlive it

    def __init__(
        self, templates: Templates, launcher: Launcher, helper: Launcher | None = None
    ) -> None:
        self.t = templates
        self.launcher = launcher  # starts the runs that are killed (and the reference)
        self.helper = helper or launcher  # runs the reruns and set-up commands

    def setup(self, folder: Path) -> None:
        """Once, before any trial (start servers, build files)."""

    def teardown(self) -> None:
        """Once, after the last trial."""

    def prepare(self, trial: Trial) -> None:
        raise NotImplementedError

    def argv(self, trial: Trial) -> list[str]:
        raise NotImplementedError

    def reference(self, trial: Trial, result: CliResult) -> list[str]:
        """Record what a finished run gives (called on the uninterrupted first run)."""
        return []

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        """(state, problems) right after the kill."""
        return "", []

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        return [] if result.returncode == 0 else [f"rerun failed: {result.describe()}"]

    def env(self, folder: Path) -> dict[str, str]:
        return isolated_env(folder)


# --- import tour --------------------------------------------------------------------------


class ImportTour(Operation):
    name = "import-tour"
    title = "import tour --replace"

    def setup(self, folder: Path) -> None:
        # Variant "sample": the sample file replaces an edited copy of the sample tour.
        # Variant "big": a 288-item tour replaces the sample (a longer transaction).
        from tourplanner.services.tourfile import import_tour_bytes

        big = folder / "big.db"
        folder.mkdir(parents=True, exist_ok=True)
        copy_sqlite(self.t.sample_db, big)
        db = open_db(big)
        try:
            import_tour_bytes(db, self.t.big_tour.read_bytes(), replace=True)
        finally:
            db.dispose()
        self.refs = {
            "sample": (export_tour(self.t.edited_db), export_tour(self.t.sample_db)),
            "big": (export_tour(self.t.sample_db), export_tour(big)),
        }

    def prepare(self, trial: Trial) -> None:
        trial.variant = "big" if trial.index % 2 else "sample"
        source = self.t.sample_db if trial.variant == "big" else self.t.edited_db
        copy_sqlite(source, trial.db)

    def argv(self, trial: Trial) -> list[str]:
        tour = self.t.big_tour if trial.variant == "big" else self.t.sample_tour
        return ["--db", sqlite_url(trial.db), "import", "tour", str(tour), "--replace"]

    def reference(self, trial: Trial, result: CliResult) -> list[str]:
        if result.returncode != 0:
            return [f"reference run failed: {result.describe()}"]
        if export_tour(trial.db) != self.refs[trial.variant][1]:
            return ["the CLI import differs from the import in-process"]
        return []

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        old, new = self.refs[trial.variant]
        now = export_tour(trial.db)
        if now == old:
            return "old", []
        if now == new:
            return "new", []
        return "mixed", ["the tour is neither the old one nor the new one: half an import"]

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        problems = super().after_rerun(trial, result)
        if not problems and export_tour(trial.db) != self.refs[trial.variant][1]:
            problems.append("after the rerun the tour differs from a clean import")
        return problems


# --- import people ------------------------------------------------------------------------


def people_state(db: Path) -> list[tuple[Any, ...]]:
    return sqlite_rows(
        db,
        "SELECT p.key, p.full_name, p.organisation, p.title, p.email, p.phone, p.country,"
        " p.dietary FROM participant p JOIN tour t ON t.id = p.tour_id WHERE t.slug = ?"
        " ORDER BY p.key",
        SAMPLE_SLUG,
    )


class ImportPeople(Operation):
    name = "import-people"
    title = "import people --skip-bad-rows"

    def setup(self, folder: Path) -> None:
        self.old = people_state(self.t.sample_db)
        self.new: list[tuple[Any, ...]] | None = None
        self.rejected: bytes | None = None

    def prepare(self, trial: Trial) -> None:
        copy_sqlite(self.t.sample_db, trial.db)
        shutil.copyfile(self.t.people_csv, trial.folder / "people.csv")

    def argv(self, trial: Trial) -> list[str]:
        sheet = str(trial.folder / "people.csv")
        db = sqlite_url(trial.db)
        return ["--db", db, "import", "people", SAMPLE_SLUG, sheet, "--skip-bad-rows"]

    def reference(self, trial: Trial, result: CliResult) -> list[str]:
        if result.returncode != 0:
            return [f"reference run failed: {result.describe()}"]
        self.new = people_state(trial.db)
        rejected = trial.folder / "people.csv.rejected.csv"
        self.rejected = rejected.read_bytes() if rejected.exists() else None
        if self.rejected is None:
            return ["the reference run wrote no rejected.csv"]
        return []

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        problems = self._files(trial)
        now = people_state(trial.db)
        if now == self.old:
            return "old", problems
        if now == self.new:
            return "new", problems
        return "mixed", [*problems, "the people are neither the old nor the new: half an import"]

    def _files(self, trial: Trial) -> list[str]:
        problems = []
        for f in trial.folder.iterdir():
            if f.name.endswith(".rejected.csv") and f.read_bytes() != self.rejected:
                problems.append(f"{f.name} is not the complete list of rejected rows")
        return problems

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        problems = super().after_rerun(trial, result)
        if not problems:
            if people_state(trial.db) != self.new:
                problems.append("after the rerun the people differ from a clean import")
            problems += self._files(trial)
        return problems


# --- files written in batches: PDFs and calendars ---------------------------------------


class FolderExport(Operation):
    """An export writing one file per person into a folder. Variant "over" starts from
    the files of an older version of the tour, so each must end old or new, never torn."""

    suffix = ""

    def setup(self, folder: Path) -> None:
        self.new: dict[str, Any] = {}
        self.old: dict[str, Any] = {}
        older = folder / "older"
        older.mkdir(parents=True, exist_ok=True)
        db = older / "edited.db"
        copy_sqlite(self.t.edited_db, db)
        out = older / "out"
        done = self.helper.run(self.command(db, out), env=self.env(older), cwd=older)
        if done.returncode != 0:
            raise RuntimeError(f"building the older outputs failed: {done.describe()}")
        self.older_files = out
        self.old = {f.name: self.content(f) for f in out.iterdir() if f.suffix == self.suffix}

    def command(self, db: Path, out: Path) -> list[str]:
        raise NotImplementedError

    def content(self, path: Path) -> Any:
        """What the file holds, as compared with the references (None: unreadable).
        The same bytes always give the same answer, so each is worked out once."""
        data = path.read_bytes()
        key = hashlib.sha256(self.normalise(data)).hexdigest()
        cache: dict[str, Any] = self.__dict__.setdefault("_cache", {})
        if key not in cache:
            cache[key] = self.read(path, data)
        return cache[key]

    def normalise(self, data: bytes) -> bytes:
        return data

    def read(self, path: Path, data: bytes) -> Any:
        raise NotImplementedError

    def prepare(self, trial: Trial) -> None:
        trial.variant = "over" if trial.index % 2 else "empty"
        copy_sqlite(self.t.sample_db, trial.db)
        out = trial.folder / "out"
        if trial.variant == "over":
            shutil.copytree(self.older_files, out)
        else:
            out.mkdir()

    def argv(self, trial: Trial) -> list[str]:
        return self.command(trial.db, trial.folder / "out")

    def reference(self, trial: Trial, result: CliResult) -> list[str]:
        if result.returncode != 0:
            return [f"reference run failed: {result.describe()}"]
        out = trial.folder / "out"
        self.new = {f.name: self.content(f) for f in out.iterdir() if f.suffix == self.suffix}
        if not self.new or any(v is None for v in self.new.values()):
            return ["the reference run wrote unreadable files"]
        return []

    def check_folder(self, trial: Trial, finished: bool) -> tuple[str, list[str]]:
        problems: list[str] = []
        states: Counter[str] = Counter()
        out = trial.folder / "out"
        for f in sorted(out.iterdir()):
            if temp_name(f):
                states["temp"] += 1
                continue
            if f.suffix != self.suffix:
                problems.append(f"unexpected file {f.name}")
                continue
            got = self.content(f)
            if got is None:
                problems.append(f"{f.name} is not a complete {self.suffix} file")
            elif got == self.new.get(f.name):
                states["new"] += 1
            elif trial.variant == "over" and got == self.old.get(f.name):
                states["old"] += 1
            else:
                problems.append(f"{f.name} is neither the old nor the new version")
        if finished:
            names = {f.name for f in out.iterdir() if not temp_name(f)}
            if names != set(self.new) | (set(self.old) if trial.variant == "over" else set()):
                problems.append("after the rerun the folder holds other files than expected")
            if states["old"] and set(self.old) <= set(self.new):
                problems.append(f"{states['old']} file(s) still old after the rerun")
        trial.data["temp"] = states["temp"]
        state = "+".join(f"{k}:{v}" for k, v in sorted(states.items()) if k != "temp") or "none"
        return state, problems

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        return self.check_folder(trial, finished=False)

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        problems = super().after_rerun(trial, result)
        if not problems:
            problems += self.check_folder(trial, finished=True)[1]
        return problems


class PdfBatch(FolderExport):
    name = "export-pdf"
    title = "export pdf --kind delegate (batch)"
    suffix = ".pdf"
    has_workers = True

    def command(self, db: Path, out: Path) -> list[str]:
        db_url = sqlite_url(db)
        return ["--db", db_url, "export", "pdf", SAMPLE_SLUG, "--kind", "delegate", "-o", str(out)]

    def prepare(self, trial: Trial) -> None:
        super().prepare(trial)
        (trial.folder / "out").mkdir(exist_ok=True)

    def read(self, path: Path, data: bytes) -> Any:
        return pdf_text(path)


class IcsAllPeople(FolderExport):
    name = "export-ics"
    title = "export ics --all-people"
    suffix = ".ics"

    def command(self, db: Path, out: Path) -> list[str]:
        return ["--db", sqlite_url(db), "export", "ics", SAMPLE_SLUG, "--all-people", str(out)]

    def normalise(self, data: bytes) -> bytes:
        return ics_without_stamps(data)

    def read(self, path: Path, data: bytes) -> Any:
        if parse_ics(data) is not None:
            return None
        return ics_without_stamps(data)


# --- CalDAV sync --------------------------------------------------------------------------


class CalDavSync(Operation):
    name = "caldav-sync"
    title = "sync caldav (Radicale)"

    def setup(self, folder: Path) -> None:
        from tests.servers.radicale import RadicaleServer

        self.server = RadicaleServer(folder / "radicale")
        self.server.start()
        self._lock = threading.Lock()

    def teardown(self) -> None:
        self.server.stop()

    def env(self, folder: Path) -> dict[str, str]:
        return isolated_env(folder, **{CALDAV_PASSWORD_ENV: self.server.password})

    def account(self) -> Any:
        from tourplanner.services.sync import CalendarAccount

        return CalendarAccount(self.server.url, self.server.user, self.server.password, 30.0)

    def prepare(self, trial: Trial) -> None:
        from tourplanner.services import items
        from tourplanner.services.sync import sync_caldav

        copy_sqlite(self.t.sample_db, trial.db)
        trial.data["calendar"] = f"trial-{trial.folder.name}"
        trial.variant = "update" if trial.index % 2 else "create"
        if trial.variant == "create":
            return
        # Synced once, then edited: the killed sync has updates and deletes to send.
        db = open_db(trial.db)
        try:
            sync_caldav(db, SAMPLE_SLUG, self.account(), calendar=trial.data["calendar"])
            listed = items.list_items(db, SAMPLE_SLUG)
            for n, it in enumerate(listed):
                if n % 4 == 0:
                    items.update_item(
                        db,
                        it.id,
                        it.version,
                        title=f"{it.title} (changed)",
                        starts_at=it.starts_at + timedelta(minutes=10),
                        ends_at=it.ends_at + timedelta(minutes=10),
                    )
                elif n % 7 == 1:
                    items.delete_item(db, it.id, it.version)
        finally:
            db.dispose()

    def argv(self, trial: Trial) -> list[str]:
        return [
            "--db",
            sqlite_url(trial.db),
            "sync",
            "caldav",
            SAMPLE_SLUG,
            "--url",
            self.server.url,
            "--user",
            self.server.user,
            "--password-env",
            CALDAV_PASSWORD_ENV,
            "--calendar",
            trial.data["calendar"],
        ]

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        """How far the killed sync got: none, part or all of the tour's events are on
        the server as the tour has them (the rerun must finish the rest)."""
        from tourplanner.services.calendars import calendar_resources

        db = open_db(trial.db)
        try:
            wanted = calendar_resources(db, SAMPLE_SLUG)
        finally:
            db.dispose()
        url = f"{self.server.home_url()}{trial.data['calendar']}/"
        stored = {_uid(body): body for body in self.server.resources(url).values()}
        same = sum(_summary(stored.get(uid)) == _summary(body) for uid, body in wanted.items())
        return ("none" if same == 0 else "all" if same == len(wanted) else "part"), []

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        from icalendar import Calendar

        from tourplanner.services.calendars import calendar_resources
        from tourplanner.services.sync import sync_caldav

        if result.returncode != 0 or "wait for your decision" in result.stdout:
            return [f"rerun did not converge: {result.describe()} {result.stdout[-300:]!r}"]
        problems = []
        db = open_db(trial.db)
        try:
            again = sync_caldav(db, SAMPLE_SLUG, self.account(), calendar=trial.data["calendar"])
            wanted = calendar_resources(db, SAMPLE_SLUG)
        finally:
            db.dispose()
        if again.writes or again.proposals:
            problems.append(f"a third sync still sent {again.writes} writes")
        stored = self.server.resources(again.calendar_url)
        on_server: dict[str, Any] = {}
        for body in stored.values():
            events = Calendar.from_ical(body).walk("VEVENT")
            if len(events) != 1:
                problems.append(f"a resource holds {len(events)} events")
                continue
            on_server[str(events[0]["UID"])] = events[0]
        if set(on_server) != set(wanted):
            problems.append(
                f"server has {len(on_server)} events, the tour {len(wanted)} "
                f"({len(set(on_server) ^ set(wanted))} differ)"
            )
        for uid, body in wanted.items():
            mine = Calendar.from_ical(body).walk("VEVENT")[0]
            theirs = on_server.get(uid)
            if theirs is None:
                continue
            for prop in ("SUMMARY", "DTSTART", "DTEND", "SEQUENCE", "STATUS"):
                a, b = mine.get(prop), theirs.get(prop)
                if (a.to_ical() if a is not None else None) != (
                    b.to_ical() if b is not None else None
                ):
                    problems.append(f"event {uid}: {prop} on the server is not the tour's")
        return problems


def _uid(body: bytes) -> str:
    for line in body.split(b"\r\n"):
        if line.startswith(b"UID:"):
            return line[4:].decode()
    return ""


def _summary(body: bytes | None) -> bytes | None:
    if body is None:
        return None
    return next((x for x in body.split(b"\r\n") if x.startswith(b"SUMMARY")), b"")


# --- migration ----------------------------------------------------------------------------


class Migration(Operation):
    name = "migration"
    title = "db upgrade from revision 0001"
    uses_editor = False  # the editor writes the newest schema; this database is older

    def setup(self, folder: Path) -> None:
        from tourplanner.store.migrations import head_revision

        assert self.t.rev1_db is not None
        self.head = head_revision()
        self.rows = rev1_fingerprint(self.t.rev1_db)
        self.schema = schema_sql(self.t.rev1_db)

    def prepare(self, trial: Trial) -> None:
        assert self.t.rev1_db is not None
        copy_sqlite(self.t.rev1_db, trial.db)

    def argv(self, trial: Trial) -> list[str]:
        return ["--db", sqlite_url(trial.db), "db", "upgrade"]

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        problems = []
        revision = sqlite_scalar(trial.db, "SELECT version_num FROM alembic_version")
        if revision == "0001":
            state = "old"
            if schema_sql(trial.db) != self.schema:
                problems.append("revision 0001 but the schema was changed: half a migration")
        elif revision == self.head:
            state = "new"
        else:
            state = f"rev {revision}"
            problems.append(f"left at revision {revision!r}: half a migration")
        if rev1_fingerprint(trial.db) != self.rows:
            problems.append("rows were lost or changed")
        problems += self._backups(trial)
        return state, problems

    def _backups(self, trial: Trial) -> list[str]:
        problems = []
        for f in trial.folder.iterdir():
            if f.name.endswith(".bak"):
                bad = integrity_problems(f)
                if bad or rev1_fingerprint(f) != self.rows:
                    problems.append(f"backup {f.name} is incomplete: {bad}")
            elif f.name.endswith(".part"):
                trial.data["temp"] = trial.data.get("temp", 0) + 1
        return problems

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        problems = super().after_rerun(trial, result)
        if problems:
            return problems
        revision = sqlite_scalar(trial.db, "SELECT version_num FROM alembic_version")
        if revision != self.head:
            problems.append(f"after the rerun the revision is {revision}")
        if rev1_fingerprint(trial.db) != self.rows:
            problems.append("after the rerun rows were lost or changed")
        return problems + self._backups(trial)


OPERATIONS: dict[str, Callable[[Templates, Launcher, Launcher | None], Operation]] = {
    "import-tour": ImportTour,
    "import-people": ImportPeople,
    "export-pdf": PdfBatch,
    "export-ics": IcsAllPeople,
    "caldav-sync": CalDavSync,
    "migration": Migration,
}


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
