"""Sales and shift reports: every figure equals the same aggregate written directly in SQL."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.models import Category, Order, OrderItem, OrderStatusHistory, Payment
from cakeshop_desktop.core.documents.report_html import (
    ReportLabels,
    sales_report_html,
    shift_report_html,
)
from cakeshop_desktop.core.domain import (
    InvalidInput,
    NotFound,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
    PermissionDenied,
    Role,
)
from cakeshop_desktop.core.pricing import round_money
from cakeshop_desktop.core.services import accounts, orders, reports
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.types.reports import ReadFrom, ReportGrain, ReportSource, SalesReport
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import PASSWORD, Shop, add_cake
from tests.integration.report_data import build_history
from tests.integration.support import (  # noqa: F401 - the autouse fixture
    buy,
    cashier_sale,
    later,
    rows,
)

MARCH = (date(2024, 3, 1), date(2024, 3, 31))


def _money(value: Any) -> Decimal:
    return round_money(value)


def _bounds(date_from: date, date_to: date) -> dict[str, str]:
    start = datetime.combine(date_from, datetime.min.time())
    end = start + timedelta(days=(date_to - date_from).days + 1)
    return {"a": f"{start:%Y-%m-%d %H:%M:%S.%f}", "b": f"{end:%Y-%m-%d %H:%M:%S.%f}"}


def _sql(uow: UnitOfWork) -> dict[str, str]:
    """The dialect's spelling of day, hour, weekday (0 = Sunday), week start and month."""
    if uow.dialect == "sqlite":
        return {
            "day": "date(created_at)",
            "hour": "CAST(strftime('%H', created_at) AS INTEGER)",
            "dow": "CAST(strftime('%w', created_at) AS INTEGER)",
            "week": "date(created_at, 'weekday 0', '-6 days')",
            "month": "strftime('%Y-%m-01', created_at)",
        }
    return {
        "day": "DATE(created_at)",
        "hour": "HOUR(created_at)",
        "dow": "DAYOFWEEK(created_at) - 1",
        "week": "DATE_SUB(DATE(created_at), INTERVAL WEEKDAY(created_at) DAY)",
        "month": "DATE_FORMAT(created_at, '%Y-%m-01')",
    }


def _as_date(value: Any) -> date:
    return date.fromisoformat(str(value)[:10])


@pytest.fixture
def history(shop: Shop) -> Shop:
    build_history(shop.uow, [shop.cashier.id, shop.admin.id])
    return shop


def _check_against_sql(uow: UnitOfWork, report: SalesReport, grain: ReportGrain) -> None:
    """Every figure of the report against plain SQL over the orders: revenue net of refunds,
    cakes net of returns (REVENUE_DEFINITION)."""
    period = _bounds(report.date_from, report.date_to)
    sql = _sql(uow)
    sold = "FROM orders WHERE created_at >= :a AND created_at < :b AND status <> 'cancelled'"

    revenue, count, average = rows(
        uow,
        f"SELECT SUM(total - refunded_amount), COUNT(*), AVG(total - refunded_amount) {sold}",
        **period,
    )[0]
    assert report.revenue == _money(revenue)
    assert report.orders == count
    assert report.average_check == (_money(average) if count else Decimal("0.00"))

    # the series: every bucket of the period, with zero where nothing sold
    bucket = sql[grain.value]
    by_bucket = {
        _as_date(key): (n, _money(amount))
        for key, n, amount in rows(
            uow,
            f"SELECT {bucket}, COUNT(*), SUM(total - refunded_amount) {sold} GROUP BY {bucket}",
            **period,
        )
    }
    series = {
        reports.bucket_start(point.start, grain): (point.orders, point.revenue)
        for point in report.revenue_series
    }
    assert {k: v for k, v in series.items() if v[0]} == by_bucket
    assert report.revenue_series[0].start == report.date_from
    assert report.revenue_series[-1].end == report.date_to
    assert sum((p.revenue for p in report.revenue_series), Decimal(0)) == report.revenue

    hours = {
        h: (n, _money(a))
        for h, n, a in rows(
            uow,
            f"SELECT {sql['hour']}, COUNT(*), SUM(total - refunded_amount) {sold} GROUP BY {sql['hour']}",
            **period,
        )
    }
    assert {s.slot: (s.orders, s.revenue) for s in report.by_hour if s.orders} == hours
    assert len(report.by_hour) == 24

    weekdays = {
        (int(d) + 6) % 7: (n, _money(a))  # Sunday 0 -> Monday first
        for d, n, a in rows(
            uow,
            f"SELECT {sql['dow']}, COUNT(*), SUM(total - refunded_amount) {sold} GROUP BY {sql['dow']}",
            **period,
        )
    }
    assert {s.slot: (s.orders, s.revenue) for s in report.by_weekday if s.orders} == weekdays
    assert len(report.by_weekday) == 7

    items = (
        "FROM order_items i JOIN orders o ON o.id = i.order_id "
        "WHERE o.created_at >= :a AND o.created_at < :b AND o.status <> 'cancelled'"
    )
    top_revenue = rows(
        uow,
        "SELECT i.cake_id, c.name, SUM(i.quantity - i.returned_quantity) q, SUM(i.line_total - i.unit_price * i.returned_quantity) r "
        f"{items.replace('WHERE', 'JOIN cakes c ON c.id = i.cake_id WHERE')} "
        "GROUP BY i.cake_id, c.name ORDER BY r DESC, q DESC, i.cake_id LIMIT 10",
        **period,
    )
    assert [(c.cake_id, c.name, c.quantity, c.revenue) for c in report.top_by_revenue] == [
        (cake_id, name, int(q), _money(r)) for cake_id, name, q, r in top_revenue
    ]
    top_quantity = rows(
        uow,
        f"SELECT i.cake_id, SUM(i.quantity - i.returned_quantity) q, SUM(i.line_total - i.unit_price * i.returned_quantity) r {items} "
        "GROUP BY i.cake_id ORDER BY q DESC, r DESC, i.cake_id LIMIT 10",
        **period,
    )
    assert [(c.cake_id, c.quantity, c.revenue) for c in report.top_by_quantity] == [
        (cake_id, int(q), _money(r)) for cake_id, q, r in top_quantity
    ]
    categories = rows(
        uow,
        "SELECT c.category_id, g.name, SUM(i.quantity - i.returned_quantity), SUM(i.line_total - i.unit_price * i.returned_quantity) "
        f"{items.replace('WHERE', 'JOIN cakes c ON c.id = i.cake_id LEFT JOIN categories g ON g.id = c.category_id WHERE')} "
        "GROUP BY c.category_id, g.name",
        **period,
    )
    assert {(c.category_id, c.name, c.quantity, c.revenue) for c in report.categories} == {
        (category_id, name or "", int(q), _money(r)) for category_id, name, q, r in categories
    }
    revenues = [c.revenue for c in report.categories]
    assert revenues == sorted(revenues, reverse=True)

    kinds = {
        bool(made): (int(q), _money(r))
        for made, q, r in rows(
            uow,
            f"SELECT i.made_to_order, SUM(i.quantity - i.returned_quantity), SUM(i.line_total - i.unit_price * i.returned_quantity) {items} "
            "GROUP BY i.made_to_order",
            **period,
        )
    }
    assert (report.made_to_order.quantity, report.made_to_order.revenue) == kinds.get(
        True, (0, Decimal("0.00"))
    )
    assert (report.showcase.quantity, report.showcase.revenue) == kinds.get(
        False, (0, Decimal("0.00"))
    )
    assert report.items_sold == sum(q for q, _ in kinds.values())

    cancelled = "FROM orders WHERE created_at >= :a AND created_at < :b AND status = 'cancelled'"
    n, amount = rows(uow, f"SELECT COUNT(*), SUM(total) {cancelled}", **period)[0]
    assert (report.cancelled_orders, report.cancelled_amount) == (n, _money(amount))
    reasons = rows(
        uow,
        "SELECT h.reason, COUNT(*), SUM(o.total) FROM orders o "
        "JOIN order_status_history h ON h.order_id = o.id AND h.to_status = 'cancelled' "
        "WHERE o.created_at >= :a AND o.created_at < :b AND o.status = 'cancelled' "
        "GROUP BY h.reason",
        **period,
    )
    assert {(r.reason, r.orders, r.amount) for r in report.cancellation_reasons} == {
        (reason, count, _money(total)) for reason, count, total in reasons
    }


