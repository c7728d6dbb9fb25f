"""A small XYZ tile server for tests, bound to 127.0.0.1 on a free port.

``/{z}/{x}/{y}.png`` answers a generated 256-pixel PNG (its colour depends on x and y, so a
test can tell tiles apart) with the Cache-Control the test chose and an ETag; a request
that sends that ETag back gets 304. The next replies can be told to fail (500, 429, slow,
a body that is not an image). Every request is recorded with its User-Agent.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from enum import StrEnum
from http.server import BaseHTTPRequestHandler

from PIL import Image

from tests.fakes.loopback import LoopbackServer, send


class TileFailure(StrEnum):
    ERROR_500 = "500"
    RATE_LIMITED = "429"
    SLOW = "slow"
    NOT_AN_IMAGE = "html"


@dataclass(frozen=True)
class TileRequest:
    z: int
    x: int
    y: int
    user_agent: str
    conditional: bool  # sent If-None-Match


def tile_png(z: int, x: int, y: int) -> bytes:
    """The fake's tile: a flat colour from (z, x, y)."""
    colour = ((x * 53) % 256, (y * 97) % 256, (z * 31 + 80) % 256)
    out = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(out, "PNG")
    return out.getvalue()


def street_png(z: int, x: int, y: int) -> bytes:
    """A tile that looks like a street map (for the docs' screenshots; still generated,
    never a real map): blocks, parks and water on a grid of streets that runs on across
    tiles, with wider main roads."""
    from PIL import ImageDraw

    image = Image.new("RGB", (256, 256), (242, 239, 233))
    draw = ImageDraw.Draw(image)
    block = 64
    for by in range(4):
        for bx in range(4):
            h = hash_block(z, x * 4 + bx, y * 4 + by)
            fill = (200, 228, 188) if h % 7 == 0 else (170, 211, 223) if h % 11 == 0 else None
            if fill is not None:
                left, top = bx * block, by * block
                draw.rectangle((left, top, left + block, top + block), fill)
    for n in range(5):
        at = n * block
        main = n % 4 == 0
        width, colour = (7, (252, 214, 164)) if main else (3, (255, 255, 255))
        draw.line((at, 0, at, 256), fill=colour, width=width)
        draw.line((0, at, 256, at), fill=colour, width=width)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def hash_block(z: int, bx: int, by: int) -> int:
    """A fixed pseudo-random number for a block (the same in every run)."""
    return (bx * 73856093 ^ by * 19349663 ^ z * 83492791) & 0xFFFFFF


class FakeTiles(LoopbackServer):
    """The fake server; ``template`` is its XYZ URL template. ``streets``: serve
    ``street_png`` tiles instead of flat colours (screenshots)."""

    def __init__(
        self,
        *,
        cache_control: str = "max-age=86400",
        slow_seconds: float = 5.0,
        streets: bool = False,
    ):
        super().__init__()
        self.streets = streets
        self.cache_control = cache_control
        self.slow_seconds = slow_seconds
        self.received: list[TileRequest] = []
        self._failures: list[TileFailure | None] = []
        self._lock = threading.Lock()

    @property
    def template(self) -> str:
        return f"http://127.0.0.1:{self.port}/{{z}}/{{x}}/{{y}}.png"

    def fail_next(self, *failures: TileFailure | None) -> None:
        with self._lock:
            self._failures.extend(failures)

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        try:
            z, x, y = (int(p) for p in handler.path.strip("/").removesuffix(".png").split("/"))
        except ValueError:
            return self._send(handler, 404, b"no such tile", "text/plain")
        etag = f'"{z}-{x}-{y}"'
        conditional = handler.headers.get("If-None-Match") == etag
        with self._lock:
            self.received.append(
                TileRequest(z, x, y, handler.headers.get("User-Agent", ""), conditional)
            )
            failure = self._failures.pop(0) if self._failures else None
        if failure is TileFailure.SLOW:
            self._stopping.wait(self.slow_seconds)
            return self._send(handler, 503, b"", "text/plain")
        if failure is TileFailure.ERROR_500:
            return self._send(handler, 500, b"boom", "text/plain")
        if failure is TileFailure.RATE_LIMITED:
            return self._send(handler, 429, b"slow down", "text/plain")
        if failure is TileFailure.NOT_AN_IMAGE:
            return self._send(handler, 200, b"<html>captive portal</html>", "text/html")
        if conditional:
            return self._send(handler, 304, b"", None, etag)
        body = street_png(z, x, y) if self.streets else tile_png(z, x, y)
        self._send(handler, 200, body, "image/png", etag)

    def _send(
        self,
        handler: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        kind: str | None,
        etag: str = "",
    ) -> None:
        headers = {"Content-Type": kind} if kind else {}
        if etag:
            headers["ETag"] = etag
        if self.cache_control:
            headers["Cache-Control"] = self.cache_control
        send(handler, status, body, headers)
