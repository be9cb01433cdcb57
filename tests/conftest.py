"""Shared fixtures: a clean, migrated database on SQLite and on a real MariaDB/MySQL server.

MySQL tests read CAKESHOP_TEST_MYSQL_URL (a server where they may create and drop their
own databases). Unset, they skip with a reason; with CAKESHOP_REQUIRE_MYSQL=1 a missing
or unreachable server fails the run (DESIGN §8).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher
from keyring.backends import fail
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.engine import URL

from cakeshop_desktop.core.db.base import Base
from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import upgrade
from cakeshop_desktop.core.db.models import Cake, Category
from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services import auth
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.uow import UnitOfWork
from tests.memory_keyring import MemoryKeyring
from tests.private_mariadb import PrivateMariaDB, missing_programs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the machine's own keyring: "no keyring" unless a test sets its own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
# The windows speak English in tests whatever the machine's locale (the texts are asserted).
os.environ["LANGUAGE"] = "en"

MYSQL_ENV = "CAKESHOP_TEST_MYSQL_URL"
REQUIRE_ENV = "CAKESHOP_REQUIRE_MYSQL"
BACKENDS = ["sqlite", pytest.param("mysql", marks=pytest.mark.mysql)]
PASSWORD = "secret123"


def mysql_server_url() -> URL | None:
    raw = os.environ.get(MYSQL_ENV, "").strip()
    return make_url(raw) if raw else None


def _mysql_unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"MySQL tests are required ({REQUIRE_ENV}=1) but {reason}", pytrace=False)
    pytest.skip(reason)


def create_mysql_database(prefix: str = "cs_test") -> str:
    """Create an empty utf8mb4 database on the test server; return its URL."""
    server = mysql_server_url()
    if server is None:
        _mysql_unavailable(f"{MYSQL_ENV} is not set")
    assert server is not None
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server.set(drivername="mysql+pymysql", database=None))
    try:
        with admin.connect() as connection:
            connection.execute(
                text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
            )
    except Exception as exc:  # noqa: BLE001 - any failure means "no usable server"
        _mysql_unavailable(f"the MySQL server at {server.render_as_string()} is unreachable: {exc}")
    finally:
        admin.dispose()
    return server.set(drivername="mysql+pymysql", database=name).render_as_string(
        hide_password=False
    )


def drop_mysql_database(url: str) -> None:
    parsed = make_url(url)
    admin = create_engine(parsed.set(database=None))
    try:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS `{parsed.database}`"))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def private_mariadb() -> Iterator[PrivateMariaDB]:
    """A MariaDB server of this test run alone, with binary logging on (as MySQL 8 has by
    default), for tests that freeze it or need its settings; skipped without mariadbd."""
    reason = missing_programs()
    if reason is not None:
        pytest.skip(f"no private MariaDB server: {reason}")
    server = PrivateMariaDB(log_bin=True).start()
    yield server
    server.stop()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A working system keyring for one test (a dict); "no keyring" again afterwards."""
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(fail.Keyring())


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id, at the lowest cost: a real hash takes ~0.5 s and fixtures make many.

    test_auth checks the shipped hasher's parameters separately.
    """
    monkeypatch.setattr(
        auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own config folder: the windows' settings (language, where each window was
    left) never touch the real user's."""
    folder = tmp_path / "config"
    monkeypatch.setenv("CAKESHOP_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy (migrating each time is slow).

    `make mutation` runs a test session per mutant: it migrates one file up front and names
    it in CAKESHOP_TEST_SQLITE_TEMPLATE.
    """
    prepared = os.environ.get("CAKESHOP_TEST_SQLITE_TEMPLATE", "")
    if prepared and Path(prepared).is_file():
        return Path(prepared)
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def _mysql_template() -> Iterator[str]:
    """One migrated MySQL database for the session; each test empties it first."""
    url = create_mysql_database()
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    drop_mysql_database(url)


def empty_all_tables(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("SET FOREIGN_KEY_CHECKS = 0"))
        for table in Base.metadata.sorted_tables:
            connection.execute(text(f"DELETE FROM `{table.name}`"))
        connection.execute(text("SET FOREIGN_KEY_CHECKS = 1"))


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a clean, migrated database: SQLite file, or the MySQL test database."""
    return clean_database_url(request, tmp_path)


def clean_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """`database_url`'s work, for conftests that build on it (tests/gui: the counters' account)."""
    if request.param == "sqlite":
        path = tmp_path / "shop.sqlite3"
        shutil.copy(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("_mysql_template")
    engine = make_engine(url)
    empty_all_tables(engine)
    engine.dispose()
    return url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(engine)


@dataclass
class Shop:
    """A small shop for service tests: one user per role and a few cakes."""

    uow: UnitOfWork
    admin: UserDTO
    cashier: UserDTO
    baker: UserDTO
    customer: UserDTO
    category_id: int
    medovik: int  # showcase, 3 in stock, 1250.50
    napoleon: int  # showcase, 10 in stock, 990.00
    praga: int  # made to order, 24 h lead time, 2400.00

    def user(self, role: Role) -> UserDTO:
        return {
            Role.ADMIN: self.admin,
            Role.CASHIER: self.cashier,
            Role.BAKER: self.baker,
            Role.CUSTOMER: self.customer,
        }[role]


def add_cake(uow: UnitOfWork, **values: object) -> int:
    with uow:
        cake = uow.catalog.add_cake(Cake(**values))
        uow.commit()
        return cake.id


@pytest.fixture
def shop(uow: UnitOfWork) -> Shop:
    return make_shop(uow)


def make_shop(uow: UnitOfWork) -> Shop:
    """One user per role, a category and three cakes in the database of `uow`."""
    users = {
        role: create_user(
            uow,
            role.value,
            role,
            PASSWORD,
            full_name=f"Demo {role.value}",
            phone="+7 900 000-00-0" + str(i),
        )
        for i, role in enumerate(Role)
    }
    with uow:
        category_id = uow.catalog.add_category(Category(name="Торты")).id
        uow.commit()
    return Shop(
        uow=uow,
        admin=users[Role.ADMIN],
        cashier=users[Role.CASHIER],
        baker=users[Role.BAKER],
        customer=users[Role.CUSTOMER],
        category_id=category_id,
        medovik=add_cake(
            uow,
            sku="4600001",
            name="Медовик",
            description="Медовые коржи",
            category_id=category_id,
            price=Decimal("1250.50"),
            weight_grams=1000,
            allergens="глютен,молоко,яйца",
            stock_qty=3,
        ),
        napoleon=add_cake(
            uow,
            sku="4600002",
            name="Наполеон",
            description="Слоёные коржи",
            category_id=category_id,
            price=Decimal("990.00"),
            weight_grams=900,
            allergens="глютен,молоко",
            stock_qty=10,
        ),
        praga=add_cake(
            uow,
            sku="4600003",
            name="Прага",
            description="Шоколадный торт",
            category_id=category_id,
            price=Decimal("2400.00"),
            weight_grams=1200,
            allergens="глютен,молоко,яйца,шоколад",
            made_to_order=True,
            lead_time_hours=24,
        ),
    )
