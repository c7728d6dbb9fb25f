"""Opening tour files and stored tours from the command line, a double-click or a second
launch; reopening the last tour; the word after an unclean end."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtNetwork import QLocalSocket

from tourplanner.qt import opening, resume, single_instance
from tourplanner.qt import settings as keys
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.settings import Settings
from tourplanner.services.database import Database
from tourplanner.services.tourfile import SAMPLE_FILE, SAMPLE_SLUG, export_tour_bytes, load_sample

ROOT = Path(__file__).resolve().parents[2]


def _later(value: str, hours: int) -> str:
    return (datetime.fromisoformat(value) + timedelta(hours=hours)).isoformat()


def _edited_sample(db: Database, path: Path) -> Path:
    """The stored sample with 3 items moved and 2 people added, written to ``path``."""
    doc: dict[str, Any] = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    for item in doc["items"][:3]:
        item["start"], item["end"] = _later(item["start"], 1), _later(item["end"], 1)
    for n in (1, 2):
        person = copy.deepcopy(doc["participants"][0])
        person.update(key=f"new-{n}", full_name=f"New Person {n}", email="")
        person.pop("token", None)  # a new person has no link yet
        doc["participants"].append(person)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The open-or-replace question, answered with ``answers["answer"]``; the comparison
    it was shown is kept."""
    state: dict[str, Any] = {"answer": opening.CANCEL, "asked": []}

    def ask(_parent, comparison):
        state["asked"].append(comparison)
        return state["answer"]

    monkeypatch.setattr(opening, "ask_open_or_replace", ask)
    return state


def test_a_new_tour_file_is_imported_and_opened(window: MainWindow, answers) -> None:
    assert opening.open_at_start(window, file=str(SAMPLE_FILE))
    assert window.session is not None and window.session.slug == SAMPLE_SLUG
    assert answers["asked"] == []  # nothing to choose: the database lacked the tour


def test_a_stored_tour_asks_and_shows_what_would_change(
    window: MainWindow, answers, tmp_path: Path
) -> None:
    load_sample(window.db)
    before = export_tour_bytes(window.db, SAMPLE_SLUG)
    path = _edited_sample(window.db, tmp_path / "edited.tour.json")

    answers["answer"] = opening.OPEN_STORED
    assert opening.open_tour_file(window, str(path))
    (comparison,) = answers["asked"]
    assert opening.describe_changes(comparison) == "3 items moved, 2 people added"
    assert window.session is not None and window.session.slug == SAMPLE_SLUG
    assert export_tour_bytes(window.db, SAMPLE_SLUG) == before  # the stored one, untouched

    answers["answer"] = opening.CANCEL
    window.close_tour()
    assert not opening.open_tour_file(window, str(path))
    assert window.session is None
    assert export_tour_bytes(window.db, SAMPLE_SLUG) == before

    answers["answer"] = opening.REPLACE
    assert opening.open_tour_file(window, str(path))
    assert window.session is not None
    assert export_tour_bytes(window.db, SAMPLE_SLUG) != before
    # Replaced: the file and the database now agree, so a further open asks nothing.
    asked = len(answers["asked"])
    assert opening.open_tour_file(window, str(path))
    assert len(answers["asked"]) == asked


def test_a_bad_tour_file_is_one_line(window: MainWindow, shown_errors, tmp_path: Path) -> None:
    path = tmp_path / "broken.tour.json"
    path.write_text("{not json", encoding="utf-8")
    assert not opening.open_tour_file(window, str(path))
    ((title, message),) = shown_errors
    assert title == "Could not open the tour file"
    assert message.startswith(str(path)) and "\n" not in message
    assert window.session is None


def test_tour_slug_opens_a_stored_tour(window: MainWindow, shown_errors) -> None:
    load_sample(window.db)
    assert opening.open_at_start(window, tour=SAMPLE_SLUG)
    assert window.session is not None and window.session.slug == SAMPLE_SLUG
    window.close_tour()
    assert not opening.open_at_start(window, tour="no-such-tour")
    assert shown_errors and "no-such-tour" in shown_errors[-1][1]


# -- one window per database -------------------------------------------------------------


def test_a_second_launch_hands_its_file_to_the_running_window(qtbot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hand.db'}"
    received: list[dict[str, str]] = []
    name = single_instance.server_name(url)
    server = single_instance.InstanceServer(name, received.append, None)
    assert server.listening
    try:
        tour_file = tmp_path / "visit.tour.json"
        tour_file.write_bytes(SAMPLE_FILE.read_bytes())
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
        }
        # The real launcher, as a file manager starts it: a relative path from its folder.
        launch = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--db", url, "visit.tour.json"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            qtbot.waitUntil(lambda: launch.poll() is not None, timeout=60_000)
        finally:
            if launch.poll() is None:  # it opened a window of its own: the test failed
                launch.kill()
            _out, err = launch.communicate()
        assert launch.returncode == 0, err
        qtbot.waitUntil(lambda: received != [], timeout=5000)
        assert received == [{"file": str(tour_file)}]
    finally:
        server.server.close()


