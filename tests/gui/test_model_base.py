"""Every table model of the app on the one base: Qt's model checks with the demo shop's data
from a real SQLite file, the same roles everywhere, one sort proxy, pages without doubles."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from sqlalchemy import Engine

from cakeshop_desktop.core.db import backups
from cakeshop_desktop.core.db.backups import BackupReason
from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.demo import ADMIN_LOGIN, seed_demo
from cakeshop_desktop.core.domain import (
    CatalogQuery,
    OrderDTO,
    OrderPage,
    OrderQuery,
    OrderStatus,
    TaskStatus,
    UserDTO,
)
from cakeshop_desktop.core.services import (
    catalog,
    ingredients,
    planning,
    production,
    reports,
)
from cakeshop_desktop.core.support.mapping import user_dto
from cakeshop_desktop.core.uow import UnitOfWork
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.models.audit_model import AuditModel
from cakeshop_desktop.gui.models.backups_model import BackupsModel
from cakeshop_desktop.gui.models.base import (
    KEY_ROLE,
    RAW_ROLE,
    ROW_ROLE,
    PagedModel,
    RowsModel,
    SortProxy,
)
from cakeshop_desktop.gui.models.board_model import BoardColumnModel, column_rows
from cakeshop_desktop.gui.models.cart_model import CartModel
from cakeshop_desktop.gui.models.catalog_model import CatalogModel
from cakeshop_desktop.gui.models.orders_model import OrdersModel
from cakeshop_desktop.gui.models.production_models import (
    CapacityModel,
    CostsModel,
    IngredientsModel,
    LedgerModel,
    NeedsModel,
    PlannedCakesModel,
)
from cakeshop_desktop.gui.models.report_models import (
    CancellationsModel,
    CategoriesModel,
    KindsModel,
    RevenueSeriesModel,
    TimeSlotsModel,
    TopCakesModel,
    items_revenue,
)
from cakeshop_desktop.gui.models.table_model import TableModel
from cakeshop_desktop.gui.models.users_model import UsersModel
from cakeshop_desktop.gui.workers import Workers
from tests.gui.conftest import FakeContext

WAIT_MS = 20_000


class Demo:
    """The demo shop in a real SQLite file, its administrator and a worker pool."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self.uow = UnitOfWork(engine)
        with self.uow:
            user = self.uow.users.by_username(ADMIN_LOGIN)
            assert user is not None
            self.admin: UserDTO = user_dto(user)


@pytest.fixture(scope="module")
def demo(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(_sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    seed_demo(engine)
    yield Demo(engine, path)
    engine.dispose()


@pytest.fixture
def ctx(qapp: Any, demo: Demo) -> Iterator[ShopContext]:
    workers = Workers()
    yield ShopContext(demo.engine, workers, demo.admin)
    workers.settle()


def _loaded(qtbot: Any, model: PagedModel[Any], start: Callable[[], None]) -> None:
    start()
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT_MS)


# Each builder fills a model the way its window does: paged models through the worker pool,
# the others with what the services return for the demo shop.


def _orders(qtbot: Any, ctx: ShopContext, demo: Demo) -> OrdersModel:
    model = OrdersModel(ctx)
    _loaded(qtbot, model, lambda: model.set_query(OrderQuery()))
    return model


def _audit(qtbot: Any, ctx: ShopContext, demo: Demo) -> AuditModel:
    model = AuditModel(ctx)
    _loaded(qtbot, model, model.refresh)
    return model


def _users(qtbot: Any, ctx: ShopContext, demo: Demo) -> UsersModel:
    model = UsersModel(ctx)
    _loaded(qtbot, model, model.refresh)
    return model


def _catalog(qtbot: Any, ctx: ShopContext, demo: Demo) -> CatalogModel:
    model = CatalogModel(ctx)
    _loaded(qtbot, model, lambda: model.set_query(CatalogQuery()))
    return model


def _table(qtbot: Any, ctx: ShopContext, demo: Demo) -> TableModel:
    model = TableModel(ctx)
    model.set_table("cakes")
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.is_loading, timeout=WAIT_MS)
    return model


def _cart(qtbot: Any, ctx: ShopContext, demo: Demo) -> CartModel:
    model = CartModel(ctx)
    cakes = catalog.search_catalog(demo.uow, demo.admin, CatalogQuery(limit=2)).items
    for cake in cakes:
        model.add(cake.id)
    qtbot.waitUntil(lambda: not model.is_busy and model.rowCount() == len(cakes), timeout=WAIT_MS)
    return model


def _plan(demo: Demo) -> Any:
    day = date.today()
    for _ in range(14):  # the first day with something to bake
        plan = planning.day_plan(demo.uow, demo.admin, day)
        if plan.cakes:
            return plan
        day += timedelta(days=1)
    return plan


