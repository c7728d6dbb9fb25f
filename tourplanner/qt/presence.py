"""Who else has the tour open: this window says where it is (view and day) every few
seconds, and the status bar names the others ("Also here: Ben Ortiz (Programme, Sat 27
Mar)"). The database work runs on a thread; the GUI never waits for it."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from tourplanner.core.errors import TourplannerError
from tourplanner.qt.timefmt import day_label

if TYPE_CHECKING:
    from tourplanner.services.database import Database
    from tourplanner.services.history import Present

#: Milliseconds between two announcements (well within services.history.PRESENCE_SECONDS,
#: 45 s; the history service, and the ORM behind it, load when a tour opens, not at start).
INTERVAL = 11_000


class _Result(QObject):
    arrived = Signal(object)  # list[Present]


class _Exchange(QRunnable):
    """Say where we are, and read where the others are."""

    def __init__(
        self, db: Database, tour: str, client: str, view: str, day: str, sink: _Result
    ) -> None:
        super().__init__()
        self.args = (db, tour, client, view, day)
        self.sink = sink

    def run(self) -> None:
        from tourplanner.services.history import announce, present

        db, tour, client, view, day = self.args
        try:
            announce(db, tour, client, view, day)
            others = present(db, tour, client)
        except TourplannerError:
            return  # the database went away: the next round tries again
        self.sink.arrived.emit(others)


class PresenceLabel(QLabel):
    """The status-bar note of who else is working on the tour, and where."""

    def __init__(self, view_titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenceLabel")
        self.setAccessibleName(self.tr("Others working on this tour"))
        self.setStyleSheet("color: #1d4ed8;")
        self.view_titles = view_titles
        self.client = str(uuid.uuid4())
        self.others: list[Present] = []
        self.db: Database | None = None
        self.tour = ""
        self.view = ""
        self.day = ""
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._result = _Result(self)
        self._result.arrived.connect(self._show)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL)
        self._timer.timeout.connect(self.exchange)
        self.hide()

    def start(self, db: Database, tour: str) -> None:
        """The window opened ``tour``."""
        self.db, self.tour = db, tour
        self._timer.start()
        self.exchange()

    def stop(self) -> None:
        """The window closed the tour: the others stop seeing it at once."""
        self._timer.stop()
        self._pool.waitForDone(2000)
        if self.db is not None and self.tour:
            from tourplanner.services.history import leave

            # If the database is gone, the row expires by itself.
            with contextlib.suppress(TourplannerError):
                leave(self.db, self.tour, self.client)
        self.db, self.tour, self.others = None, "", []
        self.hide()

    def moved(self, view: str | None = None, day: date | None = None) -> None:
        """This window changed view or day: tell the others now."""
        if view is not None:
            self.view = view
        if day is not None:
            self.day = day.isoformat()
        self.exchange()

    def exchange(self) -> None:
        if self.db is None or not self.tour:
            return
        self._pool.start(
            _Exchange(self.db, self.tour, self.client, self.view, self.day, self._result)
        )

    def _show(self, others: list[Present]) -> None:
        if self.db is None:
            return
        self.others = others
        if not others:
            self.hide()
            return
        parts = []
        for other in others:
            where = [self.view_titles.get(other.view, other.view)] if other.view else []
            if other.day and other.view == "programme":
                with contextlib.suppress(ValueError):
                    where.append(day_label(date.fromisoformat(other.day)))
            name = other.who or self.tr("someone")
            parts.append(f"{name} ({', '.join(where)})" if where else name)
        self.setText(self.tr("Also here: %1").replace("%1", "; ".join(parts)))
        self.setToolTip(self.text())
        self.show()
