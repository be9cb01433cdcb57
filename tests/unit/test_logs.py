"""The log: a rotating file in the per-user log directory that never shows a password."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

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
