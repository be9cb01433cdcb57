"""Users: look-up by id and login, the admin's list, the count of active admins."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import User
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.repositories.catalog import LIKE_ESCAPE, like_pattern


def person_name() -> ColumnElement[str]:
    """How a user is shown to people: the full name, or the login of a user without one."""
    return func.coalesce(func.nullif(func.trim(User.full_name), ""), User.username)


class UserRepository:
    """Reads and writes `users`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, user_id: int) -> User | None:
        return self._session.get(User, user_id)

    def get_fresh(self, user_id: int) -> User | None:
        """The row as the database has it now, after UPDATE statements run around the ORM."""
        return self._session.get(User, user_id, populate_existing=True)

    def get_for_update(self, user_id: int) -> User | None:
        return self._session.scalars(
            select(User).where(User.id == user_id).with_for_update()
        ).first()

    def lock_admins(self) -> set[int]:
        """Lock the row of every admin, in id order; return their ids.

        Whoever may take an admin away locks them all first, so two such changes take
        turns and the second counts what the first left (READ COMMITTED alone lets both
        count the other as still there). One order for everybody: no deadlock between them.
        """
        return set(
            self._session.scalars(
                select(User.id).where(User.role == Role.ADMIN).order_by(User.id).with_for_update()
            )
        )

    def take_login_attempt(
        self, user_id: int, now: datetime, limit: int, locked_until: datetime
    ) -> tuple[bool, bool]:
        """Count one login attempt before its password is checked: (counted, locked by it).

        Each statement is one atomic update guarded by the row's current values, so
        attempts racing each other are all counted (no lost `failed_logins + 1`) and at
        most `limit` of them get counted before the account is locked until `locked_until`.
        An account that is disabled or locked gets no attempt counted.
        """
        # a lock that has run out (or a count an admin left at the limit) starts afresh
        self._execute(
            update(User)
            .where(
                User.id == user_id,
                or_(
                    User.locked_until <= now,
                    User.locked_until.is_(None) & (User.failed_logins >= limit),
                ),
            )
            .values(failed_logins=0, locked_until=None)
        )
        counted = self._execute(
            update(User)
            .where(
                User.id == user_id,
                User.is_active.is_(True),
                User.locked_until.is_(None),
                User.failed_logins < limit,
            )
            .values(failed_logins=User.failed_logins + 1)
        )
        if not counted:
            return False, False
        # the row stays locked by this transaction: the count reached is this attempt's
        locks = self._execute(
            update(User)
            .where(User.id == user_id, User.failed_logins >= limit)
            .values(locked_until=locked_until)
        )
        return True, bool(locks)

    def record_login(self, user_id: int, now: datetime, lifted_lock: datetime | None) -> bool:
        """A right password: the count starts again; False when the account may not log in
        (disabled or locked meanwhile, except by the lock this very attempt set)."""
        may_log_in = or_(User.locked_until.is_(None), User.locked_until == lifted_lock)
        return bool(
            self._execute(
                update(User)
                .where(User.id == user_id, User.is_active.is_(True), may_log_in)
                .values(failed_logins=0, locked_until=None, last_login_at=now)
            )
        )

    def _execute(self, statement: Any) -> int:
        """Run an UPDATE; how many rows it changed."""
        result = self._session.execute(statement, execution_options={"synchronize_session": False})
        return int(getattr(result, "rowcount", 0) or 0)

    def by_username(self, username: str) -> User | None:
        """The user with this login, ignoring case on both databases.

        MySQL's utf8mb4_unicode_ci already ignores case (and its unique index refuses
        'Anna' next to 'anna'); SQLite compares bytes, so it is asked for lower() alike.
        """
        column = User.username
        if self._session.get_bind().dialect.name == "sqlite":
            return self._session.scalars(
                select(User).where(func.lower(column) == username.lower()).order_by(User.id)
            ).first()
        return self._session.scalars(select(User).where(column == username)).first()

    def add(self, user: User) -> User:
        self._session.add(user)
        self._session.flush()
        return user

    def list(self, role: Role | None = None, text: str = "", limit: int = 500) -> list[User]:
        query = select(User).order_by(User.username).limit(limit)
        if role is not None:
            query = query.where(User.role == role)
        if text:
            pattern = like_pattern(text)  # a typed % or _ is a character, not a wildcard
            query = query.where(
                User.username.like(pattern, escape=LIKE_ESCAPE)
                | User.full_name.like(pattern, escape=LIKE_ESCAPE)
            )
        return list(self._session.scalars(query))

    def count_working_admins(self, excluding: int | None = None) -> int:
        """Admins who can log in now: active and not locked."""
        query = (
            select(func.count())
            .select_from(User)
            .where(
                User.role == Role.ADMIN,
                User.is_active.is_(True),
                or_(User.locked_until.is_(None), User.locked_until < datetime.now()),
            )
        )
        if excluding is not None:
            query = query.where(User.id != excluding)
        return self._session.scalar(query) or 0

    def customers_with_phone(self, stored_phone: str) -> Sequence[User]:
        """Customers whose stored (E.164) phone is `stored_phone`, oldest first."""
        return list(
            self._session.scalars(
                select(User)
                .where(User.role == Role.CUSTOMER, User.phone == stored_phone)
                .order_by(User.id)
            )
        )

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(User)) or 0
