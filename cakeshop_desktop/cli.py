"""The `cakeshop` command: open the app, or manage the database and users (DESIGN §7)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cakeshop_desktop import __version__, receipt_command
from cakeshop_desktop.config import choose_database, demo_database_url, with_kept_password
from cakeshop_desktop.core.domain import DatabaseUnavailable, DomainError, InvalidInput, Role

if TYPE_CHECKING:
    from sqlalchemy import Engine

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_DATABASE = 2
EXIT_BAD_INPUT = 2  # no such order, a bad or unreachable printer (`cakeshop receipt`)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cakeshop",
        description="Cakeshop Desktop: point of sale and production for a cake shop. "
        "Without a command it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"cakeshop {__version__}")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="SQLAlchemy URL of the shop database, e.g. mysql+pymysql://user:pw@host/cakeshop "
        "(default: $CAKESHOP_DATABASE_URL, then the config file, then an SQLite file "
        "in your data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo shop: made-up cakes, orders and logins (in its own file in your "
        "data folder unless --database-url names a database)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open the database, migrate, build every window offscreen, print one line, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="manage the database schema and demo data")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", help="create or upgrade the schema to this version")
    upgrade.add_argument(
        "--owner-url",
        metavar="URL",
        help="do it with the owner's account, one that may change the schema "
        "(the counters' may not), e.g. mysql+pymysql://owner@server/cakeshop; "
        "the password is asked for when the URL has none",
    )
    db_commands.add_parser(
        "seed-demo", help="fill the database with the demo shop (safe to run twice)"
    )
    backup = db_commands.add_parser(
        "backup",
        help="back up the whole database into FILE (SQLite: a copy of the file; "
        "MariaDB/MySQL: an SQL dump by mariadb-dump, or a Cakeshop dump without it)",
    )
    backup.add_argument("file", metavar="FILE", type=Path)
    backup.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    restore = db_commands.add_parser(
        "restore",
        help="restore a backup FILE into an EMPTY database (refused when it holds data)",
    )
    restore.add_argument("file", metavar="FILE", type=Path)

    receipt_command.add_parser(commands)

    user = commands.add_parser("user", help="manage users")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help="add a user; the password is asked for")
    add.add_argument("name", help="the login, e.g. anna")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--full-name", default="", help="the name shown on receipts")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    return parser


class _BadDatabase(Exception):
    """The database could not be chosen or opened: exit code 2 (DESIGN §7)."""


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "db":
            return _db(args)
        if args.command == "user":
            return _user_add(args)
        if args.command == "receipt":
            return _receipt(args)
        return _open_app(args)
    except _BadDatabase as exc:
        print(f"cakeshop: {exc}", file=sys.stderr)
        return EXIT_BAD_DATABASE
    except DomainError as exc:
        print(f"cakeshop: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED


def _open(args: argparse.Namespace) -> Engine:
    """The chosen database, connected and migrated; any failure is a _BadDatabase."""
    from cakeshop_desktop.core.setup.database import open_database

    try:
        return open_database(_database_url(args))
    except (InvalidInput, DatabaseUnavailable) as exc:
        raise _BadDatabase(exc.message) from None


def _database_url(args: argparse.Namespace, *, kept_password: bool = True) -> str:
    """--database-url, else (for --demo) the demo shop's own file, else DESIGN §7's order;
    with the server's password from the keyring unless `kept_password` is False."""
    if getattr(args, "demo", False) and not args.database_url:
        return demo_database_url()
    url = choose_database(args.database_url).url
    return with_kept_password(url) if kept_password else url


def _db(args: argparse.Namespace) -> int:
    from cakeshop_desktop.core.db.engine import safe_url

    if args.db_command in ("backup", "restore"):
        return _backup_or_restore(args)
    if args.db_command == "upgrade":
        if args.owner_url:
            args.database_url = _with_password(args.owner_url)
        engine = _open(args)
        print(f"The database {safe_url(engine.url)} is up to date")
        return EXIT_OK
    from cakeshop_desktop.core.demo import seed_demo

    engine = _open(args)
    added = seed_demo(engine)
    if added:
        print(f"Demo shop added to {safe_url(engine.url)}")
    else:
        print(f"{safe_url(engine.url)} already holds the demo shop: nothing added")
    return EXIT_OK


