"""Deadlocks and lock waits reach the user as a readable Conflict, or are retried away.

On the real MariaDB the test holds row locks on a connection of its own, so that a
service and the test wait for each other: a real deadlock (error 1213) or a real lock
wait timeout (1205), never a driver exception out of a service.
"""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from sqlalchemy import event, text

from cakeshop_desktop.core.db import engine as engine_module
from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import Conflict
from cakeshop_desktop.core.services import table_editor
from cakeshop_desktop.core.services.table_editor import ChangeKind, RowChange
from cakeshop_desktop.core.uow import BUSY, UnitOfWork
from tests.integration.support import scalar

MYSQL_ONLY = pytest.mark.parametrize(
    "database_url", [pytest.param("mysql", marks=pytest.mark.mysql)], indirect=True
)
HEAVY_ROWS = 300  # rows the test's own transaction writes, so the server picks the service


def _new_prices(shop, *cakes):
    """The grid's save of new prices for these cakes, in this order."""
    changes = [
        RowChange(
            ChangeKind.UPDATE,
            str(cake),
            original={"id": cake, "price": _price(shop, cake)},
            values={"price": "111.00"},
        )
        for cake in cakes
    ]
    return lambda: table_editor.apply_changes(shop.uow, shop.admin, "cakes", changes)


def _price(shop, cake) -> str:
    return str(Decimal(str(scalar(shop.uow, "SELECT price FROM cakes WHERE id = :c", c=cake))))


def _deadlocks(shop) -> int:
    with shop.uow.engine.connect() as connection:
        return int(connection.execute(text("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")).one()[1])


def _waiting(shop) -> bool:
    return bool(
        scalar(
            shop.uow,
            "SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'"
            " AND trx_mysql_thread_id <> CONNECTION_ID()",
        )
    )


def _in_thread(call):
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _deadlock_with(shop, call):
    """Run `call` (which locks Медовик, then Наполеон) into a real deadlock with this test,
    which holds Наполеон and then asks for Медовик; the service is the victim."""
    before = _deadlocks(shop)
    with shop.uow.engine.connect() as connection:
        transaction = connection.begin()
        # many written rows make this transaction the heavier one: InnoDB rolls back the other
        connection.execute(
            text(
                "INSERT INTO audit_log (action, table_name, row_id, created_at) VALUES "
                + ",".join(["('update', 'cakes', 'x', NOW())"] * HEAVY_ROWS)
            )
        )
        connection.execute(
            text("SELECT id FROM cakes WHERE id = :c FOR UPDATE"), {"c": shop.napoleon}
        )
        thread, outcome = _in_thread(call)
        deadline = time.monotonic() + 20
        while not _waiting(shop) and time.monotonic() < deadline:
            time.sleep(0.25)  # the server refreshes innodb_trx only when unread for 0.1 s
        connection.execute(
            text("SELECT id FROM cakes WHERE id = :c FOR UPDATE"), {"c": shop.medovik}
        )
        time.sleep(0.3)  # the victim's retry, if any, now waits for this transaction
        transaction.rollback()
        thread.join(timeout=60)
    return outcome, _deadlocks(shop) - before


@MYSQL_ONLY
def test_a_grid_save_chosen_as_deadlock_victim_runs_again_and_saves(shop):
    outcome, deadlocks = _deadlock_with(shop, _new_prices(shop, shop.medovik, shop.napoleon))
    assert deadlocks >= 1, "no real deadlock happened"
    assert "error" not in outcome, repr(outcome.get("error"))
    assert outcome["result"].updated == 2
    assert _price(shop, shop.medovik) == _price(shop, shop.napoleon) == "111.00"


@MYSQL_ONLY
def test_a_deadlock_in_any_unit_of_work_becomes_a_readable_conflict(shop):
    def lock_two_cakes() -> None:  # any service's work, not retried
        with UnitOfWork(shop.uow.engine) as uow:
            uow.catalog.lock_cakes([shop.medovik])
            uow.catalog.lock_cakes([shop.napoleon])

    outcome, deadlocks = _deadlock_with(shop, lock_two_cakes)
    assert deadlocks >= 1, "no real deadlock happened"
    assert isinstance(outcome.get("error"), Conflict), repr(outcome)
    assert outcome["error"].message == BUSY


@MYSQL_ONLY
def test_a_lock_held_too_long_becomes_a_conflict_and_saves_nothing(shop):
    engine = make_engine(shop.uow.engine.url)

    @event.listens_for(engine, "connect")
    def _short_wait(dbapi_connection, _record):  # noqa: ANN001
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET SESSION innodb_lock_wait_timeout = 1")

    before = _price(shop, shop.medovik)
    with shop.uow.engine.connect() as connection, connection.begin():
        connection.execute(
            text("SELECT id FROM cakes WHERE id = :c FOR UPDATE"), {"c": shop.medovik}
        )
        change = RowChange(
            ChangeKind.UPDATE,
            str(shop.medovik),
            original={"id": shop.medovik, "price": before},
            values={"price": "111.00"},
        )
        with pytest.raises(Conflict) as refused:
            table_editor.apply_changes(UnitOfWork(engine), shop.admin, "cakes", [change])
    assert refused.value.message == BUSY
    assert _price(shop, shop.medovik) == before
    engine.dispose()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_sqlite_busy_past_its_timeout_becomes_a_conflict(shop, monkeypatch, database_url):
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    impatient = make_engine(database_url)
    before = _price(shop, shop.medovik)
    save = _new_prices_with(impatient, shop)
    with shop.uow.engine.connect() as connection:  # BEGIN IMMEDIATE: the write lock
        connection.execute(text("UPDATE cakes SET name = name WHERE id = :c"), {"c": shop.napoleon})
        with pytest.raises(Conflict) as refused:
            save()
        connection.rollback()
    assert refused.value.message == BUSY
    assert _price(shop, shop.medovik) == before
    impatient.dispose()


def _new_prices_with(engine, shop):
    change = RowChange(
        ChangeKind.UPDATE,
        str(shop.medovik),
        original={"id": shop.medovik, "price": _price(shop, shop.medovik)},
        values={"price": "111.00"},
    )
    return lambda: table_editor.apply_changes(UnitOfWork(engine), shop.admin, "cakes", [change])
