"""The log: a rotating file in the per-user log directory that never shows a password."""

from __future__ import annotations

import logging
import os
import stat
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from cakeshop_desktop import logs


def test_the_log_rotates_in_its_folder_and_masks_passwords(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    logs.stop_logging()
    path = logs.setup_logging()
    try:
        assert path == tmp_path / "logs" / "cakeshop.log"
        handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
        assert handlers and handlers[0].maxBytes == logs.MAX_BYTES
        assert handlers[0].backupCount == logs.BACKUP_COUNT
        try:
            raise RuntimeError("cannot open mysql+pymysql://anna:Secr3t@db/cakeshop")
        except RuntimeError:
            logging.getLogger("cakeshop_desktop.test").exception("password=Secr3t failed")
    finally:
        logs.stop_logging()
    written = path.read_text(encoding="utf-8")
    assert "Secr3t" not in written
    assert "anna:***@db" in written and "password=***" in written
    assert "RuntimeError" in written  # the traceback is kept


def test_the_default_folder_is_the_per_user_log_dir(monkeypatch):
    monkeypatch.delenv(logs.ENV_LOG_DIR, raising=False)
    import platformdirs

    assert logs.log_dir() == Path(platformdirs.user_log_dir("cakeshop"))


@pytest.mark.parametrize(
    ("logged", "secret"),
    [
        ("mysql+pymysql://anna:p@ss@db:3306/cakeshop", "p@ss"),  # a raw @ in the password
        ("mysql+pymysql://anna:p@ss@w@rd@db/cakeshop failed", "ss@w@rd"),
        ("(mysql+pymysql://anna:p%40ss%2Fw%3Ard@db/cakeshop)", "p%40ss%2Fw%3Ard"),  # encoded
        ("mysql://anna:pa:ss/wd@db/cakeshop", "pa:ss/wd"),  # : and / in the password
        ("mysql://anna@corp:Secr3t@db/cakeshop", "Secr3t"),  # a raw @ in the user name
        ("mysql://:Secr3t@db/cakeshop", "Secr3t"),  # no user name
        ("'mysql://anna:Secr3t@db/cakeshop', 'mysql://olga:Hidd3n@db2/x'", "Hidd3n"),
        ("mysql://anna@db/cakeshop?charset=utf8mb4&password=Secr3t&ssl=1", "Secr3t"),
        ("mysql://db/cakeshop?user=anna&passwd=Secr3t", "Secr3t"),
        ("connect_args {'user': 'anna', 'password': 'Secr et!'}", "Secr et!"),
        ('{"user": "anna", "pwd": "Secr3t"}', "Secr3t"),
        ("PASSWORD = Secr3t; next", "Secr3t"),
        ("host=db password=Secr3t,user=anna", "Secr3t"),
    ],
)
def test_every_form_of_a_password_is_masked(logged, secret):
    masked = logs.mask_passwords(logged)
    assert secret not in masked, masked
    assert "***" in masked


def test_masking_keeps_what_is_not_a_secret():
    text = "Access denied for user 'anna'@'10.0.0.5' (using password: YES) at mysql://anna@db/cs"
    assert logs.mask_passwords(text) == text
    masked = logs.mask_passwords("mysql+pymysql://anna:p@ss@db:3306/cakeshop?charset=utf8mb4")
    assert masked == "mysql+pymysql://anna:***@db:3306/cakeshop?charset=utf8mb4"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_the_log_is_created_and_rotated_owner_only(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    old_umask = os.umask(0o022)  # the usual umask makes files 0644
    logs.stop_logging()
    try:
        path = logs.setup_logging()
        logging.getLogger("cakeshop_desktop.test").warning("login anna failed")
        assert _mode(path) == 0o600
        for i in range(100):  # past MAX_BYTES: the log rotates into cakeshop.log.1
            logging.getLogger("cakeshop_desktop.test").warning("line %d of the log", i)
    finally:
        logs.stop_logging()
        os.umask(old_umask)
    rotated = sorted(path.parent.iterdir())
    assert len(rotated) > 1
    assert all(_mode(file) == 0o600 for file in rotated), [(f, oct(_mode(f))) for f in rotated]


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_a_log_left_readable_by_an_older_version_is_made_owner_only(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path))
    old = tmp_path / logs.LOG_FILE_NAME
    old.write_text("an old line\n", encoding="utf-8")
    old.chmod(0o644)
    logs.stop_logging()
    try:
        logs.setup_logging()
        logging.getLogger("cakeshop_desktop.test").warning("a new line")
    finally:
        logs.stop_logging()
    assert _mode(old) == 0o600
    assert old.read_text(encoding="utf-8").startswith("an old line\n")
