"""Backups of the embedded SQLite database: once a day, before a schema upgrade, by hand.

Copies are made with SQLite's online backup API (`sqlite3.Connection.backup`), so a copy
taken while the counter sells is still one consistent database. They go to a `backups/`
folder beside the database file, named after it and the time they were made; the newest
KEEP_BACKUPS stay. A restore copies the chosen file aside first, checks that copy (intact,
a Cakeshop database of a schema this app knows), backs up the current database, and only
then copies the checked file over it.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url

from cakeshop_desktop.core.domain import BackupReason, DomainError
from cakeshop_desktop.core.messages import tr_noop

log = logging.getLogger(__name__)

KEEP_BACKUPS = 14
BACKUPS_FOLDER = "backups"
SUFFIX = ".sqlite3"
PAGES_PER_STEP = 256  # 1 MB at SQLite's default page size: one progress report per step
_STAMP = "%Y-%m-%d_%H%M%S_%f"
# A file without these is not a shop's database, whatever its revision.
CAKESHOP_TABLES = frozenset({"users", "categories", "cakes", "orders", "order_items"})

Progress = Callable[[int, int], None]  # (done, total), called on the thread doing the work


class InvalidBackup(DomainError):
    """The chosen file cannot be restored: not a Cakeshop database, damaged, or too new."""


class BackupFailed(DomainError):
    """A backup could not be written (disk full, folder not writable, a tool failed)."""


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One backup in the backups folder."""

    path: Path
    made_at: datetime
    reason: BackupReason
    size: int


def database_file(url: str | URL) -> Path | None:
    """The file of an SQLite URL; None for a server or an in-memory database."""
    url = make_url(url) if isinstance(url, str) else url
    name = url.database or ""
    if url.get_backend_name() != "sqlite" or name in ("", ":memory:") or name.startswith("file:"):
        return None
    return Path(name).expanduser()


def backups_folder(database: Path) -> Path:
    return database.parent / BACKUPS_FOLDER


def list_backups(database: Path) -> list[BackupFile]:
    """The database's backups, newest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    reasons = "|".join(re.escape(reason.value) for reason in BackupReason)
    pattern = re.compile(
        rf"{re.escape(database.stem)}-(\d{{4}}-\d\d-\d\d_\d{{6}}_\d{{6}})-({reasons})"
        rf"{re.escape(SUFFIX)}"
    )
    found = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue  # deleted meanwhile
        made_at = datetime.strptime(match.group(1), _STAMP)
        found.append(BackupFile(path, made_at, BackupReason(match.group(2)), size))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def back_up(
    database: Path,
    reason: BackupReason = BackupReason.MANUAL,
    *,
    progress: Progress | None = None,
    keep: int = KEEP_BACKUPS,
) -> BackupFile:
    """Copy the database into its backups folder, then keep only the newest `keep`."""
    if not database.is_file():
        raise BackupFailed(tr_noop("There is no database at {0}"), database)
    folder = backups_folder(database)
    made_at = datetime.now()
    target = folder / f"{database.stem}-{made_at.strftime(_STAMP)}-{reason.value}{SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_database(database, target, progress=progress)
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(tr_noop("Cannot back up to {0}: {1}"), folder, _why(exc)) from None
    log.info("backed up %s to %s (%s)", database, target, reason.value)
    _keep_newest(database, keep)
    return BackupFile(target, made_at, reason, target.stat().st_size)


def back_up_daily(database: Path, *, today: date | None = None) -> BackupFile | None:
    """Today's backup; None when one was already made today (or there is no database)."""
    if not database.is_file():
        return None
    today = today or date.today()
    if any(backup.made_at.date() == today for backup in list_backups(database)):
        return None
    return back_up(database, BackupReason.DAILY)


def back_up_before_upgrade(engine: Engine) -> BackupFile | None:
    """The copy made before a schema upgrade rewrites a local database that holds data.

    None for a server (backed up where it runs), a new file, or a schema without a row.
    """
    from cakeshop_desktop.core.db.migrate import table_with_rows

    database = database_file(engine.url)
    if database is None or not database.is_file() or table_with_rows(engine) is None:
        return None
    return back_up(database, BackupReason.BEFORE_UPGRADE)


