"""A CalDAV client for calendar sync: find or create a calendar, list its resources with
their ETags in one request, fetch some of them in one more, and write one resource per
event with a precondition, so nobody else's edit is ever overwritten by accident.

caldav's ``DAVClient`` does the HTTP work (session, authentication, multistatus parsing);
this module chooses exactly which requests are sent, so a sync with nothing to do sends
no write at all, and turns every failure into one line a user can act on. The password is
held only in memory: it is never logged, shown or written anywhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from hashlib import sha256
from types import TracebackType
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.sax.saxutils import escape

from tourplanner.core.contacts import check_web_address
from tourplanner.core.errors import TourplannerError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.sync_plan import href_key, resource_name
from tourplanner.integrations.connection import connection_reason

Errors = Context("Errors")  # the catalogue context of messages people read

DEFAULT_TIMEOUT = 30.0
KEYRING_SERVICE = "tourplanner-caldav"
WRITE_METHODS = frozenset({"PUT", "DELETE", "MKCALENDAR", "PROPPATCH"})
ICAL_TYPE = "text/calendar; charset=utf-8"

_DAV = "{DAV:}"
_CALDAV = "{urn:ietf:params:xml:ns:caldav}"
_XML = '<?xml version="1.0" encoding="utf-8"?>\n'

__all__ = [
    "DEFAULT_TIMEOUT",
    "KEYRING_SERVICE",
    "WRITE_METHODS",
    "CalDAVAuthError",
    "CalDAVClient",
    "CalDAVConnectionError",
    "CalDAVError",
    "CalDAVSettings",
    "Exchange",
    "FetchedResource",
    "PreconditionFailed",
    "RemoteCalendar",
    "calendar_segment",
    "href_key",
    "resource_name",
    "same_href",
]


class CalDAVError(TourplannerError):
    """The CalDAV server could not be used; the message says why in one line."""


class CalDAVAuthError(CalDAVError):
    """The server refused the user name or password (401) or the access (403)."""


class CalDAVConnectionError(CalDAVError):
    """No answer: refused, timed out, or the connection broke. ``answered`` says whether
    the server had answered anything before, i.e. whether it went away mid-way."""

    def __init__(self, message: str, answered: bool) -> None:
        super().__init__(message)
        self.answered = answered


class PreconditionFailed(CalDAVError):
    """412: the resource is not in the state the write assumed (someone else changed,
    created or deleted it since it was listed)."""


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request and the status it got, for observers (progress, tests)."""

    method: str
    url: str
    status: int


@dataclass(frozen=True, slots=True)
class CalDAVSettings:
    """Where and as whom. ``url`` is the server, the user's calendar home, or a calendar.

    ``observer`` is called after every answered request (for progress reports and tests);
    it never sees the password or the request body.
    """

    url: str
    username: str
    password: str = field(repr=False)
    timeout: float = DEFAULT_TIMEOUT
    observer: Callable[[Exchange], None] | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class RemoteCalendar:
    """A calendar collection: its absolute URL (ending in ``/``) and its display name."""

    url: str
    name: str


@dataclass(frozen=True, slots=True)
class FetchedResource:
    """A calendar resource as the server has it now."""

    href: str
    etag: str | None
    data: bytes


def same_href(a: str, b: str) -> bool:
    """Whether two hrefs name the same resource (servers differ in what they escape)."""
    return href_key(a) == href_key(b)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}/"


def _check_url(url: str) -> str:
    try:  # the app's one check of a web address: scheme, host, port, no spaces
        parts = urlsplit(check_web_address(url))
    except ValueError as e:
        raise ValidationError(Errors.tr("CalDAV URL: {reason}").format(reason=e)) from None
    if parts.username or parts.password:
        # A password in the URL would end up in shell history and logs.
        raise ValidationError(
            Errors.tr("CalDAV URL: put the user in --user and the password elsewhere")
        )
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme}://{parts.netloc}{path}"


