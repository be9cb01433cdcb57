"""Checkout rules the plain journeys do not reach: mixed orders, what is recorded, exact limits,
the pickup clock, and a till racing with the same idempotency key (DESIGN §6)."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from cakeshop_desktop.core.db.models import Order, OrderStatusHistory, Payment, StockMovement
from cakeshop_desktop.core.domain import (
    CapacityFull,
    CheckoutRequest,
    InvalidInput,
    ItemNote,
    NotFound,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
    PaymentRefused,
    PermissionDenied,
    PickupTooEarly,
    Role,
)
from cakeshop_desktop.core.repositories.carts import CartRepository
from cakeshop_desktop.core.services import cart, checkout, orders
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import PASSWORD, add_cake
from tests.integration.support import key, request, rows, scalar, snapshot, stock

NOW = datetime(2031, 3, 14, 10, 0)  # the till's clock in these tests: a Friday morning


def at_now() -> datetime:
    return NOW


def place(shop, actor, *, clock=at_now, **values):
    return checkout.place_order(shop.uow, actor, request(**values), clock=clock)


def walk_in(**values):
    """What a cashier's checkout of a walk-in customer paying by card needs besides the total."""
    values.setdefault("customer_name", "Анна")
    values.setdefault("customer_phone", "+7 911 111-22-33")
    values.setdefault("payment_method", PaymentMethod.CARD)
    return values


_skus = itertools.count(4700001)


def cake(shop, name: str, *, baked: bool, lead: int = 0, stock_qty: int = 0) -> int:
    return add_cake(
        shop.uow,
        sku=str(next(_skus)),
        name=name,
        category_id=shop.category_id,
        price=Decimal("500.00"),
        weight_grams=500,
        stock_qty=stock_qty,
        made_to_order=baked,
        lead_time_hours=lead,
    )


def set_capacity(shop, day, capacity):
    with shop.uow:
        shop.uow.production.set_capacity(day, capacity)
        shop.uow.commit()


def booked(shop, day):
    return scalar(shop.uow, "SELECT booked FROM production_days WHERE day = :day", day=day)


# ---------------------------------------------------------------- mixed orders


@pytest.mark.parametrize(
    "kinds",
    [
        ("baked", "showcase", "baked", "showcase"),
        ("showcase", "baked", "showcase", "baked"),
        ("baked", "baked", "showcase", "showcase"),
    ],
    ids=["baked-first", "showcase-first", "grouped"],
)
def test_a_mixed_order_books_every_baked_cake_and_moves_every_showcase_cake(shop, kinds):
    # The cakes are created in this id order; the cart is filled in the reverse order.
    quantities = [2, 3, 4, 1]
    ids = [
        cake(shop, f"Торт {n} {kind}", baked=kind == "baked", lead=24, stock_qty=10)
        for n, kind in enumerate(kinds)
    ]
    due = NOW + timedelta(days=2)
    baked = sum(q for q, kind in zip(quantities, kinds, strict=True) if kind == "baked")
    set_capacity(shop, due.date(), baked)  # exactly enough room
    for cake_id, quantity in reversed(list(zip(ids, quantities, strict=True))):
        cart.add_to_cart(shop.uow, shop.cashier, cake_id, quantity)

    order = place(shop, shop.cashier, due_at=due, **walk_in(paid_amount=Decimal("5000.00")))

    assert booked(shop, due.date()) == baked
    showcase = [
        (cake_id, q)
        for cake_id, q, kind in zip(ids, quantities, kinds, strict=True)
        if kind != "baked"
    ]
    assert [stock(shop.uow, cake_id) for cake_id, _ in showcase] == [10 - q for _, q in showcase]
    assert [stock(shop.uow, i) for i, k in zip(ids, kinds, strict=True) if k == "baked"] == [10, 10]
    # written in cake id order whatever the cart's order: every till updates the same rows
    # in the same order, so two checkouts cannot deadlock
    ledger = rows(
        shop.uow,
        "SELECT cake_id, quantity, order_id, created_by_id, kind FROM stock_movements ORDER BY id",
    )
    assert [(c, int(q), o, by, kind) for c, q, o, by, kind in ledger] == [
        (cake_id, -q, order.id, shop.cashier.id, "sale") for cake_id, q in showcase
    ]
    assert rows(
        shop.uow,
        f"SELECT id, sold_count FROM cakes WHERE id IN ({', '.join(map(str, ids))}) ORDER BY id",
    ) == list(zip(ids, quantities, strict=True))
    tasks = rows(shop.uow, "SELECT cake_id, quantity FROM production_tasks ORDER BY cake_id")
    assert tasks == [
        (cake_id, q)
        for cake_id, q, kind in zip(ids, quantities, kinds, strict=True)
        if kind == "baked"
    ]


