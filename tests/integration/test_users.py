"""Users kept by an admin: register, roles, passwords, locks, the last admin, the audit log."""

from __future__ import annotations

import json

import pytest

from cakeshop_desktop.core.domain import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    DomainError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    Role,
)
from cakeshop_desktop.core.services import auth, users
from cakeshop_desktop.core.support.phone_region import PHONE_REGION_KEY
from tests.conftest import PASSWORD
from tests.integration.support import refused, rows, snapshot  # noqa: F401


def audit(shop):
    return rows(
        shop.uow,
        "SELECT user_id, action, table_name, row_id, `before`, `after` FROM audit_log ORDER BY id",
    )


def test_a_users_phone_typed_without_a_code_is_read_in_the_shops_region(shop):
    with shop.uow:
        shop.uow.settings.put({PHONE_REGION_KEY: "GB"})
        shop.uow.commit()
    user = users.register_user(
        shop.uow, shop.admin, "oliver", Role.CASHIER, "kassa-2026", phone="020 7946 0018"
    )
    assert rows(shop.uow, "SELECT phone FROM users WHERE id = :id", id=user.id) == [
        ("+442079460018",)
    ]


def test_an_admin_registers_a_user_who_can_log_in(shop):
    user = users.register_user(
        shop.uow,
        shop.admin,
        "marina",
        Role.CASHIER,
        "kassa-2026",
        full_name="Марина Петрова",
        phone="+7 900 555-66-77",
        email="marina@example.ru",
    )
    assert (user.username, user.role, user.full_name, user.phone, user.email, user.is_active) == (
        "marina",
        Role.CASHIER,
        "Марина Петрова",
        "8 (900) 555-66-77",  # stored as +79005556677
        "marina@example.ru",
        True,
    )
    assert auth.login(shop.uow, "marina", "kassa-2026").id == user.id
    assert "marina" in [u.username for u in users.list_users(shop.uow, shop.admin)]


def test_every_role_can_be_given(shop):
    for number, role in enumerate([*Role, "baker"]):
        user = users.register_user(shop.uow, shop.admin, f"new-{number}", role, "secret-42")
        assert user.role is Role(role)


def test_a_taken_login_is_refused(shop):
    before = snapshot(shop.uow)
    with pytest.raises(Conflict, match="'cashier' is taken"):
        users.register_user(shop.uow, shop.admin, "cashier", Role.CUSTOMER, "secret-42")
    assert snapshot(shop.uow) == before


def test_logins_ignore_case_on_both_databases(shop):
    marina = users.register_user(shop.uow, shop.admin, "Marina", Role.CASHIER, "kassa-2026")
    with pytest.raises(Conflict, match="taken"):
        users.register_user(shop.uow, shop.admin, "marina", Role.CUSTOMER, "secret-42")
    assert auth.login(shop.uow, "MARINA", "kassa-2026").id == marina.id
    assert auth.login(shop.uow, "Customer", PASSWORD).id == shop.customer.id


def test_bad_registrations_are_refused(shop):
    before = snapshot(shop.uow)
    for login, role, password, extra in [
        ("ab", Role.CUSTOMER, "secret-42", {}),
        ("анна", Role.CUSTOMER, "secret-42", {}),
        ("newuser", "superuser", "secret-42", {}),
        ("newuser", Role.CUSTOMER, "12345", {}),
        ("newuser", Role.CUSTOMER, "secret-42", {"phone": "позвоните"}),
        ("newuser", Role.CUSTOMER, "secret-42", {"email": "no-at-sign"}),
        ("newuser", Role.CUSTOMER, "secret-42", {"full_name": "x" * 129}),
    ]:
        with refused(InvalidInput, (login, role, password, extra)):
            users.register_user(shop.uow, shop.admin, login, role, password, **extra)
    assert snapshot(shop.uow) == before


def test_set_role(shop):
    changed = users.set_role(shop.uow, shop.admin, shop.cashier.id, Role.ADMIN)
    assert changed.role is Role.ADMIN
    assert auth.login(shop.uow, "cashier", PASSWORD).role is Role.ADMIN
    # with two admins, one of them may step down
    assert users.set_role(shop.uow, shop.admin, shop.admin.id, "cashier").role is Role.CASHIER


