"""The day's shopping list as a CSV file, as HTML for a PDF or the printer."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from cakeshop_desktop.core.rules.csv_cells import csv_writer
from cakeshop_desktop.core.types.production import DayPlan
from cakeshop_desktop.gui.formatting import money
from cakeshop_desktop.gui.labels import unit_label
from cakeshop_desktop.gui.models.production_models import quantity_text
from cakeshop_desktop.gui.report_export import csv_format

ZERO = Decimal("0.00")


def title(plan: DayPlan) -> str:
    day = QLocale().toString(plan.day, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("ShoppingList", "Shopping list for {0}").format(day)


def _headers(with_cost: bool) -> list[str]:
    headers = [
        QCoreApplication.translate("ShoppingList", "Ingredient"),
        QCoreApplication.translate("ShoppingList", "Unit"),
        QCoreApplication.translate("ShoppingList", "To buy"),
        QCoreApplication.translate("ShoppingList", "Short for the day"),
    ]
    return [*headers, QCoreApplication.translate("ShoppingList", "Cost")] if with_cost else headers


def write_csv(path: str | Path, plan: DayPlan) -> Path:
    """UTF-8 with a BOM, the delimiter Excel of the user's locale expects."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    delimiter, decimal_point = csv_format()
    with_cost = any(need.cost is not None for need in plan.needs)
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        out = csv_writer(stream, delimiter=delimiter)
        out.writerow([title(plan)])
        out.writerow(_headers(with_cost))
        for need in plan.shopping_list:
            row = [
                need.name,
                unit_label(need.unit),
                f"{need.to_buy.normalize():f}".replace(".", decimal_point),
                f"{need.short.normalize():f}".replace(".", decimal_point) if need.short else "",
            ]
            if with_cost:
                row.append(f"{need.cost or 0:.2f}".replace(".", decimal_point))
            out.writerow(row)
    return path


def html(plan: DayPlan) -> str:
    """The list as a printable page; shortages of the day in bold."""
    with_cost = any(need.cost is not None for need in plan.needs)
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in _headers(with_cost))
    rows = []
    for need in plan.shopping_list:
        cells = [
            escape(need.name),
            escape(unit_label(need.unit)),
            quantity_text(need.to_buy),
            quantity_text(need.short) if need.short else "",
        ]
        if with_cost:
            cells.append(money(need.cost) if need.cost is not None else "")
        style = " style='font-weight:bold'" if need.is_short else ""
        rows.append(f"<tr{style}>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    if not rows:
        rows.append(
            f"<tr><td colspan='5'>{escape(QCoreApplication.translate('ShoppingList', 'Nothing to buy.'))}</td></tr>"
        )
    total = ""
    if with_cost:
        amount = sum((need.cost or ZERO for need in plan.shopping_list), start=ZERO)
        total = f"<p>{escape(QCoreApplication.translate('ShoppingList', 'Estimated total: {0}').format(money(amount)))}</p>"
    return (
        f"<h2>{escape(title(plan))}</h2>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr>{head}</tr>{''.join(rows)}</table>{total}"
    )
