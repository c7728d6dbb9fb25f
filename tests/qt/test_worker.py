"""The thread-pool helper and the jobs that use it: results, errors and cancelling arrive
on the GUI thread; geocoding runs as a job with progress."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread

from tourplanner.core.errors import ValidationError
from tourplanner.qt import settings as keys
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.worker import Job, JobCancelled, JobContext, JobRunner
from tourplanner.services.sites import create_site, list_sites


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    seen: dict[str, object] = {}

    def work(context: JobContext) -> int:
        seen["worker"] = threading.get_ident()
        for step in range(3):
            context.progress(step + 1, 3, f"step {step}")
        return 42

    job = Job("answer", work)
    progress: list[tuple[int, int, str]] = []
    job.progressed.connect(lambda d, t, s: progress.append((d, t, s)))
    job.succeeded.connect(lambda value: seen.update(result=value, gui=QThread.currentThread()))
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    assert seen["result"] == 42
    assert seen["worker"] != threading.get_ident()
    assert seen["gui"] is qtbot_gui_thread()
    assert progress == [(1, 3, "step 0"), (2, 3, "step 1"), (3, 3, "step 2")]


def qtbot_gui_thread() -> QThread:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance().thread()


def test_errors_are_one_readable_line(qtbot) -> None:
    job = Job("fails", lambda _c: (_ for _ in ()).throw(ValidationError("end must be after start")))
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["end must be after start"]


def test_a_bug_is_logged_not_shown_as_a_traceback(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr("tourplanner.paths.user_log_dir", lambda: tmp_path)

    def broken(_context: JobContext) -> None:
        raise KeyError("site")

    job = Job("bug", broken)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    [message] = blocker.args
    assert "\n" not in message and "Traceback" not in message
    assert "KeyError" in message


def test_cancel_stops_at_the_next_progress_report(qtbot) -> None:
    started = threading.Event()

    def slow(context: JobContext) -> str:
        started.set()
        for step in range(1000):
            time.sleep(0.005)
            context.progress(step, 1000)
        return "finished"

    runner = JobRunner()
    outcome: list[str] = []
    job = runner.run("slow", slow, on_result=outcome.append, on_cancel=lambda: outcome.append("x"))
    assert job is not None
    assert runner.run("second", slow) is None  # one job at a time
    assert started.wait(5)
    with qtbot.waitSignal(runner.ended, timeout=5000):
        runner.cancel()
    assert outcome == ["x"]
    assert not runner.busy
    with pytest.raises(JobCancelled):
        context = JobContext(job)
        context.cancel()
        context.check()


def test_geocoding_runs_as_a_job_with_progress(qtbot, window: MainWindow, shown_errors) -> None:
    from tourplanner.services.tours import create_tour

    create_tour(window.db, slug="geo", name="Geo", start_date=_d(), end_date=_d())
    # Names the offline gazetteer knows; the server setting points nowhere, so nothing
    # leaves this machine.
    create_site(window.db, "geo", key="lijia", name="Lijia Smart Park", category="park")
    create_site(window.db, "geo", key="park", name="Nowhere Park", category="park")
    window.settings.set(keys.GEOCODER_SERVER, "http://127.0.0.1:9")
    assert window.open_tour("geo")
    window.show_view("sites")
    started: list[Job] = []
    window.jobs.started.connect(started.append)
    with qtbot.waitSignal(window.jobs.ended, timeout=30_000):
        qtbot.mouseClick(window.workspace.sites.geocode_button, Qt.MouseButton.LeftButton)
        assert window.job_status.isVisible()
        assert window.job_status.label.text() == "Finding coordinates…"
    assert len(started) == 1
    assert not window.job_status.isVisible()
    sites = {s.key: s for s in list_sites(window.db, "geo")}
    assert sites["lijia"].has_coordinates
    assert not sites["park"].has_coordinates
    assert shown_errors == []
    assert "Coordinates: 1 found" in window.statusBar().currentMessage()
    # The workspace shows the new coordinates.
    row = window.workspace.sites.model.row_of(sites["lijia"].id)
    assert window.workspace.sites.model.record_at(row).has_coordinates


def _d():
    from datetime import date

    return date(2026, 5, 11)
