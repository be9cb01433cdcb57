"""The receipt and ticket HTML built from an order, without Qt."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from cakeshop_desktop.core.domain import (
    OrderDetailDTO,
    OrderDTO,
    OrderItemDTO,
    OrderStatus,
    PaymentDTO,
    PaymentKind,
    PaymentMethod,
)
from cakeshop_desktop.core.receipts import ReceiptLabels, plain_money, receipt_html, ticket_html

NBSP = "\u00a0"


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


def test_receipt_has_the_order_items_totals_and_balance():
    html = receipt_html(detail(), "Тортики", printed_at=datetime(2026, 3, 8, 11, 0))
    assert "Тортики" in html
    assert "000042" in html
    assert "Прага" in html and "С днём рождения! 🎂" in html
    assert "09.03.2026 12:00" in html  # pickup
    assert plain_money(Decimal("3285.45")) in html  # total
    assert plain_money(Decimal("-365.05")) in html  # discount
    assert plain_money(Decimal("2285.45")) in html  # balance
    assert "Deposit, cash" in html


def test_receipt_escapes_whatever_was_typed():
    html = receipt_html(detail())
    assert "Анна &lt;b&gt;" in html
    assert "Медовик &amp; Co" in html
    assert "<b>\n" not in html


def test_ticket_shows_the_number_big_and_the_balance_to_collect():
    html = ticket_html(detail())
    assert 'class="big">№&nbsp;000042' in html
    assert "made to order" in html
    assert "Balance due" in html and plain_money(Decimal("2285.45")) in html
    assert "Позвонить" in html


def test_paid_in_full_ticket_says_paid():
    paid = detail(paid_amount=Decimal("3285.45"), notes="")
    html = ticket_html(paid)
    assert "Balance due" not in html
    assert "Paid" in html


def test_labels_translate_every_word():
    labels = ReceiptLabels(receipt_title="Чек", total="Итого", thanks="Спасибо!")
    html = receipt_html(detail(), labels=labels)
    assert "Чек" in html and "Итого" in html and "Спасибо!" in html
    assert "Receipt" not in html
