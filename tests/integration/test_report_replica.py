"""Reports read from a real asynchronous MariaDB replica, and from the shop server without it.

Two private servers on loopback (tests/private_mariadb.py): the shop server with its binary
log, and a read-only replica following it from the first event (`CHANGE MASTER TO`). The
shop is migrated and its history written on the shop server; the reports are asked with
the replica beside it and must equal the shop server's own, before and after the replica
caught up, and fall back to the shop server when the replica stops or is down.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import upgrade
from cakeshop_desktop.core.db.replica import replica_state
from cakeshop_desktop.core.services import reports
from cakeshop_desktop.core.types.reports import ReportSource
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import Shop, make_shop
from tests.integration.report_data import FIRST_DAY, LAST_DAY, build_history
from tests.mysql_accounts import counter_grant
from tests.private_mariadb import PrivateMariaDB, missing_programs

pytestmark = [pytest.mark.mysql, pytest.mark.timeout(300)]

DATABASE = "cakeshop"
OWNER = ("cakeshop_owner", "Owner-pw@1")
READER = ("cakeshop_reports", "Reports-pw@1")  # the counters' privileges + REPLICA MONITOR
REPLICATION = ("cakeshop_repl", "Repl-pw@1")


@dataclass
class Replicated:
    primary: PrivateMariaDB
    replica: PrivateMariaDB
    shop: Shop

    def reader_uow(self, server: PrivateMariaDB) -> UnitOfWork:
        return UnitOfWork(make_engine(server.url_text(DATABASE, *READER)))

    def caught_up(self, seconds: float = 60) -> None:
        """Wait until the replica has applied everything the shop server has written."""
        with create_engine(self.primary.url()).connect() as db:
            file, position = db.execute(text("SHOW MASTER STATUS")).first()[:2]
        with create_engine(self.replica.url()).connect() as db:
            done = db.execute(
                text("SELECT MASTER_POS_WAIT(:f, :p, :s)"), {"f": file, "p": position, "s": seconds}
            ).scalar()
        assert done is not None and done >= 0, "the replica did not catch up"


@pytest.fixture(scope="module")
def replicated() -> Iterator[Replicated]:
    reason = missing_programs()
    if reason is not None:
        pytest.skip(f"no private MariaDB servers: {reason}")
    primary = PrivateMariaDB(log_bin=True).start()
    replica = PrivateMariaDB(server_id=2, read_only=True)
    try:
        replica.start()
        with create_engine(primary.url()).connect() as db:
            first_log = db.execute(text("SHOW BINARY LOGS")).first()[0]
        repl, owner, reader = (f"'{name}'@'127.0.0.1'" for name, _ in (REPLICATION, OWNER, READER))
        replica.execute(
            f"CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT={primary.port}, "
            f"MASTER_USER='{REPLICATION[0]}', MASTER_PASSWORD='{REPLICATION[1]}', "
            f"MASTER_LOG_FILE='{first_log}', MASTER_LOG_POS=4, MASTER_USE_GTID=no",
            "START REPLICA",
        )
        # everything from here on reaches the replica through its binary log, accounts too
        primary.execute(
            # as the README asks of a server with binary logging: the owner creates triggers
            "SET GLOBAL log_bin_trust_function_creators = 1",
            f"CREATE USER {repl} IDENTIFIED BY '{REPLICATION[1]}'",
            f"GRANT REPLICATION SLAVE ON *.* TO {repl}",
            f"CREATE DATABASE {DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
            f"CREATE USER {owner} IDENTIFIED BY '{OWNER[1]}'",
            f"GRANT ALL PRIVILEGES ON {DATABASE}.* TO {owner}",
            f"CREATE USER {reader} IDENTIFIED BY '{READER[1]}'",
            counter_grant(DATABASE, reader).rstrip(";"),
            f"GRANT REPLICA MONITOR ON *.* TO {reader}",
        )
        owner_engine = make_engine(primary.url_text(DATABASE, *OWNER))
        upgrade(owner_engine)
        shop = make_shop(UnitOfWork(owner_engine))
        build_history(shop.uow, [shop.cashier.id, shop.admin.id], count=120)
        yield Replicated(primary, replica, shop)
        owner_engine.dispose()
    finally:
        replica.stop()
        primary.stop()


def _figures(report: object) -> dict[str, object]:
    """Everything a report shows, without when it was made and where it was read."""
    values = dataclasses.asdict(report)
    values.pop("generated_at")
    values.pop("read_from")
    return values


def test_the_year_report_read_on_the_replica_equals_the_shop_servers(replicated: Replicated):
    shop = replicated.shop
    primary = replicated.reader_uow(replicated.primary)
    replica = replicated.reader_uow(replicated.replica)
    # the first report writes the summaries on the shop server: the replica may not have
    # them yet and reads the orders of those days instead, as they were when it read them
    replicated.caught_up()
    first = reports.sales_report(primary, shop.admin, FIRST_DAY, LAST_DAY, None, replica)
    assert first.read_from.source is ReportSource.REPLICA
    assert first.read_from.lag_seconds is not None and first.read_from.lag_seconds >= 0
    own = reports.sales_report(primary, shop.admin, FIRST_DAY, LAST_DAY)
    assert own.read_from.source is ReportSource.SHOP_SERVER
    assert own.orders > 0 and own.revenue > 0
    assert _figures(first) == _figures(own)

    replicated.caught_up()  # now with the day summaries and month rollups
    with replica:
        summarised = replica.report_summaries.summarised_days(FIRST_DAY, LAST_DAY)
    assert summarised, "the summaries written on the shop server reached the replica"
    again = reports.sales_report(primary, shop.admin, FIRST_DAY, LAST_DAY, None, replica)
    assert again.read_from.source is ReportSource.REPLICA
    assert _figures(again) == _figures(own)


def test_the_z_report_read_on_the_replica_equals_the_shop_servers(replicated: Replicated):
    shop = replicated.shop
    primary = replicated.reader_uow(replicated.primary)
    replica = replicated.reader_uow(replicated.replica)
    replicated.caught_up()
    busiest = _busiest_day(primary, shop.cashier.id)
    there = reports.shift_report(primary, shop.admin, shop.cashier.id, busiest, replica)
    here = reports.shift_report(primary, shop.admin, shop.cashier.id, busiest)
    assert there.read_from.source is ReportSource.REPLICA
    assert here.orders_created > 0
    assert _figures(there) == _figures(here)


def test_a_replica_that_stopped_replicating_is_passed_over(replicated: Replicated):
    shop = replicated.shop
    primary = replicated.reader_uow(replicated.primary)
    replica = replicated.reader_uow(replicated.replica)
    replicated.replica.execute("STOP REPLICA")
    try:
        report = reports.sales_report(primary, shop.admin, FIRST_DAY, LAST_DAY, None, replica)
        assert report.read_from.source is ReportSource.REPLICA_STOPPED
        assert _figures(report) == _figures(
            reports.sales_report(primary, shop.admin, FIRST_DAY, LAST_DAY)
        )
    finally:
        replicated.replica.execute("START REPLICA")


def test_a_replica_without_the_right_to_show_its_lag_is_read_with_the_lag_unknown(
    replicated: Replicated,
):
    replicated.primary.execute(
        "CREATE USER IF NOT EXISTS 'no_monitor'@'127.0.0.1' IDENTIFIED BY 'Nm-pw@1'"
    )
    replicated.primary.execute(f"GRANT SELECT ON {DATABASE}.* TO 'no_monitor'@'127.0.0.1'")
    replicated.caught_up()
    engine = make_engine(replicated.replica.url_text(DATABASE, "no_monitor", "Nm-pw@1"))
    try:
        state = replica_state(engine)
    finally:
        engine.dispose()
    assert state.source is ReportSource.REPLICA and state.lag_seconds is None


def test_a_server_that_replicates_nothing_is_not_read_as_a_replica(replicated: Replicated):
    engine = make_engine(replicated.primary.url_text(DATABASE, *READER))
    try:
        assert replica_state(engine).source is ReportSource.REPLICA_STOPPED
    finally:
        engine.dispose()


def test_reports_fall_back_to_the_shop_server_when_the_replica_is_down(replicated: Replicated):
    # the last test of the module: the replica's server is stopped for good
    shop = replicated.shop
    primary = replicated.reader_uow(replicated.primary)
    replica = replicated.reader_uow(replicated.replica)
    replicated.replica.stop(remove=False)
    started = time.monotonic()
    report = reports.sales_report(primary, shop.admin, FIRST_DAY, LAST_DAY, None, replica)
    assert report.read_from.source is ReportSource.REPLICA_DOWN
    assert time.monotonic() - started < 30
    own = reports.sales_report(primary, shop.admin, FIRST_DAY, LAST_DAY)
    assert _figures(report) == _figures(own)
    z = reports.shift_report(primary, shop.admin, shop.cashier.id, FIRST_DAY, replica)
    assert z.read_from.source is ReportSource.REPLICA_DOWN


def _busiest_day(uow: UnitOfWork, cashier_id: int):
    with uow.engine.connect() as db:
        return db.execute(
            text(
                "SELECT DATE(created_at) AS day FROM orders WHERE created_by_id = :c "
                "GROUP BY day ORDER BY COUNT(*) DESC, day LIMIT 1"
            ),
            {"c": cashier_id},
        ).scalar_one()
