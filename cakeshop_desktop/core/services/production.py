"""The bakers' board: tasks by day in three columns, moving them along, showcase batches.

Starting a task takes its recipe's ingredients from stock in the same transaction (one
`consumption` ledger row per ingredient); the first started task puts its order in
production and the last finished one makes it ready. Two bakers moving the same card at
once: the task's version column lets one win and tells the other who did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy.orm.exc import StaleDataError

from cakeshop_desktop.core.db.models import Order, ProductionTask, StockMovement
from cakeshop_desktop.core.domain import (
    Conflict,
    InvalidInput,
    InvalidTransition,
    MovementKind,
    NotFound,
    OrderStatus,
    Role,
    TaskStatus,
    UserDTO,
)
from cakeshop_desktop.core.messages import Message, UnitName, tr_noop
from cakeshop_desktop.core.reasons import Reason, stored
from cakeshop_desktop.core.repositories.production import CardRow
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.rules.quantities import format_quantity
from cakeshop_desktop.core.support import lifecycle
from cakeshop_desktop.core.support.mapping import order_dto, split_allergens
from cakeshop_desktop.core.types.production import (
    Board,
    BoardDay,
    IngredientShortage,
    TaskCard,
    TaskMove,
)
from cakeshop_desktop.core.uow import UnitOfWork, retry_on_deadlock

BAKERS = frozenset({Role.BAKER, Role.ADMIN})
ADMINS = frozenset({Role.ADMIN})
MAX_BOARD_DAYS = 14
BOARD_LIMIT = 2000
STARTED = stored(Reason.PRODUCTION_STARTED)
ALL_DONE = stored(Reason.ALL_DONE)
BATCH_REASON = stored(Reason.SHOWCASE_BATCH)


# ---------------------------------------------------------------- the board


def production_board(uow: UnitOfWork, actor: UserDTO, date_from: date, days: int = 1) -> Board:
    """Tasks due from `date_from` for `days` days, plus the unfinished ones already overdue."""
    require(actor, BAKERS, tr_noop("see the production board"))
    first = board_day(date_from)
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_BOARD_DAYS:
        raise InvalidInput(tr_noop("The board shows 1 to {0} days"), MAX_BOARD_DAYS)
    start = datetime.combine(first, time.min)
    last = first + timedelta(days=days - 1)
    with uow:
        rows = uow.production.board_rows(start, start + timedelta(days=days), limit=BOARD_LIMIT)
        planned = uow.production.days_between(first, last)
        default = uow.production.default_capacity()
        cards = [task_card(row) for row in rows]
    by_day: dict[date, list[TaskCard]] = defaultdict(list)
    overdue = []
    for card in cards:
        if card.due_at < start:
            overdue.append(card)
        else:
            by_day[card.due_at.date()].append(card)
    board_days = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        row = planned.get(day)
        listed = by_day.get(day, [])
        board_days.append(
            BoardDay(
                day=day,
                capacity=row[0] if row is not None else default,
                booked=row[1] if row is not None else 0,
                queued=_in(listed, TaskStatus.QUEUED),
                in_progress=_in(listed, TaskStatus.IN_PROGRESS),
                done=_in(listed, TaskStatus.DONE),
            )
        )
    return Board(date_from=first, days=tuple(board_days), overdue=tuple(overdue))


def _in(cards: list[TaskCard], status: TaskStatus) -> tuple[TaskCard, ...]:
    return tuple(card for card in cards if card.status is status)


def task_card(row: CardRow) -> TaskCard:
    return TaskCard(
        id=row.id,
        version=row.version,
        status=row.status,
        cake_id=row.cake_id,
        cake_name=row.cake_name,
        quantity=row.quantity,
        due_at=row.due_at,
        inscription=row.inscription,
        notes=row.notes,
        allergens=split_allergens(row.allergens),
        order_id=row.order_id,
        order_number=row.order_number or "",
        customer_name=row.customer_name or "",
        order_notes=row.order_notes or "",
        baker=row.baker or "",
        started_at=row.started_at,
        finished_at=row.finished_at,
    )


def task(uow: UnitOfWork, actor: UserDTO, task_id: int) -> TaskCard:
    """One card as it is now."""
    require(actor, BAKERS, tr_noop("see the production board"))
    validation.identifier(task_id, tr_noop("production task"))
    with uow:
        return _card(uow, task_id)


def _card(uow: UnitOfWork, task_id: int) -> TaskCard:
    row = uow.production.card_row(task_id)
    if row is None:
        raise NotFound(tr_noop("No such production task"))
    return task_card(row)


# ---------------------------------------------------------------- moves

Step = Callable[[UnitOfWork, UserDTO, ProductionTask, Order | None], None]


def start_task(uow: UnitOfWork, actor: UserDTO, task_id: int, version: int) -> TaskMove:
    """Queued -> in progress: the recipe's ingredients leave stock, or nothing happens."""
    return _move(uow, actor, task_id, version, TaskStatus.QUEUED, _start)


