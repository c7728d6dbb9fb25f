"""The one helper for long work: run a function on the thread pool, report back on the GUI
thread.

A job is a plain function that takes a ``JobContext``; it reports progress through it
and checks it for cancellation. Its result, its error (as the one line a user can read,
never a traceback) or its cancellation arrive as signals of the ``Job``, which lives in
the GUI thread, so Qt queues them to the GUI thread whatever thread emits them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from tourplanner.core.errors import TourplannerError, first_line


class JobCancelled(Exception):
    """Raised inside a job (by ``JobContext.check``) to stop it early."""


class JobContext:
    """What a running job sees: where to report progress and whether to stop."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        """True once the user asked to stop."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Stop the job here (raising JobCancelled) if the user asked to."""
        if self._cancel.is_set():
            raise JobCancelled

    @property
    def event(self) -> threading.Event:
        """The cancellation flag itself, for services that take a ``threading.Event``."""
        return self._cancel

    def report(self, done: int, total: int, text: str = "") -> None:
        """Report progress without stopping here (the service watches ``event``)."""
        self._job.progressed.emit(done, total, text)

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` steps; also a cancellation point."""
        self._job.progressed.emit(done, total, text)
        self.check()


class Job(QObject):
    """One piece of work on the thread pool; connect to its signals, then ``start()``."""

    #: done, total, a line saying what was just done
    progressed = Signal(int, int, str)
    #: the function's return value
    succeeded = Signal(object)
    #: one readable line
    failed = Signal(str)
    cancelled = Signal()
    #: after any of the three above
    finished = Signal()

    def __init__(
        self,
        title: str,
        function: Callable[[JobContext], Any],
        parent: QObject | None = None,
    ) -> None:
        # Always owned by a Qt parent: the worker thread may drop the last Python reference
        # to the job, and a QObject must never be destroyed outside its own thread. It is
        # deleted with deleteLater() on the GUI thread once finished has been delivered.
        super().__init__(parent or QCoreApplication.instance())
        self.title = title
        self._function = function
        self.context = JobContext(self)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the job on ``pool`` (default: the global pool)."""
        self.running = True
        self.finished.connect(self.deleteLater)
        runnable = _Runnable(self)
        (pool or QThreadPool.globalInstance()).start(runnable)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self.context.cancel()

    def _run(self) -> None:
        # Runs on a pool thread: only emit signals here, never touch widgets.
        try:
            result = self._function(self.context)
            if self.context.cancelled:
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        except JobCancelled:
            self.cancelled.emit()
        except TourplannerError as error:
            self.failed.emit(first_line(error))
        except Exception as error:  # a bug: keep the traceback in the log, say one line
            from tourplanner.crashlog import unexpected_message

            self.failed.emit(unexpected_message(error))
        finally:
            self.running = False
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


class JobRunner(QObject):
    """Keeps the jobs of a window alive until they end and says when it is busy.

    ``started`` and ``ended`` let a status-bar widget show the one job at a time the
    window runs; a second job while one runs is refused rather than queued, since the
    user could not tell them apart.
    """

    started = Signal(object)  # the Job
    ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.current: Job | None = None

    @property
    def busy(self) -> bool:
        return self.current is not None

    def run(
        self,
        title: str,
        function: Callable[[JobContext], Any],
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Job | None:
        """Start ``function`` off the GUI thread; None if another job is still running."""
        if self.current is not None:
            return None

        # The job belongs to the application, not to this runner: it must outlive the
        # runner if the window closes while the job still finishes on its thread.
        def logged(context: JobContext) -> Any:
            # Whatever the job changes is logged under its title (history).
            from tourplanner.services.history import acting

            with acting(action=title):
                return function(context)

        job = Job(title, logged)
        if on_result is not None:
            job.succeeded.connect(on_result)
        if on_error is not None:
            job.failed.connect(on_error)
        if on_cancel is not None:
            job.cancelled.connect(on_cancel)
        job.finished.connect(lambda: self._end(job))
        self.current = job
        self.started.emit(job)
        job.start(self.pool)
        return job

    def cancel(self) -> None:
        """Ask the running job, if any, to stop."""
        if self.current is not None:
            self.current.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used at shutdown and in tests)."""
        return self.pool.waitForDone(msecs)

    def _end(self, job: Job) -> None:
        if self.current is job:
            self.current = None
        self.ended.emit(job)
