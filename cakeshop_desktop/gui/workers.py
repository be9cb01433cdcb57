"""Service calls off the GUI thread; results come back through queued signals.

A result is delivered only while the widget that asked for it still exists, so a window
closed mid-call never receives a late answer on a deleted object.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from cakeshop_desktop.core.domain import DatabaseUnavailable, DomainError

log = logging.getLogger(__name__)

ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[Exception], None]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back to this thread."""

    succeeded = Signal(object)
    failed = Signal(object)


class _ServiceCall(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self._relay = relay
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except DomainError as exc:
            self._relay.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged with a trace
            log.error("Service call %s failed:\n%s", getattr(self._fn, "__name__", self._fn),
                      traceback.format_exc())
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Workers(QObject):
    """The pool every window submits its service calls to."""

    busy_changed = Signal(bool)
    offline_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pending = 0
        self._offline = False
        self._relays: set[_Relay] = set()

    @property
    def is_offline(self) -> bool:
        return self._offline

    @property
    def pending(self) -> int:
        return self._pending

    def submit(
        self,
        owner: QObject,
        fn: Callable[..., Any],
        *args: Any,
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
        **kwargs: Any,
    ) -> None:
        """Run fn(*args, **kwargs) on the pool; call back on the GUI thread while owner lives."""
        relay = _Relay()
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

        @Slot(object)
        def succeeded(result: object) -> None:
            finish()
            self._set_offline(False)
            if on_result is not None and shiboken6.isValid(owner):
                on_result(result)

        @Slot(object)
        def failed(error: Exception) -> None:
            finish()
            self._set_offline(isinstance(error, DatabaseUnavailable))
            if on_error is not None and shiboken6.isValid(owner):
                on_error(error)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_ServiceCall(relay, fn, args, kwargs))

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every submitted call has run (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def _set_offline(self, offline: bool) -> None:
        if offline != self._offline:
            self._offline = offline
            self.offline_changed.emit(offline)
