"""A day's route on a real map in a PDF: tiles composed into one picture, with the route,
the numbered stops and the tile source's attribution drawn over it.

The picture (``MapPicture``) is made by the services, which fetch the tiles; here it is
only composed and drawn, so the PDF layer never touches the network. When no tile could be
had, the services give no picture and the document keeps the plain route sketch.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from tourplanner.core.tilemap import TILE_SIZE, TileSource, Viewport
from tourplanner.export.pdf.facts import Stop
from tourplanner.export.pdf.styles import NAVY
from tourplanner.export.pdf.textout import draw_string

MARKER = 7.0
ATTRIBUTION_SIZE = 5.5
_GREY = (229, 231, 235)


@dataclass(frozen=True, slots=True)
class MapPicture:
    """The tiles under a view, composed into one PNG, and what is needed to draw on it."""

    png: bytes = field(repr=False)
    viewport: Viewport
    source: TileSource
    tiles: int  # how many tiles were had (the rest is grey)

    @property
    def digest(self) -> str:
        """Identifies the picture (for content hashes: a changed map is a changed page)."""
        return hashlib.sha256(self.png).hexdigest()[:16]


def compose(viewport: Viewport, tiles: Sequence[tuple[float, float, bytes | None]]) -> bytes:
    """One PNG of the view from its tiles ((left, top, image) in view pixels); grey where a
    tile is missing or unreadable."""
    canvas = Image.new("RGB", (viewport.width, viewport.height), _GREY)
    for left, top, data in tiles:
        if data is None:
            continue
        try:
            with Image.open(io.BytesIO(data)) as tile:
                tile.load()
                image = tile.convert("RGB")
        except (OSError, ValueError, Image.DecompressionBombError):
            continue
        if image.size != (TILE_SIZE, TILE_SIZE):
            image = image.resize((TILE_SIZE, TILE_SIZE))
        canvas.paste(image, (round(left), round(top)))
    out = io.BytesIO()
    # Deterministic bytes: the same tiles give the same PNG (reproducible PDFs).
    canvas.save(out, "PNG", optimize=False)
    return out.getvalue()


class TileMap(Flowable):
    """The map picture scaled to ``width`` x ``height`` points, the route and numbered
    stops on it, and the attribution in the lower right corner."""

    def __init__(
        self,
        picture: MapPicture,
        stops: tuple[Stop, ...],
        width: float,
        height: float,
        font: str,
        route: bool = True,
    ) -> None:
        super().__init__()
        self.picture = picture
        self.stops = stops
        self.width, self.height = width, height
        self.font = font
        self.route = route

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def points(self) -> list[tuple[float, float]]:
        """Where each stop is drawn, in points from the flowable's lower left corner."""
        view = self.picture.viewport
        sx, sy = self.width / view.width, self.height / view.height
        out = []
        for stop in self.stops:
            x, y = view.project(*self.picture.source.to_map(stop.latitude, stop.longitude))
            out.append((x * sx, self.height - y * sy))
        return out

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.drawImage(ImageReader(io.BytesIO(self.picture.png)), 0, 0, self.width, self.height)
        canv.setStrokeColor(colors.Color(0.8, 0.82, 0.85))
        canv.setLineWidth(0.5)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        placed = self.points()
        if self.route and len(placed) > 1:
            canv.setStrokeColor(NAVY)
            canv.setLineWidth(2)
            canv.setLineCap(1)
            for (x1, y1), (x2, y2) in pairwise(placed):
                canv.line(x1, y1, x2, y2)
        for stop, (x, y) in zip(self.stops, placed, strict=True):
            canv.setFillColor(NAVY)
            canv.setStrokeColor(colors.white)
            canv.setLineWidth(1.2)
            canv.circle(x, y, MARKER, stroke=1, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(self.font, 7.0)
            draw_string(canv, x, y - 2.45, str(stop.number), anchor="middle")
        self._attribution()
        canv.restoreState()

    def _attribution(self) -> None:
        canv = self.canv
        text = self.picture.source.attribution
        w = stringWidth(text, self.font, ATTRIBUTION_SIZE) + 4
        canv.setFillColor(colors.Color(1, 1, 1, alpha=0.85))
        canv.rect(self.width - w - 1, 1, w, ATTRIBUTION_SIZE + 3, stroke=0, fill=1)
        canv.setFillColor(colors.Color(0.22, 0.25, 0.32))
        canv.setFont(self.font, ATTRIBUTION_SIZE)
        draw_string(canv, self.width - 3, 2.6, text, anchor="end")
