"""The ``tourplanner`` command run inside the test process, answered as a subprocess's.

Starting Python, importing the app and opening the database again costs about two
seconds of CPU per command; a test about what a command does (its output, exit code,
files and database rows) needs none of that. ``run_main`` calls ``tourplanner.launch.main``
as ``main.py`` does, with the command line, working folder, environment, ``sys.argv`` and
standard streams the subprocess would have had, puts all of them back afterwards, and
returns a ``subprocess.CompletedProcess`` so the tests' assertions stay as they were.

Tests about the process itself (start-up, imports, pipes, signals, the installed entry
point) still start one: see tests/test_cli.py, tests/test_launch.py and tests/test_wheel.py.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from tourplanner.launch import main


class _Stream(io.TextIOWrapper):
    """A text stream over bytes, like a pipe's: ``.buffer`` takes bytes too."""

    def __init__(self) -> None:
        self.raw_bytes = io.BytesIO()
        super().__init__(self.raw_bytes, encoding="utf-8", errors="strict", write_through=True)

    def text(self) -> str:
        """Everything written, decoded as ``subprocess.run(text=True)`` reads it."""
        self.flush()
        raw = self.raw_bytes.getvalue()
        return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


@contextmanager
def _process_state(
    argv: Sequence[str], cwd: Path | None, env: Mapping[str, str] | None
) -> Iterator[None]:
    """The working folder, environment and ``sys.argv`` of a process started with these,
    restored on the way out however the command ended."""
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_argv = sys.argv
    try:
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        if cwd is not None:
            os.chdir(cwd)
        sys.argv = ["main.py", *argv]
        yield
    finally:
        sys.argv = saved_argv
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def run_main(
    *args: str, cwd: Path | None = None, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` run in this process: ``env`` is the whole environment the
    subprocess would have been given (None: this process's), ``cwd`` its folder.

    Exit codes come as the shell would see them: the returned code, or argparse's
    ``SystemExit``. Any other exception escapes and fails the test, where a subprocess
    would have printed a traceback (which the tests assert never happens)."""
    out, err = _Stream(), _Stream()
    saved = sys.stdout, sys.stderr
    code: int
    with _process_state(args, cwd, env):
        sys.stdout, sys.stderr = out, err
        try:
            code = main(list(args))
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if isinstance(e.code, str):
                print(e.code, file=err)
        finally:
            sys.stdout, sys.stderr = saved
    return subprocess.CompletedProcess(
        [sys.executable, "main.py", *args], code, out.text(), err.text()
    )
