"""The shop's details (name, address, ... for receipts), its first set-up and the demo mark."""

from __future__ import annotations

import json

import pytest

from cakeshop_desktop.core.domain import Conflict, InvalidInput, PermissionDenied, Role
from cakeshop_desktop.core.services import auth
from cakeshop_desktop.core.services import shop as shop_service
from cakeshop_desktop.core.services.shop import ShopDetails
from cakeshop_desktop.core.uow import UnitOfWork
from tests.integration.support import refused, rows, scalar

DETAILS = ShopDetails(
    name="Кондитерская «Маковка»",
    address="Тверь, ул. Советская, 5\nвход со двора",
    phone="+7 4822 55-66-77",
    tax_number="690000000000",
    receipt_footer="Спасибо! Торты с кремом храните в холодильнике.",
)


def stored_settings(uow: UnitOfWork) -> dict[str, str]:
    return dict(rows(uow, "SELECT `key`, value FROM shop_settings WHERE `key` LIKE 'shop.%'"))


def test_a_new_shop_has_empty_details(uow):
    assert shop_service.shop_details(uow) == ShopDetails("", "", "", "", "")


def test_an_admin_saves_the_details_and_every_till_reads_them(shop):
    saved = shop_service.save_shop_details(shop.uow, shop.admin, DETAILS)
    assert saved == DETAILS
    fresh = UnitOfWork(shop.uow.engine)  # another till: another unit of work
    assert shop_service.shop_details(fresh) == DETAILS
    assert stored_settings(shop.uow) == {
        "shop.name": DETAILS.name,
        "shop.address": DETAILS.address,
        "shop.phone": DETAILS.phone,
        "shop.tax_number": DETAILS.tax_number,
        "shop.receipt_footer": DETAILS.receipt_footer,
    }
    changed = ShopDetails(name="Маковка", receipt_footer="Ждём вас снова")
    shop_service.save_shop_details(shop.uow, shop.admin, changed)
    assert shop_service.shop_details(shop.uow) == changed


def test_saving_is_audited_with_before_and_after(shop):
    shop_service.save_shop_details(shop.uow, shop.admin, DETAILS)
    shop_service.save_shop_details(shop.uow, shop.admin, ShopDetails(name="Маковка"))
    user_id, table, before, after = rows(
        shop.uow,
        "SELECT user_id, table_name, `before`, `after` FROM audit_log"
        " WHERE table_name = 'shop_settings' ORDER BY id DESC",
    )[0]
    assert (user_id, table) == (shop.admin.id, "shop_settings")
    assert json.loads(before)["name"] == DETAILS.name
    assert json.loads(after) == {
        "name": "Маковка",
        "address": "",
        "phone": "",
        "tax_number": "",
        "receipt_footer": "",
    }


@pytest.mark.parametrize("role", [Role.CASHIER, Role.BAKER, Role.CUSTOMER])
def test_only_an_admin_changes_the_details(shop, role):
    shop_service.save_shop_details(shop.uow, shop.admin, DETAILS)
    with pytest.raises(PermissionDenied):
        shop_service.save_shop_details(shop.uow, shop.user(role), ShopDetails(name="Чужая лавка"))
    assert shop_service.shop_details(shop.uow) == DETAILS


def test_bad_details_are_refused_and_nothing_changes(shop):
    shop_service.save_shop_details(shop.uow, shop.admin, DETAILS)
    bad = [
        ShopDetails(name=""),
        ShopDetails(name="   "),
        ShopDetails(name="x" * 121),
        ShopDetails(name="Две\nстроки"),
        ShopDetails(name="Маковка", address="a" * 256),
        ShopDetails(name="Маковка", phone="1" * 65),
        ShopDetails(name="Маковка", phone="+7\n900"),
        ShopDetails(name="Маковка", tax_number="7" * 33),
        ShopDetails(name="Маковка", receipt_footer="f" * 256),
        ShopDetails(name="Маковка", receipt_footer="nul\x00"),
        ShopDetails(name=123),  # type: ignore[arg-type]
        ShopDetails(name="Маковка", address="\udc80"),
    ]
    for details in bad:
        with refused(InvalidInput, details):
            shop_service.save_shop_details(shop.uow, shop.admin, details)
    assert shop_service.shop_details(shop.uow) == DETAILS


def test_the_longest_details_fit_their_columns(shop):
    longest = ShopDetails(**{field: "ж" * n for field, n in shop_service.MAX_LENGTHS.items()})
    shop_service.save_shop_details(shop.uow, shop.admin, longest)
    assert shop_service.shop_details(shop.uow) == longest


def test_details_are_trimmed_as_other_fields_are(shop):
    saved = shop_service.save_shop_details(shop.uow, shop.admin, ShopDetails(name="  Маковка  "))
    assert saved.name == "Маковка" == shop_service.shop_details(shop.uow).name


def test_setting_up_a_shop_makes_its_admin_and_details_at_once(uow):
    admin = shop_service.set_up_shop(uow, DETAILS, "anna", "long-secret", "Анна Маковкина")
    assert (admin.username, admin.role, admin.full_name) == ("anna", Role.ADMIN, "Анна Маковкина")
    assert auth.login(uow, "anna", "long-secret").id == admin.id
    assert shop_service.shop_details(uow) == DETAILS
    assert shop_service.is_demo_shop(uow) is False


def test_a_shop_is_set_up_only_once(uow):
    shop_service.set_up_shop(uow, DETAILS, "anna", "long-secret")
    with pytest.raises(Conflict):
        shop_service.set_up_shop(uow, ShopDetails(name="Захват"), "mallory", "long-secret")
    assert scalar(uow, "SELECT COUNT(*) FROM users") == 1
    assert shop_service.shop_details(uow) == DETAILS


def test_a_bad_set_up_leaves_the_database_empty(uow):
    cases = [
        (ShopDetails(name=""), "anna", "long-secret"),
        (DETAILS, "a", "long-secret"),
        (DETAILS, "anna", "short"),
    ]
    for details, login, password in cases:
        with refused(InvalidInput, (details, login, password)):
            shop_service.set_up_shop(uow, details, login, password)
    assert scalar(uow, "SELECT COUNT(*) FROM users") == 0
    assert stored_settings(uow) == {}


def test_the_demo_mark_keeps_a_shops_own_name(uow):
    shop_service.set_up_shop(uow, DETAILS, "anna", "long-secret")
    shop_service.mark_demo_shop(uow, ShopDetails(name="Демо"))
    assert shop_service.is_demo_shop(uow) is True
    assert shop_service.shop_details(uow) == DETAILS
