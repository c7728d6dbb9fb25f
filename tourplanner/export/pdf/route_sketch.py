"""A day's route drawn from site coordinates: numbered stops joined in visiting order.

No map tiles and nothing fetched: an equirectangular projection of the stops, fitted to
the box, with a scale bar and a north arrow, drawn with plain canvas operations (faster
than reportlab's graphics renderer, and never a fallback to a non-embedded font). Stops
that land on top of each other (the same site twice, or two sites a few hundred metres
apart) are fanned out around the true point with a thin leader line, so every number
stays readable.

Each site is named once, beside its marker or, when that side is taken, further out
with a leader line. A name never covers another name, a marker, the scale bar, the north
arrow or the frame (``layout`` returns the boxes, so tests can check it); a name that
finds no free place is left to the legend under the sketch, which lists every stop.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from tourplanner.core.tilemap import fan_out
from tourplanner.export.pdf.facts import Stop
from tourplanner.export.pdf.styles import GOLD, GREY, LIGHT, NAVY, RULE
from tourplanner.export.pdf.textout import draw_string

KM_PER_DEGREE = 111.32
MARKER = 7.0  # radius of a stop's disc, points
PAD = 22.0
LABEL_SIZE = 6.5
NICE_KM = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
BAR_X = BAR_Y = 8.0  # the scale bar's left end
INSET = 2.0  # labels keep this far inside the frame
# Where a label may go, tried in order: beside the marker (right, left, above, below),
# then further out in eight directions with a leader line back to the marker.
_NEAR = ((1, 0), (-1, 0), (0, 1), (0, -1))
_FAR = tuple(
    (math.cos(math.radians(a)), math.sin(math.radians(a)), d)
    for d in (26.0, 42.0, 60.0)
    for a in (0, 180, 45, 135, 315, 225, 90, 270)
)

Box = tuple[float, float, float, float]  # left, bottom, right, top


def _project(stops: Sequence[Stop]) -> list[tuple[float, float]]:
    """Kilometres east and north of the first stop (good enough within a city)."""
    lat0 = math.radians(sum(s.latitude for s in stops) / len(stops))
    return [
        (s.longitude * KM_PER_DEGREE * math.cos(lat0), s.latitude * KM_PER_DEGREE) for s in stops
    ]


@dataclass(frozen=True)
class Label:
    """A site's name on the sketch: its text, where the text starts (``left``, baseline
    band ``y``), its box, and the leader line's far end (the marker) if it has one."""

    text: str
    left: float
    y: float
    width: float
    box: Box
    leader: tuple[float, float] | None = None
    stop: int = 0  # the number of the stop it names


@dataclass(frozen=True)
class _Geometry:
    width: float
    height: float
    true: tuple[tuple[float, float], ...]
    shown: tuple[tuple[float, float], ...]
    labels: tuple[Label, ...]
    bar_km: float
    bar_length: float
    reserved: tuple[Box, ...]  # the scale bar and the north arrow


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
    shown = fan_out(true, 2 * MARKER + 1)
    target = width / 5 / scale  # km that would take a fifth of the width
    bar_km = min(NICE_KM, key=lambda k: abs(math.log(k / target)))
    bar_length = bar_km * scale
    reserved = (_bar_box(bar_km, bar_length, font), _north_box(width, height))
    taken: list[Box] = [(x - MARKER, y - MARKER, x + MARKER, y + MARKER) for x, y in shown]
    taken += reserved
    labels: list[Label] = []
    named: set[str] = set()
    for stop, (x, y) in zip(stops, shown, strict=True):
        if stop.name not in named:  # a site visited twice is named once
            named.add(stop.name)
            found = _label(stop.name, x, y, width, height, font, taken)
            if found is not None:
                labels.append(replace(found, stop=stop.number))
    return _Geometry(width, height, tuple(true), tuple(shown), tuple(labels), bar_km,
                     bar_length, reserved)  # fmt: skip


def _bar_box(bar_km: float, bar_length: float, font: str) -> Box:
    """The scale bar with its text."""
    text = stringWidth(f"{bar_km:g} km", font, 6.5)
    return (BAR_X - 2, BAR_Y - 4, BAR_X + bar_length + 4 + text + 2, BAR_Y + 5)


def _north_box(width: float, height: float) -> Box:
    """The north arrow with its N."""
    x, y = width - 12, height - 24
    return (x - 6, y - 10, x + 6, y + 14)


def _label(
    text: str, x: float, y: float, width: float, height: float, font: str, taken: list[Box]
) -> Label | None:
    """A site name beside its marker, or further out with a leader line; None if no
    place is free of the other names, the markers, the scale bar, the north arrow and
    the frame. The chosen box is added to ``taken``."""
    if len(text) > 34:
        text = text[:33].rstrip() + "…"
    w = stringWidth(text, font, LABEL_SIZE)
    h = LABEL_SIZE + 3
    candidates: list[tuple[float, float, tuple[float, float] | None]] = []  # left, y, leader
    for dx, dy in _NEAR:  # the box's near side just clear of the marker
        left = x + MARKER + 2 if dx > 0 else x - MARKER - 2 - w if dx < 0 else x - w / 2
        base = y + MARKER + 4 if dy > 0 else y - MARKER - h + 1 if dy < 0 else y
        candidates.append((left, base, None))
    for ux, uy, d in _FAR:
        cx, cy = x + ux * d, y + uy * d
        left = cx if ux > 0.3 else cx - w if ux < -0.3 else cx - w / 2
        candidates.append((left, cy - 1, (x, y)))
    for left, base, leader in candidates:
        box = (left - 1, base - 3, left + w + 1, base + LABEL_SIZE)
        inside = (
            box[0] >= INSET
            and box[2] <= width - INSET
            and box[1] >= INSET
            and box[3] <= height - INSET
        )
        if inside and not any(_overlap(box, t) for t in taken):
            taken.append(box)
            return Label(text, left, base, w, box, leader)
    return None


def layout(
    stops: tuple[Stop, ...], width: float, height: float, font: str
) -> tuple[tuple[Label, ...], tuple[Box, ...], tuple[Box, ...]]:
    """Where the sketch puts things: the labels, the markers' boxes, and the boxes of the
    scale bar and the north arrow."""
    g = _geometry(tuple(stops), width, height, font)
    markers = tuple((x - MARKER, y - MARKER, x + MARKER, y + MARKER) for x, y in g.shown)
    return g.labels, markers, g.reserved


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
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        for label in g.labels:
            if label.leader is not None:  # from the marker's edge to the name's nearest side
                box = label.box
                mx, my = label.leader
                lx = min(max(mx, box[0]), box[2])
                ly = min(max(my, box[1]), box[3])
                length = math.hypot(lx - mx, ly - my) or 1.0
                c.line(mx + (lx - mx) * MARKER / length, my + (ly - my) * MARKER / length, lx, ly)
        for label in g.labels:
            left, y = label.left, label.y
            c.setFillColor(colors.Color(1, 1, 1, 0.75))
            c.rect(left - 1, y - 3, label.width + 2, LABEL_SIZE + 3, stroke=0, fill=1)
            c.setFillColor(NAVY)
            c.setFont(self.font, LABEL_SIZE)
            draw_string(c, left, y - 1.5, label.text)
        self._scale_bar(g)
        self._north(g)
        c.restoreState()

    def _scale_bar(self, g: _Geometry) -> None:
        c = self.canv
        x, y = BAR_X, BAR_Y
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
