"""A real SMTP server for tests (aiosmtpd): 127.0.0.1, a free port, every message kept.

It can refuse chosen recipients (550, as a server does for an unknown mailbox), drop the
connection once it has accepted N messages (as a server that goes away mid-batch), and
require AUTH LOGIN/PLAIN with a known password over plain SMTP (``auth_require_tls`` off,
for tests only). What arrived is what the tests check: ``messages`` are parsed back with
``policy.default`` and ``per_recipient`` counts deliveries per address.

Use the fixtures by importing them into a test module::

    from tests.servers.smtp import SmtpServer, smtp_server_fixture  # noqa: F401
    # (smtp_auth_server_fixture for a server that requires a login)

    def test_something(smtp_server: SmtpServer) -> None:
        ... smtp_server.url ...
"""

from __future__ import annotations

import logging
import socket
import threading
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any, cast

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPProtocol
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

USER = "organiser@example.org"
PASSWORD = "s3cret-smtp-pa55word"

REFUSAL = "550 5.1.1 Recipient address rejected: User unknown in local recipient table"


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listened on a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Received:
    """One message as the server received it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    login: str | None

    def message(self) -> EmailMessage:
        return cast(EmailMessage, BytesParser(policy=policy.default).parsebytes(self.data))


@dataclass
class _Handler:
    refuse: set[str] = field(default_factory=set)
    drop_after: int | None = None
    received: list[Received] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)  # (user, accepted)
    lock: threading.Lock = field(default_factory=threading.Lock)
    password: str | None = None

    async def handle_MAIL(
        self,
        server: SMTPProtocol,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        with self.lock:
            full = self.drop_after is not None and len(self.received) >= self.drop_after
        if full:
            # The server goes away: no reply, the connection just ends.
            assert server.transport is not None
            server.transport.abort()
            return "421 4.3.2 going away"  # never reaches the client
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self,
        server: SMTPProtocol,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if address.lower() in self.refuse:
            return REFUSAL
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPProtocol, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        login = session.auth_data.decode() if isinstance(session.auth_data, bytes) else None
        with self.lock:
            self.received.append(
                Received(str(envelope.mail_from), tuple(envelope.rcpt_tos), bytes(data), login)
            )
        return "250 2.0.0 Message accepted for delivery"

    def authenticate(
        self,
        server: SMTPProtocol,
        session: Session,
        envelope: Envelope,
        mechanism: str,
        auth_data: Any,
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode()
        ok = user == USER and auth_data.password.decode() == self.password
        self.logins.append((user, ok))
        return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)


class SmtpServer:
    """An aiosmtpd server in a thread. ``refuse``: addresses answered with 550;
    ``drop_after``: accept that many messages, then drop the connection at the next one;
    ``auth``: require a login as ``USER`` with ``PASSWORD``."""

    def __init__(
        self,
        *,
        refuse: Iterable[str] = (),
        drop_after: int | None = None,
        auth: bool = False,
    ) -> None:
        self.handler = _Handler(
            refuse={a.lower() for a in refuse},
            drop_after=drop_after,
            password=PASSWORD if auth else None,
        )
        self.auth = auth
        self.host = "127.0.0.1"
        self.port = free_port()
        kwargs: dict[str, Any] = {}
        if auth:
            kwargs.update(
                authenticator=self.handler.authenticate,
                auth_required=True,
                auth_require_tls=False,
            )
        self._controller = Controller(self.handler, hostname=self.host, port=self.port, **kwargs)

    @property
    def url(self) -> str:
        """The URL the CLI and ``parse_smtp_url`` take for this server (no TLS here)."""
        user = f"{USER.replace('@', '%40')}@" if self.auth else ""
        return f"smtp://{user}{self.host}:{self.port}?security=none"

    def start(self) -> SmtpServer:
        if self.auth:
            # aiosmtpd warns (a UserWarning and a log line, in the server's thread, on each
            # connection) that AUTH without TLS is unsafe: it is, and only tests do it.
            # Filters set here, during the test, last until the test ends.
            warnings.filterwarnings(
                "ignore", message="Requiring AUTH while not requiring TLS", category=UserWarning
            )
            logging.getLogger("mail.log").setLevel(logging.ERROR)
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def configure(
        self, *, refuse: Iterable[str] | None = None, drop_after: int | None = -1
    ) -> None:
        """Change the refusals or the drop point between runs (-1 leaves it)."""
        if refuse is not None:
            self.handler.refuse = {a.lower() for a in refuse}
        if drop_after != -1:
            self.handler.drop_after = drop_after

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    @property
    def logins(self) -> list[tuple[str, bool]]:
        return list(self.handler.logins)

    def messages(self) -> list[EmailMessage]:
        return [r.message() for r in self.received]

    def per_recipient(self) -> Counter[str]:
        """How many messages each address received."""
        return Counter(addr.lower() for r in self.received for addr in r.rcpt_tos)


@pytest.fixture(name="smtp_server")
def smtp_server_fixture() -> Iterator[SmtpServer]:
    """A plain SMTP server that accepts everything (configure it in the test)."""
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture(name="smtp_auth_server")
def smtp_auth_server_fixture() -> Iterator[SmtpServer]:
    """An SMTP server that requires a login as ``USER`` with ``PASSWORD``."""
    server = SmtpServer(auth=True).start()
    yield server
    server.stop()
