"""The counter's printer: Print ticket/receipt on the configured thermal printer, a printer
that is off, the cash drawer, scanning a ticket to open the order, Settings → Printing."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from cakeshop_desktop import config
from cakeshop_desktop.core.domain import OrderStatus, PaymentMethod, Role
from cakeshop_desktop.core.rules.printer_url import Paper, PrinterKind
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.core.services import shop as shop_service
from cakeshop_desktop.core.services.shop import ShopDetails
from cakeshop_desktop.gui.dialogs.order_detail_dialog import OrderDetailDialog
from cakeshop_desktop.gui.dialogs.settings_printing_page import PrintingSettingsPage
from tests.gui.conftest import wait_idle
from tests.gui.order_helpers import place, shop_context
from tests.gui.test_orders_panel import make_panel
from tests.printer_server import CUT, DRAWER_KICK_PIN_2, closed_port, loopback_printer

WAIT = 15_000
SHOP_NAME = "Кондитерская «Маковка»"


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    """This test's terminal: its own config.toml, no printer until a test sets one."""
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "config"))


@pytest.fixture
def walk_in(shop):
    shop_service.save_shop_details(shop.uow, shop.admin, ShopDetails(name=SHOP_NAME))
    return place(
        shop.uow,
        shop.cashier,
        {shop.medovik: 1},
        paid=Decimal("1250.50"),
        customer_name="Иван",
    )


@pytest.fixture
def ready_with_balance(shop):
    """A made-to-order cake on a deposit, baked and ready for pickup."""
    order = place(
        shop.uow, shop.cashier, {shop.praga: 1}, paid=Decimal("720.00"), due_in=timedelta(days=2)
    )
    orders.set_status(shop.uow, shop.baker, order.id, OrderStatus.IN_PRODUCTION)
    orders.set_status(shop.uow, shop.baker, order.id, OrderStatus.READY)
    return order


def test_print_ticket_goes_to_the_thermal_printer_of_this_terminal(qtbot, shop, engine, walk_in):
    with loopback_printer() as printer, shop_context(engine, shop.cashier) as ctx:
        config.write_printer_url(f"{printer.url}?width=58")
        panel = make_panel(qtbot, ctx)
        panel.select_order(walk_in.id)
        qtbot.mouseClick(panel.ui.printTicketButton, Qt.MouseButton.LeftButton)
        label = panel.ui.ordersMessageLabel
        qtbot.waitUntil(lambda: "went to the printer" in label.text(), timeout=WAIT)
        assert walk_in.number in label.text() and f"127.0.0.1:{printer.port}" in label.text()
        printer.close()
    [job] = printer.jobs
    assert "Кондитерская".encode("cp866") in job
    assert b"{B" + walk_in.number.encode() in job and CUT in job


def test_a_printer_that_is_off_is_said_and_the_order_stays(qtbot, shop, engine, walk_in):
    config.write_printer_url(f"escpos+tcp://127.0.0.1:{closed_port()}")
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(walk_in.id)
        qtbot.mouseClick(panel.ui.printReceiptButton, Qt.MouseButton.LeftButton)
        label = panel.ui.ordersMessageLabel
        qtbot.waitUntil(lambda: "does not answer" in label.text(), timeout=WAIT)
        assert "the order is kept" in label.text()
        assert panel.model.rowCount() == 1
    kept = orders.order_detail(shop.uow, shop.cashier, walk_in.id).order
    assert (kept.status, kept.paid_amount) == (walk_in.status, walk_in.paid_amount)


def test_a_mistyped_printer_in_the_config_is_said_in_words(qtbot, shop, engine, walk_in):
    config.write_printer_url("escpos+tcp://printer:99999")
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(walk_in.id)
        qtbot.mouseClick(panel.ui.printReceiptButton, Qt.MouseButton.LeftButton)
        label = panel.ui.ordersMessageLabel
        qtbot.waitUntil(lambda: "port must be a number" in label.text(), timeout=WAIT)