def test_a_mixed_order_over_the_days_capacity_is_refused_as_a_whole(shop):
    first = cake(shop, "Эстерхази", baked=True, lead=12)
    second = cake(shop, "Красный бархат", baked=True, lead=24)
    due = NOW + timedelta(days=2)
    set_capacity(shop, due.date(), 4)
    for cake_id, quantity in ((first, 2), (second, 3), (shop.napoleon, 1)):
        cart.add_to_cart(shop.uow, shop.customer, cake_id, quantity)
    before = snapshot(shop.uow)
    with pytest.raises(CapacityFull, match=f"fully booked on {due:%d.%m.%Y}"):
        place(shop, shop.customer, due_at=due)
    assert snapshot(shop.uow) == before
    assert booked(shop, due.date()) == 0


# ---------------------------------------------------------------- notes and inscriptions


def test_inscriptions_and_notes_typed_in_the_cart_reach_the_order_and_the_bakers(shop):
    second = cake(shop, "Эстерхази", baked=True, lead=12)
    for cake_id in (shop.praga, second, shop.napoleon):
        cart.add_to_cart(shop.uow, shop.cashier, cake_id, 1)
    cart.set_item_note(shop.uow, shop.cashier, shop.praga, "С юбилеем!", "без орехов")
    cart.set_item_note(shop.uow, shop.cashier, second, "", "поменьше крема")
    cart.set_item_note(shop.uow, shop.cashier, shop.napoleon, "Маше", "в коробку")
    order = place(
        shop,
        shop.cashier,
        due_at=NOW + timedelta(days=2),
        **walk_in(paid_amount=Decimal("3890.00")),
    )
    detail = orders.order_detail(shop.uow, shop.cashier, order.id)
    assert {(i.cake_name, i.inscription, i.notes) for i in detail.items} == {
        ("Прага", "С юбилеем!", "без орехов"),
        ("Эстерхази", "", "поменьше крема"),
        ("Наполеон", "Маше", "в коробку"),
    }
    tasks = rows(
        shop.uow, "SELECT cake_id, inscription, notes FROM production_tasks ORDER BY cake_id"
    )
    assert tasks == sorted(
        [(shop.praga, "С юбилеем!", "без орехов"), (second, "", "поменьше крема")]
    )
    # each baker's card belongs to its own line of this order
    cards = rows(
        shop.uow,
        "SELECT t.cake_id, i.cake_id, i.order_id FROM production_tasks t "
        "JOIN order_items i ON i.id = t.order_item_id ORDER BY t.cake_id",
    )
    assert cards == sorted([(shop.praga, shop.praga, order.id), (second, second, order.id)])


def test_a_note_given_at_checkout_replaces_only_its_own_line(shop):
    for cake_id in (shop.praga, shop.napoleon):
        cart.add_to_cart(shop.uow, shop.customer, cake_id, 1)
        cart.set_item_note(shop.uow, shop.customer, cake_id, "из корзины", "заметка из корзины")
    order = place(
        shop,
        shop.customer,
        due_at=NOW + timedelta(days=2),
        notes="  позвонить заранее  ",
        item_notes={shop.praga: ItemNote("  Маше 5 лет  ", "")},
    )
    detail = orders.order_detail(shop.uow, shop.customer, order.id)
    assert {(i.cake_name, i.inscription, i.notes) for i in detail.items} == {
        ("Прага", "Маше 5 лет", ""),
        ("Наполеон", "из корзины", "заметка из корзины"),
    }
    assert detail.order.notes == "позвонить заранее"


# ---------------------------------------------------------------- what checkout records


def typed(shop, *columns, where=None):
    """Rows of model columns, with dates as datetimes on SQLite too (raw SQL gives text)."""
    statement = select(*columns).order_by(columns[0].table.c.id)
    if where is not None:
        statement = statement.where(where)
    with shop.uow.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(statement)]


def history(shop, order_id):
    h = OrderStatusHistory
    return typed(
        shop,
        h.from_status,
        h.to_status,
        h.changed_by_id,
        h.reason,
        h.changed_at,
        where=h.order_id == order_id,
    )


