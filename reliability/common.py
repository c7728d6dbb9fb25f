"""Shared pieces of the harness: results, the CLI in a subprocess, databases and files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
MAIN = REPO / "main.py"
PYTHON = sys.executable
SAMPLE_SLUG = "chongqing-2021"
LEDGER_SLUG = "ledger"  # a second tour that receives the committed edits during trials
PG_ADMIN_URL = os.environ.get(
    "TOURPLANNER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


# --- results ------------------------------------------------------------------------------


@dataclass
class SuiteResult:
    """What one suite did: figures for the report, and failures (which must be none)."""

    name: str
    title: str
    figures: dict[str, Any] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    seconds: float = 0.0

    def fail(self, message: str) -> None:
        # Keep the report readable: one line per failure, and not thousands of them.
        line = " ".join(message.split())
        if len(self.failures) < 200:
            self.failures.append(line[:600])
        self.figures["failures"] = self.figures.get("failures", 0) + 1

    def count(self, name: str, n: int = 1) -> None:
        self.figures[name] = self.figures.get(name, 0) + n

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        figures = ", ".join(f"{k} {v}" for k, v in self.figures.items())
        state = "ok" if self.ok else f"{len(self.failures)} FAILURE(S)"
        return f"{self.title}: {state} ({figures}) in {self.seconds:.0f} s"


def save_results(results: Sequence[SuiteResult], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([r.to_json() for r in results], indent=2, default=str) + "\n")


@contextmanager
def timed(result: SuiteResult) -> Iterator[SuiteResult]:
    start = time.monotonic()
    try:
        yield result
    finally:
        result.seconds = round(time.monotonic() - start, 1)


# --- the CLI as a user runs it ------------------------------------------------------------


OFFLINE_TILES = "http://127.0.0.1:9/{z}/{x}/{y}.png"


def isolated_env(root: Path, **extra: str) -> dict[str, str]:
    """The environment for a CLI run whose settings, logs and data folders are all under
    ``root`` (platformdirs reads the XDG variables), so nothing leaks in or out."""
    env = {k: v for k, v in os.environ.items() if k != "TOURPLANNER_DB"}
    for name in ("DATA", "STATE", "CONFIG", "CACHE"):
        folder = root / f"xdg-{name.lower()}"
        folder.mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # `export pdf` draws day maps from a tile server (OpenStreetMap by default): a trial
    # must never reach the internet, so it gets a closed loopback port and the sketch.
    env["TOURPLANNER_TILES"] = OFFLINE_TILES
    env.update(extra)
    return env


@dataclass(frozen=True)
class CliResult:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def describe(self) -> str:
        err = " | ".join(self.stderr.strip().splitlines()[-3:])
        return f"`{' '.join(self.args)}` exit {self.returncode}: {err[:300]}"


def cli_argv(args: Sequence[str]) -> list[str]:
    return [PYTHON, str(MAIN), *args]


def run_cli(
    args: Sequence[str],
    *,
    env: dict[str, str],
    cwd: Path,
    timeout: float = 300,
    wrapper: Sequence[str] = (),
) -> CliResult:
    """Run ``main.py ARGS`` to the end (``wrapper`` goes in front, e.g. setpriv)."""
    start = time.monotonic()
    done = subprocess.run(
        [*wrapper, *cli_argv(args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return CliResult(
        tuple(args), done.returncode, done.stdout, done.stderr, time.monotonic() - start
    )


def start_cli(args: Sequence[str], *, env: dict[str, str], cwd: Path, log: Path) -> Any:
    """Start ``main.py ARGS`` in a process group of its own (so a kill takes its workers
    too, as a crash or a power cut would), its output going to ``log``."""
    with log.open("wb") as out:
        return subprocess.Popen(
            cli_argv(args),
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )


def kill_group(proc: Any) -> bool:
    """SIGKILL the process and everything it started; True if it was still running."""
    running = proc.poll() is None
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return running


class Launcher:
    """Runs CLI commands: each in a new ``sys.executable main.py`` process."""

    fast = False

    def run(
        self,
        args: Sequence[str],
        *,
        env: dict[str, str],
        cwd: Path,
        timeout: float = 300,
        wrapper: Sequence[str] = (),
    ) -> CliResult:
        return run_cli(args, env=env, cwd=cwd, timeout=timeout, wrapper=wrapper)

    def start(self, args: Sequence[str], *, env: dict[str, str], cwd: Path, log: Path) -> Any:
        return start_cli(args, env=env, cwd=cwd, log=log)

    def close(self) -> None:
        pass


class _Forked:
    """A command running in a child of the fork server (looks like a Popen)."""

    def __init__(self, pid: int, done: threading.Event, status: list[int]) -> None:
        self.pid = pid
        self._done = done
        self._status = status

    def poll(self) -> int | None:
        return self._status[0] if self._done.is_set() else None

    def wait(self, timeout: float | None = None) -> int:
        if not self._done.wait(timeout):
            raise subprocess.TimeoutExpired("forked cli", timeout or 0)
        return self._status[0]

    @property
    def returncode(self) -> int | None:
        return self.poll()


class ForkLauncher(Launcher):
    """Runs CLI commands as forks of one process that imported the app already
    (``reliability.zygote``): the same code path from ``main.py`` on, without paying for
    interpreter start-up and imports on every command. Commands that need a wrapper
    (setpriv) still start a real process."""

    fast = True

    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [PYTHON, "-m", "reliability.zygote"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert self._proc.stdout is not None
        first = self._proc.stdout.readline()
        if b"ready" not in first:
            raise RuntimeError("the fork server did not start")
        self._lock = threading.Lock()
        self._waiting: dict[str, tuple[threading.Event, list[Any], threading.Event, list[int]]]
        self._waiting = {}
        self._counter = 0
        self._reader = threading.Thread(target=self._read, name="zygote-reader", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            message = json.loads(line)
            with self._lock:
                slot = self._waiting.get(message["id"])
            if slot is None:
                continue
            started, pid, done, status = slot
            if "pid" in message:
                pid.append(message["pid"])
                started.set()
            else:
                status.append(message["status"])
                done.set()
                with self._lock:
                    self._waiting.pop(message["id"], None)

    def start(self, args: Sequence[str], *, env: dict[str, str], cwd: Path, log: Path) -> Any:
        started, done = threading.Event(), threading.Event()
        pid: list[Any] = []
        status: list[int] = []
        with self._lock:
            self._counter += 1
            ident = str(self._counter)
            self._waiting[ident] = (started, pid, done, status)
            request = {
                "id": ident,
                "argv": list(args),
                "env": env,
                "cwd": str(cwd),
                "log": str(log),
            }
            assert self._proc.stdin is not None
            self._proc.stdin.write((json.dumps(request) + "\n").encode())
            self._proc.stdin.flush()
        if not started.wait(60):
            raise RuntimeError("the fork server did not start a command")
        return _Forked(pid[0], done, status)

    def run(
        self,
        args: Sequence[str],
        *,
        env: dict[str, str],
        cwd: Path,
        timeout: float = 300,
        wrapper: Sequence[str] = (),
    ) -> CliResult:
        if wrapper:
            return run_cli(args, env=env, cwd=cwd, timeout=timeout, wrapper=wrapper)
        started = time.monotonic()
        out_file = cwd / f".cli-{threading.get_ident()}-{time.monotonic_ns()}.out"
        err_file = Path(str(out_file) + ".err")
        handle = self._start_split(args, env, cwd, out_file, err_file)
        try:
            code = handle.wait(timeout)
        except subprocess.TimeoutExpired:
            kill_group(handle)
            raise
        out = out_file.read_text("utf-8", "replace")
        err = err_file.read_text("utf-8", "replace")
        out_file.unlink(missing_ok=True)
        err_file.unlink(missing_ok=True)
        return CliResult(tuple(args), code, out, err, time.monotonic() - started)

    def _start_split(
        self, args: Sequence[str], env: dict[str, str], cwd: Path, out: Path, err: Path
    ) -> Any:
        # stdout and stderr apart: the child writes stderr to "<log>.err".
        return self.start(args, env={**env, "TP_ZYGOTE_STDERR": str(err)}, cwd=cwd, log=out)

    def close(self) -> None:
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            try:
                self._proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self._proc.kill()


def one_line_error(result: CliResult, fragment: str | None = None) -> str | None:
    """None when ``result`` is a clean user error: exit 2, one line on stderr that starts
    with 'tourplanner: error:' (and holds ``fragment``), no traceback. Else what is wrong."""
    lines = result.stderr.strip().splitlines()
    if "Traceback" in result.stderr or "Traceback" in result.stdout:
        return f"traceback: {result.describe()}"
    if result.returncode != 2:
        return f"expected exit 2: {result.describe()}"
    if len(lines) != 1 or not lines[0].startswith("tourplanner: error:"):
        return f"expected one error line: {result.describe()}"
    if fragment is not None and fragment not in lines[0]:
        return f"expected {fragment!r} in the message: {lines[0]}"
    return None


# --- databases --------------------------------------------------------------------------


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of an SQLite file (WAL content included), via the backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def integrity_problems(path: Path) -> list[str]:
    """What PRAGMA integrity_check and foreign_key_check say is wrong (empty: nothing).
    Opening the file recovers a WAL left by a killed process, as any next start would."""
    if not path.exists():
        return [f"{path.name} is missing"]
    conn = sqlite3.connect(path, timeout=30)
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if check == ["ok"] else [f"integrity_check: {check[:3]}"]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"foreign_key_check: {broken[:3]}")
        return problems
    except sqlite3.DatabaseError as e:
        return [f"cannot read {path.name}: {e}"]
    finally:
        conn.close()


def sqlite_scalar(path: Path, sql: str, *params: Any) -> Any:
    conn = sqlite3.connect(path, timeout=30)
    try:
        row = conn.execute(sql, params).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def sqlite_rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path, timeout=30)
    try:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


def open_db(path: Path, migrate: bool = False) -> Any:
    from tourplanner.services.database import open_database

    return open_database(sqlite_url(path), migrate=migrate)


def export_tour(path: Path, slug: str = SAMPLE_SLUG) -> bytes | None:
    """The tour file of ``slug`` in the SQLite file at ``path`` (None if there is none)."""
    from tourplanner.core.errors import NotFoundError
    from tourplanner.services.tourfile import export_tour_bytes

    db = open_db(path)
    try:
        return export_tour_bytes(db, slug)
    except NotFoundError:
        return None
    finally:
        db.dispose()


def make_ledger_tour(db: Any) -> None:
    """The small tour the trials' editors write to while an operation runs."""
    from tourplanner.services.tours import create_tour

    create_tour(
        db,
        slug=LEDGER_SLUG,
        name="Edits made while other work runs",
        start_date=date(2021, 3, 27),
        end_date=date(2021, 3, 28),
    )


