"""The orders list as a lazily loaded table: pages of orders.find_orders come from the workers."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from cakeshop_desktop.core.domain import OrderDTO, OrderPage, OrderQuery, OrderStatus
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.formatting import date_time, money
from cakeshop_desktop.gui.labels import status_label

ModelIndex = QModelIndex | QPersistentModelIndex

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


class OrdersModel(QAbstractTableModel):
    """Orders newest first, fetched a page at a time as the view scrolls."""

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
    MONEY_COLUMNS = frozenset({COL_TOTAL, COL_PAID, COL_BALANCE})
    ORDER_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole OrderDTO of a row

    loading_changed = Signal(bool)
    load_failed = Signal(object)  # the exception
    page_loaded = Signal(int)  # how many rows the page added
    reloaded = Signal()  # the first page of a new query or a refresh replaced the rows

    def __init__(self, ctx: ShopContext, parent: Any = None, page_size: int = 50) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = max(1, min(page_size, MAX_PAGE))
        self._query = OrderQuery(limit=self._page_size)
        self._rows: list[OrderDTO] = []
        self._has_more = False
        self._loading = False
        self._generation = 0  # answers to an older query are dropped

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            QCoreApplication.translate("OrdersModel", "No."),
            QCoreApplication.translate("OrdersModel", "Created"),
            QCoreApplication.translate("OrdersModel", "Customer"),
            QCoreApplication.translate("OrdersModel", "Phone"),
            QCoreApplication.translate("OrdersModel", "Pickup"),
            QCoreApplication.translate("OrdersModel", "Status"),
            QCoreApplication.translate("OrdersModel", "Total"),
            QCoreApplication.translate("OrdersModel", "Paid"),
            QCoreApplication.translate("OrdersModel", "Balance"),
        )

    # ------------------------------------------------------------ loading

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def query(self) -> OrderQuery:
        return self._query

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_query(self, query: OrderQuery) -> None:
        """Show the orders matching `query` (its offset and limit are the model's business)."""
        self._query = replace(query, offset=0, limit=self._page_size)
        self._load(0, self._page_size, reset=True)

    def refresh(self) -> None:
        """Reload from the top, as many rows as are shown now, so a selection usually survives."""
        self._load(0, min(MAX_PAGE, max(self._page_size, len(self._rows))), reset=True)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._loading or not self._has_more:
            return
        self._load(len(self._rows), self._page_size, reset=False)

    def _load(self, offset: int, limit: int, *, reset: bool) -> None:
        if reset:
            self._generation += 1
        generation = self._generation
        self._set_loading(True)
        self._ctx.call(
            self,
            orders.find_orders,
            replace(self._query, offset=offset, limit=limit),
            on_result=lambda page: self._page_arrived(generation, reset, page),
            on_error=lambda error: self._failed(generation, error),
        )

    def _page_arrived(self, generation: int, reset: bool, page: OrderPage) -> None:
        if generation != self._generation:
            return
        if reset:
            self.beginResetModel()
            self._rows = list(page.items)
            self._has_more = page.has_more
            self.endResetModel()
            added = len(self._rows)
        else:
            # an order placed meanwhile shifts the pages by one: never show a row twice
            known = {order.id for order in self._rows}
            fresh = [order for order in page.items if order.id not in known]
            self._has_more = page.has_more
            added = len(fresh)
            if fresh:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + added - 1)
                self._rows.extend(fresh)
                self.endInsertRows()
        self._set_loading(False)
        self.page_loaded.emit(added)
        if reset:
            self.reloaded.emit()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.load_failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # ------------------------------------------------------------ rows

    def order_at(self, row: int) -> OrderDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, order_id: int) -> int:
        for row, order in enumerate(self._rows):
            if order.id == order_id:
                return row
        return -1

    def update_order(self, order: OrderDTO) -> None:
        """Show an order as a service returned it after a change (partial dataChanged)."""
        row = self.row_of(order.id)
        if row < 0:
            return
        self._rows[row] = order
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.MONEY_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        order = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(order, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._raw(order, column)
        if role == self.ORDER_ROLE:
            return order
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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

    def _display(self, order: OrderDTO, column: int) -> str:
        if column == self.COL_NUMBER:
            return order.number
        if column == self.COL_CREATED:
            return date_time(order.created_at)
        if column == self.COL_CUSTOMER:
            return order.customer_name
        if column == self.COL_PHONE:
            return order.customer_phone
        if column == self.COL_PICKUP:
            return date_time(order.due_at)
        if column == self.COL_STATUS:
            return status_label(order.status)
        if column == self.COL_TOTAL:
            return money(order.total)
        if column == self.COL_PAID:
            return money(order.paid_amount)
        if column == self.COL_BALANCE:
            return money(order.balance) if order.status is not OrderStatus.CANCELLED else ""
        return ""

    def _raw(self, order: OrderDTO, column: int) -> Any:
        return (
            order.number,
            order.created_at,
            order.customer_name,
            order.customer_phone,
            order.due_at,
            order.status.value,
            order.total,
            order.paid_amount,
            order.balance,
        )[column]