def finish_task(uow: UnitOfWork, actor: UserDTO, task_id: int, version: int) -> TaskMove:
    """In progress -> done: the order becomes ready with its last cake, a batch goes on show."""
    return _move(uow, actor, task_id, version, TaskStatus.IN_PROGRESS, _finish)


def undo_task(uow: UnitOfWork, actor: UserDTO, task_id: int, version: int) -> TaskMove:
    """One column back: a started task returns its ingredients, a done one is in progress again."""
    return _move(uow, actor, task_id, version, None, _undo)


def advance_task(uow: UnitOfWork, actor: UserDTO, task_id: int, version: int) -> TaskMove:
    """One column on, whichever column the card is in (the board's Space key)."""
    return _move(uow, actor, task_id, version, None, _advance)


def _move(
    uow: UnitOfWork,
    actor: UserDTO,
    task_id: int,
    version: int,
    expected: TaskStatus | None,
    step: Step,
) -> TaskMove:
    require(actor, BAKERS, tr_noop("move production tasks"))
    validation.identifier(task_id, tr_noop("production task"))
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidInput(tr_noop("Unknown version of the production task"))

    def work() -> TaskMove:
        with uow:
            exists, order_id = uow.production.order_of_task(task_id)
            if not exists:
                raise NotFound(tr_noop("No such production task"))
            # the order first, then the task, then ingredients by id: the order cancel_order
            # takes its locks in, so the two cannot deadlock
            order = uow.orders.get_for_update(order_id) if order_id else None
            current = uow.production.lock_task(task_id)
            if current is None:
                raise NotFound(tr_noop("No such production task"))
            if current.version != version or (
                expected is not None and current.status is not expected
            ):
                raise Conflict(_conflict_message(uow, task_id))
            status = order.status if order is not None else None
            step(uow, actor, current, order)
            _flush_or_conflict(uow, task_id)
            uow.commit()
            changed = order is not None and order.status is not status
            return TaskMove(
                task=_card(uow, task_id), order=order_dto(order) if changed and order else None
            )

    return retry_on_deadlock(work)


def _flush_or_conflict(uow: UnitOfWork, task_id: int) -> None:
    """Write the task; when its version moved on meanwhile, say who moved it."""
    try:
        uow.flush()
    except StaleDataError:
        uow.rollback()
        raise Conflict(_conflict_message(uow, task_id)) from None


def _conflict_message(uow: UnitOfWork, task_id: int) -> Message:
    """What somebody else did to the card meanwhile, in the baker's words."""
    row = uow.production.card_row(task_id)
    if row is None:
        return Message(tr_noop("This task is no longer on the board"))
    name = row.cake_name
    who: str = row.baker or tr_noop("another baker")
    status = row.status
    if status is TaskStatus.IN_PROGRESS:
        return Message(tr_noop("«{0}» is already started by {1}"), (name, who))
    if status is TaskStatus.DONE:
        return Message(tr_noop("«{0}» is already done ({1})"), (name, who))
    if status is TaskStatus.CANCELLED:
        return Message(tr_noop("«{0}» was cancelled with its order: it is off the board"), (name,))
    return Message(tr_noop("«{0}» was moved back to the queue by somebody else meanwhile"), (name,))


