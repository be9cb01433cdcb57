"""Eight tills in eight processes race for the last showcase cakes and the last capacity.

Every till goes through the services (cart + checkout) with its own engine, as separate
counters do. Afterwards the database must explain every sale: no negative stock, stock
decrease == items sold == ledger, booked capacity == made-to-order cakes of the day and
never above it, unique order numbers, and each checkout either made exactly the order
its till saw or was refused with OutOfStock/CapacityFull.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import upgrade
from cakeshop_desktop.core.db.models import Category
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services import cart
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import add_cake, create_mysql_database, drop_mysql_database
from tests.integration.concurrency_workers import TWIN_KEY, TillPlan, TillReport, run_till
from tests.integration.support import race

TILLS = 8
ATTEMPTS = 6
SHOWCASE_STOCK = {"Медовик": 5, "Наполеон": 4}
TWIN_STOCK = 1  # the twin checkout buys the only one: a second order could not exist
CAPACITY = 6
REPORT_TIMEOUT_S = 120

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(params=["sqlite", pytest.param("mysql", marks=pytest.mark.mysql)])
def race_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh migrated database of its own: the tills connect to it from other processes."""
    url = f"sqlite:///{tmp_path / 'race.sqlite3'}" if request.param == "sqlite" else None
    if url is None:
        url = create_mysql_database("cs_race")
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    yield url
    if request.param == "mysql":
        drop_mysql_database(url)


def test_tills_racing_for_the_last_cakes_and_capacity_leave_consistent_data(race_url: str):
    engine = make_engine(race_url)
    uow = UnitOfWork(engine)
    with uow:
        category = uow.catalog.add_category(Category(name="Торты")).id
        uow.commit()
    showcase = {
        name: add_cake(
            uow,
            sku=f"46000{n}",
            name=name,
            category_id=category,
            price=Decimal("1250.50"),
            weight_grams=1000,
            stock_qty=stock,
        )
        for n, (name, stock) in enumerate(SHOWCASE_STOCK.items())
    }
    twin_cake = add_cake(
        uow,
        sku="4600090",
        name="Последний торт",
        category_id=category,
        price=Decimal("800.00"),
        weight_grams=800,
        stock_qty=TWIN_STOCK,
    )
    baked = tuple(
        add_cake(
            uow,
            sku=f"46001{n}",
            name=name,
            category_id=category,
            price=Decimal("2400.00"),
            weight_grams=1200,
            made_to_order=True,
            lead_time_hours=24,
        )
        for n, name in enumerate(("Прага", "Красный бархат"))
    )
    due_at = (datetime.now() + timedelta(days=3)).replace(
        hour=12, minute=0, second=0, microsecond=0
    )
    with uow:
        uow.production.set_capacity(due_at.date(), CAPACITY)
        uow.commit()
    # even tills are cashiers (pay, confirm, production tasks), odd ones customers
    tills = [
        create_user(
            uow,
            f"till{n}",
            Role.CASHIER if n % 2 == 0 else Role.CUSTOMER,
            "secret123",
            full_name=f"Till {n}",
        )
        for n in range(TILLS)
    ]
    twin = create_user(uow, "twin", Role.CUSTOMER, "secret123", full_name="Twin")
    cart.add_to_cart(uow, twin, twin_cake, 1)

    plans = [
        TillPlan(
            url=race_url,
            number=n,
            actor=till,
            showcase=tuple(showcase.values()),
            baked=baked,
            due_at=due_at,
            attempts=ATTEMPTS,
            twin=twin if n in (0, 1) else None,
        )
        for n, till in enumerate(tills)
    ]
    reports: list[TillReport] = race(
        run_till, [(plan,) for plan in plans], REPORT_TIMEOUT_S, "tills"
    )

    crashes = [crash for report in reports for crash in report.crashes]
    assert not crashes, "\n".join(crashes)
    assert not [m for report in reports for m in report.replay_mismatches]
    refusals = Counter(reason for report in reports for reason in report.refusals)
    assert set(refusals) <= {"OutOfStock", "CapacityFull"}
    seen = [order for report in reports for order in report.orders]
    assert len(seen) == len(set(seen)), "two tills were told about the same order"

    with engine.connect() as db:

        def scalar(sql: str, **params: object) -> int:
            return int(db.execute(text(sql), params).scalar() or 0)

        # the twin checkout: both tills got the same order, and only one exists
        twin_orders = [report.twin_order for report in reports if report.number in (0, 1)]
        twin_rows = (
            db.execute(text("SELECT id FROM orders WHERE idempotency_key = :k"), {"k": TWIN_KEY})
            .scalars()
            .all()
        )
        assert len(twin_rows) == 1
        assert twin_orders == [twin_rows[0], twin_rows[0]]
        assert scalar("SELECT stock_qty FROM cakes WHERE id = :c", c=twin_cake) == 0
        assert scalar("SELECT COUNT(*) FROM order_items WHERE cake_id = :c", c=twin_cake) == 1

        # every order in the database is one a till saw succeed, and vice versa
        in_db = set(
            db.execute(
                text("SELECT id FROM orders WHERE idempotency_key <> :k"), {"k": TWIN_KEY}
            ).scalars()
        )
        assert in_db == set(seen)

        assert scalar("SELECT COUNT(*) FROM cakes WHERE stock_qty < 0") == 0
        for name, initial in SHOWCASE_STOCK.items():
            cake_id = showcase[name]
            stock = scalar("SELECT stock_qty FROM cakes WHERE id = :c", c=cake_id)
            sold = scalar(
                "SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE cake_id = :c", c=cake_id
            )
            ledger = scalar(
                "SELECT COALESCE(SUM(quantity), 0) FROM stock_movements "
                "WHERE cake_id = :c AND kind = 'sale'",
                c=cake_id,
            )
            assert initial - stock == sold == -ledger, name
            assert scalar("SELECT sold_count FROM cakes WHERE id = :c", c=cake_id) == sold
        # the race was real: the showcase sold out and the day filled up
        assert all(
            scalar("SELECT stock_qty FROM cakes WHERE id = :c", c=cake_id) <= 1
            for cake_id in showcase.values()
        )

        booked = scalar("SELECT booked FROM production_days WHERE day = :d", d=due_at.date())
        baked_sold = scalar(
            "SELECT COALESCE(SUM(i.quantity), 0) FROM order_items i JOIN orders o "
            "ON o.id = i.order_id WHERE i.made_to_order = 1 AND o.status <> 'cancelled'"
        )
        assert booked == baked_sold <= CAPACITY
        assert booked >= CAPACITY - 1
        tasks = scalar("SELECT COALESCE(SUM(quantity), 0) FROM production_tasks")
        cashier_baked = scalar(
            "SELECT COALESCE(SUM(i.quantity), 0) FROM order_items i JOIN orders o "
            "ON o.id = i.order_id JOIN users u ON u.id = o.created_by_id "
            "WHERE i.made_to_order = 1 AND u.role = 'cashier'"
        )
        assert tasks == cashier_baked

        numbers = db.execute(text("SELECT id, number FROM orders")).all()
        assert len({number for _, number in numbers}) == len(numbers)
        assert all(number == f"{order_id:06d}" for order_id, number in numbers)
        # a refused checkout leaves nothing behind
        assert (
            scalar(
                "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS "
                "(SELECT 1 FROM order_items i WHERE i.order_id = o.id)"
            )
            == 0
        )
    engine.dispose()
