"""The SMTP client against a real aiosmtpd server on 127.0.0.1 (no mocks of SMTP), and the
messages it builds, parsed back with ``policy.default``."""

from __future__ import annotations

import logging
from email import policy
from email.parser import BytesParser

import keyring
import pytest
from keyring.backends import fail

from tests.fakes.keyring_store import MemoryKeyring
from tests.servers.smtp import (  # noqa: F401
    PASSWORD,
    REFUSAL,
    USER,
    SmtpServer,
    free_port,
    smtp_auth_server_fixture,
    smtp_server_fixture,
)
from tourplanner.core.errors import ValidationError
from tourplanner.integrations.credentials import CredentialsError
from tourplanner.integrations.mailer import (
    KEYRING_SERVICE,
    Attachment,
    ConnectionLost,
    InvalidAddress,
    MailAuthError,
    MailConnectionError,
    RecipientRefused,
    Security,
    SmtpMailer,
    SmtpSettings,
    build_message,
    check_address,
    message_bytes,
    parse_smtp_url,
)
from tourplanner.services.mailing import SMTP_PASSWORD_ENV, resolve_smtp_password

ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"


def message(to: str = "dai.jiuyue@example.org", **kw: object):
    values: dict[str, object] = {
        "sender": "tour-office@example.org",
        "sender_name": "Walking in China tour office",
        "to": to,
        "to_name": "Dai Jiuyue 戴九月",
        "subject": "Your briefing: 行走中国",
        "text": "Dear Dai Jiuyue,\n\nAttached.\n",
        "html": "<p>Dear Dai Jiuyue,</p>",
        "attachments": [
            Attachment("dai-jiuyue.pdf", b"%PDF-1.4 test", "application/pdf"),
            Attachment("dai-jiuyue.ics", ICS, "text/calendar; method=PUBLISH; charset=utf-8"),
        ],
        "language": "en",
    }
    values.update(kw)
    return build_message(**values)


# -- settings ---------------------------------------------------------------------------------


def test_url_schemes_and_defaults() -> None:
    s = parse_smtp_url("smtp://organiser%40example.org@mail.example.org")
    assert (s.host, s.port, s.security, s.user) == (
        "mail.example.org",
        587,
        Security.STARTTLS,
        "organiser@example.org",
    )
    s = parse_smtp_url("smtps://me@mail.example.org")
    assert (s.port, s.security) == (465, Security.SSL)
    s = parse_smtp_url("smtp://127.0.0.1:2525?security=none&from=tours@example.org&timeout=5")
    assert (s.port, s.security, s.user, s.sender, s.timeout) == (
        2525,
        Security.NONE,
        None,
        "tours@example.org",
        5.0,
    )
    assert parse_smtp_url("smtp://relay.example.org?security=none").port == 25
    assert "starttls" in s.describe() or "none" in s.describe()


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("smtp://me:hunter2@mail.example.org", "must not hold a password"),
        ("http://mail.example.org", "unsupported SMTP URL scheme 'http'"),
        ("smtp://", "names no host"),
        ("smtp://mail.example.org?tls=yes", "unknown setting 'tls'"),
        ("smtp://mail.example.org?security=maybe", "security must be none, starttls or ssl"),
        ("smtp://mail.example.org:99999", "invalid SMTP URL"),
        ("smtp://mail.example.org?timeout=0", "timeout must be"),
        ("smtp://mail.example.org?from=not-an-address", "invalid email address"),
        ("smtps://mail.example.org?security=none", "smtps:// always uses TLS"),
    ],
)
def test_bad_urls_are_one_line_and_never_echo_a_password(url: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_smtp_url(url)
    text = str(caught.value)
    assert fragment in text and "\n" not in text
    assert "hunter2" not in text


# -- addresses --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "good", ["dai.jiuyue@example.org", "a+tours@mail.example.co.uk", "x_y@例子.example"]
)
def test_good_addresses(good: str) -> None:
    assert check_address(f"  {good} ") == good


@pytest.mark.parametrize(
    ("bad", "fragment"),
    [
        ("", "no email address"),
        ("dai.jiuyue", "exactly one @"),
        ("dai@jiuyue@example.org", "exactly one @"),
        ("dai jiuyue@example.org", "contains a space"),
        ("dai@localhost", "domain is not valid"),
        ("dai@-example.org", "domain is not valid"),
        ("dai..jiuyue@example.org", "before @ is not valid"),
        ('"Dai" <dai@example.org>', "contains a space"),
        ("戴@example.org", "before @ is not valid"),
        ("dai@example.org\nBcc: x@example.org", "contains a space"),
        ("@example.org", "missing around @"),
    ],
)
def test_bad_addresses_are_caught(bad: str, fragment: str) -> None:
    with pytest.raises(InvalidAddress) as caught:
        check_address(bad)
    assert fragment in str(caught.value) and "\n" not in str(caught.value)


# -- messages ---------------------------------------------------------------------------------


def test_a_message_parses_back_with_its_parts() -> None:
    msg = BytesParser(policy=policy.default).parsebytes(message_bytes(message()))
    assert msg["To"].addresses[0].addr_spec == "dai.jiuyue@example.org"
    assert msg["To"].addresses[0].display_name == "Dai Jiuyue 戴九月"
    assert msg["From"].addresses[0].display_name == "Walking in China tour office"
    assert str(msg["Subject"]) == "Your briefing: 行走中国"
    assert msg["Content-Language"] == "en" and msg["Message-ID"]
    assert msg.get_content_type() == "multipart/mixed"
    assert msg.get_body(("plain",)).get_content().startswith("Dear Dai Jiuyue")
    assert "<p>Dear Dai Jiuyue,</p>" in msg.get_body(("html",)).get_content()
    parts = {p.get_filename(): p for p in msg.iter_attachments()}
    assert set(parts) == {"dai-jiuyue.pdf", "dai-jiuyue.ics"}
    assert parts["dai-jiuyue.pdf"].get_content_type() == "application/pdf"
    assert parts["dai-jiuyue.pdf"].get_content() == b"%PDF-1.4 test"
    calendar = parts["dai-jiuyue.ics"]
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_param("method") == "PUBLISH"
    assert calendar.get_content().encode() == ICS or calendar.get_content() == ICS


