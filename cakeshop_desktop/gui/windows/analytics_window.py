"""The admin's sales analytics: a period, the revenue chart, top cakes and the details.

The report is computed by reports.sales_report on the worker pool; the window shows it
is busy, stays responsive, and drops an answer that arrives for a period no longer shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import (
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QTableView,
    QWidget,
)

from cakeshop_desktop.core.services import reports
from cakeshop_desktop.core.types.reports import ReportGrain, SalesReport
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs import help_boxes
from cakeshop_desktop.gui.dialogs.shift_report_dialog import ShiftReportDialog
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.file_dialogs import ask_save_path
from cakeshop_desktop.gui.formatting import money
from cakeshop_desktop.gui.forms.ui_analytics_window import Ui_AnalyticsWindow
from cakeshop_desktop.gui.labels import read_from_text
from cakeshop_desktop.gui.models.base import SortProxy
from cakeshop_desktop.gui.models.report_models import (
    CancellationsModel,
    CategoriesModel,
    KindsModel,
    ReportTableModel,
    RevenueSeriesModel,
    TimeSlotsModel,
    TopCakesModel,
    items_revenue,
    period_text,
)
from cakeshop_desktop.gui.print_key import add_print_key
from cakeshop_desktop.gui.report_export import (
    grain_label,
    paper_chart_view,
    print_sales_report,
    revenue_chart_image,
    revenue_definition,
    write_csv,
    write_pdf,
)
from cakeshop_desktop.gui.widgets import report_charts
from cakeshop_desktop.gui.widgets.flow_layout import wrap_row
from cakeshop_desktop.gui.widgets.layouts import set_up_form
from cakeshop_desktop.gui.window_geometry import place_main_window

SLOW_REPORT_MS = 3000  # then the status bar says why
DEBOUNCE_MS = 300  # typing a date fires on every digit: compute once the user pauses
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2999, 12, 31)
TOP_CAKES_CATEGORY_WIDTH = 110  # px: the cake's name needs the room more


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The days of a preset: today, this week/month/year so far, or the whole last month."""
    if preset == "week":
        return today - timedelta(days=today.weekday()), today
    if preset == "month":
        return today.replace(day=1), today
    if preset == "year":
        return today.replace(month=1, day=1), today
    if preset == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    return today, today


