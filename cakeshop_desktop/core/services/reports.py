"""Sales analytics for the admin and the cashier's shift (Z) report; read-only services.

Revenue is the total of the orders that are not cancelled, dated by `created_at`
(core.types.reports.REVENUE_DEFINITION). Money sums are rounded half-up to kopecks as they
leave the database: SQLite hands SUM() back as a float.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from cakeshop_desktop.core.db.replica import replica_state
from cakeshop_desktop.core.domain import (
    InvalidInput,
    NotFound,
    PaymentKind,
    PaymentMethod,
    PermissionDenied,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import round_money
from cakeshop_desktop.core.repositories.report_summaries import (
    CategoryRow,
    HourRow,
    PeriodSales,
    day_ranges,
    days_between,
    month_end,
    whole_months,
)
from cakeshop_desktop.core.repositories.reports import (
    CakeInfo,
    ItemBucket,
    OrderBucket,
    ReportRepository,
)
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import STAFF, require
from cakeshop_desktop.core.rules.top_sellers import Sales, top_sellers
from cakeshop_desktop.core.support.mapping import user_dto
from cakeshop_desktop.core.types.reports import (
    ZERO,
    CakeSales,
    CancellationReason,
    CancelledOrder,
    CategorySales,
    KindSales,
    MethodTotal,
    PaymentTotal,
    ReadFrom,
    ReportGrain,
    RevenuePoint,
    SalesReport,
    ShiftReport,
    TimeSlotSales,
)
from cakeshop_desktop.core.uow import UnitOfWork

ADMINS = frozenset({Role.ADMIN})
FIRST_YEAR, LAST_YEAR = 2000, 2999
MAX_PERIOD_DAYS = 3700  # ten years and a bit: the day buckets stay a few thousand
TOP_CAKES = 10
MAX_REASONS = 20  # the rest of the cancellations are one "other reasons" line
MAX_CANCELLATIONS_LISTED = 500
DAY_GRAIN_UP_TO = 62  # days: two months still read well as daily bars
WEEK_GRAIN_UP_TO = 200
SUMMARY_DAYS_PER_TRANSACTION = 7  # a first report over years of orders commits as it goes,
# each statement over a week of orders: well within the app's statement timeout


def auto_grain(date_from: date, date_to: date) -> ReportGrain:
    """Days for up to two months, weeks up to about half a year, months beyond."""
    days = (date_to - date_from).days + 1
    if days <= DAY_GRAIN_UP_TO:
        return ReportGrain.DAY
    if days <= WEEK_GRAIN_UP_TO:
        return ReportGrain.WEEK
    return ReportGrain.MONTH


def bucket_start(day: date, grain: ReportGrain) -> date:
    """The first day of the day, ISO week (Monday) or month that holds `day`."""
    if grain is ReportGrain.WEEK:
        return day - timedelta(days=day.weekday())
    if grain is ReportGrain.MONTH:
        return day.replace(day=1)
    return day


def bucket_end(start: date, grain: ReportGrain) -> date:
    if grain is ReportGrain.WEEK:
        return start + timedelta(days=6)
    if grain is ReportGrain.MONTH:
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start


def period_bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """[first midnight, midnight after the last day): the half-open range the SQL filters on."""
    return datetime.combine(date_from, time.min), datetime.combine(
        date_to + timedelta(days=1), time.min
    )


def sales_report(
    uow: UnitOfWork,
    actor: UserDTO,
    date_from: date,
    date_to: date,
    grain: ReportGrain | str | None = None,
    replica: UnitOfWork | None = None,
) -> SalesReport:
    """Revenue, top cakes, categories, hours, weekdays and cancellations of a period.

    The day summaries and month rollups are written on the shop server (`uow`); the figures
    are read from the `replica` when one is given and replicating (core/db/replica.py)."""
    require(actor, ADMINS, tr_noop("see sales reports"))
    date_from = _day(date_from, "The first day")
    date_to = _day(date_to, "The last day")
    if date_from > date_to:
        raise InvalidInput(tr_noop("The first day of the period is after the last day"))
    if (date_to - date_from).days + 1 > MAX_PERIOD_DAYS:
        raise InvalidInput(tr_noop("A report covers at most ten years"))
    chosen = _grain(grain) or auto_grain(date_from, date_to)
    summarise_closed_days(uow, date_from, date_to)
    roll_up_closed_months(uow, date_from, date_to)
    reader, read_from = _reader(uow, replica)
    with reader:
        reader.begin_snapshot()
        summaries, repo = reader.report_summaries, reader.reports
        # the coarsest summaries that fit: whole closed months, then days, then the orders
        months = sorted(summaries.summarised_months(whole_months(date_from, date_to)))
        in_months = {day for month in months for day in days_between(month, month_end(month))}
        summarised = sorted(summaries.summarised_days(date_from, date_to) - in_months)
        unsummarised = set(days_between(date_from, date_to)) - in_months - set(summarised)
        live = _live_sales(repo, day_ranges(unsummarised))
        slots = (
            [_live_slot(bucket) for bucket in live.orders]
            + [_day_slot(row) for row in summaries.hours(summarised)]
            + [
                _Slot(month if chosen is ReportGrain.MONTH else None, None, None, c, n, kopecks)
                for month, c, n, kopecks in summaries.month_orders(months, "month")
            ]
            + [
                _Slot(None, None, hour, c, n, kopecks, counts=False)
                for hour, c, n, kopecks in summaries.month_orders(months, "hour")
            ]
            + [
                _Slot(None, weekday, None, c, n, kopecks, counts=False)
                for weekday, c, n, kopecks in summaries.month_orders(months, "weekday")
            ]
        )
        if chosen is not ReportGrain.MONTH:  # a chart by day or week: the months' days
            slots += [
                _Slot(day, None, None, False, n, kopecks, counts=False)
                for day, n, kopecks in summaries.daily_sales(sorted(in_months))
            ]
        category_rows = (
            summaries.categories(summarised) + summaries.month_categories(months) + live.categories
        )
        reasons = _top_reasons(
            summaries.reasons(summarised), summaries.month_reasons(months), live.reasons
        )
        parts = sorted([*summarised, *months])
        source = PeriodSales(summaries, months)
        top_by_revenue, top_by_quantity = (
            top_sellers(source, parts, live.cakes, TOP_CAKES, by_quantity)
            for by_quantity in (False, True)
        )
        cakes = repo.cakes([s.cake_id for s in (*top_by_revenue, *top_by_quantity) if s.cake_id])
        names = repo.category_names() if category_rows else {}
    counted = [slot for slot in slots if slot.counts]  # each order once
    sold = [slot for slot in counted if not slot.cancelled]
    cancelled = [slot for slot in counted if slot.cancelled]
    revenue = _money_of(sum(slot.amount_kop for slot in sold))
    order_count = sum(slot.orders for slot in sold)
    cancelled_count = sum(slot.orders for slot in cancelled)
    cancelled_amount = _money_of(sum(slot.amount_kop for slot in cancelled))
    charted = [slot for slot in slots if slot.day is not None and not slot.cancelled]
    not_cancelled = [slot for slot in slots if not slot.cancelled]
    return SalesReport(
        date_from=date_from,
        date_to=date_to,
        grain=chosen,
        revenue=revenue,
        orders=order_count,
        average_check=round_money(revenue / order_count) if order_count else ZERO,
        items_sold=sum(row.quantity for row in category_rows),
        revenue_series=_series(charted, date_from, date_to, chosen),
        top_by_revenue=tuple(_cake_line(sale, cakes) for sale in top_by_revenue),
        top_by_quantity=tuple(_cake_line(sale, cakes) for sale in top_by_quantity),
        categories=_categories(category_rows, names),
        by_hour=_slots(not_cancelled, 24, lambda slot: slot.hour),
        by_weekday=_slots(not_cancelled, 7, lambda slot: slot.weekday),
        made_to_order=_kind(category_rows, made_to_order=True),
        showcase=_kind(category_rows, made_to_order=False),
        cancelled_orders=cancelled_count,
        cancelled_amount=cancelled_amount,
        cancellation_reasons=_reasons(reasons, cancelled_count, cancelled_amount),
        generated_at=datetime.now(),
        read_from=read_from,
    )


def summarise_closed_days(uow: UnitOfWork, date_from: date, date_to: date) -> int:
    """Write the summaries of the period's days before the database's today that have none
    (or a stale one); a week per transaction. Returns how many days were summarised."""
    done = 0
    with uow:
        summaries = uow.report_summaries
        last = min(date_to, summaries.database_today() - timedelta(days=1))
        if last < date_from:
            return 0
        have = summaries.summarised_days(date_from, last)
        missing = [day for day in days_between(date_from, last) if day not in have]
        for first, final in day_ranges(missing, SUMMARY_DAYS_PER_TRANSACTION):
            summaries.summarise(first, final)
            uow.commit()
            done += (final - first).days + 1
    return done


def roll_up_closed_months(uow: UnitOfWork, date_from: date, date_to: date) -> int:
    """Roll up the period's whole months that are over, have every day summarised and no
    rollup (or a stale one); a month per transaction. Returns how many were rolled up."""
    done = 0
    with uow:
        summaries = uow.report_summaries
        today = summaries.database_today()
        closed = [m for m in whole_months(date_from, date_to) if month_end(m) < today]
        have = summaries.summarised_months(closed)
        for month in (m for m in closed if m not in have):
            if summaries.roll_up(month):
                done += 1
            uow.commit()
    return done


def shift_report_cashiers(uow: UnitOfWork, actor: UserDTO) -> tuple[UserDTO, ...]:
    """Whose shift report the actor may open: everybody taking money for an admin, else self."""
    require(actor, STAFF, tr_noop("see shift reports"))
    with uow:
        repo = uow.reports
        if actor.role is Role.ADMIN:
            return tuple(user_dto(user) for user in repo.staff())
        user = repo.user(actor.id)
        return (user_dto(user),) if user is not None else (actor,)


def shift_report(
    uow: UnitOfWork,
    actor: UserDTO,
    cashier_id: int,
    day: date,
    replica: UnitOfWork | None = None,
) -> ShiftReport:
    """One cashier's day: orders created, payments by method and kind, cancellations; read
    from the `replica` when one is given and replicating (core/db/replica.py)."""
    require(actor, STAFF, tr_noop("see shift reports"))
    validation.identifier(cashier_id, tr_noop("cashier"))
    if actor.role is not Role.ADMIN and cashier_id != actor.id:
        raise PermissionDenied(tr_noop("A cashier sees only their own shift report"))
    day = _day(day, "The day")
    start, end = period_bounds(day, day)
    reader, read_from = _reader(uow, replica)
    with reader:
        repo = reader.reports
        cashier = repo.user(cashier_id)
        if cashier is None or cashier.role not in STAFF:
            raise NotFound(tr_noop("No such cashier"))
        created = repo.orders_created_by(cashier_id, start, end)
        taken = repo.payments_taken_by(cashier_id, start, end)
        cancelled = repo.cancelled_by(cashier_id, start, end, MAX_CANCELLATIONS_LISTED)
        name = cashier.full_name or cashier.username
    payments = tuple(
        PaymentTotal(method, kind, count, round_money(amount))
        for method, kind, count, amount in sorted(taken, key=lambda row: (row[0], row[1]))
    )
    by_kind: dict[PaymentKind, Decimal] = defaultdict(lambda: ZERO)
    counts: dict[PaymentKind, int] = defaultdict(int)
    for payment in payments:
        by_kind[payment.kind] += payment.amount
        counts[payment.kind] += payment.count
    by_method = tuple(
        MethodTotal(
            method,
            taken=sum(
                (
                    p.amount
                    for p in payments
                    if p.method is method and p.kind is not PaymentKind.REFUND
                ),
                ZERO,
            ),
            refunded=sum(
                (p.amount for p in payments if p.method is method and p.kind is PaymentKind.REFUND),
                ZERO,
            ),
        )
        for method in PaymentMethod
    )
    refunds = by_kind[PaymentKind.REFUND]
    return ShiftReport(
        cashier_id=cashier_id,
        cashier_name=name,
        day=day,
        orders_created=sum(count for _, count, _ in created),
        orders_total=_sum(amount for is_cancelled, _, amount in created if not is_cancelled),
        orders_cancelled_of_created=sum(
            count for is_cancelled, count, _ in created if is_cancelled
        ),
        payments=payments,
        by_method=by_method,
        full_payments=by_kind[PaymentKind.FULL],
        deposits_taken=by_kind[PaymentKind.DEPOSIT],
        deposits_count=counts[PaymentKind.DEPOSIT],
        balances_collected=by_kind[PaymentKind.BALANCE],
        balances_count=counts[PaymentKind.BALANCE],
        refunds=refunds,
        taken_total=sum((m.net for m in by_method), ZERO),
        cancellations=tuple(
            CancelledOrder(
                order_id,
                number,
                round_money(total),
                round_money(paid),
                reason,
                when,
                round_money(refunded),
            )
            for order_id, number, total, paid, refunded, reason, when in cancelled
        ),
        generated_at=datetime.now(),
        read_from=read_from,
    )


# ---------------------------------------------------------------- helpers


def _reader(uow: UnitOfWork, replica: UnitOfWork | None) -> tuple[UnitOfWork, ReadFrom]:
    """The unit of work a report reads through: the replica when it answers and
    replicates, else the shop server, and where the figures came from."""
    if replica is None:
        return uow, ReadFrom()
    state = replica_state(replica.engine)
    return (replica, state) if state.on_replica else (uow, state)


def _day(value: object, what: str) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise InvalidInput(tr_noop("{0} must be a date"), what)
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidInput(tr_noop("{0} is out of range ({1}-{2})"), what, FIRST_YEAR, LAST_YEAR)
    return value


def _grain(grain: ReportGrain | str | None) -> ReportGrain | None:
    if grain is None or grain == "":
        return None
    return validation.choice(grain, ReportGrain, tr_noop("report grain"))


def _sum(amounts: Iterable[Any]) -> Decimal:
    """Kopeck-exact sum: each SQL partial sum is rounded first (SQLite gives floats)."""
    return sum((round_money(amount) for amount in amounts), ZERO)


@dataclass(frozen=True, slots=True)
class _Slot:
    """Orders of the period from one source row: live buckets and day summaries fill every
    field; a rolled-up month gives its totals (`counts`), its hours and its weekdays as
    separate rows.

    `day`: where the chart counts them (a day, or a month's first day when the chart is by
    month); None: not charted (a chart by day or week takes the months' days from
    `daily_sales`, rows that only chart). `hour`/`weekday` None: not in that table.
    """

    day: date | None
    weekday: int | None
    hour: int | None
    cancelled: bool
    orders: int
    amount_kop: int
    counts: bool = True  # in the totals


def _live_slot(bucket: OrderBucket) -> _Slot:
    return _Slot(
        bucket.day,
        bucket.day.weekday(),
        bucket.hour,
        bucket.cancelled,
        bucket.orders,
        _kopecks(bucket.amount),
    )


def _day_slot(row: HourRow) -> _Slot:
    return _Slot(row.day, row.day.weekday(), row.hour, row.cancelled, row.orders, row.amount_kop)


def _series(
    charted: list[_Slot], date_from: date, date_to: date, grain: ReportGrain
) -> tuple[RevenuePoint, ...]:
    orders: dict[date, int] = defaultdict(int)
    kopecks: dict[date, int] = defaultdict(int)
    for slot in charted:
        assert slot.day is not None
        key = bucket_start(slot.day, grain)
        orders[key] += slot.orders
        kopecks[key] += slot.amount_kop
    points = []
    key = bucket_start(date_from, grain)
    while key <= date_to:
        end = bucket_end(key, grain)
        points.append(
            RevenuePoint(
                max(key, date_from), min(end, date_to), orders[key], _money_of(kopecks[key])
            )
        )
        key = end + timedelta(days=1)
    return tuple(points)


def _slots(
    sold: list[_Slot], size: int, slot_of: Callable[[_Slot], int | None]
) -> tuple[TimeSlotSales, ...]:
    orders = [0] * size
    kopecks = [0] * size
    for row in sold:
        slot = slot_of(row)
        if slot is None:
            continue
        orders[slot] += row.orders
        kopecks[slot] += row.amount_kop
    return tuple(
        TimeSlotSales(slot, orders[slot], _money_of(kopecks[slot])) for slot in range(size)
    )


@dataclass
class _Live:
    """What the days without a summary (today, stale days) add, read from the orders."""

    orders: list[OrderBucket] = field(default_factory=list)
    categories: list[CategoryRow] = field(default_factory=list)
    cakes: dict[int | None, Sales] = field(default_factory=dict)
    reasons: list[tuple[str, int, int]] = field(default_factory=list)


def _kopecks(amount: Any) -> int:
    return int(round_money(amount) * 100)


def _money_of(kopecks: int) -> Decimal:
    return (Decimal(kopecks) / 100).quantize(Decimal("0.01"))


def _live_sales(repo: ReportRepository, runs: list[tuple[date, date]]) -> _Live:
    live = _Live()
    items: list[ItemBucket] = []
    for first, last in runs:
        start, end = period_bounds(first, last)
        live.orders += repo.order_buckets(start, end)
        items += repo.item_buckets(start, end)
        live.reasons += [
            (reason, n, _kopecks(amount))
            for reason, n, amount in repo.cancellation_reasons(start, end)
        ]
    cakes = repo.cakes([item.cake_id for item in items if item.cake_id is not None])
    by_category: dict[tuple[int | None, bool], tuple[int, int]] = {}
    per_cake: dict[int | None, tuple[int, int]] = {}
    for item in items:
        cake = cakes.get(item.cake_id) if item.cake_id is not None else None
        kopecks = _kopecks(item.amount)
        category = cake.category_id if cake is not None else None
        _add_to(by_category, (category, item.made_to_order), item.quantity, kopecks)
        _add_to(per_cake, item.cake_id, item.quantity, kopecks)
    live.categories = [
        CategoryRow(category, made, quantity, kopecks)
        for (category, made), (quantity, kopecks) in by_category.items()
    ]
    live.cakes = {cake_id: Sales(cake_id, q, k) for cake_id, (q, k) in per_cake.items()}
    return live


def _add_to(totals: dict[Any, tuple[int, int]], key: Any, quantity: int, kopecks: int) -> None:
    quantity_before, kopecks_before = totals.get(key, (0, 0))
    totals[key] = (quantity_before + quantity, kopecks_before + kopecks)


def _kind(rows: list[CategoryRow], *, made_to_order: bool) -> KindSales:
    chosen = [row for row in rows if row.made_to_order is made_to_order]
    return KindSales(
        sum(row.quantity for row in chosen), _money_of(sum(row.amount_kop for row in chosen))
    )


def _cake_line(sale: Sales, cakes: dict[int, CakeInfo]) -> CakeSales:
    cake = cakes.get(sale.cake_id) if sale.cake_id is not None else None
    return CakeSales(
        cake_id=sale.cake_id,
        name=cake.name if cake is not None else "",
        category=cake.category if cake is not None else "",
        quantity=sale.quantity,
        revenue=_money_of(sale.amount_kop),
    )


def _categories(rows: list[CategoryRow], names: dict[int, str]) -> tuple[CategorySales, ...]:
    totals: dict[int | None, tuple[int, int]] = {}
    for row in rows:
        _add_to(totals, row.category_id, row.quantity, row.amount_kop)
    ordered = sorted(
        totals.items(),
        key=lambda item: (-item[1][1], -item[1][0], item[0] if item[0] is not None else 2**63),
    )
    return tuple(
        CategorySales(c, names.get(c, "") if c is not None else "", quantity, _money_of(kopecks))
        for c, (quantity, kopecks) in ordered
    )


def _top_reasons(*parts: list[tuple[str, int, int]]) -> list[tuple[str, int, Decimal]]:
    """The MAX_REASONS most frequent cancellation reasons of summaries and live days."""
    totals: dict[str, tuple[int, int]] = {}
    for part in parts:
        for reason, n, kopecks in part:
            _add_to(totals, reason, n, kopecks)
    ordered = sorted(totals.items(), key=lambda item: (-item[1][0], item[0]))[:MAX_REASONS]
    return [(reason, n, _money_of(kopecks)) for reason, (n, kopecks) in ordered]


def _reasons(
    rows: list[tuple[str, int, Any]], cancelled: int, cancelled_amount: Decimal
) -> tuple[CancellationReason, ...]:
    """The most frequent reasons; whatever the limit left out becomes one `None` line."""
    reasons = [CancellationReason(text, n, round_money(amount)) for text, n, amount in rows]
    listed = sum(reason.orders for reason in reasons)
    if listed < cancelled:
        listed_amount = sum((reason.amount for reason in reasons), ZERO)
        reasons.append(
            CancellationReason(None, cancelled - listed, cancelled_amount - listed_amount)
        )
    return tuple(reasons)


__all__ = [
    "auto_grain",
    "bucket_end",
    "bucket_start",
    "period_bounds",
    "roll_up_closed_months",
    "sales_report",
    "shift_report",
    "shift_report_cashiers",
]
