"""The customer receipt and the order ticket as HTML built from an order; no Qt here.

The GUI renders the HTML with QTextDocument (preview, printer or PDF). Words come in a
`ReceiptLabels` so the GUI can pass them through its translations; the defaults are English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from html import escape

from cakeshop_desktop.core.domain import (
    OrderDetailDTO,
    OrderItemDTO,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
)
from cakeshop_desktop.core.pricing import round_money

DEFAULT_SHOP_NAME = "Cakeshop"
CURRENCY = "₽"
NBSP = "\u00a0"
DATE_TIME_FORMAT = "%d.%m.%Y %H:%M"


def _english_statuses() -> dict[OrderStatus, str]:
    return {
        OrderStatus.NEW: "New",
        OrderStatus.CONFIRMED: "Confirmed",
        OrderStatus.IN_PRODUCTION: "In production",
        OrderStatus.READY: "Ready",
        OrderStatus.COMPLETED: "Handed out",
        OrderStatus.CANCELLED: "Cancelled",
    }


def _english_methods() -> dict[PaymentMethod, str]:
    return {
        PaymentMethod.CASH: "cash",
        PaymentMethod.CARD: "card",
        PaymentMethod.TRANSFER: "transfer",
    }


def _english_kinds() -> dict[PaymentKind, str]:
    return {
        PaymentKind.FULL: "Payment",
        PaymentKind.DEPOSIT: "Deposit",
        PaymentKind.BALANCE: "Balance",
        PaymentKind.REFUND: "Refund",
    }


@dataclass(frozen=True, slots=True)
class ReceiptLabels:
    """Every word printed on a receipt or a ticket."""

    receipt_title: str = "Receipt"
    ticket_title: str = "Order ticket"
    order: str = "Order"
    created: str = "Date"
    customer: str = "Customer"
    phone: str = "Phone"
    pickup: str = "Pickup"
    status: str = "Status"
    cake: str = "Cake"
    quantity: str = "Qty"
    price: str = "Price"
    amount: str = "Amount"
    inscription: str = "Inscription"
    notes: str = "Notes"
    subtotal: str = "Subtotal"
    discount: str = "Discount"
    total: str = "Total"
    paid: str = "Paid"
    balance: str = "Balance due"
    payments: str = "Payments"
    made_to_order: str = "made to order"
    thanks: str = "Thank you for your order!"
    printed: str = "Printed"
    statuses: dict[OrderStatus, str] = field(default_factory=_english_statuses)
    methods: dict[PaymentMethod, str] = field(default_factory=_english_methods)
    kinds: dict[PaymentKind, str] = field(default_factory=_english_kinds)


def plain_money(amount: Decimal) -> str:
    """'1 250.50 ₽': thin groups of three, two kopeck digits, no locale and no float."""
    value = round_money(amount)
    sign = "-" if value < 0 else ""
    whole, _, kopecks = f"{abs(value):.2f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{NBSP.join(groups)}.{kopecks}{NBSP}{CURRENCY}"


def _when(value: datetime | None) -> str:
    return value.strftime(DATE_TIME_FORMAT) if value is not None else "—"


def _text(value: str) -> str:
    """Escaped text with its line breaks kept."""
    return escape(value).replace("\n", "<br/>")


_STYLE = """
<style>
  body { font-family: sans-serif; font-size: 10pt; }
  h1 { font-size: 14pt; margin: 0; }
  h2 { font-size: 12pt; margin-top: 10px; margin-bottom: 2px; }
  .shop { font-size: 13pt; font-weight: bold; }
  .big { font-size: 22pt; font-weight: bold; }
  .muted { color: #555555; }
  .num { text-align: right; white-space: nowrap; padding-left: 10px; }
  .inscription { font-style: italic; }
  th { text-align: left; border-bottom: 1px solid #000000; }
  td.total { font-weight: bold; border-top: 1px solid #000000; }
</style>
"""


def _header_rows(detail: OrderDetailDTO, labels: ReceiptLabels, *, with_status: bool) -> str:
    order = detail.order
    rows = [
        (labels.order, f"<b>№&nbsp;{escape(order.number)}</b>"),
        (labels.created, _when(order.created_at)),
        (labels.customer, escape(order.customer_name) or "—"),
    ]
    if order.customer_phone:
        rows.append((labels.phone, escape(order.customer_phone)))
    if order.due_at is not None:
        rows.append((labels.pickup, f"<b>{_when(order.due_at)}</b>"))
    if with_status:
        rows.append((labels.status, escape(labels.statuses[order.status])))
    cells = "".join(
        f'<tr><td class="muted">{escape(name)}:&nbsp;</td><td>{value}</td></tr>'
        for name, value in rows
    )
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


def _item_extras(item: OrderItemDTO, labels: ReceiptLabels) -> str:
    extras = []
    if item.inscription:
        extras.append(
            f'<br/><span class="inscription">{escape(labels.inscription)}: '
            f"«{_text(item.inscription)}»</span>"
        )
    if item.notes:
        extras.append(
            f'<br/><span class="muted">{escape(labels.notes)}: {_text(item.notes)}</span>'
        )
    return "".join(extras)


def _totals_rows(detail: OrderDetailDTO, labels: ReceiptLabels) -> str:
    order = detail.order
    rows = [(labels.subtotal, plain_money(order.subtotal), "")]
    if order.discount > 0:
        rows.append((labels.discount, plain_money(-order.discount), ""))
    rows.append((labels.total, plain_money(order.total), "total"))
    rows.append((labels.paid, plain_money(order.paid_amount), ""))
    rows.append((labels.balance, plain_money(order.balance), "total"))
    return "".join(
        f'<tr><td colspan="3" class="{css}">{escape(name)}</td>'
        f'<td class="num {css}">{value}</td></tr>'
        for name, value, css in rows
    )


def receipt_html(
    detail: OrderDetailDTO,
    shop_name: str = DEFAULT_SHOP_NAME,
    labels: ReceiptLabels | None = None,
    printed_at: datetime | None = None,
) -> str:
    """The customer's receipt: items with prices, totals, payments taken and the balance."""
    labels = labels or ReceiptLabels()
    items = "".join(
        f"<tr><td>{escape(item.cake_name)}{_item_extras(item, labels)}</td>"
        f'<td class="num">{item.quantity}</td>'
        f'<td class="num">{plain_money(item.unit_price)}</td>'
        f'<td class="num">{plain_money(item.line_total)}</td></tr>'
        for item in detail.items
    )
    payments = ""
    if detail.payments:
        lines = "".join(
            f"<tr><td>{_when(p.taken_at)}</td>"
            f"<td>{escape(labels.kinds[p.kind])}, {escape(labels.methods[p.method])}</td>"
            f'<td class="num">{plain_money(p.amount)}</td></tr>'
            for p in detail.payments
        )
        payments = (
            f"<h2>{escape(labels.payments)}</h2>"
            f'<table width="100%" cellspacing="0" cellpadding="2">{lines}</table>'
        )
    printed = printed_at or datetime.now()
    return (
        f"<html><head><meta charset='utf-8'/>{_STYLE}</head><body>"
        f'<p class="shop">{escape(shop_name)}</p>'
        f"<h1>{escape(labels.receipt_title)}</h1>"
        f"{_header_rows(detail, labels, with_status=True)}"
        f'<table width="100%" cellspacing="0" cellpadding="3">'
        f"<tr><th>{escape(labels.cake)}</th><th class='num'>{escape(labels.quantity)}</th>"
        f"<th class='num'>{escape(labels.price)}</th>"
        f"<th class='num'>{escape(labels.amount)}</th></tr>"
        f"{items}{_totals_rows(detail, labels)}</table>"
        f"{payments}"
        f"<p>{escape(labels.thanks)}</p>"
        f'<p class="muted">{escape(labels.printed)}: {_when(printed)}</p>'
        "</body></html>"
    )


def ticket_html(
    detail: OrderDetailDTO,
    shop_name: str = DEFAULT_SHOP_NAME,
    labels: ReceiptLabels | None = None,
) -> str:
    """The ticket that travels with the order: big number, pickup time, cakes and inscriptions."""
    labels = labels or ReceiptLabels()
    order = detail.order
    baked = f' <span class="muted">({escape(labels.made_to_order)})</span>'
    items = "".join(
        f'<tr><td class="num" width="10%"><b>{item.quantity}&nbsp;×</b></td>'
        f"<td><b>{escape(item.cake_name)}</b>{baked if item.made_to_order else ''}"
        f"{_item_extras(item, labels)}</td></tr>"
        for item in detail.items
    )
    balance = (
        f"<p><b>{escape(labels.balance)}: {plain_money(order.balance)}</b></p>"
        if order.balance > 0
        else f"<p>{escape(labels.paid)}: {plain_money(order.paid_amount)}</p>"
    )
    notes = f"<p>{escape(labels.notes)}: {_text(order.notes)}</p>" if order.notes else ""
    return (
        f"<html><head><meta charset='utf-8'/>{_STYLE}</head><body>"
        f'<p class="shop">{escape(shop_name)} — {escape(labels.ticket_title)}</p>'
        f'<p class="big">№&nbsp;{escape(order.number)}</p>'
        f"{_header_rows(detail, labels, with_status=False)}"
        f'<table width="100%" cellspacing="0" cellpadding="4">{items}</table>'
        f"{notes}"
        f"<p>{escape(labels.total)}: {plain_money(order.total)}</p>"
        f"{balance}"
        "</body></html>"
    )
