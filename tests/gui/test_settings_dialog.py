"""Settings → Database and Language, the local-database note, About and the unexpected-error box."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from sqlalchemy import text
from sqlalchemy.engine import make_url

from cakeshop_desktop import config
from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.setup.database import open_database
from cakeshop_desktop.core.setup.server import has_admin
from cakeshop_desktop.core.uow import UnitOfWork
from cakeshop_desktop.gui import app as gui_app
from cakeshop_desktop.gui import language
from cakeshop_desktop.gui.crash import unexpected_error_box
from cakeshop_desktop.gui.dialogs.about_dialog import AboutDialog
from cakeshop_desktop.gui.dialogs.admin_check_dialog import AdminCheckDialog
from cakeshop_desktop.gui.dialogs.first_admin_dialog import FirstAdminDialog
from cakeshop_desktop.gui.dialogs.login_dialog import LoginDialog
from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
from tests.conftest import PASSWORD, create_mysql_database, drop_mysql_database
from tests.gui.conftest import WAIT_MS, log_in
from tests.mysql_accounts import counter_account

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch):
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "config"))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)


def open_settings(
    qtbot, login: LoginDialog, username: str = "admin", password: str = PASSWORD
) -> SettingsDialog:
    """Settings from the login: an administrator's login and password first."""
    qtbot.mouseClick(login.ui.settingsButton, Qt.MouseButton.LeftButton)
    check = login.findChild(AdminCheckDialog, "adminCheckDialog")
    assert check is not None and check.isVisible()
    qtbot.keyClicks(check.account.username_edit, username)
    qtbot.keyClicks(check.account.password_edit, password)
    qtbot.mouseClick(check.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            (found := login.findChild(SettingsDialog, "settingsDialog")) is not None
            and found.isVisible()
        ),
        timeout=WAIT_MS,
    )
    return login.findChild(SettingsDialog, "settingsDialog")


def fill(dialog: SettingsDialog, url: str) -> None:
    dialog.database_page._fill_from(url)  # noqa: SLF001 - the same fields a user types into


def press_and_wait(qtbot, dialog: SettingsDialog, button) -> str:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.database_page.is_busy, timeout=WAIT_MS)
    return dialog.database_page.ui.testResultLabel.text()


@SQLITE_ONLY
def test_the_login_says_it_is_the_local_database_and_leads_to_the_settings(qtbot, launched):
    assert "Local database" in launched.ui.databaseLabel.text()
    dialog = open_settings(qtbot, launched)
    assert "local database" in dialog.database_page.ui.currentDatabaseLabel.text()
    assert not dialog.database_page.ui.useLocalButton.isEnabled()
    assert dialog.database_page.ui.portSpin.value() == 3306


@SQLITE_ONLY
def test_a_missing_field_and_an_unreachable_server_are_said_in_words(qtbot, launched):
    dialog = open_settings(qtbot, launched)
    assert "server's name or address" in press_and_wait(
        qtbot, dialog, dialog.database_page.ui.testButton
    )
    dialog.database_page.ui.hostEdit.setText("127.0.0.1")
    dialog.database_page.ui.portSpin.setValue(1)
    dialog.database_page.ui.userEdit.setText("anna")
    text = press_and_wait(qtbot, dialog, dialog.database_page.ui.testButton)
    assert "Cannot reach the server 127.0.0.1:1" in text
    assert not config.config_file().exists()


@SQLITE_ONLY
def test_main_windows_have_settings_about_and_the_local_note(qtbot, launched):
    window = log_in(qtbot, launched, "admin")
    settings = window.findChild(QAction, "settingsAction")
    assert settings is not None
    assert settings in window.findChild(QMenu, "fileMenu").actions()
    assert window.findChild(QLabel, "localDatabaseLabel") is not None
    assert window.findChild(QAction, "aboutAction") is not None
    settings.trigger()
    assert window.findChild(SettingsDialog, "settingsDialog").isVisible()


