"""A real Radicale CalDAV server for tests: 127.0.0.1, a free port, its own storage folder
and an htpasswd file written by the test.

The server runs as a child process, so a test can kill it in the middle of a sync and start
it again on the same port with the same storage. Radicale logs every request it receives;
``requests()`` reads that log, so a test can count what reached the server (for example
"a second sync sent no writes") without trusting the client's own bookkeeping.

Use the fixtures by importing them into a test module (``pytest_plugins`` may only be set
in the root conftest)::

    from tests.servers.radicale import RadicaleServer, radicale_fixture  # noqa: F401

    def test_something(radicale: RadicaleServer) -> None:
        ... radicale.url, radicale.user, radicale.password ...

``RadicaleServer`` also plays "someone else": ``get``, ``put`` and ``delete`` send requests
as a calendar's owner would from their own calendar app.
"""

from __future__ import annotations

import base64
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import pytest

USER = "organiser"
PASSWORD = "correct horse battery staple"
STARTUP_TIMEOUT = 20.0

# Methods that change what the server stores.
WRITE_METHODS = frozenset({"PUT", "DELETE", "MKCALENDAR", "MKCOL", "PROPPATCH", "MOVE", "COPY"})

_REQUEST_LINE = re.compile(r"\] (?P<method>[A-Z]+) request for '(?P<path>[^']*)'")


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listened on a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the server logged it on arrival."""

    method: str
    path: str

    @property
    def is_write(self) -> bool:
        return self.method in WRITE_METHODS


@dataclass(frozen=True)
class Reply:
    """The answer to one of the helper requests (``get``, ``put``, ``delete``)."""

    status: int
    etag: str | None
    body: bytes


class RadicaleServer:
    """One Radicale process and everything it keeps on disk, under ``folder``."""

    def __init__(self, folder: Path, users: dict[str, str] | None = None) -> None:
        self.folder = folder
        self.users = dict(users or {USER: PASSWORD})
        self.port = free_port()
        self.storage = folder / "storage"
        self.htpasswd = folder / "users"
        self.config = folder / "config"
        self.log = folder / "radicale.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self._write_files()

    # --- set-up -------------------------------------------------------------------------

    def _write_files(self) -> None:
        self.storage.mkdir(parents=True, exist_ok=True)
        self._write_htpasswd()
        # Plain htpasswd: the file is written by the test and never leaves its tmp folder.
        # A short auth delay keeps the wrong-password tests fast.
        self.config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {self.htpasswd}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0.05\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {self.storage}\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = info\n"
            "mask_passwords = True\n",
            encoding="utf-8",
        )

    def _write_htpasswd(self) -> None:
        lines = "".join(f"{name}:{password}\n" for name, password in self.users.items())
        self.htpasswd.write_text(lines, encoding="utf-8")

    def add_user(self, name: str, password: str) -> None:
        """Another account; Radicale reads the htpasswd file on every login."""
        self.users[name] = password
        self._write_htpasswd()

    # --- where --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The server's root URL."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def user(self) -> str:
        return next(iter(self.users))

    @property
    def password(self) -> str:
        return self.users[self.user]

    def home_url(self, user: str | None = None) -> str:
        """The calendar home of ``user`` (Radicale puts it at /USER/)."""
        return f"{self.url}{user or self.user}/"

    # --- life cycle ---------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> RadicaleServer:
        """Start the server (again: same port, same storage) and wait until it answers."""
        if self.running:
            return self
        # The log is opened for appending, so requests() sees every run of the server.
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(self.config)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        self.starts += 1
        self._wait_until_ready()
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"Radicale exited while starting:\n{self.log_tail()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.02)
        self.kill()
        raise RuntimeError(
            f"Radicale did not answer within {STARTUP_TIMEOUT} s:\n{self.log_tail()}"
        )

    def stop(self) -> None:
        """Stop the server politely (SIGTERM), or by force if it does not go."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash or a pulled plug would."""
        if self.process is None:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def restart(self) -> RadicaleServer:
        self.stop()
        return self.start()

    def __enter__(self) -> RadicaleServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- what reached the server --------------------------------------------------------

    def log_tail(self, lines: int = 30) -> str:
        if not self.log.exists():
            return "(no log)"
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def requests(self, since: int = 0) -> list[LoggedRequest]:
        """Every request the server logged, oldest first (from position ``since`` on)."""
        if not self.log.exists():
            return []
        text = self.log.read_text(encoding="utf-8", errors="replace")
        found = [LoggedRequest(m["method"], m["path"]) for m in _REQUEST_LINE.finditer(text)]
        return found[since:]

    def mark(self) -> int:
        """A position in the request log, for ``requests(since=...)`` and ``writes(...)``."""
        return len(self.requests())

    def writes(self, since: int = 0) -> list[LoggedRequest]:
        """The requests since ``since`` that could change what the server stores."""
        return [r for r in self.requests(since) if r.is_write]

    # --- someone else's calendar app ----------------------------------------------------

    def send(
        self,
        method: str,
        url: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        user: str | None = None,
    ) -> Reply:
        """One request as ``user`` (default: the first account), e.g. MKCALENDAR."""
        name = user or self.user
        token = base64.b64encode(f"{name}:{self.users[name]}".encode()).decode()
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("Authorization", f"Basic {token}")
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Reply(response.status, response.headers.get("ETag"), response.read())
        except urllib.error.HTTPError as e:
            return Reply(e.code, e.headers.get("ETag"), e.read())

    def get(self, url: str, user: str | None = None) -> Reply:
        return self.send("GET", url, user=user)

    def put(self, url: str, body: bytes, user: str | None = None) -> Reply:
        return self.send(
            "PUT", url, body, {"Content-Type": "text/calendar; charset=utf-8"}, user=user
        )

    def delete(self, url: str, user: str | None = None) -> Reply:
        return self.send("DELETE", url, user=user)

    def resources(self, calendar_url: str, user: str | None = None) -> dict[str, bytes]:
        """Every resource of a calendar as stored (href path → body), read from disk.

        Reading the storage folder rather than asking the server means the count cannot be
        hidden by the server's own de-duplication.
        """
        path = calendar_url.removeprefix(self.url).strip("/")
        folder = self.storage / "collection-root" / path
        if not folder.is_dir():
            return {}
        return {
            f"/{path}/{f.name}": f.read_bytes()
            for f in sorted(folder.iterdir())
            if f.is_file() and not f.name.startswith(".")
        }


@pytest.fixture(name="radicale")
def radicale_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    """A started Radicale server with one account (``USER``/``PASSWORD``), stopped after
    the test however it ended."""
    server = RadicaleServer(tmp_path_factory.mktemp("radicale"))
    server.start()
    try:
        yield server
    finally:
        server.stop()
