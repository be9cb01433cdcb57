"""Closed months rolled up beside the days: every period — the window's presets, odd ranges
across months and years, a single day, today only — equals the raw SQL, and a change to a
past day shows in the next report through its month as well (issue #17)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from cakeshop_desktop.core.repositories.report_summaries import month_end, whole_months
from cakeshop_desktop.core.services import reports
from cakeshop_desktop.core.types.reports import ReportGrain
from cakeshop_desktop.core.uow import UnitOfWork
from cakeshop_desktop.gui.windows.analytics_window import preset_period
from tests.conftest import Shop
from tests.integration.report_data import build_history
from tests.integration.support import (  # noqa: F401 - the autouse fixture
    cashier_sale,
    rows,
    scalar,
)
from tests.integration.test_reports import _check_against_sql

PRESETS = ("today", "week", "month", "last_month", "year")


@pytest.fixture
def year_shop(shop: Shop) -> Shop:
    """Fourteen months of orders up to today (today's orders too)."""
    today = date.today()
    build_history(
        shop.uow,
        [shop.cashier.id, shop.admin.id],
        seed=17,
        count=420,
        first_day=today - timedelta(days=430),
        last_day=today,
    )
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 2})  # at least one order today
    return shop


def _execute(uow: UnitOfWork, sql: str, **params: Any) -> None:
    with uow.engine.begin() as connection:
        connection.execute(text(sql), params)


def _month_marks(uow: UnitOfWork) -> dict[date, bool]:
    return {
        date.fromisoformat(str(month)[:10]): bool(done)
        for month, done in rows(uow, "SELECT month, summarised FROM report_months")
    }


def _closed_months(date_from: date, date_to: date) -> list[date]:
    return [m for m in whole_months(date_from, date_to) if month_end(m) < date.today()]


def _periods(today: date) -> list[tuple[date, date, str | None]]:
    first_of_month = today.replace(day=1)
    quarter_from = (first_of_month - timedelta(days=80)).replace(day=1)
    periods: list[tuple[date, date, str | None]] = [
        (*preset_period(preset, today), None) for preset in PRESETS
    ]
    return periods + [
        (today - timedelta(days=364), today, None),  # the last twelve months
        (quarter_from, first_of_month - timedelta(days=1), None),  # a quarter, by weeks
        (quarter_from, first_of_month - timedelta(days=1), "day"),  # ... and by days
        (date(today.year - 1, 11, 17), date(today.year, 1, 9), None),  # across the year
        (today - timedelta(days=200), today - timedelta(days=20), "month"),
        (today - timedelta(days=400), today - timedelta(days=150), "week"),
        (today - timedelta(days=45), today - timedelta(days=45), None),  # a single day
    ]


def test_every_preset_and_odd_range_equals_the_raw_sql(year_shop: Shop) -> None:
    today = date.today()
    for date_from, date_to, grain in _periods(today):
        report = reports.sales_report(year_shop.uow, year_shop.admin, date_from, date_to, grain)
        assert report.grain is (
            ReportGrain(grain) if grain else reports.auto_grain(date_from, date_to)
        )
        _check_against_sql(year_shop.uow, report, report.grain)
    marks = _month_marks(year_shop.uow)
    year = _closed_months(today - timedelta(days=364), today)
    assert len(year) >= 11
    assert all(marks.get(month) for month in year)  # the year was read from its months
    assert not any(month_end(month) >= today for month in marks)  # never the open month


def test_a_change_to_a_past_day_marks_its_month_and_shows_in_the_next_report(
    year_shop: Shop,
) -> None:
    today = date.today()
    period = (today - timedelta(days=364), today)
    before = reports.sales_report(year_shop.uow, year_shop.admin, *period)
    month = _closed_months(*period)[2]
    (order_id, total), *_ = rows(
        year_shop.uow,
        "SELECT id, total FROM orders WHERE created_at >= :a AND created_at < :b "
        "AND status <> 'cancelled' ORDER BY id LIMIT 1",
        a=f"{month} 00:00:00",
        b=f"{month_end(month) + timedelta(days=1)} 00:00:00",
    )
    _execute(year_shop.uow, "UPDATE orders SET total = total + 1000 WHERE id = :id", id=order_id)
    assert _month_marks(year_shop.uow)[month] is False
    after = reports.sales_report(year_shop.uow, year_shop.admin, *period)
    assert after.revenue == before.revenue + Decimal("1000.00")
    _check_against_sql(year_shop.uow, after, after.grain)
    assert _month_marks(year_shop.uow)[month] is True  # rolled up again
    _execute(year_shop.uow, "DELETE FROM orders WHERE id = :id", id=order_id)
    gone = reports.sales_report(year_shop.uow, year_shop.admin, *period)
    assert gone.revenue == before.revenue - Decimal(str(total)).quantize(Decimal("0.01"))
    _check_against_sql(year_shop.uow, gone, gone.grain)


def test_a_cake_moved_to_another_category_moves_its_sales_in_the_months(
    year_shop: Shop,
) -> None:
    today = date.today()
    period = (today - timedelta(days=364), today)
    before = reports.sales_report(year_shop.uow, year_shop.admin, *period)
    best = before.top_by_revenue[0]
    (other,), *_ = rows(
        year_shop.uow,
        "SELECT id FROM categories WHERE id <> "
        "(SELECT COALESCE(category_id, 0) FROM cakes WHERE id = :id) ORDER BY id",
        id=best.cake_id,
    )
    _execute(
        year_shop.uow,
        "UPDATE cakes SET category_id = :c WHERE id = :id",
        c=other,
        id=best.cake_id,
    )
    assert False in _month_marks(year_shop.uow).values()  # the months it sold in
    after = reports.sales_report(year_shop.uow, year_shop.admin, *period)
    _check_against_sql(year_shop.uow, after, after.grain)
    assert {c.category_id: c.revenue for c in after.categories} != {
        c.category_id: c.revenue for c in before.categories
    }


def test_a_month_with_a_stale_day_is_not_rolled_up(year_shop: Shop) -> None:
    today = date.today()
    period = (today - timedelta(days=364), today)
    reports.summarise_closed_days(year_shop.uow, *period)
    month = _closed_months(*period)[0]
    _execute(
        year_shop.uow,
        "UPDATE orders SET total = total + 1 WHERE created_at >= :a AND created_at < :b",
        a=f"{month} 00:00:00",
        b=f"{month_end(month) + timedelta(days=1)} 00:00:00",
    )
    rolled = reports.roll_up_closed_months(year_shop.uow, *period)
    marks = _month_marks(year_shop.uow)
    assert marks[month] is False
    assert rolled == len(_closed_months(*period)) - 1
    _check_against_sql(
        year_shop.uow,
        reports.sales_report(year_shop.uow, year_shop.admin, *period),
        ReportGrain.MONTH,
    )
