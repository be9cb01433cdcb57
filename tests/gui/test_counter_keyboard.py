"""The counter from the keyboard only (QTest key clicks, no mouse, no slot called by hand): a
sale and a registered customer's pre-order found by phone and handed out; every F1 key."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cakeshop_desktop.core.domain import (
    CheckoutRequest,
    OrderQuery,
    OrderStatus,
    PaymentMethod,
    Role,
)
from cakeshop_desktop.core.services import cart, checkout, orders
from cakeshop_desktop.gui.dialogs import help_boxes
from cakeshop_desktop.gui.models.cart_model import CartModel
from tests.conftest import add_cake
from tests.gui.conftest import WAIT_MS, wait_idle

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def latin_cakes(shop) -> dict[str, int]:
    """Cakes QTest can type the names of (it sends Latin-1 keys only)."""
    made = {}
    for sku, name, stock in (
        ("4609001", "Eclair box", 5),
        ("4609002", "Eclair tower", 5),
        ("4609003", "Kyiv roll", 4),
    ):
        made[name] = add_cake(
            shop.uow,
            sku=sku,
            name=name,
            category_id=shop.category_id,
            price=Decimal("300.00"),
            weight_grams=300,
            stock_qty=stock,
        )
    return made


def ready_pre_order(shop, cake_id: int):
    """Yesterday's phone order of the registered customer: showcase cakes put aside."""
    cart.add_to_cart(shop.uow, shop.cashier, cake_id, 1)
    order = checkout.place_order(
        shop.uow,
        shop.cashier,
        CheckoutRequest(
            idempotency_key=uuid.uuid4().hex,
            customer_id=shop.customer.id,
            payment_method=PaymentMethod.CARD,
            paid_amount=Decimal("300.00"),
        ),
    )
    assert order.status is OrderStatus.READY  # showcase cakes: nothing to bake
    return order


def key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def focused():
    return QApplication.focusWidget()


def press(qtbot, key_, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed where the focus is, as a user would."""
    qtbot.keyClick(focused(), key_, modifier)


def back_to(qtbot, window):
    """A dialog closed: the window manager makes the main window active again."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def cart_lines(window):
    model = window.cart_model
    return [(model.item_at(r).name, model.item_at(r).quantity) for r in range(model.rowCount())]


def wait_dialog(qtbot, window, name: str) -> QDialog:
    """The dialog shown, and active as a window manager makes a new window (the offscreen
    platform has none, so the test does it)."""
    qtbot.waitUntil(
        lambda: (d := window.findChild(QDialog, name)) is not None and d.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = window.findChild(QDialog, name)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    return dialog


def test_a_sale_and_a_pre_order_pickup_by_phone_without_the_mouse(qtbot, make_window, shop):
    cakes = latin_cakes(shop)
    pre_order = ready_pre_order(shop, cakes["Kyiv roll"])
    window = make_window(Role.CASHIER)
    window.activateWindow()
    qtbot.waitActive(window)
    wait_idle(qtbot, window)
    ui = window.ui

    # F2, a name with one match, Enter: it goes in the cart and the search stays for the next
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is ui.catalogSearchEdit
    qtbot.keyClicks(focused(), "Kyiv")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cart_lines(window) == [("Kyiv roll", 1)], timeout=WAIT_MS)
    assert focused() is ui.catalogSearchEdit

    # a name with two matches: Enter goes to the list, Down picks the second, Enter adds it
    qtbot.keyClicks(focused(), "Eclair")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is ui.catalogView, timeout=WAIT_MS)
    assert ui.catalogView.selectionModel().isRowSelected(0, ui.catalogView.rootIndex())
    press(qtbot, Qt.Key.Key_Down)
    assert ui.catalogView.selectionModel().isRowSelected(1, ui.catalogView.rootIndex())
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(cart_lines(window)) == 2, timeout=WAIT_MS)

    # a barcode typed (or scanned) + Enter adds its cake
    press(qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(focused(), "4609001")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(cart_lines(window)) == 3, timeout=WAIT_MS)

    # F4: the cursor on the selected line's quantity; digits typed set it
    press(qtbot, Qt.Key.Key_F4)
    assert focused() is ui.cartView or ui.cartView.isAncestorOf(focused())
    assert ui.cartView.currentIndex().column() == CartModel.COL_QUANTITY
    row = ui.cartView.currentIndex().row()
    name = window.cart_model.item_at(row).name
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (name, 3) in cart_lines(window), timeout=WAIT_MS)
    wait_idle(qtbot, window)

    # F9: the checkout; a walk-in's showcase sale handed out now needs no name: Enter places it
    press(qtbot, Qt.Key.Key_F9)
    dialog = wait_dialog(qtbot, window, "checkoutDialog")
    assert dialog.ui.handOutNowCheck.isChecked()
    with qtbot.waitSignal(dialog.order_placed, timeout=WAIT_MS) as placed:
        press(qtbot, Qt.Key.Key_Return)
    sale = placed.args[0]
    assert sale.status is OrderStatus.COMPLETED and sale.customer_name == ""
    done = wait_dialog(qtbot, window, "orderPlacedDialog")
    key(qtbot, done, Qt.Key.Key_Return)
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: focused() is ui.catalogSearchEdit, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: cart_lines(window) == [], timeout=WAIT_MS)

    # the registered customer comes for the pre-order: F3, Tab to the phone, its last digits
    press(qtbot, Qt.Key.Key_F3)
    assert focused() is window.orders_panel.ui.orderNumberEdit
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.orders_panel.ui.orderPhoneEdit
    qtbot.keyClicks(focused(), "00-00-00")  # the customer's phone ends so
    press(qtbot, Qt.Key.Key_Return)
    view = window.orders_panel.ui.ordersView
    qtbot.waitUntil(lambda: focused() is view, timeout=WAIT_MS)
    assert window.orders_panel.selected_order().id == pre_order.id
    press(qtbot, Qt.Key.Key_Return)  # opens the order, with Hand out as its default button
    detail = wait_dialog(qtbot, window, "orderDetailDialog")
    qtbot.waitUntil(lambda: detail.hand_out_button.hasFocus(), timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Return)
    confirm = wait_dialog(qtbot, window, "handOutDialog")
    key(qtbot, confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            orders.order_detail(shop.uow, shop.admin, pre_order.id).order.status
            is OrderStatus.COMPLETED
        ),
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, window)
    all_orders = orders.find_orders(shop.uow, shop.admin, OrderQuery()).items
    assert {o.id for o in all_orders} == {sale.id, pre_order.id}
    assert sale.payment_method is PaymentMethod.CASH


