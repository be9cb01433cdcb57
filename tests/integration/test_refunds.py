"""Refunds and returns (issue #15 item 4): a paid order cancelled and cakes brought back give
money back as refund payments; the drawer, the Z report, the analytics and the stock ledger
agree after a mix of sales, cancellations and returns, on SQLite and on MariaDB."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from cakeshop_desktop.core.domain import (
    InvalidInput,
    InvalidTransition,
    MovementKind,
    NotFound,
    OrderStatus,
    PaymentMethod,
    PaymentRefused,
    PermissionDenied,
)
from cakeshop_desktop.core.repositories.report_summaries import month_end
from cakeshop_desktop.core.services import cart, checkout, orders, refunds, reports
from cakeshop_desktop.core.services import policy as policy_service
from cakeshop_desktop.core.services.policy import ShopPolicy
from cakeshop_desktop.core.types.reports import ReportGrain
from tests.conftest import add_cake
from tests.integration.support import later, request, rows, snapshot, stock
from tests.integration.test_reports import _check_against_sql

CASH, CARD = PaymentMethod.CASH, PaymentMethod.CARD
D = Decimal


def set_policy(shop, **changes) -> None:
    policy_service.save_shop_policy(shop.uow, shop.admin, replace(ShopPolicy(), **changes))


def phone_order(shop, actor, cakes, paid, method=CASH, clock=None):
    """An order for pickup later (not handed out), paid `paid` by `method`."""
    for cake_id, quantity in cakes.items():
        cart.add_to_cart(shop.uow, actor, cake_id, quantity)
    return checkout.place_order(
        shop.uow,
        actor,
        request(
            customer_name="Анна",
            customer_phone="+7 900 111-22-33",
            due_at=later() if clock is None else clock() + timedelta(hours=48),
            payment_method=method,
            paid_amount=D(paid),
        ),
        clock=clock,
    )


def sold_now(shop, cakes, method=CASH, clock=None):
    """A showcase sale handed out at once, paid in full."""
    for cake_id, quantity in cakes.items():
        cart.add_to_cart(shop.uow, shop.cashier, cake_id, quantity)
    total = cart.get_cart(shop.uow, shop.cashier).total
    return checkout.place_order(
        shop.uow,
        shop.cashier,
        request(
            customer_name="Покупатель",
            customer_phone="+7 911 111-22-33",
            payment_method=method,
            paid_amount=total,
            hand_out_now=True,
        ),
        clock=clock,
    )


def line_of(shop, order_id, cake_id):
    detail = orders.order_detail(shop.uow, shop.admin, order_id)
    return next(item for item in detail.items if item.cake_id == cake_id)


def refunds_of(shop, order_id):
    return rows(
        shop.uow,
        "SELECT amount, method, taken_by_id FROM payments WHERE order_id = :o AND kind = 'refund'",
        o=order_id,
    )


def ledger_total(shop, cake_id) -> int:
    (total,) = rows(
        shop.uow,
        "SELECT COALESCE(SUM(quantity), 0) FROM stock_movements WHERE cake_id = :c",
        c=cake_id,
    )[0]
    return int(Decimal(str(total)))


# ---------------------------------------------------------------- the whole day agrees


def test_drawer_z_report_analytics_and_ledger_agree_after_a_mixed_day(shop):
    medovik0, napoleon0 = stock(shop.uow, shop.medovik), stock(shop.uow, shop.napoleon)
    a = sold_now(shop, {shop.napoleon: 2}, CASH)  # 1980.00 cash
    b = sold_now(shop, {shop.medovik: 1, shop.napoleon: 1}, CARD)  # 2240.50 card
    c = phone_order(shop, shop.cashier, {shop.praga: 1}, "720.00", CASH)  # deposit kept
    d = phone_order(shop, shop.cashier, {shop.praga: 1}, "1000.00", CARD)  # all back
    e = phone_order(shop, shop.cashier, {shop.medovik: 1}, "1250.50", CASH)  # all back

    kept = orders.cancel_order(shop.uow, shop.cashier, c.id, "передумали", refund=D("0"))
    assert (kept.refunded_amount, kept.kept) == (D("0.00"), D("720.00"))
    orders.cancel_order(shop.uow, shop.cashier, d.id, "заболела")  # None: everything back
    orders.cancel_order(shop.uow, shop.cashier, e.id, "не пришла", refund=D("1250.50"))
    back = refunds.return_cakes(
        shop.uow,
        shop.cashier,
        a.id,
        line_of(shop, a.id, shop.napoleon).id,
        1,
        to_showcase=True,
        reason="не тот торт",
    )
    assert back.refunded_amount == D("990.00")
    refunds.return_cakes(
        shop.uow,
        shop.cashier,
        b.id,
        line_of(shop, b.id, shop.medovik).id,
        1,
        to_showcase=False,
        reason="помят при перевозке",
        method=CARD,
    )

    # the refunds as payments: method, amount, who
    assert refunds_of(shop, c.id) == []
    assert [(D(str(a_)), m) for a_, m, _ in refunds_of(shop, d.id)] == [(D("1000.00"), "card")]
    assert {who for o in (d, e, a, b) for _, _, who in refunds_of(shop, o.id)} == {shop.cashier.id}

    # the Z report: refunds by method and the drawer
    z = reports.shift_report(shop.uow, shop.cashier, shop.cashier.id, date.today())
    by_method = {m.method: (m.taken, m.refunded, m.net) for m in z.by_method}
    assert by_method[CASH] == (D("3950.50"), D("2240.50"), D("1710.00"))
    assert by_method[CARD] == (D("3240.50"), D("2250.50"), D("990.00"))
    assert z.drawer_cash == D("1710.00")
    assert z.refunds == D("4491.00")
    assert z.taken_total == D("2700.00")
    assert z.orders_total == D("1980.00")  # A and B, net of what came back
    assert {(x.number, x.refunded) for x in z.cancellations} == {
        (c.number, D("0.00")),
        (d.number, D("1000.00")),
        (e.number, D("1250.50")),
    }

    # the analytics: revenue net of refunds; the drawer is that plus the deposit kept
    today = date.today()
    report = reports.sales_report(shop.uow, shop.admin, today, today, ReportGrain.DAY)
    assert report.revenue == D("1980.00")  # (1980 - 990) + (2240.50 - 1250.50)
    assert report.orders == 2 and report.cancelled_orders == 3
    assert report.items_sold == 2  # a napoleon kept of A, a napoleon kept of B
    assert report.revenue + kept.kept == z.taken_total
    _check_against_sql(shop.uow, report, ReportGrain.DAY)

    # the ledger explains every stock change
    assert stock(shop.uow, shop.medovik) == medovik0 - 1  # B's went to waste, E's came back
    assert stock(shop.uow, shop.napoleon) == napoleon0 - 2  # 3 sold, 1 returned
    assert stock(shop.uow, shop.medovik) == medovik0 + ledger_total(shop, shop.medovik)
    assert stock(shop.uow, shop.napoleon) == napoleon0 + ledger_total(shop, shop.napoleon)
    kinds = rows(
        shop.uow,
        "SELECT kind, quantity, reason FROM stock_movements WHERE order_id = :o ORDER BY id",
        o=b.id,
    )
    assert [(k, int(D(str(q))), r) for k, q, r in kinds][-2:] == [
        (MovementKind.RETURN.value, 1, "помят при перевозке"),
        (MovementKind.WASTE.value, -1, "помят при перевозке"),
    ]


def test_a_return_on_a_closed_month_shows_in_its_summaries(shop):
    """The day and month roll-ups were built before the refund; the trigger marks them
    stale, so the next report counts the refund."""
    first = (date.today().replace(day=1) - timedelta(days=1)).replace(day=1)
    moment = datetime.combine(first + timedelta(days=9), datetime.min.time()).replace(hour=11)
    sale = sold_now(shop, {shop.napoleon: 3}, CASH, clock=lambda: moment)
    period = (first, month_end(first))
    before = reports.sales_report(shop.uow, shop.admin, *period, ReportGrain.DAY)
    assert before.revenue == D("2970.00")
    assert rows(shop.uow, "SELECT summarised FROM report_months WHERE month = :m", m=first) == [
        (True,)
    ] or rows(shop.uow, "SELECT summarised FROM report_months WHERE month = :m", m=first) == [(1,)]
    refunds.return_cakes(
        shop.uow,
        shop.admin,
        sale.id,
        line_of(shop, sale.id, shop.napoleon).id,
        2,
        to_showcase=True,
        reason="лишние",
        refund=D("1500.00"),
    )
    after = reports.sales_report(shop.uow, shop.admin, *period, ReportGrain.DAY)
    assert after.revenue == D("1470.00")
    assert after.items_sold == 1
    assert [(c.cake_id, c.quantity, c.revenue) for c in after.top_by_quantity] == [
        (shop.napoleon, 1, D("990.00"))
    ]
    _check_against_sql(shop.uow, after, ReportGrain.DAY)


# ---------------------------------------------------------------- how much goes back


def test_cancelling_keeps_at_most_the_deposit_and_never_gives_more_than_was_paid(shop):
    order = phone_order(shop, shop.cashier, {shop.praga: 1}, "1000.00", CARD)
    offer = refunds.cancellation_offer(shop.uow, shop.cashier, order.id)
    assert offer == refunds.RefundOffer(
        order_id=order.id,
        number=order.number,
        held=D("1000.00"),
        smallest=D("0.00"),
        largest=D("1000.00"),
        kept_deposit=D("1000.00"),
        method=CARD,
    )
    before = snapshot(shop.uow)
    with pytest.raises(PaymentRefused, match="At most 1000.00"):
        orders.cancel_order(shop.uow, shop.cashier, order.id, "x", refund=D("1000.01"))
    with pytest.raises(InvalidInput):
        orders.cancel_order(shop.uow, shop.cashier, order.id, "x", refund=D("-1"))
    with pytest.raises(InvalidInput):
        orders.cancel_order(shop.uow, shop.cashier, order.id, "x", refund=D("5.001"))
    with pytest.raises(InvalidInput):
        orders.cancel_order(shop.uow, shop.cashier, order.id, "x", method="cheque")
    assert snapshot(shop.uow) == before
    done = orders.cancel_order(shop.uow, shop.cashier, order.id, "x", refund="400", method=CASH)
    assert (done.refunded_amount, done.kept) == (D("400.00"), D("600.00"))
    assert [(D(str(a)), m) for a, m, _ in refunds_of(shop, order.id)] == [(D("400.00"), "cash")]


def test_a_full_payment_has_no_deposit_to_keep(shop):
    order = phone_order(shop, shop.cashier, {shop.praga: 1}, "2400.00", CARD)
    with pytest.raises(PaymentRefused, match="At least 2400.00"):
        orders.cancel_order(shop.uow, shop.cashier, order.id, "x", refund=D("2000"))
    assert orders.cancel_order(shop.uow, shop.cashier, order.id, "x").refunded_amount == D(
        "2400.00"
    )


def test_when_the_shop_gives_deposits_back_the_whole_deposit_goes_back(shop):
    set_policy(shop, keep_deposit_on_cancel=False)
    order = phone_order(shop, shop.cashier, {shop.praga: 1}, "720.00", CASH)
    offer = refunds.cancellation_offer(shop.uow, shop.cashier, order.id)
    assert (offer.smallest, offer.largest, offer.kept_deposit) == (D("720.00"), D("720.00"), 0)
    before = snapshot(shop.uow)
    with pytest.raises(PaymentRefused, match="At least 720.00"):
        orders.cancel_order(shop.uow, shop.cashier, order.id, "x", refund=D("0"))
    assert snapshot(shop.uow) == before


def test_an_unpaid_order_is_cancelled_without_a_refund(shop):
    order = phone_order(shop, shop.cashier, {shop.praga: 1}, "720.00", CASH)
    set_policy(shop, min_deposit_percent=0)
    unpaid = phone_order(shop, shop.cashier, {shop.praga: 1}, "0", CASH)
    orders.cancel_order(shop.uow, shop.cashier, unpaid.id, "x")
    assert refunds_of(shop, unpaid.id) == [] and refunds_of(shop, order.id) == []


def test_a_return_gives_back_the_cakes_share_after_the_order_discount(shop):
    for cake_id, quantity in {shop.napoleon: 2, shop.medovik: 1}.items():
        cart.add_to_cart(shop.uow, shop.cashier, cake_id, quantity)
    order = checkout.place_order(
        shop.uow,
        shop.cashier,
        request(
            customer_name="Покупатель",
            customer_phone="+7 911 111-22-33",
            payment_method=CASH,
            paid_amount=D("2907.45"),  # 3230.50 less 10 %
            discount_percent=D("10"),
            hand_out_now=True,
        ),
    )
    line = line_of(shop, order.id, shop.napoleon)
    offer = refunds.return_offer(shop.uow, shop.cashier, order.id, line.id, 1)
    assert offer == refunds.RefundOffer(
        order_id=order.id,
        number=order.number,
        held=D("2907.45"),
        smallest=D("0.00"),
        largest=D("891.00"),
        kept_deposit=D("0.00"),
        method=CASH,
        item_id=line.id,
        quantity=1,
    )
    with pytest.raises(PaymentRefused, match="At most 891.00"):
        refunds.return_cakes(
            shop.uow, shop.cashier, order.id, line.id, 1, to_showcase=True, reason="x", refund="990"
        )
    refunds.return_cakes(shop.uow, shop.cashier, order.id, line.id, 1, to_showcase=True, reason="x")
    assert line_of(shop, order.id, shop.napoleon).returned_quantity == 1


def test_no_more_cakes_come_back_than_were_sold_and_nothing_changes_on_refusal(shop):
    order = sold_now(shop, {shop.napoleon: 2})
    line = line_of(shop, order.id, shop.napoleon)
    refunds.return_cakes(shop.uow, shop.cashier, order.id, line.id, 1, to_showcase=True, reason="x")
    before = snapshot(shop.uow)
    for quantity in (2, 0, -1, True, "1", 1.0):
        with pytest.raises(InvalidInput):
            refunds.return_cakes(
                shop.uow, shop.cashier, order.id, line.id, quantity, to_showcase=True, reason="x"
            )
    with pytest.raises(InvalidInput):  # a reason is required
        refunds.return_cakes(
            shop.uow, shop.cashier, order.id, line.id, 1, to_showcase=True, reason=""
        )
    with pytest.raises(NotFound):
        refunds.return_cakes(
            shop.uow, shop.cashier, order.id, 999_999, 1, to_showcase=True, reason="x"
        )
    assert snapshot(shop.uow) == before
    refunds.return_cakes(shop.uow, shop.cashier, order.id, line.id, 1, to_showcase=True, reason="x")
    assert line_of(shop, order.id, shop.napoleon).returned_quantity == 2
    with pytest.raises(InvalidInput, match="Only 0"):
        refunds.return_cakes(
            shop.uow, shop.cashier, order.id, line.id, 1, to_showcase=True, reason="x"
        )


def test_only_handed_out_showcase_lines_come_back(shop):
    waiting = phone_order(shop, shop.cashier, {shop.medovik: 1}, "1250.50")
    line = line_of(shop, waiting.id, shop.medovik)
    with pytest.raises(InvalidTransition, match="handed-out"):
        refunds.return_cakes(
            shop.uow, shop.cashier, waiting.id, line.id, 1, to_showcase=True, reason="x"
        )
    baked = phone_order(shop, shop.cashier, {shop.praga: 1}, "2400.00")
    orders.set_status(shop.uow, shop.baker, baked.id, OrderStatus.IN_PRODUCTION)
    orders.set_status(shop.uow, shop.baker, baked.id, OrderStatus.READY)
    orders.hand_out(shop.uow, shop.cashier, baked.id)
    cake = line_of(shop, baked.id, shop.praga)
    with pytest.raises(InvalidInput, match="showcase"):
        refunds.return_cakes(
            shop.uow, shop.cashier, baked.id, cake.id, 1, to_showcase=False, reason="x"
        )


# ---------------------------------------------------------------- who may give money back


@pytest.mark.parametrize("role", ["baker", "customer"])
def test_bakers_and_customers_never_give_money_back(shop, role):
    order = sold_now(shop, {shop.napoleon: 1})
    line = line_of(shop, order.id, shop.napoleon)
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied):
        refunds.return_cakes(
            shop.uow, getattr(shop, role), order.id, line.id, 1, to_showcase=True, reason="x"
        )
    with pytest.raises(PermissionDenied):
        refunds.return_offer(shop.uow, getattr(shop, role), order.id, line.id, 1)
    assert snapshot(shop.uow) == before


def test_a_cashier_gives_money_back_only_when_the_shop_allows_an_admin_always(shop):
    sale = sold_now(shop, {shop.napoleon: 2})
    paid = phone_order(shop, shop.cashier, {shop.praga: 1}, "720.00")
    line = line_of(shop, sale.id, shop.napoleon)
    set_policy(shop, cashier_refunds=False)
    before = snapshot(shop.uow)
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        refunds.return_cakes(
            shop.uow, shop.cashier, sale.id, line.id, 1, to_showcase=True, reason="x"
        )
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        orders.cancel_order(shop.uow, shop.cashier, paid.id, "x")
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        refunds.cancellation_offer(shop.uow, shop.cashier, paid.id)
    assert snapshot(shop.uow) == before
    refunds.return_cakes(shop.uow, shop.admin, sale.id, line.id, 1, to_showcase=True, reason="x")
    orders.cancel_order(shop.uow, shop.admin, paid.id, "x")
    assert {who for o in (sale, paid) for _, _, who in refunds_of(shop, o.id)} == {shop.admin.id}


def test_the_ledger_says_who_took_cakes_back_and_when(shop):
    order = sold_now(shop, {shop.napoleon: 2, shop.medovik: 1})
    for cake_id, to_showcase in ((shop.napoleon, True), (shop.medovik, False)):
        line = line_of(shop, order.id, cake_id)
        refunds.return_cakes(
            shop.uow, shop.admin, order.id, line.id, 1, to_showcase=to_showcase, reason="брак"
        )
    moved = rows(
        shop.uow,
        "SELECT kind, cake_id, quantity, reason, created_by_id, created_at FROM stock_movements"
        " WHERE order_id = :o AND kind <> 'sale' ORDER BY id",
        o=order.id,
    )
    assert [(k, c, int(D(str(q))), r, by) for k, c, q, r, by, _ in moved] == [
        ("return", shop.napoleon, 1, "брак", shop.admin.id),
        ("return", shop.medovik, 1, "брак", shop.admin.id),
        ("waste", shop.medovik, -1, "брак", shop.admin.id),
    ]
    for *_, at in moved:
        assert abs(datetime.fromisoformat(str(at)) - datetime.now()) < timedelta(minutes=5)


def test_cheap_cakes_come_back_at_their_share_after_the_discount(shop):
    cheap = add_cake(
        shop.uow,
        sku="4800200",
        name="Корзиночка",
        category_id=shop.category_id,
        price=D("0.50"),
        weight_grams=80,
        stock_qty=10,
    )
    cart.add_to_cart(shop.uow, shop.cashier, cheap, 2)
    order = checkout.place_order(
        shop.uow,
        shop.cashier,
        request(
            customer_name="Покупатель",
            payment_method=CASH,
            paid_amount=D("0.90"),  # 1.00 less 10 %
            discount_percent=D("10"),
            hand_out_now=True,
        ),
    )
    line = line_of(shop, order.id, cheap)
    assert refunds.return_offer(shop.uow, shop.cashier, order.id, line.id, 1).largest == D("0.45")


def test_free_cakes_come_back_without_money(shop):
    free = add_cake(
        shop.uow,
        sku="4800201",
        name="Пробник",
        category_id=shop.category_id,
        price=D("0.00"),
        weight_grams=50,
        stock_qty=5,
    )
    cart.add_to_cart(shop.uow, shop.cashier, free, 2)
    order = checkout.place_order(
        shop.uow,
        shop.cashier,
        request(customer_name="Покупатель", paid_amount=D("0"), hand_out_now=True),
    )
    line = line_of(shop, order.id, free)
    assert refunds.return_offer(shop.uow, shop.cashier, order.id, line.id, 2).largest == D("0.00")
    refunds.return_cakes(
        shop.uow, shop.cashier, order.id, line.id, 2, to_showcase=True, reason="не понравился"
    )
    assert refunds_of(shop, order.id) == [] and stock(shop.uow, free) == 5


def test_a_cashier_without_refund_rights_sees_the_offer_of_an_unpaid_order_only(shop):
    set_policy(shop, cashier_refunds=False, min_deposit_percent=0)
    unpaid = phone_order(shop, shop.cashier, {shop.praga: 1}, "0", None)
    offer = refunds.cancellation_offer(shop.uow, shop.cashier, unpaid.id)
    assert (offer.held, offer.smallest, offer.largest) == (D("0.00"), D("0.00"), D("0.00"))
    a_rouble = phone_order(shop, shop.cashier, {shop.praga: 1}, "1.00", CASH)
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        refunds.cancellation_offer(shop.uow, shop.cashier, a_rouble.id)
    assert refunds.cancellation_offer(shop.uow, shop.admin, a_rouble.id).largest == D("1.00")


def test_a_line_whose_cake_is_gone_is_not_taken_back(shop):
    order = sold_now(shop, {shop.napoleon: 1})
    line = line_of(shop, order.id, shop.napoleon)
    with shop.uow.engine.begin() as connection:  # the cake's row was deleted since
        connection.exec_driver_sql(f"UPDATE order_items SET cake_id = NULL WHERE id = {line.id}")
    before = snapshot(shop.uow)
    with pytest.raises(InvalidInput, match="Only showcase cakes"):
        refunds.return_offer(shop.uow, shop.cashier, order.id, line.id, 1)
    with pytest.raises(InvalidInput, match="Only showcase cakes"):
        refunds.return_cakes(
            shop.uow, shop.cashier, order.id, line.id, 1, to_showcase=True, reason="x"
        )
    assert snapshot(shop.uow) == before


def test_a_second_return_is_offered_from_what_the_shop_still_holds(shop):
    order = sold_now(shop, {shop.napoleon: 2}, CASH)  # 1980.00
    line = line_of(shop, order.id, shop.napoleon)
    reason = "не тот торт\n" + "я" * 488  # 500 characters on two lines
    before = snapshot(shop.uow)
    with pytest.raises(InvalidInput, match="too long"):
        refunds.return_cakes(
            shop.uow, shop.cashier, order.id, line.id, 1, to_showcase=True, reason=reason + "я"
        )
    assert snapshot(shop.uow) == before
    refunds.return_cakes(
        shop.uow, shop.cashier, order.id, line.id, 1, to_showcase=True, reason=reason, method=CARD
    )
    assert [(D(str(a)), m) for a, m, _ in refunds_of(shop, order.id)] == [(D("990.00"), "card")]
    assert rows(
        shop.uow,
        "SELECT reason FROM stock_movements WHERE kind = 'return' AND order_id = :o",
        o=order.id,
    ) == [(reason,)]
    offer = refunds.return_offer(shop.uow, shop.cashier, order.id, line.id, 1)
    assert (offer.held, offer.largest) == (D("990.00"), D("990.00"))


def test_an_order_without_a_number_is_offered_under_no_number(shop):
    sale = sold_now(shop, {shop.napoleon: 1})
    paid = phone_order(shop, shop.cashier, {shop.praga: 1}, "720.00")
    with shop.uow.engine.begin() as connection:  # emptied by hand in the tables editor
        connection.exec_driver_sql(
            f"UPDATE orders SET number = NULL WHERE id IN ({sale.id}, {paid.id})"
        )
    line = line_of(shop, sale.id, shop.napoleon)
    assert refunds.return_offer(shop.uow, shop.cashier, sale.id, line.id, 1).number == ""
    assert refunds.cancellation_offer(shop.uow, shop.cashier, paid.id).number == ""
