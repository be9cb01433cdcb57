"""Receipts rendered by Qt: translated labels and a PDF file with the order in it."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import astuple
from datetime import datetime
from decimal import Decimal

import pytest

from cakeshop_desktop.core.domain import (
    OrderDetailDTO,
    OrderDTO,
    OrderItemDTO,
    OrderStatus,
    PaymentMethod,
)
from cakeshop_desktop.core.rules.printer_url import Paper
from cakeshop_desktop.core.services.paper import PrintableOrder
from cakeshop_desktop.core.services.shop import ShopDetails
from cakeshop_desktop.gui import printing
from cakeshop_desktop.gui.printing import PrintKind
from cakeshop_desktop.printers.page_output import save_pdf


def sample_detail() -> OrderDetailDTO:
    now = datetime(2026, 3, 8, 10, 30)
    order = OrderDTO(
        id=7,
        number="000007",
        customer_id=None,
        customer_name="Анна",
        customer_phone="+7 900",
        status=OrderStatus.CONFIRMED,
        due_at=datetime(2026, 3, 9, 12, 0),
        subtotal=Decimal("2400.00"),
        discount=Decimal("0.00"),
        total=Decimal("2400.00"),
        paid_amount=Decimal("720.00"),
        payment_method=PaymentMethod.CASH,
        notes="",
        created_at=now,
        updated_at=now,
    )
    item = OrderItemDTO(
        id=1,
        cake_id=3,
        cake_name="Прага",
        unit_price=Decimal("2400.00"),
        quantity=1,
        line_total=Decimal("2400.00"),
        made_to_order=True,
        inscription="Маме 🌷",
        notes="",
    )
    return OrderDetailDTO(order=order, items=(item,), payments=(), history=())


def test_labels_come_through_the_translations(qapp):
    labels = printing.receipt_labels()
    assert labels.statuses[OrderStatus.COMPLETED] == "Handed out"
    assert labels.methods[PaymentMethod.CARD] == "card"


def test_money_and_dates_on_paper_are_as_on_screen(qapp):
    from PySide6.QtCore import QLocale

    from cakeshop_desktop.gui.formatting import date_time, money

    QLocale.setDefault(QLocale("ru_RU"))
    try:
        detail = sample_detail()
        printable = PrintableOrder(detail, ShopDetails(name="Тортики"))
        document = printing.order_document(printable, PrintKind.RECEIPT, Paper.ROLL_80)
        shown = " ".join(str(value) for block in document.blocks for value in astuple(block))
        assert money(Decimal("2400.00")) == "2\u00a0400,00\u00a0₽"
        assert money(Decimal("2400.00")) in shown and money(Decimal("1680.00")) in shown
        assert date_time(detail.order.due_at) in shown
    finally:
        QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize("paper", list(Paper))
def test_pdf_of_a_receipt_and_a_ticket(qapp, tmp_path, paper):
    printable = PrintableOrder(sample_detail(), ShopDetails(name="Тортики у Анны"))
    for kind in PrintKind:
        document = printing.order_document(printable, kind, paper)
        path = save_pdf(document, tmp_path / f"{kind.value}-{paper.value}")
        assert path.suffix == ".pdf"
        assert path.read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert "000007" in text
            assert "Прага" in text
            assert "Тортики у Анны" in text


@pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm")), reason="needs zbar-tools, poppler"
)
def test_the_barcode_on_paper_scans_as_the_order_number(qapp, tmp_path):
    printable = PrintableOrder(sample_detail(), ShopDetails(name="Тортики"))
    for kind in PrintKind:
        path = save_pdf(printing.order_document(printable, kind, Paper.ROLL_58), tmp_path / "r")
        subprocess.run(
            ["pdftoppm", "-r", "300", "-png", str(path), str(tmp_path / "page")], check=True
        )
        [page] = tmp_path.glob("page*.png")
        scanned = subprocess.run(
            ["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True
        ).stdout.split()
        assert scanned == ["000007"]
        page.unlink()
