"""Settings → Policy (an administrator's): the smallest deposit, who may cancel and refund,
whether customers may register themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.services.policy import ShopPolicy, save_shop_policy, shop_policy
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE, message_label, say

if TYPE_CHECKING:
    from cakeshop_desktop.gui.context import ShopContext


class SettingsPolicyPage(QWidget):
    """Loads the shop's policy and saves it as the administrator of `ctx`."""

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyPage")
        self._ctx = ctx
        self.min_deposit_spin = QSpinBox(self)
        self.min_deposit_spin.setObjectName("minDepositSpin")
        self.min_deposit_spin.setRange(0, 100)
        self.min_deposit_spin.setSuffix(" %")
        self.min_deposit_spin.setAccessibleName(self.tr("Minimum deposit"))
        deposit_note = QLabel(
            self.tr(
                "0 % takes phone orders unpaid: the whole total is then due at pickup, "
                "as every order list, the order and the hand-out show."
            ),
            self,
        )
        deposit_note.setWordWrap(True)
        self.cashier_refunds_check = self._check(
            "cashierRefundsCheck",
            self.tr("Cashiers may cancel &paid orders and take returns"),
        )
        self.keep_deposit_check = self._check(
            "keepDepositCheck",
            self.tr("A cancelled order's &deposit may be kept instead of given back"),
        )
        self.customer_cancels_check = self._check(
            "customerCancelsCheck",
            self.tr("Customers may cancel their own orders while they are &new"),
        )
        self.self_registration_check = self._check(
            "selfRegistrationCheck",
            self.tr("Customers may create their own &account at the login screen"),
        )
        refunds_note = QLabel(self.tr("Otherwise only an administrator gives money back."), self)
        refunds_note.setWordWrap(True)
        refunds_note.setIndent(24)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        label = QLabel(self.tr("&Minimum deposit:"), self)
        label.setBuddy(self.min_deposit_spin)
        form.addRow(label, self.min_deposit_spin)
        form.addRow(deposit_note)
        form.addRow(self.cashier_refunds_check)
        form.addRow(refunds_note)
        for check in (
            self.keep_deposit_check,
            self.customer_cancels_check,
            self.self_registration_check,
        ):
            form.addRow(check)
        self.form = QWidget(self)
        self.form.setLayout(form)
        self.form.setEnabled(False)
        self.result_label = message_label("policyResultLabel", self)
        self.save_button = QPushButton(self.tr("&Save the policy"), self)
        self.save_button.setObjectName("savePolicyButton")
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.result_label)
        nest(layout, buttons)
        layout.addStretch(1)
        ctx.workers.submit(
            self, shop_policy, ctx.unit_of_work(), on_result=self._show, on_error=self._refused
        )

    def _check(self, name: str, text: str) -> QCheckBox:
        check = QCheckBox(text, self)
        check.setObjectName(name)
        return check

    @property
    def is_busy(self) -> bool:
        return not self.save_button.isEnabled()

    def policy(self) -> ShopPolicy:
        """The policy as the page shows it now."""
        return ShopPolicy(
            min_deposit_percent=self.min_deposit_spin.value(),
            cashier_refunds=self.cashier_refunds_check.isChecked(),
            customer_cancels_new=self.customer_cancels_check.isChecked(),
            keep_deposit_on_cancel=self.keep_deposit_check.isChecked(),
            self_registration=self.self_registration_check.isChecked(),
        )

    def _show(self, policy: ShopPolicy) -> None:
        self.min_deposit_spin.setValue(policy.min_deposit_percent)
        self.cashier_refunds_check.setChecked(policy.cashier_refunds)
        self.keep_deposit_check.setChecked(policy.keep_deposit_on_cancel)
        self.customer_cancels_check.setChecked(policy.customer_cancels_new)
        self.self_registration_check.setChecked(policy.self_registration)
        self.form.setEnabled(True)
        self.save_button.setEnabled(True)

    @Slot()
    def _save(self) -> None:
        self.save_button.setEnabled(False)
        self._ctx.call(
            self, save_shop_policy, self.policy(), on_result=self._saved, on_error=self._refused
        )

    def _saved(self, policy: ShopPolicy) -> None:
        self._show(policy)
        say(
            self.result_label, self.tr("Saved: every till follows the new policy at once."), ok=True
        )

    def _refused(self, error: Exception) -> None:
        self.save_button.setEnabled(self.form.isEnabled())
        self.result_label.setStyleSheet(ERROR_STYLE)
        show_inline(self.result_label, error)
