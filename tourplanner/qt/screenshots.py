"""Render the README screenshots: ``python -m tourplanner.qt.screenshots OUTDIR``.

Uses a throw-away SQLite database, so the user's own data never appears, and Qt's
offscreen platform, so it runs on machines without a display.
"""

from __future__ import annotations

import os

# Must be set before Qt creates its application object.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tourplanner.qt.app import create_application
from tourplanner.qt.main_window import MainWindow
from tourplanner.services.database import open_database

WINDOW_SIZE = (1100, 700)


def save_grab(widget: QWidget, path: Path) -> Path:
    """Let pending layout and paint work finish, then save what ``widget`` shows."""
    for _ in range(3):
        QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def render(out_dir: Path) -> list[Path]:
    """Write welcome.png (empty database) and tours.png (sample loaded) into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    create_application()
    written: list[Path] = []
    # A fixed folder rather than a random one: the database path shows in the status bar,
    # and the images should not change from one run to the next.
    work_dir = Path(tempfile.gettempdir()) / "tourplanner-screenshots"
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir()
    try:
        db = open_database(f"sqlite:///{work_dir / 'tourplanner.db'}")
        try:
            window = MainWindow(db)
            window.resize(*WINDOW_SIZE)
            window.show()
            written.append(save_grab(window, out_dir / "welcome.png"))
            window.open_sample()
            written.append(save_grab(window, out_dir / "tours.png"))
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
        finally:
            db.dispose()
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; prints the files it wrote."""
    parser = argparse.ArgumentParser(
        prog="python -m tourplanner.qt.screenshots", description=__doc__.splitlines()[0]
    )
    parser.add_argument("out_dir", type=Path, metavar="OUTDIR")
    args = parser.parse_args(argv)
    for path in render(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
