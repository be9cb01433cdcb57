"""Nothing in the schema or the code that a Galera cluster refuses (README: on a cluster).

Galera replicates InnoDB rows only, needs a primary key on every table to apply them on
the other nodes, and does not replicate LOCK TABLES or GET_LOCK. These checks run on the
ordinary MySQL test server, so a change that would break a cluster fails everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

import cakeshop_desktop
from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import upgrade
from tests.conftest import create_mysql_database, drop_mysql_database

REFUSED_BY_GALERA = re.compile(
    r"\b(LOCK\s+TABLES?|GET_LOCK|RELEASE_LOCK|MyISAM|ENGINE\s*=\s*MEMORY)\b", re.I
)


@pytest.fixture
def migrated_mysql() -> Iterator[Engine]:
    url = create_mysql_database("cs_galera")
    engine = make_engine(url)
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        drop_mysql_database(url)


@pytest.mark.mysql
def test_every_table_has_a_primary_key_and_is_innodb(migrated_mysql: Engine):
    with migrated_mysql.connect() as db:
        schema = db.execute(text("SELECT DATABASE()")).scalar_one()
        tables = dict(
            db.execute(
                text(
                    "SELECT table_name, engine FROM information_schema.tables "
                    "WHERE table_schema = :s AND table_type = 'BASE TABLE'"
                ),
                {"s": schema},
            ).all()
        )
        keyed = set(
            db.execute(
                text(
                    "SELECT table_name FROM information_schema.table_constraints "
                    "WHERE table_schema = :s AND constraint_type = 'PRIMARY KEY'"
                ),
                {"s": schema},
            ).scalars()
        )
    assert "orders" in tables and "alembic_version" in tables
    assert {name: kind for name, kind in tables.items() if kind != "InnoDB"} == {}
    assert sorted(set(tables) - keyed) == []


def test_the_code_takes_no_table_locks_and_no_named_locks():
    package = Path(cakeshop_desktop.__file__).parent
    found = [
        f"{path.relative_to(package)}:{number}: {line.strip()}"
        for path in package.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if REFUSED_BY_GALERA.search(line)
    ]
    assert found == []
