"""Map tiles from an XYZ source, kept in a disk cache that honours the server's expiry.

Only tiles a map actually shows are fetched (never a prefetch of an area), with a
User-Agent that names the program, as OpenStreetMap's tile usage policy asks
(https://operations.osmfoundation.org/policies/tiles/). A tile is kept as long as the
server's ``Cache-Control: max-age`` or ``Expires`` says (a week when it says nothing); a
stale tile is revalidated with ``If-None-Match``/``If-Modified-Since``, and shown as it is
when the server cannot be reached, so a map works offline with what it has seen. A tile
that cannot be had at all is None: the map draws grey there, it never waits or fails.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import json
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import niquests

from tourplanner.core.tilemap import TileSource

DEFAULT_TIMEOUT = 10.0
DEFAULT_LIFETIME = 7 * 24 * 3600  # when the server gives no expiry
MAX_TILE_BYTES = 2_000_000  # a 256-pixel tile is tens of KB; more is not a tile


@dataclass(frozen=True, slots=True)
class Tile:
    """A tile's image (PNG or JPEG bytes), or None when none could be had; ``stale`` when
    it is an expired copy shown because the server could not be asked."""

    data: bytes | None
    from_cache: bool
    stale: bool = False


class TileFetcher:
    """Fetches tiles of one source through a cache folder; safe to share between threads."""

    def __init__(
        self,
        source: TileSource,
        cache_dir: Path,
        user_agent: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        offline: bool = False,
    ) -> None:
        self.source = source
        key = hashlib.sha256(source.template.encode()).hexdigest()[:16]
        self.folder = cache_dir / key
        self.timeout = timeout
        self.offline = offline
        self.requests = 0
        self._user_agent = user_agent
        self._local = threading.local()
        # Every thread's session, so that close() can end them all: each keeps its own
        # connection pool, and with it a watcher thread that would outlive the map.
        self._sessions: list[niquests.Session] = []
        self._lock = threading.Lock()
        self._fetching: dict[tuple[int, int, int], threading.Lock] = {}
        # After one failed request, don't ask again for a while: a map of 30 tiles with
        # the server down must not wait 30 timeouts.
        self._down_until = 0.0
        self._answered = False  # the server has answered at least once
        self._probe = threading.Lock()

    def peek(self, z: int, x: int, y: int) -> Tile | None:
        """The cached copy of a tile, without asking the server (None when there is none);
        ``stale`` when it has expired. Cheap: for drawing at once what the cache has."""
        path = self.folder / str(z) / str(x) / f"{y}.tile"
        meta = _read_meta(path)
        if meta is None:
            return None
        data = _read(path)
        if data is None:
            return None
        return Tile(data, from_cache=True, stale=_number(meta.get("expires")) <= time.time())

    def get(self, z: int, x: int, y: int) -> Tile:
        """The tile at (z, x, y): fresh from the cache, else from the server, else a stale
        copy, else Tile(None). Two maps asking for one tile at once ask the server once."""
        with self._lock:
            lock = self._fetching.setdefault((z, x, y), threading.Lock())
        with lock:
            try:
                return self._get(z, x, y)
            finally:
                with self._lock:
                    self._fetching.pop((z, x, y), None)

    def _get(self, z: int, x: int, y: int) -> Tile:
        path = self.folder / str(z) / str(x) / f"{y}.tile"
        meta = _read_meta(path)
        cached = _read(path) if meta is not None else None
        now = time.time()
        if cached is not None and meta is not None and _number(meta.get("expires")) > now:
            return Tile(cached, from_cache=True)
        if self.offline or now < self._down_until:
            return Tile(cached, from_cache=cached is not None, stale=cached is not None)
        if not self._answered:
            # Until the server has answered once, one request at a time: a map asking for
            # a dozen tiles of a server that is down waits for one refusal, not twelve.
            with self._probe:
                if self._answered or time.time() < self._down_until:
                    return self._get(z, x, y)
                return self._ask(z, x, y, path, meta, cached, now)
        return self._ask(z, x, y, path, meta, cached, now)

    def _ask(
        self,
        z: int,
        x: int,
        y: int,
        path: Path,
        meta: dict[str, object] | None,
        cached: bytes | None,
        now: float,
    ) -> Tile:
        headers = {}
        if cached is not None and meta is not None:
            if meta.get("etag"):
                headers["If-None-Match"] = str(meta["etag"])
            if meta.get("last_modified"):
                headers["If-Modified-Since"] = str(meta["last_modified"])
        try:
            with self._lock:
                self.requests += 1
            response = self._session().get(
                self.source.url(z, x, y), headers=headers, timeout=self.timeout
            )
        except niquests.exceptions.RequestException:
            self._down_until = time.time() + 30
            return Tile(cached, from_cache=cached is not None, stale=cached is not None)
        status = response.status_code or 0
        if status and status < 500 and status != 429:
            self._answered = True
        if status == 304 and cached is not None:
            _write_meta(path, {**(meta or {}), "expires": _expiry(response, now)})
            return Tile(cached, from_cache=True)
        body = response.content or b""
        if status != 200 or not _looks_like_image(body) or len(body) > MAX_TILE_BYTES:
            if status == 429 or status >= 500:
                self._down_until = time.time() + 30
            return Tile(cached, from_cache=cached is not None, stale=cached is not None)
        if not _no_store(response):
            _store(path, body, response, now)
        return Tile(body, from_cache=False)

    def close(self) -> None:
        """Close every connection and the threads that watch them; from now on the
        fetcher answers from its cache only (a map still drawing gets what is cached)."""
        with self._lock:
            self.offline = True
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    def _session(self) -> niquests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = niquests.Session()
            session.headers["User-Agent"] = self._user_agent
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _looks_like_image(body: bytes) -> bool:
    return body.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"RIFF")) and len(body) > 8


def _no_store(response: niquests.Response) -> bool:
    return "no-store" in (response.headers.get("Cache-Control") or "").lower()


def _expiry(response: niquests.Response, now: float) -> float:
    control = (response.headers.get("Cache-Control") or "").lower()
    if "no-cache" in control:
        return now  # keep it, but ask again (revalidate) next time
    found = re.search(r"max-age\s*=\s*(\d+)", control)
    if found:
        return now + min(int(found.group(1)), 365 * 24 * 3600)
    expires = response.headers.get("Expires")
    if expires:
        try:
            parsed = email.utils.parsedate_to_datetime(expires)
            return parsed.timestamp()
        except (TypeError, ValueError, IndexError):
            return now  # an invalid Expires means already expired (RFC 9111)
    return now + DEFAULT_LIFETIME


def _store(path: Path, body: bytes, response: niquests.Response, now: float) -> None:
    meta = {
        "expires": _expiry(response, now),
        "etag": response.headers.get("ETag") or "",
        "last_modified": response.headers.get("Last-Modified") or "",
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _replace(path, body)
        _write_meta(path, meta)
    except OSError:
        pass  # a full or read-only cache only means the tile is fetched again


def _replace(path: Path, data: bytes) -> None:
    # Written aside and renamed: a reader never sees half a tile.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _read_meta(path: Path) -> dict[str, object] | None:
    try:
        value = json.loads(path.with_suffix(".json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _write_meta(path: Path, meta: dict[str, object]) -> None:
    with contextlib.suppress(OSError):
        _replace(path.with_suffix(".json"), json.dumps(meta).encode())
