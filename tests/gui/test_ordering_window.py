"""The ordering window through its widgets: journeys on SQLite and MariaDB, filters, cart, keys."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.models import Category
from cakeshop_desktop.core.domain import CatalogSort, OrderDTO, Role
from cakeshop_desktop.core.services import cart as cart_service
from cakeshop_desktop.core.services import catalog
from cakeshop_desktop.gui import app as gui_app
from cakeshop_desktop.gui.models.cart_model import CartModel
from cakeshop_desktop.gui.models.catalog_model import CatalogModel
from tests.conftest import add_cake
from tests.gui.conftest import WAIT_MS, log_in, type_text, wait_idle
from tests.gui.test_screen_fit import language

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def names(window) -> list[str]:
    model = window.catalog_model
    return [model.cake_at(row).name for row in range(model.rowCount())]


def cart_lines(window) -> list[tuple[str, int]]:
    model = window.cart_model
    return [(model.item_at(r).name, model.item_at(r).quantity) for r in range(model.rowCount())]


def search(qtbot, window, text: str) -> None:
    window.ui.catalogSearchEdit.clear()
    type_text(window.ui.catalogSearchEdit, text)
    wait_idle(qtbot, window)


def edit_quantity(qtbot, window, row: int, value: int | str) -> None:
    """Open the quantity cell's editor like a user, type the number, press Enter."""
    view = window.ui.cartView
    index = window.cart_model.index(row, CartModel.COL_QUANTITY)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit, "quantityEditor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, str(value))
    assert editor.text() == str(value)  # every keystroke kept
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on a queued call once Enter is pressed
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=WAIT_MS)
    wait_idle(qtbot, window)


def open_checkout(qtbot, window) -> QDialog:
    window.ui.checkoutButton.click()
    qtbot.waitUntil(
        lambda: window.findChild(QDialog, "checkoutDialog") is not None, timeout=WAIT_MS
    )
    dialog = window.findChild(QDialog, "checkoutDialog")
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def confirm_checkout(qtbot, window, dialog) -> OrderDTO:
    with qtbot.waitSignal(dialog.order_placed, timeout=WAIT_MS) as placed:
        qtbot.mouseClick(dialog.ui.confirmCheckoutButton, Qt.MouseButton.LeftButton)
    order = placed.args[0]
    qtbot.waitUntil(lambda: window.cart_model.rowCount() == 0, timeout=WAIT_MS)
    return order


def order_placed_dialog(qtbot, window, order: OrderDTO) -> QDialog:
    """The dialog that says which order was placed: on top, the number big."""
    qtbot.waitUntil(
        lambda: (
            (found := window.findChild(QDialog, "orderPlacedDialog")) is not None
            and found.isVisible()
        ),
        timeout=WAIT_MS,
    )
    dialog = window.findChild(QDialog, "orderPlacedDialog")
    assert QApplication.activeModalWidget() is dialog
    number = dialog.findChild(QLabel, "orderPlacedNumberLabel")
    assert number.text() == order.number
    assert number.font().pointSizeF() >= 2 * window.font().pointSizeF()
    assert dialog.findChild(QPushButton, "orderPlacedCloseButton").isDefault()
    return dialog


def close_with_enter(qtbot, window, dialog: QDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "orderPlacedDialog") is None, timeout=WAIT_MS)
    # the next customer: the search field has the window's focus
    qtbot.waitUntil(lambda: window.focusWidget() is window.ui.catalogSearchEdit, timeout=WAIT_MS)


