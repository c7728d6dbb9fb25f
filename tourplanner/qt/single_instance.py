"""One window per database: a second launch hands its tour file or tour to the running
window over a local socket (QLocalServer) and exits.

The socket's name is derived from the user and the database URL, so two databases can
still be open side by side. The socket is readable by its owner only, and a request is
one short line of JSON: {"file": "/abs/path.tour.json"} or {"tour": "slug"} or {}.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: Longer requests are not Tourplanner's: they are dropped unread.
MAX_REQUEST_BYTES = 64 * 1024
ACK = b"ok\n"


def server_name(database_url: str | None) -> str:
    """The socket name for this user and database (None: the default database)."""
    user = getpass.getuser()
    digest = hashlib.sha256(f"{user}\0{database_url or ''}".encode()).hexdigest()[:20]
    return f"tourplanner-{digest}"


def request_for(file: str | None, tour: str | None) -> dict[str, str]:
    """What a launch asks the running window to open (a file path made absolute, since
    the running window has another working folder)."""
    request: dict[str, str] = {}
    if file:
        request["file"] = str(Path(file).absolute())
    if tour:
        request["tour"] = tour
    return request


def hand_over(name: str, request: dict[str, str], timeout_ms: int = 3000) -> bool:
    """Send ``request`` to a running window listening on ``name``; True once it has
    confirmed. False when no window listens (or it does not answer): start normally."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(json.dumps(request).encode("utf-8") + b"\n")
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        while not socket.canReadLine():
            if not socket.waitForReadyRead(timeout_ms):
                return False
        return bytes(socket.readLine().data()) == ACK
    finally:
        socket.abort()


def _parse(line: bytes) -> dict[str, str] | None:
    try:
        value: Any = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(value, dict):
        return None
    out = {k: v for k, v in value.items() if k in ("file", "tour") and isinstance(v, str)}
    return out if len(out) == len(value) else None


class InstanceServer(QObject):
    """Listens for later launches and passes each request to ``on_request``."""

    def __init__(
        self, name: str, on_request: Callable[[dict[str, str]], None], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.on_request = on_request
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        # A socket file left by a window that crashed would block the name; nobody
        # answered on it (hand_over failed), so it is stale.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable() > MAX_REQUEST_BYTES:
            socket.abort()
            return
        if not socket.canReadLine():
            return
        request = _parse(bytes(socket.readLine().data()))
        if request is None:
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        self.on_request(request)
