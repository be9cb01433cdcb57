"""The frozen DTOs of the bakery: the board's task cards, ingredient stock, the day's plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from cakeshop_desktop.core.domain import DomainError, MovementKind, OrderDTO, TaskStatus

BOARD_COLUMNS = (TaskStatus.QUEUED, TaskStatus.IN_PROGRESS, TaskStatus.DONE)


class IngredientShortage(DomainError):
    """Not enough of an ingredient in stock to start a task."""


@dataclass(frozen=True, slots=True)
class TaskCard:
    """A production task as a card on the board."""

    id: int
    version: int
    status: TaskStatus
    cake_id: int
    cake_name: str
    quantity: int
    due_at: datetime
    inscription: str
    notes: str
    allergens: tuple[str, ...]
    order_id: int | None
    order_number: str  # "" for a showcase batch
    customer_name: str
    order_notes: str
    baker: str  # who started it, "" while queued
    started_at: datetime | None
    finished_at: datetime | None

    @property
    def is_batch(self) -> bool:
        """A showcase batch planned by an admin, not an order's cake."""
        return self.order_id is None


@dataclass(frozen=True, slots=True)
class BoardDay:
    """One day of the board: its tasks in the three columns, by due time."""

    day: date
    capacity: int
    booked: int
    queued: tuple[TaskCard, ...]
    in_progress: tuple[TaskCard, ...]
    done: tuple[TaskCard, ...]

    def column(self, status: TaskStatus) -> tuple[TaskCard, ...]:
        return {
            TaskStatus.QUEUED: self.queued,
            TaskStatus.IN_PROGRESS: self.in_progress,
            TaskStatus.DONE: self.done,
        }[status]


@dataclass(frozen=True, slots=True)
class Board:
    """The board from `date_from` for `days` days; `overdue` holds earlier unfinished tasks."""

    date_from: date
    days: tuple[BoardDay, ...]
    overdue: tuple[TaskCard, ...]

    def cards(self) -> tuple[TaskCard, ...]:
        every = list(self.overdue)
        for day in self.days:
            every += [*day.queued, *day.in_progress, *day.done]
        return tuple(every)


@dataclass(frozen=True, slots=True)
class TaskMove:
    """What a move did: the task as it is now, and the order's status when it changed."""

    task: TaskCard
    order: OrderDTO | None


@dataclass(frozen=True, slots=True)
class IngredientStock:
    """An ingredient with its stock; cost is None for whoever may not see costs."""

    id: int
    name: str
    unit: str
    stock_qty: Decimal
    reorder_level: Decimal
    cost_per_unit: Decimal | None

    @property
    def is_low(self) -> bool:
        return self.stock_qty < self.reorder_level


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One row of an ingredient's or a cake's stock ledger."""

    id: int
    kind: MovementKind
    quantity: Decimal
    reason: str
    task_id: int | None
    order_id: int | None
    created_by: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class StockMismatch:
    """An ingredient whose stock figure the ledger does not explain."""

    ingredient_id: int
    name: str
    stock_qty: Decimal
    ledger_qty: Decimal


@dataclass(frozen=True, slots=True)
class PlannedCake:
    """How many of a cake the day's tasks still need, and how many are under way."""

    cake_id: int
    cake_name: str
    queued: int
    in_progress: int
    done: int


@dataclass(frozen=True, slots=True)
class IngredientNeed:
    """One ingredient against the day's plan.

    `earlier` is what unstarted tasks due before the day will take first; `short` is what
    is missing for the day, `to_buy` also brings the stock back to the reorder level.
    """

    ingredient_id: int
    name: str
    unit: str
    needed: Decimal
    stock_qty: Decimal
    earlier: Decimal
    reorder_level: Decimal
    short: Decimal
    to_buy: Decimal
    cost: Decimal | None  # of `to_buy`, for admins only

    @property
    def is_short(self) -> bool:
        return self.short > 0


@dataclass(frozen=True, slots=True)
class DayPlan:
    """What to make on a day and the ingredients it needs against stock."""

    day: date
    capacity: int
    booked: int
    cakes: tuple[PlannedCake, ...]
    needs: tuple[IngredientNeed, ...]
    missing_recipes: tuple[str, ...]  # cakes on the plan without a recipe

    @property
    def shortages(self) -> tuple[IngredientNeed, ...]:
        return tuple(need for need in self.needs if need.is_short)

    @property
    def shopping_list(self) -> tuple[IngredientNeed, ...]:
        return tuple(need for need in self.needs if need.to_buy > 0)


@dataclass(frozen=True, slots=True)
class CapacityDay:
    """A day's production capacity and what checkouts have booked of it."""

    day: date
    capacity: int
    booked: int
    planned: bool  # False: the day has no row yet and takes the default capacity


@dataclass(frozen=True, slots=True)
class CakeCost:
    """What a cake's recipe costs and what is left of its price (admins only)."""

    cake_id: int
    name: str
    price: Decimal
    cost: Decimal | None  # None without a recipe
    margin: Decimal | None
    margin_percent: Decimal | None


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What changed since the last poll: `stamp` is the newest change time seen."""

    stamp: datetime | None
    orders: tuple[OrderDTO, ...]
    task_stamps: tuple[tuple[int, datetime], ...]  # (task id, updated_at)