def test_a_counter_sale_records_who_sold_it_and_why_each_step_happened(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 2)
    order = place(shop, shop.cashier, hand_out_now=True, **walk_in(paid_amount=Decimal("1980.00")))
    steps = history(shop, order.id)
    s = OrderStatus
    nothing_to_bake = "@nothing_to_bake"  # a code, shown in the reader's language
    assert [(f, t, by, reason) for f, t, by, reason, _ in steps] == [
        (None, s.NEW, shop.cashier.id, ""),
        (s.NEW, s.CONFIRMED, shop.cashier.id, ""),
        (s.CONFIRMED, s.IN_PRODUCTION, shop.cashier.id, nothing_to_bake),
        (s.IN_PRODUCTION, s.READY, shop.cashier.id, nothing_to_bake),
        (s.READY, s.COMPLETED, shop.cashier.id, "@sold_at_counter"),
    ]
    assert steps[0][4] == NOW  # the order's creation is dated by the till's clock
    assert typed(shop, Order.id, Order.created_by_id, Order.created_at, Order.payment_method) == [
        (order.id, shop.cashier.id, NOW, PaymentMethod.CARD)
    ]
    m = StockMovement
    assert typed(shop, m.id, m.order_id, m.created_by_id, m.created_at) == [
        (m_id, order.id, shop.cashier.id, NOW) for (m_id,) in typed(shop, m.id)
    ]
    p = Payment
    assert typed(shop, p.order_id, p.method, p.kind, p.taken_by_id, p.taken_at) == [
        (order.id, PaymentMethod.CARD, PaymentKind.FULL, shop.cashier.id, NOW)
    ]


