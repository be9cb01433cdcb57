"""Service calls off the GUI thread; results come back through a queued signal.

A worker thread never owns, creates or drops the last reference to a Qt object: it runs a
plain function and emits one signal of the long-lived `Workers` object, which Qt queues to
the GUI thread. There the call's handlers run, and only while the widget that asked for
the call still exists, so a window closed mid-call never gets a late answer.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from cakeshop_desktop.core.domain import DatabaseUnavailable, DomainError

log = logging.getLogger(__name__)

ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[Exception], None]


@dataclass(slots=True)
class _Pending:
    owner: QObject
    on_result: ResultHandler | None
    on_error: ErrorHandler | None


class _ServiceCall(QRunnable):
    """Runs fn on a pool thread and reports through `report` (a bound signal emit)."""

    def __init__(
        self,
        call_id: int,
        report: Callable[[int, bool, object], None],
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        super().__init__()
        self._call_id = call_id
        self._report = report
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except DomainError as exc:
            self._send(False, exc)
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged with a trace
            name = getattr(self._fn, "__name__", repr(self._fn))
            log.error("Service call %s failed:\n%s", name, traceback.format_exc())
            self._send(False, exc)
        else:
            self._send(True, result)
        finally:
            self._args, self._kwargs = (), {}

    def _send(self, ok: bool, payload: object) -> None:
        # RuntimeError: the Workers object is gone (app shutting down), nobody waits for this.
        with contextlib.suppress(RuntimeError):
            self._report(self._call_id, ok, payload)


class Workers(QObject):
    """The pool every window submits its service calls to."""

    busy_changed = Signal(bool)
    offline_changed = Signal(bool)
    _finished = Signal(int, bool, object)  # emitted on a pool thread, queued to this one

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._offline = False
        self._finished.connect(self._deliver)

    @property
    def is_offline(self) -> bool:
        return self._offline

    @property
    def pending(self) -> int:
        return len(self._pending)

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
        call_id = next(self._ids)
        self._pending[call_id] = _Pending(owner, on_result, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_ServiceCall(call_id, self._finished.emit, fn, args, kwargs))

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every submitted call has run (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def settle(self) -> None:
        """Wait for the pool, then hand out the answers still queued while the pool exists.

        An answer left in the queue would otherwise reach a pool already deleted.
        """
        self.wait_for_done()
        QCoreApplication.sendPostedEvents()

    @Slot(int, bool, object)
    def _deliver(self, call_id: int, ok: bool, payload: object) -> None:
        pending = self._pending.pop(call_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if ok:
            self._set_offline(False)
        else:
            self._set_offline(isinstance(payload, DatabaseUnavailable))
        if pending is None or not shiboken6.isValid(pending.owner):
            return
        handler = pending.on_result if ok else pending.on_error
        if handler is not None:
            handler(payload)

    def _set_offline(self, offline: bool) -> None:
        if offline != self._offline:
            self._offline = offline
            self.offline_changed.emit(offline)
