"""An administrator's login and password typed into a form: checked (two fields) or created
(login, name, password twice). One widget for the administrator check before Settings, the
first administrator of a new database and the set-up wizard's last page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from cakeshop_desktop.core.domain import DomainError
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.gui.errors import describe

MAX_LOGIN = 64
MAX_TEXT = 128


class AccountForm(QWidget):
    """The fields of an administrator's account, named as the caller's automation expects.

    `names` gives the fields' object names: (login, password) for a check, or (login, full
    name, password, password again) for a new account; the optional fields are None else.
    """

    def __init__(self, names: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if len(names) not in (2, 4):
            raise ValueError("two names (a check) or four (a new account)")
        new = len(names) == 4
        login, password = (names[0], names[2]) if new else names
        self.username_edit = self._edit(login, self.tr("Administrator's login"), MAX_LOGIN)
        self.full_name_edit: QLineEdit | None = None
        self.repeat_edit: QLineEdit | None = None
        if new:
            self.full_name_edit = self._edit(names[1], self.tr("Administrator's name"))
        self.password_edit = self._edit(password, self.tr("Administrator's password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Login:"), self.username_edit)
        if self.full_name_edit is not None:
            form.addRow(self.tr("Full &name:"), self.full_name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        if new:
            self.repeat_edit = self._edit(names[3], self.tr("The password again"))
            self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("&Again:"), self.repeat_edit)

    def _edit(self, name: str, accessible: str, most: int = MAX_TEXT) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(most)
        return edit

    @property
    def username(self) -> str:
        return self.username_edit.text().strip()

    @property
    def full_name(self) -> str:
        return self.full_name_edit.text().strip() if self.full_name_edit is not None else ""

    @property
    def password(self) -> str:
        return self.password_edit.text()

    def refusal(self) -> str | None:
        """What is wrong with a new account as typed (focus moves there), None when fine."""
        try:
            validation.username(self.username)
        except DomainError as exc:
            self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return describe(exc)
        try:
            validation.text(self.full_name, "Full name", MAX_TEXT)
        except DomainError as exc:
            (self.full_name_edit or self.username_edit).setFocus(Qt.FocusReason.OtherFocusReason)
            return describe(exc)
        if self.repeat_edit is not None and self.password != self.repeat_edit.text():
            self.repeat_edit.clear()
            self.repeat_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("The two passwords differ.")
        try:
            validation.password(self.password)
        except DomainError as exc:
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return describe(exc)
        return None
