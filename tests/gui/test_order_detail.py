"""The order detail dialog on SQLite and MariaDB: items, payments, history, totals; print and PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from cakeshop_desktop.core.domain import OrderStatus, PaymentMethod
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.gui.dialogs.order_detail_dialog import OrderDetailDialog
from cakeshop_desktop.gui.printing import PrintKind
from tests.gui.order_helpers import place, shop_context

WAIT = 15_000


def cells(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


@pytest.fixture
def handed_out(shop):
    """A deposit order with an inscription, confirmed, baked and handed out with the balance."""
    order = place(
        shop.uow,
        shop.cashier,
        {shop.praga: 1, shop.medovik: 2},
        paid=Decimal("1500.00"),
        due_in=timedelta(days=2),
        customer_name="Светлана",
        customer_phone="+7 900 765-43-21",
        inscription="С юбилеем! 🎂",
    )
    orders.set_status(shop.uow, shop.baker, order.id, OrderStatus.IN_PRODUCTION)
    orders.set_status(shop.uow, shop.baker, order.id, OrderStatus.READY)
    orders.hand_out(shop.uow, shop.cashier, order.id, PaymentMethod.CARD)
    return order


def open_detail(qtbot, ctx, order_id) -> OrderDetailDialog:
    dialog = OrderDetailDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=WAIT)
    return dialog


def test_detail_shows_items_payments_and_history(qtbot, shop, engine, handed_out):
    with shop_context(engine, shop.cashier) as ctx:
        dialog = open_detail(qtbot, ctx, handed_out.id)
        ui = dialog.ui
        assert dialog.objectName() == "orderDetailDialog"
        assert handed_out.number in ui.orderTitleLabel.text()
        assert ui.orderCustomerLabel.text() == "Светлана"
        assert ui.orderPhoneLabel.text() == "8 (900) 765-43-21"
        assert ui.orderPickupLabel.text()
        assert ui.orderStatusLabel.text() == "Handed out"
        names = cells(ui.orderItemsTable, 0)
        assert any("Прага" in name for name in names) and any("Медовик" in n for n in names)
        assert "2" in cells(ui.orderItemsTable, 1)
        assert any("С юбилеем! 🎂" in text for text in cells(ui.orderItemsTable, 4))
        assert ui.orderPaymentsTable.rowCount() == 2  # the deposit and the balance
        assert cells(ui.orderPaymentsTable, 1) == ["Deposit", "Balance"]
        assert cells(ui.orderPaymentsTable, 4) == ["Demo cashier", "Demo cashier"]  # not logins
        amounts = [a.replace("\u00a0", " ") for a in cells(ui.orderPaymentsTable, 3)]
        assert amounts[0].startswith("1") and "500" in amounts[0]
        history = cells(ui.orderHistoryTable, 1)
        assert history == ["New", "Confirmed", "In production", "Ready", "Handed out"]
        assert cells(ui.orderHistoryTable, 2)[-2:] == ["Demo baker", "Demo cashier"]
        totals = ui.orderDetailTotalsLabel.text().replace("\u00a0", " ")
        assert "4" in totals and "901" in totals  # 2400 + 2 x 1250.50 = 4 901,00
        for button in (ui.detailPrintReceiptButton, ui.detailPrintTicketButton, ui.savePdfButton):
            assert button.isEnabled()
            assert button.accessibleName()


def test_detail_of_somebody_elses_order_is_refused_for_a_customer(qtbot, shop, engine, handed_out):
    with shop_context(engine, shop.customer) as ctx:
        dialog = OrderDetailDialog(ctx, handed_out.id)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.ui.orderDetailErrorLabel.isHidden(), timeout=WAIT)
        assert "No such order" in dialog.ui.orderDetailErrorLabel.text()
        assert not dialog.ui.savePdfButton.isEnabled()


def test_save_pdf_writes_the_receipt(qtbot, shop, engine, handed_out, tmp_path):
    with shop_context(engine, shop.cashier) as ctx:
        dialog = open_detail(qtbot, ctx, handed_out.id)
        with qtbot.waitSignal(dialog.pdf_saved, timeout=WAIT):
            path = dialog.save_pdf(tmp_path / "receipt")
        assert path == tmp_path / "receipt.pdf"
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 1000
        ticket = dialog.save_pdf(tmp_path / "ticket.pdf", PrintKind.TICKET)
        assert ticket.stat().st_size > 1000
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert handed_out.number in text
            assert "Светлана" in text
            assert "С юбилеем" in text
            ticket_text = subprocess.run(
                ["pdftotext", str(ticket), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert handed_out.number in ticket_text


def test_an_unwritable_pdf_path_is_said_in_words(qtbot, shop, engine, handed_out, tmp_path):
    with shop_context(engine, shop.cashier) as ctx:
        dialog = open_detail(qtbot, ctx, handed_out.id)
        assert dialog.save_pdf(tmp_path / "no" / "such" / "dir" / "r.pdf") is None
        assert "could not be written" in dialog.ui.orderDetailErrorLabel.text()


def test_print_buttons_open_the_preview(qtbot, shop, engine, handed_out, monkeypatch, tmp_path):
    monkeypatch.setenv("CAKESHOP_CONFIG_DIR", str(tmp_path))  # no printer set up: the preview
    shown = []
    monkeypatch.setattr(
        "cakeshop_desktop.gui.printing.preview_document",
        lambda parent, document: shown.append(document.name),
    )
    with shop_context(engine, shop.cashier) as ctx:
        dialog = open_detail(qtbot, ctx, handed_out.id)
        dialog.ui.detailPrintReceiptButton.click()
        dialog.ui.detailPrintTicketButton.click()
        assert shown == [f"Invoice {handed_out.number}", f"Order ticket {handed_out.number}"]


def test_ctrl_p_prints_the_receipt(qtbot, shop, engine, handed_out, monkeypatch, tmp_path):
    monkeypatch.setenv("CAKESHOP_CONFIG_DIR", str(tmp_path))  # no printer set up: the preview
    shown = []
    monkeypatch.setattr(
        "cakeshop_desktop.gui.printing.preview_document",
        lambda parent, document: shown.append(document.name),
    )
    with shop_context(engine, shop.cashier) as ctx:
        dialog = open_detail(qtbot, ctx, handed_out.id)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert shown == [f"Invoice {handed_out.number}"]
        assert "Ctrl+P" in dialog.ui.detailPrintReceiptButton.toolTip()