@pytest.mark.parametrize(
    ("date_from", "date_to", "grain", "expected_grain"),
    [
        (*MARCH, None, ReportGrain.DAY),
        (date(2024, 2, 20), date(2024, 4, 10), ReportGrain.WEEK, ReportGrain.WEEK),
        (date(2024, 1, 15), date(2024, 12, 31), None, ReportGrain.MONTH),
        (date(2024, 3, 13), date(2024, 3, 13), "day", ReportGrain.DAY),
    ],
)
def test_sales_report_equals_sql(
    history: Shop,
    date_from: date,
    date_to: date,
    grain: str | None,
    expected_grain: ReportGrain,
) -> None:
    report = reports.sales_report(history.uow, history.admin, date_from, date_to, grain)
    assert report.grain is expected_grain
    assert report.orders > 0
    _check_against_sql(history.uow, report, expected_grain)


@pytest.fixture
def future_history(shop: Shop) -> Shop:
    """The same kind of history in a year to come: no day of it is over, none is summarised,
    so every figure is read from the orders themselves."""
    build_history(
        shop.uow,
        [shop.cashier.id, shop.admin.id],
        first_day=date(2998, 2, 26),
        last_day=date(2998, 4, 3),
    )
    return shop


@pytest.mark.parametrize(
    ("date_from", "date_to", "grain"),
    [
        (date(2998, 3, 1), date(2998, 3, 31), ReportGrain.DAY),
        (date(2998, 2, 20), date(2998, 4, 10), ReportGrain.WEEK),
        (date(2998, 1, 1), date(2998, 12, 31), ReportGrain.MONTH),
    ],
)
def test_days_not_over_yet_are_read_from_the_orders(
    future_history: Shop, date_from: date, date_to: date, grain: ReportGrain
) -> None:
    report = reports.sales_report(
        future_history.uow, future_history.admin, date_from, date_to, grain
    )
    assert report.orders > 0 and report.cancelled_orders > 0
    _check_against_sql(future_history.uow, report, grain)


def test_month_has_cancellations_and_every_day(history: Shop) -> None:
    report = reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    assert len(report.revenue_series) == 31
    assert [p.start for p in report.revenue_series] == [
        date(2024, 3, 1) + timedelta(days=i) for i in range(31)
    ]
    assert report.cancelled_orders > 0
    assert sum(r.orders for r in report.cancellation_reasons) == report.cancelled_orders
    assert report.made_to_order.quantity > 0 and report.showcase.quantity > 0
    assert any(c.category_id is None for c in report.categories)  # the cake without a shelf
    # cakes and categories add up line totals before discounts; orders after them
    assert report.made_to_order.revenue + report.showcase.revenue == sum(
        (c.revenue for c in report.categories), Decimal(0)
    )
    week = reports.sales_report(history.uow, history.admin, *MARCH, "week")
    assert week.revenue == report.revenue
    assert week.revenue_series[0].start == date(2024, 3, 1)  # clipped to the period
    assert week.revenue_series[0].end == date(2024, 3, 3)  # the Sunday of that week
    month = reports.sales_report(history.uow, history.admin, *MARCH, "month")
    assert len(month.revenue_series) == 1 and month.revenue_series[0].revenue == report.revenue


