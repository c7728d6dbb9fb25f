"""Back where you left off: the tour and view that were open reopen at start (a setting
turns this off), and a start after a session that ended without closing says so.

Every edit is committed to the database when it is made, so an unclean end loses
nothing; the message says exactly that. A lock file in the data folder, held while a
window runs, tells a clean end (file removed) from an unclean one (file left behind by
a process that is gone).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox

from tourplanner.core.errors import TourplannerError
from tourplanner.paths import user_data_dir
from tourplanner.qt import settings as keys
from tourplanner.services.database import Restored
from tourplanner.services.tour_list import list_tours

if TYPE_CHECKING:
    from tourplanner.qt.main_window import MainWindow


class RunningMarker:
    """Held while a window on ``database_url`` runs; ``unclean`` is True when the last
    session on it ended without releasing it."""

    def __init__(self, database_url: str, folder: Path | None = None) -> None:
        digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:16]
        folder = folder or user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(folder / f"running-{digest}.lock"))
        # Stale only when its process is gone (Qt checks the pid and host), never by age.
        self.lock.setStaleLockTime(0)
        left_behind = self.lock.getLockInfo()[0]
        self.held = self.lock.tryLock(0)
        # A lock file we could take although it existed was left by a dead process.
        self.unclean = self.held and bool(left_behind)

    def release(self) -> None:
        """The window closed normally."""
        if self.held:
            self.lock.unlock()
            self.held = False


def tell_unclean_shutdown(
    window: MainWindow,
    damage: list[str] | None = None,
    database_file: Path | None = None,
    restored: Restored | None = None,
    on_server: bool = False,
) -> QMessageBox:
    """Say that the last session ended without closing: that nothing was lost, or, when
    the database file is damaged (``damage``, SQLite's findings), what is wrong and what
    was restored (``restored``), or where its backups are when nothing could be. A
    server database (``on_server``) is the server's to restore. The box does not block
    (it is returned for tests)."""
    box = QMessageBox(window)
    box.setObjectName("uncleanShutdownBox")
    box.setWindowTitle(QCoreApplication.translate("Resume", "Tourplanner was not closed"))
    box.setText(
        QCoreApplication.translate("Resume", "Tourplanner did not close properly last time.")
    )
    if not damage:
        box.setIcon(QMessageBox.Icon.Information)
        if on_server:
            text = QCoreApplication.translate(
                "Resume",
                "Nothing was lost: every change is saved in the database the moment you "
                "make it. The database is on a server, which recovers from a crash on its "
                "own; restoring it from a backup is the server's job.",
            )
        else:
            text = QCoreApplication.translate(
                "Resume",
                "Nothing was lost: every change is saved in the database the moment you "
                "make it, and the database was checked and is intact.",
            )
        box.setInformativeText(text)
    elif restored is not None:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(
            QCoreApplication.translate(
                "Resume",
                "The database file %2 was damaged: %1. Tourplanner restored the copy it "
                "took on %3, when it last opened or closed cleanly; changes made after "
                "that are not in it. The damaged file was kept as %4.",
            )
            .replace("%1", "; ".join(damage))
            .replace("%2", str(database_file or ""))
            .replace("%3", restored.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            .replace("%4", str(restored.damaged))
        )
    else:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(
            QCoreApplication.translate(
                "Resume",
                "The database file %2 is damaged: %1. Nothing was restored "
                "automatically: there was no intact copy to restore. The copies "
                "Tourplanner makes before each upgrade "
                "(*.bak) are in the same folder; close Tourplanner and put the newest "
                "one in place of the damaged file.",
            )
            .replace("%1", "; ".join(damage))
            .replace("%2", str(database_file or ""))
        )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def reopen_last(window: MainWindow) -> bool:
    """Open the tour and view of the last session, when the setting allows and the tour
    still exists (a tour deleted since is quietly forgotten)."""
    settings = window.settings
    slug = settings.get(keys.LAST_TOUR)
    if not slug or not settings.get(keys.REOPEN_LAST_TOUR):
        return False
    try:
        exists = slug in {t.slug for t in list_tours(window.db)}
    except TourplannerError:
        return False
    if not exists:
        settings.set(keys.LAST_TOUR, "")
        return False
    view = settings.get(keys.LAST_VIEW)  # read first: opening the tour records its view
    if not window.open_tour(slug):
        return False
    from tourplanner.qt.views.workspace import VIEWS

    if view in VIEWS:  # a name from an older version is ignored
        window.show_view(view)
    return True
