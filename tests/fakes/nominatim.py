"""A small Nominatim-compatible HTTP server for tests, bound to 127.0.0.1 on a free port.

It serves ``/search`` (``q=...``, ``format=json|jsonv2``) and ``/reverse`` (``lat``, ``lon``)
from canned answers. Each query can be told to succeed, find nothing, answer too slowly,
refuse with 429, fail with 500/503, or send malformed JSON (or well-formed JSON that is
not a list of places); a list of replies is played in
order (the last one repeats), so "fail once, then succeed" is easy to stage. Every request
is recorded, so a test can assert that an address was never looked up twice.

    with FakeNominatim() as fake:
        fake.place("Lijia, Chongqing", 29.65, 106.52)
        fake.reply("Nowhere", Reply.ERROR_503)
        ... NominatimGeocoder(GeocoderSettings("tests", url=fake.url)) ...
        assert fake.searches("Lijia, Chongqing") == ["Lijia, Chongqing"]
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

LICENCE = "Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright"


class Reply(StrEnum):
    """A canned reply other than a found place."""

    EMPTY = "empty"  # [] for /search, {"error": "Unable to geocode"} for /reverse
    SLOW = "slow"  # wait longer than any client timeout in the tests, then answer EMPTY
    RATE_LIMITED = "429"
    ERROR_500 = "500"
    ERROR_503 = "503"
    BAD_JSON = "bad_json"
    NO_COORDINATES = "no_coordinates"  # valid JSON, but the place has no lat/lon
    NOT_A_PLACE = "not_a_place"  # valid JSON of the wrong shape: ["not a place"]


@dataclass(frozen=True)
class Place:
    """A found place, as /search and /reverse describe it."""

    latitude: float
    longitude: float
    display_name: str


Behaviour = Place | Reply


@dataclass(frozen=True)
class Received:
    """One request the fake received."""

    path: str  # "/search" or "/reverse"
    params: dict[str, str]
    user_agent: str


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, read, and closed again)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _reverse_key(lat: float, lon: float) -> str:
    return f"{lat:.5f},{lon:.5f}"


@dataclass
class _Script:
    replies: list[Behaviour]
    played: int = field(default=0)

    def next(self) -> Behaviour:
        reply = self.replies[min(self.played, len(self.replies) - 1)]
        self.played += 1
        return reply


class FakeNominatim:
    """The fake server. ``slow_seconds`` is how long a SLOW reply takes (stopping the
    server cuts it short), so keep client timeouts in tests well below it."""

    def __init__(self, *, slow_seconds: float = 10.0) -> None:
        self.slow_seconds = slow_seconds
        self._lock = threading.Lock()
        self._searches: dict[str, _Script] = {}
        self._reverses: dict[str, _Script] = {}
        self._received: list[Received] = []
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- what to answer ---------------------------------------------------------------

    def place(self, query: str, latitude: float, longitude: float, name: str = "") -> None:
        """Make ``/search?q=query`` find one place."""
        self.reply(query, Place(latitude, longitude, name or f"{query}, China"))

    def reply(self, query: str, *replies: Behaviour) -> None:
        """Answer ``/search?q=query`` with ``replies`` in turn; the last one repeats."""
        with self._lock:
            self._searches[query] = _Script(list(replies))

    def place_reverse(self, latitude: float, longitude: float, name: str) -> None:
        """Make ``/reverse`` at this point name a place."""
        self.reply_reverse(latitude, longitude, Place(latitude, longitude, name))

    def reply_reverse(self, latitude: float, longitude: float, *replies: Behaviour) -> None:
        with self._lock:
            self._reverses[_reverse_key(latitude, longitude)] = _Script(list(replies))

    # --- what was asked ---------------------------------------------------------------

    @property
    def requests(self) -> list[Received]:
        with self._lock:
            return list(self._received)

    def searches(self, query: str | None = None) -> list[str]:
        """The ``q`` of every /search received (only those equal to ``query`` if given)."""
        return [
            r.params.get("q", "")
            for r in self.requests
            if r.path == "/search" and (query is None or r.params.get("q") == query)
        ]

    def clear_requests(self) -> None:
        with self._lock:
            self._received.clear()

    # --- life cycle -------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the fake first"
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeNominatim:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},  # shutdown() waits up to one poll
            name="fake-nominatim",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases SLOW replies still waiting
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeNominatim:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- used by the handler ----------------------------------------------------------

    def _record_and_choose(self, received: Received) -> Behaviour:
        with self._lock:
            self._received.append(received)
            if received.path == "/search":
                script = self._searches.get(received.params.get("q", ""))
            else:
                try:
                    key = _reverse_key(float(received.params["lat"]), float(received.params["lon"]))
                except (KeyError, ValueError):
                    return Reply.EMPTY
                script = self._reverses.get(key)
            return script.next() if script is not None else Reply.EMPTY


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout) closes its end while a SLOW reply still writes.
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeNominatim
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path not in ("/search", "/reverse"):
            self._send(404, {"error": "unknown path"})
            return
        if params.get("format", "xml") not in ("json", "jsonv2"):
            self._send(400, {"error": "this fake only speaks format=json and format=jsonv2"})
            return
        received = Received(parts.path, params, self.headers.get("User-Agent", ""))
        behaviour = self.fake._record_and_choose(received)
        v2 = params["format"] == "jsonv2"
        if isinstance(behaviour, Place):
            place = _place_json(behaviour, v2)
            self._send(200, place if parts.path == "/reverse" else [place])
        elif behaviour is Reply.SLOW:
            self.fake._stopping.wait(self.fake.slow_seconds)
            self._send(200, [])
        elif behaviour is Reply.RATE_LIMITED:
            self._send(429, {"error": "Too Many Requests"})
        elif behaviour is Reply.ERROR_500:
            self._send_text(500, "Internal Server Error")
        elif behaviour is Reply.ERROR_503:
            self._send_text(503, "Service Unavailable")
        elif behaviour is Reply.BAD_JSON:
            self._send_text(200, '[{"lat": "29.6", "lon": ', "application/json")
        elif behaviour is Reply.NO_COORDINATES:
            place = {"place_id": 1, "licence": LICENCE, "display_name": "Somewhere"}
            self._send(200, place if parts.path == "/reverse" else [place])
        elif behaviour is Reply.NOT_A_PLACE:
            self._send(200, ["not a place"])
        elif parts.path == "/reverse":
            self._send(200, {"error": "Unable to geocode"})
        else:
            self._send(200, [])

    def _send(self, status: int, body: Any) -> None:
        self._send_text(status, json.dumps(body, ensure_ascii=False), "application/json")

    def _send_text(self, status: int, text: str, content_type: str = "text/plain") -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)
        self.close_connection = True


def _place_json(place: Place, v2: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "place_id": abs(hash(place.display_name)) % 10**8,
        "licence": LICENCE,
        "osm_type": "node",
        "osm_id": abs(hash((place.latitude, place.longitude))) % 10**9,
        "lat": f"{place.latitude:.7f}",
        "lon": f"{place.longitude:.7f}",
        "type": "yes",
        "importance": 0.5,
        "display_name": place.display_name,
        "boundingbox": [
            f"{place.latitude - 0.001:.7f}",
            f"{place.latitude + 0.001:.7f}",
            f"{place.longitude - 0.001:.7f}",
            f"{place.longitude + 0.001:.7f}",
        ],
    }
    if v2:
        body["category"] = "place"
        body["place_rank"] = 30
    else:
        body["class"] = "place"
    return body
