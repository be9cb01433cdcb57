"""Shared set-up for the checkout, orders panel and order detail GUI tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine

from cakeshop_desktop.core.domain import (
    CheckoutRequest,
    ItemNote,
    OrderDTO,
    PaymentMethod,
    UserDTO,
)
from cakeshop_desktop.core.services import cart, checkout
from cakeshop_desktop.core.uow import UnitOfWork
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.workers import Workers


@contextmanager
def shop_context(engine: Engine, actor: UserDTO) -> Iterator[ShopContext]:
    """A context as the logged-in `actor`; waits for its workers before the engine goes."""
    workers = Workers()
    try:
        yield ShopContext(engine, workers, actor)
    finally:
        workers.wait_for_done()


def place(
    uow: UnitOfWork,
    actor: UserDTO,
    cakes: dict[int, int],
    *,
    paid: Decimal | None = None,
    due_in: timedelta | None = None,
    customer_name: str = "Walk-in",
    customer_phone: str = "+7 900 111-22-33",
    inscription: str = "",
) -> OrderDTO:
    """Put `cakes` (id -> quantity) in the actor's cart and check out through the services."""
    for cake_id, quantity in cakes.items():
        cart.add_to_cart(uow, actor, cake_id, quantity)
    staff = actor.role.value in ("cashier", "admin")
    return checkout.place_order(
        uow,
        actor,
        CheckoutRequest(
            idempotency_key=uuid.uuid4().hex,
            customer_name=customer_name if staff else "",
            customer_phone=customer_phone if staff else "",
            due_at=datetime.now() + due_in if due_in else None,
            payment_method=PaymentMethod.CASH if paid else None,
            paid_amount=paid or Decimal("0"),
            item_notes={cake_id: ItemNote(inscription) for cake_id in cakes} if inscription else {},
        ),
    )
