"""How much money goes back, and how: after a paid order is cancelled, or cakes come back.

The bounds come from the core (refunds.RefundOffer): everything, or keep the deposit when the
shop's policy lets it be kept; for a return, the cakes' share at most. A return also asks
how many cakes, whether they go back on the showcase or into waste, and why.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.domain import OrderItemDTO, PaymentMethod
from cakeshop_desktop.core.services.refunds import RefundOffer
from cakeshop_desktop.gui.dialogs.order_actions import MAX_REASON, fill_payment_methods
from cakeshop_desktop.gui.formatting import money
from cakeshop_desktop.gui.widgets.layouts import nest


def spin_money(value: float) -> Decimal:
    """A spin box's value as kopecks (the spin shows two decimals)."""
    return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))


class RefundDialog(QDialog):
    """`refundDialog`: the amount in `refundAmountSpin`, confirmed by `refundConfirmButton`.

    For a return (`item` given) `quantity_changed(int)` asks the owner for a new offer,
    which comes back through `set_offer`.
    """

    quantity_changed = Signal(int)

    def __init__(
        self,
        offer: RefundOffer,
        parent: QWidget | None = None,
        *,
        item: OrderItemDTO | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self._item = item
        self._offer = offer
        if item is None:
            self.setWindowTitle(self.tr("Refund for order {0}").format(offer.number))
        else:
            self.setWindowTitle(self.tr("Return from order {0}").format(offer.number))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        nest(layout, form)

        self.quantity_spin = QSpinBox(self)
        self.quantity_spin.setObjectName("returnQuantitySpin")
        self.showcase_radio = QRadioButton(self.tr("Back on the &showcase"), self)
        self.showcase_radio.setObjectName("returnToShowcaseRadio")
        self.waste_radio = QRadioButton(self.tr("Into &waste"), self)
        self.waste_radio.setObjectName("returnToWasteRadio")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("returnReasonEdit")
        self.reason_edit.setMaxLength(MAX_REASON)
        if item is not None:
            left = item.quantity - item.returned_quantity
            form.addRow(self.tr("Cake:"), QLabel(f"«{item.cake_name}»", self))
            self.quantity_spin.setRange(1, max(left, 1))
            self.quantity_spin.setValue(offer.quantity or 1)
            self.quantity_spin.setAccessibleName(self.tr("Cakes brought back"))
            self.quantity_spin.valueChanged.connect(self._quantity_changed)
            form.addRow(self.tr("&Cakes brought back:"), self.quantity_spin)
            where = QButtonGroup(self)
            for radio in (self.showcase_radio, self.waste_radio):
                where.addButton(radio)
            self.showcase_radio.setChecked(True)
            form.addRow(self.tr("The cakes go:"), self.showcase_radio)
            form.addRow("", self.waste_radio)
            self.reason_edit.setAccessibleName(self.tr("Why the cakes came back"))
            self.reason_edit.setPlaceholderText(self.tr("e.g. damaged on the way home"))
            self.reason_edit.textChanged.connect(self._check)
            form.addRow(self.tr("&Reason (required):"), self.reason_edit)
        else:
            for widget in (
                self.quantity_spin,
                self.showcase_radio,
                self.waste_radio,
                self.reason_edit,
            ):
                widget.hide()

        self.held_label = QLabel(self)
        self.held_label.setObjectName("refundHeldLabel")
        form.addRow(self.tr("Paid and not yet given back:"), self.held_label)
        self.all_radio = QRadioButton(self)
        self.all_radio.setObjectName("refundAllRadio")
        self.keep_radio = QRadioButton(self)
        self.keep_radio.setObjectName("refundKeepDepositRadio")
        choice = QButtonGroup(self)
        choice.addButton(self.all_radio)
        choice.addButton(self.keep_radio)
        form.addRow(self.tr("Give back:"), self.all_radio)
        form.addRow("", self.keep_radio)
        self.amount_spin = QDoubleSpinBox(self)
        self.amount_spin.setObjectName("refundAmountSpin")
        self.amount_spin.setAccessibleName(self.tr("Amount given back"))
        self.amount_spin.setDecimals(2)
        self.amount_spin.setGroupSeparatorShown(True)
        self.amount_spin.setSuffix(" ₽")
        amount_label = QLabel(self.tr("&Amount given back:"), self)
        amount_label.setBuddy(self.amount_spin)
        form.addRow(amount_label, self.amount_spin)
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("refundMethodCombo")
        self.method_combo.setAccessibleName(self.tr("How the money is given back"))
        fill_payment_methods(self.method_combo)
        if offer.method is not None:
            self.method_combo.setCurrentIndex(self.method_combo.findData(offer.method))
        method_label = QLabel(self.tr("&Given back in:"), self)
        method_label.setBuddy(self.method_combo)
        form.addRow(method_label, self.method_combo)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("refundHintLabel")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = QPushButton(
            self.tr("Give back and cancel") if item is None else self.tr("Take back"), self
        )
        self.confirm_button.setObjectName("refundConfirmButton")
        self.confirm_button.setAccessibleName(self.confirm_button.text().replace("&", ""))
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.all_radio.toggled.connect(self._choice_changed)
        self.amount_spin.valueChanged.connect(self._check)
        self.set_offer(offer)
        (self.reason_edit if item is not None else self.amount_spin).setFocus()

    # ------------------------------------------------------------ the offer

    def set_offer(self, offer: RefundOffer) -> None:
        """Show the bounds of `offer`; the amount starts at the largest."""
        self._offer = offer
        self.held_label.setText(money(offer.held))
        self.all_radio.setText(self.tr("Everything: {0}").format(money(offer.largest)))
        kept = offer.kept_deposit > 0
        self.keep_radio.setText(
            self.tr("Keep the deposit of {0}").format(money(offer.kept_deposit))
        )
        self.keep_radio.setVisible(kept)
        self.amount_spin.setRange(float(offer.smallest), float(offer.largest))
        self.all_radio.setChecked(True)
        self.amount_spin.setValue(float(offer.largest))
        self._check()

    @Slot(bool)
    def _choice_changed(self, everything: bool) -> None:
        offer = self._offer
        self.amount_spin.setValue(
            float(offer.largest if everything else offer.largest - offer.kept_deposit)
        )

    @Slot(int)
    def _quantity_changed(self, quantity: int) -> None:
        self.confirm_button.setEnabled(False)  # until the new offer is in
        self.quantity_changed.emit(quantity)

    @Slot()
    def _check(self) -> None:
        reason_missing = self._item is not None and not self.reason_edit.text().strip()
        self.confirm_button.setEnabled(not reason_missing)
        lines = []
        if self._offer.smallest > 0 and self._offer.kept_deposit > 0:
            lines.append(
                self.tr("The shop keeps at most the deposit: at least {0} goes back.").format(
                    money(self._offer.smallest)
                )
            )
        if reason_missing:
            lines.append(self.tr("Say why the cakes came back."))
        self.hint_label.setText(" ".join(lines))

    # ------------------------------------------------------------ the answers

    @property
    def amount(self) -> Decimal:
        return spin_money(self.amount_spin.value())

    @property
    def method(self) -> PaymentMethod:
        return self.method_combo.currentData()

    @property
    def quantity(self) -> int:
        return self.quantity_spin.value()

    @property
    def to_showcase(self) -> bool:
        return self.showcase_radio.isChecked()

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()
