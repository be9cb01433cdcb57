"""The orders panel and its model on SQLite and MariaDB: who sees what, search, lazy loading, actions."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from cakeshop_desktop.core.domain import (
    CheckoutRequest,
    OrderQuery,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
    TaskStatus,
)
from cakeshop_desktop.core.services import cart, checkout, orders
from cakeshop_desktop.core.types.production import TaskCard
from cakeshop_desktop.gui.dialogs.refund_dialog import RefundDialog
from cakeshop_desktop.gui.labels import status_label
from cakeshop_desktop.gui.models.board_model import card_origin
from cakeshop_desktop.gui.models.orders_model import OrdersModel
from cakeshop_desktop.gui.panels.orders_panel import OrdersPanel
from tests.gui.order_helpers import place, shop_context

WAIT = 15_000


def make_panel(qtbot, ctx) -> OrdersPanel:
    panel = OrdersPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    wait_loaded(qtbot, panel.model)
    return panel


def wait_loaded(qtbot, model: OrdersModel) -> None:
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT)


def numbers(model: OrdersModel) -> list[str]:
    return [model.order_at(row).number for row in range(model.rowCount())]


def status_shown(panel: OrdersPanel, order_id: int) -> str:
    row = panel.model.row_of(order_id)
    return panel.model.index(row, OrdersModel.COL_STATUS).data()


@pytest.fixture
def orders_of_three(shop):
    """A customer's own order, and two counter sales for walk-ins."""
    own = place(shop.uow, shop.customer, {shop.praga: 1}, due_in=timedelta(days=2))
    walk_in = place(
        shop.uow,
        shop.cashier,
        {shop.medovik: 1},
        paid=Decimal("375.15"),
        customer_name="Иван",
        customer_phone="+7 921 555-12-34",
    )
    other = place(
        shop.uow,
        shop.cashier,
        {shop.napoleon: 1},
        paid=Decimal("990.00"),
        customer_name="Мария",
        customer_phone="+7 812 000-11-22",
    )
    return own, walk_in, other


def test_contract_name_and_model(qtbot, shop, engine, orders_of_three):
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        assert panel.ui.ordersView.objectName() == "ordersView"
        assert panel.ui.ordersView.accessibleName()
        assert panel.ui.ordersView.model() is panel.model
        assert panel.model.rowCount() == 3


def test_customer_sees_only_own_orders(qtbot, shop, engine, orders_of_three):
    own, _, _ = orders_of_three
    with shop_context(engine, shop.customer) as ctx:
        panel = make_panel(qtbot, ctx)
        assert numbers(panel.model) == [own.number]
        assert status_shown(panel, own.id) == status_label(OrderStatus.NEW)
        status_index = panel.model.index(0, OrdersModel.COL_STATUS)
        assert status_index.data(Qt.ItemDataRole.BackgroundRole) is not None
        assert panel.ui.orderNumberEdit.isHidden()
        assert panel.ui.confirmOrderButton.isHidden()
        assert panel.ui.handOutOrderButton.isHidden()
        panel.select_order(own.id)
        assert panel.ui.cancelOrderButton.isEnabled()  # a new order of their own


def test_customer_cancels_own_new_order(qtbot, shop, engine, orders_of_three):
    own, _, _ = orders_of_three
    with shop_context(engine, shop.customer) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(own.id)
        panel.cancel_selected()
        dialog = panel.action_dialog
        assert dialog.ok_button.isEnabled()  # a customer needs no reason
        with qtbot.waitSignal(panel.order_changed, timeout=WAIT):
            dialog.accept()
        assert status_shown(panel, own.id) == status_label(OrderStatus.CANCELLED)
        assert not panel.ui.cancelOrderButton.isEnabled()


def test_cashier_searches_by_number_phone_and_status(qtbot, shop, engine, orders_of_three):
    own, walk_in, other = orders_of_three
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        assert set(numbers(panel.model)) == {own.number, walk_in.number, other.number}

        with qtbot.waitSignal(panel.model.reloaded, timeout=WAIT):
            qtbot.keyClicks(panel.ui.orderNumberEdit, str(int(walk_in.number)))  # "2" for 000002
        wait_loaded(qtbot, panel.model)
        assert numbers(panel.model) == [walk_in.number]

        panel.ui.orderNumberEdit.clear()
        with qtbot.waitSignal(panel.model.reloaded, timeout=WAIT):
            qtbot.keyClicks(panel.ui.orderPhoneEdit, "812")
        wait_loaded(qtbot, panel.model)
        assert numbers(panel.model) == [other.number]

        panel.ui.orderPhoneEdit.clear()
        combo = panel.ui.orderStatusCombo
        with qtbot.waitSignal(panel.model.reloaded, timeout=WAIT):
            combo.setCurrentIndex(combo.findData(OrderStatus.NEW))
        wait_loaded(qtbot, panel.model)
        assert numbers(panel.model) == [own.number]

        with qtbot.waitSignal(panel.model.reloaded, timeout=WAIT):
            combo.setCurrentIndex(combo.findData(OrderStatus.CANCELLED))
        wait_loaded(qtbot, panel.model)
        assert numbers(panel.model) == []
        assert panel.ui.ordersMessageLabel.text()  # "No orders match."


