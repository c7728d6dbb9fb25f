"""A small WebDAV client: the verbs publishing needs (GET, PUT, COPY, MOVE, DELETE,
MKCOL, PROPFIND with depth 1), over one keep-alive HTTP session (niquests, which the
CalDAV library already brings).

Every failure becomes one ``WebDavError`` line a user can act on: a refused password,
a full disk (507), a timeout, a server that cannot be reached. Paths are relative to the
collection URL the client was made with and are quoted here, so a caller never builds
URLs by hand.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

import niquests

from tourplanner.core.errors import TourplannerError
from tourplanner.core.i18n import Context
from tourplanner.integrations.connection import connection_reason

Errors = Context("Errors")  # the catalogue context of messages people read

DEFAULT_TIMEOUT = 30.0
_DAV = "{DAV:}"
_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<propfind xmlns="DAV:"><prop><resourcetype/></prop></propfind>'
)


class WebDavError(TourplannerError):
    """The WebDAV server refused, failed or did not answer; the message is one line."""


@dataclass(frozen=True)
class WebDavAccount:
    """A collection URL (ending in '/', no user or password in it), who logs in, and how
    long to wait for each answer. The password is kept out of ``repr``."""

    url: str
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = DEFAULT_TIMEOUT


@dataclass(frozen=True)
class Entry:
    """One member of a collection: its name and whether it is a collection itself."""

    name: str
    is_collection: bool


class WebDavClient:
    """Talks to one collection; use as a context manager to close the connection."""

    def __init__(self, account: WebDavAccount) -> None:
        self.account = account
        self._base = account.url if account.url.endswith("/") else account.url + "/"
        self._host = urlsplit(self._base).netloc
        self._session = niquests.Session()
        if account.user:
            self._session.auth = (account.user, account.password)
        self.requests = 0  # how many requests were sent (tests and progress notes)

    def __enter__(self) -> WebDavClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._session.close()

    # -- the verbs --

    def get(self, path: str) -> bytes | None:
        """The content at ``path``, or None when there is nothing there (404)."""
        response = self._send("GET", path, ok=(200, 404))
        return None if response.status_code == 404 else (response.content or b"")

    def put(self, path: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        """Store ``data`` at ``path`` (the collection must exist)."""
        self._send("PUT", path, data=data, headers={"Content-Type": content_type})

    def mkcol(self, path: str) -> None:
        """Make the collection ``path``; one that already exists is fine (405)."""
        self._send("MKCOL", path.rstrip("/") + "/", ok=(200, 201, 405))

    def copy(self, source: str, destination: str) -> None:
        """Copy ``source`` to ``destination`` on the server, replacing what is there."""
        self._send("COPY", source, headers=self._destination(destination, overwrite=True))

    def move(self, source: str, destination: str, *, overwrite: bool = True) -> None:
        """Rename ``source`` to ``destination``; without ``overwrite`` an existing
        destination is an error (412) rather than replaced."""
        self._send("MOVE", source, headers=self._destination(destination, overwrite=overwrite))

    def delete(self, path: str) -> None:
        """Delete ``path`` (a collection with everything in it); nothing there is fine."""
        self._send("DELETE", path, ok=(200, 204, 404))

    def list(self, path: str = "") -> list[Entry]:
        """The members of the collection ``path`` (PROPFIND, depth 1), itself left out."""
        folder = path.rstrip("/") + "/" if path else ""
        response = self._send(
            "PROPFIND",
            folder,
            data=_PROPFIND_BODY,
            headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
            ok=(207,),
        )
        own = urlsplit(self._url(folder)).path.rstrip("/")
        try:
            root = ET.fromstring(response.content or b"")
        except ET.ParseError:
            raise WebDavError(
                Errors.tr("the WebDAV server at {host} sent an unreadable listing").format(
                    host=self._host
                )
            ) from None
        out = []
        for node in root.iter(f"{_DAV}response"):
            href = unquote(urlsplit(node.findtext(f"{_DAV}href", "")).path).rstrip("/")
            if not href or href == unquote(own):
                continue
            kind = node.find(f".//{_DAV}resourcetype/{_DAV}collection")
            out.append(Entry(posixpath.basename(href), kind is not None))
        return out

    # -- plumbing --

    def _url(self, path: str) -> str:
        return self._base + quote(path.lstrip("/"), safe="/")

    def _destination(self, path: str, *, overwrite: bool) -> dict[str, str]:
        return {"Destination": self._url(path), "Overwrite": "T" if overwrite else "F"}

    def _send(
        self,
        method: str,
        path: str,
        *,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = (200, 201, 204),
    ) -> niquests.Response:
        self.requests += 1
        host = self._host
        try:
            response = self._session.request(
                method,
                self._url(path),
                data=data,
                headers=headers,
                timeout=self.account.timeout,
                allow_redirects=False,
            )
        except niquests.exceptions.Timeout:
            raise WebDavError(
                Errors.tr(
                    "the WebDAV server at {host} did not answer within {timeout:g} s ({method} "
                    "{path})"
                ).format(host=host, timeout=self.account.timeout, method=method, path=path)
            ) from None
        except niquests.exceptions.RequestException as e:
            raise WebDavError(
                Errors.tr("cannot reach the WebDAV server at {host}: {reason}").format(
                    host=host, reason=connection_reason(e)
                )
            ) from None
        status = response.status_code or 0
        if status in ok:
            return response
        raise WebDavError(_refusal(host, method, path, status, response.reason or ""))


def _refusal(host: str, method: str, path: str, status: int, reason: str) -> str:
    if status == 401:
        text = Errors.tr("the WebDAV server at {host} refused the user name or password (401)")
    elif status == 403:
        text = Errors.tr(
            "the WebDAV server at {host} does not allow {method} on {path} (403 Forbidden)"
        )
    elif status == 507:
        text = Errors.tr(
            "the WebDAV server at {host} has no room left (507 Insufficient Storage) while "
            "writing {path}"
        )
    elif status == 404 and not path:
        text = Errors.tr("the WebDAV server at {host} has no collection (404): check the address")
    elif status == 404:
        text = Errors.tr("the WebDAV server at {host} has no {path} (404): check the address")
    else:
        text = Errors.tr("the WebDAV server at {host} answered {method} {path} with {status}")
    answer = f"{status} {reason}".rstrip()
    return text.format(host=host, method=method, path=path or "/", status=answer)
