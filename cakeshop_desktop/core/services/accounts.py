"""Customers' own accounts: registering at the login or at the counter, their details, linking.

A customer registers at the login screen (when the shop's policy allows it) with a login
and a password; a cashier registers a walk-in at the counter with a name and a phone only,
as a record without a password that nobody can log in to. A phone already on file is never
linked to the earlier orders by itself (anyone can type someone's number): a cashier who has
checked links the new account to the existing customer, whose orders then move to it.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from cakeshop_desktop.core.db.models import User
from cakeshop_desktop.core.domain import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules import phones, validation
from cakeshop_desktop.core.rules.permissions import EVERYONE, STAFF, require
from cakeshop_desktop.core.services.policy import policy_within
from cakeshop_desktop.core.services.users import add_user, audited, new_user
from cakeshop_desktop.core.support.mapping import user_dto
from cakeshop_desktop.core.support.phone_region import phone_region_within
from cakeshop_desktop.core.uow import UnitOfWork, retry_on_deadlock

NO_PASSWORD = ""  # no argon2 hash matches it: a record registered at the counter has no login
COUNTER_LOGIN_PREFIX = "counter-"
REGISTRATION_CLOSED = tr_noop("This shop does not take new accounts here: ask at the counter")
PHONE_ON_FILE = tr_noop("A customer with the phone {0} is on file: choose them from the list")
GONE = tr_noop("This account no longer exists")


def login_for_phone(stored_phone: str) -> str:
    """The login of somebody who chose to log in with their phone: its digits (79001234567)."""
    return "".join(c for c in stored_phone if c.isascii() and c.isdigit())


def register_customer(
    uow: UnitOfWork,
    *,
    full_name: str,
    phone: str,
    password: str,
    username: str = "",
    email: str = "",
) -> UserDTO:
    """Somebody registers themselves as a customer at the login screen; no actor, no role choice.

    An empty login means "my phone": its digits become the login. The phone may already be
    on file; the new account gets none of that customer's orders (see `link_account`).
    """
    name = validation.text(full_name, tr_noop("Full name"), 128, required=True)
    typed_phone = validation.phone(phone, required=True)
    login = validation.text(username, tr_noop("Login"), 64)

    def work() -> UserDTO:
        with uow:
            if not policy_within(uow).self_registration:
                raise PermissionDenied(REGISTRATION_CLOSED)
            stored = phones.normalised(typed_phone, phone_region_within(uow))
            user = new_user(
                login or login_for_phone(stored),
                Role.CUSTOMER,
                password,
                full_name=name,
                phone=stored,
                email=email,
            )
            user.last_login_at = datetime.now()  # they are logged in as soon as it is stored
            created = add_user(uow, user, None)
            uow.commit()
            return created

    return retry_on_deadlock(work)


def register_at_counter(uow: UnitOfWork, actor: UserDTO, full_name: str, phone: str) -> UserDTO:
    """A cashier registers a walk-in as a customer: a name and a phone, no password.

    The customer can create a login later at the self-service screen; a cashier then links
    that account to this record. A phone already on a customer's record is refused: the
    cashier chooses that customer instead of making a second one.
    """
    require(actor, STAFF, tr_noop("register customers"))
    name = validation.text(full_name, tr_noop("Full name"), 128, required=True)
    typed_phone = validation.phone(phone, required=True)

    def work() -> UserDTO:
        with uow:
            stored = phones.normalised(typed_phone, phone_region_within(uow))
            if uow.users.customers_with_phone(stored):
                raise Conflict(PHONE_ON_FILE, phones.shown(stored))
            user = User(
                username=COUNTER_LOGIN_PREFIX + secrets.token_hex(6),
                role=Role.CUSTOMER,
                password_hash=NO_PASSWORD,
                full_name=name,
                phone=stored,
                is_active=True,
                failed_logins=0,
                created_at=datetime.now(),
            )
            created = add_user(uow, user, actor.id)
            uow.commit()
            return created

    return retry_on_deadlock(work)


def my_account(uow: UnitOfWork, actor: UserDTO) -> UserDTO:
    """The acting user's own details as stored now."""
    require(actor, EVERYONE, tr_noop("see your account"))
    with uow:
        user = uow.users.get(actor.id)
        if user is None:
            raise AuthenticationFailed(GONE)
        return user_dto(user)


