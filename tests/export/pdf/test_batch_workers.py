"""Forked batch workers: the same files as one process, and the parent's collector left
as it was (the parent freezes its objects only while the workers are forked)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from tourplanner.core.model import TourSnapshot
from tourplanner.services.briefings import PdfRequest, plan
from tourplanner.services.pdf_batch import run_jobs


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is Linux-only here")
def test_forked_workers_write_what_one_process_writes(snap: TourSnapshot, tmp_path: Path) -> None:
    request = PdfRequest("delegate", tmp_path / "forked")
    (tmp_path / "forked").mkdir()
    planned = plan(snap, request)
    jobs = planned.jobs[:3]
    assert gc.get_freeze_count() == 0
    forked = run_jobs(snap, jobs, request.options, index=planned.index, workers=2,
                      start_method="fork")  # fmt: skip
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    assert sorted(forked.built) == sorted(j.path for j in jobs)

    alone = tmp_path / "alone"
    alone.mkdir()
    local = [type(j)(j.kind, j.target, alone / j.path.name, j.calendar, j.digest) for j in jobs]
    run_jobs(snap, local, request.options, workers=1)
    for job in jobs:
        assert job.path.read_bytes() == (alone / job.path.name).read_bytes()


def _in_a_fresh_process(code: str) -> None:
    """Run ``code`` in a new interpreter: the start method depends on the threads of
    the process, and a test runner's worker has its own (xdist's channel thread)."""
    import os
    import subprocess

    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, PYTHONPATH=str(root))
    env.pop("TOURPLANNER_PDF_START_METHOD", None)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


_OTHER_THREAD = """
import threading
from tourplanner.services.pdf_batch import _context

assert _context().get_start_method() == "fork"
stop = threading.Event()
other = threading.Thread(target=stop.wait)
other.start()
try:
    assert _context().get_start_method() == "forkserver"
finally:
    stop.set()
    other.join()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is Linux-only here")
def test_with_other_threads_running_workers_come_from_the_fork_server() -> None:
    """Forking a process with other threads (the GUI) can deadlock the child: then the
    workers are forked from the fork server, which has loaded the renderers and fonts."""
    _in_a_fresh_process(_OTHER_THREAD)


_ENDED_FOREIGN_THREAD = """
import _thread, threading
from tourplanner.services.pdf_batch import _context

ended = threading.Event()

def foreign():
    threading.current_thread()  # what logging does: registers a dummy thread
    ended.set()

_thread.start_new_thread(foreign, ())
assert ended.wait(10)
for _ in range(100):  # the OS thread ends just after the function returns
    if _context().get_start_method() == "fork":
        break
    threading.Event().wait(0.05)
assert threading.active_count() > 1, "Python still lists the ended thread"
assert _context().get_start_method() == "fork"
release = threading.Lock()
release.acquire()
_thread.start_new_thread(release.acquire, ())  # running, never in threading's list
try:
    assert _context().get_start_method() == "forkserver"
finally:
    release.release()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is Linux-only here")
def test_threads_counted_are_the_ones_running_not_the_ones_python_remembers() -> None:
    """A thread Python did not start (Qt's pools) that ran Python once stays in
    ``threading``'s list after it ended; it must not keep the batch from forking. A
    running thread Python does not know of must."""
    _in_a_fresh_process(_ENDED_FOREIGN_THREAD)


def test_the_start_method_can_be_named_and_a_wrong_name_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The installed app's smoke check names the GUI's way (the fork server) from a
    command that would fork; a name multiprocessing lacks is refused, naming it."""
    from tourplanner.core.errors import TourplannerError
    from tourplanner.services.pdf_batch import START_METHOD_ENV, _context

    monkeypatch.setenv(START_METHOD_ENV, "spawn")
    assert _context().get_start_method() == "spawn"
    assert _context("fork").get_start_method() == "fork"  # the caller's choice wins
    monkeypatch.setenv(START_METHOD_ENV, "vfork")
    with pytest.raises(TourplannerError, match="TOURPLANNER_PDF_START_METHOD='vfork'"):
        _context()


_KILLED_BATCH = """
import sys, threading, time
from pathlib import Path
from tourplanner.export.pdf import TourIndex
from tourplanner.services.briefings import PdfRequest, plan
from tourplanner.services.pdf_batch import run_jobs
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.paths import SAMPLES_DIR

threading.Thread(target=time.sleep, args=(3600,), daemon=True).start()  # as the GUI
path = SAMPLES_DIR / "chongqing-2021.tour.json"
snap = read_tour_file(path.read_bytes(), path.name)
out = Path(sys.argv[1])
request = PdfRequest("delegate", out)
jobs = list(plan(snap, request).jobs) * 20  # more than it gets through before the kill
def progress(done, total, path):
    if done == 1:
        print("building", flush=True)
run_jobs(snap, jobs, request.options, workers=2, progress=progress)
"""


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork server: POSIX")
def test_workers_of_the_fork_server_end_with_a_killed_batch(tmp_path: Path) -> None:
    """Kill the batch process alone (as an out-of-memory kill would): the fork server and
    its workers, which are not its children, end by themselves within a few seconds."""
    import os
    import signal
    import subprocess
    import time

    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_BATCH, str(tmp_path)],
        stdout=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group: every process it starts
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == b"building\n"
        group = [p for p in _group(proc.pid) if p != proc.pid]
        assert len(group) >= 3, "the fork server and two workers"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while _group(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = _group(proc.pid)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "processes outlived the killed batch process by 10 s"


def _group(pgid: int) -> list[int]:
    """The live (not zombie) processes of process group ``pgid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize("workers", [1, 2])
def test_later_batches_are_worked_out_once_the_first_is_under_way(
    snap: TourSnapshot, tmp_path: Path, workers: int
) -> None:
    request = PdfRequest("delegate", tmp_path)
    planned = plan(snap, request)
    first, rest = list(planned.jobs[:1]), list(planned.jobs[1:3])
    asked: list[int] = []  # progress reports seen when the later batch was asked for
    reports: list[int] = []

    def later():  # type: ignore[no-untyped-def]
        asked.append(len(reports))
        yield rest

    done = run_jobs(snap, first, request.options, index=planned.index, workers=workers,
                    progress=lambda n, _t, _p: reports.append(n), more=later())  # fmt: skip
    assert sorted(done.built) == sorted(j.path for j in first + rest)
    assert asked == [1 if workers == 1 else 0]  # one process builds the first job first
    assert reports == [1, 2, 3]


def test_a_cancel_drops_the_batches_not_asked_for_yet(snap: TourSnapshot, tmp_path: Path) -> None:
    import threading

    request = PdfRequest("delegate", tmp_path)
    planned = plan(snap, request)
    cancel = threading.Event()

    def later():  # type: ignore[no-untyped-def]
        raise AssertionError("asked for a batch after the cancel")
        yield planned.jobs[1:2]

    # Cancelled when the first file is written: the next batch is never worked out.
    done = run_jobs(snap, planned.jobs[:1], request.options, index=planned.index, workers=1,
                    cancel=cancel, progress=lambda *_: cancel.set(), more=later())  # fmt: skip
    assert done.built == (planned.jobs[0].path,)
