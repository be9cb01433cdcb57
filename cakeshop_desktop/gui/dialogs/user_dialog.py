"""Registering a user by hand: name, login, role, initial password, phone, e-mail."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services import users
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.forms.ui_user_dialog import Ui_UserDialog
from cakeshop_desktop.gui.labels import role_label
from cakeshop_desktop.gui.widgets.layouts import set_up_form


class UserDialog(QDialog):
    """Calls users.register_user; stays open with the reason inline when it is refused."""

    registered = Signal(object)  # the new UserDTO

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.ui = Ui_UserDialog()
        set_up_form(self.ui, self)
        for role in (Role.CASHIER, Role.BAKER, Role.CUSTOMER, Role.ADMIN):
            self.ui.roleCombo.addItem(role_label(role), role)
        self.ui.userErrorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Register"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.user: UserDTO | None = None

    @Slot()
    def submit(self) -> None:
        ui = self.ui
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        show_inline(ui.userErrorLabel, None)
        self._ctx.call(
            self,
            users.register_user,
            ui.loginEdit.text(),
            ui.roleCombo.currentData(),
            ui.newPasswordEdit.text(),
            full_name=ui.fullNameEdit.text(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            on_result=self._done,
            on_error=self._refused,
        )

    def _done(self, user: UserDTO) -> None:
        self.user = user
        self.registered.emit(user)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        show_inline(self.ui.userErrorLabel, error)
