"""Why a connection to a server failed, in a few plain words for the one-line error."""

from __future__ import annotations

import socket
import ssl

from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read


def connection_reason(error: BaseException) -> str:
    """A few words for why a connection failed ("connection refused", "timed out",
    "name not resolved", ...), from the innermost cause that says so. HTTP clients wrap
    the socket's error several times (urllib3's ``reason``, ``__cause__``, ``args``);
    their own long texts never reach the person."""
    seen: set[int] = set()
    words = ""  # the operating system's words for an error not named below
    stack: list[BaseException] = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ConnectionRefusedError):
            return Errors.tr("connection refused")
        if isinstance(current, socket.gaierror):
            return Errors.tr("name not resolved")
        if isinstance(current, TimeoutError | socket.timeout):
            return Errors.tr("timed out")
        if isinstance(current, ConnectionResetError):
            return Errors.tr("connection reset")
        if isinstance(current, BrokenPipeError | ConnectionAbortedError):
            return Errors.tr("connection closed")
        if isinstance(current, ssl.SSLError):
            return Errors.tr("TLS failed")
        if isinstance(current, OSError) and current.strerror and not words:
            words = current.strerror.lower()[:120]
        reason = getattr(current, "reason", None)  # urllib3's MaxRetryError, URLError
        for nested in (current.__cause__, current.__context__, reason, *current.args):
            if isinstance(nested, BaseException):
                stack.append(nested)
    if "Timeout" in type(error).__name__:
        return Errors.tr("timed out")
    if words:
        return words
    return Errors.tr("connection closed")
