"""Settings → Database in core: test a shop server, prepare it, its first admin; no password logged."""

from __future__ import annotations

import logging
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cakeshop_desktop import logs
from cakeshop_desktop.core.db.engine import ConnectionProblem, make_engine
from cakeshop_desktop.core.db.migrate import upgrade
from cakeshop_desktop.core.domain import Conflict
from cakeshop_desktop.core.setup.server import (
    SCHEMA_TOO_NEW,
    SchemaState,
    ServerSettings,
    check_server,
    connect_server,
    create_first_admin,
    has_admin,
)
from tests.conftest import create_mysql_database, drop_mysql_database

SECRET = "Zz-never-in-a-log-7f3a"  # a password no log line may contain


@pytest.fixture
def empty_mysql_url():
    url = create_mysql_database("cs_server")
    yield url
    drop_mysql_database(url)


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def test_settings_quote_any_password():
    settings = ServerSettings("db.shop", 3307, "cakeshop", "anna", "p@ss:w/rd%")
    url = settings.url()
    assert url.password == "p@ss:w/rd%"
    assert ServerSettings.from_url(url.render_as_string(hide_password=False)) == settings
    assert ServerSettings.from_url("sqlite:///x.sqlite3") is None


def test_an_unreachable_server_is_named():
    verdict = check_server(ServerSettings("127.0.0.1", 1, "cakeshop", "anna").url())
    assert not verdict.ok
    assert verdict.problem == ConnectionProblem.UNREACHABLE
    assert "Cannot reach" in verdict.message


@pytest.mark.mysql
def test_a_wrong_password_is_named(empty_mysql_url):
    verdict = check_server(with_password(empty_mysql_url, SECRET))
    assert not verdict.ok
    assert verdict.problem == ConnectionProblem.WRONG_PASSWORD
    assert SECRET not in verdict.message


@pytest.mark.mysql
def test_a_missing_database_is_named(empty_mysql_url):
    missing = make_url(empty_mysql_url).set(database=f"cs_missing_{uuid.uuid4().hex[:8]}")
    verdict = check_server(missing)
    assert verdict.problem == ConnectionProblem.NO_DATABASE


@pytest.mark.mysql
def test_an_empty_database_is_created_with_its_schema_and_first_admin(empty_mysql_url):
    tested = check_server(empty_mysql_url)
    assert tested.ok and tested.schema is SchemaState.EMPTY and tested.has_admin is None

    connected = connect_server(empty_mysql_url)
    assert connected.ok and connected.schema is SchemaState.CURRENT
    assert connected.has_admin is False
    assert check_server(empty_mysql_url).schema is SchemaState.CURRENT

    create_first_admin(empty_mysql_url, "boss", "boss-password", "Anna Boss")
    engine = make_engine(empty_mysql_url)
    try:
        assert has_admin(engine)
    finally:
        engine.dispose()
    with pytest.raises(Conflict):
        create_first_admin(empty_mysql_url, "second", "second-password")


@pytest.mark.mysql
def test_a_schema_newer_than_the_app_is_refused(empty_mysql_url):
    engine = make_engine(empty_mysql_url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    for verdict in (check_server(empty_mysql_url), connect_server(empty_mysql_url)):
        assert not verdict.ok
        assert verdict.problem == SCHEMA_TOO_NEW
        assert "newer" in verdict.message


@pytest.fixture
def user_with_password(empty_mysql_url):
    """A URL of the test database whose user has a password found nowhere else in the URL."""
    url = make_url(empty_mysql_url)
    user = f"cs_pw_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url)
    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE USER '{user}'@'%' IDENTIFIED BY '{SECRET}'"))
            connection.execute(text(f"GRANT ALL ON `{url.database}`.* TO '{user}'@'%'"))
    except Exception as exc:  # noqa: BLE001 - no GRANT OPTION: use the suite's own user
        admin.dispose()
        visible = url.render_as_string(hide_password=True)
        if url.password and url.password not in visible:
            yield url.render_as_string(hide_password=False), url.password
            return
        pytest.skip(f"no user whose password differs from the rest of the URL: {exc}")
    yield url.set(username=user, password=SECRET).render_as_string(hide_password=False), SECRET
    with admin.begin() as connection:
        connection.execute(text(f"DROP USER IF EXISTS '{user}'@'%'"))
    admin.dispose()


@pytest.mark.mysql
def test_no_password_reaches_the_log(user_with_password, tmp_path, monkeypatch, caplog):
    good_url, good_password = user_with_password
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    logs.stop_logging()
    log_path = logs.setup_logging(logging.DEBUG)
    caplog.set_level(logging.DEBUG)  # every logger, SQLAlchemy's and PyMySQL's included
    try:
        failed = check_server(with_password(good_url, SECRET + "-wrong"))
        assert failed.problem == ConnectionProblem.WRONG_PASSWORD
        assert connect_server(good_url).ok
        create_first_admin(good_url, "boss", "admin-secret-xyz")
        logging.getLogger("cakeshop_desktop").info("the url was %s", good_url)  # a careless line
    finally:
        logs.stop_logging()
    written = log_path.read_text(encoding="utf-8")
    assert "connection test failed" in written and "schema of" in written
    assert good_password not in written
    assert SECRET not in written
    assert "admin-secret-xyz" not in written
    # caplog sees the records before the file's masking: only the careless line may leak
    careless = [r for r in caplog.records if r.getMessage().startswith("the url was")]
    others = "\n".join(r.getMessage() for r in caplog.records if r not in careless)
    assert good_password not in others and SECRET not in others


def test_the_mask_covers_urls_and_key_values():
    masked = logs.mask_passwords("mysql+pymysql://anna:p4ss@host/db password=hunter2, pwd: x1")
    assert "p4ss" not in masked and "hunter2" not in masked and "x1" not in masked
    assert "mysql+pymysql://anna:***@host/db" in masked
