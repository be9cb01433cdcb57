"""Bring a database's schema up to date from inside the app (also when frozen)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from cakeshop_desktop.core.domain import DatabaseUnavailable

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations; no alembic.ini needed."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return config


def head_revision() -> str | None:
    """The newest migration this build knows."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    """Whether this build has the migration; an unknown one was made by a newer app."""
    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def schema_too_new_message(revision: str) -> str:
    return f"The database schema ({revision}) is newer than this version of the app: update the app"


def upgrade(engine: Engine) -> bool:
    """Upgrade to head; True when anything was applied. Refuse a schema newer than the app."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return False
    if current is not None and not is_known_revision(current):
        raise DatabaseUnavailable(schema_too_new_message(current))
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
