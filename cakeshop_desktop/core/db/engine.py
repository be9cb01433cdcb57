"""Engines for SQLite and MySQL/MariaDB, tuned per DESIGN §4, and readable connection errors."""

from __future__ import annotations

import re
import time
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import URL
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    DisconnectionError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.pool import ConnectionPoolEntry, PoolResetState

from cakeshop_desktop.core.domain import DatabaseUnavailable, InvalidInput
from cakeshop_desktop.core.messages import Message, tr_noop

SUPPORTED_BACKENDS = ("sqlite", "mysql", "mariadb")
MYSQL_POOL_RECYCLE_SECONDS = 1800  # well below MySQL's default wait_timeout of 8 hours
SQLITE_BUSY_TIMEOUT_MS = 30_000

# A frozen or unreachable server must be reported within 10 s (the window shows *offline*).
# A call first pings its pooled connection when it has been idle (below), then reconnects
# once: each of the two waits at most one timeout, so a call fails after at most about
# 2 × 4 s. A statement whose
# server stays silent for longer is given up; the app's statements take well under a second
# even on a million orders (bench/README.md), and long work (migrations, benches) asks for
# LONG_STATEMENT_SECONDS.
MYSQL_CONNECT_TIMEOUT_SECONDS = 4
STATEMENT_TIMEOUT_SECONDS = 4  # PyMySQL's read and write timeouts
LONG_STATEMENT_SECONDS = 600
# A row lock waited for this long ends in MySQL's "lock wait timeout" (a Conflict the till
# can retry), before the read timeout would take it for a dead server.
MYSQL_LOCK_WAIT_SECONDS = 3
# A pooled MySQL connection idle for longer than this is pinged before it is handed out, and
# replaced when its server has gone (restarted, a Galera node killed, a dropped network).
# One back in use sooner is taken as it is, as HikariCP does (its bypass window is 0.5 s):
# a till's next sale or a window's next read follows within a second, and a ping would be a
# round trip of its own on every call. If the server went in that second, the call fails
# with the same readable "cannot reach"/"does not answer" line and the next one reconnects.
# (DESIGN §4 names `pool_pre_ping`: this is its ping, skipped within the second.)
MYSQL_PING_AFTER_IDLE_SECONDS = 1.0
_RETURNED_AT = "cakeshop_returned_at"  # in the pool entry's info: when it came back to the pool


# Several servers of one shop (a Galera cluster): the URL names them all, separated by commas
# (mysql+pymysql://user:pw@db1:3306,db2:3306,db3/cakeshop). The engine keeps the first as the
# URL's host and the others in this query key, and connects to the first that answers.
FAILOVER_KEY = "failover"
_HOST_LIST = re.compile(r"^(?P<head>[^:/]+://(?:[^@/]*@)?)(?P<hosts>[^/?@]*,[^/?@]*)(?P<tail>.*)$")


def parse_database_url(raw: str) -> URL:
    """Parse and check a SQLAlchemy URL; a bad one is an InvalidInput with one readable line."""
    raw = (raw or "").strip()
    if not raw:
        raise InvalidInput(tr_noop("The database URL is empty"))
    try:
        url = _with_failover(raw)
    except ArgumentError:
        raise InvalidInput(
            tr_noop(
                "Malformed database URL {0!r}: expected e.g. 'sqlite:///path/shop.db' or 'mysql+pymysql://user:password@host/db'"
            ),
            raw,
        ) from None
    if url.get_backend_name() not in SUPPORTED_BACKENDS:
        raise InvalidInput(
            tr_noop("Unknown database driver {0!r}: use sqlite or mysql+pymysql"), url.drivername
        )
    if url.get_backend_name() in ("mysql", "mariadb"):
        if url.get_driver_name() not in ("pymysql",):
            url = url.set(drivername=f"{url.get_backend_name()}+pymysql")
        if not url.database:
            raise InvalidInput(tr_noop("The database URL names no database: {0}"), safe_url(url))
    return url


def _with_failover(raw: str) -> URL:
    """make_url, also for a list of servers: `host1:port1,host2:port2` in place of one host."""
    match = _HOST_LIST.match(raw)
    if match is None:
        return make_url(raw)
    hosts = [host.strip() for host in match["hosts"].split(",")]
    if not all(hosts):
        raise ArgumentError("an empty server in the list")
    for host in hosts:
        split_server(host)
    url = make_url(match["head"] + hosts[0] + match["tail"])
    return url.update_query_dict({FAILOVER_KEY: ",".join(hosts[1:])})


