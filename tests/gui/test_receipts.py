"""Receipts rendered by Qt: translated labels and a PDF file with the order in it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from decimal import Decimal

from cakeshop_desktop.core.domain import (
    OrderDetailDTO,
    OrderDTO,
    OrderItemDTO,
    OrderStatus,
    PaymentMethod,
)
from cakeshop_desktop.gui import printing
from cakeshop_desktop.gui.printing import PrintKind


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


def test_pdf_of_a_receipt_and_a_ticket(qapp, tmp_path):
    for kind in PrintKind:
        path = printing.save_pdf(printing.order_html(sample_detail(), kind), tmp_path / kind.value)
        assert path.suffix == ".pdf"
        assert path.read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert "000007" in text
            assert "Прага" in text
