"""A cashier links a customer's new account to the record the shop already had for them.

Nothing links by itself (anyone can type someone's phone): the cashier picks the account
the customer logs in to, sees the records on file with the same phone, checks with the
customer, and links one; its orders then show in the customer's account.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services import accounts, users
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.formatting import customer_text
from cakeshop_desktop.gui.widgets.customer_combo import fill_customers, make_searchable
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import message_label, say
from cakeshop_desktop.gui.widgets.view_items import add_list_item


class LinkAccountDialog(QDialog):
    """Choose the account, then one of the records sharing its phone; Link moves the orders."""

    linked = Signal(int)  # how many orders moved

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkAccountDialog")
        self.setWindowTitle(self.tr("Link a customer's account"))
        self.setAccessibleName(self.tr("Link a customer's account"))
        self._ctx = ctx
        self._customers: list[UserDTO] = []
        intro = QLabel(
            self.tr(
                "A customer who created an account with a phone the shop already had sees "
                "none of the earlier orders until you link it. Check with the customer first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("linkAccountCombo")
        self.account_combo.setAccessibleName(self.tr("The customer's account"))
        self.account_combo.setEditable(True)
        self.account_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        make_searchable(self.account_combo, self.tr("Name, login or phone"))
        self.records_list = QListWidget(self)
        self.records_list.setObjectName("linkRecordsList")
        self.records_list.setAccessibleName(self.tr("Customers on file with the same phone"))
        form = QFormLayout()
        form.addRow(self.tr("&Account:"), self.account_combo)
        form.addRow(self.tr("&Same phone on file:"), self.records_list)
        self.result_label = message_label("linkResultLabel", self)
        self.link_button = QPushButton(self.tr("&Link"), self)
        self.link_button.setObjectName("linkAccountButton")
        self.link_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        nest(layout, form)
        layout.addWidget(self.result_label)
        nest(layout, buttons)
        self.resize(560, 380)
        close.clicked.connect(self.accept)
        self.link_button.clicked.connect(self.link)
        self.account_combo.currentIndexChanged.connect(self._account_chosen)
        self.records_list.currentItemChanged.connect(lambda *_: self._update_button())
        ctx.call(
            self,
            users.list_users,
            Role.CUSTOMER,
            on_result=self._customers_arrived,
            on_error=self._failed,
        )

    def _customers_arrived(self, customers: list[UserDTO]) -> None:
        self._customers = list(customers)
        fill_customers(self.account_combo, self._customers)

    def choose_account(self, user_id: int) -> bool:
        index = self.account_combo.findData(user_id)
        if index >= 0:
            self.account_combo.setCurrentIndex(index)
        return index >= 0

    @Slot()
    def _account_chosen(self) -> None:
        self.records_list.clear()
        self._update_button()
        account_id = self.account_combo.currentData()
        if account_id is None:
            return
        self._ctx.call(
            self,
            accounts.customers_sharing_phone,
            account_id,
            on_result=self._records_arrived,
            on_error=self._failed,
        )

    def _records_arrived(self, records: list[UserDTO]) -> None:
        self.records_list.clear()
        for record in records:
            item = add_list_item(self.records_list, customer_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
        if not records:
            self._say(self.tr("Nobody else on file has this phone."), ok=True)
        else:
            self.result_label.hide()
            self.records_list.setCurrentRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.link_button.setEnabled(self.records_list.currentItem() is not None)

    @Slot()
    def link(self) -> None:
        item = self.records_list.currentItem()
        account_id = self.account_combo.currentData()
        if item is None or account_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Move the orders of {0} to the account {1}? Check with the customer first."
            ).format(item.text(), self.account_combo.currentText()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.link_button.setEnabled(False)
        self._ctx.call(
            self,
            accounts.link_account,
            account_id,
            item.data(Qt.ItemDataRole.UserRole),
            on_result=self._linked,
            on_error=self._failed,
        )

    def _linked(self, moved: int) -> None:
        self._say(self.tr("Linked. Orders moved to the account: %n", "", moved), ok=True)
        self.linked.emit(moved)
        self.records_list.takeItem(self.records_list.currentRow())
        self._update_button()

    def _failed(self, error: Exception) -> None:
        self._update_button()
        self._say(describe(error), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        say(self.result_label, text, ok=ok)
