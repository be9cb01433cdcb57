"""Backups: the local database's daily and pre-upgrade copies, restore, and `db backup/restore`.

Every round trip backs up a shop with orders and report summaries, changes and deletes things,
restores, and compares every table row for row with the backup, on SQLite and on MariaDB.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from cakeshop_desktop.core.db import backups
from cakeshop_desktop.core.db.backups import BackupReason, InvalidBackup
from cakeshop_desktop.core.db.dumps import (
    BackupKind,
    DatabaseNotEmpty,
    back_up_database,
    restore_database,
)
from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import (
    HEAD_REVISION,
    current_revision,
    table_with_rows,
    upgrade,
    upgrade_to,
)
from tests.conftest import create_mysql_database, drop_mysql_database
from tests.integration.backup_support import (
    change_an_old_order,
    change_and_delete_things,
    every_row,
    fill_demo_shop,
    report_day_is_stale,
    trigger_names,
)


@pytest.fixture(scope="module")
def _demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    url = f"sqlite:///{path}"
    upgrade(make_engine(url))
    fill_demo_shop(url)
    return path


@pytest.fixture
def local_shop(_demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo shop's SQLite file in a data folder of its own."""
    path = tmp_path / "data" / "cakeshop.sqlite3"
    path.parent.mkdir()
    shutil.copy(_demo_file, path)
    return path


@pytest.fixture(scope="module")
def _demo_server() -> str:
    url = create_mysql_database("cs_backup")
    upgrade(make_engine(url))
    fill_demo_shop(url)
    yield url
    drop_mysql_database(url)


@pytest.fixture
def empty_server_database():
    urls: list[str] = []

    def make() -> str:
        urls.append(create_mysql_database("cs_restore"))
        return urls[-1]

    yield make
    for url in urls:
        drop_mysql_database(url)


SCHEMA_TRIGGERS = 14  # 12 of migration 0002 (the days), 2 of 0003 (their months)
SQLITE_TRIGGERS = SCHEMA_TRIGGERS + 3  # and 3 of 0006 keeping SQLite's catalogue word index


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


# --- the local database (Settings → Backups, daily, before an upgrade)


def test_a_restore_brings_back_every_row_of_the_backup(local_shop: Path) -> None:
    url = url_of(local_shop)
    backup = backups.back_up(local_shop)
    at_backup = every_row(url)
    assert at_backup["orders"] and at_backup["report_days"] and at_backup["report_cakes"]

    change_and_delete_things(url)
    assert every_row(url) != at_backup

    saved = backups.restore(local_shop, backup.path)

    assert every_row(url) == at_backup
    # what the database held just before is a backup of its own
    assert saved is not None and saved.reason is BackupReason.BEFORE_RESTORE
    assert every_row(url_of(saved.path))["shop_settings"] != at_backup["shop_settings"]


def test_the_restored_database_works(local_shop: Path) -> None:
    url = url_of(local_shop)
    triggers = trigger_names(url)
    backup = backups.back_up(local_shop)
    change_and_delete_things(url)

    backups.restore(local_shop, backup.path)

    assert len(triggers) == SQLITE_TRIGGERS and trigger_names(url) == triggers
    assert current_revision(make_engine(url)) == HEAD_REVISION
    assert upgrade(make_engine(url)) is False
    day = change_an_old_order(url)
    assert report_day_is_stale(url, day), "the report-summary triggers work again"


