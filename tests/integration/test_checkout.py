"""Checkout (DESIGN §6): one transaction from cart to order, stock, capacity and payment."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from cakeshop_desktop.core.db.models import Cake
from cakeshop_desktop.core.domain import (
    CapacityFull,
    Conflict,
    InvalidInput,
    ItemNote,
    NotFound,
    OrderStatus,
    OutOfStock,
    PaymentKind,
    PaymentMethod,
    PaymentRefused,
    PermissionDenied,
    PickupTooEarly,
)
from cakeshop_desktop.core.repositories.catalog import CatalogRepository
from cakeshop_desktop.core.services import cart, checkout, orders
from cakeshop_desktop.core.services import policy as policy_service
from cakeshop_desktop.core.support.phone_region import PHONE_REGION_KEY
from tests.integration.support import (  # noqa: F401
    buy,
    cashier_sale,
    key,
    later,
    request,
    rows,
    scalar,
    snapshot,
    stock,
)


def place(shop, actor, **values):
    return checkout.place_order(shop.uow, actor, request(**values))


def booked(shop, day):
    return scalar(shop.uow, "SELECT booked FROM production_days WHERE day = :day", day=day)


def order_count(shop):
    return scalar(shop.uow, "SELECT COUNT(*) FROM orders")


# ---------------------------------------------------------------- totals and stock


def test_a_customer_order_is_priced_in_decimal_and_waits_for_confirmation(shop):
    order = buy(shop.uow, shop.customer, {shop.medovik: 2, shop.napoleon: 1})
    assert order.status is OrderStatus.NEW
    assert (order.subtotal, order.discount, order.total, order.paid_amount) == (
        Decimal("3491.00"),
        Decimal("0.00"),
        Decimal("3491.00"),
        Decimal("0.00"),
    )
    assert all(isinstance(v, Decimal) for v in (order.subtotal, order.total, order.balance))
    assert order.customer_id == shop.customer.id
    assert order.customer_name == "Demo customer"
    assert order.payment_method is None


def test_order_items_keep_the_name_and_price_they_were_sold_at(shop):
    order = buy(shop.uow, shop.customer, {shop.medovik: 2})
    with shop.uow.engine.begin() as connection:
        connection.execute(
            update(Cake)
            .where(Cake.id == shop.medovik)
            .values(name="Медовик новый", price=Decimal("1500.00"))
        )
    detail = orders.order_detail(shop.uow, shop.customer, order.id)
    assert [(i.cake_name, i.unit_price, i.quantity, i.line_total) for i in detail.items] == [
        ("Медовик", Decimal("1250.50"), 2, Decimal("2501.00"))
    ]


def test_showcase_stock_is_taken_and_written_to_the_ledger(shop):
    order = buy(
        shop.uow, shop.customer, {shop.medovik: 2, shop.napoleon: 3, shop.praga: 1}, due_at=later()
    )
    assert (stock(shop.uow, shop.medovik), stock(shop.uow, shop.napoleon)) == (1, 7)
    ledger = rows(
        shop.uow, "SELECT kind, cake_id, quantity, order_id FROM stock_movements ORDER BY cake_id"
    )
    assert [(kind, cake, Decimal(str(qty)), oid) for kind, cake, qty, oid in ledger] == [
        ("sale", shop.medovik, Decimal("-2"), order.id),
        ("sale", shop.napoleon, Decimal("-3"), order.id),
    ]
    sold = rows(shop.uow, "SELECT id, sold_count FROM cakes ORDER BY id")
    assert sold == [(shop.medovik, 2), (shop.napoleon, 3), (shop.praga, 1)]


def test_out_of_stock_at_checkout_leaves_cart_and_stock_as_they_were(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 2)
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 3)
    cashier_sale(shop.uow, shop.cashier, {shop.medovik: 1})  # another counter sells one
    before = snapshot(shop.uow)
    with pytest.raises(OutOfStock, match="^Only 2 «Медовик» left$"):
        place(shop, shop.customer)
    assert snapshot(shop.uow) == before
    assert (stock(shop.uow, shop.napoleon), stock(shop.uow, shop.medovik)) == (10, 2)
    assert [(i.name, i.quantity) for i in cart.get_cart(shop.uow, shop.customer).items] == [
        ("Наполеон", 2),
        ("Медовик", 3),
    ]


def test_the_last_cakes_on_the_showcase_can_all_be_sold(shop):
    order = buy(shop.uow, shop.customer, {shop.medovik: 3}, due_at=later())
    assert stock(shop.uow, shop.medovik) == 0
    assert rows(shop.uow, "SELECT order_id, quantity FROM order_items") == [(order.id, 3)]


def test_of_several_cakes_sold_out_meanwhile_the_first_by_cake_is_named(shop):
    # the cart lists Наполеон first; both run short before the checkout
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 2)
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 3)
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 9, shop.medovik: 1})
    before = snapshot(shop.uow)
    with pytest.raises(OutOfStock, match="^Only 2 «Медовик» left$"):
        place(shop, shop.customer)
    assert snapshot(shop.uow) == before


def test_stock_changed_under_a_lock_that_did_not_hold_refuses_the_sale_until_tried_again(
    shop, monkeypatch
):
    """A database whose row locks let another counter sell meanwhile: the stock the lock
    returned is stale and the guarded UPDATE takes only some lines. Nothing is kept; the
    next try reads the stock anew and names the cake that ran short."""
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 2)
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 3)
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 9})  # after the lock, so to speak
    stale = {shop.napoleon: 10, shop.medovik: 3}
    with monkeypatch.context() as patch:
        patch.setattr(CatalogRepository, "lock_cakes", lambda _repository, _cakes: stale)
        before = snapshot(shop.uow)
        with pytest.raises(Conflict, match="try again"):
            place(shop, shop.customer)
        assert snapshot(shop.uow) == before
    assert (stock(shop.uow, shop.napoleon), stock(shop.uow, shop.medovik)) == (1, 3)
    with pytest.raises(OutOfStock, match="^Only 1 «Наполеон» left$"):
        place(shop, shop.customer)


def test_the_cart_is_cleared_after_checkout(shop):
    buy(shop.uow, shop.customer, {shop.napoleon: 1})
    assert cart.get_cart(shop.uow, shop.customer).is_empty


def test_an_empty_cart_cannot_be_checked_out(shop):
    with pytest.raises(InvalidInput, match="cart is empty"):
        place(shop, shop.customer)
    assert order_count(shop) == 0


def test_a_cake_taken_off_sale_stops_the_checkout(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    with shop.uow.engine.begin() as connection:
        connection.execute(update(Cake).where(Cake.id == shop.napoleon).values(is_active=False))
    with pytest.raises(InvalidInput, match="«Наполеон» is no longer sold"):
        place(shop, shop.customer)
    assert order_count(shop) == 0 and stock(shop.uow, shop.napoleon) == 10


def test_order_numbers_come_from_the_database(shop):
    first = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    second = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    assert first.number == f"{first.id:06d}"
    assert second.number == f"{second.id:06d}"
    assert second.id > first.id
    assert rows(shop.uow, "SELECT number FROM orders ORDER BY id") == [
        (first.number,),
        (second.number,),
    ]


def test_item_notes_go_with_the_order(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    cart.set_item_note(shop.uow, shop.customer, shop.praga, "Маше 5 лет", "")
    order = place(
        shop,
        shop.customer,
        due_at=later(),
        notes="позвонить заранее",
        item_notes={shop.praga: ItemNote("С днём рождения, Маша! 🎂", "без орехов")},
    )
    detail = orders.order_detail(shop.uow, shop.customer, order.id)
    assert (detail.items[0].inscription, detail.items[0].notes) == (
        "С днём рождения, Маша! 🎂",
        "без орехов",
    )
    assert detail.order.notes == "позвонить заранее"


def test_a_note_typed_in_the_cart_is_kept_when_checkout_gives_none(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    cart.set_item_note(shop.uow, shop.customer, shop.praga, "Маше 5 лет", "")
    order = place(shop, shop.customer, due_at=later())
    detail = orders.order_detail(shop.uow, shop.customer, order.id)
    assert detail.items[0].inscription == "Маше 5 лет"


# ---------------------------------------------------------------- discounts


def test_a_cashier_gives_a_discount(shop):
    order = cashier_sale(
        shop.uow,
        shop.cashier,
        {shop.medovik: 1},
        discount_percent=Decimal("7"),
        paid_amount=Decimal("1162.96"),
    )
    assert (order.subtotal, order.discount, order.total, order.paid_amount) == (
        Decimal("1250.50"),
        Decimal("87.54"),
        Decimal("1162.96"),
        Decimal("1162.96"),
    )


def test_a_cashier_gives_a_discount_in_roubles(shop):
    order = cashier_sale(
        shop.uow,
        shop.cashier,
        {shop.medovik: 1},
        discount_amount=Decimal("100"),
        paid_amount=Decimal("1150.50"),
    )
    assert (order.subtotal, order.discount, order.total) == (
        Decimal("1250.50"),
        Decimal("100.00"),
        Decimal("1150.50"),
    )


def test_the_customers_phone_is_stored_as_read_in_the_shops_region(shop):
    with shop.uow:
        shop.uow.settings.put({PHONE_REGION_KEY: "GB"})
        shop.uow.commit()
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, customer_phone="020 7946 0018")
    assert rows(shop.uow, "SELECT customer_phone FROM orders") == [("+442079460018",)]


def test_discounts_from_customers_or_given_both_ways_are_refused_before_the_cart_is_read(shop):
    # the customer's cart is empty: the refusal comes first, not "The cart is empty"
    for values in ({"discount_percent": Decimal("0.01")}, {"discount_amount": Decimal("0.01")}):
        with pytest.raises(PermissionDenied, match="Only a cashier can give a discount"):
            place(shop, shop.customer, **values)
    for percent, roubles in (("0.5", "10"), ("5", "0.5")):
        with pytest.raises(InvalidInput, match="in percent or in roubles, not both"):
            place(
                shop,
                shop.cashier,
                discount_percent=Decimal(percent),
                discount_amount=Decimal(roubles),
            )
    assert order_count(shop) == 0


def test_a_customer_cannot_give_themselves_a_discount(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied, match="discount"):
        place(shop, shop.customer, discount_percent=Decimal("10"))
    assert snapshot(shop.uow) == before


def test_a_discount_over_100_percent_is_refused(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    before = snapshot(shop.uow)
    with pytest.raises(InvalidInput, match="between 0 and 100"):
        place(
            shop,
            shop.cashier,
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            discount_percent=Decimal("150"),
            payment_method=PaymentMethod.CASH,
        )
    assert snapshot(shop.uow) == before


# ---------------------------------------------------------------- made to order


def test_made_to_order_needs_its_lead_time(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    before = snapshot(shop.uow)
    with pytest.raises(PickupTooEarly, match="«Прага» needs 24 h: the earliest pickup is"):
        place(shop, shop.customer, due_at=datetime.now() + timedelta(hours=3))
    with pytest.raises(PickupTooEarly, match="Choose a pickup time"):
        place(shop, shop.customer)
    with pytest.raises(PickupTooEarly, match="in the past"):
        place(shop, shop.customer, due_at=datetime.now() - timedelta(hours=1))
    assert snapshot(shop.uow) == before
    due = datetime.now() + timedelta(hours=24, minutes=1)
    order = place(shop, shop.customer, due_at=due)
    assert order.due_at is not None and abs(order.due_at - due) < timedelta(seconds=1)


def test_capacity_of_the_day_is_booked_and_refused_when_full(shop):
    due = later(72)
    with shop.uow:
        shop.uow.production.set_capacity(due.date(), 2)
        shop.uow.commit()
    buy(shop.uow, shop.customer, {shop.praga: 2}, due_at=due)
    assert booked(shop, due.date()) == 2
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    before = snapshot(shop.uow)
    with pytest.raises(CapacityFull, match=f"fully booked on {due:%d.%m.%Y}"):
        place(shop, shop.customer, due_at=due)
    assert snapshot(shop.uow) == before
    # the next day still has room
    order = place(shop, shop.customer, due_at=due + timedelta(days=1))
    assert order.status is OrderStatus.NEW


def test_the_default_capacity_applies_to_new_days(shop):
    with shop.uow:
        shop.uow.production.set_default_capacity(1)
        shop.uow.commit()
    due = later(96)
    with pytest.raises(CapacityFull):
        buy(shop.uow, shop.customer, {shop.praga: 2}, due_at=due)
    assert order_count(shop) == 0
    cart.set_quantity(shop.uow, shop.customer, shop.praga, 1)
    place(shop, shop.customer, due_at=due)
    assert booked(shop, due.date()) == 1


def test_showcase_cakes_take_no_capacity(shop):
    due = later(72)
    with shop.uow:
        shop.uow.production.set_capacity(due.date(), 0)
        shop.uow.commit()
    order = buy(shop.uow, shop.customer, {shop.napoleon: 5}, due_at=due)
    assert order.due_at is not None and booked(shop, due.date()) == 0


# ---------------------------------------------------------------- payment


def test_full_payment(shop):
    order = cashier_sale(
        shop.uow, shop.cashier, {shop.napoleon: 2}, payment_method=PaymentMethod.CASH
    )
    assert (order.total, order.paid_amount, order.balance) == (
        Decimal("1980.00"),
        Decimal("1980.00"),
        Decimal("0.00"),
    )
    assert order.payment_method is PaymentMethod.CASH
    payments = orders.order_detail(shop.uow, shop.cashier, order.id).payments
    assert [(p.kind, p.amount, p.method, p.taken_by) for p in payments] == [
        (PaymentKind.FULL, Decimal("1980.00"), PaymentMethod.CASH, "Demo cashier")
    ]


def test_a_deposit_of_30_percent_secures_the_order(shop):
    # 30 % of 2400.00 + 1250.50 = 3650.50 is 1095.15
    order = cashier_sale(
        shop.uow,
        shop.cashier,
        {shop.praga: 1, shop.medovik: 1},
        due_at=later(),
        paid_amount=Decimal("1095.15"),
    )
    assert (order.paid_amount, order.balance) == (Decimal("1095.15"), Decimal("2555.35"))
    payments = orders.order_detail(shop.uow, shop.cashier, order.id).payments
    assert [(p.kind, p.amount) for p in payments] == [(PaymentKind.DEPOSIT, Decimal("1095.15"))]


def test_payments_that_do_not_fit_are_refused(shop):
    for cake_id in (shop.praga, shop.medovik):
        cart.add_to_cart(shop.uow, shop.cashier, cake_id, 1)
    before = snapshot(shop.uow)
    for paid, message in [
        ("1095.14", "at least 1095.15"),
        ("0", "at least"),
        ("3650.51", "more than"),
    ]:
        with pytest.raises(PaymentRefused, match=message):
            place(
                shop,
                shop.cashier,
                customer_name="Анна",
                customer_phone="+7 911 111-22-33",
                due_at=later(),
                payment_method=PaymentMethod.CARD,
                paid_amount=Decimal(paid),
            )
    assert snapshot(shop.uow) == before


def test_money_needs_a_payment_method(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    with pytest.raises(PaymentRefused, match="how the customer pays"):
        place(
            shop,
            shop.cashier,
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            paid_amount=Decimal("990"),
        )
    assert order_count(shop) == 0


def test_a_customer_cannot_pay_through_the_app(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    for paid in ("990", "0.01"):  # not even a kopeck
        with pytest.raises(PermissionDenied, match="at the counter"):
            place(shop, shop.customer, payment_method=PaymentMethod.CARD, paid_amount=Decimal(paid))
    assert order_count(shop) == 0


def test_the_deposit_asked_at_checkout_is_the_shops_policy(shop):
    policy_service.save_shop_policy(
        shop.uow,
        shop.admin,
        replace(policy_service.shop_policy(shop.uow), min_deposit_percent=50),
    )
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)  # 2400.00

    def deposit(paid):
        return place(
            shop,
            shop.cashier,
            due_at=later(),
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            payment_method=PaymentMethod.CASH,
            paid_amount=Decimal(paid),
        )

    with pytest.raises(PaymentRefused, match="at least 1200.00"):
        deposit("720.00")  # 30 %: enough by default, not under this policy
    assert order_count(shop) == 0
    assert deposit("1200.00").paid_amount == Decimal("1200")


# ---------------------------------------------------------------- idempotency


def test_a_retried_checkout_returns_the_first_order(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 1)
    first_request = request()
    first = checkout.place_order(shop.uow, shop.customer, first_request)
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)  # the cart fills up again
    again = checkout.place_order(shop.uow, shop.customer, first_request)
    assert again == first
    assert order_count(shop) == 1
    assert scalar(shop.uow, "SELECT COUNT(*) FROM order_items") == 1
    assert stock(shop.uow, shop.medovik) == 2 and stock(shop.uow, shop.napoleon) == 10
    assert not cart.get_cart(shop.uow, shop.customer).is_empty  # the new cart is left alone


def test_somebody_elses_key_is_refused(shop):
    shared = request()
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    checkout.place_order(shop.uow, shop.customer, shared)
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    with pytest.raises(InvalidInput, match="already used"):
        checkout.place_order(shop.uow, shop.cashier, shared)
    assert order_count(shop) == 1


def test_a_failed_checkout_can_be_retried_with_the_same_key(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    retry_key = key()
    with pytest.raises(PickupTooEarly):
        place(shop, shop.customer, idempotency_key=retry_key)
    order = place(shop, shop.customer, idempotency_key=retry_key, due_at=later())
    assert order.status is OrderStatus.NEW and order_count(shop) == 1


# ---------------------------------------------------------------- at the counter


def test_a_walk_in_showcase_sale_handed_out_now_needs_no_name_or_phone(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    order = place(
        shop,
        shop.cashier,
        hand_out_now=True,
        payment_method=PaymentMethod.CASH,
        paid_amount=Decimal("990"),
    )
    assert (order.customer_id, order.customer_name, order.customer_phone) == (None, "", "")
    assert order.status is OrderStatus.COMPLETED


@pytest.mark.parametrize(
    ("contact", "missing"),
    [
        ({}, "customer's name"),
        ({"customer_phone": "+7 911 111-22-33"}, "customer's name"),
        ({"customer_name": "Анна"}, "customer's phone"),
    ],
)
def test_a_walk_ins_pre_order_needs_a_name_and_a_phone(shop, contact, missing):
    # a showcase cake kept for later and a made-to-order cake: both are picked up later
    for lines, due in (({shop.napoleon: 1}, None), ({shop.praga: 1}, later())):
        cart.clear_cart(shop.uow, shop.cashier)
        for cake_id, quantity in lines.items():
            cart.add_to_cart(shop.uow, shop.cashier, cake_id, quantity)
        total = cart.get_cart(shop.uow, shop.cashier).total
        before = snapshot(shop.uow)
        with pytest.raises(InvalidInput, match=f"An order picked up later needs the {missing}"):
            place(
                shop,
                shop.cashier,
                due_at=due,
                payment_method=PaymentMethod.CASH,
                paid_amount=total,
                **contact,
            )
        assert snapshot(shop.uow) == before
    order = place(
        shop,
        shop.cashier,
        customer_name="Анна",
        customer_phone="+7 911 111-22-33",
        due_at=later(),
        payment_method=PaymentMethod.CASH,
        paid_amount=Decimal("2400"),
    )
    assert (order.customer_id, order.customer_name, order.customer_phone) == (
        None,
        "Анна",
        "8 (911) 111-22-33",  # stored as +79111112233, shown as the country writes it
    )


def test_a_cashier_orders_for_a_registered_customer(shop):
    order = cashier_sale(
        shop.uow, shop.cashier, {shop.napoleon: 1}, customer_id=shop.customer.id, customer_name=""
    )
    assert (order.customer_id, order.customer_name, order.customer_phone) == (
        shop.customer.id,
        "Demo customer",
        shop.customer.phone,
    )
    assert [o.id for o in orders.my_orders(shop.uow, shop.customer).items] == [order.id]
    assert orders.my_orders(shop.uow, shop.cashier).items == ()


def test_an_unknown_customer_is_refused(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    with pytest.raises(NotFound, match="No such customer"):
        place(
            shop,
            shop.cashier,
            customer_id=999_999,
            payment_method=PaymentMethod.CASH,
            paid_amount=Decimal("990"),
        )


def test_a_customer_orders_only_for_themselves(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    with pytest.raises(PermissionDenied):
        place(shop, shop.customer, customer_id=shop.cashier.id)


def test_staff_orders_are_confirmed_at_once(shop):
    showcase = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    assert showcase.status is OrderStatus.READY  # nothing to bake
    baked = cashier_sale(shop.uow, shop.cashier, {shop.praga: 2}, due_at=later())
    assert baked.status is OrderStatus.CONFIRMED
    tasks = rows(
        shop.uow,
        "SELECT cake_id, quantity, status FROM production_tasks WHERE order_id = :id",
        id=baked.id,
    )
    assert tasks == [(shop.praga, 2, "queued")]


def test_hand_out_now_completes_a_paid_showcase_sale(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 2}, hand_out_now=True)
    assert order.status is OrderStatus.COMPLETED and order.balance == Decimal("0.00")
    history = orders.order_detail(shop.uow, shop.cashier, order.id).history
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, OrderStatus.NEW),
        (OrderStatus.NEW, OrderStatus.CONFIRMED),
        (OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION),
        (OrderStatus.IN_PRODUCTION, OrderStatus.READY),
        (OrderStatus.READY, OrderStatus.COMPLETED),
    ]
    assert stock(shop.uow, shop.napoleon) == 8


def test_hand_out_now_needs_full_payment(shop):
    for cake_id in (shop.napoleon, shop.medovik):
        cart.add_to_cart(shop.uow, shop.cashier, cake_id, 1)
    before = snapshot(shop.uow)
    with pytest.raises(PaymentRefused, match="paid in full"):
        place(
            shop,
            shop.cashier,
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            payment_method=PaymentMethod.CASH,
            paid_amount=Decimal("1000.00"),
            hand_out_now=True,
        )
    assert snapshot(shop.uow) == before


def test_a_cake_still_to_be_baked_cannot_be_handed_out_now(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    before = snapshot(shop.uow)
    with pytest.raises(InvalidInput, match="«Прага»"):
        place(
            shop,
            shop.cashier,
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            due_at=later(),
            payment_method=PaymentMethod.CASH,
            paid_amount=Decimal("2400"),
            hand_out_now=True,
        )
    assert snapshot(shop.uow) == before


def test_a_customer_cannot_hand_out(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    with pytest.raises(PermissionDenied):
        place(shop, shop.customer, hand_out_now=True)
    assert order_count(shop) == 0