def test_the_window_takes_a_handed_over_tour(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tourplanner.qt.desktop_session import DesktopSession

    monkeypatch.setattr(resume, "user_data_dir", lambda: tmp_path)  # the marker's folder
    load_sample(window.db)
    url = str(window.db.url)
    session = DesktopSession(window, url)
    try:
        window.showMinimized()
        # What hand_over sends; written without blocking, since the server needs this
        # thread's event loop (the cross-process hand-over is tested above).
        socket = QLocalSocket()
        socket.connectToServer(single_instance.server_name(url))
        assert socket.waitForConnected(2000)
        socket.write(json.dumps(single_instance.request_for(None, SAMPLE_SLUG)).encode() + b"\n")
        qtbot.waitUntil(socket.canReadLine, timeout=5000)
        assert bytes(socket.readLine().data()) == single_instance.ACK
        qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
        assert window.session.slug == SAMPLE_SLUG
        assert not window.isMinimized()
    finally:
        session.end()
        session.server.server.close()


def test_requests_that_are_not_tourplanners_are_dropped(qtbot, tmp_path: Path) -> None:
    received: list[dict[str, str]] = []
    name = single_instance.server_name(f"sqlite:///{tmp_path / 'odd.db'}")
    server = single_instance.InstanceServer(name, received.append, None)
    try:
        for line in (b"not json\n", b'["file"]\n', b'{"file": 3}\n', b'{"run": "rm"}\n'):
            socket = QLocalSocket()
            socket.connectToServer(name)
            assert socket.waitForConnected(2000)
            socket.write(line)
            socket.waitForBytesWritten(2000)
            qtbot.waitUntil(
                lambda s=socket: s.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                timeout=5000,
            )
            assert not socket.canReadLine()  # no acknowledgement
        assert received == []
        # Nobody listening: a launch starts its own window.
        assert not single_instance.hand_over(single_instance.server_name("sqlite:///none"), {})
    finally:
        server.server.close()


# -- back where you left off ---------------------------------------------------------------


def _window_with(qtbot, db: Database, store: QSettings) -> MainWindow:
    win = MainWindow(db, settings=Settings(store))
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_last_tour_and_view_reopen(qtbot, db: Database, shown_errors, tmp_path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    load_sample(db)
    first = _window_with(qtbot, db, store)
    assert first.open_tour(SAMPLE_SLUG)
    first.show_view("sites")
    first.close()

    again = _window_with(qtbot, db, store)
    assert resume.reopen_last(again)
    assert again.session is not None and again.session.slug == SAMPLE_SLUG
    assert again.workspace is not None and again.workspace.current_view() == "sites"

    # Back to the tour list: the next start shows the list.
    again.close_tour()
    later = _window_with(qtbot, db, store)
    assert not resume.reopen_last(later) and later.session is None


def test_reopening_can_be_turned_off(qtbot, db: Database, shown_errors, tmp_path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    load_sample(db)
    first = _window_with(qtbot, db, store)
    assert first.open_tour(SAMPLE_SLUG)
    first.settings.set(keys.REOPEN_LAST_TOUR, False)
    again = _window_with(qtbot, db, store)
    assert not resume.reopen_last(again) and again.session is None


def test_a_tour_deleted_since_is_forgotten(qtbot, db: Database, shown_errors, tmp_path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = _window_with(qtbot, db, store)
    window.settings.set(keys.LAST_TOUR, "gone-tour")
    assert not resume.reopen_last(window)
    assert shown_errors == []  # no error box for a tour that is simply gone
    assert window.settings.get(keys.LAST_TOUR) == ""


def _crash_holding_the_marker(url: str, folder: Path) -> None:
    """A process that takes the running marker and dies without releasing it."""
    code = (
        "import os, sys; from tourplanner.qt.resume import RunningMarker; "
        "m = RunningMarker(sys.argv[1], __import__('pathlib').Path(sys.argv[2])); "
        "assert m.held and not m.unclean; os._exit(0)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code, url, str(folder)], env=env, check=True)


def test_a_start_after_a_crash_says_so_and_reopens(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tourplanner.qt.desktop_session import DesktopSession

    monkeypatch.setattr(resume, "user_data_dir", lambda: tmp_path)
    load_sample(window.db)
    window.settings.set(keys.LAST_TOUR, SAMPLE_SLUG)
    window.settings.set(keys.LAST_VIEW, "participants")
    url = str(window.db.url)
    _crash_holding_the_marker(url, tmp_path)
    session = DesktopSession(window, url)
    try:
        session.begin(None, None)
        assert window.session is not None and window.session.slug == SAMPLE_SLUG
        assert window.workspace.current_view() == "participants"
        box = session.unclean_box
        qtbot.waitExposed(box)
        assert "checked and is intact" in box.informativeText()
        box.close()
    finally:
        session.end()
        session.server.server.close()
    # Closed properly this time: the next start says nothing.
    again = DesktopSession(window, url)
    try:
        assert not again.marker.unclean
    finally:
        again.end()
        again.server.server.close()


def test_an_unclean_end_is_mentioned_once(qtbot, window: MainWindow, tmp_path: Path) -> None:
    url = "sqlite:///somewhere.db"
    _crash_holding_the_marker(url, tmp_path)
    after_crash = resume.RunningMarker(url, tmp_path)
    assert after_crash.held and after_crash.unclean
    box = resume.tell_unclean_shutdown(window)
    qtbot.waitExposed(box)
    assert "did not close properly" in box.text()
    assert "Nothing was lost" in box.informativeText()
    assert "checked and is intact" in box.informativeText()
    box.close()
    after_crash.release()

    clean = resume.RunningMarker(url, tmp_path)
    assert clean.held and not clean.unclean
    # A second window on the same database while this one runs: not an unclean end.
    other = resume.RunningMarker(url, tmp_path)
    assert not other.held and not other.unclean
    clean.release()


@pytest.mark.slow
def test_two_real_launches_one_window(qtbot, tmp_path: Path) -> None:
    """The app started twice on one database: the second launch's tour file is imported
    by the first window, and the second process exits at once."""
    from tourplanner.services.database import open_database
    from tourplanner.services.tour_list import list_tours

    url = f"sqlite:///{tmp_path / 'both.db'}"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("TOURPLANNER_DB", None)
    main = [sys.executable, str(ROOT / "main.py"), "--db", url]
    first = subprocess.Popen(main, env=env, stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        name = single_instance.server_name(url)

        def listening() -> bool:
            probe = QLocalSocket()
            probe.connectToServer(name)
            up = probe.waitForConnected(200)
            probe.abort()
            return up

        qtbot.waitUntil(listening, timeout=60_000)
        second = subprocess.run(
            [*main, str(SAMPLE_FILE)], env=env, capture_output=True, timeout=60, check=False
        )
        assert second.returncode == 0, second.stderr

        def imported() -> bool:
            db = open_database(url)
            try:
                return [t.slug for t in list_tours(db)] == [SAMPLE_SLUG]
            finally:
                db.dispose()

        qtbot.waitUntil(imported, timeout=30_000)
        assert first.poll() is None  # still running: the second launch did not replace it
    finally:
        first.kill()
        first.communicate()


def test_an_unclean_end_with_a_damaged_file_says_what_is_wrong(qtbot, window: MainWindow) -> None:
    box = resume.tell_unclean_shutdown(
        window, ["Page 6: free space corruption"], Path("/data/tours.db")
    )
    qtbot.waitExposed(box)
    text = box.informativeText()
    assert "/data/tours.db is damaged: Page 6: free space corruption" in text
    assert "Nothing was restored" in text and "*.bak" in text
    assert "Nothing was lost" not in text
    box.close()


def test_a_start_after_a_crash_that_damaged_the_file_restores_the_last_good_copy(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.services.test_integrity import corrupt_participants
    from tourplanner.qt.desktop_session import DesktopSession
    from tourplanner.services.database import damage, open_database

    monkeypatch.setattr(resume, "user_data_dir", lambda: tmp_path / "data")
    path = tmp_path / "tours.db"
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        load_sample(db)
        store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = _window_with(qtbot, db, store)
        window.settings.set(keys.LAST_TOUR, SAMPLE_SLUG)
        clean = DesktopSession(window, url)  # a session that opens and closes cleanly
        clean.begin(None, None)
        clean.end()
        clean.server.server.close()
        assert (tmp_path / "tours.db.last-good").is_file()
        _crash_holding_the_marker(url, tmp_path / "data")  # the next one crashes
        db.engine.dispose()
        corrupt_participants(path)  # ... and the file is damaged
        session = DesktopSession(window, url)
        try:
            session.begin(None, None)
            box = session.unclean_box
            qtbot.waitExposed(box)
            text = box.informativeText()
            assert f"{path} was damaged" in text and "restored the copy it took on" in text
            (damaged,) = (
                p
                for p in tmp_path.glob("tours.db.damaged-*")
                if not p.name.endswith(("-wal", "-shm"))
            )
            assert str(damaged) in text
            assert "Nothing was lost" not in text
            # The restored file is intact and the last tour reopened from it.
            assert damage(db) == []
            assert window.session is not None and window.session.slug == SAMPLE_SLUG
            box.close()
        finally:
            session.end()
            session.server.server.close()
        window.close()
    finally:
        db.dispose()


def test_an_unclean_end_on_a_server_database_says_restoring_is_the_servers_job(
    qtbot, window: MainWindow
) -> None:
    box = resume.tell_unclean_shutdown(window, [], None, on_server=True)
    qtbot.waitExposed(box)
    assert "restoring it from a backup is the server's job" in box.informativeText()
    box.close()