def test_an_older_backup_is_restored_then_upgraded(local_shop: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    engine = make_engine(url_of(old))
    upgrade_to(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO shop_settings (key, value) VALUES ('shop_name', 'Медовик и Ко')"
        )
    engine.dispose()

    backups.restore(local_shop, old)

    restored = make_engine(url_of(local_shop))
    assert current_revision(restored) == "0001"
    assert upgrade(restored) is True  # what the app does when it reopens
    assert every_row(url_of(local_shop))["shop_settings"] == [("shop_name", "Медовик и Ко")]
    assert len(trigger_names(url_of(local_shop))) == SQLITE_TRIGGERS


@pytest.mark.parametrize(
    "spoil",
    ["garbage", "cut_short", "not_cakeshop", "too_new", "missing"],
)
def test_a_bad_backup_is_refused_and_nothing_is_replaced(local_shop: Path, spoil: str) -> None:
    url = url_of(local_shop)
    good = backups.back_up(local_shop).path
    bad = local_shop.parent / "chosen.sqlite3"
    if spoil == "garbage":
        bad.write_text("these are not the shop's orders\n" * 100)
    elif spoil == "cut_short":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif spoil == "not_cakeshop":
        with sqlite3.connect(bad) as other:
            other.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
            other.execute("INSERT INTO notes (text) VALUES ('shopping list')")
        other.close()
    elif spoil == "too_new":
        shutil.copy(good, bad)
        with sqlite3.connect(bad) as newer:
            newer.execute("UPDATE alembic_version SET version_num = '9999'")
        newer.close()
    change_and_delete_things(url)
    before = every_row(url)
    listed = backups.list_backups(local_shop)

    with pytest.raises(InvalidBackup) as refused:
        backups.restore(local_shop, bad)

    assert "chosen.sqlite3" in refused.value.message
    if spoil == "too_new":
        assert "newer version" in refused.value.message
    assert every_row(url) == before
    assert backups.list_backups(local_shop) == listed, "not even the safety copy is made"
    assert not list(backups.backups_folder(local_shop).glob("*.partial"))


def test_the_newest_fourteen_backups_are_kept(local_shop: Path) -> None:
    made = [backups.back_up(local_shop).path for _ in range(backups.KEEP_BACKUPS + 2)]

    kept = backups.list_backups(local_shop)

    assert [backup.path for backup in kept] == made[::-1][: backups.KEEP_BACKUPS]
    assert not made[0].exists() and not made[1].exists()
    assert all(backup.size == local_shop.stat().st_size for backup in kept)


def test_the_daily_backup_is_made_once_a_day(local_shop: Path) -> None:
    first = backups.back_up_daily(local_shop)
    again = backups.back_up_daily(local_shop)
    tomorrow = backups.back_up_daily(local_shop, today=date.today() + timedelta(days=1))

    assert first is not None and first.reason is BackupReason.DAILY
    assert again is None
    assert tomorrow is not None
    assert every_row(url_of(first.path)) == every_row(url_of(local_shop))


def test_an_upgrade_backs_up_the_shop_first(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite3"
    engine = make_engine(url_of(database))
    upgrade_to(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO shop_settings (key, value) VALUES ('shop_name', 'Медовик и Ко')"
        )

    assert upgrade(engine) is True

    (made,) = backups.list_backups(database)
    assert made.reason is BackupReason.BEFORE_UPGRADE
    assert current_revision(make_engine(url_of(made.path))) == "0001"
    assert every_row(url_of(made.path))["shop_settings"] == [("shop_name", "Медовик и Ко")]


def test_no_backup_of_a_new_or_current_database(tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite3"
    upgrade(make_engine(url_of(new)))  # a new file: nothing to keep
    empty = tmp_path / "empty.sqlite3"
    engine = make_engine(url_of(empty))
    upgrade_to(engine, "0001")
    upgrade(engine)  # a schema without a row: nothing to keep either
    upgrade(make_engine(url_of(new)))  # up to date: nothing to do

    assert backups.list_backups(new) == [] and backups.list_backups(empty) == []


# --- `cakeshop db backup FILE` / `db restore FILE`


def test_sqlite_backup_restores_into_a_new_file(local_shop: Path, tmp_path: Path) -> None:
    url = url_of(local_shop)
    file = tmp_path / "shop-backup.sqlite3"
    done = back_up_database(url, file)
    at_backup = every_row(url)
    change_and_delete_things(url)
    target = url_of(tmp_path / "restored" / "cakeshop.sqlite3")

    restored = restore_database(target, file)

    assert done.kind is restored.kind is BackupKind.SQLITE
    assert every_row(target) == at_backup
    with pytest.raises(DatabaseNotEmpty, match="not empty"):
        restore_database(url, file)


def test_the_cakeshop_dump_round_trips_on_sqlite(local_shop: Path, tmp_path: Path) -> None:
    # the format mariadb-less servers get; the code is the same on both databases
    from cakeshop_desktop.core.db.logical_dump import write_dump

    url = url_of(local_shop)
    file = tmp_path / "shop.dump"
    write_dump(make_engine(url), file)
    target = url_of(tmp_path / "restored.sqlite3")

    restore_database(target, file)

    assert every_row(target) == every_row(url)
    assert trigger_names(target) == trigger_names(url)


@pytest.mark.mysql
@pytest.mark.parametrize(
    ("backed_up_by", "restored_by"),
    [("mariadb-dump", "mariadb"), ("mariadb-dump", "pymysql"), ("sqlalchemy", "sqlalchemy")],
    ids=["mariadb-dump", "without-client", "without-tools"],
)
def test_a_server_backup_restores_every_row(
    _demo_server: str,
    empty_server_database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    backed_up_by: str,
    restored_by: str,
) -> None:
    tools_path = os.environ.get("PATH", "")
    if backed_up_by == "mariadb-dump" and shutil.which("mariadb-dump") is None:
        pytest.skip("mariadb-dump is not installed")
    if backed_up_by == "sqlalchemy":
        monkeypatch.setenv("PATH", str(tmp_path))  # no mariadb-dump, no mariadb client
    file = tmp_path / "shop.backup"
    at_backup = every_row(_demo_server)
    triggers = trigger_names(_demo_server)

    done = back_up_database(_demo_server, file)
    change_and_delete_things(_demo_server)
    target = empty_server_database()
    monkeypatch.setenv("PATH", tools_path if restored_by == "mariadb" else str(tmp_path))
    restored = restore_database(target, file)

    assert done.tool == backed_up_by and restored.tool == restored_by
    assert every_row(target) == at_backup
    assert len(triggers) == SCHEMA_TRIGGERS and trigger_names(target) == triggers
    assert current_revision(make_engine(target)) == HEAD_REVISION
    day = change_an_old_order(target)
    assert report_day_is_stale(target, day)


@pytest.mark.mysql
def test_a_server_restore_refuses_a_database_with_data(_demo_server: str, tmp_path: Path) -> None:
    file = tmp_path / "shop.backup"
    back_up_database(_demo_server, file)
    before = every_row(_demo_server)

    with pytest.raises(DatabaseNotEmpty, match="not empty"):
        restore_database(_demo_server, file)

    assert every_row(_demo_server) == before


@pytest.mark.mysql
@pytest.mark.parametrize("kind", ["sql", "dump"])
def test_a_bad_server_backup_is_refused_before_anything_is_written(
    _demo_server: str,
    empty_server_database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    if kind == "dump":
        monkeypatch.setenv("PATH", str(tmp_path))
    good = tmp_path / "good.backup"
    back_up_database(_demo_server, good)
    cut = tmp_path / "cut.backup"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size * 2 // 3])
    target = empty_server_database()
    upgrade(make_engine(target))  # an empty schema, as the app leaves a new database

    for bad in (cut, tmp_path / "missing.backup", Path(__file__)):
        with pytest.raises(InvalidBackup):
            restore_database(target, bad)

    assert table_with_rows(make_engine(target)) is None
    assert current_revision(make_engine(target)) == HEAD_REVISION


def test_the_commands_back_up_restore_and_refuse_in_one_line(
    local_shop: Path, tmp_path: Path
) -> None:
    from tests.integration.test_cli import cakeshop

    url = url_of(local_shop)
    file = tmp_path / "backup.sqlite3"
    target = url_of(tmp_path / "new" / "cakeshop.sqlite3")

    backed_up = cakeshop("--database-url", url, "db", "backup", str(file), tmp=tmp_path)
    twice = cakeshop("--database-url", url, "db", "backup", str(file), tmp=tmp_path)
    restored = cakeshop("--database-url", target, "db", "restore", str(file), tmp=tmp_path)
    into_data = cakeshop("--database-url", url, "db", "restore", str(file), tmp=tmp_path)

    assert backed_up.returncode == 0, backed_up.stderr
    assert "Backed up" in backed_up.stdout
    assert twice.returncode == 1 and "already exists" in twice.stderr
    assert restored.returncode == 0, restored.stderr
    assert every_row(target) == every_row(url)
    assert into_data.returncode == 1
    assert into_data.stderr.strip().endswith("restore into a new, empty database")
    assert len(into_data.stderr.strip().splitlines()) == 1
