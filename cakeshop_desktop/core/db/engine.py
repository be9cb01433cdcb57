"""Engines for SQLite and MySQL/MariaDB, tuned per DESIGN §4, and readable connection errors."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from cakeshop_desktop.core.domain import DatabaseUnavailable, InvalidInput

SUPPORTED_BACKENDS = ("sqlite", "mysql", "mariadb")
MYSQL_POOL_RECYCLE_SECONDS = 1800  # well below MySQL's default wait_timeout of 8 hours
SQLITE_BUSY_TIMEOUT_MS = 30_000

# A frozen or unreachable server must be reported within 10 s (the window shows *offline*).
# A call first pings its pooled connection (pre-ping), then reconnects once: each of the two
# waits at most one timeout, so a call fails after at most about 2 × 4 s. A statement whose
# server stays silent for longer is given up; the app's statements take well under a second
# even on a million orders (bench/README.md), and long work (migrations, benches) asks for
# LONG_STATEMENT_SECONDS.
MYSQL_CONNECT_TIMEOUT_SECONDS = 4
STATEMENT_TIMEOUT_SECONDS = 4  # PyMySQL's read and write timeouts
LONG_STATEMENT_SECONDS = 600
# A row lock waited for this long ends in MySQL's "lock wait timeout" (a Conflict the till
# can retry), before the read timeout would take it for a dead server.
MYSQL_LOCK_WAIT_SECONDS = 3


def parse_database_url(raw: str) -> URL:
    """Parse and check a SQLAlchemy URL; a bad one is an InvalidInput with one readable line."""
    raw = (raw or "").strip()
    if not raw:
        raise InvalidInput("The database URL is empty")
    try:
        url = make_url(raw)
    except ArgumentError:
        raise InvalidInput(
            f"Malformed database URL {raw!r}: expected e.g. "
            "'sqlite:///path/shop.db' or 'mysql+pymysql://user:password@host/db'"
        ) from None
    if url.get_backend_name() not in SUPPORTED_BACKENDS:
        raise InvalidInput(
            f"Unknown database driver {url.drivername!r}: use sqlite or mysql+pymysql"
        )
    if url.get_backend_name() in ("mysql", "mariadb"):
        if url.get_driver_name() not in ("pymysql",):
            url = url.set(drivername=f"{url.get_backend_name()}+pymysql")
        if not url.database:
            raise InvalidInput(f"The database URL names no database: {safe_url(url)}")
    return url


def safe_url(url: URL | str) -> str:
    """The URL with its password hidden, for messages and logs."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except ArgumentError:
            return "<malformed URL>"
    return url.render_as_string(hide_password=True)


def make_engine(
    raw_url: str | URL, *, echo: bool = False, timeout: int = STATEMENT_TIMEOUT_SECONDS
) -> Engine:
    """An engine for the given URL with the settings DESIGN §4 asks for.

    `timeout`: how long a MySQL statement may keep the server silent before the call is
    given up as a dead server (LONG_STATEMENT_SECONDS for migrations and bulk work).
    """
    url = parse_database_url(raw_url) if isinstance(raw_url, str) else raw_url
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url, echo)
        return _mysql_engine(url, echo, timeout)
    except NoSuchModuleError:
        raise InvalidInput(f"Unknown database driver {url.drivername!r}") from None


def _sqlite_engine(url: URL, echo: bool) -> Engine:
    if url.database and url.database != ":memory:":
        folder = Path(url.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                f"Cannot open the database {safe_url(url)}: cannot create {folder} ({exc.strerror})"
            ) from None
    engine = create_engine(
        url,
        echo=echo,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (below) instead of pysqlite's lazy BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()
        dbapi_connection.create_function("cs_fold", 1, _casefold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE takes the write lock up front: a read-then-write transaction
        # (checkout) waits its turn instead of failing with "database is locked".
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def _mysql_engine(url: URL, echo: bool, timeout: int) -> Engine:
    query = dict(url.query)
    query.setdefault("charset", "utf8mb4")
    url = url.set(query=query)
    connect_args = {
        "connect_timeout": MYSQL_CONNECT_TIMEOUT_SECONDS,
        "read_timeout": timeout,
        "write_timeout": timeout,
        "init_command": f"SET SESSION innodb_lock_wait_timeout = {MYSQL_LOCK_WAIT_SECONDS}",
    }
    return create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_recycle=MYSQL_POOL_RECYCLE_SECONDS,
        pool_size=5,
        max_overflow=10,
        connect_args=connect_args,
        isolation_level="READ COMMITTED",
    )


class ConnectionProblem(StrEnum):
    """What kept a connection from opening, in the words the settings dialog uses."""

    UNREACHABLE = "unreachable"
    WRONG_PASSWORD = "wrong_password"
    NO_DATABASE = "no_database"
    NOT_ALLOWED = "not_allowed"
    OTHER = "other"


# MySQL/MariaDB client and server error codes (the first argument of a PyMySQL error)
_MYSQL_PROBLEMS = {
    1045: ConnectionProblem.WRONG_PASSWORD,
    1049: ConnectionProblem.NO_DATABASE,
    1044: ConnectionProblem.NOT_ALLOWED,
    2003: ConnectionProblem.UNREACHABLE,
    2005: ConnectionProblem.UNREACHABLE,
    2006: ConnectionProblem.UNREACHABLE,
    2013: ConnectionProblem.UNREACHABLE,
}


def connection_problem(exc: BaseException) -> ConnectionProblem:
    """Classify an error met while connecting."""
    original = getattr(exc, "orig", None) or exc
    code = original.args[0] if getattr(original, "args", None) else None
    if isinstance(code, int):
        return _MYSQL_PROBLEMS.get(code, ConnectionProblem.OTHER)
    return ConnectionProblem.OTHER


def describe_connection_error(exc: BaseException, url: URL | str) -> str:
    """One line a shop owner can act on, for an error met while connecting."""
    where = safe_url(url)
    problem = connection_problem(exc)
    if problem is ConnectionProblem.WRONG_PASSWORD:
        return f"Wrong user name or password for {where}"
    if problem is ConnectionProblem.NO_DATABASE:
        return f"No such database on the server: {where}"
    if problem is ConnectionProblem.UNREACHABLE:
        if "timed out" in str(getattr(exc, "orig", None) or exc):
            return f"The database server at {where} does not answer: is it running?"
        return f"Cannot reach the database server at {where}: is it running?"
    if problem is ConnectionProblem.NOT_ALLOWED:
        return f"The user may not open this database: {where}"
    original = getattr(exc, "orig", None) or exc
    message = str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
    if "unable to open database file" in message:
        return f"Cannot open the database file of {where}: check the folder exists and is writable"
    return f"Cannot open the database {where}: {message}"


def check_connection(engine: Engine) -> None:
    """Open one connection; raise DatabaseUnavailable with a readable line on failure."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseUnavailable(describe_connection_error(exc, engine.url)) from None
    except (OSError, RuntimeError) as exc:
        raise DatabaseUnavailable(describe_connection_error(exc, engine.url)) from None
