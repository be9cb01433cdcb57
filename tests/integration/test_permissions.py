"""Who may do what (DESIGN §1): every call by a role that may not make it is refused."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from cakeshop_desktop.core.domain import (
    CatalogQuery,
    ItemNote,
    OrderQuery,
    OrderStatus,
    PaymentMethod,
    PermissionDenied,
    Role,
)
from cakeshop_desktop.core.services import auth, cart, catalog, checkout, orders, users
from tests.conftest import PASSWORD
from tests.integration.support import (  # noqa: F401
    buy,
    cashier_sale,
    later,
    refused,
    request,
    snapshot,
)

C, K, B, A = Role.CUSTOMER, Role.CASHIER, Role.BAKER, Role.ADMIN


@dataclass
class Scene:
    """Orders in the states where each call would succeed for a role that may make it."""

    new_order: int
    confirmed_order: int
    ready_order: int


@pytest.fixture
def scene(shop):
    new = buy(shop.uow, shop.customer, {shop.napoleon: 1}).id
    confirmed = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later()).id
    ready = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}).id
    for role in (C, K, A):  # something to change in every shopper's cart
        cart.add_to_cart(shop.uow, shop.user(role), shop.napoleon, 1)
    return Scene(new, confirmed, ready)


def _checkout(**values):
    def call(shop, scene, actor):
        return checkout.place_order(
            shop.uow,
            actor,
            request(customer_name="Анна", customer_phone="+7 900 555-01-02", **values),
        )

    return call


# (call, roles that may make it); every other role must get PermissionDenied.
CALLS = {
    "get_cart": (lambda s, o, a: cart.get_cart(s.uow, a), {C, K, A}),
    "add_to_cart": (lambda s, o, a: cart.add_to_cart(s.uow, a, s.napoleon, 1), {C, K, A}),
    "set_quantity": (lambda s, o, a: cart.set_quantity(s.uow, a, s.napoleon, 2), {C, K, A}),
    "set_item_note": (
        lambda s, o, a: cart.set_item_note(s.uow, a, s.napoleon, "Ура", ""),
        {C, K, A},
    ),
    "remove_from_cart": (lambda s, o, a: cart.remove_from_cart(s.uow, a, s.napoleon), {C, K, A}),
    "clear_cart": (lambda s, o, a: cart.clear_cart(s.uow, a), {C, K, A}),
    "place_order": (_checkout(), {C, K, A}),
    "place_order_with_discount": (
        _checkout(
            discount_percent=Decimal("5"),
            payment_method=PaymentMethod.CASH,
            paid_amount=Decimal("940.50"),
        ),
        {K, A},
    ),
    "place_order_taking_payment": (
        _checkout(payment_method=PaymentMethod.CASH, paid_amount=Decimal("990")),
        {K, A},
    ),
    "place_order_handing_out": (
        _checkout(payment_method=PaymentMethod.CASH, paid_amount=Decimal("990"), hand_out_now=True),
        {K, A},
    ),
    "place_order_item_note": (_checkout(item_notes={1: ItemNote("Ура")}), {C, K, A}),
    "confirm_order": (lambda s, o, a: orders.confirm_order(s.uow, a, o.new_order), {K, A}),
    "set_status_confirmed": (
        lambda s, o, a: orders.set_status(s.uow, a, o.new_order, OrderStatus.CONFIRMED),
        {K, A},
    ),
    "set_status_in_production": (
        lambda s, o, a: orders.set_status(s.uow, a, o.confirmed_order, OrderStatus.IN_PRODUCTION),
        {B, A},
    ),
    "set_status_cancelled": (
        lambda s, o, a: orders.set_status(s.uow, a, o.ready_order, OrderStatus.CANCELLED, "нет"),
        {C, K, A},
    ),
    "hand_out": (
        lambda s, o, a: orders.hand_out(s.uow, a, o.ready_order, PaymentMethod.CASH),
        {K, A},
    ),
    # a customer may cancel their own new orders; test_orders checks they reach no other
    "cancel_order": (
        lambda s, o, a: orders.cancel_order(s.uow, a, o.confirmed_order, "передумали"),
        {C, K, A},
    ),
    "list_users": (lambda s, o, a: users.list_users(s.uow, a), {K, A}),
    "register_user": (
        lambda s, o, a: users.register_user(s.uow, a, "newbie", Role.CUSTOMER, "secret-42"),
        {A},
    ),
    "register_admin": (
        lambda s, o, a: users.register_user(s.uow, a, "boss2", Role.ADMIN, "secret-42"),
        {A},
    ),
    "set_role": (lambda s, o, a: users.set_role(s.uow, a, s.customer.id, Role.ADMIN), {A}),
    "reset_password": (
        lambda s, o, a: users.reset_password(s.uow, a, s.customer.id, "secret-42"),
        {A},
    ),
    "lock_user": (lambda s, o, a: users.lock_user(s.uow, a, s.customer.id), {A}),
    "unlock_user": (lambda s, o, a: users.unlock_user(s.uow, a, s.customer.id), {A}),
    "deactivate_user": (lambda s, o, a: users.set_active(s.uow, a, s.customer.id, False), {A}),
}


def test_a_role_that_may_not_is_refused_and_nothing_changes(shop, scene):
    # One scene for all: a refused call changes nothing, which is what the snapshot checks.
    before = snapshot(shop.uow)
    refusals = 0
    for name, (call, allowed) in CALLS.items():
        for role in Role:
            if role in allowed:
                continue
            with refused(PermissionDenied, (role.value, name)):
                call(shop, scene, shop.user(role))
            assert snapshot(shop.uow) == before, (role.value, name)
            refusals += 1
    assert refusals == 47  # so a table edit cannot quietly drop cases


def test_the_roles_that_may_are_let_through(shop, scene):
    """The table above is not vacuous: the calls work for the first role allowed them."""
    for name in (
        "place_order_with_discount",
        "hand_out",
        "register_user",
        "set_status_in_production",
        "list_users",
        "confirm_order",
    ):
        call, allowed = CALLS[name]
        role = next(role for role in (C, K, B, A) if role in allowed)
        call(shop, scene, shop.user(role))


EVERYONE_CALLS = {
    "search_catalog": lambda s, o, a: catalog.search_catalog(s.uow, a, CatalogQuery()),
    "get_cake": lambda s, o, a: catalog.get_cake(s.uow, a, s.napoleon),
    "find_by_sku": lambda s, o, a: catalog.find_by_sku(s.uow, a, "4600002"),
    "list_categories": lambda s, o, a: catalog.list_categories(s.uow, a),
    "list_allergens": lambda s, o, a: catalog.list_allergens(s.uow, a),
    "find_orders": lambda s, o, a: orders.find_orders(s.uow, a, OrderQuery()),
    "order_detail": lambda s, o, a: orders.order_detail(s.uow, a, o.new_order),
    **{name: call for name, (call, _) in CALLS.items()},
}


def test_nobody_logged_in_may_do_anything(shop, scene):
    before = snapshot(shop.uow)
    for name, call in EVERYONE_CALLS.items():
        with pytest.raises(PermissionDenied, match="Log in"):
            call(shop, scene, None)
        assert snapshot(shop.uow) == before, name


def test_every_role_may_change_their_own_password(shop):
    for role in Role:
        auth.change_password(shop.uow, shop.user(role), PASSWORD, "changed-42")
        assert auth.login(shop.uow, role.value, "changed-42").role is role
