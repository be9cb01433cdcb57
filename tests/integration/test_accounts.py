"""Customers' own accounts: registering at the login and at the counter, own details, linking."""

from __future__ import annotations

import pytest

from cakeshop_desktop.core.domain import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    NotFound,
    OrderQuery,
    OrderStatus,
    PermissionDenied,
    Role,
)
from cakeshop_desktop.core.services import accounts, auth, orders, policy
from cakeshop_desktop.core.services.policy import ShopPolicy
from tests.conftest import PASSWORD
from tests.integration.support import buy, cashier_sale, later, rows, snapshot


def register(uow, **values):
    values.setdefault("full_name", "Ирина Соколова")
    values.setdefault("phone", "8 (916) 555-12-34")
    values.setdefault("password", "torte-2026")
    return accounts.register_customer(uow, **values)


# ---------------------------------------------------------------- registering yourself


def test_a_new_customer_registers_and_logs_in_with_the_phone_as_login(shop):
    user = register(shop.uow, email="irina@example.ru")
    assert (user.username, user.role, user.full_name, user.phone, user.email) == (
        "79165551234",  # no login typed: the phone's digits (stored +79165551234)
        Role.CUSTOMER,
        "Ирина Соколова",
        "8 (916) 555-12-34",
        "irina@example.ru",
    )
    assert auth.login(shop.uow, "79165551234", "torte-2026").id == user.id
    order = buy(shop.uow, user, {shop.napoleon: 1})
    assert [o.id for o in orders.my_orders(shop.uow, user).items] == [order.id]


def test_a_chosen_login_and_the_password_rules_of_the_admins_form(shop):
    user = register(shop.uow, username="irina.s")
    assert auth.login(shop.uow, "irina.s", "torte-2026").id == user.id
    before = snapshot(shop.uow)
    for bad in (
        {"password": "12345"},  # fewer than 6 characters, as for an admin's user
        {"username": "ир"},
        {"username": "irina.s"},  # taken
        {"full_name": "  "},
        {"phone": ""},
        {"phone": "not a phone"},
        {"email": "irina at home"},
    ):
        with pytest.raises((InvalidInput, Conflict)):
            register(shop.uow, **bad)
    assert snapshot(shop.uow) == before


def test_a_login_taken_in_another_case_is_refused(shop):
    register(shop.uow, username="Irina")
    with pytest.raises(Conflict, match="taken"):
        register(shop.uow, username="irina", phone="+7 916 000-00-01")


def test_a_phone_on_file_is_not_linked_to_earlier_orders(shop):
    walk_in = accounts.register_at_counter(shop.uow, shop.cashier, "Ирина", "+7 916 555-12-34")
    earlier = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, customer_id=walk_in.id)
    newcomer = register(shop.uow)  # same phone, typed another way
    assert newcomer.id != walk_in.id
    assert orders.my_orders(shop.uow, newcomer).items == ()
    with pytest.raises(NotFound):
        orders.order_detail(shop.uow, newcomer, earlier.id)


def test_the_shop_can_turn_self_registration_off(shop):
    assert policy.self_registration_allowed(shop.uow) is True  # on by default
    policy.save_shop_policy(shop.uow, shop.admin, ShopPolicy(self_registration=False))
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied, match="does not take new accounts"):
        register(shop.uow)
    assert snapshot(shop.uow) == before
    policy.save_shop_policy(shop.uow, shop.admin, ShopPolicy(self_registration=True))
    assert register(shop.uow).role is Role.CUSTOMER


# ---------------------------------------------------------------- registering at the counter


def test_a_cashier_registers_a_walk_in_who_cannot_log_in(shop):
    customer = accounts.register_at_counter(shop.uow, shop.cashier, "Пётр", "8 903 111-22-33")
    assert (customer.role, customer.full_name, customer.phone) == (
        Role.CUSTOMER,
        "Пётр",
        "8 (903) 111-22-33",
    )
    for password in ("", PASSWORD, "x" * 8):
        with pytest.raises(AuthenticationFailed):
            auth.login(shop.uow, customer.username, password)
    order = cashier_sale(
        shop.uow, shop.cashier, {shop.napoleon: 1}, customer_id=customer.id, customer_name=""
    )
    assert order.customer_name == "Пётр"


def test_a_phone_already_on_a_customers_record_is_refused_at_the_counter(shop):
    accounts.register_at_counter(shop.uow, shop.cashier, "Пётр", "8 903 111-22-33")
    before = snapshot(shop.uow)
    with pytest.raises(Conflict, match="on file"):
        accounts.register_at_counter(shop.uow, shop.admin, "Пётр Иванов", "+79031112233")
    assert snapshot(shop.uow) == before


