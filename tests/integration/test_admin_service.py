"""The admin's table editor, assortment, recipes and CSV on both databases."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cakeshop_desktop.core.db.base import Base
from cakeshop_desktop.core.domain import (
    CatalogQuery,
    Conflict,
    DomainError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    Role,
)
from cakeshop_desktop.core.services import assortment, auth, catalog, table_editor, users
from cakeshop_desktop.core.services.table_editor import (
    ChangeKind,
    RowChange,
    ValidationFailed,
    exchange,
)
from cakeshop_desktop.core.uow import UnitOfWork
from tests.integration.support import (  # noqa: F401
    cashier_sale,
    rows,
    scalar,
    snapshot,
)


def loaded(shop, table, key):
    """The row of `table` with this key as the grid loaded it: {column: value}."""
    page = table_editor.fetch_rows(shop.uow, shop.admin, table, limit=1000)
    for row in page.rows:
        if row.key == str(key):
            return dict(zip(page.columns, row.values, strict=True))
    raise AssertionError(f"no row {key} in {table}")


def update(shop, table, key, **values):
    original = loaded(shop, table, key)
    return table_editor.apply_changes(
        shop.uow,
        shop.admin,
        table,
        [RowChange(ChangeKind.UPDATE, str(key), original=original, values=values)],
    )


def catalog_cake(shop, cake_id):
    page = catalog.search_catalog(
        shop.uow, shop.admin, CatalogQuery(include_inactive=True, limit=500)
    )
    return next((cake for cake in page.items if cake.id == cake_id), None)


# ---------------------------------------------------------------- reading


def test_every_table_of_the_metadata_is_listed(shop):
    listed = table_editor.list_tables(shop.uow, shop.admin)
    assert {entry.name for entry in listed} == set(Base.metadata.tables) | {"alembic_version"}
    # the shop's tables first; Alembic's, the report summaries and the cakes' pictures
    # (bytes, edited in the assortment) after, marked internal
    internal = [entry.name for entry in listed if entry.internal]
    assert set(internal) == {"alembic_version", "cake_images"} | {
        n for n in Base.metadata.tables if n.startswith("report_")
    }
    assert listed[-len(internal) :] == [entry for entry in listed if entry.internal]


def test_descriptions_hide_the_password_hash_and_lock_bookkeeping(shop):
    users_info = table_editor.describe_table(shop.uow, shop.admin, "users")
    assert "password_hash" not in [column.name for column in users_info.columns]
    cakes = table_editor.describe_table(shop.uow, shop.admin, "cakes")
    assert cakes.column("id").read_only and cakes.column("version").read_only
    assert cakes.column("created_at").read_only
    assert cakes.column("price").kind == "decimal" and cakes.column("price").scale == 2
    category = cakes.column("category_id")
    assert (category.kind, category.references, category.display_column) == (
        "foreign_key",
        "categories",
        "name",
    )
    orders = table_editor.describe_table(shop.uow, shop.admin, "orders")
    assert "in_production" in orders.column("status").enum_values
    assert table_editor.describe_table(shop.uow, shop.admin, "audit_log").read_only
    assert table_editor.describe_table(shop.uow, shop.admin, "alembic_version").read_only
    # the report summaries are derived from the orders: seen, never edited by hand
    for name in ("report_days", "report_cakes", "report_months", "report_month_cakes"):
        assert table_editor.describe_table(shop.uow, shop.admin, name).read_only


def test_users_rows_never_carry_the_password_hash(shop):
    page = table_editor.fetch_rows(shop.uow, shop.admin, "users")
    assert "password_hash" not in page.columns
    assert not any("argon2" in str(value) for row in page.rows for value in row.values)


def test_fetch_filters_sorts_and_pages_in_sql(shop):
    page = table_editor.fetch_rows(shop.uow, shop.admin, "cakes", "медов")
    assert [row.values[page.columns.index("name")] for row in page.rows] == ["Медовик"]
    page = table_editor.fetch_rows(
        shop.uow, shop.admin, "cakes", sort_column="price", descending=True
    )
    prices = [row.values[page.columns.index("price")] for row in page.rows]
    assert prices == sorted(prices, reverse=True)
    first = table_editor.fetch_rows(shop.uow, shop.admin, "cakes", limit=2)
    assert first.has_more and first.cursor is not None
    rest = table_editor.fetch_rows(shop.uow, shop.admin, "cakes", limit=2, cursor=first.cursor)
    keys = [row.key for row in first.rows + rest.rows]
    assert keys == sorted(set(keys), key=int) and len(keys) == 3
    assert first.rows[0].labels["category_id"] == "Торты"
    assert table_editor.count_rows(shop.uow, shop.admin, "cakes").count == 3


def test_filter_text_with_like_wildcards_is_taken_literally(shop):
    assert table_editor.fetch_rows(shop.uow, shop.admin, "cakes", "%").rows == ()
    assert table_editor.fetch_rows(shop.uow, shop.admin, "cakes", "_").rows == ()


def test_a_filter_of_digits_other_than_0_to_9_is_text_not_a_key(shop):
    """'²' and '٣' are digits to Python but no key (int('²') fails): they are looked for as
    text only (MariaDB's collation may match '²' to a '2' in a text)."""
    for typed in ("²", "1²", "٣"):
        page = table_editor.fetch_rows(shop.uow, shop.admin, "cakes", typed)
        assert len(page.rows) < 3  # a text filter (a ValueError before)
    typed = str(shop.medovik)  # a key typed in plain digits finds its row
    page = table_editor.fetch_rows(shop.uow, shop.admin, "cakes", typed)
    assert str(shop.medovik) in [str(row.key) for row in page.rows]


def test_a_sort_column_that_is_not_a_name_is_refused(shop):
    for wrong in (["price"], {"price": 1}, 7):
        with pytest.raises(InvalidInput, match="has no column"):
            table_editor.fetch_rows(shop.uow, shop.admin, "cakes", sort_column=wrong)


# ---------------------------------------------------------------- editing


def test_a_price_edited_in_the_grid_shows_in_the_catalogue(shop):
    result = update(shop, "cakes", shop.medovik, price="1 399,90")
    assert result.updated == 1
    assert catalog_cake(shop, shop.medovik).price == Decimal("1399.90")
    assert catalog_cake(shop, shop.medovik).version == 2


def test_insert_and_delete_through_the_grid(shop):
    result = table_editor.apply_changes(
        shop.uow,
        shop.admin,
        "cakes",
        [
            RowChange(
                ChangeKind.INSERT,
                "new-1",
                values={
                    "sku": "4600099",
                    "name": "Птичье молоко",
                    "price": "1800",
                    "category_id": shop.category_id,
                    "made_to_order": "да",
                    "lead_time_hours": "12",
                },
            )
        ],
    )
    new_id = int(result.new_keys["new-1"])
    cake = catalog_cake(shop, new_id)
    assert (cake.name, cake.price, cake.made_to_order, cake.category_name) == (
        "Птичье молоко",
        Decimal("1800.00"),
        True,
        "Торты",
    )
    original = loaded(shop, "cakes", new_id)
    result = table_editor.apply_changes(
        shop.uow,
        shop.admin,
        "cakes",
        [RowChange(ChangeKind.DELETE, str(new_id), original=original)],
    )
    assert result.deleted == 1 and catalog_cake(shop, new_id) is None


GARBAGE = {
    "cakes": {
        "price": ["abc", "-1", "1.234", "1e400", "NaN", "Infinity", "12..5", "99999999999"],
        "stock_qty": ["many", "1.5", "-3", "99999999999", "0x10"],
        "made_to_order": ["maybe", "2", "yes please"],
        "category_id": ["Торты", "0", "-1", "999999"],
        "name": ["", "x" * 129],
    },
    "orders": {
        "status": ["shipped", "NEW", "готов"],
        "due_at": ["tomorrow", "31.02.2025 10:00", "2025-13-01"],
    },
}


@pytest.mark.parametrize(
    ("table", "column", "garbage"),
    [(t, c, g) for t, cols in GARBAGE.items() for c, values in cols.items() for g in values],
)
def test_garbage_is_refused_per_cell_and_nothing_is_saved(shop, table, column, garbage):
    if table == "orders":
        key = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}).id
    else:
        key = shop.medovik
    before = snapshot(shop.uow)
    with pytest.raises(ValidationFailed) as refused:
        update(
            shop,
            table,
            key,
            **{column: garbage, "notes" if table == "orders" else "description": "changed too"},
        )
    assert (str(key), column) in refused.value.errors
    assert refused.value.errors[(str(key), column)]
    assert snapshot(shop.uow) == before


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    column=st.sampled_from(
        ["price", "stock_qty", "weight_grams", "made_to_order", "category_id", "created_at"]
    ),
    garbage=st.text(min_size=1, max_size=30).filter(
        lambda s: not s.strip().lstrip("+-").replace(",", "").replace(".", "").isdigit()
    ),
)
def test_hypothesis_garbage_through_the_service_never_saves(shop, column, garbage):
    before = snapshot(shop.uow)
    try:
        update(shop, "cakes", shop.napoleon, **{column: garbage})
    except ValidationFailed as refused:
        assert set(refused.errors) == {(str(shop.napoleon), column)}
        assert snapshot(shop.uow) == before
        return
    # a few texts are real words for yes/no (да, нет, on, off...): then it was saved
    assert column == "made_to_order"


