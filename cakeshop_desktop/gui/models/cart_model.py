"""The logged-in user's cart as a table; every change goes to the database through the workers."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal

from cakeshop_desktop.core.domain import CartDTO, CartItemDTO
from cakeshop_desktop.core.services import cart as cart_service
from cakeshop_desktop.core.services.table_editor.values import INTEGER_RE
from cakeshop_desktop.gui import formatting
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.i18n import tr as _tr
from cakeshop_desktop.gui.models.base import QT_TRANSLATE_NOOP, AnyIndex, Column, RowsModel


class CartModel(RowsModel[CartItemDTO]):
    """Lines of the cart; the quantity column is editable.

    Changes run one at a time, in the order they were asked for, so the cart shown is
    always the answer to the latest change. A refused change leaves the rows as they were
    and emits `refused` with the error.
    """

    COL_NAME, COL_PRICE, COL_QUANTITY, COL_TOTAL = range(4)
    TR_CONTEXT = "CartModel"
    COLUMNS: Sequence[Column[CartItemDTO]] = (
        Column(QT_TRANSLATE_NOOP("CartModel", "Cake"), lambda i: i.name, lambda i: i.cake_id),
        Column(
            QT_TRANSLATE_NOOP("CartModel", "Price"),
            lambda i: formatting.money(i.unit_price),
            lambda i: i.unit_price,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CartModel", "Qty"),
            lambda i: str(i.quantity),
            lambda i: i.quantity,
            numeric=True,
            editable=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CartModel", "Total"),
            lambda i: formatting.money(i.line_total),
            lambda i: i.line_total,
            numeric=True,
        ),
    )

    cart_changed = Signal(object)  # CartDTO
    refused = Signal(object)  # the exception of a refused change

    def __init__(self, ctx: ShopContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._cart: CartDTO | None = None
        self._rows: list[CartItemDTO] = []
        self._queue: deque[tuple[Callable[..., Any], tuple[Any, ...], Callable[..., Any] | None]]
        self._queue = deque()
        self._done: Callable[..., Any] | None = None
        self._running = False

    # --- what the window uses

    @property
    def cart(self) -> CartDTO | None:
        return self._cart

    @property
    def is_busy(self) -> bool:
        return self._running

    def item_at(self, row: int) -> CartItemDTO | None:
        return self.row_at(row)

    def row_key(self, row: CartItemDTO) -> Hashable:
        return row.cake_id

    def reload(self) -> None:
        self._enqueue(cart_service.get_cart)

    def add(
        self, cake_id: int, quantity: int = 1, on_added: Callable[[CartDTO], Any] | None = None
    ) -> None:
        """Ask for `quantity` more; `on_added` runs only once the cart service has agreed."""
        self._enqueue(cart_service.add_to_cart, cake_id, quantity, done=on_added)

    def set_quantity(self, cake_id: int, quantity: int) -> None:
        self._enqueue(cart_service.set_quantity, cake_id, quantity)

    def remove(self, cake_id: int) -> None:
        self._enqueue(cart_service.remove_from_cart, cake_id)

    def clear(self) -> None:
        self._enqueue(cart_service.clear_cart)

    def set_cart(self, cart: CartDTO | None) -> None:
        """Show this cart: same lines -> changed rows only; otherwise a model reset."""
        self._cart = cart
        self.update_rows(list(cart.items) if cart is not None else [])
        self.cart_changed.emit(cart)

    # --- Qt model interface

    def cell_data(self, item: CartItemDTO, column: int, role: int) -> Any:
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
            or index.column() != self.COL_QUANTITY
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

    def _enqueue(
        self, service: Callable[..., Any], *args: Any, done: Callable[..., Any] | None = None
    ) -> None:
        self._queue.append((service, args, done))
        if not self._running:
            self._run_next()

    def _run_next(self) -> None:
        if not self._queue:
            self._running = False
            return
        self._running = True
        service, args, self._done = self._queue.popleft()
        self._ctx.call(self, service, *args, on_result=self._answered, on_error=self._failed)

    def _answered(self, cart: CartDTO) -> None:
        done, self._done = self._done, None
        self.set_cart(cart)
        if done is not None:
            done(cart)
        self._run_next()

    def _failed(self, error: Exception) -> None:
        self._done = None
        self.refused.emit(error)
        self._run_next()
