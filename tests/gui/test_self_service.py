"""A customers' self-service screen (issue #11): full screen, no File or Settings, and the
customer is logged out after some minutes without input, the cart kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QPushButton

from cakeshop_desktop import config
from cakeshop_desktop.core.services import cart as cart_service
from cakeshop_desktop.gui import app as gui_app
from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
from cakeshop_desktop.gui.dialogs.settings_terminal_page import SettingsTerminalPage
from tests.conftest import PASSWORD
from tests.gui.conftest import WAIT_MS, log_in

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch):
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "config"))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)


@pytest.fixture
def screen(qtbot, database_url, shop, request):
    """launch() on a terminal set to self-service with the test's idle minutes."""
    config.write_self_service(request.param)
    dialog = gui_app.launch(database_url)
    yield dialog
    gui_app.shutdown()


def enter(qtbot, dialog, username: str):
    """Log in without waiting for the window to load (that wait could outlast the idle time)."""
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(PASSWORD)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui_app.current_main_window() is not None, timeout=WAIT_MS)
    return gui_app.current_main_window()


def cart_of(shop) -> list[tuple[int, int]]:
    return [(i.cake_id, i.quantity) for i in cart_service.get_cart(shop.uow, shop.customer).items]


@SQLITE_ONLY
@pytest.mark.parametrize("screen", [0.02], indirect=True)  # 1.2 s
def test_the_customer_is_logged_out_when_idle_and_the_cart_is_kept(qtbot, screen, shop):
    assert screen.windowHandle().windowState() & Qt.WindowState.WindowFullScreen
    assert not screen.ui.settingsButton.isVisibleTo(screen)
    assert not screen.ui.quitButton.isVisibleTo(screen)
    QTest.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.isVisible()  # Escape does not quit a self-service screen

    window = enter(qtbot, screen, "customer")
    # the platform window's state: the offscreen screen (800 px) is narrower than the
    # window's minimum, which makes Qt drop the widget's own flag again
    assert window.windowHandle().windowState() & Qt.WindowState.WindowFullScreen
    assert not window.findChild(QMenu, "fileMenu").menuAction().isVisible()
    assert not window.findChild(QAction, "settingsAction").isEnabled()
    assert not window.findChild(QAction, "quitAction").isEnabled()
    assert window.findChild(QPushButton, "selfServiceLogoutButton") is not None
    cart_service.add_to_cart(shop.uow, shop.customer, shop.napoleon, 2)

    qtbot.waitUntil(lambda: gui_app.current_main_window() is None, timeout=WAIT_MS)
    assert screen.isVisible() and screen.ui.passwordEdit.text() == ""
    assert cart_of(shop) == [(shop.napoleon, 2)]
    window = enter(qtbot, screen, "customer")  # the next customer (or the same) logs in
    assert window.isVisible()


@SQLITE_ONLY
@pytest.mark.parametrize("screen", [0.03], indirect=True)  # 1.8 s
def test_input_keeps_the_customer_logged_in(qtbot, screen):
    window = enter(qtbot, screen, "customer")
    for step in range(14):  # 2.8 s of moving the mouse, more than the idle time
        QTest.mouseMove(window.ui.catalogView.viewport(), QPoint(10 + step * 3, 10))
        qtbot.wait(200)
        assert gui_app.current_main_window() is window
    qtbot.waitUntil(lambda: gui_app.current_main_window() is None, timeout=WAIT_MS)


@SQLITE_ONLY
@pytest.mark.parametrize("screen", [0.02], indirect=True)
def test_staff_keep_their_usual_windows_and_are_logged_out_too(qtbot, screen):
    window = enter(qtbot, screen, "admin")
    assert not window.windowHandle().windowState() & Qt.WindowState.WindowFullScreen
    assert window.findChild(QAction, "settingsAction").isEnabled()
    qtbot.waitUntil(lambda: gui_app.current_main_window() is None, timeout=WAIT_MS)


@SQLITE_ONLY
def test_an_admin_makes_a_terminal_self_service_in_settings(qtbot, launched):
    assert config.self_service_minutes() is None
    window = log_in(qtbot, launched, "admin")
    window.findChild(QAction, "settingsAction").trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    page = dialog.findChild(SettingsTerminalPage, "terminalPage")
    dialog.ui.settingsTabs.setCurrentWidget(page)
    page.self_service_check.setChecked(True)
    page.idle_spin.setValue(5)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert config.self_service_minutes() == 5
    page.self_service_check.setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert config.self_service_minutes() is None


def test_a_broken_idle_time_is_refused_in_words(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[terminal]\nmode = "self-service"\nidle_minutes = "soon"\n')
    with pytest.raises(Exception, match="idle_minutes"):
        config.self_service_minutes(path)
    path.write_text('[terminal]\nmode = "self-service"\n')
    assert config.self_service_minutes(path) == config.DEFAULT_IDLE_MINUTES
