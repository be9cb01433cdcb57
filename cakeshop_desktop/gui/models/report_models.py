"""Read-only table models of the sales report: top cakes, categories, periods, reasons.

Each model keeps its rows as tuples of raw values (Decimal, int, str); the display text
comes from the column's kind, a sort proxy compares `RAW_ROLE`, and the CSV export
takes `export_text()`, so what is exported is what is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cakeshop_desktop.core.pricing import round_money
from cakeshop_desktop.core.types.reports import (
    CakeSales,
    ReportGrain,
    SalesReport,
    TimeSlotSales,
)
from cakeshop_desktop.gui.formatting import money
from cakeshop_desktop.gui.i18n import tr as _tr

ModelIndex = QModelIndex | QPersistentModelIndex
Row = tuple[Any, ...]
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def share(part: Decimal, whole: Decimal) -> Decimal | None:
    """Part of the whole in per cent, one decimal; None when the whole is nothing."""
    if whole <= 0:
        return None
    return (part * 100 / whole).quantize(Decimal("0.1"))


def period_text(start: date, end: date, grain: ReportGrain, locale: QLocale | None = None) -> str:
    """'13.03.2024', '11.03–17.03.2024' or 'March 2024' as the chart and the table show it."""
    locale = locale or QLocale()
    if grain is ReportGrain.MONTH and start.day == 1:
        return f"{locale.standaloneMonthName(start.month)} {start.year}"
    if start == end:
        return start.strftime("%d.%m.%Y")
    return f"{start:%d.%m}–{end:%d.%m.%Y}"


class ReportTableModel(QAbstractTableModel):
    """Rows of raw values; subclasses name the columns and say which are money or shares."""

    MONEY_COLUMNS: frozenset[int] = frozenset()
    NUMBER_COLUMNS: frozenset[int] = frozenset()
    SHARE_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self.endResetModel()

    def raw(self, row: int, column: int) -> Any:
        return self._rows[row][column]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self.headers()):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and self._is_numeric(section):
                return int(RIGHT.value)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(index.column(), value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display_text(index.column(), value)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._is_numeric(index.column()):
            return int(RIGHT.value)
        if role == RAW_ROLE:
            return float(value) if isinstance(value, Decimal) else value
        return None

    def _is_numeric(self, column: int) -> bool:
        return column in self.MONEY_COLUMNS | self.NUMBER_COLUMNS | self.SHARE_COLUMNS

    def display_text(self, column: int, value: Any) -> str:
        if value is None:
            return "—"
        if column in self.MONEY_COLUMNS:
            return money(value)
        if column in self.SHARE_COLUMNS:
            return f"{QLocale().toString(float(value), 'f', 1)} %"
        if column in self.NUMBER_COLUMNS:
            return QLocale().toString(int(value))
        return str(value)

    def export_text(self, row: int, column: int, decimal_point: str = ".") -> str:
        """The cell for a spreadsheet: numbers without grouping or currency, text as shown."""
        value = self._rows[row][column]
        if value is None:
            return ""
        if column in self.MONEY_COLUMNS:
            return f"{round_money(value):.2f}".replace(".", decimal_point)
        if column in self.SHARE_COLUMNS:
            return f"{value:.1f}".replace(".", decimal_point)
        if column in self.NUMBER_COLUMNS:
            return str(int(value))
        return self.display_text(column, value)


class TopCakesModel(ReportTableModel):
    """The best-selling cakes of the period, by revenue or by quantity."""

    COL_RANK, COL_NAME, COL_CATEGORY, COL_QUANTITY, COL_REVENUE, COL_SHARE = range(6)
    MONEY_COLUMNS = frozenset({COL_REVENUE})
    NUMBER_COLUMNS = frozenset({COL_RANK, COL_QUANTITY})
    SHARE_COLUMNS = frozenset({COL_SHARE})

    def headers(self) -> tuple[str, ...]:
        return (_tr("#"), _tr("Cake"), _tr("Category"), _tr("Sold"), _tr("Revenue"), _tr("Share"))

    def set_cakes(self, cakes: Sequence[CakeSales], items_revenue: Decimal) -> None:
        self.set_rows(
            [
                (
                    rank,
                    cake.name or _tr("(deleted cake)"),
                    cake.category or _tr("(no category)"),
                    cake.quantity,
                    cake.revenue,
                    share(cake.revenue, items_revenue),
                )
                for rank, cake in enumerate(cakes, start=1)
            ]
        )


class CategoriesModel(ReportTableModel):
    """Revenue by category, largest first."""

    COL_NAME, COL_QUANTITY, COL_REVENUE, COL_SHARE = range(4)
    MONEY_COLUMNS = frozenset({COL_REVENUE})
    NUMBER_COLUMNS = frozenset({COL_QUANTITY})
    SHARE_COLUMNS = frozenset({COL_SHARE})

    def headers(self) -> tuple[str, ...]:
        return (_tr("Category"), _tr("Sold"), _tr("Revenue"), _tr("Share"))

    def set_report(self, report: SalesReport) -> None:
        whole = items_revenue(report)
        self.set_rows(
            [
                (c.name or _tr("(no category)"), c.quantity, c.revenue, share(c.revenue, whole))
                for c in report.categories
            ]
        )


class KindsModel(ReportTableModel):
    """Made-to-order cakes against showcase cakes."""

    COL_KIND, COL_QUANTITY, COL_REVENUE, COL_SHARE = range(4)
    MONEY_COLUMNS = frozenset({COL_REVENUE})
    NUMBER_COLUMNS = frozenset({COL_QUANTITY})
    SHARE_COLUMNS = frozenset({COL_SHARE})

    def headers(self) -> tuple[str, ...]:
        return (_tr("Kind"), _tr("Sold"), _tr("Revenue"), _tr("Share"))

    def set_report(self, report: SalesReport) -> None:
        whole = items_revenue(report)
        self.set_rows(
            [
                (
                    _tr("Made to order"),
                    report.made_to_order.quantity,
                    report.made_to_order.revenue,
                    share(report.made_to_order.revenue, whole),
                ),
                (
                    _tr("Showcase"),
                    report.showcase.quantity,
                    report.showcase.revenue,
                    share(report.showcase.revenue, whole),
                ),
            ]
        )


class RevenueSeriesModel(ReportTableModel):
    """The revenue chart as a table: one row per day, week or month."""

    COL_PERIOD, COL_ORDERS, COL_REVENUE, COL_AVERAGE = range(4)
    MONEY_COLUMNS = frozenset({COL_REVENUE, COL_AVERAGE})
    NUMBER_COLUMNS = frozenset({COL_ORDERS})

    def headers(self) -> tuple[str, ...]:
        return (_tr("Period"), _tr("Orders"), _tr("Revenue"), _tr("Average check"))

    def set_report(self, report: SalesReport) -> None:
        self.set_rows(
            [
                (
                    period_text(p.start, p.end, report.grain),
                    p.orders,
                    p.revenue,
                    round_money(p.revenue / p.orders) if p.orders else None,
                )
                for p in report.revenue_series
            ]
        )


class TimeSlotsModel(ReportTableModel):
    """Orders and revenue by hour of the day or by weekday."""

    COL_SLOT, COL_ORDERS, COL_REVENUE = range(3)
    MONEY_COLUMNS = frozenset({COL_REVENUE})
    NUMBER_COLUMNS = frozenset({COL_ORDERS})

    def __init__(self, by_weekday: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self._by_weekday = by_weekday

    def headers(self) -> tuple[str, ...]:
        return (_tr("Weekday") if self._by_weekday else _tr("Hour"), _tr("Orders"), _tr("Revenue"))

    def set_slots(self, slots: Sequence[TimeSlotSales]) -> None:
        locale = QLocale()
        self.set_rows(
            [
                (
                    locale.dayName(s.slot + 1, QLocale.FormatType.ShortFormat)
                    if self._by_weekday
                    else f"{s.slot:02d}:00",
                    s.orders,
                    s.revenue,
                )
                for s in slots
            ]
        )


class CancellationsModel(ReportTableModel):
    """Cancelled orders grouped by reason, most frequent first."""

    COL_REASON, COL_ORDERS, COL_AMOUNT = range(3)
    MONEY_COLUMNS = frozenset({COL_AMOUNT})
    NUMBER_COLUMNS = frozenset({COL_ORDERS})

    def headers(self) -> tuple[str, ...]:
        return (_tr("Reason"), _tr("Orders"), _tr("Amount"))

    def set_report(self, report: SalesReport) -> None:
        self.set_rows(
            [
                (
                    _tr("(other reasons)")
                    if r.reason is None
                    else r.reason or _tr("(no reason given)"),
                    r.orders,
                    r.amount,
                )
                for r in report.cancellation_reasons
            ]
        )


def items_revenue(report: SalesReport) -> Decimal:
    """What the cake lines of the period add up to (before order discounts)."""
    return report.made_to_order.revenue + report.showcase.revenue


class RawSortProxy(QSortFilterProxyModel):
    """Sorts on the raw values (`RAW_ROLE`), never on the formatted text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(RAW_ROLE)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(RAW_ROLE), right.data(RAW_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        if type(a) is not type(b) and not (
            isinstance(a, int | float) and isinstance(b, int | float)
        ):
            return str(a) < str(b)
        return bool(a < b)
