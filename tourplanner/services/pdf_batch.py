"""Build many PDFs at once on every core, and only those whose content changed.

Each job names one document (kind and target) and its file. Before anything is built,
the job's content hash is compared with the hash recorded in the existing file; equal
means the file is current and is skipped. The rest are built in worker processes: each
worker receives the tour snapshot once (frozen dataclasses pickle cheaply; with ``fork``
they are simply inherited), indexes it once, then builds and writes one PDF per task
(to a temporary name, renamed into place). Where this process cannot fork (it has other
threads, as the GUI has), workers come from the fork server, which has the renderers and
fonts loaded already (see ``_context``). Progress arrives in the calling thread, one
call per finished file, so a command can print it and the GUI can forward it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import select
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from tourplanner.core.errors import TourplannerError
from tourplanner.core.i18n import Context
from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import (
    Issue,
    PdfOptions,
    TourIndex,
    read_content_hash,
    read_version,
    render,
)
from tourplanner.export.pdf.facts import Facts
from tourplanner.services.files import atomic_write

Errors = Context("Errors")  # the catalogue context of messages the services raise

# done, total, the file just written
ProgressCallback = Callable[[int, int, Path], None]

#: What ``_init_worker`` is given: the snapshot or its index, the options, the parent pid.
_WorkerArgs = tuple[TourSnapshot | None, TourIndex | None, PdfOptions, int]


@dataclass(frozen=True, slots=True)
class PdfJob:
    """One document to write: ``kind`` and ``target`` (a participant or site id, or None
    for the booklet and run sheet), the file, what the QR code holds (the owner's page,
    "" for none), its content hash and its issue (version and date; see
    ``briefings.issue_jobs``), None for an unstamped build."""

    kind: str
    target: int | None
    path: Path
    calendar: str
    digest: str
    issue: Issue | None = None
    # The hash the document's version follows: its facts and options without the day
    # maps (tiles that change are not a new issue of the plan); "" when it is ``digest``.
    plan_digest: str = ""


@dataclass(frozen=True)
class BatchResult:
    built: tuple[Path, ...]
    skipped: tuple[Path, ...]


def facts_for(index: TourIndex, kind: str, target: int | None, calendar: str) -> Facts:
    """The facts of one document."""
    if kind == "delegate":
        assert target is not None
        return index.delegate(target, calendar)
    if kind == "host":
        assert target is not None
        return index.host(target, calendar)
    if kind == "booklet":
        return index.booklet()
    if kind == "runsheet":
        return index.runsheet()
    raise TourplannerError(Errors.tr("unknown kind of PDF {kind}").format(kind=repr(kind)))


def is_current(path: Path, digest: str, version: int | None = None) -> bool:
    """Whether ``path`` is a briefing whose recorded content hash is ``digest`` and
    whose issue is ``version`` (None: unstamped)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return read_content_hash(data) == digest and read_version(data) == version


def build_one(index: TourIndex, job: PdfJob, options: PdfOptions) -> Path:
    """Build and write one job (in whichever process runs it)."""
    facts = facts_for(index, job.kind, job.target, job.calendar)
    return atomic_write(job.path, render(facts, options, job.digest, job.issue))


# -- worker processes -------------------------------------------------------------------

_worker: tuple[TourIndex, PdfOptions] | None = None


def _init_worker(
    snapshot: TourSnapshot | None, index: TourIndex | None, options: PdfOptions, parent: int
) -> None:
    """Set a worker up: the index the parent forked it with, or one made here from the
    snapshot (``forkserver``, ``spawn``). What exists now lives as long as the worker,
    so it is moved out of the collector's sight (``gc.freeze``): each document then
    costs the collector only its own objects."""
    global _worker
    from tourplanner.export.pdf.fonts import register_fonts

    _exit_with(parent)
    register_fonts()
    if index is None:
        assert snapshot is not None
        index = TourIndex(snapshot)
    _worker = (index, options)
    gc.freeze()


def _exit_with(parent: int) -> None:
    """End this worker when the process that started the batch is gone. A batch process
    that is killed (SIGKILL, a crash) cannot shut its pool down, and its workers would
    otherwise wait for work for ever.

    A worker started by fork or spawn is the batch process's child: it watches for its
    parent to change. A worker of the fork server is the server's child, and the server
    outlives the batch process for as long as any worker runs (each holds the server's
    keep-alive pipe), so it watches the batch process itself (a pidfd on Linux, else it
    asks every half second)."""
    if os.getppid() == parent:

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

    elif hasattr(os, "pidfd_open"):
        try:
            handle = os.pidfd_open(parent)
        except ProcessLookupError:
            os._exit(1)  # the batch process died before this worker got going

        def watch() -> None:
            select.select([handle], [], [])  # readable once the process has ended
            os._exit(1)

    else:

        def watch() -> None:
            while _alive(parent):
                time.sleep(0.5)
            os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's: the pid was reused
        return False
    return True


def _run_job(job: PdfJob) -> Path:
    assert _worker is not None, "worker not initialised"
    index, options = _worker
    return build_one(index, job, options)


#: Names the start method for every batch: for checks of the installed app (what the
#: GUI takes with its threads running, ``forkserver``, from a one-threaded command).
START_METHOD_ENV = "TOURPLANNER_PDF_START_METHOD"

#: What the fork server loads before it forks any worker (see ``_context``).
_PRELOAD = ["tourplanner.services.pdf_batch", "tourplanner.export.pdf.warm"]