def _planned(qtbot: Any, ctx: ShopContext, demo: Demo) -> PlannedCakesModel:
    model = PlannedCakesModel()
    model.set_rows(_plan(demo).cakes)
    return model


def _needs(qtbot: Any, ctx: ShopContext, demo: Demo) -> NeedsModel:
    model = NeedsModel(with_cost=True)
    model.set_rows(_plan(demo).needs)
    return model


def _ingredients(qtbot: Any, ctx: ShopContext, demo: Demo) -> IngredientsModel:
    model = IngredientsModel(with_cost=True)
    model.set_rows(ingredients.list_stock(demo.uow, demo.admin))
    return model


def _ledger(qtbot: Any, ctx: ShopContext, demo: Demo) -> LedgerModel:
    model = LedgerModel()
    first = ingredients.list_stock(demo.uow, demo.admin)[0]
    model.set_rows(ingredients.ledger(demo.uow, demo.admin, first.id))
    return model


def _capacity(qtbot: Any, ctx: ShopContext, demo: Demo) -> CapacityModel:
    model = CapacityModel()
    model.set_rows(planning.capacity_days(demo.uow, demo.admin, date.today()))
    return model


def _costs(qtbot: Any, ctx: ShopContext, demo: Demo) -> CostsModel:
    model = CostsModel()
    model.set_rows(planning.recipe_costs(demo.uow, demo.admin))
    return model


def _board(qtbot: Any, ctx: ShopContext, demo: Demo) -> BoardColumnModel:
    board = production.production_board(demo.uow, demo.admin, date.today(), 7)
    model = BoardColumnModel(TaskStatus.QUEUED)
    model.update_rows(column_rows(board, TaskStatus.QUEUED))
    return model


def _report(demo: Demo) -> Any:
    return reports.sales_report(
        demo.uow, demo.admin, date.today() - timedelta(days=60), date.today()
    )


def _top_cakes(qtbot: Any, ctx: ShopContext, demo: Demo) -> TopCakesModel:
    report = _report(demo)
    model = TopCakesModel()
    model.set_cakes(report.top_by_revenue, items_revenue(report))
    return model


def _report_model(cls: type[Any]) -> Callable[..., Any]:
    def build(qtbot: Any, ctx: ShopContext, demo: Demo) -> Any:
        model = cls()
        model.set_report(_report(demo))
        return model

    return build


def _slots(by_weekday: bool) -> Callable[..., TimeSlotsModel]:
    def build(qtbot: Any, ctx: ShopContext, demo: Demo) -> TimeSlotsModel:
        report = _report(demo)
        model = TimeSlotsModel(by_weekday)
        model.set_slots(report.by_weekday if by_weekday else report.by_hour)
        return model

    return build


def _backups(qtbot: Any, ctx: ShopContext, demo: Demo) -> BackupsModel:
    backups.back_up(demo.path, BackupReason.MANUAL)
    model = BackupsModel()
    model.set_backups(backups.list_backups(demo.path))
    return model


def _sorted_report(qtbot: Any, ctx: ShopContext, demo: Demo) -> SortProxy:
    proxy = SortProxy()
    proxy.setSourceModel(_top_cakes(qtbot, ctx, demo))
    proxy.sort(TopCakesModel.COL_REVENUE, Qt.SortOrder.DescendingOrder)
    return proxy


BUILDERS: dict[str, Callable[..., QAbstractItemModel]] = {
    "orders": _orders,
    "audit": _audit,
    "users": _users,
    "catalog": _catalog,
    "admin grid": _table,
    "cart": _cart,
    "planned cakes": _planned,
    "needs": _needs,
    "ingredients": _ingredients,
    "ledger": _ledger,
    "capacity": _capacity,
    "costs": _costs,
    "board column": _board,
    "top cakes": _top_cakes,
    "categories": _report_model(CategoriesModel),
    "kinds": _report_model(KindsModel),
    "revenue series": _report_model(RevenueSeriesModel),
    "cancellations": _report_model(CancellationsModel),
    "hours": _slots(False),
    "weekdays": _slots(True),
    "backups": _backups,
    "sort proxy": _sorted_report,
}


@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_model_passes_qt_model_checks_with_real_data(
    qtbot: Any, qtmodeltester: Any, ctx: ShopContext, demo: Demo, name: str
) -> None:
    model = BUILDERS[name](qtbot, ctx, demo)
    source = model.sourceModel() if isinstance(model, SortProxy) else model
    assert isinstance(source, RowsModel), "every table model stands on the one base"
    assert model.rowCount() > 0, "the check runs on rows, not on an empty table"
    qtmodeltester.check(model, force_py=True)
    # the same roles everywhere: the row object, its key, and each cell's raw value
    for row in range(model.rowCount()):
        first = model.index(row, 0)
        row_object = first.data(ROW_ROLE)
        assert row_object is not None
        assert first.data(KEY_ROLE) == source.row_key(row_object)
        for column in range(model.columnCount()):
            assert model.index(row, column).data(ROW_ROLE) is row_object