@pytest.mark.parametrize("blank", ["\r", "  ", "\t"])
def test_whitespace_in_a_reference_cell_is_a_typo_not_a_cleared_cell(shop, blank):
    before = snapshot(shop.uow)
    with pytest.raises(ValidationFailed) as refused:
        update(shop, "cakes", shop.napoleon, category_id=blank)
    assert (str(shop.napoleon), "category_id") in refused.value.errors
    assert snapshot(shop.uow) == before
    update(shop, "cakes", shop.napoleon, category_id="")  # an emptied cell clears it
    assert (
        scalar(shop.uow, "SELECT category_id FROM cakes WHERE id = :id", id=shop.napoleon) is None
    )


def test_order_status_must_follow_the_allowed_transitions(shop):
    order = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    status = scalar(shop.uow, "SELECT status FROM orders WHERE id = :id", id=order.id)
    illegal = "completed" if status == "new" else "new"
    with pytest.raises(ValidationFailed) as refused:
        update(shop, "orders", order.id, status=illegal)
    assert "cannot go" in str(refused.value.errors[(str(order.id), "status")])
    stock = scalar(shop.uow, "SELECT stock_qty FROM cakes WHERE id = :id", id=shop.napoleon)
    update(shop, "orders", order.id, status="cancelled")
    # cancelling in the grid does what the order actions do: the cake goes back on the showcase
    assert scalar(shop.uow, "SELECT stock_qty FROM cakes WHERE id = :id", id=shop.napoleon) == (
        stock + 1
    )
    history = rows(
        shop.uow,
        "SELECT from_status, to_status FROM order_status_history WHERE order_id = :id ORDER BY id",
        id=order.id,
    )
    assert history[-1] == (status, "cancelled")


