"""Start-up faults: the SQLite file is corrupt, locked by another process, read-only, or on
a full disk. Each command must end with one clear line naming the file and the problem
(exit 2) — never a traceback — and the file must be left exactly as it was; once the
fault is gone, the same command must work and find every row still there.

Read-only needs file permissions to apply: when the harness runs as root (which ignores
them) the CLI is started under ``setpriv`` without the capabilities that bypass them.
The full disk is a tiny tmpfs, mounted when the harness may mount (root); otherwise those
cases are skipped, with the reason in the report.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reliability.common import (
    SAMPLE_SLUG,
    CliResult,
    Launcher,
    SuiteResult,
    copy_sqlite,
    export_tour,
    integrity_problems,
    isolated_env,
    one_line_error,
    sqlite_url,
    timed,
)
from reliability.data import Templates, build_templates

DROP_CAPS = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--")
LOCK_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive-mode":
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE tour SET name = name")
print("locked", flush=True)
sys.stdin.read()
"""


@dataclass
class Case:
    fault: str
    command: str
    expect: str  # what the message must say
    outcome: str = ""
    message: str = ""
    ok: bool = False


def _digest(path: Path) -> str:
    """The database's content: the file and a WAL with frames in it (an empty WAL and the
    shared-memory index are created by merely opening the file)."""
    h = hashlib.sha256()
    for f in sorted(path.parent.glob(path.name + "*")):
        if f.name.endswith("-shm") or (f.name.endswith("-wal") and f.stat().st_size == 0):
            continue
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


