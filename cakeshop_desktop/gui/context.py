"""What a window needs to reach the shop: the database, the logged-in user, the worker pool."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from sqlalchemy import Engine

from cakeshop_desktop.core.db.engine import safe_url
from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.services import auth
from cakeshop_desktop.core.uow import UnitOfWork
from cakeshop_desktop.gui.workers import ErrorHandler, ResultHandler, Workers


class ShopContext:
    """Runs a service as the logged-in user on the worker pool: `ctx.call(owner, fn, ...)`.

    Every call gets its own unit of work, so calls on different threads never share a session.
    """

    def __init__(
        self,
        engine: Engine,
        workers: Workers,
        actor: UserDTO | None = None,
        *,
        recheck_actor: bool = True,
        replica_engine: Engine | None = None,
    ) -> None:
        self.engine = engine
        self.workers = workers
        self.actor = actor
        # the reporting replica's engine (Settings → Database), None without one
        self.replica_engine = replica_engine
        # False only for the self-check, whose windows act for a user that does not exist.
        self.recheck_actor = recheck_actor

    def with_actor(self, actor: UserDTO | None) -> ShopContext:
        return ShopContext(
            self.engine,
            self.workers,
            actor,
            recheck_actor=self.recheck_actor,
            replica_engine=self.replica_engine,
        )

    def unit_of_work(self) -> UnitOfWork:
        """A fresh unit of work for one call, re-checking the actor (an admin may have locked
        or re-roled them since they logged in)."""
        return UnitOfWork(self.engine, self.actor if self.recheck_actor else None)

    def replica_unit(self) -> UnitOfWork | None:
        """A unit of work on the reporting replica for one report, None without a replica:
        the report reads there when it replicates, else on the shop server."""
        if self.replica_engine is None:
            return None
        return UnitOfWork(self.replica_engine, self.actor if self.recheck_actor else None)

    def call(
        self,
        owner: QObject,
        service: Callable[..., Any],
        *args: Any,
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
        **kwargs: Any,
    ) -> None:
        """service(uow, actor, *args, **kwargs) on a worker; the handlers run on the GUI
        thread (`on_result` and `on_error` are the only keywords kept for the call itself)."""
        self.workers.submit(
            owner,
            service,
            self.unit_of_work(),
            self.actor,
            *args,
            on_result=on_result,
            on_error=on_error,
            **kwargs,
        )

    def log_in(
        self,
        owner: QObject,
        username: str,
        password: str,
        *,
        on_result: ResultHandler,
        on_error: ErrorHandler,
    ) -> None:
        """auth.login on a worker: the one call made before anybody is logged in."""
        self.workers.submit(
            owner,
            auth.login,
            UnitOfWork(self.engine),
            username,
            password,
            on_result=on_result,
            on_error=on_error,
        )

    @property
    def on_embedded_database(self) -> bool:
        """The SQLite file on this computer rather than the shop server."""
        return self.engine.dialect.name == "sqlite"

    @property
    def database_name(self) -> str:
        """Where the data lives, without the password: for labels and the About box."""
        return safe_url(self.engine.url)