class Editor:
    """Commits small edits to the ledger tour of an SQLite file from a thread, and keeps
    the key of every edit whose commit returned (acknowledged) — they must all survive."""

    def __init__(self, path: Path, label: str, pause: float = 0.05) -> None:
        self.path = path
        self.label = label
        self.pause = pause
        self.acknowledged: list[str] = []
        self.refused = 0
        self.errors: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"editor-{label}", daemon=True)

    def edit_once(self, db: Any) -> None:
        from tourplanner.core.errors import DatabaseError
        from tourplanner.services.participants import create_participant

        key = f"{self.label}-{len(self.acknowledged) + self.refused}"
        try:
            create_participant(db, LEDGER_SLUG, key=key, full_name=f"Edit {key}", role="staff")
        except DatabaseError:
            self.refused += 1  # locked for too long by the operation: refused, not lost
            return
        self.acknowledged.append(key)

    def _run(self) -> None:
        try:
            db = open_db(self.path)
        except Exception as e:
            self.errors.append(f"editor could not open the database: {e}")
            return
        try:
            while not self._stop.is_set():
                try:
                    self.edit_once(db)
                except Exception as e:
                    self.errors.append(f"editor: {type(e).__name__}: {e}")
                    return
                self._stop.wait(self.pause)
        finally:
            db.dispose()

    def start(self) -> Editor:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=60)

    def missing(self) -> list[str]:
        """Acknowledged edits that are not in the database."""
        found = {
            r[0]
            for r in sqlite_rows(
                self.path,
                "SELECT p.key FROM participant p JOIN tour t ON t.id = p.tour_id WHERE t.slug = ?",
                LEDGER_SLUG,
            )
        }
        return [k for k in self.acknowledged if k not in found]


# --- files ------------------------------------------------------------------------------


def temp_name(path: Path) -> bool:
    """Whether ``path`` is one of the app's temporary names (``.NAME.XXXX.part``)."""
    return path.name.startswith(".") and path.name.endswith(".part")


def pdf_text(path: Path) -> str | None:
    """The text of a PDF by pdftotext, or None when it is not a readable PDF."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        timeout=60,
    )
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")


def have_pdftotext() -> bool:
    try:
        subprocess.run(["pdftotext", "-v"], capture_output=True, timeout=10)
    except OSError:
        return False
    return True


def ics_without_stamps(data: bytes) -> bytes:
    """An .ics with its DTSTAMP lines taken out (they say when it was written)."""
    lines = data.split(b"\r\n")
    return b"\r\n".join(line for line in lines if not line.startswith(b"DTSTAMP"))


def parse_ics(data: bytes) -> str | None:
    """None if ``data`` is a complete calendar icalendar can read; else the reason."""
    from icalendar import Calendar

    if not data.rstrip().endswith(b"END:VCALENDAR"):
        return "does not end with END:VCALENDAR"
    try:
        Calendar.from_ical(data)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return None
