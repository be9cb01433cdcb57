"""Strict input on SQLite and MariaDB: what is stored is what was typed, or it is refused."""

from __future__ import annotations

import time
from datetime import timedelta, timezone
from decimal import Decimal

import pytest

from cakeshop_desktop.core.domain import (
    AuthenticationFailed,
    CatalogQuery,
    InvalidInput,
    ItemNote,
    PaymentMethod,
)
from cakeshop_desktop.core.services import (
    assortment,
    auth,
    cart,
    catalog,
    checkout,
    orders,
    table_editor,
)
from cakeshop_desktop.core.services.table_editor import ChangeKind, RowChange, ValidationFailed
from tests.conftest import PASSWORD
from tests.integration.support import later, request, scalar, snapshot

KIRIBATI = timezone(timedelta(hours=14))


@pytest.fixture
def moscow(monkeypatch):
    """The counter's clock runs on Moscow time (UTC+3) whatever the test machine's zone."""
    monkeypatch.setenv("TZ", "Europe/Moscow")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_pickup_time_with_a_zone_is_stored_as_the_same_moment_in_local_time(shop, moscow):
    wanted = later(72)  # local wall-clock time at the shop
    typed = wanted.astimezone(KIRIBATI)  # the same moment, as a +14:00 time
    assert typed.replace(tzinfo=None) != wanted  # dropping the zone would be 11 h off
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    order = checkout.place_order(
        shop.uow,
        shop.cashier,
        request(
            customer_name="Анна",
            customer_phone="+7 911 111-22-33",
            due_at=typed,
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("2400.00"),
        ),
    )
    assert order.due_at == wanted
    assert orders.order_detail(shop.uow, shop.admin, order.id).order.due_at == wanted


@pytest.mark.parametrize(
    "paid", ["2400.001", "2400.12345", "\u0662\u0664\u0660\u0660", "\uff12\uff14\uff10\uff10"]
)
def test_money_with_more_than_kopecks_or_foreign_digits_is_refused_not_rounded(shop, paid):
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    before = snapshot(shop.uow)
    with pytest.raises(InvalidInput, match="Paid amount"):
        checkout.place_order(
            shop.uow,
            shop.cashier,
            request(
                customer_name="Анна",
                customer_phone="+7 911 111-22-33",
                due_at=later(),
                payment_method=PaymentMethod.CARD,
                paid_amount=paid,
            ),
        )
    assert snapshot(shop.uow) == before


@pytest.mark.parametrize("price", ["1300.505", "1_300", "-100", "\u0661\u0663\u0660\u0660"])
def test_a_price_is_stored_as_typed_or_refused(shop, price):
    before = snapshot(shop.uow)
    change = RowChange(
        ChangeKind.UPDATE, str(shop.medovik), original={"id": shop.medovik}, values={"price": price}
    )
    with pytest.raises(ValidationFailed):
        table_editor.apply_changes(shop.uow, shop.admin, "cakes", [change])
    assert snapshot(shop.uow) == before
    saved = assortment.save_cake(shop.uow, shop.admin, {"price": "1 300,5"}, shop.medovik)
    assert saved.price == Decimal("1300.50")


@pytest.mark.parametrize(
    "hostile", ["\x1b[2J", "bell\x07", "\u202eкисм", "a\u2066b", "\x00", "line\nbreak"]
)
def test_control_and_direction_characters_are_refused_in_text_fields(shop, hostile):
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    before = snapshot(shop.uow)
    with pytest.raises(InvalidInput, match="invisible control character"):
        cart.set_item_note(shop.uow, shop.cashier, shop.praga, "С днём " + hostile, "")
    for field in ("customer_name", "customer_phone"):
        with pytest.raises(InvalidInput):
            checkout.place_order(
                shop.uow,
                shop.cashier,
                request(
                    due_at=later(),
                    payment_method=PaymentMethod.CARD,
                    paid_amount=Decimal("2400.00"),
                    **{"customer_name": "Анна", field: "Анна " + hostile},
                ),
            )
    with pytest.raises(InvalidInput, match="invisible control character"):
        checkout.place_order(
            shop.uow,
            shop.cashier,
            request(
                customer_name="Анна",
                customer_phone="+7 911 111-22-33",
                due_at=later(),
                payment_method=PaymentMethod.CARD,
                paid_amount=Decimal("2400.00"),
                item_notes={shop.praga: ItemNote("Ура" + hostile, "")},
            ),
        )
    with pytest.raises(ValidationFailed, match="invisible control character|cells"):
        assortment.save_cake(shop.uow, shop.admin, {"name": "Медовик" + hostile}, shop.medovik)
    assert snapshot(shop.uow) == before
    assert catalog.get_cake(shop.uow, shop.admin, shop.medovik).name == "Медовик"


def test_notes_and_reasons_keep_their_line_breaks(shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.praga, 1)
    dto = cart.set_item_note(shop.uow, shop.cashier, shop.praga, "", "без орехов\nне класть ягоды")
    assert dto.items[0].notes == "без орехов\nне класть ягоды"


@pytest.mark.parametrize(
    "login", ["admin\x00", "admin\x00x", "\x00admin", "admin\ud800", "ad\x1bmin"]
)
def test_a_login_with_a_control_or_torn_character_is_no_login(shop, login):
    before = snapshot(shop.uow)
    with pytest.raises(AuthenticationFailed):
        auth.login(shop.uow, login, PASSWORD)
    with pytest.raises(AuthenticationFailed):
        auth.login(shop.uow, "admin", PASSWORD + "\ud800")
    assert snapshot(shop.uow) == before
    assert scalar(shop.uow, "SELECT COUNT(*) FROM users WHERE username = :u", u="admin") == 1


def test_a_search_with_arabic_digits_finds_no_price(shop):
    with pytest.raises(InvalidInput):
        catalog.search_catalog(shop.uow, shop.customer, CatalogQuery(price_to="\u0663\u0660\u0660"))
