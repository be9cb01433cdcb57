"""The production window's tables: the day's cakes and needs, ingredients, ledger, capacity, costs."""

from __future__ import annotations

from collections.abc import Callable
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
from cakeshop_desktop.gui.errors import reason_text
from cakeshop_desktop.gui.formatting import date_time, money
from cakeshop_desktop.gui.labels import movement_label, unit_label
from cakeshop_desktop.gui.models.base import QT_TRANSLATE_NOOP, Column, RowsModel

SHORT_COLOUR = "#f8d4d4"
BUY_COLOUR = "#fff3c4"


def quantity_text(value: Decimal | None) -> str:
    """An exact amount with the locale's decimal point: '1 250,5' needs no float."""
    if value is None:
        return ""
    text = format_quantity(value)
    return text.replace(".", QLocale().decimalPoint() or ".")


class ProductionTable(RowsModel[Any]):
    """A read-only table of the production window; a row may ask for a warning background."""

    TR_CONTEXT = "ProductionModels"

    def cell_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and self.background(row):
            return QBrush(QColor("#202020"))
        return None

    def background(self, row: Any) -> str | None:
        return None


class PlannedCakesModel(ProductionTable):
    """The cakes due on the planned day."""

    def columns(self) -> list[Column[Any]]:
        def count(name: str) -> Callable[[Any], str]:
            return lambda c: str(getattr(c, name)) if getattr(c, name) else ""

        return [
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Cake"),
                lambda c: c.cake_name,
                lambda c: c.cake_name,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "To start"),
                count("queued"),
                lambda c: c.queued,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "In progress"),
                count("in_progress"),
                lambda c: c.in_progress,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Done"),
                count("done"),
                lambda c: c.done,
                numeric=True,
            ),
        ]

    def planned(self) -> list[PlannedCake]:
        return self.rows()


class NeedsModel(ProductionTable):
    """Ingredients the day needs against stock; shortages in red, to-buy in yellow."""

    def __init__(self, parent: Any = None, *, with_cost: bool = False) -> None:
        self._with_cost = with_cost
        super().__init__(parent)

    def columns(self) -> list[Column[Any]]:
        def amount(name: str) -> Callable[[IngredientNeed], str]:
            return lambda n: quantity_text(getattr(n, name)) if getattr(n, name) else ""

        columns: list[Column[Any]] = [
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Ingredient"),
                lambda n: n.name,
                lambda n: n.name,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Unit"),
                lambda n: unit_label(n.unit),
                lambda n: n.unit,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Needed"),
                amount("needed"),
                lambda n: n.needed,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Earlier tasks"),
                amount("earlier"),
                lambda n: n.earlier,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "In stock"),
                lambda n: quantity_text(n.stock_qty),
                lambda n: n.stock_qty,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Short"),
                amount("short"),
                lambda n: n.short,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "To buy"),
                amount("to_buy"),
                lambda n: n.to_buy,
                numeric=True,
            ),
        ]
        if self._with_cost:
            columns.append(
                Column(
                    QT_TRANSLATE_NOOP("ProductionModels", "Cost"),
                    lambda n: money(n.cost) if n.cost else "",
                    lambda n: n.cost,
                    numeric=True,
                )
            )
        return columns

    def background(self, row: IngredientNeed) -> str | None:
        if row.is_short:
            return SHORT_COLOUR
        return BUY_COLOUR if row.to_buy > 0 else None

    def needs(self) -> list[IngredientNeed]:
        return self.rows()


class IngredientsModel(ProductionTable):
    """Every ingredient with its stock; under the reorder level in red."""

    def __init__(self, parent: Any = None, *, with_cost: bool = False) -> None:
        self._with_cost = with_cost
        super().__init__(parent)

    def columns(self) -> list[Column[Any]]:
        columns: list[Column[Any]] = [
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Ingredient"),
                lambda i: i.name,
                lambda i: i.name,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Unit"),
                lambda i: unit_label(i.unit),
                lambda i: i.unit,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "In stock"),
                lambda i: quantity_text(i.stock_qty),
                lambda i: i.stock_qty,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Reorder level"),
                lambda i: quantity_text(i.reorder_level),
                lambda i: i.reorder_level,
                numeric=True,
            ),
        ]
        if self._with_cost:
            columns.append(
                Column(
                    QT_TRANSLATE_NOOP("ProductionModels", "Cost per unit"),
                    lambda i: quantity_text(i.cost_per_unit),
                    lambda i: i.cost_per_unit,
                    numeric=True,
                )
            )
        return columns

    def background(self, row: IngredientStock) -> str | None:
        return SHORT_COLOUR if row.is_low else None


class LedgerModel(ProductionTable):
    """An ingredient's stock movements, newest first."""

    def columns(self) -> list[Column[Any]]:
        def source(entry: LedgerEntry) -> str:
            if entry.task_id is not None:
                return QCoreApplication.translate("ProductionModels", "task {0}").format(
                    entry.task_id
                )
            return ""

        return [
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "When"),
                lambda e: date_time(e.created_at),
                lambda e: e.created_at,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Kind"),
                lambda e: movement_label(e.kind),
                lambda e: e.kind.value,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Quantity"),
                lambda e: ("+" if e.quantity > 0 else "") + quantity_text(e.quantity),
                lambda e: e.quantity,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Reason"),
                lambda e: reason_text(e.reason),
                lambda e: reason_text(e.reason),
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Task"),
                source,
                lambda e: e.task_id or 0,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Who"),
                lambda e: e.created_by or "",
                lambda e: e.created_by,
            ),
        ]


class CapacityModel(ProductionTable):
    """Capacity and bookings of the next days."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Day"),
                lambda d: QLocale().toString(d.day, "ddd dd.MM.yyyy"),
                lambda d: d.day,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Capacity"),
                lambda d: str(d.capacity),
                lambda d: d.capacity,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Booked"),
                lambda d: str(d.booked),
                lambda d: d.booked,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Free"),
                lambda d: str(max(0, d.capacity - d.booked)),
                lambda d: d.capacity - d.booked,
                numeric=True,
            ),
        ]

    def background(self, row: CapacityDay) -> str | None:
        return SHORT_COLOUR if row.booked >= row.capacity else None


class CostsModel(ProductionTable):
    """Each cake's recipe cost and margin."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Cake"),
                lambda c: c.name,
                lambda c: c.name,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Price"),
                lambda c: money(c.price),
                lambda c: c.price,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Recipe cost"),
                lambda c: (
                    money(c.cost)
                    if c.cost is not None
                    else QCoreApplication.translate("ProductionModels", "no recipe")
                ),
                lambda c: c.cost,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Margin"),
                lambda c: money(c.margin) if c.margin is not None else "",
                lambda c: c.margin,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProductionModels", "Margin, %"),
                lambda c: quantity_text(c.margin_percent) if c.margin_percent is not None else "",
                lambda c: c.margin_percent,
                numeric=True,
            ),
        ]

    def background(self, row: CakeCost) -> str | None:
        return SHORT_COLOUR if row.cost is None else None
