"""The first administrator of a new shop database, offered right after connecting to it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.setup.server import create_first_admin
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.widgets.account_form import AccountForm
from cakeshop_desktop.gui.widgets.message_label import message_label
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
        self.account = AccountForm(
            ("adminUsernameEdit", "adminFullNameEdit", "adminPasswordEdit", "adminRepeatEdit"),
            self,
        )
        self.error_label = message_label("firstAdminErrorLabel", self)
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
        layout.addWidget(self.account)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    @Slot()
    def _create(self) -> None:
        refusal = self.account.refusal()
        if refusal is not None:
            self._show_error(refusal)
            return
        self.create_button.setEnabled(False)
        self._workers.submit(
            self,
            create_first_admin,
            self._url,
            self.account.username,
            self.account.password,
            self.account.full_name,
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
