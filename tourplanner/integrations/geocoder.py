"""A Nominatim client: forward and reverse geocoding, rate limited, every failure named.

geopy does the HTTP work; this module picks the server, keeps to the public server's usage
policy (at most one request a second), gives up after a few retries, and turns geopy's
exceptions into a ``GeocodeStatus`` with one line a user can read.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from geopy.adapters import AdapterHTTPError, URLLibAdapter
from geopy.exc import (
    ConfigurationError,
    GeocoderParseError,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from tourplanner.core.contacts import check_web_address
from tourplanner.core.enums import GeocodeStatus
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.integrations.connection import connection_reason

Errors = Context("Errors")  # the catalogue context of messages people read

PUBLIC_HOST = "nominatim.openstreetmap.org"
PUBLIC_URL = f"https://{PUBLIC_HOST}"
# https://operations.osmfoundation.org/policies/nominatim/: "an absolute maximum of 1 request
# per second". No setting may go below it.
PUBLIC_MIN_DELAY = 1.0
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_RETRIES = 1
DEFAULT_RETRY_WAIT = 2.0
MAX_RETRIES_LIMIT = 3
MAX_SERVER_LENGTH = 300  # geocode_result.server
MAX_QUERY_LENGTH = 1000  # geocode_result.query

# geopy logs each retry at WARNING with a traceback; with no handler configured, Python's
# last-resort handler would print it on the terminal. Applications that configure logging
# still receive the records through propagation.
logging.getLogger("geopy").addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "MAX_QUERY_LENGTH",
    "MAX_RETRIES_LIMIT",
    "PUBLIC_MIN_DELAY",
    "PUBLIC_URL",
    "GeocodeOutcome",
    "GeocoderSettings",
    "NominatimGeocoder",
    "effective_min_delay",
    "found_message",
    "is_public_server",
    "server_key",
    "too_long_message",
]


@dataclass(frozen=True, slots=True)
class GeocoderSettings:
    """Where and how to ask. ``min_delay`` None means the server's usual pace: one second
    for the public server (never less, whatever is asked), none for one's own server."""

    user_agent: str
    url: str = PUBLIC_URL
    timeout: float = DEFAULT_TIMEOUT
    min_delay: float | None = None
    max_retries: int = DEFAULT_MAX_RETRIES
    retry_wait: float = DEFAULT_RETRY_WAIT


@dataclass(frozen=True, slots=True)
class GeocodeOutcome:
    """How one lookup ended. Coordinates are set only when ``status`` is FOUND."""

    status: GeocodeStatus
    message: str
    latitude: float | None = None
    longitude: float | None = None
    display_name: str = ""

    @property
    def is_answer(self) -> bool:
        """True for a real answer (a match or a definite "no match"), which may be cached;
        False for a failure that may go away on its own (timeout, 429, 5xx, ...)."""
        return self.status in (GeocodeStatus.FOUND, GeocodeStatus.NOT_FOUND)


@dataclass(frozen=True, slots=True)
class _Server:
    scheme: str
    host: str
    domain: str  # host[:port][/path], as geopy's Nominatim wants it
    key: str


def _parse_server(url: str) -> _Server:
    try:  # the app's one check of a web address: scheme, host, port, no spaces
        shown = check_web_address(url)
    except ValueError as e:
        raise ValidationError(Errors.tr("geocoder URL: {reason}").format(reason=e)) from None
    parts = urlsplit(shown)
    port = parts.port
    assert parts.hostname is not None  # check_web_address made sure
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValidationError(
            Errors.tr("geocoder URL {shown!r} must not carry a query or credentials").format(
                shown=shown
            )
        )
    host = parts.hostname.lower()
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    domain = netloc + parts.path.rstrip("/")
    key = f"{parts.scheme.lower()}://{domain}"
    if len(key) > MAX_SERVER_LENGTH:
        raise ValidationError(
            Errors.tr("geocoder URL is longer than {limit} characters").format(
                limit=MAX_SERVER_LENGTH
            )
        )
    return _Server(parts.scheme.lower(), host, domain, key)


def server_key(url: str) -> str:
    """The URL in one canonical spelling (``scheme://host[:port][/path]``), used as the
    cache key, so ``HTTPS://Host/`` and ``https://host`` share their cached answers."""
    return _parse_server(url).key


def is_public_server(url: str) -> bool:
    """True for the OpenStreetMap Foundation's public Nominatim server."""
    return _parse_server(url).host == PUBLIC_HOST


