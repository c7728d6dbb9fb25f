"""What the timeline draws: item blocks, hotel-night strips and travel legs.

Each is a light QGraphicsItem that paints itself; the view sets their geometry. Blocks are
cached as device pixmaps, so scrolling a big tour repaints nothing until a block changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from tourplanner.core.enums import ItemStatus
from tourplanner.core.model import ScheduleItem
from tourplanner.core.problems import Severity
from tourplanner.qt.style import ERROR_COLOUR, WARNING_COLOUR, kind_edge, kind_fill
from tourplanner.qt.timeline.layout import Segment

RADIUS = 4.0
#: Pixels at the bottom of a block that resize it instead of moving it.
RESIZE_GRIP = 6.0
SELECTED_COLOUR = QColor("#1d4ed8")


class BlockItem(QGraphicsItem):
    """One segment of one schedule item, as a rounded block with its time and title."""

    def __init__(self, item: ScheduleItem, segment: Segment, zone_name: str) -> None:
        super().__init__()
        self.item = item
        self.segment = segment
        self.zone_name = zone_name
        self.site_name = ""
        self.local_times = ("", "")
        self.severity: Severity | None = None
        self.problem_text = ""
        self.rect = QRectF()
        self.selected = False
        #: The keyboard's block while the timeline has focus: drawn with a focus ring.
        self.focused = False
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)

    # -- state ---------------------------------------------------------------------------

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = QRectF(rect)
            self.setPos(rect.topLeft())
            self.update()

    def set_state(
        self,
        item: ScheduleItem,
        segment: Segment,
        site_name: str,
        times: tuple[str, str],
        severity: Severity | None,
        problem_text: str,
    ) -> None:
        """New content; repaints only when something visible changed."""
        changed = (
            item != self.item
            or site_name != self.site_name
            or times != self.local_times
            or severity != self.severity
            or problem_text != self.problem_text
            or (segment.continues_before, segment.continues_after)
            != (self.segment.continues_before, self.segment.continues_after)
        )
        self.item, self.segment = item, segment
        self.site_name, self.local_times = site_name, times
        self.severity, self.problem_text = severity, problem_text
        if changed:
            self.setToolTip(self._tooltip())
            self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.setZValue(20 if selected else 10)
            self.update()

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

    def on_resize_grip(self, scene_y: float) -> bool:
        """Whether a press at ``scene_y`` grabs the bottom edge (resizes)."""
        if self.segment.continues_after:
            return False  # the end is on another day
        bottom = self.pos().y() + self.rect.height()
        return bottom - RESIZE_GRIP <= scene_y <= bottom + 1

    def _tooltip(self) -> str:
        lines = [self.item.title]
        if self.item.local_title:
            lines.append(self.item.local_title)
        lines.append(f"{self.local_times[0]}–{self.local_times[1]}")
        if self.site_name:
            lines.append(self.site_name)
        if self.problem_text:
            lines.append("")
            lines.append(self.problem_text)
        return "\n".join(lines)

    # -- painting ------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, self.rect.width() + 2, self.rect.height() + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        w, h = self.rect.width(), self.rect.height()
        if w <= 1 or h <= 1:
            return
        item = self.item
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = kind_fill(item.kind)
        edge = kind_edge(item.kind)
        cancelled = item.status is ItemStatus.CANCELLED
        if cancelled:
            fill, edge = QColor("#f3f4f6"), QColor("#9ca3af")
        body = QRectF(0.5, 0.5, w - 1, h - 1)
        path = QPainterPath()
        path.addRoundedRect(body, RADIUS, RADIUS)
        painter.fillPath(path, fill)
        if cancelled:
            painter.fillPath(path, QBrush(QColor("#d1d5db"), Qt.BrushStyle.BDiagPattern))
        # The kind's colour as a bar down the left edge: readable even when blocks are thin.
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(0, 0, 4, h), edge)
        painter.restore()
        pen = QPen(edge.lighter(130) if not self.selected else SELECTED_COLOUR)
        pen.setWidthF(2.2 if self.selected else 1.0)
        if item.status is ItemStatus.TENTATIVE:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if self.focused:
            ring = QPen(QColor("#111827"), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(ring)
            painter.drawRoundedRect(body.adjusted(2.5, 2.5, -2.5, -2.5), RADIUS, RADIUS)
        self._paint_text(painter, w, h, edge, cancelled)
        if self.severity is not None:
            self._paint_marker(painter, w)
        if self.segment.continues_after:
            self._paint_fade(painter, w, h, fill, bottom=True)

    def _paint_text(self, painter: QPainter, w: float, h: float, edge: QColor, cancelled: bool):
        left = 8.0
        right = 18.0 if self.severity is not None else 6.0
        avail = w - left - right
        if avail < 12 or h < 10:
            return
        base = QFont(painter.font())
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.82, 7.0))
        title_font = QFont(base)
        title_font.setPointSizeF(max(base.pointSizeF() * 0.9, 7.5))
        title_font.setWeight(QFont.Weight.DemiBold)
        title_font.setStrikeOut(cancelled)
        y = 3.0
        small_metrics = QFontMetricsF(small)
        times = f"{self.local_times[0]}–{self.local_times[1]}"
        if h >= 30:
            painter.setFont(small)
            painter.setPen(edge.darker(135))
            painter.drawText(
                QRectF(left, y, avail, small_metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                small_metrics.elidedText(times, Qt.TextElideMode.ElideRight, avail),
            )
            y += small_metrics.height()
        title_metrics = QFontMetricsF(title_font)
        room = h - y - 3
        site_height = small_metrics.height() if self.site_name else 0.0
        lines = max(
            1,
            int(
                (room - (site_height if room > 2.6 * title_metrics.height() else 0))
                // title_metrics.height()
            ),
        )
        painter.setFont(title_font)
        painter.setPen(QColor("#111827") if not cancelled else QColor("#6b7280"))
        title_rect = QRectF(left, y, avail, min(room, lines * title_metrics.height()))
        text = self.item.title
        if lines == 1:
            text = title_metrics.elidedText(text, Qt.TextElideMode.ElideRight, avail)
            painter.drawText(
                title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text
            )
        else:
            painter.drawText(
                title_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                text,
            )
        y += title_rect.height()
        if self.site_name and h - y - 3 >= small_metrics.height():
            painter.setFont(small)
            painter.setPen(QColor("#4b5563"))
            painter.drawText(
                QRectF(left, y, avail, small_metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                small_metrics.elidedText(self.site_name, Qt.TextElideMode.ElideRight, avail),
            )

    def _paint_marker(self, painter: QPainter, w: float) -> None:
        colour = QColor(ERROR_COLOUR if self.severity is Severity.ERROR else WARNING_COLOUR)
        centre = QPointF(w - 9, 9)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(colour)
        painter.drawEllipse(centre, 6.5, 6.5)
        painter.setPen(QPen(QColor("white"), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(
            QPointF(centre.x(), centre.y() - 3.2), QPointF(centre.x(), centre.y() + 0.8)
        )
        painter.drawPoint(QPointF(centre.x(), centre.y() + 3.0))

    @staticmethod
    def _paint_fade(painter: QPainter, w: float, h: float, fill: QColor, bottom: bool) -> None:
        painter.setPen(QPen(QColor("#9ca3af"), 1, Qt.PenStyle.DotLine))
        y = h - 1.5 if bottom else 1.5
        painter.drawLine(QPointF(6, y), QPointF(w - 6, y))


class StripItem(QGraphicsItem):
    """A hotel night (or other background item) as a hatched strip at a column's edge."""

    WIDTH = 7.0

    def __init__(self, item: ScheduleItem, segment: Segment) -> None:
        super().__init__()
        self.item = item
        self.segment = segment
        self.height = 0.0
        self.setZValue(2)
        self.setToolTip(item.title)

    def set_height(self, height: float) -> None:
        if height != self.height:
            self.prepareGeometryChange()
            self.height = height

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.WIDTH, self.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect()
        painter.fillRect(rect, kind_fill(self.item.kind))
        painter.fillRect(rect, QBrush(kind_edge(self.item.kind), Qt.BrushStyle.BDiagPattern))


