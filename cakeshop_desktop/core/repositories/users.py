"""Users: look-up by id and login, the admin's list, the count of active admins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import User
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.repositories.catalog import LIKE_ESCAPE, like_pattern


class UserRepository:
    """Reads and writes `users`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, user_id: int) -> User | None:
        return self._session.get(User, user_id)

    def get_for_update(self, user_id: int) -> User | None:
        return self._session.scalars(
            select(User).where(User.id == user_id).with_for_update()
        ).first()

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

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(User)) or 0
