"""A thermal printer on loopback for the tests: a socket that keeps whatever it is sent."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

CUT = b"\x1dV"  # ESC/POS GS V: cut the paper
DRAWER_KICK_PIN_2 = b"\x1bp\x00"  # ESC p 0: pulse the cash drawer on pin 2


class LoopbackPrinter:
    """Listens on 127.0.0.1; every connection's bytes are appended to `jobs`."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self.jobs: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"escpos+tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                if self._stop.is_set():  # only once nothing is left waiting to be accepted
                    return
                continue
            except OSError:
                return
            with connection:
                connection.settimeout(5)
                data = bytearray()
                try:
                    while chunk := connection.recv(65536):
                        data += chunk
                except OSError:
                    pass
                self.jobs.append(bytes(data))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()


@contextmanager
def loopback_printer() -> Iterator[LoopbackPrinter]:
    printer = LoopbackPrinter()
    try:
        yield printer
    finally:
        printer.close()


def closed_port() -> int:
    """A loopback port nobody listens on (a printer that is off)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]
