"""The orders list of the ordering window: search, status at a glance, and the cashier's actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from cakeshop_desktop.core.domain import (
    OrderDTO,
    OrderQuery,
    OrderStatus,
    PaymentMethod,
    Role,
)
from cakeshop_desktop.core.services import orders, refunds
from cakeshop_desktop.core.services.refunds import RefundOffer
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs.order_actions import (
    CancelOrderDialog,
    HandOutDialog,
    hand_out_order,
)
from cakeshop_desktop.gui.dialogs.order_detail_dialog import OrderDetailDialog
from cakeshop_desktop.gui.dialogs.refund_dialog import RefundDialog
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.forms.ui_orders_panel import Ui_OrdersPanel
from cakeshop_desktop.gui.labels import status_label
from cakeshop_desktop.gui.models.orders_model import OrdersModel
from cakeshop_desktop.gui.printing import PrintKind
from cakeshop_desktop.gui.receipt_printer import ReceiptPrinter
from cakeshop_desktop.gui.widgets.layouts import set_up_form
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE
from cakeshop_desktop.gui.widgets.row_highlight import go_to_row, highlight_current_row

SEARCH_DELAY_MS = 300
STAFF_ROLES = frozenset({Role.CASHIER, Role.ADMIN})
CLOSED = frozenset({OrderStatus.COMPLETED, OrderStatus.CANCELLED})


class OrdersPanel(QWidget):
    """A customer's own orders, or every order for a cashier, with the actions their role allows."""

    order_changed = Signal(object)  # the OrderDTO after confirm, hand-out or cancel

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("ordersPanel")
        self.ui = Ui_OrdersPanel()
        set_up_form(self.ui, self)
        self.model = OrdersModel(ctx, self)
        self.printer = ReceiptPrinter(ctx, self)
        self.printer.printed.connect(self._show_message)
        self.printer.failed.connect(self._show_failure)
        self.detail_dialog: OrderDetailDialog | None = None
        self.action_dialog: QDialog | None = None
        self._keep_selected: int | None = None
        self._busy = False
        self._list_after_load = False  # Enter or Down in a search field waits for the answer

        view = self.ui.ordersView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OrdersModel.COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        highlight_current_row(view)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)

        self._setup_filters()
        self._apply_role()
        self._connect()
        self._show_message("")
        self._update_actions()
        self._apply_filters()

    # ------------------------------------------------------------ public

    @property
    def is_staff(self) -> bool:
        return self._ctx.actor is not None and self._ctx.actor.role in STAFF_ROLES

    def refresh(self) -> None:
        """Reload the orders, keeping the selected one selected when it is still listed."""
        order = self.selected_order()
        self._keep_selected = order.id if order else None
        self.model.refresh()

    def apply_changes(self, changed: tuple[OrderDTO, ...]) -> None:
        """Orders changed on another terminal: rows shown are updated in place, keeping the
        selection; a new order, or one leaving the status filter, reloads the list."""
        status = self.model.query.status
        for order in changed:
            if self.model.row_of(order.id) < 0 or (status is not None and order.status != status):
                self.refresh()
                return
        for order in changed:
            self.model.update_order(order)
        self._update_actions()

    def show_to_confirm(self) -> None:
        """The list *to confirm*: customers' orders still New, the first one selected."""
        combo = self.ui.orderStatusCombo
        combo.setCurrentIndex(combo.findData(OrderStatus.NEW))
        self._apply_filters()
        self.ui.ordersView.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        if self.is_staff:
            self.ui.orderNumberEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.ui.orderNumberEdit.selectAll()
        else:
            self.ui.ordersView.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def selected_order(self) -> OrderDTO | None:
        index = self.ui.ordersView.currentIndex()
        selection = self.ui.ordersView.selectionModel()
        if not index.isValid() or not selection.isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.order_at(index.row())

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row < 0:
            return False
        self.ui.ordersView.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.ordersView.scrollTo(self.model.index(row, 0))
        return True

    def open_detail(self, order_id: int) -> OrderDetailDialog:
        dialog = OrderDetailDialog(self._ctx, order_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.order_changed.connect(self._order_updated)
        self.detail_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------ set-up

    def _setup_filters(self) -> None:
        combo = self.ui.orderStatusCombo
        combo.addItem(self.tr("All statuses"), None)
        for status in OrderStatus:
            combo.addItem(status_label(status), status)
        today = QDate.currentDate()
        self.ui.orderDateFromEdit.setDate(today.addDays(-7))
        self.ui.orderDateToEdit.setDate(today)

    def _apply_role(self) -> None:
        staff = self.is_staff
        for widget in (
            self.ui.orderNumberEdit,
            self.ui.orderPhoneEdit,
            self.ui.orderDateFilterCheck,
            self.ui.orderDateFromEdit,
            self.ui.orderDateToLabel,
            self.ui.orderDateToEdit,
            self.ui.confirmOrderButton,
            self.ui.handOutOrderButton,
            self.ui.printReceiptButton,
            self.ui.printTicketButton,
        ):
            widget.setVisible(staff)
        if not staff:
            self.ui.ordersView.setColumnHidden(OrdersModel.COL_PHONE, True)

    def _connect(self) -> None:
        ui = self.ui
        ui.orderNumberEdit.textChanged.connect(self._search_timer.start)
        ui.orderPhoneEdit.textChanged.connect(self._search_timer.start)
        ui.orderStatusCombo.currentIndexChanged.connect(self._search_timer.start)
        ui.orderDateFilterCheck.toggled.connect(self._date_filter_toggled)
        ui.orderDateFromEdit.dateChanged.connect(self._search_timer.start)
        ui.orderDateToEdit.dateChanged.connect(self._search_timer.start)
        ui.orderNumberEdit.returnPressed.connect(self._search_then_list)
        ui.orderPhoneEdit.returnPressed.connect(self._search_then_list)
        ui.orderNumberEdit.installEventFilter(self)
        ui.orderPhoneEdit.installEventFilter(self)
        ui.refreshOrdersButton.clicked.connect(self.refresh)
        ui.ordersView.activated.connect(self._activated)
        ui.ordersView.selectionModel().selectionChanged.connect(self._update_actions)
        ui.orderDetailsButton.clicked.connect(self._open_selected)
        ui.confirmOrderButton.clicked.connect(self.confirm_selected)
        ui.handOutOrderButton.clicked.connect(self.hand_out_selected)
        ui.cancelOrderButton.clicked.connect(self.cancel_selected)
        ui.printReceiptButton.clicked.connect(lambda: self.print_selected(PrintKind.RECEIPT))
        ui.printTicketButton.clicked.connect(lambda: self.print_selected(PrintKind.TICKET))
        self.model.reloaded.connect(self._restore_selection)
        self.model.load_failed.connect(self._show_error)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.modelReset.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)

    # ------------------------------------------------------------ search

    @Slot(bool)
    def _date_filter_toggled(self, checked: bool) -> None:
        self.ui.orderDateFromEdit.setEnabled(checked)
        self.ui.orderDateToEdit.setEnabled(checked)
        self._search_timer.start()

    def current_query(self) -> OrderQuery:
        """The filters as typed; the search itself runs in SQL."""
        ui = self.ui
        status = ui.orderStatusCombo.currentData()
        query = OrderQuery(status=status)
        if not self.is_staff:
            return query
        date_from: date | None = None
        date_to: date | None = None
        if ui.orderDateFilterCheck.isChecked():
            date_from = ui.orderDateFromEdit.date().toPython()
            date_to = ui.orderDateToEdit.date().toPython()
        return OrderQuery(
            number=ui.orderNumberEdit.text().strip(),
            phone=ui.orderPhoneEdit.text().strip(),
            status=status,
            date_from=date_from,
            date_to=date_to,
        )

    @Slot()
    def _apply_filters(self) -> None:
        self._search_timer.stop()
        order = self.selected_order()
        self._keep_selected = order.id if order else None
        self._show_message("")
        self.model.set_query(self.current_query())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the number or phone field goes to the list."""
        if (
            watched in (self.ui.orderNumberEdit, self.ui.orderPhoneEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if self._search_timer.isActive():
                self._search_then_list()
            else:
                self.focus_list()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _search_then_list(self) -> None:
        """Enter in the number or phone field: find, then the list takes the focus."""
        self._list_after_load = True
        self._apply_filters()

    def focus_list(self) -> None:
        view = self.ui.ordersView
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        row = view.currentIndex().row()
        go_to_row(view, row if row >= 0 else 0, 0)

    @Slot()
    def _restore_selection(self) -> None:
        if self._keep_selected is not None:
            self.select_order(self._keep_selected)
        self._keep_selected = None
        if self._list_after_load:
            self._list_after_load = False
            if self.model.rowCount() > 0:
                self.focus_list()
        if self.model.rowCount() == 0 and not self.ui.ordersMessageLabel.text():
            self._show_message(self.tr("No orders match."))
        self._update_actions()

    @Slot(bool)
    def _loading_changed(self, loading: bool) -> None:
        self.ui.refreshOrdersButton.setEnabled(not loading)
        if loading:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    # ------------------------------------------------------------ actions

    @Slot()
    def _update_actions(self) -> None:
        order = self.selected_order()
        staff = self.is_staff
        status = order.status if order else None
        idle = not self._busy
        ui = self.ui
        ui.orderDetailsButton.setEnabled(order is not None)
        ui.confirmOrderButton.setEnabled(idle and staff and status is OrderStatus.NEW)
        ui.handOutOrderButton.setEnabled(idle and staff and status is OrderStatus.READY)
        can_cancel = status is not None and (
            (staff and status not in CLOSED) or (not staff and status is OrderStatus.NEW)
        )
        ui.cancelOrderButton.setEnabled(idle and can_cancel)
        ui.printReceiptButton.setEnabled(staff and order is not None)
        ui.printTicketButton.setEnabled(staff and order is not None)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        order = self.model.order_at(index.row())
        if order is not None:
            self.open_detail(order.id)

    @Slot()
    def _open_selected(self) -> None:
        order = self.selected_order()
        if order is not None:
            self.open_detail(order.id)

    @Slot()
    def confirm_selected(self) -> None:
        order = self.selected_order()
        if order is None or order.status is not OrderStatus.NEW:
            return
        self._run(orders.confirm_order, order.id)

    @Slot()
    def hand_out_selected(self) -> None:
        order = self.selected_order()
        if order is None or order.status is not OrderStatus.READY:
            return
        dialog = HandOutDialog(order, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._hand_out(order.id, dialog.method))
        self.action_dialog = dialog
        dialog.open()

    def _hand_out(self, order_id: int, method: PaymentMethod | None) -> None:
        self._set_busy(True)
        hand_out_order(
            self._ctx,
            self,
            self.printer,
            order_id,
            method,
            on_result=self._order_updated,
            on_error=self._action_failed,
        )

    @Slot()
    def cancel_selected(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        dialog = CancelOrderDialog(order, reason_required=self.is_staff, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._cancel(order, dialog.reason))
        self.action_dialog = dialog
        dialog.open()

    def _cancel(self, order: OrderDTO, reason: str) -> None:
        """Cancel; money paid on the order first asks how much goes back (refundDialog)."""
        if not self.is_staff or order.kept <= 0:
            self._run(orders.cancel_order, order.id, reason)
            return
        self._set_busy(True)
        self._ctx.call(
            self,
            refunds.cancellation_offer,
            order.id,
            on_result=lambda offer: self._ask_refund(offer, reason),
            on_error=self._action_failed,
        )

    def _ask_refund(self, offer: RefundOffer, reason: str) -> None:
        self._set_busy(False)
        dialog = RefundDialog(offer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._run(
                orders.cancel_order,
                offer.order_id,
                reason,
                refund=dialog.amount,
                method=dialog.method,
            )
        )
        self.action_dialog = dialog
        dialog.open()

    def print_selected(self, kind: PrintKind) -> None:
        """The selected order's receipt or ticket on this terminal's printer."""
        order = self.selected_order()
        if order is not None:
            self.printer.print_order(order.id, kind)

    def _run(self, service: Callable[..., OrderDTO], *args: Any, **kwargs: Any) -> None:
        self._set_busy(True)
        self._ctx.call(
            self,
            service,
            *args,
            on_result=self._order_updated,
            on_error=self._action_failed,
            **kwargs,
        )

    def _order_updated(self, order: OrderDTO) -> None:
        self._set_busy(False)
        self.model.update_order(order)
        self._show_message(
            self.tr("Order {0}: {1}.").format(order.number, status_label(order.status))
        )
        self._update_actions()
        self.order_changed.emit(order)

    def _action_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._show_error(error)
        self.refresh()  # somebody else may have moved the order meanwhile

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_actions()

    # ------------------------------------------------------------ messages

    def _show_message(self, text: str) -> None:
        label = self.ui.ordersMessageLabel
        label.setStyleSheet("")
        label.setText(text)
        label.setVisible(bool(text))

    @Slot(object)
    def _show_error(self, error: Exception) -> None:
        self._show_failure(describe(error))

    @Slot(str)
    def _show_failure(self, text: str) -> None:
        label = self.ui.ordersMessageLabel
        label.setStyleSheet(ERROR_STYLE)
        label.setText(text)
        label.setVisible(True)
