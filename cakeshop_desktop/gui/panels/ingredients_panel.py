"""The ingredients tab of the production window: stock, its ledger, purchases, waste, adjustments."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QLabel

from cakeshop_desktop.core.domain import MovementKind, Role
from cakeshop_desktop.core.services import ingredients
from cakeshop_desktop.core.types.production import IngredientStock, LedgerEntry, StockMismatch
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.forms.ui_production_window import Ui_ProductionWindow
from cakeshop_desktop.gui.models.production_models import (
    IngredientsModel,
    LedgerModel,
    movement_label,
    quantity_text,
)

ERROR_STYLE = "color: #b00020;"
LEDGER_PAGE = 200


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
    label.setVisible(bool(text))


class IngredientsPanel(QObject):
    """Runs the ingredients tab: loads stock and ledger, records stock changes."""

    stock_changed = Signal()  # a stock change was recorded: plans and alerts are stale

    def __init__(self, ctx: ShopContext, ui: Ui_ProductionWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ui = ui
        self._is_admin = ctx.actor is not None and ctx.actor.role is Role.ADMIN
        self.model = IngredientsModel(parent, with_cost=self._is_admin)
        self.ledger_model = LedgerModel(parent)
        self._selected_id: int | None = None

        ui.ingredientsView.setModel(self.model)
        ui.ledgerView.setModel(self.ledger_model)
        for view in (ui.ingredientsView, ui.ledgerView):
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.ingredientsView.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        ui.ledgerView.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.ingredientsSplitter.setStretchFactor(0, 3)
        ui.ingredientsSplitter.setStretchFactor(1, 4)
        for kind in (MovementKind.PURCHASE, MovementKind.WASTE, MovementKind.ADJUSTMENT):
            ui.movementKindCombo.addItem(movement_label(kind), kind)
        ui.movementQuantityEdit.setToolTip(
            self.tr("A purchase and waste are positive; an adjustment may be negative (−250)")
        )
        ui.ingredientSettingsGroup.setVisible(self._is_admin)
        ui.ingredientsView.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.recordMovementButton.clicked.connect(self.record)
        ui.movementReasonEdit.returnPressed.connect(self.record)
        ui.saveIngredientButton.clicked.connect(self.save_settings)
        show_message(ui.ingredientMessageLabel, "")

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self._ctx.call(self, ingredients.list_stock, on_result=self._arrived, on_error=self._failed)
        self._ctx.call(self, ingredients.stock_mismatches, on_result=self._checked)

    def _checked(self, mismatches: tuple[StockMismatch, ...]) -> None:
        """Say so when a stock figure was changed around the ledger (say, in the table editor)."""
        label = self._ui.ledgerLabel
        if not mismatches:
            label.setStyleSheet("")
            label.setText(self.tr("Ledger of the selected ingredient (newest first):"))
            return
        label.setStyleSheet(ERROR_STYLE)
        label.setText(
            self.tr(
                "The ledger does not explain the stock of: {0}. Count it and record an adjustment."
            ).format(
                ", ".join(
                    f"{m.name} ({quantity_text(m.stock_qty)} ≠ {quantity_text(m.ledger_qty)})"
                    for m in mismatches[:5]
                )
            )
        )

    def _arrived(self, rows: tuple[IngredientStock, ...]) -> None:
        keep = self._selected_id
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self._ui.ingredientsView.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected(self) -> IngredientStock | None:
        return self.model.row_at(self._ui.ingredientsView.currentIndex().row())

    @Slot()
    def _row_changed(self) -> None:
        item = self.selected()
        self._selected_id = item.id if item is not None else None
        if item is None:
            self.ledger_model.set_rows([])
            return
        self._ui.movementQuantityEdit.setPlaceholderText(self.tr("amount in {0}").format(item.unit))
        if self._is_admin:
            self._ui.reorderLevelEdit.setText(quantity_text(item.reorder_level))
            self._ui.costPerUnitEdit.setText(quantity_text(item.cost_per_unit))
        self._ctx.call(
            self,
            ingredients.ledger,
            item.id,
            0,
            LEDGER_PAGE,
            on_result=lambda rows, wanted=item.id: self._ledger_arrived(wanted, rows),
            on_error=self._failed,
        )

    def _ledger_arrived(self, ingredient_id: int, rows: tuple[LedgerEntry, ...]) -> None:
        if ingredient_id == self._selected_id:
            self.ledger_model.set_rows(rows)

    # ------------------------------------------------------------ writes

    @Slot()
    def record(self) -> None:
        item = self.selected()
        ui = self._ui
        if item is None:
            show_message(
                ui.ingredientMessageLabel, self.tr("Choose an ingredient first"), error=True
            )
            return
        kind = ui.movementKindCombo.currentData()
        ui.recordMovementButton.setEnabled(False)
        self._ctx.call(
            self,
            ingredients.record_movement,
            item.id,
            kind,
            ui.movementQuantityEdit.text().strip().replace("−", "-"),
            ui.movementReasonEdit.text(),
            on_result=lambda stock, k=kind: self._recorded(k, stock),
            on_error=self._write_failed,
        )

    def _recorded(self, kind: MovementKind, item: IngredientStock) -> None:
        ui = self._ui
        ui.recordMovementButton.setEnabled(True)
        ui.movementQuantityEdit.clear()
        ui.movementReasonEdit.clear()
        show_message(
            ui.ingredientMessageLabel,
            self.tr("{0} recorded: «{1}» now {2} {3}").format(
                movement_label(kind), item.name, quantity_text(item.stock_qty), item.unit
            ),
        )
        self.reload()
        self.stock_changed.emit()

    @Slot()
    def save_settings(self) -> None:
        item = self.selected()
        if item is None or not self._is_admin:
            return
        self._ctx.call(
            self,
            ingredients.update_ingredient,
            item.id,
            self._ui.reorderLevelEdit.text().strip(),
            self._ui.costPerUnitEdit.text().strip(),
            on_result=self._saved,
            on_error=self._write_failed,
        )

    def _saved(self, item: IngredientStock) -> None:
        show_message(self._ui.ingredientMessageLabel, self.tr("«{0}» saved").format(item.name))
        self.reload()
        self.stock_changed.emit()

    def _write_failed(self, error: Exception) -> None:
        self._ui.recordMovementButton.setEnabled(True)
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        show_message(self._ui.ingredientMessageLabel, describe(error), error=True)
