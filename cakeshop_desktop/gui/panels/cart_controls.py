"""The cart side of the ordering window: its table, quantity editor, remove, clear and total."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from cakeshop_desktop.core.domain import CartDTO
from cakeshop_desktop.gui import formatting
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.delegates.quantity_delegate import QuantityDelegate
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.forms.ui_ordering_window import Ui_OrderingWindow
from cakeshop_desktop.gui.models.cart_model import CartModel


class CartControls(QObject):
    """Wires the cart widgets of the form to a CartModel; refusals go to cartErrorLabel."""

    def __init__(self, ctx: ShopContext, ui: Ui_OrderingWindow, window: QWidget) -> None:
        super().__init__(window)
        self._ui = ui
        self._window = window
        self.model = CartModel(ctx, self)
        view = ui.cartView
        view.setModel(self.model)
        view.setItemDelegateForColumn(CartModel.COL_QUANTITY, QuantityDelegate(view))
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CartModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        ui.cartErrorLabel.hide()
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
        ui.removeFromCartButton.clicked.connect(self.remove_current_line)
        ui.clearCartButton.clicked.connect(self.clear)
        self._show_cart(None)

    @Slot(object)
    def _show_cart(self, cart: CartDTO | None) -> None:
        ui = self._ui
        empty = cart is None or cart.is_empty
        total = cart.total if cart is not None else 0
        ui.cartTotalLabel.setText(self.tr("Total: {0}").format(formatting.money(total)))
        count = sum(item.quantity for item in cart.items) if cart is not None else 0
        ui.cartGroup.setTitle(self.tr("Cart ({0})").format(count) if count else self.tr("Cart"))
        ui.clearCartButton.setEnabled(not empty)
        ui.removeFromCartButton.setEnabled(not empty)
        if cart is not None:
            show_inline(ui.cartErrorLabel, None)

    @Slot(object)
    def show_error(self, error: Exception) -> None:
        show_inline(self._ui.cartErrorLabel, error)

    def show_message(self, message: str) -> None:
        self._ui.cartErrorLabel.setText(message)
        self._ui.cartErrorLabel.show()

    def focus(self) -> None:
        view = self._ui.cartView
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.model.rowCount() > 0:
            view.setCurrentIndex(self.model.index(0, CartModel.COL_QUANTITY))

    @Slot()
    def remove_current_line(self) -> None:
        item = self.model.item_at(self._ui.cartView.currentIndex().row())
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
            self.tr("Take all {0} line(s) out of the cart?").format(len(cart.items)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.clear()