def test_unique_and_foreign_keys_are_checked_before_writing(shop):
    before = snapshot(shop.uow)
    with pytest.raises(ValidationFailed) as refused:
        table_editor.apply_changes(
            shop.uow,
            shop.admin,
            "cakes",
            [
                RowChange(
                    ChangeKind.UPDATE,
                    str(shop.napoleon),
                    original=loaded(shop, "cakes", shop.napoleon),
                    values={"sku": "4600001"},
                ),
                RowChange(
                    ChangeKind.INSERT,
                    "new-1",
                    values={"sku": "X1", "name": "X", "price": "1", "category_id": 4242},
                ),
            ],
        )
    assert "already taken" in str(refused.value.errors[(str(shop.napoleon), "sku")])
    assert "No row 4242" in str(refused.value.errors[("new-1", "category_id")])
    assert snapshot(shop.uow) == before


def test_two_admins_editing_the_same_cake_conflict(shop):
    first_view = loaded(shop, "cakes", shop.medovik)
    second_view = loaded(shop, "cakes", shop.medovik)
    table_editor.apply_changes(
        shop.uow,
        shop.admin,
        "cakes",
        [
            RowChange(
                ChangeKind.UPDATE, str(shop.medovik), original=first_view, values={"price": "1300"}
            )
        ],
    )
    other = UnitOfWork(shop.uow.engine)
    with pytest.raises(Conflict, match="Медовик"):
        table_editor.apply_changes(
            other,
            shop.admin,
            "cakes",
            [
                RowChange(
                    ChangeKind.UPDATE,
                    str(shop.medovik),
                    original=second_view,
                    values={"stock_qty": "7"},
                )
            ],
        )
    assert catalog_cake(shop, shop.medovik).stock_qty == 3
    assert catalog_cake(shop, shop.medovik).price == Decimal("1300.00")


