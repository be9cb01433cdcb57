"""Checkout: who the order is for, when it is picked up, how it is paid; places it through the workers."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QPushButton,
    QWidget,
)

from cakeshop_desktop.core.domain import (
    CapacityFull,
    CartDTO,
    CheckoutRequest,
    DomainError,
    InvalidInput,
    ItemNote,
    OrderDTO,
    OutOfStock,
    PaymentRefused,
    PickupTooEarly,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.pricing import (
    DEFAULT_MIN_DEPOSIT_PERCENT,
    Totals,
    minimum_deposit,
    order_totals,
)
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.services import accounts, checkout, users
from cakeshop_desktop.core.services.policy import ShopPolicy, shop_policy
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.delegates.limited_text_delegate import LimitedTextDelegate
from cakeshop_desktop.gui.dialogs.order_actions import fill_payment_methods
from cakeshop_desktop.gui.dialogs.order_detail_dialog import totals_html
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.formatting import customer_text, date_time, money
from cakeshop_desktop.gui.formatting import discount as discount_text
from cakeshop_desktop.gui.forms.ui_checkout_dialog import Ui_CheckoutDialog
from cakeshop_desktop.gui.widgets.customer_combo import fill_customers, make_searchable
from cakeshop_desktop.gui.widgets.layouts import set_up_form
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE
from cakeshop_desktop.gui.widgets.spin_refusals import say_why_keys_are_refused
from cakeshop_desktop.gui.widgets.view_items import set_table_cell
from cakeshop_desktop.gui.window_geometry import place_dialog

STAFF_ROLES = frozenset({Role.CASHIER, Role.ADMIN})
DISCOUNT_PERCENT, DISCOUNT_ROUBLES = "percent", "roubles"
COL_CAKE, COL_QUANTITY, COL_PRICE, COL_SUM, COL_INSCRIPTION, COL_NOTES = range(6)
# the lengths the order items keep (checkout validates the same limits)
TEXT_LIMITS = {COL_INSCRIPTION: 200, COL_NOTES: 1000}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def spin_decimal(value: float) -> Decimal:
    """A QDoubleSpinBox value as exact kopecks (the spin box hands out a float)."""
    return Decimal(str(round(value, 2)))


class CheckoutDialog(QDialog):
    """Turns the cart into an order; a refusal is shown inline and changes nothing."""

    order_placed = Signal(object)  # the OrderDTO
    refused = Signal(object)  # the error shown inline
    customers_loaded = Signal(int)
    policy_loaded = Signal()

    def __init__(self, ctx: ShopContext, cart: CartDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._cart = cart
        self._actor: UserDTO | None = ctx.actor
        self._staff = self._actor is not None and self._actor.role in STAFF_ROLES
        # one key per dialog: a double click or a retry after a dropped line never makes two orders
        self.idempotency_key = uuid.uuid4().hex
        self._placing = False
        # a deposit typed, then lowered to a total that fell below it (a discount given after)
        self._paid_lowered_from: Decimal | None = None
        self._customers: list[UserDTO] = []
        self._filled_from: UserDTO | None = None
        # the shop's smallest deposit (Settings → Policy), asked as the dialog opens
        self.min_deposit_percent = DEFAULT_MIN_DEPOSIT_PERCENT
        self.placed_order: OrderDTO | None = None
        self.setObjectName("checkoutDialog")
        self.ui = Ui_CheckoutDialog()
        set_up_form(self.ui, self)
        place_dialog(self)
        self.setWindowTitle(self.tr("Checkout"))
        self.ui.checkoutErrorLabel.hide()
        self._setup_items()
        self._setup_customer()
        self._setup_pickup()
        self._setup_payment()
        self._connect()
        self._update_pickup()
        self._update_payment()
        self._first_field().setFocus()

    # ------------------------------------------------------------ set-up

    def _setup_items(self) -> None:
        table = self.ui.checkoutItemsTable
        table.setItemDelegate(LimitedTextDelegate(TEXT_LIMITS, table))
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Cake"),
                self.tr("Qty"),
                self.tr("Price"),
                self.tr("Sum"),
                self.tr("Inscription"),
                self.tr("Notes"),
            ]
        )
        table.setRowCount(len(self._cart.items))
        fixed = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        for row, line in enumerate(self._cart.items):
            name = line.name + (self.tr(" (made to order)") if line.made_to_order else "")
            cells = [name, str(line.quantity), money(line.unit_price), money(line.line_total)]
            for column, text in enumerate(cells):
                cell = set_table_cell(table, row, column, text)
                cell.setFlags(fixed)
                if column != COL_CAKE:
                    cell.setTextAlignment(RIGHT)
            set_table_cell(table, row, COL_INSCRIPTION, line.inscription)
            set_table_cell(table, row, COL_NOTES, line.notes)
        header = table.horizontalHeader()
        for column in (COL_CAKE, COL_QUANTITY, COL_PRICE, COL_SUM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_INSCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)

    def _setup_customer(self) -> None:
        ui = self.ui
        if self._staff:
            self._ctx.workers.submit(
                self,
                shop_policy,
                self._ctx.unit_of_work(),
                on_result=self._policy_arrived,
                on_error=self._show_error,
            )
            make_searchable(ui.customerCombo, self.tr("Name, login or phone"))
            self._ctx.call(
                self,
                users.list_users,
                Role.CUSTOMER,
                on_result=self._customers_arrived,
                on_error=self._show_error,
            )
            self._add_register_button()
        else:
            for widget in (
                ui.walkInRadio,
                ui.registeredRadio,
                ui.customerCombo,
                ui.customerComboLabel,
            ):
                widget.hide()
            actor = self._actor
            ui.customerNameEdit.setText(actor.full_name or actor.username if actor else "")
            ui.customerNameEdit.setReadOnly(True)
            ui.customerNameEdit.setClearButtonEnabled(False)
            ui.customerPhoneEdit.setText(actor.phone or "" if actor else "")
        self._update_customer_mode()

    def _setup_pickup(self) -> None:
        lead = max(
            (line.lead_time_hours for line in self._cart.items if line.made_to_order), default=0
        )
        now = datetime.now()
        self._earliest = checkout.earliest_pickup(lead, now)
        edit = self.ui.pickupDateTimeEdit
        edit.setMinimumDateTime(QDateTime(self._earliest))
        edit.setDateTime(QDateTime(checkout.offered_pickup(lead, now)))
        ui = self.ui
        if self._cart.needs_pickup_time:
            slowest = max(
                (line for line in self._cart.items if line.made_to_order),
                key=lambda line: line.lead_time_hours,
            )
            ui.pickupHintLabel.setText(
                self.tr("«{0}» takes {1} h to make: the earliest pickup is {2}.").format(
                    slowest.name, lead, date_time(self._earliest)
                )
            )
            ui.handOutNowCheck.hide()
            ui.pickupLaterCheck.hide()
        else:
            ui.pickupHintLabel.setText(self.tr("Showcase cakes only: they are ready now."))
            ui.handOutNowCheck.setVisible(self._staff)
            ui.handOutNowCheck.setChecked(self._staff)

    def _setup_payment(self) -> None:
        ui = self.ui
        fill_payment_methods(ui.paymentMethodCombo)
        ui.paidAmountSpin.setGroupSeparatorShown(True)
        say_why_keys_are_refused(ui.paidAmountSpin, ui.discountSpin)
        ui.discountModeCombo.addItem(self.tr("%"), DISCOUNT_PERCENT)
        ui.discountModeCombo.addItem(self.tr("₽"), DISCOUNT_ROUBLES)
        self._show_discount_mode()
        if self._staff:
            ui.payAtCounterLabel.hide()
            return
        for widget in (
            ui.paymentMethodCombo,
            ui.fullPaymentRadio,
            ui.depositRadio,
            ui.paidAmountSpin,
            ui.paymentMethodLabel,
            ui.paidAmountLabel,
        ):
            widget.setEnabled(False)
        for widget in (
            ui.discountSpin,
            ui.discountModeCombo,
            ui.discountLabel,
            ui.depositHintLabel,
        ):
            widget.hide()
        ui.paidAmountSpin.setValue(0)
        ui.payAtCounterLabel.setStyleSheet("font-weight: bold;")
        ui.payAtCounterLabel.setText(self.tr("You pay at the counter when you collect the order."))

    def _connect(self) -> None:
        ui = self.ui
        ui.registeredRadio.toggled.connect(self._update_customer_mode)
        ui.customerCombo.currentIndexChanged.connect(self._customer_chosen)
        ui.handOutNowCheck.toggled.connect(self._update_pickup)
        ui.pickupLaterCheck.toggled.connect(self._update_pickup)
        ui.fullPaymentRadio.toggled.connect(self._payment_mode_changed)
        ui.paidAmountSpin.valueChanged.connect(self._paid_changed)
        ui.discountSpin.valueChanged.connect(self._update_payment)
        ui.discountModeCombo.currentIndexChanged.connect(self._discount_mode_changed)
        ui.confirmCheckoutButton.clicked.connect(self.confirm)
        ui.cancelCheckoutButton.clicked.connect(self.reject)

    def _first_field(self) -> QWidget:
        if not self._staff:
            return self.ui.customerPhoneEdit
        return self.ui.customerNameEdit

    # ------------------------------------------------------------ customer

    def _add_register_button(self) -> None:
        """A walk-in becomes a registered customer in one step: the name and phone typed."""
        button = QPushButton(self.tr("&Register as a customer"), self)
        button.setObjectName("registerCustomerButton")
        button.setAccessibleName(self.tr("Register as a customer"))
        button.setToolTip(
            self.tr(
                "Keep this walk-in's name and phone as a registered customer (no password: "
                "they can create a login later at the self-service screen)"
            )
        )
        button.setAutoDefault(False)
        button.clicked.connect(self.register_customer)
        self.ui.customerGroupLayout.addWidget(button, 4, 1, Qt.AlignmentFlag.AlignRight)
        self.register_button = button

    @Slot()
    def register_customer(self) -> None:
        ui = self.ui
        self.register_button.setEnabled(False)
        self._ctx.call(
            self,
            accounts.register_at_counter,
            ui.customerNameEdit.text(),
            ui.customerPhoneEdit.text(),
            on_result=self._customer_registered,
            on_error=self._register_refused,
        )

    def _customer_registered(self, customer: UserDTO) -> None:
        self._customers.append(customer)
        combo = self.ui.customerCombo
        combo.blockSignals(True)
        combo.addItem(customer_text(customer), customer.id)
        combo.blockSignals(False)
        self.choose_customer(customer.id)
        self.ui.checkoutErrorLabel.hide()
        self.register_button.setEnabled(True)
        self._update_customer_mode()

    def _register_refused(self, error: Exception) -> None:
        self.register_button.setEnabled(True)
        self._show_error(error)

    def _customers_arrived(self, customers: list[UserDTO]) -> None:
        self._customers = list(customers)
        fill_customers(self.ui.customerCombo, self._customers)
        self.customers_loaded.emit(len(self._customers))

    def choose_customer(self, user_id: int) -> bool:
        """Select a registered customer (as picking it from the list does)."""
        index = self.ui.customerCombo.findData(user_id)
        if index < 0:
            return False
        self.ui.registeredRadio.setChecked(True)
        self.ui.customerCombo.setCurrentIndex(index)
        return True

    @Slot()
    def _update_customer_mode(self) -> None:
        registered = self._staff and self.ui.registeredRadio.isChecked()
        if self._staff:
            self.register_button.setEnabled(not registered)
        self.ui.customerCombo.setEnabled(registered)
        self.ui.customerComboLabel.setEnabled(registered)
        if registered:
            self._customer_chosen()
        elif self._filled_from is not None:
            self.ui.customerNameEdit.clear()
            self.ui.customerPhoneEdit.clear()
            self._filled_from = None

    @Slot()
    def _customer_chosen(self) -> None:
        customer = self._selected_customer()
        if customer is None or not self.ui.registeredRadio.isChecked():
            return
        self.ui.customerNameEdit.setText(customer.full_name or customer.username)
        self.ui.customerPhoneEdit.setText(customer.phone or "")
        self._filled_from = customer

    def _selected_customer(self) -> UserDTO | None:
        combo = self.ui.customerCombo
        index = combo.currentIndex()
        if index < 0 or combo.currentText() != combo.itemText(index):
            return None
        user_id = combo.itemData(index)
        return next((c for c in self._customers if c.id == user_id), None)

    # ------------------------------------------------------------ pickup and payment

    @Slot()
    def _update_pickup(self) -> None:
        ui = self.ui
        now = self._hand_out_now()
        later = ui.pickupLaterCheck.isChecked()
        ui.pickupLaterCheck.setEnabled(not now)
        timed = self._cart.needs_pickup_time or (later and not now)
        ui.pickupDateTimeEdit.setEnabled(timed)
        ui.pickupDateTimeLabel.setEnabled(timed)
        if self._staff:
            ui.depositRadio.setEnabled(not now)
            if now and ui.depositRadio.isChecked():
                ui.fullPaymentRadio.setChecked(True)
        self._update_payment()

    def _policy_arrived(self, policy: ShopPolicy) -> None:
        # only the hint follows: a deposit the cashier has typed meanwhile is theirs
        self.min_deposit_percent = policy.min_deposit_percent
        self.policy_loaded.emit()
        self._update_totals()

    def _hand_out_now(self) -> bool:
        check = self.ui.handOutNowCheck
        return self._staff and not self._cart.needs_pickup_time and check.isChecked()

    @Slot(bool)
    def _payment_mode_changed(self, _full: bool) -> None:
        if self.ui.depositRadio.isChecked():
            # start from the smallest deposit the shop takes
            self.ui.paidAmountSpin.setValue(float(self._smallest_deposit(self._totals().total)))
        self._update_payment()

    @Slot()
    def _update_payment(self) -> None:
        if not self._staff:
            self._update_totals()
            return
        ui = self.ui
        total = self._totals().total
        spin = ui.paidAmountSpin
        typed = spin_decimal(spin.value())
        spin.blockSignals(True)
        spin.setMaximum(float(total))
        if ui.depositRadio.isChecked() and typed > total:
            self._paid_lowered_from = typed  # said under the amount, not done silently
        if ui.fullPaymentRadio.isChecked():
            spin.setValue(float(total))
        spin.blockSignals(False)
        spin.setReadOnly(ui.fullPaymentRadio.isChecked())
        self._update_totals()

    @Slot()
    def _paid_changed(self) -> None:
        self._paid_lowered_from = None  # the cashier's own amount again
        self._update_totals()

    def _smallest_deposit(self, total: Decimal) -> Decimal:
        return minimum_deposit(total, self.min_deposit_percent)

    def _in_roubles(self) -> bool:
        return self.ui.discountModeCombo.currentData() == DISCOUNT_ROUBLES

    def _show_discount_mode(self) -> None:
        """Percent: whole percents up to 100; roubles: kopecks up to the order's sum."""
        spin = self.ui.discountSpin
        spin.blockSignals(True)
        if self._in_roubles():
            spin.setDecimals(2)
            spin.setSuffix(" ₽")
            spin.setSingleStep(50)
            spin.setMaximum(float(sum((line.line_total for line in self._cart.items), Decimal(0))))
        else:
            spin.setDecimals(0)
            spin.setSuffix(" %")
            spin.setSingleStep(5)
            spin.setMaximum(100)
        spin.blockSignals(False)

    @Slot()
    def _discount_mode_changed(self) -> None:
        # 150 typed as roubles is not 150 %: the number starts again from 0, in plain sight
        self.ui.discountSpin.blockSignals(True)
        self.ui.discountSpin.setValue(0)
        self.ui.discountSpin.blockSignals(False)
        self._show_discount_mode()
        self._update_payment()

    def _discount(self) -> tuple[Decimal, Decimal]:
        """(percent, roubles): the one chosen in discountModeCombo, the other 0."""
        if not self._staff:
            return Decimal("0"), Decimal("0")
        value = spin_decimal(self.ui.discountSpin.value())
        return (Decimal("0"), value) if self._in_roubles() else (value, Decimal("0"))

    def _totals(self) -> Totals:
        percent, roubles = self._discount()
        return order_totals((line.line_total for line in self._cart.items), percent, roubles)

    def _paid(self, totals: Totals) -> Decimal:
        if not self._staff:
            return Decimal("0.00")
        if self.ui.fullPaymentRadio.isChecked():
            return totals.total
        return spin_decimal(self.ui.paidAmountSpin.value())

    @Slot()
    def _update_totals(self) -> None:
        totals = self._totals()
        paid = self._paid(totals)
        smallest = self._smallest_deposit(totals.total)
        ui = self.ui
        if self._staff:
            short = ui.depositRadio.isChecked() and paid < smallest
            lowered = self._paid_lowered_from if ui.depositRadio.isChecked() else None
            if lowered is not None:
                ui.depositHintLabel.setText(
                    self.tr("Paid now lowered from {0} to the new total, {1}").format(
                        money(lowered), money(totals.total)
                    )
                )
            else:
                ui.depositHintLabel.setText(
                    self.tr("Minimum deposit: {0} ({1} %)").format(
                        money(smallest), self.min_deposit_percent
                    )
                )
            ui.depositHintLabel.setStyleSheet(
                ERROR_STYLE if short or lowered is not None else "color: palette(placeholder-text);"
            )
            rows = [
                (self.tr("Subtotal"), money(totals.subtotal)),
                (self.tr("Discount"), discount_text(totals.discount, totals.subtotal)),
                (self.tr("Total"), f"<span style='font-size:15pt'>{money(totals.total)}</span>"),
                (self.tr("Paid now"), money(paid)),
                (self.tr("Balance at pickup"), money(totals.total - paid)),
            ]
            bold = frozenset({2, 4})
        else:
            rows = [
                (self.tr("Total"), f"<span style='font-size:15pt'>{money(totals.total)}</span>"),
                (self.tr("To pay at the counter"), money(totals.total)),
            ]
            bold = frozenset({0})
        ui.orderTotalLabel.setText(totals_html(rows, bold))

    # ------------------------------------------------------------ placing the order

    def build_request(self) -> CheckoutRequest:
        """The request from the fields; InvalidInput (with the field focused) when one is wrong."""
        ui = self.ui
        customer = self._selected_customer() if self._staff else None
        if self._staff and ui.registeredRadio.isChecked() and customer is None:
            self._focus(ui.customerCombo)
            raise InvalidInput(self.tr("Choose a registered customer from the list"))
        name = ui.customerNameEdit.text()
        phone = ui.customerPhoneEdit.text()
        try:
            # whether a name (and a phone) is needed is the core's rule: a walk-in's showcase
            # sale handed out now needs neither, an order picked up later needs both
            name = validation.text(name, self.tr("Customer name"), 128)
        except InvalidInput:
            self._focus(ui.customerNameEdit)
            raise
        try:
            phone = validation.phone(phone)
        except InvalidInput:
            self._focus(ui.customerPhoneEdit)
            raise
        totals = self._totals()
        paid = self._paid(totals)
        return CheckoutRequest(
            idempotency_key=self.idempotency_key,
            customer_id=customer.id if customer else None,
            customer_name=name,
            customer_phone=phone,
            due_at=self._due_at(),
            payment_method=ui.paymentMethodCombo.currentData() if paid > 0 else None,
            paid_amount=paid,
            discount_percent=self._discount()[0],
            discount_amount=self._discount()[1],
            notes=ui.orderNotesEdit.text(),
            item_notes=self._item_notes(),
            hand_out_now=self._hand_out_now(),
        )

    def _due_at(self) -> datetime | None:
        if not self.ui.pickupDateTimeEdit.isEnabled():
            return None
        value = self.ui.pickupDateTimeEdit.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.replace(second=0, microsecond=0)

    def _item_notes(self) -> dict[int, ItemNote]:
        table = self.ui.checkoutItemsTable
        notes: dict[int, ItemNote] = {}
        for row, line in enumerate(self._cart.items):
            texts = {}
            for column, what in (
                (COL_INSCRIPTION, self.tr("Inscription")),
                (COL_NOTES, self.tr("Notes")),
            ):
                cell = table.item(row, column)
                try:
                    texts[column] = validation.text(
                        cell.text() if cell else "", what, TEXT_LIMITS[column]
                    )
                except InvalidInput:
                    table.setCurrentCell(row, column)
                    self._focus(table)
                    raise
            notes[line.cake_id] = ItemNote(texts[COL_INSCRIPTION], texts[COL_NOTES])
        return notes

    @Slot()
    def confirm(self) -> None:
        """Place the order; a second click while it is on its way does nothing."""
        if self._placing:
            return
        self._show_error(None)
        try:
            request = self.build_request()
        except DomainError as error:
            self._show_error(error)
            return
        self._set_placing(True)
        self._ctx.call(
            self, checkout.place_order, request, on_result=self._placed, on_error=self._refused
        )

    def _placed(self, order: OrderDTO) -> None:
        self._set_placing(False)
        self.placed_order = order
        self.order_placed.emit(order)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_placing(False)
        self._show_error(error)
        ui = self.ui
        if isinstance(error, InvalidInput) and "customer's name" in str(error):
            self._focus(ui.customerNameEdit)
        elif isinstance(error, InvalidInput) and "customer's phone" in str(error):
            self._focus(ui.customerPhoneEdit)
        elif isinstance(error, InvalidInput) and "discount" in str(error):
            self._focus(ui.discountSpin)
        elif isinstance(error, PickupTooEarly | CapacityFull):
            self._focus(ui.pickupDateTimeEdit)
        elif isinstance(error, PaymentRefused):
            self._focus(ui.paidAmountSpin if self._staff else ui.confirmCheckoutButton)
        elif isinstance(error, OutOfStock):
            self._focus(ui.checkoutItemsTable)
        self.refused.emit(error)

    def _set_placing(self, placing: bool) -> None:
        self._placing = placing
        self.ui.confirmCheckoutButton.setEnabled(not placing)
        self.ui.checkoutBusyLabel.setText(self.tr("Placing the order…") if placing else "")
        if placing:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    @property
    def is_placing(self) -> bool:
        return self._placing

    def reject(self) -> None:
        # the answer would be lost with the dialog: wait for it
        if not self._placing:
            super().reject()

    def _focus(self, widget: QWidget) -> None:
        if widget.isEnabled() and not widget.isHidden():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, error: Exception | None) -> None:
        label = self.ui.checkoutErrorLabel
        label.setText("" if error is None else describe(error))
        label.setVisible(error is not None)

    @property
    def error_text(self) -> str:
        """What the inline error label says now ('' when nothing is wrong)."""
        label = self.ui.checkoutErrorLabel
        return label.text() if not label.isHidden() else ""
