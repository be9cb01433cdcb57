"""Settings → Shop (an administrator's): the details printed on receipts, tickets and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.services.discounts import (
    DiscountLimits,
    discount_limits,
    save_discount_limits,
)
from cakeshop_desktop.core.services.shop import ShopDetails, save_shop_details, shop_details
from cakeshop_desktop.gui.dialogs.checkout_dialog import spin_decimal
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE, OK_STYLE, message_label, say
from cakeshop_desktop.gui.widgets.shop_details_form import ShopDetailsForm
from cakeshop_desktop.gui.widgets.spin_refusals import say_why_keys_are_refused

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
        nest(layout, buttons)
        layout.addWidget(self._discount_group())
        layout.addStretch(1)
        ctx.workers.submit(
            self, shop_details, ctx.unit_of_work(), on_result=self._show, on_error=self._refused
        )
        ctx.call(self, discount_limits, on_result=self._show_limits, on_error=self._limits_refused)

    def _discount_group(self) -> QGroupBox:
        """The most each role may take off an order; checkout refuses more."""
        group = QGroupBox(self.tr("Discount limits"), self)
        group.setObjectName("discountLimitsGroup")
        form = QFormLayout(group)
        self.cashier_limit_spin = QDoubleSpinBox(group)
        self.admin_limit_spin = QDoubleSpinBox(group)
        for spin, name, label in (
            (self.cashier_limit_spin, "cashierDiscountLimitSpin", self.tr("A &cashier up to:")),
            (self.admin_limit_spin, "adminDiscountLimitSpin", self.tr("An a&dministrator up to:")),
        ):
            spin.setObjectName(name)
            spin.setAccessibleName(label.replace("&", "").rstrip(":"))
            spin.setRange(0, 100)
            spin.setDecimals(2)
            spin.setSuffix(" %")
            spin.setEnabled(False)
            form.addRow(label, spin)
        say_why_keys_are_refused(self.cashier_limit_spin, self.admin_limit_spin)
        note = QLabel(
            self.tr("of the order's sum, whether the discount is typed in percent or in roubles."),
            group,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.limits_label = QLabel(group)
        self.limits_label.setObjectName("discountLimitsResultLabel")
        self.limits_label.setWordWrap(True)
        self.limits_label.hide()
        form.addRow(self.limits_label)
        self.save_limits_button = QPushButton(self.tr("Save the discount &limits"), group)
        self.save_limits_button.setObjectName("saveDiscountLimitsButton")
        self.save_limits_button.setAutoDefault(False)
        self.save_limits_button.setEnabled(False)
        self.save_limits_button.clicked.connect(self._save_limits)
        form.addRow(self.save_limits_button)
        return group

    def _show_limits(self, limits: DiscountLimits) -> None:
        self.cashier_limit_spin.setValue(float(limits.cashier))
        self.admin_limit_spin.setValue(float(limits.admin))
        for widget in (self.cashier_limit_spin, self.admin_limit_spin, self.save_limits_button):
            widget.setEnabled(True)

    @Slot()
    def _save_limits(self) -> None:
        self.save_limits_button.setEnabled(False)
        self._ctx.call(
            self,
            save_discount_limits,
            DiscountLimits(
                cashier=spin_decimal(self.cashier_limit_spin.value()),
                admin=spin_decimal(self.admin_limit_spin.value()),
            ),
            on_result=self._limits_saved,
            on_error=self._limits_refused,
        )

    def _limits_saved(self, limits: DiscountLimits) -> None:
        self._show_limits(limits)
        self.limits_label.setStyleSheet(OK_STYLE)
        self.limits_label.setText(self.tr("Saved: the next checkout keeps to these limits."))
        self.limits_label.show()

    def _limits_refused(self, error: Exception) -> None:
        self.save_limits_button.setEnabled(self.cashier_limit_spin.isEnabled())
        self.limits_label.setStyleSheet(ERROR_STYLE)
        show_inline(self.limits_label, error)

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