class AnalyticsWindow(QMainWindow):
    """Sales analytics for one period; opened from the admin's window."""

    report_shown = Signal(object)  # the SalesReport now on screen
    report_failed = Signal(object)  # the exception of the latest request

    def __init__(
        self, ctx: ShopContext, parent: QWidget | None = None, autoload: bool = True
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AnalyticsWindow()
        set_up_form(self.ui, self)
        self.placement = place_main_window(
            self, "analyticsWindow", getattr(ctx.actor, "username", "")
        )
        self._ctx = ctx
        self._report: SalesReport | None = None
        self._paper_view: QChartView | None = None  # draws the chart for PDF and print
        self._generation = 0  # answers to an older request are dropped
        self._computing = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        # A long first report (its days summarised once) says why in the status bar.
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_REPORT_MS)
        self._slow.timeout.connect(self._say_slow)

        self.top_cakes_model = TopCakesModel(self)
        self.series_model = RevenueSeriesModel(self)
        self.categories_model = CategoriesModel(self)
        self.kinds_model = KindsModel(self)
        self.hours_model = TimeSlotsModel(by_weekday=False, parent=self)
        self.weekdays_model = TimeSlotsModel(by_weekday=True, parent=self)
        self.cancellations_model = CancellationsModel(self)
        self._setup_views()
        self._setup_controls()
        self._set_busy(False)
        self._set_report_actions(False)
        self.ui.errorLabel.hide()
        self.ui.reportSourceLabel.hide()
        # this month so far; the self-check builds the window without computing anything
        self._put_period(*preset_period("month", date.today()))
        if autoload:
            self.refresh()

    # ------------------------------------------------------------ set-up

    def _setup_views(self) -> None:
        ui = self.ui
        # the period row wraps on a narrow screen (1024 pixels, Russian words)
        wrap_row(
            ui.centralLayout,
            ui.periodLayout,
            [
                [ui.periodLabel, ui.periodFromEdit, ui.periodDashLabel, ui.periodToEdit],
                [ui.grainLabel, ui.grainCombo],
                [
                    ui.presetTodayButton,
                    ui.presetWeekButton,
                    ui.presetMonthButton,
                    ui.presetLastMonthButton,
                    ui.presetYearButton,
                ],
                [ui.refreshButton, ui.busyBar, ui.busyLabel],
            ],
            "periodRow",
        )
        for view, model, stretch in (
            (ui.topCakesView, self.top_cakes_model, TopCakesModel.COL_NAME),
            (ui.revenueTableView, self.series_model, RevenueSeriesModel.COL_PERIOD),
            (ui.categoriesView, self.categories_model, CategoriesModel.COL_NAME),
            (ui.kindsView, self.kinds_model, KindsModel.COL_KIND),
            (ui.cancellationsView, self.cancellations_model, CancellationsModel.COL_REASON),
        ):
            self._attach(view, model, stretch)
        ui.revenueTableView.setSortingEnabled(False)  # periods read in calendar order
        for chart in (ui.revenueChart, ui.hourChart, ui.weekdayChart):
            report_charts.prepare(chart)
        # the chart and the top cakes share the width: the cakes' names need it on a till
        ui.topSplitter.setStretchFactor(0, 1)
        ui.topSplitter.setStretchFactor(1, 1)
        ui.topSplitter.setSizes([660, 680])
        ui.mainSplitter.setStretchFactor(0, 3)
        ui.mainSplitter.setStretchFactor(1, 2)
        ui.mainSplitter.setSizes([500, 280])
        for label in (
            ui.revenueValueLabel,
            ui.ordersValueLabel,
            ui.averageCheckValueLabel,
            ui.itemsSoldValueLabel,
            ui.cancelledValueLabel,
        ):
            label.setStyleSheet("font-size: 15pt; font-weight: bold;")

    def _attach(self, view: QTableView, model: ReportTableModel, stretch: int) -> None:
        proxy = SortProxy(self)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(24)
        if model is self.top_cakes_model:
            # the cake's name takes the room left and wraps on a narrow screen (ten rows grow
            # to fit); a category keeps a set width and wraps within it
            header.setSectionResizeMode(
                TopCakesModel.COL_CATEGORY, QHeaderView.ResizeMode.Interactive
            )
            header.resizeSection(TopCakesModel.COL_CATEGORY, TOP_CAKES_CATEGORY_WIDTH)
            view.setWordWrap(True)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _setup_controls(self) -> None:
        ui = self.ui
        for edit in (ui.periodFromEdit, ui.periodToEdit):
            edit.setMinimumDate(QDate(FIRST_DAY))
            edit.setMaximumDate(QDate(LAST_DAY))
        ui.periodFromEdit.dateChanged.connect(self._from_changed)
        ui.periodToEdit.dateChanged.connect(self._to_changed)
        ui.grainCombo.addItem(self.tr("Automatic"), None)
        for grain, text in (
            (ReportGrain.DAY, self.tr("Days")),
            (ReportGrain.WEEK, self.tr("Weeks")),
            (ReportGrain.MONTH, self.tr("Months")),
        ):
            ui.grainCombo.addItem(text, grain)
        ui.grainCombo.currentIndexChanged.connect(self._schedule)
        ui.topCakesRankCombo.addItem(self.tr("Revenue"), "revenue")
        ui.topCakesRankCombo.addItem(self.tr("Quantity sold"), "quantity")
        ui.topCakesRankCombo.currentIndexChanged.connect(self._show_top_cakes)
        presets = {
            ui.presetTodayButton: "today",
            ui.presetWeekButton: "week",
            ui.presetMonthButton: "month",
            ui.presetLastMonthButton: "last_month",
            ui.presetYearButton: "year",
        }
        for button, preset in presets.items():
            button.clicked.connect(lambda _=False, p=preset: self.apply_preset(p))
        ui.refreshButton.clicked.connect(self.refresh)
        ui.refreshAction.triggered.connect(self.refresh)
        ui.exportCsvButton.clicked.connect(self._ask_csv)
        ui.exportCsvAction.triggered.connect(self._ask_csv)
        ui.exportPdfButton.clicked.connect(self._ask_pdf)
        ui.exportPdfAction.triggered.connect(self._ask_pdf)
        self.print_action = add_print_key(self, self.tr("&Print…"), self.print_report)
        ui.reportMenu.insertAction(ui.exportCsvAction, self.print_action)
        help_boxes.add_help_menu(self, help_boxes.analytics_shortcuts)
        ui.shiftReportButton.clicked.connect(self.open_shift_report)
        ui.shiftReportAction.triggered.connect(self.open_shift_report)
        ui.closeAction.triggered.connect(self.close)
        definition = revenue_definition()
        for widget in (ui.definitionLabel, ui.revenueValueLabel, ui.revenueValueLabelBox):
            widget.setToolTip(definition)
        ui.definitionLabel.setWhatsThis(definition)
        ui.definitionLabel.setText(f"<a href='#'>{self.tr('What counts as revenue?')}</a>")
        ui.definitionLabel.linkActivated.connect(
            lambda _link: self.statusBar().showMessage(definition, 15_000)
        )

    # ------------------------------------------------------------ period

    @property
    def period(self) -> tuple[date, date]:
        return self.ui.periodFromEdit.date().toPython(), self.ui.periodToEdit.date().toPython()

    @property
    def report(self) -> SalesReport | None:
        """The report on screen (None until the first one arrives)."""
        return self._report

    @property
    def is_computing(self) -> bool:
        return self._computing

    def set_period(self, date_from: date, date_to: date) -> None:
        """Show another period and compute it at once."""
        self._put_period(date_from, date_to)
        self.refresh()

    def _put_period(self, date_from: date, date_to: date) -> None:
        for edit, day in ((self.ui.periodFromEdit, date_from), (self.ui.periodToEdit, date_to)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def apply_preset(self, preset: str) -> None:
        self.set_period(*preset_period(preset, date.today()))

    @Slot(QDate)
    def _from_changed(self, day: QDate) -> None:
        if day > self.ui.periodToEdit.date():
            self.ui.periodToEdit.blockSignals(True)
            self.ui.periodToEdit.setDate(day)
            self.ui.periodToEdit.blockSignals(False)
        self._schedule()

    @Slot(QDate)
    def _to_changed(self, day: QDate) -> None:
        if day < self.ui.periodFromEdit.date():
            self.ui.periodFromEdit.blockSignals(True)
            self.ui.periodFromEdit.setDate(day)
            self.ui.periodFromEdit.blockSignals(False)
        self._schedule()

    @Slot()
    def _schedule(self) -> None:
        self._generation += 1  # whatever is in flight is stale from now on
        self._set_busy(True)
        self._debounce.start()

    # ------------------------------------------------------------ computing

    @Slot()
    def refresh(self) -> None:
        """Compute the report of the shown period on the worker pool."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        date_from, date_to = self.period
        self._set_busy(True)
        self._ctx.call(
            self,
            reports.sales_report,
            date_from,
            date_to,
            self.ui.grainCombo.currentData(),
            self._ctx.replica_unit(),
            on_result=lambda report: self._arrived(generation, report),
            on_error=lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, report: SalesReport) -> None:
        if generation != self._generation:
            return  # the period changed while this one was computed
        self._set_busy(False)
        self._show(report)
        self.report_shown.emit(report)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.ui.errorLabel.setText(describe(error))
        self.ui.errorLabel.show()
        self.report_failed.emit(error)

    def _set_busy(self, busy: bool) -> None:
        self._computing = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.busyLabel.setText(self.tr("Computing…") if busy else "")
        self.ui.refreshButton.setEnabled(not busy)
        if busy:
            self.statusBar().showMessage(self.tr("Computing the report…"))
            self._slow.start()
        else:
            self._slow.stop()

    @Slot()
    def _say_slow(self) -> None:
        if self._computing:  # in the status bar: the top row has no room for a sentence
            self.statusBar().showMessage(
                self.tr(
                    "Computing… A first report over these days takes longer; later ones are quick."
                )
            )

    def _set_report_actions(self, enabled: bool) -> None:
        for widget in (
            self.ui.exportCsvButton,
            self.ui.exportPdfButton,
            self.ui.exportCsvAction,
            self.ui.exportPdfAction,
            self.print_action,
        ):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------ showing

    def _show(self, report: SalesReport) -> None:
        self._report = report
        ui = self.ui
        ui.errorLabel.hide()
        ui.reportSourceLabel.setText(read_from_text(report.read_from))
        ui.reportSourceLabel.setVisible(bool(ui.reportSourceLabel.text()))
        ui.revenueValueLabel.setText(money(report.revenue))
        ui.ordersValueLabel.setText(QLocale().toString(report.orders))
        ui.averageCheckValueLabel.setText(money(report.average_check))
        ui.itemsSoldValueLabel.setText(QLocale().toString(report.items_sold))
        ui.cancelledValueLabel.setText(
            self.tr("{0} for {1}").format(report.cancelled_orders, money(report.cancelled_amount))
        )
        report_charts.show_revenue(ui.revenueChart, report, self._chart_title(report))
        self._show_top_cakes()
        self.series_model.set_report(report)
        self.categories_model.set_report(report)
        self.kinds_model.set_report(report)
        self.hours_model.set_slots(report.by_hour)
        self.weekdays_model.set_slots(report.by_weekday)
        self.cancellations_model.set_report(report)
        report_charts.show_slots(
            ui.hourChart,
            report.by_hour,
            [str(s.slot) for s in report.by_hour],
            self.tr("Orders by hour of the day"),
        )
        locale = QLocale()
        report_charts.show_slots(
            ui.weekdayChart,
            report.by_weekday,
            [locale.dayName(s.slot + 1, QLocale.FormatType.ShortFormat) for s in report.by_weekday],
            self.tr("Orders by day of the week"),
        )
        self._set_report_actions(True)
        self.statusBar().showMessage(
            self.tr("No sales in this period") if report.is_empty else self.tr("Report ready")
        )

    def _chart_title(self, report: SalesReport) -> str:
        period = period_text(report.date_from, report.date_to, ReportGrain.DAY)
        return self.tr("Revenue by {0}, {1}").format(grain_label(report.grain), period)

    @Slot()
    def _show_top_cakes(self) -> None:
        if self._report is None:
            return
        by_quantity = self.ui.topCakesRankCombo.currentData() == "quantity"
        cakes = self._report.top_by_quantity if by_quantity else self._report.top_by_revenue
        self.top_cakes_model.set_cakes(cakes, items_revenue(self._report))
        self.ui.topCakesView.sortByColumn(TopCakesModel.COL_RANK, Qt.SortOrder.AscendingOrder)

    # ------------------------------------------------------------ export

    def csv_sections(self) -> list[tuple[str, ReportTableModel]]:
        """The tables the CSV holds, each with its title."""
        assert self._report is not None
        top_revenue, top_quantity = TopCakesModel(self), TopCakesModel(self)
        top_revenue.set_cakes(self._report.top_by_revenue, items_revenue(self._report))
        top_quantity.set_cakes(self._report.top_by_quantity, items_revenue(self._report))
        return [
            (self.tr("Revenue by {0}").format(grain_label(self._report.grain)), self.series_model),
            (self.tr("Top cakes by revenue"), top_revenue),
            (self.tr("Top cakes by quantity"), top_quantity),
            (self.tr("Revenue by category"), self.categories_model),
            (self.tr("Made to order and showcase"), self.kinds_model),
            (self.tr("Orders by hour of the day"), self.hours_model),
            (self.tr("Orders by day of the week"), self.weekdays_model),
            (self.tr("Cancellations"), self.cancellations_model),
        ]

    def export_csv(self, path: str | Path) -> Path:
        assert self._report is not None, "no report to export yet"
        return write_csv(path, self._report, self.csv_sections())

    def export_pdf(self, path: str | Path) -> Path:
        assert self._report is not None, "no report to export yet"
        return write_pdf(path, self._report, self._paper_chart())

    @Slot()
    def print_report(self) -> None:
        """The whole report with its chart on a printer the user picks (Ctrl+P)."""
        if self._report is None:
            return
        print_sales_report(self, self._report, self._paper_chart())

    def _paper_chart(self) -> QImage:
        assert self._report is not None
        if self._paper_view is None:
            self._paper_view = paper_chart_view(self)
        return revenue_chart_image(self._paper_view, self._report, self._chart_title(self._report))

    def _default_name(self, suffix: str) -> str:
        date_from, date_to = self.period
        return f"sales_{date_from:%Y-%m-%d}_{date_to:%Y-%m-%d}.{suffix}"

    @Slot()
    def _ask_csv(self) -> None:
        if self._report is None:
            return
        path = ask_save_path(
            self, self.tr("Export CSV"), self._default_name("csv"), self.tr("CSV files (*.csv)")
        )
        if path:
            self._export(self.export_csv, path)

    @Slot()
    def _ask_pdf(self) -> None:
        if self._report is None:
            return
        path = ask_save_path(
            self, self.tr("Export PDF"), self._default_name("pdf"), self.tr("PDF files (*.pdf)")
        )
        if path:
            self._export(self.export_pdf, path)

    def _export(self, write: Callable[[str], Path], path: str) -> None:
        try:
            written = write(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not save {0}: {1}").format(path, exc.strerror or exc),
            )
            return
        self.statusBar().showMessage(self.tr("Saved {0}").format(written), 10_000)

    # ------------------------------------------------------------ shift report

    @Slot()
    def open_shift_report(self) -> ShiftReportDialog:
        dialog = ShiftReportDialog(self._ctx, self)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self._debounce.stop()
        self._generation += 1  # nothing late lands on a closed window
        super().closeEvent(event)
