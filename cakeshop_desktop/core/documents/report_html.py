"""The shift (Z) report and the sales report as printable HTML; no Qt here.

The GUI renders it with QTextDocument (preview, printer, PDF) and passes its words in
through a `ReportLabels` so they follow the user's language; the defaults are English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from html import escape

from cakeshop_desktop.core.documents.receipts import (
    DATE_TIME_FORMAT,
    DEFAULT_SHOP_NAME,
    plain_money,
)
from cakeshop_desktop.core.domain import PaymentKind, PaymentMethod
from cakeshop_desktop.core.reasons import readable
from cakeshop_desktop.core.types.reports import (
    REVENUE_DEFINITION,
    CakeSales,
    ReportGrain,
    SalesReport,
    ShiftReport,
)

DATE_FORMAT = "%d.%m.%Y"


def _methods() -> dict[PaymentMethod, str]:
    return {
        PaymentMethod.CASH: "Cash",
        PaymentMethod.CARD: "Card",
        PaymentMethod.TRANSFER: "Transfer",
    }


def _kinds() -> dict[PaymentKind, str]:
    return {
        PaymentKind.FULL: "Full payment",
        PaymentKind.DEPOSIT: "Deposit",
        PaymentKind.BALANCE: "Balance",
        PaymentKind.REFUND: "Refund",
    }


def _weekdays() -> tuple[str, ...]:
    return ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class ReportLabels:
    """Every word printed on a shift report or a sales report."""

    shift_title: str = "Shift report (Z report)"
    sales_title: str = "Sales report"
    cashier: str = "Cashier"
    day: str = "Day"
    period: str = "Period"
    orders_created: str = "Orders created"
    orders_total: str = "Their total (not cancelled)"
    of_them_cancelled: str = "Of them cancelled"
    payments: str = "Payments"
    method: str = "Method"
    kind: str = "Kind"
    count: str = "Count"
    amount: str = "Amount"
    by_method: str = "By payment method"
    taken: str = "Taken"
    refunded: str = "Refunded"
    net: str = "Net"
    full_payments: str = "Paid in full"
    deposits_taken: str = "Deposits taken"
    balances_collected: str = "Balances collected"
    refunds: str = "Refunds"
    taken_total: str = "Total taken"
    drawer_cash: str = "Cash in the drawer"
    refunded_of_order: str = "Given back"
    cancellations: str = "Cancellations"
    order: str = "Order"
    total: str = "Total"
    paid: str = "Paid"
    reason: str = "Reason"
    time: str = "Time"
    no_reason: str = "(no reason given)"
    # a stored reason ("@cancelled_by_customer" or what a person typed) in the reader's words
    describe_reason: Callable[[str], str] = field(default=lambda text: str(readable(text)))
    other_reasons: str = "(other reasons)"
    nothing: str = "Nothing"
    revenue: str = "Revenue"
    orders: str = "Orders"
    average_check: str = "Average check"
    items_sold: str = "Cakes sold"
    cancelled_orders: str = "Cancelled orders"
    revenue_chart: str = "Revenue by {grain}"
    grains: dict[ReportGrain, str] = field(
        default_factory=lambda: {
            ReportGrain.DAY: "day",
            ReportGrain.WEEK: "week",
            ReportGrain.MONTH: "month",
        }
    )
    top_by_revenue: str = "Top cakes by revenue"
    top_by_quantity: str = "Top cakes by quantity"
    cake: str = "Cake"
    category: str = "Category"
    quantity: str = "Qty"
    categories: str = "Revenue by category"
    no_category: str = "(no category)"
    deleted_cake: str = "(deleted cake)"
    hours: str = "Orders by hour of the day"
    hour: str = "Hour"
    weekdays_title: str = "Orders by day of the week"
    weekday: str = "Day"
    weekdays: tuple[str, ...] = field(default_factory=_weekdays)
    kinds_title: str = "Made to order and showcase"
    made_to_order: str = "Made to order"
    showcase: str = "Showcase"
    definition: str = REVENUE_DEFINITION
    printed: str = "Printed"
    methods: dict[PaymentMethod, str] = field(default_factory=_methods)
    payment_kinds: dict[PaymentKind, str] = field(default_factory=_kinds)


_STYLE = """
<style>
  body { font-family: sans-serif; font-size: 9pt; }
  h1 { font-size: 14pt; margin: 0 0 4px 0; }
  h2 { font-size: 11pt; margin: 10px 0 2px 0; }
  .shop { font-size: 12pt; font-weight: bold; }
  .muted { color: #555555; }
  .num { text-align: right; white-space: nowrap; }
  th { text-align: left; border-bottom: 1px solid #000000; background: #eeeeee; }
  td.total { font-weight: bold; border-top: 1px solid #000000; }
</style>
"""


def _table(
    headers: list[str], rows: list[list[str]], numeric: tuple[int, ...] | None = None
) -> str:
    """A ruled table; the `numeric` columns (all but the first by default) align right."""
    right = set(range(1, len(headers))) if numeric is None else set(numeric)

    def cell(tag: str, index: int, value: str) -> str:
        css = ' class="num"' if index in right else ""
        return f"<{tag}{css}>{value}</{tag}>"

    head = "".join(cell("th", i, escape(h)) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, value) for i, value in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table width="100%" cellspacing="0" cellpadding="3"><tr>{head}</tr>{body}</table>'


def _pairs(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td class="muted">{escape(name)}:&nbsp;</td><td class="num"><b>{value}</b></td></tr>'
        for name, value in rows
    )
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


def _period(date_from: date, date_to: date) -> str:
    if date_from == date_to:
        return date_from.strftime(DATE_FORMAT)
    return f"{date_from.strftime(DATE_FORMAT)} – {date_to.strftime(DATE_FORMAT)}"


def _page(title: str, shop_name: str, body: str, labels: ReportLabels, printed: datetime) -> str:
    return (
        f"<html><head><meta charset='utf-8'/>{_STYLE}</head><body>"
        f'<p class="shop">{escape(shop_name)}</p><h1>{escape(title)}</h1>{body}'
        f'<p class="muted">{escape(labels.printed)}: {printed.strftime(DATE_TIME_FORMAT)}</p>'
        "</body></html>"
    )


def shift_report_html(
    report: ShiftReport,
    labels: ReportLabels | None = None,
    shop_name: str = DEFAULT_SHOP_NAME,
    printed_at: datetime | None = None,
) -> str:
    """The Z report of one cashier's day."""
    labels = labels or ReportLabels()
    parts = [
        _pairs(
            [
                (labels.cashier, escape(report.cashier_name)),
                (labels.day, report.day.strftime(DATE_FORMAT)),
                (labels.orders_created, str(report.orders_created)),
                (labels.orders_total, plain_money(report.orders_total)),
                (labels.of_them_cancelled, str(report.orders_cancelled_of_created)),
            ]
        ),
        f"<h2>{escape(labels.by_method)}</h2>",
        _table(
            [labels.method, labels.taken, labels.refunded, labels.net],
            [
                [
                    escape(labels.methods[m.method]),
                    plain_money(m.taken),
                    plain_money(m.refunded),
                    f"<b>{plain_money(m.net)}</b>",
                ]
                for m in report.by_method
            ],
        ),
        f"<h2>{escape(labels.payments)}</h2>",
        _table(
            [labels.method, labels.kind, labels.count, labels.amount],
            [
                [
                    escape(labels.methods[p.method]),
                    escape(labels.payment_kinds[p.kind]),
                    str(p.count),
                    plain_money(p.amount),
                ]
                for p in report.payments
            ]
            or [[escape(labels.nothing), "", "", ""]],
            numeric=(2, 3),
        ),
        "<br/>",
        _pairs(
            [
                (labels.full_payments, plain_money(report.full_payments)),
                (
                    labels.deposits_taken,
                    f"{plain_money(report.deposits_taken)} ({report.deposits_count})",
                ),
                (
                    labels.balances_collected,
                    f"{plain_money(report.balances_collected)} ({report.balances_count})",
                ),
                (labels.refunds, plain_money(report.refunds)),
                (labels.taken_total, plain_money(report.taken_total)),
                (labels.drawer_cash, f"<b>{plain_money(report.drawer_cash)}</b>"),
            ]
        ),
        f"<h2>{escape(labels.cancellations)}</h2>",
        _table(
            [
                labels.time,
                labels.order,
                labels.total,
                labels.paid,
                labels.refunded_of_order,
                labels.reason,
            ],
            [
                [
                    c.cancelled_at.strftime("%H:%M"),
                    f"№&nbsp;{escape(c.number)}",
                    plain_money(c.total),
                    plain_money(c.paid_amount),
                    plain_money(c.refunded),
                    escape(labels.describe_reason(c.reason)) or escape(labels.no_reason),
                ]
                for c in report.cancellations
            ]
            or [[escape(labels.nothing), "", "", "", "", ""]],
            numeric=(2, 3, 4),
        ),
    ]
    return _page(
        labels.shift_title, shop_name, "".join(parts), labels, printed_at or datetime.now()
    )


def _cake_rows(cakes: tuple[CakeSales, ...], labels: ReportLabels) -> list[list[str]]:
    return [
        [
            str(rank),
            escape(cake.name or labels.deleted_cake),
            escape(cake.category or labels.no_category),
            str(cake.quantity),
            plain_money(cake.revenue),
        ]
        for rank, cake in enumerate(cakes, start=1)
    ]


def _share(part: Decimal, whole: Decimal) -> str:
    if whole <= 0:
        return "—"
    return f"{(part * 100 / whole).quantize(Decimal('0.1'))} %"


def sales_report_html(
    report: SalesReport,
    labels: ReportLabels | None = None,
    shop_name: str = DEFAULT_SHOP_NAME,
    chart_src: str | None = None,
    printed_at: datetime | None = None,
    chart_width: int = 640,
) -> str:
    """The whole sales report; `chart_src` names the revenue chart image, if there is one,
    shown `chart_width` pixels wide (the page's text width, or the chart is cut off)."""
    labels = labels or ReportLabels()
    cake_headers = ["#", labels.cake, labels.category, labels.quantity, labels.revenue]
    parts = [
        _pairs(
            [
                (labels.period, _period(report.date_from, report.date_to)),
                (labels.revenue, plain_money(report.revenue)),
                (labels.orders, str(report.orders)),
                (labels.average_check, plain_money(report.average_check)),
                (labels.items_sold, str(report.items_sold)),
                (
                    labels.cancelled_orders,
                    f"{report.cancelled_orders} ({plain_money(report.cancelled_amount)})",
                ),
            ]
        ),
        f'<p class="muted">{escape(labels.definition)}</p>',
        f"<h2>{escape(labels.revenue_chart.format(grain=labels.grains[report.grain]))}</h2>",
    ]
    if chart_src:
        parts.append(f'<p><img src="{escape(chart_src)}" width="{int(chart_width)}"/></p>')
    parts.append(
        _table(
            [labels.period, labels.orders, labels.revenue],
            [
                [_period(p.start, p.end), str(p.orders), plain_money(p.revenue)]
                for p in report.revenue_series
            ],
        )
    )
    parts += [
        f"<h2>{escape(labels.top_by_revenue)}</h2>",
        _table(cake_headers, _cake_rows(report.top_by_revenue, labels), numeric=(3, 4)),
        f"<h2>{escape(labels.top_by_quantity)}</h2>",
        _table(cake_headers, _cake_rows(report.top_by_quantity, labels), numeric=(3, 4)),
        f"<h2>{escape(labels.categories)}</h2>",
        _table(
            [labels.category, labels.quantity, labels.revenue, "%"],
            [
                [
                    escape(c.name or labels.no_category),
                    str(c.quantity),
                    plain_money(c.revenue),
                    _share(c.revenue, sum((x.revenue for x in report.categories), Decimal(0))),
                ]
                for c in report.categories
            ],
        ),
        f"<h2>{escape(labels.kinds_title)}</h2>",
        _table(
            ["", labels.quantity, labels.revenue],
            [
                [
                    escape(labels.made_to_order),
                    str(report.made_to_order.quantity),
                    plain_money(report.made_to_order.revenue),
                ],
                [
                    escape(labels.showcase),
                    str(report.showcase.quantity),
                    plain_money(report.showcase.revenue),
                ],
            ],
        ),
        f"<h2>{escape(labels.hours)}</h2>",
        _table(
            [labels.hour, labels.orders, labels.revenue],
            [
                [f"{s.slot:02d}:00", str(s.orders), plain_money(s.revenue)]
                for s in report.by_hour
                if s.orders
            ],
        ),
        f"<h2>{escape(labels.weekdays_title)}</h2>",
        _table(
            [labels.weekday, labels.orders, labels.revenue],
            [
                [escape(labels.weekdays[s.slot]), str(s.orders), plain_money(s.revenue)]
                for s in report.by_weekday
            ],
        ),
        f"<h2>{escape(labels.cancellations)}</h2>",
        _table(
            [labels.reason, labels.orders, labels.amount],
            [
                [
                    escape(
                        labels.other_reasons
                        if r.reason is None
                        else labels.describe_reason(r.reason) or labels.no_reason
                    ),
                    str(r.orders),
                    plain_money(r.amount),
                ]
                for r in report.cancellation_reasons
            ]
            or [[escape(labels.nothing), "", ""]],
        ),
    ]
    return _page(
        labels.sales_title, shop_name, "".join(parts), labels, printed_at or report.generated_at
    )