def _threads() -> int:
    """The threads this process runs now. On Linux, the kernel's count: that is what
    makes a fork unsafe, and ``threading`` both misses threads that never ran Python and
    keeps counting foreign threads (Qt's thread pools) that ran Python once and have
    ended since (CPython never forgets those)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _context(method: str | None = None) -> multiprocessing.context.BaseContext:
    """``fork`` when it is safe (a process with one thread, on Linux): workers start at
    once with everything the parent has loaded and worked out. Otherwise (the GUI has
    other threads, and forking a process with threads can deadlock the child) the fork
    server where there is one: a clean process that loads the renderers and the fonts
    once (``export.pdf.warm``) and lives as long as this one, so each batch's workers
    are forked from it ready to work, where ``spawn`` (the last resort) starts each
    worker from nothing."""
    available = multiprocessing.get_all_start_methods()
    if method is None:
        method = os.environ.get(START_METHOD_ENV) or None
        if method is not None and method not in available:
            raise TourplannerError(
                Errors.tr("{variable}={method}: not one of {available}").format(
                    variable=START_METHOD_ENV, method=repr(method), available=", ".join(available)
                )
            )
    if method is None:
        if sys.platform.startswith("linux") and _threads() == 1:
            method = "fork"
        elif "forkserver" in available:
            method = "forkserver"
        else:
            method = "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(_PRELOAD)  # no effect once the server runs
    return context


def default_workers() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def run_jobs(
    snapshot: TourSnapshot,
    jobs: Sequence[PdfJob],
    options: PdfOptions,
    *,
    index: TourIndex | None = None,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
    cancel: threading.Event | None = None,
    start_method: str | None = None,
    more: Iterable[Sequence[PdfJob]] = (),
) -> BatchResult:
    """Write every job whose file is not current; report progress per file written.

    ``workers``: processes to use (default: every core; 1 builds in this process).
    ``start_method``: how to start them (default: see ``_context``).
    ``cancel``: set it to stop early; jobs not started are dropped, and the files
    already written stay (each is complete). Raises TourplannerError if a build fails.
    ``more``: further jobs, each batch worked out by the caller (in this thread) once
    the workers are busy with the ones before: a caller that finds its jobs one by
    one gets the cores working on the first while it looks for the rest. Progress
    then counts the jobs known so far.
    """
    skipped: list[Path] = []
    todo: list[PdfJob] = []

    def pending_of(batch: Sequence[PdfJob]) -> list[PdfJob]:
        fresh = []
        for j in batch:
            if is_current(j.path, j.digest, j.issue.version if j.issue else None):
                skipped.append(j.path)
            else:
                fresh.append(j)
        todo.extend(fresh)
        return fresh

    first = pending_of(jobs)
    later = iter(more)
    count = workers or default_workers()
    if more == ():
        count = min(count, len(todo))
    built: list[Path] = []

    def done(path: Path) -> None:
        built.append(path)
        if progress is not None:
            progress(len(built), len(todo), path)

    if count <= 1:
        local = index or TourIndex(snapshot)
        for batch in _batches(first, later, cancel, pending_of):
            for job in batch:
                if cancel is not None and cancel.is_set():
                    break
                done(build_one(local, job, options))
        return BatchResult(tuple(built), tuple(skipped))

    from tourplanner.export.pdf.fonts import register_fonts

    register_fonts()  # once here, so forked workers inherit the loaded font
    context = _context(start_method)
    forking = context.get_start_method() == "fork"
    freezing = forking and gc.get_freeze_count() == 0  # else: the caller froze, leave it
    if forking:
        # Forked workers share the parent's memory until either side writes to it; the
        # index the plan built (its facts already worked out) comes with it for free.
        # Frozen, the parent's objects are not touched by the workers' collectors,
        # which would otherwise copy every page they sit on into each worker.
        initargs: _WorkerArgs = (None, index or TourIndex(snapshot), options, os.getpid())
        if freezing:
            gc.freeze()
    else:
        initargs = (snapshot, None, options, os.getpid())
    with ProcessPoolExecutor(
        max_workers=count, mp_context=context, initializer=_init_worker, initargs=initargs
    ) as pool:
        try:  # the first submit starts every worker (fork) or the first one (spawn)
            pending: dict[Future[Path], PdfJob] = {pool.submit(_run_job, j): j for j in first}
        finally:
            if freezing:
                gc.unfreeze()
        try:
            for batch in _batches([], later, cancel, pending_of):
                pending.update((pool.submit(_run_job, j), j) for j in batch)
            while pending:
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if cancel is not None and cancel.is_set():
                    break
                for future in finished:
                    job = pending.pop(future)
                    try:
                        done(future.result())
                    except TourplannerError:
                        raise
                    except Exception as e:  # a bug in one document: name it
                        raise TourplannerError(
                            Errors.tr("building {name} failed: {type}: {error}").format(
                                name=job.path.name, type=type(e).__name__, error=e
                            )
                        ) from e
        finally:
            for future in pending:
                future.cancel()
    return BatchResult(tuple(built), tuple(skipped))


def _batches(
    first: list[PdfJob],
    later: Iterator[Sequence[PdfJob]],
    cancel: threading.Event | None,
    pending_of: Callable[[Sequence[PdfJob]], list[PdfJob]],
) -> Iterator[list[PdfJob]]:
    """``first``, then the jobs not current of each later batch, worked out only when
    asked for; none once cancelled."""
    yield first
    while cancel is None or not cancel.is_set():
        batch = next(later, None)
        if batch is None:
            return
        yield pending_of(batch)
