"""The app's log: a rotating file in the per-user log directory, with passwords masked."""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

APP_NAME = "cakeshop"
ENV_LOG_DIR = "CAKESHOP_LOG_DIR"  # tests and portable installs move the log
LOG_FILE_NAME = "cakeshop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# user:password@ in a URL (SQLAlchemy, PyMySQL messages) and password=... in a key=value text
_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*):(?P<secret>[^@\s]+)@", re.I)
_KEY_PASSWORD = re.compile(
    r"(?P<head>\b(?:password|passwd|pwd)\s*[=:]\s*)(?P<secret>[^\s,;&]+)", re.I
)

_handler: RotatingFileHandler | None = None


def log_dir() -> Path:
    return Path(os.environ.get(ENV_LOG_DIR) or platformdirs.user_log_dir(APP_NAME))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def mask_passwords(text: str) -> str:
    """The text with every password of a URL or a password=... pair replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}:***@", text)
    return _KEY_PASSWORD.sub(lambda m: f"{m['head']}***", text)


class PasswordMaskingFormatter(logging.Formatter):
    """Masks passwords in the whole record, tracebacks included: the log is a plain file."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_passwords(super().format(record))


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to the rotating file (once per process); return its path for error messages."""
    global _handler
    path = log_file()
    if _handler is not None:
        return Path(_handler.baseFilename)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(PasswordMaskingFormatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    return path


def stop_logging() -> None:
    """Detach the file handler (tests that set up logging in a temporary folder)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
