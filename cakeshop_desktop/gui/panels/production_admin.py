"""The administrator's tab of the production window: capacity, showcase batches, recipe costs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHeaderView

from cakeshop_desktop.core.domain import CatalogPage, CatalogQuery
from cakeshop_desktop.core.services import catalog, planning, production
from cakeshop_desktop.core.types.production import CakeCost, CapacityDay, TaskCard
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.forms.ui_production_window import Ui_ProductionWindow
from cakeshop_desktop.gui.models.production_models import CapacityModel, CostsModel
from cakeshop_desktop.gui.panels.ingredients_panel import show_message

CAPACITY_DAYS = 14
BATCH_HOUR = 8


class ProductionAdminPanel(QObject):
    """Runs the admin tab; `board_changed` asks the window to reload the board."""

    board_changed = Signal(object)  # the TaskCard planned or cancelled

    def __init__(self, ctx: ShopContext, ui: Ui_ProductionWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ui = ui
        self.capacity_model = CapacityModel(parent)
        self.costs_model = CostsModel(parent)
        ui.capacityView.setModel(self.capacity_model)
        ui.costsView.setModel(self.costs_model)
        for view in (ui.capacityView, ui.costsView):
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.costsView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.batchCakeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ui.batchCakeCombo.setMinimumWidth(280)
        ui.adminTopLayout.setStretch(0, 3)
        ui.adminTopLayout.setStretch(1, 2)
        ui.adminTabLayout.setStretch(2, 1)
        tomorrow = QDate.currentDate().addDays(1)
        ui.capacityDateEdit.setDate(tomorrow)
        ui.capacityDateEdit.setMinimumDate(QDate.currentDate())
        ui.batchDueEdit.setDateTime(QDateTime(tomorrow, QTime(BATCH_HOUR, 0)))
        ui.batchDueEdit.setMinimumDate(QDate.currentDate())
        ui.saveDefaultCapacityButton.clicked.connect(self.save_default_capacity)
        ui.setCapacityButton.clicked.connect(self.set_day_capacity)
        ui.planBatchButton.clicked.connect(self.plan_batch)
        show_message(ui.adminMessageLabel, "")

    def reload(self) -> None:
        ctx = self._ctx
        ctx.call(self, planning.default_capacity, on_result=self._ui.defaultCapacitySpin.setValue)
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
        chosen = self._ui.capacityDateEdit.date().toPython()
        for day in days:
            if day.day == chosen:
                self._ui.capacitySpin.setValue(day.capacity)

    def _costs_arrived(self, costs: tuple[CakeCost, ...]) -> None:
        self.costs_model.set_rows(costs)

    def _cakes_arrived(self, page: CatalogPage) -> None:
        combo = self._ui.batchCakeCombo
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
            self._ui.defaultCapacitySpin.value(),
            on_result=lambda value: self._done(
                self.tr("Every day not planned separately now takes {0} cakes").format(value)
            ),
            on_error=self._failed,
        )

    @Slot()
    def set_day_capacity(self) -> None:
        day = self._ui.capacityDateEdit.date().toPython()
        self._ctx.call(
            self,
            planning.set_day_capacity,
            day,
            self._ui.capacitySpin.value(),
            on_result=lambda found: self._done(
                self.tr("{0}: {1} cakes, {2} booked").format(
                    found.day.strftime("%d.%m.%Y"), found.capacity, found.booked
                )
            ),
            on_error=self._failed,
        )

    @Slot()
    def plan_batch(self) -> None:
        cake_id = self._ui.batchCakeCombo.currentData()
        if cake_id is None:
            show_message(self._ui.adminMessageLabel, self.tr("Choose a cake"), error=True)
            return
        self._ctx.call(
            self,
            production.plan_batch,
            cake_id,
            self._ui.batchQuantitySpin.value(),
            self._ui.batchDueEdit.dateTime().toPython(),
            on_result=self._batch_planned,
            on_error=self._failed,
        )

    def cancel_batch(self, card: TaskCard | None) -> None:
        if card is None or not card.is_batch:
            show_message(
                self._ui.adminMessageLabel,
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
        show_message(self._ui.adminMessageLabel, text)
        self.reload()

    def _failed(self, error: Exception) -> None:
        show_message(self._ui.adminMessageLabel, describe(error), error=True)
