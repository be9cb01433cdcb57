"""Production capacity per day and shop settings; tasks and ingredients arrive with issue 5."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.dialects.mysql import insert as mysql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import (
    ProductionDay,
    ProductionTask,
    ShopSetting,
    StockMovement,
)
from cakeshop_desktop.core.repositories.statements import rowcount

DAILY_CAPACITY_KEY = "daily_capacity"
DEFAULT_DAILY_CAPACITY = 20


class ProductionRepository:
    """Reads and writes `production_days`, `production_tasks`, `stock_movements`, settings."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._dialect = session.get_bind().dialect.name

    def default_capacity(self) -> int:
        value = self._session.scalar(
            select(ShopSetting.value).where(ShopSetting.key == DAILY_CAPACITY_KEY)
        )
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

    def tasks_of_order(self, order_id: int) -> list[ProductionTask]:
        return list(
            self._session.scalars(
                select(ProductionTask)
                .where(ProductionTask.order_id == order_id)
                .order_by(ProductionTask.id)
            )
        )
