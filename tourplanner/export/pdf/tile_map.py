"""A day's route on a real map in a PDF: tiles composed into one picture, with the route,
the numbered stops and the tile source's attribution drawn over it.

The picture (``MapPicture``) is made by the services, which fetch the tiles; here it is
only composed and drawn, so the PDF layer never touches the network. When no tile could be
had, the services give no picture and the document keeps the plain route sketch.

A batch shares its pictures through ``DayMaps`` (``PdfOptions.maps``): one picture per
day's route (its stops' coordinates in order, and whether they are one journey), made
once before the batch. The digests of the pictures a document uses are part of its
content hash, so a rerun with the same tiles builds nothing, and a new map rebuilds.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from tourplanner.core.tilemap import TILE_SIZE, TileSource, Viewport, fan_out
from tourplanner.export.pdf.facts import Stop
from tourplanner.export.pdf.styles import NAVY
from tourplanner.export.pdf.textout import draw_string

MARKER = 7.0
JPEG_QUALITY = 90
ATTRIBUTION_SIZE = 5.5
_GREY = (229, 231, 235)


@dataclass(frozen=True, slots=True)
class MapPicture:
    """The tiles under a view, composed into one JPEG, and what is needed to draw on it.

    JPEG because a PDF carries it as it is (DCTDecode): every briefing of a batch embeds
    the same bytes without decoding and recompressing them, where a PNG would be inflated
    and deflated again for each document."""

    jpeg: bytes = field(repr=False)
    viewport: Viewport
    source: TileSource
    tiles: int  # how many tiles were had (the rest is grey)
    # The road each leg follows (WGS-84 latitude, longitude), one entry per leg between
    # consecutive stops; () for a leg drawn as a straight line (no road geometry known).
    lines: tuple[tuple[tuple[float, float], ...], ...] = ()

    @property
    def digest(self) -> str:
        """Identifies the picture (for content hashes: a changed map is a changed page)."""
        h = hashlib.sha256(self.jpeg)
        h.update(repr(self.lines).encode())
        return h.hexdigest()[:16]


RouteKey = tuple[tuple[tuple[float, float], ...], bool]


def route_key(stops: Iterable[Stop], route: bool) -> RouteKey:
    """What identifies a day's map: its stops' coordinates in order (to 1e-6 degrees, as
    road times are keyed) and whether they are joined as one journey."""
    return (tuple((round(s.latitude, 6), round(s.longitude, 6)) for s in stops), route)


@dataclass(frozen=True, slots=True)
class DayMaps:
    """The map pictures of a batch, by ``route_key``: made once by the services and shared
    by every document whose day has that route."""

    pictures: Mapping[RouteKey, MapPicture] = field(default_factory=dict)

    def get(self, stops: Sequence[Stop], route: bool) -> MapPicture | None:
        """The picture of a day with these stops, None when there is none (sketch)."""
        if not stops:
            return None
        return self.pictures.get(route_key(stops, route))

    def digest_of(self, days: Iterable[tuple[Sequence[Stop], bool]]) -> str:
        """The digests of the pictures these days use, in order ("" when none): what a
        document's content hash adds for its maps."""
        found = [self.get(stops, route) for stops, route in days]
        return ",".join(p.digest if p is not None else "-" for p in found) if any(found) else ""


def compose(viewport: Viewport, tiles: Sequence[tuple[float, float, bytes | None]]) -> bytes:
    """One JPEG of the view from its tiles ((left, top, image) in view pixels); grey where
    a tile is missing or unreadable."""
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
    # Deterministic bytes: the same tiles give the same JPEG (reproducible PDFs). Full
    # colour resolution (4:4:4) keeps thin coloured roads and small map labels crisp.
    canvas.save(out, "JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=False)
    return out.getvalue()


class _PictureReader(ImageReader):
    """A map picture for ``drawImage``, named by its digest.

    reportlab names an image it draws by the MD5 of its decoded pixels, worked out again
    on every ``drawImage``: 1.3 MB hashed per map, ten maps per briefing, about a tenth
    of a briefing's build time. The picture's digest names it as surely. The JPEG itself
    is copied into the PDF as it is (``jpeg_fh``); the pixels are never needed."""

    def __init__(self, picture: MapPicture) -> None:
        super().__init__(io.BytesIO(picture.jpeg))
        self._dataA = None  # no alpha channel: what getRGBData would have found
        self._name = f"tile-map:{picture.digest}".encode()

    def getRGBData(self) -> bytes:
        """What drawImage hashes into the image's name (not pixels; see the class)."""
        return self._name


_READERS: dict[str, ImageReader] = {}


def _reader(picture: MapPicture) -> ImageReader:
    """One reader per picture and process (the JPEG's header is read once)."""
    found = _READERS.get(picture.digest)
    if found is None:
        if len(_READERS) >= 256:  # a long-lived GUI process: keep the last batch's
            _READERS.clear()
        found = _READERS[picture.digest] = _PictureReader(picture)
    return found


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

    def place(self, latitude: float, longitude: float) -> tuple[float, float]:
        """Where a WGS-84 point is drawn, in points from the lower left corner."""
        view = self.picture.viewport
        x, y = view.project(*self.picture.source.to_map(latitude, longitude))
        return (x * self.width / view.width, self.height - y * self.height / view.height)

    def points(self) -> list[tuple[float, float]]:
        """Where each stop is drawn, in points from the flowable's lower left corner."""
        return [self.place(stop.latitude, stop.longitude) for stop in self.stops]

    def shown(self) -> list[tuple[float, float]]:
        """Where each stop's marker is drawn: its point, or fanned out around it when
        another marker already covers it (as on the route sketch)."""
        return fan_out(self.points(), 2 * MARKER + 1)

    def legs(self) -> list[list[tuple[float, float]]]:
        """The line of each leg, in points: the road when the picture knows it, else
        straight from stop to stop."""
        placed = self.points()
        lines = self.picture.lines
        out = []
        for n, (start, end) in enumerate(pairwise(placed)):
            road = lines[n] if n < len(lines) else ()
            out.append([self.place(*p) for p in road] if len(road) > 1 else [start, end])
        return out

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.drawImage(_reader(self.picture), 0, 0, self.width, self.height)
        canv.setStrokeColor(colors.Color(0.8, 0.82, 0.85))
        canv.setLineWidth(0.5)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        placed = self.points()
        if self.route and len(placed) > 1:
            clip = canv.beginPath()  # a road may run past the picture's edge
            clip.rect(0, 0, self.width, self.height)
            canv.saveState()
            canv.clipPath(clip, stroke=0, fill=0)
            canv.setStrokeColor(NAVY)
            canv.setLineWidth(2)
            canv.setLineCap(1)
            canv.setLineJoin(1)
            for line in self.legs():
                path = canv.beginPath()
                path.moveTo(*line[0])
                for x, y in line[1:]:
                    path.lineTo(x, y)
                canv.drawPath(path, stroke=1, fill=0)
            canv.restoreState()
        shown = self.shown()
        canv.setStrokeColor(NAVY)
        canv.setFillColor(NAVY)
        canv.setLineWidth(0.6)
        for (tx, ty), (sx, sy) in zip(placed, shown, strict=True):
            if (tx, ty) != (sx, sy):  # a fanned-out marker points at its true place
                canv.line(tx, ty, sx, sy)
                canv.circle(tx, ty, 1.6, stroke=0, fill=1)
        for stop, (x, y) in zip(self.stops, shown, strict=True):
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
