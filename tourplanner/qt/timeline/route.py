"""A day's route as a small sketch: the stops' sites projected flat, numbered in order.

Not a map: an equirectangular projection scaled by the cosine of the latitude, which is
true enough at city scale to show whether the day zigzags.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tourplanner.qt.style import ACCENT_COLOUR


@dataclass(frozen=True)
class RouteStop:
    """One numbered stop of the sketch."""

    number: int
    label: str  # the site's name
    time: str  # '10:10'
    latitude: float | None
    longitude: float | None


class RouteSketch(QWidget):
    """Paints the stops of one day; says why when there is nothing to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routeSketch")
        self.setAccessibleName(self.tr("Route sketch of the day"))
        self.setMinimumSize(220, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stops: list[RouteStop] = []
        self.note = self.tr("Select a day to see its route.")

    def sizeHint(self) -> QSize:
        return QSize(280, 260)

    def set_stops(self, stops: list[RouteStop], empty_note: str) -> None:
        self.stops = stops
        self.note = empty_note
        placed = [s for s in stops if s.latitude is not None]
        description = "; ".join(f"{s.number}. {s.time} {s.label}" for s in stops)
        self.setAccessibleDescription(description or empty_note)
        self.setToolTip("\n".join(f"{s.number}. {s.time}  {s.label}" for s in stops) or "")
        if stops and not placed:
            self.note = self.tr(
                "The sites of this day have no coordinates yet. Use Tour ▸ Find coordinates."
            )
        self.update()

    def points(self) -> dict[int, QPointF]:
        """Where each located stop is drawn, by number."""
        placed = [s for s in self.stops if s.latitude is not None and s.longitude is not None]
        if not placed:
            return {}
        lats = [s.latitude for s in placed]
        lons = [s.longitude for s in placed]
        # mypy: ``placed`` keeps stops with both coordinates, so these lists hold floats.
        mid = math.radians((min(lats) + max(lats)) / 2)  # type: ignore[type-var, operator]
        xs = [lon * math.cos(mid) for lon in lons]  # type: ignore[operator]
        ys = [-lat for lat in lats]  # type: ignore[operator]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-4)
        area = QRectF(self.rect()).adjusted(40, 30, -40, -40)
        scale = min(area.width(), area.height()) / span
        cx = area.center().x() - (min(xs) + max(xs)) / 2 * scale
        cy = area.center().y() - (min(ys) + max(ys)) / 2 * scale
        return {
            s.number: QPointF(cx + x * scale, cy + y * scale)
            for s, x, y in zip(placed, xs, ys, strict=True)
        }

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f8fafc"))
        painter.setPen(QPen(QColor("#e2e8f0"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        points = self.points()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        if not points:
            painter.setPen(QColor("#6b7280"))
            painter.setFont(small)
            painter.drawText(
                QRectF(self.rect()).adjusted(16, 16, -16, -16),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                self.note,
            )
            return
        placed = self._spread(points)
        ordered = [placed[s.number] for s in self.stops if s.number in placed]
        painter.setPen(
            QPen(QColor(ACCENT_COLOUR), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        for a, b in itertools.pairwise(ordered):
            painter.drawLine(a, b)
        metrics = QFontMetricsF(small)
        bold = QFont(small)
        bold.setBold(True)
        spots = list(placed.values())

        def roomy(p: QPointF) -> bool:
            # A name goes under a stop only where it cannot run into another stop.
            return all(q is p or abs(q.x() - p.x()) > 90 or abs(q.y() - p.y()) > 30 for q in spots)

        for stop in self.stops:
            centre = placed.get(stop.number)
            if centre is None:
                continue
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(QColor(ACCENT_COLOUR))
            painter.drawEllipse(centre, 10, 10)
            painter.setFont(bold)
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(centre.x() - 10, centre.y() - 10, 20, 20),
                Qt.AlignmentFlag.AlignCenter,
                str(stop.number),
            )
            if roomy(centre):
                painter.setFont(small)
                painter.setPen(QColor("#334155"))
                width = min(metrics.horizontalAdvance(stop.label) + 4, 150.0)
                x = min(max(4.0, centre.x() - width / 2), self.width() - width - 4)
                painter.drawText(
                    QRectF(x, centre.y() + 12, width, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    metrics.elidedText(stop.label, Qt.TextElideMode.ElideRight, width),
                )

    def _spread(self, points: dict[int, QPointF]) -> dict[int, QPointF]:
        """Nudge markers that would cover each other (two stops at one site, or sites a
        few hundred metres apart) to a free spot nearby, so every number stays readable."""
        bounds = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        steps = [QPointF(dx * 22, dy * 22) for dx, dy in _RING]
        placed: dict[int, QPointF] = {}
        for number in sorted(points):
            origin = points[number]
            for step in steps:
                p = origin + step
                inside = bounds.contains(p)
                if inside and all((p - q).manhattanLength() >= 24 for q in placed.values()):
                    break
            else:
                p = origin
            placed[number] = p
        return placed


# Offsets (in marker widths) tried in turn: in place, then ever wider rings around it.
_RING = [(0, 0)] + [
    (dx, dy)
    for radius in (1, 2, 3)
    for dx, dy in (
        (radius, 0),
        (0, -radius),
        (-radius, 0),
        (0, radius),
        (radius, -radius),
        (-radius, -radius),
        (-radius, radius),
        (radius, radius),
    )
]
