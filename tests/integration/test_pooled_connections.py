"""The MySQL pool: an idle connection is pinged (and replaced when its server dropped it),
one back in use at once is not; the pool rolls back on return only what is still open."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

from cakeshop_desktop.core.db import engine as engine_module
from cakeshop_desktop.core.domain import DatabaseUnavailable
from cakeshop_desktop.core.uow import UnitOfWork

pytestmark = pytest.mark.parametrize(
    "database_url", [pytest.param("mysql", marks=pytest.mark.mysql)], indirect=True
)
KEY = "test.pooled_connections"


def _connection_id(engine: Engine) -> int:
    with engine.connect() as db:
        return int(db.execute(text("SELECT CONNECTION_ID()")).scalar_one())


def _drop(engine: Engine, connection_id: int) -> None:
    """Drop a pooled connection from the server's side, as a restart or a network cut does."""
    admin = create_engine(engine.url, poolclass=NullPool)
    with admin.connect() as db:
        db.execute(text(f"KILL CONNECTION {connection_id}"))
    admin.dispose()


def _read_setting(engine: Engine) -> dict[str, str]:
    with UnitOfWork(engine) as uow:
        return uow.settings.values([KEY])


def test_a_connection_dropped_while_idle_is_replaced_before_the_next_call(engine, monkeypatch):
    monkeypatch.setattr(engine_module, "MYSQL_PING_AFTER_IDLE_SECONDS", 0.0)  # idle at once
    dropped = _connection_id(engine)
    _drop(engine, dropped)
    assert _read_setting(engine) == {}  # no error: the ping found it dead, a new one served
    assert _connection_id(engine) != dropped


def test_a_connection_dropped_just_after_use_fails_once_readably_then_is_replaced(
    engine, monkeypatch
):
    monkeypatch.setattr(engine_module, "MYSQL_PING_AFTER_IDLE_SECONDS", 3600.0)  # never pinged
    dropped = _connection_id(engine)
    _drop(engine, dropped)
    with pytest.raises(DatabaseUnavailable) as refused:
        _read_setting(engine)
    assert engine_module.safe_url(engine.url) in refused.value.message
    assert _read_setting(engine) == {}
    assert _connection_id(engine) != dropped


def _rollbacks(engine: Engine) -> int:
    """ROLLBACKs this session of the server has run (the read's own included)."""
    with engine.connect() as db:
        row = db.execute(text("SHOW SESSION STATUS LIKE 'Com_rollback'")).one()
        return int(row[1])


def test_a_committed_unit_of_work_goes_back_to_the_pool_without_a_rollback(engine):
    first = _rollbacks(engine)
    second = _rollbacks(engine)
    read_alone = second - first  # the status read rolls back its own transaction
    with UnitOfWork(engine) as uow:
        uow.settings.put({KEY: "committed"})
        uow.commit()
    assert _rollbacks(engine) - second == read_alone
    with UnitOfWork(engine) as uow:  # a unit of work left uncommitted is rolled back once
        uow.settings.put({KEY: "not committed"})
    assert _read_setting(engine) == {KEY: "committed"}


def test_a_transaction_left_open_is_still_rolled_back_on_return(engine):
    connection = engine.raw_connection()
    cursor = connection.cursor()
    cursor.execute("INSERT INTO shop_settings (`key`, value) VALUES (%s, 'left open')", (KEY,))
    cursor.close()
    connection.close()  # back to the pool, neither committed nor rolled back
    assert _read_setting(engine) == {}