@pytest.mark.mysql
@SQLITE_ONLY
def test_connecting_to_an_empty_server_saves_it_creates_the_schema_and_the_first_admin(
    qtbot, launched
):
    url = create_mysql_database("cs_settings")
    try:
        dialog = open_settings(qtbot, launched)
        fill(dialog, url)
        assert "empty" in press_and_wait(qtbot, dialog, dialog.database_page.ui.testButton)
        assert not config.config_file().exists()

        qtbot.mouseClick(dialog.database_page.ui.connectButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.findChild(FirstAdminDialog) is not None, timeout=WAIT_MS)
        path = config.config_file()
        saved, wanted = make_url(config.read_config_url(path)), make_url(url)
        assert (saved.host, saved.database, saved.username, saved.password) == (
            wanted.host,
            wanted.database,
            wanted.username,
            wanted.password,
        )
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600

        first = dialog.findChild(FirstAdminDialog)
        first.account.username_edit.setText("boss")
        first.account.password_edit.setText("boss-password")
        first.account.repeat_edit.setText("boss-password")
        qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
        # the app reopens the login on the shop server
        qtbot.waitUntil(
            lambda: gui_app.current_shell().engine.dialect.name == "mysql", timeout=WAIT_MS
        )
        login = gui_app.current_shell().login_dialog
        assert login.isVisible() and "Shop server" in login.ui.databaseLabel.text()
        window = log_in(qtbot, login, "boss", "boss-password")
        assert window.objectName() == "adminWindow"
        assert window.findChild(QLabel, "localDatabaseLabel") is None
        engine = make_engine(url)
        assert has_admin(engine)
        engine.dispose()
    finally:
        gui_app.shutdown()
        drop_mysql_database(url)


@pytest.mark.mysql
@SQLITE_ONLY
def test_a_wrong_password_is_said_and_nothing_is_saved(qtbot, launched):
    url = create_mysql_database("cs_settings")
    try:
        dialog = open_settings(qtbot, launched)
        fill(dialog, url)
        dialog.database_page.ui.serverPasswordEdit.setText("certainly-wrong")
        text = press_and_wait(qtbot, dialog, dialog.database_page.ui.connectButton)
        assert "wrong user name or password" in text
        assert not config.config_file().exists()
        assert gui_app.current_shell().engine.dialect.name == "sqlite"
    finally:
        drop_mysql_database(url)


@pytest.mark.mysql
@SQLITE_ONLY
def test_the_reports_replica_is_one_server_kept_beside_the_shop_server(qtbot, launched):
    url = create_mysql_database("cs_settings")
    try:
        dialog = open_settings(qtbot, launched)
        fill(dialog, url)
        page = dialog.database_page
        page.ui.replicaEdit.setText("db2, db3")
        text = press_and_wait(qtbot, dialog, page.ui.connectButton)
        assert "must be one server" in text
        assert not config.config_file().exists()  # nothing saved, the shop server neither

        page.ui.replicaEdit.setText(" 127.0.0.1:1 ")
        qtbot.mouseClick(page.ui.connectButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.findChild(FirstAdminDialog) is not None, timeout=WAIT_MS)
        assert config.replica_server() == "127.0.0.1:1"
        assert config.read_config_url(config.config_file()) is not None
    finally:
        gui_app.shutdown()
        drop_mysql_database(url)


def test_the_language_choice_is_kept(qtbot):
    dialog = SettingsDialog("sqlite:///x.sqlite3")
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("ru"))
    assert language.chosen_language() == "ru"
    assert language.ui_locale().name() == "ru_RU"
    combo.setCurrentIndex(combo.findData(""))
    assert language.chosen_language() == ""


def test_about_names_the_version_and_the_log(qtbot):
    from cakeshop_desktop import __version__

    dialog = AboutDialog("sqlite:///shop.sqlite3")
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "aboutText").text()
    assert __version__ in text and "cakeshop.log" in text and "shop.sqlite3" in text


def test_an_unexpected_error_shows_the_log_path(qtbot):
    box = unexpected_error_box(ValueError("boom"), Path("/var/log/cakeshop.log"))
    qtbot.addWidget(box)
    assert "/var/log/cakeshop.log" in box.text() and "ValueError" in box.text()