def test_raw_values_not_texts_under_user_role(qtbot: Any, ctx: ShopContext, demo: Demo) -> None:
    """Money is a Decimal, a moment a datetime, under Qt.UserRole in every model: a sort or
    a test never parses '1 250,50 ₽' back."""
    orders_model = _orders(qtbot, ctx, demo)
    total = orders_model.index(0, OrdersModel.COL_TOTAL)
    assert isinstance(total.data(Qt.ItemDataRole.UserRole), Decimal)
    assert total.data(Qt.ItemDataRole.UserRole) == orders_model.order_at(0).total  # type: ignore[union-attr]
    top = _top_cakes(qtbot, ctx, demo)
    assert isinstance(top.index(0, TopCakesModel.COL_REVENUE).data(RAW_ROLE), Decimal)
    grid = _table(qtbot, ctx, demo)
    price = grid.index(0, grid.column_index("price"))
    assert isinstance(price.data(RAW_ROLE), Decimal)
    assert price.data(RAW_ROLE) == grid.row(0).original["price"]


def test_the_sort_proxy_sorts_on_raw_values(qtbot: Any, ctx: ShopContext, demo: Demo) -> None:
    """Revenue sorts as amounts (9 000 ₽ below 10 000 ₽), not as the texts shown."""
    proxy = _sorted_report(qtbot, ctx, demo)
    shown = [
        proxy.index(row, TopCakesModel.COL_REVENUE).data(RAW_ROLE)
        for row in range(proxy.rowCount())
    ]
    assert len(shown) > 2
    assert shown == sorted(shown, reverse=True)


def test_a_replaced_row_changes_only_that_row(qtbot: Any, ctx: ShopContext, demo: Demo) -> None:
    model = _orders(qtbot, ctx, demo)
    order = model.order_at(3)
    assert order is not None
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.update_order(replace(order, notes="Позвонить за час"))
    assert changed == [(3, 0, 3, model.columnCount() - 1)]
    assert not resets
    assert model.index(3, OrdersModel.COL_NUMBER).data(Qt.ItemDataRole.ToolTipRole) == (
        "Позвонить за час"
    )


def test_a_later_page_never_shows_a_row_twice(qtbot: Any) -> None:
    """An order placed between two pages shifts the second page by one: the order already
    shown is dropped, the new one is not lost on the next refresh."""
    ctx = FakeContext()
    model = OrdersModel(ctx, page_size=3)  # type: ignore[arg-type]
    model.set_query(OrderQuery())
    first = [_order(n) for n in (10, 9, 8)]
    ctx.calls[-1].answer(OrderPage(tuple(first), 0, has_more=True))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert ctx.calls[-1].args[0].offset == 3
    ctx.calls[-1].answer(OrderPage(tuple(_order(n) for n in (8, 7, 6)), 3, has_more=False))
    assert [model.order_at(r).id for r in range(model.rowCount())] == [10, 9, 8, 7, 6]  # type: ignore[union-attr]
    assert not model.canFetchMore(QModelIndex())


def test_an_answer_to_an_older_query_is_dropped(qtbot: Any) -> None:
    ctx = FakeContext()
    model = OrdersModel(ctx)  # type: ignore[arg-type]
    model.set_query(OrderQuery(number="1"))
    older = ctx.calls[-1]
    model.set_query(OrderQuery(number="2"))
    ctx.calls[-1].answer(OrderPage((_order(2),), 0, has_more=False))
    older.answer(OrderPage((_order(1),), 0, has_more=False))
    assert [model.order_at(r).id for r in range(model.rowCount())] == [2]  # type: ignore[union-attr]
    assert not model.is_loading


def _order(n: int) -> OrderDTO:
    moment = datetime(2026, 3, 1, 12, 0) + timedelta(minutes=n)
    return OrderDTO(
        id=n,
        number=f"{n:06d}",
        customer_id=None,
        customer_name="Покупатель",
        customer_phone="",
        status=OrderStatus.NEW,
        due_at=moment,
        subtotal=Decimal("1000.00"),
        discount=Decimal("0.00"),
        total=Decimal("1000.00"),
        paid_amount=Decimal("0.00"),
        payment_method=None,
        notes="",
        created_at=moment,
        updated_at=moment,
    )
