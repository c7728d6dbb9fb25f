"""Start-up: argument handling, the start-up error path, fonts, the first-paint timer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication

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


_FRESH_APP = """
import json, sys
from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication
app = QGuiApplication(sys.argv)
system = QFontInfo(QGuiApplication.font()).family()
from tourplanner.qt.fonts import register_bundled_fonts
families = register_bundled_fonts()
print(json.dumps({"system": system, "bundled": families,
                  "app": QGuiApplication.font().families(),
                  "used": QFontInfo(QGuiApplication.font()).family()}))
"""


def test_application_font_falls_back_to_the_bundled_font() -> None:
    """In a fresh application (earlier tests in this worker change the application's
    font): the bundled families join the application font as fallbacks only, so Latin
    text keeps the family the system chose before they were registered."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", _FRESH_APP], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["bundled"]
    assert set(found["bundled"]) <= set(found["app"])
    assert found["used"] == found["system"]


def test_missing_font_file_is_not_fatal(qapp, tmp_path: Path) -> None:
    assert register_bundled_fonts(tmp_path) == []
