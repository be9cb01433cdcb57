"""Live updates between terminals: a cheap poll of change timestamps every couple of seconds.

`LiveUpdates` asks `changes.changes_since` with the newest change time it has seen, minus a
margin (terminals' clocks differ a little, and a transaction may commit after a later one),
forgets what it already reported and emits only what is new. It runs on a one-thread pool
of its own, so polling neither flashes the window's busy bar nor delays the user's calls.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

from cakeshop_desktop.core.domain import DatabaseUnavailable
from cakeshop_desktop.core.services import changes
from cakeshop_desktop.core.types.production import ChangeSet
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.workers import Workers

log = logging.getLogger(__name__)

POLL_MS = 2_000
OVERLAP = timedelta(seconds=30)


class LiveUpdates(QObject):
    """Polls for orders and production tasks changed on any terminal; emits what is new."""

    orders_changed = Signal(object)  # tuple[OrderDTO, ...]
    tasks_changed = Signal(object)  # tuple[int, ...] of task ids

    def __init__(
        self, ctx: ShopContext, parent: QObject | None = None, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._workers = Workers(self, max_threads=1)
        self._stamp: datetime | None = None
        self._seen_orders: dict[int, datetime] = {}
        self._seen_tasks: dict[int, datetime] = {}
        self._asking = False
        self._started = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        if parent is not None:
            parent.installEventFilter(self)  # a closed window stops polling

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.parent():
            self.stop()
        return super().eventFilter(watched, event)

    def start(self) -> None:
        """Start polling; the first answer only sets where "new" begins."""
        self._started = True
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        self._timer.stop()
        self._started = False
        self._workers.wait_for_done(5_000)

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()

    @property
    def has_baseline(self) -> bool:
        """The first answer has come: changes from here on are reported."""
        return self._stamp is not None

    @Slot()
    def poll(self) -> None:
        if self._asking or not self._started:
            return
        self._asking = True
        since = self._stamp - OVERLAP if self._stamp is not None else None
        self._workers.submit(
            self,
            changes.changes_since,
            self._ctx.unit_of_work(),
            self._ctx.actor,
            since,
            on_result=self._arrived,
            on_error=self._failed,
        )

    def _arrived(self, found: ChangeSet) -> None:
        self._asking = False
        self._ctx.workers.set_offline(False)  # an idle window learns the server is back
        first = self._stamp is None
        if found.stamp is not None:
            self._stamp = found.stamp if self._stamp is None else max(self._stamp, found.stamp)
        elif first:
            self._stamp = datetime.now()  # an empty shop: everything from now on is new
        orders = tuple(
            o for o in found.orders if self._is_new(self._seen_orders, o.id, o.updated_at)
        )
        tasks = tuple(t for t, at in found.task_stamps if self._is_new(self._seen_tasks, t, at))
        self._forget_old()
        if first:
            return
        if orders:
            self.orders_changed.emit(orders)
        if tasks:
            self.tasks_changed.emit(tasks)

    @staticmethod
    def _is_new(seen: dict[int, datetime], key: int, stamp: datetime) -> bool:
        if seen.get(key) == stamp:
            return False
        seen[key] = stamp
        return True

    def _forget_old(self) -> None:
        if self._stamp is None:
            return
        horizon = self._stamp - OVERLAP * 2
        for seen in (self._seen_orders, self._seen_tasks):
            for key in [k for k, at in seen.items() if at < horizon]:
                del seen[key]

    def _failed(self, error: Exception) -> None:
        self._asking = False
        if isinstance(error, DatabaseUnavailable):  # shown even while nobody touches the app
            self._ctx.workers.set_offline(True)
        log.info("Live update poll failed: %s", error)
