"""The fields of the shop's details (name, address, phone, tax number, receipt footer).

Shared by the set-up wizard and Settings → Shop; the core checks and trims what is typed.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from cakeshop_desktop.core.services.shop import MAX_LENGTHS, ShopDetails

TEXT_LINES = 2  # address and footer: room for two lines, more scroll


class ShopDetailsForm(QWidget):
    """Edits one ShopDetails; `details()` returns what is typed, as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = self._line("shopNameEdit", self.tr("Shop name"), MAX_LENGTHS["name"])
        self.name_edit.setPlaceholderText(self.tr("as on the receipt, e.g. Cake shop «Medovik»"))
        self.address_edit = self._text("shopAddressEdit", self.tr("Address"))
        self.phone_edit = self._line("shopPhoneEdit", self.tr("Shop phone"), MAX_LENGTHS["phone"])
        self.tax_number_edit = self._line(
            "shopTaxNumberEdit", self.tr("Tax number"), MAX_LENGTHS["tax_number"]
        )
        self.footer_edit = self._text("receiptFooterEdit", self.tr("Receipt footer"))
        self.footer_edit.setPlaceholderText(self.tr("e.g. Thank you! Keep cream cakes cold."))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Shop &name:"), self.name_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("&Tax number:"), self.tax_number_edit)
        form.addRow(self.tr("Receipt &footer:"), self.footer_edit)

    def _line(self, name: str, accessible: str, length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(length)
        return edit

    def _text(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        lines = QFontMetrics(edit.font()).lineSpacing() * TEXT_LINES
        edit.setFixedHeight(lines + 2 * edit.frameWidth() + 8)
        return edit

    def details(self) -> ShopDetails:
        return ShopDetails(
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            phone=self.phone_edit.text(),
            tax_number=self.tax_number_edit.text(),
            receipt_footer=self.footer_edit.toPlainText(),
        )

    def set_details(self, details: ShopDetails) -> None:
        self.name_edit.setText(details.name)
        self.address_edit.setPlainText(details.address)
        self.phone_edit.setText(details.phone)
        self.tax_number_edit.setText(details.tax_number)
        self.footer_edit.setPlainText(details.receipt_footer)
