"""Orders waiting for the counter: customers' new orders as a count, a list and a sound.

Every counter shows how many orders customers placed that nobody has confirmed yet
(`ordersToConfirmLabel`); the count follows the live updates (a poll every 2 s), a new one
rings the bell unless this terminal turned the sound off, and clicking the count shows
the list *to confirm* in the Orders tab.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from cakeshop_desktop.core.domain import OrderDTO, WaitingOrders
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.labels import customer_label
from cakeshop_desktop.gui.language import gui_settings

SOUND_KEY = "counter/orders_to_confirm_sound"
LISTED_IN_TIP = 8  # orders named in the label's tooltip
WAITING_STYLE = (
    "QLabel { background: #fff3cd; color: #7a4b00; font-weight: bold; padding: 2px 8px; }"
)


def sound_on() -> bool:
    """Whether this terminal rings for a new order to confirm (on unless turned off)."""
    return gui_settings().value(SOUND_KEY, "true") != "false"


def set_sound_on(on: bool) -> None:
    gui_settings().setValue(SOUND_KEY, "true" if on else "false")


class OrdersToConfirm(QObject):
    """Keeps `label` showing the count of customers' orders still New; rings for new ones."""

    show_requested = Signal()  # the cashier clicked the count: show the list to confirm
    rang = Signal()  # a new order to confirm arrived with the sound on
    counted = Signal(int)

    def __init__(self, ctx: ShopContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._known: set[int] | None = None  # ids seen waiting; None before the first answer
        self._asking = False
        self._ask_again = False
        self.count = 0
        self.label = QLabel(parent)
        self.label.setObjectName("ordersToConfirmLabel")
        self.label.setAccessibleName(self.tr("Orders to confirm"))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(lambda _link: self.show_requested.emit())
        self.sound_action = QAction(self.tr("&Sound for new orders to confirm"), parent)
        self.sound_action.setObjectName("toConfirmSoundAction")
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(sound_on())
        self.sound_action.toggled.connect(set_sound_on)
        self._show(WaitingOrders(count=0, orders=()))

    @Slot()
    def reload(self) -> None:
        """Ask the database again (at start, and whenever orders changed on any terminal)."""
        if self._asking:
            self._ask_again = True
            return
        self._asking = True
        self._ctx.call(
            self, orders.orders_to_confirm, on_result=self._arrived, on_error=self._failed
        )

    @Slot(object)
    def orders_changed(self, changed: tuple[OrderDTO, ...]) -> None:
        """Live updates: any order changed may have joined or left the list."""
        if changed:
            self.reload()

    def _arrived(self, waiting: WaitingOrders) -> None:
        self._asking = False
        ids = {order.id for order in waiting.orders}
        fresh = self._known is not None and bool(ids - self._known)
        self._known = ids
        self._show(waiting)
        if fresh and self.sound_action.isChecked():
            QApplication.beep()
            self.rang.emit()
        if self._ask_again:
            self._ask_again = False
            self.reload()

    def _failed(self, _error: Exception) -> None:
        self._asking = False  # the connection indicator says the database is away

    def _show(self, waiting: WaitingOrders) -> None:
        self.count = waiting.count
        label = self.label
        if waiting.count:
            text = self.tr("To confirm: %n", "", waiting.count)
            label.setText(f'<a href="confirm" style="color: #7a4b00;">{html.escape(text)}</a>')
            label.setStyleSheet(WAITING_STYLE)
            lines = [
                self.tr("{0} — {1}, pickup {2}").format(
                    order.number,
                    customer_label(order.customer_name),
                    date_time(order.due_at) if order.due_at else self.tr("any time"),
                )
                for order in waiting.orders[:LISTED_IN_TIP]
            ]
            label.setToolTip("\n".join([self.tr("Click to see the list:"), *lines]))
        else:
            label.setText(self.tr("No orders to confirm"))
            label.setStyleSheet("")
            label.setToolTip("")
        self.counted.emit(waiting.count)