def test_a_pdf_folder_printer_keeps_every_receipt(qtbot, shop, engine, walk_in, tmp_path):
    config.write_printer_url(f"pdf:{tmp_path / 'receipts'}")
    with shop_context(engine, shop.cashier) as ctx:
        panel = make_panel(qtbot, ctx)
        panel.select_order(walk_in.id)
        for _ in range(2):
            qtbot.mouseClick(panel.ui.printReceiptButton, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: "is saved as" in panel.ui.ordersMessageLabel.text(), timeout=WAIT
            )
            panel.ui.ordersMessageLabel.clear()
    files = sorted((tmp_path / "receipts").glob("*.pdf"))
    assert len(files) == 2 and all(walk_in.number in path.name for path in files)


def test_scanning_a_ticket_opens_the_order_and_hand_out_opens_the_drawer(
    qtbot, make_window, shop, ready_with_balance
):
    with loopback_printer() as printer:
        config.write_printer_url(f"{printer.url}?drawer=2")
        window = make_window(Role.CASHIER)
        wait_idle(qtbot, window)
        search = window.ui.catalogSearchEdit
        qtbot.keyClicks(search, ready_with_balance.number)  # the scanner types the number ...
        qtbot.keyClick(search, Qt.Key.Key_Return)  # ... and Enter
        qtbot.waitUntil(lambda: window.findChild(OrderDetailDialog) is not None, timeout=WAIT)
        dialog = window.findChild(OrderDetailDialog)
        qtbot.waitUntil(lambda: dialog.detail is not None, timeout=WAIT)
        assert dialog.detail.order.id == ready_with_balance.id
        assert search.text() == ""
        hand_out = dialog.hand_out_button
        assert hand_out.isVisible() and hand_out.isEnabled() and hand_out.isDefault()
        hand_out.click()
        confirm = dialog.hand_out_dialog
        assert confirm is not None and "1" in confirm.collect_label.text()  # 1 680,00 to collect
        confirm.method_combo.setCurrentIndex(confirm.method_combo.findData(PaymentMethod.CASH))
        confirm.ok_button.click()
        qtbot.waitUntil(lambda: dialog.detail.order.status is OrderStatus.COMPLETED, timeout=WAIT)
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT)
        assert printer.jobs[0].startswith(DRAWER_KICK_PIN_2)
        assert not hand_out.isEnabled()
        dialog.close()


def test_a_code_that_is_neither_cake_nor_order_says_so(qtbot, make_window, shop):
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    qtbot.keyClicks(window.ui.catalogSearchEdit, "424242")
    qtbot.keyClick(window.ui.catalogSearchEdit, Qt.Key.Key_Return)
    label = window.ui.cartErrorLabel
    qtbot.waitUntil(lambda: "No cake or order has the code 424242" in label.text(), timeout=WAIT)
    assert window.findChild(OrderDetailDialog) is None


def test_a_customer_scanning_another_customers_order_opens_nothing(
    qtbot, make_window, shop, walk_in
):
    window = make_window(Role.CUSTOMER)
    wait_idle(qtbot, window)
    qtbot.keyClicks(window.ui.catalogSearchEdit, walk_in.number)
    qtbot.keyClick(window.ui.catalogSearchEdit, Qt.Key.Key_Return)
    label = window.ui.cartErrorLabel
    qtbot.waitUntil(lambda: walk_in.number in label.text(), timeout=WAIT)
    assert window.findChild(OrderDetailDialog) is None


# ---------------------------------------------------------------- Settings → Printing


def make_page(qtbot) -> PrintingSettingsPage:
    page = PrintingSettingsPage()
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_fields_write_the_printer_url_and_save_it_for_this_terminal(qtbot):
    page = make_page(qtbot)
    assert page.kind_combo.currentData() is None  # no printer: the preview, as before
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(PrinterKind.ESCPOS_TCP))
    qtbot.keyClicks(page.host_edit, "192.168.1.50")
    page.paper_combo.setCurrentIndex(page.paper_combo.findData(Paper.ROLL_58))
    page.drawer_check.setChecked(True)
    assert page.url_edit.text() == "escpos+tcp://192.168.1.50?width=58&drawer=2"
    assert page.save()
    assert config.printer_url() == "escpos+tcp://192.168.1.50?width=58&drawer=2"
    again = make_page(qtbot)
    assert again.kind_combo.currentData() is PrinterKind.ESCPOS_TCP
    assert again.host_edit.text() == "192.168.1.50" and again.drawer_check.isChecked()
    assert again.host_edit.isVisible() and not again.folder_row.isVisible()


