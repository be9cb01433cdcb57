"""Bad input from the till or a script: refused with a DomainError, the data left as it was."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cakeshop_desktop.core.domain import (
    CatalogQuery,
    CheckoutRequest,
    DomainError,
    InvalidInput,
    ItemNote,
    OrderQuery,
    OrderStatus,
    PaymentMethod,
    Role,
)
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.services import auth, cart, catalog, checkout, orders, users
from tests.integration.support import (  # noqa: F401
    buy,
    key,
    later,
    refused,
    snapshot,
)

EXAMPLES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

SQL_TRICKS = [
    "'; DROP TABLE cakes; --",
    "' OR '1'='1",
    '" OR ""="',
    "1; DELETE FROM orders",
    "%",
    "_",
    "\\",
    "\\'",
    "`users`",
    "*/ SELECT 1 /*",
]
EMOJI = st.text(alphabet=st.sampled_from("🎂🍰🧁🍫🥛👩‍🍳❤️✨"), min_size=1, max_size=20)
NASTY_TEXT = st.one_of(st.sampled_from(SQL_TRICKS), EMOJI, st.text(max_size=40))
HUGE_TEXT = st.integers(min_value=10_000, max_value=12_000).map(lambda n: ("Ж🎂x" * n)[:n])
BAD_QUANTITY = st.one_of(
    st.integers(max_value=0),
    st.integers(min_value=1000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.none(),
    st.booleans(),
)
# Anything that is not plain digits, spaces, separators and an exponent is not money.
_MAYBE_MONEY = re.compile(r"[\s\d.,+eE\u00a0]*")
BAD_MONEY = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(max_value=-1),
    st.integers(min_value=10**10),
    st.decimals(max_value=Decimal("-0.01"), allow_nan=False),
    st.sampled_from(
        [
            Decimal("NaN"),
            Decimal("Infinity"),
            "NaN",
            "-inf",
            "1e400",
            "1,2,3",
            "1.250,50",
            "12 руб",
            "",
            "-5",
            "—5",
            "٣٣$",
        ]
    ),
    st.text(max_size=25).filter(lambda t: not _MAYBE_MONEY.fullmatch(t)),
)
BAD_ID = st.one_of(
    st.integers(max_value=0),
    st.integers(min_value=2**62 + 1),
    st.text(max_size=10),
    st.floats(),
    st.none(),
    st.booleans(),
)
UNKNOWN_ID = st.integers(min_value=100_000, max_value=2**62)


@pytest.fixture
def counter(shop):
    """A shop mid-day: a customer's cart and order, a cashier's cart, a few ledger rows."""
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    shop.order = buy(
        shop.uow,
        shop.cashier,
        {shop.medovik: 1},
        customer_name="Анна",
        customer_phone="+7 911 111-22-33",
        payment_method=PaymentMethod.CASH,
        paid_amount=Decimal("1250.50"),
    ).id
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    shop.before = snapshot(shop.uow)
    return shop


def assert_refused(shop, call, *args, **kwargs):
    with refused(DomainError, (call.__name__, args, kwargs)):
        call(shop.uow, *args, **kwargs)
    assert snapshot(shop.uow) == shop.before, (call.__name__, args)


def assert_login_refused(shop, username, password):
    """A refused login may count a failed attempt against a real account, nothing else."""
    with refused(DomainError, ("login", username, password)):
        auth.login(shop.uow, username, password)
    after = snapshot(shop.uow)
    assert {k: v for k, v in after.items() if k != "users"} == {
        k: v for k, v in shop.before.items() if k != "users"
    }
    kept = [(row[0], row[1], row[2], row[3], row[6]) for row in after["users"]]
    assert kept == [(row[0], row[1], row[2], row[3], row[6]) for row in shop.before["users"]]
    shop.before = after  # the counted attempt is the one change allowed


@EXAMPLES
@given(quantity=BAD_QUANTITY)
def test_bad_quantities(counter, quantity):
    assert_refused(counter, cart.add_to_cart, counter.customer, counter.napoleon, quantity)
    assert_refused(counter, cart.add_to_cart, counter.customer, counter.praga, quantity)
    if type(quantity) is not int or quantity != 0:  # an int 0 is a valid "remove"
        assert_refused(counter, cart.set_quantity, counter.customer, counter.napoleon, quantity)


@EXAMPLES
@given(amount=BAD_MONEY)
def test_malformed_money(counter, amount):
    assert_refused(
        counter, catalog.search_catalog, counter.customer, CatalogQuery(price_from=amount)
    )
    assert_refused(counter, catalog.search_catalog, counter.customer, CatalogQuery(price_to=amount))
    for field in ("paid_amount", "discount_percent"):
        assert_refused(
            counter,
            checkout.place_order,
            counter.cashier,
            CheckoutRequest(
                idempotency_key=key(),
                customer_name="Анна",
                customer_phone="+7 911 111-22-33",
                due_at=later(),
                payment_method=PaymentMethod.CARD,
                **{field: amount},
            ),
        )


@EXAMPLES
@given(text=HUGE_TEXT)
def test_10_kb_strings(counter, text):
    shop = counter
    assert_login_refused(shop, text, "secret123")
    assert_login_refused(shop, "customer", text)
    assert_refused(shop, catalog.search_catalog, shop.customer, CatalogQuery(text=text))
    assert_refused(shop, catalog.find_by_sku, shop.cashier, text)
    assert_refused(shop, cart.set_item_note, shop.customer, shop.napoleon, text, "")
    assert_refused(shop, cart.set_item_note, shop.customer, shop.napoleon, "", text)
    for field in ("customer_name", "customer_phone", "notes", "idempotency_key"):
        values = {
            "idempotency_key": key(),
            "customer_name": "Анна",
            "due_at": later(),
            "payment_method": PaymentMethod.CARD,
            "paid_amount": Decimal("720"),
            field: text,
        }
        assert_refused(shop, checkout.place_order, shop.cashier, CheckoutRequest(**values))
    assert_refused(
        shop,
        checkout.place_order,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=key(),
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            due_at=later(),
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("720"),
            item_notes={shop.praga: ItemNote(text, "")},
        ),
    )
    assert_refused(shop, orders.find_orders, shop.cashier, OrderQuery(number=text))
    assert_refused(shop, orders.find_orders, shop.cashier, OrderQuery(phone=text))
    assert_refused(shop, orders.cancel_order, shop.cashier, shop.order, text)
    assert_refused(shop, users.register_user, shop.admin, text, Role.CUSTOMER, "secret123")
    assert_refused(shop, users.register_user, shop.admin, "newbie", Role.CUSTOMER, text)
    assert_refused(
        shop, users.register_user, shop.admin, "newbie", Role.CUSTOMER, "secret123", full_name=text
    )
    assert_refused(shop, users.register_user, shop.admin, "newbie", text, "secret123")


@EXAMPLES
@given(text=NASTY_TEXT)
def test_sql_metacharacters_and_emoji_are_only_text(counter, text):
    shop = counter
    # searching finds nothing odd and breaks nothing (control characters are refused outright)
    try:
        page = catalog.search_catalog(shop.uow, shop.customer, CatalogQuery(text=text))
        orders.find_orders(shop.uow, shop.cashier, OrderQuery(number=text[:20], phone=text[:32]))
    except InvalidInput:
        assert validation.INVISIBLE_RE.search(text.strip()) or not validation.storable(text)
    else:
        if text.isascii():  # MySQL's collation also folds accents; compare plain text only
            assert all(
                text.strip().casefold() in " ".join((c.name, c.sku, c.description)).casefold()
                for c in page.items
            )
    assert snapshot(shop.uow) == shop.before
    # as a login or a password they are just wrong
    assert_login_refused(shop, text[:64], text[:128] or "x")
    assert_login_refused(shop, "customer", text[:128] or "x")
    # as a login to register they are refused, except what a login may be
    if not re.fullmatch(r"[A-Za-z0-9._-]{3,64}", text.strip()):
        assert_refused(shop, users.register_user, shop.admin, text, Role.CUSTOMER, "secret123")


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.one_of(st.sampled_from(SQL_TRICKS), EMOJI))
def test_nasty_text_is_stored_exactly_as_typed(counter, text):
    shop = counter
    dto = cart.set_item_note(shop.uow, shop.cashier, shop.praga, text, text)
    assert (dto.items[0].inscription, dto.items[0].notes) == (text.strip(), text.strip())
    order = checkout.place_order(
        shop.uow,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=key(),
            customer_name=text,
            customer_phone="+7 911 111-22-33",
            notes=text,
            due_at=later(),
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("720"),
        ),
    )
    detail = orders.order_detail(shop.uow, shop.admin, order.id)
    assert (detail.order.customer_name, detail.order.notes) == (text.strip(), text.strip())
    assert detail.items[0].inscription == text.strip()
    assert catalog.search_catalog(shop.uow, shop.admin, CatalogQuery()).total == 3
    # put the cashier's cart back for the next example
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    cart.set_item_note(shop.uow, shop.cashier, shop.praga, "", "")


@EXAMPLES
@given(bad=BAD_ID)
def test_malformed_ids(counter, bad):
    shop = counter
    assert_refused(shop, cart.add_to_cart, shop.customer, bad, 1)
    assert_refused(shop, cart.set_quantity, shop.customer, bad, 1)
    assert_refused(shop, catalog.get_cake, shop.customer, bad)
    assert_refused(shop, orders.order_detail, shop.admin, bad)
    assert_refused(shop, orders.hand_out, shop.admin, bad, PaymentMethod.CASH)
    assert_refused(shop, orders.cancel_order, shop.admin, bad, "нет")
    assert_refused(shop, users.set_active, shop.admin, bad, False)
    if bad is not None:  # no category is no filter
        assert_refused(shop, catalog.search_catalog, shop.customer, CatalogQuery(category_id=bad))
    assert_refused(
        shop,
        checkout.place_order,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=key(),
            customer_id=bad,
            due_at=later(),
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("720"),
        ),
    )


@EXAMPLES
@given(unknown=UNKNOWN_ID)
def test_unknown_ids(counter, unknown):
    shop = counter
    assert_refused(shop, cart.add_to_cart, shop.customer, unknown, 1)
    assert_refused(shop, cart.set_quantity, shop.customer, unknown, 1)
    assert_refused(shop, cart.remove_from_cart, shop.customer, unknown)
    assert_refused(shop, catalog.get_cake, shop.customer, unknown)
    assert_refused(shop, orders.order_detail, shop.customer, unknown)
    assert_refused(shop, orders.confirm_order, shop.cashier, unknown)
    assert_refused(shop, orders.set_status, shop.baker, unknown, OrderStatus.READY)
    assert_refused(shop, orders.hand_out, shop.cashier, unknown, PaymentMethod.CASH)
    assert_refused(shop, orders.cancel_order, shop.cashier, unknown, "нет")
    assert_refused(shop, users.set_role, shop.admin, unknown, Role.BAKER)
    assert_refused(shop, users.reset_password, shop.admin, unknown, "secret-42")
    assert_refused(
        shop,
        checkout.place_order,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=key(),
            customer_id=unknown,
            due_at=later(),
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("720"),
        ),
    )


@EXAMPLES
@given(
    due=st.one_of(
        st.datetimes(max_value=datetime(2026, 1, 1)),
        st.datetimes(min_value=datetime(3000, 1, 1)),
        st.sampled_from(["завтра", 1_700_000_000, datetime.now().date()]),
    ),
    method=st.one_of(
        st.text(max_size=10).filter(lambda t: t not in {"cash", "card", "transfer"}), st.integers()
    ),
)
def test_bad_pickup_times_and_payment_methods(counter, due, method):
    shop = counter
    assert_refused(
        shop,
        checkout.place_order,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=key(),
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            due_at=due,
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("720"),
        ),
    )
    assert_refused(
        shop,
        checkout.place_order,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=key(),
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            due_at=later(),
            payment_method=method,
            paid_amount=Decimal("720"),
        ),
    )
    assert_refused(
        shop,
        checkout.place_order,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=key(),
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            due_at=datetime.now() + timedelta(hours=1),  # before Прага's 24 h
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("720"),
        ),
    )


def test_odd_shapes_of_requests(counter):
    shop = counter
    assert_refused(shop, catalog.search_catalog, shop.customer, "медовик")
    assert_refused(shop, orders.find_orders, shop.cashier, {"number": "42"})
    assert_refused(shop, orders.find_orders, shop.cashier, OrderQuery(status="eaten"))
    assert_refused(shop, orders.find_orders, shop.cashier, OrderQuery(date_from="2026-01-01"))
    assert_refused(shop, orders.find_orders, shop.cashier, OrderQuery(limit=10**6))
    assert_refused(shop, checkout.place_order, shop.cashier, "buy everything")
    assert_refused(
        shop,
        checkout.place_order,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=key(),
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            due_at=later(),
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("720"),
            item_notes={shop.praga: "С днём рождения"},
        ),
    )
    assert_refused(
        shop,
        checkout.place_order,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=key(),
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            due_at=later(),
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("720"),
            item_notes=["x"],
        ),
    )
    assert_refused(
        shop,
        checkout.place_order,
        shop.cashier,
        CheckoutRequest(
            idempotency_key="short",
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            due_at=later(),
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("720"),
        ),
    )
    assert_refused(shop, orders.set_status, shop.admin, shop.order, "eaten")
    assert_refused(shop, orders.hand_out, shop.admin, shop.order, "bitcoin")
