"""A small OSRM-compatible routing server for tests, bound to 127.0.0.1 on a free port.

It answers ``/table/v1/{profile}/{lon,lat;...}`` (``annotations``, ``sources``,
``destinations``) and ``/route/v1/{profile}/{lon,lat;...}`` as OSRM's HTTP API documents
them: a route's geometry as an encoded polyline (the default) or GeoJSON
(``geometries=geojson``), with its ``legs`` and snapped ``waypoints``; its road is an L
per leg (north or south, then east or west; ``road_line``), never the straight line.
Road time is the haversine distance x 1.3 at 36 km/h (so 1 km takes 130 s), which makes
expected values easy to compute in a test. Points can be made unreachable (their
cells are null, as OSRM answers; a route through them is ``NoRoute``), and the next replies
can be told to fail: slow, 429, 500, malformed JSON, a matrix of the wrong shape. Every
request is recorded with its User-Agent.

    with FakeOsrm() as osrm:
        osrm.unreachable((29.6, 106.5))
        osrm.fail_next(Failure.ERROR_500)
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from enum import StrEnum
from http.server import BaseHTTPRequestHandler
from itertools import pairwise
from math import asin, cos, radians, sin, sqrt
from urllib.parse import parse_qs, urlsplit

from tests.fakes.loopback import LoopbackServer, send

SECONDS_PER_KM = 130.0
DETOUR = 1.3


class Failure(StrEnum):
    SLOW = "slow"
    RATE_LIMITED = "429"
    ERROR_500 = "500"
    BAD_JSON = "bad_json"
    WRONG_SHAPE = "wrong_shape"
    TOO_BIG = "too_big"  # OSRM's 400 {"code": "TooBig"}


@dataclass(frozen=True)
class Received:
    service: str  # "table" or "route"
    profile: str
    points: tuple[tuple[float, float], ...]  # latitude, longitude
    params: dict[str, str]
    user_agent: str


def road_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The fake's road distance: haversine x DETOUR."""
    lat1, lon1, lat2, lon2 = map(radians, (a[0], a[1], b[0], b[1]))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * asin(min(1.0, sqrt(h))) * DETOUR


def road_line(points: tuple[tuple[float, float], ...]) -> list[tuple[float, float]]:
    """The fake's road through ``points``: each leg goes north or south first, then east
    or west (an L, never the straight line, so a test can tell a road from a segment)."""
    line = [points[0]]
    for (_lat1, lon1), (lat2, lon2) in pairwise(points):
        line += [(lat2, lon1), (lat2, lon2)]
    return line


def encode_polyline(points: list[tuple[float, float]]) -> str:
    """Google's encoded polyline (precision 5), written out here from the published
    algorithm so the fake does not share the app's code."""
    out, last = [], (0, 0)
    for lat, lon in points:
        now = (round(lat * 1e5), round(lon * 1e5))
        for delta in (now[0] - last[0], now[1] - last[1]):
            value = ~(delta << 1) if delta < 0 else delta << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        last = now
    return "".join(out)


