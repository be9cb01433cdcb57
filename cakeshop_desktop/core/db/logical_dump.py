"""The Cakeshop dump: every row of a database as gzip'd JSON lines, through SQLAlchemy.

`cakeshop db backup` writes it for a MariaDB/MySQL server when `mariadb-dump` is not
installed. Line 1 is the header (format, schema revision, the tables in load order); then per
table a line naming it and its columns, one JSON list per row (decimals, dates, times and
bytes tagged so they come back as they were), a line with its row count; and a last line
saying the dump is complete, so a file cut short is refused.

A load builds the schema with the migrations at the dump's revision, sets the triggers aside
while the rows go in (the report-summary triggers of migration 0002 would otherwise add
summary rows of their own) and puts them back.
"""

from __future__ import annotations

import base64
import gzip
import json
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, MetaData, select, text

from cakeshop_desktop.core.db import catalog_search
from cakeshop_desktop.core.db.backups import CAKESHOP_TABLES, BackupFailed, InvalidBackup
from cakeshop_desktop.core.db.migrate import VERSION_TABLE, is_known_revision, upgrade_to
from cakeshop_desktop.core.messages import tr_noop

FORMAT = "cakeshop-dump"
FORMAT_VERSION = 1
GZIP_MAGIC = b"\x1f\x8b"
BATCH_ROWS = 1000


@dataclass(frozen=True, slots=True)
class DumpHeader:
    """What a checked dump holds."""

    revision: str
    tables: tuple[str, ...]
    rows: int


def write_dump(engine: Engine, target: Path) -> None:
    """Write every table of the database (one consistent snapshot) into `target`."""
    metadata = MetaData()
    with engine.connect() as connection:
        if engine.dialect.name != "sqlite":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            connection.exec_driver_sql("START TRANSACTION WITH CONSISTENT SNAPSHOT")
        metadata.reflect(connection)
        if VERSION_TABLE not in metadata.tables:
            raise BackupFailed(tr_noop("The database has no Cakeshop schema: nothing to back up"))
        revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        tables = [
            table
            for table in metadata.sorted_tables
            if table.name != VERSION_TABLE and not catalog_search.is_search_table(table.name)
        ]
        with gzip.open(target, "wt", encoding="utf-8") as out:
            _line(out, {"format": FORMAT, "version": FORMAT_VERSION, "revision": revision,
                        "made_at": datetime.now().isoformat(timespec="seconds"),
                        "tables": [table.name for table in tables]})  # fmt: skip
            for table in tables:
                _line(out, {"table": table.name, "columns": [c.name for c in table.columns]})
                rows = connection.execution_options(yield_per=BATCH_ROWS).execute(
                    select(table).order_by(*table.primary_key.columns)
                )
                count = 0
                for row in rows:
                    out.write(json.dumps(list(row), default=_tagged, ensure_ascii=False))
                    out.write("\n")
                    count += 1
                _line(out, {"end": table.name, "rows": count})
            _line(out, {"complete": True, "tables": len(tables)})


def check_dump(file: Path) -> DumpHeader:
    """Read the whole dump once: complete, a Cakeshop database, a revision this app knows."""
    try:
        with gzip.open(file, "rt", encoding="utf-8") as lines:
            header = json.loads(next(lines))
            if header.get("format") != FORMAT or header.get("version") != FORMAT_VERSION:
                raise InvalidBackup(tr_noop("{0} is not a Cakeshop backup"), file.name)
            tables = tuple(header["tables"])
            seen, rows, complete = [], 0, False
            for line in lines:
                if line.startswith("["):
                    rows += 1
                    continue
                mark = json.loads(line)
                if "table" in mark:
                    seen.append(mark["table"])
                complete = mark.get("complete") is True
    except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, StopIteration):
        raise InvalidBackup(tr_noop("{0} is damaged or cut short"), file.name) from None
    if not complete or tuple(seen) != tables:
        raise InvalidBackup(tr_noop("{0} is cut short: the dump did not complete"), file.name)
    if not set(tables) >= CAKESHOP_TABLES:
        raise InvalidBackup(tr_noop("{0} is not a Cakeshop database"), file.name)
    revision = str(header.get("revision"))
    if not is_known_revision(revision):
        raise InvalidBackup(
            tr_noop("{0} was made by a newer version of Cakeshop ({1}): update the app first"),
            file.name,
            revision,
        )
    return DumpHeader(revision, tables, rows)


