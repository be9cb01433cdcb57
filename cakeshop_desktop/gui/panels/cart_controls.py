"""The cart side of the ordering window: its table, quantity editor, remove, clear and total."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from cakeshop_desktop.core.domain import CartDTO
from cakeshop_desktop.gui import formatting
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.delegates.quantity_delegate import QuantityDelegate
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.models.cart_model import CartModel
from cakeshop_desktop.gui.widgets.row_highlight import go_to_row, highlight_current_row


@dataclass(frozen=True)
class CartWidgets:
    """The cart's widgets in the ordering window."""

    cart_view: QTableView
    cart_error_label: QLabel
    remove_from_cart_button: QPushButton
    clear_cart_button: QPushButton
    cart_total_label: QLabel
    cart_group: QGroupBox


class CartControls(QObject):
    """Wires the cart widgets of the form to a CartModel; refusals go to cartErrorLabel."""

    def __init__(self, ctx: ShopContext, widgets: CartWidgets, window: QWidget) -> None:
        super().__init__(window)
        self._widgets = widgets
        self._window = window
        self.model = CartModel(ctx, self)
        view = widgets.cart_view
        view.setModel(self.model)
        view.setItemDelegateForColumn(CartModel.COL_QUANTITY, QuantityDelegate(view))
        view.verticalHeader().hide()
        highlight_current_row(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CartModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        widgets.cart_error_label.hide()
        # Delete removes a line only while the cart itself has the focus, so Delete still
        # deletes text in the search field and in the quantity editor.
        self.remove_line_action = QAction(self.tr("Remove the cart line"), view)
        self.remove_line_action.setObjectName("removeCartLineAction")
        self.remove_line_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_line_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_line_action.triggered.connect(self.remove_current_line)
        view.addAction(self.remove_line_action)
        self.model.cart_changed.connect(self._show_cart)
        self.model.refused.connect(self.show_error)
        widgets.remove_from_cart_button.clicked.connect(self.remove_current_line)
        widgets.clear_cart_button.clicked.connect(self.clear)
        self._show_cart(None)

    @Slot(object)
    def _show_cart(self, cart: CartDTO | None) -> None:
        widgets = self._widgets
        empty = cart is None or cart.is_empty
        total = cart.total if cart is not None else 0
        widgets.cart_total_label.setText(self.tr("Total: {0}").format(formatting.money(total)))
        count = sum(item.quantity for item in cart.items) if cart is not None else 0
        widgets.cart_group.setTitle(
            self.tr("Cart ({0})").format(count) if count else self.tr("Cart")
        )
        widgets.clear_cart_button.setEnabled(not empty)
        widgets.remove_from_cart_button.setEnabled(not empty)
        if cart is not None:
            show_inline(widgets.cart_error_label, None)

    @Slot(object)
    def show_error(self, error: Exception) -> None:
        show_inline(self._widgets.cart_error_label, error)

    def show_message(self, message: str) -> None:
        self._widgets.cart_error_label.setText(message)
        self._widgets.cart_error_label.show()

    def focus(self) -> None:
        """F4: the cursor on the quantity of the selected line (the first if none), so digits
        typed next open its editor and set it."""
        view = self._widgets.cart_view
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        row = view.currentIndex().row()
        if self.model.rowCount() > 0:
            go_to_row(view, row if 0 <= row < self.model.rowCount() else 0, CartModel.COL_QUANTITY)

    @Slot()
    def remove_current_line(self) -> None:
        item = self.model.item_at(self._widgets.cart_view.currentIndex().row())
        if item is not None:
            self.model.remove(item.cake_id)

    @Slot()
    def clear(self) -> None:
        """Empty the cart once the user agrees."""
        cart = self.model.cart
        if cart is None or cart.is_empty:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Clear the cart"),
            self.tr("Take all %n line(s) out of the cart?", "", len(cart.items)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.clear()
