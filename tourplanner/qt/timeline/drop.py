"""Entries of the Unscheduled list dropped on the timeline: the drag's data (an item id
under a MIME type of our own) and the start time a drop point means (snapped to five
minutes, as a moved block is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPoint

if TYPE_CHECKING:
    from datetime import datetime

    from tourplanner.qt.timeline.view import TimelineView

#: The MIME type of a dragged Unscheduled entry; its data is the item id in ASCII.
UNSCHEDULED_MIME = "application/x-tourplanner-unscheduled-item"


def unscheduled_mime(item_id: int) -> QMimeData:
    """The drag data of the Unscheduled entry of ``item_id``."""
    data = QMimeData()
    data.setData(UNSCHEDULED_MIME, str(item_id).encode("ascii"))
    return data


def dropped_item(data: QMimeData | None) -> int | None:
    """The item id a drag carries, or None when it is not an Unscheduled entry."""
    if data is None or not data.hasFormat(UNSCHEDULED_MIME):
        return None
    text = bytes(data.data(UNSCHEDULED_MIME).data()).decode("ascii", "replace")
    return int(text) if text.isdigit() else None


def drop_time(view: TimelineView, pos: QPoint) -> datetime:
    """The start a drop at viewport point ``pos`` asks for: the day under it (the first
    or last one beyond the columns), snapped to five minutes."""
    return view.time_at(pos, 5)