def test_period_edges_are_whole_days(history: Shop) -> None:
    """An order at 23:59:59 belongs to its day, one at midnight to the next."""
    (first,), (next_one,) = rows(history.uow, "SELECT id FROM orders ORDER BY id LIMIT 2")
    with history.uow:
        order = history.uow.orders.get(first)
        assert order is not None
        order.created_at = datetime(2024, 3, 31, 23, 59, 59, 999000)
        order.status = OrderStatus.COMPLETED
        second = history.uow.orders.get(next_one)
        assert second is not None
        second.created_at = datetime(2024, 4, 1, 0, 0, 0)
        history.uow.commit()
    report = reports.sales_report(history.uow, history.admin, *MARCH, "day")
    _check_against_sql(history.uow, report, ReportGrain.DAY)
    assert report.revenue_series[-1].orders >= 1
    assert report.by_hour[23].orders >= 1


def test_an_empty_period_is_all_zeros(shop: Shop) -> None:
    report = reports.sales_report(shop.uow, shop.admin, date(2030, 1, 1), date(2030, 1, 7))
    assert report.is_empty
    assert report.revenue == Decimal("0.00") and report.average_check == Decimal("0.00")
    assert len(report.revenue_series) == 7
    assert all(p.revenue == 0 and p.orders == 0 for p in report.revenue_series)
    assert report.top_by_revenue == () and report.categories == ()
    assert report.cancellation_reasons == ()
    assert "Sales report" in sales_report_html(report)


@pytest.mark.parametrize("role", [Role.CASHIER, Role.BAKER, Role.CUSTOMER])
def test_only_an_admin_sees_sales(shop: Shop, role: Role) -> None:
    with pytest.raises(PermissionDenied):
        reports.sales_report(shop.uow, shop.user(role), *MARCH)
    with pytest.raises(PermissionDenied):
        reports.sales_report(shop.uow, None, *MARCH)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("date_from", "date_to", "grain"),
    [
        (date(2024, 3, 2), date(2024, 3, 1), None),  # from after to
        (date(1, 1, 1), date(2024, 3, 1), None),
        (date(2024, 3, 1), date(9999, 12, 31), None),
        (date(2000, 1, 1), date(2024, 12, 31), None),  # more than ten years
        ("2024-03-01", date(2024, 3, 1), None),
        (None, date(2024, 3, 1), None),
        (date(2024, 3, 1), 20240301, None),
        (date(2024, 3, 1), date(2024, 3, 31), "hour"),
        (date(2024, 3, 1), date(2024, 3, 31), 7),
    ],
)
def test_bad_periods_are_refused(shop: Shop, date_from: Any, date_to: Any, grain: Any) -> None:
    with pytest.raises(InvalidInput):
        reports.sales_report(shop.uow, shop.admin, date_from, date_to, grain)


def _add_cancelled_order(
    shop: Shop,
    created: datetime,
    total: Decimal,
    reason: str,
    *,
    key: str,
    cancelled_at: datetime,
    customer: tuple[str, str] = ("Покупатель", "+7 900 555-44-33"),
    due_at: datetime | None = None,
) -> None:
    """An unpaid order the cashier made at `created` and cancelled at `cancelled_at` for
    `reason`, in the open unit of work."""
    order = Order(
        customer_name=customer[0],
        customer_phone=customer[1],
        created_by_id=shop.cashier.id,
        status=OrderStatus.CANCELLED,
        due_at=due_at,
        subtotal=total,
        discount=Decimal("0.00"),
        total=total,
        paid_amount=Decimal("0.00"),
        idempotency_key=key,
        created_at=created,
        updated_at=created,
    )
    shop.uow.orders.add(order)
    shop.uow.flush()
    shop.uow.orders.add_history(
        OrderStatusHistory(
            order_id=order.id,
            from_status=OrderStatus.NEW,
            to_status=OrderStatus.CANCELLED,
            changed_by_id=shop.cashier.id,
            changed_at=cancelled_at,
            reason=reason,
        )
    )


def _cancelled_orders(shop: Shop, year: int) -> list[tuple[str, Decimal]]:
    """22 different reasons for 25 cancelled orders in late April and in May of `year`
    (one reason three times, one twice, on different days); the (reason, total) of each."""
    made = []
    with shop.uow:
        for i in range(25):
            number = {22: 5, 23: 5, 24: 17}.get(i, i + 1)
            reason = f"причина {number:02d}"
            total = Decimal(200 - i) + Decimal("0.25")
            day = date(year, 4, 25) + timedelta(days=i)
            created = datetime.combine(day, time(10 + i % 8, 15))
            _add_cancelled_order(
                shop,
                created,
                total,
                reason,
                key=f"reasons-{year}-{i}",
                cancelled_at=created + timedelta(minutes=5),
                customer=(f"Покупатель {i}", f"+7 900 {i:03d}-11-22"),
                due_at=created + timedelta(days=1),
            )
            made.append((reason, total))
        shop.uow.commit()
    return made


