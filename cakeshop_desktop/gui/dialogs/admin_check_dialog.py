"""Before the login dialog's Settings: an administrator's login and password, checked by
the auth service, so nobody else at the counter can point the till elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.widgets.account_form import AccountForm
from cakeshop_desktop.gui.widgets.message_label import message_label

if TYPE_CHECKING:
    from cakeshop_desktop.gui.context import ShopContext


class AdminCheckDialog(QDialog):
    """Emits `admin_confirmed(user)` for a right administrator's password, else says why."""

    admin_confirmed = Signal(object)  # UserDTO
    language_only = Signal()

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminCheckDialog")
        self.setWindowTitle(self.tr("Cakeshop — settings"))
        self.setAccessibleName(self.tr("An administrator's login"))
        self._ctx = ctx
        self._checking = False
        intro = QLabel(
            self.tr(
                "The database, printing and backups are changed by an administrator: "
                "enter an administrator's login and password."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.account = AccountForm(("adminLoginEdit", "adminPasswordEdit"), self)
        self.error_label = message_label("adminCheckErrorLabel", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.continue_button = self.buttons.addButton(
            self.tr("C&ontinue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setObjectName("adminCheckButton")
        self.language_button = self.buttons.addButton(
            self.tr("Only the &language"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.language_button.setObjectName("languageOnlyButton")
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.language_button.clicked.connect(self._language_only)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.account)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    @Slot()
    def _check(self) -> None:
        if self._checking:
            return
        username = self.account.username
        password = self.account.password
        if not username or not password:
            self._say(self.tr("Enter an administrator's login and password."))
            return
        self._set_checking(True)
        self._ctx.log_in(self, username, password, on_result=self._answered, on_error=self._refused)

    def _answered(self, user: UserDTO) -> None:
        self._set_checking(False)
        self.account.password_edit.clear()
        if user.role is not Role.ADMIN:
            self._say(self.tr("Only an administrator may change these settings."))
            return
        self.accept()
        self.admin_confirmed.emit(user)

    def _refused(self, error: Exception) -> None:
        self._set_checking(False)
        self.account.password_edit.clear()
        show_inline(self.error_label, error)
        self.account.password_edit.setFocus()

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    @Slot()
    def _language_only(self) -> None:
        self.accept()
        self.language_only.emit()

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.continue_button.setEnabled(not checking)

    @property
    def is_checking(self) -> bool:
        return self._checking
