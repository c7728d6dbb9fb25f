"""Start-up: argument handling, the start-up error path, fonts, the first-paint timer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QGuiApplication

from tourplanner.qt import app as app_module
from tourplanner.qt.fonts import register_bundled_fonts

CHINESE = "两江新区重庆行走中国"
MAIN = Path(__file__).resolve().parents[2] / "main.py"


@pytest.fixture
def startup_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_startup_error", shown.append)
    return shown


@pytest.mark.parametrize("url", ["not-a-url://", "nosuchdriver://host/db"])
def test_bad_database_url_returns_2_with_one_line(url: str, startup_errors: list[str]) -> None:
    assert app_module.main(["--db", url]) == app_module.EXIT_STARTUP_ERROR == 2
    assert len(startup_errors) == 1
    [message] = startup_errors
    assert message and "\n" not in message
    assert url.split(":")[0] in message
    assert "Traceback" not in message


def test_unreachable_server_returns_2(startup_errors: list[str]) -> None:
    # Port 1 on localhost: nothing listens, so the connection is refused at once.
    assert app_module.main(["--db", "postgresql+psycopg://nobody:secret@127.0.0.1:1/x"]) == 2
    [message] = startup_errors
    assert "\n" not in message
    assert "secret" not in message


@pytest.mark.slow
def test_exit_after_paint_prints_seconds(tmp_path: Path) -> None:
    # In a process of its own, as a user starts it: running the application's event loop
    # to its end inside the test process would leave Qt quitting for every later test.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, str(MAIN), "--db", f"sqlite:///{tmp_path / 'p.db'}", "--exit-after-paint"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seconds = float(done.stdout.strip().splitlines()[-1])
    assert 0 < seconds < 20


def test_application_is_named(qapp) -> None:
    app_module.create_application()
    assert QGuiApplication.applicationName() == "Tourplanner"
    assert QGuiApplication.organizationName()


def test_bundled_font_has_the_chinese_glyphs(qapp) -> None:
    families = register_bundled_fonts()
    assert "WenQuanYi Micro Hei" in families
    metrics = QFontMetrics(QFont(families[0]))
    for char in CHINESE:
        # inFontUcs4, not inFont: PySide 6.12 turns a str into a QChar that is wrong from
        # U+8000 up, so inFont("重") is False even though the glyph is there.
        assert metrics.inFontUcs4(ord(char)), char
    assert metrics.inFont("两")
    # Registering again loads nothing twice.
    assert register_bundled_fonts() == families


def test_application_font_falls_back_to_the_bundled_font(qapp) -> None:
    families = register_bundled_fonts()
    app_families = QGuiApplication.font().families()
    assert set(families) <= set(app_families)
    # The bundled font is a fallback only: Latin text keeps the system font when there is one.
    system = [f for f in QFontDatabase.families() if f not in families]
    if system:
        assert QFontInfo(QGuiApplication.font()).family() not in families


def test_missing_font_file_is_not_fatal(qapp, tmp_path: Path) -> None:
    assert register_bundled_fonts(tmp_path) == []