class LegItem(QGraphicsItem):
    """Travel between two consecutive located items, on the rail at a column's right edge.

    A thin line from the end of one item to the start of the next, its minutes beside it;
    red when the gap is shorter than the travel plus the tour's buffer.
    """

    def __init__(self) -> None:
        super().__init__()
        self.top = 0.0
        self.bottom = 0.0
        self.tick_from = 0.0  # x (relative) of the blocks' right edges, for the ticks
        self.label = ""
        self.short = False
        self.unknown = False
        self.setZValue(15)

    def set_leg(
        self,
        x: float,
        top: float,
        bottom: float,
        tick_from: float,
        label: str,
        short: bool,
        unknown: bool,
        tooltip: str,
    ) -> None:
        self.prepareGeometryChange()
        self.setPos(x, 0)
        self.top, self.bottom, self.tick_from = top, bottom, tick_from
        self.label, self.short, self.unknown = label, short, unknown
        self.setToolTip(tooltip)
        self.update()

    def _font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(max(font.pointSizeF() * 0.78, 7.0))
        font.setBold(self.short)
        return font

    def boundingRect(self) -> QRectF:
        return QRectF(
            self.tick_from - 2, self.top - 12, 60 - self.tick_from, self.bottom - self.top + 24
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(ERROR_COLOUR) if self.short else QColor("#6b7280")
        pen = QPen(colour, 1.4 if self.short else 1.1)
        if self.unknown:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, self.top), QPointF(0, self.bottom))
        tick = QPen(colour, 1.0, Qt.PenStyle.DotLine)
        painter.setPen(tick)
        painter.drawLine(QPointF(self.tick_from, self.top), QPointF(0, self.top))
        painter.drawLine(QPointF(self.tick_from, self.bottom), QPointF(0, self.bottom))
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(0, self.top), 2.2, 2.2)
        arrow = QPainterPath()
        arrow.moveTo(QPointF(-3.2, self.bottom - 5))
        arrow.lineTo(QPointF(3.2, self.bottom - 5))
        arrow.lineTo(QPointF(0, self.bottom))
        arrow.closeSubpath()
        painter.drawPath(arrow)
        font = self._font()
        metrics = QFontMetricsF(font)
        text_w = metrics.horizontalAdvance(self.label) + 8
        text_h = metrics.height() + 2
        mid = (self.top + self.bottom) / 2
        pill = QRectF(4, mid - text_h / 2, text_w, text_h)
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(colour, 0.8))
        painter.drawRoundedRect(pill, text_h / 2, text_h / 2)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, self.label)