def test_a_row_changed_elsewhere_conflicts_even_without_a_version(shop):
    view = loaded(shop, "categories", shop.category_id)
    update(shop, "categories", shop.category_id, name="Торты и пироги")
    with pytest.raises(Conflict):
        table_editor.apply_changes(
            shop.uow,
            shop.admin,
            "categories",
            [
                RowChange(
                    ChangeKind.UPDATE,
                    str(shop.category_id),
                    original=view,
                    values={"name": "Выпечка"},
                )
            ],
        )
    with pytest.raises(Conflict):
        table_editor.apply_changes(
            shop.uow,
            shop.admin,
            "categories",
            [RowChange(ChangeKind.DELETE, str(shop.category_id), original=view)],
        )


def test_deleting_a_sold_cake_deactivates_it(shop):
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    result = table_editor.apply_changes(
        shop.uow,
        shop.admin,
        "cakes",
        [
            RowChange(
                ChangeKind.DELETE, str(shop.napoleon), original=loaded(shop, "cakes", shop.napoleon)
            )
        ],
    )
    assert result.deleted == 0 and result.deactivated == (str(shop.napoleon),)
    assert "deactivated" in result.messages[0]
    cake = catalog_cake(shop, shop.napoleon)
    assert cake is not None and not cake.is_active


def test_a_referenced_row_is_not_deleted_and_says_why(shop):
    with shop.uow:
        pass
    ingredient = table_editor.apply_changes(
        shop.uow,
        shop.admin,
        "ingredients",
        [RowChange(ChangeKind.INSERT, "n", values={"name": "Мука", "unit": "g"})],
    ).new_keys["n"]
    assortment.set_recipe(shop.uow, shop.admin, shop.medovik, [(int(ingredient), "300")])
    with pytest.raises(ValidationFailed) as refused:
        table_editor.apply_changes(
            shop.uow,
            shop.admin,
            "ingredients",
            [RowChange(ChangeKind.DELETE, ingredient, original={"id": int(ingredient)})],
        )
    assert "recipe_items" in str(refused.value.errors[(ingredient, "")])


def test_every_change_is_audited_in_the_same_transaction(shop):
    audit_before = scalar(shop.uow, "SELECT COUNT(*) FROM audit_log")
    update(shop, "cakes", shop.medovik, price="1500", stock_qty="4")
    entries = rows(
        shop.uow,
        "SELECT user_id, action, table_name, row_id, `before`, `after` FROM audit_log ORDER BY id",
    )
    assert len(entries) == audit_before + 1
    user_id, action, table, row_id, before, after = entries[-1]
    assert (user_id, action, table, row_id) == (shop.admin.id, "update", "cakes", str(shop.medovik))
    assert json.loads(before)["price"] == "1250.50" and json.loads(after)["price"] == "1500.00"
    assert json.loads(after)["version"] == 2
    update(shop, "users", shop.customer.id, full_name="Иван")
    last = rows(shop.uow, "SELECT `before`, `after` FROM audit_log ORDER BY id DESC")[0]
    assert "password_hash" not in last[0] and "password_hash" not in last[1]