def test_reset_password_also_lifts_a_lockout(shop):
    for _ in range(5):  # the fifth locks the account, with the same answer
        with pytest.raises(AuthenticationFailed, match="Wrong login or password"):
            auth.login(shop.uow, "baker", "wrong-password")
    with pytest.raises(AccountLocked, match="try again in 5 min"):
        auth.login(shop.uow, "baker", PASSWORD)
    users.reset_password(shop.uow, shop.admin, shop.baker.id, "fresh-start")
    assert auth.login(shop.uow, "baker", "fresh-start").id == shop.baker.id
    with pytest.raises(AuthenticationFailed, match="^Wrong login or password$"):
        auth.login(shop.uow, "baker", PASSWORD)


def test_lock_and_unlock(shop):
    locked = users.lock_user(shop.uow, shop.admin, shop.customer.id)
    assert locked.locked_until is not None
    with pytest.raises(AccountLocked):
        auth.login(shop.uow, "customer", PASSWORD)
    assert users.unlock_user(shop.uow, shop.admin, shop.customer.id).locked_until is None
    assert auth.login(shop.uow, "customer", PASSWORD).id == shop.customer.id


def test_deactivate_and_reactivate(shop):
    assert users.set_active(shop.uow, shop.admin, shop.baker.id, False).is_active is False
    with pytest.raises(AccountLocked, match="disabled"):
        auth.login(shop.uow, "baker", PASSWORD)
    assert users.set_active(shop.uow, shop.admin, shop.baker.id, True).is_active is True
    assert auth.login(shop.uow, "baker", PASSWORD).id == shop.baker.id


def test_the_last_active_admin_stays(shop):
    before = snapshot(shop.uow)
    for name, change in [
        ("demote", lambda: users.set_role(shop.uow, shop.admin, shop.admin.id, Role.CASHIER)),
        ("lock", lambda: users.lock_user(shop.uow, shop.admin, shop.admin.id)),
        ("deactivate", lambda: users.set_active(shop.uow, shop.admin, shop.admin.id, False)),
    ]:
        with pytest.raises(DomainError, match="last active administrator"):
            change()
        assert snapshot(shop.uow) == before, name
    assert auth.login(shop.uow, "admin", PASSWORD).role is Role.ADMIN


def test_a_locked_second_admin_does_not_count(shop):
    second = users.register_user(shop.uow, shop.admin, "admin2", Role.ADMIN, "secret-42")
    users.lock_user(shop.uow, shop.admin, second.id)
    with pytest.raises(DomainError, match="last active administrator"):
        users.set_active(shop.uow, shop.admin, shop.admin.id, False)
    users.unlock_user(shop.uow, shop.admin, second.id)
    assert users.set_active(shop.uow, shop.admin, shop.admin.id, False).is_active is False


def test_changing_an_unknown_user(shop):
    with pytest.raises(NotFound):
        users.set_role(shop.uow, shop.admin, 999_999, Role.BAKER)


def test_a_cashier_lists_only_customers(shop):
    listed = users.list_users(shop.uow, shop.cashier)
    assert [u.username for u in listed] == ["customer"]
    assert [u.username for u in users.list_users(shop.uow, shop.admin, Role.BAKER)] == ["baker"]
    assert [u.username for u in users.list_users(shop.uow, shop.admin, text="cash")] == ["cashier"]
    assert users.list_users(shop.uow, shop.admin, text="%") == []  # a literal percent sign
    assert [u.username for u in users.list_users(shop.uow, shop.admin, text="Demo b")] == ["baker"]


