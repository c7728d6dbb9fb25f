"""Fixtures for the GUI tests: offscreen Qt, a fresh SQLite file per test, a main window."""

from __future__ import annotations

import os

# Must happen before anything creates the QApplication: no display on CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from tourplanner.qt.fonts import register_bundled_fonts
from tourplanner.qt.main_window import MainWindow
from tourplanner.services.database import Database, open_database


@pytest.fixture(autouse=True)
def _bundled_fonts(qapp: object) -> None:
    # The real app registers them at start-up; the tests should see the same fonts.
    register_bundled_fonts()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 't.db'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
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
