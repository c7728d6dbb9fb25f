"""Integration errors in Chinese (issue #18) against the servers the other tests start,
and a connection failure as one short line naming host:port and a plain reason."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from tests.fakes.nominatim import closed_port
from tests.servers.radicale import RadicaleServer, radicale_fixture  # noqa: F401
from tests.servers.smtp import SmtpServer, smtp_auth_server_fixture  # noqa: F401
from tourplanner.core import i18n
from tourplanner.integrations.caldav_client import CalDAVAuthError, CalDAVClient, CalDAVSettings
from tourplanner.integrations.connection import connection_reason
from tourplanner.integrations.mailer import MailAuthError, SmtpMailer, SmtpSettings, parse_smtp_url
from tourplanner.integrations.routing import RoutingClient, RoutingError, RoutingSettings
from tourplanner.integrations.webdav import WebDavError


@pytest.fixture
def chinese() -> Iterator[None]:
    """Translate into Chinese with the .qm reader, as the CLI does; English after."""
    i18n.use_backend(None)
    i18n.use_language("zh_CN")
    try:
        yield
    finally:
        i18n.use_language("en")


def routing(url: str) -> RoutingClient:
    return RoutingClient(RoutingSettings(url=url, user_agent="tourplanner-tests/1", min_delay=0))


def test_a_refused_caldav_password_in_chinese(radicale: RadicaleServer, chinese: None) -> None:
    secret = "not-the-password-9f2c"
    settings = CalDAVSettings(radicale.url, radicale.user, secret)
    with CalDAVClient(settings) as c, pytest.raises(CalDAVAuthError) as caught:
        c.calendar_home()
    message = str(caught.value)
    assert message.startswith("CalDAV 服务器 http://127.0.0.1:")
    assert f"拒绝了用户 {radicale.user!r}：用户名或密码错误，密码被拒绝（401）" in message
    assert "\n" not in message and secret not in message


def test_a_refused_smtp_password_in_chinese(smtp_auth_server: SmtpServer, chinese: None) -> None:
    s = parse_smtp_url(smtp_auth_server.url)
    wrong = "wrong-password-7e1d"
    with pytest.raises(MailAuthError) as caught:
        SmtpMailer(SmtpSettings(s.host, s.port, s.security, s.user, s.sender, 10), wrong).connect()
    message = str(caught.value)
    assert message.startswith(
        f"SMTP 服务器 {s.host}:{s.port} 拒绝了 {s.user!r} 的登录，密码被拒绝："
    )
    assert "535" in message and "\n" not in message and wrong not in message


def test_routing_on_a_closed_port_is_one_short_line() -> None:
    port = closed_port()
    with routing(f"http://127.0.0.1:{port}") as c, pytest.raises(RoutingError) as caught:
        c.table([(29.68, 106.55), (29.72, 106.63)])
    # Not urllib3's "HTTPConnectionPool(host=..., port=...): Max retries exceeded ...".
    assert (
        str(caught.value)
        == f"cannot reach the routing server at 127.0.0.1:{port}: connection refused"
    )


def test_routing_on_a_closed_port_in_chinese(chinese: None) -> None:
    port = closed_port()
    with routing(f"http://127.0.0.1:{port}") as c, pytest.raises(RoutingError) as caught:
        c.table([(29.68, 106.55), (29.72, 106.63)])
    assert str(caught.value) == f"无法连接路线服务器 127.0.0.1:{port}：连接被拒绝"


def test_webdav_on_a_closed_port_is_one_short_line() -> None:
    from tourplanner.integrations.webdav import WebDavAccount, WebDavClient

    port = closed_port()
    account = WebDavAccount(f"http://127.0.0.1:{port}/dav/", "u", "p", timeout=5)
    with WebDavClient(account) as c, pytest.raises(WebDavError) as caught:
        c.put("index.html", b"<p>hi</p>")
    assert (
        str(caught.value)
        == f"cannot reach the WebDAV server at 127.0.0.1:{port}: connection refused"
    )


@pytest.mark.parametrize(
    ("error", "english", "chinese_text"),
    [
        (socket.gaierror(-2, "Name or service not known"), "name not resolved", "无法解析主机名"),
        (TimeoutError("timed out"), "timed out", "超时"),
        (ConnectionRefusedError(111, "Connection refused"), "connection refused", "连接被拒绝"),
        (ConnectionResetError(104, "Connection reset by peer"), "connection reset", "连接被重置"),
    ],
)
def test_connection_reasons_found_inside_wrappers(
    error: OSError, english: str, chinese_text: str, chinese: None
) -> None:
    # urllib3 and niquests hide the socket's error in a cause, in args or in .reason.
    outer = RuntimeError("HTTPConnectionPool(host='x', port=1): Max retries exceeded")
    inner = OSError("wrapper")
    inner.reason = error  # type: ignore[attr-defined]
    outer.__cause__ = inner
    assert connection_reason(outer) == chinese_text
    i18n.use_language("en")
    assert connection_reason(outer) == english
