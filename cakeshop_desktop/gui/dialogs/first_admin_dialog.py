"""The first administrator of a new shop database, offered right after connecting to it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.setup.server import create_first_admin
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.workers import Workers


class FirstAdminDialog(QDialog):
    """Login, name and password (twice) of the shop's first administrator."""

    def __init__(self, url: URL, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Cakeshop — the first administrator"))
        self._url = url
        self._workers = Workers(self, max_threads=1)
        self.created: UserDTO | None = None

        intro = QLabel(
            self.tr(
                "The shop database has no administrator yet: create the first one now. "
                "Without one nobody can manage the users (later: "
                "cakeshop user add NAME --role admin)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.username_edit = self._edit("adminUsernameEdit", self.tr("Login"))
        self.full_name_edit = self._edit("adminFullNameEdit", self.tr("Full name"))
        self.password_edit = self._edit("adminPasswordEdit", self.tr("Password"), secret=True)
        self.repeat_edit = self._edit("adminRepeatEdit", self.tr("Password again"), secret=True)
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.username_edit)
        form.addRow(self.tr("Full &name:"), self.full_name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Again:"), self.repeat_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("firstAdminErrorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createAdminButton")
        later = self.buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("laterButton")
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _edit(self, name: str, accessible: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(128)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    @Slot()
    def _create(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self._show_error(self.tr("The two passwords differ."))
            return
        self.create_button.setEnabled(False)
        self._workers.submit(
            self,
            create_first_admin,
            self._url,
            self.username_edit.text().strip(),
            self.password_edit.text(),
            self.full_name_edit.text().strip(),
            on_result=self._created,
            on_error=self._refused,
        )

    def _created(self, user: UserDTO) -> None:
        self.created = user
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.create_button.setEnabled(True)
        self._show_error(describe(error))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
