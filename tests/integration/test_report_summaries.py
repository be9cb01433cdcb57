"""The report's per-day summaries: past days are read from them, and every change to a past
day — a service, the admin's table editor, SQL typed by hand — shows in the next report."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from cakeshop_desktop.core.domain import OrderStatus
from cakeshop_desktop.core.services import orders, reports
from cakeshop_desktop.core.types.reports import ReportGrain
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import Shop
from tests.integration.report_data import build_history
from tests.integration.support import (  # noqa: F401 - the autouse fixture
    cashier_sale,
    rows,
    scalar,
)
from tests.integration.test_reports import MARCH, _check_against_sql


@pytest.fixture
def history(shop: Shop) -> Shop:
    build_history(shop.uow, [shop.cashier.id, shop.admin.id])
    return shop


def _execute(uow: UnitOfWork, sql: str, **params: Any) -> None:
    """SQL typed by hand, committed: what a careless admin or another tool may do."""
    with uow.engine.begin() as connection:
        connection.execute(text(sql), params)


def _march_order(uow: UnitOfWork) -> tuple[int, Decimal]:
    (order_id, total), *_ = rows(
        uow,
        "SELECT id, total FROM orders WHERE created_at >= '2024-03-10' "
        "AND created_at < '2024-03-20' AND status = 'completed' ORDER BY id LIMIT 1",
    )
    return order_id, Decimal(str(total)).quantize(Decimal("0.01"))


def _summarised(uow: UnitOfWork) -> int:
    return int(scalar(uow, "SELECT COUNT(*) FROM report_days WHERE summarised = 1"))


def test_a_report_summarises_the_past_days_once(history: Shop) -> None:
    first = reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    assert _summarised(history.uow) == 31  # every day of March, empty ones too
    assert reports.summarise_closed_days(history.uow, *MARCH) == 0  # nothing left to do
    again = reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    assert again.revenue == first.revenue and again.top_by_revenue == first.top_by_revenue
    _check_against_sql(history.uow, again, ReportGrain.DAY)


def test_cancelling_an_old_order_shows_in_the_next_report(history: Shop) -> None:
    order_id, total = _march_order(history.uow)
    _execute(history.uow, "UPDATE orders SET status = 'ready' WHERE id = :id", id=order_id)
    before = reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    orders.cancel_order(history.uow, history.cashier, order_id, "ушёл к конкурентам")
    after = reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    assert after.revenue == before.revenue - total
    assert after.cancelled_orders == before.cancelled_orders + 1
    assert "ушёл к конкурентам" in {reason.reason for reason in after.cancellation_reasons}
    _check_against_sql(history.uow, after, ReportGrain.DAY)


def test_sql_typed_by_hand_on_an_old_day_shows_in_the_next_report(history: Shop) -> None:
    reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    order_id, _total = _march_order(history.uow)
    _execute(
        history.uow,
        "UPDATE order_items SET line_total = line_total + 1000, "
        "quantity = quantity + 5 WHERE order_id = :id",
        id=order_id,
    )
    _execute(history.uow, "UPDATE orders SET total = total + 1000 WHERE id = :id", id=order_id)
    _execute(
        history.uow,
        "UPDATE orders SET created_at = '2024-03-02 10:30:00' "
        "WHERE id = (SELECT MAX(id) FROM order_items WHERE order_id <> :id)",
        id=order_id,
    )
    after = reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    _check_against_sql(history.uow, after, ReportGrain.DAY)
    _execute(history.uow, "DELETE FROM orders WHERE id = :id", id=order_id)
    _check_against_sql(
        history.uow,
        reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY),
        ReportGrain.DAY,
    )


def test_a_cake_moved_to_another_category_moves_its_past_sales(history: Shop) -> None:
    before = reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    best = before.top_by_revenue[0]
    assert best.cake_id is not None
    (other,), *_ = rows(
        history.uow,
        "SELECT id FROM categories WHERE id <> "
        "(SELECT COALESCE(category_id, 0) FROM cakes WHERE id = :id) ORDER BY id",
        id=best.cake_id,
    )
    _execute(
        history.uow, "UPDATE cakes SET category_id = :c WHERE id = :id", c=other, id=best.cake_id
    )
    after = reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    _check_against_sql(history.uow, after, ReportGrain.DAY)
    assert {c.category_id: c.revenue for c in after.categories} != {
        c.category_id: c.revenue for c in before.categories
    }


def test_todays_sales_count_and_leave_the_summaries_alone(shop: Shop) -> None:
    today = date.today()
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 2, shop.medovik: 1})
    report = reports.sales_report(shop.uow, shop.admin, today - timedelta(days=6), today)
    assert report.orders == 1 and report.revenue == order.total
    assert [(c.cake_id, c.quantity) for c in report.top_by_quantity] == [
        (shop.napoleon, 2),
        (shop.medovik, 1),
    ]
    # the tills never wait on one summary row: today is not summarised nor marked
    assert scalar(shop.uow, "SELECT COUNT(*) FROM report_days WHERE day >= :d", d=today) == 0
    assert order.status is not OrderStatus.CANCELLED


def test_a_day_changed_while_a_report_runs_is_read_from_the_orders(
    history: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    order_id, _total = _march_order(history.uow)
    _execute(history.uow, "UPDATE orders SET total = total + 77 WHERE id = :id", id=order_id)
    _execute(
        history.uow,
        "UPDATE order_items SET quantity = quantity + 40 WHERE order_id = :id",
        id=order_id,
    )
    # the change lands after this report summarised (here: it summarises nothing at all)
    monkeypatch.setattr(reports, "summarise_closed_days", lambda *_args: 0)
    assert _summarised(history.uow) == 30  # that day is stale
    report = reports.sales_report(history.uow, history.admin, *MARCH, ReportGrain.DAY)
    _check_against_sql(history.uow, report, ReportGrain.DAY)
