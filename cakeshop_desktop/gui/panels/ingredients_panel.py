"""The ingredients tab of the production window: stock, its ledger, purchases, waste, adjustments."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
)

from cakeshop_desktop.core.domain import MovementKind, Role
from cakeshop_desktop.core.services import ingredients
from cakeshop_desktop.core.types.production import IngredientStock, LedgerEntry, StockMismatch
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.labels import movement_label, unit_label
from cakeshop_desktop.gui.models.production_models import (
    IngredientsModel,
    LedgerModel,
    quantity_text,
)
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE

LEDGER_PAGE = 200


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
    label.setVisible(bool(text))


@dataclass(frozen=True)
class IngredientsWidgets:
    """The ingredients tab's widgets in the production window."""

    ingredients_view: QTableView
    ledger_view: QTableView
    ingredients_splitter: QSplitter
    movement_kind_combo: QComboBox
    movement_quantity_edit: QLineEdit
    ingredient_settings_group: QGroupBox
    record_movement_button: QPushButton
    movement_reason_edit: QLineEdit
    save_ingredient_button: QPushButton
    ingredient_message_label: QLabel
    ledger_label: QLabel
    reorder_level_edit: QLineEdit
    cost_per_unit_edit: QLineEdit


class IngredientsPanel(QObject):
    """Runs the ingredients tab: loads stock and ledger, records stock changes."""

    stock_changed = Signal()  # a stock change was recorded: plans and alerts are stale

    def __init__(self, ctx: ShopContext, widgets: IngredientsWidgets, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widgets = widgets
        self._is_admin = ctx.actor is not None and ctx.actor.role is Role.ADMIN
        self.model = IngredientsModel(parent, with_cost=self._is_admin)
        self.ledger_model = LedgerModel(parent)
        self._selected_id: int | None = None

        widgets.ingredients_view.setModel(self.model)
        widgets.ledger_view.setModel(self.ledger_model)
        for view in (widgets.ingredients_view, widgets.ledger_view):
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        widgets.ingredients_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        widgets.ledger_view.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        widgets.ingredients_splitter.setStretchFactor(0, 3)
        widgets.ingredients_splitter.setStretchFactor(1, 4)
        for kind in (MovementKind.PURCHASE, MovementKind.WASTE, MovementKind.ADJUSTMENT):
            widgets.movement_kind_combo.addItem(movement_label(kind), kind)
        widgets.movement_quantity_edit.setToolTip(
            self.tr("A purchase and waste are positive; an adjustment may be negative (−250)")
        )
        widgets.ingredient_settings_group.setVisible(self._is_admin)
        widgets.ingredients_view.selectionModel().currentRowChanged.connect(self._row_changed)
        widgets.record_movement_button.clicked.connect(self.record)
        widgets.movement_reason_edit.returnPressed.connect(self.record)
        widgets.save_ingredient_button.clicked.connect(self.save_settings)
        show_message(widgets.ingredient_message_label, "")

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self._ctx.call(self, ingredients.list_stock, on_result=self._arrived, on_error=self._failed)
        self._ctx.call(self, ingredients.stock_mismatches, on_result=self._checked)

    def _checked(self, mismatches: tuple[StockMismatch, ...]) -> None:
        """Say so when a stock figure was changed around the ledger (say, in the table editor)."""
        label = self._widgets.ledger_label
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
            self._widgets.ingredients_view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected(self) -> IngredientStock | None:
        return self.model.row_at(self._widgets.ingredients_view.currentIndex().row())

    @Slot()
    def _row_changed(self) -> None:
        item = self.selected()
        self._selected_id = item.id if item is not None else None
        if item is None:
            self.ledger_model.set_rows([])
            return
        self._widgets.movement_quantity_edit.setPlaceholderText(
            self.tr("amount in {0}").format(unit_label(item.unit))
        )
        if self._is_admin:
            self._widgets.reorder_level_edit.setText(quantity_text(item.reorder_level))
            self._widgets.cost_per_unit_edit.setText(quantity_text(item.cost_per_unit))
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
        widgets = self._widgets
        if item is None:
            show_message(
                widgets.ingredient_message_label, self.tr("Choose an ingredient first"), error=True
            )
            return
        kind = widgets.movement_kind_combo.currentData()
        widgets.record_movement_button.setEnabled(False)
        self._ctx.call(
            self,
            ingredients.record_movement,
            item.id,
            kind,
            widgets.movement_quantity_edit.text().strip().replace("−", "-"),
            widgets.movement_reason_edit.text(),
            on_result=lambda stock, k=kind: self._recorded(k, stock),
            on_error=self._write_failed,
        )

    def _recorded(self, kind: MovementKind, item: IngredientStock) -> None:
        widgets = self._widgets
        widgets.record_movement_button.setEnabled(True)
        widgets.movement_quantity_edit.clear()
        widgets.movement_reason_edit.clear()
        show_message(
            widgets.ingredient_message_label,
            self.tr("{0} recorded: «{1}» now {2} {3}").format(
                movement_label(kind),
                item.name,
                quantity_text(item.stock_qty),
                unit_label(item.unit),
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
            self._widgets.reorder_level_edit.text().strip(),
            self._widgets.cost_per_unit_edit.text().strip(),
            on_result=self._saved,
            on_error=self._write_failed,
        )

    def _saved(self, item: IngredientStock) -> None:
        show_message(
            self._widgets.ingredient_message_label, self.tr("«{0}» saved").format(item.name)
        )
        self.reload()
        self.stock_changed.emit()

    def _write_failed(self, error: Exception) -> None:
        self._widgets.record_movement_button.setEnabled(True)
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        show_message(self._widgets.ingredient_message_label, describe(error), error=True)
