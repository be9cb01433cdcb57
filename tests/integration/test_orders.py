"""Orders after checkout: history, search, detail, confirm, hand out, cancel, status moves."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from cakeshop_desktop.core.domain import (
    InvalidInput,
    InvalidTransition,
    NotFound,
    OrderQuery,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
    PermissionDenied,
    Role,
)
from cakeshop_desktop.core.reasons import readable
from cakeshop_desktop.core.services import orders, production, users
from cakeshop_desktop.core.services import policy as policy_service
from cakeshop_desktop.core.services.policy import ShopPolicy
from cakeshop_desktop.core.support.phone_region import PHONE_REGION_KEY
from tests.conftest import PASSWORD, add_cake
from tests.integration.support import (  # noqa: F401
    buy,
    cashier_sale,
    later,
    refused,
    rows,
    scalar,
    snapshot,
    stock,
)

S = OrderStatus


def find(shop, actor, **query):
    return orders.find_orders(shop.uow, actor, OrderQuery(**query))


def ids(page):
    return [order.id for order in page.items]


def statuses(shop, order_id):
    detail = orders.order_detail(shop.uow, shop.admin, order_id)
    return [(h.from_status, h.to_status) for h in detail.history]


@pytest.fixture
def other_customer(shop):
    return users.create_user(
        shop.uow, "olga", Role.CUSTOMER, PASSWORD, full_name="Ольга", phone="+7 922 333-44-55"
    )


# ---------------------------------------------------------------- lists and search


def test_a_customer_sees_only_their_own_orders(shop, other_customer):
    mine = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    theirs = buy(shop.uow, other_customer, {shop.napoleon: 1})
    assert ids(orders.my_orders(shop.uow, shop.customer)) == [mine.id]
    assert ids(find(shop, shop.customer)) == [mine.id]
    assert ids(find(shop, shop.customer, customer_id=other_customer.id)) == [mine.id]
    assert ids(find(shop, shop.customer, number=theirs.number)) == []
    with pytest.raises(NotFound):
        orders.order_detail(shop.uow, shop.customer, theirs.id)
    assert ids(find(shop, shop.cashier)) == [theirs.id, mine.id]


def test_search_by_number_with_or_without_leading_zeros(shop):
    first = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    second = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    assert ids(find(shop, shop.cashier, number=str(second.id))) == [second.id]
    assert ids(find(shop, shop.cashier, number=first.number)) == [first.id]
    assert ids(find(shop, shop.cashier, number=f" {first.number} ")) == [first.id]
    assert ids(find(shop, shop.cashier, number="999999")) == []
    assert ids(find(shop, shop.cashier, number="%")) == []  # LIKE wildcards are literal
    assert ids(find(shop, shop.cashier, number="²")) == []  # a digit int() cannot read


def test_order_42_is_found_by_typing_42(shop):
    with shop.uow.engine.begin() as connection:  # the next order gets id 42 on both databases
        if shop.uow.dialect == "sqlite":  # no AUTOINCREMENT: the next id is the highest + 1
            connection.exec_driver_sql(
                "INSERT INTO orders (id, customer_name, customer_phone, status, subtotal,"
                " discount, total, paid_amount, notes, idempotency_key, created_at, updated_at)"
                " VALUES (41, 'placeholder', '', 'cancelled', 0, 0, 0, 0, '', 'placeholder-41',"
                " '2020-01-01 00:00:00', '2020-01-01 00:00:00')"
            )
        else:
            connection.exec_driver_sql("ALTER TABLE orders AUTO_INCREMENT = 42")
    order = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    assert order.number == "000042"
    assert ids(find(shop, shop.cashier, number="42")) == [order.id]


def test_search_by_phone_and_status(shop):
    walk_in = cashier_sale(
        shop.uow, shop.cashier, {shop.napoleon: 1}, customer_phone="+7 911 111-22-33"
    )
    online = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    assert ids(find(shop, shop.cashier, phone="111-22")) == [walk_in.id]
    assert ids(find(shop, shop.cashier, phone="000-00-0")) == [online.id]  # from the account
    assert ids(find(shop, shop.cashier, status=S.READY)) == [walk_in.id]
    assert ids(find(shop, shop.cashier, status="new")) == [online.id]
    assert ids(find(shop, shop.cashier, status=S.COMPLETED)) == []


def test_search_by_date_range(shop):
    old = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    new = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    ten_days_ago = datetime.now() - timedelta(days=10)
    with shop.uow.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE orders SET created_at = ? WHERE id = ?"
            if shop.uow.dialect == "sqlite"
            else "UPDATE orders SET created_at = %s WHERE id = %s",
            (ten_days_ago, old.id),
        )
    today = date.today()
    assert ids(find(shop, shop.cashier, date_from=today)) == [new.id]
    assert ids(find(shop, shop.cashier, date_to=today - timedelta(days=1))) == [old.id]
    assert ids(
        find(shop, shop.cashier, date_from=ten_days_ago.date(), date_to=ten_days_ago.date())
    ) == [old.id]
    assert ids(find(shop, shop.cashier, date_from=today - timedelta(days=30), date_to=today)) == [
        new.id,
        old.id,
    ]
    with pytest.raises(InvalidInput):
        find(shop, shop.cashier, date_from=today, date_to=today - timedelta(days=1))


def test_paging_says_whether_more_follow(shop):
    made = [buy(shop.uow, shop.customer, {shop.napoleon: 1}).id for _ in range(5)]
    newest_first = list(reversed(made))
    pages = [find(shop, shop.cashier, offset=offset, limit=2) for offset in (0, 2, 4)]
    assert [ids(page) for page in pages] == [newest_first[:2], newest_first[2:4], newest_first[4:]]
    assert [page.has_more for page in pages] == [True, True, False]
    exact = find(shop, shop.cashier, offset=3, limit=2)
    assert ids(exact) == newest_first[3:] and not exact.has_more


# ---------------------------------------------------------------- detail and the life of an order


def test_detail_has_items_payments_and_history(shop):
    order = cashier_sale(
        shop.uow,
        shop.cashier,
        {shop.praga: 1, shop.napoleon: 1},
        due_at=later(),
        paid_amount=Decimal("1500.00"),
    )
    detail = orders.order_detail(shop.uow, shop.cashier, order.id)
    assert detail.order == order
    assert [(i.cake_name, i.quantity, i.made_to_order) for i in detail.items] == [
        ("Прага", 1, True),
        ("Наполеон", 1, False),
    ]
    assert [(p.kind, p.amount, p.taken_by) for p in detail.payments] == [
        (PaymentKind.DEPOSIT, Decimal("1500.00"), "Demo cashier")
    ]
    assert [(h.to_status, h.changed_by) for h in detail.history] == [
        (S.NEW, "Demo cashier"),
        (S.CONFIRMED, "Demo cashier"),
    ]


def test_detail_names_people_by_name_and_by_login_when_they_gave_no_name(shop):
    nameless = users.create_user(shop.uow, "olga", Role.CASHIER, PASSWORD, full_name="  ")
    order = cashier_sale(shop.uow, nameless, {shop.napoleon: 1})
    detail = orders.order_detail(shop.uow, shop.admin, order.id)
    assert [p.taken_by for p in detail.payments] == ["olga"]
    orders.cancel_order(shop.uow, shop.admin, order.id, "changed their mind")
    detail = orders.order_detail(shop.uow, shop.admin, order.id)
    assert (detail.history[0].changed_by, detail.history[-1].changed_by) == ("olga", "Demo admin")


def test_confirming_sends_made_to_order_cakes_to_production(shop):
    due = later()
    cart_order = buy(shop.uow, shop.customer, {shop.praga: 2, shop.napoleon: 1}, due_at=due)
    assert scalar(shop.uow, "SELECT COUNT(*) FROM production_tasks") == 0
    confirmed = orders.confirm_order(shop.uow, shop.cashier, cart_order.id)
    assert confirmed.status is S.CONFIRMED
    tasks = rows(
        shop.uow,
        "SELECT cake_id, quantity, status, due_at FROM production_tasks WHERE order_id = :id",
        id=cart_order.id,
    )
    assert [(cake, qty, status) for cake, qty, status, _ in tasks] == [(shop.praga, 2, "queued")]
    assert str(tasks[0][3]).startswith(due.strftime("%Y-%m-%d %H:%M"))


def test_confirming_a_showcase_order_makes_it_ready(shop):
    order = buy(shop.uow, shop.customer, {shop.napoleon: 2})
    assert orders.confirm_order(shop.uow, shop.cashier, order.id).status is S.READY
    assert statuses(shop, order.id) == [
        (None, S.NEW),
        (S.NEW, S.CONFIRMED),
        (S.CONFIRMED, S.IN_PRODUCTION),
        (S.IN_PRODUCTION, S.READY),
    ]
    assert scalar(shop.uow, "SELECT COUNT(*) FROM production_tasks") == 0


def test_bake_and_hand_out_collecting_the_balance(shop):
    order = cashier_sale(
        shop.uow, shop.cashier, {shop.praga: 1}, due_at=later(), paid_amount=Decimal("720.00")
    )
    assert orders.set_status(shop.uow, shop.baker, order.id, S.IN_PRODUCTION).status is (
        S.IN_PRODUCTION
    )
    assert orders.set_status(shop.uow, shop.baker, order.id, "ready").status is S.READY
    with pytest.raises(InvalidInput, match="balance of 1680.00"):
        orders.hand_out(shop.uow, shop.cashier, order.id)
    done = orders.hand_out(shop.uow, shop.cashier, order.id, PaymentMethod.CASH)
    assert (done.status, done.paid_amount, done.balance) == (
        S.COMPLETED,
        Decimal("2400.00"),
        Decimal("0.00"),
    )
    detail = orders.order_detail(shop.uow, shop.admin, order.id)
    assert [(p.kind, p.amount, p.method) for p in detail.payments] == [
        (PaymentKind.DEPOSIT, Decimal("720.00"), PaymentMethod.CARD),
        (PaymentKind.BALANCE, Decimal("1680.00"), PaymentMethod.CASH),
    ]
    assert detail.history[-1].to_status is S.COMPLETED


def test_a_paid_order_is_handed_out_without_more_money(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    done = orders.hand_out(shop.uow, shop.cashier, order.id)
    assert done.status is S.COMPLETED
    assert len(orders.order_detail(shop.uow, shop.cashier, order.id).payments) == 1


def test_an_order_that_is_not_ready_cannot_be_handed_out(shop):
    order = buy(shop.uow, shop.customer, {shop.praga: 1}, due_at=later())
    before = snapshot(shop.uow)
    with pytest.raises(InvalidTransition, match="is new: it cannot become completed"):
        orders.hand_out(shop.uow, shop.cashier, order.id)
    with pytest.raises(InvalidTransition):
        orders.hand_out(shop.uow, shop.cashier, order.id, PaymentMethod.CASH)
    assert snapshot(shop.uow) == before


def test_cancel_returns_showcase_stock_and_frees_capacity(shop):
    due = later()
    order = cashier_sale(
        shop.uow,
        shop.cashier,
        {shop.medovik: 2, shop.praga: 3},
        due_at=due,
        paid_amount=Decimal("3000.00"),
    )
    assert stock(shop.uow, shop.medovik) == 1
    assert scalar(shop.uow, "SELECT booked FROM production_days") == 3
    sold = "SELECT sold_count FROM cakes WHERE id = :id"
    assert [scalar(shop.uow, sold, id=c) for c in (shop.medovik, shop.praga)] == [2, 3]
    cancelled = orders.cancel_order(shop.uow, shop.cashier, order.id, "клиент передумал")
    assert cancelled.status is S.CANCELLED
    assert stock(shop.uow, shop.medovik) == 3
    # popularity counts sales only: the cancelled cakes no longer count
    assert [scalar(shop.uow, sold, id=c) for c in (shop.medovik, shop.praga)] == [0, 0]
    assert scalar(shop.uow, "SELECT booked FROM production_days") == 0
    ledger = rows(
        shop.uow,
        "SELECT kind, quantity, reason FROM stock_movements WHERE cake_id = :id ORDER BY id",
        id=shop.medovik,
    )
    assert [(kind, Decimal(str(qty)), reason) for kind, qty, reason in ledger] == [
        ("sale", Decimal("-2"), ""),
        ("cancellation", Decimal("2"), "клиент передумал"),
    ]
    assert rows(shop.uow, "SELECT status FROM production_tasks") == [("cancelled",)]
    history = orders.order_detail(shop.uow, shop.cashier, order.id).history
    assert (history[-1].to_status, history[-1].reason) == (S.CANCELLED, "клиент передумал")
    # the freed day takes new orders again, the cancelled one cannot be cancelled twice
    with pytest.raises(InvalidTransition):
        orders.cancel_order(shop.uow, shop.cashier, order.id, "ещё раз")
    assert stock(shop.uow, shop.medovik) == 3


def test_staff_must_give_a_reason_to_cancel(shop):
    order = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    with pytest.raises(InvalidInput, match="Reason is required"):
        orders.cancel_order(shop.uow, shop.cashier, order.id, "  ")


def test_forbidden_moves_raise_invalid_transition(shop):
    new = buy(shop.uow, shop.customer, {shop.praga: 1}, due_at=later())
    baking = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later())
    orders.set_status(shop.uow, shop.baker, baking.id, S.IN_PRODUCTION)
    ready = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    before = snapshot(shop.uow)
    for order, target in [
        (new, S.IN_PRODUCTION),  # skipping the confirmation
        (new, S.READY),
        (baking, S.IN_PRODUCTION),
        (baking, S.CONFIRMED),  # no going back
        (ready, S.IN_PRODUCTION),
        (ready, S.NEW),
    ]:
        with refused(InvalidTransition, (order.status, target)):
            orders.set_status(shop.uow, shop.admin, order.id, target)
    assert snapshot(shop.uow) == before


def test_final_statuses_stay_final(shop):
    done = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, hand_out_now=True)
    cancelled = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    orders.cancel_order(shop.uow, shop.customer, cancelled.id, "")
    before = snapshot(shop.uow)
    for order_id in (done.id, cancelled.id):
        with pytest.raises(InvalidTransition):
            orders.cancel_order(shop.uow, shop.admin, order_id, "поздно")
        with pytest.raises(InvalidTransition):
            orders.confirm_order(shop.uow, shop.admin, order_id)
        with pytest.raises(InvalidTransition):
            orders.hand_out(shop.uow, shop.admin, order_id, PaymentMethod.CASH)
        for target in (S.NEW, S.IN_PRODUCTION, S.READY):
            with pytest.raises(InvalidTransition):
                orders.set_status(shop.uow, shop.admin, order_id, target)
    assert snapshot(shop.uow) == before


def test_set_status_does_not_complete_or_take_unknown_statuses(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    with pytest.raises(InvalidInput, match="Hand the order out"):
        orders.set_status(shop.uow, shop.admin, order.id, S.COMPLETED)
    with pytest.raises(InvalidInput, match="Unknown order status"):
        orders.set_status(shop.uow, shop.admin, order.id, "eaten")


# ---------------------------------------------------------------- customers cancelling


def test_a_customer_cancels_their_own_new_order(shop):
    order = buy(shop.uow, shop.customer, {shop.medovik: 1})
    cancelled = orders.cancel_order(shop.uow, shop.customer, order.id, "")
    assert cancelled.status is S.CANCELLED and stock(shop.uow, shop.medovik) == 3
    history = orders.order_detail(shop.uow, shop.customer, order.id).history
    assert (history[-1].changed_by, history[-1].reason) == (
        "Demo customer",
        "@cancelled_by_customer",
    )
    assert str(readable(history[-1].reason)) == "cancelled by the customer"


def test_a_customer_cannot_cancel_somebody_elses_order(shop, other_customer):
    theirs = buy(shop.uow, other_customer, {shop.medovik: 1})
    with pytest.raises(NotFound):
        orders.cancel_order(shop.uow, shop.customer, theirs.id, "")
    assert orders.order_detail(shop.uow, shop.admin, theirs.id).order.status is S.NEW


def test_a_customer_cannot_cancel_a_confirmed_order(shop):
    order = buy(shop.uow, shop.customer, {shop.praga: 1}, due_at=later())
    orders.confirm_order(shop.uow, shop.cashier, order.id)
    with pytest.raises(PermissionDenied, match="call the shop"):
        orders.cancel_order(shop.uow, shop.customer, order.id, "")
    assert orders.order_detail(shop.uow, shop.customer, order.id).order.status is S.CONFIRMED


def test_unknown_orders(shop):
    for call in (
        lambda: orders.order_detail(shop.uow, shop.admin, 999_999),
        lambda: orders.confirm_order(shop.uow, shop.admin, 999_999),
        lambda: orders.hand_out(shop.uow, shop.admin, 999_999, PaymentMethod.CASH),
        lambda: orders.cancel_order(shop.uow, shop.admin, 999_999, "нет"),
        lambda: orders.set_status(shop.uow, shop.baker, 999_999, S.READY),
    ):
        with pytest.raises(NotFound):
            call()


@pytest.mark.parametrize(
    "kinds",
    [("baked", "showcase", "baked", "showcase"), ("showcase", "baked", "showcase", "baked")],
    ids=["baked-first", "showcase-first"],
)
def test_cancelling_a_mixed_order_undoes_every_line(shop, kinds):
    # cakes made in this id order; two of each kind, so a loop that stops early shows
    quantities = [2, 3, 1, 4]
    ids = [
        add_cake(
            shop.uow,
            sku=f"48{n:05d}",
            name=f"Торт {n}",
            category_id=shop.category_id,
            price=Decimal("100.00"),
            weight_grams=500,
            stock_qty=10,
            made_to_order=kind == "baked",
            lead_time_hours=24,
        )
        for n, kind in enumerate(kinds)
    ]
    due = later()
    order = cashier_sale(
        shop.uow, shop.cashier, dict(zip(ids, quantities, strict=True)), due_at=due
    )
    baked = sum(q for q, k in zip(quantities, kinds, strict=True) if k == "baked")
    assert scalar(shop.uow, "SELECT booked FROM production_days") == baked
    orders.cancel_order(shop.uow, shop.cashier, order.id, "свадьба отменилась")
    assert scalar(shop.uow, "SELECT booked FROM production_days") == 0
    assert [stock(shop.uow, cake_id) for cake_id in ids] == [10, 10, 10, 10]
    sold = [scalar(shop.uow, "SELECT sold_count FROM cakes WHERE id = :id", id=c) for c in ids]
    assert sold == [0, 0, 0, 0]  # popularity counts sales only
    returned = rows(
        shop.uow,
        "SELECT cake_id, quantity, reason, created_by_id, order_id FROM stock_movements"
        " WHERE kind = 'cancellation' ORDER BY cake_id",
    )
    assert [(c, int(q), r, by, o) for c, q, r, by, o in returned] == [
        (cake_id, q, "свадьба отменилась", shop.cashier.id, order.id)
        for cake_id, q, kind in zip(ids, quantities, kinds, strict=True)
        if kind == "showcase"
    ]
    assert rows(shop.uow, "SELECT status FROM production_tasks") == [("cancelled",)] * 2


# ---------------------------------------------------------------- a scanned receipt, the receipt command


def test_a_scanned_number_finds_exactly_its_order(shop, other_customer):
    mine = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    theirs = buy(shop.uow, other_customer, {shop.napoleon: 1})
    found = orders.find_order_number
    assert found(shop.uow, shop.cashier, mine.number) == mine.id
    assert found(shop.uow, shop.admin, f" {theirs.number} ") == theirs.id
    assert found(shop.uow, shop.customer, mine.number) == mine.id
    assert found(shop.uow, shop.customer, theirs.number) is None  # a customer finds their own
    assert found(shop.uow, shop.cashier, str(mine.id)) is None  # a scan is the whole number
    # a scan is ASCII digits: MariaDB's collation would take full-width digits for them
    fullwidth = mine.number.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    for code in ("999999", "", "abc", "00000x", "²", "%", "0" * 20, fullwidth):
        assert found(shop.uow, shop.cashier, code) is None, code
    with pytest.raises(InvalidInput, match="too long"):
        found(shop.uow, shop.cashier, "0" * 21)


def test_the_receipt_command_finds_an_order_with_or_without_leading_zeros(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 2, shop.medovik: 1})
    for typed in (order.number, str(order.id), f" {order.id} "):
        detail = orders.console_order_detail(shop.uow, typed)
        assert detail.order == order, typed
        assert sorted((i.cake_name, i.quantity) for i in detail.items) == [
            ("Медовик", 1),
            ("Наполеон", 2),
        ]
        assert [(p.amount, p.taken_by) for p in detail.payments] == [(order.total, "Demo cashier")]
        assert detail.history[-1].to_status is S.READY
    for typed in ("999999", "abc", "4" * 13):
        with pytest.raises(NotFound):
            orders.console_order_detail(shop.uow, typed)
    with pytest.raises(InvalidInput, match="too long"):
        orders.console_order_detail(shop.uow, "0" * 21)


def test_orders_to_confirm_are_customers_new_orders_oldest_first(shop, other_customer):
    first = buy(shop.uow, shop.customer, {shop.napoleon: 1})
    second = buy(shop.uow, other_customer, {shop.praga: 1}, due_at=later())
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})  # confirmed at the counter
    waiting = orders.orders_to_confirm(shop.uow, shop.cashier)
    assert (waiting.count, [o.id for o in waiting.orders]) == (2, [first.id, second.id])
    one = orders.orders_to_confirm(shop.uow, shop.admin, limit=1)
    assert (one.count, [o.id for o in one.orders]) == (2, [first.id])
    assert orders.orders_to_confirm(shop.uow, shop.cashier, limit=500).count == 2
    for limit in (0, 501):
        with pytest.raises(InvalidInput, match="A page holds 1 to 500 orders"):
            orders.orders_to_confirm(shop.uow, shop.cashier, limit=limit)
    orders.confirm_order(shop.uow, shop.cashier, first.id)
    waiting = orders.orders_to_confirm(shop.uow, shop.cashier)
    assert (waiting.count, [o.id for o in waiting.orders]) == (1, [second.id])
    for role in (Role.BAKER, Role.CUSTOMER):
        with pytest.raises(PermissionDenied):
            orders.orders_to_confirm(shop.uow, shop.user(role))


# ---------------------------------------------------------------- who moves an order, with what


def test_set_status_confirms_and_cancels_through_their_own_rules(shop):
    order = buy(shop.uow, shop.customer, {shop.praga: 1}, due_at=later())
    with pytest.raises(PermissionDenied):
        orders.set_status(
            shop.uow, shop.baker, order.id, S.CONFIRMED
        )  # confirming is the counter's
    assert orders.set_status(shop.uow, shop.cashier, order.id, "confirmed").status is S.CONFIRMED
    history = orders.order_detail(shop.uow, shop.cashier, order.id).history
    assert (history[-1].to_status, history[-1].changed_by) == (S.CONFIRMED, "Demo cashier")
    assert rows(shop.uow, "SELECT status FROM production_tasks") == [("queued",)]
    with pytest.raises(InvalidInput, match="Reason is required"):
        orders.set_status(shop.uow, shop.cashier, order.id, S.CANCELLED)
    with pytest.raises(PermissionDenied):
        orders.set_status(shop.uow, shop.baker, order.id, S.CANCELLED, "тесто не поднялось")
    cancelled = orders.set_status(shop.uow, shop.cashier, order.id, S.CANCELLED, "передумали")
    assert cancelled.status is S.CANCELLED
    history = orders.order_detail(shop.uow, shop.cashier, order.id).history
    assert (history[-1].to_status, history[-1].reason) == (S.CANCELLED, "передумали")
    assert rows(shop.uow, "SELECT status FROM production_tasks") == [("cancelled",)]
    assert scalar(shop.uow, "SELECT booked FROM production_days") == 0


def test_bakers_and_admins_bake_cashiers_and_customers_do_not(shop):
    for role in (Role.CASHIER, Role.CUSTOMER):
        order = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later())
        before = snapshot(shop.uow)
        for target in (S.IN_PRODUCTION, S.READY):
            with refused(PermissionDenied, (role, target)):
                orders.set_status(shop.uow, shop.user(role), order.id, target)
        assert snapshot(shop.uow) == before
    for role in (Role.BAKER, Role.ADMIN):
        order = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later())
        orders.set_status(shop.uow, shop.user(role), order.id, S.IN_PRODUCTION)
        assert orders.set_status(shop.uow, shop.user(role), order.id, S.READY).status is S.READY
        assert statuses(shop, order.id)[-2:] == [
            (S.CONFIRMED, S.IN_PRODUCTION),
            (S.IN_PRODUCTION, S.READY),
        ]


def test_no_order_goes_back_to_new_and_a_customer_is_not_even_told_why(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    for role in (Role.BAKER, Role.CASHIER, Role.ADMIN):
        with refused(InvalidTransition, role):
            orders.set_status(shop.uow, shop.user(role), order.id, S.NEW)
    with pytest.raises(PermissionDenied):
        orders.set_status(shop.uow, shop.customer, order.id, S.NEW)


def test_a_status_move_keeps_its_reason_up_to_500_characters_on_several_lines(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later())
    before = snapshot(shop.uow)
    with pytest.raises(InvalidInput, match="too long"):
        orders.set_status(shop.uow, shop.baker, order.id, S.IN_PRODUCTION, "я" * 501)
    with pytest.raises(InvalidInput, match="Unknown"):
        orders.set_status(shop.uow, shop.baker, 0, S.IN_PRODUCTION)
    assert snapshot(shop.uow) == before
    orders.set_status(shop.uow, shop.baker, order.id, S.IN_PRODUCTION, " в печи\nс 9 утра ")
    orders.set_status(shop.uow, shop.baker, order.id, S.READY, "я" * 500)
    history = orders.order_detail(shop.uow, shop.baker, order.id).history
    assert [(h.to_status, h.reason, h.changed_by) for h in history[-2:]] == [
        (S.IN_PRODUCTION, "в печи\nс 9 утра", "Demo baker"),
        (S.READY, "я" * 500, "Demo baker"),
    ]


# ---------------------------------------------------------------- handing out


def ready_praga(shop, **values):
    """A phone order of a Прага, baked and ready for pickup."""
    order = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later(), **values)
    orders.set_status(shop.uow, shop.baker, order.id, S.IN_PRODUCTION)
    orders.set_status(shop.uow, shop.baker, order.id, S.READY)
    return order


def test_handing_out_records_who_took_the_balance_and_keeps_how_the_deposit_was_paid(shop):
    order = ready_praga(shop, paid_amount=Decimal("2399.99"))
    with pytest.raises(InvalidInput, match="balance of 0.01"):
        orders.hand_out(shop.uow, shop.admin, order.id)
    with pytest.raises(InvalidInput, match="Unknown payment method"):
        orders.hand_out(shop.uow, shop.admin, order.id, "cheque")
    done = orders.hand_out(shop.uow, shop.admin, order.id, "cash")
    assert (done.status, done.paid_amount, done.payment_method) == (
        S.COMPLETED,
        Decimal("2400.00"),
        PaymentMethod.CARD,  # the deposit's
    )
    detail = orders.order_detail(shop.uow, shop.admin, order.id)
    assert [(p.kind, p.amount, p.method, p.taken_by) for p in detail.payments] == [
        (PaymentKind.DEPOSIT, Decimal("2399.99"), PaymentMethod.CARD, "Demo cashier"),
        (PaymentKind.BALANCE, Decimal("0.01"), PaymentMethod.CASH, "Demo admin"),
    ]
    # taken now: the shift report of today counts it
    assert abs(detail.payments[-1].taken_at - datetime.now()) < timedelta(minutes=5)
    assert (detail.history[-1].to_status, detail.history[-1].changed_by) == (
        S.COMPLETED,
        "Demo admin",
    )


def test_an_unpaid_order_is_paid_at_pickup_by_the_method_chosen_there(shop):
    policy_service.save_shop_policy(shop.uow, shop.admin, ShopPolicy(min_deposit_percent=0))
    order = ready_praga(shop, paid_amount=Decimal("0"), payment_method=None)
    assert order.payment_method is None
    done = orders.hand_out(shop.uow, shop.cashier, order.id, PaymentMethod.CARD)
    assert (done.paid_amount, done.balance, done.payment_method) == (
        Decimal("2400.00"),
        Decimal("0.00"),
        PaymentMethod.CARD,
    )


def test_only_staff_hand_orders_out(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    before = snapshot(shop.uow)
    for role in (Role.BAKER, Role.CUSTOMER):
        with refused(PermissionDenied, role):
            orders.hand_out(shop.uow, shop.user(role), order.id)
    assert snapshot(shop.uow) == before


# ---------------------------------------------------------------- cancelling


def test_bakers_do_not_cancel_and_staff_reasons_are_kept_whole(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.medovik: 1})
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied):
        orders.cancel_order(shop.uow, shop.baker, order.id, "упал")
    with pytest.raises(InvalidInput, match="too long"):
        orders.cancel_order(shop.uow, shop.cashier, order.id, "я" * 501)
    assert snapshot(shop.uow) == before
    reason = "торт упал\n" + "я" * 490
    orders.cancel_order(shop.uow, shop.cashier, order.id, reason)
    history = orders.order_detail(shop.uow, shop.cashier, order.id).history
    assert (history[-1].to_status, history[-1].reason) == (S.CANCELLED, reason)


def test_a_customer_may_say_why_they_cancel(shop):
    order = buy(shop.uow, shop.customer, {shop.medovik: 1})
    orders.cancel_order(shop.uow, shop.customer, order.id, " уезжаю ")
    history = orders.order_detail(shop.uow, shop.customer, order.id).history
    assert history[-1].reason == "уезжаю"


def test_cancelling_skips_a_line_whose_cake_is_gone_and_undoes_the_others(shop):
    order = cashier_sale(
        shop.uow, shop.cashier, {shop.medovik: 1, shop.napoleon: 2, shop.praga: 1}, due_at=later()
    )
    with shop.uow.engine.begin() as connection:  # the cake's row was deleted since
        connection.exec_driver_sql(
            f"UPDATE order_items SET cake_id = NULL WHERE cake_id = {shop.medovik}"
        )
    orders.cancel_order(shop.uow, shop.cashier, order.id, "закрываемся")
    assert (stock(shop.uow, shop.medovik), stock(shop.uow, shop.napoleon)) == (2, 10)
    assert scalar(shop.uow, "SELECT booked FROM production_days") == 0
    assert rows(
        shop.uow, "SELECT cake_id, quantity FROM stock_movements WHERE kind = 'cancellation'"
    ) == [(shop.napoleon, 2)]


def test_cancelling_stops_the_tasks_still_to_bake_and_leaves_the_baked_ones(shop):
    cake = add_cake(
        shop.uow,
        sku="4800100",
        name="Эстерхази",
        category_id=shop.category_id,
        price=Decimal("1800.00"),
        weight_grams=900,
        made_to_order=True,
        lead_time_hours=24,
    )
    order = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1, cake: 2}, due_at=later())
    tasks = rows(shop.uow, "SELECT id, version FROM production_tasks ORDER BY id")
    (first, first_version), (second, second_version) = tasks
    production.start_task(shop.uow, shop.baker, first, first_version)
    production.finish_task(shop.uow, shop.baker, first, first_version + 1)
    production.start_task(shop.uow, shop.baker, second, second_version)
    orders.cancel_order(shop.uow, shop.admin, order.id, "заказчик не приедет")
    assert rows(shop.uow, "SELECT id, status FROM production_tasks ORDER BY id") == [
        (first, "done"),
        (second, "cancelled"),
    ]


# ---------------------------------------------------------------- what a search takes


def test_a_search_refuses_what_it_cannot_take_and_takes_its_limits(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    for bad in (
        {"limit": 501},
        {"limit": 0},
        {"status": "eaten"},
        {"date_from": "2026-01-01"},
        {"date_to": 20260101},
        {"number": "1" * 21},
        {"phone": "1" * 33},
    ):
        with refused(InvalidInput, bad):
            find(shop, shop.cashier, **bad)
    with pytest.raises(InvalidInput):
        orders.find_orders(shop.uow, shop.cashier, {"number": order.number})
    with pytest.raises(InvalidInput, match="A page holds 1 to 500 orders"):
        find(shop, shop.cashier, limit=501)
    with pytest.raises(InvalidInput, match="Unknown order status 'eaten'"):
        find(shop, shop.cashier, status="eaten")
    assert ids(find(shop, shop.cashier, limit=500, number="0" * 20, phone="1" * 32)) == []
    assert ids(find(shop, shop.cashier, limit=500, status="ready")) == [order.id]


def test_a_customer_s_history_pages_like_the_list(shop):
    made = [buy(shop.uow, shop.customer, {shop.napoleon: 1}).id for _ in range(3)]
    page = orders.my_orders(shop.uow, shop.customer, offset=1, limit=1)
    assert (ids(page), page.offset, page.has_more) == ([list(reversed(made))[1]], 1, True)
    # staff's own history holds only what they ordered themselves, not the shop's orders
    assert ids(orders.my_orders(shop.uow, shop.cashier)) == []
    with pytest.raises(PermissionDenied):
        orders.my_orders(shop.uow, None)


def test_a_phone_typed_without_a_code_is_read_in_the_shop_s_region(shop):
    with shop.uow:
        shop.uow.settings.put({PHONE_REGION_KEY: "GB"})
        shop.uow.commit()
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, customer_phone="020 7946 0018")
    assert ids(find(shop, shop.cashier, phone="020 7946 0018")) == [order.id]  # +44 20 7946 0018


def test_even_a_rouble_paid_goes_back_on_cancelling_and_needs_refund_rights(shop):
    policy_service.save_shop_policy(
        shop.uow, shop.admin, ShopPolicy(min_deposit_percent=0, cashier_refunds=False)
    )
    whole, part = (
        cashier_sale(
            shop.uow,
            shop.cashier,
            {shop.praga: 1},
            due_at=later(),
            paid_amount=Decimal("1.00"),
            payment_method=PaymentMethod.CASH,
        )
        for _ in range(2)
    )
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied, match="may cancel an order that is paid"):
        orders.cancel_order(shop.uow, shop.cashier, whole.id, "не берут трубку")
    assert snapshot(shop.uow) == before
    done = orders.cancel_order(shop.uow, shop.admin, whole.id, "не берут трубку")
    assert (done.refunded_amount, done.kept) == (Decimal("1.00"), Decimal("0.00"))
    done = orders.cancel_order(
        shop.uow, shop.admin, part.id, "задаток оставили", refund="0.40", method="card"
    )
    assert (done.refunded_amount, done.kept) == (Decimal("0.40"), Decimal("0.60"))
    refunded = [
        [(p.amount, p.method, p.taken_by) for p in detail.payments if p.kind is PaymentKind.REFUND]
        for detail in (orders.order_detail(shop.uow, shop.admin, o.id) for o in (whole, part))
    ]
    assert refunded == [
        [(Decimal("1.00"), PaymentMethod.CASH, "Demo admin")],
        [(Decimal("0.40"), PaymentMethod.CARD, "Demo admin")],
    ]


def test_an_order_whose_pickup_time_was_cleared_still_cancels(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1, shop.medovik: 1}, due_at=later())
    with shop.uow.engine.begin() as connection:  # emptied in the tables editor
        connection.exec_driver_sql(f"UPDATE orders SET due_at = NULL WHERE id = {order.id}")
    assert orders.cancel_order(shop.uow, shop.cashier, order.id, "x").status is S.CANCELLED
    assert stock(shop.uow, shop.medovik) == 3
    assert rows(shop.uow, "SELECT status FROM production_tasks") == [("cancelled",)]
