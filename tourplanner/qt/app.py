"""Start the GUI: parse the few GUI options, set up Qt, open the database, show the window."""

from __future__ import annotations

import time

# Taken before the heavy imports below so --exit-after-paint counts them too. A launcher
# that starts earlier (main.py) may overwrite it with its own, earlier perf_counter().
PROCESS_START = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from tourplanner.core.errors import TourplannerError  # noqa: E402
from tourplanner.qt import settings as keys  # noqa: E402
from tourplanner.qt.fonts import register_bundled_fonts  # noqa: E402
from tourplanner.qt.i18n import install_translators  # noqa: E402
from tourplanner.qt.main_window import MainWindow  # noqa: E402
from tourplanner.qt.settings import Settings  # noqa: E402

if TYPE_CHECKING:
    from tourplanner.services.database import Database

#: The environment variable naming the database (services.database.ENV_VAR; repeated so
#: start-up need not import SQLAlchemy before the first paint).
ENV_VAR = "TOURPLANNER_DB"

APP_NAME = "Tourplanner"
ORGANISATION_NAME = "Tourplanner"
ORGANISATION_DOMAIN = "tourplanner.invalid"

#: Exit status when the app cannot start (bad database URL, unreachable server, ...).
EXIT_STARTUP_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    """The GUI's command-line options (Qt's own options such as -style pass through)."""
    parser = argparse.ArgumentParser(
        prog="tourplanner", description="Plan delegation tours (graphical interface)."
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL (default: $TOURPLANNER_DB, else an SQLite file in your data folder)",
    )
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="print the seconds from start to the first paint of the window, then quit",
    )
    parser.add_argument(
        "--tour", metavar="SLUG", default=None, help="open this stored tour at start"
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE.tour.json",
        help="a tour file to open: imported, or compared with the stored copy",
    )
    return parser


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication (reused if one exists), named and with the bundled fonts loaded."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "tourplanner", *qt_args])
    assert isinstance(app, QApplication)
    # Names decide where QSettings stores things, so they are set before anything reads it.
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANISATION_DOMAIN)
    # The version is not set here: reading the package metadata costs start-up time, and
    # Help ▸ About reads it when asked (tourplanner.version()).
    register_bundled_fonts()
    from tourplanner.qt.style import apply_focus_style

    apply_focus_style(app)
    return app


def show_startup_error(message: str) -> None:
    """Tell the user why the app cannot start. Tests replace this to avoid a modal box."""
    print(f"tourplanner: {message}", file=sys.stderr)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        QCoreApplication.translate("app", "Tourplanner cannot start."),
    )
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def database_url(explicit: str | None, settings: Settings) -> str | None:
    """--db wins, then $TOURPLANNER_DB, then the Settings dialog's URL, then the default
    file (None lets ``open_database`` pick it)."""
    return explicit or os.environ.get(ENV_VAR) or settings.get(keys.DATABASE_URL) or None


def main(argv: list[str] | None = None) -> int:
    """Run the GUI with ``argv`` (without the program name); returns the exit status."""
    args, qt_args = build_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    app = create_application(qt_args)
    settings = Settings()
    install_translators(settings)
    url = database_url(args.db, settings)
    # The benchmark's bare start (--exit-after-paint) skips the desktop session: the
    # hand-over to a running window, reopening the last tour, the running marker.
    desktop = not args.exit_after_paint
    if desktop:
        from tourplanner.qt import desktop_session

        if desktop_session.hand_over_to_running(url, args.file, args.tour):
            return 0
    window = MainWindow(settings=settings)
    window.restore_layout()
    # A saved or default size larger than this screen (2× HiDPI, a laptop) is cut to it.
    window.fit_to_screen()
    # The window paints first; the database (SQLAlchemy, the store, maybe Alembic) is
    # opened after, so the user sees the window sooner (issue 18's cold-start row).
    paint_first(window)
    # Again now the frame is known: before show() the frame's margins count as zero.
    window.fit_to_screen()
    if args.exit_after_paint:
        print(f"{time.perf_counter() - PROCESS_START:.3f}", flush=True)
    db = open_startup_database(url)
    if db is None:
        window.close()
        window.deleteLater()
        return EXIT_STARTUP_ERROR
    session = None
    try:
        window.attach_database(db)
        if args.exit_after_paint:
            if args.tour or args.file:
                from tourplanner.qt.opening import open_at_start

                open_at_start(window, tour=args.tour, file=args.file)
            return 0
        # While the user looks at the tour list, load what opening a tour needs.
        QTimer.singleShot(500, prewarm)
        if desktop:
            from tourplanner.qt import desktop_session

            session = desktop_session.DesktopSession(window, url or str(db.url))
            QTimer.singleShot(0, lambda: session.begin(args.file, args.tour))
        return app.exec()
    finally:
        if session is not None:
            session.end()
        db.dispose()


def paint_first(window: QWidget, limit: int = 200) -> bool:
    """Show ``window`` and process events until its first frame is painted (at most
    ``limit`` rounds); True once painted. Runs before the event loop, so start-up can
    do its slower work after the user already sees the window."""
    painted = _PaintWatch(window)
    window.show()
    for _ in range(limit):
        QCoreApplication.processEvents()
        if painted.seen:
            # One more round flushes the frame (children painted, backing store out).
            QCoreApplication.processEvents()
            break
    window.removeEventFilter(painted)
    return painted.seen


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def open_startup_database(url: str | None) -> Database | None:
    """The database at ``url`` (migrated if old), or None after telling the user in one
    line why it cannot be opened."""
    from tourplanner.services.database import open_database

    try:
        return open_database(url)
    except TourplannerError as error:
        show_startup_error(_one_line(str(error)))
        return None


def prewarm() -> None:
    """Import the workspace's heavier modules on a background thread (checks, travel
    with geopy, the optimiser), so opening the first tour does not wait for them."""
    import threading

    def work() -> None:
        import importlib

        for name in (
            "tourplanner.core.checks",
            "tourplanner.services.optimize",
            "tourplanner.services.tours",
            "tourplanner.services.geocoding",
        ):
            try:
                importlib.import_module(name)
            except Exception:  # a missing optional part must not stop the app
                return

    threading.Thread(target=work, name="prewarm", daemon=True).start()


def _one_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else QCoreApplication.translate("app", "Unknown error")


if __name__ == "__main__":
    sys.exit(main())
