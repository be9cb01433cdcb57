"""Sales analytics for the admin and the cashier's shift (Z) report; read-only services.

Revenue is the total of the orders that are not cancelled, dated by `created_at`
(report_types.REVENUE_DEFINITION). Money sums are rounded half-up to kopecks as they
leave the database: SQLite hands SUM() back as a float.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from cakeshop_desktop.core.domain import (
    InvalidInput,
    NotFound,
    PaymentKind,
    PaymentMethod,
    PermissionDenied,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.pricing import round_money
from cakeshop_desktop.core.report_types import (
    ZERO,
    CakeSales,
    CancellationReason,
    CancelledOrder,
    CategorySales,
    KindSales,
    MethodTotal,
    PaymentTotal,
    ReportGrain,
    RevenuePoint,
    SalesReport,
    ShiftReport,
    TimeSlotSales,
)
from cakeshop_desktop.core.repositories.reports import ItemBucket, OrderBucket, ReportRepository
from cakeshop_desktop.core.services import validation
from cakeshop_desktop.core.services.mapping import user_dto
from cakeshop_desktop.core.services.permissions import STAFF, require
from cakeshop_desktop.core.uow import UnitOfWork

ADMINS = frozenset({Role.ADMIN})
FIRST_YEAR, LAST_YEAR = 2000, 2999
MAX_PERIOD_DAYS = 3700  # ten years and a bit: the day buckets stay a few thousand
TOP_CAKES = 10
MAX_REASONS = 20  # the rest of the cancellations are one "other reasons" line
MAX_CANCELLATIONS_LISTED = 500
DAY_GRAIN_UP_TO = 62  # days: two months still read well as daily bars
WEEK_GRAIN_UP_TO = 200


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
) -> SalesReport:
    """Revenue, top cakes, categories, hours, weekdays and cancellations of a period."""
    require(actor, ADMINS, "see sales reports")
    date_from = _day(date_from, "The first day")
    date_to = _day(date_to, "The last day")
    if date_from > date_to:
        raise InvalidInput("The first day of the period is after the last day")
    if (date_to - date_from).days + 1 > MAX_PERIOD_DAYS:
        raise InvalidInput("A report covers at most ten years")
    chosen = _grain(grain) or auto_grain(date_from, date_to)
    start, end = period_bounds(date_from, date_to)
    with uow:
        repo = uow.reports
        orders = repo.order_buckets(start, end)
        items = repo.item_buckets(start, end)
        reasons = repo.cancellation_reasons(start, end, MAX_REASONS)
        categories = _categories(repo, items)
        top_by_revenue, top_by_quantity = _top_cakes(repo, items)
    sold = [bucket for bucket in orders if not bucket.cancelled]
    cancelled = [bucket for bucket in orders if bucket.cancelled]
    revenue = _sum(bucket.amount for bucket in sold)
    order_count = sum(bucket.orders for bucket in sold)
    cancelled_count = sum(bucket.orders for bucket in cancelled)
    cancelled_amount = _sum(bucket.amount for bucket in cancelled)
    return SalesReport(
        date_from=date_from,
        date_to=date_to,
        grain=chosen,
        revenue=revenue,
        orders=order_count,
        average_check=round_money(revenue / order_count) if order_count else ZERO,
        items_sold=sum(item.quantity for item in items),
        revenue_series=_series(sold, date_from, date_to, chosen),
        top_by_revenue=top_by_revenue,
        top_by_quantity=top_by_quantity,
        categories=categories,
        by_hour=_slots(sold, 24, lambda bucket: bucket.hour),
        by_weekday=_slots(sold, 7, lambda bucket: bucket.day.weekday()),
        made_to_order=_kind(items, made_to_order=True),
        showcase=_kind(items, made_to_order=False),
        cancelled_orders=cancelled_count,
        cancelled_amount=cancelled_amount,
        cancellation_reasons=_reasons(reasons, cancelled_count, cancelled_amount),
        generated_at=datetime.now(),
    )


def shift_report_cashiers(uow: UnitOfWork, actor: UserDTO) -> tuple[UserDTO, ...]:
    """Whose shift report the actor may open: everybody taking money for an admin, else self."""
    require(actor, STAFF, "see shift reports")
    with uow:
        repo = uow.reports
        if actor.role is Role.ADMIN:
            return tuple(user_dto(user) for user in repo.staff())
        user = repo.user(actor.id)
        return (user_dto(user),) if user is not None else (actor,)


def shift_report(uow: UnitOfWork, actor: UserDTO, cashier_id: int, day: date) -> ShiftReport:
    """One cashier's day: orders created, payments by method and kind, cancellations."""
    require(actor, STAFF, "see shift reports")
    validation.identifier(cashier_id, "cashier")
    if actor.role is not Role.ADMIN and cashier_id != actor.id:
        raise PermissionDenied("A cashier sees only their own shift report")
    day = _day(day, "The day")
    start, end = period_bounds(day, day)
    with uow:
        repo = uow.reports
        cashier = repo.user(cashier_id)
        if cashier is None or cashier.role not in STAFF:
            raise NotFound("No such cashier")
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
            CancelledOrder(order_id, number, round_money(total), round_money(paid), reason, when)
            for order_id, number, total, paid, reason, when in cancelled
        ),
        generated_at=datetime.now(),
    )


