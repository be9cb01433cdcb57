"""Settings → Printing: this terminal's printer for receipts and tickets, kept in config.toml.

The fields build the printer's URL (core.rules.printer_url) and the URL, typed by hand, fills the
fields; *Print a test page* tries the printer as set before anything is saved.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop import config
from cakeshop_desktop.core.documents.receipts import (
    Align,
    Barcode,
    Heading,
    HeadingSize,
    Pair,
    PaperDocument,
    Rule,
    Text,
)
from cakeshop_desktop.core.domain import DomainError, InvalidInput
from cakeshop_desktop.core.rules.printer_url import (
    DEFAULT_BAUDRATE,
    DEFAULT_PORT,
    DRAWER_PINS,
    Paper,
    PrinterKind,
    PrinterSpec,
    parse_printer_url,
)
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.file_dialogs import ask_folder
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import message_label, say
from cakeshop_desktop.gui.workers import Workers
from cakeshop_desktop.printers import print_document

NO_PRINTER = None  # the kind combo's data for "the print preview, as before"
BAUDRATES = (9600, 19200, 38400, 57600, 115200)


class PrintingSettingsPage(QWidget):
    """Which printer this terminal prints receipts and tickets on, and its paper and drawer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printingSettingsPage")
        self._workers = Workers(self, max_threads=1)
        self._filling = True  # no reactions while the fields are made
        self._kept: PrinterSpec | None = None  # a typed URL's columns and profile survive
        self._build()
        self._filling = False
        try:
            saved = config.printer_url()
        except DomainError as error:
            saved = None
            self._show(describe(error), ok=False)
        self.url_edit.setText(saved or "")
        self._url_typed()

    # --- building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Where this computer prints receipts and order tickets. Each till keeps its "
                "own printer; without one, Print opens the print preview."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind_combo = self._combo("printerKindCombo", self.tr("Printer"))
        for text, kind in (
            (self.tr("None: the print preview each time"), NO_PRINTER),
            (self.tr("A printer of this computer"), PrinterKind.SYSTEM),
            (self.tr("PDF files in a folder"), PrinterKind.PDF),
            (self.tr("Thermal printer on the network"), PrinterKind.ESCPOS_TCP),
            (self.tr("Thermal printer on a device or file"), PrinterKind.ESCPOS_FILE),
            (self.tr("Thermal printer on a serial port"), PrinterKind.ESCPOS_SERIAL),
            (self.tr("Thermal printer on USB"), PrinterKind.ESCPOS_USB),
        ):
            self.kind_combo.addItem(text, kind)
        form.addRow(self.tr("&Printer:"), self.kind_combo)

        self.system_combo = self._combo("systemPrinterCombo", self.tr("System printer"))
        self.system_combo.addItem(self.tr("The default printer"), "")
        for name in _system_printer_names():
            self.system_combo.addItem(name, name)
        form.addRow(self.tr("S&ystem printer:"), self.system_combo)

        self.folder_edit = self._edit("pdfFolderEdit", self.tr("PDF folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("pdfFolderBrowseButton")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.folder_row = QWidget(self)
        self.folder_row.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("PDF &folder:"), self.folder_row)

        self.host_edit = self._edit("printerHostEdit", self.tr("Printer address"))
        self.host_edit.setPlaceholderText("192.168.1.50")
        form.addRow(self.tr("&Address:"), self.host_edit)
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("printerPortSpin")
        self.port_spin.setAccessibleName(self.tr("Printer port"))
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.valueChanged.connect(self._fields_changed)
        form.addRow(self.tr("P&ort:"), self.port_spin)

        self.device_edit = self._edit("printerDeviceEdit", self.tr("Device or file"))
        self.device_edit.setPlaceholderText("/dev/usb/lp0")
        form.addRow(self.tr("&Device:"), self.device_edit)
        self.baudrate_combo = self._combo("printerBaudrateCombo", self.tr("Serial speed"))
        for rate in BAUDRATES:
            self.baudrate_combo.addItem(str(rate), rate)
        form.addRow(self.tr("Serial &speed:"), self.baudrate_combo)
        self.usb_edit = self._edit("printerUsbEdit", self.tr("USB vendor and product ids"))
        self.usb_edit.setPlaceholderText("04b8:0202")
        form.addRow(self.tr("&USB ids:"), self.usb_edit)

        self.paper_combo = self._combo("paperWidthCombo", self.tr("Paper"))
        self.paper_combo.addItem(self.tr("Till roll 80 mm"), Paper.ROLL_80)
        self.paper_combo.addItem(self.tr("Till roll 58 mm"), Paper.ROLL_58)
        self.paper_combo.addItem(self.tr("A4 page (an invoice)"), Paper.A4)
        form.addRow(self.tr("P&aper:"), self.paper_combo)
        self.drawer_check = QCheckBox(self.tr("Open the cash &drawer on cash payments"), self)
        self.drawer_check.setObjectName("cashDrawerCheck")
        self.drawer_check.setAccessibleName(self.tr("Open the cash drawer on cash payments"))
        self.drawer_check.toggled.connect(self._fields_changed)
        form.addRow("", self.drawer_check)

        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("printerUrlEdit")
        self.url_edit.setAccessibleName(self.tr("Printer URL"))
        self.url_edit.editingFinished.connect(self._url_typed)
        form.addRow(self.tr("U&RL:"), self.url_edit)
        nest(layout, form)
        self._form = form

        self.message_label = message_label("printerMessageLabel", self)
        layout.addWidget(self.message_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.test_button = QPushButton(self.tr("Print a &test page"), self)
        self.test_button.setObjectName("testPrintButton")
        self.test_button.clicked.connect(self.print_test_page)
        self.save_button = QPushButton(self.tr("&Save printer"), self)
        self.save_button.setObjectName("savePrinterButton")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        nest(layout, buttons)
        layout.addStretch(1)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.currentIndexChanged.connect(self._fields_changed)
        return combo

    def _edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(self._fields_changed)
        return edit

    # --- fields and URL

    def spec(self) -> PrinterSpec | None:
        """The printer as the fields say, None for "no printer"; InvalidInput when incomplete."""
        kind = self.kind_combo.currentData()
        if kind is NO_PRINTER:
            return None
        paper = self.paper_combo.currentData()
        if kind.is_escpos and not paper.is_roll:
            raise InvalidInput(
                self.tr("A thermal printer prints on a till roll: choose 58 or 80 mm")
            )
        target = {
            PrinterKind.SYSTEM: self.system_combo.currentData() or "",
            PrinterKind.PDF: self.folder_edit.text().strip(),
            PrinterKind.ESCPOS_TCP: self.host_edit.text().strip(),
            PrinterKind.ESCPOS_FILE: self.device_edit.text().strip(),
            PrinterKind.ESCPOS_SERIAL: self.device_edit.text().strip(),
            PrinterKind.ESCPOS_USB: self.usb_edit.text().strip(),
        }[kind]
        drawer = DRAWER_PINS[0] if kind.is_escpos and self.drawer_check.isChecked() else None
        built = PrinterSpec(
            kind,
            target=target,
            port=self.port_spin.value(),
            paper=paper,
            drawer_pin=drawer,
            baudrate=self.baudrate_combo.currentData() or DEFAULT_BAUDRATE,
            columns=self._kept.columns if self._kept else None,
            profile=self._kept.profile if self._kept else "",
        )
        return parse_printer_url(built.to_url())  # the same checks as a typed URL

    @Slot()
    def _fields_changed(self) -> None:
        if self._filling:
            return
        self._show_rows()
        try:
            spec = self.spec()
        except DomainError as error:
            self._show(describe(error), ok=False)
            return
        self.message_label.hide()
        self.url_edit.setText(spec.to_url() if spec else "")

    @Slot()
    def _url_typed(self) -> None:
        text = self.url_edit.text().strip()
        self._kept = None
        try:
            spec = parse_printer_url(text) if text else None
        except DomainError as error:
            self._show(describe(error), ok=False)
            return
        self.message_label.hide()
        self._kept = spec
        self._fill(spec)

    def _fill(self, spec: PrinterSpec | None) -> None:
        self._filling = True
        try:
            self.kind_combo.setCurrentIndex(
                self.kind_combo.findData(spec.kind if spec else NO_PRINTER)
            )
            if spec is not None:
                self.paper_combo.setCurrentIndex(self.paper_combo.findData(spec.paper))
                self.drawer_check.setChecked(spec.drawer_pin is not None)
                if spec.kind is PrinterKind.SYSTEM:
                    index = self.system_combo.findData(spec.target)
                    if index < 0:  # a printer not installed here (yet): keep its name
                        self.system_combo.addItem(spec.target, spec.target)
                        index = self.system_combo.count() - 1
                    self.system_combo.setCurrentIndex(index)
                edits = {
                    PrinterKind.PDF: self.folder_edit,
                    PrinterKind.ESCPOS_TCP: self.host_edit,
                    PrinterKind.ESCPOS_FILE: self.device_edit,
                    PrinterKind.ESCPOS_SERIAL: self.device_edit,
                    PrinterKind.ESCPOS_USB: self.usb_edit,
                }
                if spec.kind in edits:
                    edits[spec.kind].setText(spec.target)
                self.port_spin.setValue(spec.port)
                rate = self.baudrate_combo.findData(spec.baudrate)
                if rate < 0:
                    self.baudrate_combo.addItem(str(spec.baudrate), spec.baudrate)
                    rate = self.baudrate_combo.count() - 1
                self.baudrate_combo.setCurrentIndex(rate)
        finally:
            self._filling = False
        self._show_rows()

    def _show_rows(self) -> None:
        kind = self.kind_combo.currentData()
        rows = {
            self.system_combo: kind is PrinterKind.SYSTEM,
            self.folder_row: kind is PrinterKind.PDF,
            self.host_edit: kind is PrinterKind.ESCPOS_TCP,
            self.port_spin: kind is PrinterKind.ESCPOS_TCP,
            self.device_edit: kind in (PrinterKind.ESCPOS_FILE, PrinterKind.ESCPOS_SERIAL),
            self.baudrate_combo: kind is PrinterKind.ESCPOS_SERIAL,
            self.usb_edit: kind is PrinterKind.ESCPOS_USB,
            self.paper_combo: kind is not NO_PRINTER,
            self.drawer_check: kind is not NO_PRINTER and kind.is_escpos,
        }
        for widget, visible in rows.items():
            self._form.setRowVisible(widget, visible)
        self.test_button.setEnabled(kind is not NO_PRINTER)

    @Slot()
    def _browse(self) -> None:
        folder = ask_folder(self, self.tr("Folder for the PDF files"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self._fields_changed()

    # --- actions

    @Slot()
    def save(self) -> bool:
        """Write the printer into this computer's config.toml; False (and why) when invalid."""
        try:
            spec = self.spec()
            config.write_printer_url(spec.to_url() if spec else None)
        except DomainError as error:
            self._show(describe(error), ok=False)
            return False
        except OSError as error:
            self._show(self.tr("The settings could not be saved: {0}").format(error), ok=False)
            return False
        self._kept = spec
        self._show(
            self.tr("Saved: receipts print on {0}.").format(spec.to_url())
            if spec
            else self.tr("Saved: receipts open in the print preview."),
            ok=True,
        )
        return True

    @Slot()
    def print_test_page(self) -> None:
        """A short page with the paper's width and a barcode, on the printer as set."""
        try:
            spec = self.spec()
        except DomainError as error:
            self._show(describe(error), ok=False)
            return
        if spec is None:
            return
        document = self.test_page(spec)
        self.test_button.setEnabled(False)
        self._show(self.tr("Printing a test page…"), ok=True)
        if spec.kind.is_escpos:
            self._workers.submit(
                self,
                print_document,
                spec,
                document,
                on_result=lambda _none: self._tested(spec),
                on_error=self._test_failed,
            )
            return
        try:
            print_document(spec, document)
        except DomainError as error:
            self._test_failed(error)
            return
        self._tested(spec)

    def test_page(self, spec: PrinterSpec) -> PaperDocument:
        ruler = "".join(str(n % 10) for n in range(1, spec.line_columns + 1))
        blocks = (
            Heading(self.tr("Printer test"), HeadingSize.SHOP),
            Text(date_time(datetime.now()), Align.CENTER),
            Rule(),
            Pair(self.tr("Printer"), spec.describe() or spec.kind.value),
            Pair(self.tr("Paper"), self.paper_combo.currentText()),
            Text(ruler if spec.paper.is_roll else "", small=True),
            Text("АБВГД абвгд «№» 1 250,50 ₽"),
            Barcode("000000"),
        )
        return PaperDocument(self.tr("Printer test"), spec.paper, blocks)

    def _tested(self, spec: PrinterSpec) -> None:
        self.test_button.setEnabled(True)
        self._show(self.tr("The test page went to {0}.").format(spec.to_url()), ok=True)

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self._show(describe(error), ok=False)

    def _show(self, text: str, *, ok: bool) -> None:
        say(self.message_label, text, ok=ok)


def _system_printer_names() -> list[str]:
    from cakeshop_desktop.printers.page_output import system_printer_names

    return system_printer_names()