class Faults:
    def __init__(
        self, work: Path, templates: Templates, result: SuiteResult, launcher: Launcher
    ) -> None:
        self.work = work
        self.launcher = launcher
        self.t = templates
        self.result = result
        self.cases: list[Case] = []
        self.wrapper: tuple[str, ...] = ()
        if os.geteuid() == 0:
            self.wrapper = DROP_CAPS if shutil.which("setpriv") else ()

    def commands(self, db: Path, quick: bool) -> list[tuple[str, list[str]]]:
        url = sqlite_url(db)
        out = str(db.parent / "export.json")
        found = [
            ("tours", ["--db", url, "tours"]),
            ("sample --reset", ["--db", url, "sample", "--reset"]),
            ("export tour", ["--db", url, "export", "tour", SAMPLE_SLUG, "-o", out]),
        ]
        return found[:2] if quick else found

    def expect_error(
        self,
        fault: str,
        label: str,
        args: Sequence[str],
        fragment: str,
        cwd: Path,
        wrapper: Sequence[str] = (),
    ) -> CliResult:
        env = isolated_env(cwd)
        result = self.launcher.run(args, env=env, cwd=cwd, wrapper=wrapper)
        problem = one_line_error(result, fragment)
        log = Path(env["XDG_STATE_HOME"]) / "tourplanner" / "log" / "errors.log"
        if problem is None and log.exists():
            problem = "an unexpected error was logged"
        case = Case(fault, label, fragment)
        case.message = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
        case.outcome = f"exit {result.returncode}"
        case.ok = problem is None
        self.cases.append(case)
        if problem:
            self.result.fail(f"{fault}, {label}: {problem}")
        return result

    def expect_success(self, fault: str, args: Sequence[str], cwd: Path) -> None:
        result = self.launcher.run(args, env=isolated_env(cwd), cwd=cwd)
        if result.returncode != 0:
            self.result.fail(f"{fault}: after the fault was removed: {result.describe()}")

    def unchanged(self, fault: str, db: Path, before: str, rows: bytes | None) -> None:
        if _digest(db) != before:
            self.result.fail(f"{fault}: the file was changed by a command that failed")
        self.intact(fault, db, rows)

    def intact(self, fault: str, db: Path, rows: bytes | None) -> None:
        if rows is not None:
            if integrity_problems(db):
                self.result.fail(f"{fault}: integrity check fails: {integrity_problems(db)}")
            elif export_tour(db) != rows:
                self.result.fail(f"{fault}: the tour changed (data lost)")

    # --- the faults -----------------------------------------------------------------

    def corrupt(self, quick: bool) -> None:
        folder = self.work / "case-c"
        folder.mkdir(parents=True, exist_ok=True)
        garbage = folder / "garbage.db"
        garbage.write_bytes(os.urandom(64 * 1024))
        damaged = folder / "damaged.db"
        data = bytearray(self.t.sample_db.read_bytes())
        data[100:4096] = os.urandom(4096 - 100)  # the first page's body: schema lost
        damaged.write_bytes(bytes(data))
        truncated = folder / "truncated.db"
        whole = self.t.sample_db.read_bytes()
        truncated.write_bytes(whole[: len(whole) // 3])
        files = [("garbage bytes", garbage), ("damaged first page", damaged)]
        if not quick:
            files.append(("truncated to a third", truncated))
        for n, (name, db) in enumerate(files):
            before = _digest(db)
            commands = self.commands(db, quick)
            for label, args in commands[n % 2 : n % 2 + 1] if quick else commands:
                self.expect_error(f"corrupt ({name})", label, args, str(db), folder)
            self.unchanged(f"corrupt ({name})", db, before, None)

    def locked(self, quick: bool) -> None:
        folder = self.work / "case-l"
        folder.mkdir(parents=True, exist_ok=True)
        modes = ["plain"] if quick else ["plain", "exclusive-mode"]
        for mode in modes:
            db = copy_sqlite(self.t.sample_db, folder / f"{mode}.db")
            rows = export_tour(db)
            with _holding_lock(db, mode):
                commands = self.commands(db, quick=True)
                for label, args in commands[1:] if quick else commands:
                    self.expect_error(f"locked ({mode})", label, args, "another program", folder)
            self.unchanged(f"locked ({mode})", db, _digest(db), rows)
            self.expect_success(f"locked ({mode})", ["--db", sqlite_url(db), "tours"], folder)

    def read_only(self, quick: bool) -> None:
        folder = self.work / "case-r"
        if os.geteuid() == 0 and not self.wrapper:
            self.result.notes.append("read-only: skipped, running as root without setpriv")
            return
        variants = [("file 444", True, False), ("folder 555", False, True)]
        if not quick:
            variants.append(("file 444 in folder 555", True, True))
        for name, file_ro, dir_ro in variants:
            place = folder / f"v{variants.index((name, file_ro, dir_ro))}"
            place.mkdir(parents=True, exist_ok=True)
            db = copy_sqlite(self.t.sample_db, place / "tour.db")
            rows = export_tour(db)
            before = _digest(db)
            os.chmod(db, 0o444 if file_ro else 0o644)
            os.chmod(place, 0o555 if dir_ro else 0o755)
            try:
                commands = self.commands(db, quick)
                n = variants.index((name, file_ro, dir_ro))
                for label, args in commands[n % 2 : n % 2 + 1] if quick else commands:
                    if label == "export tour":  # write the export elsewhere
                        args = [*args[:-1], str(folder / f"{place.name}.json")]
                    self.expect_error(
                        f"read-only ({name})", label, args, "is read-only", folder, self.wrapper
                    )
            finally:
                os.chmod(place, 0o755)
                os.chmod(db, 0o644)
            self.unchanged(f"read-only ({name})", db, before, rows)
            self.expect_success(f"read-only ({name})", ["--db", sqlite_url(db), "tours"], folder)
        if not quick:
            self._read_only_mount(folder)

    def _read_only_mount(self, folder: Path) -> None:
        place = folder / "mount"
        place.mkdir(parents=True, exist_ok=True)
        with _tmpfs(place, "4m") as mounted:
            if not mounted:
                self.result.notes.append("read-only file system: skipped, cannot mount tmpfs")
                return
            db = copy_sqlite(self.t.sample_db, place / "tour.db")
            rows = export_tour(db)
            before = _digest(db)
            subprocess.run(["mount", "-o", "remount,ro", str(place)], check=True)
            for label, args in self.commands(db, quick=True):
                self.expect_error(
                    "read-only file system", label, args, "read-only file system", folder
                )
            subprocess.run(["mount", "-o", "remount,rw", str(place)], check=True)
            self.unchanged("read-only file system", db, before, rows)

    def full_disk(self, quick: bool) -> None:
        folder = self.work / "case-f"
        folder.mkdir(parents=True, exist_ok=True)
        tiny = folder / "tiny"
        tiny.mkdir(exist_ok=True)
        with _tmpfs(tiny, "64k") as mounted:
            if not mounted:
                self.result.notes.append(
                    "full disk: skipped, cannot mount a tmpfs (needs root and mount rights)"
                )
                return
            # A new database on a disk with no room: the schema does not fit.
            fault = "full disk (new database)"
            args = ["--db", sqlite_url(tiny / "new.db"), "sample"]
            self.expect_error(fault, "sample", args, "disk holding it is full", folder)
            subprocess.run(["mount", "-o", "remount,size=8m", str(tiny)], check=True)
            # Room again: the same file must now work (no half-made schema left behind).
            self.expect_success(fault, args, folder)
        if quick:
            return
        filled = folder / "filled"
        filled.mkdir(exist_ok=True)
        with _tmpfs(filled, "3m") as mounted:
            if not mounted:
                return
            db = copy_sqlite(self.t.sample_db, filled / "tour.db")
            rows = export_tour(db)
            filler = filled / "filler"
            _fill(filler)
            before = _digest(db)
            commands = self.commands(db, quick)
            url = sqlite_url(db)
            commands.append(
                ("import tour", ["--db", url, "import", "tour", str(self.t.big_tour), "--replace"])
            )
            for label, args in commands:
                if label == "export tour":
                    args = [*args[:-1], str(filled / "export.json")]
                self.expect_error(
                    "full disk (existing database)", label, args, "disk holding it is full", folder
                )
            if _digest(db) != before:
                self.result.fail("full disk: the file was changed by a command that failed")
            leftovers = [p.name for p in filled.iterdir() if p.name not in ("tour.db", "filler")]
            leftovers = [n for n in leftovers if not n.startswith("tour.db-")]
            if leftovers:
                self.result.fail(f"full disk: files left behind: {leftovers}")
            filler.unlink()
            fault = "full disk (existing database)"
            self.intact(fault, db, rows)
            self.expect_success(fault, ["--db", url, "sample", "--reset"], folder)


@contextmanager
def _holding_lock(db: Path, mode: str) -> Iterator[None]:
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(db), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        line = holder.stdout.readline()
        if line.strip() != "locked":
            raise RuntimeError("the lock holder did not start")
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


@contextmanager
def _tmpfs(folder: Path, size: str) -> Iterator[bool]:
    """Mount a tmpfs of ``size`` on ``folder`` for the block (False if it cannot)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        yield False
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    if done.returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        for _ in range(20):
            if subprocess.run(["umount", str(folder)], capture_output=True).returncode == 0:
                break
            time.sleep(0.25)


def _fill(path: Path) -> None:
    """Write zeros to ``path`` until the disk is full."""
    chunk = b"\0" * 4096
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        while True:
            try:
                if os.write(fd, chunk) == 0:
                    break
            except OSError:
                break
    finally:
        os.close(fd)


def run(
    work: Path,
    *,
    quick: bool = False,
    templates: Templates | None = None,
    launcher: Launcher | None = None,
) -> SuiteResult:
    result = SuiteResult("faults", "Start-up faults (corrupt, locked, read-only, full disk)")
    with timed(result):
        templates = templates or build_templates(work / "templates", with_rev1=False)
        faults = Faults(work, templates, result, launcher or Launcher())
        faults.corrupt(quick)
        faults.locked(quick)
        faults.read_only(quick)
        faults.full_disk(quick)
        result.figures["commands"] = len(faults.cases)
        result.figures["clear_messages"] = sum(c.ok for c in faults.cases)
        result.figures.setdefault("failures", 0)
        result.tables["faults"] = [
            {
                "fault": c.fault,
                "command": c.command,
                "outcome": c.outcome,
                "message": c.message.replace(str(work), "…"),
            }
            for c in faults.cases
        ]
    return result