# ---------------------------------------------------------------- helpers


def _day(value: object, what: str) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise InvalidInput(f"{what} must be a date")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidInput(f"{what} is out of range ({FIRST_YEAR}-{LAST_YEAR})")
    return value


def _grain(grain: ReportGrain | str | None) -> ReportGrain | None:
    if grain is None or grain == "":
        return None
    try:
        return ReportGrain(grain)
    except ValueError:
        raise InvalidInput(f"Unknown report grain {str(grain)[:16]!r}") from None


def _sum(amounts: Iterable[Any]) -> Decimal:
    """Kopeck-exact sum: each SQL partial sum is rounded first (SQLite gives floats)."""
    return sum((round_money(amount) for amount in amounts), ZERO)


def _series(
    sold: list[OrderBucket], date_from: date, date_to: date, grain: ReportGrain
) -> tuple[RevenuePoint, ...]:
    orders: dict[date, int] = defaultdict(int)
    revenue: dict[date, Decimal] = defaultdict(lambda: ZERO)
    for bucket in sold:
        key = bucket_start(bucket.day, grain)
        orders[key] += bucket.orders
        revenue[key] += round_money(bucket.amount)
    points = []
    key = bucket_start(date_from, grain)
    while key <= date_to:
        end = bucket_end(key, grain)
        points.append(
            RevenuePoint(max(key, date_from), min(end, date_to), orders[key], revenue[key])
        )
        key = end + timedelta(days=1)
    return tuple(points)


def _slots(
    sold: list[OrderBucket], size: int, slot_of: Callable[[OrderBucket], int]
) -> tuple[TimeSlotSales, ...]:
    orders = [0] * size
    revenue = [ZERO] * size
    for bucket in sold:
        slot = slot_of(bucket)
        orders[slot] += bucket.orders
        revenue[slot] += round_money(bucket.amount)
    return tuple(TimeSlotSales(slot, orders[slot], revenue[slot]) for slot in range(size))


def _kind(items: list[ItemBucket], *, made_to_order: bool) -> KindSales:
    chosen = [item for item in items if item.made_to_order is made_to_order]
    return KindSales(sum(item.quantity for item in chosen), _sum(item.amount for item in chosen))


def _per_cake(items: list[ItemBucket]) -> dict[int | None, tuple[int, Decimal]]:
    totals: dict[int | None, tuple[int, Decimal]] = {}
    for item in items:
        quantity, amount = totals.get(item.cake_id, (0, ZERO))
        totals[item.cake_id] = (quantity + item.quantity, amount + round_money(item.amount))
    return totals


def _top_cakes(
    repo: ReportRepository, items: list[ItemBucket]
) -> tuple[tuple[CakeSales, ...], tuple[CakeSales, ...]]:
    totals = _per_cake(items)

    def cake_order(cake_id: int | None) -> int:
        return cake_id if cake_id is not None else 2**63  # deleted cakes' lines last on a tie

    by_revenue = sorted(totals, key=lambda c: (-totals[c][1], -totals[c][0], cake_order(c)))
    by_quantity = sorted(totals, key=lambda c: (-totals[c][0], -totals[c][1], cake_order(c)))
    top_revenue, top_quantity = by_revenue[:TOP_CAKES], by_quantity[:TOP_CAKES]
    info = repo.cakes([c for c in {*top_revenue, *top_quantity} if c is not None])

    def line(cake_id: int | None) -> CakeSales:
        quantity, amount = totals[cake_id]
        cake = info.get(cake_id) if cake_id is not None else None
        return CakeSales(
            cake_id=cake_id,
            name=cake.name if cake is not None else "",
            category=cake.category if cake is not None else "",
            quantity=quantity,
            revenue=amount,
        )

    return tuple(line(c) for c in top_revenue), tuple(line(c) for c in top_quantity)


def _categories(repo: ReportRepository, items: list[ItemBucket]) -> tuple[CategorySales, ...]:
    category_of = repo.cake_categories() if items else {}
    names = repo.category_names() if items else {}
    quantity: dict[int | None, int] = defaultdict(int)
    revenue: dict[int | None, Decimal] = defaultdict(lambda: ZERO)
    for item in items:
        category = category_of.get(item.cake_id) if item.cake_id is not None else None
        quantity[category] += item.quantity
        revenue[category] += round_money(item.amount)
    ordered = sorted(
        quantity, key=lambda c: (-revenue[c], -quantity[c], c if c is not None else 2**63)
    )
    return tuple(
        CategorySales(c, names.get(c, "") if c is not None else "", quantity[c], revenue[c])
        for c in ordered
    )


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
    "sales_report",
    "shift_report",
    "shift_report_cashiers",
]
