"""How an order moves between statuses, and what each move sets off; shared by the services."""

from __future__ import annotations

from datetime import datetime

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


def move_status(
    uow: UnitOfWork, order: Order, target: OrderStatus, actor_id: int | None, reason: str = ""
) -> None:
    """Move the order to `target` and write the history row; refuse a move the rules forbid."""
    current = order.status
    if not can_transition(current, target):
        raise InvalidTransition(
            tr_noop("Order {0} is {1}: it cannot become {2}"), order.number, current, target
        )
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
    move_status(uow, order, OrderStatus.CONFIRMED, actor_id)
    baked = [item for item in order.items if item.made_to_order]
    for item in baked:
        uow.production.add_task(
            ProductionTask(
                order_id=order.id,
                order_item_id=item.id,
                cake_id=item.cake_id,
                quantity=item.quantity,
                due_at=order.due_at or datetime.now(),
                status=TaskStatus.QUEUED,
                inscription=item.inscription,
                notes=item.notes,
            )
        )
    if not baked:
        move_status(uow, order, OrderStatus.IN_PRODUCTION, actor_id, NOTHING_TO_BAKE)
        move_status(uow, order, OrderStatus.READY, actor_id, NOTHING_TO_BAKE)
