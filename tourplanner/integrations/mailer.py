"""Sending email over SMTP (smtplib) and building the messages (email.message).

Settings come from a URL: ``smtp://user@host:port`` (STARTTLS, port 587 by default),
``smtps://user@host:port`` (TLS from the start, port 465), with ``?security=none`` for a
server without encryption (allowed with a password only on this machine), ``?from=ADDR``
for the sender and ``?timeout=S``. A URL never holds the password: it comes from an
environment variable or the system keyring (service ``tourplanner-smtp``), is handed to
``SmtpMailer`` for the login only, and is never part of a message, a repr or an error.

Every failure is a ``MailError`` whose message is one readable line; the server's own
reply (code and text) is kept for a refused recipient or message.
"""

from __future__ import annotations

import contextlib
import ipaddress
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from types import TracebackType
from urllib.parse import parse_qsl, unquote, urlsplit

from tourplanner.core.contacts import email_problem
from tourplanner.core.errors import TourplannerError, ValidationError, first_line
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

__all__ = [
    "DEFAULT_TIMEOUT",
    "KEYRING_SERVICE",
    "Attachment",
    "ConnectionLost",
    "InvalidAddress",
    "MailAuthError",
    "MailConnectionError",
    "MailError",
    "MessageRefused",
    "RecipientRefused",
    "Security",
    "SenderRefused",
    "SmtpMailer",
    "SmtpSettings",
    "build_message",
    "check_address",
    "message_bytes",
    "parse_smtp_url",
]

KEYRING_SERVICE = "tourplanner-smtp"
DEFAULT_TIMEOUT = 30.0


class MailError(TourplannerError):
    """Mail could not be sent; the message says why in one line."""


class MailConnectionError(MailError):
    """The server could not be reached, or TLS with it failed, before anything was sent."""


class MailAuthError(MailError):
    """The server refused the login, or a login is needed and impossible."""


class ConnectionLost(MailError):
    """The connection broke while sending: this message and the rest were not sent."""


class SenderRefused(MailError):
    """The server refused the sender address: no message of this batch can go out."""


