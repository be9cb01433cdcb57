"""The admin's list of users: login, name, role, contacts, whether they can log in."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services import users
from cakeshop_desktop.core.services.auth import LOCKED_BY_ADMIN
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.models.list_model import HeadedListModel

ModelIndex = QModelIndex | QPersistentModelIndex
BLOCKED_COLOUR = "#eeeeee"


def role_name(role: Role) -> str:
    return {
        Role.CUSTOMER: QCoreApplication.translate("Role", "customer"),
        Role.CASHIER: QCoreApplication.translate("Role", "cashier"),
        Role.BAKER: QCoreApplication.translate("Role", "baker"),
        Role.ADMIN: QCoreApplication.translate("Role", "administrator"),
    }[role]


def is_locked(user: UserDTO) -> bool:
    return user.locked_until is not None and user.locked_until > datetime.now()


def account_state(user: UserDTO) -> str:
    """Whether the user can log in now, and if not, why and until when."""
    if not user.is_active:
        return QCoreApplication.translate("UsersModel", "deactivated")
    if is_locked(user):
        assert user.locked_until is not None
        if user.locked_until >= LOCKED_BY_ADMIN:
            return QCoreApplication.translate("UsersModel", "locked by an administrator")
        until = date_time(user.locked_until)
        if not user.failed_logins:
            return QCoreApplication.translate("UsersModel", "locked until {0}").format(until)
        return QCoreApplication.translate(
            "UsersModel", "locked until {0}; wrong passwords: {1}"
        ).format(until, user.failed_logins)
    if user.failed_logins:
        return QCoreApplication.translate("UsersModel", "active; wrong passwords: {0}").format(
            user.failed_logins
        )
    return QCoreApplication.translate("UsersModel", "active")


class UsersModel(HeadedListModel):
    """Every user, by login; reloaded whole (a shop has hundreds of users, not millions)."""

    (COL_LOGIN, COL_NAME, COL_ROLE, COL_PHONE, COL_EMAIL, COL_STATE, COL_LAST_LOGIN) = range(7)
    USER_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's UserDTO

    loading_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(self, ctx: ShopContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[UserDTO] = []
        self._loading = False

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            QCoreApplication.translate("UsersModel", "Login"),
            QCoreApplication.translate("UsersModel", "Name"),
            QCoreApplication.translate("UsersModel", "Role"),
            QCoreApplication.translate("UsersModel", "Phone"),
            QCoreApplication.translate("UsersModel", "E-mail"),
            QCoreApplication.translate("UsersModel", "State"),
            QCoreApplication.translate("UsersModel", "Last login"),
        )

    @property
    def is_loading(self) -> bool:
        return self._loading

    def user(self, row: int) -> UserDTO:
        return self._rows[row]

    def row_of(self, user_id: int) -> int:
        return next((i for i, user in enumerate(self._rows) if user.id == user_id), -1)

    def refresh(self) -> None:
        self._loading = True
        self.loading_changed.emit(True)
        self._ctx.call(
            self, users.list_users, None, "", on_result=self.set_rows, on_error=self._failed
        )

    def set_rows(self, rows: list[UserDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self._loading = False
        self.loading_changed.emit(False)

    def replace(self, user: UserDTO) -> None:
        """Show a user changed by a service without reloading the list."""
        row = self.row_of(user.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(user)
            self.endInsertRows()
            return
        self._rows[row] = user
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _failed(self, error: Exception) -> None:
        self._loading = False
        self.loading_changed.emit(False)
        self.load_failed.emit(error)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, column)
        if role == self.USER_ROLE:
            return user
        if role == Qt.ItemDataRole.BackgroundRole and (not user.is_active or is_locked(user)):
            return QBrush(QColor(BLOCKED_COLOUR))
        return None

    def _text(self, user: UserDTO, column: int) -> str | None:
        if column == self.COL_LOGIN:
            return user.username
        if column == self.COL_NAME:
            return user.full_name
        if column == self.COL_ROLE:
            return role_name(user.role)
        if column == self.COL_PHONE:
            return user.phone or ""
        if column == self.COL_EMAIL:
            return user.email or ""
        if column == self.COL_STATE:
            return account_state(user)
        if column == self.COL_LAST_LOGIN:
            return date_time(user.last_login_at)
        return None