def test_date_range_filter(qtbot, shop, engine, orders_of_three):
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        ui = panel.ui
        ui.orderDateFromEdit.setDate(ui.orderDateFromEdit.date().currentDate().addDays(-3))
        ui.orderDateToEdit.setDate(ui.orderDateToEdit.date().currentDate().addDays(-1))
        with qtbot.waitSignal(panel.model.reloaded, timeout=WAIT):
            ui.orderDateFilterCheck.setChecked(True)
        wait_loaded(qtbot, panel.model)
        assert panel.model.rowCount() == 0
        with qtbot.waitSignal(panel.model.reloaded, timeout=WAIT):
            ui.orderDateToEdit.setDate(ui.orderDateToEdit.date().currentDate())
        wait_loaded(qtbot, panel.model)
        assert panel.model.rowCount() == 3


def test_lazy_loading_fetches_more_pages(qtbot, shop, engine):
    for _ in range(7):
        place(shop.uow, shop.customer, {shop.praga: 1}, due_in=timedelta(days=3))
    with shop_context(engine, shop.cashier) as ctx:
        model = OrdersModel(ctx, page_size=3)
        with qtbot.waitSignal(model.reloaded, timeout=WAIT):
            model.set_query(OrderQuery())
        assert model.rowCount() == 3
        assert model.canFetchMore(QModelIndex())
        inserted = []
        model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
        while model.canFetchMore(QModelIndex()):
            with qtbot.waitSignal(model.page_loaded, timeout=WAIT):
                model.fetchMore(QModelIndex())
        assert model.rowCount() == 7
        assert inserted == [(3, 5), (6, 6)]
        ids = [model.order_at(row).id for row in range(7)]
        assert ids == sorted(ids, reverse=True)  # newest first, nothing twice


def test_the_view_scrolls_more_pages_in(qtbot, shop, engine):
    for _ in range(12):
        place(shop.uow, shop.customer, {shop.praga: 1}, due_in=timedelta(days=3))
    with shop_context(engine, shop.cashier) as ctx:
        panel = OrdersPanel(ctx)
        qtbot.addWidget(panel)
        panel.model._page_size = 5  # noqa: SLF001 - a small page shows the lazy loading
        panel.model.set_query(OrderQuery())
        panel.resize(900, 300)
        panel.show()
        qtbot.waitUntil(lambda: panel.model.rowCount() >= 5, timeout=WAIT)
        view = panel.ui.ordersView
        for _ in range(10):
            view.scrollToBottom()
            qtbot.wait(100)
            wait_loaded(qtbot, panel.model)
            if panel.model.rowCount() == 12:
                break
        assert panel.model.rowCount() == 12


def test_model_passes_the_model_tester(qtbot, qtmodeltester, shop, engine, orders_of_three):
    with shop_context(engine, shop.cashier) as ctx:
        model = OrdersModel(ctx, page_size=2)
        with qtbot.waitSignal(model.reloaded, timeout=WAIT):
            model.set_query(OrderQuery())
        qtmodeltester.check(model, force_py=True)
        wait_loaded(qtbot, model)
        qtmodeltester.check(model, force_py=True)
        index = model.index(0, OrdersModel.COL_TOTAL)
        assert isinstance(index.data(Qt.ItemDataRole.UserRole), Decimal)


def test_cashier_confirms_a_new_order(qtbot, shop, engine, orders_of_three):
    own, walk_in, _ = orders_of_three
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(walk_in.id)
        assert not panel.ui.confirmOrderButton.isEnabled()  # already confirmed and ready
        assert panel.ui.handOutOrderButton.isEnabled()
        panel.select_order(own.id)
        assert panel.ui.confirmOrderButton.isEnabled()
        assert not panel.ui.handOutOrderButton.isEnabled()
        with qtbot.waitSignal(panel.order_changed, timeout=WAIT):
            qtbot.mouseClick(panel.ui.confirmOrderButton, Qt.MouseButton.LeftButton)
        assert status_shown(panel, own.id) == status_label(OrderStatus.CONFIRMED)
        assert not panel.ui.confirmOrderButton.isEnabled()
        said = panel.ui.ordersMessageLabel.text()  # not "… is now Confirmed."
        assert said == f"Order {own.number}: {status_label(OrderStatus.CONFIRMED)}."


