"""Discounts in percent or in roubles, and the per-role limits an administrator sets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cakeshop_desktop.core.domain import InvalidInput, PaymentMethod, PermissionDenied
from cakeshop_desktop.core.services import cart, checkout
from cakeshop_desktop.core.services.discounts import (
    DiscountLimits,
    discount_limits,
    save_discount_limits,
)
from tests.integration.support import request, snapshot


def sell(shop, actor, **values):
    """Napoleon (990.00) handed out now, paid in full by card."""
    cart.clear_cart(shop.uow, actor)
    cart.add_to_cart(shop.uow, actor, shop.napoleon, 1)
    values.setdefault("payment_method", PaymentMethod.CARD)
    values.setdefault("hand_out_now", True)
    return checkout.place_order(shop.uow, actor, request(**values))


def paid_in_full(percent=Decimal("0"), roubles=Decimal("0")):
    subtotal = Decimal("990.00")
    discount = roubles or (subtotal * percent / 100).quantize(Decimal("0.01"))
    return subtotal - discount


def test_a_discount_in_roubles_is_taken_as_roubles(shop):
    order = sell(shop, shop.cashier, discount_amount=Decimal("150"), paid_amount=Decimal("840"))
    assert (order.subtotal, order.discount, order.total) == (
        Decimal("990.00"),
        Decimal("150.00"),
        Decimal("840.00"),
    )


def test_percent_is_rounded_half_up_to_kopecks(shop):
    # 0.05 % of 990.00 is 0.495: half-up gives 0.50, not the banker's 0.49
    order = sell(shop, shop.cashier, discount_percent=Decimal("0.05"), paid_amount="989.50")
    assert order.discount == Decimal("0.50")


def test_percent_and_roubles_together_or_more_than_the_order_are_refused(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    before = snapshot(shop.uow)
    for values, message in (
        ({"discount_percent": "5", "discount_amount": "10"}, "not both"),
        ({"discount_amount": "990.01"}, "more than the order's 990.00"),
        ({"discount_amount": "-1"}, "cannot be negative"),
        ({"discount_amount": "10.005"}, "more than 2 digits"),
    ):
        with pytest.raises(InvalidInput, match=message):
            checkout.place_order(
                shop.uow,
                shop.cashier,
                request(payment_method=PaymentMethod.CARD, hand_out_now=True, **values),
            )
        assert snapshot(shop.uow) == before


def test_the_limits_are_100_percent_until_an_admin_sets_them(shop):
    assert discount_limits(shop.uow, shop.cashier) == DiscountLimits()
    order = sell(shop, shop.cashier, discount_percent=Decimal("100"), payment_method=None)
    assert order.total == Decimal("0.00")


@pytest.mark.parametrize(
    ("actor", "values", "allowed"),
    [
        ("cashier", {"discount_percent": Decimal("10")}, True),  # exactly at the limit
        ("cashier", {"discount_amount": Decimal("99.00")}, True),  # 10 % in roubles
        ("cashier", {"discount_amount": Decimal("99.01")}, False),  # a kopeck over
        ("cashier", {"discount_percent": Decimal("10.01")}, False),
        ("admin", {"discount_percent": Decimal("25")}, True),
        ("admin", {"discount_amount": Decimal("247.50")}, True),
        ("admin", {"discount_amount": Decimal("247.51")}, False),
        ("admin", {"discount_percent": Decimal("25.01")}, False),
    ],
)
def test_a_discount_above_the_roles_limit_is_refused(shop, actor, values, allowed):
    save_discount_limits(
        shop.uow, shop.admin, DiscountLimits(cashier=Decimal("10"), admin=Decimal("25"))
    )
    who = getattr(shop, actor)
    percent = values.get("discount_percent", Decimal("0"))
    paid = paid_in_full(percent, values.get("discount_amount", Decimal("0")))
    if allowed:
        order = sell(shop, who, paid_amount=paid, **values)
        assert order.total == paid
        return
    cart.clear_cart(shop.uow, who)
    cart.add_to_cart(shop.uow, who, shop.napoleon, 1)
    before = snapshot(shop.uow)
    role = "An administrator" if actor == "admin" else "A cashier"
    limit = "25" if actor == "admin" else "10"
    with pytest.raises(InvalidInput, match=f"{role} may give a discount of at most {limit} %"):
        checkout.place_order(
            shop.uow,
            who,
            request(
                payment_method=PaymentMethod.CARD, hand_out_now=True, paid_amount=paid, **values
            ),
        )
    assert snapshot(shop.uow) == before


def test_only_an_admin_sets_the_limits_and_nonsense_is_refused(shop):
    with pytest.raises(PermissionDenied):
        save_discount_limits(shop.uow, shop.cashier, DiscountLimits(cashier=Decimal("50")))
    for bad in (Decimal("100.01"), Decimal("-1"), "abc", Decimal("5.555")):
        with pytest.raises(InvalidInput):
            save_discount_limits(shop.uow, shop.admin, DiscountLimits(cashier=bad))
    assert discount_limits(shop.uow, shop.admin) == DiscountLimits()
    saved = save_discount_limits(
        shop.uow, shop.admin, DiscountLimits(cashier=Decimal("7.5"), admin=Decimal("30"))
    )
    assert discount_limits(shop.uow, shop.cashier) == saved
    assert saved.cashier == Decimal("7.50")