class MessageRefused(MailError):
    """The server refused this one message (its content or size, or all its recipients).

    ``code`` and ``reason`` are the server's reply."""

    def __init__(self, message: str, code: int | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason


class RecipientRefused(MessageRefused):
    """The server refused the recipient's address (a 5xx or 4xx reply to RCPT TO)."""


class InvalidAddress(ValidationError):
    """An email address that cannot be used; caught before anything is sent."""


class Security(StrEnum):
    NONE = "none"  # plain SMTP: only for a server on this machine or a trusted relay
    STARTTLS = "starttls"  # plain connection upgraded to TLS before anything else
    SSL = "ssl"  # TLS from the first byte ("implicit TLS", smtps)


DEFAULT_PORTS = {Security.NONE: 25, Security.STARTTLS: 587, Security.SSL: 465}
SCHEMES = {"smtp": Security.STARTTLS, "smtps": Security.SSL}


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and how to send. ``user`` None means no login; ``sender`` None means the
    caller picks the From address (the tour's organiser). There is no password field on
    purpose: it must not end up wherever settings are stored."""

    host: str
    port: int = 587
    security: Security = Security.STARTTLS
    user: str | None = None
    sender: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    def describe(self) -> str:
        """The settings as they may be shown: 'smtp://user@host:587 (starttls)'."""
        scheme = "smtps" if self.security is Security.SSL else "smtp"
        who = f"{self.user}@" if self.user else ""
        return f"{scheme}://{who}{self.host}:{self.port} ({self.security.value})"


def parse_smtp_url(url: str) -> SmtpSettings:
    """Read SMTP settings from a URL (see the module's docstring). Raises ValidationError
    with one line for anything it cannot use; the URL is never echoed in case it holds a
    password."""
    try:
        parts = urlsplit(url.strip())
        port_text = parts.port
    except ValueError as e:
        raise ValidationError(Errors.tr("invalid SMTP URL: {reason}").format(reason=e)) from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise ValidationError(
            Errors.tr(
                "unsupported SMTP URL scheme {scheme!r}: use smtp://user@host:port (STARTTLS) "
                "or smtps://user@host:port (TLS)"
            ).format(scheme=scheme or "(none)")
        )
    if parts.password is not None:
        raise ValidationError(
            Errors.tr(
                "the SMTP URL must not hold a password: put it in an environment variable "
                "(--password-env VAR) or the system keyring"
            )
        )
    if not parts.hostname:
        raise ValidationError(Errors.tr("the SMTP URL names no host: use smtp://user@host:port"))
    if parts.path not in ("", "/") or parts.fragment:
        raise ValidationError(
            Errors.tr("the SMTP URL must not have a path: use smtp://user@host:port")
        )
    security = SCHEMES[scheme]
    sender: str | None = None
    timeout = DEFAULT_TIMEOUT
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "security":
            try:
                security = Security(value.lower())
            except ValueError:
                raise ValidationError(
                    Errors.tr(
                        "SMTP URL: security must be none, starttls or ssl, not {value!r}"
                    ).format(value=value)
                ) from None
        elif key == "from":
            sender = check_address(value)
        elif key == "timeout":
            timeout = _timeout(value)
        else:
            raise ValidationError(
                Errors.tr(
                    "SMTP URL: unknown setting {key!r} (known: security, from, timeout)"
                ).format(key=key)
            )
    if scheme == "smtps" and security is not Security.SSL:
        raise ValidationError(
            Errors.tr("SMTP URL: smtps:// always uses TLS; use smtp:// with ?security=")
        )
    user = unquote(parts.username) if parts.username else None
    port = port_text or DEFAULT_PORTS[security]
    return SmtpSettings(parts.hostname, port, security, user, sender, timeout)


def _timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 600:
        raise ValidationError(
            Errors.tr("SMTP URL: timeout must be more than 0 and at most 600 s: {text!r}").format(
                text=text
            )
        )
    return value


# -- addresses --------------------------------------------------------------------------


def check_address(address: str) -> str:
    """``address`` as a bare addr-spec ('name@example.org'), or InvalidAddress saying what
    is wrong. The rule is the app's one email check (core.contacts.email_problem)."""
    text = address.strip(" ")
    problem = email_problem(text)
    if problem is not None:
        shown = text if len(text) <= 80 else text[:77] + "..."
        if not text:
            raise InvalidAddress(Errors.tr("no email address"))
        raise InvalidAddress(
            Errors.tr("invalid email address {address!r}: {problem}").format(
                address=shown, problem=problem
            )
        )
    return text


# -- messages ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file to attach: ``content_type`` like 'application/pdf' or
    'text/calendar; method=PUBLISH' (parameters after the type are kept)."""

    filename: str
    data: bytes = field(repr=False)
    content_type: str


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1] if "@" in address else "localhost"


def build_message(
    *,
    sender: str,
    sender_name: str,
    to: str,
    to_name: str,
    subject: str,
    text: str,
    html: str | None = None,
    attachments: Sequence[Attachment] = (),
    reply_to: str | None = None,
    language: str | None = None,
    when: datetime | None = None,
    message_id: str | None = None,
) -> EmailMessage:
    """One message: a text body (and an HTML alternative), then the attachments.

    Names are put in the headers with their own encoding, so a name holding quotes,
    commas or Chinese characters cannot break them; a line break in the subject is
    refused by ``email`` itself, so names and the subject (which may hold a name) are
    made one line first: a name typed with a line break must not stop the mail."""
    msg = EmailMessage()
    msg["From"] = Address(display_name=_one_line(sender_name), addr_spec=sender)
    msg["To"] = Address(display_name=_one_line(to_name), addr_spec=to)
    if reply_to and reply_to.casefold() != sender.casefold():
        msg["Reply-To"] = Address(addr_spec=reply_to)
    msg["Subject"] = _one_line(subject)
    msg["Date"] = format_datetime(when or datetime.now(UTC))
    msg["Message-ID"] = message_id or make_msgid(domain=_domain(sender))
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for attachment in attachments:
        kind, _, rest = attachment.content_type.partition(";")
        maintype, _, subtype = kind.strip().partition("/")
        params: dict[str, str] = {}
        for piece in rest.split(";"):
            if "=" in piece:
                name, _, value = piece.partition("=")
                params[name.strip()] = value.strip()
        msg.add_attachment(
            attachment.data,
            maintype=maintype,
            subtype=subtype,
            filename=attachment.filename,
            params=params,
        )
    if language:  # after the parts are made: making them moves Content-* headers inward
        msg["Content-Language"] = language
    return msg


def _one_line(text: str) -> str:
    return " ".join(text.split())


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as it goes on the wire (CRLF line ends), e.g. for an .eml file."""
    return msg.as_bytes(policy=policy.SMTP)


# -- sending ----------------------------------------------------------------------------


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _reply(code: int | None, text: bytes | str) -> str:
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    line = " ".join(message.split())
    return f"{code} {line}".strip() if code is not None else line


class SmtpMailer:
    """One SMTP session for a batch of messages: connect (and log in) once, send each.

    Use as a context manager, or call ``connect`` and ``close``. ``send`` raises
    ``RecipientRefused`` / ``MessageRefused`` for a message the server refused (the
    session stays usable), ``SenderRefused`` or ``ConnectionLost`` when no further
    message can go out on this session."""

    def __init__(
        self,
        settings: SmtpSettings,
        password: str | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings
        self._password = password
        self._context = ssl_context
        self._smtp: smtplib.SMTP | None = None

    def __repr__(self) -> str:  # never the password
        return f"SmtpMailer({self.settings.describe()})"

    def __enter__(self) -> SmtpMailer:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connected(self) -> bool:
        return self._smtp is not None

    def connect(self) -> None:
        """Open the session, upgrade it to TLS as the settings say, and log in."""
        s = self.settings
        where = f"{s.host}:{s.port}"
        if s.user and not self._password:
            raise MailAuthError(Errors.tr("no password for SMTP user {user!r}").format(user=s.user))
        if s.user and s.security is Security.NONE and not _is_loopback(s.host):
            raise MailAuthError(
                Errors.tr(
                    "refusing to send the SMTP password unencrypted to {host}: use smtps:// or "
                    "smtp:// (STARTTLS), or security=none only for a server on this machine"
                ).format(host=s.host)
            )
        context = self._context or ssl.create_default_context()
        smtp: smtplib.SMTP | None = None
        try:
            if s.security is Security.SSL:
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            smtp.ehlo()
            if s.security is Security.STARTTLS:
                if not smtp.has_extn("starttls"):
                    raise MailConnectionError(
                        Errors.tr(
                            "the SMTP server {where} does not offer STARTTLS; use smtps:// or, "
                            "for a server on this machine, ?security=none"
                        ).format(where=where)
                    )
                smtp.starttls(context=context)
                smtp.ehlo()
            if s.user:
                self._login(smtp, s.user, where)
        except MailError:
            _quietly_close(smtp)
            raise
        except socket.gaierror:
            raise MailConnectionError(
                Errors.tr("cannot find the SMTP server {host!r}").format(host=s.host)
            ) from None
        except ConnectionRefusedError:
            raise MailConnectionError(
                Errors.tr("the SMTP server {where} refused the connection").format(where=where)
            ) from None
        except TimeoutError:
            _quietly_close(smtp)
            raise MailConnectionError(
                Errors.tr("no answer from the SMTP server {where} within {timeout:g} s").format(
                    where=where, timeout=s.timeout
                )
            ) from None
        except ssl.SSLError as e:
            _quietly_close(smtp)
            raise MailConnectionError(
                Errors.tr("TLS with the SMTP server {where} failed: {reason}").format(
                    where=where, reason=e.reason or first_line(e)
                )
            ) from None
        except smtplib.SMTPConnectError as e:
            raise MailConnectionError(
                Errors.tr("the SMTP server {where} turned the connection away: {reply}").format(
                    where=where, reply=_reply(e.smtp_code, e.smtp_error)
                )
            ) from None
        except smtplib.SMTPServerDisconnected as e:
            _quietly_close(smtp)
            if "timed out" in str(e):  # smtplib reports a silent server as a disconnect
                raise MailConnectionError(
                    Errors.tr("no answer from the SMTP server {where} within {timeout:g} s").format(
                        where=where, timeout=s.timeout
                    )
                ) from None
            raise MailConnectionError(
                Errors.tr("the SMTP server {where} closed the connection").format(where=where)
            ) from None
        except smtplib.SMTPResponseException as e:
            _quietly_close(smtp)
            raise MailConnectionError(
                Errors.tr("the SMTP server {where} answered {reply}").format(
                    where=where, reply=_reply(e.smtp_code, e.smtp_error)
                )
            ) from None
        except (smtplib.SMTPException, OSError) as e:
            _quietly_close(smtp)
            raise MailConnectionError(
                Errors.tr("cannot use the SMTP server {where}: {reason}").format(
                    where=where, reason=first_line(e)
                )
            ) from None
        self._smtp = smtp

    def _login(self, smtp: smtplib.SMTP, user: str, where: str) -> None:
        if not smtp.has_extn("auth"):
            raise MailAuthError(
                Errors.tr(
                    "the SMTP server {where} offers no login (AUTH); remove the user from the "
                    "URL if it needs none"
                ).format(where=where)
            )
        try:
            smtp.login(user, self._password or "")
        except smtplib.SMTPAuthenticationError as e:
            raise MailAuthError(
                Errors.tr("the SMTP server {where} refused the login of {user!r}: {reply}").format(
                    where=where, user=user, reply=_reply(e.smtp_code, e.smtp_error)
                )
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise MailAuthError(
                Errors.tr("the SMTP server {where} offers no login we can use").format(where=where)
            ) from None
        except smtplib.SMTPException as e:
            raise MailAuthError(
                Errors.tr("logging in to the SMTP server {where} failed: {reason}").format(
                    where=where, reason=first_line(e)
                )
            ) from None

    def send(self, msg: EmailMessage) -> None:
        """Send one message to the recipients in its headers."""
        if self._smtp is None:
            self.connect()
        smtp = self._smtp
        assert smtp is not None
        try:
            refused = smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as e:
            # One recipient per message here: "all refused" is that one.
            address, (code, text) = next(iter(e.recipients.items()))
            reason = _reply(code, text)
            raise RecipientRefused(
                Errors.tr("the server refused {address}: {reason}").format(
                    address=address, reason=reason
                ),
                code,
                reason,
            ) from None
        except smtplib.SMTPSenderRefused as e:
            self._drop()
            raise SenderRefused(
                Errors.tr("the server refused the sender {sender}: {reply}").format(
                    sender=e.sender, reply=_reply(e.smtp_code, e.smtp_error)
                )
            ) from None
        except smtplib.SMTPDataError as e:
            reason = _reply(e.smtp_code, e.smtp_error)
            raise MessageRefused(
                Errors.tr("the server refused the message: {reason}").format(reason=reason),
                e.smtp_code,
                reason,
            ) from None
        except smtplib.SMTPServerDisconnected as e:
            self._drop()
            detail = first_line(e)
            raise ConnectionLost(
                Errors.tr("the SMTP server closed the connection ({detail})").format(detail=detail)
            ) from None
        except smtplib.SMTPResponseException as e:
            reason = _reply(e.smtp_code, e.smtp_error)
            if e.smtp_code == 421:  # the server is closing the session
                self._drop()
                raise ConnectionLost(
                    Errors.tr("the SMTP server closed the session: {reason}").format(reason=reason)
                ) from None
            raise MessageRefused(
                Errors.tr("the server refused the message: {reason}").format(reason=reason),
                e.smtp_code,
                reason,
            ) from None
        except (OSError, smtplib.SMTPException) as e:
            self._drop()
            raise ConnectionLost(
                Errors.tr("the connection to the SMTP server broke: {reason}").format(
                    reason=first_line(e)
                )
            ) from None
        if refused:  # only possible with several recipients; kept for completeness
            address, (code, text) = next(iter(refused.items()))
            reason = _reply(code, text)
            raise RecipientRefused(
                Errors.tr("the server refused {address}: {reason}").format(
                    address=address, reason=reason
                ),
                code,
                reason,
            )

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        _quietly_close(smtp)

    def close(self) -> None:
        """Say QUIT if the session is still up; never raises."""
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            _quietly_close(smtp)


def _quietly_close(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    with contextlib.suppress(OSError):
        smtp.close()


# -- the password -----------------------------------------------------------------------
