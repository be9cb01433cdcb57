"""Tills of the cluster race: each sells through its own node until told to stop.

A till's URL lists all three nodes, its own first. When its node dies the checkout in
flight fails (DatabaseUnavailable) or a certification conflict outlasts the service's own
retries (Conflict): the till presses Pay again with the same idempotency key, as the
checkout dialog does (it keeps its key until an order comes back). The cart was emptied
by the sale if it committed, and is emptied here if it did not: paying on the empty cart
returns the order the key made, or "The cart is empty" and the sale is run again (its
cakes put back in the cart first). Putting the cakes back before asking would be refused
when the lost sale took the last of them, and the order it made would never be reported.
"""

from __future__ import annotations

import random
import time
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.models import Category
from cakeshop_desktop.core.domain import (
    CheckoutRequest,
    Conflict,
    DatabaseUnavailable,
    InvalidInput,
    OrderDTO,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.services import cart, checkout
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import add_cake
from tests.integration.concurrency_workers import TillPlan, TillReport, one_sale, sale_key

MAX_SALES = 400
SALE_TRIES = 30


@dataclass
class ClusterTillReport(TillReport):
    retries: int = 0  # sales run again after a dead node or a lasting conflict
    reasons: list[str] = field(default_factory=list)
    seconds: float = 0.0


def run_cluster_till(plan: TillPlan, barrier: Any, stop: Any, reports: Any) -> None:
    """Process entry point: sell until `stop` is set, put a ClusterTillReport on the queue."""
    report = ClusterTillReport(plan.number)
    engine = make_engine(plan.url)
    uow = UnitOfWork(engine)
    rng = random.Random(plan.number)
    try:
        barrier.wait(timeout=60)
        started = time.monotonic()
        for sale in range(MAX_SALES):
            if stop.is_set():
                break
            _sale_with_retries(uow, plan, rng, sale, report)
            time.sleep(rng.uniform(0.0, 0.05))
        report.seconds = time.monotonic() - started
    except Exception:  # noqa: BLE001 - everything unexpected goes back to the test
        report.crashes.append(traceback.format_exc())
    finally:
        engine.dispose()
        reports.put(report)


def _sale_with_retries(
    uow: UnitOfWork, plan: TillPlan, rng: random.Random, sale: int, report: ClusterTillReport
) -> None:
    told = len(report.orders)
    for attempt in range(SALE_TRIES):
        try:
            cart.clear_cart(uow, plan.actor)
            if attempt:
                made = _order_made_by_lost_sale(uow, plan, sale)
                if made is not None:
                    report.orders.append(made.id)
                    return
            one_sale(uow, plan, rng, sale, report)
            return
        except (DatabaseUnavailable, Conflict) as exc:
            # the order may have been made before the reply was lost: the same key again
            del report.orders[told:]
            report.retries += 1
            report.reasons.append(type(exc).__name__)
            time.sleep(rng.uniform(0.05, 0.3))
    raise RuntimeError(f"till {plan.number}: sale {sale} failed {SALE_TRIES} times")


def _order_made_by_lost_sale(uow: UnitOfWork, plan: TillPlan, sale: int) -> OrderDTO | None:
    """Pay again with the sale's key on an empty cart: the order the key made, if any."""
    request = CheckoutRequest(idempotency_key=sale_key(plan, sale))
    try:
        return checkout.place_order(uow, plan.actor, request)
    except InvalidInput:  # "The cart is empty": the lost sale made nothing
        return None


def stock_the_shop(
    owner_url: str, showcase_stock: dict[str, int], capacity: int
) -> tuple[tuple[int, ...], tuple[int, ...], datetime]:
    """Showcase cakes with the given stock, one made-to-order cake and a day's capacity:
    (showcase ids, made-to-order ids, the pickup time whose day's capacity races)."""
    engine = make_engine(owner_url)
    uow = UnitOfWork(engine)
    with uow:
        category = uow.catalog.add_category(Category(name="Торты кластера")).id
        uow.commit()
    showcase = tuple(
        add_cake(
            uow,
            sku=f"47000{n}",
            name=name,
            category_id=category,
            price=Decimal("1250.50"),
            weight_grams=1000,
            stock_qty=stock,
        )
        for n, (name, stock) in enumerate(showcase_stock.items())
    )
    baked = (
        add_cake(
            uow,
            sku="4700100",
            name="Прага кластера",
            category_id=category,
            price=Decimal("2400.00"),
            weight_grams=1200,
            made_to_order=True,
            lead_time_hours=24,
        ),
    )
    due_at = (datetime.now() + timedelta(days=3)).replace(
        hour=12, minute=0, second=0, microsecond=0
    )
    with uow:
        uow.production.set_capacity(due_at.date(), capacity)
        uow.commit()
    engine.dispose()
    return showcase, baked, due_at


def till_users(owner_url: str, tills: int) -> list[UserDTO]:
    """Even tills are cashiers, odd ones customers (as in the single-server race)."""
    engine = make_engine(owner_url)
    uow = UnitOfWork(engine)
    users = [
        create_user(
            uow,
            f"cluster_till{n}",
            Role.CASHIER if n % 2 == 0 else Role.CUSTOMER,
            "secret123",
            full_name=f"Cluster till {n}",
        )
        for n in range(tills)
    ]
    engine.dispose()
    return users
