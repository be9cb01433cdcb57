"""`cakeshop db backup FILE` and `cakeshop db restore FILE`: a whole database to a file and back.

- SQLite: a copy made with the online backup API (the same kind of file as the daily backups).
- MySQL/MariaDB: an SQL dump by `mariadb-dump` (or `mysqldump`) when one is installed
  (`sql_dump.py`). Without it, a *Cakeshop dump* written through SQLAlchemy: gzip'd JSON lines
  holding the schema revision and every table's rows (`logical_dump.py`).

A restore goes only into an empty database (a new file, a new server database, or one whose
tables hold no rows), checks the file before anything is written, and leaves a working
database at the newest schema: the tables, the report-summary triggers and `alembic_version`.
A load that fails halfway empties the database again.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine, MetaData, text
from sqlalchemy.engine import URL

from cakeshop_desktop.core.db import backups, logical_dump, sql_dump
from cakeshop_desktop.core.db.backups import BackupFailed, InvalidBackup
from cakeshop_desktop.core.db.engine import check_connection, make_engine, safe_url
from cakeshop_desktop.core.db.migrate import table_with_rows, upgrade
from cakeshop_desktop.core.domain import DomainError
from cakeshop_desktop.core.messages import tr_noop

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseNotEmpty(DomainError):
    """A restore is refused: the database already holds a shop's data."""


