"""A real WsgiDAV server for tests: 127.0.0.1, a free port, a folder it serves, and basic
auth or none.

The server runs as a child process (this file is its program), so a test can make it
die in the middle of a publication and start it again on the same folder. A small WSGI
layer in front of WsgiDAV logs every request on arrival (``requests()`` reads the log, so
a test counts what reached the server, not what the client believes it sent) and plays
the failures a test asks for:

- ``die_after_writes=N``: the process exits at once (``os._exit``) when write N+1
  arrives, before answering it: a server that dies mid-publish;
- ``fail_writes=507``: every PUT is answered ``507 Insufficient Storage``;
- ``delay=S``: every request waits S seconds before it is answered (a client timeout).

Use the fixtures by importing them into a test module::

    from tests.servers.webdav import WebDavServer, webdav_fixture  # noqa: F401
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

USER = "publisher"
PASSWORD = "correct horse battery staple"
STARTUP_TIMEOUT = 20.0
WRITE_METHODS = frozenset({"PUT", "DELETE", "MKCOL", "PROPPATCH", "MOVE", "COPY"})


def free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str

    @property
    def is_write(self) -> bool:
        return self.method in WRITE_METHODS


class WebDavServer:
    """One WsgiDAV process serving ``root``; its log and options live in ``folder``."""

    def __init__(self, folder: Path, *, auth: bool = True) -> None:
        self.folder = folder
        self.root = folder / "served"
        self.root.mkdir(parents=True, exist_ok=True)
        self.log = folder / "requests.log"
        self.auth = auth
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The collection's URL with the user in it (as a user would write it)."""
        user = f"{USER}@" if self.auth else ""
        return f"http://{user}127.0.0.1:{self.port}/"

    @property
    def public_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(
        self,
        *,
        die_after_writes: int | None = None,
        fail_writes: int | None = None,
        delay: float = 0.0,
    ) -> WebDavServer:
        """Start (again, same port and folder) and wait until it answers."""
        self.stop()
        options = {
            "root": str(self.root),
            "port": self.port,
            "log": str(self.log),
            "auth": self.auth,
            "die_after_writes": die_after_writes,
            "fail_writes": fail_writes,
            "delay": delay,
        }
        self.process = subprocess.Popen(
            [sys.executable, __file__, json.dumps(options)],
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "server.err").open("ab"),
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        import socket

        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("WsgiDAV exited while starting: " + self.errors())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("WsgiDAV did not start: " + self.errors())

    def errors(self) -> str:
        path = self.folder / "server.err"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def wait_dead(self, timeout: float = 10.0) -> int | None:
        assert self.process is not None
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
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

    def requests(self) -> list[LoggedRequest]:
        if not self.log.exists():
            return []
        out = []
        for line in self.log.read_text(encoding="utf-8").splitlines():
            method, _, path = line.partition(" ")
            out.append(LoggedRequest(method, path))
        return out

    def writes(self) -> list[LoggedRequest]:
        return [r for r in self.requests() if r.is_write]

    def clear_log(self) -> None:
        self.log.write_text("", encoding="utf-8")


@pytest.fixture(name="webdav")
def webdav_fixture(tmp_path: Path) -> Iterator[WebDavServer]:
    """A running WsgiDAV server with basic auth (user ``publisher``)."""
    server = WebDavServer(tmp_path / "dav", auth=True)
    server.folder.mkdir(parents=True, exist_ok=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(name="webdav_open")
def webdav_open_fixture(tmp_path: Path) -> Iterator[WebDavServer]:
    """A running WsgiDAV server that asks for no login."""
    server = WebDavServer(tmp_path / "dav-open", auth=False)
    server.folder.mkdir(parents=True, exist_ok=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# -- the server process -------------------------------------------------------------------


def _serve(options: dict[str, object]) -> None:
    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    users = {"*": {USER: {"password": PASSWORD}}} if options["auth"] else {"*": True}
    config = {
        "host": "127.0.0.1",
        "port": options["port"],
        "provider_mapping": {"/": str(options["root"])},
        "simple_dc": {"user_mapping": users},
        "http_authenticator": {
            "accept_basic": True,
            "accept_digest": False,
            "default_to_digest": False,
        },
        "dir_browser": {"enable": False},
        "verbose": 0,
        "logging": {"enable": False},
        "lock_storage": True,
        "property_manager": True,
    }
    app = WsgiDAVApp(config)
    log = open(str(options["log"]), "a", encoding="utf-8", buffering=1)  # noqa: SIM115
    state = {"writes": 0}
    die_after = options.get("die_after_writes")
    fail_writes = options.get("fail_writes")
    delay = float(options.get("delay") or 0.0)

    def probe(environ, start_response):
        method = environ["REQUEST_METHOD"]
        log.write(f"{method} {environ.get('PATH_INFO', '')}\n")
        if delay:
            time.sleep(delay)
        if method in WRITE_METHODS:
            state["writes"] += 1
            if die_after is not None and state["writes"] > int(die_after):
                os._exit(17)  # dies mid-publish, without answering
            if fail_writes and method == "PUT":
                start_response(f"{fail_writes} Insufficient Storage", [("Content-Length", "0")])
                return [b""]
        return app(environ, start_response)

    server = wsgi.Server(("127.0.0.1", int(options["port"])), probe)
    server.start()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("options")
    _serve(json.loads(parser.parse_args().options))
