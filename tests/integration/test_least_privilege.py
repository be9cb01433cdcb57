"""The counters' restricted MySQL account (README: SELECT, INSERT, UPDATE, DELETE on the shop's
database only) runs the shop; the schema is created and upgraded by the owner's account.

On the shared test server each test makes its own counter account; the binary-logging case
runs on a private `mariadbd` with log_bin on (tests/private_mariadb.py).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, make_url, text
from sqlalchemy.exc import DBAPIError

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import HEAD_REVISION, alembic_config, current_revision
from cakeshop_desktop.core.db.upgrade_rights import PROBE_TABLE
from cakeshop_desktop.core.domain import SchemaUpgradeRefused
from cakeshop_desktop.core.services import reports
from cakeshop_desktop.core.setup.database import open_database
from tests.conftest import Shop, create_mysql_database, drop_mysql_database
from tests.integration.support import cashier_sale
from tests.integration.test_cli import cakeshop
from tests.mysql_accounts import COUNTER_PRIVILEGES, counter_account, counter_grant, run_as

README = Path(__file__).resolve().parents[2] / "README.md"
MYSQL_ONLY = pytest.mark.parametrize(
    "database_url", [pytest.param("mysql", marks=pytest.mark.mysql)], indirect=True
)


@pytest.fixture
def owner_url(database_url: str) -> str:
    return database_url


@pytest.fixture
def counter_url(owner_url: str) -> Iterator[str]:
    with counter_account(owner_url) as url:
        yield url


@pytest.fixture
def engine(counter_url: str) -> Iterator[Engine]:
    """The shop fixtures below (users, cakes) are made through the counter's account."""
    engine = open_database(counter_url)
    yield engine
    engine.dispose()


def _refused(engine: Engine, statement: str) -> str:
    with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
        connection.execute(text(statement))
    return str(refused.value.orig)


def test_the_readme_gives_the_counters_exactly_the_tested_privileges():
    readme = README.read_text(encoding="utf-8")
    assert counter_grant("cakeshop", "'cakeshop'@'%'") in readme
    assert f"GRANT {COUNTER_PRIVILEGES} ON" in readme
    assert "cakeshop db upgrade --owner-url" in readme


@MYSQL_ONLY
def test_the_counter_account_runs_the_shop(shop: Shop, engine: Engine):
    # a sale; moved to yesterday (a trigger, run as its definer, the owner, marks the day),
    # the report adds the day up into its summary tables
    order = cashier_sale(shop.uow, shop.cashier, {shop.medovik: 1})
    with engine.begin() as connection:
        connection.execute(text("UPDATE orders SET created_at = created_at - INTERVAL 1 DAY"))
    yesterday = date.today() - timedelta(days=1)
    report = reports.sales_report(shop.uow, shop.admin, yesterday, date.today())
    assert (report.orders, report.revenue) == (1, order.total)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM report_days")).scalar() >= 1


@MYSQL_ONLY
def test_the_counter_account_may_not_change_the_schema_grant_or_touch_files(
    engine: Engine, counter_url: str
):
    database = make_url(counter_url).database
    for statement in (
        "CREATE TABLE counter_made (id INT)",
        "ALTER TABLE orders ADD COLUMN counter_note INT",
        "DROP TABLE cart_items",
        "CREATE INDEX ix_counter ON orders (notes)",
        "CREATE TRIGGER counter_trigger BEFORE INSERT ON carts FOR EACH ROW SET @x = 1",
        f"GRANT SELECT ON `{database}`.* TO CURRENT_USER",
        "SELECT 1 INTO OUTFILE '/tmp/cakeshop_counter_file'",
        "SELECT COUNT(*) FROM mysql.user",
    ):
        message = _refused(engine, statement)
        assert re.search(r"denied|privilege", message, re.I), (statement, message)


def _at_revision(url: str, revision: str) -> None:
    engine = make_engine(url)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


@pytest.fixture
def old_shop_database() -> Iterator[str]:
    """A shop database at the first schema, as an older app left it (made by the owner)."""
    url = create_mysql_database("cs_old")
    _at_revision(url, "0001")
    yield url
    drop_mysql_database(url)