def test_a_failed_save_leaves_no_audit_row(shop):
    before = scalar(shop.uow, "SELECT COUNT(*) FROM audit_log")
    with pytest.raises(ValidationFailed):
        table_editor.apply_changes(
            shop.uow,
            shop.admin,
            "cakes",
            [
                RowChange(
                    ChangeKind.UPDATE,
                    str(shop.medovik),
                    original=loaded(shop, "cakes", shop.medovik),
                    values={"price": "5"},
                ),
                RowChange(
                    ChangeKind.UPDATE,
                    str(shop.napoleon),
                    original=loaded(shop, "cakes", shop.napoleon),
                    values={"price": "x"},
                ),
            ],
        )
    assert scalar(shop.uow, "SELECT COUNT(*) FROM audit_log") == before
    assert catalog_cake(shop, shop.medovik).price == Decimal("1250.50")


def test_read_only_tables_refuse_writes(shop):
    for table in ("audit_log", "alembic_version"):
        with pytest.raises(PermissionDenied):
            table_editor.apply_changes(shop.uow, shop.admin, table, [])


def test_the_last_admin_cannot_be_demoted_through_the_grid(shop):
    with pytest.raises(DomainError, match="last active administrator"):
        update(shop, "users", shop.admin.id, role="cashier")
    with pytest.raises(DomainError, match="last active administrator"):
        update(shop, "users", shop.admin.id, is_active="0")
    assert scalar(shop.uow, "SELECT role FROM users WHERE id = :id", id=shop.admin.id) == "admin"


def test_the_last_admin_rule_through_the_user_services(shop):
    for call in (
        lambda: users.set_role(shop.uow, shop.admin, shop.admin.id, Role.CASHIER),
        lambda: users.lock_user(shop.uow, shop.admin, shop.admin.id),
        lambda: users.set_active(shop.uow, shop.admin, shop.admin.id, False),
    ):
        with pytest.raises(DomainError, match="last active administrator"):
            call()
    second = users.register_user(shop.uow, shop.admin, "boss2", Role.ADMIN, "secret123")
    users.set_role(shop.uow, shop.admin, shop.admin.id, Role.CASHIER)
    with pytest.raises(DomainError, match="last active administrator"):
        users.lock_user(shop.uow, second, second.id)


# ---------------------------------------------------------------- assortment


def test_save_duplicate_and_delete_a_cake(shop):
    cake = assortment.save_cake(
        shop.uow,
        shop.admin,
        {
            "sku": "4600050",
            "name": "Красный бархат",
            "price": "2100.00",
            "category_id": shop.category_id,
            "allergens": "глютен,молоко",
        },
    )
    assert catalog_cake(shop, cake.id).name == "Красный бархат"
    changed = assortment.save_cake(shop.uow, shop.admin, {"price": "2200"}, cake.id, cake.version)
    assert changed.price == Decimal("2200.00") and changed.version == cake.version + 1
    with pytest.raises(Conflict):
        assortment.save_cake(shop.uow, shop.admin, {"price": "1"}, cake.id, cake.version)
    flour = table_editor.apply_changes(
        shop.uow,
        shop.admin,
        "ingredients",
        [RowChange(ChangeKind.INSERT, "n", values={"name": "Мука", "unit": "g"})],
    ).new_keys["n"]
    assortment.set_recipe(shop.uow, shop.admin, cake.id, [(int(flour), "250.5")])
    copy = assortment.duplicate_cake(shop.uow, shop.admin, cake.id)
    assert copy.sku == "4600050-1" and copy.name == "Красный бархат (copy)"
    assert copy.stock_qty == 0
    recipe = assortment.get_recipe(shop.uow, shop.admin, copy.id)
    assert [(line.ingredient_name, line.quantity) for line in recipe] == [
        ("Мука", Decimal("250.500"))
    ]
    result = assortment.delete_cake(shop.uow, shop.admin, copy.id)
    assert result.deleted == 1 and catalog_cake(shop, copy.id) is None


