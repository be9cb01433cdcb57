"""The admin's list of users: login, name, role, contacts, whether they can log in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.services import users
from cakeshop_desktop.core.services.auth import LOCKED_BY_ADMIN
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.labels import role_label
from cakeshop_desktop.gui.models.base import QT_TRANSLATE_NOOP, Column, PagedModel, PageRequest

BLOCKED_COLOUR = "#eeeeee"


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


class UsersModel(PagedModel[UserDTO]):
    """Every user, by login, the UserDTO under ROW_ROLE; loaded whole, as one page (a shop has
    hundreds of users, not millions)."""

    (COL_LOGIN, COL_NAME, COL_ROLE, COL_PHONE, COL_EMAIL, COL_STATE, COL_LAST_LOGIN) = range(7)
    TR_CONTEXT = "UsersModel"
    COLUMNS: Sequence[Column[UserDTO]] = (
        Column(QT_TRANSLATE_NOOP("UsersModel", "Login"), lambda u: u.username),
        Column(QT_TRANSLATE_NOOP("UsersModel", "Name"), lambda u: u.full_name),
        Column(QT_TRANSLATE_NOOP("UsersModel", "Role"), lambda u: role_label(u.role)),
        Column(QT_TRANSLATE_NOOP("UsersModel", "Phone"), lambda u: u.phone or ""),
        Column(QT_TRANSLATE_NOOP("UsersModel", "E-mail"), lambda u: u.email or ""),
        Column(QT_TRANSLATE_NOOP("UsersModel", "State"), account_state),
        Column(
            QT_TRANSLATE_NOOP("UsersModel", "Last login"),
            lambda u: date_time(u.last_login_at),
            lambda u: u.last_login_at,
        ),
    )

    def __init__(self, ctx: ShopContext, parent: Any = None) -> None:
        super().__init__(ctx, parent)

    def user(self, row: int) -> UserDTO:
        return self._rows[row]

    def refresh(self) -> None:
        self.load_first_page()

    def request_page(self, reset: bool) -> PageRequest:
        return users.list_users, (None, ""), {}

    def page_rows(self, page: list[UserDTO]) -> tuple[Sequence[UserDTO], bool]:
        return page, False

    def replace(self, user: UserDTO) -> None:
        """Show a user changed by a service without reloading the list."""
        self.replace_row(user, append=True)

    def cell_data(self, user: UserDTO, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and (not user.is_active or is_locked(user)):
            return QBrush(QColor(BLOCKED_COLOUR))
        return None
