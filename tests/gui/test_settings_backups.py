"""Settings → Backups: the list, Back up now, and a restore the app reopens on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton
from sqlalchemy import text

from cakeshop_desktop import config
from cakeshop_desktop.core.db import backups
from cakeshop_desktop.core.db.backups import BackupReason
from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.gui import app as gui_app
from cakeshop_desktop.gui.dialogs.login_dialog import LoginDialog
from cakeshop_desktop.gui.dialogs.settings_backups_page import BackupsPage
from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
from tests.gui.conftest import WAIT_MS, log_in
from tests.integration.backup_support import every_row

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch):
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "config"))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)


@pytest.fixture
def answers(monkeypatch):
    """The answers the message boxes get, and the questions they asked."""
    asked: list[str] = []
    replies = {"question": [QMessageBox.StandardButton.Yes]}

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return replies["question"].pop(0)

    def information(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", information)
    return replies, asked


def open_backups(qtbot, launched: LoginDialog) -> BackupsPage:
    """Settings → Backups of an admin, once the day's backup (made at start) is there."""
    database = backups.database_file(gui_app.current_shell().database_url)
    qtbot.waitUntil(lambda: len(backups.list_backups(database)) == 1, timeout=WAIT_MS)
    window = log_in(qtbot, launched, "admin")
    window.findChild(QAction, "settingsAction").trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None and dialog.isVisible()
    page = dialog.findChild(BackupsPage, "backupsPage")
    dialog.ui.settingsTabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    return page


def press(qtbot, page: BackupsPage, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy and page._workers.pending == 0, timeout=WAIT_MS)  # noqa: SLF001


def database_of(url: str) -> Path:
    path = backups.database_file(url)
    assert path is not None
    return path


@SQLITE_ONLY
def test_the_app_backs_up_at_start_and_by_hand(qtbot, launched, database_url):
    page = open_backups(qtbot, launched)
    (daily,) = backups.list_backups(database_of(database_url))
    assert daily.reason is BackupReason.DAILY
    assert page.model.rowCount() == 1

    qtbot.mouseClick(page.back_up_button, Qt.MouseButton.LeftButton)
    dialog = page.window()
    dialog.reject()  # Escape while the copy is made: the dialog stays until it is done
    assert dialog.isVisible() and not page.back_up_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)

    assert "Backed up" in page.status_label.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    newest = page.model.backup(0)
    assert newest.reason is BackupReason.MANUAL
    assert page.model.index(0, page.model.COL_REASON).data() == "by hand"
    assert every_row(f"sqlite:///{newest.path}") == every_row(database_url)


@SQLITE_ONLY
def test_a_restore_asks_then_brings_the_data_back_and_reopens(
    qtbot, launched, database_url, answers
):
    replies, asked = answers
    page = open_backups(qtbot, launched)
    press(qtbot, page, page.back_up_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    at_backup = every_row(database_url)
    engine = make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE cakes SET price = price * 2"))
        connection.execute(text("DELETE FROM cart_items"))
    engine.dispose()
    changed = every_row(database_url)
    page.view.selectRow(0)
    shell = gui_app.current_shell()

    replies["question"] = [QMessageBox.StandardButton.No]
    press(qtbot, page, page.restore_button)
    assert "Everything entered since then is lost" in asked[-1]
    assert every_row(database_url) == changed, "No changes nothing"

    replies["question"] = [QMessageBox.StandardButton.Yes]
    press(qtbot, page, page.restore_button)
    qtbot.waitUntil(lambda: gui_app.current_shell() is not shell, timeout=WAIT_MS)

    assert every_row(database_url) == at_backup
    assert "log in again" in asked[-1]
    login = gui_app.current_shell().login_dialog
    assert login.isVisible() and gui_app.current_main_window() is None
    kept = backups.list_backups(database_of(database_url))
    assert kept[0].reason is BackupReason.BEFORE_RESTORE
    assert every_row(f"sqlite:///{kept[0].path}") == changed
    log_in(qtbot, login, "admin")  # the restored shop opens


@SQLITE_ONLY
def test_a_file_that_is_no_backup_is_refused_in_words(
    qtbot, launched, database_url, answers, tmp_path, monkeypatch
):
    bad = tmp_path / "orders.sqlite3"
    bad.write_text("not a database\n" * 50)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(bad), ""))
    page = open_backups(qtbot, launched)
    before = every_row(database_url)
    shell = gui_app.current_shell()

    press(qtbot, page, page.restore_file_button)

    assert page.status_label.text() == "orders.sqlite3 is not a Cakeshop database"
    assert every_row(database_url) == before
    assert gui_app.current_shell() is shell
    assert len(backups.list_backups(database_of(database_url))) == 1, "no safety copy either"


def test_a_server_database_is_backed_up_where_the_server_is(qtbot):
    page = BackupsPage("mysql+pymysql://cakeshop:secret@server/cakeshop")
    qtbot.addWidget(page)

    text_shown = page.findChild(QLabel, "backupsIntroLabel").text()
    assert "cakeshop db backup FILE" in text_shown and "secret" not in text_shown
    assert page.findChild(QPushButton, "backUpNowButton") is None
