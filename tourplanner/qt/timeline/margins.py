"""The timeline's fixed margins: day names along the top, hours down the left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from tourplanner.qt.style import ERROR_COLOUR
from tourplanner.qt.timefmt import day_label

if TYPE_CHECKING:
    from tourplanner.qt.timeline.view import TimelineView


class DayHeader(QWidget):
    """Day names above the columns, with each day's item and problem counts."""

    HEIGHT = 46

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("timelineDayHeader")
        self.setAccessibleName(self.tr("Days"))

    def paintEvent(self, event: QPaintEvent) -> None:
        view = self.view
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f8fafc"))
        offset = view.horizontalScrollBar().value()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        small_h = QFontMetricsF(small).height()
        counts: dict[int, tuple[int, int]] = {}
        for (item_id, day), _block in view.blocks.items():
            items, problems = counts.get(day, (0, 0))
            counts[day] = (items + 1, problems + (1 if item_id in view.problems else 0))
        for day in range(view.days):
            x = view.column_x(day) - offset
            if x > self.width() or x + view.day_width < 0:
                continue
            rect = QRectF(x + 10, 4, view.day_width - 20, 22)
            painter.setFont(bold)
            painter.setPen(QColor("#111827"))
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                day_label(view.day_of_index(day)),
            )
            items, problems = counts.get(day, (0, 0))
            painter.setFont(small)
            painter.setPen(QColor("#6b7280"))
            line = QRectF(x + 10, 25, view.day_width - 20, small_h)
            text = self.tr("%n item(s)", "", items)  # "1 item", "2 items"
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            if problems:
                width = QFontMetricsF(small).horizontalAdvance(text) + 8
                painter.setPen(QColor(ERROR_COLOUR))
                painter.drawText(
                    line.adjusted(width, 0, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.tr("● %1 with problems").replace("%1", str(problems)),
                )
            painter.setPen(QPen(QColor("#d1d5db"), 1))
            if day:
                painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.setPen(QPen(QColor("#d1d5db"), 1))
        painter.drawLine(
            QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5)
        )


class TimeRuler(QWidget):
    """Hours beside the rows, in the tour's time zone."""

    WIDTH = 54

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("timelineRuler")
        self.setAccessibleName(self.tr("Hours"))

    def paintEvent(self, event: QPaintEvent) -> None:
        view = self.view
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f8fafc"))
        offset = view.verticalScrollBar().value()
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.85)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        first, last = view.hours
        for hour in range(first, last + 1):
            y = view.minute_y(hour * 60) - offset
            if y < -metrics.height() or y > self.height() + metrics.height():
                continue
            painter.setPen(QColor("#6b7280"))
            rect = QRectF(0, y - metrics.height() / 2, self.WIDTH - 10, metrics.height())
            if hour > first:
                painter.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{hour:02d}:00",
                )
            painter.setPen(QPen(QColor("#e5e7eb"), 1))
            painter.drawLine(QPointF(self.WIDTH - 6, y), QPointF(self.WIDTH, y))
        painter.setPen(QPen(QColor("#d1d5db"), 1))
        painter.drawLine(QPointF(self.WIDTH - 0.5, 0), QPointF(self.WIDTH - 0.5, self.height()))


def paint_grid(view: TimelineView, painter: QPainter, rect: QRectF) -> None:
    """The timeline's background: hour lines, day separators, weekends, travel rails."""
    painter.fillRect(rect, QColor("#ffffff"))
    first, last = view.hours
    for day in range(view.days):
        x = view.column_x(day)
        if view.day_of_index(day).weekday() >= 5:
            painter.fillRect(QRectF(x, 0, view.day_width, view.scene_height()), QColor("#fafafa"))
        painter.fillRect(
            QRectF(x + view.day_width - view.RAIL_WIDTH, 0, view.RAIL_WIDTH, view.scene_height()),
            QColor("#f8fafc"),
        )
    hour_pen = QPen(QColor("#e5e7eb"), 1)
    half_pen = QPen(QColor("#f1f5f9"), 1)
    width = view.days * view.day_width
    for hour in range(first, last + 1):
        y = view.minute_y(hour * 60)
        painter.setPen(hour_pen)
        painter.drawLine(QPointF(0, y), QPointF(width, y))
        if hour < last:
            painter.setPen(half_pen)
            y2 = view.minute_y(hour * 60 + 30)
            painter.drawLine(QPointF(0, y2), QPointF(width, y2))
    painter.setPen(QPen(QColor("#d1d5db"), 1))
    for day in range(1, view.days):
        x = view.column_x(day)
        painter.drawLine(QPointF(x, 0), QPointF(x, view.scene_height()))