def order_numbers(window) -> list[str]:
    view = window.findChild(type(window.ui.catalogView), "ordersView")
    model = view.model()
    return [
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


# --------------------------------------------------------------- journeys (both databases)


def test_customer_journey(qtbot, launched, shop):
    window = log_in(qtbot, launched, "customer")
    assert sorted(names(window)) == ["Медовик", "Наполеон", "Прага"]
    search(qtbot, window, "напол")  # lower case Cyrillic finds «Наполеон» on both databases
    assert names(window) == ["Наполеон"]
    window.ui.catalogView.setCurrentIndex(window.catalog_model.index(0, CatalogModel.COL_NAME))
    window.ui.quantitySpin.selectAll()
    qtbot.keyClicks(window.ui.quantitySpin, "2")
    qtbot.mouseClick(window.ui.addToCartButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert cart_lines(window) == [("Наполеон", 2)]
    edit_quantity(qtbot, window, 0, 3)
    assert cart_lines(window) == [("Наполеон", 3)]
    assert "2" in window.ui.cartTotalLabel.text() and "970" in window.ui.cartTotalLabel.text()

    dialog = open_checkout(qtbot, window)
    assert dialog.ui.customerNameEdit.text() == "Demo customer"
    order = confirm_checkout(qtbot, window, dialog)
    assert order.total == Decimal("2970.00")
    placed = order_placed_dialog(qtbot, window, order)
    assert not placed.findChild(QPushButton, "orderPlacedPrintReceiptButton").isVisible()
    assert "2,970.00" in placed.findChild(QLabel, "orderPlacedSummaryLabel").text()
    close_with_enter(qtbot, window, placed)
    qtbot.waitUntil(lambda: order.number in order_numbers(window), timeout=WAIT_MS)
    assert order.number in window.statusBar().currentMessage()
    assert not window.ui.checkoutButton.isEnabled()


def test_cashier_journey_with_a_scanner(qtbot, launched, shop, monkeypatch):
    window = log_in(qtbot, launched, "cashier")
    ui = window.ui
    qtbot.keyClicks(ui.catalogSearchEdit, "4600001")  # the scanner types the code ...
    qtbot.keyClick(ui.catalogSearchEdit, Qt.Key.Key_Return)  # ... and Enter
    qtbot.waitUntil(lambda: cart_lines(window) == [("Медовик", 1)], timeout=WAIT_MS)
    assert ui.catalogSearchEdit.text() == ""
    wait_idle(qtbot, window)

    edit_quantity(qtbot, window, 0, 5)  # only 3 on the showcase
    assert ui.cartErrorLabel.isVisible() and "Only 3" in ui.cartErrorLabel.text()
    assert cart_lines(window) == [("Медовик", 1)]
    assert window.cart_model.index(0, CartModel.COL_QUANTITY).data() == "1"
    # a spin box would have dropped the "-", the fraction or the fourth digit without a word
    for typed, reason in [("-2", "at least 1"), ("1.5", "whole number"), ("1000", "999")]:
        edit_quantity(qtbot, window, 0, typed)
        assert ui.cartErrorLabel.isVisible() and reason in ui.cartErrorLabel.text(), typed
        assert cart_lines(window) == [("Медовик", 1)]

    row = names(window).index("Прага")  # made to order: Enter on its row adds one
    ui.catalogView.setCurrentIndex(window.catalog_model.index(row, CatalogModel.COL_NAME))
    ui.catalogView.setFocus()
    qtbot.keyClick(ui.catalogView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(cart_lines(window)) == 2, timeout=WAIT_MS)
    assert not ui.cartErrorLabel.isVisible()

    dialog = open_checkout(qtbot, window)
    qtbot.keyClicks(dialog.ui.customerNameEdit, "Walk-in Petrov")
    qtbot.keyClicks(dialog.ui.customerPhoneEdit, "+7 911 000-11-22")
    order = confirm_checkout(qtbot, window, dialog)
    assert order.total == Decimal("3650.50")
    placed = order_placed_dialog(qtbot, window, order)
    printed = []  # no printer set up on this terminal: the print preview opens
    monkeypatch.setattr(
        "cakeshop_desktop.gui.printing.preview_document",
        lambda parent, document: printed.append(document.name),
    )
    for name in ("orderPlacedPrintReceiptButton", "orderPlacedPrintTicketButton"):
        qtbot.mouseClick(placed.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=WAIT_MS)
    assert sorted(printed) == sorted([f"Invoice {order.number}", f"Order ticket {order.number}"])
    close_with_enter(qtbot, window, placed)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: order.number in order_numbers(window), timeout=WAIT_MS)
    row = names(window).index("Медовик")
    assert window.catalog_model.index(row, CatalogModel.COL_AVAILABILITY).data() == "2 in stock"


# --------------------------------------------------------------- the cart


@SQLITE_ONLY
def test_the_cart_survives_closing_the_app(qtbot, database_url, shop):
    dialog = gui_app.launch(database_url)
    window = log_in(qtbot, dialog, "customer")
    qtbot.keyClicks(window.ui.catalogSearchEdit, "4600002")
    qtbot.keyClick(window.ui.catalogSearchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cart_lines(window) == [("Наполеон", 1)], timeout=WAIT_MS)
    gui_app.shutdown()  # the app is closed

    dialog = gui_app.launch(database_url)
    try:
        window = log_in(qtbot, dialog, "customer")
        qtbot.waitUntil(lambda: cart_lines(window) == [("Наполеон", 1)], timeout=WAIT_MS)
    finally:
        gui_app.shutdown()


@SQLITE_ONLY
def test_delete_removes_a_line_and_clear_asks_first(qtbot, make_window, shop, monkeypatch):
    with language("en"):  # English with its plural forms, as the app loads it
        delete_and_clear(qtbot, make_window, shop, monkeypatch)


def delete_and_clear(qtbot, make_window, shop, monkeypatch):
    for cake_id in (shop.medovik, shop.napoleon):
        cart_service.add_to_cart(shop.uow, shop.cashier, cake_id, 1)
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    assert len(cart_lines(window)) == 2
    window.activateWindow()
    qtbot.waitActive(window)
    window.ui.focusCartAction.trigger()  # F4
    assert window.ui.cartView.hasFocus()
    qtbot.keyClick(window.ui.cartView, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(cart_lines(window)) == 1, timeout=WAIT_MS)

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or answers.pop(0)
    )
    window.ui.clearCartButton.click()
    wait_idle(qtbot, window)
    assert len(cart_lines(window)) == 1  # "No" keeps the cart
    assert asked[0] == "Take the 1 line out of the cart?"  # not "all 1 line(s)"
    window.ui.clearCartButton.click()
    qtbot.waitUntil(lambda: cart_lines(window) == [], timeout=WAIT_MS)
    assert not window.ui.checkoutButton.isEnabled()


