"""Phones at the counter: stored in E.164, shown nationally, found by whatever the cashier types."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import HEAD_REVISION, current_revision, upgrade_to
from cakeshop_desktop.core.domain import OrderQuery, Role
from cakeshop_desktop.core.services import orders, table_editor, users
from cakeshop_desktop.core.services.shop import phone_region
from cakeshop_desktop.core.support.phone_region import PHONE_REGION_KEY
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import BACKENDS, PASSWORD, create_mysql_database, drop_mysql_database
from tests.integration.support import cashier_sale, rows
from tests.integration.test_admin_service import update

FORMS_TYPED = (
    "+7 (900) 123-45-67",
    "+79001234567",
    "+7 900 123",
    "8 900 123-45-67",
    "89001234567",
    "8 900 12",
    "7 900 123 45 67",
    "9001234567",
    "900 123",
    "4567",
    "45-67",
    "234567",
)


def found(uow, actor, typed):
    page = orders.find_orders(uow, actor, OrderQuery(phone=typed))
    return [order.id for order in page.items]


def test_every_form_the_cashier_types_finds_the_order(shop):
    order = cashier_sale(
        shop.uow, shop.cashier, {shop.napoleon: 1}, customer_phone="8 (900) 123 45 67"
    )
    other = cashier_sale(
        shop.uow, shop.cashier, {shop.napoleon: 1}, customer_phone="+7 901 765-43-21"
    )
    stored = rows(
        shop.uow,
        "SELECT customer_phone, customer_phone_key FROM orders WHERE id = :id",
        id=order.id,
    )
    assert stored == [("+79001234567", "76543210097")]
    assert order.customer_phone == "8 (900) 123-45-67"  # shown in the national format
    for typed in FORMS_TYPED:
        assert found(shop.uow, shop.cashier, typed) == [order.id], typed
    assert found(shop.uow, shop.cashier, "4321") == [other.id]
    assert found(shop.uow, shop.cashier, "+7 900 765") == []  # a beginning is not an ending
    assert found(shop.uow, shop.cashier, "123-45") == [order.id]  # the middle, when nothing else


def test_a_number_that_cannot_be_parsed_is_kept_as_typed_and_still_found(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, customer_phone="(12) 345")
    assert rows(shop.uow, "SELECT customer_phone FROM orders WHERE id = :id", id=order.id) == [
        ("(12) 345",)
    ]
    assert order.customer_phone == "(12) 345"
    for typed in ("(12) 345", "12345", "2345", "345"):
        assert found(shop.uow, shop.cashier, typed) == [order.id], typed
    assert found(shop.uow, shop.cashier, "5432") == []


def test_the_shops_phone_region_reads_numbers_typed_without_a_code(shop):
    assert phone_region(shop.uow) == "RU"
    with shop.uow:
        shop.uow.settings.put({PHONE_REGION_KEY: "gb"})
        shop.uow.commit()
    assert phone_region(shop.uow) == "GB"
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, customer_phone="020 7946 0018")
    assert rows(shop.uow, "SELECT customer_phone FROM orders WHERE id = :id", id=order.id) == [
        ("+442079460018",)
    ]
    assert found(shop.uow, shop.cashier, "020 7946") == [order.id]
    assert found(shop.uow, shop.cashier, "0018") == [order.id]


def test_a_registered_customers_phone_is_stored_in_e164_and_carried_to_the_order(shop):
    olga = users.create_user(shop.uow, "olga", Role.CUSTOMER, PASSWORD, phone="8 922 333-44-55")
    assert olga.phone == "8 (922) 333-44-55"
    assert rows(shop.uow, "SELECT phone FROM users WHERE id = :id", id=olga.id) == [
        ("+79223334455",)
    ]
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, customer_id=olga.id)
    assert found(shop.uow, shop.cashier, "8 922 333") == [order.id]
    assert found(shop.uow, shop.cashier, "4455") == [order.id]


def test_a_phone_edited_in_the_admin_grid_is_found_like_one_typed_at_the_till(shop):
    order = cashier_sale(
        shop.uow, shop.cashier, {shop.napoleon: 1}, customer_phone="+7 900 111-11-11"
    )
    assert (
        "customer_phone_key" not in table_editor.fetch_rows(shop.uow, shop.admin, "orders").columns
    )
    update(shop, "orders", order.id, customer_phone="8 912 345-67-89")
    assert found(shop.uow, shop.cashier, "6789") == [order.id]
    assert found(shop.uow, shop.cashier, "+7 912 345") == [order.id]
    assert found(shop.uow, shop.cashier, "1111") == []


@pytest.fixture(params=BACKENDS)
def old_database(request: pytest.FixtureRequest, tmp_path: Path):
    """An empty database at the revision before phones were normalised."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        url = create_mysql_database("cs_phones")
    engine = make_engine(url)
    upgrade_to(engine, "0003")
    yield engine
    engine.dispose()
    if request.param != "sqlite":
        drop_mysql_database(url)


def test_the_migration_normalises_the_phones_already_stored(old_database):
    engine = old_database
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (id, username, role, password_hash, full_name, phone,"
                " is_active, failed_logins, created_at, updated_at) VALUES"
                " (1, 'cashier', 'cashier', 'x', 'Cashier', '8 (905) 000-11-22', 1, 0,"
                " '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
            )
        )
        for order_id, phone in (
            (1, "+7 912 345-67-89"),
            (2, "8-900-123-45-67"),
            (3, "12-345"),
            (4, ""),
        ):
            connection.execute(
                text(
                    "INSERT INTO orders (id, number, customer_name, customer_phone, status,"
                    " subtotal, discount, total, paid_amount, notes, idempotency_key,"
                    " created_at, updated_at) VALUES (:id, :number, 'A', :phone, 'new', 10, 0,"
                    " 10, 0, '', :key, '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
                ),
                {
                    "id": order_id,
                    "number": f"{order_id:06d}",
                    "phone": phone,
                    "key": f"k{order_id}",
                },
            )
    upgrade_to(engine, "head")
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT id, customer_phone, customer_phone_key FROM orders ORDER BY id")
        ).all()
        user_phone = connection.execute(text("SELECT phone FROM users")).scalar()
    assert [tuple(row) for row in stored] == [
        (1, "+79123456789", "98765432197"),
        (2, "+79001234567", "76543210097"),
        (3, "12-345", "54321"),  # kept as typed
        (4, "", ""),
    ]
    assert user_phone == "+79050001122"
    uow = UnitOfWork(engine)
    with uow:
        assert [o.id for o in uow.orders.page(OrderQuery(phone="8 912 345"))[0]] == [1]
        assert [o.id for o in uow.orders.page(OrderQuery(phone="4567"))[0]] == [2]
        assert [o.id for o in uow.orders.page(OrderQuery(phone="12-345"))[0]] == [3]
