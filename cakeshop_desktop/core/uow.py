"""Unit of work: one short session per user action, committed explicitly by the service."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cakeshop_desktop.core.db.engine import describe_connection_error
from cakeshop_desktop.core.domain import Conflict, DatabaseUnavailable, PermissionDenied, UserDTO
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.repositories.audit import AuditRepository
from cakeshop_desktop.core.repositories.carts import CartRepository
from cakeshop_desktop.core.repositories.catalog import CatalogRepository
from cakeshop_desktop.core.repositories.ingredients import IngredientRepository
from cakeshop_desktop.core.repositories.orders import OrderRepository
from cakeshop_desktop.core.repositories.pictures import PictureRepository
from cakeshop_desktop.core.repositories.production import ProductionRepository
from cakeshop_desktop.core.repositories.report_summaries import ReportSummaryRepository
from cakeshop_desktop.core.repositories.reports import ReportRepository
from cakeshop_desktop.core.repositories.settings import ShopSettingsRepository
from cakeshop_desktop.core.repositories.tables import TableRepository
from cakeshop_desktop.core.repositories.users import UserRepository

T = TypeVar("T")

MYSQL_DEADLOCK = 1213  # the server picked this transaction as a deadlock victim: rolled back
MYSQL_LOCK_WAIT_TIMEOUT = 1205  # waited innodb_lock_wait_timeout for a row another one holds
DEADLOCK_ATTEMPTS = 4
BUSY = tr_noop("Other tills kept the database busy: try again")
ACCOUNT_CHANGED = tr_noop("Your account was changed by an administrator: log out and log in again")


class UnitOfWork:
    """Opens a session on `with`, exposes the repositories, rolls back unless committed.

    A dropped connection inside the block becomes DatabaseUnavailable, and a deadlock or
    a lock held too long by someone else becomes a Conflict, so callers see one readable
    line instead of a driver traceback (retry_on_deadlock still sees the deadlock).

    Given the `acting_user` a window works for, every block first checks that this user
    still may act as that role: an account an administrator has since locked, deactivated
    or given another role is refused at once, not at its next login.
    """

    def __init__(self, engine: Engine, acting_user: UserDTO | None = None) -> None:
        self.engine = engine
        self.acting_user = acting_user
        self._session_factory = sessionmaker(bind=engine, expire_on_commit=False)
        self._session: Session | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def __enter__(self) -> UnitOfWork:
        if self._session is not None:
            raise RuntimeError("This unit of work is already open")
        session = self._session_factory()
        self._session = session
        self.users = UserRepository(session)
        self.catalog = CatalogRepository(session)
        self.pictures = PictureRepository(session)
        self.carts = CartRepository(session)
        self.orders = OrderRepository(session)
        self.production = ProductionRepository(session)
        self.ingredients = IngredientRepository(session)
        self.audit = AuditRepository(session)
        self.tables = TableRepository(session)
        self.reports = ReportRepository(session)
        self.report_summaries = ReportSummaryRepository(session)
        self.settings = ShopSettingsRepository(session)
        if self.acting_user is not None:
            try:
                self._confirm_acting_user(self.acting_user)
            except BaseException as exc:
                # __exit__ will not run: close here, and name a dropped connection as usual
                self.__exit__(type(exc), exc, exc.__traceback__)
                raise
        return self

    def _confirm_acting_user(self, actor: UserDTO) -> None:
        user = self.users.get(actor.id)
        if (
            user is None
            or not user.is_active
            or user.role is not actor.role
            or (user.locked_until is not None and user.locked_until > datetime.now())
        ):
            raise PermissionDenied(ACCOUNT_CHANGED)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self._session
        self._session = None
        if session is None:
            return
        try:
            session.rollback()
        except DBAPIError as failed:
            # The connection went with its server (a node killed mid-sale): the server undoes
            # the transaction itself. Report the dropped connection, never the driver's error.
            if not _is_connection_error(failed):
                raise
            if exc is None:
                raise DatabaseUnavailable(
                    describe_connection_error(failed, self.engine.url)
                ) from failed
        finally:
            session.close()
        if isinstance(exc, OperationalError | DBAPIError):
            if _is_connection_error(exc):
                raise DatabaseUnavailable(describe_connection_error(exc, self.engine.url)) from exc
            if is_deadlock(exc) or _is_lock_timeout(exc):
                raise Conflict(BUSY) from exc

    def commit(self) -> None:
        assert self._session is not None, "commit() outside `with uow:`"
        self._session.commit()

    def rollback(self) -> None:
        assert self._session is not None, "rollback() outside `with uow:`"
        self._session.rollback()

    def begin_snapshot(self) -> None:
        """End the transaction so far and read one consistent state of the database from
        here on (MySQL runs READ COMMITTED, where each statement sees the latest commits)."""
        assert self._session is not None, "begin_snapshot() outside `with uow:`"
        self._session.commit()
        if self.dialect != "sqlite":  # SQLite's transactions are one snapshot already
            self._session.connection(execution_options={"isolation_level": "REPEATABLE READ"})

    def flush(self) -> None:
        assert self._session is not None, "flush() outside `with uow:`"
        self._session.flush()


# server gone or unreachable, wrong login or database, a Galera node out of its cluster (1047)
_CONNECTION_LOST = (2003, 2005, 2006, 2013, 1045, 1049, 1047)


def _is_connection_error(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    code = exc.orig.args[0] if exc.orig is not None and exc.orig.args else None
    return code in _CONNECTION_LOST or "unable to open database" in str(exc)


def _driver_code(exc: BaseException | None) -> object:
    """The MySQL error number under a SQLAlchemy error (the first argument of PyMySQL's)."""
    original = getattr(exc, "orig", None)
    if not isinstance(exc, DBAPIError) or original is None or not original.args:
        return None
    return original.args[0]


def _is_lock_timeout(exc: BaseException) -> bool:
    """MySQL gave up waiting for another transaction's row lock, or SQLite for its write
    lock (after busy_timeout): the data is as it was, the user may simply try again."""
    if _driver_code(exc) == MYSQL_LOCK_WAIT_TIMEOUT:
        return True
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig)


def is_deadlock(exc: BaseException | None) -> bool:
    """True for MySQL's "deadlock found": the transaction is gone and may simply run again.

    Also true for the Conflict a unit of work turned such a deadlock into.
    """
    if isinstance(exc, Conflict):
        exc = exc.__cause__
    return _driver_code(exc) == MYSQL_DEADLOCK


def retry_on_deadlock(work: Callable[[], T], attempts: int = DEADLOCK_ATTEMPTS) -> T:
    """Run `work` (a whole `with uow:` block) again when it was chosen as a deadlock victim.

    Only safe for work that does everything inside its unit of work, since the server has
    rolled all of it back. After the last attempt the till gets a readable Conflict.
    """
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except (DBAPIError, Conflict) as exc:
            if not is_deadlock(exc):
                raise
            if attempt == attempts:
                raise Conflict(BUSY) from exc
            # a short random pause, so the tills that collided do not collide again
            time.sleep(random.uniform(0.005, 0.05) * attempt)
    raise AssertionError("unreachable")
