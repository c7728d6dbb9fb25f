"""Help ▸ About names the version (pyproject's), the licences and the data folder."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import QUrl

from tourplanner.paths import user_data_dir
from tourplanner.qt.main_window import MainWindow

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_about_shows_version_licences_and_data_folder(qtbot, window: MainWindow) -> None:
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    text = dialog.text.text()
    expected = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]
    assert f"Tourplanner {expected}</h3>" in text
    assert "Apache License 2.0" in text
    assert "WenQuanYi Micro Hei" in text
    assert "LGPL" in text
    folder = str(user_data_dir())
    assert folder in text
    assert QUrl.fromLocalFile(folder).toString() in text  # a link the file manager opens
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_escapes_the_data_folder(qtbot, tmp_path: Path) -> None:
    from tourplanner.qt.dialogs.about import AboutDialog

    folder = tmp_path / "<b>odd & folder</b>"
    dialog = AboutDialog(data_dir=folder)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "&lt;b&gt;odd &amp; folder&lt;/b&gt;" in text
    assert "<b>odd" not in text