def load_dump(engine: Engine, file: Path, header: DumpHeader) -> str:
    """Load a checked dump into a database without tables."""
    upgrade_to(engine, header.revision)
    metadata = MetaData()
    with engine.begin() as connection:
        metadata.reflect(connection)
        triggers = _set_triggers_aside(connection)
        if engine.dialect.name == "sqlite":
            connection.execute(text("PRAGMA defer_foreign_keys = ON"))
        else:
            connection.execute(text("SET FOREIGN_KEY_CHECKS = 0"))
            connection.execute(
                text("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO')")
            )
        for table_name, columns, rows in _sections(file):
            table = metadata.tables.get(table_name)
            if table is None or not set(columns) <= set(table.columns.keys()):
                raise InvalidBackup(
                    tr_noop("{0} does not match the schema {1} ({2})"),
                    file.name,
                    header.revision,
                    table_name,
                )
            for batch in _batches(rows, columns):
                connection.execute(table.insert(), batch)
        for statement in triggers:
            connection.exec_driver_sql(statement)
        if engine.dialect.name == "sqlite":
            # its triggers were aside while the cakes came in (a dump older than the index
            # gets it from the upgrade that follows)
            if catalog_search.TABLE in metadata.tables:
                catalog_search.rebuild(connection)
        else:
            connection.execute(text("SET FOREIGN_KEY_CHECKS = 1"))
    return "sqlalchemy"


def _sections(file: Path) -> Iterator[tuple[str, list[str], Iterator[str]]]:
    """(table, columns, its row lines) for each table of the dump, in load order."""
    with gzip.open(file, "rt", encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            mark = json.loads(line)
            if "table" in mark:
                # the caller takes this table's rows before it asks for the next table
                yield mark["table"], mark["columns"], _rows_until_end(lines)


def _rows_until_end(lines: IO[str]) -> Iterator[str]:
    for line in lines:
        if not line.startswith("["):
            return
        yield line


def _batches(rows: Iterator[str], columns: list[str]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for line in rows:
        batch.append(dict(zip(columns, json.loads(line, object_hook=_untagged), strict=True)))
        if len(batch) >= BATCH_ROWS:
            yield batch
            batch = []
    if batch:
        yield batch


def _set_triggers_aside(connection: Connection) -> list[str]:
    """Drop the database's triggers; return the statements that create them again."""
    statements = []
    if connection.dialect.name == "sqlite":
        found = connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")
        ).all()
        for name, sql in found:
            statements.append(sql)
            connection.execute(text(f'DROP TRIGGER "{name}"'))
        return statements
    names = connection.execute(
        text(
            "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
            "WHERE TRIGGER_SCHEMA = DATABASE() "
            "ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER"
        )
    ).scalars()
    for name in list(names):
        row = connection.execute(text(f"SHOW CREATE TRIGGER `{name}`")).one()
        statements.append(row[2])  # "SQL Original Statement"
        connection.execute(text(f"DROP TRIGGER `{name}`"))
    return statements


def _line(out: IO[str], mark: dict[str, Any]) -> None:
    out.write(json.dumps(mark, ensure_ascii=False))
    out.write("\n")


def _tagged(value: object) -> dict[str, str]:
    """A value JSON has no type for, as a one-key object naming its type."""
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"cannot dump a {type(value).__name__}")


_UNTAG: dict[str, Callable[[str], object]] = {
    "$decimal": Decimal,
    "$datetime": datetime.fromisoformat,
    "$date": date.fromisoformat,
    "$time": time.fromisoformat,
    "$bytes": base64.b64decode,
}


def _untagged(value: dict[str, Any]) -> object:
    if len(value) == 1:
        ((key, raw),) = value.items()
        convert = _UNTAG.get(key)
        if convert is not None:
            return convert(raw)
    return value
