"""The production window's tables: the day's cakes and needs, ingredients, ledger, capacity, costs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from cakeshop_desktop.core.rules.quantities import format_quantity
from cakeshop_desktop.core.types.production import (
    CakeCost,
    CapacityDay,
    IngredientNeed,
    IngredientStock,
    LedgerEntry,
    PlannedCake,
)
from cakeshop_desktop.gui.formatting import date_time, money
from cakeshop_desktop.gui.labels import movement_label
from cakeshop_desktop.gui.models.row_table import AnyIndex, RowTableModel

SHORT_COLOUR = "#f8d4d4"
BUY_COLOUR = "#fff3c4"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def quantity_text(value: Decimal | None) -> str:
    """An exact amount with the locale's decimal point: '1 250,5' needs no float."""
    if value is None:
        return ""
    text = format_quantity(value)
    return text.replace(".", QLocale().decimalPoint() or ".")


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its header, its text, its raw value for sorting, right-aligned or not."""

    header: str
    text: Callable[[Any], str]
    raw: Callable[[Any], Any]
    numeric: bool = False


class SpecTableModel(RowTableModel):
    """A read-only table whose columns are described by `columns()`."""

    TR_CONTEXT = "ProductionModels"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = self.columns()
        self.HEADERS = tuple(column.header for column in self._columns)

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
            and self._columns[section].numeric
        ):
            return RIGHT
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index) or not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return column.raw(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and self.background(row):
            return QBrush(QColor("#202020"))
        return None

    def background(self, row: Any) -> str | None:
        return None


class PlannedCakesModel(SpecTableModel):
    """The cakes due on the planned day."""

    def columns(self) -> list[Column]:
        def count(name: str) -> Callable[[Any], str]:
            return lambda c: str(getattr(c, name)) if getattr(c, name) else ""

        return [
            Column(
                QCoreApplication.translate("ProductionModels", "Cake"),
                lambda c: c.cake_name,
                lambda c: c.cake_name,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "To start"),
                count("queued"),
                lambda c: c.queued,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "In progress"),
                count("in_progress"),
                lambda c: c.in_progress,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Done"),
                count("done"),
                lambda c: c.done,
                True,
            ),
        ]

    def planned(self) -> list[PlannedCake]:
        return self.rows()


class NeedsModel(SpecTableModel):
    """Ingredients the day needs against stock; shortages in red, to-buy in yellow."""

    def __init__(self, parent: Any = None, *, with_cost: bool = False) -> None:
        self._with_cost = with_cost
        super().__init__(parent)

    def columns(self) -> list[Column]:
        def amount(name: str) -> Callable[[IngredientNeed], str]:
            return lambda n: quantity_text(getattr(n, name)) if getattr(n, name) else ""

        columns = [
            Column(
                QCoreApplication.translate("ProductionModels", "Ingredient"),
                lambda n: n.name,
                lambda n: n.name,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Unit"),
                lambda n: n.unit,
                lambda n: n.unit,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Needed"),
                amount("needed"),
                lambda n: n.needed,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Earlier tasks"),
                amount("earlier"),
                lambda n: n.earlier,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "In stock"),
                lambda n: quantity_text(n.stock_qty),
                lambda n: n.stock_qty,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Short"),
                amount("short"),
                lambda n: n.short,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "To buy"),
                amount("to_buy"),
                lambda n: n.to_buy,
                True,
            ),
        ]
        if self._with_cost:
            columns.append(
                Column(
                    QCoreApplication.translate("ProductionModels", "Cost"),
                    lambda n: money(n.cost) if n.cost else "",
                    lambda n: n.cost,
                    True,
                )
            )
        return columns

    def background(self, row: IngredientNeed) -> str | None:
        if row.is_short:
            return SHORT_COLOUR
        return BUY_COLOUR if row.to_buy > 0 else None

    def needs(self) -> list[IngredientNeed]:
        return self.rows()


class IngredientsModel(SpecTableModel):
    """Every ingredient with its stock; under the reorder level in red."""

    def __init__(self, parent: Any = None, *, with_cost: bool = False) -> None:
        self._with_cost = with_cost
        super().__init__(parent)

    def columns(self) -> list[Column]:
        columns = [
            Column(
                QCoreApplication.translate("ProductionModels", "Ingredient"),
                lambda i: i.name,
                lambda i: i.name,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Unit"),
                lambda i: i.unit,
                lambda i: i.unit,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "In stock"),
                lambda i: quantity_text(i.stock_qty),
                lambda i: i.stock_qty,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Reorder level"),
                lambda i: quantity_text(i.reorder_level),
                lambda i: i.reorder_level,
                True,
            ),
        ]
        if self._with_cost:
            columns.append(
                Column(
                    QCoreApplication.translate("ProductionModels", "Cost per unit"),
                    lambda i: quantity_text(i.cost_per_unit),
                    lambda i: i.cost_per_unit,
                    True,
                )
            )
        return columns

    def background(self, row: IngredientStock) -> str | None:
        return SHORT_COLOUR if row.is_low else None

    def row_of(self, ingredient_id: int) -> int:
        for number, item in enumerate(self._rows):
            if item.id == ingredient_id:
                return number
        return -1


class LedgerModel(SpecTableModel):
    """An ingredient's stock movements, newest first."""

    def columns(self) -> list[Column]:
        def source(entry: LedgerEntry) -> str:
            if entry.task_id is not None:
                return QCoreApplication.translate("ProductionModels", "task {0}").format(
                    entry.task_id
                )
            return ""

        return [
            Column(
                QCoreApplication.translate("ProductionModels", "When"),
                lambda e: date_time(e.created_at),
                lambda e: e.created_at,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Kind"),
                lambda e: movement_label(e.kind),
                lambda e: e.kind.value,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Quantity"),
                lambda e: ("+" if e.quantity > 0 else "") + quantity_text(e.quantity),
                lambda e: e.quantity,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Reason"),
                lambda e: e.reason,
                lambda e: e.reason,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Task"),
                source,
                lambda e: e.task_id or 0,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Who"),
                lambda e: e.created_by or "",
                lambda e: e.created_by,
            ),
        ]


