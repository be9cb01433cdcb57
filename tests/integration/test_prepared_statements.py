"""Statements run on the driver's cursor (repositories/statements.Prepared), on both databases:
values converted both ways as Core converts them, column defaults, SQLAlchemy's errors."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError

from cakeshop_desktop.core.db.models import Cake, Order, OrderItem
from cakeshop_desktop.core.domain import OrderStatus, PaymentMethod
from cakeshop_desktop.core.repositories.statements import Prepared

MOMENT = datetime(2026, 12, 2, 9, 15, 30, 123456)


def _order(key: str, creator: int) -> dict[str, object]:
    return {
        "customer_name": "Анна",
        "created_by_id": creator,
        "status": OrderStatus.CONFIRMED,
        "due_at": MOMENT,
        "subtotal": Decimal("1250.50"),
        "total": Decimal("1250.50"),
        "paid_amount": Decimal("0.01"),
        "payment_method": PaymentMethod.CARD,
        "idempotency_key": key,
        "created_at": MOMENT,
        "updated_at": MOMENT,
    }


def test_an_order_written_on_the_cursor_reads_back_as_core_wrote_it(shop):
    with shop.uow as uow:
        order_id, number = uow.orders.insert_new(_order("prepared-0001", shop.cashier.id))
        uow.orders.insert_items(
            [
                {
                    "order_id": order_id,
                    "cake_id": shop.medovik,
                    "cake_name": "Медовик",
                    "unit_price": Decimal("1250.50"),
                    "quantity": 1,
                    "line_total": Decimal("1250.50"),
                }
            ]
        )
        uow.commit()
    with shop.uow as uow:
        order = uow.orders.get(order_id)
        assert order is not None and order.number == number
        assert order.status is OrderStatus.CONFIRMED  # stored by its value, read as the enum
        assert order.payment_method is PaymentMethod.CARD
        assert (order.total, order.paid_amount) == (Decimal("1250.50"), Decimal("0.01"))
        assert order.discount == Decimal("0") and order.customer_phone == ""  # column defaults
        assert order.due_at == MOMENT
        assert order.idempotency_key == "prepared-0001"
        assert uow.orders.by_idempotency_key("prepared-0001").id == order_id
        assert uow.orders.by_idempotency_key("prepared-none") is None
        (item,) = uow.orders.get_with_items(order_id).items
        assert (item.returned_quantity, item.made_to_order, item.inscription) == (0, False, "")


def test_rows_read_on_the_cursor_come_back_converted(shop):
    from cakeshop_desktop.core.services import cart

    cart.add_to_cart(shop.uow, shop.cashier, shop.medovik, 2)
    with shop.uow as uow:
        (line,) = uow.carts.checkout_lines(shop.cashier.id)
    assert line.price == Decimal("1250.50") and isinstance(line.price, Decimal)
    assert line.made_to_order is False and line.is_active is True
    assert line.quantity == 2


def test_a_clash_comes_back_as_sqlalchemys_integrity_error(shop):
    with shop.uow as uow:
        uow.orders.insert_new(_order("prepared-0002", shop.cashier.id))
        uow.commit()
    with shop.uow as uow, pytest.raises(IntegrityError) as clash:
        uow.orders.insert_new(_order("prepared-0002", shop.cashier.id))
    assert clash.value.orig is not None


def test_columns_left_out_get_the_defaults_core_would_give(shop):
    values = _order("prepared-0003", shop.cashier.id)
    del values["created_at"]  # default=datetime.now, called per row
    before = datetime.now()
    with shop.uow as uow:
        order_id, _ = uow.orders.insert_new(values)
        assert uow.catalog.take_lines_from_showcase({shop.napoleon: 2})  # onupdate stamps
        uow.commit()
    with shop.uow as uow:
        assert uow.orders.get(order_id).created_at >= before
        napoleon = uow.catalog.get_cake(shop.napoleon)
        assert napoleon.updated_at >= before and napoleon.stock_qty == 8


def test_an_expanding_in_takes_any_number_of_values(shop):
    ids = Prepared(select(OrderItem.id).where(OrderItem.order_id.in_([-1])))  # no rows
    with shop.uow as uow:
        uow.settings.put({"a.one": "1", "a.two": "2", "a.three": "3"})
        assert uow.settings.values(["a.one"]) == {"a.one": "1"}
        assert uow.settings.values(["a.one", "a.three", "a.none"]) == {"a.one": "1", "a.three": "3"}
        uow.commit()
    with shop.uow.engine.connect() as connection:
        assert ids.execute(connection, {}).rows == []
        assert Prepared(select(Order.id)).execute(connection, {}).rows == []


def test_in_lists_of_any_length_and_values_find_their_rows(shop):
    """The SQL of an IN list is kept per length: the same length with other values, and
    another length, still find exactly their rows."""
    cakes = Prepared(
        select(Cake.id).where(Cake.id.in_(bindparam("ids", expanding=True))).order_by(Cake.id)
    )
    everything = [shop.medovik, shop.napoleon, shop.praga]
    with shop.uow.engine.connect() as connection:
        for wanted in (
            [shop.medovik],
            [shop.praga],  # same length, other value: the kept SQL
            [shop.napoleon, shop.praga],
            [shop.praga, shop.medovik],
            everything,
            [*everything, 10**9],
            [10**9],
            [],
        ):
            rows = cakes.execute(connection, {"ids": wanted}).rows
            assert [row[0] for row in rows] == sorted(set(wanted) & set(everything))