def _advance(uow: UnitOfWork, actor: UserDTO, task: ProductionTask, order: Order | None) -> None:
    if task.status is TaskStatus.QUEUED:
        _start(uow, actor, task, order)
    elif task.status is TaskStatus.IN_PROGRESS:
        _finish(uow, actor, task, order)
    else:
        raise InvalidInput(tr_noop("This task is already done"))


def _start(uow: UnitOfWork, actor: UserDTO, task: ProductionTask, order: Order | None) -> None:
    if order is not None and order.status not in (
        OrderStatus.CONFIRMED,
        OrderStatus.IN_PRODUCTION,
    ):
        raise InvalidTransition(
            tr_noop("Order {0} is {1}: nothing to start"), order.number, order.status
        )
    now = datetime.now()
    _consume(uow, actor, task, now)
    task.status = TaskStatus.IN_PROGRESS
    task.assigned_to_id = actor.id
    task.started_at = now
    task.finished_at = None
    if order is not None and order.status is OrderStatus.CONFIRMED:
        lifecycle.move_status(uow, order, OrderStatus.IN_PRODUCTION, actor.id, STARTED)


def _consume(uow: UnitOfWork, actor: UserDTO, task: ProductionTask, now: datetime) -> None:
    """Take the recipe times the quantity; name every ingredient that falls short."""
    recipe = uow.ingredients.recipe(task.cake_id)
    short: list[tuple[int, Decimal]] = []
    for ingredient_id, per_cake in recipe:
        amount = per_cake * task.quantity
        if not uow.ingredients.change_stock(ingredient_id, -amount):
            short.append((ingredient_id, amount))
            continue
        uow.ingredients.add_movement(
            StockMovement(
                kind=MovementKind.CONSUMPTION,
                ingredient_id=ingredient_id,
                quantity=-amount,
                order_id=task.order_id,
                task_id=task.id,
                reason=stored(Reason.TASK, task.id),
                created_by_id=actor.id,
                created_at=now,
            )
        )
    if short:
        found = uow.ingredients.by_ids(i for i, _ in short)
        lines = []
        for ingredient_id, amount in short:
            item = found[ingredient_id]
            stock = Decimal(item.stock_qty)
            lines.append(
                Message(
                    tr_noop("«{0}»: {1} {2} needed, {3} in stock, {4} short"),
                    (
                        item.name,
                        format_quantity(amount),
                        UnitName(item.unit),
                        format_quantity(stock),
                        format_quantity(amount - stock),
                    ),
                )
            )
        raise IngredientShortage(
            tr_noop("Not enough to start: {0}. Record a purchase or a stock adjustment first."),
            tuple(lines),
        )


def _finish(uow: UnitOfWork, actor: UserDTO, task: ProductionTask, order: Order | None) -> None:
    now = datetime.now()
    task.status = TaskStatus.DONE
    task.finished_at = now
    if order is None:
        uow.production.add_to_showcase(task.cake_id, task.quantity)
        uow.production.add_movement(
            StockMovement(
                kind=MovementKind.PRODUCTION,
                cake_id=task.cake_id,
                quantity=Decimal(task.quantity),
                task_id=task.id,
                reason=BATCH_REASON,
                created_by_id=actor.id,
                created_at=now,
            )
        )
        return
    others = uow.production.unfinished_tasks_of_order(order.id, besides=task.id)
    if others == 0 and order.status is OrderStatus.IN_PRODUCTION:
        lifecycle.move_status(uow, order, OrderStatus.READY, actor.id, ALL_DONE)


