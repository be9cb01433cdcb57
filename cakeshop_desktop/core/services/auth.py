"""Logging in with argon2id hashes, lockout after failed attempts, changing a password."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from cakeshop_desktop.core.domain import (
    AccountLocked,
    AuthenticationFailed,
    InvalidInput,
    UserDTO,
)
from cakeshop_desktop.core.services import validation
from cakeshop_desktop.core.services.mapping import user_dto
from cakeshop_desktop.core.uow import UnitOfWork

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)
LOCKED_BY_ADMIN = datetime(9999, 12, 31)  # "until further notice"

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    return _hasher.hash(validation.password(password))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def login(uow: UnitOfWork, username: str, password: str) -> UserDTO:
    """The user behind these credentials; failed attempts count towards a lockout."""
    # "admin\x00" is no login (MariaDB would compare it as "admin"), nor is a torn password
    if not validation.is_login_attempt(username, password):
        raise AuthenticationFailed("Wrong login or password")
    username = username.strip()
    now = datetime.now()
    with uow:
        user = uow.users.by_username(username)
        if user is None:
            _hasher.hash("timing")  # answer as slowly as for a real login
            raise AuthenticationFailed("Wrong login or password")
        if not user.is_active:
            raise AccountLocked("This account is disabled: ask an administrator")
        if user.locked_until is not None and user.locked_until > now:
            if user.locked_until >= LOCKED_BY_ADMIN:
                raise AccountLocked("This account is locked: ask an administrator")
            minutes = max(1, round((user.locked_until - now).total_seconds() / 60))
            raise AccountLocked(f"Too many failed attempts: try again in {minutes} min")
        if not _verify(user.password_hash, password):
            user.failed_logins += 1
            locked = user.failed_logins >= MAX_FAILED_LOGINS
            if locked:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
            uow.commit()
            if locked:
                raise AccountLocked(
                    f"Too many failed attempts: the account is locked for "
                    f"{int(LOCKOUT.total_seconds() // 60)} minutes"
                )
            raise AuthenticationFailed("Wrong login or password")
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        uow.commit()
        return user_dto(user)


def change_password(uow: UnitOfWork, actor: UserDTO, old_password: str, new_password: str) -> None:
    """A user changes their own password, proving they know the current one."""
    new_hash = hash_password(new_password)
    with uow:
        user = uow.users.get(actor.id)
        if user is None or not user.is_active:
            raise AuthenticationFailed("This account no longer exists")
        if not isinstance(old_password, str) or not _verify(user.password_hash, old_password):
            raise AuthenticationFailed("The current password is wrong")
        if old_password == new_password:
            raise InvalidInput("The new password must differ from the current one")
        user.password_hash = new_hash
        uow.commit()