@pytest.mark.parametrize("year", [2023, 2998])  # days summarised and a rolled-up May; days to come
def test_the_twenty_most_frequent_cancellation_reasons_and_one_line_for_the_rest(
    shop: Shop, year: int
) -> None:
    made = _cancelled_orders(shop, year)
    report = reports.sales_report(shop.uow, shop.admin, date(year, 4, 20), date(year, 5, 31))
    counts: dict[str, int] = defaultdict(int)
    amounts: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for reason, total in made:
        counts[reason] += 1
        amounts[reason] += total
    ranked = sorted(counts, key=lambda reason: (-counts[reason], reason))
    listed = [(reason, counts[reason], amounts[reason]) for reason in ranked[:20]]
    rest = ranked[20:]
    assert listed[:3] == [
        ("причина 05", 3, amounts["причина 05"]),
        ("причина 17", 2, amounts["причина 17"]),
        ("причина 01", 1, Decimal("200.25")),
    ]
    assert rest == ["причина 21", "причина 22"]
    other = (None, 2, amounts["причина 21"] + amounts["причина 22"])
    assert [(r.reason, r.orders, r.amount) for r in report.cancellation_reasons] == [
        *listed,
        other,
    ]
    assert report.cancelled_orders == 25
    assert report.cancelled_amount == sum((total for _, total in made), Decimal("0.00"))
    assert report.orders == 0 and report.revenue == Decimal("0.00")


def _sale_of(shop: Shop, created: datetime, lines: list[tuple[int | None, str, str, int]]) -> None:
    """One order sold at `created`: (cake id or None for a cake since deleted, name, unit
    price, quantity) per line."""
    with shop.uow:
        items = [
            OrderItem(
                cake_id=cake_id,
                cake_name=name,
                unit_price=Decimal(price),
                quantity=quantity,
                line_total=Decimal(price) * quantity,
                made_to_order=False,
            )
            for cake_id, name, price, quantity in lines
        ]
        total = sum((item.line_total for item in items), Decimal("0.00"))
        order = Order(
            customer_name="Покупатель",
            customer_phone="+7 900 555-44-33",
            created_by_id=shop.cashier.id,
            status=OrderStatus.COMPLETED,
            subtotal=total,
            discount=Decimal("0.00"),
            total=total,
            paid_amount=total,
            idempotency_key=f"sale-{created.isoformat()}",
            created_at=created,
            updated_at=created,
            items=items,
        )
        shop.uow.orders.add(order)
        shop.uow.commit()


@pytest.mark.parametrize("year", [2023, 2998])  # summarised days; days to come
def test_categories_and_cakes_with_equal_sales_come_in_a_fixed_order(shop: Shop, year: int) -> None:
    """Equal revenue: more cakes sold first, then the older category; the cakes on no shelf
    (and those deleted since) after the shelves."""
    with shop.uow:
        shelves = [
            shop.uow.catalog.add_category(Category(name=name)).id
            for name in ("Полка А", "Полка Б", "Полка В")
        ]
        shop.uow.commit()
    a, b, c = (
        add_cake(shop.uow, sku=f"T-{i}", name=name, category_id=shelf, price=Decimal("250.00"))
        for i, (name, shelf) in enumerate(zip(("Торт А", "Торт Б", "Торт В"), shelves, strict=True))
    )
    loose = add_cake(shop.uow, sku="T-9", name="Торт без полки", price=Decimal("250.00"))
    day = datetime(year, 6, 10, 12)
    _sale_of(shop, day, [(a, "Торт А", "500.00", 2), (b, "Торт Б", "250.00", 4)])
    _sale_of(shop, day + timedelta(hours=1), [(c, "Торт В", "250.00", 4)])
    _sale_of(
        shop,
        day + timedelta(hours=2),
        [(loose, "Торт без полки", "250.00", 3), (None, "Снятый торт", "250.00", 1)],
    )
    report = reports.sales_report(shop.uow, shop.admin, date(year, 6, 1), date(year, 6, 20))
    assert [(g.category_id, g.name, g.quantity, g.revenue) for g in report.categories] == [
        (shelves[1], "Полка Б", 4, Decimal("1000.00")),
        (shelves[2], "Полка В", 4, Decimal("1000.00")),
        (None, "", 4, Decimal("1000.00")),
        (shelves[0], "Полка А", 2, Decimal("1000.00")),
    ]
    lines = {(t.cake_id, t.name, t.category, t.quantity, t.revenue) for t in report.top_by_revenue}
    assert lines == {
        (a, "Торт А", "Полка А", 2, Decimal("1000.00")),
        (b, "Торт Б", "Полка Б", 4, Decimal("1000.00")),
        (c, "Торт В", "Полка В", 4, Decimal("1000.00")),
        (loose, "Торт без полки", "", 3, Decimal("750.00")),
        (None, "", "", 1, Decimal("250.00")),
    }
    assert (report.items_sold, report.showcase.quantity, report.made_to_order.quantity) == (
        14,
        14,
        0,
    )
    assert report.revenue == Decimal("4000.00") and report.orders == 3


def test_closed_days_are_summarised_once_and_whole_closed_months_rolled_up(shop: Shop) -> None:
    summarise, roll_up = reports.summarise_closed_days, reports.roll_up_closed_months
    assert summarise(shop.uow, date(2024, 3, 1), date(2024, 3, 20)) == 20  # in 7 + 7 + 6
    assert summarise(shop.uow, date(2024, 3, 1), date(2024, 3, 20)) == 0
    assert summarise(shop.uow, date(2024, 3, 15), date(2024, 3, 25)) == 5  # the 21st to 25th
    assert summarise(shop.uow, date(2998, 1, 1), date(2998, 1, 31)) == 0  # days to come wait
    spring = (date(2024, 2, 1), date(2024, 4, 30))
    assert roll_up(shop.uow, *spring) == 0  # March 26th to 31st and Feb, Apr not summarised
    assert summarise(shop.uow, *spring) == 29 + 6 + 30
    assert roll_up(shop.uow, *spring) == 3
    assert roll_up(shop.uow, *spring) == 0
    assert roll_up(shop.uow, date(2998, 1, 1), date(2998, 3, 31)) == 0


