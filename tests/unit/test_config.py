"""Where the database URL comes from, in the order DESIGN §7 gives."""

from __future__ import annotations

import os
import stat

import pytest

from cakeshop_desktop import config
from cakeshop_desktop.core.domain import InvalidInput


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "config"))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)


def test_default_is_an_sqlite_file_in_the_data_dir(tmp_path):
    choice = config.choose_database()
    assert choice.is_default
    assert choice.url == f"sqlite:///{(tmp_path / 'data' / 'cakeshop.sqlite3').as_posix()}"


def test_option_beats_environment_beats_config_file(monkeypatch):
    config.write_config_url("mysql+pymysql://shop:pw@server/cakeshop")
    assert config.choose_database().url == "mysql+pymysql://shop:pw@server/cakeshop"
    assert config.choose_database().source == "config file"
    monkeypatch.setenv(config.ENV_DATABASE_URL, "sqlite:///env.db")
    assert config.choose_database().url == "sqlite:///env.db"
    assert config.choose_database("sqlite:///option.db").url == "sqlite:///option.db"


def test_config_file_is_readable_by_its_owner_only():
    path = config.write_config_url('mysql+pymysql://shop:p"w\\x@server/cakeshop')
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert config.read_config_url(path) == 'mysql+pymysql://shop:p"w\\x@server/cakeshop'


@pytest.mark.parametrize(
    "content",
    ["[database\nurl = 'x'", "database = 3", "[database]\nurl = 42", "[database]\nurl = ''"],
)
def test_a_broken_config_file_is_one_readable_error(content):
    path = config.config_file()
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput) as error:
        config.choose_database()
    assert str(path) in error.value.message


def test_the_printer_and_the_database_share_the_file_without_losing_each_other():
    config.write_printer_url("escpos+tcp://127.0.0.1:9100?width=80")
    path = config.write_config_url("mysql+pymysql://shop:pw@server/cakeshop")
    assert config.printer_url() == "escpos+tcp://127.0.0.1:9100?width=80"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    config.clear_config_url()
    assert config.choose_database().is_default
    assert config.printer_url() == "escpos+tcp://127.0.0.1:9100?width=80"  # still this till's
    config.write_printer_url(None)
    assert config.printer_url() is None
    assert not path.exists()  # nothing left in it
