"""Where receipts and tickets go: thermal printers (ESC/POS), system printers and PDF folders.

`print_document(spec, document)` picks the way from the printer's URL (core.rules.printer_url).
The ESC/POS side needs no Qt and may run on any thread; the page side uses QPrinter and runs
where the QGuiApplication lives.
"""

from __future__ import annotations

from pathlib import Path

from cakeshop_desktop.core.documents.receipts import PaperDocument
from cakeshop_desktop.core.rules.printer_url import PrinterSpec


def print_document(
    spec: PrinterSpec, document: PaperDocument, *, open_drawer: bool = False
) -> Path | None:
    """Print the document on the printer of `spec`; the PDF file's path for a PDF folder.

    `open_drawer` also kicks the cash drawer behind a thermal printer (cash taken).
    Failures are PrinterUnavailable with a message for the cashier.
    """
    if spec.kind.is_escpos:
        from cakeshop_desktop.printers.escpos_output import print_escpos

        print_escpos(spec, document, open_drawer=open_drawer)
        return None
    from cakeshop_desktop.printers.page_output import print_page

    return print_page(spec, document)
