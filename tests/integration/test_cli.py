"""The `cakeshop` command line against SQLite and a real MariaDB (DESIGN §7)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from cakeshop_desktop.core.db.models import User
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services.auth import login


def cakeshop(*args: str, stdin: str = "", env: dict[str, str] | None = None, tmp=None):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("CAKESHOP_DATABASE_URL", None)
    if tmp is not None:
        environment["CAKESHOP_CONFIG_DIR"] = str(tmp / "config")
        environment["CAKESHOP_DATA_DIR"] = str(tmp / "data")
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "cakeshop_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.mark.parametrize(
    "command", [[], ["db"], ["db", "upgrade"], ["db", "seed-demo"], ["user"], ["user", "add"]]
)
def test_every_command_has_help(command, tmp_path):
    result = cakeshop(*command, "--help", tmp=tmp_path)
    assert result.returncode == 0
    assert "usage: cakeshop" in result.stdout


def test_db_upgrade_is_idempotent(database_url, tmp_path):
    first = cakeshop("--database-url", database_url, "db", "upgrade", tmp=tmp_path)
    second = cakeshop("--database-url", database_url, "db", "upgrade", tmp=tmp_path)
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert "up to date" in second.stdout


def test_user_add_reads_the_password_from_stdin(database_url, uow, tmp_path):
    result = cakeshop(
        "--database-url",
        database_url,
        "user",
        "add",
        "olga",
        "--role",
        "cashier",
        "--full-name",
        "Ольга Петрова",
        "--password-stdin",
        stdin="s3cret-pw\n",
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    user = login(uow, "olga", "s3cret-pw")
    assert user.role is Role.CASHIER
    assert user.full_name == "Ольга Петрова"


def test_user_add_refuses_a_taken_login_and_a_short_password(database_url, uow, tmp_path):
    args = (
        "--database-url",
        database_url,
        "user",
        "add",
        "olga",
        "--role",
        "baker",
        "--password-stdin",
    )
    assert cakeshop(*args, stdin="s3cret-pw\n", tmp=tmp_path).returncode == 0
    taken = cakeshop(*args, stdin="another-pw\n", tmp=tmp_path)
    assert taken.returncode == 1
    assert "taken" in taken.stderr
    assert "Traceback" not in taken.stderr
    short = cakeshop(
        "--database-url",
        database_url,
        "user",
        "add",
        "ivan",
        "--role",
        "baker",
        "--password-stdin",
        stdin="123\n",
        tmp=tmp_path,
    )
    assert short.returncode == 1
    assert "at least 6" in short.stderr
    with uow:
        assert uow.users.count() == 1


def test_an_unknown_role_is_refused_by_argparse(tmp_path):
    result = cakeshop("user", "add", "x", "--role", "chef", "--password-stdin", tmp=tmp_path)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url", "Malformed database URL"),
        ("postgresql://u@localhost/db", "Unknown database driver"),
        ("oracle+cx://u@localhost/db", "Unknown database driver"),
        ("mysql+pymysql://root@127.0.0.1:1/cakeshop", "Cannot reach the database server"),
        ("mysql+pymysql://root@127.0.0.1", "names no database"),
        ("sqlite:////proc/no/such/dir/shop.db", "Cannot open the database"),
    ],
)
def test_a_bad_database_url_is_one_line_and_exit_code_2(url, expected, tmp_path):
    result = cakeshop("--database-url", url, "db", "upgrade", tmp=tmp_path)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.mysql
def test_a_wrong_password_and_a_missing_database_are_named(tmp_path):
    server = os.environ.get("CAKESHOP_TEST_MYSQL_URL")
    if not server:
        pytest.skip("CAKESHOP_TEST_MYSQL_URL is not set")
    from sqlalchemy import make_url

    base = make_url(server)
    wrong = base.set(username="cakeshop_nobody", password="wrong", database="test")
    result = cakeshop(
        "--database-url", wrong.render_as_string(hide_password=False), "db", "upgrade", tmp=tmp_path
    )
    assert result.returncode == 2
    assert "Wrong user name or password" in result.stderr
    assert "wrong" not in result.stderr.replace("Wrong", "")  # the password never shows
    missing = base.set(database="cakeshop_no_such_db")
    result = cakeshop(
        "--database-url",
        missing.render_as_string(hide_password=False),
        "db",
        "upgrade",
        tmp=tmp_path,
    )
    assert result.returncode == 2
    assert "No such database" in result.stderr


def test_environment_variable_is_used_when_no_option(database_url, engine, tmp_path):
    result = cakeshop(
        "user",
        "add",
        "anna",
        "--role",
        "admin",
        "--password-stdin",
        stdin="s3cret-pw\n",
        env={"CAKESHOP_DATABASE_URL": database_url},
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(User)) == 1