def test_every_change_is_audited_without_the_password_hash(shop):
    start = len(audit(shop))
    user = users.register_user(
        shop.uow, shop.admin, "marina", Role.CASHIER, "kassa-2026", full_name="Марина"
    )
    users.set_role(shop.uow, shop.admin, user.id, Role.BAKER)
    users.reset_password(shop.uow, shop.admin, user.id, "new-secret-9")
    users.lock_user(shop.uow, shop.admin, user.id)
    users.set_active(shop.uow, shop.admin, user.id, False)
    entries = audit(shop)[start:]
    assert [(uid, action, table, row) for uid, action, table, row, _, _ in entries] == [
        (shop.admin.id, "insert", "users", str(user.id))
    ] + [(shop.admin.id, "update", "users", str(user.id))] * 4
    assert json.loads(entries[0][5])["username"] == "marina"
    role_change = entries[1]
    assert (json.loads(role_change[4])["role"], json.loads(role_change[5])["role"]) == (
        "cashier",
        "baker",
    )
    stored_hashes = [h for (h,) in rows(shop.uow, "SELECT password_hash FROM users")]
    for *_, before, after in entries:
        for blob in (before or "", after or ""):
            assert "argon2" not in blob and "password" not in blob
            assert not any(h in blob for h in stored_hashes)
            assert "kassa-2026" not in blob and "new-secret-9" not in blob


@pytest.mark.parametrize(
    "change",
    [
        lambda uow, admin, user: users.set_role(uow, admin, user.id, "customer"),
        lambda uow, admin, user: users.lock_user(uow, admin, user.id),
        lambda uow, admin, user: users.set_active(uow, admin, user.id, False),
    ],
    ids=["demoted", "locked", "deactivated"],
)
def test_a_window_open_for_a_changed_account_is_refused_at_once(shop, change):
    from cakeshop_desktop.core.services import cart
    from cakeshop_desktop.core.uow import UnitOfWork

    # what a cashier's open window runs through: a unit of work that knows who it acts for
    as_cashier = UnitOfWork(shop.uow.engine, shop.cashier)
    assert cart.add_to_cart(as_cashier, shop.cashier, shop.napoleon, 1).total > 0
    change(shop.uow, shop.admin, shop.cashier)
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied) as denied:
        cart.add_to_cart(as_cashier, shop.cashier, shop.napoleon, 1)
    assert "log in again" in denied.value.message
    assert snapshot(shop.uow) == before


def test_the_audit_log_shows_each_field_of_the_account_before_and_after(shop):
    user = users.register_user(
        shop.uow,
        shop.admin,
        "olga",
        Role.CASHIER,
        "kassa-2026",
        full_name="Ольга",
        phone="+7 900 555-66-77",
        email="olga@example.ru",
    )
    users.set_active(shop.uow, shop.admin, user.id, False)
    *_, before, after = audit(shop)[-1]
    expected = {
        "username": "olga",
        "full_name": "Ольга",
        "role": "cashier",
        "phone": "+79005556677",  # stored in E.164
        "email": "olga@example.ru",
        "is_active": True,
        "locked_until": None,
    }
    assert json.loads(before) == expected
    assert json.loads(after) == {**expected, "is_active": False}
    users.lock_user(shop.uow, shop.admin, user.id)
    assert json.loads(audit(shop)[-1][5])["locked_until"] == "9999-12-31 00:00:00"


def test_an_unknown_role_lists_the_roles_there_are(shop):
    with pytest.raises(InvalidInput, match="^Unknown role 'chef': use one of customer, cashier"):
        users.set_role(shop.uow, shop.admin, shop.cashier.id, "chef")


@pytest.mark.parametrize("lift", ["reset", "unlock"])
def test_lifting_a_lockout_starts_the_count_of_failures_again(shop, lift):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="^Wrong login or password$"):
            auth.login(shop.uow, "baker", "wrong-password")
    if lift == "reset":
        users.reset_password(shop.uow, shop.admin, shop.baker.id, PASSWORD)
    else:
        users.unlock_user(shop.uow, shop.admin, shop.baker.id)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="^Wrong login or password$"):
            auth.login(shop.uow, "baker", "wrong-password")
    assert auth.login(shop.uow, "baker", PASSWORD).id == shop.baker.id


def test_the_only_admin_may_reset_their_own_password_and_unlock_themselves(shop):
    users.reset_password(shop.uow, shop.admin, shop.admin.id, "fresh-admin-1")
    users.unlock_user(shop.uow, shop.admin, shop.admin.id)
    assert auth.login(shop.uow, "admin", "fresh-admin-1").id == shop.admin.id


def test_the_user_search_is_at_most_64_characters(shop):
    assert users.list_users(shop.uow, shop.admin, text="x" * 64) == []
    with pytest.raises(InvalidInput, match="^Search is too long"):
        users.list_users(shop.uow, shop.admin, text="x" * 65)