def test_the_excepthook_logs_and_shows_the_box(qtbot, monkeypatch, tmp_path, caplog):
    import sys

    from cakeshop_desktop.gui import crash

    shown = []
    monkeypatch.setattr(crash.QMessageBox, "exec", lambda box: shown.append(box.text()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(tmp_path / "cakeshop.log")
    try:
        raise RuntimeError("unexpected")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown and str(tmp_path / "cakeshop.log") in shown[0]
    assert "Unexpected error" in caplog.text
    assert QApplication.instance() is not None


@pytest.mark.parametrize("choice", ["local", "close"])
def test_a_database_that_does_not_open_says_why_and_offers_the_local_one(
    qtbot, monkeypatch, choice
):
    from PySide6.QtWidgets import QMessageBox

    from cakeshop_desktop.gui import startup

    started: list[str] = []
    texts: list[str] = []
    monkeypatch.setattr(startup, "run", lambda url, **_: started.append(url) or 0)
    monkeypatch.setattr(startup, "setup_logging", lambda: Path("cakeshop.log"))
    monkeypatch.setattr(startup, "install_excepthook", lambda _path: None)

    def answer(box: QMessageBox) -> int:
        texts.append(box.text())
        wanted = "Use the &local database" if choice == "local" else None
        for button in box.buttons():
            if (wanted and button.text() == wanted) or (
                not wanted and box.standardButton(button) == QMessageBox.StandardButton.Close
            ):
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    code = startup.run_unreachable("mysql+pymysql://shop@nowhere/cakeshop", "Cannot reach it")
    assert "Cannot reach it" in texts[0]
    if choice == "local":
        assert code == 0 and started == [config.default_database_url()]
    else:
        assert code == 2 and not started


@pytest.fixture
def shop_server_with_counter() -> Iterator[tuple[str, str]]:
    """A migrated shop database with an administrator (made by the owner), and the counters'
    restricted account on it (README's MySQL section)."""
    url = create_mysql_database("cs_settings")
    try:
        engine = open_database(url)
        create_user(UnitOfWork(engine), "boss", Role.ADMIN, "boss-password")
        engine.dispose()
        with counter_account(url) as counter:
            yield url, counter
    finally:
        drop_mysql_database(url)


@pytest.mark.mysql
@SQLITE_ONLY
def test_saving_the_server_keeps_its_password_in_the_keyring(
    qtbot, launched, memory_keyring, shop_server_with_counter
):
    _owner, counter = shop_server_with_counter
    try:
        dialog = open_settings(qtbot, launched)
        fill(dialog, counter)
        qtbot.mouseClick(dialog.database_page.ui.connectButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: gui_app.current_shell().engine.dialect.name == "mysql", timeout=WAIT_MS
        )
        wanted = make_url(counter)
        assert gui_app.current_shell().engine.url.username == wanted.username
        text = config.config_file().read_text(encoding="utf-8")
        assert wanted.password not in text and "password_in_keyring = true" in text
        assert list(memory_keyring.passwords.values()) == [wanted.password]
        # the next start finds the server, and its password in the keyring
        again = make_url(config.with_kept_password(config.choose_database().url))
        assert (again.username, again.password, again.database) == (
            wanted.username,
            wanted.password,
            wanted.database,
        )
        login = gui_app.current_shell().login_dialog
        window = log_in(qtbot, login, "boss", "boss-password")  # the counter's account at work
        assert window.objectName() == "adminWindow"
    finally:
        gui_app.shutdown()


@pytest.mark.mysql
@SQLITE_ONLY
def test_the_counters_account_on_an_old_schema_is_told_the_owner_must_upgrade(
    qtbot, launched, shop_server_with_counter
):
    owner, counter = shop_server_with_counter
    engine = make_engine(owner)
    with engine.begin() as connection:  # as an older app left it
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    dialog = open_settings(qtbot, launched)
    fill(dialog, counter)
    text_shown = press_and_wait(qtbot, dialog, dialog.database_page.ui.connectButton)
    assert "owner must do it once" in text_shown
    assert "cakeshop db upgrade --owner-url" in text_shown
    assert not config.config_file().exists()
    assert gui_app.current_shell().engine.dialect.name == "sqlite"
