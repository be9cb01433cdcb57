"""Whether the account at hand may change a MySQL schema, asked before a migration starts.

MySQL runs DDL outside transactions: a migration refused halfway (a CREATE TRIGGER under
binary logging, say) would leave half a schema behind. So before migrating, a throw-away
table tries each kind of statement the migrations use (create, alter, index, foreign key,
trigger, drop); a refusal becomes one line saying who must do what, and the shop's tables
are untouched. The counters' restricted account (SELECT, INSERT, UPDATE, DELETE) is refused
at the first statement: the owner upgrades with `cakeshop db upgrade --owner-url URL`.
"""

from __future__ import annotations

import contextlib

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from cakeshop_desktop.core.domain import SchemaUpgradeRefused, TriggersNeedSuper
from cakeshop_desktop.core.messages import Message, tr_noop

PROBE_TABLE = "cakeshop_upgrade_probe"
_PROBE = (
    f"DROP TABLE IF EXISTS {PROBE_TABLE}",
    f"CREATE TABLE {PROBE_TABLE} (id INT PRIMARY KEY, parent_id INT, "
    f"CONSTRAINT fk_{PROBE_TABLE} FOREIGN KEY (parent_id) REFERENCES {PROBE_TABLE} (id))",
    f"ALTER TABLE {PROBE_TABLE} ADD COLUMN note VARCHAR(10)",
    f"CREATE INDEX ix_{PROBE_TABLE}_note ON {PROBE_TABLE} (note)",
    f"CREATE TRIGGER tr_{PROBE_TABLE} BEFORE INSERT ON {PROBE_TABLE} FOR EACH ROW "
    "SET NEW.note = NEW.note",
    f"DROP TABLE {PROBE_TABLE}",
)

# MySQL/MariaDB error codes of a refused statement
_ACCESS_DENIED = {1044, 1142, 1143, 1227, 1370}
_BINLOG_NEEDS_SUPER = {1419}  # "You do not have the SUPER privilege and binary logging is enabled"


def check_upgrade_rights(connection: Connection, needed: Message | str) -> None:
    """Raise SchemaUpgradeRefused unless this connection's account may migrate the schema.

    `needed` says what the database needs, e.g. "an upgrade from schema 0001 to 0002".
    """
    try:
        for statement in _PROBE:
            connection.exec_driver_sql(statement)
    except DBAPIError as exc:
        args = exc.orig.args if exc.orig is not None else ()
        code = args[0] if args else None
        if code not in _ACCESS_DENIED | _BINLOG_NEEDS_SUPER:
            raise
        with contextlib.suppress(DBAPIError):
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {PROBE_TABLE}")
        account = _account(connection)
        if code in _BINLOG_NEEDS_SUPER:
            raise TriggersNeedSuper(binlog_message(account, connection.engine.url)) from None
        reason = str(args[1]) if len(args) > 1 else str(exc.orig)
        raise SchemaUpgradeRefused(
            owner_must_upgrade_message(account, connection.engine.url, needed, reason)
        ) from None


def owner_must_upgrade_message(
    account: str, url: URL, needed: Message | str, reason: str = ""
) -> Message:
    template = (
        tr_noop(
            "The database {0} needs {1}, and the account {2} may not change its schema ({3})."
            " The shop's owner must upgrade it once, with an account that may:"
            " cakeshop db upgrade --owner-url {4} (it asks for the password)"
        )
        if reason
        else tr_noop(
            "The database {0} needs {1}, and the account {2} may not change its schema."
            " The shop's owner must upgrade it once, with an account that may:"
            " cakeshop db upgrade --owner-url {4} (it asks for the password)"
        )
    )
    return Message(template, (_where(url), needed, account, reason, owner_url_hint(url)))


def binlog_message(account: str, url: URL) -> Message:
    return Message(
        tr_noop(
            "Binary logging is on at the server of {0}, so it lets {1} create the schema's"
            " triggers only with the SUPER privilege. Ask the server's administrator for one"
            " of: SET GLOBAL log_bin_trust_function_creators = 1; (and"
            " log_bin_trust_function_creators = 1 in the server's configuration, for after a"
            " restart) or GRANT SUPER ON *.* TO {1}; then upgrade again. Nothing was changed."
        ),
        (_where(url), account),
    )


def owner_url_hint(url: URL) -> str:
    """The URL of the same database for an owner account still to be named."""
    return URL.create(
        url.drivername, username="OWNER", host=url.host, port=url.port, database=url.database
    ).render_as_string()


def _where(url: URL) -> Message:
    return Message(tr_noop("{0} on {1}:{2}"), (url.database, url.host, url.port or 3306))


def _account(connection: Connection) -> str:
    """The account as the server sees it, quoted as GRANT wants it: 'user'@'host'."""
    with contextlib.suppress(DBAPIError):
        current = connection.execute(text("SELECT CURRENT_USER()")).scalar_one()
        user, _, host = str(current).rpartition("@")
        return f"'{user}'@'{host}'"
    return f"'{connection.engine.url.username}'"
