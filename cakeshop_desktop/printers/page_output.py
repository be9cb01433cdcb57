"""Paper documents through Qt: a system printer (QPrinter), a PDF file, the print preview.

Till rolls become one page as long as the receipt, 58 or 80 mm wide; A4 is an invoice page.
The order number's barcode is drawn from python-barcode's Code 128 modules with QPainter.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from cakeshop_desktop.core.documents.receipt_html import barcode_source, document_html
from cakeshop_desktop.core.documents.receipts import Barcode, PaperDocument
from cakeshop_desktop.core.domain import PrinterUnavailable
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules.printer_url import PrinterKind, PrinterSpec

ROLL_MARGIN_MM = 3.0
PAGE_MARGIN_MM = 12.0
MODULE_PX = 4  # one bar module of the drawn barcode; the HTML scales it to the paper
BAR_HEIGHT_PX = 120
QUIET_MODULES = 10


def barcode_image(data: str) -> QImage:
    """Code 128 of `data` as black bars on white, with its quiet zones."""
    import barcode

    modules = barcode.get_barcode_class("code128")(data).build()[0]
    width = (len(modules) + 2 * QUIET_MODULES) * MODULE_PX
    image = QImage(width, BAR_HEIGHT_PX, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    for index, module in enumerate(modules):
        if module == "1":
            x = (QUIET_MODULES + index) * MODULE_PX
            painter.fillRect(x, 0, MODULE_PX, BAR_HEIGHT_PX, Qt.GlobalColor.black)
    painter.end()
    return image


def text_document(document: PaperDocument) -> QTextDocument:
    """The document as Qt rich text, its barcodes drawn."""
    text = QTextDocument()
    for block in document.blocks:
        if isinstance(block, Barcode):
            text.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(barcode_source(block.data)),
                barcode_image(block.data),
            )
    text.setHtml(document_html(document))
    return text


def _layout_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchX() if screen is not None else 96.0


def prepare(printer: QPrinter, document: PaperDocument) -> QTextDocument:
    """Set the printer's page for the document's paper; the laid-out text to print on it.

    A roll is one page exactly as long as the receipt, so nothing is cut off or wasted.
    """
    text = text_document(document)
    dpi = _layout_dpi()  # the text layout's units per inch
    paper = document.paper
    margin = ROLL_MARGIN_MM if paper.is_roll else PAGE_MARGIN_MM
    if paper.is_roll:
        width_mm = float(paper.millimetres)
        text.setTextWidth((width_mm - 2 * margin) / 25.4 * dpi)
        height_mm = text.size().height() / dpi * 25.4 + 2 * margin + 2
        size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, paper.value)
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
    printer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin, margin, margin, margin),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = printer.pageRect(QPrinter.Unit.Inch)
    # setPageSize also drops Qt's default 2 cm margins and page numbers
    text.setPageSize(QSizeF(page.width() * dpi, page.height() * dpi))
    return text


def save_pdf(document: PaperDocument, path: str | Path) -> Path:
    """Write the document as a PDF file; returns the path (".pdf" added when missing)."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(document.name)
    prepare(printer, document).print_(printer)
    if not path.is_file() or path.stat().st_size == 0:
        raise PrinterUnavailable(tr_noop("Could not write {0}"), path)
    return path


def pdf_path(folder: str | Path, document: PaperDocument, now: datetime | None = None) -> Path:
    """A new file in the folder named after the document and the minute: a reprint never
    overwrites an earlier one."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H-%M-%S")
    name = "".join(c if c.isalnum() or c in " -_№" else "_" for c in document.name).strip()
    path = Path(folder) / f"{name} {stamp}.pdf"
    number = 2
    while path.exists():
        path = Path(folder) / f"{name} {stamp} ({number}).pdf"
        number += 1
    return path


def print_page(spec: PrinterSpec, document: PaperDocument) -> Path | None:
    """Print on the system printer of `spec`, or write a PDF into its folder (the path)."""
    if spec.kind is PrinterKind.PDF:
        folder = Path(spec.target).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PrinterUnavailable(
                tr_noop("The PDF folder {0} cannot be made ({1})"), folder, exc.strerror
            ) from None
        return save_pdf(document, pdf_path(folder, document))
    if spec.kind is not PrinterKind.SYSTEM:
        raise PrinterUnavailable(
            tr_noop("{0} is not a system printer or a PDF folder"), spec.kind.value
        )
    info = _system_printer(spec.target)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.name)
    prepare(printer, document).print_(printer)
    return None


def _system_printer(name: str) -> QPrinterInfo:
    if not name:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrinterUnavailable(tr_noop("This computer has no default printer"))
        return info
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrinterUnavailable(tr_noop("This computer has no printer named {0}"), name)
    return info


def system_printer_names() -> list[str]:
    """The printers the system knows, for Settings → Printing."""
    return QPrinterInfo.availablePrinterNames()
