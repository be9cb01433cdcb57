"""The production window on SQLite and MariaDB: a baker's day by keyboard, models, live updates."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.models import Ingredient, RecipeItem
from cakeshop_desktop.core.domain import OrderStatus, Role, TaskStatus
from cakeshop_desktop.core.services import ingredients, orders, production
from cakeshop_desktop.core.uow import UnitOfWork
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.labels import status_label
from cakeshop_desktop.gui.models.orders_model import OrdersModel
from cakeshop_desktop.gui.report_export import csv_format
from cakeshop_desktop.gui.windows.production_window import ProductionWindow
from cakeshop_desktop.gui.workers import Workers
from tests.conftest import Shop
from tests.integration.support import cashier_sale, later

WAIT = 15_000
LIVE_WAIT = 5_000  # the promise: another terminal's change shows within 5 seconds


@pytest.fixture
def bakery(shop: Shop) -> Shop:
    """The small shop with flour and a recipe for Прага, and one order of two Прага to bake."""
    uow = shop.uow
    with uow:
        flour = Ingredient(name="Мука", unit="g", reorder_level=Decimal("100"))
        flour.cost_per_unit = Decimal("0.0650")
        uow._session.add(flour)  # noqa: SLF001 - test set-up
        uow.flush()
        uow._session.add(  # noqa: SLF001
            RecipeItem(cake_id=shop.praga, ingredient_id=flour.id, quantity=Decimal("300"))
        )
        uow.commit()
        flour_id = flour.id
    ingredients.record_movement(uow, shop.admin, flour_id, "purchase", "5000", "накладная")
    return shop


@pytest.fixture
def make_production(qtbot, engine: Engine) -> Iterator[Callable[..., ProductionWindow]]:
    pools: list[Workers] = []

    def build(actor: Any, engine_: Engine | None = None) -> ProductionWindow:
        workers = Workers()
        pools.append(workers)
        window = ProductionWindow(ShopContext(engine_ or engine, workers, actor))
        qtbot.addWidget(window)
        window.resize(1300, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.last_board is not None, timeout=WAIT)
        return window

    yield build
    for workers in pools:
        workers.settle()


def card_ids(window: ProductionWindow, status: TaskStatus) -> list[int]:
    return [card.id for card in window.board.cards(status)]


def test_a_baker_moves_an_order_to_ready_with_the_keyboard(qtbot, bakery, make_production):
    shop = bakery
    order = cashier_sale(
        shop.uow, shop.cashier, {shop.praga: 2}, due_at=later(30), notes="Без орехов"
    )
    window = make_production(shop.baker)
    assert window.objectName() == "productionWindow"
    assert window.board.objectName() == "productionBoard"
    assert window.ui.shortagesView.objectName() == "shortagesView"
    assert window.ui.mainTabs.indexOf(window.ui.adminTab) == -1  # bakers see no costs
    window.ui.boardDaysSpin.setValue(3)
    qtbot.waitUntil(lambda: len(card_ids(window, TaskStatus.QUEUED)) == 1, timeout=WAIT)
    (card,) = window.board.cards(TaskStatus.QUEUED)
    text = (
        window.board.models[TaskStatus.QUEUED]
        .index(window.board.models[TaskStatus.QUEUED].row_of(card.id), 0)
        .data()
    )
    assert "Прага × 2" in text and "Allergens: глютен, молоко, яйца, шоколад" in text
    assert window.board.select_task(card.id)

    queued = window.board.views[TaskStatus.QUEUED]
    qtbot.keyClick(queued, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: card_ids(window, TaskStatus.IN_PROGRESS) == [card.id], timeout=WAIT)
    qtbot.waitUntil(lambda: window.board.selected_card() is not None, timeout=WAIT)
    assert window.board.selected_card().id == card.id  # the selection followed the card
    assert orders.order_detail(shop.uow, shop.cashier, order.id).order.status is (
        OrderStatus.IN_PRODUCTION
    )

    in_progress = window.board.views[TaskStatus.IN_PROGRESS]
    qtbot.keyClick(in_progress, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card_ids(window, TaskStatus.DONE) == [card.id], timeout=WAIT)
    assert orders.order_detail(shop.uow, shop.cashier, order.id).order.status is OrderStatus.READY
    assert status_label(OrderStatus.READY) in window.ui.boardMessageLabel.text()

    # Backspace on a done card of a ready order is refused in words, nothing moves
    qtbot.keyClick(window.board.views[TaskStatus.DONE], Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: "cannot go back" in window.ui.boardMessageLabel.text(), timeout=WAIT)
    assert card_ids(window, TaskStatus.DONE) == [card.id]


def test_a_shortage_is_shown_on_the_board_and_in_the_plan(qtbot, bakery, make_production):
    shop = bakery
    due = later(30)
    cashier_sale(shop.uow, shop.cashier, {shop.praga: 20}, due_at=due)  # 6000 g of 5000
    window = make_production(shop.baker)
    window.ui.boardDaysSpin.setValue(3)
    window.ui.planDateEdit.setDate(due.date())
    qtbot.waitUntil(lambda: window.board.cards(TaskStatus.QUEUED) != [], timeout=WAIT)
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.day == due.date(), timeout=WAIT)
    assert [need.name for need in window.plan.shortages] == ["Мука"]
    view = window.ui.shortagesView
    assert view.model().index(0, 0).data() == "Мука"
    assert view.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    card = window.board.cards(TaskStatus.QUEUED)[0]
    window.board.select_task(card.id)
    qtbot.mouseClick(window.ui.advanceButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not enough" in window.ui.boardMessageLabel.text(), timeout=WAIT)
    assert "«Мука»: 6000 g needed, 5000 in stock, 1000 short" in window.ui.boardMessageLabel.text()
    assert card_ids(window, TaskStatus.QUEUED) == [card.id]


def _plan_of_a_big_order(qtbot, shop, make_production) -> ProductionWindow:
    """The admin's production window showing the plan of the day 20 Прага are due."""
    due = later(30)
    cashier_sale(shop.uow, shop.cashier, {shop.praga: 20}, due_at=due)
    window = make_production(shop.admin)
    window.ui.planDateEdit.setDate(due.date())
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.day == due.date(), timeout=WAIT)
    return window


