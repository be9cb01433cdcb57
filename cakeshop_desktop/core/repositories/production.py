"""Production capacity per day, shop settings, the bakers' tasks and what changed since a poll."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Table,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.mysql import insert as mysql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import (
    Cake,
    Order,
    ProductionDay,
    ProductionTask,
    ShopSetting,
    StockMovement,
    User,
)
from cakeshop_desktop.core.domain import TaskStatus
from cakeshop_desktop.core.repositories.statements import Prepared, known_columns, rowcount
from cakeshop_desktop.core.repositories.users import person_name

DAILY_CAPACITY_KEY = "daily_capacity"
DEFAULT_DAILY_CAPACITY = 20


_STOCK_MOVEMENTS = cast(Table, StockMovement.__table__)  # written through Core
_INSERT_MOVEMENTS = Prepared(insert(_STOCK_MOVEMENTS))  # checkout's, on the driver's cursor
_TASKS = cast(Table, ProductionTask.__table__)
_INSERT_TASKS = insert(_TASKS)
_CAKES = cast(Table, Cake.__table__)
_DAYS = cast(Table, ProductionDay.__table__)
_SETTINGS = cast(Table, ShopSetting.__table__)
_DEFAULT_CAPACITY = Prepared(select(_SETTINGS.c.value).where(_SETTINGS.c.key == bindparam("key")))
_DAYS_BETWEEN = Prepared(
    select(_DAYS.c.day, _DAYS.c.capacity, _DAYS.c.booked).where(
        _DAYS.c.day >= bindparam("first"), _DAYS.c.day <= bindparam("last")
    )
)
_ORDERS = cast(Table, Order.__table__)


class ProductionRepository:
    """Reads and writes `production_days`, `production_tasks`, `stock_movements`, settings."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._dialect = session.get_bind().dialect.name

    def default_capacity(self) -> int:
        rows = _DEFAULT_CAPACITY.execute(
            self._session.connection(), {"key": DAILY_CAPACITY_KEY}
        ).rows
        value = rows[0][0] if rows else None
        return int(value) if value is not None else DEFAULT_DAILY_CAPACITY

    def set_default_capacity(self, capacity: int) -> None:
        setting = self._session.get(ShopSetting, DAILY_CAPACITY_KEY)
        if setting is None:
            self._session.add(ShopSetting(key=DAILY_CAPACITY_KEY, value=str(capacity)))
        else:
            setting.value = str(capacity)

    def day(self, day: date) -> ProductionDay | None:
        return self._session.get(ProductionDay, day)

    def book_capacity(self, day: date, quantity: int) -> bool:
        """Atomically book `quantity` cakes on `day`; False when the day is full."""
        # The UPDATE comes first: INSERT IGNORE on an existing day share-locks its row, and
        # two tills upgrading that lock to book would deadlock. The day is made on first use.
        if self._try_booking(day, quantity):
            return True
        exists = select(ProductionDay.day).where(ProductionDay.day == day)
        if self._session.scalar(exists) is not None:
            return False
        self._ensure_day(day)
        return self._try_booking(day, quantity)

    def _try_booking(self, day: date, quantity: int) -> bool:
        result = self._session.execute(
            update(ProductionDay)
            .where(
                ProductionDay.day == day,
                ProductionDay.booked + quantity <= ProductionDay.capacity,
            )
            .values(booked=ProductionDay.booked + quantity)
            .execution_options(synchronize_session=False)
        )
        return rowcount(result) == 1

    def release_capacity(self, day: date, quantity: int) -> None:
        self._session.execute(
            update(ProductionDay)
            .where(ProductionDay.day == day)
            .values(booked=ProductionDay.booked - quantity)
            .execution_options(synchronize_session=False)
        )

    def set_capacity(self, day: date, capacity: int) -> None:
        self._ensure_day(day)
        self._session.execute(
            update(ProductionDay)
            .where(ProductionDay.day == day)
            .values(capacity=capacity)
            .execution_options(synchronize_session=False)
        )

    def booked_on(self, day: date) -> int:
        """What checkouts have booked on the day, read under a row lock."""
        value = self._session.scalar(
            select(ProductionDay.booked).where(ProductionDay.day == day).with_for_update()
        )
        return int(value or 0)

    def _ensure_day(self, day: date) -> None:
        # INSERT-or-ignore so two terminals creating the same day never collide.
        values = {"day": day, "capacity": self.default_capacity(), "booked": 0}
        if self._dialect == "sqlite":
            self._session.execute(
                sqlite_insert(ProductionDay).values(values).on_conflict_do_nothing()
            )
        else:
            self._session.execute(mysql_insert(ProductionDay).values(values).prefix_with("IGNORE"))

    def add_task(self, task: ProductionTask) -> None:
        self._session.add(task)

    def add_movement(self, movement: StockMovement) -> None:
        self._session.add(movement)

    def insert_movements(self, rows: list[dict[str, object]]) -> None:
        """Ledger rows straight through Core, one executemany: nothing reads them back."""
        if rows:
            _INSERT_MOVEMENTS.executemany(
                self._session.connection(), known_columns(_STOCK_MOVEMENTS, rows)
            )

    def insert_tasks(self, rows: list[dict[str, object]]) -> None:
        """New production tasks straight through Core, one executemany (see lifecycle)."""
        if rows:
            self._session.connection().execute(_INSERT_TASKS, known_columns(_TASKS, rows))

    def tasks_of_order(self, order_id: int) -> list[ProductionTask]:
        return list(
            self._session.scalars(
                select(ProductionTask)
                .where(ProductionTask.order_id == order_id)
                .order_by(ProductionTask.id)
            )
        )

    # --- the board

    def lock_task(self, task_id: int) -> ProductionTask | None:
        """The task as committed now, its row locked until the end of the transaction."""
        return self._session.scalars(
            select(ProductionTask)
            .where(ProductionTask.id == task_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).first()

    def board_rows(self, start: datetime, end: datetime, *, limit: int) -> list[CardRow]:
        """Tasks due in [start, end) (not cancelled) and unfinished tasks due before start."""
        params = {"start": start, "end": end, "limit": limit}
        rows = _BOARD_CARDS.execute(self._session.connection(), params).rows
        return [CardRow._make(row) for row in rows]

    def card_row(self, task_id: int) -> CardRow | None:
        rows = _ONE_CARD.execute(self._session.connection(), {"task_id": task_id, "limit": 1}).rows
        return CardRow._make(rows[0]) if rows else None

    def order_of_task(self, task_id: int) -> tuple[bool, int | None]:
        """Whether the task exists, and its order's id (None for a showcase batch)."""
        rows = _ORDER_OF_TASK.execute(self._session.connection(), {"task_id": task_id}).rows
        return (True, rows[0][0]) if rows else (False, None)

    def days_between(self, first: date, last: date) -> dict[date, tuple[int, int]]:
        """(capacity, booked) of the planned days from `first` to `last`."""
        params = {"first": first, "last": last}
        rows = _DAYS_BETWEEN.execute(self._session.connection(), params).rows
        return {day: (capacity, booked) for day, capacity, booked in rows}

    def unfinished_tasks_of_order(self, order_id: int, besides: int) -> int:
        """How many of the order's tasks other than `besides` are not done yet."""
        return (
            self._session.scalar(
                select(func.count(ProductionTask.id)).where(
                    ProductionTask.order_id == order_id,
                    ProductionTask.id != besides,
                    ProductionTask.status.in_((TaskStatus.QUEUED, TaskStatus.IN_PROGRESS)),
                )
            )
            or 0
        )

    def add_to_showcase(self, cake_id: int, quantity: int) -> bool:
        """Put a finished batch on the showcase; a negative quantity takes it back if still there."""
        result = self._session.execute(
            update(Cake)
            .where(Cake.id == cake_id, Cake.stock_qty + quantity >= 0)
            .values(stock_qty=Cake.stock_qty + quantity)
            .execution_options(synchronize_session=False)
        )
        return rowcount(result) == 1

    def movements_of_task(self, task_id: int) -> list[StockMovement]:
        return list(
            self._session.scalars(
                select(StockMovement)
                .where(StockMovement.task_id == task_id)
                .order_by(StockMovement.id)
            )
        )

    # --- planning

    def task_totals(self, start: datetime, end: datetime) -> list[tuple[int, str, TaskStatus, int]]:
        """(cake id, name, status, quantity) of the tasks due in [start, end), not cancelled."""
        rows = self._session.execute(
            select(
                ProductionTask.cake_id,
                Cake.name,
                ProductionTask.status,
                func.sum(ProductionTask.quantity),
            )
            .join(Cake, Cake.id == ProductionTask.cake_id)
            .where(
                ProductionTask.due_at >= start,
                ProductionTask.due_at < end,
                ProductionTask.status != TaskStatus.CANCELLED,
            )
            .group_by(ProductionTask.cake_id, Cake.name, ProductionTask.status)
        )
        return [(cake_id, name, status, int(total or 0)) for cake_id, name, status, total in rows]

    def queued_before(self, start: datetime) -> dict[int, int]:
        """Cakes (by id) of the unstarted tasks due before `start`: they take stock first."""
        rows = self._session.execute(
            select(ProductionTask.cake_id, func.sum(ProductionTask.quantity))
            .where(ProductionTask.status == TaskStatus.QUEUED, ProductionTask.due_at < start)
            .group_by(ProductionTask.cake_id)
        )
        return {cake_id: int(total or 0) for cake_id, total in rows}

    # --- live updates

    def latest_change(self) -> datetime | None:
        """The newest updated_at of orders and tasks: two MAX() reads of indexed columns."""
        stamps = [
            self._session.scalar(select(func.max(Order.updated_at))),
            self._session.scalar(select(func.max(ProductionTask.updated_at))),
        ]
        present = [stamp for stamp in stamps if stamp is not None]
        return max(present) if present else None

    def orders_changed_since(
        self, since: datetime, customer_id: int | None, limit: int
    ) -> list[Order]:
        condition = Order.updated_at > since
        if customer_id is not None:
            condition = and_(condition, Order.customer_id == customer_id)
        return list(
            self._session.scalars(
                select(Order).where(condition).order_by(Order.updated_at, Order.id).limit(limit)
            )
        )

    def tasks_changed_since(self, since: datetime, limit: int) -> list[tuple[int, datetime]]:
        rows = self._session.execute(
            select(ProductionTask.id, ProductionTask.updated_at)
            .where(ProductionTask.updated_at > since)
            .order_by(ProductionTask.updated_at, ProductionTask.id)
            .limit(limit)
        )
        return [(task_id, stamp) for task_id, stamp in rows]


class CardRow(NamedTuple):
    """What a task's card shows, from the task, its cake, its order and its baker."""

    id: int
    version: int
    status: TaskStatus
    cake_id: int
    cake_name: str
    quantity: int
    due_at: datetime
    inscription: str
    notes: str
    allergens: str
    order_id: int | None
    order_number: str | None
    customer_name: str | None
    order_notes: str | None
    baker: str | None
    started_at: datetime | None
    finished_at: datetime | None


def _cards(condition: ColumnElement[bool], limit: Any) -> Select[Any]:
    """The columns of CardRow (no entity: a board reads hundreds of cards), by due time."""
    tasks, cakes, orders = _TASKS.c, _CAKES.c, _ORDERS.c
    return (
        select(
            tasks.id,
            tasks.version,
            tasks.status,
            tasks.cake_id,
            cakes.name,
            tasks.quantity,
            tasks.due_at,
            tasks.inscription,
            tasks.notes,
            cakes.allergens,
            tasks.order_id,
            orders.number,
            orders.customer_name,
            orders.notes,
            person_name(),
            tasks.started_at,
            tasks.finished_at,
        )
        .select_from(_TASKS)
        .join(_CAKES, cakes.id == tasks.cake_id)
        .outerjoin(_ORDERS, orders.id == tasks.order_id)
        .outerjoin(User, User.id == tasks.assigned_to_id)
        .where(condition)
        .order_by(tasks.due_at, tasks.id)
        .limit(limit)
    )


# The board's statements, built once: tasks due in [start, end) but cancelled ones, and the
# unfinished ones due before start.
_BOARD_CARDS = Prepared(
    _cards(
        or_(
            and_(
                _TASKS.c.due_at >= bindparam("start"),
                _TASKS.c.due_at < bindparam("end"),
                _TASKS.c.status != TaskStatus.CANCELLED,
            ),
            and_(
                _TASKS.c.status.in_((TaskStatus.QUEUED, TaskStatus.IN_PROGRESS)),
                _TASKS.c.due_at < bindparam("start"),
            ),
        ),
        bindparam("limit", type_=Integer),
    )
)
_ONE_CARD = Prepared(_cards(_TASKS.c.id == bindparam("task_id"), bindparam("limit", type_=Integer)))
_ORDER_OF_TASK = Prepared(select(_TASKS.c.order_id).where(_TASKS.c.id == bindparam("task_id")))