def update_my_details(
    uow: UnitOfWork, actor: UserDTO, full_name: str, phone: str, email: str
) -> UserDTO:
    """A user changes their own name, phone and e-mail (the login and the role stay)."""
    require(actor, EVERYONE, tr_noop("change your details"))
    name = validation.text(
        full_name, tr_noop("Full name"), 128, required=actor.role is Role.CUSTOMER
    )
    typed_phone = validation.phone(phone, required=actor.role is Role.CUSTOMER)
    address = validation.email(email)

    def work() -> UserDTO:
        with uow:
            user = uow.users.get_for_update(actor.id)
            if user is None or not user.is_active:
                raise AuthenticationFailed(GONE)
            before = audited(user)
            user.full_name = name
            user.phone = phones.normalised(typed_phone, phone_region_within(uow)) or None
            user.email = address or None
            uow.audit.record(
                actor.id, "update", "users", user.id, before=before, after=audited(user)
            )
            uow.commit()
            return user_dto(user)

    return retry_on_deadlock(work)


def customers_sharing_phone(uow: UnitOfWork, actor: UserDTO, account_id: int) -> list[UserDTO]:
    """Other customers on file with the phone of `account_id`: who a cashier may link it to."""
    require(actor, STAFF, tr_noop("link customers' accounts"))
    validation.identifier(account_id, tr_noop("customer"))
    with uow:
        account = _customer(uow, account_id)
        if not account.phone:
            return []
        return [
            user_dto(user)
            for user in uow.users.customers_with_phone(account.phone)
            if user.id != account.id and user.is_active
        ]


def link_account(uow: UnitOfWork, actor: UserDTO, account_id: int, customer_id: int) -> int:
    """A cashier, having checked, links a customer's new account to their existing record.

    The record's orders move to the account (the one they log in to), the record is
    deactivated, and the audit log keeps who did it. Returns how many orders moved.
    """
    require(actor, STAFF, tr_noop("link customers' accounts"))
    validation.identifier(account_id, tr_noop("customer"))
    validation.identifier(customer_id, tr_noop("customer"))
    if account_id == customer_id:
        raise InvalidInput(tr_noop("Choose two different customers to link"))

    def work() -> int:
        with uow:
            # both rows locked in id order: two tills linking the same pair take turns
            first, second = sorted((account_id, customer_id))
            rows = {
                first: uow.users.get_for_update(first),
                second: uow.users.get_for_update(second),
            }
            account = _customer_row(rows[account_id])
            record = _customer_row(rows[customer_id])
            if not account.password_hash:
                raise InvalidInput(tr_noop("Link to an account the customer logs in to"))
            if not record.is_active:
                raise Conflict(tr_noop("This customer is already linked to another account"))
            before = audited(record)
            moved = uow.orders.move_to_customer(record.id, account.id)
            record.is_active = False
            if not account.phone and record.phone:
                account.phone = record.phone
            uow.audit.record(
                actor.id,
                "link",
                "users",
                record.id,
                before=before,
                after={**audited(record), "linked_to": account.id, "orders_moved": moved},
            )
            uow.commit()
            return moved

    return retry_on_deadlock(work)


def _customer(uow: UnitOfWork, user_id: int) -> User:
    return _customer_row(uow.users.get(user_id))


def _customer_row(user: User | None) -> User:
    if user is None or user.role is not Role.CUSTOMER:
        raise NotFound(tr_noop("No such customer"))
    return user
