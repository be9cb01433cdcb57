"""Users kept by an admin: register by hand, roles, passwords, locks; never the last admin."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from cakeshop_desktop.core.db.models import User
from cakeshop_desktop.core.domain import (
    Conflict,
    DomainError,
    NotFound,
    PermissionDenied,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules import phones, validation
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.services.auth import LOCKED_BY_ADMIN, hash_password
from cakeshop_desktop.core.support.mapping import user_dto
from cakeshop_desktop.core.support.phone_region import phone_region_within
from cakeshop_desktop.core.uow import ACCOUNT_CHANGED, UnitOfWork, retry_on_deadlock

ADMINS = frozenset({Role.ADMIN})
LAST_ADMIN = tr_noop("The last active administrator cannot be removed, demoted or locked")


def parse_role(value: object) -> Role:
    return validation.choice(value, Role, tr_noop("role"))


def create_user(
    uow: UnitOfWork,
    username: str,
    role: Role | str,
    password: str,
    *,
    full_name: str = "",
    phone: str = "",
    email: str = "",
    actor_id: int | None = None,
) -> UserDTO:
    """Create a user without a permission check: for the CLI and the demo data.

    Whoever runs the CLI on the shop's machine already owns the database.
    """
    user = new_user(username, role, password, full_name=full_name, phone=phone, email=email)
    with uow:
        created = add_user(uow, user, actor_id)
        uow.commit()
        return created


def new_user(
    username: str,
    role: Role | str,
    password: str,
    *,
    full_name: str = "",
    phone: str = "",
    email: str = "",
) -> User:
    """A checked user row, not stored yet (the password already hashed)."""
    return User(
        username=validation.username(username),
        role=parse_role(role),
        password_hash=hash_password(password),
        full_name=validation.text(full_name, tr_noop("Full name"), 128),
        phone=validation.phone(phone) or None,
        email=validation.email(email) or None,
        is_active=True,
        failed_logins=0,
        created_at=datetime.now(),
    )


def add_user(uow: UnitOfWork, user: User, actor_id: int | None) -> UserDTO:
    """Store `user` and its audit entry in the open unit of work; the caller commits."""
    login = user.username
    if user.phone:
        user.phone = phones.normalised(user.phone, phone_region_within(uow))
    if uow.users.by_username(login) is not None:
        raise Conflict(tr_noop("The login {0!r} is taken"), login)
    try:
        uow.users.add(user)
    except IntegrityError:
        raise Conflict(tr_noop("The login {0!r} is taken"), login) from None
    uow.audit.record(actor_id, "insert", "users", user.id, after=audited(user))
    return user_dto(user)


def register_user(
    uow: UnitOfWork,
    actor: UserDTO,
    username: str,
    role: Role | str,
    password: str,
    *,
    full_name: str = "",
    phone: str = "",
    email: str = "",
) -> UserDTO:
    """An admin registers a user by hand."""
    require(actor, ADMINS, tr_noop("register users"))
    return create_user(
        uow,
        username,
        role,
        password,
        full_name=full_name,
        phone=phone,
        email=email,
        actor_id=actor.id,
    )


def list_users(
    uow: UnitOfWork, actor: UserDTO, role: Role | None = None, text: str = ""
) -> list[UserDTO]:
    """Users for the admin's list, or customers for a cashier picking one at checkout."""
    require(actor, frozenset({Role.CASHIER, Role.ADMIN}), tr_noop("see the list of users"))
    if actor.role is not Role.ADMIN:
        role = Role.CUSTOMER
    elif role is not None:
        role = parse_role(role)
    with uow:
        return [
            user_dto(user)
            for user in uow.users.list(role, validation.text(text, tr_noop("Search"), 64))
        ]


def set_role(uow: UnitOfWork, actor: UserDTO, user_id: int, role: Role | str) -> UserDTO:
    new_role = parse_role(role)
    return _change(
        uow,
        actor,
        user_id,
        tr_noop("change roles"),
        lambda user: setattr(user, "role", new_role),
        demotes=new_role is not Role.ADMIN,
    )


def reset_password(uow: UnitOfWork, actor: UserDTO, user_id: int, new_password: str) -> UserDTO:
    new_hash = hash_password(new_password)

    def reset(user: User) -> None:
        user.password_hash = new_hash
        user.failed_logins = 0
        user.locked_until = None

    return _change(uow, actor, user_id, tr_noop("reset passwords"), reset, demotes=False)


def lock_user(uow: UnitOfWork, actor: UserDTO, user_id: int) -> UserDTO:
    return _change(
        uow,
        actor,
        user_id,
        tr_noop("lock accounts"),
        lambda user: setattr(user, "locked_until", LOCKED_BY_ADMIN),
        demotes=True,
    )


def unlock_user(uow: UnitOfWork, actor: UserDTO, user_id: int) -> UserDTO:
    def unlock(user: User) -> None:
        user.locked_until = None
        user.failed_logins = 0

    return _change(uow, actor, user_id, tr_noop("unlock accounts"), unlock, demotes=False)


def set_active(uow: UnitOfWork, actor: UserDTO, user_id: int, active: bool) -> UserDTO:
    return _change(
        uow,
        actor,
        user_id,
        tr_noop("deactivate accounts"),
        lambda user: setattr(user, "is_active", bool(active)),
        demotes=not active,
    )


def _change(
    uow: UnitOfWork,
    actor: UserDTO,
    user_id: int,
    action: str,
    apply: Callable[[User], object],
    *,
    demotes: bool,
) -> UserDTO:
    require(actor, ADMINS, action)
    validation.identifier(user_id, tr_noop("user"))

    def work() -> UserDTO:
        with uow:
            if demotes:
                lock_admins_of(uow, actor)
            user = uow.users.get_for_update(user_id)
            if user is None:
                raise NotFound(tr_noop("No such user"))
            before = audited(user)
            if demotes and _is_working_admin(user) and uow.users.count_working_admins(user.id) == 0:
                raise DomainError(LAST_ADMIN)
            apply(user)
            uow.audit.record(
                actor.id, "update", "users", user.id, before=before, after=audited(user)
            )
            uow.commit()
            return user_dto(user)

    return retry_on_deadlock(work)


def lock_admins_of(uow: UnitOfWork, actor: UserDTO) -> None:
    """Before a change that may take an admin away: every admin row locked (so the count
    that follows is the truth until commit), and the actor still one of them."""
    if actor.id not in uow.users.lock_admins():
        raise PermissionDenied(ACCOUNT_CHANGED)


def _is_working_admin(user: User) -> bool:
    locked = user.locked_until is not None and user.locked_until > datetime.now()
    return user.role is Role.ADMIN and user.is_active and not locked


def audited(user: User) -> dict[str, object]:
    """What the audit log keeps of a user row."""
    # never the password hash
    return {
        "username": user.username,
        "full_name": user.full_name,
        "role": user.role.value if user.role else None,
        "phone": user.phone,
        "email": user.email,
        "is_active": user.is_active,
        "locked_until": user.locked_until,
    }