class CapacityModel(SpecTableModel):
    """Capacity and bookings of the next days."""

    def columns(self) -> list[Column]:
        return [
            Column(
                QCoreApplication.translate("ProductionModels", "Day"),
                lambda d: QLocale().toString(d.day, "ddd dd.MM.yyyy"),
                lambda d: d.day,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Capacity"),
                lambda d: str(d.capacity),
                lambda d: d.capacity,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Booked"),
                lambda d: str(d.booked),
                lambda d: d.booked,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Free"),
                lambda d: str(max(0, d.capacity - d.booked)),
                lambda d: d.capacity - d.booked,
                True,
            ),
        ]

    def background(self, row: CapacityDay) -> str | None:
        return SHORT_COLOUR if row.booked >= row.capacity else None


class CostsModel(SpecTableModel):
    """Each cake's recipe cost and margin."""

    def columns(self) -> list[Column]:
        return [
            Column(
                QCoreApplication.translate("ProductionModels", "Cake"),
                lambda c: c.name,
                lambda c: c.name,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Price"),
                lambda c: money(c.price),
                lambda c: c.price,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Recipe cost"),
                lambda c: (
                    money(c.cost)
                    if c.cost is not None
                    else QCoreApplication.translate("ProductionModels", "no recipe")
                ),
                lambda c: c.cost,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Margin"),
                lambda c: money(c.margin) if c.margin is not None else "",
                lambda c: c.margin,
                True,
            ),
            Column(
                QCoreApplication.translate("ProductionModels", "Margin, %"),
                lambda c: quantity_text(c.margin_percent) if c.margin_percent is not None else "",
                lambda c: c.margin_percent,
                True,
            ),
        ]

    def background(self, row: CakeCost) -> str | None:
        return SHORT_COLOUR if row.cost is None else None
