"""Six bakers in six processes move the same cards and enter stock at once.

Afterwards every ingredient's stock is the sum of its ledger, never negative, every started
or done task consumed its recipe exactly once, and every order whose cakes are all done is
ready (and only those).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.models import Cake, Category, Ingredient, RecipeItem
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services import ingredients
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.uow import UnitOfWork
from tests.integration.production_workers import BakerPlan, BakerReport, run_baker
from tests.integration.support import cashier_sale, race
from tests.integration.test_concurrency import race_url  # noqa: F401 - the fixture

BAKERS = 6
STEPS = 25
ORDERS = 8
REPORT_TIMEOUT_S = 180

pytestmark = pytest.mark.timeout(300)


def test_bakers_racing_on_the_board_leave_a_ledger_that_explains_the_stock(race_url: str):  # noqa: F811
    engine = make_engine(race_url)
    uow = UnitOfWork(engine)
    admin = create_user(uow, "admin", Role.ADMIN, "secret123")
    cashier = create_user(uow, "cashier", Role.CASHIER, "secret123")
    bakers = [create_user(uow, f"baker{n}", Role.BAKER, "secret123") for n in range(BAKERS)]
    with uow:
        category = uow.catalog.add_category(Category(name="Торты")).id
        cakes = [
            uow.catalog.add_cake(
                Cake(
                    sku=f"4600{n}",
                    name=name,
                    category_id=category,
                    price=Decimal("2000.00"),
                    weight_grams=1000,
                    made_to_order=True,
                    lead_time_hours=1,
                )
            ).id
            for n, name in enumerate(("Прага", "Медовик"))
        ]
        flour = Ingredient(name="Мука", unit="g")
        cream = Ingredient(name="Сливки", unit="ml")
        uow._session.add_all([flour, cream])  # noqa: SLF001 - test set-up
        uow.flush()
        uow._session.add_all(  # noqa: SLF001
            [
                RecipeItem(cake_id=cakes[0], ingredient_id=flour.id, quantity=Decimal("250")),
                RecipeItem(cake_id=cakes[0], ingredient_id=cream.id, quantity=Decimal("120.5")),
                RecipeItem(cake_id=cakes[1], ingredient_id=flour.id, quantity=Decimal("300")),
            ]
        )
        ids = (flour.id, cream.id)
        due = datetime.now() + timedelta(hours=3)
        uow.production.set_capacity(due.date(), 500)
        uow.commit()
    ingredients.record_movement(uow, admin, ids[0], "purchase", "3000")
    ingredients.record_movement(uow, admin, ids[1], "purchase", "600")  # short on purpose
    for n in range(ORDERS):
        cashier_sale(uow, cashier, {cakes[n % 2]: 1 + n % 3}, due_at=due)

    reports: list[BakerReport] = race(
        run_baker,
        [(BakerPlan(race_url, n, baker, ids, STEPS),) for n, baker in enumerate(bakers)],
        REPORT_TIMEOUT_S,
        "bakers",
    )

    crashes = [crash for report in reports for crash in report.crashes]
    assert not crashes, "\n".join(crashes)
    refusals = Counter(reason for report in reports for reason in report.refusals)
    assert sum(report.moves for report in reports) >= 2 * BAKERS, refusals
    assert refusals["Conflict"] > 0, refusals  # the bakers really did collide

    assert ingredients.stock_mismatches(uow, admin) == ()
    with engine.connect() as db:
        assert (
            db.execute(text("SELECT COUNT(*) FROM ingredients WHERE stock_qty < 0")).scalar() == 0
        )
        # a started or done task consumed its recipe once; a queued one nothing (net)
        tasks = db.execute(text("SELECT id, cake_id, quantity, status FROM production_tasks")).all()
        recipe = {
            (cake, ingredient): Decimal(str(quantity))
            for cake, ingredient, quantity in db.execute(
                text("SELECT cake_id, ingredient_id, quantity FROM recipe_items")
            )
        }
        for task_id, cake_id, quantity, status in tasks:
            for ingredient_id in ids:
                used = db.execute(
                    text(
                        "SELECT COALESCE(SUM(quantity), 0) FROM stock_movements "
                        "WHERE task_id = :t AND ingredient_id = :i AND kind = 'consumption'"
                    ),
                    {"t": task_id, "i": ingredient_id},
                ).scalar()
                expected = (
                    Decimal(0)
                    if status == "queued"
                    else recipe.get((cake_id, ingredient_id), Decimal(0)) * quantity
                )
                assert -Decimal(str(used)).quantize(Decimal("0.001")) == expected, (task_id, status)
        # an order is ready exactly when all its cakes are done
        for order_id, status in db.execute(text("SELECT id, status FROM orders")):
            states = {
                row[0]
                for row in db.execute(
                    text("SELECT status FROM production_tasks WHERE order_id = :o"), {"o": order_id}
                )
            }
            assert (status == "ready") == (states == {"done"}), (order_id, status, states)
            if "in_progress" in states or "done" in states:
                assert status in ("in_production", "ready"), (order_id, status)
    engine.dispose()
