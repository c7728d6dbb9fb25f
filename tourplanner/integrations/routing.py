"""A client for OSRM-compatible routing servers: road time and distance matrices
(``/table/v1/{profile}/…``) and one route's geometry (``/route/v1/{profile}/…``).

The HTTP API is OSRM's own (https://project-osrm.org/docs/v5.24.0/api/); a self-hosted
``osrm-routed`` and services that speak the same API answer it. One keep-alive session
(niquests), a User-Agent that names the program, and a pause between requests so a shared
server is never hammered. Every failure (no answer, a refusal, a 429, a 5xx, JSON that is
not OSRM's) becomes one ``RoutingError`` line.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

import niquests

from tourplanner.core import polyline
from tourplanner.core.errors import TourplannerError
from tourplanner.core.i18n import Context
from tourplanner.integrations.connection import connection_reason

Errors = Context("Errors")  # the catalogue context of messages people read

DEFAULT_TIMEOUT = 20.0
# osrm-routed's default --max-table-size: a bigger matrix is asked in blocks.
MAX_TABLE_SIZE = 100
ENV_URL = "TOURPLANNER_ROUTING_URL"

Point = tuple[float, float]  # latitude, longitude (WGS-84), as everywhere in the app


class RoutingError(TourplannerError):
    """The routing server could not be asked or gave no usable answer; one line."""


@dataclass(frozen=True, slots=True)
class RoutingSettings:
    """Where to ask and how politely: ``min_delay`` seconds between two requests."""

    url: str
    user_agent: str
    timeout: float = DEFAULT_TIMEOUT
    min_delay: float = 1.0


@dataclass(frozen=True, slots=True)
class Matrix:
    """Road times between points: ``seconds[i][j]`` and ``meters[i][j]`` from point i to
    point j, None where the server found no route."""

    seconds: list[list[float | None]]
    meters: list[list[float | None]]


@dataclass(frozen=True, slots=True)
class Route:
    """One route: its duration, length and the line it follows (latitude, longitude), and
    that line cut into its legs (one per pair of consecutive points asked, each from the
    point the server snapped the first to, to the one it snapped the second to)."""

    seconds: float
    meters: float
    line: tuple[Point, ...]
    legs: tuple[tuple[Point, ...], ...] = ()


class RoutingClient:
    """Talks to one routing server; use as a context manager to close the connection."""

    def __init__(self, settings: RoutingSettings) -> None:
        self.settings = settings
        self._base = settings.url.rstrip("/")
        self._host = urlsplit(self._base).netloc or self._base
        self._session = niquests.Session()
        self._session.headers["User-Agent"] = settings.user_agent
        self._lock = threading.Lock()
        self._last = 0.0
        self.requests = 0

    def __enter__(self) -> RoutingClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._session.close()

    def table(self, points: Sequence[Point], profile: str = "driving") -> Matrix:
        """Times and distances between every pair of ``points``: one request when there
        are at most MAX_TABLE_SIZE points, blocks of sources x destinations otherwise."""
        n = len(points)
        seconds: list[list[float | None]] = [[None] * n for _ in range(n)]
        meters: list[list[float | None]] = [[None] * n for _ in range(n)]
        if n < 2:
            for i in range(n):
                seconds[i][i] = meters[i][i] = 0.0
            return Matrix(seconds, meters)
        half = MAX_TABLE_SIZE // 2
        blocks = [list(range(i, min(i + half, n))) for i in range(0, n, half)]
        if n <= MAX_TABLE_SIZE:
            blocks = [list(range(n))]
        for sources in blocks:
            for targets in blocks if len(blocks) > 1 else [sources]:
                ids = sources + [t for t in targets if t not in sources]
                answer = self._get(
                    "table",
                    profile,
                    [points[i] for i in ids],
                    {
                        "annotations": "duration,distance",
                        **(
                            {
                                "sources": ";".join(str(ids.index(s)) for s in sources),
                                "destinations": ";".join(str(ids.index(t)) for t in targets),
                            }
                            if len(blocks) > 1
                            else {}
                        ),
                    },
                )
                durations = _matrix(answer, "durations", len(sources), len(targets), self._host)
                distances = _matrix(answer, "distances", len(sources), len(targets), self._host)
                for si, s in enumerate(sources):
                    for ti, t in enumerate(targets):
                        seconds[s][t] = durations[si][ti]
                        meters[s][t] = distances[si][ti]
        return Matrix(seconds, meters)

    def route(self, points: Sequence[Point], profile: str = "driving") -> Route | None:
        """The road route through ``points`` in order, or None when there is none. The
        line is asked as an encoded polyline (OSRM's ``geometries=polyline``, the compact
        one); a GeoJSON line is read too."""
        if len(points) < 2:
            raise RoutingError(Errors.tr("a route needs at least two points"))
        try:
            answer = self._get(
                "route", profile, points, {"overview": "full", "geometries": "polyline"}
            )
        except _NoRoute:
            return None
        try:
            routes: Any = answer["routes"]  # any other shape fails below, as not OSRM's
            best = routes[0]
            geometry = best["geometry"]
            if isinstance(geometry, str):
                line = polyline.decode(geometry)
            else:
                line = tuple((float(lat), float(lon)) for lon, lat in geometry["coordinates"])
            waypoints: Any = answer.get("waypoints") or []
            snapped = [(float(w["location"][1]), float(w["location"][0])) for w in waypoints]
            if len(snapped) != len(points):
                snapped = list(points)  # no waypoints: cut at the points asked
            legs = split_line(line, snapped)
            return Route(float(best["duration"]), float(best["distance"]), line, legs)
        except (KeyError, IndexError, TypeError, ValueError):
            raise RoutingError(
                Errors.tr("the routing server at {host}: the route answer is not OSRM's").format(
                    host=self._host
                )
            ) from None

    # -- the one place requests are made ---------------------------------------------------

    def _get(
        self, service: str, profile: str, points: Sequence[Point], params: dict[str, str]
    ) -> dict[str, object]:
        coords = ";".join(f"{lon:.6f},{lat:.6f}" for lat, lon in points)
        url = f"{self._base}/{service}/v1/{profile}/{coords}"
        self._pause()
        self.requests += 1
        try:
            response = self._session.get(url, params=params, timeout=self.settings.timeout)
        except niquests.exceptions.Timeout:
            raise RoutingError(
                Errors.tr(
                    "the routing server at {host} did not answer within {timeout:g} s"
                ).format(host=self._host, timeout=self.settings.timeout)
            ) from None
        except niquests.exceptions.RequestException as e:
            raise RoutingError(
                Errors.tr("cannot reach the routing server at {host}: {reason}").format(
                    host=self._host, reason=connection_reason(e)
                )
            ) from None
        status = response.status_code or 0
        try:
            answer = json.loads(response.content or b"")
        except (ValueError, UnicodeDecodeError):
            answer = None
        code = answer.get("code") if isinstance(answer, dict) else None
        if code == "NoRoute":
            raise _NoRoute
        if status == 429:
            raise RoutingError(
                Errors.tr(
                    "the routing server at {host} asks us to slow down (429 Too Many Requests)"
                ).format(host=self._host)
            )
        if status >= 500:
            raise RoutingError(
                Errors.tr("the routing server at {host} failed ({status})").format(
                    host=self._host, status=f"{status} {response.reason or ''}".strip()
                )
            )
        if not isinstance(answer, dict):
            raise RoutingError(
                Errors.tr(
                    "the routing server at {host} did not answer with OSRM's JSON ({status})"
                ).format(host=self._host, status=status)
            )
        if code != "Ok":
            message = str(answer.get("message") or "")[:200]
            if message:
                text = Errors.tr(
                    "the routing server at {host} refused the question: {code} ({message})"
                )
            else:
                text = Errors.tr("the routing server at {host} refused the question: {code}")
            raise RoutingError(text.format(host=self._host, code=code or status, message=message))
        return answer

    def _pause(self) -> None:
        with self._lock:
            wait = self._last + self.settings.min_delay - time.monotonic()
            if wait > 0 and self.requests:
                time.sleep(wait)
            self._last = time.monotonic()


def split_line(line: Sequence[Point], stops: Sequence[Point]) -> tuple[tuple[Point, ...], ...]:
    """``line`` (a route through ``stops`` in order) cut into one piece per leg: each
    inner stop cuts it at the nearest vertex at or after the previous cut (a route passes
    through its snapped waypoints; searching forward keeps a route that passes a stop
    twice in order)."""
    if len(stops) < 2 or len(line) < 2:
        return ()
    cuts = [0]
    for lat, lon in stops[1:-1]:
        start = cuts[-1]
        best = min(
            range(start, len(line)),
            key=lambda k: (line[k][0] - lat) ** 2 + (line[k][1] - lon) ** 2,
        )
        cuts.append(best)
    cuts.append(len(line) - 1)
    return tuple(tuple(line[a : b + 1]) for a, b in pairwise(cuts))


class _NoRoute(Exception):
    """OSRM's "NoRoute": no road joins the points (the table answers null cells instead)."""


def _matrix(
    answer: dict[str, object], name: str, rows: int, cols: int, where: str
) -> list[list[float | None]]:
    value = answer.get(name)
    if not isinstance(value, list) or len(value) != rows:
        raise RoutingError(
            Errors.tr(
                "the routing server at {host}: the answer has no {rows}x{cols} {name} matrix"
            ).format(host=where, rows=rows, cols=cols, name=name)
        )
    out: list[list[float | None]] = []
    for row in value:
        if not isinstance(row, list) or len(row) != cols:
            raise RoutingError(
                Errors.tr(
                    "the routing server at {host}: the answer has no {rows}x{cols} {name} matrix"
                ).format(host=where, rows=rows, cols=cols, name=name)
            )
        cells: list[float | None] = []
        for cell in row:
            if cell is None:
                cells.append(None)
            elif (
                isinstance(cell, (int, float))
                and not isinstance(cell, bool)
                and math.isfinite(cell)
                and cell >= 0
            ):
                cells.append(float(cell))
            else:
                raise RoutingError(
                    Errors.tr(
                        "the routing server at {host}: the {name} hold {cell!r}, not a time"
                    ).format(host=where, name=name, cell=cell)
                )
        out.append(cells)
    return out
