"""Create an account from the login screen: a new customer registers and is logged in at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.rules import phones
from cakeshop_desktop.core.services import accounts
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import message_label, say

if TYPE_CHECKING:
    from cakeshop_desktop.gui.context import ShopContext

HINT_STYLE = "color: palette(mid);"


def line_edit(
    parent: QWidget, name: str, accessible: str, length: int, *, secret: bool = False
) -> QLineEdit:
    """A named, length-limited line edit (passwords hidden)."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setMaxLength(length)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class RegistrationDialog(QDialog):
    """Name, phone, optional e-mail, login (or the phone), password twice; emits `registered`."""

    registered = Signal(object)  # the new customer's UserDTO, already logged in

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationDialog")
        self.setWindowTitle(self.tr("Cakeshop — create an account"))
        self.setAccessibleName(self.tr("Create an account"))
        self._ctx = ctx
        self._busy = False
        intro = QLabel(
            self.tr(
                "Order cakes and follow your orders. Your phone is how the shop reaches "
                "you when the order is ready."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = line_edit(self, "regNameEdit", self.tr("Your name"), 128)
        self.phone_edit = line_edit(self, "regPhoneEdit", self.tr("Phone"), 32)
        self.phone_edit.setPlaceholderText(self.tr("e.g. 8 900 123-45-67"))
        self.email_edit = line_edit(self, "regEmailEdit", self.tr("E-mail"), 254)
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.login_edit = line_edit(self, "regLoginEdit", self.tr("Login"), 64)
        self.login_edit.setPlaceholderText(self.tr("empty: log in with your phone number"))
        self.password_edit = line_edit(
            self, "regPasswordEdit", self.tr("Password"), 128, secret=True
        )
        self.password_edit.setPlaceholderText(self.tr("at least 6 characters"))
        self.repeat_edit = line_edit(
            self, "regPasswordRepeatEdit", self.tr("Password again"), 128, secret=True
        )
        self.login_hint = QLabel(self)
        self.login_hint.setObjectName("regLoginHintLabel")
        self.login_hint.setStyleSheet(HINT_STYLE)
        self.login_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("P&hone:"), self.phone_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow("", self.login_hint)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        self.error_label = message_label("regErrorLabel", self)
        self.error_label.setAccessibleName(self.tr("Registration error"))
        self.submit_button = QPushButton(self.tr("&Create the account"), self)
        self.submit_button.setObjectName("regSubmitButton")
        self.submit_button.setAccessibleName(self.tr("Create the account"))
        self.submit_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("regCancelButton")
        cancel.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        nest(layout, form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        nest(layout, buttons)
        self.setMinimumWidth(440)
        cancel.clicked.connect(self.reject)
        self.submit_button.clicked.connect(self.submit)
        for edit in (self.phone_edit, self.login_edit):
            edit.textChanged.connect(self._show_login)
        self._show_login()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _show_login(self) -> None:
        login = self.login_edit.text().strip()
        digits = accounts.login_for_phone(phones.normalised(self.phone_edit.text()))
        if login:
            text = self.tr("You log in as {0}.").format(login)
        elif digits:
            text = self.tr("You log in with your phone number: {0}.").format(digits)
        else:
            text = self.tr("Leave the login empty to log in with your phone number.")
        self.login_hint.setText(text)

    @Slot()
    def submit(self) -> None:
        if self._busy:
            return
        if self.password_edit.text() != self.repeat_edit.text():
            say(self.error_label, self.tr("The two passwords differ: type the same one twice"))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._set_busy(True)
        show_inline(self.error_label, None)
        self._ctx.workers.submit(
            self,
            accounts.register_customer,
            self._ctx.unit_of_work(),
            full_name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            password=self.password_edit.text(),
            username=self.login_edit.text(),
            email=self.email_edit.text(),
            on_result=self._done,
            on_error=self._refused,
        )

    def _done(self, user: UserDTO) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.repeat_edit.clear()
        self.registered.emit(user)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_busy(False)
        show_inline(self.error_label, error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.submit_button.setEnabled(not busy)
