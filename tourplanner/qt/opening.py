"""Open what the command line (or a second launch) asked for: a stored tour by its slug,
or a tour file."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tourplanner.qt.main_window import MainWindow


def open_at_start(window: MainWindow, tour: str | None = None, file: str | None = None) -> bool:
    """Open the tour file ``file`` (it wins) or the stored tour ``tour`` in ``window``."""
    if file:
        return window.import_tour_path(file)
    if tour:
        return window.open_tour(tour)
    return False
