"""What every bench script shares: which database to use, how to (re)create it, percentiles."""

from __future__ import annotations

import argparse
import os
import statistics
from collections.abc import Sequence

import pymysql
from sqlalchemy import make_url
from sqlalchemy.engine import URL

MYSQL_ENV = "CAKESHOP_TEST_MYSQL_URL"
BENCH_DATABASE = "cakeshop_bench"


def default_url(database: str = BENCH_DATABASE) -> str | None:
    """The server of CAKESHOP_TEST_MYSQL_URL with the bench's own database name."""
    raw = os.environ.get(MYSQL_ENV, "").strip()
    if not raw:
        return None
    url = make_url(raw).set(drivername="mysql+pymysql", database=database)
    return url.render_as_string(hide_password=False)


def add_url_argument(parser: argparse.ArgumentParser, database: str = BENCH_DATABASE) -> None:
    parser.add_argument(
        "--database-url",
        default=default_url(database),
        help=f"SQLAlchemy URL of the bench database (default: {MYSQL_ENV} with "
        f"database {database!r})",
    )


def require_url(parser: argparse.ArgumentParser, args: argparse.Namespace) -> URL:
    if not args.database_url:
        parser.error(f"give --database-url or set {MYSQL_ENV}")
    url = make_url(args.database_url)
    if url.get_backend_name() not in ("mysql", "mariadb") or not url.database:
        parser.error("the benches need a MySQL/MariaDB URL naming a database")
    return url.set(drivername="mysql+pymysql")


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def connect(url: URL, *, database: bool = True, **extra: object) -> pymysql.Connection:
    """A plain PyMySQL connection to the server (and database) of `url`."""
    return pymysql.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 3306,
        user=url.username or "root",
        password=url.password or "",
        database=url.database if database else None,
        charset="utf8mb4",
        **extra,  # type: ignore[arg-type]
    )


def database_exists(url: URL) -> bool:
    with connect(url, database=False) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (url.database,)
        )
        return cursor.fetchone() is not None


def create_database(url: URL, *, drop_first: bool = False) -> None:
    with connect(url, database=False) as connection, connection.cursor() as cursor:
        if drop_first:
            cursor.execute(f"DROP DATABASE IF EXISTS `{url.database}`")
        cursor.execute(
            f"CREATE DATABASE IF NOT EXISTS `{url.database}` "
            "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
        )


def drop_database(url: URL) -> None:
    with connect(url, database=False) as connection, connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS `{url.database}`")


def percentile(samples: Sequence[float], share: float) -> float:
    """The `share` quantile (0..1) of the samples, linear between neighbours."""
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=1000, method="inclusive")[round(share * 1000) - 1]


def server_version(url: URL) -> str:
    with connect(url, database=False) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT VERSION()")
        row = cursor.fetchone()
        return str(row[0]) if row else "?"
