"""The sales report out of the window: tables to CSV for Excel, the whole report to PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSize, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from cakeshop_desktop.core.documents.report_html import ReportLabels, sales_report_html
from cakeshop_desktop.core.domain import PaymentKind, PaymentMethod
from cakeshop_desktop.core.rules.csv_cells import csv_writer
from cakeshop_desktop.core.types.reports import ReportGrain, SalesReport
from cakeshop_desktop.gui.errors import reason_text
from cakeshop_desktop.gui.i18n import tr as _tr
from cakeshop_desktop.gui.labels import payment_kind_label, payment_method_label
from cakeshop_desktop.gui.models.report_models import ReportTableModel, period_text
from cakeshop_desktop.gui.printing import SHOP_NAME
from cakeshop_desktop.gui.widgets import report_charts

CHART_URL = "chart://revenue"
# The chart on paper is drawn at this size (twice as sharp) and shown at the page's width:
# big enough for a month's day labels, small enough that its words stay readable.
PDF_CHART_SIZE = QSize(900, 400)


def revenue_definition() -> str:
    """What revenue means in every report, in the user's language."""
    return _tr(
        "Revenue is the total of the orders that are not cancelled, after discounts and net of "
        "refunds (money given back for returned cakes is taken off), dated by when the order was "
        "created (not by pickup or payment). A deposit kept when an order was cancelled is not "
        "revenue here; the shift report counts it as money taken. "
        "Cake and category figures add up line totals before the order discount, less the cakes "
        "returned."
    )


def grain_label(grain: ReportGrain) -> str:
    return {
        ReportGrain.DAY: _tr("day"),
        ReportGrain.WEEK: _tr("week"),
        ReportGrain.MONTH: _tr("month"),
    }[grain]


def report_labels() -> ReportLabels:
    """The words of the printed reports through the application's translations."""
    locale = QLocale()
    return ReportLabels(
        shift_title=_tr("Shift report (Z report)"),
        sales_title=_tr("Sales report"),
        cashier=_tr("Cashier"),
        day=_tr("Day"),
        period=_tr("Period"),
        orders_created=_tr("Orders created"),
        orders_total=_tr("Their total (not cancelled)"),
        of_them_cancelled=_tr("Of them cancelled"),
        payments=_tr("Payments"),
        method=_tr("Method"),
        kind=_tr("Kind"),
        count=_tr("Count"),
        amount=_tr("Amount"),
        by_method=_tr("By payment method"),
        taken=_tr("Taken"),
        refunded=_tr("Refunded"),
        net=_tr("Net"),
        full_payments=_tr("Paid in full"),
        deposits_taken=_tr("Deposits taken"),
        balances_collected=_tr("Balances collected"),
        refunds=_tr("Refunds"),
        taken_total=_tr("Total taken"),
        drawer_cash=_tr("Cash in the drawer"),
        refunded_of_order=_tr("Given back"),
        cancellations=_tr("Cancellations"),
        order=_tr("Order"),
        total=_tr("Total"),
        paid=_tr("Paid"),
        reason=_tr("Reason"),
        time=_tr("Time"),
        no_reason=_tr("(no reason given)"),
        describe_reason=reason_text,
        other_reasons=_tr("(other reasons)"),
        nothing=_tr("Nothing"),
        revenue=_tr("Revenue"),
        orders=_tr("Orders"),
        average_check=_tr("Average check"),
        items_sold=_tr("Cakes sold"),
        cancelled_orders=_tr("Cancelled orders"),
        revenue_chart=_tr("Revenue by {grain}"),
        grains={grain: grain_label(grain) for grain in ReportGrain},
        top_by_revenue=_tr("Top cakes by revenue"),
        top_by_quantity=_tr("Top cakes by quantity"),
        cake=_tr("Cake"),
        category=_tr("Category"),
        quantity=_tr("Qty"),
        categories=_tr("Revenue by category"),
        no_category=_tr("(no category)"),
        deleted_cake=_tr("(deleted cake)"),
        hours=_tr("Orders by hour of the day"),
        hour=_tr("Hour"),
        weekdays_title=_tr("Orders by day of the week"),
        weekday=_tr("Day"),
        weekdays=tuple(locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)),
        kinds_title=_tr("Made to order and showcase"),
        made_to_order=_tr("Made to order"),
        showcase=_tr("Showcase"),
        definition=revenue_definition(),
        printed=_tr("Printed"),
        methods={m: payment_method_label(m) for m in PaymentMethod},
        payment_kinds={k: payment_kind_label(k) for k in PaymentKind},
    )


