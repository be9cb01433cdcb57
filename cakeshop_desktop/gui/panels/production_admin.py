"""The administrator's tab of the production window: capacity, showcase batches, recipe costs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from cakeshop_desktop.core.domain import CatalogPage, CatalogQuery
from cakeshop_desktop.core.services import catalog, planning, production
from cakeshop_desktop.core.types.production import CakeCost, CapacityDay, TaskCard
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.models.production_models import CapacityModel, CostsModel
from cakeshop_desktop.gui.panels.ingredients_panel import show_message
from cakeshop_desktop.gui.widgets.spin_refusals import say_why_keys_are_refused

CAPACITY_DAYS = 14
BATCH_HOUR = 8


@dataclass(frozen=True)
class ProductionAdminWidgets:
    """The administrator tab's widgets in the production window."""

    capacity_view: QTableView
    costs_view: QTableView
    batch_cake_combo: QComboBox
    admin_top_layout: QHBoxLayout
    admin_tab_layout: QVBoxLayout
    capacity_date_edit: QDateEdit
    batch_due_edit: QDateTimeEdit
    save_default_capacity_button: QPushButton
    set_capacity_button: QPushButton
    plan_batch_button: QPushButton
    admin_message_label: QLabel
    default_capacity_spin: QSpinBox
    capacity_spin: QSpinBox
    batch_quantity_spin: QSpinBox


class ProductionAdminPanel(QObject):
    """Runs the admin tab; `board_changed` asks the window to reload the board."""

    board_changed = Signal(object)  # the TaskCard planned or cancelled

    def __init__(self, ctx: ShopContext, widgets: ProductionAdminWidgets, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widgets = widgets
        self.capacity_model = CapacityModel(parent)
        self.costs_model = CostsModel(parent)
        widgets.capacity_view.setModel(self.capacity_model)
        widgets.costs_view.setModel(self.costs_model)
        for view in (widgets.capacity_view, widgets.costs_view):
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        widgets.costs_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        widgets.batch_cake_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        widgets.batch_cake_combo.setMinimumWidth(280)
        widgets.admin_top_layout.setStretch(0, 3)
        widgets.admin_top_layout.setStretch(1, 2)
        widgets.admin_tab_layout.setStretch(2, 1)
        tomorrow = QDate.currentDate().addDays(1)
        widgets.capacity_date_edit.setDate(tomorrow)
        widgets.capacity_date_edit.setMinimumDate(QDate.currentDate())
        widgets.batch_due_edit.setDateTime(QDateTime(tomorrow, QTime(BATCH_HOUR, 0)))
        widgets.batch_due_edit.setMinimumDate(QDate.currentDate())
        # a quantity typed past what the box holds is refused with a word, never clipped silently
        say_why_keys_are_refused(
            widgets.default_capacity_spin, widgets.capacity_spin, widgets.batch_quantity_spin
        )
        widgets.save_default_capacity_button.clicked.connect(self.save_default_capacity)
        widgets.set_capacity_button.clicked.connect(self.set_day_capacity)
        widgets.plan_batch_button.clicked.connect(self.plan_batch)
        show_message(widgets.admin_message_label, "")

    def reload(self) -> None:
        ctx = self._ctx
        ctx.call(
            self, planning.default_capacity, on_result=self._widgets.default_capacity_spin.setValue
        )
        ctx.call(
            self,
            planning.capacity_days,
            date.today(),
            CAPACITY_DAYS,
            on_result=self._capacity_arrived,
            on_error=self._failed,
        )
        ctx.call(self, planning.recipe_costs, on_result=self._costs_arrived, on_error=self._failed)
        ctx.call(
            self,
            catalog.search_catalog,
            CatalogQuery(limit=500),
            on_result=self._cakes_arrived,
            on_error=self._failed,
        )

    def _capacity_arrived(self, days: tuple[CapacityDay, ...]) -> None:
        self.capacity_model.set_rows(days)
        chosen = self._widgets.capacity_date_edit.date().toPython()
        for day in days:
            if day.day == chosen:
                self._widgets.capacity_spin.setValue(day.capacity)

    def _costs_arrived(self, costs: tuple[CakeCost, ...]) -> None:
        self.costs_model.set_rows(costs)

    def _cakes_arrived(self, page: CatalogPage) -> None:
        combo = self._widgets.batch_cake_combo
        keep = combo.currentData()
        combo.clear()
        for cake in page.items:
            if not cake.made_to_order:
                combo.addItem(f"{cake.name} ({cake.stock_qty})", cake.id)
        if keep is not None and combo.findData(keep) >= 0:
            combo.setCurrentIndex(combo.findData(keep))

    # ------------------------------------------------------------ writes

    @Slot()
    def save_default_capacity(self) -> None:
        self._ctx.call(
            self,
            planning.set_default_capacity,
            self._widgets.default_capacity_spin.value(),
            on_result=lambda value: self._done(
                self.tr("Every day not planned separately now takes %n cake(s)", "", value)
            ),
            on_error=self._failed,
        )

    @Slot()
    def set_day_capacity(self) -> None:
        day = self._widgets.capacity_date_edit.date().toPython()
        self._ctx.call(
            self,
            planning.set_day_capacity,
            day,
            self._widgets.capacity_spin.value(),
            on_result=lambda found: self._done(
                self.tr("{0}: {1} cakes, {2} booked").format(
                    found.day.strftime("%d.%m.%Y"), found.capacity, found.booked
                )
            ),
            on_error=self._failed,
        )

    @Slot()
    def plan_batch(self) -> None:
        cake_id = self._widgets.batch_cake_combo.currentData()
        if cake_id is None:
            show_message(self._widgets.admin_message_label, self.tr("Choose a cake"), error=True)
            return
        self._ctx.call(
            self,
            production.plan_batch,
            cake_id,
            self._widgets.batch_quantity_spin.value(),
            self._widgets.batch_due_edit.dateTime().toPython(),
            on_result=self._batch_planned,
            on_error=self._failed,
        )

    def cancel_batch(self, card: TaskCard | None) -> None:
        if card is None or not card.is_batch:
            show_message(
                self._widgets.admin_message_label,
                self.tr("Select a queued showcase batch on the board first"),
                error=True,
            )
            return
        self._ctx.call(
            self,
            production.cancel_batch,
            card.id,
            card.version,
            on_result=self._batch_cancelled,
            on_error=self._failed,
        )

    def _batch_planned(self, card: TaskCard) -> None:
        self._done(self.tr("Batch planned: «{0}» × {1}").format(card.cake_name, card.quantity))
        self.board_changed.emit(card)

    def _batch_cancelled(self, card: TaskCard) -> None:
        self._done(self.tr("Batch cancelled: «{0}»").format(card.cake_name))
        self.board_changed.emit(card)

    def _done(self, text: str) -> None:
        show_message(self._widgets.admin_message_label, text)
        self.reload()

    def _failed(self, error: Exception) -> None:
        show_message(self._widgets.admin_message_label, describe(error), error=True)