def _undo(uow: UnitOfWork, actor: UserDTO, task: ProductionTask, order: Order | None) -> None:
    now = datetime.now()
    if task.status is TaskStatus.IN_PROGRESS:
        _give_back(uow, actor, task, now)
        task.status = TaskStatus.QUEUED
        task.assigned_to_id = None
        task.started_at = None
    elif task.status is TaskStatus.DONE:
        if order is not None and order.status is not OrderStatus.IN_PRODUCTION:
            raise InvalidTransition(
                tr_noop("Order {0} is already {1}: its cakes cannot go back on the board"),
                order.number,
                order.status,
            )
        if order is None:
            if not uow.production.add_to_showcase(task.cake_id, -task.quantity):
                raise InvalidTransition(
                    tr_noop(
                        "The batch has already been sold from the showcase: it cannot be undone"
                    )
                )
            uow.production.add_movement(
                StockMovement(
                    kind=MovementKind.PRODUCTION,
                    cake_id=task.cake_id,
                    quantity=Decimal(-task.quantity),
                    task_id=task.id,
                    reason=stored(Reason.BATCH_FINISH_UNDONE),
                    created_by_id=actor.id,
                    created_at=now,
                )
            )
        task.status = TaskStatus.IN_PROGRESS
        task.finished_at = None
    else:
        raise InvalidInput(tr_noop("This task is not started yet"))


def _give_back(uow: UnitOfWork, actor: UserDTO, task: ProductionTask, now: datetime) -> None:
    """Return what the start took: the net consumption of the task, per ingredient."""
    taken: dict[int, Decimal] = defaultdict(Decimal)
    for movement in uow.production.movements_of_task(task.id):
        if movement.kind is MovementKind.CONSUMPTION and movement.ingredient_id is not None:
            taken[movement.ingredient_id] -= Decimal(movement.quantity)
    for ingredient_id in sorted(taken):
        amount = taken[ingredient_id]
        if amount <= 0:
            continue
        uow.ingredients.change_stock(ingredient_id, amount)
        uow.ingredients.add_movement(
            StockMovement(
                kind=MovementKind.CONSUMPTION,
                ingredient_id=ingredient_id,
                quantity=amount,
                order_id=task.order_id,
                task_id=task.id,
                reason=stored(Reason.TASK_START_UNDONE, task.id),
                created_by_id=actor.id,
                created_at=now,
            )
        )


# ---------------------------------------------------------------- showcase batches


def plan_batch(
    uow: UnitOfWork, actor: UserDTO, cake_id: int, quantity: int, due_at: datetime
) -> TaskCard:
    """An admin plans a batch for the showcase; finishing it adds to the cake's stock."""
    require(actor, ADMINS, tr_noop("plan showcase batches"))
    validation.identifier(cake_id, tr_noop("cake"))
    quantity = validation.quantity(quantity)
    due = validation.moment(due_at, tr_noop("Due time"))
    if due is None:
        raise InvalidInput(tr_noop("Due time must be a date and time"))
    if due.date() < date.today():
        raise InvalidInput(tr_noop("A batch cannot be planned for a day already past"))
    with uow:
        cake = uow.catalog.get_cake(cake_id)
        if cake is None or not cake.is_active:
            raise NotFound(tr_noop("No such cake"))
        batch = ProductionTask(
            cake_id=cake_id,
            quantity=quantity,
            due_at=due,
            status=TaskStatus.QUEUED,
            notes=BATCH_REASON,
        )
        uow.production.add_task(batch)
        uow.flush()
        uow.commit()
        return _card(uow, batch.id)


def cancel_batch(uow: UnitOfWork, actor: UserDTO, task_id: int, version: int) -> TaskCard:
    """An admin drops a showcase batch nobody has started."""
    require(actor, ADMINS, tr_noop("cancel showcase batches"))
    validation.identifier(task_id, tr_noop("production task"))
    with uow:
        batch = uow.production.lock_task(task_id)
        if batch is None or batch.order_id is not None:
            raise NotFound(tr_noop("No such showcase batch"))
        if batch.version != version or batch.status is not TaskStatus.QUEUED:
            raise Conflict(_conflict_message(uow, task_id))
        batch.status = TaskStatus.CANCELLED
        _flush_or_conflict(uow, task_id)
        uow.commit()
        return _card(uow, task_id)


def board_day(value: object) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(tr_noop("A day must be a date"))
    if not 2000 <= value.year <= 2999:
        raise InvalidInput(tr_noop("The day is out of range"))
    return value
