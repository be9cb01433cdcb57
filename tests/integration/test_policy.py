"""The shop's policy (issue #15 item 5): smallest deposit, who may cancel, self-registration."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from cakeshop_desktop.core.domain import (
    InvalidInput,
    NotFound,
    OrderQuery,
    OrderStatus,
    PaymentMethod,
    PaymentRefused,
    PermissionDenied,
)
from cakeshop_desktop.core.services import cart, checkout, orders
from cakeshop_desktop.core.services import policy as policy_service
from cakeshop_desktop.core.services.policy import ShopPolicy
from cakeshop_desktop.core.uow import UnitOfWork
from tests.integration.support import buy, later, refused, request, rows, snapshot

DEFAULT = ShopPolicy(
    min_deposit_percent=30,
    cashier_refunds=True,
    customer_cancels_new=True,
    keep_deposit_on_cancel=True,
    self_registration=True,
)


def set_policy(shop, **changes) -> ShopPolicy:
    return policy_service.save_shop_policy(shop.uow, shop.admin, replace(DEFAULT, **changes))


def phone_order(shop, paid: str, method=PaymentMethod.CASH):
    """A cashier takes a made-to-order cake (2400.00) for pickup the day after tomorrow."""
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    return place(shop, paid, method)


def place(shop, paid: str, method=PaymentMethod.CASH):
    return checkout.place_order(
        shop.uow,
        shop.cashier,
        request(
            customer_name="Анна",
            customer_phone="+7 900 111-22-33",
            due_at=later(),
            payment_method=method if Decimal(paid) > 0 else None,
            paid_amount=Decimal(paid),
        ),
    )


def test_a_new_shop_has_the_default_policy(uow):
    assert policy_service.shop_policy(uow) == DEFAULT
    assert policy_service.self_registration_allowed(uow) is True


def test_an_admin_saves_the_policy_every_till_reads_it_and_it_is_audited(shop):
    wanted = ShopPolicy(0, False, False, False, False)
    assert policy_service.save_shop_policy(shop.uow, shop.admin, wanted) == wanted
    assert policy_service.shop_policy(UnitOfWork(shop.uow.engine)) == wanted
    assert policy_service.self_registration_allowed(shop.uow) is False
    stored = dict(
        rows(shop.uow, "SELECT `key`, value FROM shop_settings WHERE `key` LIKE 'policy.%'")
    )
    assert stored == {
        "policy.min_deposit_percent": "0",
        "policy.cashier_refunds": "0",
        "policy.customer_cancels_new": "0",
        "policy.keep_deposit_on_cancel": "0",
        "policy.self_registration": "0",
    }
    ((user_id, action, before, after),) = rows(
        shop.uow,
        "SELECT user_id, action, `before`, `after` FROM audit_log"
        " WHERE table_name = 'shop_settings'"
        " AND row_id = 'policy'",
    )
    assert (user_id, action) == (shop.admin.id, "update")
    assert json.loads(before)["min_deposit_percent"] == 30
    assert json.loads(after)["min_deposit_percent"] == 0


@pytest.mark.parametrize("role", ["cashier", "baker", "customer"])
def test_only_an_admin_changes_the_policy(shop, role):
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied):
        policy_service.save_shop_policy(
            shop.uow, getattr(shop, role), replace(DEFAULT, self_registration=False)
        )
    assert snapshot(shop.uow) == before
    assert policy_service.shop_policy(shop.uow) == DEFAULT


def test_a_wrong_policy_is_refused_whole_and_nothing_changes(shop):
    set_policy(shop, min_deposit_percent=50)
    for bad in (
        replace(DEFAULT, min_deposit_percent=-1, self_registration=False),
        replace(DEFAULT, min_deposit_percent=101),
        replace(DEFAULT, min_deposit_percent=Decimal("30")),
        replace(DEFAULT, min_deposit_percent=30.5),
        replace(DEFAULT, min_deposit_percent=True),
        replace(DEFAULT, min_deposit_percent="30"),
        replace(DEFAULT, cashier_refunds="no"),
        replace(DEFAULT, self_registration=1),
        {"min_deposit_percent": 10},
    ):
        with refused(InvalidInput, bad):
            policy_service.save_shop_policy(shop.uow, shop.admin, bad)
    assert policy_service.shop_policy(shop.uow) == replace(DEFAULT, min_deposit_percent=50)


def test_the_bounds_0_and_100_are_accepted(shop):
    assert set_policy(shop, min_deposit_percent=0).min_deposit_percent == 0
    assert set_policy(shop, min_deposit_percent=100).min_deposit_percent == 100


def test_a_value_broken_in_the_tables_editor_reads_as_the_default_not_as_zero(shop):
    set_policy(shop, min_deposit_percent=50)
    with shop.uow:
        shop.uow.settings.put({policy_service.MIN_DEPOSIT_KEY: "fifty"})
        shop.uow.commit()
    assert policy_service.shop_policy(shop.uow).min_deposit_percent == 30
    with shop.uow:
        shop.uow.settings.put({policy_service.MIN_DEPOSIT_KEY: "250"})
        shop.uow.commit()
    assert policy_service.shop_policy(shop.uow).min_deposit_percent == 30
    # digits of other scripts are no percentage either: "٥٠" is 50 to int(), "²" is not
    for stored, read in (("101", 30), ("100", 100), ("0", 0), ("٥٠", 30), ("²", 30), ("", 30)):
        with shop.uow:
            shop.uow.settings.put({policy_service.MIN_DEPOSIT_KEY: stored})
            shop.uow.commit()
        assert policy_service.shop_policy(shop.uow).min_deposit_percent == read, stored


# ---------------------------------------------------------------- the smallest deposit


def test_with_the_default_30_percent_a_smaller_deposit_is_refused_with_the_figure(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    before = snapshot(shop.uow)
    with pytest.raises(PaymentRefused, match=r"at least 720.00 \(30 % of 2400.00\)"):
        place(shop, "719.99")
    assert snapshot(shop.uow) == before
    assert place(shop, "720.00").paid_amount == Decimal("720.00")


def test_the_shop_s_percentage_decides_the_smallest_deposit(shop):
    set_policy(shop, min_deposit_percent=50)
    with pytest.raises(PaymentRefused, match=r"at least 1200.00 \(50 % of 2400.00\)"):
        phone_order(shop, "1199.99")
    cart.clear_cart(shop.uow, shop.cashier)
    assert phone_order(shop, "1200.00").balance == Decimal("1200.00")


def test_100_percent_takes_only_full_payment(shop):
    set_policy(shop, min_deposit_percent=100)
    with pytest.raises(PaymentRefused, match=r"at least 2400.00 \(100 % of 2400.00\)"):
        phone_order(shop, "2399.99")
    cart.clear_cart(shop.uow, shop.cashier)
    assert phone_order(shop, "2400.00").balance == Decimal("0.00")


def test_unpaid_phone_orders_need_0_percent_and_then_the_whole_total_is_due(shop):
    with pytest.raises(PaymentRefused):
        phone_order(shop, "0")
    cart.clear_cart(shop.uow, shop.cashier)
    set_policy(shop, min_deposit_percent=0)
    order = phone_order(shop, "0")
    assert order.status is OrderStatus.CONFIRMED
    assert (order.paid_amount, order.balance, order.payment_method) == (
        Decimal("0.00"),
        Decimal("2400.00"),
        None,
    )
    assert rows(shop.uow, "SELECT COUNT(*) FROM payments WHERE order_id = :o", o=order.id) == [(0,)]
    # the balance shows in the order list and the detail as it does at pickup
    listed = orders.find_orders(shop.uow, shop.cashier, OrderQuery()).items[0]
    assert listed.balance == Decimal("2400.00")
    assert orders.order_detail(shop.uow, shop.cashier, order.id).order.balance == Decimal("2400.00")


# ---------------------------------------------------------------- who may cancel


def test_a_cashier_cancels_a_paid_order_only_when_the_shop_allows(shop):
    paid = phone_order(shop, "720.00")
    set_policy(shop, cashier_refunds=False)
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        orders.cancel_order(shop.uow, shop.cashier, paid.id, "передумали")
    assert snapshot(shop.uow) == before
    assert orders.cancel_order(shop.uow, shop.admin, paid.id, "передумали").status is (
        OrderStatus.CANCELLED
    )


def test_a_cashier_still_cancels_an_unpaid_order_when_refunds_are_the_admin_s(shop):
    set_policy(shop, cashier_refunds=False, min_deposit_percent=0)
    unpaid = phone_order(shop, "0")
    cancelled = orders.cancel_order(shop.uow, shop.cashier, unpaid.id, "не дозвонились")
    assert cancelled.status is OrderStatus.CANCELLED


def test_with_the_default_policy_a_cashier_cancels_a_paid_order(shop):
    paid = phone_order(shop, "720.00")
    assert orders.cancel_order(shop.uow, shop.cashier, paid.id, "передумали").status is (
        OrderStatus.CANCELLED
    )


def test_a_customer_cancels_their_new_order_only_when_the_shop_allows(shop):
    first = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    set_policy(shop, customer_cancels_new=False)
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied, match="call the shop"):
        orders.cancel_order(shop.uow, shop.customer, first.id, "")
    assert snapshot(shop.uow) == before
    set_policy(shop, customer_cancels_new=True)
    assert orders.cancel_order(shop.uow, shop.customer, first.id, "").status is (
        OrderStatus.CANCELLED
    )


def test_a_customer_never_cancels_someone_else_s_order_nor_a_confirmed_one(shop):
    theirs = phone_order(shop, "720.00")
    with pytest.raises(NotFound):
        orders.cancel_order(shop.uow, shop.customer, theirs.id, "")
    own = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    orders.confirm_order(shop.uow, shop.cashier, own.id)
    with pytest.raises(PermissionDenied, match="already confirmed"):
        orders.cancel_order(shop.uow, shop.customer, own.id, "")