def csv_format(locale: QLocale | None = None) -> tuple[str, str]:
    """(delimiter, decimal point) the way Excel of that locale reads a CSV."""
    locale = locale or QLocale()
    decimal_point = locale.decimalPoint() or "."
    return (";" if decimal_point == "," else ","), decimal_point


def write_csv(
    path: str | Path,
    report: SalesReport,
    sections: Sequence[tuple[str, ReportTableModel]],
    locale: QLocale | None = None,
) -> Path:
    """The report's tables one after another, each under its title; UTF-8 with a BOM."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    delimiter, decimal_point = csv_format(locale)
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        out = csv_writer(stream, delimiter=delimiter)
        out.writerow(
            [_tr("Sales report"), period_text(report.date_from, report.date_to, ReportGrain.DAY)]
        )
        out.writerow([revenue_definition()])
        for title, model in sections:
            out.writerow([])
            out.writerow([title])
            out.writerow(model.headers())
            for row in range(model.rowCount()):
                out.writerow(
                    [
                        model.export_text(row, column, decimal_point)
                        for column in range(model.columnCount())
                    ]
                )
    return path


def paper_chart_view(parent: QWidget) -> QChartView:
    """A chart view that is never shown, for drawing charts on paper; one per window (a
    chart made and dropped for every print has crashed QtCharts)."""
    view = QChartView(parent)
    view.hide()
    report_charts.prepare(view)
    return view


def revenue_chart_image(view: QChartView, report: SalesReport, title: str) -> QImage:
    """The revenue chart drawn for paper in `view` (see paper_chart_view): always the same
    size, whatever the window's."""
    report_charts.show_revenue(view, report, title)
    chart = view.chart()
    chart.setGeometry(QRectF(QPointF(0, 0), QSizeF(PDF_CHART_SIZE)))
    chart.layout().activate()
    image = QImage(PDF_CHART_SIZE * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    chart.scene().render(painter, QRectF(QPointF(0, 0), QSizeF(PDF_CHART_SIZE)), chart.geometry())
    painter.end()
    return image


def layout_size(page: QPageLayout) -> QSizeF:
    """The printable part of a page in the units QTextDocument lays out in (screen pixels)."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchX() if screen is not None else 96.0
    rect = page.paintRect(QPageLayout.Unit.Inch)
    return QSizeF(rect.width() * dpi, rect.height() * dpi)


def sales_report_document(
    report: SalesReport, chart: QImage | None, page_size: QSizeF
) -> QTextDocument:
    """The whole report as a document laid out on pages of `page_size`, the chart as wide
    as the text."""
    document = QTextDocument()
    document.setPageSize(page_size)
    has_chart = chart is not None and not chart.isNull()
    if has_chart:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
    text_width = int(page_size.width() - 2 * document.documentMargin()) - 1
    document.setHtml(
        sales_report_html(
            report,
            report_labels(),
            shop_name=SHOP_NAME,
            chart_src=CHART_URL if has_chart else None,
            chart_width=text_width,
        )
    )
    return document


def print_sales_report(parent: QWidget | None, report: SalesReport, chart: QImage | None) -> bool:
    """Ask for a printer and print the whole report on it; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_page())
    printer.setDocName(_tr("Sales report"))
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    sales_report_document(report, chart, layout_size(printer.pageLayout())).print_(printer)
    return True


def a4_page() -> QPageLayout:
    """A4 upright with 15 mm margins: the page of the printed reports."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(path: str | Path, report: SalesReport, chart: QImage | None) -> Path:
    """The whole sales report with its chart as an A4 PDF."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    writer = QPdfWriter(str(path))
    writer.setTitle(_tr("Sales report"))
    writer.setCreator("Cakeshop")
    page = a4_page()
    writer.setPageLayout(page)
    sales_report_document(report, chart, layout_size(page)).print_(writer)
    return path