def _backup_or_restore(args: argparse.Namespace) -> int:
    """`db backup` and `db restore`: no migration and no demo first (the file decides)."""
    from cakeshop_desktop.core.db.dumps import back_up_database, restore_database
    from cakeshop_desktop.core.db.engine import safe_url

    try:
        url = with_kept_password(choose_database(args.database_url).url)
        if args.db_command == "backup":
            done = back_up_database(url, args.file, overwrite=args.overwrite)
            print(
                f"Backed up {safe_url(url)} to {done.file} "
                f"({done.kind.value}, {done.size:,} bytes, by {done.tool})"
            )
        else:
            done = restore_database(url, args.file)
            print(f"Restored {done.file} ({done.kind.value}) into {safe_url(url)}")
    except (InvalidInput, DatabaseUnavailable) as exc:
        raise _BadDatabase(exc.message) from None
    return EXIT_OK


def _with_password(raw_url: str) -> str:
    """The URL, with the password asked for when it names a user but no password."""
    from cakeshop_desktop.core.db.engine import parse_database_url

    try:
        url = parse_database_url(raw_url)
    except InvalidInput as exc:
        raise _BadDatabase(exc.message) from None
    if not url.username or url.password is not None or url.get_backend_name() == "sqlite":
        return raw_url
    prompt = f"Password of {url.username} at {url.host}: "
    # without a terminal (a script) the password is the first line of standard input
    password = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    return url.set(password=password.rstrip("\r\n")).render_as_string(hide_password=False)


def _receipt(args: argparse.Namespace) -> int:
    try:
        receipt_command.chosen_printer(args.printer)  # a bad URL before opening anything
        print(receipt_command.print_receipt(_open(args), args))
    except DomainError as exc:
        print(f"cakeshop: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _user_add(args: argparse.Namespace) -> int:
    from cakeshop_desktop.core.services.users import create_user
    from cakeshop_desktop.core.uow import UnitOfWork

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {args.name}: ")
        if password != getpass.getpass("Once more: "):
            print("cakeshop: the passwords differ", file=sys.stderr)
            return EXIT_FAILED
    engine = _open(args)
    user = create_user(
        UnitOfWork(engine),
        args.name,
        args.role,
        password,
        full_name=args.full_name,
        phone=args.phone,
        email=args.email,
    )
    print(f"Added {user.role.value} {user.username}")
    return EXIT_OK


def _open_app(args: argparse.Namespace) -> int:
    if args.self_check or not _can_show_windows():
        # No window to show first: fail here, so a bad URL is one line and exit code 2.
        _open(args).dispose()
    try:
        url = _database_url(args, kept_password=False)  # the app adds it (and keeps it)
    except InvalidInput as exc:
        raise _BadDatabase(exc.message) from None
    try:
        from cakeshop_desktop.gui import app
    except ImportError as exc:  # pragma: no cover - the GUI ships with the package
        print(f"cakeshop: the windows cannot be loaded: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.self_check:
        from cakeshop_desktop.gui.self_check import self_check

        return self_check(with_kept_password(url))
    try:
        # The login dialog is painted first, then the database opens behind it.
        return app.run(url, demo=args.demo)
    except (InvalidInput, DatabaseUnavailable) as exc:
        # Started from the menu nobody reads stderr: say it in a window, offer the settings.
        from cakeshop_desktop.gui.startup import run_unreachable

        return run_unreachable(url, exc.message)


def _can_show_windows() -> bool:
    """A screen to show a message on (not a CI box, ssh session or offscreen test)."""
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


if __name__ == "__main__":
    sys.exit(main())