def test_cashier_hands_out_with_a_balance(qtbot, shop, engine, orders_of_three):
    _, walk_in, _ = orders_of_three  # 1250.50, a deposit of 375.15 paid
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(walk_in.id)
        qtbot.mouseClick(panel.ui.handOutOrderButton, Qt.MouseButton.LeftButton)
        dialog = panel.action_dialog
        shown = dialog.collect_label.text().replace("\u00a0", " ")
        assert "875" in shown and "35" in shown  # 1250.50 - 375.15 = 875.35 to collect
        dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(PaymentMethod.CARD))
        with qtbot.waitSignal(panel.order_changed, timeout=WAIT) as blocker:
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        order = blocker.args[0]
        assert order.status is OrderStatus.COMPLETED
        assert order.balance == Decimal("0.00")
        assert status_shown(panel, walk_in.id) == status_label(OrderStatus.COMPLETED)
        balance = panel.model.index(panel.model.row_of(walk_in.id), OrdersModel.COL_BALANCE)
        assert balance.data(Qt.ItemDataRole.UserRole) == Decimal("0.00")
        detail = orders.order_detail(shop.uow, shop.cashier, walk_in.id)
        assert detail.payments[-1].method is PaymentMethod.CARD
        assert detail.payments[-1].amount == Decimal("875.35")


def test_cashier_cancels_with_a_reason_and_stock_returns(qtbot, shop, engine, orders_of_three):
    _, _, other = orders_of_three
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(other.id)
        qtbot.mouseClick(panel.ui.cancelOrderButton, Qt.MouseButton.LeftButton)
        dialog = panel.action_dialog
        assert "showcase" in dialog.findChildren(type(dialog.hint_label))[0].text()
        assert not dialog.ok_button.isEnabled()  # the reason is required
        dialog.reason_edit.setPlainText("   ")
        assert not dialog.ok_button.isEnabled()
        dialog.reason_edit.setPlainText("Покупатель передумал")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        # paid in full: the refund dialog offers everything back, in cash as it was paid
        refund = wait_refund_dialog(qtbot, panel)
        assert refund.amount_spin.value() == 990.00
        assert not refund.keep_radio.isVisible()
        with qtbot.waitSignal(panel.order_changed, timeout=WAIT):
            qtbot.mouseClick(refund.confirm_button, Qt.MouseButton.LeftButton)
        assert status_shown(panel, other.id) == status_label(OrderStatus.CANCELLED)
        detail = orders.order_detail(shop.uow, shop.cashier, other.id)
        assert detail.history[-1].reason == "Покупатель передумал"
        assert [(p.kind, p.amount, p.method) for p in detail.payments][-1] == (
            PaymentKind.REFUND,
            Decimal("990.00"),
            PaymentMethod.CASH,
        )
        with shop.uow as uow:
            assert uow.catalog.stock_of(shop.napoleon) == 10


def test_a_refused_action_is_shown_in_words(qtbot, shop, engine, orders_of_three):
    own, _, _ = orders_of_three
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(own.id)
        orders.confirm_order(shop.uow, shop.admin, own.id)  # another counter was quicker
        with qtbot.waitSignal(panel.model.reloaded, timeout=WAIT):
            panel.confirm_selected()
        assert "cannot become" in panel.ui.ordersMessageLabel.text()
        assert status_shown(panel, own.id) == status_label(OrderStatus.CONFIRMED)
        assert panel.selected_order().id == own.id  # the refresh kept the selection


def test_enter_opens_the_detail(qtbot, shop, engine, orders_of_three):
    own, _, _ = orders_of_three
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(own.id)
        panel.ui.ordersView.setFocus()
        qtbot.keyClick(panel.ui.ordersView, Qt.Key.Key_Return)
        dialog = panel.detail_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.detail is not None, timeout=WAIT)
        assert dialog.detail.order.id == own.id
        dialog.close()