def test_a_refused_quantity_stays_as_typed_and_selected(qtbot, make_window, shop):
    add_cake(
        shop.uow,
        sku="4600998",
        name="Шесть штук",
        category_id=shop.category_id,
        price=Decimal("800.00"),
        weight_grams=800,
        stock_qty=6,
    )
    window = make_window(Role.CASHIER)
    ui = window.ui
    type_text(ui.catalogSearchEdit, "Шесть штук")
    wait_idle(qtbot, window)
    ui.catalogView.setCurrentIndex(window.catalog_model.index(0, CatalogModel.COL_NAME))
    spin = ui.quantitySpin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "999")
    qtbot.keyClick(ui.addToCartButton, Qt.Key.Key_Space)
    qtbot.waitUntil(ui.cartErrorLabel.isVisible, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert "6" in ui.cartErrorLabel.text() and cart_lines(window) == []
    # what the cashier typed is still there, selected: the next digits type over it
    assert spin.value() == 999
    spin.setFocus()
    assert spin.lineEdit().selectedText() == "999"
    qtbot.keyClicks(spin, "6")
    qtbot.keyClick(ui.addToCartButton, Qt.Key.Key_Space)
    wait_idle(qtbot, window)
    assert cart_lines(window) == [("Шесть штук", 6)]
    assert spin.value() == 1  # taken: back to one for the next cake


@SQLITE_ONLY
def test_an_unknown_code_says_so_and_adds_nothing(qtbot, make_window):
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    qtbot.keyClicks(window.ui.catalogSearchEdit, "999999")
    qtbot.keyClick(window.ui.catalogSearchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(window.ui.cartErrorLabel.isVisible, timeout=WAIT_MS)
    assert "999999" in window.ui.cartErrorLabel.text()
    assert cart_lines(window) == []


# --------------------------------------------------------------- the catalogue


@SQLITE_ONLY
def test_filters_run_in_sql_after_a_pause_in_typing(qtbot, make_window, shop, monkeypatch):
    with shop.uow:
        other = shop.uow.catalog.add_category(Category(name="Пирожные")).id
        shop.uow.commit()
    add_cake(
        shop.uow,
        sku="4600010",
        name="Эклер",
        description="",
        category_id=other,
        price=Decimal("150.00"),
        weight_grams=80,
        allergens="молоко",
        stock_qty=0,
    )
    window = make_window(Role.CUSTOMER)
    wait_idle(qtbot, window)
    ui = window.ui
    assert len(names(window)) == 4

    asked = []
    real = catalog.search_catalog
    monkeypatch.setattr(
        catalog, "search_catalog", lambda uow, actor, q: (asked.append(q), real(uow, actor, q))[1]
    )
    type_text(ui.catalogSearchEdit, "медовик")
    wait_idle(qtbot, window)
    assert len(asked) == 1 and asked[0].text == "медовик"  # one query for seven keys
    assert names(window) == ["Медовик"]
    ui.catalogSearchEdit.clear()

    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findText("Пирожные"))
    wait_idle(qtbot, window)
    assert names(window) == ["Эклер"]
    ui.inStockCheck.setChecked(True)  # the éclair is sold out
    wait_idle(qtbot, window)
    assert names(window) == []
    ui.categoryCombo.setCurrentIndex(0)
    ui.inStockCheck.setChecked(False)
    ui.priceFromSpin.setValue(900)
    ui.priceToSpin.setValue(2000)
    wait_idle(qtbot, window)
    assert sorted(names(window)) == ["Медовик", "Наполеон"]
    ui.priceFromSpin.setValue(0)
    ui.priceToSpin.setValue(0)
    ui.madeToOrderCheck.setChecked(True)
    wait_idle(qtbot, window)
    assert names(window) == ["Прага"]
    ui.madeToOrderCheck.setChecked(False)
    menu = ui.allergenButton.menu()
    shocolate = next(a for a in menu.actions() if a.data() == "шоколад")
    shocolate.setChecked(True)
    wait_idle(qtbot, window)
    assert "Прага" not in names(window) and "Медовик" in names(window)
    assert asked[-1].exclude_allergens == ("шоколад",)


@SQLITE_ONLY
def test_sorting_by_header_click_and_by_popularity(qtbot, make_window, shop):
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    header = window.ui.catalogView.horizontalHeader()
    x = header.sectionViewportPosition(CatalogModel.COL_PRICE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_idle(qtbot, window)
    assert names(window)[0] == "Наполеон"  # cheapest first
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_idle(qtbot, window)
    assert names(window)[0] == "Прага"
    assert window.ui.sortCombo.currentData() == CatalogSort.PRICE_DESC.value

    cart_service.add_to_cart(shop.uow, shop.cashier, shop.napoleon, 1)
    from cakeshop_desktop.core.domain import CheckoutRequest, PaymentMethod
    from cakeshop_desktop.core.services import checkout

    checkout.place_order(
        shop.uow,
        shop.cashier,
        CheckoutRequest(
            idempotency_key="sort-test-1",
            customer_name="X",
            customer_phone="+7 911 000-11-22",
            payment_method=PaymentMethod.CASH,
            paid_amount=Decimal("990.00"),
        ),
    )
    combo = window.ui.sortCombo
    combo.setCurrentIndex(combo.findData(CatalogSort.POPULARITY.value))
    wait_idle(qtbot, window)
    assert names(window)[0] == "Наполеон"
    assert window.catalog_model.query.sort is CatalogSort.POPULARITY


@SQLITE_ONLY
def test_the_catalogue_loads_in_pages_as_it_scrolls(qtbot, make_window, shop):
    with shop.uow:
        for i in range(120):
            shop.uow.catalog.add_cake(
                type(shop.uow.catalog.get_cake(shop.medovik))(
                    sku=f"47{i:05d}",
                    name=f"Капкейк {i:03d}",
                    description="",
                    category_id=shop.category_id,
                    price=Decimal("99.00"),
                    weight_grams=90,
                    allergens="",
                    stock_qty=5,
                )
            )
        shop.uow.commit()
    window = make_window(Role.CUSTOMER)
    wait_idle(qtbot, window)
    assert window.catalog_model.rowCount() == 50 and window.catalog_model.total == 123
    assert "123" in window.ui.catalogCountLabel.text()
    for expected in (100, 123):
        window.ui.catalogView.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: window.catalog_model.rowCount() == n, timeout=WAIT_MS)
    assert len(set(names(window))) == 123


# --------------------------------------------------------------- keyboard and names


@SQLITE_ONLY
def test_function_keys(qtbot, make_window, shop):
    cart_service.add_to_cart(shop.uow, shop.customer, shop.napoleon, 1)
    window = make_window(Role.CUSTOMER)
    wait_idle(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    ui = window.ui
    shortcuts = {
        a.objectName(): a.shortcut().toString()
        for a in (
            ui.focusSearchAction,
            ui.focusOrdersAction,
            ui.focusCartAction,
            ui.refreshAction,
            ui.checkoutAction,
            ui.logoutAction,
            ui.shortcutsAction,
        )
    }
    assert shortcuts == {
        "focusSearchAction": "F2",
        "focusOrdersAction": "F3",
        "focusCartAction": "F4",
        "refreshAction": "F5",
        "checkoutAction": "F9",
        "logoutAction": "Ctrl+L",
        "shortcutsAction": "F1",
    }
    qtbot.keyClick(ui.catalogView, Qt.Key.Key_F4)
    assert ui.cartView.hasFocus()
    qtbot.keyClick(ui.cartView, Qt.Key.Key_F2)
    assert ui.catalogSearchEdit.hasFocus()
    qtbot.keyClick(ui.catalogSearchEdit, Qt.Key.Key_F3)
    assert ui.mainTabs.currentWidget() is ui.ordersTab
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert ui.mainTabs.currentWidget() is ui.shopTab
    qtbot.keyClick(ui.catalogSearchEdit, Qt.Key.Key_F9)
    qtbot.waitUntil(
        lambda: window.findChild(QDialog, "checkoutDialog") is not None, timeout=WAIT_MS
    )
    dialog = window.findChild(QDialog, "checkoutDialog")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    ui.shortcutsAction.trigger()
    box = window.findChild(QMessageBox, "shortcutsBox")
    assert box is not None and "F9" in box.text()
    box.close()


@SQLITE_ONLY
def test_every_automation_name_has_an_accessible_name(qtbot, make_window):
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    assert window.objectName() == "orderingWindow" and window.accessibleName()
    for name in (
        "catalogSearchEdit",
        "categoryCombo",
        "priceFromSpin",
        "priceToSpin",
        "inStockCheck",
        "catalogView",
        "quantitySpin",
        "addToCartButton",
        "cartView",
        "cartTotalLabel",
        "checkoutButton",
        "ordersView",
    ):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


# --------------------------------------------------------------- responsiveness


class Ticker:
    """Counts the ticks of a 20 ms timer: it only ticks while the GUI thread is free."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1


@SQLITE_ONLY
def test_a_slow_database_keeps_the_window_responsive(qtbot, make_window, monkeypatch):
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    real = catalog.search_catalog

    def slow(uow, actor, query):
        time.sleep(1.0)
        return real(uow, actor, query)

    monkeypatch.setattr(catalog, "search_catalog", slow)
    busy = window.connection_status.busy_bar
    ticker = Ticker()
    started = time.monotonic()
    window.ui.refreshAction.trigger()  # F5
    qtbot.waitUntil(busy.isVisible, timeout=WAIT_MS)
    assert window.ui.catalogCountLabel.text() == "Loading…"
    wait_idle(qtbot, window)
    elapsed = time.monotonic() - started
    assert elapsed >= 1.0
    assert ticker.ticks >= 20  # the event loop ran all along: ~50 ticks a second
    assert not busy.isVisible() and window.catalog_model.rowCount() == 3


@SQLITE_ONLY
def test_a_dead_server_shows_offline_instead_of_freezing(qtbot, make_window):
    dead = make_engine("mysql+pymysql://root@127.0.0.1:1/cakeshop")
    ticker = Ticker()
    window = make_window(Role.CASHIER, engine_=dead)
    offline = window.connection_status.offline_label
    qtbot.waitUntil(offline.isVisible, timeout=WAIT_MS)
    assert "Offline" in offline.text()
    # the catalogue says why it is empty, with the server it tried
    qtbot.waitUntil(lambda: "127.0.0.1" in window.ui.catalogCountLabel.text(), timeout=WAIT_MS)
    assert ticker.ticks > 0
    wait_idle(qtbot, window)
    dead.dispose()
