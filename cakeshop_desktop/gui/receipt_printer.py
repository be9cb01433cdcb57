"""The cashier's Print receipt / Print ticket and the cash drawer, on this terminal's printer.

The printer is the `[printer] url` of config.toml (Settings → Printing). Without one, the
print preview opens as before. A thermal printer is written to on the worker pool (a printer
that is off must not freeze the counter); system printers and PDF files print here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cakeshop_desktop import config
from cakeshop_desktop.core.domain import DomainError
from cakeshop_desktop.core.rules.printer_url import PrinterSpec, parse_printer_url
from cakeshop_desktop.core.services.paper import PrintableOrder, printable_order
from cakeshop_desktop.gui import printing
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.printing import PrintKind
from cakeshop_desktop.printers import print_document


def configured_printer() -> PrinterSpec | None:
    """This terminal's printer, None when none is set up (DomainError when its URL is bad)."""
    url = config.printer_url()
    return parse_printer_url(url) if url else None


class ReceiptPrinter(QObject):
    """Prints orders for one window; says how it went through `printed` and `failed`."""

    printed = Signal(str)  # what was printed where, for the window's message line
    failed = Signal(str)  # why not, in words; the order itself is never touched

    def __init__(self, ctx: ShopContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._window = parent

    def print_order(self, order_id: int, kind: PrintKind) -> None:
        """Load the order and the shop's details, then print the receipt or the ticket."""
        self._ctx.call(
            self,
            printable_order,
            order_id,
            on_result=lambda printable: self.print_printable(printable, kind),
            on_error=lambda error: self.failed.emit(describe(error)),
        )

    def print_printable(self, printable: PrintableOrder, kind: PrintKind) -> None:
        try:
            spec = configured_printer()
        except DomainError as error:
            self.failed.emit(describe(error))
            return
        number = printable.detail.order.number
        if spec is None:
            printing.preview_document(self._window, printing.order_document(printable, kind))
            return
        document = printing.order_document(printable, kind, spec.paper)
        what = (
            self.tr("The receipt of order {0}")
            if kind is PrintKind.RECEIPT
            else self.tr("The ticket of order {0}")
        ).format(number)
        if spec.kind.is_escpos:
            self._ctx.workers.submit(
                self,
                print_document,
                spec,
                document,
                on_result=lambda _none: self.printed.emit(
                    self.tr("{0} went to the printer {1}.").format(what, spec.describe())
                ),
                on_error=lambda error: self.failed.emit(describe(error)),
            )
            return
        try:
            written = print_document(spec, document)
        except DomainError as error:
            self.failed.emit(describe(error))
            return
        self.printed.emit(self._done(what, spec, written))

    def _done(self, what: str, spec: PrinterSpec, written: Path | None) -> str:
        if written is not None:
            return self.tr("{0} is saved as {1}.").format(what, written)
        return self.tr("{0} went to the printer {1}.").format(
            what, spec.target or self.tr("(the default printer)")
        )

    def open_cash_drawer(self) -> None:
        """Kick the cash drawer behind the thermal printer, when it has one (cash taken)."""
        try:
            spec = configured_printer()
        except DomainError:
            return  # the receipt's print says what is wrong with the printer
        if spec is None or not spec.can_kick_drawer:
            return
        from cakeshop_desktop.printers.escpos_output import open_cash_drawer

        self._ctx.workers.submit(
            self,
            open_cash_drawer,
            spec,
            on_error=lambda error: self.failed.emit(describe(error)),
        )
