"""MySQL accounts as the README's MySQL section makes them: the counters' restricted account.

`counter_account` creates one for a database (the owner's URL must be allowed to create
users and grant), yields its URL, and drops it again. `as_counter` uses the account that
CAKESHOP_TEST_MYSQL_COUNTER_URL names (CI's `cakeshop_counter`, which has no privileges of
its own) for a test database the owner has migrated.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import URL, create_engine, make_url, text

COUNTER_ENV = "CAKESHOP_TEST_MYSQL_COUNTER_URL"

COUNTER_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE"  # README: no DDL, no GRANT, no FILE


def counter_grant(database: str, account: str) -> str:
    """The README's GRANT line of the counters' account."""
    return f"GRANT {COUNTER_PRIVILEGES} ON {database}.* TO {account};"


def run_as(url: str, *statements: str, **params: object) -> None:
    engine = create_engine(make_url(url).set(drivername="mysql+pymysql"))
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement), params)
    finally:
        engine.dispose()


@contextmanager
def counter_account(owner_url: str, password: str = "Counter-pw@1") -> Iterator[str]:
    """A restricted account on the owner URL's database; yields its URL (same server)."""
    owner = make_url(owner_url)
    name = f"cs_counter_{uuid.uuid4().hex[:8]}"
    account = f"'{name}'@'%'"
    run_as(
        owner_url,
        f"CREATE USER {account} IDENTIFIED BY :password",
        counter_grant(f"`{owner.database}`", account).rstrip(";"),
        password=password,
    )
    try:
        yield owner.set(username=name, password=password).render_as_string(hide_password=False)
    finally:
        run_as(owner_url, f"DROP USER {account}")


_granted: set[str] = set()  # the databases the counters' account was given this run


def as_counter(owner_url: str) -> str:
    """The URL of the same database under the counters' account of CAKESHOP_TEST_MYSQL_COUNTER_URL,
    given the README's privileges on it by the owner; the owner's URL when that is unset."""
    raw = os.environ.get(COUNTER_ENV, "").strip()
    if not raw:
        return owner_url
    owner = make_url(owner_url)
    counter = make_url(raw).set(drivername="mysql+pymysql", database=owner.database)
    if owner.database not in _granted:
        # no database named: the account may open none before the grant
        probe = create_engine(
            URL.create(
                "mysql+pymysql",
                username=counter.username,
                password=counter.password,
                host=counter.host,
                port=counter.port,
            )
        )
        try:
            with probe.connect() as connection:
                current = str(connection.execute(text("SELECT CURRENT_USER()")).scalar_one())
        except Exception as exc:  # noqa: BLE001 - a set but unusable account fails the run
            pytest.fail(f"{COUNTER_ENV} names an account that cannot log in: {exc}")
        finally:
            probe.dispose()
        user, _, host = current.rpartition("@")
        run_as(owner_url, counter_grant(f"`{owner.database}`", f"'{user}'@'{host}'").rstrip(";"))
        _granted.add(str(owner.database))
    return counter.render_as_string(hide_password=False)
