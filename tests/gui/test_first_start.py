"""The first start (issue #11): a database without users opens the set-up wizard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from cakeshop_desktop import config
from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.services import shop as shop_service
from cakeshop_desktop.core.services.shop import ShopDetails
from cakeshop_desktop.core.setup.database import open_database
from cakeshop_desktop.core.uow import UnitOfWork
from cakeshop_desktop.gui import app as gui_app
from cakeshop_desktop.gui.dialogs.shop_setup_wizard import ShopSetupWizard
from tests.conftest import create_mysql_database, drop_mysql_database
from tests.gui.conftest import WAIT_MS, log_in, wait_idle
from tests.integration.support import scalar

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
DETAILS = ShopDetails(
    name="Кондитерская «Маковка»",
    address="Тверь, ул. Советская, 5",
    phone="+7 4822 55-66-77",
    tax_number="690000000000",
    receipt_footer="Спасибо за покупку!",
)


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch):
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "config"))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)


@pytest.fixture
def wizard(qtbot, database_url):
    shown = gui_app.launch(database_url)
    yield shown
    gui_app.shutdown()


def users(database_url: str) -> int:
    engine = make_engine(database_url)
    try:
        return scalar(UnitOfWork(engine), "SELECT COUNT(*) FROM users")
    finally:
        engine.dispose()


def click(qtbot, wizard: ShopSetupWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def fill_shop(wizard: ShopSetupWizard, details: ShopDetails) -> None:
    form = wizard.shop_page.form
    form.name_edit.setText(details.name)
    form.address_edit.setPlainText(details.address)
    form.phone_edit.setText(details.phone)
    form.tax_number_edit.setText(details.tax_number)
    form.footer_edit.setPlainText(details.receipt_footer)


def fill_admin(qtbot, wizard: ShopSetupWizard, password: str, again: str) -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.account.username_edit, "anna")
    qtbot.keyClicks(page.account.full_name_edit, "Anna")
    qtbot.keyClicks(page.account.password_edit, password)
    qtbot.keyClicks(page.account.repeat_edit, again)


@SQLITE_ONLY
def test_an_empty_database_opens_the_wizard_not_the_login(qtbot, wizard, database_url):
    assert isinstance(wizard, ShopSetupWizard) and wizard.objectName() == "shopSetupWizard"
    assert wizard.isVisible()
    assert not gui_app.current_shell().login_dialog.isVisible()
    assert gui_app.current_setup_wizard() is wizard
    assert users(database_url) == 0  # nobody with a known password


def test_setting_up_my_shop_makes_its_admin_and_logs_them_in(qtbot, wizard, database_url):
    assert wizard.currentId() == 0 and wizard.start_page.set_up_radio.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 1 and wizard.database_page.local_radio.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    click(qtbot, wizard, QWizard.WizardButton.NextButton)  # no name: refused
    assert wizard.currentId() == 2
    assert "Shop name" in wizard.shop_page.error_label.text()
    fill_shop(wizard, DETAILS)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 3

    fill_admin(qtbot, wizard, "long-secret", "long-secreT")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert "differ" in wizard.admin_page.error_label.text()
    assert users(database_url) == 0

    qtbot.keyClicks(wizard.admin_page.account.repeat_edit, "long-secret")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: gui_app.current_main_window() is not None, timeout=WAIT_MS)
    window = gui_app.current_main_window()
    assert window.objectName() == "adminWindow" and window.isVisible()
    assert not wizard.isVisible()
    assert window.findChild(QLabel, "demoShopLabel") is None
    wait_idle(qtbot, window)

    engine = make_engine(database_url)
    try:
        assert shop_service.shop_details(UnitOfWork(engine)) == DETAILS
        assert shop_service.is_demo_shop(UnitOfWork(engine)) is False
        assert scalar(UnitOfWork(engine), "SELECT username, role FROM users") == "anna"
        assert scalar(UnitOfWork(engine), "SELECT COUNT(*) FROM orders") == 0
    finally:
        engine.dispose()


@SQLITE_ONLY
def test_the_demo_shop_fills_the_database_and_says_so_everywhere(qtbot, wizard, database_url):
    wizard.start_page.demo_radio.setChecked(True)
    opens = wizard.button(QWizard.WizardButton.NextButton)
    assert opens.isVisible() and "demo" in opens.text()  # the demo needs no more pages
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    shell = gui_app.current_shell()
    qtbot.waitUntil(lambda: shell.login_dialog.isVisible(), timeout=60_000)
    demo_logins = shell.login_dialog.findChild(QLabel, "demoLoginsLabel")
    assert demo_logins is not None and "cashier123" in demo_logins.text()

    window = log_in(qtbot, shell.login_dialog, "cashier", "cashier123")
    note = window.findChild(QLabel, "demoShopLabel")
    assert note is not None and note.text() == "Demo shop"
    engine = make_engine(database_url)
    try:
        assert shop_service.is_demo_shop(UnitOfWork(engine))
        assert scalar(UnitOfWork(engine), "SELECT COUNT(*) FROM orders") > 100
    finally:
        engine.dispose()


@SQLITE_ONLY
def test_the_demo_option_opens_the_login_of_the_demo_shop(qtbot, database_url):
    try:
        dialog = gui_app.launch(database_url, demo=True)
        assert dialog.objectName() == "loginDialog" and dialog.isVisible()
        window = log_in(qtbot, dialog, "admin", "admin123")
        assert window.findChild(QLabel, "demoShopLabel") is not None
    finally:
        gui_app.shutdown()


@SQLITE_ONLY
def test_the_demo_never_fills_a_real_shop(qtbot, database_url):
    engine = open_database(database_url)
    shop_service.set_up_shop(UnitOfWork(engine), DETAILS, "anna", "long-secret")
    engine.dispose()
    with pytest.raises(InvalidInput, match="real shop"):
        open_database(database_url, demo=True).dispose()
    assert users(database_url) == 1


@pytest.mark.mysql
@SQLITE_ONLY
def test_setting_up_a_shop_on_the_shops_server(qtbot, wizard):
    url = create_mysql_database("cs_setup")
    try:
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        page = wizard.database_page
        page.server_radio.setChecked(True)
        page.server_page._fill_from(url)  # noqa: SLF001 - the fields a user types into
        click(qtbot, wizard, QWizard.WizardButton.NextButton)  # connects, creates the tables
        qtbot.waitUntil(lambda: wizard.currentId() == 2, timeout=WAIT_MS)
        fill_shop(wizard, DETAILS)
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        fill_admin(qtbot, wizard, "long-secret", "long-secret")
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
        # the app reopens on the server, where the new administrator logs in
        qtbot.waitUntil(
            lambda: gui_app.current_shell().engine.dialect.name == "mysql", timeout=WAIT_MS
        )
        login = gui_app.current_shell().login_dialog
        assert login.isVisible() and config.read_config_url(config.config_file())
        window = log_in(qtbot, login, "anna", "long-secret")
        assert window.objectName() == "adminWindow"
        engine = make_engine(url)
        assert shop_service.shop_details(UnitOfWork(engine)) == DETAILS
        engine.dispose()
    finally:
        gui_app.shutdown()
        drop_mysql_database(url)


@SQLITE_ONLY
def test_next_says_what_it_does(qtbot, wizard):
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    plain = next_button.text()
    wizard.start_page.demo_radio.setChecked(True)
    assert "demo" in next_button.text()
    wizard.start_page.set_up_radio.setChecked(True)
    assert next_button.text() == plain
