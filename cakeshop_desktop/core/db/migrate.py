"""Bring a database's schema up to date from inside the app (also when frozen).

Alembic (with Mako and Pygments) takes a fifth of a second to import, so a database already
at `HEAD_REVISION` is checked with one plain query and Alembic is loaded only to migrate.
A test keeps `HEAD_REVISION` equal to the newest file in `migrations/versions/`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from cakeshop_desktop.core.db.engine import LONG_STATEMENT_SECONDS, make_engine
from cakeshop_desktop.core.db.upgrade_rights import check_upgrade_rights
from cakeshop_desktop.core.domain import SchemaTooNew
from cakeshop_desktop.core.messages import Message, tr_noop

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0010"  # the newest migration; change it with every new file in versions/
VERSION_TABLE = "alembic_version"


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations; no alembic.ini needed."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return config


def head_revision() -> str | None:
    """The newest migration among the files (tests compare it with HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def table_with_rows(engine: Engine) -> str | None:
    """The first table holding a row (Alembic's own aside); None for an empty database."""
    quote = engine.dialect.identifier_preparer.quote
    with engine.connect() as connection:
        for name in sorted(inspect(connection).get_table_names()):
            if name == VERSION_TABLE:
                continue
            if connection.execute(text(f"SELECT 1 FROM {quote(name)} LIMIT 1")).first():
                return name
    return None


def is_known_revision(revision: str) -> bool:
    """Whether this build has the migration; an unknown one was made by a newer app."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def schema_too_new_message(revision: str) -> Message:
    return Message(
        tr_noop("The database schema ({0}) is newer than this version of the app: update the app"),
        (revision,),
    )


def _needed(current: str | None, revision: str) -> Message:
    if current is None:
        return Message(tr_noop("its tables created"))
    target = HEAD_REVISION if revision == "head" else revision
    return Message(tr_noop("an upgrade of its schema from {0} to {1}"), (current, target))


def upgrade(engine: Engine) -> bool:
    """Upgrade to head; True when anything was applied. Refuse a schema newer than the app,
    and (SchemaUpgradeRefused) an account that may not change it, before changing anything."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return False
    if current is not None:
        if not is_known_revision(current):
            raise SchemaTooNew(schema_too_new_message(current))
        # A shop's data is about to be rewritten by code it has never met: keep a copy.
        from cakeshop_desktop.core.db.backups import back_up_before_upgrade

        back_up_before_upgrade(engine)
    upgrade_to(engine, "head")
    return True


def upgrade_to(engine: Engine, revision: str) -> None:
    """Run the migrations up to `revision` (a restore builds the schema its rows came from)."""
    from alembic import command

    # A migration may rewrite big tables: on a server its statements get more time than a
    # till's (an SQLite file has no such timeout, and an in-memory one must stay the same).
    sqlite = engine.dialect.name == "sqlite"
    migrating = engine if sqlite else make_engine(engine.url, timeout=LONG_STATEMENT_SECONDS)
    try:
        config = alembic_config(migrating)
        with migrating.begin() as connection:
            if not sqlite:  # MySQL's DDL cannot be rolled back: no half-done upgrade
                check_upgrade_rights(connection, _needed(current_revision(engine), revision))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        if migrating is not engine:
            migrating.dispose()
