"""The demo shop: seeded once, logins work, and its history is what the services would write.

Seeding takes a few seconds (argon2 hashes, ~25 000 rows), so the database checks share
one seeding per backend.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import Connection

from cakeshop_desktop.core.db.base import Base
from cakeshop_desktop.core.db.models import (
    Cake,
    Category,
    Order,
    OrderItem,
    OrderStatusHistory,
    Payment,
    ProductionDay,
    StockMovement,
)
from cakeshop_desktop.core.demo import seed_demo
from cakeshop_desktop.core.demo.catalog import (
    ALLERGENS,
    CAKES,
    CATEGORIES,
    DEMO_USERS,
    INGREDIENTS,
    ean13,
    sku_of,
)
from cakeshop_desktop.core.demo.history import plan_history
from cakeshop_desktop.core.domain import (
    CatalogQuery,
    CheckoutRequest,
    OrderStatus,
    PaymentMethod,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.pricing import round_money
from cakeshop_desktop.core.services import auth, cart, catalog, checkout, shop
from cakeshop_desktop.core.uow import UnitOfWork


def test_seed_demo_builds_the_shop_once(engine: Engine, uow: UnitOfWork) -> None:
    assert shop.is_demo_shop(uow) is False
    assert seed_demo(engine) is True
    counts = _row_counts(engine)
    assert shop.is_demo_shop(uow) is True
    assert shop.shop_details(uow).name  # receipts of the demo shop name it

    logged_in = {user.role: auth.login(uow, user.username, user.password) for user in DEMO_USERS}
    assert {role: user.role for role, user in logged_in.items()} == {role: role for role in Role}
    with engine.connect() as connection:
        _check_catalogue(connection)
        _check_orders(connection)
        _check_ledgers(connection)

    assert seed_demo(engine) is False
    assert _row_counts(engine) == counts
    _check_the_next_sale_gets_the_next_number(engine, uow, logged_in[Role.CASHIER])


def test_demo_data_is_well_formed() -> None:
    assert {user.role for user in DEMO_USERS} == set(Role)
    assert DEMO_USERS[-1].role is Role.ADMIN  # created last: it marks a finished seeding
    skus = [sku_of(index) for index in range(len(CAKES))]
    assert len(set(skus)) == len(skus)
    for sku in skus:
        assert len(sku) == 13 and sku.startswith("460") and ean13(sku[:12]) == sku
    categories = {category.name for category in CATEGORIES}
    for cake in CAKES:
        assert cake.category in categories
        assert set(cake.allergens.split(",")) <= set(ALLERGENS), cake.name
        assert cake.allergens == cake.allergens.strip().lower() and " " not in cake.allergens
        assert 3 <= len(cake.recipe) <= 7 and set(cake.recipe) <= set(INGREDIENTS), cake.name
        assert len(set(cake.recipe)) == len(cake.recipe), cake.name
        assert cake.lead_time_hours in (0, 24, 48, 72)
        assert len(cake.name) <= 128 and len(cake.description) <= 2000


def test_the_history_is_the_same_every_time() -> None:
    now = datetime(2026, 3, 14, 15, 9, 26)
    customers: list[tuple[int | None, str, str]] = [(3, "Мария Иванова", "+7 912 345-67-89")]

    def plan() -> list[tuple[str, datetime, OrderStatus, Decimal, int]]:
        orders = plan_history(random.Random(2026), now, 1, 2, customers)
        return [(o.key, o.created_at, o.status, o.total(), len(o.lines)) for o in orders]

    first = plan()
    assert first == plan()
    assert {status for _, _, status, _, _ in first} == set(OrderStatus)
    assert all(created <= now for _, created, _, _, _ in first)


# ---------------------------------------------------------------- checks


def _row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def _check_catalogue(connection: Connection) -> None:
    cakes = connection.execute(
        select(Cake.category_id, Cake.made_to_order, Cake.lead_time_hours, Cake.stock_qty)
    ).all()
    assert 35 <= len(cakes) <= 50
    categories = connection.scalar(select(func.count()).select_from(Category)) or 0
    assert 7 <= categories <= 10
    assert len({cake.category_id for cake in cakes}) == categories
    baked = [cake for cake in cakes if cake.made_to_order]
    assert len(cakes) // 4 <= len(baked) <= len(cakes) // 2
    assert all(cake.stock_qty == 0 and cake.lead_time_hours in (24, 48, 72) for cake in baked)


def _check_orders(connection: Connection) -> None:
    orders = connection.execute(
        select(
            Order.id,
            Order.number,
            Order.status,
            Order.subtotal,
            Order.discount,
            Order.total,
            Order.paid_amount,
            Order.created_at,
        )
    ).all()
    assert len(orders) > 1000
    assert {order.status for order in orders} == set(OrderStatus)
    created = [order.created_at for order in orders]
    assert max(created) - min(created) >= timedelta(days=85)
    assert max(created) <= datetime.now()
    assert len({order.number for order in orders}) == len(orders)
    assert all(order.number == f"{order.id:06d}" for order in orders)

    line_sums = _sums(connection, OrderItem.order_id, OrderItem.line_total)
    payment_sums = _sums(connection, Payment.order_id, Payment.amount)
    history: dict[int, list[tuple[OrderStatus | None, OrderStatus]]] = defaultdict(list)
    for order_id, before, after in connection.execute(
        select(
            OrderStatusHistory.order_id,
            OrderStatusHistory.from_status,
            OrderStatusHistory.to_status,
        ).order_by(OrderStatusHistory.id)
    ):
        history[order_id].append((before, after))

    for order in orders:
        subtotal, discount, total = map(round_money, (order.subtotal, order.discount, order.total))
        paid = round_money(order.paid_amount)
        assert total == subtotal - discount, order.number
        assert subtotal == line_sums[order.id], order.number
        assert paid == payment_sums.get(order.id, Decimal("0.00")), order.number
        if order.status is OrderStatus.COMPLETED:
            assert paid == total, order.number
        steps = history[order.id]
        assert steps[0][0] is None and steps[-1][1] is order.status, order.number
        assert all(a[1] == b[0] for a, b in zip(steps, steps[1:], strict=False)), order.number


def _check_ledgers(connection: Connection) -> None:
    """Showcase stock is explained by its movements; no day is booked over its capacity."""
    rows = connection.execute(select(Cake.id, Cake.stock_qty).where(Cake.made_to_order.is_(False)))
    stock = {cake_id: quantity for cake_id, quantity in rows}
    moved = _sums(connection, StockMovement.cake_id, StockMovement.quantity)
    assert {cake_id: int(moved.get(cake_id, 0)) for cake_id in stock} == stock
    days = connection.execute(select(ProductionDay.booked, ProductionDay.capacity)).all()
    assert days and all(0 < booked <= capacity for booked, capacity in days)


def _check_the_next_sale_gets_the_next_number(
    engine: Engine, uow: UnitOfWork, cashier: UserDTO
) -> None:
    """The demo's explicit order ids leave the database's own numbering in step."""
    with engine.connect() as connection:
        last_id = connection.scalar(select(func.max(Order.id))) or 0
    cakes = catalog.search_catalog(uow, cashier, CatalogQuery(limit=100)).items
    cake = next(cake for cake in cakes if cake.stock_qty > 0)
    cart.add_to_cart(uow, cashier, cake.id, 1)
    request = CheckoutRequest(
        idempotency_key="after-the-demo-1",
        customer_name="Покупатель",
        payment_method=PaymentMethod.CARD,
        paid_amount=cake.price,
        hand_out_now=True,
    )
    order = checkout.place_order(uow, cashier, request)
    assert order.number == f"{last_id + 1:06d}"
    assert order.status is OrderStatus.COMPLETED


def _sums(connection: Connection, key: object, amount: object) -> dict[int, Decimal]:
    """SUM(amount) GROUP BY key, rounded to kopecks (SQLite hands back floats)."""
    rows = connection.execute(select(key, func.sum(amount)).group_by(key))  # type: ignore[call-overload]
    return {group: round_money(total) for group, total in rows}