def test_names_cannot_break_headers() -> None:
    msg = message(to_name='Evil, "Name" <x@example.org>')
    parsed = BytesParser(policy=policy.default).parsebytes(message_bytes(msg))
    (address,) = parsed["To"].addresses
    assert address.addr_spec == "dai.jiuyue@example.org"
    # A line break typed into a name or subject is folded to a space: it can neither add
    # a header nor stop the mail.
    folded = message(subject="two\nlines\r\nBcc: x@example.org", to_name="Dai\nJiuyue")
    parsed = BytesParser(policy=policy.default).parsebytes(message_bytes(folded))
    assert parsed["Subject"] == "two lines Bcc: x@example.org"
    assert parsed["Bcc"] is None
    assert parsed["To"].addresses[0].display_name == "Dai Jiuyue"


# -- sending ----------------------------------------------------------------------------------


def settings(server: SmtpServer) -> SmtpSettings:
    s = parse_smtp_url(server.url)
    return SmtpSettings(s.host, s.port, s.security, s.user, s.sender, timeout=10)


def test_send_refuse_and_carry_on(smtp_server: SmtpServer) -> None:
    smtp_server.configure(refuse=["meng.linghua@example.org"])
    with SmtpMailer(settings(smtp_server)) as mailer:
        mailer.send(message("dai.jiuyue@example.org"))
        with pytest.raises(RecipientRefused) as caught:
            mailer.send(message("meng.linghua@example.org"))
        assert caught.value.code == 550 and caught.value.reason == REFUSAL
        assert "meng.linghua@example.org" in str(caught.value)
        mailer.send(message("shang.yong@example.org"))  # the session is still usable
    assert smtp_server.per_recipient() == {
        "dai.jiuyue@example.org": 1,
        "shang.yong@example.org": 1,
    }
    (first, _) = smtp_server.messages()
    assert first["To"].addresses[0].addr_spec == "dai.jiuyue@example.org"
    cal = next(p for p in first.iter_attachments() if p.get_filename() == "dai-jiuyue.ics")
    assert cal.get_param("method") == "PUBLISH"


def test_a_dropped_connection_is_connection_lost(smtp_server: SmtpServer) -> None:
    smtp_server.configure(drop_after=1)
    mailer = SmtpMailer(settings(smtp_server))
    mailer.connect()
    mailer.send(message("dai.jiuyue@example.org"))
    with pytest.raises(ConnectionLost) as caught:
        mailer.send(message("shang.yong@example.org"))
    assert "closed the connection" in str(caught.value)
    assert not mailer.connected
    mailer.close()  # harmless after a drop
    assert smtp_server.per_recipient() == {"dai.jiuyue@example.org": 1}


def test_login_and_a_refused_password_never_shown(
    smtp_auth_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with SmtpMailer(settings(smtp_auth_server), PASSWORD) as mailer:
        mailer.send(message())
    assert smtp_auth_server.received[0].login == USER
    wrong = "wrong-" + PASSWORD
    with pytest.raises(MailAuthError) as caught:
        SmtpMailer(settings(smtp_auth_server), wrong).connect()
    assert "refused the login" in str(caught.value) and "535" in str(caught.value)
    for text in (
        str(caught.value),
        repr(SmtpMailer(settings(smtp_auth_server), wrong)),
        caplog.text,
    ):
        assert PASSWORD not in text and wrong not in text
    # smtplib tries each mechanism the server offers (PLAIN, then LOGIN) before giving up.
    assert smtp_auth_server.logins[0] == (USER, True)
    assert {ok for _user, ok in smtp_auth_server.logins[1:]} == {False}


def test_a_login_needs_a_password_and_no_plain_text_to_another_host() -> None:
    with pytest.raises(MailAuthError, match="no password"):
        SmtpMailer(SmtpSettings("127.0.0.1", 25, Security.NONE, "me")).connect()
    remote = SmtpSettings("mail.example.org", 25, Security.NONE, "me")
    with pytest.raises(MailAuthError, match="unencrypted"):
        SmtpMailer(remote, "pw").connect()  # refused before any connection is tried


def test_unreachable_server_and_missing_starttls(smtp_server: SmtpServer) -> None:
    closed = SmtpSettings("127.0.0.1", free_port(), Security.NONE, timeout=5)
    with pytest.raises(MailConnectionError, match="refused the connection"):
        SmtpMailer(closed).connect()
    no_tls = SmtpSettings("127.0.0.1", smtp_server.port, Security.STARTTLS, timeout=5)
    with pytest.raises(MailConnectionError, match="does not offer STARTTLS"):
        SmtpMailer(no_tls).connect()


# -- the system keyring -----------------------------------------------------------------------


def test_password_from_the_keyring(
    system_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SMTP_PASSWORD_ENV, raising=False)
    with pytest.raises(CredentialsError, match="keyring set tourplanner-smtp me"):
        resolve_smtp_password("me")
    system_keyring.set_password(KEYRING_SERVICE, "me", "pw-from-keyring")
    assert resolve_smtp_password("me") == "pw-from-keyring"


def test_no_usable_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SMTP_PASSWORD_ENV, raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(CredentialsError, match="--password-env"):
            resolve_smtp_password("me")
    finally:
        keyring.set_keyring(before)
