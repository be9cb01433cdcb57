"""The login dialog: right and wrong credentials, lockout, and hostile input in its fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cakeshop_desktop.core.domain import AuthenticationFailed
from cakeshop_desktop.core.services import auth
from cakeshop_desktop.gui import app as gui_app
from tests.gui.conftest import WAIT_MS, log_in, type_text

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def error_shown(dialog) -> bool:
    return dialog.ui.loginErrorLabel.isVisible() and bool(dialog.ui.loginErrorLabel.text())


def test_the_dialog_has_its_automation_and_accessible_names(launched):
    dialog = launched
    assert dialog.objectName() == "loginDialog" and dialog.isVisible()
    for name in ("usernameEdit", "passwordEdit", "loginButton", "loginErrorLabel"):
        widget = getattr(dialog.ui, name)
        assert widget.objectName() == name
        assert widget.accessibleName(), name
    assert not dialog.ui.loginErrorLabel.isVisible()
    assert dialog.ui.passwordEdit.echoMode() == dialog.ui.passwordEdit.EchoMode.Password


def test_a_wrong_password_is_said_inline_and_the_password_cleared(qtbot, launched):
    dialog = launched
    qtbot.keyClicks(dialog.ui.usernameEdit, "cashier")
    qtbot.keyClicks(dialog.ui.passwordEdit, "not-the-password")
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error_shown(dialog), timeout=WAIT_MS)
    assert dialog.ui.loginErrorLabel.text() == "Wrong login or password"
    assert dialog.ui.passwordEdit.text() == ""
    assert dialog.ui.usernameEdit.text() == "cashier"
    assert gui_app.current_main_window() is None and dialog.isVisible()


def test_enter_in_the_password_field_logs_in(qtbot, launched):
    dialog = launched
    qtbot.keyClicks(dialog.ui.usernameEdit, "customer")
    qtbot.keyClicks(dialog.ui.passwordEdit, "secret123")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui_app.current_main_window() is not None, timeout=WAIT_MS)
    assert not dialog.isVisible()


def test_a_locked_account_is_said_inline(qtbot, launched, shop):
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            auth.login(shop.uow, "cashier", "wrong")
    dialog = launched
    qtbot.keyClicks(dialog.ui.usernameEdit, "cashier")
    qtbot.keyClicks(dialog.ui.passwordEdit, "secret123")
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error_shown(dialog), timeout=WAIT_MS)
    assert "try again" in dialog.ui.loginErrorLabel.text()
    assert dialog.ui.passwordEdit.text() == ""


def test_empty_fields_ask_for_credentials_without_a_database_call(qtbot, launched):
    dialog = launched
    # the dialog's own question (may customers register?) has been answered
    qtbot.waitUntil(lambda: gui_app.current_shell().workers.pending == 0, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    assert error_shown(dialog) and "login and password" in dialog.ui.loginErrorLabel.text()
    assert gui_app.current_shell().workers.pending == 0
    qtbot.keyClicks(dialog.ui.usernameEdit, "   ")
    qtbot.keyClicks(dialog.ui.passwordEdit, "x")
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    assert error_shown(dialog) and dialog.ui.passwordEdit.text() == ""


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("x" * 10_000, "y" * 10_000),  # 10 kB pasted into each field
        ("🎂торт🍰", "пароль🔑"),
        ("cashier'; DROP TABLE users; --", "' OR '1'='1"),
        ("cashier\x00", "secret123\x00"),
    ],
    ids=["10kB", "emoji", "sql", "nul"],
)
def test_hostile_input_is_a_plain_refusal(qtbot, launched, username, password):
    dialog = launched
    dialog.ui.usernameEdit.setText(username)  # setText: 10 kB of key clicks would be slow
    dialog.ui.passwordEdit.setText(password)
    assert len(dialog.ui.usernameEdit.text()) <= 64 and len(dialog.ui.passwordEdit.text()) <= 128
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error_shown(dialog), timeout=WAIT_MS)
    assert dialog.ui.loginErrorLabel.text() == "Wrong login or password"
    assert gui_app.current_main_window() is None


def test_emoji_typed_key_by_key(qtbot, launched):
    dialog = launched
    type_text(dialog.ui.usernameEdit, "🎂🍰")
    type_text(dialog.ui.passwordEdit, "🔑ключ")
    assert dialog.ui.usernameEdit.text() == "🎂🍰"
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error_shown(dialog), timeout=WAIT_MS)
    assert dialog.ui.passwordEdit.text() == ""


def test_login_then_logout_then_another_user(qtbot, launched):
    window = log_in(qtbot, launched, "cashier")
    assert window.objectName() == "orderingWindow"
    window.ui.logoutAction.trigger()
    qtbot.waitUntil(launched.isVisible, timeout=WAIT_MS)
    assert gui_app.current_main_window() is None and not window.isVisible()
    assert launched.ui.passwordEdit.text() == ""
    other = log_in(qtbot, launched, "customer")
    assert other is not window and "Demo customer" in other.windowTitle()
