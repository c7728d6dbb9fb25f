"""The public addresses of published pages: a base URL plus one private token per folder."""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import urlsplit

from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import Participant, Site, TourSnapshot
from tourplanner.core.templates import ComposedMail

Errors = Context("Errors")  # the catalogue context of messages people read


def check_base_url(value: str, field: str = "base URL") -> str:
    """``value`` as a base URL ending in '/', or a ValidationError naming ``field``.

    The one check of a base URL: http or https, a host, no user name or password (the
    address is printed on briefings), no query or fragment (a token is appended)."""
    text = value.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        raise ValidationError(
            Errors.tr("{field}: {value!r} is not a valid URL").format(field=field, value=value)
        ) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            Errors.tr("{field}: {value!r} is not an http:// or https:// address").format(
                field=field, value=value
            )
        )
    if parts.username or parts.password:
        raise ValidationError(
            Errors.tr("{field}: the public address must not hold a user name").format(field=field)
        )
    if parts.query or parts.fragment:
        raise ValidationError(
            Errors.tr("{field}: the public address must not have '?' or '#'").format(field=field)
        )
    if any(c.isspace() for c in text):
        raise ValidationError(
            Errors.tr("{field}: {value!r} holds a space").format(field=field, value=value)
        )
    return text if text.endswith("/") else text + "/"


def page_url(base_url: str, token: str) -> str:
    """The public address of one folder: ``<base>/<token>/``."""
    return f"{base_url.rstrip('/')}/{token}/"


LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def is_url_target(target: str) -> bool:
    """Whether a publish target names a WebDAV collection rather than a folder."""
    return "://" in target


def check_target(value: str, field: str = "target") -> str:
    """``value`` as a publish target: a folder path, or an http(s):// WebDAV collection
    URL ending in '/'. A URL may hold the user name but never the password, and must use
    https unless the server is on this machine (the password would travel in clear)."""
    text = value.strip()
    if not text or "\x00" in text:
        raise ValidationError(
            Errors.tr("{field}: give a folder or an http(s):// WebDAV address").format(field=field)
        )
    if not is_url_target(text):
        return text
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        raise ValidationError(
            Errors.tr("{field}: {value!r} is not a valid URL").format(field=field, value=value)
        ) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            Errors.tr("{field}: {value!r} is not an http:// or https:// address").format(
                field=field, value=value
            )
        )
    if parts.password is not None:
        raise ValidationError(
            Errors.tr(
                "{field}: the URL must not hold a password: give --password-env VAR, set "
                "$TOURPLANNER_PUBLISH_PASSWORD or store it in the system keyring"
            ).format(field=field)
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        raise ValidationError(
            Errors.tr(
                "{field}: a WebDAV target needs https:// (plain http only to this machine)"
            ).format(field=field)
        )
    if parts.query or parts.fragment:
        raise ValidationError(
            Errors.tr("{field}: a WebDAV address must not have '?' or '#'").format(field=field)
        )
    return text if text.endswith("/") else text + "/"


def public_url_of_target(target: str) -> str:
    """The default base URL of a WebDAV target: the same address without the user."""
    parts = urlsplit(target)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def person_page(snapshot: TourSnapshot, person: Participant) -> str:
    """The public address of ``person``'s phone page, or "" when the tour has no base
    URL (then a briefing prints no QR code and a message carries no link)."""
    base = snapshot.tour.publish_base_url
    return page_url(base, person.publish_token) if base and person.publish_token else ""


def site_page(snapshot: TourSnapshot, site: Site) -> str:
    """The public address of ``site``'s host page, or "" when the tour has no base URL."""
    base = snapshot.tour.publish_base_url
    return page_url(base, site.publish_token) if base and site.publish_token else ""


_LINK_WORDS = {
    "en": ("Your programme online, always current:", "The visits online, always current:"),
    "zh": ("您的在线日程（随时更新）：", "在线接待日程（随时更新）："),
}


def add_page_links(
    mail: ComposedMail, pages: Sequence[tuple[str, str]], lang: str, *, host: bool = False
) -> ComposedMail:
    """``mail`` with a closing paragraph giving the recipient's page addresses: ``pages``
    holds (label, url) pairs, the label naming a site for a host of several ("" for
    one). No pages: ``mail`` unchanged."""
    pages = [(label, url) for label, url in pages if url]
    if not pages:
        return mail
    words = _LINK_WORDS["zh" if lang == "zh" else "en"][1 if host else 0]
    lines = [f"{label}: {url}" if label else url for label, url in pages]
    text = mail.text.rstrip("\n") + "\n\n" + words + "\n" + "\n".join(lines) + "\n"
    links = "<br>\n".join(
        (f"{html.escape(label)}: " if label else "")
        + f'<a href="{html.escape(url)}">{html.escape(url)}</a>'
        for label, url in pages
    )
    paragraph = f"<p>{html.escape(words)}<br>\n{links}</p>\n"
    body_end = mail.html.rfind("</body>")
    page = mail.html[:body_end] + paragraph + mail.html[body_end:] if body_end >= 0 else mail.html
    return ComposedMail(mail.subject, text, page)
