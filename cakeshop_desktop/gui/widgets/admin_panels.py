"""The Users and Audit log tabs of the admin window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QInputDialog, QLineEdit

from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services import users
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs.user_dialog import UserDialog
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.models.audit_model import AuditFilter, AuditModel
from cakeshop_desktop.gui.models.users_model import UsersModel, account_state, role_name

if TYPE_CHECKING:
    from cakeshop_desktop.gui.windows.admin_window import AdminWindow

NO_DATE = QDate(2000, 1, 1)  # the minimum of the date filters stands for "any day"


class UsersPanel(QObject):
    """Registers users and changes roles, passwords, locks and activity through users.*."""

    def __init__(self, window: AdminWindow, ctx: ShopContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.loaded = False
        ui = window.ui
        self.model = UsersModel(ctx, self)
        view = ui.usersView
        view.setModel(self.model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSortingEnabled(False)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.load_failed.connect(lambda error: window.warn(describe(error)))
        self.model.modelReset.connect(view.resizeColumnsToContents)
        ui.addUserButton.clicked.connect(self.register)
        ui.changeRoleButton.clicked.connect(self.change_role)
        ui.resetPasswordButton.clicked.connect(self.reset_password)
        ui.lockUserButton.clicked.connect(lambda: self._apply(users.lock_user))
        ui.unlockUserButton.clicked.connect(lambda: self._apply(users.unlock_user))
        ui.deactivateUserButton.clicked.connect(self.toggle_active)

    def refresh(self) -> None:
        self.loaded = True
        self.model.refresh()

    def selected(self) -> UserDTO | None:
        index = self._window.ui.usersView.currentIndex()
        if not index.isValid():
            self._window.warn(self._window.tr("Select a user first"))
            return None
        return self.model.user(index.row())

    @Slot()
    def register(self) -> UserDialog:
        dialog = UserDialog(self._ctx, self._window)
        dialog.registered.connect(self._registered)
        dialog.open()
        return dialog

    def _registered(self, user: UserDTO) -> None:
        self.model.replace(user)
        self._window.statusBar().showMessage(
            self._window.tr("{0} is registered").format(user.username), 10_000
        )

    @Slot()
    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        roles = list(Role)
        names = [role_name(role) for role in roles]
        name, ok = QInputDialog.getItem(
            self._window,
            self._window.tr("Role"),
            self._window.tr("Role of {0}:").format(user.username),
            names,
            roles.index(user.role),
            False,
        )
        if ok:
            self._apply(users.set_role, roles[names.index(name)])

    @Slot()
    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self._window,
            self._window.tr("Reset the password"),
            self._window.tr("New password of {0}:").format(user.username),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._apply(users.reset_password, password)

    @Slot()
    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._apply(users.set_active, not user.is_active)

    def _apply(self, service: Callable[..., UserDTO], *args: Any) -> None:
        user = self.selected()
        if user is None:
            return
        self._ctx.call(
            self,
            service,
            user.id,
            *args,
            on_result=self._changed,
            on_error=lambda error: self._window.warn(describe(error)),
        )

    def _changed(self, user: UserDTO) -> None:
        self.model.replace(user)
        self._window.statusBar().showMessage(
            self._window.tr("{0}: {1}, {2}").format(
                user.username, role_name(user.role), account_state(user)
            ),
            10_000,
        )


class AuditPanel(QObject):
    """The audit log, filtered by user, table and dates, newest first, loaded as it scrolls."""

    def __init__(self, window: AdminWindow, ctx: ShopContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.loaded = False
        ui = window.ui
        self.model = AuditModel(ctx, self)
        ui.auditView.setModel(self.model)
        ui.auditView.setWordWrap(False)
        ui.auditView.verticalHeader().setDefaultSectionSize(
            ui.auditView.fontMetrics().height() + 10
        )
        header = ui.auditView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.model.load_failed.connect(lambda error: window.warn(describe(error)))
        self.model.modelReset.connect(self._fit_columns)
        for edit in (ui.auditFromEdit, ui.auditToEdit):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(window.tr("any day"))
            edit.setDate(NO_DATE)
        ui.auditUserCombo.addItem(window.tr("Anybody"), None)
        ui.auditTableCombo.addItem(window.tr("Any table"), None)
        ui.auditRefreshButton.clicked.connect(self.refresh)
        ui.auditUserCombo.activated.connect(lambda _i: self.refresh())
        ui.auditTableCombo.activated.connect(lambda _i: self.refresh())

    def _fit_columns(self) -> None:
        view = self._window.ui.auditView
        view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            view.setColumnWidth(column, min(view.columnWidth(column), 220))

    def set_tables(self, names: list[str]) -> None:
        combo = self._window.ui.auditTableCombo
        for name in names:
            combo.addItem(name, name)

    def _users_listed(self, found: list[UserDTO]) -> None:
        combo = self._window.ui.auditUserCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self._window.tr("Anybody"), None)
        for user in found:
            combo.addItem(user.username, user.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def current_filter(self) -> AuditFilter:
        ui = self._window.ui
        return AuditFilter(
            user_id=ui.auditUserCombo.currentData(),
            table_name=ui.auditTableCombo.currentData(),
            date_from=_day(ui.auditFromEdit.date()),
            date_to=_day(ui.auditToEdit.date()),
        )

    @Slot()
    def refresh(self) -> None:
        if not self.loaded:
            self._ctx.call(self, users.list_users, None, "", on_result=self._users_listed)
        self.loaded = True
        self.model.set_filter(self.current_filter())


def _day(value: QDate) -> date | None:
    if value == NO_DATE or not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())
