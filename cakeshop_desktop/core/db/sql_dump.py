"""SQL dumps of a MariaDB/MySQL database: written by `mariadb-dump`, loaded by the client.

`mariadb-dump --single-transaction` writes one consistent snapshot while the tills keep
selling: each table's structure, its rows, then its triggers (so no trigger fires while a
restore loads rows). A dump is loaded with the `mariadb`/`mysql` client when one is installed,
else statement by statement over the app's own connection (a Windows counter has no client).
The connection reaches the tools in a private option file, never on a command line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from cakeshop_desktop.core.db.backups import CAKESHOP_TABLES, BackupFailed, InvalidBackup
from cakeshop_desktop.core.db.migrate import VERSION_TABLE, is_known_revision
from cakeshop_desktop.core.messages import tr_noop

DUMP_TOOLS = ("mariadb-dump", "mysqldump")
CLIENT_TOOLS = ("mariadb", "mysql")
TITLES = ("-- MariaDB dump", "-- MySQL dump")  # the first lines say which tool wrote it
END = "-- Dump completed"
TOOL_TIMEOUT_S = 6 * 3600
_REVISION_VALUE = re.compile(r"\('([^']+)'\)")  # alembic_version's one row: ('0002')


def dump_tool() -> str | None:
    """mariadb-dump or mysqldump, when installed."""
    return _find(DUMP_TOOLS)


def _find(names: tuple[str, ...]) -> str | None:
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


@contextmanager
def _client_options(url: URL) -> Iterator[str]:
    """A private option file with the connection (a password never goes on a command line)."""

    def quoted(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["[client]"]
    if url.username:
        lines.append(f"user={quoted(url.username)}")
    if url.password:
        lines.append(f"password={quoted(str(url.password))}")
    lines.append(f"host={quoted(url.host or 'localhost')}")
    if url.port:
        lines.append(f"port={url.port}")
    socket = url.query.get("unix_socket")
    if isinstance(socket, str):
        lines.append(f"socket={quoted(socket)}")
    lines.append("default-character-set=utf8mb4")
    fd, name = tempfile.mkstemp(prefix="cakeshop-", suffix=".cnf")  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        yield name
    finally:
        os.unlink(name)


def write_dump(tool: str, url: URL, file: Path) -> None:
    """The whole database into `file`, by mariadb-dump (or mysqldump)."""
    with _client_options(url) as options:
        _run(
            [
                tool,
                f"--defaults-extra-file={options}",
                "--single-transaction",  # one consistent snapshot, the tills keep selling
                "--triggers",  # the report-summary triggers (migration 0002)
                "--no-tablespaces",
                "--hex-blob",
                f"--result-file={file}",
                str(url.database),
            ],
            what=Path(tool).name,
        )


def load_dump(engine: Engine, file: Path) -> str:
    """Load a checked dump into a database without tables; the name of what loaded it."""
    tool = _find(CLIENT_TOOLS)
    if tool is None:
        _execute_statements(engine, file)
        return "pymysql"
    with _client_options(engine.url) as options, file.open("rb") as dump:
        _run(
            [tool, f"--defaults-extra-file={options}", str(engine.url.database)],
            what=tool,
            stdin=dump,
        )
    return Path(tool).name


def _run(command: list[str], *, what: str, stdin: IO[bytes] | None = None) -> None:
    try:
        result = subprocess.run(
            command,
            stdin=stdin,
            capture_output=True,
            timeout=TOOL_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupFailed(tr_noop("{0} failed: {1}"), Path(what).name, exc) from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise BackupFailed(
            tr_noop("{0} failed: {1}"),
            Path(what).name,
            message[-1] if message else f"exit {result.returncode}",
        )


def check_dump(file: Path) -> None:
    """A complete dump of a Cakeshop database at a revision this app knows."""
    revision = None
    tables: set[str] = set()
    last = ""
    in_version_insert = False
    with file.open("r", encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("CREATE TABLE `"):
                tables.add(line.split("`")[1])
            if line.startswith(f"INSERT INTO `{VERSION_TABLE}` VALUES"):
                in_version_insert = True
            if in_version_insert and (found := _REVISION_VALUE.search(line)):
                revision, in_version_insert = found.group(1), False
            if line.strip():
                last = line
    if not last.startswith(END):
        raise InvalidBackup(tr_noop("{0} is cut short: the dump did not complete"), file.name)
    if not tables >= CAKESHOP_TABLES or revision is None:
        raise InvalidBackup(tr_noop("{0} is not a Cakeshop database"), file.name)
    if not is_known_revision(revision):
        raise InvalidBackup(
            tr_noop("{0} was made by a newer version of Cakeshop ({1}): update the app first"),
            file.name,
            revision,
        )


def _execute_statements(engine: Engine, file: Path) -> None:
    """Run the dump's statements one by one on one connection (its SET lines hold for all)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement in statements(file):
            cursor.execute(statement)  # no parameters: a '%' in the SQL stays a '%'
        raw.commit()
    finally:
        raw.close()


def statements(file: Path) -> Iterator[str]:
    """The statements of a mariadb-dump file, as the client splits them.

    A statement ends with the delimiter at the end of a line (`;`, or `;;` between the
    `DELIMITER` lines around a trigger); the dump escapes line breaks inside strings, so a
    row never spans lines it does not end on. Comment lines are left out.
    """
    delimiter = ";"
    lines: list[str] = []
    with file.open("r", encoding="utf-8") as dump:
        for line in dump:
            stripped = line.rstrip("\r\n")
            if not lines and (not stripped.strip() or stripped.startswith(("--", "/*M!999999"))):
                continue
            if not lines and stripped.startswith("DELIMITER "):
                delimiter = stripped.split()[1]
                continue
            lines.append(stripped)
            if stripped.endswith(delimiter):
                lines[-1] = stripped[: -len(delimiter)]
                yield "\n".join(lines)
                lines = []
    if any(line.strip() for line in lines):
        yield "\n".join(lines)