@pytest.mark.mysql
def test_a_counter_on_an_old_schema_is_told_the_owner_must_upgrade(old_shop_database, tmp_path):
    with counter_account(old_shop_database) as counter:
        with pytest.raises(SchemaUpgradeRefused) as refused:
            open_database(counter)
        message = refused.value.message
        assert "from 0001 to " + HEAD_REVISION in message
        assert "cakeshop db upgrade --owner-url mysql+pymysql://OWNER@" in message
        assert "Counter-pw@1" not in message
        owner = make_engine(old_shop_database)
        assert current_revision(owner) == "0001"  # nothing changed, no probe left behind
        assert not inspect(owner).has_table(PROBE_TABLE)
        owner.dispose()

        # the command line says the same in one line, exit code 2
        result = cakeshop("--database-url", counter, "db", "upgrade", tmp=tmp_path)
        assert result.returncode == 2
        assert "owner must upgrade" in result.stderr and "Traceback" not in result.stderr

        # the owner upgrades; the counter's app then opens
        result = cakeshop("db", "upgrade", "--owner-url", old_shop_database, tmp=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "up to date" in result.stdout
        engine = open_database(counter)
        assert current_revision(engine) == HEAD_REVISION
        engine.dispose()


@pytest.mark.mysql
def test_the_owner_url_without_a_password_asks_for_it(old_shop_database, tmp_path):
    owner = make_url(old_shop_database)
    name = f"cs_owner_{uuid.uuid4().hex[:8]}"
    run_as(
        old_shop_database,
        f"CREATE USER '{name}'@'%' IDENTIFIED BY 'Owner pw:1'",
        f"GRANT ALL PRIVILEGES ON `{owner.database}`.* TO '{name}'@'%'",
    )
    try:
        bare = owner.set(username=name, password=None).render_as_string(hide_password=False)
        bare = re.sub(r":[^@/]*@", "@", bare)  # no password at all in the URL
        result = cakeshop("db", "upgrade", "--owner-url", bare, stdin="Owner pw:1\n", tmp=tmp_path)
        assert result.returncode == 0, result.stderr
        engine = make_engine(old_shop_database)
        assert current_revision(engine) == HEAD_REVISION
        engine.dispose()
    finally:
        run_as(old_shop_database, f"DROP USER '{name}'@'%'")


@pytest.fixture
def binlog_shop(private_mariadb) -> Iterator[tuple[str, str]]:
    """An empty shop database on a server with binary logging on, its owner (ALL on it,
    no SUPER) and the counters' account."""
    name = f"cs_binlog_{uuid.uuid4().hex[:8]}"
    private_mariadb.create_database(name)
    suffix = uuid.uuid4().hex[:6]
    owner, counter = f"owner_{suffix}", f"counter_{suffix}"
    private_mariadb.execute(
        f"CREATE USER '{owner}'@'%' IDENTIFIED BY 'owner-pw'",
        f"GRANT ALL PRIVILEGES ON `{name}`.* TO '{owner}'@'%'",
        f"CREATE USER '{counter}'@'%' IDENTIFIED BY 'counter-pw'",
        counter_grant(f"`{name}`", f"'{counter}'@'%'").rstrip(";"),
    )
    yield (
        private_mariadb.url_text(name, owner, "owner-pw"),
        private_mariadb.url_text(name, counter, "counter-pw"),
    )
    private_mariadb.execute(
        f"DROP USER '{owner}'@'%'", f"DROP USER '{counter}'@'%'", f"DROP DATABASE `{name}`"
    )


def test_with_binary_logging_the_upgrade_says_what_to_grant_and_changes_nothing(
    private_mariadb, binlog_shop, tmp_path
):
    owner, counter = binlog_shop
    result = cakeshop("db", "upgrade", "--owner-url", owner, tmp=tmp_path)
    assert result.returncode == 2
    assert "Binary logging is on" in result.stderr
    assert "SET GLOBAL log_bin_trust_function_creators = 1" in result.stderr
    owner_name = make_url(owner).username
    assert f"GRANT SUPER ON *.* TO '{owner_name}'@'%'" in result.stderr
    engine = make_engine(owner)
    assert inspect(engine).get_table_names() == []  # not half a schema
    engine.dispose()

    private_mariadb.execute("SET GLOBAL log_bin_trust_function_creators = 1")
    try:
        result = cakeshop("db", "upgrade", "--owner-url", owner, tmp=tmp_path)
    finally:
        private_mariadb.execute("SET GLOBAL log_bin_trust_function_creators = 0")
    assert result.returncode == 0, result.stderr
    engine = open_database(counter)  # the counters' account then opens it, binary log and all
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()
