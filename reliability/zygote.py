"""A fork server for CLI runs: one process imports the app once, then forks a child per
command, which runs ``main.py`` as ``python main.py ARGS`` would, in a process group of
its own, with its own folder, environment and output file.

Starting Python and importing the app takes seconds on a busy machine; a forked child
starts in milliseconds with everything already imported. The quick suites in
``make test`` use it; the full run (``make reliability``) starts every command with
``sys.executable main.py``.

Protocol (JSON lines): the harness writes ``{"id", "argv", "env", "cwd", "log"}``; the
server answers ``{"id", "pid"}`` when the child has started and ``{"id", "status"}`` when
it has ended (a negative status is the signal that killed it).
"""

from __future__ import annotations

import json
import os
import runpy
import select
import signal
import sys
from typing import Any

MAIN = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "main.py")


def _preload() -> None:
    """Import what the commands import, without opening anything."""
    import caldav  # noqa: F401
    import icalendar  # noqa: F401
    import openpyxl  # noqa: F401

    import tourplanner.export.pdf
    import tourplanner.services.briefings
    import tourplanner.services.sync  # noqa: F401
    from tourplanner.cli import build_parser

    build_parser()


def _child(request: dict[str, Any]) -> None:
    """In the forked child: become ``python main.py ARGS`` and never return."""
    code = 1
    try:
        os.setsid()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        fd = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        err_name = os.environ.pop("TP_ZYGOTE_STDERR", None)
        err = os.open(err_name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644) if err_name else fd
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(fd, 1)
        os.dup2(err, 2)
        for extra in {fd, err, null}:
            os.close(extra)
        sys.argv = [MAIN, *request["argv"]]
        try:
            runpy.run_path(MAIN, run_name="__main__")
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def serve() -> None:
    _preload()
    out = sys.stdout
    children: dict[int, str] = {}
    buffer = b""
    stdin = sys.stdin.buffer
    out.write(json.dumps({"ready": True}) + "\n")
    out.flush()
    open_input = True
    while open_input or children:
        readable, _, _ = select.select([stdin] if open_input else [], [], [], 0.01)
        if readable:
            chunk = os.read(stdin.fileno(), 65536)
            if not chunk:
                open_input = False
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                request = json.loads(line)
                out.flush()
                sys.stderr.flush()
                pid = os.fork()
                if pid == 0:
                    _child(request)
                children[pid] = request["id"]
                out.write(json.dumps({"id": request["id"], "pid": pid}) + "\n")
                out.flush()
        while children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            ident = children.pop(pid, None)
            if ident is None:
                continue
            code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
            out.write(json.dumps({"id": ident, "status": code}) + "\n")
            out.flush()


if __name__ == "__main__":
    serve()
