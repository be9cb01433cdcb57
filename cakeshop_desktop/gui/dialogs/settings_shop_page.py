"""Settings → Shop (an administrator's): the details printed on receipts, tickets and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cakeshop_desktop.core.services.shop import ShopDetails, save_shop_details, shop_details
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE, message_label, say
from cakeshop_desktop.gui.widgets.shop_details_form import ShopDetailsForm

if TYPE_CHECKING:
    from cakeshop_desktop.gui.context import ShopContext


class SettingsShopPage(QWidget):
    """Loads the shop's details, saves them as the administrator of `ctx`."""

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shopPage")
        self._ctx = ctx
        self._loaded = False
        self.form = ShopDetailsForm(self)
        self.form.setEnabled(False)
        note = QLabel(self.tr("Printed on receipts, order tickets and reports."), self)
        note.setWordWrap(True)
        self.result_label = message_label("shopResultLabel", self)
        self.save_button = QPushButton(self.tr("&Save the shop's details"), self)
        self.save_button.setObjectName("saveShopButton")
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        ctx.workers.submit(
            self, shop_details, ctx.unit_of_work(), on_result=self._show, on_error=self._refused
        )

    @property
    def is_busy(self) -> bool:
        return not self.save_button.isEnabled()

    def _show(self, details: ShopDetails) -> None:
        self.form.set_details(details)
        self.form.setEnabled(True)
        self.save_button.setEnabled(True)

    @Slot()
    def _save(self) -> None:
        self.save_button.setEnabled(False)
        self._ctx.call(
            self,
            save_shop_details,
            self.form.details(),
            on_result=self._saved,
            on_error=self._refused,
        )

    def _saved(self, details: ShopDetails) -> None:
        self._show(details)
        say(self.result_label, self.tr("Saved: the next receipt shows these details."), ok=True)

    def _refused(self, error: Exception) -> None:
        self.save_button.setEnabled(self.form.isEnabled())
        self.result_label.setStyleSheet(ERROR_STYLE)
        show_inline(self.result_label, error)
