"""How an order moves between statuses, and what each move sets off; shared by the services."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from cakeshop_desktop.core.db.models import Order, OrderStatusHistory, ProductionTask
from cakeshop_desktop.core.domain import (
    InvalidTransition,
    OrderStatus,
    TaskStatus,
    can_transition,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.reasons import Reason, stored
from cakeshop_desktop.core.uow import UnitOfWork

NOTHING_TO_BAKE = stored(Reason.NOTHING_TO_BAKE)


class Step(NamedTuple):
    """One move of an order's status, as its history row records it."""

    from_status: OrderStatus | None
    to_status: OrderStatus
    reason: str = ""


def _checked(step: Step, number: str | None) -> Step:
    if step.from_status is not None and not can_transition(step.from_status, step.to_status):
        raise InvalidTransition(
            tr_noop("Order {0} is {1}: it cannot become {2}"),
            number,
            step.from_status,
            step.to_status,
        )
    return step


def _confirmation(baked: bool) -> list[Step]:
    """Confirming: an order with nothing to bake goes straight on to ready, each step recorded,
    so showcase sales follow the same status chain as everything else."""
    steps = [Step(OrderStatus.NEW, OrderStatus.CONFIRMED)]
    if not baked:
        steps.append(Step(OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, NOTHING_TO_BAKE))
        steps.append(Step(OrderStatus.IN_PRODUCTION, OrderStatus.READY, NOTHING_TO_BAKE))
    return steps


def opening_steps(
    *, confirmed: bool, baked: bool, then: tuple[OrderStatus, str] | None = None
) -> list[Step]:
    """The status history a new order starts with, checked against the rules as each move is:
    created New; at the counter confirmed at once (see `confirm`); then maybe moved on to
    `then` (status, reason). The order's status is the last step's."""
    steps = [Step(None, OrderStatus.NEW)]
    if confirmed:
        steps += _confirmation(baked)
    if then is not None:
        steps.append(Step(steps[-1].to_status, *then))
    return [_checked(step, None) for step in steps]


def task_values(
    order_id: int,
    order_item_id: int,
    cake_id: int | None,
    quantity: int,
    due_at: datetime,
    inscription: str,
    notes: str,
) -> dict[str, object]:
    """The production task a confirmed order's made-to-order line becomes (queued)."""
    return {
        "order_id": order_id,
        "order_item_id": order_item_id,
        "cake_id": cake_id,
        "quantity": quantity,
        "due_at": due_at,
        "status": TaskStatus.QUEUED,
        "inscription": inscription,
        "notes": notes,
    }


def move_status(
    uow: UnitOfWork, order: Order, target: OrderStatus, actor_id: int | None, reason: str = ""
) -> None:
    """Move the order to `target` and write the history row; refuse a move the rules forbid."""
    current = order.status
    _checked(Step(current, target), order.number)
    order.status = target
    order.updated_at = datetime.now()
    uow.orders.add_history(
        OrderStatusHistory(
            order_id=order.id,
            from_status=current,
            to_status=target,
            changed_by_id=actor_id,
            changed_at=datetime.now(),
            reason=reason,
        )
    )


def record_created(uow: UnitOfWork, order: Order, actor_id: int | None) -> None:
    uow.orders.add_history(
        OrderStatusHistory(
            order_id=order.id,
            from_status=None,
            to_status=order.status,
            changed_by_id=actor_id,
            changed_at=order.created_at,
            reason="",
        )
    )


def confirm(uow: UnitOfWork, order: Order, actor_id: int | None) -> None:
    """Confirm an order: its made-to-order cakes become production tasks.

    An order with nothing to bake goes straight on to ready (each step in the history),
    so showcase sales follow the same status chain as everything else.
    """
    baked = [item for item in order.items if item.made_to_order]
    for step in _confirmation(bool(baked)):
        move_status(uow, order, step.to_status, actor_id, step.reason)
    for item in baked:
        uow.production.add_task(
            ProductionTask(
                **task_values(
                    order.id,
                    item.id,
                    item.cake_id,
                    item.quantity,
                    order.due_at or datetime.now(),
                    item.inscription,
                    item.notes,
                )
            )
        )
