"""Worker processes of the production concurrency test: bakers moving cards, stock entered.

Kept apart from the test module so a spawned process imports only the core, not pytest.
"""

from __future__ import annotations

import random
import time
import traceback
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import (
    Conflict,
    InvalidInput,
    InvalidTransition,
    TaskStatus,
    UserDTO,
)
from cakeshop_desktop.core.services import ingredients, production
from cakeshop_desktop.core.types.production import IngredientShortage
from cakeshop_desktop.core.uow import UnitOfWork

EXPECTED = (Conflict, IngredientShortage, InvalidTransition, InvalidInput)


@dataclass(frozen=True)
class BakerPlan:
    """What one worker process does."""

    url: str
    number: int
    actor: UserDTO
    ingredient_ids: tuple[int, ...]
    steps: int


@dataclass
class BakerReport:
    """What one worker saw."""

    number: int
    moves: int = 0
    stock_entries: int = 0
    refusals: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)


def run_baker(plan: BakerPlan, barrier: Any, reports: Any) -> None:
    """Process entry point: wait for all bakers, race, put a BakerReport on the queue."""
    report = BakerReport(plan.number)
    engine = make_engine(plan.url)
    uow = UnitOfWork(engine)
    rng = random.Random(plan.number)
    try:
        barrier.wait(timeout=60)
        for _ in range(plan.steps):
            try:
                _step(uow, plan, rng, report)
            except EXPECTED as exc:
                report.refusals.append(type(exc).__name__)
    except Exception:  # noqa: BLE001 - reported to the test, which fails with the trace
        report.crashes.append(traceback.format_exc())
    finally:
        engine.dispose()
        reports.put(report)


def _step(uow: UnitOfWork, plan: BakerPlan, rng: random.Random, report: BakerReport) -> None:
    roll = rng.random()
    if roll < 0.2:
        ingredient_id = rng.choice(plan.ingredient_ids)
        if rng.random() < 0.5:
            ingredients.record_movement(
                uow, plan.actor, ingredient_id, "purchase", str(rng.randint(100, 400)), "delivery"
            )
        else:
            ingredients.record_movement(
                uow, plan.actor, ingredient_id, "waste", str(rng.randint(1, 50)), "spilt"
            )
        report.stock_entries += 1
        return
    board = production.production_board(uow, plan.actor, date.today(), 7)
    cards = list(board.cards())
    open_cards = [card for card in cards if card.status is not TaskStatus.DONE]
    if not cards:
        return
    if open_cards and rng.random() < 0.9:
        # half the time every baker goes for the same card: that is where they collide
        card = open_cards[0] if rng.random() < 0.5 else rng.choice(open_cards)
    else:
        card = rng.choice(cards)
    # A baker looks at the board, then clicks: others move cards in between. Without the
    # pause one process can hold SQLite's lock for many steps in a row and nobody collides.
    time.sleep(rng.random() * 0.01)
    forward = card.status is TaskStatus.QUEUED or (
        card.status is TaskStatus.IN_PROGRESS and roll < 0.75
    )
    if forward:
        production.advance_task(uow, plan.actor, card.id, card.version)
    else:
        production.undo_task(uow, plan.actor, card.id, card.version)
    report.moves += 1