def test_only_days_before_the_databases_today_are_summarised(shop: Shop) -> None:
    def database_today() -> date:
        with shop.uow:
            return shop.uow.report_summaries.database_today()

    def summarised_up_to_yesterday(first: date, last: date) -> tuple[int, set[int]]:
        before = database_today()
        done = reports.summarise_closed_days(shop.uow, first, last)
        # midnight may pass during the call: then either day may have been its today
        return done, {(today - first).days for today in (before, database_today())}

    today = database_today()
    done, expected = summarised_up_to_yesterday(today - timedelta(days=1), today + timedelta(5))
    assert done in expected  # yesterday: not today, not later
    done, expected = summarised_up_to_yesterday(today - timedelta(days=10), today + timedelta(3))
    assert done + 1 in expected  # yesterday was summarised already


def test_days_read_from_the_orders_in_separate_runs_all_count(shop: Shop) -> None:
    """A replica behind the summaries leaves days apart from one another to be read from
    the orders (reports._live_sales gets several runs of days): every run counts."""
    _cancelled_orders(shop, 2998)  # one a day from 2998-04-25 to 2998-05-19
    _sale_of(shop, datetime(2998, 4, 27, 12), [(shop.napoleon, "Наполеон", "990.00", 1)])
    _sale_of(shop, datetime(2998, 5, 12, 12), [(shop.medovik, "Медовик", "1250.50", 2)])
    runs = [(date(2998, 4, 25), date(2998, 4, 30)), (date(2998, 5, 10), date(2998, 5, 19))]
    with shop.uow:
        live = reports._live_sales(shop.uow.reports, runs)  # noqa: SLF001 - the read side alone
    sold = [(b.day, b.orders, _money(b.amount)) for b in live.orders if not b.cancelled]
    assert sorted(sold) == [
        (date(2998, 4, 27), 1, Decimal("990.00")),
        (date(2998, 5, 12), 1, Decimal("2501.00")),
    ]
    assert sum(b.orders for b in live.orders if b.cancelled) == 6 + 10  # none of May 1st-9th
    assert {c: (s.quantity, s.amount_kop) for c, s in live.cakes.items()} == {
        shop.napoleon: (1, 99000),
        shop.medovik: (2, 250100),
    }
    assert sum(n for _, n, _ in live.reasons) == 6 + 10


def test_reports_take_days_of_the_years_2000_to_2999(shop: Shop) -> None:
    for day in (date(2000, 1, 1), date(2999, 12, 31)):
        before = datetime.now()
        report = reports.sales_report(shop.uow, shop.admin, day, day)
        assert (report.date_from, report.date_to) == (day, day)
        assert before <= report.generated_at <= datetime.now()
        assert reports.shift_report(shop.uow, shop.admin, shop.cashier.id, day).day == day
    for bad in (date(1999, 12, 31), date(3000, 1, 1)):
        with pytest.raises(InvalidInput, match="out of range"):
            reports.sales_report(shop.uow, shop.admin, bad, bad)
        with pytest.raises(InvalidInput, match="out of range"):
            reports.shift_report(shop.uow, shop.admin, shop.cashier.id, bad)


def test_cakes_on_no_shelf_come_after_every_shelf_of_equal_sales(shop: Shop) -> None:
    with shop.uow:
        shelf = shop.uow.catalog.add_category(Category(id=1000, name="Полка 1000")).id
        shop.uow.commit()
    shelved = add_cake(shop.uow, sku="T-1", name="Торт А", category_id=shelf, price=Decimal(250))
    loose = add_cake(shop.uow, sku="T-2", name="Торт Б", price=Decimal("250.00"))
    _sale_of(shop, datetime(2998, 6, 10, 12), [(loose, "Торт Б", "250.00", 2)])
    _sale_of(shop, datetime(2998, 6, 10, 13), [(shelved, "Торт А", "250.00", 2)])
    report = reports.sales_report(shop.uow, shop.admin, date(2998, 6, 1), date(2998, 6, 30))
    assert [(g.category_id, g.name) for g in report.categories] == [
        (1000, "Полка 1000"),
        (None, ""),
    ]


def test_a_shelf_deleted_after_its_days_were_summarised_leaves_its_sales_on_no_shelf(
    shop: Shop,
) -> None:
    with shop.uow:
        shelf = shop.uow.catalog.add_category(Category(name="Сезонное")).id
        shop.uow.commit()
    cake = add_cake(shop.uow, sku="T-3", name="Кулич", category_id=shelf, price=Decimal(600))
    _sale_of(shop, datetime(2023, 4, 16, 10), [(cake, "Кулич", "600.00", 3)])
    period = (date(2023, 4, 1), date(2023, 4, 30))
    first = reports.sales_report(shop.uow, shop.admin, *period)
    assert [(g.category_id, g.name, g.quantity) for g in first.categories] == [
        (shelf, "Сезонное", 3)
    ]
    with shop.uow.engine.begin() as connection:
        connection.execute(text("DELETE FROM categories WHERE id = :id"), {"id": shelf})
    again = reports.sales_report(shop.uow, shop.admin, *period)
    # the days that sold its cakes are summarised again (trigger report_categories_delete)
    assert [(g.category_id, g.name, g.quantity, g.revenue) for g in again.categories] == [
        (None, "", 3, Decimal("1800.00"))
    ]


def test_a_datetime_counts_as_its_day(history: Shop) -> None:
    report = reports.sales_report(
        history.uow, history.admin, datetime(2024, 3, 1, 15, 0), datetime(2024, 3, 31, 1, 0)
    )
    assert (report.date_from, report.date_to) == MARCH