def restore(database: Path, backup: Path, *, progress: Progress | None = None) -> BackupFile | None:
    """Replace the database's data with the checked backup; return the copy of what it held.

    Nothing is replaced when the backup is refused (InvalidBackup).
    """
    checked = checked_copy(backup, backups_folder(database), progress=_phase(progress, 0, 3))
    try:
        saved = (
            back_up(database, BackupReason.BEFORE_RESTORE, progress=_phase(progress, 1, 3))
            if database.is_file()
            else None
        )
        try:
            copy_database(checked, database, progress=_phase(progress, 2, 3), standalone=False)
        except (OSError, sqlite3.Error) as exc:
            raise BackupFailed(
                tr_noop("Cannot restore into {0}: {1}"), database, _why(exc)
            ) from None
    finally:
        checked.unlink(missing_ok=True)
    log.info("restored %s from %s", database, backup)
    return saved


def checked_copy(backup: Path, folder: Path, *, progress: Progress | None = None) -> Path:
    """A private copy of the chosen file, checked: what a restore copies from.

    Checking a copy means the chosen file cannot change (or be rotated away) between the
    check and the restore. The caller deletes the copy.
    """
    if not backup.is_file():
        raise InvalidBackup(tr_noop("No such file: {0}"), backup)
    copy = folder / f".checking-{backup.name}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_database(backup, copy, progress=progress)
        check_backup(copy, shown_as=backup.name)
    except (OSError, sqlite3.OperationalError) as exc:
        copy.unlink(missing_ok=True)
        raise InvalidBackup(tr_noop("Cannot read {0}: {1}"), backup.name, _why(exc)) from None
    except sqlite3.Error:
        copy.unlink(missing_ok=True)
        raise InvalidBackup(tr_noop("{0} is not a Cakeshop database"), backup.name) from None
    except DomainError:
        copy.unlink(missing_ok=True)
        raise
    return copy


def check_backup(path: Path, *, shown_as: str | None = None) -> str:
    """The schema revision of an intact Cakeshop database file; InvalidBackup otherwise."""
    from cakeshop_desktop.core.db.migrate import is_known_revision

    name = shown_as or path.name
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        verdict = db.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            raise InvalidBackup(tr_noop("{0} is damaged: {1}"), name, verdict[0][0])
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables >= CAKESHOP_TABLES or "alembic_version" not in tables:
            raise InvalidBackup(tr_noop("{0} is not a Cakeshop database"), name)
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise InvalidBackup(tr_noop("{0} is not a Cakeshop database"), name)
    if not is_known_revision(row[0]):
        raise InvalidBackup(
            tr_noop("{0} was made by a newer version of Cakeshop ({1}): update the app first"),
            name,
            row[0],
        )
    return str(row[0])


def copy_database(
    source: Path, target: Path, *, progress: Progress | None = None, standalone: bool = True
) -> None:
    """Copy a database page by page with the online backup API (writers may go on meanwhile).

    A standalone copy (a backup file) is turned into one self-contained file with no WAL;
    copying into the live database (a restore) leaves its journal mode alone.
    """
    if standalone:
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
    else:
        partial = target
    try:
        with (
            closing(sqlite3.connect(source, isolation_level=None)) as src,
            closing(sqlite3.connect(partial, isolation_level=None)) as dst,
        ):
            src.backup(dst, pages=PAGES_PER_STEP, progress=_pages_done(progress))
            if standalone:
                dst.execute("PRAGMA journal_mode=DELETE")
        if standalone:
            partial.replace(target)
    finally:
        if standalone:
            partial.unlink(missing_ok=True)


def _pages_done(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    """The backup API's (status, remaining, total) as (done, total)."""
    if progress is None:
        return None
    report = progress
    return lambda _status, remaining, total: report(total - remaining, total)


def _keep_newest(database: Path, keep: int) -> None:
    for old in list_backups(database)[keep:]:
        try:
            old.path.unlink()
            log.info("deleted the old backup %s", old.path)
        except OSError as exc:
            log.warning("cannot delete the old backup %s: %s", old.path, _why(exc))


def _phase(progress: Progress | None, index: int, count: int) -> Progress | None:
    """Progress of one of `count` equal steps, reported as part of the whole."""
    if progress is None:
        return None
    report = progress

    def step(done: int, total: int) -> None:
        report(index * 1000 + 1000 * done // max(total, 1), count * 1000)

    return step


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