def effective_min_delay(url: str, requested: float | None) -> float:
    """Seconds between two requests: the public server never gets less than one second."""
    if requested is not None and requested < 0:
        raise ValidationError(Errors.tr("the delay between geocoder requests cannot be negative"))
    if is_public_server(url):
        return max(PUBLIC_MIN_DELAY, requested or 0.0)
    return requested or 0.0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _first_line(text: str, limit: int = 200) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def found_message(display_name: str) -> str:
    """The one-line message for a match, the same whether it is fresh or cached."""
    name = _first_line(display_name, limit=300)
    return Errors.tr("found: {name}").format(name=name) if name else Errors.tr("found")


def too_long_message() -> str:
    return Errors.tr("address too long to look up (over {limit} characters)").format(
        limit=MAX_QUERY_LENGTH
    )


class NominatimGeocoder:
    """Forward and reverse lookups against one Nominatim server, one request at a time.

    Keep one instance for a whole batch: the rate limiter's clock lives in it.
    """

    def __init__(self, settings: GeocoderSettings) -> None:
        server = _parse_server(settings.url)
        if not settings.user_agent.strip():
            raise ValidationError(
                Errors.tr("the geocoder needs a user agent naming this application")
            )
        if not settings.timeout > 0:
            raise ValidationError(Errors.tr("the geocoder timeout must be more than 0 seconds"))
        if not 0 <= settings.max_retries <= MAX_RETRIES_LIMIT:
            raise ValidationError(
                Errors.tr("geocoder retries must be from 0 to {limit}").format(
                    limit=MAX_RETRIES_LIMIT
                )
            )
        if settings.retry_wait < 0:
            raise ValidationError(Errors.tr("the wait before a geocoder retry cannot be negative"))
        self.settings = settings
        self.server = server.key
        self.min_delay = effective_min_delay(settings.url, settings.min_delay)
        try:
            self._nominatim = Nominatim(
                domain=server.domain,
                scheme=server.scheme,
                user_agent=settings.user_agent.strip(),
                timeout=settings.timeout,
                # A server on this machine is never behind the system's proxy.
                proxies={} if _is_loopback(server.host) else None,
                # geopy picks requests when some other package installed it; its errors
                # differ (a read timeout can come back as "unavailable"). The standard
                # library's urllib behaves the same everywhere and is plenty at 1 request/s.
                adapter_factory=URLLibAdapter,
            )
        except ConfigurationError as e:
            raise ValidationError(
                Errors.tr("geocoder: {reason}").format(reason=_first_line(str(e)))
            ) from None
        # geopy requires the wait after an error to be at least the normal delay.
        # One limiter for both kinds of lookup, so their requests share one pace.
        self._limiter = RateLimiter(
            self._lookup,
            min_delay_seconds=self.min_delay,
            max_retries=settings.max_retries,
            error_wait_seconds=max(settings.retry_wait, self.min_delay),
            swallow_exceptions=False,
        )

    @property
    def rate_limiter(self) -> RateLimiter:
        """The limiter every request goes through (tests check its pace without waiting)."""
        return self._limiter

    def _lookup(self, kind: str, what: object) -> Location | None:
        if kind == "reverse":
            return self._nominatim.reverse(what, exactly_one=True)
        return self._nominatim.geocode(what, exactly_one=True)

    def geocode(self, query: str) -> GeocodeOutcome:
        """Look up one free-form address; the best match or NOT_FOUND, or why it failed."""
        query = " ".join(query.split())
        if not query:
            return GeocodeOutcome(
                GeocodeStatus.NOT_FOUND, Errors.tr("nothing to look up (empty address)")
            )
        if len(query) > MAX_QUERY_LENGTH:
            return GeocodeOutcome(GeocodeStatus.NOT_FOUND, too_long_message())
        return self._ask("search", query, Errors.tr("no match for {query!r}").format(query=query))

    def reverse(self, latitude: float, longitude: float) -> GeocodeOutcome:
        """The address nearest to a point; NOT_FOUND in the open sea, or why it failed."""
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise ValidationError(
                Errors.tr("not a point on Earth: {latitude}, {longitude}").format(
                    latitude=latitude, longitude=longitude
                )
            )
        return self._ask(
            "reverse",
            (latitude, longitude),
            Errors.tr("no address near {latitude}, {longitude}").format(
                latitude=latitude, longitude=longitude
            ),
        )

    def _ask(self, kind: str, what: object, none_message: str) -> GeocodeOutcome:
        try:
            found = self._limiter(kind, what)
        except GeopyError as e:
            return self._failure(e)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            # Valid JSON of the wrong shape (a string where a place should be, "lat": "x").
            return GeocodeOutcome(
                GeocodeStatus.BAD_RESPONSE,
                Errors.tr(
                    "the geocoder at {server} sent an answer that is not a list of places"
                ).format(server=self.server),
            )
        if found is None:
            return GeocodeOutcome(GeocodeStatus.NOT_FOUND, none_message)
        assert isinstance(found, Location)
        raw = found.raw if isinstance(found.raw, dict) else {}
        if raw.get("lat") is None or raw.get("lon") is None:
            # geopy turns a place without coordinates into (0, 0), a real point in the sea.
            return GeocodeOutcome(
                GeocodeStatus.BAD_RESPONSE,
                Errors.tr("the geocoder at {server} sent a place without coordinates").format(
                    server=self.server
                ),
            )
        return GeocodeOutcome(
            GeocodeStatus.FOUND,
            found_message(found.address or ""),
            latitude=found.latitude,
            longitude=found.longitude,
            display_name=found.address or "",
        )

    def _failure(self, error: GeopyError) -> GeocodeOutcome:
        """Name the failure; the HTTP status wins because geopy reports 503 as a timeout."""
        http = next((c for c in _causes(error) if isinstance(c, AdapterHTTPError)), None)
        server = self.server
        if http is not None:
            code = http.status_code
            if code == 429:
                return GeocodeOutcome(
                    GeocodeStatus.RATE_LIMITED,
                    Errors.tr(
                        "the geocoder at {server} refused: too many requests (HTTP 429); try "
                        "again later"
                    ).format(server=server),
                )
            if code >= 500:
                return GeocodeOutcome(
                    GeocodeStatus.SERVER_ERROR,
                    Errors.tr(
                        "the geocoder at {server} failed with HTTP {code}; try again later"
                    ).format(server=server, code=code),
                )
            return GeocodeOutcome(
                GeocodeStatus.SERVER_ERROR,
                Errors.tr(
                    "the geocoder at {server} refused the request with HTTP {code} (check the "
                    "URL and user agent)"
                ).format(server=server, code=code),
            )
        if isinstance(error, GeocoderRateLimited):
            return GeocodeOutcome(
                GeocodeStatus.RATE_LIMITED,
                Errors.tr(
                    "the geocoder at {server} refused: too many requests; try again later"
                ).format(server=server),
            )
        if isinstance(error, GeocoderParseError):
            return GeocodeOutcome(
                GeocodeStatus.BAD_RESPONSE,
                Errors.tr("the geocoder at {server} sent an answer that is not valid JSON").format(
                    server=server
                ),
            )
        if isinstance(error, GeocoderTimedOut):
            return GeocodeOutcome(
                GeocodeStatus.TIMEOUT,
                Errors.tr("the geocoder at {server} did not answer within {timeout:g} s").format(
                    server=server, timeout=self.settings.timeout
                ),
            )
        if isinstance(error, GeocoderUnavailable):
            return GeocodeOutcome(
                GeocodeStatus.UNREACHABLE,
                Errors.tr("cannot reach the geocoder at {server}").format(server=server),
            )
        for cause in _causes(error):
            if isinstance(cause, TimeoutError):
                return GeocodeOutcome(
                    GeocodeStatus.TIMEOUT,
                    Errors.tr(
                        "the geocoder at {server} did not answer within {timeout:g} s"
                    ).format(server=server, timeout=self.settings.timeout),
                )
            if isinstance(cause, OSError) and not isinstance(cause, AdapterHTTPError):
                return GeocodeOutcome(
                    GeocodeStatus.UNREACHABLE,
                    Errors.tr("cannot reach the geocoder at {server}: {reason}").format(
                        server=server, reason=connection_reason(cause)
                    ),
                )
        if isinstance(error, GeocoderServiceError):
            return GeocodeOutcome(
                GeocodeStatus.SERVER_ERROR,
                Errors.tr("the geocoder at {server} answered with an error: {reason}").format(
                    server=server, reason=_first_line(str(error)) or type(error).__name__
                ),
            )
        return GeocodeOutcome(
            GeocodeStatus.SERVER_ERROR,
            Errors.tr("the geocoder at {server}: {reason}").format(
                server=server, reason=_first_line(str(error)) or type(error).__name__
            ),
        )
