"""One drag of a block on the timeline: preview, snap, and the times it ends at."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF

from tourplanner.core.model import ScheduleItem
from tourplanner.qt.timefmt import clock
from tourplanner.qt.timeline.blocks import BlockItem
from tourplanner.qt.timeline.layout import snap

if TYPE_CHECKING:
    from tourplanner.qt.timeline.view import TimelineView


class Drag:
    """One drag of a block: previews the new place, snaps, and says where it ended."""

    def __init__(
        self,
        view: TimelineView,
        block: BlockItem,
        origin: QPointF,
        resize: bool,
        companions: list[BlockItem] | None = None,
    ):
        self.view = view
        #: The other selected blocks, which move along (never on a resize).
        self.companions = [] if resize else list(companions or [])
        self.companion_rects = [QRectF(b.rect) for b in self.companions]
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
        for other, origin_rect in zip(self.companions, self.companion_rects, strict=True):
            other.set_rect(
                origin_rect.translated(self.days * view.day_width, self.minutes * view.ppm)
            )
        start, end = self.times()
        self.block.setToolTip(
            f"{clock(start.astimezone(view.zone))}–{clock(end.astimezone(view.zone))}"
        )
        self.view.viewport().setToolTip(self.block.toolTip())

    def times(self) -> tuple[datetime, datetime]:
        """The item's times if the drag ended now (wall-clock arithmetic in tour time)."""
        if self.resize:
            return resized(self.item, self.minutes, self.view.zone)
        return shifted(self.item, self.days, self.minutes, self.view.zone)

    def all_times(self) -> dict[int, tuple[datetime, datetime]]:
        """The times of the dragged item and of its companions, by item id."""
        out = {self.item.id: self.times()}
        for other in self.companions:
            out[other.item.id] = shifted(other.item, self.days, self.minutes, self.view.zone)
        return out

    def finish(self) -> tuple[datetime, datetime] | None:
        self.block.setOpacity(1.0)
        self.block.setZValue(20)
        self.view.viewport().setToolTip("")
        # Put the blocks back: they move for real when the session confirms the change.
        self._put_back()
        if self.minutes == 0 and self.days == 0:
            return None
        return self.times()

    def cancel(self) -> None:
        self.block.setOpacity(1.0)
        self._put_back()

    def _put_back(self) -> None:
        self.block.set_rect(self.rect)
        for other, origin_rect in zip(self.companions, self.companion_rects, strict=True):
            other.set_rect(origin_rect)


def shifted(
    item: ScheduleItem, days: int, minutes: int, zone: ZoneInfo
) -> tuple[datetime, datetime]:
    """``item`` moved by days and minutes of wall-clock time in ``zone``, its duration
    kept (09:00 stays 09:00 the next day across a change of summer time)."""
    start = item.starts_at.astimezone(zone).replace(tzinfo=None)
    new_start = (start + timedelta(days=days, minutes=minutes)).replace(tzinfo=zone)
    return new_start, new_start + (item.ends_at - item.starts_at)


def resized(item: ScheduleItem, minutes: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """``item`` with its end moved by ``minutes`` (wall-clock in ``zone``), never shorter
    than five minutes."""
    end = item.ends_at.astimezone(zone).replace(tzinfo=None) + timedelta(minutes=minutes)
    new_end = end.replace(tzinfo=zone)
    floor = item.starts_at + timedelta(minutes=5)
    return item.starts_at, max(new_end, floor)