def test_categories_crud(shop):
    pastries = assortment.save_category(shop.uow, shop.admin, "Пирожные", sort_order=2)
    renamed = assortment.save_category(
        shop.uow, shop.admin, "Пирожные и эклеры", category_id=pastries.id
    )
    assert renamed.name == "Пирожные и эклеры"
    with pytest.raises(ValidationFailed):
        assortment.save_category(shop.uow, shop.admin, "Торты")
    assortment.delete_category(shop.uow, shop.admin, shop.category_id)
    assert catalog_cake(shop, shop.medovik).category_id is None


def test_recipe_editor_replaces_lines_and_refuses_bad_ones(shop):
    made = table_editor.apply_changes(
        shop.uow,
        shop.admin,
        "ingredients",
        [
            RowChange(ChangeKind.INSERT, "a", values={"name": "Мёд", "unit": "g"}),
            RowChange(ChangeKind.INSERT, "b", values={"name": "Яйца", "unit": "pcs"}),
        ],
    ).new_keys
    honey, eggs = int(made["a"]), int(made["b"])
    assortment.set_recipe(shop.uow, shop.admin, shop.medovik, [(honey, "120"), (eggs, "3")])
    lines = assortment.set_recipe(shop.uow, shop.admin, shop.medovik, [(eggs, "4")])
    assert [(line.ingredient_id, line.quantity) for line in lines] == [(eggs, Decimal("4.000"))]
    with pytest.raises(ValidationFailed):
        assortment.set_recipe(shop.uow, shop.admin, shop.medovik, [(eggs, "0")])
    with pytest.raises(ValidationFailed):
        assortment.set_recipe(shop.uow, shop.admin, shop.medovik, [(eggs, "1"), (eggs, "2")])
    with pytest.raises(ValidationFailed):
        assortment.set_recipe(shop.uow, shop.admin, shop.medovik, [(9999, "1")])
    assert len(assortment.get_recipe(shop.uow, shop.admin, shop.medovik)) == 1


# ---------------------------------------------------------------- CSV


def test_export_any_table_as_csv(shop):
    out = io.StringIO()
    count = exchange.export_csv(shop.uow, shop.admin, "cakes", out, "наполеон")
    lines = out.getvalue().splitlines()
    assert count == 1 and lines[0].startswith("id,sku,name")
    assert "Наполеон" in lines[1] and "990.00" in lines[1]
    everything = list(exchange.table_csv_rows(shop.uow, shop.admin, "users"))
    assert len(everything) == 5 and "password_hash" not in everything[0]


def test_import_cakes_previews_then_writes_only_the_accepted_rows(shop):
    text = (
        "sku;name;category;price;stock_qty;made_to_order\n"
        "4600070;Киевский;Торты;1650,00;2;нет\n"
        "4600001;Медовик;Торты;1300;3;0\n"
        "4600071;Без цены;Торты;дорого;1;0\n"
        "4600072;Не та полка;Хлеб;100;1;0\n"
    )
    before = snapshot(shop.uow)
    preview = exchange.preview_cake_import(shop.uow, shop.admin, text)
    assert snapshot(shop.uow) == before
    assert [row.ok for row in preview.rows] == [True, True, False, False]
    assert preview.rows[1].action is ChangeKind.UPDATE
    assert "price" in preview.rows[2].errors and "category" in preview.rows[3].errors
    result = exchange.import_cakes(shop.uow, shop.admin, preview)
    assert (result.inserted, result.updated) == (1, 1)
    assert catalog_cake(shop, shop.medovik).price == Decimal("1300.00")
    found = catalog.find_by_sku(shop.uow, shop.admin, "4600070")
    assert found is not None and found.price == Decimal("1650.00")
    assert catalog.find_by_sku(shop.uow, shop.admin, "4600071") is None


# ---------------------------------------------------------------- permissions