class FakeOsrm(LoopbackServer):
    """The fake server; ``url`` is its base (no trailing slash)."""

    def __init__(self, *, slow_seconds: float = 5.0) -> None:
        super().__init__()
        self.slow_seconds = slow_seconds
        self._lock = threading.Lock()
        self._failures: list[Failure | None] = []
        self._unreachable: set[tuple[float, float]] = set()
        self.received: list[Received] = []

    def fail_next(self, *failures: Failure | None) -> None:
        """Answer the next requests with these failures, in order (None: answer normally)."""
        with self._lock:
            self._failures.extend(failures)

    def unreachable(self, point: tuple[float, float]) -> None:
        """No road reaches this point (latitude, longitude, as sent: 6 decimals)."""
        self._unreachable.add((round(point[0], 6), round(point[1], 6)))

    def requests(self, service: str = "table") -> list[Received]:
        with self._lock:
            return [r for r in self.received if r.service == service]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- answering ---------------------------------------------------------------------------

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        segments = parts.path.strip("/").split("/")
        params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if len(segments) != 4 or segments[1] != "v1" or segments[0] not in ("table", "route"):
            return self._send(handler, 400, {"code": "InvalidUrl", "message": "bad path"})
        service, _v, profile, coords = segments
        try:
            points = tuple(
                (round(float(lat), 6), round(float(lon), 6))
                for lon, lat in (c.split(",") for c in coords.split(";"))
            )
        except ValueError:
            return self._send(handler, 400, {"code": "InvalidQuery", "message": "coordinates"})
        with self._lock:
            self.received.append(
                Received(service, profile, points, params, handler.headers.get("User-Agent", ""))
            )
            failure = self._failures.pop(0) if self._failures else None
        if failure is Failure.SLOW:
            self._stopping.wait(self.slow_seconds)
            return self._send(handler, 200, {"code": "Ok"})
        if failure is Failure.RATE_LIMITED:
            return self._send(handler, 429, {"message": "Too Many Requests"})
        if failure is Failure.ERROR_500:
            return self._send(handler, 500, {"message": "boom"})
        if failure is Failure.BAD_JSON:
            return self._raw(handler, 200, b'{"code": "Ok", "durations": [[0, ')
        if failure is Failure.TOO_BIG:
            return self._send(
                handler, 400, {"code": "TooBig", "message": "Too many table coordinates"}
            )
        if service == "table":
            body = self._table(points, params)
            if failure is Failure.WRONG_SHAPE:
                body["durations"] = body["durations"][:-1]
            return self._send(handler, 200, body)
        return self._route(handler, points, params)

    def _table(self, points: tuple[tuple[float, float], ...], params: dict[str, str]) -> dict:
        def indices(name: str) -> list[int]:
            raw = params.get(name)
            return [int(i) for i in raw.split(";")] if raw else list(range(len(points)))

        sources, targets = indices("sources"), indices("destinations")
        durations, distances = [], []
        for s in sources:
            row_d, row_m = [], []
            for t in targets:
                a, b = points[s], points[t]
                if s != t and (a in self._unreachable or b in self._unreachable):
                    row_d.append(None)
                    row_m.append(None)
                else:
                    km = road_km(a, b)
                    row_d.append(round(km * SECONDS_PER_KM, 1))
                    row_m.append(round(km * 1000, 1))
            durations.append(row_d)
            distances.append(row_m)
        return {"code": "Ok", "durations": durations, "distances": distances}

    def _route(
        self,
        handler: BaseHTTPRequestHandler,
        points: tuple[tuple[float, float], ...],
        params: dict[str, str],
    ) -> None:
        if any(p in self._unreachable for p in points):
            return self._send(handler, 400, {"code": "NoRoute", "message": "Impossible route"})
        km = sum(road_km(a, b) for a, b in pairwise(points))
        line = road_line(points)
        geometry: object
        if params.get("geometries") == "geojson":
            geometry = {"type": "LineString", "coordinates": [[lon, lat] for lat, lon in line]}
        else:  # OSRM's default: an encoded polyline of precision 5
            geometry = encode_polyline(line)
        legs = [
            {
                "duration": round(road_km(a, b) * SECONDS_PER_KM, 1),
                "distance": round(road_km(a, b) * 1000, 1),
                "summary": "",
                "steps": [],
            }
            for a, b in pairwise(points)
        ]
        self._send(
            handler,
            200,
            {
                "code": "Ok",
                "routes": [
                    {
                        "duration": round(km * SECONDS_PER_KM, 1),
                        "distance": round(km * 1000, 1),
                        "geometry": geometry,
                        "legs": legs,
                    }
                ],
                "waypoints": [
                    {"location": [lon, lat], "name": "", "distance": 0.0} for lat, lon in points
                ],
            },
        )

    def _send(self, handler: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        self._raw(handler, status, json.dumps(body).encode())

    def _raw(self, handler: BaseHTTPRequestHandler, status: int, body: bytes) -> None:
        send(handler, status, body, {"Content-Type": "application/json"})
