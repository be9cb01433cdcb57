"""The new order's number, big, where the cashier looks; its receipt and ticket one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.domain import OrderDTO
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.formatting import date_time, money
from cakeshop_desktop.gui.print_key import add_print_key
from cakeshop_desktop.gui.printing import PrintKind
from cakeshop_desktop.gui.receipt_printer import ReceiptPrinter
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE


class OrderPlacedDialog(QDialog):
    """Says which order was placed and what is left to pay; prints its receipt or ticket on
    this terminal's printer. Enter or Escape closes: the next customer is served."""

    def __init__(
        self, ctx: ShopContext, order: OrderDTO, parent: QWidget | None = None, *, staff: bool
    ) -> None:
        super().__init__(parent)
        self.order = order
        self.printer = ReceiptPrinter(ctx, self)
        self.printer.printed.connect(self._show_note)
        self.printer.failed.connect(self._show_problem)
        self.setObjectName("orderPlacedDialog")
        self.setAccessibleName(self.tr("Order placed"))
        self.setWindowTitle(self.tr("Order placed"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        title = QLabel(self.tr("Order placed"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 14pt;")
        layout.addWidget(title)
        self.number_label = QLabel(order.number, self)
        self.number_label.setObjectName("orderPlacedNumberLabel")
        self.number_label.setAccessibleName(self.tr("Order number"))
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.setStyleSheet("font-size: 40pt; font-weight: bold; color: #c2185b;")
        layout.addWidget(self.number_label)
        self.summary_label = QLabel(self._summary(order), self)
        self.summary_label.setObjectName("orderPlacedSummaryLabel")
        self.summary_label.setAccessibleName(self.tr("Order summary"))
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.summary_label)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("orderPlacedMessageLabel")
        self.message_label.setAccessibleName(self.tr("Printing"))
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)

        buttons = QDialogButtonBox(self)
        self.receipt_button = self._button(
            "orderPlacedPrintReceiptButton", self.tr("Print &receipt"), buttons
        )
        self.ticket_button = self._button(
            "orderPlacedPrintTicketButton", self.tr("Print &ticket"), buttons
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("orderPlacedCloseButton")
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setDefault(True)  # Enter: on to the next customer
        self.close_button.setAutoDefault(True)
        self.close_button.setFocus()
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.receipt_button.clicked.connect(lambda: self.print_order(PrintKind.RECEIPT))
        self.ticket_button.clicked.connect(lambda: self.print_order(PrintKind.TICKET))
        add_print_key(self, self.tr("Print the receipt"), self.receipt_button)
        for button in (self.receipt_button, self.ticket_button):
            button.setVisible(staff)

    def _button(self, name: str, text: str, box: QDialogButtonBox) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)  # Enter never prints by accident
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def _summary(self, order: OrderDTO) -> str:
        lines = []
        if order.customer_name:
            lines.append(order.customer_name)
        lines.append(self.tr("Total: {0}").format(money(order.total)))
        if order.paid_amount > 0 and order.balance > 0:
            lines.append(
                self.tr("Paid: {0}. Due at pickup: {1}").format(
                    money(order.paid_amount), money(order.balance)
                )
            )
        elif order.balance > 0:
            lines.append(self.tr("To pay at pickup: {0}").format(money(order.balance)))
        else:
            lines.append(self.tr("Paid in full"))
        if order.due_at is not None:
            lines.append(self.tr("Pickup: {0}").format(date_time(order.due_at)))
        return "\n".join(lines)

    def print_order(self, kind: PrintKind) -> None:
        """The receipt or ticket of the new order, on this terminal's printer."""
        self.message_label.hide()
        self.printer.print_order(self.order.id, kind)

    @Slot(str)
    def _show_note(self, text: str) -> None:
        self.message_label.setStyleSheet("")
        self.message_label.setText(text)
        self.message_label.show()

    @Slot(str)
    def _show_problem(self, text: str) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(text)
        self.message_label.show()
