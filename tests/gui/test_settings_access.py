"""Who may change where the till points (issue #11): Database, Shop and the other admin
pages of Settings are an administrator's, from a main window and from the login."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from cakeshop_desktop import config
from cakeshop_desktop.core.services import policy as policy_service
from cakeshop_desktop.core.services import shop as shop_service
from cakeshop_desktop.core.services.shop import ShopDetails
from cakeshop_desktop.gui import app as gui_app
from cakeshop_desktop.gui.dialogs.admin_check_dialog import AdminCheckDialog
from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
from cakeshop_desktop.gui.dialogs.settings_policy_page import SettingsPolicyPage
from cakeshop_desktop.gui.dialogs.settings_shop_page import SettingsShopPage
from tests.conftest import PASSWORD
from tests.gui.conftest import WAIT_MS, log_in

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
ADMIN_PAGES = {"databasePage", "shopPage", "policyPage"}


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch):
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "config"))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)


def pages(dialog: SettingsDialog) -> set[str]:
    tabs = dialog.ui.settingsTabs
    return {tabs.widget(i).objectName() for i in range(tabs.count())}


def settings_of(window) -> SettingsDialog:
    window.findChild(QAction, "settingsAction").trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def ask_from_login(qtbot, login, username: str, password: str) -> AdminCheckDialog:
    qtbot.mouseClick(login.ui.settingsButton, Qt.MouseButton.LeftButton)
    check = login.findChild(AdminCheckDialog, "adminCheckDialog")
    assert check is not None and check.isVisible()
    qtbot.keyClicks(check.account.username_edit, username)
    qtbot.keyClicks(check.account.password_edit, password)
    qtbot.mouseClick(check.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not check.is_checking, timeout=WAIT_MS)
    return check


@SQLITE_ONLY
def test_an_admin_sees_the_database_and_shop_pages_from_the_main_window(qtbot, launched):
    dialog = settings_of(log_in(qtbot, launched, "admin"))
    assert pages(dialog) >= ADMIN_PAGES
    assert dialog.findChild(QLabel, "adminOnlyLabel") is None


@SQLITE_ONLY
@pytest.mark.parametrize("role", ["cashier", "customer", "baker"])
def test_other_roles_get_the_language_only(qtbot, launched, role):
    dialog = settings_of(log_in(qtbot, launched, role))
    assert pages(dialog) == {"languageTab"}
    assert dialog.database_page is None
    assert dialog.findChild(QLabel, "adminOnlyLabel").isVisibleTo(dialog)


@SQLITE_ONLY
def test_from_the_login_an_admins_password_opens_every_page(qtbot, launched):
    ask_from_login(qtbot, launched, "admin", PASSWORD)
    qtbot.waitUntil(lambda: launched.findChild(SettingsDialog) is not None, timeout=WAIT_MS)
    assert pages(launched.findChild(SettingsDialog)) >= ADMIN_PAGES


@SQLITE_ONLY
@pytest.mark.parametrize("role", ["cashier", "customer", "baker"])
def test_from_the_login_another_roles_password_is_refused(qtbot, launched, role):
    check = ask_from_login(qtbot, launched, role, PASSWORD)
    assert check.isVisible()
    assert "Only an administrator" in check.error_label.text()
    assert launched.findChild(SettingsDialog) is None


@SQLITE_ONLY
def test_from_the_login_a_wrong_password_is_refused(qtbot, launched):
    check = ask_from_login(qtbot, launched, "admin", "not-the-password")
    assert check.isVisible() and "Wrong login or password" in check.error_label.text()
    assert launched.findChild(SettingsDialog) is None


@SQLITE_ONLY
def test_from_the_login_anybody_may_pick_the_language(qtbot, launched):
    qtbot.mouseClick(launched.ui.settingsButton, Qt.MouseButton.LeftButton)
    check = launched.findChild(AdminCheckDialog, "adminCheckDialog")
    qtbot.mouseClick(check.language_button, Qt.MouseButton.LeftButton)
    dialog = launched.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None and pages(dialog) == {"languageTab"}


def test_an_admin_changes_the_shops_details_in_settings(qtbot, launched, shop):
    dialog = settings_of(log_in(qtbot, launched, "admin"))
    page = dialog.findChild(SettingsShopPage, "shopPage")
    dialog.ui.settingsTabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    page.form.name_edit.setText("")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert "Shop name is required" in page.result_label.text()
    assert shop_service.shop_details(shop.uow) == ShopDetails()

    page.form.name_edit.setText("Маковка")
    page.form.footer_edit.setPlainText("Спасибо!\nЖдём снова")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert "Saved" in page.result_label.text()
    assert shop_service.shop_details(shop.uow) == ShopDetails(
        name="Маковка", receipt_footer="Спасибо!\nЖдём снова"
    )
    gui_app.shutdown()


def test_an_admin_changes_the_shop_s_policy_in_settings(qtbot, launched, shop):
    dialog = settings_of(log_in(qtbot, launched, "admin"))
    page = dialog.findChild(SettingsPolicyPage, "policyPage")
    dialog.ui.settingsTabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert page.min_deposit_spin.value() == 30
    assert page.self_registration_check.isChecked()
    page.min_deposit_spin.setFocus()
    page.min_deposit_spin.selectAll()
    qtbot.keyClicks(page.min_deposit_spin, "0")
    page.self_registration_check.setChecked(False)
    page.cashier_refunds_check.setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert "Saved" in page.result_label.text()
    assert policy_service.shop_policy(shop.uow) == policy_service.ShopPolicy(
        min_deposit_percent=0, cashier_refunds=False, self_registration=False
    )
    gui_app.shutdown()
