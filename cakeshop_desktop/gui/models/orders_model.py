"""The orders list as a lazily loaded table: pages of orders.find_orders come from the workers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from cakeshop_desktop.core.domain import OrderDTO, OrderPage, OrderQuery, OrderStatus
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.formatting import date_time, money
from cakeshop_desktop.gui.labels import customer_label, status_label
from cakeshop_desktop.gui.models.base import QT_TRANSLATE_NOOP, Column, PagedModel, PageRequest

# Pale backgrounds that read at a glance: new wants attention, ready is good to go.
STATUS_COLOURS: dict[OrderStatus, str] = {
    OrderStatus.NEW: "#fff3c4",
    OrderStatus.CONFIRMED: "#dceeff",
    OrderStatus.IN_PRODUCTION: "#ffe2c6",
    OrderStatus.READY: "#d5f5d5",
    OrderStatus.COMPLETED: "#e6e6e6",
    OrderStatus.CANCELLED: "#f8d4d4",
}
STATUS_TEXT_COLOUR = "#202020"
FADED_TEXT_COLOUR = "#808080"
MAX_PAGE = 500  # what orders.find_orders serves at most per call


def status_background(status: OrderStatus) -> QColor:
    return QColor(STATUS_COLOURS[status])


def _balance(order: OrderDTO) -> str:
    return money(order.balance) if order.status is not OrderStatus.CANCELLED else ""


class OrdersModel(PagedModel[OrderDTO]):
    """Orders newest first, fetched a page at a time as the view scrolls (the OrderDTO of a
    row under ROW_ROLE)."""

    (
        COL_NUMBER,
        COL_CREATED,
        COL_CUSTOMER,
        COL_PHONE,
        COL_PICKUP,
        COL_STATUS,
        COL_TOTAL,
        COL_PAID,
        COL_BALANCE,
    ) = range(9)
    TR_CONTEXT = "OrdersModel"
    COLUMNS: Sequence[Column[OrderDTO]] = (
        Column(QT_TRANSLATE_NOOP("OrdersModel", "No."), lambda o: o.number),
        Column(
            QT_TRANSLATE_NOOP("OrdersModel", "Created"),
            lambda o: date_time(o.created_at),
            lambda o: o.created_at,
        ),
        Column(
            QT_TRANSLATE_NOOP("OrdersModel", "Customer"),
            lambda o: customer_label(o.customer_name),
            lambda o: o.customer_name,
        ),
        Column(QT_TRANSLATE_NOOP("OrdersModel", "Phone"), lambda o: o.customer_phone),
        Column(
            QT_TRANSLATE_NOOP("OrdersModel", "Pickup"),
            lambda o: date_time(o.due_at),
            lambda o: o.due_at,
        ),
        Column(
            QT_TRANSLATE_NOOP("OrdersModel", "Status"),
            lambda o: status_label(o.status),
            lambda o: o.status.value,
        ),
        Column(
            QT_TRANSLATE_NOOP("OrdersModel", "Total"),
            lambda o: money(o.total),
            lambda o: o.total,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("OrdersModel", "Paid"),
            lambda o: money(o.paid_amount),
            lambda o: o.paid_amount,
            True,
        ),
        Column(QT_TRANSLATE_NOOP("OrdersModel", "Balance"), _balance, lambda o: o.balance, True),
    )

    page_loaded = Signal(int)  # how many rows the page added
    reloaded = Signal()  # the first page of a new query or a refresh replaced the rows

    def __init__(self, ctx: ShopContext, parent: Any = None, page_size: int = 50) -> None:
        super().__init__(ctx, parent)
        self._page_size = max(1, min(page_size, MAX_PAGE))
        self._first_limit = self._page_size
        self._query = OrderQuery(limit=self._page_size)

    # ------------------------------------------------------------ loading

    @property
    def query(self) -> OrderQuery:
        return self._query

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_query(self, query: OrderQuery) -> None:
        """Show the orders matching `query` (its offset and limit are the model's business)."""
        self._query = replace(query, offset=0, limit=self._page_size)
        self._first_limit = self._page_size
        self.load_first_page()

    def refresh(self) -> None:
        """Reload from the top, as many rows as are shown now, so a selection usually survives."""
        self._first_limit = min(MAX_PAGE, max(self._page_size, len(self._rows)))
        self.load_first_page()

    def request_page(self, reset: bool) -> PageRequest:
        offset, limit = (0, self._first_limit) if reset else (len(self._rows), self._page_size)
        return orders.find_orders, (replace(self._query, offset=offset, limit=limit),), {}

    def page_rows(self, page: OrderPage) -> tuple[Sequence[OrderDTO], bool]:
        return page.items, page.has_more

    def page_shown(self, page: OrderPage, reset: bool, added: int) -> None:
        self.page_loaded.emit(added)
        if reset:
            self.reloaded.emit()

    # ------------------------------------------------------------ rows

    def order_at(self, row: int) -> OrderDTO | None:
        return self.row_at(row)

    def update_order(self, order: OrderDTO) -> None:
        """Show an order as a service returned it after a change (partial dataChanged)."""
        self.replace_row(order)

    def cell_data(self, order: OrderDTO, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_STATUS:
            return QBrush(status_background(order.status))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_STATUS:
                return QBrush(QColor(STATUS_TEXT_COLOUR))
            if order.status is OrderStatus.CANCELLED:
                return QBrush(QColor(FADED_TEXT_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and order.notes:
            return order.notes
        return None
