"""Fixtures for the GUI tests: offscreen Qt, a fresh SQLite file per test, a main window."""

from __future__ import annotations

import os
import shutil

# Must happen before anything creates the QApplication: no display on CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from tourplanner.qt.fonts import register_bundled_fonts
from tourplanner.qt.main_window import MainWindow
from tourplanner.services.database import Database, open_database


@pytest.fixture(autouse=True)
def _bundled_fonts(qapp: object) -> None:
    # The real app registers them at start-up; the tests should see the same fonts.
    register_bundled_fonts()


@pytest.fixture(autouse=True)
def _private_settings(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each test gets its own settings file, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 't.db'}"


@pytest.fixture
def db(db_url: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The window's database: a copy of the file migrated once per run (tests/conftest.py),
    opened as the app opens an existing file. Under ``sample_window`` the copy already
    holds the sample tour, which ``load_sample`` there then leaves as it is."""
    template = (
        "sqlite_sample_template" if "sample_window" in request.fixturenames else "sqlite_template"
    )
    shutil.copyfile(request.getfixturevalue(template), make_url(db_url).database or "")
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Error boxes the window would have shown; a real modal box would hang the test."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        MainWindow, "show_error", lambda _self, title, message: shown.append((title, message))
    )
    return shown


@pytest.fixture
def window(qtbot, db: Database, shown_errors: list[tuple[str, str]]) -> MainWindow:
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def sample_window(qtbot, window: MainWindow) -> MainWindow:
    """The main window with the sample tour open, its problems checked."""
    from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

    load_sample(window.db)
    assert window.open_tour(SAMPLE_SLUG)
    qtbot.waitUntil(lambda: window.session is not None and window.session.checked)
    return window


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Questions the editor asked before a delete; each is answered yes."""
    asked: list[tuple[str, str]] = []

    def confirm(_parent, _title, text, detail, _action) -> bool:
        asked.append((text, detail))
        return True

    from tourplanner.qt.dialogs import messages

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


@pytest.fixture
def pg_window(qtbot, pg_databases, shown_errors):  # type: ignore[no-untyped-def]
    """The main window with the sample open, on a PostgreSQL schema of its own."""
    from tourplanner.services.database import open_database
    from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

    url = pg_databases.create()
    db = open_database(url)
    load_sample(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.open_tour(SAMPLE_SLUG)
    yield window
    window.close_tour()
    db.dispose()
    pg_databases.drop(url)
