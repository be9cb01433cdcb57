"""Customers' accounts in the windows: registering at the login, My account, the counter's side."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from cakeshop_desktop.core.domain import OrderStatus, Role
from cakeshop_desktop.core.services import accounts, auth, cart, orders, policy, users
from cakeshop_desktop.core.services.policy import ShopPolicy
from cakeshop_desktop.gui import app as gui_app
from cakeshop_desktop.gui.dialogs.login_dialog import LoginDialog
from tests.gui.conftest import WAIT_MS, type_text, wait_idle
from tests.gui.test_screen_fit import fully_shown, language
from tests.integration.support import buy, cashier_sale, later


def open_registration(qtbot, dialog):
    button = dialog.create_account_button
    qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    registration = dialog.findChild(QWidget, "registrationDialog")
    assert registration is not None and registration.isVisible()
    return registration


def field(registration, name):
    return registration.findChild(QWidget, name)


def fill(qtbot, registration, **values):
    for name, text in values.items():
        edit = field(registration, name)
        edit.clear()
        type_text(edit, text)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_create_an_account_shows_whole_beside_the_other_buttons(qtbot, code):
    with language(code):
        dialog = LoginDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.create_account_button.show()  # as when the shop's policy arrives
        QApplication.processEvents()
        ui = dialog.ui
        for button in (
            ui.settingsButton,
            dialog.create_account_button,
            ui.quitButton,
            ui.loginButton,
        ):  # Russian showed «ь учётную за»
            assert fully_shown(button), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()


def test_a_new_customer_registers_and_lands_in_the_ordering_window(qtbot, launched, shop):
    registration = open_registration(qtbot, launched)
    for name in (
        "regNameEdit",
        "regPhoneEdit",
        "regLoginEdit",
        "regPasswordEdit",
        "regPasswordRepeatEdit",
        "regSubmitButton",
    ):
        assert field(registration, name).accessibleName(), name
    fill(
        qtbot,
        registration,
        regNameEdit="Ирина Соколова",
        regPhoneEdit="8 916 555-12-34",
        regPasswordEdit="torte-2026",
        regPasswordRepeatEdit="torte-2027",
    )
    assert "79165551234" in field(registration, "regLoginHintLabel").text()
    qtbot.mouseClick(field(registration, "regSubmitButton"), Qt.MouseButton.LeftButton)
    error = field(registration, "regErrorLabel")
    assert error.isVisible() and "differ" in error.text()
    assert field(registration, "regPasswordRepeatEdit").text() == ""
    fill(qtbot, registration, regPasswordRepeatEdit="torte-2026")
    qtbot.keyClick(field(registration, "regPasswordRepeatEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui_app.current_main_window() is not None, timeout=WAIT_MS)
    window = gui_app.current_main_window()
    assert window.objectName() == "orderingWindow" and "Ирина Соколова" in window.windowTitle()
    assert not launched.isVisible()
    assert auth.login(shop.uow, "79165551234", "torte-2026").role is Role.CUSTOMER


def test_a_refused_registration_says_why_and_stays_open(qtbot, launched, shop):
    registration = open_registration(qtbot, launched)
    fill(
        qtbot,
        registration,
        regNameEdit="Ирина",
        regPhoneEdit="8 916 555-12-34",
        regLoginEdit="customer",  # taken by the shop's demo customer
        regPasswordEdit="torte-2026",
        regPasswordRepeatEdit="torte-2026",
    )
    qtbot.mouseClick(field(registration, "regSubmitButton"), Qt.MouseButton.LeftButton)
    error = field(registration, "regErrorLabel")
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert "customer" in error.text() and "taken" in error.text()
    assert registration.isVisible() and gui_app.current_main_window() is None


def test_no_create_an_account_when_the_shop_turned_it_off(qtbot, database_url, shop):
    policy.save_shop_policy(shop.uow, shop.admin, ShopPolicy(self_registration=False))
    dialog = gui_app.launch(database_url)
    try:
        wait_idle(qtbot, dialog)
        qtbot.wait(200)
        assert not dialog.create_account_button.isVisible()
    finally:
        gui_app.shutdown()


# ---------------------------------------------------------------- my account


def test_my_account_edits_details_and_cancels_a_new_order(qtbot, make_window, shop):
    order = buy(shop.uow, shop.customer, {shop.medovik: 1})
    window = make_window(Role.CUSTOMER)
    wait_idle(qtbot, window)
    assert window.findChild(QWidget, "ordersToConfirmLabel") is None  # a customer's window
    window.myAccountAction.trigger()
    dialog = window.findChild(QWidget, "myAccountDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.login_label.text() == "customer", timeout=WAIT_MS)
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "Анна Кузнецова")
    dialog.phone_edit.clear()
    type_text(dialog.phone_edit, "8 926 777-88-99")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.details_label.text() == "Saved.", timeout=WAIT_MS)
    assert dialog.phone_edit.text() == "8 (926) 777-88-99"
    assert "Анна Кузнецова" in window.windowTitle()
    assert accounts.my_account(shop.uow, shop.customer).full_name == "Анна Кузнецова"

    dialog.phone_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.details_label.text() == "Phone is required", timeout=WAIT_MS)
    assert accounts.my_account(shop.uow, shop.customer).phone == "8 (926) 777-88-99"

    type_text(dialog.current_edit, "secret123")
    type_text(dialog.new_edit, "new-secret-1")
    type_text(dialog.repeat_edit, "new-secret-1")
    qtbot.mouseClick(dialog.password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Password changed" in dialog.password_label.text(), timeout=WAIT_MS)
    assert auth.login(shop.uow, "customer", "new-secret-1").id == shop.customer.id

    panel = dialog.orders_panel
    dialog.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.select_order(order.id), timeout=WAIT_MS)
    assert panel.ui.cancelOrderButton.isEnabled()
    panel.cancel_selected()
    panel.action_dialog.accept()
    qtbot.waitUntil(
        lambda: (
            orders.order_detail(shop.uow, shop.customer, order.id).order.status
            is OrderStatus.CANCELLED
        ),
        timeout=WAIT_MS,
    )


# ---------------------------------------------------------------- the counter


def test_my_account_keeps_what_was_typed_before_the_account_came(
    qtbot, make_window, shop, monkeypatch
):
    """The stored account arrives after the dialog opened (a slow server): a box the
    customer already typed into keeps the typing; the others show what is stored."""
    arrived = threading.Event()
    may_answer = threading.Event()
    stored = accounts.my_account

    def slow_account(*args, **kwargs):
        try:
            return stored(*args, **kwargs)
        finally:
            may_answer.wait(WAIT_MS / 1000)
            arrived.set()

    monkeypatch.setattr(accounts, "my_account", slow_account)
    window = make_window(Role.CUSTOMER)
    wait_idle(qtbot, window)
    window.myAccountAction.trigger()
    dialog = window.findChild(QWidget, "myAccountDialog")
    dialog.phone_edit.clear()
    type_text(dialog.phone_edit, "8 926 777-88-99")
    may_answer.set()
    qtbot.waitUntil(arrived.is_set, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    QApplication.processEvents()
    assert dialog.phone_edit.text() == "8 926 777-88-99"  # as typed, not the stored number
    assert dialog.name_edit.text() == accounts.my_account(shop.uow, shop.customer).full_name


def open_checkout(qtbot, window):
    from cakeshop_desktop.gui.dialogs.checkout_dialog import CheckoutDialog

    window.cart_model.reload()
    wait_idle(qtbot, window)
    window.open_checkout()
    dialog = window.findChild(CheckoutDialog)
    qtbot.waitUntil(lambda: dialog.ui.customerCombo.count() > 0, timeout=WAIT_MS)
    return dialog


def test_a_cashier_registers_a_walk_in_at_checkout(qtbot, make_window, shop):
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    window = make_window(Role.CASHIER)
    dialog = open_checkout(qtbot, window)
    type_text(dialog.ui.customerNameEdit, "Пётр Иванов")
    type_text(dialog.ui.customerPhoneEdit, "8 903 111-22-33")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ui.registeredRadio.isChecked, timeout=WAIT_MS)
    assert "Пётр Иванов" in dialog.ui.customerCombo.currentText()
    assert not dialog.register_button.isEnabled()
    with qtbot.waitSignal(dialog.order_placed, timeout=WAIT_MS) as placed:
        qtbot.mouseClick(dialog.ui.confirmCheckoutButton, Qt.MouseButton.LeftButton)
    order = placed.args[0]
    (customer,) = [
        c for c in users.list_users(shop.uow, shop.cashier) if c.full_name == "Пётр Иванов"
    ]
    assert order.customer_id == customer.id and customer.phone == "8 (903) 111-22-33"

    # the same phone again: refused with the reason, nobody registered twice
    qtbot.waitUntil(lambda: window.findChild(QWidget, "checkoutDialog") is None, timeout=WAIT_MS)
    cart.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    dialog = open_checkout(qtbot, window)
    type_text(dialog.ui.customerNameEdit, "Пётр")
    type_text(dialog.ui.customerPhoneEdit, "+79031112233")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "on file" in dialog.error_text, timeout=WAIT_MS)
    assert not dialog.ui.registeredRadio.isChecked()
    assert len([c for c in users.list_users(shop.uow, shop.cashier) if "Пётр" in c.full_name]) == 1
    dialog.reject()


def test_a_new_customers_order_shows_at_the_counter_with_a_sound(qtbot, make_window, shop):
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    label = window.findChild(QWidget, "ordersToConfirmLabel")
    assert label is not None and label.isVisible()
    assert label.text() == "No orders to confirm"
    qtbot.waitUntil(lambda: window.live.has_baseline, timeout=WAIT_MS)
    rings = []
    window.to_confirm.rang.connect(lambda: rings.append(1))
    order = buy(shop.uow, shop.customer, {shop.praga: 1}, due_at=later())
    # the live refresh polls every 2 s: well within the 5 s promised
    qtbot.waitUntil(lambda: "To confirm: 1" in label.text(), timeout=5_000)
    assert rings == [1] and order.number in label.toolTip()
    window.showToConfirmAction.trigger()  # F6, as a click on the count
    assert window.showToConfirmAction.shortcut().toString() == "F6"
    panel = window.orders_panel
    assert window.ui.mainTabs.currentWidget() is window.ui.ordersTab
    qtbot.waitUntil(lambda: panel.select_order(order.id), timeout=WAIT_MS)
    assert panel.model.rowCount() == 1  # only the orders to confirm
    # the sound can be turned off; it stays off on this terminal
    window.to_confirm.sound_action.setChecked(False)
    buy(shop.uow, shop.customer, {shop.napoleon: 1})
    qtbot.waitUntil(lambda: "To confirm: 2" in label.text(), timeout=5_000)
    assert rings == [1]
    other = make_window(Role.ADMIN)
    assert not other.to_confirm.sound_action.isChecked()
    # confirming takes it off the count
    orders.confirm_order(shop.uow, shop.cashier, order.id)
    qtbot.waitUntil(lambda: "To confirm: 1" in label.text(), timeout=5_000)


def test_a_cashier_links_an_account_to_the_customer_on_file(qtbot, make_window, shop, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    walk_in = accounts.register_at_counter(shop.uow, shop.cashier, "Ирина", "+7 916 555-12-34")
    earlier = cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1}, customer_id=walk_in.id)
    account = accounts.register_customer(
        shop.uow, full_name="Ирина С.", phone="8 916 555 12 34", password="torte-2026"
    )
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    dialog = window.open_link_account()
    qtbot.waitUntil(lambda: dialog.choose_account(account.id), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.records_list.count() == 1, timeout=WAIT_MS)
    assert "Ирина" in dialog.records_list.item(0).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "moved to the account: 1" in dialog.result_label.text(), timeout=WAIT_MS
    )
    assert [o.id for o in orders.my_orders(shop.uow, account).items] == [earlier.id]
