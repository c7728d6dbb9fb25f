"""Map tiles: where a source's tiles are, which datum they are drawn in, and the
web-mercator maths that places a point on them.

A tile source is an XYZ URL template (``https://…/{z}/{x}/{y}.png``) with its attribution
and its datum. Maps of mainland China (Amap, Tencent) are drawn in GCJ-02, so a GPS
(WGS-84) point is converted before it is drawn there, and a point picked on such a map is
converted back (``core.chinacoords``). Tile numbers come from mercantile; pixels are
256 per tile, as every XYZ source serves them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import mercantile

from tourplanner.core.chinacoords import gcj02_to_wgs84, wgs84_to_gcj02
from tourplanner.core.contacts import check_web_address
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

TILE_SIZE = 256
MAX_ZOOM = 19

# OpenStreetMap's standard tiles, within https://operations.osmfoundation.org/policies/tiles/:
# a User-Agent that names the program, a cache that honours expiry, no bulk prefetching.
OSM_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"

Point = tuple[float, float]  # latitude, longitude


class Datum(StrEnum):
    """The datum a tile source draws in."""

    WGS84 = "wgs84"
    GCJ02 = "gcj02"


@dataclass(frozen=True, slots=True)
class TileSource:
    """Where tiles come from, what must be printed on every map drawn from them, and the
    datum they are drawn in."""

    template: str = OSM_TEMPLATE
    attribution: str = OSM_ATTRIBUTION
    datum: Datum = Datum.WGS84
    max_zoom: int = MAX_ZOOM

    def url(self, z: int, x: int, y: int) -> str:
        return self.template.format(z=z, x=x, y=y)

    @property
    def host(self) -> str:
        return urlsplit(self.template).netloc

    def to_map(self, lat: float, lon: float) -> Point:
        """A stored (WGS-84) point in this source's datum."""
        return wgs84_to_gcj02(lat, lon) if self.datum is Datum.GCJ02 else (lat, lon)

    def from_map(self, lat: float, lon: float) -> Point:
        """A point picked on this source's map, back in WGS-84."""
        return gcj02_to_wgs84(lat, lon) if self.datum is Datum.GCJ02 else (lat, lon)


def check_tile_template(text: str) -> str:
    """The one check of a tile URL template: a full http(s) address holding ``{z}``,
    ``{x}`` and ``{y}`` and no other placeholder. Returns it, or raises ValueError."""
    value = text.strip()
    if not all(f"{{{part}}}" in value for part in "zxy"):
        raise ValueError(
            Errors.tr("{value!r} is not a tile address: it needs {{z}}, {{x}} and {{y}}").format(
                value=value
            )
        )
    try:
        value.format(z=0, x=0, y=0)
    except (KeyError, IndexError, ValueError):
        raise ValueError(
            Errors.tr(
                "{value!r} is not a tile address: only {{z}}, {{x}} and {{y}} may be in braces"
            ).format(value=value)
        ) from None
    check_web_address(value.format(z=0, x=0, y=0))
    return value


def world_pixel(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """The point's pixel on the whole world's map at ``zoom`` (origin top-left)."""
    x, y = mercantile.xy(lon, lat)
    half = math.pi * 6378137.0  # mercantile's web-mercator half circumference, metres
    scale = TILE_SIZE * 2**zoom / (2 * half)
    return (x + half) * scale, (half - y) * scale


def point_at(px: float, py: float, zoom: int) -> Point:
    """The (lat, lon) at a world pixel at ``zoom``: the inverse of ``world_pixel``."""
    half = math.pi * 6378137.0
    scale = TILE_SIZE * 2**zoom / (2 * half)
    lon, lat = mercantile.lnglat(px / scale - half, half - py / scale)
    return lat, lon


@dataclass(frozen=True, slots=True)
class Viewport:
    """A window of ``width`` x ``height`` pixels onto the world map at ``zoom``, its
    top-left corner at world pixel (left, top)."""

    zoom: int
    left: float
    top: float
    width: int
    height: int

    @classmethod
    def around(
        cls,
        points: list[Point],
        width: int,
        height: int,
        *,
        padding: int = 32,
        max_zoom: int = 16,
    ) -> Viewport:
        """The closest view (highest zoom up to ``max_zoom``) that shows every point with
        ``padding`` pixels to spare; centred on them."""
        if not points:
            raise ValueError(Errors.tr("a map needs at least one point"))
        zoom = max_zoom
        while zoom > 0:
            xs, ys = zip(*(world_pixel(lat, lon, zoom) for lat, lon in points), strict=True)
            if max(xs) - min(xs) <= width - 2 * padding and (
                max(ys) - min(ys) <= height - 2 * padding
            ):
                break
            zoom -= 1
        xs, ys = zip(*(world_pixel(lat, lon, zoom) for lat, lon in points), strict=True)
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        return cls(zoom, cx - width / 2, cy - height / 2, width, height)

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        """Where a point (in the map's datum) falls in this window, in pixels."""
        x, y = world_pixel(lat, lon, self.zoom)
        return x - self.left, y - self.top

    def unproject(self, x: float, y: float) -> Point:
        """The point (in the map's datum) at a pixel of this window."""
        return point_at(self.left + x, self.top + y, self.zoom)

    def tiles(self) -> list[tuple[int, int, float, float]]:
        """The tiles covering the window: (x, y, and where the tile's top-left corner falls
        in the window), only tiles that exist at this zoom, nearest the centre first."""
        count = 2**self.zoom
        first_x, first_y = int(self.left // TILE_SIZE), int(self.top // TILE_SIZE)
        last_x = int((self.left + self.width - 1) // TILE_SIZE)
        last_y = int((self.top + self.height - 1) // TILE_SIZE)
        out = []
        for ty in range(max(0, first_y), min(count - 1, last_y) + 1):
            for tx in range(first_x, last_x + 1):
                out.append((tx % count, ty, tx * TILE_SIZE - self.left, ty * TILE_SIZE - self.top))
        cx, cy = self.width / 2, self.height / 2
        out.sort(key=lambda t: (t[2] + TILE_SIZE / 2 - cx) ** 2 + (t[3] + TILE_SIZE / 2 - cy) ** 2)
        return out


def fan_out(points: list[tuple[float, float]], free: float) -> list[tuple[float, float]]:
    """Marker centres: the true point, or the nearest free spot around it on a spiral.

    ``points`` in any plane units (page points, screen pixels); ``free`` is the least
    distance between two centres. The PDF sketch, the PDF tile map and the GUI map all
    spread stops at the same or nearby places with it."""
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