def test_auto_grain_and_buckets() -> None:
    assert reports.auto_grain(date(2024, 3, 1), date(2024, 3, 1)) is ReportGrain.DAY
    assert reports.auto_grain(*MARCH) is ReportGrain.DAY
    assert reports.auto_grain(date(2024, 1, 1), date(2024, 4, 30)) is ReportGrain.WEEK
    assert reports.auto_grain(date(2024, 1, 1), date(2024, 12, 31)) is ReportGrain.MONTH
    assert reports.bucket_start(date(2024, 3, 13), ReportGrain.WEEK) == date(2024, 3, 11)
    assert reports.bucket_end(date(2024, 2, 1), ReportGrain.MONTH) == date(2024, 2, 29)


def test_the_chart_is_by_day_up_to_62_days_by_week_up_to_200_then_by_month() -> None:
    start = date(2024, 1, 1)
    for days, grain in ((62, ReportGrain.DAY), (63, ReportGrain.WEEK), (200, ReportGrain.WEEK)):
        assert reports.auto_grain(start, start + timedelta(days=days - 1)) is grain, days
    assert reports.auto_grain(start, start + timedelta(days=200)) is ReportGrain.MONTH
    wednesday = date(2024, 3, 13)
    assert reports.bucket_start(wednesday, ReportGrain.DAY) == wednesday
    assert reports.bucket_end(wednesday, ReportGrain.DAY) == wednesday
    assert reports.bucket_start(wednesday, ReportGrain.MONTH) == date(2024, 3, 1)
    assert reports.bucket_end(date(2024, 3, 11), ReportGrain.WEEK) == date(2024, 3, 17)
    assert reports.bucket_end(date(2024, 12, 1), ReportGrain.MONTH) == date(2024, 12, 31)
    assert reports.period_bounds(wednesday, date(2024, 3, 14)) == (
        datetime(2024, 3, 13),
        datetime(2024, 3, 15),
    )


def test_a_report_covers_ten_years_and_a_bit_at_most(shop: Shop) -> None:
    first = date(2980, 1, 1)
    longest = first + timedelta(days=reports.MAX_PERIOD_DAYS - 1)
    report = reports.sales_report(shop.uow, shop.admin, first, longest, "")
    assert (report.date_from, report.date_to, report.grain) == (first, longest, ReportGrain.MONTH)
    with pytest.raises(InvalidInput, match="at most ten years"):
        reports.sales_report(shop.uow, shop.admin, first, longest + timedelta(days=1))


def test_a_replica_that_does_not_answer_leaves_the_report_to_the_shop_server(
    history: Shop, tmp_path: Path
) -> None:
    gone = UnitOfWork(make_engine(f"sqlite:///{tmp_path / 'no such folder' / 'replica.db'}"))
    report = reports.sales_report(history.uow, history.admin, *MARCH, "day", replica=gone)
    assert report.read_from == ReadFrom(ReportSource.REPLICA_DOWN)
    _check_against_sql(history.uow, report, ReportGrain.DAY)
    plain = reports.sales_report(history.uow, history.admin, *MARCH, "day")
    assert plain.read_from == ReadFrom(ReportSource.SHOP_SERVER)
    assert plain.revenue == report.revenue
    shift = reports.shift_report(
        history.uow, history.admin, history.cashier.id, date(2024, 3, 13), replica=gone
    )
    assert shift.read_from == ReadFrom(ReportSource.REPLICA_DOWN)
    assert (
        0
        < shift.orders_created
        == len(
            rows(
                history.uow,
                "SELECT id FROM orders WHERE created_by_id = :c AND created_at >= :a AND created_at < :b",
                c=history.cashier.id,
                **_bounds(date(2024, 3, 13), date(2024, 3, 13)),
            )
        )
    )


# ---------------------------------------------------------------- shift report


SHIFT_DAY = date(2025, 6, 2)


def _shift_day(shop: Shop) -> tuple[int, int]:
    """A day at the counter: a card sale, a cash deposit later collected, a cancellation;
    made now through the services, then moved onto SHIFT_DAY (a run across midnight stays
    one day).

    Returns the ids of the cancelled order and of the deposit order.
    """
    sale = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 2})
    deposit = buy(
        shop.uow,
        shop.cashier,
        {shop.praga: 1},
        customer_name="Анна",
        customer_phone="+7 911 111-22-33",
        due_at=later(48),
        payment_method=PaymentMethod.CASH,
        paid_amount=Decimal("720.00"),
    )
    orders.set_status(shop.uow, shop.baker, deposit.id, OrderStatus.IN_PRODUCTION)
    orders.set_status(shop.uow, shop.baker, deposit.id, OrderStatus.READY)
    orders.hand_out(shop.uow, shop.cashier, deposit.id, PaymentMethod.TRANSFER)
    doomed = cashier_sale(
        shop.uow, shop.cashier, {shop.medovik: 1}, payment_method=PaymentMethod.CASH
    )
    # paid in full: cancelling gives it all back in cash, a refund payment of the cashier's
    orders.cancel_order(shop.uow, shop.cashier, doomed.id, "Клиент передумал")
    _move_onto(shop.uow, SHIFT_DAY)
    with shop.uow:
        # the day before's payment of the same cashier and the day's of the admin stay out
        shop.uow.orders.add_payment(
            Payment(
                order_id=sale.id,
                amount=Decimal("100.00"),
                method=PaymentMethod.CASH,
                kind=PaymentKind.FULL,
                taken_by_id=shop.cashier.id,
                taken_at=datetime.combine(SHIFT_DAY - timedelta(days=1), time(23, 59, 59)),
            )
        )
        shop.uow.orders.add_payment(
            Payment(
                order_id=sale.id,
                amount=Decimal("55.00"),
                method=PaymentMethod.CASH,
                kind=PaymentKind.FULL,
                taken_by_id=shop.admin.id,
                taken_at=datetime.combine(SHIFT_DAY, time(12)),
            )
        )
        shop.uow.commit()
    return doomed.id, deposit.id