def split_server(text: str, default_port: int = 3306) -> tuple[str, int]:
    """`host` or `host:port` → (host, port); ArgumentError for anything else."""
    host, _, port = text.strip().partition(":")
    if not host or (port and not port.isdigit()):
        raise ArgumentError(f"not a server: {text!r}")
    return host, int(port) if port else default_port


def server_list(url: URL) -> list[tuple[str, int]]:
    """Every server a MySQL URL names, in the order they are tried: (host, port)."""
    port = url.port or 3306
    servers = [(url.host or "127.0.0.1", port)]
    extra = url.query.get(FAILOVER_KEY, "")
    if isinstance(extra, tuple):
        extra = ",".join(extra)
    servers += [split_server(item, port) for item in extra.split(",") if item.strip()]
    return servers


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
        raise InvalidInput(tr_noop("Unknown database driver {0!r}"), url.drivername) from None


def _sqlite_engine(url: URL, echo: bool) -> Engine:
    if url.database and url.database != ":memory:":
        folder = Path(url.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                tr_noop("Cannot open the database {0}: cannot create {1} ({2})"),
                safe_url(url),
                folder,
                exc.strerror,
            ) from None
    engine = create_engine(
        url,
        echo=echo,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    engine.dialect.statement_compiler = _HintedSQLiteCompiler

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


class _HintedSQLiteCompiler(SQLiteCompiler):
    """SQLite's compiler writing a table's hint after its name: `with_hint(Cake, "INDEXED BY
    ix_cakes_active_name", "sqlite")` as MySQL's `FORCE INDEX` (SQLAlchemy leaves it out)."""

    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        return text


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def _mysql_engine(url: URL, echo: bool, timeout: int) -> Engine:
    servers = server_list(url)
    query = {key: value for key, value in url.query.items() if key != FAILOVER_KEY}
    query.setdefault("charset", "utf8mb4")
    url = url.set(query=query)
    connect_args = {
        "connect_timeout": MYSQL_CONNECT_TIMEOUT_SECONDS,
        "read_timeout": timeout,
        "write_timeout": timeout,
        "init_command": f"SET SESSION innodb_lock_wait_timeout = {MYSQL_LOCK_WAIT_SECONDS}",
    }
    engine = create_engine(
        url,
        echo=echo,
        pool_recycle=MYSQL_POOL_RECYCLE_SECONDS,
        pool_size=5,
        max_overflow=10,
        # the pool's own ROLLBACK on every return is replaced by _reset_unless_ended
        pool_reset_on_return=None,
        connect_args=connect_args,
        isolation_level="READ COMMITTED",
    )
    _ping_when_idle(engine)
    event.listen(engine, "reset", _reset_unless_ended)
    if len(servers) > 1:
        _connect_to_first_answering(engine, servers)
    else:

        @event.listens_for(engine, "do_connect")
        def _connect(_dialect: Any, _record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
            return _tracked_connection_class()(*cargs, **cparams)

    return engine


def _ping_when_idle(engine: Engine) -> None:
    """Ping a pooled connection on its way out of the pool only when it has been idle for
    MYSQL_PING_AFTER_IDLE_SECONDS; a dead one is replaced (the pool reconnects on
    DisconnectionError, as it does after a failed pre-ping)."""
    dialect = engine.dialect

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        record.info[_RETURNED_AT] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _taken(dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
        returned = record.info.get(_RETURNED_AT)  # None: a new connection, nothing to ping
        if returned is None or time.monotonic() - returned <= MYSQL_PING_AFTER_IDLE_SECONDS:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as exc:
            if dialect.is_disconnect(exc, dbapi_connection, None):
                raise DisconnectionError(str(exc)) from exc
            raise


def _reset_unless_ended(
    dbapi_connection: Any, _record: ConnectionPoolEntry, state: PoolResetState
) -> None:
    """What the pool's reset on return does (a ROLLBACK), unless the connection's last word
    to the server was a COMMIT or ROLLBACK that succeeded: after a unit of work's commit the
    pool sent a ROLLBACK of nothing, one round trip more per call."""
    if state.transaction_was_reset or getattr(dbapi_connection, "transaction_ended", False):
        return
    dbapi_connection.rollback()


_TRACKED_CONNECTION: type | None = None


def _tracked_connection_class() -> type:
    """PyMySQL's connection, knowing whether its last command ended the transaction (a COMMIT
    or ROLLBACK that succeeded, nothing sent since): `transaction_ended`."""
    global _TRACKED_CONNECTION
    if _TRACKED_CONNECTION is None:
        from pymysql.connections import Connection

        class TrackedConnection(Connection):
            transaction_ended = False

            def query(self, sql: Any, unbuffered: bool = False) -> int:
                self.transaction_ended = False
                return int(super().query(sql, unbuffered))

            def begin(self) -> None:
                self.transaction_ended = False
                super().begin()

            def commit(self) -> None:
                self.transaction_ended = False
                super().commit()
                self.transaction_ended = True

            def rollback(self) -> None:
                self.transaction_ended = False
                super().rollback()
                self.transaction_ended = True

        _TRACKED_CONNECTION = TrackedConnection
    return _TRACKED_CONNECTION


# Errors that mean "this server is not there (or not part of its cluster)": try the next one.
# A wrong password or a missing database is the same on every server and is reported at once.
_SERVER_DOWN = (2003, 2005, 2006, 2013, 1047)


def _connect_to_first_answering(engine: Engine, servers: list[tuple[str, int]]) -> None:
    """Each new connection goes to the first server of the list that answers and is a synced
    member of its cluster; a dropped connection is replaced the same way (the ping after idling)."""

    @event.listens_for(engine, "do_connect")
    def _connect(dialect: Any, _record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        failure: BaseException | None = None
        for host, port in servers:
            try:
                connection = _tracked_connection_class()(
                    *cargs, **{**cparams, "host": host, "port": port}
                )
            except Exception as exc:  # noqa: BLE001 - the driver's error, classified below
                if connection_problem_code(exc) not in _SERVER_DOWN:
                    raise
                failure = exc
                continue
            if _ready_member(connection):
                return connection
            connection.close()
            failure = dialect.loaded_dbapi.OperationalError(
                1047, f"{host}:{port} is not a synced member of its cluster"
            )
        assert failure is not None
        raise failure


def _ready_member(connection: Any) -> bool:
    """False for a Galera node that is not ready for queries (joining, or cut off from the
    majority); True for a synced node and for a server that is not in a cluster at all.

    On a Galera node every read of this connection first waits until the node has applied
    what the cluster committed before it (wsrep_sync_wait = 1): a till that moved here from
    a dead node sees its own last writes (a cart line it added there is updated, not
    inserted twice)."""
    cursor = connection.cursor()
    try:
        cursor.execute("SHOW STATUS LIKE 'wsrep_ready'")
        row = cursor.fetchone()
        if row is None:
            return True  # no cluster
        if str(row[1]).upper() != "ON":
            return False
        cursor.execute("SET SESSION wsrep_sync_wait = 1")
        return True
    finally:
        cursor.close()


def connection_problem_code(exc: BaseException) -> object:
    """The MySQL error number of a driver's or SQLAlchemy's error (None when it has none)."""
    original = getattr(exc, "orig", None) or exc
    return original.args[0] if getattr(original, "args", None) else None


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
    1047: ConnectionProblem.UNREACHABLE,  # a Galera node that is not a synced member
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


def describe_connection_error(exc: BaseException, url: URL | str) -> Message:
    """One line a shop owner can act on, for an error met while connecting."""
    where = safe_url(url)
    problem = connection_problem(exc)
    if problem is ConnectionProblem.WRONG_PASSWORD:
        return Message(tr_noop("Wrong user name or password for {0}"), (where,))
    if problem is ConnectionProblem.NO_DATABASE:
        return Message(tr_noop("No such database on the server: {0}"), (where,))
    if problem is ConnectionProblem.UNREACHABLE:
        if "timed out" in str(getattr(exc, "orig", None) or exc):
            return Message(
                tr_noop("The database server at {0} does not answer: is it running?"), (where,)
            )
        return Message(tr_noop("Cannot reach the database server at {0}: is it running?"), (where,))
    if problem is ConnectionProblem.NOT_ALLOWED:
        return Message(tr_noop("The user may not open this database: {0}"), (where,))
    original = getattr(exc, "orig", None) or exc
    message = str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
    if "unable to open database file" in message:
        return Message(
            tr_noop(
                "Cannot open the database file of {0}: check the folder exists and is writable"
            ),
            (where,),
        )
    return Message(tr_noop("Cannot open the database {0}: {1}"), (where, message))


def check_connection(engine: Engine) -> None:
    """Open one connection; raise DatabaseUnavailable with a readable line on failure."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseUnavailable(describe_connection_error(exc, engine.url)) from None
    except (OSError, RuntimeError) as exc:
        raise DatabaseUnavailable(describe_connection_error(exc, engine.url)) from None
