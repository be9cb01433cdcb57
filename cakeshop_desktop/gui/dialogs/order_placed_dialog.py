"""The new order's number, big, where the cashier looks; its receipt and ticket one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.domain import OrderDetailDTO, OrderDTO
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.gui import printing
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.formatting import date_time, money
from cakeshop_desktop.gui.print_key import add_print_key
from cakeshop_desktop.gui.printing import PrintKind


class OrderPlacedDialog(QDialog):
    """Says which order was placed and what is left to pay; prints its receipt or ticket.

    The order's detail (what the paper needs) loads on the workers while the cashier reads;
    the print buttons wait for it. Enter or Escape closes: the next customer is served.
    """

    printed = Signal(object)  # the PrintKind sent to the printer

    def __init__(
        self, ctx: ShopContext, order: OrderDTO, parent: QWidget | None = None, *, staff: bool
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.order = order
        self.detail: OrderDetailDTO | None = None
        self._waiting_print: PrintKind | None = None
        self._loading = False
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
        self.error_label = QLabel(self)
        self.error_label.setObjectName("orderPlacedErrorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

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
        if staff:
            self._load()

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

    def _load(self) -> None:
        self._loading = True
        self.error_label.hide()
        self._ctx.call(
            self, orders.order_detail, self.order.id, on_result=self._loaded, on_error=self._failed
        )

    @Slot(object)
    def _loaded(self, detail: OrderDetailDTO) -> None:
        self._loading = False
        self.detail = detail
        waiting, self._waiting_print = self._waiting_print, None
        if waiting is not None:
            self.print_order(waiting)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._loading = False
        self._waiting_print = None
        self.error_label.setText(
            self.tr("The receipt cannot be printed now: {0}").format(describe(error))
        )
        self.error_label.show()

    def print_order(self, kind: PrintKind) -> None:
        """The receipt or ticket of the new order (once its detail has arrived)."""
        if self.detail is None:
            self._waiting_print = kind  # printed the moment the detail arrives
            if not self._loading:
                self._load()  # the first try failed: try again
            return
        printing.print_order(self, self.detail, kind)
        self.printed.emit(kind)