def test_a_typed_url_fills_the_fields_and_a_bad_one_is_refused(qtbot):
    page = make_page(qtbot)
    page.url_edit.setText("escpos+file:///dev/usb/lp0?width=80&columns=42")
    page.url_edit.editingFinished.emit()
    assert page.kind_combo.currentData() is PrinterKind.ESCPOS_FILE
    assert page.device_edit.text() == "/dev/usb/lp0"
    assert page.save()
    assert config.printer_url() == "escpos+file:///dev/usb/lp0?columns=42"  # 80 mm is the default
    page.url_edit.setText("escpos+tcp://printer?width=a4")
    page.url_edit.editingFinished.emit()
    assert "58 or 80" in page.message_label.text() and page.message_label.isVisible()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(PrinterKind.ESCPOS_TCP))
    assert not page.save()  # no address yet
    assert "address" in page.message_label.text()
    assert config.printer_url() == "escpos+file:///dev/usb/lp0?columns=42"  # kept as it was


def test_a_test_page_reaches_the_printer_before_anything_is_saved(qtbot):
    page = make_page(qtbot)
    with loopback_printer() as printer:
        page.url_edit.setText(printer.url)
        page.url_edit.editingFinished.emit()
        page.test_button.click()
        qtbot.waitUntil(lambda: "test page went to" in page.message_label.text(), timeout=WAIT)
        printer.close()
    assert CUT in printer.jobs[0] and b"{B000000" in printer.jobs[0]
    assert config.printer_url() is None
    page.url_edit.setText(f"escpos+tcp://127.0.0.1:{closed_port()}")
    page.url_edit.editingFinished.emit()
    page.test_button.click()
    qtbot.waitUntil(lambda: "does not answer" in page.message_label.text(), timeout=WAIT)
    assert page.test_button.isEnabled()


def test_the_settings_dialog_has_the_printing_page(qtbot, engine, shop):
    from cakeshop_desktop.gui.context import ShopContext
    from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
    from cakeshop_desktop.gui.workers import Workers

    workers = Workers()
    admin = ShopContext(engine, workers, shop.admin)
    dialog = SettingsDialog(str(engine.url), admin=admin)  # an administrator's page
    qtbot.addWidget(dialog)
    tabs = dialog.ui.settingsTabs
    assert any(tabs.widget(i).objectName() == "printingSettingsPage" for i in range(tabs.count()))
    workers.settle()


def test_a_cash_sale_opens_the_cash_drawer(qtbot, make_window, shop):
    from cakeshop_desktop.core.services import cart
    from tests.gui.test_ordering_window import confirm_checkout, open_checkout

    cart.add_to_cart(shop.uow, shop.cashier, shop.medovik, 1)
    with loopback_printer() as printer:
        config.write_printer_url(f"{printer.url}?drawer=5")
        window = make_window(Role.CASHIER)
        wait_idle(qtbot, window)
        qtbot.waitUntil(window.ui.checkoutButton.isEnabled, timeout=WAIT)
        dialog = open_checkout(qtbot, window)
        qtbot.keyClicks(dialog.ui.customerNameEdit, "Walk-in")
        combo = dialog.ui.paymentMethodCombo
        combo.setCurrentIndex(combo.findData(PaymentMethod.CASH))  # paid in full, in cash
        order = confirm_checkout(qtbot, window, dialog)
        assert order.payment_method == PaymentMethod.CASH
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT)
        assert printer.jobs[0].startswith(b"\x1bp\x01")  # ESC p 1: the drawer on pin 5
