"""Messages agree: a refused add says why and nothing else; quantity boxes refuse, never clip."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.gui.models.catalog_model import CatalogModel
from tests.conftest import add_cake
from tests.gui.conftest import WAIT_MS, type_text, wait_idle

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def test_a_refused_add_says_why_and_nothing_else(qtbot, make_window, shop):
    add_cake(
        shop.uow,
        sku="4600999",
        name="Последний",
        category_id=shop.category_id,
        price=Decimal("800.00"),
        weight_grams=800,
        stock_qty=1,
    )
    window = make_window(Role.CASHIER)
    ui = window.ui
    type_text(ui.catalogSearchEdit, "Последний")
    wait_idle(qtbot, window)
    ui.catalogView.setCurrentIndex(window.catalog_model.index(0, CatalogModel.COL_NAME))
    spin = ui.quantitySpin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "abc99999")
    # the letters and the digits past 999 were refused with a word, not clipped silently
    assert spin.value() == 999
    assert "999" in QToolTip.text() and "abc99999"[:1] not in spin.text()
    qtbot.keyClick(ui.addToCartButton, Qt.Key.Key_Space)
    qtbot.waitUntil(ui.cartErrorLabel.isVisible, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert "Only 1" in ui.cartErrorLabel.text()
    assert "added" not in window.statusBar().currentMessage()
    assert window.cart_model.rowCount() == 0

    spin.setValue(1)
    qtbot.keyClick(ui.addToCartButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.cart_model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "× 1 added" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert not ui.cartErrorLabel.isVisible()


def test_production_quantities_say_why_a_key_is_refused(qtbot, shop, engine):
    from cakeshop_desktop.gui.windows.production_window import ProductionWindow
    from tests.gui.order_helpers import shop_context

    with shop_context(engine, shop.admin) as ctx:
        window = ProductionWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        ui = window.ui
        for spin in (ui.defaultCapacitySpin, ui.capacitySpin, ui.batchQuantitySpin):
            ui.mainTabs.setCurrentIndex(ui.mainTabs.indexOf(ui.adminTab))
            spin.setFocus()
            spin.selectAll()
            before = spin.value()
            qtbot.keyClicks(spin, "x")
            assert spin.value() == before
            assert QToolTip.isVisible() and "x" in QToolTip.text(), spin.objectName()
            QToolTip.hideText()
        qtbot.waitUntil(lambda: ctx.workers.pending == 0, timeout=15_000)
