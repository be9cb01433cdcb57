"""The shop server chosen in Settings → Database: test it, prepare its schema, find its admins.

Every function here opens its own short-lived engine and disposes of it, so a failed test
leaves nothing behind; they block on the network and run on the GUI's worker pool.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from cakeshop_desktop.core.db.engine import (
    FAILOVER_KEY,
    ConnectionProblem,
    connection_problem,
    describe_connection_error,
    make_engine,
    parse_database_url,
    safe_url,
    server_list,
    split_server,
)
from cakeshop_desktop.core.db.migrate import (
    HEAD_REVISION,
    current_revision,
    is_known_revision,
    schema_too_new_message,
)
from cakeshop_desktop.core.db.models import User
from cakeshop_desktop.core.domain import (
    Conflict,
    DomainError,
    InvalidInput,
    Role,
    SchemaTooNew,
    SchemaUpgradeRefused,
    TriggersNeedSuper,
    UserDTO,
)
from cakeshop_desktop.core.messages import Message, tr_noop
from cakeshop_desktop.core.setup.database import open_database

log = logging.getLogger(__name__)

DEFAULT_MYSQL_PORT = 3306


class SchemaState(StrEnum):
    """Where the server's schema stands against this build's migrations."""

    EMPTY = "empty"  # no tables yet: they are created on connect
    OLDER = "older"  # upgraded on connect
    CURRENT = "current"
    NEWER = "newer"  # made by a newer app: refused


SCHEMA_TOO_NEW = "schema_too_new"
OWNER_MUST_UPGRADE = "owner_must_upgrade"  # a restricted (counter's) account on an old schema
TRIGGERS_NEED_SUPER = "triggers_need_super"  # binary logging on, no SUPER for the triggers
INVALID_SETTINGS = "invalid"


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """The fields of Settings → Database."""

    host: str
    port: int = DEFAULT_MYSQL_PORT
    database: str = "cakeshop"
    user: str = ""
    password: str = ""

    def url(self) -> URL:
        """A MySQL URL; URL.create quotes any character of the password.

        `host` may list several servers of one shop (a cluster), separated by commas, each
        with its own `:port` or the common one: they are tried in order.
        """
        first, *others = [part.strip() for part in self.host.split(",")]
        host, port = first or None, self.port
        with contextlib.suppress(ArgumentError):  # a bad host is reported when connecting
            host, port = split_server(first, self.port) if first else (None, self.port)
        return URL.create(
            "mysql+pymysql",
            username=self.user.strip() or None,
            password=self.password or None,
            host=host,
            port=port,
            database=self.database.strip() or None,
            query={FAILOVER_KEY: ",".join(part for part in others if part)} if others else {},
        )

    @classmethod
    def from_url(cls, raw: str | URL) -> ServerSettings | None:
        """The fields of a MySQL URL (to fill the dialog), None for SQLite or a bad URL."""
        try:
            url = parse_database_url(raw) if isinstance(raw, str) else raw
        except DomainError:
            return None
        if url.get_backend_name() not in ("mysql", "mariadb"):
            return None
        port = url.port or DEFAULT_MYSQL_PORT
        hosts = [
            host if server_port == port else f"{host}:{server_port}"
            for host, server_port in server_list(url)
        ]
        return cls(
            host=", ".join(hosts) if url.host else "",
            port=port,
            database=url.database or "",
            user=url.username or "",
            password=url.password or "",
        )


def replica_url(shop_url: str | URL, replica: str) -> URL:
    """The reporting replica's URL: the shop server's account and database on `replica`
    (host[:port]; the port of the shop server when none is given)."""
    settings = ServerSettings.from_url(shop_url)
    if settings is None:
        raise InvalidInput(tr_noop("A reporting replica needs a shop server, not a local file"))
    try:
        if "," in replica or any(char.isspace() for char in replica.strip()):
            raise ArgumentError(replica)
        host, port = split_server(replica, settings.port)
    except ArgumentError:
        raise InvalidInput(
            tr_noop(
                "The reports replica must be one server's name or address, like db2 or db2:3307"
            ),
        ) from None
    return dataclasses.replace(settings, host=host, port=port).url()


@dataclass(frozen=True, slots=True)
class ServerVerdict:
    """The answer of a connection test: `ok`, or a `problem` and one readable `message`."""

    ok: bool
    text: Message  # the English text is `message`; the GUI shows it translated
    problem: str = ""  # a ConnectionProblem value or one of the constants above
    schema: SchemaState | None = None
    has_admin: bool | None = None  # None when the schema has no users table yet

    @property
    def message(self) -> str:
        return str(self.text)


def schema_state(revision: str | None) -> SchemaState:
    if revision is None:
        return SchemaState.EMPTY
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT
    return SchemaState.OLDER if is_known_revision(revision) else SchemaState.NEWER


def has_admin(engine: Engine) -> bool:
    """Whether an active administrator can log in to this database."""
    query = select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.is_active)
    with engine.connect() as connection:
        return bool(connection.execute(query).scalar_one())


def check_server(url: URL | str) -> ServerVerdict:
    """Connect and look at the schema, changing nothing; the verdict says what is wrong."""
    try:
        engine = make_engine(url)
    except DomainError as exc:
        return ServerVerdict(False, exc.text, INVALID_SETTINGS)
    try:
        revision = current_revision(engine)
        state = schema_state(revision)
        if state is SchemaState.NEWER:
            assert revision is not None
            return ServerVerdict(False, schema_too_new_message(revision), SCHEMA_TOO_NEW, state)
        admin = None if state is SchemaState.EMPTY else has_admin(engine)
        log.info("connection test of %s: schema %s", safe_url(engine.url), state.value)
        return ServerVerdict(True, connected(engine.url), "", state, admin)
    except (OperationalError, DBAPIError, OSError) as exc:
        message = describe_connection_error(exc, engine.url)
        log.warning("connection test failed: %s", message)
        return ServerVerdict(False, message, connection_problem(exc).value)
    finally:
        engine.dispose()


def prepare_server(url: URL | str) -> ServerVerdict:
    """Create or upgrade the schema (refusing a newer one); say whether an admin exists.

    Raises DatabaseUnavailable when the server refuses, as `open_database` does.
    """
    engine = open_database(url if isinstance(url, str) else url.render_as_string(False))
    try:
        log.info("the schema of %s is ready", safe_url(engine.url))
        return ServerVerdict(
            True,
            connected(engine.url),
            schema=SchemaState.CURRENT,
            has_admin=has_admin(engine),
        )
    finally:
        engine.dispose()


def connect_server(url: URL | str) -> ServerVerdict:
    """Test the server, then create or upgrade its schema: what "Save and connect" does."""
    verdict = check_server(url)
    if not verdict.ok:
        return verdict
    try:
        return prepare_server(url)
    except TriggersNeedSuper as exc:
        return ServerVerdict(False, exc.text, TRIGGERS_NEED_SUPER)
    except SchemaUpgradeRefused as exc:
        return ServerVerdict(False, exc.text, OWNER_MUST_UPGRADE)
    except SchemaTooNew as exc:
        return ServerVerdict(False, exc.text, SCHEMA_TOO_NEW)
    except DomainError as exc:
        return ServerVerdict(False, exc.text, "other")


def connected(url: URL) -> Message:
    return Message(tr_noop("Connected to {0}"), (safe_url(url),))


def create_first_admin(
    url: URL | str, username: str, password: str, full_name: str = ""
) -> UserDTO:
    """The first administrator of a new shop database; refused once one exists."""
    from cakeshop_desktop.core.services.users import create_user
    from cakeshop_desktop.core.uow import UnitOfWork

    engine = make_engine(url)
    try:
        if has_admin(engine):
            raise Conflict(tr_noop("The database already has an administrator: log in as them"))
        user = create_user(UnitOfWork(engine), username, Role.ADMIN, password, full_name=full_name)
        log.info("first administrator %s created on %s", user.username, safe_url(engine.url))
        return user
    finally:
        engine.dispose()


__all__ = [
    "ConnectionProblem",
    "ServerSettings",
    "ServerVerdict",
    "SchemaState",
    "create_first_admin",
    "has_admin",
    "prepare_server",
    "check_server",
    "connect_server",
]