def _move_onto(uow: UnitOfWork, day: date) -> None:
    """Every order, payment and status change keeps its time of day on `day`."""
    with uow:
        session = uow._session  # noqa: SLF001 - test set-up
        for model, columns in (
            (Order, ("created_at", "updated_at")),
            (Payment, ("taken_at",)),
            (OrderStatusHistory, ("changed_at",)),
        ):
            for row in session.scalars(select(model)):
                for column in columns:
                    moment = getattr(row, column)
                    if moment is not None:
                        setattr(row, column, datetime.combine(day, moment.time()))
        uow.commit()


def test_shift_report_equals_sql(shop: Shop) -> None:
    doomed, _ = _shift_day(shop)
    report = reports.shift_report(shop.uow, shop.cashier, shop.cashier.id, SHIFT_DAY)
    period = _bounds(SHIFT_DAY, SHIFT_DAY) | {"c": shop.cashier.id}
    payments = rows(
        shop.uow,
        "SELECT method, kind, COUNT(*), SUM(amount) FROM payments "
        "WHERE taken_by_id = :c AND taken_at >= :a AND taken_at < :b GROUP BY method, kind",
        **period,
    )
    assert {(p.method.value, p.kind.value, p.count, p.amount) for p in report.payments} == {
        (method, kind, n, _money(amount)) for method, kind, n, amount in payments
    }
    kinds: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for _, kind, _, amount in payments:
        kinds[kind] += _money(amount)
    assert report.full_payments == kinds["full"]
    assert report.deposits_taken == kinds["deposit"] == Decimal("720.00")
    assert report.deposits_count == 1
    assert report.balances_collected == kinds["balance"] == Decimal("1680.00")
    assert report.refunds == kinds["refund"]
    assert report.taken_total == sum(kinds.values(), Decimal(0)) - 2 * kinds["refund"]
    cash = next(m for m in report.by_method if m.method is PaymentMethod.CASH)
    assert cash.net == Decimal("720.00") + Decimal("1250.50") - Decimal("1250.50")

    created, total, cancelled = rows(
        shop.uow,
        "SELECT COUNT(*), SUM(CASE WHEN status <> 'cancelled' THEN total END), "
        "SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) FROM orders "
        "WHERE created_by_id = :c AND created_at >= :a AND created_at < :b",
        **period,
    )[0]
    assert (report.orders_created, report.orders_total, report.orders_cancelled_of_created) == (
        created,
        _money(total),
        int(cancelled),
    )
    assert [(c.order_id, c.reason) for c in report.cancellations] == [(doomed, "Клиент передумал")]
    html = shift_report_html(report, ReportLabels())
    assert "Клиент передумал" in html and "1\u00a0680.00" in html


def test_the_shift_report_shows_each_figure_the_cashier_counts(shop: Shop) -> None:
    doomed, _ = _shift_day(shop)
    report = reports.shift_report(shop.uow, shop.admin, shop.cashier.id, SHIFT_DAY)
    assert (report.cashier_id, report.cashier_name, report.day) == (
        shop.cashier.id,
        "Demo cashier",
        SHIFT_DAY,
    )
    cash, card, transfer = PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.TRANSFER
    full, deposit = PaymentKind.FULL, PaymentKind.DEPOSIT
    balance, refund = PaymentKind.BALANCE, PaymentKind.REFUND
    # by method, then kind, as the till's slip lists them
    assert [(p.method, p.kind, p.count, p.amount) for p in report.payments] == [
        (card, full, 1, Decimal("1980.00")),
        (cash, deposit, 1, Decimal("720.00")),
        (cash, full, 1, Decimal("1250.50")),
        (cash, refund, 1, Decimal("1250.50")),
        (transfer, balance, 1, Decimal("1680.00")),
    ]
    assert [(m.method, m.taken, m.refunded) for m in report.by_method] == [
        (cash, Decimal("1970.50"), Decimal("1250.50")),
        (card, Decimal("1980.00"), Decimal("0.00")),
        (transfer, Decimal("1680.00"), Decimal("0.00")),
    ]
    assert (report.full_payments, report.deposits_taken, report.deposits_count) == (
        Decimal("3230.50"),
        Decimal("720.00"),
        1,
    )
    assert (report.balances_collected, report.balances_count, report.refunds) == (
        Decimal("1680.00"),
        1,
        Decimal("1250.50"),
    )
    assert report.taken_total == Decimal("4380.00")  # 1980 + 720 + 1680: the refund is out
    assert (report.orders_created, report.orders_total, report.orders_cancelled_of_created) == (
        3,
        Decimal("4380.00"),
        1,
    )
    (cancelled,) = report.cancellations
    assert (cancelled.order_id, cancelled.number, cancelled.reason) == (
        doomed,
        f"{doomed:06d}",
        "Клиент передумал",
    )
    assert (cancelled.total, cancelled.paid_amount, cancelled.refunded) == (
        Decimal("1250.50"),
        Decimal("1250.50"),
        Decimal("1250.50"),
    )
    assert cancelled.cancelled_at.date() == SHIFT_DAY


