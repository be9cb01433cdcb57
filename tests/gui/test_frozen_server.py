"""The counter says *offline* within 10 s of its server freezing, and comes back by itself.

The server is a private `mariadbd` of this test run that the test stops with SIGSTOP and
resumes with SIGCONT (tests/private_mariadb.py); the shared server is never frozen.
"""

from __future__ import annotations

import time
import uuid
from decimal import Decimal

from cakeshop_desktop.core.db.models import Category
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.setup.database import open_database
from cakeshop_desktop.core.uow import UnitOfWork
from cakeshop_desktop.gui.live_updates import POLL_MS
from cakeshop_desktop.gui.windows.ordering_window import OrderingWindow
from cakeshop_desktop.gui.windows.production_window import ProductionWindow
from tests.conftest import add_cake
from tests.gui.conftest import wait_idle
from tests.gui.order_helpers import shop_context

OFFLINE_WITHIN_S = 10.0
BACK_WITHIN_MS = 30_000  # the window retries every 5 s; a retry sent while frozen fails first


def test_the_counter_shows_offline_within_10_s_and_comes_back(qtbot, private_mariadb):
    name = f"cs_offline_{uuid.uuid4().hex[:8]}"
    engine = open_database(private_mariadb.create_database(name))
    uow = UnitOfWork(engine)
    cashier = create_user(uow, "cashier", Role.CASHIER, "secret123")
    with uow:
        category_id = uow.catalog.add_category(Category(name="Торты")).id
        uow.commit()
    add_cake(
        uow, sku="4600001", name="Медовик", category_id=category_id,
        price=Decimal("1250.50"), weight_grams=1000, stock_qty=3,
    )  # fmt: skip
    try:
        with shop_context(engine, cashier) as ctx:
            window = OrderingWindow(ctx)
            qtbot.addWidget(window)
            window.show()
            wait_idle(qtbot, window)
            offline = window.connection_status.offline_label
            assert window.catalog_model.rowCount() == 1 and not offline.isVisible()

            with private_mariadb.frozen():
                started = time.monotonic()
                window.ui.refreshAction.trigger()  # F5 while the server is frozen
                qtbot.waitUntil(offline.isVisible, timeout=int(OFFLINE_WITHIN_S * 2000))
                elapsed = time.monotonic() - started
                print(f"\nfrozen server: the counter shows offline after {elapsed:.1f} s")
                assert elapsed < OFFLINE_WITHIN_S
                assert window.isVisible()  # nothing froze or closed meanwhile

            started = time.monotonic()
            qtbot.waitUntil(lambda: not offline.isVisible(), timeout=BACK_WITHIN_MS)
            print(f"thawed: back online after {time.monotonic() - started:.1f} s")
            wait_idle(qtbot, window)
            assert window.catalog_model.rowCount() == 1
            window.close()
    finally:
        engine.dispose()
        private_mariadb.execute(f"DROP DATABASE `{name}`")


def test_an_idle_production_board_notices_the_frozen_server_by_itself(qtbot, private_mariadb):
    # Nobody touches the board: its live updates (every 2 s) find the server gone, and back.
    name = f"cs_offline_{uuid.uuid4().hex[:8]}"
    engine = open_database(private_mariadb.create_database(name))
    baker = create_user(UnitOfWork(engine), "baker", Role.BAKER, "secret123")
    try:
        with shop_context(engine, baker) as ctx:
            window = ProductionWindow(ctx)
            qtbot.addWidget(window)
            window.show()
            wait_idle(qtbot, window)
            offline = window.connection_status.offline_label
            qtbot.waitUntil(lambda: window.live.has_baseline, timeout=BACK_WITHIN_MS)
            with private_mariadb.frozen():
                started = time.monotonic()
                qtbot.waitUntil(offline.isVisible, timeout=int(OFFLINE_WITHIN_S * 2000))
                elapsed = time.monotonic() - started
                print(f"\nfrozen server: the idle board shows offline after {elapsed:.1f} s")
                assert elapsed < OFFLINE_WITHIN_S + POLL_MS / 1000
            qtbot.waitUntil(lambda: not offline.isVisible(), timeout=BACK_WITHIN_MS)
            window.close()
    finally:
        engine.dispose()
        private_mariadb.execute(f"DROP DATABASE `{name}`")
