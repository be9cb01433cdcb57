"""Logging in: argon2id hashes, one message for every wrong login, lockout, password change."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import text

from cakeshop_desktop.core.domain import AccountLocked, AuthenticationFailed, InvalidInput, Role
from cakeshop_desktop.core.services import auth, users
from tests.conftest import PASSWORD
from tests.integration.support import refused, scalar  # noqa: F401

WRONG = "Wrong login or password"
SHIPPED_HASHER = auth._hasher  # taken before the cheap test hasher replaces it


def _set_locked_until(uow, user_id, moment):
    with uow:
        uow.users.get(user_id).locked_until = moment
        uow.commit()


def test_login_returns_the_user_and_records_the_time(shop):
    before = datetime.now() - timedelta(seconds=1)
    user = auth.login(shop.uow, "cashier", PASSWORD)
    assert (user.id, user.username, user.role) == (shop.cashier.id, "cashier", Role.CASHIER)
    assert user.last_login_at is not None and user.last_login_at >= before
    assert not hasattr(user, "password_hash")


def test_login_trims_the_login(shop):
    assert auth.login(shop.uow, "  baker ", PASSWORD).role is Role.BAKER


def test_stored_hash_is_argon2id_and_not_the_password(shop):
    stored = scalar(shop.uow, "SELECT password_hash FROM users WHERE username = 'admin'")
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_the_shipped_hasher_is_argon2id():
    assert SHIPPED_HASHER.type is Type.ID
    assert SHIPPED_HASHER.memory_cost >= 19 * 1024  # at least OWASP's minimum for argon2id


def test_every_wrong_login_gets_the_same_message(shop):
    for username, password in [
        ("cashier", "wrong-password"),
        ("nobody", PASSWORD),
        ("", PASSWORD),
        ("cashier", ""),
        ("x" * 65, PASSWORD),
        ("' OR '1'='1", "' OR '1'='1"),
        (None, PASSWORD),
    ]:
        with pytest.raises(AuthenticationFailed) as failure:
            auth.login(shop.uow, username, password)
        assert failure.value.message == WRONG, username


def test_five_failed_attempts_lock_the_account_for_five_minutes(shop):
    for _ in range(5):  # the fifth gets the same answer: only the owner learns of the lock
        with pytest.raises(AuthenticationFailed, match=WRONG):
            auth.login(shop.uow, "customer", "wrong-password")
    locked_until = scalar(shop.uow, "SELECT locked_until FROM users WHERE username = 'customer'")
    if isinstance(locked_until, str):  # SQLite hands back text through raw SQL
        locked_until = datetime.fromisoformat(locked_until)
    assert timedelta(minutes=4) < locked_until - datetime.now() <= timedelta(minutes=5)
    assert scalar(shop.uow, "SELECT failed_logins FROM users WHERE username = 'customer'") == 5

    # the sixth attempt, even with the right password, is refused
    with pytest.raises(AccountLocked, match="try again in 5 min"):
        auth.login(shop.uow, "customer", PASSWORD)
    # and a wrong one still says nothing more
    with pytest.raises(AuthenticationFailed, match=WRONG):
        auth.login(shop.uow, "customer", "wrong-password")

    # once the lock has run out, the right password works again
    _set_locked_until(shop.uow, shop.customer.id, datetime.now() - timedelta(seconds=1))
    assert auth.login(shop.uow, "customer", PASSWORD).id == shop.customer.id
    assert scalar(shop.uow, "SELECT failed_logins FROM users WHERE username = 'customer'") == 0


def test_a_run_out_lock_gives_five_fresh_tries(shop):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.login(shop.uow, "customer", "wrong-password")
    _set_locked_until(shop.uow, shop.customer.id, datetime.now() - timedelta(seconds=1))
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.login(shop.uow, "customer", "wrong-password")
    assert auth.login(shop.uow, "customer", PASSWORD).id == shop.customer.id


def test_a_good_login_resets_the_failure_count(shop):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.login(shop.uow, "customer", "wrong-password")
    auth.login(shop.uow, "customer", PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.login(shop.uow, "customer", "wrong-password")
    assert auth.login(shop.uow, "customer", PASSWORD).id == shop.customer.id


def test_failed_attempts_of_one_user_do_not_lock_another(shop):
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            auth.login(shop.uow, "customer", "wrong-password")
    assert auth.login(shop.uow, "cashier", PASSWORD).id == shop.cashier.id


def test_a_disabled_account_cannot_log_in(shop):
    users.set_active(shop.uow, shop.admin, shop.customer.id, False)
    with pytest.raises(AccountLocked, match="disabled"):
        auth.login(shop.uow, "customer", PASSWORD)


def test_an_account_locked_by_an_admin_stays_locked(shop):
    users.lock_user(shop.uow, shop.admin, shop.cashier.id)
    with pytest.raises(AccountLocked, match="ask an administrator"):
        auth.login(shop.uow, "cashier", PASSWORD)
    users.unlock_user(shop.uow, shop.admin, shop.cashier.id)
    assert auth.login(shop.uow, "cashier", PASSWORD).id == shop.cashier.id


def test_change_password(shop):
    with pytest.raises(AuthenticationFailed, match="current password is wrong"):
        auth.change_password(shop.uow, shop.customer, "not-my-password", "new-secret-1")
    auth.login(shop.uow, "customer", PASSWORD)  # nothing changed

    auth.change_password(shop.uow, shop.customer, PASSWORD, "new-secret-1")
    with pytest.raises(AuthenticationFailed):
        auth.login(shop.uow, "customer", PASSWORD)
    assert auth.login(shop.uow, "customer", "new-secret-1").id == shop.customer.id
    stored = scalar(shop.uow, "SELECT password_hash FROM users WHERE username = 'customer'")
    assert stored.startswith("$argon2id$")


def test_change_password_refuses_a_bad_new_password(shop):
    for new in ("short", "x" * 129, PASSWORD):
        with refused(InvalidInput, new):
            auth.change_password(shop.uow, shop.customer, PASSWORD, new)
    assert auth.login(shop.uow, "customer", PASSWORD).id == shop.customer.id


def test_after_a_lockout_the_count_of_failures_starts_again(shop):
    for _ in range(5):  # the fifth locks the account
        with pytest.raises(AuthenticationFailed, match=f"^{WRONG}$"):
            auth.login(shop.uow, "customer", "wrong-password")
    with pytest.raises(AccountLocked):
        auth.login(shop.uow, "customer", PASSWORD)
    _set_locked_until(shop.uow, shop.customer.id, datetime.now() - timedelta(seconds=1))
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match=f"^{WRONG}$"):
            auth.login(shop.uow, "customer", "wrong-password")
    assert auth.login(shop.uow, "customer", PASSWORD).id == shop.customer.id


@pytest.mark.parametrize(
    ("left", "said"),
    [(timedelta(seconds=20), "1 min"), (timedelta(minutes=60, seconds=30), "61 min")],
)
def test_a_locked_account_says_how_many_minutes_are_left(shop, left, said):
    _set_locked_until(shop.uow, shop.customer.id, datetime.now() + left)
    with pytest.raises(AccountLocked, match=f"^Too many failed attempts: try again in {said}$"):
        auth.login(shop.uow, "customer", PASSWORD)


def test_a_hash_made_with_older_parameters_is_renewed_at_the_next_login(shop):
    older = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1).hash(PASSWORD)
    with shop.uow:
        shop.uow.users.get(shop.customer.id).password_hash = older
        shop.uow.commit()
    assert auth.login(shop.uow, "customer", PASSWORD).id == shop.customer.id
    renewed = scalar(
        shop.uow, "SELECT password_hash FROM users WHERE id = :id", id=shop.customer.id
    )
    assert renewed != older and not auth._hasher.check_needs_rehash(renewed)
    assert auth.login(shop.uow, "customer", PASSWORD).id == shop.customer.id


def test_a_disabled_account_cannot_change_its_password(shop):
    users.set_active(shop.uow, shop.admin, shop.customer.id, False)
    with pytest.raises(AuthenticationFailed, match="no longer exists"):
        auth.change_password(shop.uow, shop.customer, PASSWORD, "brand-new-1")


def test_a_torn_current_password_is_wrong_not_a_way_past_the_check(shop):
    # a lone surrogate has no bytes to hash: it must not count as the right password
    with pytest.raises(AuthenticationFailed, match="current password is wrong"):
        auth.change_password(shop.uow, shop.customer, "\ud800", "new-secret-1")
    assert auth.login(shop.uow, "customer", PASSWORD).id == shop.customer.id


def _while_the_password_is_checked(monkeypatch, meanwhile):
    """Run `meanwhile` during the slow hash check of the next login, between its two steps."""
    verify = auth._verify

    def slow_verify(password_hash, password):
        meanwhile()
        return verify(password_hash, password)

    monkeypatch.setattr(auth, "_verify", slow_verify)


def test_an_account_disabled_while_its_password_is_checked_does_not_log_in(shop, monkeypatch):
    _while_the_password_is_checked(
        monkeypatch, lambda: users.set_active(shop.uow, shop.admin, shop.cashier.id, False)
    )
    with pytest.raises(AccountLocked, match="^This account is disabled: ask an administrator$"):
        auth.login(shop.uow, "cashier", PASSWORD)
    row = scalar(shop.uow, "SELECT last_login_at FROM users WHERE id = :id", id=shop.cashier.id)
    assert row is None


def test_an_account_locked_while_its_password_is_checked_does_not_log_in(shop, monkeypatch):
    _while_the_password_is_checked(
        monkeypatch, lambda: users.lock_user(shop.uow, shop.admin, shop.cashier.id)
    )
    with pytest.raises(AccountLocked, match="^This account is locked: ask an administrator$"):
        auth.login(shop.uow, "cashier", PASSWORD)


def test_an_account_deleted_while_its_password_is_checked_is_a_wrong_login(shop, monkeypatch):
    cashier = users.create_user(shop.uow, "leaving", Role.CASHIER, PASSWORD)

    def delete():
        with shop.uow.engine.begin() as db:
            db.execute(text("DELETE FROM audit_log WHERE user_id = :id"), {"id": cashier.id})
            db.execute(text("DELETE FROM users WHERE id = :id"), {"id": cashier.id})

    _while_the_password_is_checked(monkeypatch, delete)
    with pytest.raises(AuthenticationFailed, match=f"^{WRONG}$"):
        auth.login(shop.uow, "leaving", PASSWORD)


def test_a_login_naming_nobody_is_checked_against_a_hash_of_the_current_cost(shop, monkeypatch):
    # the first try after start-up makes the stand-in hash; a later hasher gets its own
    monkeypatch.setattr(auth, "_DUMMY_HASHES", {})
    first = auth._dummy_hash()
    assert not auth._hasher.check_needs_rehash(first)
    assert auth._dummy_hash() == first  # made once, not at every try
    stronger = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    monkeypatch.setattr(auth, "_hasher", stronger)
    second = auth._dummy_hash()
    assert second != first and not stronger.check_needs_rehash(second)
    monkeypatch.setattr(auth, "_DUMMY_HASHES", {})
    with pytest.raises(AuthenticationFailed, match=f"^{WRONG}$"):
        auth.login(shop.uow, "nobody", PASSWORD)
