"""Only domain errors leave a service: every public service, hostile values, SQLite and MariaDB.

Each service a window (or the CLI) calls gets valid arguments with some of them, or the acting
user, replaced by hostile values (edge and huge numbers, NaN, far and zoned dates, NUL, lone
surrogates, control and bidi characters, 10,000-character strings, wrong shapes). The call may
succeed; when it refuses, the refusal is a DomainError and every table is as it was.
HOSTILE_EXAMPLES=200 runs more examples per service than CI does.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import cakeshop_desktop.core.services as services_package
from cakeshop_desktop.core.db.base import Base
from cakeshop_desktop.core.db.models import Category, Ingredient, RecipeItem
from cakeshop_desktop.core.domain import (
    CatalogQuery,
    CheckoutRequest,
    DomainError,
    OrderQuery,
    PaymentMethod,
    Role,
)
from cakeshop_desktop.core.services import (
    accounts,
    assortment,
    auth,
    cart,
    catalog,
    changes,
    checkout,
    discounts,
    ingredients,
    orders,
    paper,
    pictures,
    planning,
    policy,
    production,
    refunds,
    reports,
    shop,
    table_editor,
    users,
)
from cakeshop_desktop.core.services.discounts import DiscountLimits
from cakeshop_desktop.core.services.policy import ShopPolicy
from cakeshop_desktop.core.services.shop import ShopDetails
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import PASSWORD, Shop, add_cake
from tests.integration import hostile_values as h
from tests.integration.support import cashier_sale, key, later
from tests.integration.test_pictures import image_bytes

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "20"))

# Internal steps of other services (they take ORM objects or run inside a caller's
# transaction), and the demo seeding; never called by a window with what a user typed.
# (The steps shared by services live in core/support/, outside this walk; the table
# editor's package counts by its public functions, its own modules are its steps.)
NOT_A_WINDOW_CALL = {
    "reports.summarise_closed_days",  # sales_report calls it with checked dates
    "reports.roll_up_closed_months",  # likewise, after the days
    "shop.mark_demo_shop",
    "policy.policy_within",  # read inside the caller's unit of work
    "discounts.limits_within",  # likewise, inside checkout
    "refunds.cancellation_bounds",  # steps of cancel_order, on its locked order
    "refunds.give_back",
    "users.add_user",  # stores a User built by create_user or set_up_shop
    "users.lock_admins_of",  # a step inside the user services' transaction
}


@dataclass
class Busy:
    """A shop mid-day: carts, orders in two states, a production task, an ingredient, spares."""

    shop: Shop
    flour: int
    sold_order: int
    made_order: int
    task: int
    task_version: int
    spare_cake: int
    spare_category: int
    spare_user: int
    sold_item: int  # the line of sold_order (handed out)
    guest: int

    def __getattr__(self, name: str) -> Any:
        return getattr(self.shop, name)


@dataclass(frozen=True)
class Call:
    """A service, the role that calls it, and per parameter: hostile values, a valid value."""

    fn: Callable[..., Any]
    role: Role | None  # None: the service takes no acting user
    args: dict[str, tuple[Callable[[Busy], st.SearchStrategy], Callable[[Busy], Any]]] = field(
        default_factory=dict
    )

    @property
    def name(self) -> str:
        return f"{self.fn.__module__.rsplit('.', 1)[-1]}.{self.fn.__name__}"


def same(strategy: st.SearchStrategy) -> Callable[[Busy], st.SearchStrategy]:
    return lambda _busy: strategy


def value(constant: Any) -> Callable[[Busy], Any]:
    return lambda _busy: constant


ID = same(h.IDS)
INT = same(h.INTS)
TEXT = same(h.TEXT)
AMOUNT = same(h.AMOUNTS)
MOMENT = same(h.MOMENT)
WORD = same(h.WORDS)
ANY = same(h.ANY)
TODAY = value(date.today())
CAKE_COLUMNS = ["price", "name", "sku", "stock_qty", "category_id", "made_to_order", "description"]


def task_args() -> dict[str, Any]:
    return {"task_id": (ID, lambda b: b.task), "version": (INT, lambda b: b.task_version)}


def checkout_request(busy: Busy) -> CheckoutRequest:
    return CheckoutRequest(
        idempotency_key=key(),
        customer_name="Анна",
        customer_phone="+7 911 111-22-33",
        due_at=later(),
        payment_method=PaymentMethod.CARD,
        paid_amount=Decimal("2400.00"),
    )


CALLS = [
    # the admin's tables
    Call(table_editor.list_tables, Role.ADMIN),
    Call(table_editor.describe_table, Role.ADMIN, {"name": (WORD, value("cakes"))}),
    Call(
        table_editor.fetch_rows,
        Role.ADMIN,
        {
            "name": (WORD, value("orders")),
            "filter_text": (TEXT, value("")),
            "sort_column": (WORD, value("total")),
            "descending": (ANY, value(False)),
            "offset": (INT, value(0)),
            "limit": (INT, value(100)),
            "cursor": (ANY, value(None)),
            "equals": (same(st.dictionaries(h.KEYS, h.ANY)), value(None)),
            "created_from": (MOMENT, value(None)),
            "created_to": (MOMENT, value(None)),
            "date_column": (WORD, value("created_at")),
        },
    ),
    Call(
        table_editor.count_rows,
        Role.ADMIN,
        {
            "name": (WORD, value("cakes")),
            "filter_text": (TEXT, value("")),
            "equals": (same(st.dictionaries(h.KEYS, h.ANY)), value(None)),
        },
    ),
    Call(
        table_editor.fk_choices,
        Role.ADMIN,
        {
            "name": (WORD, value("cakes")),
            "column": (WORD, value("category_id")),
            "text": (TEXT, value("")),
            "limit": (INT, value(200)),
        },
    ),
    Call(
        table_editor.apply_changes,
        Role.ADMIN,
        {
            "name": (WORD, value("cakes")),
            "changes": (lambda b: h.row_changes("cakes", b.medovik, CAKE_COLUMNS), value([])),
        },
    ),
    # the assortment
    Call(
        assortment.save_cake,
        Role.ADMIN,
        {
            "values": (
                same(st.one_of(st.dictionaries(st.sampled_from(CAKE_COLUMNS), h.ANY), h.ANY)),
                value({"price": "1250.50"}),
            ),
            "cake_id": (ID, lambda b: b.medovik),
            "version": (INT, value(None)),
        },
    ),
    Call(assortment.duplicate_cake, Role.ADMIN, {"cake_id": (ID, lambda b: b.spare_cake)}),
    Call(
        assortment.delete_cake,
        Role.ADMIN,
        {"cake_id": (ID, lambda b: b.spare_cake), "version": (INT, value(None))},
    ),
    Call(
        assortment.save_category,
        Role.ADMIN,
        {
            "name": (TEXT, value("Пирожные")),
            "description": (TEXT, value("")),
            "sort_order": (INT, value(0)),
            "category_id": (ID, lambda b: b.spare_category),
        },
    ),
    Call(assortment.delete_category, Role.ADMIN, {"category_id": (ID, lambda b: b.spare_category)}),
    Call(assortment.list_ingredients, Role.ADMIN),
    Call(assortment.get_recipe, Role.ADMIN, {"cake_id": (ID, lambda b: b.praga)}),
    Call(
        assortment.set_recipe,
        Role.ADMIN,
        {
            "cake_id": (ID, lambda b: b.praga),
            "lines": (lambda b: h.recipe_lines(b.flour), lambda b: [(b.flour, "300")]),
        },
    ),
    # logging in
    Call(
        auth.login, None, {"username": (TEXT, value("guest")), "password": (TEXT, value(PASSWORD))}
    ),
    Call(
        auth.change_password,
        Role.BAKER,
        {"old_password": (TEXT, value(PASSWORD)), "new_password": (TEXT, value("new-secret-1"))},
    ),
    # the counter
    Call(cart.get_cart, Role.CUSTOMER),
    Call(
        cart.add_to_cart,
        Role.CUSTOMER,
        {"cake_id": (ID, lambda b: b.napoleon), "quantity": (INT, value(1))},
    ),
    Call(
        cart.set_quantity,
        Role.CUSTOMER,
        {"cake_id": (ID, lambda b: b.napoleon), "quantity": (INT, value(2))},
    ),
    Call(
        cart.set_item_note,
        Role.CUSTOMER,
        {
            "cake_id": (ID, lambda b: b.napoleon),
            "inscription": (TEXT, value("С днём рождения")),
            "notes": (TEXT, value("")),
        },
    ),
    Call(cart.remove_from_cart, Role.CUSTOMER, {"cake_id": (ID, lambda b: b.napoleon)}),
    Call(cart.clear_cart, Role.CUSTOMER),
    Call(
        catalog.search_catalog,
        Role.CUSTOMER,
        {
            "query": (
                same(h.replaced(CatalogQuery())),
                value(CatalogQuery()),
            )
        },
    ),
    Call(catalog.get_cake, Role.CUSTOMER, {"cake_id": (ID, lambda b: b.medovik)}),
    Call(catalog.find_by_sku, Role.CASHIER, {"sku": (TEXT, value("4600001"))}),
    Call(catalog.list_categories, Role.CUSTOMER),
    Call(catalog.list_allergens, Role.CUSTOMER),
    Call(catalog.cake_composition, Role.CUSTOMER, {"cake_id": (ID, lambda b: b.praga)}),
    # cakes' pictures
    Call(
        pictures.attach_picture,
        Role.ADMIN,
        {
            "cake_id": (ID, lambda b: b.medovik),
            "data": (
                same(st.one_of(st.binary(max_size=256), h.ANY)),
                value(image_bytes(8, 8, "PNG")),
            ),
        },
    ),
    Call(pictures.remove_picture, Role.ADMIN, {"cake_id": (ID, lambda b: b.medovik)}),
    Call(pictures.cake_picture, Role.CUSTOMER, {"cake_id": (ID, lambda b: b.medovik)}),
    Call(
        pictures.cake_thumbnails,
        Role.CUSTOMER,
        {
            "cake_ids": (
                same(st.one_of(st.lists(h.IDS, max_size=5), h.ANY)),
                lambda b: [b.medovik, b.praga],
            )
        },
    ),
    Call(changes.changes_since, Role.BAKER, {"since": (MOMENT, value(None))}),
    Call(
        checkout.place_order,
        Role.CASHIER,
        {
            "request": (
                lambda b: st.one_of(
                    h.replaced(checkout_request(b)),
                    h.item_notes(b.praga).map(
                        lambda notes: CheckoutRequest(
                            idempotency_key=key(),
                            customer_name="Анна",
                            customer_phone="+7 911 111-22-33",
                            due_at=later(),
                            payment_method=PaymentMethod.CARD,
                            paid_amount=Decimal("2400.00"),
                            item_notes=notes,
                        )
                    ),
                ),
                checkout_request,
            )
        },
    ),
    # ingredients
    Call(ingredients.list_stock, Role.BAKER),
    Call(ingredients.low_stock, Role.BAKER),
    Call(ingredients.stock_mismatches, Role.ADMIN),
    Call(
        ingredients.record_movement,
        Role.BAKER,
        {
            "ingredient_id": (ID, lambda b: b.flour),
            "kind": (WORD, value("purchase")),
            "quantity": (AMOUNT, value("100")),
            "reason": (TEXT, value("накладная 7")),
        },
    ),
    Call(
        ingredients.update_ingredient,
        Role.ADMIN,
        {
            "ingredient_id": (ID, lambda b: b.flour),
            "reorder_level": (AMOUNT, value("400")),
            "cost_per_unit": (AMOUNT, value("0.0650")),
        },
    ),
    Call(
        ingredients.ledger,
        Role.ADMIN,
        {
            "ingredient_id": (ID, lambda b: b.flour),
            "offset": (INT, value(0)),
            "limit": (INT, value(100)),
        },
    ),
    # orders
    Call(
        orders.find_orders,
        Role.CASHIER,
        {
            "query": (
                same(h.replaced(OrderQuery())),
                value(OrderQuery()),
            )
        },
    ),
    Call(orders.my_orders, Role.CUSTOMER, {"offset": (INT, value(0)), "limit": (INT, value(50))}),
    Call(orders.order_detail, Role.CASHIER, {"order_id": (ID, lambda b: b.sold_order)}),
    Call(orders.find_order_number, Role.CUSTOMER, {"code": (TEXT, value("000001"))}),
    Call(orders.console_order_detail, None, {"number": (TEXT, value("1"))}),
    Call(paper.printable_order, Role.CASHIER, {"order_id": (ID, lambda b: b.sold_order)}),
    Call(paper.console_printable_order, None, {"number": (TEXT, value("1"))}),
    Call(orders.orders_to_confirm, Role.CASHIER, {"limit": (INT, value(50))}),
    Call(orders.confirm_order, Role.CASHIER, {"order_id": (ID, lambda b: b.made_order)}),
    Call(
        orders.set_status,
        Role.ADMIN,
        {
            "order_id": (ID, lambda b: b.made_order),
            "target": (WORD, value("cancelled")),
            "reason": (TEXT, value("")),
        },
    ),
    Call(
        orders.hand_out,
        Role.CASHIER,
        {"order_id": (ID, lambda b: b.sold_order), "method": (WORD, value("cash"))},
    ),
    Call(
        orders.cancel_order,
        Role.CASHIER,
        {
            "order_id": (ID, lambda b: b.made_order),
            "reason": (TEXT, value("передумали")),
            "refund": (AMOUNT, value(None)),
            "method": (WORD, value(None)),
        },
    ),
    # refunds and returns
    Call(refunds.cancellation_offer, Role.CASHIER, {"order_id": (ID, lambda b: b.made_order)}),
    Call(
        refunds.return_offer,
        Role.CASHIER,
        {
            "order_id": (ID, lambda b: b.sold_order),
            "item_id": (ID, lambda b: b.sold_item),
            "quantity": (INT, value(1)),
        },
    ),
    Call(
        refunds.return_cakes,
        Role.CASHIER,
        {
            "order_id": (ID, lambda b: b.sold_order),
            "item_id": (ID, lambda b: b.sold_item),
            "quantity": (INT, value(1)),
            "to_showcase": (ANY, value(True)),
            "reason": (TEXT, value("помят")),
            "refund": (AMOUNT, value(None)),
            "method": (WORD, value(None)),
        },
    ),
    # planning and production
    Call(planning.day_plan, Role.BAKER, {"day": (MOMENT, TODAY)}),
    Call(planning.capacity_days, Role.ADMIN, {"first": (MOMENT, TODAY), "days": (INT, value(14))}),
    Call(planning.default_capacity, Role.ADMIN),
    Call(
        planning.set_day_capacity,
        Role.ADMIN,
        {"day": (MOMENT, value(date.today() + timedelta(days=3))), "capacity": (INT, value(9))},
    ),
    Call(planning.set_default_capacity, Role.ADMIN, {"capacity": (INT, value(12))}),
    Call(planning.recipe_costs, Role.ADMIN),
    Call(
        production.production_board,
        Role.BAKER,
        {"date_from": (MOMENT, TODAY), "days": (INT, value(7))},
    ),
    Call(production.task, Role.BAKER, {"task_id": (ID, lambda b: b.task)}),
    Call(production.start_task, Role.BAKER, task_args()),
    Call(production.finish_task, Role.BAKER, task_args()),
    Call(production.undo_task, Role.BAKER, task_args()),
    Call(production.advance_task, Role.BAKER, task_args()),
    Call(production.cancel_batch, Role.ADMIN, task_args()),
    Call(
        production.plan_batch,
        Role.ADMIN,
        {
            "cake_id": (ID, lambda b: b.napoleon),
            "quantity": (INT, value(2)),
            "due_at": (MOMENT, lambda _b: later(30)),
        },
    ),
    # reports
    Call(
        reports.sales_report,
        Role.ADMIN,
        {
            "date_from": (MOMENT, value(date.today() - timedelta(days=7))),
            "date_to": (MOMENT, TODAY),
            "grain": (WORD, value(None)),
        },
    ),
    Call(reports.shift_report_cashiers, Role.ADMIN),
    Call(
        reports.shift_report,
        Role.ADMIN,
        {"cashier_id": (ID, lambda b: b.cashier.id), "day": (MOMENT, TODAY)},
    ),
    # users
    Call(
        users.create_user,
        None,
        {
            "username": (TEXT, value("newbie1")),
            "role": (WORD, value("cashier")),
            "password": (TEXT, value("secret123")),
            "full_name": (TEXT, value("")),
            "phone": (TEXT, value("")),
            "email": (TEXT, value("")),
        },
    ),
    Call(
        users.register_user,
        Role.ADMIN,
        {
            "username": (TEXT, value("newbie2")),
            "role": (WORD, value("cashier")),
            "password": (TEXT, value("secret123")),
            "full_name": (TEXT, value("")),
            "phone": (TEXT, value("")),
            "email": (TEXT, value("")),
        },
    ),
    # customers' own accounts
    Call(
        accounts.register_customer,
        None,
        {
            "full_name": (TEXT, value("Ирина")),
            "phone": (TEXT, value("+7 916 555-12-34")),
            "password": (TEXT, value("secret123")),
            "username": (TEXT, value("")),
            "email": (TEXT, value("")),
        },
    ),
    Call(
        accounts.register_at_counter,
        Role.CASHIER,
        {"full_name": (TEXT, value("Пётр")), "phone": (TEXT, value("8 903 111-22-33"))},
    ),
    Call(accounts.my_account, Role.CUSTOMER),
    Call(
        accounts.update_my_details,
        Role.CUSTOMER,
        {
            "full_name": (TEXT, value("Анна")),
            "phone": (TEXT, value("8 926 777-88-99")),
            "email": (TEXT, value("")),
        },
    ),
    Call(
        accounts.customers_sharing_phone,
        Role.CASHIER,
        {"account_id": (ID, lambda b: b.customer.id)},
    ),
    Call(
        accounts.link_account,
        Role.CASHIER,
        {"account_id": (ID, lambda b: b.customer.id), "customer_id": (ID, lambda b: b.guest)},
    ),
    Call(users.list_users, Role.ADMIN, {"role": (WORD, value(None)), "text": (TEXT, value(""))}),
    Call(
        users.set_role,
        Role.ADMIN,
        {"user_id": (ID, lambda b: b.spare_user), "role": (WORD, value("baker"))},
    ),
    Call(
        users.reset_password,
        Role.ADMIN,
        {"user_id": (ID, lambda b: b.spare_user), "new_password": (TEXT, value("secret-42"))},
    ),
    Call(users.lock_user, Role.ADMIN, {"user_id": (ID, lambda b: b.spare_user)}),
    Call(users.unlock_user, Role.ADMIN, {"user_id": (ID, lambda b: b.spare_user)}),
    Call(
        users.set_active,
        Role.ADMIN,
        {"user_id": (ID, lambda b: b.spare_user), "active": (ANY, value(True))},
    ),
    # the shop's details and the first set-up
    Call(shop.shop_details, None),
    Call(shop.is_set_up, None),
    Call(shop.is_demo_shop, None),
    Call(shop.phone_region, None),
    Call(
        shop.save_shop_details,
        Role.ADMIN,
        {
            "details": (
                same(h.replaced(ShopDetails(name="Маковка"))),
                value(ShopDetails(name="Маковка")),
            )
        },
    ),
    Call(policy.shop_policy, None),
    Call(policy.self_registration_allowed, None),
    Call(discounts.discount_limits, Role.CASHIER),
    Call(
        discounts.save_discount_limits,
        Role.ADMIN,
        {"limits": (same(h.replaced(DiscountLimits())), value(DiscountLimits()))},
    ),
    Call(
        policy.save_shop_policy,
        Role.ADMIN,
        {"policy": (same(h.replaced(ShopPolicy())), value(ShopPolicy()))},
    ),
    Call(
        shop.set_up_shop,
        None,
        {
            "details": (
                same(h.replaced(ShopDetails(name="Маковка"))),
                value(ShopDetails(name="Маковка")),
            ),
            "username": (TEXT, value("owner")),
            "password": (TEXT, value("secret123")),
            "full_name": (TEXT, value("")),
        },
    ),
]


def test_every_public_service_is_driven():
    """A new service function joins CALLS (or says why a window never calls it)."""
    found = set()
    for module in pkgutil.iter_modules(services_package.__path__):
        loaded = importlib.import_module(f"{services_package.__name__}.{module.name}")
        for name, fn in vars(loaded).items():
            if (
                not name.startswith("_")
                and inspect.isfunction(fn)
                and fn.__module__ == loaded.__name__
                and next(iter(inspect.signature(fn).parameters), None) == "uow"
            ):
                found.add(f"{module.name}.{name}")
    assert found - NOT_A_WINDOW_CALL == {call.name for call in CALLS}


# ---------------------------------------------------------------- the shop and its dump


@pytest.fixture
def busy(shop: Shop) -> Busy:
    uow = shop.uow
    with uow:
        flour = Ingredient(name="Мука", unit="g", reorder_level=Decimal("400"))
        uow._session.add(flour)  # noqa: SLF001 - test set-up
        uow.flush()
        uow._session.add(  # noqa: SLF001
            RecipeItem(cake_id=shop.praga, ingredient_id=flour.id, quantity=Decimal("300"))
        )
        spare_category = Category(name="Запас")
        uow._session.add(spare_category)  # noqa: SLF001
        uow.commit()
        flour_id, spare_category_id = flour.id, spare_category.id
    ingredients.record_movement(uow, shop.admin, flour_id, "purchase", "5000", "накладная 1")
    spare_cake = add_cake(uow, sku="4600099", name="Запасной", price=Decimal("100.00"), stock_qty=1)
    spare_user = users.register_user(uow, shop.admin, "spare", Role.CASHIER, PASSWORD).id
    guest = users.register_user(uow, shop.admin, "guest", Role.CUSTOMER, PASSWORD).id
    cart.add_to_cart(uow, shop.customer, shop.napoleon, 1)
    sold = cashier_sale(uow, shop.cashier, {shop.medovik: 1}, hand_out_now=True)
    made = cashier_sale(
        uow, shop.cashier, {shop.praga: 1}, due_at=later(), paid_amount=Decimal("720")
    )
    cart.add_to_cart(uow, shop.cashier, shop.praga, 1)  # for place_order
    card = next(iter(production.production_board(uow, shop.baker, date.today(), 7).cards()))
    return Busy(
        shop=shop,
        flour=flour_id,
        sold_order=sold.id,
        made_order=made.id,
        task=card.id,
        task_version=card.version,
        spare_cake=spare_cake,
        spare_category=spare_category_id,
        spare_user=spare_user,
        sold_item=orders.order_detail(uow, shop.admin, sold.id).items[0].id,
        guest=guest,
    )


# A refused login still counts the failed attempt against a real account.
COUNTED_BY_A_REFUSAL = {
    "auth.login": {("users", "failed_logins"), ("users", "locked_until"), ("users", "updated_at")}
}


def dump(uow: UnitOfWork, ignore: set[tuple[str, str]]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order (the shop is small: this is the checksum)."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    with uow.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if (table.name, c.name) not in ignore]
            query = select(*columns).order_by(*table.primary_key.columns)
            state[table.name] = [tuple(row) for row in connection.execute(query)]
    return state


# ---------------------------------------------------------------- the property


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
def test_only_domain_errors_leave_a_service(busy, call):
    ignore = COUNTED_BY_A_REFUSAL.get(call.name, set())
    actor = busy.user(call.role) if call.role else None
    names = list(call.args) + (["actor"] if call.role else [])
    state = {"before": dump(busy.uow, ignore)}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.generate] if os.environ.get("NO_SHRINK") else list(Phase),
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )
    @given(data=st.data())
    def property(data: st.DataObject) -> None:
        chosen = (
            data.draw(st.sets(st.sampled_from(names), min_size=1, max_size=3), label="hostile")
            if names
            else set()
        )
        kwargs = {
            name: data.draw(hostile(busy), label=name) if name in chosen else valid(busy)
            for name, (hostile, valid) in call.args.items()
        }
        who = data.draw(h.ACTORS, label="actor") if "actor" in chosen else actor
        positional = (busy.uow, who) if call.role else (busy.uow,)
        try:
            call.fn(*positional, **kwargs)
        except DomainError:
            after = dump(busy.uow, ignore)
            assert after == state["before"], "a refused call changed the data"
        else:
            state["before"] = dump(busy.uow, ignore)

    property()