def test_the_shopping_list_exports_as_csv_and_pdf(qtbot, bakery, make_production, tmp_path):
    window = _plan_of_a_big_order(qtbot, bakery, make_production)
    csv_path = window.save_csv(str(tmp_path / "list"))
    pdf_path = window.save_pdf(str(tmp_path / "list.pdf"))
    assert csv_path is not None and pdf_path is not None
    content = Path(csv_path).read_text(encoding="utf-8-sig")
    assert "Мука" in content and "1100" in content  # short 1000 + back to the level of 100
    assert Path(pdf_path).read_bytes().startswith(b"%PDF")


def test_the_shopping_list_csv_keeps_an_ingredient_name_from_running_as_a_formula(
    qtbot, bakery, make_production, tmp_path
):
    with bakery.uow.engine.begin() as db:
        db.execute(text("UPDATE ingredients SET name = '=1+2', unit = '-g'"))
    window = _plan_of_a_big_order(qtbot, bakery, make_production)
    csv_path = window.save_csv(str(tmp_path / "list"))
    assert csv_path is not None
    delimiter = csv_format()[0]
    rows = list(
        csv.reader(Path(csv_path).read_text(encoding="utf-8-sig").splitlines(), delimiter=delimiter)
    )
    flour = rows[2]
    assert flour[:3] == ["'=1+2", "'-g", "1100"]  # the quantity stays a number


def test_every_production_model_passes_the_model_tester(
    qtbot, qtmodeltester, bakery, make_production
):
    shop = bakery
    cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later(30))
    production.plan_batch(shop.uow, shop.admin, shop.napoleon, 3, later(5))
    window = make_production(shop.admin)
    window.ui.boardDaysSpin.setValue(3)
    window.ui.planDateEdit.setDate(later(30).date())
    assert window.admin_panel is not None
    panel = window.ingredients_panel
    qtbot.waitUntil(
        lambda: (
            len(window.board.cards(TaskStatus.QUEUED)) == 2
            and window.needs_model.rowCount() > 0
            and panel.ledger_model.rowCount() > 0
            and window.admin_panel.costs_model.rowCount() > 0
            and window.admin_panel.capacity_model.rowCount() > 0
        ),
        timeout=WAIT,
    )
    models = [
        *window.board.models.values(),
        window.planned_model,
        window.needs_model,
        panel.model,
        panel.ledger_model,
        window.admin_panel.capacity_model,
        window.admin_panel.costs_model,
    ]
    for model in models:
        qtmodeltester.check(model, force_py=True)


