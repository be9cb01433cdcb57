"""The per-day report summaries: written for the days before the database's today, read by
the sales report instead of a year of orders (issue #6; tables in db/models.py).

Writing a day: its `report_days` row is set `summarised` *first* (locking it), then the
day's rows are built from `orders` and `order_items`. A writer changing that day meanwhile
waits for the lock in its trigger and marks the day stale after, so a summary never hides a
change. Reading: only days marked `summarised` count; the service aggregates the others
(today, stale days) from the orders themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Date,
    Integer,
    Select,
    and_,
    case,
    cast,
    delete,
    func,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.mysql import insert as mysql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import (
    Cake,
    Order,
    OrderItem,
    ReportCake,
    ReportCategory,
    ReportDay,
    ReportHour,
    ReportMonth,
    ReportMonthCake,
    ReportMonthCategory,
    ReportMonthHour,
    ReportMonthReason,
    ReportReason,
)
from cakeshop_desktop.core.domain import OrderStatus
from cakeshop_desktop.core.repositories.reports import (
    CANCELLATION_REASON,
    KEPT_LINE_TOTAL,
    KEPT_QUANTITY,
    NET_TOTAL,
    as_date,
    cancelled_orders_with_reason,
    day_of,
    hour_of,
)
from cakeshop_desktop.core.rules.top_sellers import Sales, merge

NONE_ID = 0  # "no cake" (deleted) and "no category" in the summary keys
DAYS_PER_STATEMENT = 200  # SQLite takes at most 500 parts  # per-day best sellers: one UNION ALL of this many small queries
IDS_PER_STATEMENT = 500


@dataclass(frozen=True, slots=True)
class HourRow:
    day: date
    hour: int
    cancelled: bool
    orders: int
    amount_kop: int


@dataclass(frozen=True, slots=True)
class CategoryRow:
    category_id: int | None
    made_to_order: bool
    quantity: int
    amount_kop: int


def _none_if_zero(value: int) -> int | None:
    return None if value == NONE_ID else value


class ReportSummaryRepository:
    """Writes and reads `report_days`, `report_hours`, `report_cakes`, `report_categories`,
    `report_reasons`."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._sqlite = session.get_bind().dialect.name == "sqlite"

    # ------------------------------------------------------------ the database's clock

    def database_today(self) -> date:
        """Today as the database sees it: the triggers mark days before this one."""
        sql = "SELECT date('now', 'localtime')" if self._sqlite else "SELECT CURRENT_DATE"
        return as_date(self._session.execute(text(sql)).scalar_one())

    # ------------------------------------------------------------ which days are done

    def summarised_days(self, first: date, last: date) -> set[date]:
        rows = self._session.scalars(
            select(ReportDay.day).where(
                ReportDay.day >= first, ReportDay.day <= last, ReportDay.summarised.is_(True)
            )
        )
        return {as_date(day) for day in rows}

    # ------------------------------------------------------------ writing

    def summarise(self, first: date, last: date) -> None:
        """Build the summary rows of the days first..last (the caller commits)."""
        self._mark_summarised(days_between(first, last))
        for table in (ReportHour, ReportCake, ReportCategory, ReportReason):
            self._session.execute(delete(table).where(table.day.between(first, last)))
        start = datetime.combine(first, time.min)
        end = datetime.combine(last + timedelta(days=1), time.min)
        in_period = and_(Order.created_at >= start, Order.created_at < end)
        sold = and_(in_period, Order.status != OrderStatus.CANCELLED)
        day = day_of(Order.created_at, self._sqlite)
        is_cancelled = case((Order.status == OrderStatus.CANCELLED, True), else_=False)
        hour = hour_of(Order.created_at, self._sqlite)
        self._insert(
            ReportHour,
            ("day", "hour", "cancelled", "orders", "amount_kop"),
            select(day, hour, is_cancelled, func.count(), self._kopecks(NET_TOTAL))
            .where(in_period)
            .group_by(day, hour, is_cancelled),
        )
        cake = func.coalesce(OrderItem.cake_id, NONE_ID)
        self._insert(
            ReportCake,
            ("cake_id", "day", "quantity", "amount_kop"),
            select(cake, day, func.sum(KEPT_QUANTITY), self._kopecks(KEPT_LINE_TOTAL))
            .join(Order, Order.id == OrderItem.order_id)
            .where(sold)
            .group_by(cake, day),
        )
        category = func.coalesce(Cake.category_id, NONE_ID)
        self._insert(
            ReportCategory,
            ("day", "category_id", "made_to_order", "quantity", "amount_kop"),
            select(
                day,
                category,
                OrderItem.made_to_order,
                func.sum(KEPT_QUANTITY),
                self._kopecks(KEPT_LINE_TOTAL),
            )
            .select_from(OrderItem)
            .join(Order, Order.id == OrderItem.order_id)
            .outerjoin(Cake, Cake.id == OrderItem.cake_id)
            .where(sold)
            .group_by(day, category, OrderItem.made_to_order),
        )
        self._insert(
            ReportReason,
            ("day", "reason", "orders", "amount_kop"),
            cancelled_orders_with_reason(
                select(day, CANCELLATION_REASON, func.count(Order.id), self._kopecks(Order.total))
            )
            .where(in_period)
            .group_by(day, CANCELLATION_REASON),
        )

    def _mark_summarised(
        self, days: Sequence[date], model: type[Any] = ReportDay, key: str = "day"
    ) -> None:
        rows = [{key: day, "summarised": True} for day in days]
        if self._sqlite:
            self._session.execute(
                sqlite_insert(model)
                .values(rows)
                .on_conflict_do_update(index_elements=[key], set_={"summarised": True})
            )
        else:
            self._session.execute(
                mysql_insert(model).values(rows).on_duplicate_key_update(summarised=True)
            )

    # ------------------------------------------------------------ months

    def summarised_months(self, months: Sequence[date]) -> set[date]:
        if not months:
            return set()
        rows = self._session.scalars(
            select(ReportMonth.month).where(
                ReportMonth.month.in_(list(months)), ReportMonth.summarised.is_(True)
            )
        )
        return {as_date(month) for month in rows}

    def roll_up(self, month: date) -> bool:
        """Build the rollup rows of a closed month from its days' summaries (the caller
        commits); False (and the month left stale) when a day of it is not summarised.

        The month is marked first, locking its row: a writer changing one of its days
        meanwhile marks the day, then waits in the trigger to mark the month stale after.
        A day marked stale before that lock is seen here, and the month is not rolled up.
        """
        first, last = month, month_end(month)
        self._mark_summarised([month], ReportMonth, "month")
        if len(self.summarised_days(first, last)) < (last - first).days + 1:
            self._session.execute(
                update(ReportMonth).where(ReportMonth.month == month).values(summarised=False)
            )
            return False
        for table in (ReportMonthHour, ReportMonthCake, ReportMonthCategory, ReportMonthReason):
            self._session.execute(delete(table).where(table.month == month))
        label = literal(month, type_=Date)
        self._insert(
            ReportMonthHour,
            ("month", "weekday", "hour", "cancelled", "orders", "amount_kop"),
            self._rolled(
                ReportHour,
                first,
                last,
                label,
                self._weekday(ReportHour.day),
                ReportHour.hour,
                ReportHour.cancelled,
                sums=(ReportHour.orders, ReportHour.amount_kop),
            ),
        )
        self._insert(
            ReportMonthCake,
            ("month", "cake_id", "quantity", "amount_kop"),
            self._rolled(
                ReportCake,
                first,
                last,
                label,
                ReportCake.cake_id,
                sums=(ReportCake.quantity, ReportCake.amount_kop),
            ),
        )
        self._insert(
            ReportMonthCategory,
            ("month", "category_id", "made_to_order", "quantity", "amount_kop"),
            self._rolled(
                ReportCategory,
                first,
                last,
                label,
                ReportCategory.category_id,
                ReportCategory.made_to_order,
                sums=(ReportCategory.quantity, ReportCategory.amount_kop),
            ),
        )
        self._insert(
            ReportMonthReason,
            ("month", "reason", "orders", "amount_kop"),
            self._rolled(
                ReportReason,
                first,
                last,
                label,
                ReportReason.reason,
                sums=(ReportReason.orders, ReportReason.amount_kop),
            ),
        )
        return True

    def _rolled(
        self, model: Any, first: date, last: date, label: Any, *keys: Any, sums: tuple[Any, ...]
    ) -> Select[Any]:
        """The day rows of first..last added up by `keys`, the month `label` in front."""
        return (
            select(label, *keys, *(cast(func.sum(column), BigInteger) for column in sums))
            .where(model.day.between(first, last))
            .group_by(*keys)
        )

    def _weekday(self, day: Any) -> ColumnElement[Any]:
        """0 = Monday, as date.weekday()."""
        if self._sqlite:
            return (cast(func.strftime("%w", day), Integer) + 6) % 7
        return func.weekday(day)

    def _kopecks(self, money: Any) -> ColumnElement[Any]:
        """SUM of a money column in whole kopecks: exact on both databases."""
        if self._sqlite:  # each value rounded first: SQLite keeps NUMERIC as a float
            return cast(func.sum(func.round(money * 100)), BigInteger)
        return cast(func.sum(money) * 100, BigInteger)

    def _insert(self, model: type[Any], columns: Iterable[str], query: Select[Any]) -> None:
        table = model.__table__
        self._session.execute(table.insert().from_select(list(columns), query))

    # ------------------------------------------------------------ reading
    #
    # The readers take the days to read (the summarised ones: the service reads them and the
    # rows in one snapshot) and ask for them as ranges of consecutive days.

    def hours(self, days: Sequence[date]) -> list[HourRow]:
        if not days:
            return []
        rows = self._session.execute(
            select(
                ReportHour.day,
                ReportHour.hour,
                ReportHour.cancelled,
                ReportHour.orders,
                ReportHour.amount_kop,
            ).where(_within(ReportHour.day, days))
        )
        return [HourRow(as_date(d), int(h), bool(c), int(n), int(a)) for d, h, c, n, a in rows]

    def categories(self, days: Sequence[date]) -> list[CategoryRow]:
        if not days:
            return []
        return self._categories(ReportCategory, _within(ReportCategory.day, days))

    def _categories(self, model: Any, where: ColumnElement[bool]) -> list[CategoryRow]:
        rows = self._session.execute(
            select(
                model.category_id,
                model.made_to_order,
                func.sum(model.quantity),
                func.sum(model.amount_kop),
            )
            .where(where)
            .group_by(model.category_id, model.made_to_order)
        )
        return [CategoryRow(_none_if_zero(int(c)), bool(m), int(q), int(a)) for c, m, q, a in rows]

    def reasons(self, days: Sequence[date]) -> list[tuple[str, int, int]]:
        """(reason, orders, kopecks) of the cancelled orders created on those days."""
        if not days:
            return []
        return self._reasons(ReportReason, _within(ReportReason.day, days))

    def _reasons(self, model: Any, where: ColumnElement[bool]) -> list[tuple[str, int, int]]:
        rows = self._session.execute(
            select(model.reason, func.sum(model.orders), func.sum(model.amount_kop))
            .where(where)
            .group_by(model.reason)
        )
        return [(reason or "", int(n), int(a)) for reason, n, a in rows]

    def month_orders(self, months: Sequence[date], by: str) -> list[tuple[Any, bool, int, int]]:
        """(key, cancelled, orders, kopecks) of the months' orders by "month", "hour" or
        "weekday": a few dozen rows, added up by the server."""
        key: Any = getattr(ReportMonthHour, by)
        if not months:
            return []
        rows = self._session.execute(
            select(
                key,
                ReportMonthHour.cancelled,
                func.sum(ReportMonthHour.orders),
                func.sum(ReportMonthHour.amount_kop),
            )
            .where(ReportMonthHour.month.in_(list(months)))
            .group_by(key, ReportMonthHour.cancelled)
        )
        return [
            (as_date(k) if by == "month" else int(k), bool(c), int(n), int(a))
            for k, c, n, a in rows
        ]

    def daily_sales(self, days: Sequence[date]) -> list[tuple[date, int, int]]:
        """(day, orders, kopecks) of the orders not cancelled, for a chart by day or week."""
        if not days:
            return []
        rows = self._session.execute(
            select(ReportHour.day, func.sum(ReportHour.orders), func.sum(ReportHour.amount_kop))
            .where(_within(ReportHour.day, days), ReportHour.cancelled.is_(False))
            .group_by(ReportHour.day)
        )
        return [(as_date(d), int(n), int(a)) for d, n, a in rows]

    def month_categories(self, months: Sequence[date]) -> list[CategoryRow]:
        if not months:
            return []
        return self._categories(ReportMonthCategory, _among(ReportMonthCategory.month, months))

    def month_reasons(self, months: Sequence[date]) -> list[tuple[str, int, int]]:
        if not months:
            return []
        return self._reasons(ReportMonthReason, _among(ReportMonthReason.month, months))

    def daily_best(
        self, days: Sequence[date], by_quantity: bool, limit: int
    ) -> dict[date, list[Sales]]:
        """Each day's `limit` best sellers by amount (or quantity), best first; only that
        figure is filled in (the other is 0)."""
        return self._best("report_cakes", "day", days, by_quantity, limit)

    def monthly_best(
        self, months: Sequence[date], by_quantity: bool, limit: int
    ) -> dict[date, list[Sales]]:
        """Each rolled-up month's `limit` best sellers (as daily_best)."""
        return self._best("report_month_cakes", "month", months, by_quantity, limit)

    def _best(
        self, table: str, part: str, days: Sequence[date], by_quantity: bool, limit: int
    ) -> dict[date, list[Sales]]:
        """One UNION ALL of small indexed queries per DAYS_PER_STATEMENT days, written as text:
        SQLAlchemy takes longer to compile a few hundred sub-selects than the server to run them.
        """
        key = "quantity" if by_quantity else "amount_kop"
        found: dict[date, list[Sales]] = {}
        for start in range(0, len(days), DAYS_PER_STATEMENT):
            chunk = days[start : start + DAYS_PER_STATEMENT]
            # day, cake and the key only: the (day, key) index holds them all (InnoDB adds
            # the primary key to it), so no row is read
            sql = " UNION ALL ".join(
                f"SELECT * FROM (SELECT {part}, cake_id, {key} FROM {table} "
                f"WHERE {part} = :d{i} ORDER BY {key} DESC LIMIT {int(limit)}) best{i}"
                for i in range(len(chunk))
            )
            params = {f"d{i}": day for i, day in enumerate(chunk)}
            for day, cake_id, value in self._session.execute(text(sql), params):
                cake = _none_if_zero(int(cake_id))
                sale = Sales(cake, int(value), 0) if by_quantity else Sales(cake, 0, int(value))
                found.setdefault(as_date(day), []).append(sale)
        for rows in found.values():
            rows.sort(key=lambda row: row.quantity if by_quantity else row.amount_kop, reverse=True)
        return found

    def cake_totals(
        self, cake_ids: Iterable[int | None], days: Sequence[date]
    ) -> dict[int | None, Sales]:
        """The given cakes' totals over those days."""
        ids = sorted({NONE_ID if cake_id is None else cake_id for cake_id in cake_ids})
        totals: dict[int | None, Sales] = {}
        for i in range(0, len(ids), IDS_PER_STATEMENT):
            chosen = ReportCake.cake_id.in_(ids[i : i + IDS_PER_STATEMENT])
            totals.update(self._cake_totals(ReportCake, chosen, _within(ReportCake.day, days)))
        return totals

    def all_cake_totals(self, days: Sequence[date]) -> dict[int | None, Sales]:
        """Every cake's totals over those days (the slow, sure way)."""
        return self._cake_totals(ReportCake, literal(True), _within(ReportCake.day, days))

    def month_cake_totals(
        self, cake_ids: Iterable[int | None], months: Sequence[date]
    ) -> dict[int | None, Sales]:
        ids = sorted({NONE_ID if cake_id is None else cake_id for cake_id in cake_ids})
        when = _among(ReportMonthCake.month, months)
        totals: dict[int | None, Sales] = {}
        for i in range(0, len(ids), IDS_PER_STATEMENT):
            chosen = ReportMonthCake.cake_id.in_(ids[i : i + IDS_PER_STATEMENT])
            totals.update(self._cake_totals(ReportMonthCake, chosen, when))
        return totals

    def all_month_cake_totals(self, months: Sequence[date]) -> dict[int | None, Sales]:
        when = _among(ReportMonthCake.month, months)
        return self._cake_totals(ReportMonthCake, literal(True), when)

    def _cake_totals(
        self, model: Any, which: ColumnElement[bool], when: ColumnElement[bool]
    ) -> dict[int | None, Sales]:
        rows = self._session.execute(
            select(
                model.cake_id,
                func.sum(model.quantity),
                cast(func.sum(model.amount_kop), BigInteger),
            )
            .where(which, when)
            .group_by(model.cake_id)
        )
        return {
            _none_if_zero(int(c)): Sales(_none_if_zero(int(c)), int(q), int(a)) for c, q, a in rows
        }