@pytest.mark.parametrize("role", [Role.CASHIER, Role.BAKER, Role.CUSTOMER])
def test_only_an_admin_may_use_the_admin_services(shop, role):
    actor = shop.user(role)
    u = shop.uow
    calls = [
        lambda: table_editor.list_tables(u, actor),
        lambda: table_editor.describe_table(u, actor, "cakes"),
        lambda: table_editor.fetch_rows(u, actor, "cakes"),
        lambda: table_editor.count_rows(u, actor, "cakes"),
        lambda: table_editor.fk_choices(u, actor, "cakes", "category_id"),
        lambda: table_editor.apply_changes(u, actor, "cakes", []),
        lambda: assortment.save_cake(u, actor, {"price": "1"}, shop.medovik),
        lambda: assortment.duplicate_cake(u, actor, shop.medovik),
        lambda: assortment.delete_cake(u, actor, shop.medovik),
        lambda: assortment.save_category(u, actor, "X"),
        lambda: assortment.delete_category(u, actor, shop.category_id),
        lambda: assortment.list_ingredients(u, actor),
        lambda: assortment.get_recipe(u, actor, shop.medovik),
        lambda: assortment.set_recipe(u, actor, shop.medovik, []),
        lambda: exchange.export_csv(u, actor, "cakes", io.StringIO()),
        lambda: exchange.preview_cake_import(u, actor, "sku,name,price\n1,a,1\n"),
        lambda: exchange.import_cakes(u, actor, exchange.ImportPreview(rows=())),
        lambda: users.register_user(u, actor, "someone", Role.ADMIN, "secret123"),
        lambda: users.set_role(u, actor, actor.id, Role.ADMIN),
        lambda: users.reset_password(u, actor, shop.admin.id, "hacked123"),
        lambda: users.lock_user(u, actor, shop.admin.id),
        lambda: users.unlock_user(u, actor, actor.id),
        lambda: users.set_active(u, actor, shop.admin.id, False),
    ]
    before = snapshot(u)
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert snapshot(u) == before
    assert auth.login(u, "admin", "secret123").role is Role.ADMIN


def test_unknown_tables_and_columns_are_refused(shop):
    with pytest.raises(NotFound):
        table_editor.fetch_rows(shop.uow, shop.admin, "cakes; DROP TABLE users")
    with pytest.raises(InvalidInput, match="^The table cakes has no column 'password_hash'$"):
        table_editor.fetch_rows(shop.uow, shop.admin, "cakes", sort_column="password_hash")
    # the hash is not a column the admin's grid has: it cannot be typed over
    with pytest.raises(InvalidInput, match="^The table users has no column 'password_hash'$"):
        update(shop, "users", shop.admin.id, password_hash="x")


def test_tables_with_a_natural_key_take_inserts_and_refuse_a_taken_key(shop):
    add = RowChange(ChangeKind.INSERT, "n", values={"day": "2030-03-08", "capacity": "12"})
    result = table_editor.apply_changes(shop.uow, shop.admin, "production_days", [add])
    assert result.new_keys == {"n": "2030-03-08"}
    with pytest.raises(ValidationFailed) as refused:
        table_editor.apply_changes(shop.uow, shop.admin, "production_days", [add])
    assert "already taken" in str(refused.value.errors[("n", "day")])
    with pytest.raises(ValidationFailed) as refused:
        table_editor.apply_changes(
            shop.uow,
            shop.admin,
            "production_days",
            [
                RowChange(
                    ChangeKind.UPDATE,
                    "2030-03-08",
                    original={"day": "2030-03-08"},
                    values={"day": "2030-03-09"},
                )
            ],
        )
    assert str(refused.value.errors[("2030-03-08", "day")]) == "This column cannot be edited"
    update_capacity = RowChange(
        ChangeKind.UPDATE,
        "2030-03-08",
        original={"day": "2030-03-08", "capacity": 12},
        values={"capacity": "-1"},
    )
    with pytest.raises(ValidationFailed):
        table_editor.apply_changes(shop.uow, shop.admin, "production_days", [update_capacity])
