"""A frozen (SIGSTOP) or silent server is reported unavailable within 10 s, then recovers.

The server is a private `mariadbd` of this test run (tests/private_mariadb.py): the shared
one is never frozen.
"""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from cakeshop_desktop.core.db.engine import check_connection, make_engine
from cakeshop_desktop.core.domain import DatabaseUnavailable, Role, UserDTO
from cakeshop_desktop.core.services import catalog
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.setup.database import open_database
from cakeshop_desktop.core.uow import UnitOfWork
from tests.private_mariadb import PrivateMariaDB

REPORTED_WITHIN_S = 10.0


@pytest.fixture
def frozen_shop(private_mariadb: PrivateMariaDB) -> Iterator[tuple[Engine, UserDTO]]:
    name = f"cs_frozen_{uuid.uuid4().hex[:8]}"
    engine = open_database(private_mariadb.create_database(name))
    cashier = create_user(UnitOfWork(engine), "cashier", Role.CASHIER, "secret123")
    yield engine, cashier
    engine.dispose()
    private_mariadb.execute(f"DROP DATABASE `{name}`")


def _time_to_unavailable(engine: Engine, actor: UserDTO) -> tuple[float, str]:
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as refused:
        catalog.list_categories(UnitOfWork(engine, actor), actor)
    return time.monotonic() - started, refused.value.message


@pytest.mark.parametrize("pooled", [True, False], ids=["pooled connection", "new connection"])
def test_a_frozen_server_is_reported_within_10_s_and_used_again_when_it_thaws(
    private_mariadb, frozen_shop, pooled
):
    engine, cashier = frozen_shop
    assert catalog.list_categories(UnitOfWork(engine, cashier), cashier) == []
    if not pooled:
        engine.dispose()  # the call must open a connection to the frozen server
    with private_mariadb.frozen():
        elapsed, message = _time_to_unavailable(engine, cashier)
    print(
        f"\nfrozen server ({'pooled' if pooled else 'new'} connection): unavailable after "
        f"{elapsed:.1f} s"
    )
    assert elapsed < REPORTED_WITHIN_S, message
    assert f"127.0.0.1:{private_mariadb.port}" in message
    # thawed, the next call works without restarting anything
    assert catalog.list_categories(UnitOfWork(engine, cashier), cashier) == []


def test_a_server_that_accepts_but_never_answers_is_reported_within_10_s():
    # A listening socket nobody serves: the TCP connection opens, the greeting never comes
    # (a hung machine, or a port forwarded to nowhere). No mariadbd needed.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        engine = make_engine(f"mysql+pymysql://shop:pw@127.0.0.1:{port}/cakeshop")
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as refused:
            check_connection(engine)
        elapsed = time.monotonic() - started
        engine.dispose()
    assert elapsed < REPORTED_WITHIN_S
    assert "does not answer" in refused.value.message