class PeriodSales:
    """The best-seller source of a period made of whole months and single days: a part is
    a day, or a rolled-up month named by its first day. The top-cakes search needs only
    that the parts cover the period once each, so it stays exact over months."""

    def __init__(self, summaries: ReportSummaryRepository, months: Iterable[date]) -> None:
        self._summaries = summaries
        self._months = set(months)

    def _split(self, parts: Sequence[date]) -> tuple[list[date], list[date]]:
        days = [part for part in parts if part not in self._months]
        months = [part for part in parts if part in self._months]
        return days, months

    def daily_best(
        self, days: Sequence[date], by_quantity: bool, limit: int
    ) -> dict[date, list[Sales]]:
        single, months = self._split(days)
        found = self._summaries.daily_best(single, by_quantity, limit)
        found.update(self._summaries.monthly_best(months, by_quantity, limit))
        return found

    def cake_totals(
        self, cake_ids: Iterable[int | None], days: Sequence[date]
    ) -> dict[int | None, Sales]:
        single, months = self._split(days)
        ids = list(cake_ids)
        return merge(
            self._summaries.cake_totals(ids, single) if single else {},
            self._summaries.month_cake_totals(ids, months) if months else {},
        )

    def all_cake_totals(self, days: Sequence[date]) -> dict[int | None, Sales]:
        single, months = self._split(days)
        return merge(
            self._summaries.all_cake_totals(single) if single else {},
            self._summaries.all_month_cake_totals(months) if months else {},
        )


def month_end(month: date) -> date:
    """The last day of the month that `month` falls in."""
    following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def whole_months(first: date, last: date) -> list[date]:
    """The first days of the months lying wholly within first..last."""
    months = []
    month = first if first.day == 1 else month_end(first) + timedelta(days=1)
    while month_end(month) <= last:
        months.append(month)
        month = month_end(month) + timedelta(days=1)
    return months


def days_between(first: date, last: date) -> list[date]:
    """Every day from first to last, both included."""
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def day_ranges(days: Iterable[date], longest: int | None = None) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) ranges, of at most `longest` days when given."""
    ranges: list[tuple[date, date]] = []
    for day in sorted(days):
        if (
            ranges
            and (day - ranges[-1][1]).days == 1
            and (longest is None or (day - ranges[-1][0]).days < longest)
        ):
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


def _within(column: Any, days: Sequence[date]) -> ColumnElement[bool]:
    ranges = day_ranges(days)
    if not ranges:
        return literal(False)
    return or_(*(column.between(first, last) for first, last in ranges))


def _among(column: Any, months: Sequence[date]) -> ColumnElement[bool]:
    return column.in_(list(months)) if months else literal(False)
