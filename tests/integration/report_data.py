"""A known history of orders for the report tests: several days, hours, categories and statuses."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from cakeshop_desktop.core.db.models import (
    Cake,
    Category,
    Order,
    OrderItem,
    OrderStatusHistory,
    Payment,
)
from cakeshop_desktop.core.domain import OrderStatus, PaymentKind, PaymentMethod
from cakeshop_desktop.core.pricing import line_total, minimum_deposit, order_totals
from cakeshop_desktop.core.uow import UnitOfWork

# March 2024 is the main period; some orders fall just outside it on both sides.
FIRST_DAY = date(2024, 2, 26)
LAST_DAY = date(2024, 4, 3)
REASONS = ("Клиент передумал", "Клиент передумал", "Нет ингредиентов", "", "Ошибка кассира")
STATUS_WEIGHTS = {
    OrderStatus.COMPLETED: 10,
    OrderStatus.READY: 2,
    OrderStatus.CONFIRMED: 2,
    OrderStatus.NEW: 1,
    OrderStatus.CANCELLED: 3,
}


@dataclass(frozen=True)
class ReportShop:
    """Ids of what the history was built from."""

    cake_ids: tuple[int, ...]
    category_ids: tuple[int, ...]
    orders: int


def add_assortment(uow: UnitOfWork) -> tuple[list[int], list[int]]:
    """Three categories and seven cakes, one of them without a category."""
    with uow:
        categories = [
            uow.catalog.add_category(Category(name=name, sort_order=i)).id
            for i, name in enumerate(("Торты к празднику", "Пирожные", "Чизкейки"))
        ]
        specs = [
            ("R-001", "Медовик", 0, "1250.50", False),
            ("R-002", "Наполеон", 0, "990.00", False),
            ("R-003", "Прага", 0, "2400.00", True),
            ("R-004", "Эклер", 1, "145.90", False),
            ("R-005", "Картошка", 1, "89.99", False),
            ("R-006", "Нью-Йорк", 2, "1870.25", True),
            ("R-007", "Торт без полки", None, "555.55", False),
        ]
        cakes = [
            uow.catalog.add_cake(
                Cake(
                    sku=sku,
                    name=name,
                    category_id=categories[category] if category is not None else None,
                    price=Decimal(price),
                    weight_grams=500,
                    stock_qty=1000,
                    made_to_order=made,
                    lead_time_hours=24 if made else 0,
                )
            ).id
            for sku, name, category, price, made in specs
        ]
        uow.commit()
    return cakes, categories


def build_history(
    uow: UnitOfWork,
    cashier_ids: list[int],
    *,
    seed: int = 7,
    count: int = 90,
    first_day: date = FIRST_DAY,
    last_day: date = LAST_DAY,
) -> ReportShop:
    """`count` orders between the two days at shop hours, with payments and history."""
    cakes, categories = add_assortment(uow)
    rng = random.Random(seed)
    with uow:
        prices = {
            cake.id: (cake.price, cake.made_to_order)
            for cake in uow.catalog.cakes_by_ids(cakes).values()
        }
        span = (last_day - first_day).days
        statuses = list(STATUS_WEIGHTS)
        weights = list(STATUS_WEIGHTS.values())
        for i in range(count):
            created = datetime.combine(
                first_day + timedelta(days=rng.randint(0, span)), datetime.min.time()
            ) + timedelta(hours=rng.randint(8, 21), minutes=rng.randint(0, 59), seconds=i % 60)
            lines = {rng.choice(cakes): rng.randint(1, 3) for _ in range(rng.randint(1, 3))}
            amounts = [line_total(Decimal(prices[c][0]), q) for c, q in lines.items()]
            discount = Decimal(rng.choice((0, 0, 0, 5, 10)))
            totals = order_totals(amounts, discount)
            status = rng.choices(statuses, weights)[0]
            cashier = rng.choice(cashier_ids)
            deposit = rng.random() < 0.3
            paid = minimum_deposit(totals.total) if deposit else totals.total
            if status is OrderStatus.COMPLETED:
                paid = totals.total
            order = Order(
                customer_name=f"Покупатель {i}",
                customer_phone=f"+7 900 {i:03d}-00-00",
                created_by_id=cashier,
                status=status,
                due_at=created + timedelta(days=1),
                subtotal=totals.subtotal,
                discount=totals.discount,
                total=totals.total,
                paid_amount=paid,
                payment_method=PaymentMethod.CARD,
                idempotency_key=f"report-{uuid.uuid4().hex}",
                created_at=created,
                updated_at=created,
            )
            for (cake_id, quantity), amount in zip(lines.items(), amounts, strict=True):
                order.items.append(
                    OrderItem(
                        cake_id=cake_id,
                        cake_name=f"cake {cake_id}",
                        unit_price=Decimal(prices[cake_id][0]),
                        quantity=quantity,
                        line_total=amount,
                        made_to_order=prices[cake_id][1],
                    )
                )
            uow.orders.add(order)
            _history(uow, order, cashier, created, rng)
            method = rng.choice(list(PaymentMethod))
            if deposit and status is OrderStatus.COMPLETED:
                first = minimum_deposit(totals.total)
                _pay(uow, order, first, method, PaymentKind.DEPOSIT, cashier, created)
                _pay(
                    uow,
                    order,
                    totals.total - first,
                    rng.choice(list(PaymentMethod)),
                    PaymentKind.BALANCE,
                    cashier,
                    created + timedelta(hours=2),
                )
            else:
                kind = PaymentKind.DEPOSIT if paid < totals.total else PaymentKind.FULL
                _pay(uow, order, paid, method, kind, cashier, created)
            if status is OrderStatus.CANCELLED and rng.random() < 0.5:
                _pay(uow, order, paid, method, PaymentKind.REFUND, cashier, created)
        uow.commit()
    return ReportShop(tuple(cakes), tuple(categories), count)


def _history(
    uow: UnitOfWork, order: Order, actor: int, created: datetime, rng: random.Random
) -> None:
    uow.orders.add_history(
        OrderStatusHistory(
            order_id=order.id,
            from_status=None,
            to_status=OrderStatus.NEW,
            changed_by_id=actor,
            changed_at=created,
            reason="",
        )
    )
    if order.status is OrderStatus.CANCELLED:
        uow.orders.add_history(
            OrderStatusHistory(
                order_id=order.id,
                from_status=OrderStatus.NEW,
                to_status=OrderStatus.CANCELLED,
                changed_by_id=actor,
                changed_at=created + timedelta(minutes=30),
                reason=rng.choice(REASONS),
            )
        )


def _pay(
    uow: UnitOfWork,
    order: Order,
    amount: Decimal,
    method: PaymentMethod,
    kind: PaymentKind,
    actor: int,
    when: datetime,
) -> None:
    if amount <= 0:
        return
    uow.orders.add_payment(
        Payment(
            order_id=order.id,
            amount=amount,
            method=method,
            kind=kind,
            taken_by_id=actor,
            taken_at=when,
        )
    )