class BackupKind(StrEnum):
    """What a backup file holds, told by its first bytes."""

    SQLITE = "SQLite database"
    SQL_DUMP = "SQL dump"
    CAKESHOP_DUMP = "Cakeshop dump"


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What `db backup` wrote, or what `db restore` loaded."""

    file: Path
    kind: BackupKind
    size: int
    tool: str  # "sqlite3", "mariadb-dump", "mariadb", "sqlalchemy"


def back_up_database(url: str | URL, file: Path, *, overwrite: bool = False) -> BackupSummary:
    """Write the whole database into `file` (which must not exist unless `overwrite`)."""
    if file.exists() and not overwrite:
        raise BackupFailed(tr_noop("{0} already exists: choose a new name (or --overwrite)"), file)
    if file.is_dir():
        raise BackupFailed(tr_noop("{0} is a folder: name a file"), file)
    engine = make_engine(url)
    try:
        if engine.dialect.name == "sqlite":
            database = backups.database_file(engine.url)
            if database is None or not database.is_file():
                raise BackupFailed(tr_noop("There is no database at {0}"), safe_url(engine.url))
            _write(lambda target: backups.copy_database(database, target), file)
            return BackupSummary(file, BackupKind.SQLITE, file.stat().st_size, "sqlite3")
        check_connection(engine)
        tool = sql_dump.dump_tool()
        if tool is not None:
            _write(lambda target: sql_dump.write_dump(tool, engine.url, target), file)
            return BackupSummary(file, BackupKind.SQL_DUMP, file.stat().st_size, Path(tool).name)
        _write(lambda target: logical_dump.write_dump(engine, target), file)
        return BackupSummary(file, BackupKind.CAKESHOP_DUMP, file.stat().st_size, "sqlalchemy")
    finally:
        engine.dispose()


def restore_database(url: str | URL, file: Path) -> BackupSummary:
    """Load a backup into an empty database, then bring it to the newest schema.

    The file is checked first and the database must hold no rows: a refused restore
    (InvalidBackup, DatabaseNotEmpty) has written nothing.
    """
    kind = backup_kind(file)
    engine = make_engine(url)
    try:
        check_connection(engine)
        on_sqlite = engine.dialect.name == "sqlite"
        if kind is BackupKind.SQLITE and not on_sqlite:
            raise InvalidBackup(
                tr_noop("{0} is an SQLite database: it restores into an SQLite database only"),
                file.name,
            )
        if kind is BackupKind.SQL_DUMP and on_sqlite:
            raise InvalidBackup(
                tr_noop("{0} is a MariaDB/MySQL dump: it restores into a MariaDB/MySQL database"),
                file.name,
            )
        if kind is BackupKind.SQLITE:
            tool = _restore_sqlite(engine, file)
        elif kind is BackupKind.SQL_DUMP:
            sql_dump.check_dump(file)
            _refuse_unless_empty(engine)
            tool = _load_with(engine, lambda: sql_dump.load_dump(engine, file))
        else:
            header = logical_dump.check_dump(file)
            _refuse_unless_empty(engine)
            tool = _load_with(engine, lambda: logical_dump.load_dump(engine, file, header))
        upgrade(engine)
        return BackupSummary(file, kind, file.stat().st_size, tool)
    finally:
        engine.dispose()


def backup_kind(file: Path) -> BackupKind:
    """What the file holds; InvalidBackup for anything else."""
    try:
        with file.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise InvalidBackup(tr_noop("No such file: {0}"), file) from None
    except OSError as exc:
        raise InvalidBackup(tr_noop("Cannot read {0}: {1}"), file.name, exc.strerror) from None
    if head.startswith(SQLITE_MAGIC):
        return BackupKind.SQLITE
    if head.startswith(logical_dump.GZIP_MAGIC):
        return BackupKind.CAKESHOP_DUMP
    # mariadb-dump may start with a "sandbox mode" comment line before its title
    first_lines = head.decode("utf-8", errors="replace").splitlines()[:3]
    if any(line.startswith(sql_dump.TITLES) for line in first_lines):
        return BackupKind.SQL_DUMP
    raise InvalidBackup(tr_noop("{0} is not a Cakeshop backup"), file.name)


# --- SQLite


def _restore_sqlite(engine: Engine, file: Path) -> str:
    database = backups.database_file(engine.url)
    if database is None:
        raise InvalidBackup(tr_noop("An in-memory database cannot be restored into"))
    checked = backups.checked_copy(file, backups.backups_folder(database))
    try:
        _refuse_unless_empty(engine)
        engine.dispose()  # the file is rewritten under the pool's connections otherwise
        backups.copy_database(checked, database, standalone=False)
    finally:
        checked.unlink(missing_ok=True)
    return "sqlite3"


# --- the empty database a restore needs


def _refuse_unless_empty(engine: Engine) -> None:
    table = table_with_rows(engine)
    if table is not None:
        raise DatabaseNotEmpty(
            tr_noop(
                "The database {0} is not empty (the table {1} has rows): restore into a new, empty database"
            ),
            safe_url(engine.url),
            table,
        )


def _load_with(engine: Engine, load: Callable[[], str]) -> str:
    """Drop the (empty) tables, load; when the load fails, empty the database again."""
    _drop_all_tables(engine)
    try:
        return load()
    except BaseException:
        log.warning("the restore into %s failed: emptying it again", safe_url(engine.url))
        _drop_all_tables(engine)
        raise


def _drop_all_tables(engine: Engine) -> None:
    """Drop every table (and with them their triggers) of a database known to hold no rows."""
    metadata = MetaData()
    with engine.begin() as connection:
        metadata.reflect(connection)
        if engine.dialect.name == "sqlite":
            metadata.drop_all(connection)
            return
        connection.execute(text("SET FOREIGN_KEY_CHECKS = 0"))
        for table in metadata.sorted_tables:
            connection.execute(text(f"DROP TABLE IF EXISTS `{table.name}`"))
        connection.execute(text("SET FOREIGN_KEY_CHECKS = 1"))


def _write(write: Callable[[Path], None], file: Path) -> None:
    """Write a backup into `FILE.partial`, then rename it: a failed backup leaves no file."""
    partial = file.with_name(file.name + ".partial")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write(partial)
        partial.replace(file)
    except OSError as exc:
        raise BackupFailed(tr_noop("Cannot write {0}: {1}"), file, exc.strerror or exc) from None
    except sqlite3.Error as exc:
        raise BackupFailed(tr_noop("Cannot back up: {0}"), exc) from None
    finally:
        partial.unlink(missing_ok=True)
