"""The catalogue and cart table models: Qt's model checks, lazy pages, stale answers, edits."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from cakeshop_desktop.core.domain import (
    CakeDTO,
    CartDTO,
    CartItemDTO,
    CatalogPage,
    CatalogQuery,
    CatalogSort,
    OutOfStock,
)
from cakeshop_desktop.core.services import cart as cart_service
from cakeshop_desktop.core.services import catalog
from cakeshop_desktop.gui.models.cart_model import CartModel
from cakeshop_desktop.gui.models.catalog_model import CatalogModel, availability
from tests.gui.conftest import FakeContext


def cake(i: int, **changes: object) -> CakeDTO:
    values: dict[str, object] = dict(
        id=i,
        sku=f"46{i:05d}",
        name=f"Торт {i}",
        description="",
        category_id=1,
        category_name="Торты",
        price=Decimal("1000.00") + i,
        weight_grams=1000,
        allergens=("молоко",),
        stock_qty=5,
        made_to_order=False,
        lead_time_hours=0,
        is_active=True,
        image=None,
        sold_count=0,
        version=1,
    )
    values.update(changes)
    return CakeDTO(**values)  # type: ignore[arg-type]


def page(start: int, count: int, total: int) -> CatalogPage:
    return CatalogPage(tuple(cake(i) for i in range(start, start + count)), total, start, 50)


def line(cake_id: int, quantity: int, price: str = "100.00") -> CartItemDTO:
    unit = Decimal(price)
    return CartItemDTO(
        id=cake_id,
        cake_id=cake_id,
        sku=str(cake_id),
        name=f"Торт {cake_id}",
        unit_price=unit,
        quantity=quantity,
        line_total=unit * quantity,
        made_to_order=False,
        lead_time_hours=0,
        stock_qty=10,
        inscription="",
        notes="",
    )


def a_cart(*lines: CartItemDTO) -> CartDTO:
    return CartDTO(
        id=1, user_id=1, items=lines, total=sum((x.line_total for x in lines), Decimal())
    )


def test_catalog_model_passes_qt_model_checks(qtmodeltester):
    model = CatalogModel(FakeContext())  # type: ignore[arg-type]
    model.set_rows(
        [cake(1), cake(2, made_to_order=True, lead_time_hours=48), cake(3, stock_qty=0)], 3
    )
    qtmodeltester.check(model)


def test_cart_model_passes_qt_model_checks(qtmodeltester):
    model = CartModel(FakeContext())  # type: ignore[arg-type]
    model.set_cart(a_cart(line(1, 2), line(2, 1)))
    qtmodeltester.check(model)


def test_catalog_shows_raw_values_under_user_role_and_text_for_people():
    model = CatalogModel(FakeContext())  # type: ignore[arg-type]
    model.set_rows([cake(7, price=Decimal("1250.50"))], 1)
    price = model.index(0, CatalogModel.COL_PRICE)
    assert price.data(Qt.ItemDataRole.UserRole) == Decimal("1250.50")
    assert "1" in price.data() and "250" in price.data() and "₽" in price.data()
    assert model.index(0, CatalogModel.COL_NAME).data() == "Торт 7"
    assert (
        not model.index(0, CatalogModel.COL_PICTURE).data(Qt.ItemDataRole.DecorationRole).isNull()
    )
    assert availability(cake(1, stock_qty=12)) == "12 in stock"
    assert availability(cake(1, stock_qty=0)) == "sold out"
    assert availability(cake(1, made_to_order=True, lead_time_hours=48)) == "made to order, 48 h"


def test_catalog_loads_pages_lazily_with_the_right_insert_range():
    ctx = FakeContext()
    model = CatalogModel(ctx)  # type: ignore[arg-type]
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_query(CatalogQuery(text="торт"))
    assert not model.canFetchMore(QModelIndex())  # nothing known before the first page
    first = ctx.calls[-1]
    assert first.service is catalog.search_catalog
    assert first.args[0].offset == 0 and first.args[0].limit == CatalogModel.PAGE_SIZE
    first.answer(page(0, 50, 120))
    assert model.rowCount() == 50 and model.total == 120
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # a second scroll while the page is on its way asks nothing
    assert len(ctx.calls) == 2 and ctx.calls[-1].args[0].offset == 50
    ctx.calls[-1].answer(page(50, 50, 120))
    model.fetchMore(QModelIndex())
    ctx.calls[-1].answer(page(100, 20, 120))
    assert model.rowCount() == 120
    assert inserted == [(0, 49), (50, 99), (100, 119)]
    assert not model.canFetchMore(QModelIndex())


def test_an_older_answer_arriving_after_a_newer_one_is_ignored():
    ctx = FakeContext()
    model = CatalogModel(ctx)  # type: ignore[arg-type]
    model.set_query(CatalogQuery(text="м"))
    model.set_query(CatalogQuery(text="медовик"))
    older, newer = ctx.calls
    newer.answer(CatalogPage((cake(1, name="Медовик"),), 1, 0, 50))
    older.answer(page(0, 50, 300))
    assert model.rowCount() == 1 and model.total == 1
    assert model.cake_at(0).name == "Медовик"
    older.fail(RuntimeError("late failure of a forgotten query"))
    assert model.rowCount() == 1


def test_header_sort_asks_sql_for_a_new_first_page():
    ctx = FakeContext()
    model = CatalogModel(ctx)  # type: ignore[arg-type]
    sorts: list[str] = []
    model.sort_changed.connect(sorts.append)
    model.sort(CatalogModel.COL_PRICE, Qt.SortOrder.DescendingOrder)
    assert ctx.calls[-1].args[0].sort is CatalogSort.PRICE_DESC
    model.sort(CatalogModel.COL_WEIGHT, Qt.SortOrder.AscendingOrder)  # not sortable: no call
    assert len(ctx.calls) == 1 and sorts == ["price_desc"]


def test_cart_quantity_edit_goes_to_the_service_and_a_refusal_keeps_the_old_value():
    ctx = FakeContext()
    model = CartModel(ctx)  # type: ignore[arg-type]
    model.set_cart(a_cart(line(1, 1), line(2, 1)))
    refused: list[Exception] = []
    model.refused.connect(refused.append)
    quantity = model.index(0, CartModel.COL_QUANTITY)
    assert model.flags(quantity) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, CartModel.COL_NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(quantity, 5)
    call = ctx.calls[-1]
    assert call.service is cart_service.set_quantity and call.args == (1, 5)
    call.fail(OutOfStock("Only 1 «Торт 1» left"))
    assert quantity.data() == "1" and refused and refused[0].message == "Only 1 «Торт 1» left"

    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    model.setData(quantity, 2)
    ctx.calls[-1].answer(a_cart(line(1, 2), line(2, 1)))
    assert quantity.data(Qt.ItemDataRole.EditRole) == 2
    assert changed == [(0, 0)]  # only the changed line is repainted


def test_cart_changes_run_one_after_another():
    ctx = FakeContext()
    model = CartModel(ctx)  # type: ignore[arg-type]
    model.add(1)
    model.add(2)
    model.remove(1)
    assert len(ctx.calls) == 1 and model.is_busy
    ctx.calls[0].answer(a_cart(line(1, 1)))
    assert len(ctx.calls) == 2 and ctx.calls[1].args == (2, 1)
    ctx.calls[1].fail(OutOfStock("«Торт 2» is sold out"))
    assert ctx.calls[2].service is cart_service.remove_from_cart
    ctx.calls[2].answer(a_cart())
    assert model.rowCount() == 0 and not model.is_busy
