"""One drag of a block on the timeline: preview, snap, and the times it ends at."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from tourplanner.qt.timefmt import clock
from tourplanner.qt.timeline.blocks import BlockItem
from tourplanner.qt.timeline.layout import snap

if TYPE_CHECKING:
    from tourplanner.qt.timeline.view import TimelineView


class Drag:
    """One drag of a block: previews the new place, snaps, and says where it ended."""

    def __init__(self, view: TimelineView, block: BlockItem, origin: QPointF, resize: bool):
        self.view = view
        self.block = block
        self.origin = origin
        self.resize = resize
        self.item = block.item
        self.rect = QRectF(block.rect)
        self.minutes = 0
        self.days = 0
        self.block.setZValue(30)
        self.block.setOpacity(0.85)

    def move_to(self, scene: QPointF) -> None:
        view = self.view
        self.minutes = snap((scene.y() - self.origin.y()) / view.ppm)
        if self.resize:
            duration = (self.item.ends_at - self.item.starts_at).total_seconds() / 60
            self.minutes = max(self.minutes, 5 - int(duration))
            self.days = 0
        else:
            self.days = view.x_day(scene.x()) - view.x_day(self.origin.x())
        rect = QRectF(self.rect)
        if self.resize:
            rect.setHeight(max(6.0, self.rect.height() + self.minutes * view.ppm))
        else:
            rect.translate(self.days * view.day_width, self.minutes * view.ppm)
        self.block.set_rect(rect)
        start, end = self.times()
        self.block.setToolTip(
            f"{clock(start.astimezone(view.zone))}–{clock(end.astimezone(view.zone))}"
        )
        self.view.viewport().setToolTip(self.block.toolTip())

    def times(self) -> tuple[datetime, datetime]:
        """The item's times if the drag ended now (wall-clock arithmetic in tour time)."""
        zone = self.view.zone
        start = self.item.starts_at.astimezone(zone).replace(tzinfo=None)
        end = self.item.ends_at.astimezone(zone).replace(tzinfo=None)
        if self.resize:
            new_end = end + timedelta(minutes=self.minutes)
            return self.item.starts_at, new_end.replace(tzinfo=zone)
        shift = timedelta(days=self.days, minutes=self.minutes)
        new_start = (start + shift).replace(tzinfo=zone)
        return new_start, new_start + (self.item.ends_at - self.item.starts_at)

    def finish(self) -> tuple[datetime, datetime] | None:
        self.block.setOpacity(1.0)
        self.block.setZValue(20)
        self.view.viewport().setToolTip("")
        if self.minutes == 0 and self.days == 0:
            self.block.set_rect(self.rect)
            return None
        # Put the block back: it moves for real when the session confirms the change.
        self.block.set_rect(self.rect)
        return self.times()

    def cancel(self) -> None:
        self.block.setOpacity(1.0)
        self.block.set_rect(self.rect)
