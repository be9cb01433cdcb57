"""`cakeshop receipt ORDER_NUMBER --printer URL`: one order's receipt or ticket from the shell.

Money, dates and words are the app's own (QLocale and the chosen language), so the paper is
the one the counter would print. A bad order number or printer is one line and exit code 2.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from cakeshop_desktop import config
from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules.printer_url import PrinterSpec, parse_printer_url

if TYPE_CHECKING:
    from sqlalchemy import Engine


def add_parser(commands: argparse._SubParsersAction) -> None:
    receipt = commands.add_parser(
        "receipt", help="print one order's receipt (or ticket) on a printer"
    )
    receipt.add_argument("number", metavar="ORDER_NUMBER", help="the order's number, e.g. 002255")
    receipt.add_argument(
        "--printer",
        metavar="URL",
        help="e.g. escpos+tcp://192.168.1.50:9100?width=80, escpos+file:///dev/usb/lp0, "
        "system:NAME, pdf:/folder (default: this computer's printer from Settings → Printing)",
    )
    receipt.add_argument(
        "--ticket", action="store_true", help="the order ticket (number, barcode, cakes) instead"
    )


def chosen_printer(url: str | None) -> PrinterSpec:
    """--printer, else the config file's printer; InvalidInput when neither is usable."""
    url = url or config.printer_url()
    if not url:
        raise InvalidInput(
            tr_noop(
                "No printer: give --printer URL or choose one in Settings → Printing (the [printer] url of {0})"
            ),
            config.config_file(),
        )
    return parse_printer_url(url)


def print_receipt(engine: Engine, args: argparse.Namespace) -> str:
    """Print as asked; what was done, in one line. DomainErrors say what went wrong."""
    spec = chosen_printer(args.printer)
    from cakeshop_desktop.core.services.paper import console_printable_order
    from cakeshop_desktop.core.uow import UnitOfWork

    printable = console_printable_order(UnitOfWork(engine), args.number)
    _application()
    from cakeshop_desktop.gui.printing import PrintKind, order_document
    from cakeshop_desktop.printers import print_document

    kind = PrintKind.TICKET if args.ticket else PrintKind.RECEIPT
    written: Path | None = print_document(spec, order_document(printable, kind, spec.paper))
    what = "ticket" if args.ticket else "receipt"
    number = printable.detail.order.number
    if written is not None:
        return f"The {what} of order {number} is saved as {written}"
    return f"The {what} of order {number} went to the printer {spec.describe() or 'by default'}"


def _application() -> None:
    """Qt for the locale, the translations and QPrinter; no window is shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cakeshop_desktop.gui.language import install_translations

    app = QApplication.instance() or QApplication(["cakeshop"])
    install_translations(app)
