"""The report queries: GROUP BY in SQL over indexed columns, one pass per question.

Orders are bucketed by day and hour in SQL; weeks, months, weekdays and totals are
rolled up from those buckets in Python, so one dialect difference (the date functions)
stays in this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, Select, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import (
    Cake,
    Category,
    Order,
    OrderItem,
    OrderStatusHistory,
    Payment,
    User,
)
from cakeshop_desktop.core.domain import OrderStatus, PaymentKind, PaymentMethod, Role


@dataclass(frozen=True, slots=True)
class OrderBucket:
    """Orders created in one hour of one day, cancelled or not."""

    day: date
    hour: int
    cancelled: bool
    orders: int
    amount: Any  # Decimal, or float on SQLite: the service rounds


@dataclass(frozen=True, slots=True)
class ItemBucket:
    """Items of one cake, made to order or from the showcase, sold in the period."""

    cake_id: int | None
    made_to_order: bool
    quantity: int
    amount: Any


@dataclass(frozen=True, slots=True)
class CakeInfo:
    """A cake's current name and category, for the report's lines."""

    cake_id: int
    name: str
    category_id: int | None
    category: str


def as_date(value: Any) -> date:
    """A day as the drivers hand it back: a date, a datetime, or 'YYYY-MM-DD…' text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def day_of(column: Any, sqlite: bool) -> ColumnElement[Any]:
    """The calendar day of a timestamp, in SQL ('YYYY-MM-DD' text on SQLite)."""
    if sqlite:
        return func.strftime("%Y-%m-%d", column)
    return func.date(column)


def hour_of(column: Any, sqlite: bool) -> ColumnElement[Any]:
    if sqlite:
        return cast(func.strftime("%H", column), Integer)
    return func.hour(column)


CANCELLATION_REASON = func.coalesce(OrderStatusHistory.reason, "")
AnySelect = TypeVar("AnySelect", bound=Select)  # any query shape: the columns pass through


def cancelled_orders_with_reason(query: AnySelect) -> AnySelect:
    """`query` over the cancelled orders, each joined to the history row that cancelled it
    (read CANCELLATION_REASON from it); the caller adds the period."""
    return (
        query.select_from(Order)
        .outerjoin(
            OrderStatusHistory,
            and_(
                OrderStatusHistory.order_id == Order.id,
                OrderStatusHistory.to_status == OrderStatus.CANCELLED,
            ),
        )
        .where(Order.status == OrderStatus.CANCELLED)
    )


# Revenue is net of refunds: an order that is not cancelled counts its total less what was
# given back (returned cakes); a cancelled one keeps its total as the amount cancelled.
NET_TOTAL = Order.total - case(
    (Order.status == OrderStatus.CANCELLED, literal(0)), else_=Order.refunded_amount
)
# A line counts the cakes the customer kept; line_total is unit_price × quantity exactly.
KEPT_QUANTITY = OrderItem.quantity - OrderItem.returned_quantity
KEPT_LINE_TOTAL = OrderItem.line_total - OrderItem.unit_price * OrderItem.returned_quantity


