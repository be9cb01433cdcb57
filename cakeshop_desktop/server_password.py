"""Where the shop server's password is kept: the system's keyring where one works (Windows
Credential Manager, macOS Keychain, the Secret Service of a Linux desktop), otherwise in the
owner-only config file (`config.py` decides, from what `keep` answers).

`keyring` looks for its backends on first use, which takes a good part of a second: nothing
here is imported before the login window is painted.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

log = logging.getLogger(__name__)

SERVICE = "cakeshop"  # the keyring's "service"; the account is the URL without its password


def keep(account: str, password: str) -> bool:
    """Put the password in the system keyring; False when there is none that works."""
    try:
        import keyring

        keyring.set_password(SERVICE, account, password)
    except Exception as exc:  # noqa: BLE001 - no backend, a locked one, no D-Bus...: the file
        log.info("no usable system keyring (%s): the password stays in the config file", exc)
        return False
    return True


def fetch(account: str) -> str | None:
    """The password kept for this account, None when the keyring has none or cannot be read."""
    try:
        import keyring

        return keyring.get_password(SERVICE, account)
    except Exception as exc:  # noqa: BLE001 - the connection then says the password is wrong
        log.warning("cannot read the server password from the system keyring: %s", exc)
        return None


def forget(account: str) -> None:
    """Remove the kept password, if there is one."""
    try:
        import keyring

        keyring.delete_password(SERVICE, account)
    except Exception as exc:  # noqa: BLE001 - nothing kept, or no keyring: nothing to remove
        log.debug("no password to forget in the keyring: %s", exc)


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it has none)."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return url, None
    if not parsed.password:
        return url, None
    bare = URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False), str(parsed.password)


def with_password(bare_url: str, password: str) -> str:
    """`split_password` undone, without SQLAlchemy (it is not loaded yet at start-up)."""
    scheme, separator, rest = bare_url.partition("://")
    user, at, place = rest.partition("@")
    if not separator or not at:
        return bare_url  # no user name: nothing to put a password to
    return f"{scheme}://{user}:{quote(password, safe='')}@{place}"
