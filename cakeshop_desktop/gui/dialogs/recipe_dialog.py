"""The recipe of one cake: which ingredients, how much of each; saved as a whole."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.services import assortment
from cakeshop_desktop.core.services.assortment import IngredientDTO, RecipeLine
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.labels import unit_label
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE
from cakeshop_desktop.gui.window_geometry import place_dialog

COL_INGREDIENT, COL_QUANTITY, COL_UNIT = range(3)


class RecipeDialog(QDialog):
    """Loads the ingredients and the recipe, saves with assortment.set_recipe."""

    saved = Signal(object)  # the list of RecipeLine

    def __init__(
        self, ctx: ShopContext, cake_id: int, cake_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recipeDialog")
        self.setWindowTitle(self.tr("Recipe of «{0}»").format(cake_name))
        self.setAccessibleName(self.tr("Recipe"))
        self.resize(560, 420)
        place_dialog(self)
        self._ctx = ctx
        self._cake_id = cake_id
        self._ingredients: list[IngredientDTO] = []
        self.linesTable = QTableWidget(0, 3, self)
        self.linesTable.setObjectName("recipeLinesTable")
        self.linesTable.setAccessibleName(self.tr("Recipe lines"))
        self.linesTable.setHorizontalHeaderLabels(
            [self.tr("Ingredient"), self.tr("Quantity"), self.tr("Unit")]
        )
        self.linesTable.horizontalHeader().setSectionResizeMode(
            COL_INGREDIENT, QHeaderView.ResizeMode.Stretch
        )
        self.addLineButton = QPushButton(self.tr("&Add ingredient"), self)
        self.addLineButton.setObjectName("addRecipeLineButton")
        self.addLineButton.setAccessibleName(self.tr("Add an ingredient"))
        self.removeLineButton = QPushButton(self.tr("&Remove ingredient"), self)
        self.removeLineButton.setObjectName("removeRecipeLineButton")
        self.removeLineButton.setAccessibleName(self.tr("Remove the ingredient"))
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("recipeErrorLabel")
        self.errorLabel.setAccessibleName(self.tr("Error"))
        self.errorLabel.setStyleSheet(ERROR_STYLE)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.addLineButton)
        buttons_row.addWidget(self.removeLineButton)
        buttons_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.linesTable)
        nest(layout, buttons_row)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.buttons)
        self.addLineButton.clicked.connect(lambda: self.add_line())
        self.removeLineButton.clicked.connect(self._remove_line)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._set_enabled(False)
        ctx.call(
            self,
            assortment.list_ingredients,
            on_result=self._ingredients_loaded,
            on_error=self._failed,
        )

    @property
    def is_ready(self) -> bool:
        return self.addLineButton.isEnabled()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.addLineButton,
            self.removeLineButton,
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
        ):
            widget.setEnabled(enabled)

    def _ingredients_loaded(self, ingredients: list[IngredientDTO]) -> None:
        self._ingredients = ingredients
        self._ctx.call(
            self,
            assortment.get_recipe,
            self._cake_id,
            on_result=self._recipe_loaded,
            on_error=self._failed,
        )

    def _recipe_loaded(self, lines: list[RecipeLine]) -> None:
        self.linesTable.setRowCount(0)
        for line in lines:
            self.add_line(line.ingredient_id, line.quantity)
        self._set_enabled(True)

    def add_line(self, ingredient_id: int | None = None, quantity: Decimal | None = None) -> int:
        row = self.linesTable.rowCount()
        self.linesTable.insertRow(row)
        combo = QComboBox(self.linesTable)
        combo.setAccessibleName(self.tr("Ingredient"))
        for ingredient in self._ingredients:
            combo.addItem(ingredient.name, ingredient.id)
        if ingredient_id is not None:
            combo.setCurrentIndex(max(combo.findData(ingredient_id), 0))
        amount = QLineEdit(self.linesTable)
        amount.setAccessibleName(self.tr("Quantity"))
        amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        amount.setText("" if quantity is None else format(quantity.normalize(), "f"))
        unit = QLabel(self.linesTable)
        combo.currentIndexChanged.connect(lambda _i, c=combo, u=unit: self._show_unit(c, u))
        self._show_unit(combo, unit)
        self.linesTable.setCellWidget(row, COL_INGREDIENT, combo)
        self.linesTable.setCellWidget(row, COL_QUANTITY, amount)
        self.linesTable.setCellWidget(row, COL_UNIT, unit)
        return row

    def _show_unit(self, combo: QComboBox, unit: QLabel) -> None:
        found = next((i for i in self._ingredients if i.id == combo.currentData()), None)
        unit.setText(unit_label(found.unit) if found else "")

    @Slot()
    def _remove_line(self) -> None:
        row = self.linesTable.currentRow()
        if row >= 0:
            self.linesTable.removeRow(row)

    def lines(self) -> list[tuple[int, str]]:
        result = []
        for row in range(self.linesTable.rowCount()):
            combo = self.linesTable.cellWidget(row, COL_INGREDIENT)
            amount = self.linesTable.cellWidget(row, COL_QUANTITY)
            assert isinstance(combo, QComboBox) and isinstance(amount, QLineEdit)
            result.append((combo.currentData(), amount.text()))
        return result

    @Slot()
    def save(self) -> None:
        for position, (_ingredient, quantity) in enumerate(self.lines(), start=1):
            try:
                Decimal(quantity.replace(",", "."))
            except InvalidOperation:
                self.errorLabel.setText(
                    self.tr("Line {0}: the quantity is not a number").format(position)
                )
                self.errorLabel.show()
                return
        self._set_enabled(False)
        self._ctx.call(
            self,
            assortment.set_recipe,
            self._cake_id,
            self.lines(),
            on_result=self._saved,
            on_error=self._failed,
        )

    def _saved(self, lines: list[RecipeLine]) -> None:
        self.saved.emit(lines)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_enabled(True)
        show_inline(self.errorLabel, error)