def test_print_buttons_render_the_receipt(
    qtbot, shop, engine, orders_of_three, monkeypatch, tmp_path
):
    _, walk_in, _ = orders_of_three
    monkeypatch.setenv("CAKESHOP_CONFIG_DIR", str(tmp_path))  # no printer set up: the preview
    printed = []
    monkeypatch.setattr(
        "cakeshop_desktop.gui.printing.preview_document",
        lambda parent, document: printed.append(document),
    )
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(walk_in.id)
        qtbot.mouseClick(panel.ui.printTicketButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(printed) == 1, timeout=WAIT)
        assert printed[0].name == f"Order ticket {walk_in.number}"
        assert walk_in.number in str(printed[0].blocks)


def wait_refund_dialog(qtbot, panel) -> RefundDialog:
    qtbot.waitUntil(
        lambda: isinstance(panel.action_dialog, RefundDialog) and panel.action_dialog.isVisible(),
        timeout=WAIT,
    )
    return panel.action_dialog


def test_cashier_keeps_the_deposit_of_a_cancelled_order(qtbot, shop, engine, orders_of_three):
    _, walk_in, _ = orders_of_three  # a deposit of 375.15 on 1250.50
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(walk_in.id)
        qtbot.mouseClick(panel.ui.cancelOrderButton, Qt.MouseButton.LeftButton)
        panel.action_dialog.reason_edit.setPlainText("Не дозвонились")
        qtbot.mouseClick(panel.action_dialog.ok_button, Qt.MouseButton.LeftButton)
        refund = wait_refund_dialog(qtbot, panel)
        assert refund.objectName() == "refundDialog"
        assert refund.keep_radio.isVisible()
        refund.keep_radio.setChecked(True)
        assert refund.amount_spin.value() == 0
        with qtbot.waitSignal(panel.order_changed, timeout=WAIT):
            qtbot.mouseClick(refund.confirm_button, Qt.MouseButton.LeftButton)
        order = orders.order_detail(shop.uow, shop.cashier, walk_in.id).order
        assert (order.status, order.refunded_amount, order.kept) == (
            OrderStatus.CANCELLED,
            Decimal("0.00"),
            Decimal("375.15"),
        )


def test_a_refund_dialog_cancelled_leaves_the_order_as_it_was(qtbot, shop, engine, orders_of_three):
    _, _, other = orders_of_three
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(other.id)
        qtbot.mouseClick(panel.ui.cancelOrderButton, Qt.MouseButton.LeftButton)
        panel.action_dialog.reason_edit.setPlainText("x")
        qtbot.mouseClick(panel.action_dialog.ok_button, Qt.MouseButton.LeftButton)
        wait_refund_dialog(qtbot, panel).reject()
        qtbot.waitUntil(lambda: panel.ui.cancelOrderButton.isEnabled(), timeout=WAIT)
        assert orders.order_detail(shop.uow, shop.cashier, other.id).order.status is not (
            OrderStatus.CANCELLED
        )


def test_a_walk_in_without_a_name_shows_as_walk_in_and_nothing_is_stored(qtbot, shop, engine):
    cart.add_to_cart(shop.uow, shop.cashier, shop.medovik, 1)
    sale = checkout.place_order(
        shop.uow,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=uuid.uuid4().hex,
            customer_name="",
            customer_phone="",
            payment_method=PaymentMethod.CASH,
            paid_amount=Decimal("1250.50"),
            hand_out_now=True,
        ),
    )
    assert sale.customer_name == ""  # the label is only shown, never stored
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        row = panel.model.row_of(sale.id)
        assert panel.model.index(row, OrdersModel.COL_CUSTOMER).data() == "Walk-in"
        panel.select_order(sale.id)
        panel.ui.ordersView.setFocus()
        qtbot.keyClick(panel.ui.ordersView, Qt.Key.Key_Return)
        dialog = panel.detail_dialog
        qtbot.waitUntil(lambda: dialog.detail is not None, timeout=WAIT)
        assert dialog.ui.orderCustomerLabel.text() == "Walk-in"
        dialog.close()
    assert orders.order_detail(shop.uow, shop.cashier, sale.id).order.customer_name == ""
    card = TaskCard(
        id=1,
        version=1,
        status=TaskStatus.QUEUED,
        cake_id=shop.praga,
        cake_name="Прага",
        quantity=1,
        due_at=datetime.now(),
        inscription="",
        notes="",
        allergens=(),
        order_id=sale.id,
        order_number=sale.number,
        customer_name="",
        order_notes="",
        baker="",
        started_at=None,
        finished_at=None,
    )
    assert card_origin(card).endswith("· Walk-in")  # the baker's card says whose it is too
