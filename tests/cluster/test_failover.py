"""One shop, three servers: the app moves to the next server of its list when one is down."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services import auth
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.setup.server import SchemaState, ServerSettings, check_server
from cakeshop_desktop.core.uow import UnitOfWork
from tests.cluster.conftest import COUNTER, DATABASE, ClusterShop

pytestmark = [pytest.mark.mysql, pytest.mark.timeout(240)]


def _served_by(engine) -> int:
    with engine.connect() as db:
        return int(db.execute(text("SELECT @@port")).scalar_one())


def _sync_wait(engine) -> int:
    with engine.connect() as db:
        return int(db.execute(text("SELECT @@SESSION.wsrep_sync_wait")).scalar_one())


def test_the_app_keeps_working_through_another_node_while_its_first_is_down(
    cluster_shop: ClusterShop,
):
    cluster = cluster_shop.cluster
    first, second, _ = cluster.nodes[1], cluster.nodes[2], cluster.nodes[0]
    owner = make_engine(cluster_shop.owner_url)
    create_user(UnitOfWork(owner), "failover_cashier", Role.CASHIER, "secret123")
    owner.dispose()

    # the list as a shop owner types it in Settings → Database: node 2 first
    settings = ServerSettings(
        host=", ".join(f"127.0.0.1:{node.port}" for node in (first, second, cluster.nodes[0])),
        port=first.port,
        database=DATABASE,
        user=COUNTER[0],
        password=COUNTER[1],
    )
    engine = make_engine(settings.url())
    uow = UnitOfWork(engine)
    try:
        assert auth.login(uow, "failover_cashier", "secret123").role is Role.CASHIER
        assert _served_by(engine) == first.port

        first.kill()
        cluster.wait_until_size(2)
        # the pooled connection to the dead node is noticed (pre-ping) and replaced
        assert auth.login(uow, "failover_cashier", "secret123").role is Role.CASHIER
        assert _served_by(engine) == second.port
        # the node it moved to is read causally: the till sees what it wrote on the dead one
        assert _sync_wait(engine) == 1
        verdict = check_server(settings.url())
        assert verdict.ok, verdict.message
        assert verdict.schema is SchemaState.CURRENT

        since = first.error_log_size()
        first.restart_after_kill()
        first.wait_until_up(120)
        first.wait_for("wsrep_local_state_comment", "Synced")
        cluster.wait_until_size(3)
        # a new connection goes to the first of the list again, which has caught up
        engine.dispose()
        assert _served_by(engine) == first.port
        assert auth.login(uow, "failover_cashier", "secret123").role is Role.CASHIER
        assert "IST" in first.error_log_text()[since:]
    finally:
        engine.dispose()


def test_a_list_whose_servers_are_all_down_is_reported_as_unreachable():
    settings = ServerSettings(host="127.0.0.1:1, 127.0.0.1:2", port=1, user="x", password="y")
    verdict = check_server(settings.url())
    assert not verdict.ok
    assert verdict.problem == "unreachable"
    assert "127.0.0.1:1" in verdict.message
