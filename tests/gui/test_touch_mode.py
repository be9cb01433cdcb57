"""Touch mode: a per-terminal setting (config.toml), bigger rows, ± buttons that work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cakeshop_desktop import config
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services import cart as cart_service
from tests.gui.conftest import WAIT_MS, wait_idle

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
    assert window.ui.catalogView.verticalHeader().defaultSectionSize() >= 48
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
