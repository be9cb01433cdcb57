"""Where the database is: --database-url, else CAKESHOP_DATABASE_URL, else the config file,
else an SQLite file in the per-user data directory. The config file is readable by its owner
only; the shop server's password is kept in the system keyring where one works
(`server_password.py`), in the file only otherwise."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.messages import tr_noop

APP_NAME = "cakeshop"
ENV_DATABASE_URL = "CAKESHOP_DATABASE_URL"
ENV_CONFIG_DIR = "CAKESHOP_CONFIG_DIR"  # tests and portable installs move the config
ENV_DATA_DIR = "CAKESHOP_DATA_DIR"
REPLICA = "replica"  # [database]: host[:port] of a replica the reports read (issue 16)
PASSWORD_IN_KEYRING = "password_in_keyring"  # [database]: the url's password is in the keyring


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


def demo_database_url() -> str:
    """`cakeshop --demo`'s own file: the demo shop never mixes with the shop's real data."""
    return f"sqlite:///{(data_dir() / 'demo.sqlite3').as_posix()}"


def read_config(path: Path) -> dict[str, Any]:
    """The whole config file as a dict, {} when it is absent; a broken file is InvalidInput."""
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            tr_noop("The config file {0} is not valid TOML: {1}"), path, exc
        ) from None
    except OSError as exc:
        raise InvalidInput(
            tr_noop("Cannot read the config file {0}: {1}"), path, exc.strerror
        ) from None


def read_config_value(path: Path, section: str, key: str) -> str | None:
    """`[section] key` of the config file as a stripped string, None when absent."""
    table = read_config(path).get(section, {})
    if not isinstance(table, dict):
        raise InvalidInput(tr_noop("The config file {0}: [{1}] must be a table"), path, section)
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(
            tr_noop("The config file {0}: {1}.{2} must be a non-empty string"), path, section, key
        )
    return value.strip()


def write_config_value(
    section: str, key: str, value: str | float | None, path: Path | None = None
) -> Path:
    """Set (or, with None, drop) `[section] key`, keeping the rest of the file; a file left
    empty is removed.

    The file is readable by its owner only: it may hold the shop server's password.
    """
    return write_config_values(section, {key: value}, path)


def write_config_values(
    section: str, values: dict[str, str | bool | float | None], path: Path | None = None
) -> Path:
    """`write_config_value` for several keys of one section at once."""
    path = path or config_file()
    data = read_config(path)
    table = data.get(section)
    if not isinstance(table, dict):
        table = {}
    for key, value in values.items():
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value
    if table:
        data[section] = table
    else:
        data.pop(section, None)
    if not data:  # nothing left to say: the defaults apply
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(tomli_w.dumps(data))
    os.chmod(path, 0o600)
    return path


def read_config_url(path: Path) -> str | None:
    """The `[database] url` of the config file, None when the file or key is absent."""
    return read_config_value(path, "database", "url")


def write_config_url(url: str, path: Path | None = None) -> Path:
    """Save the shop server's URL. Its password goes to the system keyring where one works,
    and only otherwise into the file (readable by its owner only)."""
    from cakeshop_desktop import server_password

    path = path or config_file()
    _forget_kept_password(path)
    bare, password = server_password.split_password(url)
    in_keyring = password is not None and server_password.keep(bare, password)
    values: dict[str, str | bool | None] = {
        "url": bare if in_keyring else url,
        PASSWORD_IN_KEYRING: True if in_keyring else None,
    }
    return write_config_values("database", values, path)


def password_in_keyring(path: Path | None = None) -> bool:
    """Whether the saved server URL's password is in the system keyring, not in the file."""
    table = read_config(path or config_file()).get("database", {})
    return isinstance(table, dict) and table.get(PASSWORD_IN_KEYRING) is True


def with_kept_password(url: str, path: Path | None = None) -> str:
    """The URL with its password from the keyring, when it is the saved server URL whose
    password is kept there; any other URL as it is.

    The app calls this after the login window is painted (the keyring is slow to load).
    """
    path = path or config_file()
    if not password_in_keyring(path) or url != read_config_url(path):
        return url
    from cakeshop_desktop import server_password

    password = server_password.fetch(url)
    # No password (a keyring gone since): connecting then says the password is wrong and
    # Settings → Database asks for it again.
    return server_password.with_password(url, password) if password else url


def _forget_kept_password(path: Path) -> None:
    url = read_config_url(path)
    if url is not None and password_in_keyring(path):
        from cakeshop_desktop import server_password

        server_password.forget(url)


def replica_server(path: Path | None = None) -> str | None:
    """`[database] replica`: host[:port] of the shop server's reporting replica, or None."""
    return read_config_value(path or config_file(), "database", REPLICA) or None


def write_replica_server(server: str | None, path: Path | None = None) -> Path:
    """Keep (or, with None or "", forget) the reporting replica of this terminal's reports."""
    return write_config_value("database", REPLICA, server or None, path)


def printer_url(path: Path | None = None) -> str | None:
    """This terminal's printer (`[printer] url`), None when none is set up."""
    return read_config_value(path or config_file(), "printer", "url")


def write_printer_url(url: str | None, path: Path | None = None) -> Path:
    """Save this terminal's printer; None forgets it (print through the print dialog again)."""
    return write_config_value("printer", "url", url, path)


def choose_database(option: str | None = None) -> DatabaseChoice:
    """Apply the order of precedence of DESIGN §7.

    The config file's URL comes without its password when that is in the system keyring:
    `with_kept_password` adds it just before connecting.
    """
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
    """Forget the shop server: the app falls back to the embedded SQLite file.

    The rest of the file (this terminal's printer, ...) stays.
    """
    path = path or config_file()
    _forget_kept_password(path)
    write_config_values("database", {"url": None, PASSWORD_IN_KEYRING: None}, path)


SELF_SERVICE = "self-service"
DEFAULT_IDLE_MINUTES = 3
MAX_IDLE_MINUTES = 240


def self_service_minutes(path: Path | None = None) -> float | None:
    """Minutes without input before a self-service terminal logs its customer out; None when
    this terminal is an ordinary one (`[terminal] mode = "self-service"`, `idle_minutes`)."""
    path = path or config_file()
    table = read_config(path).get("terminal", {})
    if not isinstance(table, dict) or table.get("mode") != SELF_SERVICE:
        return None
    minutes = table.get("idle_minutes", DEFAULT_IDLE_MINUTES)
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int | float)
        or not 0 < minutes <= MAX_IDLE_MINUTES
    ):
        raise InvalidInput(
            tr_noop(
                "The config file {0}: terminal.idle_minutes must be a number of minutes above 0 and at most {1}"
            ),
            path,
            MAX_IDLE_MINUTES,
        )
    return float(minutes)


def write_self_service(minutes: float | None, path: Path | None = None) -> Path:
    """Make this terminal a self-service screen logging out after `minutes`; None: ordinary."""
    mode = SELF_SERVICE if minutes is not None else None
    return write_config_values("terminal", {"mode": mode, "idle_minutes": minutes}, path)