def test_the_ingredients_tab_records_waste_with_a_reason(qtbot, bakery, make_production):
    shop = bakery
    window = make_production(shop.baker)
    panel = window.ingredients_panel
    qtbot.waitUntil(lambda: panel.selected() is not None, timeout=WAIT)
    ui = window.ui
    ui.movementKindCombo.setCurrentIndex(ui.movementKindCombo.findText("Waste"))
    ui.movementQuantityEdit.setText("250")
    qtbot.mouseClick(ui.recordMovementButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Reason is required" in ui.ingredientMessageLabel.text(), timeout=WAIT)
    ui.movementReasonEdit.setText("мешок порвался")
    qtbot.mouseClick(ui.recordMovementButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.ledger_model.rowCount() == 2, timeout=WAIT)
    assert panel.selected().stock_qty == Decimal("4750.000")
    assert panel.ledger_model.index(0, 3).data() == "мешок порвался"
    assert ingredients.stock_mismatches(shop.uow, shop.admin) == ()


# ---------------------------------------------------------------- two terminals


@pytest.fixture
def second_engine(database_url: str) -> Iterator[Engine]:
    """Another terminal: its own engine (own connections) on the same database."""
    other = make_engine(database_url)
    yield other
    other.dispose()


def test_a_change_on_one_terminal_shows_on_another_within_five_seconds(
    qtbot, bakery, make_window, make_production, second_engine
):
    shop = bakery
    order = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later(30))
    counter = make_window(Role.CASHIER, engine_=second_engine)  # terminal B: the counter
    board_b = make_production(shop.baker, second_engine)  # terminal B: the bakery screen
    board_b.ui.boardDaysSpin.setValue(3)
    panel = counter.orders_panel
    qtbot.waitUntil(lambda: panel.model.row_of(order.id) >= 0, timeout=WAIT)
    assert panel.select_order(order.id)
    qtbot.waitUntil(lambda: board_b.board.cards(TaskStatus.QUEUED) != [], timeout=WAIT)
    # both terminals poll and have taken their first reading: what changes now is news
    qtbot.waitUntil(
        lambda: all(live.is_running and live.has_baseline for live in (counter.live, board_b.live)),
        timeout=WAIT,
    )
    reloads: list[int] = []
    panel.model.modelReset.connect(lambda: reloads.append(1))

    # terminal A: the engine of the test's own unit of work
    card = board_b.board.cards(TaskStatus.QUEUED)[0]
    started = production.start_task(UnitOfWork(shop.uow.engine), shop.baker, card.id, card.version)
    production.finish_task(UnitOfWork(shop.uow.engine), shop.baker, card.id, started.task.version)

    def counter_shows_ready() -> bool:
        row = panel.model.row_of(order.id)
        return row >= 0 and panel.model.order_at(row).status is OrderStatus.READY

    qtbot.waitUntil(counter_shows_ready, timeout=LIVE_WAIT)
    qtbot.waitUntil(lambda: card_ids(board_b, TaskStatus.DONE) == [card.id], timeout=LIVE_WAIT)
    assert panel.selected_order() is not None and panel.selected_order().id == order.id
    row = panel.model.row_of(order.id)
    assert panel.model.index(row, OrdersModel.COL_STATUS).data() == status_label(OrderStatus.READY)
    assert reloads == []  # updated in place: no reload, no flicker

    # a brand-new order from terminal A appears in B's list too
    other = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    qtbot.waitUntil(lambda: panel.model.row_of(other.id) >= 0, timeout=LIVE_WAIT)
    assert panel.selected_order() is not None and panel.selected_order().id == order.id


def test_the_board_window_shows_the_first_unstarted_card_ready_for_space(
    qtbot, bakery, make_production
):
    shop = bakery
    cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later(30))
    window = make_production(shop.baker)
    window.ui.boardDaysSpin.setValue(3)
    qtbot.waitUntil(lambda: window.board.selected_card() is not None, timeout=WAIT)
    assert window.board.selected_card().status is TaskStatus.QUEUED
    assert window.ui.boardDateEdit.date().toPython() == date.today()