def test_only_staff_register_at_the_counter(shop):
    before = snapshot(shop.uow)
    for role in (Role.BAKER, Role.CUSTOMER):
        with pytest.raises(PermissionDenied):
            accounts.register_at_counter(shop.uow, shop.user(role), "Пётр", "8 903 111-22-33")
    for name, phone in (("", "8 903 111-22-33"), ("Пётр", ""), ("Пётр", "звоните")):
        with pytest.raises(InvalidInput):
            accounts.register_at_counter(shop.uow, shop.cashier, name, phone)
    assert snapshot(shop.uow) == before


# ---------------------------------------------------------------- linking


def test_a_cashier_links_the_new_account_to_the_customer_on_file(shop):
    walk_in = accounts.register_at_counter(shop.uow, shop.cashier, "Ирина", "+7 916 555-12-34")
    earlier = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, customer_id=walk_in.id)
    account = register(shop.uow)
    found = accounts.customers_sharing_phone(shop.uow, shop.cashier, account.id)
    assert [c.id for c in found] == [walk_in.id]
    assert accounts.link_account(shop.uow, shop.cashier, account.id, walk_in.id) == 1
    assert [o.id for o in orders.my_orders(shop.uow, account).items] == [earlier.id]
    assert accounts.customers_sharing_phone(shop.uow, shop.cashier, account.id) == []
    with pytest.raises(Conflict, match="already linked"):
        accounts.link_account(shop.uow, shop.cashier, account.id, walk_in.id)
    audit = rows(shop.uow, "SELECT user_id, action, row_id FROM audit_log WHERE action = 'link'")
    assert audit == [(shop.cashier.id, "link", str(walk_in.id))]


def test_linking_is_refused_for_the_wrong_people(shop):
    walk_in = accounts.register_at_counter(shop.uow, shop.cashier, "Ирина", "+7 916 555-12-34")
    account = register(shop.uow)
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied):
        accounts.link_account(shop.uow, account, account.id, walk_in.id)  # a customer
    with pytest.raises(InvalidInput, match="logs in"):  # a record without a password
        accounts.link_account(shop.uow, shop.cashier, walk_in.id, account.id)
    with pytest.raises(InvalidInput):
        accounts.link_account(shop.uow, shop.cashier, account.id, account.id)
    with pytest.raises(NotFound):  # staff are no customers
        accounts.link_account(shop.uow, shop.cashier, account.id, shop.baker.id)
    assert snapshot(shop.uow) == before


# ---------------------------------------------------------------- my account


def test_a_customer_edits_their_own_details(shop):
    me = accounts.update_my_details(
        shop.uow, shop.customer, "Анна Кузнецова", "8 926 777-88-99", "anna@example.ru"
    )
    assert (me.full_name, me.phone, me.email, me.username) == (
        "Анна Кузнецова",
        "8 (926) 777-88-99",
        "anna@example.ru",
        "customer",
    )
    assert accounts.my_account(shop.uow, shop.customer) == me
    before = snapshot(shop.uow)
    for bad in (("", "8 926 777-88-99", ""), ("Анна", "", ""), ("Анна", "8 926", "x@")):
        with pytest.raises(InvalidInput):
            accounts.update_my_details(shop.uow, shop.customer, *bad)
    assert snapshot(shop.uow) == before
    assert accounts.my_account(shop.uow, shop.customer).full_name == "Анна Кузнецова"


def test_a_customer_changes_their_password(shop):
    auth.change_password(shop.uow, shop.customer, PASSWORD, "new-secret-1")
    assert auth.login(shop.uow, "customer", "new-secret-1").id == shop.customer.id


def test_my_orders_show_status_and_pickup_time(shop):
    due = later()
    order = buy(shop.uow, shop.customer, {shop.praga: 1}, due_at=due)
    (seen,) = orders.my_orders(shop.uow, shop.customer).items
    assert (seen.id, seen.status, seen.due_at) == (order.id, OrderStatus.NEW, due)


# ---------------------------------------------------------------- orders to confirm


def test_customers_new_orders_wait_for_the_counter(shop):
    assert orders.orders_to_confirm(shop.uow, shop.cashier).count == 0
    first = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})  # confirmed at once
    second = buy(shop.uow, shop.customer, {shop.praga: 1}, due_at=later())
    waiting = orders.orders_to_confirm(shop.uow, shop.cashier)
    assert (waiting.count, [o.id for o in waiting.orders]) == (2, [first.id, second.id])
    orders.confirm_order(shop.uow, shop.cashier, second.id)
    orders.cancel_order(shop.uow, shop.customer, first.id, "")
    assert orders.orders_to_confirm(shop.uow, shop.admin).count == 0
    # confirming sent the made-to-order cake to the bakers' board
    tasks = rows(shop.uow, "SELECT order_id FROM production_tasks")
    assert tasks == [(second.id,)]


def test_only_staff_see_the_orders_to_confirm(shop):
    for role in (Role.BAKER, Role.CUSTOMER):
        with pytest.raises(PermissionDenied):
            orders.orders_to_confirm(shop.uow, shop.user(role))
    assert orders.find_orders(shop.uow, shop.cashier, OrderQuery()).items == ()
