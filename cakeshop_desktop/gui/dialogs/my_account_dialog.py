"""My account: a customer's name, phone, e-mail and password, and their orders (cancel while New)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.services import accounts, auth
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs.registration_dialog import line_edit
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import message_label, say
from cakeshop_desktop.gui.window_geometry import place_dialog


class MyAccountDialog(QDialog):
    """Three tabs: details, password, orders; every change goes through the services."""

    details_changed = Signal(object)  # the UserDTO as saved

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.actor is not None
        self.setObjectName("myAccountDialog")
        self.setWindowTitle(self.tr("My account"))
        self.setAccessibleName(self.tr("My account"))
        self._ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("myAccountTabs")
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.tabs.addTab(self._password_tab(), self.tr("&Password"))
        self.tabs.addTab(self._orders_tab(), self.tr("My &orders"))
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("myAccountCloseButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        nest(layout, buttons)
        self.resize(820, 520)
        place_dialog(self)
        self._show_user(ctx.actor)
        ctx.call(self, accounts.my_account, on_result=self._loaded, on_error=self._load_failed)

    # ------------------------------------------------------------ building

    def _details_tab(self) -> QWidget:
        tab = QWidget(self)
        self.login_label = QLabel(tab)
        self.login_label.setObjectName("myLoginLabel")
        self.login_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = line_edit(tab, "myNameEdit", self.tr("Your name"), 128)
        self.phone_edit = line_edit(tab, "myPhoneEdit", self.tr("Phone"), 32)
        self.email_edit = line_edit(tab, "myEmailEdit", self.tr("E-mail"), 254)
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.details_label = message_label("myDetailsResultLabel", tab)
        self.save_button = QPushButton(self.tr("&Save my details"), tab)
        self.save_button.setObjectName("mySaveDetailsButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_details)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login_label)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("P&hone:"), self.phone_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        return self._page(tab, form, self.details_label, self.save_button)

    def _password_tab(self) -> QWidget:
        tab = QWidget(self)
        self.current_edit = line_edit(
            tab, "myCurrentPasswordEdit", self.tr("Current password"), 128, secret=True
        )
        self.new_edit = line_edit(
            tab, "myNewPasswordEdit", self.tr("New password"), 128, secret=True
        )
        self.new_edit.setPlaceholderText(self.tr("at least 6 characters"))
        self.repeat_edit = line_edit(
            tab, "myRepeatPasswordEdit", self.tr("New password again"), 128, secret=True
        )
        self.password_label = message_label("myPasswordResultLabel", tab)
        self.password_button = QPushButton(self.tr("C&hange the password"), tab)
        self.password_button.setObjectName("myChangePasswordButton")
        self.password_button.clicked.connect(self.change_password)
        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.current_edit)
        form.addRow(self.tr("&New password:"), self.new_edit)
        form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        return self._page(tab, form, self.password_label, self.password_button)

    def _orders_tab(self) -> QWidget:
        from cakeshop_desktop.gui.panels.orders_panel import OrdersPanel

        self.orders_panel = OrdersPanel(self._ctx, self)
        self.orders_panel.setObjectName("myOrdersPanel")
        return self.orders_panel

    @staticmethod
    def _page(tab: QWidget, form: QFormLayout, result: QLabel, button: QPushButton) -> QWidget:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button)
        layout = QVBoxLayout(tab)
        nest(layout, form)
        layout.addWidget(result)
        nest(layout, buttons)
        layout.addStretch(1)
        return tab

    # ------------------------------------------------------------ details

    def _show_user(self, user: UserDTO) -> None:
        self.login_label.setText(user.username)
        self.name_edit.setText(user.full_name)
        self.phone_edit.setText(user.phone or "")
        self.email_edit.setText(user.email or "")

    def _loaded(self, user: UserDTO) -> None:
        """The account as stored, arriving after the dialog opened: a box the user has
        already typed into keeps what they typed."""
        self.login_label.setText(user.username)
        for edit, value in (
            (self.name_edit, user.full_name),
            (self.phone_edit, user.phone or ""),
            (self.email_edit, user.email or ""),
        ):
            if not edit.isModified():
                edit.setText(value)

    def _load_failed(self, error: Exception) -> None:
        say(self.details_label, describe(error), ok=False)

    @Slot()
    def save_details(self) -> None:
        self.save_button.setEnabled(False)
        self.details_label.hide()
        self._ctx.call(
            self,
            accounts.update_my_details,
            self.name_edit.text(),
            self.phone_edit.text(),
            self.email_edit.text(),
            on_result=self._details_saved,
            on_error=self._details_refused,
        )

    def _details_saved(self, user: UserDTO) -> None:
        self.save_button.setEnabled(True)
        self._show_user(user)
        say(self.details_label, self.tr("Saved."), ok=True)
        self.details_changed.emit(user)

    def _details_refused(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        say(self.details_label, describe(error), ok=False)

    # ------------------------------------------------------------ password

    @Slot()
    def change_password(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            say(
                self.password_label,
                self.tr("The two new passwords differ: type the same one twice"),
                ok=False,
            )
            self.repeat_edit.clear()
            self.repeat_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.password_button.setEnabled(False)
        self.password_label.hide()
        self._ctx.call(
            self,
            auth.change_password,
            self.current_edit.text(),
            self.new_edit.text(),
            on_result=self._password_changed,
            on_error=self._password_refused,
        )

    def _password_changed(self, _result: object) -> None:
        self.password_button.setEnabled(True)
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        say(self.password_label, self.tr("Password changed: use it at your next login."), ok=True)

    def _password_refused(self, error: Exception) -> None:
        self.password_button.setEnabled(True)
        self.current_edit.clear()
        say(self.password_label, describe(error), ok=False)
