"""Worker processes of the concurrency test: each is a till racing the others to sell.

Kept apart from the test module so a spawned process imports only the core, not pytest.
"""

from __future__ import annotations

import random
import traceback
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import (
    CapacityFull,
    CheckoutRequest,
    OutOfStock,
    PaymentMethod,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.services import cart, checkout
from cakeshop_desktop.core.uow import UnitOfWork

TWIN_KEY = "twin-checkout-raced-by-two-tills"


@dataclass(frozen=True)
class TillPlan:
    """What one worker process does."""

    url: str
    number: int
    actor: UserDTO
    showcase: tuple[int, ...]  # cake ids with a small stock
    baked: tuple[int, ...]  # made-to-order cake ids
    due_at: datetime  # pickup time of every made-to-order cake: the day whose capacity races
    attempts: int
    twin: UserDTO | None = None  # set on the two tills that race the same idempotency key


@dataclass
class TillReport:
    """What one worker saw: ids of its orders and why it was refused when it was."""

    number: int
    orders: list[int] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)  # exception class names
    crashes: list[str] = field(default_factory=list)  # tracebacks of anything unexpected
    replay_mismatches: list[str] = field(default_factory=list)
    twin_order: int | None = None


def run_till(plan: TillPlan, barrier: Any, reports: Any) -> None:
    """Process entry point: wait for all tills, race, put a TillReport on the queue."""
    report = TillReport(plan.number)
    engine = make_engine(plan.url)
    uow = UnitOfWork(engine)
    rng = random.Random(plan.number)
    try:
        barrier.wait(timeout=60)
        if plan.twin is not None:
            report.twin_order = _twin_checkout(uow, plan.twin, report)
        for attempt in range(plan.attempts):
            one_sale(uow, plan, rng, attempt, report)
    except Exception:  # noqa: BLE001 - everything unexpected goes back to the test
        report.crashes.append(traceback.format_exc())
    finally:
        engine.dispose()
        reports.put(report)


def _twin_checkout(uow: UnitOfWork, twin: UserDTO, report: TillReport) -> int | None:
    try:
        return checkout.place_order(uow, twin, CheckoutRequest(idempotency_key=TWIN_KEY)).id
    except Exception:  # noqa: BLE001
        report.crashes.append("twin checkout: " + traceback.format_exc())
        return None


def sale_key(plan: TillPlan, attempt: int) -> str:
    """The idempotency key of a till's sale: the same on every try of that sale."""
    return f"till-{plan.number}-{attempt}"


def one_sale(
    uow: UnitOfWork, plan: TillPlan, rng: random.Random, attempt: int, report: TillReport
) -> None:
    # showcase only, made-to-order only, or both (two showcase cakes now and then)
    kind = rng.random()
    lines: dict[int, int] = {}
    if kind < 0.7:
        lines[rng.choice(plan.showcase)] = rng.choice((1, 1, 2))
        if rng.random() < 0.3:
            lines[rng.choice(plan.showcase)] = 1
    if kind >= 0.4:
        lines[rng.choice(plan.baked)] = rng.choice((1, 1, 2))
    request_key = sale_key(plan, attempt)
    try:
        basket = None
        for cake_id, quantity in lines.items():
            basket = cart.add_to_cart(uow, plan.actor, cake_id, quantity)
        assert basket is not None
        needs_pickup = basket.needs_pickup_time
        request = CheckoutRequest(
            idempotency_key=request_key,
            customer_name="" if plan.actor.role is Role.CUSTOMER else f"Walk-in {plan.number}",
            customer_phone="+7 900 123-45-67",
            due_at=plan.due_at if needs_pickup else None,
            payment_method=None if plan.actor.role is Role.CUSTOMER else PaymentMethod.CASH,
            paid_amount=Decimal("0") if plan.actor.role is Role.CUSTOMER else basket.total,
        )
        order = checkout.place_order(uow, plan.actor, request)
        report.orders.append(order.id)
        again = checkout.place_order(uow, plan.actor, request)  # a retry after a lost reply
        if again.id != order.id:
            report.replay_mismatches.append(f"{request_key}: {order.id} then {again.id}")
    except (OutOfStock, CapacityFull) as refusal:
        report.refusals.append(type(refusal).__name__)
        cart.clear_cart(uow, plan.actor)