class ReportRepository:
    """Read-only aggregates over `orders`, `order_items`, `payments`, `order_status_history`."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._sqlite = session.get_bind().dialect.name == "sqlite"

    def _day(self, column: Any) -> ColumnElement[Any]:
        return day_of(column, self._sqlite)

    def _hour(self, column: Any) -> ColumnElement[Any]:
        return hour_of(column, self._sqlite)

    # ------------------------------------------------------------ sales

    def order_buckets(self, start: datetime, end: datetime) -> list[OrderBucket]:
        """Orders created in [start, end) by day, hour and cancelled or not."""
        day = self._day(Order.created_at).label("day")
        hour = self._hour(Order.created_at).label("hour")
        cancelled = case((Order.status == OrderStatus.CANCELLED, 1), else_=0).label("cancelled")
        rows = self._session.execute(
            select(day, hour, cancelled, func.count(), func.sum(NET_TOTAL))
            .where(Order.created_at >= start, Order.created_at < end)
            .group_by(day, hour, cancelled)
        )
        return [
            OrderBucket(as_date(d), int(h), bool(c), int(n), amount) for d, h, c, n, amount in rows
        ]

    def item_buckets(self, start: datetime, end: datetime) -> list[ItemBucket]:
        """Items of the orders created in [start, end) and not cancelled, by cake and kind."""
        rows = self._session.execute(
            select(
                OrderItem.cake_id,
                OrderItem.made_to_order,
                func.sum(KEPT_QUANTITY),
                func.sum(KEPT_LINE_TOTAL),
            )
            .join(Order, Order.id == OrderItem.order_id)
            .where(
                Order.created_at >= start,
                Order.created_at < end,
                Order.status != OrderStatus.CANCELLED,
            )
            .group_by(OrderItem.cake_id, OrderItem.made_to_order)
        )
        return [
            ItemBucket(cake_id, bool(made), int(quantity or 0), amount)
            for cake_id, made, quantity, amount in rows
        ]

    def category_names(self) -> dict[int, str]:
        rows = self._session.execute(select(Category.id, Category.name))
        return {category_id: name for category_id, name in rows}

    def cakes(self, cake_ids: list[int]) -> dict[int, CakeInfo]:
        """Names and categories of the given cakes."""
        if not cake_ids:
            return {}
        rows = self._session.execute(
            select(Cake.id, Cake.name, Cake.category_id, Category.name)
            .outerjoin(Category, Category.id == Cake.category_id)
            .where(Cake.id.in_(cake_ids))
        )
        return {
            cake_id: CakeInfo(cake_id, name, category_id, category or "")
            for cake_id, name, category_id, category in rows
        }

    def cancellation_reasons(self, start: datetime, end: datetime) -> list[tuple[str, int, Any]]:
        """(reason, orders, amount) of cancelled orders created in [start, end)."""
        rows = self._session.execute(
            cancelled_orders_with_reason(
                select(CANCELLATION_REASON, func.count(Order.id), func.sum(Order.total))
            )
            .where(Order.created_at >= start, Order.created_at < end)
            .group_by(CANCELLATION_REASON)
        )
        return [(text or "", int(n), amount) for text, n, amount in rows]

    # ------------------------------------------------------------ shift

    def staff(self) -> list[User]:
        """Everybody who can take money: cashiers and admins, by name."""
        return list(
            self._session.scalars(
                select(User)
                .where(User.role.in_([Role.CASHIER, Role.ADMIN]))
                .order_by(User.full_name, User.username)
            )
        )

    def user(self, user_id: int) -> User | None:
        return self._session.get(User, user_id)

    def orders_created_by(
        self, user_id: int, start: datetime, end: datetime
    ) -> list[tuple[bool, int, Any]]:
        """(cancelled, orders, total) of the orders the user created in [start, end); the
        total of those not cancelled is net of refunds, as revenue is."""
        cancelled = case((Order.status == OrderStatus.CANCELLED, 1), else_=0).label("cancelled")
        rows = self._session.execute(
            select(cancelled, func.count(), func.sum(NET_TOTAL))
            .where(
                Order.created_by_id == user_id,
                Order.created_at >= start,
                Order.created_at < end,
            )
            .group_by(cancelled)
        )
        return [(bool(c), int(n), amount) for c, n, amount in rows]

    def payments_taken_by(
        self, user_id: int, start: datetime, end: datetime
    ) -> list[tuple[PaymentMethod, PaymentKind, int, Any]]:
        """(method, kind, count, amount) of the payments the user took in [start, end)."""
        rows = self._session.execute(
            select(Payment.method, Payment.kind, func.count(), func.sum(Payment.amount))
            .where(
                Payment.taken_by_id == user_id,
                Payment.taken_at >= start,
                Payment.taken_at < end,
            )
            .group_by(Payment.method, Payment.kind)
        )
        return [
            (PaymentMethod(method), PaymentKind(kind), int(n), amount)
            for method, kind, n, amount in rows
        ]

    def cancelled_by(
        self, user_id: int, start: datetime, end: datetime, limit: int
    ) -> list[tuple[int, str, Decimal, Decimal, Decimal, str, datetime]]:
        """Orders the user cancelled in [start, end), in the order they were cancelled."""
        rows = self._session.execute(
            select(
                Order.id,
                Order.number,
                Order.total,
                Order.paid_amount,
                Order.refunded_amount,
                OrderStatusHistory.reason,
                OrderStatusHistory.changed_at,
            )
            .join(Order, Order.id == OrderStatusHistory.order_id)
            .where(
                OrderStatusHistory.changed_by_id == user_id,
                OrderStatusHistory.to_status == OrderStatus.CANCELLED,
                OrderStatusHistory.changed_at >= start,
                OrderStatusHistory.changed_at < end,
            )
            .order_by(OrderStatusHistory.changed_at, OrderStatusHistory.id)
            .limit(limit)
        )
        return [
            (order_id, number or "", total, paid, refunded, reason or "", changed_at)
            for order_id, number, total, paid, refunded, reason, changed_at in rows
        ]
