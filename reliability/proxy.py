"""A small TCP proxy on 127.0.0.1 that makes a good server look slow, flapping or down.

Modes (change them at any time with ``set``):

* ``pass``: forward both ways;
* ``slow``: forward, but hold each chunk from the server for ``delay`` seconds;
* ``drop``: forward, then reset the connection after a random number of bytes (seeded),
  in the middle of a request or an answer;
* ``flap``: each new connection is ``pass`` or ``drop`` at random (``failure`` is the
  share dropped);
* ``refuse``: accept and reset at once (as a server that is restarting);
* ``silent``: accept and never answer (the client's timeout must end it);
* ``http503``: answer any request with ``503 Service Unavailable`` and close.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field


@dataclass
class ProxyStats:
    connections: int = 0
    dropped: int = 0
    refused: int = 0
    modes: dict[str, int] = field(default_factory=dict)


class FaultyProxy:
    def __init__(self, upstream_port: int, *, seed: str = "proxy") -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.mode = "pass"
        self.delay = 0.2
        self.failure = 0.5
        self.drop_range = (64, 4096)
        self.stats = ProxyStats()
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._open: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._serve, name="faulty-proxy", daemon=True)

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    def set(self, mode: str, **options: float) -> None:
        with self._lock:
            self.mode = mode
            for name, value in options.items():
                setattr(self, name, value)

    def start(self) -> FaultyProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()
        with self._lock:
            for s in list(self._open):
                _reset(s)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                mode = self.mode
                if mode == "flap":
                    mode = "drop" if self._rng.random() < self.failure else "pass"
                limit = self._rng.randint(*self.drop_range)
                self.stats.connections += 1
                self.stats.modes[mode] = self.stats.modes.get(mode, 0) + 1
            threading.Thread(target=self._handle, args=(client, mode, limit), daemon=True).start()

    def _handle(self, client: socket.socket, mode: str, limit: int) -> None:
        if mode == "refuse":
            self.stats.refused += 1
            _reset(client)
            return
        if mode == "silent":
            self._stop.wait(120)
            _reset(client)
            return
        if mode == "http503":
            client.settimeout(5)
            try:
                client.recv(65536)
                body = b"the server is down for maintenance"
                client.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                    + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                    + body
                )
            except OSError:
                pass
            client.close()
            return
        try:
            server = socket.create_connection(self.upstream, timeout=5)
        except OSError:
            _reset(client)
            return
        with self._lock:
            self._open |= {client, server}
        budget = [limit if mode == "drop" else -1]
        done = threading.Event()

        def pump(src: socket.socket, dst: socket.socket, slow: bool) -> None:
            try:
                while not done.is_set():
                    data = src.recv(65536)
                    if not data:
                        break
                    if slow:
                        time.sleep(self.delay)
                    if budget[0] >= 0:
                        if len(data) >= budget[0]:
                            dst.sendall(data[: budget[0]])
                            self.stats.dropped += 1
                            break
                        budget[0] -= len(data)
                    dst.sendall(data)
            except OSError:
                pass
            finally:
                done.set()
                _reset(src)
                _reset(dst)

        up = threading.Thread(target=pump, args=(client, server, False), daemon=True)
        down = threading.Thread(target=pump, args=(server, client, mode == "slow"), daemon=True)
        up.start()
        down.start()
        up.join()
        down.join()
        with self._lock:
            self._open -= {client, server}


def _reset(sock: socket.socket) -> None:
    """Close with a reset (RST), as a crashed server or a cut cable looks to the client."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()
