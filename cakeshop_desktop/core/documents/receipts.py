"""The receipt (an invoice on A4) and the order ticket as paper documents; no Qt here.

A `PaperDocument` is a tuple of blocks: a heading, a line of text, a name with its value, an
order line, a rule, the order number as a barcode. Each printer renders it its own way:
`core.receipt_html` for Qt's printers and PDF files, `printers.escpos_output` for thermal
printers. The words, and how money and dates are written, come in `ReceiptLabels`, so the GUI
passes its translations and QLocale and the paper says everything exactly as the screen does.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from cakeshop_desktop.core.domain import (
    OrderDetailDTO,
    OrderItemDTO,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
)
from cakeshop_desktop.core.pricing import discount_share, round_money
from cakeshop_desktop.core.rules.printer_url import Paper
from cakeshop_desktop.core.services.shop import ShopDetails

DEFAULT_SHOP_NAME = "Cakeshop"
CURRENCY = "₽"
NBSP = "\u00a0"
DATE_TIME_FORMAT = "%d.%m.%Y %H:%M"


def plain_money(amount: Decimal) -> str:
    """'1 250.50 ₽': groups of three, two kopeck digits, no locale and no float."""
    value = round_money(amount)
    sign = "-" if value < 0 else ""
    whole, _, kopecks = f"{abs(value):.2f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{NBSP.join(groups)}.{kopecks}{NBSP}{CURRENCY}"


def plain_date_time(value: datetime | None) -> str:
    return value.strftime(DATE_TIME_FORMAT) if value is not None else "—"


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
    """Every word printed on a receipt or a ticket, and how money and dates are written."""

    receipt_title: str = "Receipt"
    invoice_title: str = "Invoice"
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
    method: str = "Paid by"
    payments: str = "Payments"
    made_to_order: str = "made to order"
    thanks: str = "Thank you for your order!"
    printed: str = "Printed"
    shop_phone: str = "Tel."
    tax_number: str = "Tax number"
    statuses: dict[OrderStatus, str] = field(default_factory=_english_statuses)
    methods: dict[PaymentMethod, str] = field(default_factory=_english_methods)
    kinds: dict[PaymentKind, str] = field(default_factory=_english_kinds)
    money: Callable[[Decimal], str] = plain_money
    decimal_point: str = "."
    date_time: Callable[[datetime | None], str] = plain_date_time


# ---------------------------------------------------------------- blocks


class Align(enum.Enum):
    LEFT = "left"
    CENTER = "center"


class HeadingSize(enum.Enum):
    SHOP = "shop"  # the shop's name
    TITLE = "title"  # "Receipt", "Order ticket"
    BIG = "big"  # the order number on a ticket, read across the counter


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    size: HeadingSize = HeadingSize.TITLE


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    align: Align = Align.LEFT
    bold: bool = False
    small: bool = False


@dataclass(frozen=True, slots=True)
class Pair:
    """A name on the left and its value on the right: "Total ..... 3 285,45 ₽"."""

    name: str
    value: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class ItemLine:
    """One line of the order: the cake, how many, at what price, for how much; its notes."""

    name: str
    quantity: int
    unit_price: str
    amount: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """A separating line."""


@dataclass(frozen=True, slots=True)
class Barcode:
    """The order number as a Code 128 barcode, with the digits under it."""

    data: str


Block = Heading | Text | Pair | ItemLine | Rule | Barcode


@dataclass(frozen=True, slots=True)
class PaperDocument:
    """A receipt or a ticket laid out for one paper; `name` names its PDF file, `headers`
    (cake, qty, price, amount) head a table of its order lines where there is room."""

    name: str
    paper: Paper
    blocks: tuple[Block, ...]
    headers: tuple[str, ...] = ()


# ---------------------------------------------------------------- builders


def _shop_blocks(shop: ShopDetails, labels: ReceiptLabels) -> list[Block]:
    blocks: list[Block] = [Heading(shop.name or DEFAULT_SHOP_NAME, HeadingSize.SHOP)]
    if shop.address:
        blocks.append(Text(shop.address, Align.CENTER, small=True))
    if shop.phone:
        blocks.append(Text(f"{labels.shop_phone} {shop.phone}", Align.CENTER, small=True))
    if shop.tax_number:
        blocks.append(Text(f"{labels.tax_number} {shop.tax_number}", Align.CENTER, small=True))
    return blocks


def _order_pairs(
    detail: OrderDetailDTO, labels: ReceiptLabels, *, with_status: bool
) -> list[Block]:
    order = detail.order
    blocks: list[Block] = [
        Pair(labels.created, labels.date_time(order.created_at)),
        Pair(labels.customer, order.customer_name or "—"),
    ]
    if order.customer_phone:
        blocks.append(Pair(labels.phone, order.customer_phone))
    if order.due_at is not None:
        blocks.append(Pair(labels.pickup, labels.date_time(order.due_at), bold=True))
    if with_status:
        blocks.append(Pair(labels.status, labels.statuses[order.status]))
    return blocks


def _item_notes(item: OrderItemDTO, labels: ReceiptLabels) -> tuple[str, ...]:
    notes = []
    if item.made_to_order:
        notes.append(f"({labels.made_to_order})")
    if item.inscription:
        notes.append(f"{labels.inscription}: «{item.inscription}»")
    if item.notes:
        notes.append(f"{labels.notes}: {item.notes}")
    return tuple(notes)


def _totals(detail: OrderDetailDTO, labels: ReceiptLabels) -> list[Block]:
    order = detail.order
    blocks: list[Block] = [Pair(labels.subtotal, labels.money(order.subtotal))]
    if order.discount > 0:
        share = discount_share(order.discount, order.subtotal)
        shown = f"{share:f}".removesuffix(".0").replace(".", labels.decimal_point)
        blocks.append(Pair(labels.discount, f"{labels.money(-order.discount)} ({shown} %)"))
    blocks.append(Pair(labels.total, labels.money(order.total), bold=True))
    blocks.append(Pair(labels.paid, labels.money(order.paid_amount)))
    if order.payment_method is not None:
        blocks.append(Pair(labels.method, labels.methods[order.payment_method]))
    blocks.append(Pair(labels.balance, labels.money(order.balance), bold=True))
    return blocks


def _payments(detail: OrderDetailDTO, labels: ReceiptLabels) -> list[Block]:
    if not detail.payments:
        return []
    blocks: list[Block] = [Text(labels.payments, bold=True)]
    for payment in detail.payments:
        what = f"{labels.kinds[payment.kind]}, {labels.methods[payment.method]}"
        blocks.append(Text(labels.date_time(payment.taken_at), small=True))
        blocks.append(Pair(what, labels.money(payment.amount)))
    return blocks


def _footer(shop: ShopDetails, labels: ReceiptLabels) -> list[Block]:
    return [
        Text(line, Align.CENTER) for line in (shop.receipt_footer or labels.thanks).splitlines()
    ]


def receipt(
    detail: OrderDetailDTO,
    shop: ShopDetails | None = None,
    paper: Paper = Paper.ROLL_80,
    labels: ReceiptLabels | None = None,
    printed_at: datetime | None = None,
) -> PaperDocument:
    """The customer's receipt (an invoice on A4): the shop, every line, the discount, what was
    paid and how, the balance, and the order number to scan at pickup."""
    shop = shop or ShopDetails()
    labels = labels or ReceiptLabels()
    order = detail.order
    title = labels.receipt_title if paper.is_roll else labels.invoice_title
    blocks = _shop_blocks(shop, labels)
    blocks += [Rule(), Heading(f"{title} № {order.number}")]
    blocks += _order_pairs(detail, labels, with_status=True)
    blocks.append(Rule())
    blocks += [
        ItemLine(
            item.cake_name,
            item.quantity,
            labels.money(item.unit_price),
            labels.money(item.line_total),
            _item_notes(item, labels),
        )
        for item in detail.items
    ]
    blocks.append(Rule())
    blocks += _totals(detail, labels)
    blocks += _payments(detail, labels)
    blocks += [Rule(), Barcode(order.number)]
    blocks += _footer(shop, labels)
    printed = printed_at or datetime.now()
    blocks.append(Text(f"{labels.printed}: {labels.date_time(printed)}", Align.CENTER, small=True))
    headers = (labels.cake, labels.quantity, labels.price, labels.amount)
    return PaperDocument(f"{title} {order.number}", paper, tuple(blocks), headers)


def ticket(
    detail: OrderDetailDTO,
    shop: ShopDetails | None = None,
    paper: Paper = Paper.ROLL_80,
    labels: ReceiptLabels | None = None,
) -> PaperDocument:
    """The ticket that travels with the order: its number big and as a barcode, the pickup
    time, the cakes with their inscriptions, and what is still to be paid."""
    shop = shop or ShopDetails()
    labels = labels or ReceiptLabels()
    order = detail.order
    blocks: list[Block] = [
        Heading(shop.name or DEFAULT_SHOP_NAME, HeadingSize.SHOP),
        Text(labels.ticket_title, Align.CENTER),
        Heading(f"№ {order.number}", HeadingSize.BIG),
        Barcode(order.number),
    ]
    blocks += _order_pairs(detail, labels, with_status=False)
    blocks.append(Rule())
    for item in detail.items:
        blocks.append(Text(f"{item.quantity} × {item.cake_name}", bold=True))
        blocks += [Text(note) for note in _item_notes(item, labels)]
    if order.notes:
        blocks.append(Text(f"{labels.notes}: {order.notes}"))
    blocks.append(Rule())
    blocks.append(Pair(labels.total, labels.money(order.total)))
    if order.balance > 0:
        blocks.append(Pair(labels.balance, labels.money(order.balance), bold=True))
    else:
        blocks.append(Pair(labels.paid, labels.money(order.paid_amount)))
    return PaperDocument(f"{labels.ticket_title} {order.number}", paper, tuple(blocks))
