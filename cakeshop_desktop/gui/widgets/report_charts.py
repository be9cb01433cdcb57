"""The analytics charts: revenue over the period, orders by hour and by weekday (QtCharts)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip

from cakeshop_desktop.core.types.reports import ReportGrain, SalesReport, TimeSlotSales
from cakeshop_desktop.gui.formatting import CURRENCY_SYMBOL, money
from cakeshop_desktop.gui.i18n import tr as _tr
from cakeshop_desktop.gui.models.report_models import period_text

BAR_COLOUR = "#c2185b"  # raspberry: the shop's accent
SECOND_COLOUR = "#8d6e63"  # chocolate
MAX_BARS = 62  # more points than this read better as a line


def _house_chart() -> QChart:
    chart = QChart()
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def prepare(view: QChartView) -> None:
    """An empty chart with the house look; call once per view."""
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setChart(_house_chart())


def _reset(view: QChartView, title: str) -> QChart:
    """A new empty chart in the view. Emptying the old one (removeAllSeries, removeAxis)
    crashed QtCharts now and then once its view had been resized."""
    old = view.chart()
    chart = _house_chart()
    chart.setTitle(title)
    view.setChart(chart)  # the view lets go of the old chart without deleting it
    old.deleteLater()
    return chart


def _small_labels(axis: QBarCategoryAxis, count: int) -> None:
    """Many bars: a smaller font, or Qt elides two-digit labels to '...'."""
    if count > 16:
        font = QFont(axis.labelsFont())
        font.setPointSizeF(max(6.0, font.pointSizeF() - 2))
        axis.setLabelsFont(font)


def _money_scale(maximum: float) -> tuple[float, str]:
    """Large sums read better in thousands of roubles."""
    if maximum >= 100_000:
        return 1000.0, _tr("thousand {0}").format(CURRENCY_SYMBOL)
    return 1.0, CURRENCY_SYMBOL


def _value_axis(chart: QChart, maximum: float, money_axis: bool) -> QValueAxis:
    axis = QValueAxis(chart)
    axis.setRange(0, maximum if maximum > 0 else 1)
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.0f" if money_axis else "%d")
    axis.setGridLineColor(QColor("#e0e0e0"))
    return axis


def show_revenue(view: QChartView, report: SalesReport, title: str) -> None:
    """Bars for up to two months of points, a line beyond."""
    chart = _reset(view, title)
    points = report.revenue_series
    maximum = float(max((p.revenue for p in points), default=0))
    if len(points) > MAX_BARS:
        scale, unit = _money_scale(maximum)
        line = QLineSeries(chart)
        line.setColor(QColor(BAR_COLOUR))
        for p in points:
            moment = QDateTime(datetime.combine(p.start, time.min))
            line.append(float(moment.toMSecsSinceEpoch()), float(p.revenue) / scale)
        chart.addSeries(line)
        x_axis = QDateTimeAxis(chart)
        x_axis.setFormat("dd.MM.yy" if report.grain is not ReportGrain.MONTH else "MM.yyyy")
        x_axis.setTickCount(min(12, len(points)))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(x_axis)
        y_axis = _value_axis(chart, maximum / scale, True)
        y_axis.setTitleText(unit)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(y_axis)
        return
    scale, unit = _money_scale(maximum)
    series = _bars(
        chart,
        _tr("Revenue"),
        BAR_COLOUR,
        [float(p.revenue) / scale for p in points],
        [_axis_label(p.start, report.grain, len(points) > 12) for p in points],
        lambda i: _tr("{0}\nRevenue: {1}\nOrders: {2}").format(
            period_text(points[i].start, points[i].end, report.grain),
            money(points[i].revenue),
            points[i].orders,
        ),
    )
    y_axis = _value_axis(chart, maximum / scale, True)
    y_axis.setTitleText(unit)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)


def _bars(
    chart: QChart,
    name: str,
    colour: str,
    values: list[float],
    labels: list[str],
    tip: Callable[[int], str],
) -> QBarSeries:
    """One set of bars named `name` with `labels` under them and `tip(i)` over bar i; the
    caller adds the value axis."""
    series = QBarSeries(chart)
    bars = QBarSet(name, series)
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour))
    for value in values:
        bars.append(value)

    def hovered(status: bool, index: int) -> None:
        if status and 0 <= index < len(values):
            QToolTip.showText(QCursor.pos(), tip(index))
        else:
            QToolTip.hideText()

    bars.hovered.connect(hovered)
    series.setBarWidth(0.8)
    series.append(bars)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis(chart)
    x_axis.append(labels)
    _small_labels(x_axis, len(labels))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    return series


def _axis_label(start: date, grain: ReportGrain, many: bool) -> str:
    """A short label under a bar: the day of the month (the title names the period),
    a week's Monday '11.03', or a month 'мар 24'."""
    if grain is ReportGrain.MONTH:
        name = QLocale().standaloneMonthName(start.month, QLocale.FormatType.ShortFormat)
        return f"{name} {start:%y}"
    if grain is ReportGrain.DAY and many:
        return str(start.day)
    return f"{start:%d.%m}"


def show_slots(
    view: QChartView, slots: Sequence[TimeSlotSales], labels: Sequence[str], title: str
) -> None:
    """Orders per hour or per weekday as bars."""
    chart = _reset(view, title)
    series = _bars(
        chart,
        _tr("Orders"),
        SECOND_COLOUR,
        [float(s.orders) for s in slots],
        list(labels),
        lambda i: _tr("{0}\nOrders: {1}\nRevenue: {2}").format(
            labels[i], slots[i].orders, money(slots[i].revenue)
        ),
    )
    y_axis = _value_axis(chart, float(max((s.orders for s in slots), default=0)), False)
    y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    y_axis.setTickAnchor(0)
    y_axis.setTickInterval(max(1, int(y_axis.max() // 5) or 1))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