@SQLITE_ONLY
def test_the_current_row_is_highlighted_with_the_focus_and_without(
    qtbot, make_window, shop, tmp_path
):
    latin_cakes(shop)
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    view = window.ui.catalogView
    qtbot.keyClick(window.ui.catalogSearchEdit, Qt.Key.Key_Down)
    qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
    assert view.selectionModel().isRowSelected(0, view.rootIndex())
    qtbot.keyClick(view, Qt.Key.Key_F4)  # the cart has the focus: the cake stays highlighted
    assert view.selectionModel().isRowSelected(0, view.rootIndex())
    palette = view.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        assert palette.color(QPalette.ColorGroup.Inactive, role) == palette.color(
            QPalette.ColorGroup.Active, role
        )
    window.grab().save(str(tmp_path / "current-row.png"))  # looked at by hand


@SQLITE_ONLY
def test_every_key_in_the_f1_list_does_what_it_says(qtbot, make_window, shop):
    cakes = latin_cakes(shop)
    window = make_window(Role.CASHIER)
    window.activateWindow()
    qtbot.waitActive(window)
    wait_idle(qtbot, window)
    ui = window.ui
    listed = {k for k, _what in help_boxes.ordering_shortcuts()}
    pressed = set()

    def did(name):
        assert name in listed, name
        pressed.add(name)

    press(qtbot, Qt.Key.Key_F1)
    box = window.findChild(QMessageBox, "shortcutsBox")
    assert box is not None and box.isVisible() and "F9" in box.text()
    key(qtbot, box, Qt.Key.Key_Escape)
    back_to(qtbot, window)
    did("F1")
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is ui.catalogSearchEdit
    did("F2")
    qtbot.keyClicks(focused(), "Eclair")
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: focused() is ui.catalogView, timeout=WAIT_MS)
    did("↓")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(cart_lines(window)) == 1, timeout=WAIT_MS)
    did("Enter")
    press(qtbot, Qt.Key.Key_F4)
    assert ui.cartView.hasFocus()
    assert ui.cartView.currentIndex().column() == CartModel.COL_QUANTITY
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cart_lines(window)[0][1] == 2, timeout=WAIT_MS)
    did("F4")
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: cart_lines(window) == [], timeout=WAIT_MS)
    did("Delete")
    before = window.catalog_model.total
    with qtbot.waitSignal(window.catalog_model.total_changed, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_F5)
    assert window.catalog_model.total == before
    did("F5")
    wait_idle(qtbot, window)
    press(qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(focused(), "4609002")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(cart_lines(window)) == 1, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    press(qtbot, Qt.Key.Key_F9)
    dialog = wait_dialog(qtbot, window, "checkoutDialog")
    did("F9")
    with qtbot.waitSignal(dialog.order_placed, timeout=WAIT_MS) as placed:
        press(qtbot, Qt.Key.Key_Return)
    done = wait_dialog(qtbot, window, "orderPlacedDialog")
    key(qtbot, done, Qt.Key.Key_Return)
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: focused() is ui.catalogSearchEdit, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_F3)
    assert ui.mainTabs.currentWidget() is ui.ordersTab
    did("F3")
    panel = window.orders_panel
    qtbot.keyClicks(focused(), placed.args[0].number)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is panel.ui.ordersView, timeout=WAIT_MS)
    printed = []
    panel.printer.print_order = lambda *args, **kw: printed.append(args)  # no printer here
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=WAIT_MS)
    did("Ctrl+P")
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_F6)
    assert ui.mainTabs.currentWidget() is ui.ordersTab
    assert window.orders_panel.model.query.status == OrderStatus.NEW
    did("F6")
    if getattr(window, "myAccountAction", None) is None:  # a customer's key: not a cashier's
        listed.discard("Ctrl+U")
    else:
        press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        account = wait_dialog(qtbot, window, "myAccountDialog")
        key(qtbot, account, Qt.Key.Key_Escape)
        back_to(qtbot, window)
        did("Ctrl+U")
    with qtbot.waitSignal(window.logout_requested, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    did("Ctrl+L")
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    did("Ctrl+Q")
    assert pressed == listed
    assert cakes