class CalDAVClient:
    """One session with one CalDAV server. Use as a context manager.

    ``requests`` counts the requests sent, by method; ``writes`` is how many of them could
    change something on the server.
    """

    def __init__(self, settings: CalDAVSettings) -> None:
        self.settings = settings
        self.base_url = _check_url(settings.url)
        self.origin = _origin(self.base_url)
        self.requests: Counter[str] = Counter()
        self._answered = False
        # Imported here: caldav and its HTTP stack take a quarter of a second to import,
        # which every CLI command would otherwise pay.
        from caldav.davclient import DAVClient

        self._dav = DAVClient(
            url=self.base_url,
            username=settings.username,
            password=settings.password,
            # Basic from the first request: no 401 round trip per request.
            auth_type="basic",
            # mypy: caldav types timeout as int; requests takes seconds as a float.
            timeout=settings.timeout,  # type: ignore[arg-type]
            enable_rfc6764=False,
        )
        self._home: str | None = None
        self._base_calendar: RemoteCalendar | None = None

    def __enter__(self) -> CalDAVClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._dav.close()

    @property
    def writes(self) -> int:
        return sum(n for method, n in self.requests.items() if method in WRITE_METHODS)

    # --- transport ----------------------------------------------------------------------

    def _send(
        self,
        method: str,
        url: str,
        body: str | bytes = "",
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        from caldav.lib import error as dav_error
        from caldav.lib.http_sync import requests as http

        self.requests[method] += 1
        try:
            # mypy: caldav types the body as str; bytes go out as they are.
            response = self._dav.request(url, method, body, dict(headers or {}))  # type: ignore[arg-type]
        except dav_error.AuthorizationError as e:
            self._notify(method, url, e.status or 401)
            if e.status == 403:
                raise CalDAVAuthError(
                    Errors.tr(
                        "the CalDAV server at {origin} does not let user {username!r} {method} "
                        "{path} (403 Forbidden)"
                    ).format(
                        origin=self.origin,
                        username=self.settings.username,
                        method=method,
                        path=urlsplit(url).path,
                    )
                ) from None
            raise CalDAVAuthError(
                Errors.tr(
                    "the CalDAV server at {origin} refused user {username!r}: wrong user name "
                    "or password (401)"
                ).format(origin=self.origin, username=self.settings.username)
            ) from None
        except dav_error.RateLimitError:
            raise CalDAVError(
                Errors.tr(
                    "the CalDAV server at {origin} is busy (rate limited); try again later"
                ).format(origin=self.origin)
            ) from None
        except (http.exceptions.RequestException, OSError) as e:
            if self._answered:
                message = Errors.tr(
                    "lost the connection to the CalDAV server at {origin}: {reason}"
                )
            else:
                message = Errors.tr("cannot reach the CalDAV server at {origin}: {reason}")
            reason = connection_reason(e)
            raise CalDAVConnectionError(
                message.format(origin=self.origin, reason=reason), self._answered
            ) from None
        self._answered = True
        self._notify(method, url, response.status)
        return response

    def _notify(self, method: str, url: str, status: int) -> None:
        if self.settings.observer is not None:
            self.settings.observer(Exchange(method, url, status))

    def _fail(self, what: str, response: Any) -> CalDAVError:
        status = f"{response.status} {getattr(response, 'reason', '') or ''}".strip()
        return CalDAVError(
            Errors.tr("the CalDAV server at {origin} refused to {what}: {status}").format(
                origin=self.origin, what=what, status=status
            )
        )

    def _propfind(self, url: str, props: Iterable[str], depth: int) -> Any:
        names = "".join(props)
        body = (
            f'{_XML}<D:propfind xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            f"<D:prop>{names}</D:prop></D:propfind>"
        )
        response = self._send("PROPFIND", url, body, {"Depth": str(depth)})
        if response.status == 404:
            return None
        if response.status not in (200, 207):
            raise self._fail(Errors.tr("list {path}").format(path=urlsplit(url).path), response)
        return response.parse_propfind()

    # --- calendars ----------------------------------------------------------------------

    def _discover(self) -> None:
        """Find the user's calendar home, and whether ``url`` is itself a calendar, in one
        PROPFIND (two when the server only names the user's principal)."""
        props = "<D:resourcetype/><D:displayname/><D:current-user-principal/><C:calendar-home-set/>"
        results = self._propfind(self.base_url, [props], 0)
        if results is None:
            raise CalDAVError(
                Errors.tr("nothing at {base_url} on the CalDAV server (404)").format(
                    base_url=self.base_url
                )
            )
        found = results[0].properties if results else {}
        if f"{_CALDAV}calendar" in (found.get(f"{_DAV}resourcetype") or []):
            self._base_calendar = RemoteCalendar(
                self.base_url, found.get(f"{_DAV}displayname") or ""
            )
        home = found.get(f"{_CALDAV}calendar-home-set")
        principal = found.get(f"{_DAV}current-user-principal")
        if not home and principal and not same_href(principal, self.base_url):
            inner = self._propfind(urljoin(self.base_url, principal), ["<C:calendar-home-set/>"], 0)
            home = inner[0].properties.get(f"{_CALDAV}calendar-home-set") if inner else None
        if isinstance(home, list):
            home = home[0] if home else None
        resolved = urljoin(self.base_url, home) if home else self.base_url
        self._home = resolved if resolved.endswith("/") else resolved + "/"

    def calendar_home(self) -> str:
        """The URL under which the user's calendars live (``url`` itself when the server
        names no other)."""
        if self._home is None:
            self._discover()
        assert self._home is not None
        return self._home

    def base_calendar(self) -> RemoteCalendar | None:
        """The calendar that ``url`` names, when it names a calendar rather than a server
        or a calendar home."""
        if self._home is None:
            self._discover()
        return self._base_calendar

    def list_calendars(self) -> list[RemoteCalendar]:
        """Every calendar collection in the user's home (one PROPFIND)."""
        home = self.calendar_home()
        found = []
        for result in self._propfind(home, ["<D:resourcetype/><D:displayname/>"], 1) or []:
            kinds = result.properties.get(f"{_DAV}resourcetype") or []
            if f"{_CALDAV}calendar" not in kinds:
                continue
            url = urljoin(home, result.href)
            url = url if url.endswith("/") else url + "/"
            found.append(RemoteCalendar(url, result.properties.get(f"{_DAV}displayname") or ""))
        return found

    def find_calendar(
        self,
        segment: str,
        display_name: str | None = None,
        known: list[RemoteCalendar] | None = None,
    ) -> RemoteCalendar | None:
        """The calendar in the user's home whose last path segment is ``segment`` or, failing
        that, whose display name is ``display_name``; None when there is none. ``known``
        is a ``list_calendars()`` answer to search instead of asking again."""
        calendars = self.list_calendars() if known is None else known
        for calendar in calendars:
            if unquote(urlsplit(calendar.url).path.rstrip("/").rsplit("/", 1)[-1]) == segment:
                return calendar
        if display_name:
            return next((c for c in calendars if c.name == display_name), None)
        return None

    def create_calendar(
        self, segment: str, display_name: str, description: str = ""
    ) -> RemoteCalendar:
        """Make a calendar for events (MKCALENDAR) at ``segment`` in the user's home."""
        url = urljoin(self.calendar_home(), quote(segment, safe="") + "/")
        text = f"<C:calendar-description>{escape(description)}</C:calendar-description>"
        body = (
            f'{_XML}<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            f"<D:set><D:prop><D:displayname>{escape(display_name)}</D:displayname>"
            f"{text if description else ''}"
            '<C:supported-calendar-component-set><C:comp name="VEVENT"/>'
            "</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>"
        )
        response = self._send("MKCALENDAR", url, body)
        if response.status not in (200, 201):
            raise self._fail(
                Errors.tr("create the calendar {display_name!r}").format(display_name=display_name),
                response,
            )
        return RemoteCalendar(url, display_name)

    # --- resources ----------------------------------------------------------------------

    def list_etags(self, calendar_url: str) -> dict[str, str | None] | None:
        """Every resource in a calendar with its ETag (one PROPFIND), keyed by the href's
        unescaped path; None when the calendar does not exist."""
        results = self._propfind(calendar_url, ["<D:getetag/><D:resourcetype/>"], 1)
        if results is None:
            return None
        own = href_key(calendar_url)
        listing: dict[str, str | None] = {}
        for result in results:
            key = href_key(urljoin(calendar_url, result.href))
            if key.rstrip("/") == own.rstrip("/") or result.status == 404:
                continue
            if result.properties.get(f"{_DAV}resourcetype"):
                continue  # a sub-collection, not an event
            listing[key] = result.properties.get(f"{_DAV}getetag")
        return listing

    def fetch(self, calendar_url: str, hrefs: Iterable[str]) -> dict[str, FetchedResource]:
        """The current content of some resources (one calendar-multiget REPORT), keyed by
        the href's unescaped path; resources that are gone are left out."""
        wanted = [urlsplit(urljoin(calendar_url, h)).path for h in hrefs]
        if not wanted:
            return {}
        refs = "".join(f"<D:href>{escape(h)}</D:href>" for h in wanted)
        body = (
            f'{_XML}<C:calendar-multiget xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:caldav">'
            f"<D:prop><D:getetag/><C:calendar-data/></D:prop>{refs}</C:calendar-multiget>"
        )
        response = self._send("REPORT", calendar_url, body, {"Depth": "1"})
        if response.status not in (200, 207):
            raise self._fail(
                Errors.tr("read events of {path}").format(path=urlsplit(calendar_url).path),
                response,
            )
        found: dict[str, FetchedResource] = {}
        for result in response.parse_calendar_query():
            if result.status != 200 or result.calendar_data is None:
                continue
            key = href_key(urljoin(calendar_url, result.href))
            data = result.calendar_data
            found[key] = FetchedResource(
                key, result.etag, data.encode("utf-8") if isinstance(data, str) else data
            )
        return found

    def put(
        self, href: str, data: bytes, *, if_match: str | None = None, create: bool = False
    ) -> str | None:
        """Write one resource; returns its new ETag if the server says it.

        ``create`` sends ``If-None-Match: *`` (fails if something is already there);
        ``if_match`` fails unless the resource still has that ETag. Either failure raises
        PreconditionFailed, so a concurrent edit is never overwritten.
        """
        headers = {"Content-Type": ICAL_TYPE}
        if create:
            headers["If-None-Match"] = "*"
        elif if_match is not None:
            headers["If-Match"] = if_match
        response = self._send("PUT", href, data, headers)
        if response.status == 412:
            raise PreconditionFailed(
                Errors.tr("{path} changed on the server").format(path=urlsplit(href).path)
            )
        if response.status not in (200, 201, 204):
            raise self._fail(
                Errors.tr("store {path}").format(path=unquote(urlsplit(href).path)), response
            )
        return response.headers.get("ETag")

    def delete(self, href: str, *, if_match: str | None = None) -> bool:
        """Remove one resource unless it changed since ``if_match``; False when it was
        already gone."""
        headers = {"If-Match": if_match} if if_match is not None else {}
        response = self._send("DELETE", href, "", headers)
        if response.status == 404:
            return False
        if response.status == 412:
            raise PreconditionFailed(
                Errors.tr("{path} changed on the server").format(path=urlsplit(href).path)
            )
        if response.status not in (200, 204):
            raise self._fail(
                Errors.tr("delete {path}").format(path=unquote(urlsplit(href).path)), response
            )
        return True


def calendar_segment(name: str) -> str:
    """The URL path segment for a calendar called ``name``: lower case, dashes."""
    slug = re.sub(r"[^a-z0-9._-]+", "-", name.strip().lower()).strip("-.")
    if not slug:
        slug = "cal-" + sha256(name.encode()).hexdigest()[:12]
    return slug[:100]
