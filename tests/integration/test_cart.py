"""The cart lives in the database: add, change, remove, clear; the showcase limits it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import update

from cakeshop_desktop.core.db.models import Cake
from cakeshop_desktop.core.domain import InvalidInput, NotFound, OutOfStock
from cakeshop_desktop.core.repositories.carts import CartRepository
from cakeshop_desktop.core.services import cart
from cakeshop_desktop.core.uow import UnitOfWork
from tests.integration.support import snapshot  # noqa: F401


def lines(dto):
    return [(item.name, item.quantity) for item in dto.items]


def test_a_new_cart_is_empty(shop):
    dto = cart.get_cart(shop.uow, shop.customer)
    assert dto.is_empty and dto.total == Decimal("0.00") and dto.user_id == shop.customer.id


def test_add_and_add_again_increases_the_quantity(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon)
    dto = cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 2)
    assert lines(dto) == [("Наполеон", 3)]
    item = dto.items[0]
    assert (item.unit_price, item.line_total, item.sku) == (
        Decimal("990.00"),
        Decimal("2970.00"),
        "4600002",
    )
    assert dto.total == Decimal("2970.00")
    kept = cart.get_cart(UnitOfWork(shop.uow.engine), shop.customer)
    assert lines(kept) == [("Наполеон", 3)]  # the quantity stored, not only the answer's
    assert (dto.id, dto.user_id) == (kept.id, shop.customer.id)


def test_total_is_exact_decimal(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 3)
    dto = cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    assert dto.total == Decimal("6151.50")  # 3 x 1250.50 + 2400.00
    assert isinstance(dto.total, Decimal) and dto.total.as_tuple().exponent == -2
    assert dto.needs_pickup_time


def test_set_quantity_and_remove(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 1)
    assert lines(cart.set_quantity(shop.uow, shop.customer, shop.napoleon, 7)) == [
        ("Наполеон", 7),
        ("Медовик", 1),
    ]
    assert lines(cart.remove_from_cart(shop.uow, shop.customer, shop.napoleon)) == [("Медовик", 1)]
    assert lines(cart.set_quantity(shop.uow, shop.customer, shop.medovik, 0)) == []


def test_changing_a_cake_that_is_not_in_the_cart(shop):
    with pytest.raises(NotFound):
        cart.set_quantity(shop.uow, shop.customer, shop.napoleon, 2)
    with pytest.raises(NotFound):
        cart.remove_from_cart(shop.uow, shop.customer, shop.napoleon)


def test_clear(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    cleared = cart.clear_cart(shop.uow, shop.customer)
    assert cleared.is_empty and cleared.total == Decimal("0.00")
    kept = cart.get_cart(shop.uow, shop.customer)
    assert kept.is_empty
    assert (cleared.id, cleared.user_id) == (kept.id, shop.customer.id)


def test_the_cart_survives_a_restart(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 2)
    cart.set_item_note(shop.uow, shop.customer, shop.napoleon, "С днём рождения! 🎂", "без орехов")
    fresh = UnitOfWork(shop.uow.engine)  # as after closing and reopening the app
    dto = cart.get_cart(fresh, shop.customer)
    assert lines(dto) == [("Наполеон", 2)]
    assert (dto.items[0].inscription, dto.items[0].notes) == ("С днём рождения! 🎂", "без орехов")


def test_each_user_has_their_own_cart(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 2)
    cart.add_to_cart(shop.uow, shop.cashier, shop.medovik, 1)
    assert lines(cart.get_cart(shop.uow, shop.customer)) == [("Наполеон", 2)]
    assert lines(cart.get_cart(shop.uow, shop.cashier)) == [("Медовик", 1)]


def test_more_than_the_showcase_holds_is_refused(shop):
    with pytest.raises(OutOfStock, match="^Only 3 «Медовик» left$"):
        cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 4)
    cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 2)
    with pytest.raises(OutOfStock, match="Only 3 «Медовик» left"):
        cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 2)  # 2 + 2 > 3
    with pytest.raises(OutOfStock, match="Only 3 «Медовик» left"):
        cart.set_quantity(shop.uow, shop.customer, shop.medovik, 4)
    assert lines(cart.get_cart(shop.uow, shop.customer)) == [("Медовик", 2)]


def test_a_sold_out_cake_says_so(shop):
    with shop.uow.engine.begin() as connection:
        connection.execute(update(Cake).where(Cake.id == shop.napoleon).values(stock_qty=0))
    with pytest.raises(OutOfStock, match="«Наполеон» is sold out"):
        cart.add_to_cart(shop.uow, shop.customer, shop.napoleon)


def test_made_to_order_cakes_do_not_need_stock(shop):
    dto = cart.add_to_cart(shop.uow, shop.customer, shop.praga, 12)
    assert lines(dto) == [("Прага", 12)]


def test_inactive_cakes_are_refused(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    with shop.uow.engine.begin() as connection:
        connection.execute(update(Cake).where(Cake.id == shop.napoleon).values(is_active=False))
    before = snapshot(shop.uow)
    with pytest.raises(InvalidInput, match="«Наполеон» is no longer sold"):
        cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    with pytest.raises(InvalidInput, match="«Наполеон» is no longer sold"):
        cart.set_quantity(shop.uow, shop.customer, shop.napoleon, 2)
    assert snapshot(shop.uow) == before
    # it can still be taken out of the cart
    assert cart.remove_from_cart(shop.uow, shop.customer, shop.napoleon).is_empty


def test_unknown_cake(shop):
    with pytest.raises(NotFound):
        cart.add_to_cart(shop.uow, shop.customer, 999_999)


def test_the_price_shown_is_todays_price(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 2)
    with shop.uow.engine.begin() as connection:
        connection.execute(
            update(Cake).where(Cake.id == shop.napoleon).values(price=Decimal("1000.10"))
        )
    assert cart.get_cart(shop.uow, shop.customer).total == Decimal("2000.20")


def test_the_last_cake_on_the_showcase_is_named_as_the_only_one_left(shop):
    with shop.uow.engine.begin() as connection:
        connection.execute(update(Cake).where(Cake.id == shop.napoleon).values(stock_qty=1))
    with pytest.raises(OutOfStock, match="^Only 1 «Наполеон» left$"):
        cart.add_to_cart(shop.uow, shop.customer, shop.napoleon, 2)


def test_an_inscription_is_up_to_200_characters_and_notes_up_to_1000_on_several_lines(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.praga)
    before = snapshot(shop.uow)
    for inscription, notes, message in (
        ("ж" * 201, "", "Inscription is too long"),
        ("", "ж" * 1001, "Notes is too long"),
        ("С днём\nрождения", "", "invisible control character"),  # one line on the cake
    ):
        with pytest.raises(InvalidInput, match=message):
            cart.set_item_note(shop.uow, shop.customer, shop.praga, inscription, notes)
    assert snapshot(shop.uow) == before
    notes = "без орехов\nпозвонить за час\r\n" + "ж" * 970
    dto = cart.set_item_note(shop.uow, shop.customer, shop.praga, "ж" * 200, notes)
    assert [(i.inscription, i.notes) for i in dto.items] == [("ж" * 200, notes.strip())]


def test_a_line_added_meanwhile_is_added_to_not_doubled(shop, monkeypatch):
    """Another window of the same user (or, on a cluster, a till's lost attempt whose write
    arrives late) adds the cake between this add's read of the cart and its insert: the
    insert meets the line's unique key, and the add runs again and adds to that line.

    On SQLite the database lock keeps the two apart, so it is staged: the other add commits
    before this one starts, and this one's first read of the lines answers as a moment earlier.
    """
    other_uow = UnitOfWork(shop.uow.engine)
    read_cake, read_lines = CartRepository.cake, CartRepository.lines
    reads = []  # the other add's read of the lines, then this one's

    def cake(repository, cake_id):
        if not reads:
            reads.append("other")
            cart.add_to_cart(other_uow, shop.customer, shop.medovik, 2)
        return read_cake(repository, cake_id)

    def lines_of(repository, cart_id):
        found = read_lines(repository, cart_id)
        reads.append("lines")
        if reads.count("lines") == 2:  # this add's first read: as a moment earlier
            return [line for line in found if line.cake_id != shop.medovik]
        return found

    monkeypatch.setattr(CartRepository, "cake", cake)
    monkeypatch.setattr(CartRepository, "lines", lines_of)
    answer = cart.add_to_cart(shop.uow, shop.customer, shop.medovik, 1)
    assert reads == ["other", "lines", "lines", "lines"]  # this add ran twice
    assert lines(answer) == [("Медовик", 3)]
    assert lines(cart.get_cart(shop.uow, shop.customer)) == [("Медовик", 3)]