def test_the_shift_report_counts_deposits_and_balances_of_every_method(shop: Shop) -> None:
    noon = datetime.combine(SHIFT_DAY, time(12))
    _sale_of(shop, noon, [(shop.napoleon, "Наполеон", "990.00", 1)])
    (order_id,) = rows(shop.uow, "SELECT id FROM orders")[0]
    taken = [
        (PaymentMethod.CASH, PaymentKind.DEPOSIT, "100.00"),
        (PaymentMethod.CARD, PaymentKind.DEPOSIT, "200.00"),
        (PaymentMethod.TRANSFER, PaymentKind.BALANCE, "50.00"),
        (PaymentMethod.CASH, PaymentKind.BALANCE, "70.00"),
        (PaymentMethod.CASH, PaymentKind.BALANCE, "30.00"),
    ]
    with shop.uow:
        for i, (method, kind, amount) in enumerate(taken):
            shop.uow.orders.add_payment(
                Payment(
                    order_id=order_id,
                    amount=Decimal(amount),
                    method=method,
                    kind=kind,
                    taken_by_id=shop.cashier.id,
                    taken_at=noon + timedelta(minutes=i),
                )
            )
        shop.uow.commit()
    before = datetime.now()
    report = reports.shift_report(shop.uow, shop.cashier, shop.cashier.id, SHIFT_DAY)
    assert before <= report.generated_at <= datetime.now()
    assert (report.deposits_taken, report.deposits_count) == (Decimal("300.00"), 2)
    assert (report.balances_collected, report.balances_count) == (Decimal("150.00"), 3)
    assert [(p.method, p.kind, p.count, p.amount) for p in report.payments] == [
        (PaymentMethod.CARD, PaymentKind.DEPOSIT, 1, Decimal("200.00")),
        (PaymentMethod.CASH, PaymentKind.BALANCE, 2, Decimal("100.00")),
        (PaymentMethod.CASH, PaymentKind.DEPOSIT, 1, Decimal("100.00")),
        (PaymentMethod.TRANSFER, PaymentKind.BALANCE, 1, Decimal("50.00")),
    ]
    assert report.read_from == ReadFrom(ReportSource.SHOP_SERVER)


def test_the_shift_report_lists_at_most_500_cancellations(shop: Shop) -> None:
    start = datetime.combine(SHIFT_DAY, time(8))
    with shop.uow:
        for i in range(reports.MAX_CANCELLATIONS_LISTED + 1):
            created = start + timedelta(seconds=i)
            _add_cancelled_order(
                shop,
                created,
                Decimal("10.00"),
                "ошибка",
                key=f"cancelled-{i}",
                cancelled_at=created,
            )
        shop.uow.commit()
    report = reports.shift_report(shop.uow, shop.cashier, shop.cashier.id, SHIFT_DAY)
    assert report.orders_cancelled_of_created == reports.MAX_CANCELLATIONS_LISTED + 1
    assert len(report.cancellations) == reports.MAX_CANCELLATIONS_LISTED


def test_whose_shift_a_cashier_may_open_is_their_account_as_it_is_now(shop: Shop) -> None:
    accounts.update_my_details(shop.uow, shop.cashier, "Мария Кассирова", "+7 900 000-00-02", "")
    (me,) = reports.shift_report_cashiers(shop.uow, shop.cashier)
    assert (me.id, me.full_name) == (shop.cashier.id, "Мария Кассирова")
    # a session that outlived its account: only the cashier as they logged in
    ghost = replace(shop.cashier, id=999_999)
    assert reports.shift_report_cashiers(shop.uow, ghost) == (ghost,)


def test_shift_report_of_an_empty_day(shop: Shop) -> None:
    report = reports.shift_report(shop.uow, shop.admin, shop.cashier.id, date(2024, 1, 1))
    assert report.orders_created == 0 and report.payments == () and report.cancellations == ()
    assert report.taken_total == Decimal("0.00")
    assert all(m.net == 0 for m in report.by_method)


def test_shift_report_permissions(shop: Shop) -> None:
    other = create_user(shop.uow, "cashier2", Role.CASHIER, PASSWORD, full_name="Вторая касса")
    today = date.today()
    assert reports.shift_report(shop.uow, shop.admin, other.id, today).cashier_id == other.id
    assert (
        reports.shift_report(shop.uow, shop.admin, shop.admin.id, today).cashier_id == shop.admin.id
    )
    assert reports.shift_report(shop.uow, shop.cashier, shop.cashier.id, today).day == today
    with pytest.raises(PermissionDenied):
        reports.shift_report(shop.uow, shop.cashier, other.id, today)
    for role in (Role.BAKER, Role.CUSTOMER):
        with pytest.raises(PermissionDenied):
            reports.shift_report(shop.uow, shop.user(role), shop.user(role).id, today)
    with pytest.raises(NotFound):
        reports.shift_report(shop.uow, shop.admin, shop.baker.id, today)
    with pytest.raises(NotFound):
        reports.shift_report(shop.uow, shop.admin, 999_999, today)
    for bad in (0, -1, "1", None, True):
        with pytest.raises(InvalidInput):
            reports.shift_report(shop.uow, shop.admin, bad, today)  # type: ignore[arg-type]
    for day in (None, "today", date(1900, 1, 1)):
        with pytest.raises(InvalidInput):
            reports.shift_report(shop.uow, shop.admin, shop.cashier.id, day)  # type: ignore[arg-type]
    admins_list = reports.shift_report_cashiers(shop.uow, shop.admin)
    assert {u.id for u in admins_list} == {shop.admin.id, shop.cashier.id, other.id}
    assert [u.id for u in reports.shift_report_cashiers(shop.uow, shop.cashier)] == [
        shop.cashier.id
    ]
    with pytest.raises(PermissionDenied):
        reports.shift_report_cashiers(shop.uow, shop.baker)


def test_sales_report_html_escapes_and_shows_figures(history: Shop) -> None:
    report = reports.sales_report(history.uow, history.admin, *MARCH)
    html = sales_report_html(
        report, ReportLabels(), shop_name="<Торты & Co>", chart_src="chart.png"
    )
    assert "&lt;Торты &amp; Co&gt;" in html
    assert '<img src="chart.png"' in html
    assert report.top_by_revenue[0].name in html
    assert "Revenue by day" in html
