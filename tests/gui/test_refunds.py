"""Returns at the counter (issue #15 item 4): a cake of a handed-out order comes back from the
order's window through refundDialog, and the Z report shows the refund by method."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from cakeshop_desktop.core.domain import MovementKind, PaymentKind, PaymentMethod
from cakeshop_desktop.core.services import orders, reports
from cakeshop_desktop.gui.dialogs.order_detail_dialog import OrderDetailDialog
from cakeshop_desktop.gui.dialogs.refund_dialog import RefundDialog
from tests.gui.order_helpers import shop_context
from tests.integration.support import cashier_sale, rows, stock

WAIT = 15_000


def open_detail(qtbot, ctx, order_id) -> OrderDetailDialog:
    dialog = OrderDetailDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=WAIT)
    return dialog


def test_a_cake_brought_back_goes_to_waste_and_its_money_back(qtbot, shop, engine):
    sale = cashier_sale(
        shop.uow,
        shop.cashier,
        {shop.napoleon: 2},
        payment_method=PaymentMethod.CASH,
        hand_out_now=True,
    )
    on_showcase = stock(shop.uow, shop.napoleon)
    with shop_context(engine, shop.cashier) as ctx:
        dialog = open_detail(qtbot, ctx, sale.id)
        assert not dialog.return_button.isEnabled()  # no line chosen yet
        dialog.ui.orderItemsTable.selectRow(0)
        assert dialog.return_button.isEnabled()
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.refund_dialog is not None, timeout=WAIT)
        refund: RefundDialog = dialog.refund_dialog
        assert refund.objectName() == "refundDialog"
        assert refund.amount_spin.objectName() == "refundAmountSpin"
        assert refund.amount_spin.value() == 990.00
        assert not refund.confirm_button.isEnabled()  # the reason is required
        # two cakes: the offer follows the quantity
        refund.quantity_spin.setValue(2)
        qtbot.waitUntil(lambda: refund.amount_spin.maximum() == 1980.00, timeout=WAIT)
        refund.quantity_spin.setValue(1)
        qtbot.waitUntil(lambda: refund.amount_spin.maximum() == 990.00, timeout=WAIT)
        refund.waste_radio.setChecked(True)
        refund.reason_edit.setText("Помят")
        refund.amount_spin.setValue(500.00)
        assert refund.confirm_button.isEnabled()
        with qtbot.waitSignal(dialog.order_changed, timeout=WAIT):
            qtbot.mouseClick(refund.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.detail is not None and dialog.detail.order.refunded_amount > 0,
            timeout=WAIT,
        )
        assert "(1 returned)" in dialog.ui.orderItemsTable.item(0, 1).text()
    detail = orders.order_detail(shop.uow, shop.cashier, sale.id)
    assert [(p.kind, p.amount, p.method) for p in detail.payments][-1] == (
        PaymentKind.REFUND,
        Decimal("500.00"),
        PaymentMethod.CASH,
    )
    assert stock(shop.uow, shop.napoleon) == on_showcase  # into waste, not the showcase
    assert rows(
        shop.uow,
        "SELECT kind, reason FROM stock_movements WHERE order_id = :o ORDER BY id",
        o=sale.id,
    )[-2:] == [(MovementKind.RETURN.value, "Помят"), (MovementKind.WASTE.value, "Помят")]
    z = reports.shift_report(shop.uow, shop.cashier, shop.cashier.id, date.today())
    assert z.drawer_cash == Decimal("1480.00")


def test_a_baker_sees_no_return_button(qtbot, shop, engine):
    sale = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, hand_out_now=True)
    with shop_context(engine, shop.baker) as ctx:
        dialog = open_detail(qtbot, ctx, sale.id)
        assert not dialog.return_button.isVisible()
