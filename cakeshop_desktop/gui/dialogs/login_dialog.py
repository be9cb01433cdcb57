"""The first thing anybody sees: a login and a password, checked off the GUI thread.

The dialog is painted before the database code is even imported (start-up speed, issue
#3): it is built without a database and `attach()`ed to one once that is open.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from cakeshop_desktop.gui.icons import app_icon
from cakeshop_desktop.gui.widgets.layouts import set_up_form

if TYPE_CHECKING:
    from cakeshop_desktop.gui.context import ShopContext


SELF_SERVICE_WIDTH = 460  # the login form's width on a full-screen self-service terminal

LOGIN_FIELD_WIDTH = 260  # pixels: the window keeps about 380 px however short its texts


class LoginDialog(QDialog):
    """Asks for credentials; emits `logged_in` with the user once the database agrees."""

    logged_in = Signal(object)  # UserDTO
    settings_requested = Signal()

    def __init__(self, ctx: ShopContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx: ShopContext | None = None
        self._checking = False
        self.ui = Ui_LoginDialog()
        set_up_form(self.ui, self)
        self.setWindowIcon(app_icon())
        self.ui.logoLabel.setPixmap(app_icon().pixmap(48, 48))
        self.ui.databaseLabel.setText(self.tr("Opening the shop database…"))
        self.ui.loginButton.setEnabled(False)
        self.registration: QDialog | None = None
        self.create_account_button = QPushButton(self.tr("&Create an account…"), self)
        self.create_account_button.setObjectName("createAccountButton")
        self.create_account_button.setAccessibleName(self.tr("Create an account"))
        self.create_account_button.setAutoDefault(False)
        self.create_account_button.hide()  # until the shop's policy says it takes new accounts
        self.create_account_button.clicked.connect(self.open_registration)
        self.ui.buttonLayout.insertWidget(
            self.ui.buttonLayout.indexOf(self.ui.quitButton), self.create_account_button
        )
        if ctx is not None:
            self.attach(ctx)
        self.ui.loginErrorLabel.hide()
        self.ui.loginBusyBar.hide()
        self.ui.loginButton.clicked.connect(self._log_in)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.settingsButton.clicked.connect(self.settings_requested)
        self.ui.databaseLabel.linkActivated.connect(lambda _link: self.settings_requested.emit())
        self.ui.usernameEdit.textEdited.connect(self._forget_error)
        self.ui.passwordEdit.textEdited.connect(self._forget_error)
        # a floor for the width through the layout: a minimum set on the dialog itself would
        # win over its layout's, and squeezed *Create an account…* to «ь учётную за»
        self.ui.usernameEdit.setMinimumWidth(LOGIN_FIELD_WIDTH)
        self._demo_label: QLabel | None = None
        self._self_service = False

    def attach(self, ctx: ShopContext) -> None:
        """The database is open: say where the data lives and let people log in."""
        self._ctx = ctx
        self._show_database(ctx)
        self._set_checking(False)
        self._ask_registration_policy()

    def _ask_registration_policy(self) -> None:
        """Show *Create an account* when the shop lets customers register themselves."""
        if self._ctx is None:
            return
        from cakeshop_desktop.core.services.policy import self_registration_allowed

        self._ctx.workers.submit(
            self,
            self_registration_allowed,
            self._ctx.unit_of_work(),
            on_result=self.create_account_button.setVisible,
            on_error=lambda _error: self.create_account_button.hide(),
        )

    @Slot()
    def open_registration(self) -> QDialog | None:
        """The registration dialog (`registrationDialog`); its new customer is logged in."""
        if self._ctx is None:
            return None
        from cakeshop_desktop.gui.dialogs.registration_dialog import RegistrationDialog

        dialog = RegistrationDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(self._accepted)
        dialog.destroyed.connect(lambda: setattr(self, "registration", None))
        self.registration = dialog
        dialog.open()
        return dialog

    def _show_database(self, ctx: ShopContext) -> None:
        """The embedded file gets a way to the shop server."""
        url = ctx.engine.url
        self.ui.databaseLabel.setTextFormat(Qt.TextFormat.RichText)
        if ctx.on_embedded_database:
            self.ui.databaseLabel.setText(
                self.tr(
                    "Local database on this computer: orders stay here. "
                    '<a href="settings">Connect to the shop server…</a>'
                )
            )
            self.ui.databaseLabel.setToolTip(url.database or "")
        else:
            self.ui.databaseLabel.setText(
                self.tr("Shop server: {0}").format(html.escape(ctx.database_name))
            )

    def show_demo_logins(self, shown: bool) -> None:
        """In the demo shop, say which logins to try (they are the demo's, not secrets)."""
        if shown and self._demo_label is None:
            self._demo_label = QLabel(
                self.tr(
                    "Demo shop: log in as admin / admin123, cashier / cashier123, "
                    "baker / baker123 or customer / customer123."
                ),
                self,
            )
            self._demo_label.setObjectName("demoLoginsLabel")
            self._demo_label.setWordWrap(True)
            self._demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            index = self.ui.mainLayout.indexOf(self.ui.databaseLabel)
            self.ui.mainLayout.insertWidget(index + 1, self._demo_label)
        if self._demo_label is not None:
            self._demo_label.setVisible(shown)

    def make_self_service(self) -> None:
        """A customers' screen: full screen, no Settings, no Quit (staff quit from a window)."""
        self._self_service = True
        self.ui.settingsButton.hide()
        self.ui.quitButton.hide()
        self.ui.databaseLabel.hide()
        screen = self.screen().availableGeometry()
        # the form keeps its usual width in the middle of the screen
        side = max(18, (screen.width() - SELF_SERVICE_WIDTH) // 2)
        height = self.sizeHint().height()
        top = max(18, (screen.height() - height) // 3)
        self.ui.mainLayout.setContentsMargins(side, top, side, 18)
        self.ui.mainLayout.addStretch(1)
        self.showFullScreen()

    def reject(self) -> None:
        if not self._self_service:  # Escape on a self-service screen must not quit the app
            super().reject()

    def reset(self) -> None:
        """Ready for the next person: the password and any error are gone, the login kept."""
        self.ui.passwordEdit.clear()
        show_inline(self.ui.loginErrorLabel, None)
        self._set_checking(False)
        self._ask_registration_policy()  # an admin may have changed it meanwhile
        self.ui.usernameEdit.selectAll()
        self.ui.usernameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _log_in(self) -> None:
        if self._checking or self._ctx is None:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self._show_error(self.tr("Enter your login and password"))
            return
        self._set_checking(True)
        self._ctx.log_in(self, username, password, on_result=self._accepted, on_error=self._refused)

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
        self.ui.loginButton.setEnabled(not checking and self._ctx is not None)
        self.ui.loginBusyBar.setVisible(checking)
