"""The app's log: a rotating file in the per-user log directory, with passwords masked."""

from __future__ import annotations

import io
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

# user:password@ in a URL. The password runs to the last @ of the URL, so a raw @ inside it
# (mysql://anna:p@ss@db/shop) is hidden whole; a username may hold a raw @ too.
_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/\s]*):(?P<secret>\S+)@", re.I)
# password=..., password: ..., 'password': '...' and query arguments (?password=...&...);
# MySQL's own "(using password: YES)" says no secret and stays.
_KEY_PASSWORD = re.compile(
    r"""(?P<head>\b(?:password|passwd|pwd)['"]?\s*[=:]\s*)"""
    r"""(?P<secret>'[^']*'|"[^"]*"|(?!(?:YES|NO)\))[^\s,;&'")\]}]+)""",
    re.I,
)
LOG_FILE_MODE = 0o600  # the log names logins and servers: for its owner's eyes only

_handler: RotatingFileHandler | None = None


def log_dir() -> Path:
    return Path(os.environ.get(ENV_LOG_DIR) or platformdirs.user_log_dir(APP_NAME))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def mask_passwords(text: str) -> str:
    """The text with every password of a URL or a password=... pair replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}:***@", text)
    return _KEY_PASSWORD.sub(_mask_value, text)


def _mask_value(match: re.Match[str]) -> str:
    quote = match["secret"][0] if match["secret"][0] in "'\"" else ""
    return f"{match['head']}{quote}***{quote}"


class OwnerOnlyFileHandler(RotatingFileHandler):
    """A rotating log whose files only their owner may read, from the moment they exist."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, LOG_FILE_MODE)
        # an older version (or a umask) may have left the file readable to others
        os.chmod(self.baseFilename, LOG_FILE_MODE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


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
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = OwnerOnlyFileHandler(
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
