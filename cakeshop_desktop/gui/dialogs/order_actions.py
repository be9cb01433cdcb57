"""Small questions before an order changes: how the balance is paid at hand-out, why it is cancelled."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.domain import OrderDTO, PaymentMethod
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.gui.formatting import money
from cakeshop_desktop.gui.labels import payment_method_label
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE

if TYPE_CHECKING:
    from cakeshop_desktop.gui.context import ShopContext
    from cakeshop_desktop.gui.receipt_printer import ReceiptPrinter

MAX_REASON = 500  # orders.cancel_order keeps at most this much


def fill_payment_methods(combo: QComboBox) -> None:
    """Cash, card and transfer, each with its PaymentMethod as item data."""
    combo.clear()
    for method in PaymentMethod:
        combo.addItem(payment_method_label(method), method)


def hand_out_order(
    ctx: ShopContext,
    owner: QObject,
    printer: ReceiptPrinter,
    order_id: int,
    method: PaymentMethod | None,
    *,
    on_result: Callable[[OrderDTO], None],
    on_error: Callable[[Exception], None],
) -> None:
    """orders.hand_out on the workers; a balance taken in cash opens the till's drawer."""

    def handed_out(order: OrderDTO) -> None:
        if method == PaymentMethod.CASH:  # the combo gives the enum back as its str value
            printer.open_cash_drawer()
        on_result(order)

    ctx.call(owner, orders.hand_out, order_id, method, on_result=handed_out, on_error=on_error)


class HandOutDialog(QDialog):
    """Confirms a hand-out and, when a balance is due, asks how it is paid."""

    def __init__(self, order: OrderDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOutDialog")
        self.setWindowTitle(self.tr("Hand out order {0}").format(order.number))
        self.setMinimumWidth(340)
        self._order = order
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("Hand order <b>{0}</b> to <b>{1}</b>?").format(
                order.number, order.customer_name or self.tr("the customer")
            ),
            self,
        )
        layout.addWidget(summary)
        form = QFormLayout()
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("handOutMethodCombo")
        self.method_combo.setAccessibleName(self.tr("How the balance is paid"))
        fill_payment_methods(self.method_combo)
        if order.payment_method is not None:
            self.method_combo.setCurrentIndex(self.method_combo.findData(order.payment_method))
        self.collect_label = QLabel(self)
        self.collect_label.setObjectName("handOutCollectLabel")
        self.collect_label.setAccessibleName(self.tr("Amount to collect"))
        if order.balance > 0:
            self.collect_label.setText(
                self.tr("<span style='font-size:16pt'>Collect <b>{0}</b></span>").format(
                    money(order.balance)
                )
            )
            form.addRow(self.tr("Paid so far:"), QLabel(money(order.paid_amount), self))
            form.addRow(self.collect_label)
            form.addRow(self.tr("Paid by:"), self.method_combo)
        else:
            self.collect_label.setText(self.tr("Paid in full: nothing to collect."))
            self.method_combo.hide()
            form.addRow(self.collect_label)
        nest(layout, form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = QPushButton(self.tr("Hand out"), self)
        self.ok_button.setObjectName("handOutConfirmButton")
        self.ok_button.setAccessibleName(self.tr("Hand out"))
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def method(self) -> PaymentMethod | None:
        """How the balance is paid, or None when nothing is due."""
        if self._order.balance <= 0:
            return None
        return self.method_combo.currentData()


class CancelOrderDialog(QDialog):
    """Asks why an order is cancelled and says what happens to stock and money."""

    def __init__(
        self, order: OrderDTO, reason_required: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cancelOrderDialog")
        self.setWindowTitle(self.tr("Cancel order {0}").format(order.number))
        self.setMinimumWidth(440)
        self._required = reason_required
        layout = QVBoxLayout(self)
        consequences = [
            self.tr("Cakes taken from the showcase go back on the showcase."),
            self.tr("The production room booked for made-to-order cakes is freed."),
        ]
        if order.kept > 0:
            consequences.append(
                self.tr("The customer paid {0}: next, choose how much of it goes back.").format(
                    money(order.kept)
                )
            )
        info = QLabel("<br/>".join(consequences), self)
        info.setWordWrap(True)
        layout.addWidget(info)
        label = QLabel(
            self.tr("&Reason (required):") if reason_required else self.tr("&Reason:"), self
        )
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("cancelReasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Reason for cancelling"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        label.setBuddy(self.reason_edit)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("cancelHintLabel")
        self.hint_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.hint_label)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Cancel the order"), self)
        self.ok_button.setObjectName("cancelOrderConfirmButton")
        self.ok_button.setAccessibleName(self.tr("Cancel the order"))
        keep = QPushButton(self.tr("Keep the order"), self)
        keep.setObjectName("keepOrderButton")
        keep.setAccessibleName(self.tr("Keep the order"))
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
        keep.setDefault(True)  # Enter never cancels an order by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_edit.textChanged.connect(self._check)
        self._check()
        self.reason_edit.setFocus()

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    @Slot()
    def _check(self) -> None:
        too_long = len(self.reason) > MAX_REASON
        missing = self._required and not self.reason
        self.ok_button.setEnabled(not too_long and not missing)
        self.hint_label.setText(
            self.tr("At most {0} characters.").format(MAX_REASON) if too_long else ""
        )
        self.hint_label.setVisible(too_long)
