"""One order in full: customer, pickup, cakes, payments, status history; hand it out, print
it on this terminal's printer or save it as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QWidget,
)

from cakeshop_desktop.core.domain import (
    DomainError,
    OrderDetailDTO,
    OrderDTO,
    OrderItemDTO,
    OrderStatus,
    PaymentMethod,
    Role,
)
from cakeshop_desktop.core.rules.printer_url import Paper
from cakeshop_desktop.core.services import refunds
from cakeshop_desktop.core.services.paper import PrintableOrder, printable_order
from cakeshop_desktop.core.services.refunds import RefundOffer
from cakeshop_desktop.gui import formatting, printing
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs.order_actions import HandOutDialog, hand_out_order
from cakeshop_desktop.gui.dialogs.refund_dialog import RefundDialog
from cakeshop_desktop.gui.errors import describe, reason_text
from cakeshop_desktop.gui.file_dialogs import ask_save_path
from cakeshop_desktop.gui.formatting import date_time, money
from cakeshop_desktop.gui.forms.ui_order_detail_dialog import Ui_OrderDetailDialog
from cakeshop_desktop.gui.labels import (
    customer_label,
    payment_kind_label,
    payment_method_label,
    status_label,
)
from cakeshop_desktop.gui.models.orders_model import STATUS_COLOURS, STATUS_TEXT_COLOUR
from cakeshop_desktop.gui.print_key import add_print_key
from cakeshop_desktop.gui.printing import PrintKind
from cakeshop_desktop.gui.receipt_printer import ReceiptPrinter
from cakeshop_desktop.gui.widgets.layouts import set_up_form
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE
from cakeshop_desktop.gui.widgets.view_items import set_table_cell
from cakeshop_desktop.gui.window_geometry import place_dialog
from cakeshop_desktop.printers.page_output import save_pdf

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STAFF = frozenset({Role.CASHIER, Role.ADMIN})


def totals_html(rows: list[tuple[str, str]], emphasised: frozenset[int] = frozenset()) -> str:
    """A right-aligned two-column table of totals; the rows in `emphasised` are bold."""
    cells = []
    for number, (name, value) in enumerate(rows):
        weight = "font-weight:bold;" if number in emphasised else ""
        cells.append(
            f"<tr><td style='padding-right:12px;{weight}'>{name}</td>"
            f"<td align='right' style='{weight}'>{value}</td></tr>"
        )
    return "<table cellspacing='2'>" + "".join(cells) + "</table>"


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]], right: set[int]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = set_table_cell(table, r, c, value)
            if c in right:
                cell.setTextAlignment(RIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.resizeRowsToContents()


class OrderDetailDialog(QDialog):
    """Loads orders.order_detail on the workers and shows everything about one order."""

    loaded = Signal(object)  # the OrderDetailDTO, once shown
    pdf_saved = Signal(str)
    order_changed = Signal(object)  # the OrderDTO after a hand-out here

    def __init__(self, ctx: ShopContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._order_id = order_id
        self.detail: OrderDetailDTO | None = None
        self.printable: PrintableOrder | None = None
        self.setObjectName("orderDetailDialog")
        self.ui = Ui_OrderDetailDialog()
        set_up_form(self.ui, self)
        self.printer = ReceiptPrinter(ctx, self)
        self.printer.printed.connect(self._show_note)
        self.printer.failed.connect(self._show_problem)
        self.hand_out_button = QPushButton(self.tr("&Hand out…"), self)
        self.hand_out_button.setObjectName("detailHandOutButton")
        self.hand_out_button.setAccessibleName(self.tr("Hand out"))
        self.hand_out_button.setVisible(ctx.actor is not None and ctx.actor.role in STAFF)
        self.hand_out_button.clicked.connect(self.hand_out)
        self.ui.buttonsLayout.insertWidget(0, self.hand_out_button)
        self.hand_out_dialog: HandOutDialog | None = None
        self.return_button = QPushButton(self.tr("Return a &cake…"), self)
        self.return_button.setObjectName("detailReturnButton")
        self.return_button.setAccessibleName(self.tr("Return a cake"))
        self.return_button.setToolTip(
            self.tr("Choose the line of the cake the customer brought back, then press here")
        )
        self.return_button.setVisible(ctx.actor is not None and ctx.actor.role in STAFF)
        self.return_button.clicked.connect(self.return_selected)
        self.ui.buttonsLayout.insertWidget(1, self.return_button)
        self.ui.orderItemsTable.itemSelectionChanged.connect(self._update_return_button)
        self.refund_dialog: RefundDialog | None = None
        place_dialog(self)
        self.setWindowTitle(self.tr("Order"))
        self.ui.orderTitleLabel.setText(self.tr("Loading…"))
        self.ui.orderDetailErrorLabel.hide()
        self.ui.orderStatusLabel.hide()
        self._set_actions_enabled(False)
        self.ui.closeDetailButton.setDefault(True)
        self.ui.closeDetailButton.clicked.connect(self.accept)
        self.ui.detailPrintReceiptButton.clicked.connect(
            lambda: self.print_order(PrintKind.RECEIPT)
        )
        self.ui.detailPrintTicketButton.clicked.connect(lambda: self.print_order(PrintKind.TICKET))
        self.ui.savePdfButton.clicked.connect(self._ask_pdf_path)
        add_print_key(self, self.tr("Print the receipt"), self.ui.detailPrintReceiptButton)
        self.reload()

    def reload(self) -> None:
        self._ctx.call(
            self,
            printable_order,
            self._order_id,
            on_result=self._show,
            on_error=self._failed,
        )

    # ------------------------------------------------------------ showing

    def _show(self, printable: PrintableOrder) -> None:
        self.printable = printable
        self.detail = detail = printable.detail
        order = detail.order
        ui = self.ui
        self.setWindowTitle(self.tr("Order {0}").format(order.number))
        ui.orderTitleLabel.setText(self.tr("Order № {0}").format(order.number))
        ui.orderStatusLabel.setText(status_label(order.status))
        ui.orderStatusLabel.setStyleSheet(
            f"background:{STATUS_COLOURS[order.status]}; color:{STATUS_TEXT_COLOUR};"
            "padding:4px 12px; border-radius:8px; font-weight:bold;"
        )
        ui.orderStatusLabel.show()
        ui.orderCustomerLabel.setText(customer_label(order.customer_name))
        ui.orderPhoneLabel.setText(order.customer_phone or "—")
        ui.orderPickupLabel.setText(date_time(order.due_at) or self.tr("not set"))
        ui.orderCreatedLabel.setText(date_time(order.created_at))
        ui.orderPaymentLabel.setText(
            payment_method_label(order.payment_method)
            if order.payment_method is not None
            else self.tr("not paid yet")
        )
        ui.orderDiscountLabel.setText(
            formatting.discount(order.discount, order.subtotal) if order.discount else "—"
        )
        ui.orderNotesLabel.setText(order.notes or "—")
        self._show_items(detail)
        self._show_payments(detail)
        self._show_history(detail)
        ui.orderDetailTotalsLabel.setText(
            totals_html(
                [
                    (self.tr("Subtotal"), money(order.subtotal)),
                    (self.tr("Discount"), formatting.discount(order.discount, order.subtotal)),
                    (self.tr("Total"), money(order.total)),
                    (self.tr("Paid"), money(order.paid_amount)),
                    (self.tr("Balance"), money(order.balance)),
                    *(
                        [(self.tr("Given back"), money(-order.refunded_amount))]
                        if order.refunded_amount
                        else []
                    ),
                ],
                frozenset({2, 4}),
            )
        )
        self._set_actions_enabled(True)
        self.loaded.emit(detail)

    def _show_items(self, detail: OrderDetailDTO) -> None:
        rows = []
        for item in detail.items:
            extras = []
            if item.inscription:
                extras.append(self.tr("Inscription: «{0}»").format(item.inscription))
            if item.notes:
                extras.append(item.notes)
            rows.append(
                [
                    item.cake_name + (self.tr(" (made to order)") if item.made_to_order else ""),
                    str(item.quantity)
                    + (
                        self.tr(" (%n returned)", "", item.returned_quantity)
                        if item.returned_quantity
                        else ""
                    ),
                    money(item.unit_price),
                    money(item.line_total),
                    "\n".join(extras),
                ]
            )
        headers = [
            self.tr("Cake"),
            self.tr("Qty"),
            self.tr("Unit price"),
            self.tr("Line total"),
            self.tr("Inscription / notes"),
        ]
        _fill(self.ui.orderItemsTable, headers, rows, {1, 2, 3})

    def _show_payments(self, detail: OrderDetailDTO) -> None:
        rows = [
            [
                date_time(payment.taken_at),
                payment_kind_label(payment.kind),
                payment_method_label(payment.method),
                money(payment.amount),
                payment.taken_by or "",
            ]
            for payment in detail.payments
        ]
        headers = [
            self.tr("When"),
            self.tr("What"),
            self.tr("How"),
            self.tr("Amount"),
            self.tr("Taken by"),
        ]
        _fill(self.ui.orderPaymentsTable, headers, rows, {3})

    def _show_history(self, detail: OrderDetailDTO) -> None:
        rows = [
            [
                date_time(change.changed_at),
                status_label(change.to_status),
                change.changed_by or "",
                reason_text(change.reason),
            ]
            for change in detail.history
        ]
        headers = [self.tr("When"), self.tr("Status"), self.tr("By"), self.tr("Reason")]
        _fill(self.ui.orderHistoryTable, headers, rows, set())

    def _failed(self, error: Exception) -> None:
        if self.detail is None:
            self.ui.orderTitleLabel.setText(self.tr("Order"))
        self._show_problem(describe(error))

    @Slot(str)
    def _show_problem(self, text: str) -> None:
        self._say(text, ERROR_STYLE)

    @Slot(str)
    def _show_note(self, text: str) -> None:
        self._say(text, "")

    def _say(self, text: str, style: str) -> None:
        label = self.ui.orderDetailErrorLabel
        label.setStyleSheet(style)
        label.setText(text)
        label.show()

    def _returnable_line(self) -> OrderItemDTO | None:
        """The selected line when cakes of it can still come back."""
        detail = self.detail
        if detail is None or detail.order.status is not OrderStatus.COMPLETED:
            return None
        row = self.ui.orderItemsTable.currentRow()
        if not 0 <= row < len(detail.items):
            return None
        item = detail.items[row]
        if item.made_to_order or item.quantity <= item.returned_quantity:
            return None
        return item

    @Slot()
    def _update_return_button(self) -> None:
        self.return_button.setEnabled(self._returnable_line() is not None)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (
            self.ui.detailPrintReceiptButton,
            self.ui.detailPrintTicketButton,
            self.ui.savePdfButton,
        ):
            button.setEnabled(enabled)
        ready = self.detail is not None and self.detail.order.status is OrderStatus.READY
        self.hand_out_button.setEnabled(enabled and ready)
        self.return_button.setEnabled(enabled and self._returnable_line() is not None)
        # a scanned ticket at pickup: Enter hands the order out, as the cashier expects
        self.hand_out_button.setDefault(enabled and ready)
        self.ui.closeDetailButton.setDefault(not (enabled and ready))
        if enabled and ready and self.hand_out_button.isVisible():
            self.hand_out_button.setFocus()

    # ------------------------------------------------------------ hand-out

    @Slot()
    def hand_out(self) -> None:
        """Collect the balance and give the order to the customer (a cashier's action)."""
        if self.detail is None or self.detail.order.status is not OrderStatus.READY:
            return
        order = self.detail.order
        dialog = HandOutDialog(order, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._hand_out(order, dialog.method))
        self.hand_out_dialog = dialog
        dialog.open()

    def _hand_out(self, order: OrderDTO, method: PaymentMethod | None) -> None:
        self._set_actions_enabled(False)
        hand_out_order(
            self._ctx,
            self,
            self.printer,
            order.id,
            method,
            on_result=self._handed_out,
            on_error=self._hand_out_failed,
        )

    def _handed_out(self, order: OrderDTO) -> None:
        self.order_changed.emit(order)
        self.reload()

    def _hand_out_failed(self, error: Exception) -> None:
        self._show_problem(describe(error))
        self.reload()  # somebody else may have moved the order meanwhile

    # ------------------------------------------------------------ returns

    @Slot()
    def return_selected(self) -> None:
        """Cakes of the selected line come back: ask how many, where they go, the refund."""
        item = self._returnable_line()
        if item is None or self.detail is None:
            return
        self.return_button.setEnabled(False)
        self._ctx.call(
            self,
            refunds.return_offer,
            self.detail.order.id,
            item.id,
            1,
            on_result=lambda offer: self._ask_return(item, offer),
            on_error=self._return_failed,
        )

    def _ask_return(self, item: OrderItemDTO, offer: RefundOffer) -> None:
        dialog = RefundDialog(offer, self, item=item)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.quantity_changed.connect(lambda quantity: self._new_offer(dialog, item, quantity))
        dialog.accepted.connect(lambda: self._return(item, dialog))
        dialog.finished.connect(self._update_return_button)
        self.refund_dialog = dialog
        dialog.open()

    def _new_offer(self, dialog: RefundDialog, item: OrderItemDTO, quantity: int) -> None:
        assert self.detail is not None
        self._ctx.call(
            dialog,
            refunds.return_offer,
            self.detail.order.id,
            item.id,
            quantity,
            on_result=dialog.set_offer,
            on_error=self._return_failed,
        )

    def _return(self, item: OrderItemDTO, dialog: RefundDialog) -> None:
        assert self.detail is not None
        self._set_actions_enabled(False)
        self._ctx.call(
            self,
            refunds.return_cakes,
            self.detail.order.id,
            item.id,
            dialog.quantity,
            to_showcase=dialog.to_showcase,
            reason=dialog.reason,
            refund=dialog.amount,
            method=dialog.method,
            on_result=self._handed_out,
            on_error=self._hand_out_failed,
        )

    def _return_failed(self, error: Exception) -> None:
        self._show_problem(describe(error))
        self._update_return_button()

    # ------------------------------------------------------------ paper

    def print_order(self, kind: PrintKind) -> None:
        """The receipt or the ticket on this terminal's printer (the preview without one)."""
        if self.printable is not None:
            self.printer.print_printable(self.printable, kind)

    @Slot()
    def _ask_pdf_path(self) -> None:
        if self.detail is None:
            return
        suggested = self.tr("receipt-{0}.pdf").format(self.detail.order.number)
        path = ask_save_path(
            self, self.tr("Save receipt as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | Path, kind: PrintKind = PrintKind.RECEIPT) -> Path | None:
        """Write the receipt (or ticket) of the shown order to a PDF file."""
        if self.printable is None:
            return None
        try:
            written = save_pdf(printing.order_document(self.printable, kind, Paper.A4), path)
        except (OSError, DomainError) as error:
            reason = describe(error) if isinstance(error, DomainError) else str(error)
            self._show_problem(self.tr("The PDF could not be written: {0}").format(reason))
            return None
        self.pdf_saved.emit(str(written))
        return written