def test_a_deposit_is_recorded_as_a_deposit(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    order = place(
        shop,
        shop.cashier,
        due_at=NOW + timedelta(days=1),
        **walk_in(payment_method=PaymentMethod.CASH, paid_amount=Decimal("720.00")),
    )
    assert (order.paid_amount, order.payment_method, order.status) == (
        Decimal("720.00"),
        PaymentMethod.CASH,
        OrderStatus.CONFIRMED,
    )
    payments = orders.order_detail(shop.uow, shop.cashier, order.id).payments
    assert [(p.kind, p.amount, p.method) for p in payments] == [
        (PaymentKind.DEPOSIT, Decimal("720.00"), PaymentMethod.CASH)
    ]


def test_an_unpaid_order_has_no_payment_method(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    order = place(shop, shop.customer, payment_method=PaymentMethod.CARD)
    assert order.payment_method is None and order.paid_amount == Decimal("0.00")
    assert rows(shop.uow, "SELECT payment_method, created_by_id FROM orders") == [
        (None, shop.customer.id)
    ]
    assert scalar(shop.uow, "SELECT COUNT(*) FROM payments") == 0
    assert [(f, t, by) for f, t, by, _, _ in history(shop, order.id)] == [
        (None, OrderStatus.NEW, shop.customer.id)
    ]
    assert order.created_at == NOW


def test_a_free_order_at_the_counter_takes_no_payment(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    order = place(
        shop,
        shop.cashier,
        **walk_in(discount_percent=Decimal("100"), payment_method=None, paid_amount=Decimal("0")),
    )
    assert (order.total, order.paid_amount, order.payment_method) == (
        Decimal("0.00"),
        Decimal("0.00"),
        None,
    )
    assert scalar(shop.uow, "SELECT COUNT(*) FROM payments") == 0


# ---------------------------------------------------------------- who the customer is


def test_a_customer_is_named_from_their_account_unless_they_type_a_name(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    own = place(shop, shop.customer, customer_id=shop.customer.id)
    assert (own.customer_id, own.customer_name, own.customer_phone) == (
        shop.customer.id,
        "Demo customer",
        shop.customer.phone,
    )
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    typed = place(shop, shop.customer, customer_name="Мама", customer_phone="+7 999 000-11-22")
    assert (typed.customer_id, typed.customer_name, typed.customer_phone) == (
        shop.customer.id,
        "Мама",
        "8 (999) 000-11-22",
    )


def test_a_cashier_names_a_registered_customer_as_typed_or_from_the_account(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    order = place(
        shop,
        shop.cashier,
        customer_id=shop.customer.id,
        **walk_in(customer_name="Анна Петровна", customer_phone="", paid_amount=Decimal("990")),
    )
    assert (order.customer_id, order.customer_name, order.customer_phone) == (
        shop.customer.id,
        "Анна Петровна",
        shop.customer.phone,
    )


def test_a_deactivated_customer_cannot_be_ordered_for(shop):
    with shop.uow:
        shop.uow.users.get(shop.customer.id).is_active = False
        shop.uow.commit()
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    with pytest.raises(NotFound, match="No such customer"):
        place(
            shop,
            shop.cashier,
            customer_id=shop.customer.id,
            **walk_in(paid_amount=Decimal("990")),
        )


# ---------------------------------------------------------------- discounts


def test_a_customer_cannot_give_themselves_even_a_kopeck_of_discount(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    before = snapshot(shop.uow)
    for percent in ("0.01", "1", "1.5"):
        with pytest.raises(PermissionDenied, match="Only a cashier can give a discount"):
            place(shop, shop.customer, discount_percent=Decimal(percent))
    assert snapshot(shop.uow) == before
    order = place(shop, shop.customer, discount_percent=Decimal("0"))
    assert order.discount == Decimal("0.00")


def test_a_cashier_gives_the_smallest_and_the_largest_discount(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    small = place(
        shop, shop.cashier, **walk_in(discount_percent="0,5", paid_amount=Decimal("985.05"))
    )
    assert (small.discount, small.total) == (Decimal("4.95"), Decimal("985.05"))
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    with pytest.raises(InvalidInput, match="between 0 and 100"):
        place(shop, shop.cashier, **walk_in(discount_percent=Decimal("100.01")))


# ---------------------------------------------------------------- exact limits


@pytest.mark.parametrize(
    ("field", "longest"),
    [("customer_name", 128), ("notes", 1000)],
)
def test_order_texts_are_kept_up_to_their_column_and_refused_beyond(shop, field, longest):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    values = walk_in(paid_amount=Decimal("990"))
    values[field] = "я" * (longest + 1)
    with pytest.raises(InvalidInput, match=f"too long \\(at most {longest} characters\\)"):
        place(shop, shop.cashier, **values)
    values[field] = "я" * longest
    order = place(shop, shop.cashier, **values)
    assert getattr(order, field) == "я" * longest


@pytest.mark.parametrize(("part", "longest"), [("inscription", 200), ("notes", 1000)])
def test_item_notes_are_kept_up_to_their_column_and_refused_beyond(shop, part, longest):
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    due = NOW + timedelta(days=2)
    with pytest.raises(InvalidInput, match=f"at most {longest} characters"):
        place(
            shop,
            shop.customer,
            due_at=due,
            item_notes={shop.praga: ItemNote(**{part: "ж" * (longest + 1)})},
        )
    order = place(
        shop, shop.customer, due_at=due, item_notes={shop.praga: ItemNote(**{part: "ж" * longest})}
    )
    (item,) = orders.order_detail(shop.uow, shop.customer, order.id).items
    assert getattr(item, part) == "ж" * longest


def test_the_idempotency_key_is_8_to_64_characters(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    for bad, message in (("k" * 7, "too short"), ("k" * 65, "too long"), ("  ", "required")):
        with pytest.raises(InvalidInput, match=message):
            place(shop, shop.customer, idempotency_key=bad)
    assert place(shop, shop.customer, idempotency_key="k" * 8).number
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    assert place(shop, shop.customer, idempotency_key="q" * 64).number
    assert rows(shop.uow, "SELECT idempotency_key FROM orders ORDER BY id") == [
        ("k" * 8,),
        ("q" * 64,),
    ]


def test_malformed_requests_are_refused_before_anything_changes(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    before = snapshot(shop.uow)
    cases = [
        ({"customer_id": 0}, InvalidInput, "Unknown customer"),
        ({"payment_method": "bitcoin"}, InvalidInput, "Unknown payment method 'bitcoin'"),
        ({"item_notes": [ItemNote("x")]}, InvalidInput, "given per cake"),
        ({"item_notes": {shop.napoleon: "x"}}, InvalidInput, "given per cake"),
        ({"item_notes": {0: ItemNote("x")}}, InvalidInput, "Unknown cake"),
        ({"customer_phone": "call me"}, InvalidInput, "Not a phone number"),
        ({"due_at": "tomorrow"}, InvalidInput, "Pickup time must be a date and time"),
        ({"paid_amount": 990.0}, InvalidInput, "exact number"),
    ]
    for values, error, message in cases:
        with pytest.raises(error, match=message):
            place(shop, shop.cashier, **{**walk_in(paid_amount=Decimal("990")), **values})
    with pytest.raises(InvalidInput, match="Not a checkout request"):
        checkout.place_order(shop.uow, shop.cashier, {"idempotency_key": key()})
    assert snapshot(shop.uow) == before


def test_a_payment_method_typed_as_text_is_understood(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    order = place(shop, shop.cashier, **walk_in(payment_method="cash", paid_amount="990"))
    assert order.payment_method is PaymentMethod.CASH


def test_money_without_a_payment_method_is_refused_even_for_a_free_choice(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    with pytest.raises(PaymentRefused, match="Choose how the customer pays"):
        place(shop, shop.cashier, **walk_in(payment_method=None, paid_amount=Decimal("0.01")))


# ---------------------------------------------------------------- the pickup clock


def test_a_pickup_typed_up_to_five_minutes_ago_is_still_now(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    with pytest.raises(PickupTooEarly, match="^The pickup time is in the past$"):
        place(shop, shop.customer, due_at=NOW - timedelta(minutes=5, seconds=1))
    order = place(shop, shop.customer, due_at=NOW - timedelta(minutes=5))
    assert order.due_at == NOW - timedelta(minutes=5)
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    assert place(shop, shop.customer, due_at=NOW + timedelta(minutes=5)).due_at == NOW + timedelta(
        minutes=5
    )
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    assert place(shop, shop.customer).due_at is None  # showcase cakes need no pickup time


def test_the_slowest_cake_sets_the_earliest_pickup_with_five_minutes_grace(shop):
    quick = cake(shop, "Эстерхази", baked=True, lead=12)
    for cake_id in (shop.praga, quick, shop.napoleon):  # the slowest is not the last line
        cart.add_to_cart(shop.uow, shop.customer, cake_id, 1)
    before = snapshot(shop.uow)
    with pytest.raises(
        PickupTooEarly, match=r"^«Прага» needs 24 h: the earliest pickup is 15\.03\.2031 10:00$"
    ):
        place(shop, shop.customer, due_at=NOW + timedelta(hours=24, minutes=-5, seconds=-1))
    with pytest.raises(PickupTooEarly, match="«Прага» needs 24 h"):
        place(shop, shop.customer, due_at=NOW + timedelta(hours=13))
    with pytest.raises(
        PickupTooEarly,
        match=r"^Choose a pickup time: made-to-order cakes are ready from 15\.03\.2031 10:00$",
    ):
        place(shop, shop.customer)
    assert snapshot(shop.uow) == before
    due = NOW + timedelta(hours=24, minutes=-5)
    assert place(shop, shop.customer, due_at=due).due_at == due


def test_the_earliest_pickup_is_rounded_up_from_the_tills_clock(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    with pytest.raises(PickupTooEarly, match=r"ready from 15\.03\.2031 10:15$"):
        place(shop, shop.customer, clock=lambda: NOW + timedelta(minutes=7))


# ---------------------------------------------------------------- a till racing with the same key


class OtherTill:
    """Makes another till (a second session on the same database) commit a checkout with
    the same key at the moment this checkout starts, before it reads the cart.

    A checkout looks for a used key only when it would not go through (an empty cart, a
    refusal); one that goes through meets the other till's key at its order's INSERT. On
    SQLite the database lock keeps two checkouts apart, so the race is staged just before
    the cart is read; the insert that follows meets the other till's key for real.
    """

    def __init__(self, monkeypatch, action, key):
        read_lines = CartRepository.checkout_lines
        self.ran = False

        def checkout_lines(repository, user_id):
            if not self.ran:
                self.ran = True
                action(key)
            return read_lines(repository, user_id)

        monkeypatch.setattr(CartRepository, "checkout_lines", checkout_lines)


def test_the_same_key_stored_by_another_till_returns_its_order(shop, monkeypatch):
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 1)
    other_uow = UnitOfWork(shop.uow.engine)
    first = {}

    def other_till(key):
        first["order"] = checkout.place_order(
            other_uow, shop.customer, request(idempotency_key=key), clock=at_now
        )
        # the customer fills the cart again on another device before the first till goes on
        cart.add_to_cart(other_uow, shop.customer, shop.napoleon, 2)

    till = OtherTill(monkeypatch, other_till, "same-key-123")
    again = place(shop, shop.customer, idempotency_key="same-key-123")
    assert till.ran
    assert again == first["order"]
    assert scalar(shop.uow, "SELECT COUNT(*) FROM orders") == 1
    assert rows(shop.uow, "SELECT cake_id, quantity FROM order_items") == [(shop.medovik, 1)]
    assert (stock(shop.uow, shop.medovik), stock(shop.uow, shop.napoleon)) == (2, 10)
    assert scalar(shop.uow, "SELECT COUNT(*) FROM stock_movements") == 1
    # the losing till rolled back: the cart filled since is left for the next order
    assert [(i.name, i.quantity) for i in cart.get_cart(shop.uow, shop.customer).items] == [
        ("Наполеон", 2)
    ]


def test_a_till_that_finds_the_cart_emptied_by_the_same_key_returns_that_order(shop, monkeypatch):
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 1)
    other_uow = UnitOfWork(shop.uow.engine)
    first = {}

    def other_till(key):
        first["order"] = checkout.place_order(
            other_uow, shop.customer, request(idempotency_key=key), clock=at_now
        )

    OtherTill(monkeypatch, other_till, "same-key-456")
    again = place(shop, shop.customer, idempotency_key="same-key-456")
    assert again == first["order"]
    assert scalar(shop.uow, "SELECT COUNT(*) FROM orders") == 1
    assert stock(shop.uow, shop.medovik) == 2


def test_a_key_another_user_stored_meanwhile_is_refused_and_changes_nothing(shop, monkeypatch):
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 1)
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    other_uow = UnitOfWork(shop.uow.engine)

    def cashier_till(key):
        checkout.place_order(
            other_uow,
            shop.cashier,
            CheckoutRequest(idempotency_key=key, **walk_in(paid_amount=Decimal("990"))),
            clock=at_now,
        )

    OtherTill(monkeypatch, cashier_till, "shared-key-789")
    with pytest.raises(InvalidInput, match="already used by somebody else"):
        place(shop, shop.customer, idempotency_key="shared-key-789")
    assert rows(shop.uow, "SELECT created_by_id FROM orders") == [(shop.cashier.id,)]
    assert (stock(shop.uow, shop.medovik), stock(shop.uow, shop.napoleon)) == (3, 9)
    assert [(i.name, i.quantity) for i in cart.get_cart(shop.uow, shop.customer).items] == [
        ("Медовик", 1)
    ]


def test_the_smallest_payment_is_taken_and_recorded(shop):
    sweet = add_cake(
        shop.uow,
        sku="4799001",
        name="Конфета",
        category_id=shop.category_id,
        price=Decimal("0.50"),
        weight_grams=10,
        stock_qty=5,
    )
    cart.add_to_cart(shop.uow, shop.cashier, sweet, 1)
    order = place(shop, shop.cashier, **walk_in(paid_amount=Decimal("0.50")))
    assert (order.paid_amount, order.payment_method) == (Decimal("0.50"), PaymentMethod.CARD)
    payments = orders.order_detail(shop.uow, shop.cashier, order.id).payments
    assert [(p.kind, p.amount) for p in payments] == [(PaymentKind.FULL, Decimal("0.50"))]


def test_an_account_without_a_phone_orders_with_no_phone(shop):
    quiet = create_user(shop.uow, "quiet", Role.CUSTOMER, PASSWORD, full_name="Тихоня")
    cart.add_to_cart(shop.uow, quiet, shop.napoleon, 1)
    assert place(shop, quiet).customer_phone == ""
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    order = place(
        shop,
        shop.cashier,
        customer_id=quiet.id,
        **walk_in(customer_phone="", paid_amount=Decimal("990")),
    )
    assert (order.customer_name, order.customer_phone) == ("Анна", "")


def test_notes_may_have_several_lines_an_inscription_may_not(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    due = NOW + timedelta(days=2)
    with pytest.raises(InvalidInput, match="^Inscription contains an invisible control"):
        place(
            shop, shop.customer, due_at=due, item_notes={shop.praga: ItemNote("С днём\nрождения")}
        )
    order = place(
        shop,
        shop.customer,
        due_at=due,
        notes="позвонить заранее\nвход со двора",
        item_notes={shop.praga: ItemNote("С днём рождения", "без орехов\nпоменьше крема")},
    )
    detail = orders.order_detail(shop.uow, shop.customer, order.id)
    assert detail.order.notes == "позвонить заранее\nвход со двора"
    assert detail.items[0].notes == "без орехов\nпоменьше крема"
