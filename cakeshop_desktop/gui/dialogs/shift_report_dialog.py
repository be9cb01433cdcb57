"""A cashier's shift (Z) report for one day: on screen, in a print preview, on paper or as PDF."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cakeshop_desktop.core.documents.report_html import shift_report_html
from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.services import reports
from cakeshop_desktop.core.types.reports import ShiftReport
from cakeshop_desktop.gui import printing
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.file_dialogs import ask_save_path
from cakeshop_desktop.gui.forms.ui_shift_report_dialog import Ui_ShiftReportDialog
from cakeshop_desktop.gui.labels import read_from_text
from cakeshop_desktop.gui.print_key import add_print_key
from cakeshop_desktop.gui.report_export import report_labels
from cakeshop_desktop.gui.widgets.layouts import set_up_form
from cakeshop_desktop.gui.window_geometry import place_dialog


class ShiftReportDialog(QDialog):
    """Pick a cashier and a day; the report follows. A cashier only ever sees their own."""

    report_shown = Signal(object)  # the ShiftReport on screen

    def __init__(
        self,
        ctx: ShopContext,
        parent: QWidget | None = None,
        cashier_id: int | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ShiftReportDialog()
        set_up_form(self.ui, self)
        place_dialog(self)
        self._ctx = ctx
        self._report: ShiftReport | None = None
        self._html = ""
        self._generation = 0
        self._wanted_cashier = (
            cashier_id if cashier_id is not None else getattr(ctx.actor, "id", None)
        )
        self.ui.shiftDayEdit.setDate(QDate(day or date.today()))
        self.ui.shiftDayEdit.setMinimumDate(QDate(2000, 1, 1))
        self.ui.shiftDayEdit.setMaximumDate(QDate(2999, 12, 31))
        self.ui.shiftErrorLabel.hide()
        self.ui.shiftSourceLabel.hide()
        self.ui.shiftReportBrowser.setOpenLinks(False)
        self._set_printable(False)
        self.ui.cashierCombo.currentIndexChanged.connect(self._load)
        self.ui.shiftDayEdit.dateChanged.connect(self._load)
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.printButton.clicked.connect(self.print_report)
        add_print_key(self, self.tr("Print"), self.ui.printButton)
        self.ui.savePdfButton.clicked.connect(self._ask_pdf)
        self.ui.closeButton.clicked.connect(self.reject)
        self._set_busy(True)
        self._ctx.call(
            self,
            reports.shift_report_cashiers,
            on_result=self._cashiers_arrived,
            on_error=lambda error: self._failed(self._generation, error),
        )

    @property
    def report(self) -> ShiftReport | None:
        return self._report

    @property
    def html(self) -> str:
        return self._html

    def _cashiers_arrived(self, cashiers: tuple[UserDTO, ...]) -> None:
        combo = self.ui.cashierCombo
        combo.blockSignals(True)
        combo.clear()
        for user in cashiers:
            combo.addItem(f"{user.full_name or user.username} ({user.username})", user.id)
        index = combo.findData(self._wanted_cashier)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.setEnabled(len(cashiers) > 1)
        combo.blockSignals(False)
        self._load()

    @Slot()
    def _load(self) -> None:
        cashier_id = self.ui.cashierCombo.currentData()
        if cashier_id is None:
            self._set_busy(False)
            return
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self._ctx.call(
            self,
            reports.shift_report,
            cashier_id,
            self.ui.shiftDayEdit.date().toPython(),
            self._ctx.replica_unit(),
            on_result=lambda report: self._arrived(generation, report),
            on_error=lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, report: ShiftReport) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._report = report
        self._html = shift_report_html(report, report_labels(), printing.SHOP_NAME)
        self.ui.shiftErrorLabel.hide()
        self.ui.shiftSourceLabel.setText(read_from_text(report.read_from))
        self.ui.shiftSourceLabel.setVisible(bool(self.ui.shiftSourceLabel.text()))
        self.ui.shiftReportBrowser.setHtml(self._html)
        self._set_printable(True)
        self.report_shown.emit(report)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.ui.shiftErrorLabel.setText(describe(error))
        self.ui.shiftErrorLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self.ui.shiftBusyLabel.setText(self.tr("Loading…") if busy else "")

    def _set_printable(self, enabled: bool) -> None:
        for button in (self.ui.previewButton, self.ui.printButton, self.ui.savePdfButton):
            button.setEnabled(enabled)

    # ------------------------------------------------------------ paper

    @Slot()
    def preview(self) -> None:
        if self._html:
            printing.preview(self, self._html, self.tr("Shift report"))

    @Slot()
    def print_report(self) -> None:
        if self._html:
            printing.print_with_dialog(self, self._html)

    def save_pdf(self, path: str) -> str:
        return str(printing.save_pdf(self._html, path))

    @Slot()
    def _ask_pdf(self) -> None:
        if not self._html or self._report is None:
            return
        name = f"shift_{self._report.day:%Y-%m-%d}_{self._report.cashier_id}.pdf"
        path = ask_save_path(self, self.tr("Save PDF"), name, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            self.save_pdf(path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Save failed"), self.tr("Could not save {0}: {1}").format(path, exc)
            )
