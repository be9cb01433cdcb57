"""The shop server's password: in the system keyring where one works, in the owner-only
config file only otherwise. The keyring is one kept in memory, set for the test."""

from __future__ import annotations

import os
import stat

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from cakeshop_desktop import config, server_password
from cakeshop_desktop.core.setup.server import ServerSettings

PASSWORD = 'p@ss:w/rd%"ключ'  # every character a URL must quote
SERVER = ServerSettings("db.shop.local", 3307, "cakeshop", "counter", PASSWORD)
URL = SERVER.url().render_as_string(hide_password=False)
BARE = "mysql+pymysql://counter@db.shop.local:3307/cakeshop"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "config"))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)


def _file_text() -> str:
    return config.config_file().read_text(encoding="utf-8")


def _same_server(url: str) -> bool:
    saved, wanted = make_url(url), make_url(URL)
    return (saved.username, saved.password, saved.host, saved.port, saved.database) == (
        wanted.username,
        wanted.password,
        wanted.host,
        wanted.port,
        wanted.database,
    )


def test_with_a_keyring_the_password_is_kept_there_and_not_in_the_file(memory_keyring):
    path = config.write_config_url(URL)
    assert memory_keyring.passwords == {("cakeshop", BARE): PASSWORD}
    text = _file_text()
    assert "p@ss" not in text and "p%40ss" not in text and "counter@db.shop.local" in text
    assert config.password_in_keyring(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    # at the next start: the URL from the file, the password from the keyring
    choice = config.choose_database()
    assert choice.source == "config file" and choice.url == BARE
    assert _same_server(config.with_kept_password(choice.url))
    assert ServerSettings.from_url(config.with_kept_password(choice.url)) == SERVER


def test_without_a_keyring_the_password_stays_in_the_owner_only_file():
    keyring.set_keyring(fail.Keyring())
    path = config.write_config_url(URL)
    assert not config.password_in_keyring(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert _same_server(config.read_config_url(path))
    assert config.with_kept_password(config.choose_database().url) == URL


def test_forgetting_the_server_forgets_its_password(memory_keyring):
    config.write_printer_url("escpos+tcp://127.0.0.1:9100")
    config.write_config_url(URL)
    config.clear_config_url()
    assert memory_keyring.passwords == {}
    assert config.choose_database().is_default
    assert "password_in_keyring" not in _file_text()  # the printer's line stays


def test_saving_another_server_forgets_the_first_ones_password(memory_keyring):
    config.write_config_url(URL)
    other = ServerSettings("db2", 3306, "shop", "anna", "second").url()
    config.write_config_url(other.render_as_string(hide_password=False))
    assert memory_keyring.passwords == {
        ("cakeshop", "mysql+pymysql://anna@db2:3306/shop"): "second"
    }


def test_a_keyring_gone_since_gives_the_url_without_a_password(memory_keyring):
    config.write_config_url(URL)
    keyring.set_keyring(fail.Keyring())  # e.g. the desktop session's keyring is not running
    assert config.with_kept_password(config.choose_database().url) == BARE


def test_other_urls_are_left_as_they_are(memory_keyring):
    config.write_config_url(URL)
    for url in ("sqlite:///shop.db", "mysql+pymysql://counter@elsewhere/cakeshop"):
        assert config.with_kept_password(url) == url


def test_a_url_without_a_password_is_saved_as_it_is(memory_keyring):
    config.write_config_url("mysql+pymysql://root@127.0.0.1/cakeshop")
    assert memory_keyring.passwords == {}
    assert config.read_config_url(config.config_file()) == "mysql+pymysql://root@127.0.0.1/cakeshop"


def test_putting_the_password_back_quotes_it_as_sqlalchemy_reads_it():
    full = server_password.with_password(BARE, PASSWORD)
    assert make_url(full).password == PASSWORD and make_url(full).host == "db.shop.local"
    assert server_password.with_password("sqlite:///x.db", "pw") == "sqlite:///x.db"
