"""Where the database is: --database-url, else CAKESHOP_DATABASE_URL, else the config file,
else an SQLite file in the per-user data directory."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from cakeshop_desktop.core.domain import InvalidInput

APP_NAME = "cakeshop"
ENV_DATABASE_URL = "CAKESHOP_DATABASE_URL"
ENV_CONFIG_DIR = "CAKESHOP_CONFIG_DIR"  # tests and portable installs move the config
ENV_DATA_DIR = "CAKESHOP_DATA_DIR"


@dataclass(frozen=True, slots=True)
class DatabaseChoice:
    """The URL to open and where it came from (for messages and the first-run seed)."""

    url: str
    source: str  # "option", "environment", "config file" or "default"

    @property
    def is_default(self) -> bool:
        return self.source == "default"


def config_dir() -> Path:
    return Path(os.environ.get(ENV_CONFIG_DIR) or platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    return Path(os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_NAME))


def config_file() -> Path:
    return config_dir() / "config.toml"


def default_database_url() -> str:
    return f"sqlite:///{(data_dir() / 'cakeshop.sqlite3').as_posix()}"


def read_config_url(path: Path) -> str | None:
    """The `[database] url` of the config file, None when the file or key is absent."""
    if not path.exists():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"The config file {path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise InvalidInput(f"Cannot read the config file {path}: {exc.strerror}") from None
    database = data.get("database", {})
    if not isinstance(database, dict):
        raise InvalidInput(f"The config file {path}: [database] must be a table")
    url = database.get("url")
    if url is None:
        return None
    if not isinstance(url, str) or not url.strip():
        raise InvalidInput(f"The config file {path}: database.url must be a non-empty string")
    return url.strip()


def write_config_url(url: str, path: Path | None = None) -> Path:
    """Save the shop server's URL, readable by its owner only (it holds a password)."""
    path = path or config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    escaped = url.replace("\\", "\\\\").replace('"', '\\"')
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(f'[database]\nurl = "{escaped}"\n')
    os.chmod(path, 0o600)
    return path


def choose_database(option: str | None = None) -> DatabaseChoice:
    """Apply the order of precedence of DESIGN §7."""
    if option:
        return DatabaseChoice(option, "option")
    env = os.environ.get(ENV_DATABASE_URL, "").strip()
    if env:
        return DatabaseChoice(env, "environment")
    from_file = read_config_url(config_file())
    if from_file:
        return DatabaseChoice(from_file, "config file")
    return DatabaseChoice(default_database_url(), "default")


def clear_config_url(path: Path | None = None) -> None:
    """Forget the shop server: the app falls back to the embedded SQLite file."""
    path = path or config_file()
    path.unlink(missing_ok=True)
