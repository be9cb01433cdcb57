"""The frozen DTOs of the sales report and the shift (Z) report, and the report grains."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from cakeshop_desktop.core.domain import PaymentKind, PaymentMethod

ZERO = Decimal("0.00")

# Shown in the window, in the PDF and in the README: what "revenue" means in every report.
REVENUE_DEFINITION = (
    "Revenue is the total of the orders that are not cancelled, after discounts and net of "
    "refunds (money given back for returned cakes is taken off), dated by when the order was "
    "created (not by pickup or payment). A deposit kept when an order was cancelled is not "
    "revenue here; the shift report counts it as money taken. "
    "Cake and category figures add up line totals before the order discount, less the cakes "
    "returned."
)


class ReportGrain(enum.StrEnum):
    """How the revenue chart buckets the period."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class RevenuePoint:
    """Revenue of one day, week or month; `start`/`end` are clipped to the period."""

    start: date
    end: date
    orders: int
    revenue: Decimal


@dataclass(frozen=True, slots=True)
class CakeSales:
    """How much of one cake sold; `cake_id` None gathers the lines of deleted cakes."""

    cake_id: int | None
    name: str
    category: str
    quantity: int
    revenue: Decimal


@dataclass(frozen=True, slots=True)
class CategorySales:
    """Sales of one category; `category_id` None is the cakes without a category."""

    category_id: int | None
    name: str
    quantity: int
    revenue: Decimal


@dataclass(frozen=True, slots=True)
class TimeSlotSales:
    """Orders and revenue of one hour of the day (0-23) or one weekday (0 = Monday)."""

    slot: int
    orders: int
    revenue: Decimal


@dataclass(frozen=True, slots=True)
class KindSales:
    """Made-to-order or showcase cakes sold in the period."""

    quantity: int
    revenue: Decimal


@dataclass(frozen=True, slots=True)
class CancellationReason:
    """Cancelled orders sharing one reason: "" when none was recorded, None for all the rest."""

    reason: str | None
    orders: int
    amount: Decimal


class ReportSource(enum.StrEnum):
    """Where a report read its rows."""

    SHOP_SERVER = "shop_server"  # no replica is set up
    REPLICA = "replica"
    REPLICA_DOWN = "replica_down"  # the replica does not answer: read from the shop server
    REPLICA_STOPPED = "replica_stopped"  # it answers but does not replicate (or is no replica)


@dataclass(frozen=True, slots=True)
class ReadFrom:
    """The source of a report's figures and, on a replica, how far behind it was."""

    source: ReportSource = ReportSource.SHOP_SERVER
    lag_seconds: int | None = None  # None: not a replica, or its lag cannot be seen

    @property
    def on_replica(self) -> bool:
        return self.source is ReportSource.REPLICA


@dataclass(frozen=True, slots=True)
class SalesReport:
    """Every figure of the analytics window for one period."""

    date_from: date
    date_to: date
    grain: ReportGrain
    revenue: Decimal
    orders: int
    average_check: Decimal
    items_sold: int
    revenue_series: tuple[RevenuePoint, ...]
    top_by_revenue: tuple[CakeSales, ...]
    top_by_quantity: tuple[CakeSales, ...]
    categories: tuple[CategorySales, ...]
    by_hour: tuple[TimeSlotSales, ...]  # 24 slots, 0..23
    by_weekday: tuple[TimeSlotSales, ...]  # 7 slots, Monday first
    made_to_order: KindSales
    showcase: KindSales
    cancelled_orders: int
    cancelled_amount: Decimal
    cancellation_reasons: tuple[CancellationReason, ...]
    generated_at: datetime
    read_from: ReadFrom = ReadFrom()  # the shop server, or the reporting replica and its lag

    @property
    def is_empty(self) -> bool:
        return self.orders == 0 and self.cancelled_orders == 0


@dataclass(frozen=True, slots=True)
class PaymentTotal:
    """Payments of one method and kind taken by the cashier that day."""

    method: PaymentMethod
    kind: PaymentKind
    count: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class MethodTotal:
    """Money in and out by one payment method; `net` is what should be in that till."""

    method: PaymentMethod
    taken: Decimal
    refunded: Decimal

    @property
    def net(self) -> Decimal:
        return self.taken - self.refunded


@dataclass(frozen=True, slots=True)
class CancelledOrder:
    """An order the cashier cancelled that day."""

    order_id: int
    number: str
    total: Decimal
    paid_amount: Decimal
    reason: str
    cancelled_at: datetime
    refunded: Decimal = ZERO  # given back when it was cancelled (the rest was kept)


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """The Z report of one cashier's day: orders taken, money taken by method and kind."""

    cashier_id: int
    cashier_name: str
    day: date
    orders_created: int
    orders_total: Decimal  # orders created that day and not cancelled
    orders_cancelled_of_created: int
    payments: tuple[PaymentTotal, ...]
    by_method: tuple[MethodTotal, ...]
    full_payments: Decimal
    deposits_taken: Decimal
    deposits_count: int
    balances_collected: Decimal
    balances_count: int
    refunds: Decimal
    taken_total: Decimal  # everything taken minus refunds
    cancellations: tuple[CancelledOrder, ...]
    generated_at: datetime
    read_from: ReadFrom = ReadFrom()  # the shop server, or the reporting replica and its lag

    @property
    def drawer_cash(self) -> Decimal:
        """The cash this cashier's drawer should hold from the day: taken less given back."""
        return sum((m.net for m in self.by_method if m.method is PaymentMethod.CASH), ZERO)
