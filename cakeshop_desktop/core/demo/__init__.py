"""The demo cake shop: users, catalogue, recipes and three months of order history.

`seed_demo` is called by `cakeshop db seed-demo`, `cakeshop --demo` and the set-up wizard's
*Open the demo shop*; it marks the database as the demo shop (its windows say so). The history comes from `demo_history` (a seeded random generator: the same shop
every time, relative to today) and is written here with bulk inserts in one transaction,
row for row as the services would have written it.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.base import Base
from cakeshop_desktop.core.db.models import (
    Cake,
    CakeImage,
    Category,
    Ingredient,
    Order,
    OrderItem,
    OrderStatusHistory,
    Payment,
    ProductionDay,
    ProductionTask,
    RecipeItem,
    ShopSetting,
    StockMovement,
    User,
)
from cakeshop_desktop.core.demo.catalog import (
    CAKES,
    CATEGORIES,
    DAILY_CAPACITY,
    DEMO_USERS,
    INGREDIENTS,
    MORE_CUSTOMERS,
    DemoUser,
    recipe_quantity,
    sku_of,
)
from cakeshop_desktop.core.demo.history import (
    Customer,
    PlannedLine,
    PlannedOrder,
    PlannedStep,
    plan_history,
)
from cakeshop_desktop.core.demo.pictures import demo_picture
from cakeshop_desktop.core.domain import (
    InvalidInput,
    MovementKind,
    OrderStatus,
    Role,
    TaskStatus,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import order_totals, round_money
from cakeshop_desktop.core.reasons import Reason, stored
from cakeshop_desktop.core.repositories.orders import order_number
from cakeshop_desktop.core.repositories.production import DAILY_CAPACITY_KEY, ProductionRepository
from cakeshop_desktop.core.rules import phones
from cakeshop_desktop.core.services.shop import (
    ShopDetails,
    is_demo_shop,
    is_set_up,
    mark_demo_shop,
)
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.uow import UnitOfWork

SEED = 2026
SHOWCASE_BAKE = stored(Reason.SHOWCASE_BATCH)  # as production writes it
OPENING_STOCK = stored(Reason.OPENING_STOCK)
ADMIN_LOGIN = DEMO_USERS[-1].username
DEMO_SHOP = ShopDetails(
    name="Кондитерская «Демо»",
    address="Москва, ул. Пекарная, 1",
    phone="+7 495 000-00-00",
    tax_number="7700000000",
    receipt_footer="Это демо-магазин Cakeshop. Спасибо за покупку!",
)


def seed_demo(engine: Engine) -> bool:
    """Fill the database with the demo shop; False (and nothing changed) when it is there.

    The demo admin is created last and marks a finished seeding, so a run that failed
    half-way is completed by the next one.
    """
    uow = UnitOfWork(engine)
    with uow:
        seeded = uow.users.by_username(ADMIN_LOGIN) is not None
    mark_demo_shop(uow, DEMO_SHOP)
    if seeded:
        return False
    staff = {user.username: _demo_user(uow, user) for user in DEMO_USERS[:-1]}
    with Session(engine) as session, session.begin():
        if session.scalar(select(Cake.id).where(Cake.sku == sku_of(0))) is None:
            _fill(session, staff["cashier"], staff["baker"], staff["customer"])
    _demo_user(uow, DEMO_USERS[-1])
    return True


def seed_demo_shop(engine: Engine) -> bool:
    """`cakeshop --demo`: the demo shop in an empty database or the demo shop's own; a real
    shop's database is refused (InvalidInput) rather than filled with made-up orders."""
    uow = UnitOfWork(engine)
    if is_set_up(uow) and not is_demo_shop(uow):
        raise InvalidInput(
            tr_noop(
                "This database holds a real shop: the demo shop opens only in an empty database"
            )
        )
    return seed_demo(engine)


def _demo_user(uow: UnitOfWork, user: DemoUser) -> int:
    with uow:
        existing = uow.users.by_username(user.username)
        if existing is not None:
            return existing.id
    return create_user(
        uow,
        user.username,
        user.role,
        user.password,
        full_name=user.full_name,
        phone=user.phone,
        email=user.email,
    ).id


