"""Read-only table models of the sales report: top cakes, categories, periods, reasons.

Each model keeps its rows as tuples of raw values (Decimal, int, str); the display text
comes from the column's kind, the SortProxy compares the raw values (RAW_ROLE), and the CSV
export takes `export_text()`, so what is exported is what is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QLocale, Qt

from cakeshop_desktop.core.pricing import round_money
from cakeshop_desktop.core.types.reports import (
    CakeSales,
    ReportGrain,
    SalesReport,
    TimeSlotSales,
)
from cakeshop_desktop.gui.errors import reason_text
from cakeshop_desktop.gui.formatting import money
from cakeshop_desktop.gui.i18n import tr as _tr
from cakeshop_desktop.gui.models.base import QT_TRANSLATE_NOOP, Column, RowsModel

Row = tuple[Any, ...]


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


class Kind(Enum):
    """How a report cell reads: as text, an amount of money, a share in per cent, a count."""

    TEXT = "text"
    MONEY = "money"
    SHARE = "share"
    NUMBER = "number"


def cell_text(kind: Kind, value: Any) -> str:
    if value is None:
        return "—"
    if kind is Kind.MONEY:
        return money(value)
    if kind is Kind.SHARE:
        return f"{QLocale().toString(float(value), 'f', 1)} %"
    if kind is Kind.NUMBER:
        return QLocale().toString(int(value))
    return str(value)


@dataclass(frozen=True, slots=True)
class ReportColumn(Column[Row]):
    """A column of a report table: the `position`-th value of a row, shown as its `kind`."""

    position: int = 0
    kind: Kind = Kind.TEXT


def report_column(header: str, position: int, kind: Kind = Kind.TEXT) -> ReportColumn:
    return ReportColumn(
        header,
        lambda row: cell_text(kind, row[position]),
        lambda row: row[position],
        numeric=kind is not Kind.TEXT,
        position=position,
        kind=kind,
    )


def report_columns(*columns: tuple[str, Kind]) -> tuple[ReportColumn, ...]:
    return tuple(report_column(header, n, kind) for n, (header, kind) in enumerate(columns))


class ReportTableModel(RowsModel[Row]):
    """Rows of raw values under report columns (their kinds say how a value reads)."""

    TR_CONTEXT = "ReportModels"
    COLUMNS: Sequence[ReportColumn] = ()

    def set_rows(self, rows: Sequence[Row]) -> None:
        super().set_rows([tuple(row) for row in rows])

    def raw(self, row: int, column: int) -> Any:
        return self._rows[row][column]

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[column].text(row)
        return None

    def export_text(self, row: int, column: int, decimal_point: str = ".") -> str:
        """The cell for a spreadsheet: numbers without grouping or currency, text as shown."""
        value = self._rows[row][column]
        spec = self._columns[column]
        kind = spec.kind if isinstance(spec, ReportColumn) else Kind.TEXT
        if value is None:
            return ""
        if kind is Kind.MONEY:
            return f"{round_money(value):.2f}".replace(".", decimal_point)
        if kind is Kind.SHARE:
            return f"{value:.1f}".replace(".", decimal_point)
        if kind is Kind.NUMBER:
            return str(int(value))
        return cell_text(kind, value)


class TopCakesModel(ReportTableModel):
    """The best-selling cakes of the period, by revenue or by quantity."""

    COL_RANK, COL_NAME, COL_CATEGORY, COL_QUANTITY, COL_REVENUE, COL_SHARE = range(6)
    COLUMNS = report_columns(
        (QT_TRANSLATE_NOOP("ReportModels", "#"), Kind.NUMBER),
        (QT_TRANSLATE_NOOP("ReportModels", "Cake"), Kind.TEXT),
        (QT_TRANSLATE_NOOP("ReportModels", "Category"), Kind.TEXT),
        (QT_TRANSLATE_NOOP("ReportModels", "Sold"), Kind.NUMBER),
        (QT_TRANSLATE_NOOP("ReportModels", "Revenue"), Kind.MONEY),
        (QT_TRANSLATE_NOOP("ReportModels", "Share"), Kind.SHARE),
    )

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
    COLUMNS = report_columns(
        (QT_TRANSLATE_NOOP("ReportModels", "Category"), Kind.TEXT),
        (QT_TRANSLATE_NOOP("ReportModels", "Sold"), Kind.NUMBER),
        (QT_TRANSLATE_NOOP("ReportModels", "Revenue"), Kind.MONEY),
        (QT_TRANSLATE_NOOP("ReportModels", "Share"), Kind.SHARE),
    )

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
    COLUMNS = report_columns(
        (QT_TRANSLATE_NOOP("ReportModels", "Kind"), Kind.TEXT),
        (QT_TRANSLATE_NOOP("ReportModels", "Sold"), Kind.NUMBER),
        (QT_TRANSLATE_NOOP("ReportModels", "Revenue"), Kind.MONEY),
        (QT_TRANSLATE_NOOP("ReportModels", "Share"), Kind.SHARE),
    )

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
    COLUMNS = report_columns(
        (QT_TRANSLATE_NOOP("ReportModels", "Period"), Kind.TEXT),
        (QT_TRANSLATE_NOOP("ReportModels", "Orders"), Kind.NUMBER),
        (QT_TRANSLATE_NOOP("ReportModels", "Revenue"), Kind.MONEY),
        (QT_TRANSLATE_NOOP("ReportModels", "Average check"), Kind.MONEY),
    )

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

    def __init__(self, by_weekday: bool, parent: Any = None) -> None:
        self._by_weekday = by_weekday
        super().__init__(parent)

    def columns(self) -> Sequence[ReportColumn]:
        return report_columns(
            (
                QT_TRANSLATE_NOOP("ReportModels", "Weekday")
                if self._by_weekday
                else QT_TRANSLATE_NOOP("ReportModels", "Hour"),
                Kind.TEXT,
            ),
            (QT_TRANSLATE_NOOP("ReportModels", "Orders"), Kind.NUMBER),
            (QT_TRANSLATE_NOOP("ReportModels", "Revenue"), Kind.MONEY),
        )

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
    COLUMNS = report_columns(
        (QT_TRANSLATE_NOOP("ReportModels", "Reason"), Kind.TEXT),
        (QT_TRANSLATE_NOOP("ReportModels", "Orders"), Kind.NUMBER),
        (QT_TRANSLATE_NOOP("ReportModels", "Amount"), Kind.MONEY),
    )

    def set_report(self, report: SalesReport) -> None:
        self.set_rows(
            [
                (
                    _tr("(other reasons)")
                    if r.reason is None
                    else reason_text(r.reason) or _tr("(no reason given)"),
                    r.orders,
                    r.amount,
                )
                for r in report.cancellation_reasons
            ]
        )


def items_revenue(report: SalesReport) -> Decimal:
    """What the cake lines of the period add up to (before order discounts)."""
    return report.made_to_order.revenue + report.showcase.revenue
