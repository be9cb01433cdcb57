"""Logging in with argon2id hashes, lockout after failed attempts, changing a password."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from cakeshop_desktop.core.db.models import User
from cakeshop_desktop.core.domain import (
    AccountLocked,
    AuthenticationFailed,
    DomainError,
    InvalidInput,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import EVERYONE, require
from cakeshop_desktop.core.support.mapping import user_dto
from cakeshop_desktop.core.uow import UnitOfWork, retry_on_deadlock

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)
LOCKED_BY_ADMIN = datetime(9999, 12, 31)  # "until further notice"

WRONG = tr_noop("Wrong login or password")

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
_DUMMY_HASHES: dict[tuple[Any, ...], str] = {}


def hash_password(password: str) -> str:
    return _hasher.hash(validation.password(password))


def _verify(password_hash: str, password: str) -> bool:
    if not validation.storable(password):  # a torn password has no bytes to hash
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True, slots=True)
class _Attempt:
    """What the database said about a login before its password was checked."""

    user_id: int | None  # None: the login names nobody
    password_hash: str | None
    set_lock: datetime | None  # the lock this very try set (it was the last allowed)
    refusal: DomainError | None  # why a right password would still not let them in


def login(uow: UnitOfWork, username: str, password: str) -> UserDTO:
    """The user behind these credentials; failed attempts count towards a lockout.

    Whoever the login names (nobody, a disabled or a locked account, an active one), a
    wrong password gets the same answer after the same argon2 verification: only someone
    who typed the right password learns that the account is locked or disabled.
    """
    # "admin\x00" is no login (MariaDB would compare it as "admin"), nor is a torn password
    if not validation.is_login_attempt(username, password):
        raise AuthenticationFailed(WRONG)
    username = username.strip()
    now = datetime.now()
    attempt = retry_on_deadlock(lambda: _begin_attempt(uow, username, now))
    # outside any transaction: a slow hash must not hold the row (or SQLite's write lock)
    right = _verify(attempt.password_hash or _dummy_hash(), password)
    if not right or attempt.user_id is None:
        raise AuthenticationFailed(WRONG)
    if attempt.refusal is not None:
        raise attempt.refusal
    return retry_on_deadlock(lambda: _finish_login(uow, attempt, password, now))


def _begin_attempt(uow: UnitOfWork, username: str, now: datetime) -> _Attempt:
    with uow:
        user = uow.users.by_username(username)
        if user is None:
            return _Attempt(None, None, None, None)
        until = now + LOCKOUT
        counted, locked = uow.users.take_login_attempt(user.id, now, MAX_FAILED_LOGINS, until)
        user = uow.users.get_fresh(user.id) or user
        attempt = _Attempt(
            user.id,
            user.password_hash,
            until if locked else None,
            None if counted else _refusal(user, now),
        )
        uow.commit()
        return attempt


def _finish_login(uow: UnitOfWork, attempt: _Attempt, password: str, now: datetime) -> UserDTO:
    assert attempt.user_id is not None
    with uow:
        logged_in = uow.users.record_login(attempt.user_id, now, attempt.set_lock)
        user = uow.users.get_fresh(attempt.user_id)
        if not logged_in or user is None:
            uow.commit()  # the attempt stays counted
            raise (user and _refusal(user, now)) or AuthenticationFailed(WRONG)
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        uow.commit()
        return user_dto(user)


def _refusal(user: User, now: datetime) -> DomainError | None:
    """Why this account cannot log in now even with the right password, or None."""
    if not user.is_active:
        return AccountLocked(tr_noop("This account is disabled: ask an administrator"))
    if user.locked_until is not None and user.locked_until > now:
        if user.locked_until >= LOCKED_BY_ADMIN:
            return AccountLocked(tr_noop("This account is locked: ask an administrator"))
        minutes = max(1, ceil((user.locked_until - now).total_seconds() / 60))
        return AccountLocked(tr_noop("Too many failed attempts: try again in {0} min"), minutes)
    return None


def _dummy_hash() -> str:
    """A hash of a random password with the hasher's own cost, for logins that name
    nobody: checking against it takes as long as checking a real user's password."""
    hasher = _hasher
    key = (hasher.time_cost, hasher.memory_cost, hasher.parallelism, hasher.type)
    if key not in _DUMMY_HASHES:
        _DUMMY_HASHES[key] = hasher.hash(secrets.token_urlsafe(24))
    return _DUMMY_HASHES[key]


def change_password(uow: UnitOfWork, actor: UserDTO, old_password: str, new_password: str) -> None:
    """A user changes their own password, proving they know the current one."""
    require(actor, EVERYONE, tr_noop("change your password"))
    new_hash = hash_password(new_password)
    with uow:
        user = uow.users.get(actor.id)
        if user is None or not user.is_active:
            raise AuthenticationFailed(tr_noop("This account no longer exists"))
        if not isinstance(old_password, str) or not _verify(user.password_hash, old_password):
            raise AuthenticationFailed(tr_noop("The current password is wrong"))
        if old_password == new_password:
            raise InvalidInput(tr_noop("The new password must differ from the current one"))
        user.password_hash = new_hash
        uow.commit()
