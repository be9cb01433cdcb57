"""Paper in the user's language: the receipt's words and formats, the print preview and dialog.

Receipts and tickets are built in core.documents.receipts with the labels below (QLocale money and
dates, exactly as on screen) and printed by cakeshop_desktop.printers; reports and lists
still come as HTML and print through the same QTextDocument way.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from cakeshop_desktop.core.documents.receipts import (
    DEFAULT_SHOP_NAME,
    PaperDocument,
    ReceiptLabels,
    receipt,
    ticket,
)
from cakeshop_desktop.core.domain import OrderStatus, PaymentKind, PaymentMethod
from cakeshop_desktop.core.rules.printer_url import Paper
from cakeshop_desktop.core.services.paper import PrintableOrder
from cakeshop_desktop.gui.formatting import date_time, money
from cakeshop_desktop.gui.i18n import tr as _tr
from cakeshop_desktop.gui.labels import payment_kind_label, payment_method_label, status_label

SHOP_NAME = DEFAULT_SHOP_NAME


class PrintKind(Enum):
    """Which paper an order prints on."""

    RECEIPT = "receipt"
    TICKET = "ticket"


def receipt_labels() -> ReceiptLabels:
    """The receipt's words through the application's translations."""
    return ReceiptLabels(
        receipt_title=_tr("Receipt"),
        invoice_title=_tr("Invoice"),
        ticket_title=_tr("Order ticket"),
        order=_tr("Order"),
        created=_tr("Date"),
        customer=_tr("Customer"),
        phone=_tr("Phone"),
        pickup=_tr("Pickup"),
        status=_tr("Status"),
        cake=_tr("Cake"),
        quantity=_tr("Qty"),
        price=_tr("Price"),
        amount=_tr("Amount"),
        inscription=_tr("Inscription"),
        notes=_tr("Notes"),
        subtotal=_tr("Subtotal"),
        discount=_tr("Discount"),
        total=_tr("Total"),
        paid=_tr("Paid"),
        balance=_tr("Balance due"),
        method=_tr("Paid by"),
        payments=_tr("Payments"),
        made_to_order=_tr("made to order"),
        thanks=_tr("Thank you for your order!"),
        printed=_tr("Printed"),
        shop_phone=_tr("Tel."),
        tax_number=_tr("Tax number"),
        statuses={status: status_label(status) for status in OrderStatus},
        methods={method: payment_method_label(method).lower() for method in PaymentMethod},
        kinds={kind: payment_kind_label(kind) for kind in PaymentKind},
        money=money,
        decimal_point=QLocale().decimalPoint(),
        date_time=lambda value: date_time(value) or "—",
    )


def order_document(
    printable: PrintableOrder, kind: PrintKind, paper: Paper = Paper.A4
) -> PaperDocument:
    """The receipt (an invoice on A4) or the ticket of an order, in the user's language."""
    if kind is PrintKind.TICKET:
        return ticket(printable.detail, printable.shop, paper, receipt_labels())
    return receipt(printable.detail, printable.shop, paper, receipt_labels())


def _document(html: str, printer: QPrinter) -> QTextDocument:
    """The HTML laid out on the printer's page (else Qt adds 2 cm margins and page numbers)."""
    document = QTextDocument()
    document.setHtml(html)
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchX() if screen is not None else 96.0  # the layout's units
    page = printer.pageRect(QPrinter.Unit.Inch)
    document.setPageSize(QSizeF(page.width() * dpi, page.height() * dpi))
    return document


def _prepare(printer: QPrinter) -> None:
    # A5 suits both a receipt and a ticket on an ordinary office printer.
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5),
            QPageLayout.Orientation.Portrait,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )


def save_pdf(html: str, path: str | Path) -> Path:
    """Write the HTML as a PDF file; returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(path.stem)
    _prepare(printer)
    _document(html, printer).print_(printer)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(_tr("Could not write {0}").format(path))
    return path


def preview(parent: QWidget | None, html: str, title: str = "") -> None:
    """A print preview; the user prints from it or closes it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer)
    document = _document(html, printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title or _tr("Print preview"))
    dialog.paintRequested.connect(document.print_)
    dialog.exec()


def print_with_dialog(parent: QWidget | None, html: str) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _document(html, printer).print_(printer)
    return True


def preview_document(parent: QWidget | None, document: PaperDocument) -> None:
    """A print preview of a receipt or a ticket on its paper; printed from there or closed."""
    from cakeshop_desktop.printers.page_output import prepare

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    text = prepare(printer, document)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(document.name)
    dialog.paintRequested.connect(text.print_)
    dialog.exec()
