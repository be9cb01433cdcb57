"""The checkout dialog on SQLite and MariaDB: sales, refusals shown inline, bad input, one order per dialog."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QToolTip

from cakeshop_desktop.core.domain import (
    OrderQuery,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
)
from cakeshop_desktop.core.services import cart, orders, policy
from cakeshop_desktop.core.services import checkout as checkout_service
from cakeshop_desktop.gui.dialogs import checkout_dialog as checkout_dialog_module
from cakeshop_desktop.gui.dialogs.checkout_dialog import COL_INSCRIPTION, CheckoutDialog
from tests.gui.order_helpers import place, shop_context

WAIT = 15_000


@pytest.fixture
def cashier_ctx(shop, engine):
    with shop_context(engine, shop.cashier) as ctx:
        yield ctx


@pytest.fixture
def customer_ctx(shop, engine):
    with shop_context(engine, shop.customer) as ctx:
        yield ctx


def open_dialog(qtbot, ctx, shop, cakes: dict[int, int]) -> CheckoutDialog:
    for cake_id, quantity in cakes.items():
        cart.add_to_cart(shop.uow, ctx.actor, cake_id, quantity)
    dialog = CheckoutDialog(ctx, cart.get_cart(shop.uow, ctx.actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def confirm_and_wait_order(qtbot, dialog):
    with qtbot.waitSignal(dialog.order_placed, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.ui.confirmCheckoutButton, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def confirm_and_wait_refusal(qtbot, dialog):
    with qtbot.waitSignal(dialog.refused, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.ui.confirmCheckoutButton, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def cart_lines(shop, actor):
    return [(item.cake_id, item.quantity) for item in cart.get_cart(shop.uow, actor).items]


def all_orders(shop):
    return orders.find_orders(shop.uow, shop.admin, OrderQuery()).items


def test_contract_names(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.medovik: 1})
    assert dialog.objectName() == "checkoutDialog"
    for name in (
        "customerNameEdit",
        "customerPhoneEdit",
        "pickupDateTimeEdit",
        "paymentMethodCombo",
        "paidAmountSpin",
        "orderTotalLabel",
        "confirmCheckoutButton",
    ):
        widget = getattr(dialog.ui, name)
        assert widget.objectName() == name
        assert widget.accessibleName(), name


def test_cashier_sells_to_a_walk_in_paid_in_full(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.medovik: 2, shop.napoleon: 1})
    assert dialog.ui.handOutNowCheck.isChecked()  # a showcase sale goes over the counter
    assert not dialog.ui.pickupDateTimeEdit.isEnabled()
    dialog.ui.customerNameEdit.setText("Анна")
    dialog.ui.customerPhoneEdit.setText("+7 911 222-33-44")
    dialog.ui.paymentMethodCombo.setCurrentIndex(
        dialog.ui.paymentMethodCombo.findData(PaymentMethod.CARD)
    )
    assert (
        "3 491,00" in dialog.ui.orderTotalLabel.text().replace("\u00a0", " ").replace(",", ",")
        or "3,491.00" in dialog.ui.orderTotalLabel.text()
    )
    order = confirm_and_wait_order(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert order.total == Decimal("3491.00")
    assert order.paid_amount == order.total
    assert order.payment_method is PaymentMethod.CARD
    assert order.status is OrderStatus.COMPLETED
    assert order.customer_name == "Анна"
    assert cart_lines(shop, shop.cashier) == []


def test_cashier_takes_a_deposit_for_a_made_to_order_cake(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.praga: 1, shop.medovik: 1})
    ui = dialog.ui
    assert ui.handOutNowCheck.isHidden()
    assert ui.pickupDateTimeEdit.isEnabled()
    assert ui.pickupDateTimeEdit.dateTime() >= ui.pickupDateTimeEdit.minimumDateTime()
    earliest = ui.pickupDateTimeEdit.dateTime().toPython()
    assert earliest >= datetime.now() + timedelta(hours=24) - timedelta(minutes=1)
    ui.customerNameEdit.setText("Пётр")
    ui.customerPhoneEdit.setText("+7 911 000-11-22")
    ui.depositRadio.setChecked(True)
    total = Decimal("3650.50")
    assert Decimal(str(round(ui.paidAmountSpin.value(), 2))) == Decimal("1095.15")  # 30 %
    assert "1" in ui.depositHintLabel.text() and "30" in ui.depositHintLabel.text()
    ui.paidAmountSpin.setValue(1500.00)
    assert "2" in ui.orderTotalLabel.text()  # balance 2 150,50 shown live
    order = confirm_and_wait_order(qtbot, dialog)
    assert order.total == total
    assert order.paid_amount == Decimal("1500.00")
    assert order.balance == Decimal("2150.50")
    assert order.status is OrderStatus.CONFIRMED
    assert order.due_at == earliest.replace(second=0, microsecond=0)
    detail = orders.order_detail(shop.uow, shop.cashier, order.id)
    assert [p.kind for p in detail.payments] == [PaymentKind.DEPOSIT]


def test_discount_updates_the_totals_live(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    dialog.ui.customerNameEdit.setText("Скидка")
    dialog.ui.customerPhoneEdit.setText("+7 911 000-11-22")
    dialog.ui.discountSpin.setValue(10)
    text = dialog.ui.orderTotalLabel.text().replace("\u00a0", "").replace(" ", "")
    assert "891" in text and "99" in text  # 990 - 99 = 891
    assert Decimal(str(round(dialog.ui.paidAmountSpin.value(), 2))) == Decimal("891.00")
    order = confirm_and_wait_order(qtbot, dialog)
    assert order.discount == Decimal("99.00")
    assert order.total == Decimal("891.00")


@pytest.mark.parametrize(
    ("typed", "kept", "reason"),
    [
        ("500.123", "500.12", "at most 2 decimals"),
        ("5x", "5", "Not taken: 5x"),
    ],
)
def test_a_key_the_paid_amount_refuses_is_said_not_dropped(
    qtbot, shop, cashier_ctx, typed, kept, reason
):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    dialog.ui.depositRadio.setChecked(True)  # the amount is typed for a deposit
    spin = dialog.ui.paidAmountSpin
    assert spin.isEnabled() and not spin.isReadOnly()
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, typed)
    assert spin.cleanText().replace("\u00a0", "").replace(" ", "") == kept
    assert reason in QToolTip.text()


def test_a_percent_discount_too_big_is_said_in_whole_numbers(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    spin = dialog.ui.discountSpin  # in percent: whole numbers up to 100
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "150")
    assert spin.value() == 15
    assert "Not taken: 150" in QToolTip.text()
    assert "whole number from 0 to 100" in QToolTip.text()  # not "with at most 0 decimals"


def test_a_deposit_lowered_by_a_later_discount_is_said(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.praga: 1})  # 2,400.00
    ui = dialog.ui
    ui.depositRadio.setChecked(True)
    ui.paidAmountSpin.setValue(2000)
    ui.discountModeCombo.setCurrentIndex(ui.discountModeCombo.findText("₽"))
    ui.discountSpin.setValue(1000)  # the total falls to 1,400.00, under the deposit typed
    assert ui.paidAmountSpin.value() == 1400
    note = ui.depositHintLabel.text()
    assert "2,000.00" in note and "1,400.00" in note  # not changed silently
    ui.paidAmountSpin.setValue(1000)  # the cashier types the deposit again
    assert "Minimum deposit" in ui.depositHintLabel.text()


def test_cashier_orders_for_a_registered_customer(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    if not dialog.ui.customerCombo.count():
        qtbot.waitSignal(dialog.customers_loaded, timeout=WAIT).wait()
    assert dialog.ui.customerCombo.count() == 1  # only customers are offered
    assert dialog.choose_customer(shop.customer.id)
    assert dialog.ui.customerNameEdit.text() == shop.customer.full_name
    assert dialog.ui.customerPhoneEdit.text() == shop.customer.phone
    order = confirm_and_wait_order(qtbot, dialog)
    assert order.customer_id == shop.customer.id
    assert [o.id for o in orders.my_orders(shop.uow, shop.customer).items] == [order.id]


def test_registered_chosen_but_nobody_picked(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    dialog.ui.registeredRadio.setChecked(True)
    dialog.ui.customerCombo.setEditText("nobody at all")
    dialog.confirm()
    assert "registered customer" in dialog.error_text
    assert not dialog.is_placing


def test_customer_orders_a_made_to_order_cake_for_a_pickup_time(qtbot, shop, customer_ctx):
    dialog = open_dialog(qtbot, customer_ctx, shop, {shop.praga: 1})
    ui = dialog.ui
    assert ui.customerNameEdit.text() == shop.customer.full_name
    assert ui.customerNameEdit.isReadOnly()
    assert ui.customerPhoneEdit.text() == shop.customer.phone
    assert ui.customerCombo.isHidden()
    for widget in (ui.paymentMethodCombo, ui.paidAmountSpin, ui.depositRadio, ui.fullPaymentRadio):
        assert not widget.isEnabled()
    assert "counter" in ui.payAtCounterLabel.text()
    assert ui.discountSpin.isHidden()
    pickup = ui.pickupDateTimeEdit.dateTime().addDays(2)
    ui.pickupDateTimeEdit.setDateTime(pickup)
    ui.checkoutItemsTable.item(0, COL_INSCRIPTION).setText("С днём рождения, Маша!")
    order = confirm_and_wait_order(qtbot, dialog)
    assert order.status is OrderStatus.NEW
    assert order.paid_amount == Decimal("0.00")
    assert order.customer_id == shop.customer.id
    assert order.due_at == pickup.toPython().replace(second=0, microsecond=0)
    detail = orders.order_detail(shop.uow, shop.customer, order.id)
    assert detail.items[0].inscription == "С днём рождения, Маша!"


def assert_untouched(shop, dialog, actor, lines, name):
    assert cart_lines(shop, actor) == lines
    assert dialog.ui.customerNameEdit.text() == name
    assert dialog.isVisible()
    assert not dialog.is_placing
    assert dialog.ui.confirmCheckoutButton.isEnabled()


def test_out_of_stock_bought_meanwhile_is_shown_inline(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.medovik: 3})
    dialog.ui.customerNameEdit.setText("Ольга")
    dialog.ui.customerPhoneEdit.setText("+7 911 000-11-22")
    lines = cart_lines(shop, shop.cashier)
    place(shop.uow, shop.customer, {shop.medovik: 1})  # another counter sells one meanwhile
    error = confirm_and_wait_refusal(qtbot, dialog)
    assert type(error).__name__ == "OutOfStock"
    assert "Only 2 «Медовик» left" in dialog.error_text
    assert_untouched(shop, dialog, shop.cashier, lines, "Ольга")
    assert len(all_orders(shop)) == 1  # only the customer's


@pytest.mark.parametrize(
    ("clock", "offered"),
    [
        (time(1, 0), time(9, 0)),  # the earliest, 01:00, comes in the middle of the night
        (time(22, 30), time(9, 0)),  # the earliest, 22:30, comes after the shop has closed
        (time(11, 10), time(11, 15)),  # by day the earliest itself is offered
    ],
)
def test_the_pickup_offered_is_not_in_the_night(
    qtbot, shop, cashier_ctx, monkeypatch, clock, offered
):
    tomorrow = date.today() + timedelta(days=1)

    class AtNight(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.combine(tomorrow, clock)

    monkeypatch.setattr(checkout_dialog_module, "datetime", AtNight)
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.praga: 1})  # made in 24 hours
    monkeypatch.undo()
    edit = dialog.ui.pickupDateTimeEdit
    earliest = edit.minimumDateTime().toPython()
    shown = edit.dateTime().toPython()
    # the earliest stays choosable; the time offered is a daytime one, the first after it
    assert earliest.date() == tomorrow + timedelta(days=1)  # 24 hours after the clock
    assert shown.time() == offered
    assert shown >= earliest
    assert shown - earliest < timedelta(hours=12)


def test_pickup_too_early_is_shown_inline(qtbot, shop, cashier_ctx, monkeypatch):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.praga: 1})
    dialog.ui.customerNameEdit.setText("Ирина")
    dialog.ui.customerPhoneEdit.setText("+7 911 000-11-22")
    pickup = dialog.ui.pickupDateTimeEdit
    pickup.setDateTime(pickup.minimumDateTime())  # the earliest, which may come before 09:00
    lines = cart_lines(shop, shop.cashier)

    class ThreeHoursLater(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) + timedelta(hours=3)

    # the dialog stayed open for three hours: its earliest pickup is no longer possible
    monkeypatch.setattr(checkout_service, "datetime", ThreeHoursLater)
    error = confirm_and_wait_refusal(qtbot, dialog)
    assert type(error).__name__ == "PickupTooEarly"
    assert "earliest pickup" in dialog.error_text
    assert_untouched(shop, dialog, shop.cashier, lines, "Ирина")
    monkeypatch.undo()
    dialog.ui.pickupDateTimeEdit.setDateTime(QDateTime.currentDateTime().addDays(2))
    order = confirm_and_wait_order(qtbot, dialog)  # the same dialog, same key, now fine
    assert order.status is OrderStatus.CONFIRMED


def test_capacity_full_is_shown_inline(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.praga: 1})
    dialog.ui.customerNameEdit.setText("Олег")
    dialog.ui.customerPhoneEdit.setText("+7 911 000-11-22")
    day = dialog.ui.pickupDateTimeEdit.dateTime().toPython().date()
    with shop.uow as uow:
        uow.production.set_capacity(day, 0)
        uow.commit()
    lines = cart_lines(shop, shop.cashier)
    error = confirm_and_wait_refusal(qtbot, dialog)
    assert type(error).__name__ == "CapacityFull"
    assert "fully booked" in dialog.error_text
    assert_untouched(shop, dialog, shop.cashier, lines, "Олег")
    assert all_orders(shop) == ()


def test_deposit_too_small_is_shown_inline(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.praga: 1})
    dialog.ui.customerNameEdit.setText("Вера")
    dialog.ui.customerPhoneEdit.setText("+7 911 000-11-22")
    dialog.ui.depositRadio.setChecked(True)
    dialog.ui.paidAmountSpin.setValue(100.0)
    assert "b00020" in dialog.ui.depositHintLabel.styleSheet()  # the minimum turns red
    lines = cart_lines(shop, shop.cashier)
    error = confirm_and_wait_refusal(qtbot, dialog)
    assert type(error).__name__ == "PaymentRefused"
    assert "at least 720.00" in dialog.error_text
    assert_untouched(shop, dialog, shop.cashier, lines, "Вера")
    assert dialog.ui.paidAmountSpin.value() == 100.0
    assert all_orders(shop) == ()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "call me maybe", "Not a phone number"),
        ("phone", "12", "Not a phone number"),
        ("inscription", "Ж" * 10_240, "Inscription is too long"),
        ("notes", "x" * 5_000, "Notes is too long"),
        ("inscription", "bad\x00byte", "control character"),
    ],
)
def test_bad_input_is_refused_inline(qtbot, shop, cashier_ctx, field, value, message):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    ui = dialog.ui
    ui.customerNameEdit.setText("Good Name")
    ui.customerPhoneEdit.setText("+7 900 000-00-00")
    if field == "name":
        ui.customerNameEdit.setText(value)
        ui.customerPhoneEdit.setText("+7 911 000-11-22")
    elif field == "phone":
        ui.customerPhoneEdit.setText(value)
    else:
        column = COL_INSCRIPTION if field == "inscription" else COL_INSCRIPTION + 1
        ui.checkoutItemsTable.item(0, column).setText(value)
    lines = cart_lines(shop, shop.cashier)
    dialog.confirm()
    assert message in dialog.error_text
    assert not dialog.is_placing
    assert cart_lines(shop, shop.cashier) == lines
    assert all_orders(shop) == ()


def test_typed_fields_stop_at_the_column_length(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    dialog.ui.customerNameEdit.setText("Я" * 500)
    assert len(dialog.ui.customerNameEdit.text()) == 128
    dialog.ui.customerPhoneEdit.setText("9" * 100)
    assert len(dialog.ui.customerPhoneEdit.text()) == 32


def test_emoji_in_the_inscription_is_kept(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.praga: 1})
    dialog.ui.customerNameEdit.setText("Эмодзи 😀")
    dialog.ui.customerPhoneEdit.setText("+7 911 000-11-22")
    inscription = "С днём рождения! 🎂🎉 ❤️"
    dialog.ui.checkoutItemsTable.item(0, COL_INSCRIPTION).setText(inscription)
    order = confirm_and_wait_order(qtbot, dialog)
    detail = orders.order_detail(shop.uow, shop.cashier, order.id)
    assert detail.items[0].inscription == inscription
    assert detail.order.customer_name == "Эмодзи 😀"


def test_double_click_on_confirm_makes_one_order(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 2})
    dialog.ui.customerNameEdit.setText("Двойной клик")
    dialog.ui.customerPhoneEdit.setText("+7 911 000-11-22")
    with qtbot.waitSignal(dialog.order_placed, timeout=WAIT):
        qtbot.mouseDClick(dialog.ui.confirmCheckoutButton, Qt.MouseButton.LeftButton)
        dialog.confirm()  # and once more from the keyboard
    # every click's call has answered (a second one would have made a second order)
    qtbot.waitUntil(lambda: cashier_ctx.workers.pending == 0, timeout=WAIT)
    placed = all_orders(shop)
    assert len(placed) == 1
    assert placed[0].id == dialog.placed_order.id


def test_a_retry_with_the_dialogs_key_returns_the_first_order(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    dialog.ui.customerNameEdit.setText("Повтор")
    dialog.ui.customerPhoneEdit.setText("+7 911 000-11-22")
    request = dialog.build_request()
    first = confirm_and_wait_order(qtbot, dialog)
    # as if the answer was lost on a dropped connection and the same request went again
    again = checkout_service.place_order(shop.uow, shop.cashier, request)
    assert again.id == first.id
    assert len(all_orders(shop)) == 1


def test_enter_confirms_and_escape_cancels(qtbot, shop, cashier_ctx):
    # Each dialog is kept until the test's end, as the counter's window keeps its own until
    # Qt deletes it: dropping the last reference to a parentless dialog that was just
    # closed deleted it from Python while Qt still had its timers and filters in hand
    # (a crash or a half-made WindowPlacement now and then).
    cancelled = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    qtbot.keyClick(cancelled, Qt.Key.Key_Escape)
    assert cancelled.result() == cancelled.DialogCode.Rejected
    assert not cancelled.isVisible()

    dialog = CheckoutDialog(cashier_ctx, cart.get_cart(shop.uow, shop.cashier))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.ui.customerNameEdit.setFocus()
    qtbot.keyClicks(dialog.ui.customerNameEdit, "Keyboard Kate")  # QTest types ASCII only
    with qtbot.waitSignal(dialog.order_placed, timeout=WAIT):
        qtbot.keyClick(dialog.ui.customerNameEdit, Qt.Key.Key_Return)
    assert dialog.placed_order.customer_name == "Keyboard Kate"


def test_at_a_0_percent_policy_a_phone_order_is_taken_unpaid(qtbot, shop, cashier_ctx):
    policy.save_shop_policy(shop.uow, shop.admin, policy.ShopPolicy(min_deposit_percent=0))
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.praga: 1})
    ui = dialog.ui
    qtbot.waitUntil(lambda: dialog.min_deposit_percent == 0, timeout=WAIT)
    ui.customerNameEdit.setText("Анна")
    ui.customerPhoneEdit.setText("+7 911 000-11-22")
    ui.depositRadio.setChecked(True)
    assert ui.paidAmountSpin.value() == 0
    assert "(0 %)" in ui.depositHintLabel.text()
    order = confirm_and_wait_order(qtbot, dialog)
    assert (order.paid_amount, order.balance) == (Decimal("0.00"), Decimal("2400.00"))


def test_the_hint_follows_the_shop_s_percentage_and_keeps_a_typed_deposit(qtbot, shop, cashier_ctx):
    policy.save_shop_policy(shop.uow, shop.admin, policy.ShopPolicy(min_deposit_percent=50))
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.praga: 1})
    ui = dialog.ui
    ui.depositRadio.setChecked(True)
    ui.paidAmountSpin.setValue(1300.00)
    qtbot.waitUntil(lambda: dialog.min_deposit_percent == 50, timeout=WAIT)
    assert "(50 %)" in ui.depositHintLabel.text()
    assert ui.paidAmountSpin.value() == 1300.00


def test_a_walk_in_showcase_sale_takes_no_typing_but_a_pre_order_asks_whom_to_call(
    qtbot, shop, cashier_ctx
):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    ui = dialog.ui
    ui.handOutNowCheck.setChecked(False)  # kept for later: the shop must know whom to call
    lines = cart_lines(shop, shop.cashier)
    error = confirm_and_wait_refusal(qtbot, dialog)
    assert "needs the customer's name" in dialog.error_text, error
    assert ui.customerNameEdit.hasFocus()
    ui.customerNameEdit.setText("Анна")
    confirm_and_wait_refusal(qtbot, dialog)
    assert "needs the customer's phone" in dialog.error_text
    assert ui.customerPhoneEdit.hasFocus()
    assert cart_lines(shop, shop.cashier) == lines and all_orders(shop) == ()

    ui.customerNameEdit.clear()
    ui.handOutNowCheck.setChecked(True)
    order = confirm_and_wait_order(qtbot, dialog)  # handed out now: nothing typed
    assert (order.customer_name, order.customer_phone) == ("", "")
    assert order.status is OrderStatus.COMPLETED


def test_a_discount_in_roubles_is_shown_as_both_and_a_limit_is_kept(qtbot, shop, cashier_ctx):
    from cakeshop_desktop.core.services.discounts import DiscountLimits, save_discount_limits

    save_discount_limits(shop.uow, shop.admin, DiscountLimits(cashier=Decimal("10")))
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 2})  # 1 980.00
    ui = dialog.ui
    assert ui.discountModeCombo.objectName() == "discountModeCombo"
    ui.discountModeCombo.setCurrentIndex(ui.discountModeCombo.findData("roubles"))
    assert ui.discountSpin.suffix() == " ₽" and ui.discountSpin.decimals() == 2
    ui.discountSpin.setValue(250.0)  # 12.6 %: over the cashier's 10 %
    text = ui.orderTotalLabel.text()
    assert "250" in text and "12.6 %" in text.replace(",", ".")
    lines = cart_lines(shop, shop.cashier)
    confirm_and_wait_refusal(qtbot, dialog)
    assert "at most 10 %" in dialog.error_text
    assert ui.discountSpin.hasFocus()
    assert cart_lines(shop, shop.cashier) == lines and all_orders(shop) == ()
    ui.discountSpin.setValue(150.0)
    order = confirm_and_wait_order(qtbot, dialog)
    assert (order.discount, order.total) == (Decimal("150.00"), Decimal("1830.00"))


def test_switching_the_discount_mode_starts_the_number_again(qtbot, shop, cashier_ctx):
    dialog = open_dialog(qtbot, cashier_ctx, shop, {shop.napoleon: 1})
    ui = dialog.ui
    ui.discountSpin.setValue(15.0)
    ui.discountModeCombo.setCurrentIndex(ui.discountModeCombo.findData("roubles"))
    assert ui.discountSpin.value() == 0.0  # 15 % never silently becomes 15 ₽
    assert ui.discountSpin.maximum() == 990.0
