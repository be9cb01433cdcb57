"""The first thing anybody sees: a login and a password, checked off the GUI thread."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.engine import URL

from cakeshop_desktop.core.db.engine import safe_url
from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.services import auth
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from cakeshop_desktop.gui.icons import app_icon


class LoginDialog(QDialog):
    """Asks for credentials; emits `logged_in` with the user once the database agrees."""

    logged_in = Signal(object)  # UserDTO
    settings_requested = Signal()

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._checking = False
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.ui.logoLabel.setPixmap(app_icon().pixmap(48, 48))
        self._show_database(ctx.engine.url)
        self.ui.loginErrorLabel.hide()
        self.ui.loginBusyBar.hide()
        self.ui.loginButton.clicked.connect(self._log_in)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.settingsButton.clicked.connect(self.settings_requested)
        self.ui.databaseLabel.linkActivated.connect(lambda _link: self.settings_requested.emit())
        self.ui.usernameEdit.textEdited.connect(self._forget_error)
        self.ui.passwordEdit.textEdited.connect(self._forget_error)
        self.setMinimumWidth(380)

    def _show_database(self, url: URL) -> None:
        """Say where the data lives; the embedded file gets a way to the shop server."""
        self.ui.databaseLabel.setTextFormat(Qt.TextFormat.RichText)
        if url.get_backend_name() == "sqlite":
            self.ui.databaseLabel.setText(
                self.tr(
                    "Local database on this computer: orders stay here. "
                    '<a href="settings">Connect to the shop server…</a>'
                )
            )
            self.ui.databaseLabel.setToolTip(url.database or "")
        else:
            self.ui.databaseLabel.setText(
                self.tr("Shop server: {0}").format(html.escape(safe_url(url)))
            )

    def reset(self) -> None:
        """Ready for the next person: the password and any error are gone, the login kept."""
        self.ui.passwordEdit.clear()
        show_inline(self.ui.loginErrorLabel, None)
        self._set_checking(False)
        self.ui.usernameEdit.selectAll()
        self.ui.usernameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _log_in(self) -> None:
        if self._checking:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self._show_error(self.tr("Enter your login and password"))
            return
        self._set_checking(True)
        self._ctx.call_anonymous(
            self, auth.login, username, password, on_result=self._accepted, on_error=self._refused
        )

    def _accepted(self, user: UserDTO) -> None:
        self._set_checking(False)
        self.ui.passwordEdit.clear()
        show_inline(self.ui.loginErrorLabel, None)
        self.logged_in.emit(user)

    def _refused(self, error: Exception) -> None:
        self._set_checking(False)
        show_inline(self.ui.loginErrorLabel, error)
        self._after_error()

    def _show_error(self, message: str) -> None:
        self.ui.loginErrorLabel.setText(message)
        self.ui.loginErrorLabel.show()
        self._after_error()

    def _after_error(self) -> None:
        self.ui.passwordEdit.clear()
        target = (
            self.ui.passwordEdit if self.ui.usernameEdit.text().strip() else self.ui.usernameEdit
        )
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _forget_error(self) -> None:
        if self.ui.loginErrorLabel.isVisible():
            show_inline(self.ui.loginErrorLabel, None)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.ui.loginButton.setEnabled(not checking)
        self.ui.loginBusyBar.setVisible(checking)
