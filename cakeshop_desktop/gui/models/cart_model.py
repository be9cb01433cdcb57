"""The logged-in user's cart as a table; every change goes to the database through the workers."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal

from cakeshop_desktop.core.domain import CartDTO, CartItemDTO
from cakeshop_desktop.core.services import cart as cart_service
from cakeshop_desktop.core.services.table_editor.values import INTEGER_RE
from cakeshop_desktop.gui import formatting
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.i18n import tr as _tr
from cakeshop_desktop.gui.models.row_table import AnyIndex, RowTableModel


class CartModel(RowTableModel):
    """Lines of the cart; the quantity column is editable.

    Changes run one at a time, in the order they were asked for, so the cart shown is
    always the answer to the latest change. A refused change leaves the rows as they were
    and emits `refused` with the error.
    """

    COL_NAME, COL_PRICE, COL_QUANTITY, COL_TOTAL = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("CartModel", "Cake"),
        QT_TRANSLATE_NOOP("CartModel", "Price"),
        QT_TRANSLATE_NOOP("CartModel", "Qty"),
        QT_TRANSLATE_NOOP("CartModel", "Total"),
    )
    EDITABLE_COLUMNS = frozenset({COL_QUANTITY})
    TR_CONTEXT = "CartModel"

    cart_changed = Signal(object)  # CartDTO
    refused = Signal(object)  # the exception of a refused change

    def __init__(self, ctx: ShopContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._cart: CartDTO | None = None
        self._rows: list[CartItemDTO] = []
        self._queue: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self._running = False

    # --- what the window uses

    @property
    def cart(self) -> CartDTO | None:
        return self._cart

    @property
    def is_busy(self) -> bool:
        return self._running

    def item_at(self, row: int) -> CartItemDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, cake_id: int) -> int:
        return next((i for i, item in enumerate(self._rows) if item.cake_id == cake_id), -1)

    def reload(self) -> None:
        self._enqueue(cart_service.get_cart)

    def add(self, cake_id: int, quantity: int = 1) -> None:
        self._enqueue(cart_service.add_to_cart, cake_id, quantity)

    def set_quantity(self, cake_id: int, quantity: int) -> None:
        self._enqueue(cart_service.set_quantity, cake_id, quantity)

    def remove(self, cake_id: int) -> None:
        self._enqueue(cart_service.remove_from_cart, cake_id)

    def clear(self) -> None:
        self._enqueue(cart_service.clear_cart)

    def set_cart(self, cart: CartDTO | None) -> None:
        """Show this cart: same lines -> changed cells only; otherwise a model reset."""
        rows = list(cart.items) if cart is not None else []
        same_lines = [item.cake_id for item in rows] == [item.cake_id for item in self._rows]
        if same_lines and rows:
            changed = [
                i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new
            ]
            self._cart, self._rows = cart, rows
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0),
                    self.index(max(changed), self.columnCount() - 1),
                )
        else:
            self.beginResetModel()
            self._cart, self._rows = cart, rows
            self.endResetModel()
        self.cart_changed.emit(cart)

    # --- Qt model interface

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_NAME: item.name,
                self.COL_PRICE: formatting.money(item.unit_price),
                self.COL_QUANTITY: str(item.quantity),
                self.COL_TOTAL: formatting.money(item.line_total),
            }.get(column)
        if role == Qt.ItemDataRole.EditRole and column == self.COL_QUANTITY:
            return item.quantity
        if role == Qt.ItemDataRole.UserRole:
            return {
                self.COL_NAME: item.cake_id,
                self.COL_PRICE: item.unit_price,
                self.COL_QUANTITY: item.quantity,
                self.COL_TOTAL: item.line_total,
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.made_to_order:
                return _tr("Made to order: ready {0} h after the order").format(
                    item.lead_time_hours
                )
            return _tr("{0} on the showcase").format(item.stock_qty)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask the database for the new quantity; the cell changes when it agrees."""
        if (
            role != Qt.ItemDataRole.EditRole
            or not self.row_in_range(index)
            or index.column() not in self.EDITABLE_COLUMNS
        ):
            return False
        # "3" typed is 3; "-5", "1.5" or "٣" go to the cart service as they are, to be refused
        # with a message there (int() would take "٣" as 3, a float's fraction would go)
        quantity = value
        if isinstance(value, str) and INTEGER_RE.fullmatch(value.strip()):
            quantity = int(value)
        item = self._rows[index.row()]
        if quantity == item.quantity:
            return False
        self.set_quantity(item.cake_id, quantity)
        return True

    # --- running changes one after another

    def _enqueue(self, service: Callable[..., Any], *args: Any) -> None:
        self._queue.append((service, args))
        if not self._running:
            self._run_next()

    def _run_next(self) -> None:
        if not self._queue:
            self._running = False
            return
        self._running = True
        service, args = self._queue.popleft()
        self._ctx.call(self, service, *args, on_result=self._answered, on_error=self._failed)

    def _answered(self, cart: CartDTO) -> None:
        self.set_cart(cart)
        self._run_next()

    def _failed(self, error: Exception) -> None:
        self.refused.emit(error)
        self._run_next()
