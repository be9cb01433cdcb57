"""A shop on several servers (a Galera cluster): the URL and Settings → Database name them all."""

import pytest

from cakeshop_desktop.core.db.engine import parse_database_url, server_list
from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.setup.server import ServerSettings, replica_url


def test_a_url_with_a_list_of_servers_names_each_in_order():
    url = parse_database_url("mysql+pymysql://shop:p%40ss@db1:3306,db2:3307,db3/cakeshop")
    assert server_list(url) == [("db1", 3306), ("db2", 3307), ("db3", 3306)]
    assert url.database == "cakeshop"
    assert url.username == "shop" and url.password == "p@ss"


def test_a_url_with_one_server_is_unchanged():
    url = parse_database_url("mysql+pymysql://shop:pw@db1:3310/cakeshop")
    assert server_list(url) == [("db1", 3310)]
    assert "failover" not in url.query


@pytest.mark.parametrize(
    "raw",
    [
        "mysql+pymysql://shop:pw@db1,,db3/cakeshop",
        "mysql+pymysql://shop:pw@db1,db2:port/cakeshop",
        "mysql+pymysql://shop:pw@db1,:3306/cakeshop",
    ],
)
def test_a_broken_list_of_servers_is_refused_with_a_message(raw: str):
    with pytest.raises(InvalidInput, match="Malformed database URL"):
        parse_database_url(raw)


def test_settings_keep_a_list_of_servers_typed_in_the_host_field():
    settings = ServerSettings(host="db1, db2:3307, db3", port=3306, user="shop", password="pw")
    url = settings.url()
    assert server_list(url) == [("db1", 3306), ("db2", 3307), ("db3", 3306)]
    again = ServerSettings.from_url(url.render_as_string(hide_password=False))
    assert again == settings


def test_the_reports_replica_is_the_shop_servers_account_on_another_server():
    shop = "mysql+pymysql://shop:p%40ss@db1:3310,db9/cakeshop"
    url = replica_url(shop, "db2")
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "db2",
        3310,
        "cakeshop",
        "shop",
        "p@ss",
    )
    assert "failover" not in url.query
    assert replica_url(shop, " db2:3307 ").port == 3307


@pytest.mark.parametrize("typed", ["db2,db3", "db2 db3", "db2:port", ":3306", ""])
def test_a_reports_replica_that_is_not_one_server_is_refused(typed):
    with pytest.raises(InvalidInput, match="must be one server"):
        replica_url("mysql+pymysql://shop:pw@db1/cakeshop", typed)


def test_the_local_file_has_no_reports_replica():
    with pytest.raises(InvalidInput, match="needs a shop server"):
        replica_url("sqlite:///shop.sqlite3", "db2")
