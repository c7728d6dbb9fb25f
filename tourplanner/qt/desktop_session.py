"""What a desktop start does around the window: hand over to a window already running on
the same database, listen for later launches, open what was asked for or reopen the
last tour, and mention a previous session that did not close.

Kept out of ``tourplanner.qt.app`` so that ``--exit-after-paint`` (the start-up
benchmark) measures the bare window; a normal start imports this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

# Only the hand-over runs before the window shows; the rest is imported when used.
from tourplanner.qt import single_instance

if TYPE_CHECKING:
    from tourplanner.qt.main_window import MainWindow


def hand_over_to_running(database_url: str | None, file: str | None, tour: str | None) -> bool:
    """True when a window on this database took over the request (this launch exits)."""
    name = single_instance.server_name(database_url)
    return single_instance.hand_over(name, single_instance.request_for(file, tour))


class DesktopSession(QObject):
    """The running window's side: the instance server and the running marker."""

    def __init__(self, window: MainWindow, database_url: str) -> None:
        from tourplanner.qt import resume

        super().__init__(window)
        self.window = window
        self.server = single_instance.InstanceServer(
            single_instance.server_name(database_url), self.handle_request, self
        )
        self.marker = resume.RunningMarker(database_url)

    def begin(self, file: str | None, tour: str | None) -> None:
        """After the window shows: open what was asked for, else the last tour; then
        mention an unclean end of the last session."""
        from tourplanner.qt import resume
        from tourplanner.qt.opening import open_at_start
        from tourplanner.services import database

        db = self.window.db
        damage: list[str] = []
        restored = None
        if self.marker.unclean:
            # Before any tour is opened: a damaged file is replaced by the last good copy.
            damage = database.damage(db)
            if damage:
                restored = database.restore_last_good(db)
        if self.marker.held and not damage:  # (a second window leaves it to the first)
            database.keep_last_good(db)
        if file or tour:
            open_at_start(self.window, tour=tour, file=file)
        else:
            resume.reopen_last(self.window)
        if self.marker.unclean:
            self.unclean_box = resume.tell_unclean_shutdown(
                self.window,
                damage,
                database.database_file(db),
                restored,
                on_server=database.on_server(db),
            )

    def handle_request(self, request: dict[str, str]) -> None:
        """A later launch's file or tour: bring the window forward and open it."""
        window = self.window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        if request:
            from tourplanner.qt.opening import open_at_start

            # After this event: the request's socket is answered before a dialog opens.
            QTimer.singleShot(
                0,
                lambda: open_at_start(window, tour=request.get("tour"), file=request.get("file")),
            )

    def end(self) -> None:
        """The window closed normally: keep a copy of the intact database, release the
        marker."""
        if self.marker.held:
            from tourplanner.services import database

            database.keep_last_good(self.window.db)
        self.marker.release()
