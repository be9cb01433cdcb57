"""Receipts, invoices and tickets built from an order, as HTML and as ESC/POS bytes, without Qt."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from cakeshop_desktop.core.documents.receipt_html import document_html
from cakeshop_desktop.core.documents.receipts import (
    Barcode,
    ItemLine,
    Pair,
    ReceiptLabels,
    plain_money,
    receipt,
    ticket,
)
from cakeshop_desktop.core.domain import (
    OrderDetailDTO,
    OrderDTO,
    OrderItemDTO,
    OrderStatus,
    PaymentDTO,
    PaymentKind,
    PaymentMethod,
)
from cakeshop_desktop.core.rules.printer_url import Paper, parse_printer_url
from cakeshop_desktop.core.services.shop import ShopDetails
from cakeshop_desktop.printers.escpos_output import escpos_bytes, pair_lines, wrap

NBSP = "\u00a0"
SHOP = ShopDetails(
    name="Кондитерская «Маковка»",
    address="Тверь, ул. Советская, 5",
    phone="+7 4822 55-66-77",
    tax_number="690000000000",
    receipt_footer="Торты с кремом храните в холодильнике.",
)


def detail(**changes) -> OrderDetailDTO:
    created = datetime(2026, 3, 8, 10, 30)
    values = dict(
        id=42,
        number="000042",
        customer_id=None,
        customer_name="Анна <b>",
        customer_phone="+7 900",
        status=OrderStatus.CONFIRMED,
        due_at=datetime(2026, 3, 9, 12, 0),
        subtotal=Decimal("3650.50"),
        discount=Decimal("365.05"),
        total=Decimal("3285.45"),
        paid_amount=Decimal("1000.00"),
        payment_method=PaymentMethod.CASH,
        notes="Позвонить",
        created_at=created,
        updated_at=created,
    )
    values.update(changes)
    items = (
        OrderItemDTO(
            1,
            3,
            "Прага",
            Decimal("2400.00"),
            1,
            Decimal("2400.00"),
            True,
            "С днём рождения! 🎂",
            "без орехов",
        ),
        OrderItemDTO(
            2, 1, "Медовик & Co", Decimal("1250.50"), 1, Decimal("1250.50"), False, "", ""
        ),
    )
    payments = (
        PaymentDTO(
            1, Decimal("1000.00"), PaymentMethod.CASH, PaymentKind.DEPOSIT, "cashier", created
        ),
    )
    return OrderDetailDTO(order=OrderDTO(**values), items=items, payments=payments, history=())


def test_plain_money_groups_and_keeps_kopecks():
    assert plain_money(Decimal("1234567.5")) == f"1{NBSP}234{NBSP}567.50{NBSP}₽"
    assert plain_money(Decimal("0")) == f"0.00{NBSP}₽"
    assert plain_money(Decimal("-99.999")) == f"-100.00{NBSP}₽"


def pairs(document) -> dict[str, str]:
    return {block.name: block.value for block in document.blocks if isinstance(block, Pair)}


def texts(document) -> str:
    return "\n".join(str(block) for block in document.blocks)


def test_the_receipt_has_the_shop_every_line_and_the_money():
    document = receipt(detail(), SHOP, Paper.ROLL_80, printed_at=datetime(2026, 3, 8, 11, 0))
    shown = texts(document)
    for detail_of_shop in (SHOP.name, SHOP.address, SHOP.phone, SHOP.tax_number):
        assert detail_of_shop in shown
    assert SHOP.receipt_footer in shown
    lines = [block for block in document.blocks if isinstance(block, ItemLine)]
    assert [(line.name, line.quantity, line.amount) for line in lines] == [
        ("Прага", 1, plain_money(Decimal("2400.00"))),
        ("Медовик & Co", 1, plain_money(Decimal("1250.50"))),
    ]
    assert "Inscription: «С днём рождения! 🎂»" in lines[0].notes
    money = pairs(document)
    assert money["Subtotal"] == plain_money(Decimal("3650.50"))
    assert money["Discount"] == plain_money(Decimal("-365.05")) + " (10 %)"  # roubles and share
    assert money["Total"] == plain_money(Decimal("3285.45"))
    assert money["Paid"] == plain_money(Decimal("1000.00"))
    assert money["Balance due"] == plain_money(Decimal("2285.45"))
    assert money["Paid by"] == "cash"
    assert money["Pickup"] == "09.03.2026 12:00"
    assert Barcode("000042") in document.blocks  # scanned at pickup


def test_an_order_without_discount_prints_no_discount_line():
    document = receipt(detail(discount=Decimal("0"), total=Decimal("3650.50")), SHOP)
    assert "Discount" not in pairs(document)


def test_money_and_dates_are_written_as_the_labels_say():
    labels = ReceiptLabels(
        money=lambda amount: f"{amount:.2f} руб.".replace(".", ","),
        date_time=lambda value: value.strftime("%d/%m %H.%M") if value else "",
    )
    money = pairs(receipt(detail(), SHOP, labels=labels))
    assert money["Total"] == "3285,45 руб,"
    assert money["Pickup"] == "09/03 12.00"


def test_a_shop_without_details_still_has_a_name():
    assert "Cakeshop" in texts(receipt(detail(), ShopDetails()))


def test_a4_is_an_invoice_with_a_table_of_lines():
    html = document_html(receipt(detail(), SHOP, Paper.A4))
    assert "Invoice № 000042" in html
    assert "<th>Cake</th>" in html and ">Qty</th>" in html
    assert 'src="barcode:000042"' in html


def test_html_escapes_whatever_was_typed():
    html = document_html(receipt(detail(), SHOP, Paper.ROLL_58))
    assert "Анна &lt;b&gt;" in html
    assert "Медовик &amp; Co" in html
    assert "<b>\n" not in html


def test_the_ticket_shows_the_number_big_its_barcode_and_the_balance():
    document = ticket(detail(), SHOP)
    shown = texts(document)
    assert "№ 000042" in shown and Barcode("000042") in document.blocks
    assert "made to order" in shown and "Позвонить" in shown
    assert pairs(document)["Balance due"] == plain_money(Decimal("2285.45"))


def test_paid_in_full_ticket_says_paid():
    document = ticket(detail(paid_amount=Decimal("3285.45"), notes=""), SHOP)
    assert "Balance due" not in pairs(document)
    assert pairs(document)["Paid"] == plain_money(Decimal("3285.45"))


def test_labels_translate_every_word():
    labels = ReceiptLabels(receipt_title="Чек", total="Итого", thanks="Спасибо!")
    html = document_html(receipt(detail(), ShopDetails(name="Тортики"), labels=labels))
    assert "Чек" in html and "Итого" in html and "Спасибо!" in html
    assert "Receipt" not in html


def test_till_roll_lines_fit_the_paper():
    assert pair_lines("Total", "3 285,45 ₽", 32) == ["Total" + " " * 14 + "3 285,45 руб."]
    long = pair_lines("Торт «Наполеон» с клубникой и кремом", "12 990,00 ₽", 32)
    assert all(len(line) <= 32 for line in long)
    assert long[-1].endswith("12 990,00 руб.")
    assert all(len(line) <= 32 for line in wrap("а" * 100, 32))


@pytest.mark.parametrize("width", ["58", "80"])
def test_escpos_bytes_hold_the_shop_the_number_and_the_cut(width):
    spec = parse_printer_url(f"escpos+file:///dev/null?width={width}")
    data = escpos_bytes(receipt(detail(), SHOP, spec.paper), spec)
    assert "Кондитерская".encode("cp866") in data  # Cyrillic in the printer's code page
    assert b"{B000042" in data  # the order number as a Code 128 barcode
    assert data.rstrip(b"\x00").endswith(b"\x1dV")  # and the paper is cut
    text = data.decode("cp866", "replace")
    assert max(len(line) for line in text.splitlines() if "---" in line) >= int(spec.line_columns)
