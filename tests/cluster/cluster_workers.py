"""Tills of the cluster race: each sells through its own node until told to stop.

A till's URL lists all three nodes, its own first. When its node dies the checkout in
flight fails (DatabaseUnavailable) or a certification conflict outlasts the service's own
retries (Conflict): the till runs the same sale again with the same idempotency key, as a
cashier would press Pay again, and either makes the order or gets back the one it made.
"""

from __future__ import annotations

import random
import time
import traceback
from dataclasses import dataclass, field
from typing import Any

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import Conflict, DatabaseUnavailable
from cakeshop_desktop.core.services import cart
from cakeshop_desktop.core.uow import UnitOfWork
from tests.integration.concurrency_workers import TillPlan, TillReport, one_sale

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
    for _ in range(SALE_TRIES):
        try:
            cart.clear_cart(uow, plan.actor)
            one_sale(uow, plan, rng, sale, report)
            return
        except (DatabaseUnavailable, Conflict) as exc:
            # the order may have been made before the reply was lost: the same key again
            del report.orders[told:]
            report.retries += 1
            report.reasons.append(type(exc).__name__)
            time.sleep(rng.uniform(0.05, 0.3))
    raise RuntimeError(f"till {plan.number}: sale {sale} failed {SALE_TRIES} times")
