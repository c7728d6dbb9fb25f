"""A day's route drawn from site coordinates: numbered stops joined in visiting order.

No map tiles and nothing fetched: an equirectangular projection of the stops, fitted to
the box, with a scale bar and a north arrow, drawn with plain canvas operations (faster
than reportlab's graphics renderer, and never a fallback to a non-embedded font). Stops
that land on top of each other (the same site twice, or two sites a few hundred metres
apart) are fanned out around the true point with a thin leader line, so every number
stays readable.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from tourplanner.export.pdf.facts import Stop
from tourplanner.export.pdf.styles import GOLD, GREY, LIGHT, NAVY, RULE
from tourplanner.export.pdf.textout import draw_string

KM_PER_DEGREE = 111.32
MARKER = 7.0  # radius of a stop's disc, points
PAD = 22.0
LABEL_SIZE = 6.5
NICE_KM = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


def _project(stops: Sequence[Stop]) -> list[tuple[float, float]]:
    """Kilometres east and north of the first stop (good enough within a city)."""
    lat0 = math.radians(sum(s.latitude for s in stops) / len(stops))
    return [
        (s.longitude * KM_PER_DEGREE * math.cos(lat0), s.latitude * KM_PER_DEGREE) for s in stops
    ]


def _place(points: list[tuple[float, float]], free: float) -> list[tuple[float, float]]:
    """Marker centres: the true point, or the nearest free spot around it on a spiral."""
    placed: list[tuple[float, float]] = []
    for x, y in points:
        cx, cy = x, y
        step = 0
        while any(math.hypot(cx - px, cy - py) < free for px, py in placed) and step < 60:
            step += 1
            angle = step * 2.4  # golden-angle steps spread the candidates evenly
            radius = free * (0.9 + 0.18 * step)
            cx, cy = x + radius * math.cos(angle), y + radius * math.sin(angle)
        placed.append((cx, cy))
    return placed


@dataclass(frozen=True)
class _Geometry:
    width: float
    height: float
    true: tuple[tuple[float, float], ...]
    shown: tuple[tuple[float, float], ...]
    labels: tuple[tuple[str, float, float, float], ...]  # text, x, y, box width
    bar_km: float
    bar_length: float


@lru_cache(maxsize=2048)
def _geometry(stops: tuple[Stop, ...], width: float, height: float, font: str) -> _Geometry:
    """Where everything goes; shared by the briefings of people with the same day."""
    km = _project(stops)
    xs, ys = [p[0] for p in km], [p[1] for p in km]
    span_x = max(max(xs) - min(xs), 0.5)
    span_y = max(max(ys) - min(ys), 0.5)
    scale = min((width - 2 * PAD) / span_x, (height - 2 * PAD) / span_y)  # points per km
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    true = [(width / 2 + (x - cx) * scale, height / 2 + (y - cy) * scale) for x, y in km]
    shown = _place(true, 2 * MARKER + 1)
    taken = [(x - MARKER, y - MARKER, x + MARKER, y + MARKER) for x, y in shown]
    labels: list[tuple[str, float, float, float]] = []
    if len(stops) <= 12:
        named: set[str] = set()
        for stop, (x, y) in zip(stops, shown, strict=True):
            if stop.name not in named:  # a site visited twice is named once
                named.add(stop.name)
                found = _label(stop.name, x, y, width, font, taken)
                if found is not None:
                    labels.append(found)
    target = width / 5 / scale  # km that would take a fifth of the width
    bar_km = min(NICE_KM, key=lambda k: abs(math.log(k / target)))
    return _Geometry(width, height, tuple(true), tuple(shown), tuple(labels), bar_km,
                     bar_km * scale)  # fmt: skip


def _label(
    text: str,
    x: float,
    y: float,
    width: float,
    font: str,
    taken: list[tuple[float, float, float, float]],
) -> tuple[str, float, float, float] | None:
    """A site name beside its marker, right or left; None if it would cover another."""
    if len(text) > 34:
        text = text[:33].rstrip() + "…"
    w = stringWidth(text, font, LABEL_SIZE)
    for left in (x + MARKER + 2, x - MARKER - 2 - w):
        box = (left - 1, y - 3, left + w + 1, y + LABEL_SIZE)
        inside = box[0] >= 2 and box[2] <= width - 2
        if inside and not any(_overlap(box, t) for t in taken):
            taken.append(box)
            return text, left, y, w
    return None


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class RouteSketch(Flowable):
    """The sketch as a flowable, drawn straight onto the canvas."""

    def __init__(
        self, stops: tuple[Stop, ...], width: float, height: float, font: str, route: bool
    ) -> None:
        super().__init__()
        self.stops, self.width, self.height, self.font = stops, width, height, font
        self.route = route

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        g = _geometry(self.stops, self.width, self.height, self.font)
        c = self.canv
        c.saveState()
        c.setFillColor(LIGHT)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(0, 0, g.width, g.height, stroke=1, fill=1)
        if self.route and len(g.true) > 1:
            path = c.beginPath()
            path.moveTo(*g.true[0])
            for point in g.true[1:]:
                path.lineTo(*point)
            c.setStrokeColor(GOLD)
            c.setLineWidth(1.4)
            c.setLineJoin(1)
            c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColor(GREY)
        c.setFillColor(GREY)
        c.setLineWidth(0.4)
        for (tx, ty), (sx, sy) in zip(g.true, g.shown, strict=True):
            if (tx, ty) != (sx, sy):  # a fanned-out marker points at its true place
                c.line(tx, ty, sx, sy)
                _circle(c, tx, ty, 1.2, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.8)
        for stop, (x, y) in zip(self.stops, g.shown, strict=True):
            c.setFillColor(NAVY)
            _circle(c, x, y, MARKER, stroke=1, fill=1)
            size = 7.5 if stop.number < 100 else 6
            c.setFillColor(colors.white)
            c.setFont(self.font, size)
            draw_string(c, x, y - size * 0.35, str(stop.number), "middle")
        for text, left, y, w in g.labels:
            c.setFillColor(colors.Color(1, 1, 1, 0.75))
            c.rect(left - 1, y - 3, w + 2, LABEL_SIZE + 4, stroke=0, fill=1)
            c.setFillColor(NAVY)
            c.setFont(self.font, LABEL_SIZE)
            draw_string(c, left, y - 1.5, text)
        self._scale_bar(g)
        self._north(g)
        c.restoreState()

    def _scale_bar(self, g: _Geometry) -> None:
        c = self.canv
        x, y = 8.0, 8.0
        c.setStrokeColor(NAVY)
        c.setLineWidth(1.2)
        c.line(x, y, x + g.bar_length, y)
        c.setLineWidth(1)
        for end in (x, x + g.bar_length):
            c.line(end, y - 2, end, y + 2)
        c.setFillColor(NAVY)
        c.setFont(self.font, 6.5)
        draw_string(c, x + g.bar_length + 4, y - 2.2, f"{g.bar_km:g} km")

    def _north(self, g: _Geometry) -> None:
        c = self.canv
        x, y = g.width - 12, g.height - 24
        c.setStrokeColor(NAVY)
        c.setLineWidth(1)
        c.line(x, y, x, y + 12)
        c.lines([(x - 3, y + 8, x, y + 13), (x, y + 13, x + 3, y + 8)])
        c.setFillColor(NAVY)
        c.setFont(self.font, 7)
        draw_string(c, x, y - 8, "N", "middle")


def _circle(canv: Any, x: float, y: float, r: float, *, stroke: int, fill: int) -> None:
    """``canv.circle(...)``: the same operators, worked out once per circle and process
    (a circle is four Bézier curves, formatted number by number; the briefings of a
    tour draw the same days' markers again and again)."""
    canv._code.extend(_circle_code(x, y, r, stroke, fill, canv._fillMode))


@lru_cache(maxsize=8192)
def _circle_code(
    x: float, y: float, r: float, stroke: int, fill: int, fill_mode: int
) -> tuple[str, ...]:
    scratch = _scratch_canvas()
    scratch._code = []
    scratch._fillMode = fill_mode
    scratch.circle(x, y, r, stroke=stroke, fill=fill)
    return tuple(scratch._code)


@cache
def _scratch_canvas() -> Canvas:
    """A canvas that nothing is saved from, to record drawing operators on."""
    return Canvas(io.BytesIO())


def route_sketch(
    stops: tuple[Stop, ...], width: float, height: float, font: str, *, route: bool = True
) -> RouteSketch | None:
    """The sketch of a day's stops (joined in order when ``route``), or None when no stop
    of the day has coordinates."""
    if not stops:
        return None
    return RouteSketch(tuple(stops), width, height, font, route)