def _fill(session: Session, cashier_id: int, baker_id: int, customer_id: int) -> None:
    now = datetime.now().replace(microsecond=0)
    rng = random.Random(SEED)
    customers = [_contact(session, customer_id), *_insert_customers(session, rng, now, customer_id)]
    stocks = [
        rng.randint(0, 12) if cake.is_active and not cake.lead_time_hours else 0 for cake in CAKES
    ]
    plans = plan_history(rng, now, cashier_id, baker_id, customers)
    category_ids = _insert_categories(session)
    cake_ids = _insert_cakes(session, category_ids, stocks, plans)
    _insert_recipes(session, cake_ids, now)
    _insert_orders(session, plans, cake_ids, baker_id)
    _insert_showcase_bakes(session, plans, cake_ids, stocks, baker_id, now)
    _insert_production_days(session, plans)
    if session.get(ShopSetting, DAILY_CAPACITY_KEY) is None:
        ProductionRepository(session).set_default_capacity(DAILY_CAPACITY)


def _bulk_insert(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    # render_nulls keeps rows with and without NULLs in one batch instead of hundreds
    if rows:
        session.execute(insert(model).execution_options(render_nulls=True), rows)


def _insert_named(
    session: Session, model: type[Category] | type[Ingredient], rows: list[dict[str, Any]]
) -> dict[str, int]:
    """Insert the rows whose name is new (a shop may have its own «Сахар»); ids by name."""
    names = [row["name"] for row in rows]
    taken = set(session.scalars(select(model.name).where(model.name.in_(names))))
    _bulk_insert(session, model, [row for row in rows if row["name"] not in taken])
    found = session.execute(select(model.name, model.id).where(model.name.in_(names)))
    return {name: row_id for name, row_id in found}


def _contact(session: Session, user_id: int) -> Customer:
    name, phone = session.execute(
        select(User.full_name, User.phone).where(User.id == user_id)
    ).one()
    return user_id, name, phone or ""


def _insert_customers(
    session: Session, rng: random.Random, now: datetime, demo_customer: int
) -> list[Customer]:
    """The shop's other registered customers, with the demo customer's password."""
    # The demo customer's password is theirs too: one slow argon2 hash less.
    password_hash = session.scalar(select(User.password_hash).where(User.id == demo_customer))
    rows = []
    for login, name, phone, email in MORE_CUSTOMERS:
        joined = now - timedelta(days=rng.randint(100, 700), minutes=rng.randint(0, 600))
        rows.append(
            {
                "username": login,
                "full_name": name,
                "role": Role.CUSTOMER,
                "password_hash": password_hash,
                "phone": phones.normalised(phone) or None,
                "email": email or None,
                "is_active": True,
                "failed_logins": 0,
                "created_at": joined,
                "updated_at": joined,
            }
        )
    logins = [row["username"] for row in rows]
    taken = set(session.scalars(select(User.username).where(User.username.in_(logins))))
    _bulk_insert(session, User, [row for row in rows if row["username"] not in taken])
    found = session.execute(
        select(User.username, User.id, User.full_name, User.phone).where(User.username.in_(logins))
    )
    # A login the shop already had belongs to somebody real: no demo orders for them.
    return [
        (user_id, name, phone or "") for login, user_id, name, phone in found if login not in taken
    ]


def _insert_categories(session: Session) -> dict[str, int]:
    return _insert_named(
        session,
        Category,
        [
            {"name": category.name, "description": category.description, "sort_order": index * 10}
            for index, category in enumerate(CATEGORIES, start=1)
        ],
    )


def _insert_cakes(
    session: Session, category_ids: dict[str, int], stocks: list[int], plans: list[PlannedOrder]
) -> list[int]:
    sold = [0] * len(CAKES)
    drawn = [demo_picture(index, cake) for index, cake in enumerate(CAKES)]
    for plan in plans:
        if plan.status is not OrderStatus.CANCELLED:
            for line in plan.lines:
                sold[line.cake] += line.quantity
    _bulk_insert(
        session,
        Cake,
        [
            {
                "sku": sku_of(index),
                "name": cake.name,
                "description": cake.description,
                "category_id": category_ids[cake.category],
                "price": Decimal(cake.price),
                "weight_grams": cake.weight_grams,
                "allergens": cake.allergens,
                "stock_qty": stocks[index],
                "made_to_order": cake.lead_time_hours > 0,
                "lead_time_hours": cake.lead_time_hours,
                "is_active": cake.is_active,
                "image": drawn[index].key,
                "sold_count": sold[index],
                "version": 1,
            }
            for index, cake in enumerate(CAKES)
        ],
    )
    skus = [sku_of(index) for index in range(len(CAKES))]
    found = session.execute(select(Cake.sku, Cake.id).where(Cake.sku.in_(skus)))
    by_sku = {sku: cake_id for sku, cake_id in found}
    cake_ids = [by_sku[sku] for sku in skus]
    _bulk_insert(
        session,
        CakeImage,
        [
            {
                "cake_id": cake_id,
                "picture": picture.picture,
                "thumbnail": picture.thumbnail,
                "mime": picture.mime,
                "width": picture.width,
                "height": picture.height,
                "updated_at": datetime.now(),
            }
            for cake_id, picture in zip(cake_ids, drawn, strict=True)
        ],
    )
    return cake_ids


def _insert_recipes(session: Session, cake_ids: list[int], now: datetime) -> None:
    names = [item.name for item in INGREDIENTS.values()]
    existing = set(session.scalars(select(Ingredient.name).where(Ingredient.name.in_(names))))
    by_name = _insert_named(
        session,
        Ingredient,
        [
            {
                "name": item.name,
                "unit": item.unit,
                "stock_qty": Decimal(item.stock_qty),
                "reorder_level": Decimal(item.reorder_level),
                "cost_per_unit": Decimal(item.cost_per_unit),
            }
            for item in INGREDIENTS.values()
        ],
    )
    _bulk_insert(
        session,
        RecipeItem,
        [
            {
                "cake_id": cake_ids[index],
                "ingredient_id": by_name[INGREDIENTS[key].name],
                "quantity": recipe_quantity(INGREDIENTS[key], cake.weight_grams),
            }
            for index, cake in enumerate(CAKES)
            for key in cake.recipe
        ],
    )
    # the opening stocktake: the ledger explains every demo ingredient's stock from day one
    _bulk_insert(
        session,
        StockMovement,
        [
            {
                "kind": MovementKind.ADJUSTMENT,
                "ingredient_id": by_name[item.name],
                "quantity": Decimal(item.stock_qty),
                "reason": OPENING_STOCK,
                "created_at": now,
            }
            for item in INGREDIENTS.values()
            if item.name not in existing
        ],
    )


# ---------------------------------------------------------------- writing the history


def _insert_orders(
    session: Session, plans: list[PlannedOrder], cake_ids: list[int], baker_id: int
) -> None:
    """Orders with their items, status history, payments, bakers' tasks and showcase sales."""
    order_id = (session.scalar(select(func.max(Order.id))) or 0) + 1
    item_id = (session.scalar(select(func.max(OrderItem.id))) or 0) + 1
    orders, items, history, payments, tasks, movements = [], [], [], [], [], []
    for plan in plans:
        totals = order_totals(plan.line_totals(), plan.discount_percent)
        customer_id, name, typed_phone = plan.customer
        phone, phone_key = phones.stored_columns(typed_phone)
        orders.append(
            {
                "id": order_id,
                "number": order_number(order_id),
                "customer_id": customer_id,
                "customer_name": name,
                "customer_phone": phone,
                "customer_phone_key": phone_key,
                "created_by_id": plan.created_by,
                "status": plan.status,
                "due_at": plan.due_at,
                "subtotal": totals.subtotal,
                "discount": totals.discount,
                "total": totals.total,
                "paid_amount": round_money(plan.paid()),
                "payment_method": plan.payments[0].method if plan.payments else None,
                "notes": plan.notes,
                "idempotency_key": plan.key,
                "created_at": plan.created_at,
                "updated_at": plan.steps[-1].at,
            }
        )
        previous: OrderStatus | None = None
        for step in plan.steps:
            history.append(
                {
                    "order_id": order_id,
                    "from_status": previous,
                    "to_status": step.status,
                    "changed_by_id": step.actor,
                    "changed_at": step.at,
                    "reason": step.reason,
                }
            )
            previous = step.status
        payments += [
            {
                "order_id": order_id,
                "amount": payment.amount,
                "method": payment.method,
                "kind": payment.kind,
                "taken_by_id": payment.actor,
                "taken_at": payment.at,
            }
            for payment in plan.payments
        ]
        reached = {step.status: step for step in plan.steps}
        for line, amount in zip(plan.lines, plan.line_totals(), strict=True):
            cake = CAKES[line.cake]
            items.append(
                {
                    "id": item_id,
                    "order_id": order_id,
                    "cake_id": cake_ids[line.cake],
                    "cake_name": cake.name,
                    "unit_price": Decimal(cake.price),
                    "quantity": line.quantity,
                    "line_total": amount,
                    "made_to_order": line.baked,
                    "inscription": line.inscription,
                    "notes": "",
                }
            )
            if line.baked and OrderStatus.CONFIRMED in reached:
                tasks.append(_task(plan, reached, line, order_id, item_id, cake_ids, baker_id))
            elif not line.baked:
                movements += _showcase_movements(plan, line, order_id, cake_ids)
            item_id += 1
        order_id += 1
    for model, rows in (
        (Order, orders),
        (OrderItem, items),
        (OrderStatusHistory, history),
        (Payment, payments),
        (ProductionTask, tasks),
        (StockMovement, movements),
    ):
        _bulk_insert(session, model, rows)


def _task(
    plan: PlannedOrder,
    reached: dict[OrderStatus, PlannedStep],
    line: PlannedLine,
    order_id: int,
    item_id: int,
    cake_ids: list[int],
    baker_id: int,
) -> dict[str, Any]:
    """The bakers' task for a made-to-order line, where the order's steps have left it."""
    confirmed = reached[OrderStatus.CONFIRMED]
    started = reached.get(OrderStatus.IN_PRODUCTION)
    finished = reached.get(OrderStatus.READY)
    last_move = (finished or started or confirmed).at
    if finished is not None:
        status = TaskStatus.DONE
    elif plan.status is OrderStatus.CANCELLED:
        status = TaskStatus.CANCELLED
    else:
        status = TaskStatus.IN_PROGRESS if started is not None else TaskStatus.QUEUED
    assert plan.due_at is not None
    return {
        "order_id": order_id,
        "order_item_id": item_id,
        "cake_id": cake_ids[line.cake],
        "quantity": line.quantity,
        "due_at": plan.due_at,
        "status": status,
        "inscription": line.inscription,
        "notes": "",
        "assigned_to_id": baker_id if started is not None else None,
        "started_at": started.at if started is not None else None,
        "finished_at": finished.at if finished is not None else None,
        "version": 1,
        "created_at": confirmed.at,
        "updated_at": plan.steps[-1].at if status is TaskStatus.CANCELLED else last_move,
    }


def _showcase_movements(
    plan: PlannedOrder, line: PlannedLine, order_id: int, cake_ids: list[int]
) -> list[dict[str, Any]]:
    """The sale off the showcase, and the cakes put back when the order is cancelled."""
    rows: list[dict[str, Any]] = [
        {
            "kind": MovementKind.SALE,
            "cake_id": cake_ids[line.cake],
            "quantity": Decimal(-line.quantity),
            "order_id": order_id,
            "reason": "",
            "created_by_id": plan.created_by,
            "created_at": plan.created_at,
        }
    ]
    if plan.status is OrderStatus.CANCELLED:
        cancelled = plan.steps[-1]
        rows.append(
            {
                "kind": MovementKind.CANCELLATION,
                "cake_id": cake_ids[line.cake],
                "quantity": Decimal(line.quantity),
                "order_id": order_id,
                "reason": cancelled.reason,
                "created_by_id": cancelled.actor,
                "created_at": cancelled.at,
            }
        )
    return rows


def _insert_showcase_bakes(
    session: Session,
    plans: list[PlannedOrder],
    cake_ids: list[int],
    stocks: list[int],
    baker_id: int,
    now: datetime,
) -> None:
    """Each morning's showcase batch: what that day's orders kept, plus today's stock left.

    With these rows the ledger of every showcase cake adds up to its `stock_qty`.
    """
    baked: dict[tuple[date, int], int] = defaultdict(int)
    for plan in plans:
        if plan.status is OrderStatus.CANCELLED:
            continue
        for line in plan.lines:
            if not line.baked:
                baked[plan.created_at.date(), line.cake] += line.quantity
    for index, stock in enumerate(stocks):
        if stock:
            baked[now.date(), index] += stock
    rows = [
        {
            "kind": MovementKind.PRODUCTION,
            "cake_id": cake_ids[index],
            "quantity": Decimal(quantity),
            "reason": SHOWCASE_BAKE,
            "created_by_id": baker_id,
            "created_at": min(datetime.combine(day, time(6, 30)), now),
        }
        for (day, index), quantity in sorted(baked.items())
    ]
    _bulk_insert(session, StockMovement, rows)


def _insert_production_days(session: Session, plans: list[PlannedOrder]) -> None:
    """Capacity booked by the made-to-order cakes of every order still standing."""
    booked: dict[date, int] = defaultdict(int)
    for plan in plans:
        standing = plan.status is not OrderStatus.CANCELLED
        if plan.due_at is not None and plan.baked_quantity and standing:
            booked[plan.due_at.date()] += plan.baked_quantity
    planned = session.scalars(select(ProductionDay).where(ProductionDay.day.in_(booked)))
    for day in planned:  # days the shop had already planned take the demo's bookings too
        day.booked += booked.pop(day.day)
        day.capacity = max(day.capacity, day.booked)
    rows = [
        {"day": day, "capacity": max(DAILY_CAPACITY, count), "booked": count}
        for day, count in sorted(booked.items())
    ]
    _bulk_insert(session, ProductionDay, rows)
