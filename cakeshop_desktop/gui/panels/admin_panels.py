"""The Users and Audit log tabs of the admin window.

Each panel is handed the widgets it drives (`UsersWidgets`, `AuditWidgets`) and the widget
its dialogs open over; it tells the window what to show by its `warning` and
`status_message` signals, and never reaches back into the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTableView,
    QWidget,
)

from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services import users
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs.user_dialog import UserDialog
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.labels import person_label, role_label
from cakeshop_desktop.gui.models.audit_model import AuditFilter, AuditModel
from cakeshop_desktop.gui.models.users_model import UsersModel, account_state

NO_DATE = QDate(2000, 1, 1)  # the minimum of the date filters stands for "any day"


@dataclass(frozen=True)
class UsersWidgets:
    """The Users tab's widgets."""

    view: QTableView
    add_button: QAbstractButton
    change_role_button: QAbstractButton
    reset_password_button: QAbstractButton
    lock_button: QAbstractButton
    unlock_button: QAbstractButton
    deactivate_button: QAbstractButton


@dataclass(frozen=True)
class AuditWidgets:
    """The Audit log tab's widgets."""

    view: QTableView
    user_combo: QComboBox
    table_combo: QComboBox
    from_edit: QDateEdit
    to_edit: QDateEdit
    refresh_button: QAbstractButton


class UsersPanel(QObject):
    """Registers users and changes roles, passwords, locks and activity through users.*."""

    warning = Signal(str)  # a refusal or a failure, for a message box
    status_message = Signal(str)  # what was done, for the status bar

    def __init__(self, ctx: ShopContext, widgets: UsersWidgets, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._widgets = widgets
        self._ctx = ctx
        self.loaded = False
        self.model = UsersModel(ctx, self)
        view = widgets.view
        view.setModel(self.model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSortingEnabled(False)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.load_failed.connect(lambda error: self.warning.emit(describe(error)))
        self.model.modelReset.connect(view.resizeColumnsToContents)
        widgets.add_button.clicked.connect(self.register)
        widgets.change_role_button.clicked.connect(self.change_role)
        widgets.reset_password_button.clicked.connect(self.reset_password)
        widgets.lock_button.clicked.connect(lambda: self._apply(users.lock_user))
        widgets.unlock_button.clicked.connect(lambda: self._apply(users.unlock_user))
        widgets.deactivate_button.clicked.connect(self.toggle_active)

    def refresh(self) -> None:
        self.loaded = True
        self.model.refresh()

    def selected(self) -> UserDTO | None:
        index = self._widgets.view.currentIndex()
        if not index.isValid():
            self.warning.emit(self.tr("Select a user first"))
            return None
        return self.model.user(index.row())

    @Slot()
    def register(self) -> UserDialog:
        dialog = UserDialog(self._ctx, self._parent)
        dialog.registered.connect(self._registered)
        dialog.open()
        return dialog

    def _registered(self, user: UserDTO) -> None:
        self.model.replace(user)
        self.status_message.emit(self.tr("{0} is registered").format(user.username))

    @Slot()
    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        roles = list(Role)
        names = [role_label(role) for role in roles]
        name, ok = QInputDialog.getItem(
            self._parent,
            self.tr("Role"),
            self.tr("Role of {0}:").format(user.username),
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
            self._parent,
            self.tr("Reset the password"),
            self.tr("New password of {0}:").format(user.username),
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
            on_error=lambda error: self.warning.emit(describe(error)),
        )

    def _changed(self, user: UserDTO) -> None:
        self.model.replace(user)
        self.status_message.emit(
            self.tr("{0}: {1}, {2}").format(
                user.username, role_label(user.role), account_state(user)
            )
        )


class AuditPanel(QObject):
    """The audit log, filtered by user, table and dates, newest first, loaded as it scrolls."""

    warning = Signal(str)  # a failure, for a message box

    def __init__(self, ctx: ShopContext, widgets: AuditWidgets, parent: QObject) -> None:
        super().__init__(parent)
        self._widgets = widgets
        self._ctx = ctx
        self.loaded = False
        self.model = AuditModel(ctx, self)
        view = widgets.view
        view.setModel(self.model)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.model.load_failed.connect(lambda error: self.warning.emit(describe(error)))
        self.model.modelReset.connect(self._fit_columns)
        for edit in (widgets.from_edit, widgets.to_edit):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("any day"))
            edit.setDate(NO_DATE)
        widgets.user_combo.addItem(self.tr("Anybody"), None)
        widgets.table_combo.addItem(self.tr("Any table"), None)
        widgets.refresh_button.clicked.connect(self.refresh)
        widgets.user_combo.activated.connect(lambda _i: self.refresh())
        widgets.table_combo.activated.connect(lambda _i: self.refresh())

    def _fit_columns(self) -> None:
        view = self._widgets.view
        view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            view.setColumnWidth(column, min(view.columnWidth(column), 220))

    def set_tables(self, tables: list[tuple[str, str]]) -> None:
        """(name, label) of the tables the filter offers, labels shown."""
        combo = self._widgets.table_combo
        for name, label in tables:
            combo.addItem(label, name)

    def _users_listed(self, found: list[UserDTO]) -> None:
        combo = self._widgets.user_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Anybody"), None)
        for user in found:
            combo.addItem(person_label(user.full_name, user.username), user.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def current_filter(self) -> AuditFilter:
        widgets = self._widgets
        return AuditFilter(
            user_id=widgets.user_combo.currentData(),
            table_name=widgets.table_combo.currentData(),
            date_from=_day(widgets.from_edit.date()),
            date_to=_day(widgets.to_edit.date()),
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
