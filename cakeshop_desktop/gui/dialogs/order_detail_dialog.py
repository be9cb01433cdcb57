"""One order in full: customer, pickup, cakes, payments, status history; print or save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cakeshop_desktop.core.domain import OrderDetailDTO
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.gui import printing
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.file_dialogs import ask_save_path
from cakeshop_desktop.gui.formatting import date_time, money, status_label
from cakeshop_desktop.gui.forms.ui_order_detail_dialog import Ui_OrderDetailDialog
from cakeshop_desktop.gui.models.orders_model import STATUS_COLOURS, STATUS_TEXT_COLOUR
from cakeshop_desktop.gui.print_key import add_print_key
from cakeshop_desktop.gui.printing import PrintKind, payment_kind_label, payment_method_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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
            cell = QTableWidgetItem(value)
            if c in right:
                cell.setTextAlignment(RIGHT)
            table.setItem(r, c, cell)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.resizeRowsToContents()


class OrderDetailDialog(QDialog):
    """Loads orders.order_detail on the workers and shows everything about one order."""

    loaded = Signal(object)  # the OrderDetailDTO, once shown
    pdf_saved = Signal(str)

    def __init__(self, ctx: ShopContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._order_id = order_id
        self.detail: OrderDetailDTO | None = None
        self.setObjectName("orderDetailDialog")
        self.ui = Ui_OrderDetailDialog()
        self.ui.setupUi(self)
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
            orders.order_detail,
            self._order_id,
            on_result=self._show,
            on_error=self._failed,
        )

    # ------------------------------------------------------------ showing

    def _show(self, detail: OrderDetailDTO) -> None:
        self.detail = detail
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
        ui.orderCustomerLabel.setText(order.customer_name or "—")
        ui.orderPhoneLabel.setText(order.customer_phone or "—")
        ui.orderPickupLabel.setText(date_time(order.due_at) or self.tr("not set"))
        ui.orderCreatedLabel.setText(date_time(order.created_at))
        ui.orderPaymentLabel.setText(
            payment_method_label(order.payment_method)
            if order.payment_method is not None
            else self.tr("not paid yet")
        )
        ui.orderDiscountLabel.setText(money(order.discount) if order.discount else "—")
        ui.orderNotesLabel.setText(order.notes or "—")
        self._show_items(detail)
        self._show_payments(detail)
        self._show_history(detail)
        ui.orderDetailTotalsLabel.setText(
            totals_html(
                [
                    (self.tr("Subtotal"), money(order.subtotal)),
                    (self.tr("Discount"), money(-order.discount)),
                    (self.tr("Total"), money(order.total)),
                    (self.tr("Paid"), money(order.paid_amount)),
                    (self.tr("Balance"), money(order.balance)),
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
                    str(item.quantity),
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
                change.reason,
            ]
            for change in detail.history
        ]
        headers = [self.tr("When"), self.tr("Status"), self.tr("By"), self.tr("Reason")]
        _fill(self.ui.orderHistoryTable, headers, rows, set())

    def _failed(self, error: Exception) -> None:
        self.ui.orderTitleLabel.setText(self.tr("Order"))
        self.ui.orderDetailErrorLabel.setText(describe(error))
        self.ui.orderDetailErrorLabel.show()

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (
            self.ui.detailPrintReceiptButton,
            self.ui.detailPrintTicketButton,
            self.ui.savePdfButton,
        ):
            button.setEnabled(enabled)

    # ------------------------------------------------------------ paper

    def print_order(self, kind: PrintKind) -> None:
        if self.detail is not None:
            printing.print_order(self, self.detail, kind)

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
        if self.detail is None:
            return None
        try:
            written = printing.save_pdf(printing.order_html(self.detail, kind), path)
        except OSError as error:
            self.ui.orderDetailErrorLabel.setText(
                self.tr("The PDF could not be written: {0}").format(error)
            )
            self.ui.orderDetailErrorLabel.show()
            return None
        self.pdf_saved.emit(str(written))
        return written
