"""Service calls off the GUI thread; results come back through a queued signal.

A worker thread never owns, creates or drops the last reference to a Qt object: it runs a
plain function and emits one signal of `_Relay`, an object that lives as long as the
application, which Qt queues to the GUI thread. There the answer goes to the `Workers` that
started the call, and its handlers run only while the widget that asked for the call still
exists, so a window closed mid-call never gets a late answer.

Why not a signal of `Workers` itself: a `Workers` belongs to a window or a dialog and is
deleted with it, possibly while a call still runs. A pool thread emitting on an object the
GUI thread is deleting (or holding the last Python reference to it, so that the object
would be deleted on the pool thread) crashes the process now and then; the relay is never
deleted while calls can run.
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


class _Relay(QObject):
    """Carries every answer from the pool threads to the GUI thread; one per application.

    A child of the QCoreApplication, so it outlives every window, dialog and `Workers`.
    It keeps the `Workers` of each call in flight, so that the last reference to a `Workers`
    is always dropped here, on the GUI thread.
    """

    finished = Signal(int, bool, object)  # emitted on a pool thread, queued to the GUI thread

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._callers: dict[int, Workers] = {}
        self.finished.connect(self._deliver)

    def expect(self, call_id: int, workers: Workers) -> None:
        self._callers[call_id] = workers

    @Slot(int, bool, object)
    def _deliver(self, call_id: int, ok: bool, payload: object) -> None:
        workers = self._callers.pop(call_id, None)
        if workers is not None and shiboken6.isValid(workers):
            workers._deliver(call_id, ok, payload)  # noqa: SLF001 - the relay is part of Workers


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """The application's relay, made on first use (on the GUI thread, by `Workers()`)."""
    global _relay
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Workers need a running QApplication")
    if _relay is None or not shiboken6.isValid(_relay) or _relay.parent() is not app:
        _relay = _Relay(app)
    return _relay


class _ServiceCall(QRunnable):
    """Runs fn on a pool thread and reports through `report` (the relay's bound emit)."""

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
        self._fn: Callable[..., Any] | None = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        fn, args, kwargs = self._fn, self._args, self._kwargs
        self._fn, self._args, self._kwargs = None, (), {}
        assert fn is not None, "a service call runs once"
        name = getattr(fn, "__name__", repr(fn))
        try:
            result = fn(*args, **kwargs)
        except DomainError as exc:
            ok, payload = False, exc
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged with a trace
            log.error("Service call %s failed:\n%s", name, traceback.format_exc())
            ok, payload = False, exc
        else:
            ok, payload = True, result
        # Let go of what the call was given before answering, not after: once the answer is
        # out, the GUI thread may drop its own references at any moment, and a last one held
        # here would be let go on this thread.
        del fn, args, kwargs
        with contextlib.suppress(RuntimeError):  # the application itself is gone
            self._report(self._call_id, ok, payload)


_call_ids = itertools.count(1)  # unique across every Workers: the relay routes by them


class Workers(QObject):
    """The pool every window submits its service calls to."""

    busy_changed = Signal(bool)
    offline_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._relay = _the_relay()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pending: dict[int, _Pending] = {}
        self._offline = False

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
        call_id = next(_call_ids)
        self._pending[call_id] = _Pending(owner, on_result, on_error)
        self._relay.expect(call_id, self)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_ServiceCall(call_id, self._relay.finished.emit, fn, args, kwargs))

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every submitted call has run (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def settle(self) -> None:
        """Wait for the pool, then hand out the answers still queued while the pool exists.

        An answer left in the queue would otherwise reach a pool already deleted.
        """
        self.wait_for_done()
        QCoreApplication.sendPostedEvents()

    def _deliver(self, call_id: int, ok: bool, payload: object) -> None:
        pending = self._pending.pop(call_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if ok:
            self.set_offline(False)
        else:
            self.set_offline(isinstance(payload, DatabaseUnavailable))
        if pending is None or not shiboken6.isValid(pending.owner):
            return
        handler = pending.on_result if ok else pending.on_error
        if handler is not None:
            handler(payload)

    def set_offline(self, offline: bool) -> None:
        """Whether the database answers, learnt here or by a call on another pool (the
        windows' live updates poll on their own, and report what they find here)."""
        if offline != self._offline:
            self._offline = offline
            self.offline_changed.emit(offline)
