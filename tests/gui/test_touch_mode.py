"""Touch mode: a per-terminal setting (config.toml), bigger rows, ± buttons that work."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog

from cakeshop_desktop import config
from cakeshop_desktop.core.db.models import Category
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services import cart as cart_service
from cakeshop_desktop.gui import window_geometry
from cakeshop_desktop.gui.models.cart_model import CartModel
from cakeshop_desktop.gui.models.catalog_model import CatalogModel
from cakeshop_desktop.gui.window_geometry import FRAME
from cakeshop_desktop.gui.windows.ordering_window import OrderingWindow
from tests.conftest import add_cake
from tests.gui.conftest import WAIT_MS, wait_idle
from tests.gui.order_helpers import shop_context
from tests.gui.test_screen_fit import TILL, fully_shown, language

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def test_touch_mode_is_kept_per_terminal_and_its_buttons_work(qtbot, make_window, shop):
    cart_service.add_to_cart(shop.uow, shop.cashier, shop.medovik, 1)
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    touch = window.touch
    assert touch.action.objectName() == "touchModeAction"
    assert not touch.action.isChecked() and not touch.spin_plus.isVisible()
    touch.action.trigger()
    assert config.read_config(config.config_file())["terminal"]["touch"] is True
    for view in (window.ui.catalogView, window.ui.cartView, window.orders_panel.ui.ordersView):
        assert view.verticalHeader().defaultSectionSize() >= 48, view.objectName()
    for button in touch.buttons:
        assert button.isVisible() and button.height() >= 48, button.objectName()
    qtbot.mouseClick(touch.spin_plus, Qt.MouseButton.LeftButton)
    assert window.ui.quantitySpin.value() == 2
    qtbot.mouseClick(touch.spin_minus, Qt.MouseButton.LeftButton)
    assert window.ui.quantitySpin.value() == 1
    qtbot.mouseClick(touch.cart_plus, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.cart_model.item_at(0).quantity == 2, timeout=WAIT_MS)
    qtbot.mouseClick(touch.cart_minus, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.cart_model.item_at(0).quantity == 1, timeout=WAIT_MS)
    qtbot.mouseClick(touch.cart_minus, Qt.MouseButton.LeftButton)  # not below 1: Remove does
    wait_idle(qtbot, window)
    assert window.cart_model.item_at(0).quantity == 1

    again = make_window(Role.CASHIER)  # the next start of this terminal remembers it
    assert again.touch.action.isChecked() and again.touch.cart_plus.isVisible()
    again.touch.action.trigger()
    assert "terminal" not in config.read_config(config.config_file())


def shows_whole(view, row: int, column: int) -> bool:
    """The cell's text fits its cell, wrapped onto lines as the view wraps it."""
    text = view.model().index(row, column).data()
    cell = view.visualRect(view.model().index(row, column)).adjusted(3, 0, -3, 0)
    flags = Qt.TextFlag.TextWordWrap if view.wordWrap() else 0
    needed = view.fontMetrics().boundingRect(QRect(0, 0, cell.width(), 10_000), flags, text)
    return needed.width() <= cell.width() and needed.height() <= cell.height()


@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_finger_reaches_everything_on_a_1024_by_768_till(qtbot, shop, engine, code):
    long_name = add_cake(
        shop.uow,
        sku="4600009",
        name="Веганский шоколадный торт с малиной",
        category_id=shop.category_id,
        price=Decimal("12400.00"),
        weight_grams=1800,
        stock_qty=9,
    )
    with shop.uow:  # the demo's longest shelf, and a cake whose availability is long
        shelf = shop.uow.catalog.add_category(Category(name="Свадебные и праздничные торты")).id
        shop.uow.commit()
    raw = add_cake(
        shop.uow,
        sku="4600010",
        name="Сыроедный «Манго-кокос»",
        category_id=shelf,
        price=Decimal("2600.00"),
        weight_grams=800,
        made_to_order=True,
        lead_time_hours=48,
    )
    for cake_id, quantity in ((long_name, 9), (shop.medovik, 2)):  # a five-digit total
        cart_service.add_to_cart(shop.uow, shop.cashier, cake_id, quantity)
    config.write_config_values("terminal", {"touch": True})
    with language(code), shop_context(engine, shop.cashier) as ctx:
        window = OrderingWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.showNormal()
        window.resize(TILL - FRAME)  # the room a maximised window has under a title bar
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: window.ui.checkoutButton.isEnabled(), timeout=WAIT_MS)
        QApplication.processEvents()
        ui, touch = window.ui, window.touch
        assert touch.action.isChecked()
        search = ui.catalogSearchEdit
        placeholder = search.fontMetrics().horizontalAdvance(search.placeholderText()[:16])
        assert search.width() >= placeholder + 20, "the search box shows a few words"
        for button in (*touch.buttons, ui.addToCartButton, ui.removeFromCartButton):
            assert fully_shown(button) and button.height() >= 48, button.objectName()
        for widget in (search, ui.quantitySpin, ui.cartTotalLabel, ui.checkoutButton):
            assert fully_shown(widget), widget.objectName()
        catalogue, cart = ui.catalogView, ui.cartView
        assert catalogue.model().rowCount() == 5
        for row in range(catalogue.model().rowCount()):
            assert shows_whole(catalogue, row, CatalogModel.COL_NAME), row
        for row in range(cart.model().rowCount()):
            assert shows_whole(cart, row, CartModel.COL_NAME), row
        model = window.catalog_model
        catalogue.setCurrentIndex(model.index(model.row_of(raw), CatalogModel.COL_NAME))
        assert "Свадебные и праздничные торты" in window.detail_pane.facts_label.text()
        wait_idle(qtbot, window)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_the_touch_checkout_on_a_till_shows_its_cakes(qtbot, shop, engine, code, monkeypatch):
    monkeypatch.setattr(
        window_geometry, "available_area", lambda _widget: QRect(0, 0, *TILL.toTuple())
    )
    for cake_id in (shop.medovik, shop.napoleon, shop.praga):
        cart_service.add_to_cart(shop.uow, shop.cashier, cake_id, 1)
    config.write_config_values("terminal", {"touch": True})
    with language(code), shop_context(engine, shop.cashier) as ctx:
        window = OrderingWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: window.ui.checkoutButton.isEnabled(), timeout=WAIT_MS)
        window.open_checkout()
        dialog = window.findChild(QDialog, "checkoutDialog")
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        ui = dialog.ui
        assert dialog.height() <= TILL.height()
        for widget in (ui.paidAmountSpin, ui.discountSpin, ui.confirmCheckoutButton):
            assert fully_shown(widget), widget.objectName()
        assert ui.paidAmountSpin.height() >= 40  # a finger's, as the counter's boxes
        table = ui.checkoutItemsTable  # the cakes, their inscriptions and notes stay in view
        last = table.rowCount() - 1
        assert table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()
        dialog.reject()
        wait_idle(qtbot, window)
