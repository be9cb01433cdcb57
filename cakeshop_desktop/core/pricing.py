"""Money arithmetic in Decimal roubles, rounded half-up to kopecks; never float."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from cakeshop_desktop.core.domain import InvalidInput, PaymentRefused
from cakeshop_desktop.core.messages import tr_noop

KOPECK = Decimal("0.01")
MAX_MONEY = Decimal("9999999999.99")  # what Numeric(12, 2) can hold
MAX_DISCOUNT_PERCENT = Decimal("100")
DEFAULT_MIN_DEPOSIT_PERCENT = 30  # a deposit is at least 30 % of the order unless the shop says
# What a number typed at the till looks like once spaces are gone: ASCII digits, one decimal
# point or comma. No exponent, no "1_000", no Arabic-Indic or full-width digits.
TYPED_NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def to_money(value: object, what: str = tr_noop("Amount")) -> Decimal:
    """Parse a money value (Decimal, int or text like '1 250,50'); refuse anything else."""
    amount = parse_decimal(value, what)
    # Both checks before rounding: quantize() of a huge number raises, and -0.004 is negative.
    if amount < 0:
        raise InvalidInput(tr_noop("{0} cannot be negative"), what)
    if amount > MAX_MONEY:
        raise InvalidInput(tr_noop("{0} is too large"), what)
    check_places(amount, 2, what)
    return round_money(amount).copy_abs()  # "-0" typed at the till is 0.00, not -0.00


def check_places(amount: Decimal, places: int, what: str) -> None:
    """Refuse digits below the last kept place: 300.12345 is a typo, not 300.12."""
    if amount != amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):
        raise InvalidInput(
            tr_noop("{0} has more than {1} digits after the decimal point"), what, places
        )


def parse_decimal(value: object, what: str) -> Decimal:
    """An exact finite number from a Decimal, an int or text like '1 250,50'; never a float."""
    if isinstance(value, bool | float):
        raise InvalidInput(tr_noop("{0} must be given as an exact number, not {1!r}"), what, value)
    if not isinstance(value, Decimal | int | str):
        raise InvalidInput(tr_noop("{0} is not a number: {1!r}"), what, str(value)[:40])
    if isinstance(value, str):
        text = (
            value.strip()
            .replace("\u00a0", "")
            .replace("\u202f", "")
            .replace(" ", "")
            .replace(",", ".")
        )
        if len(text) > 30 or not TYPED_NUMBER_RE.fullmatch(text):
            raise InvalidInput(tr_noop("{0} is not a number: {1!r}"), what, value[:40])
        value = text
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise InvalidInput(tr_noop("{0} is not a number: {1!r}"), what, str(value)[:40]) from None
    if not amount.is_finite():
        raise InvalidInput(tr_noop("{0} is not a number: {1!r}"), what, str(value)[:40])
    return amount


def round_money(amount: Decimal | int | float | str | None) -> Decimal:
    """Round to kopecks half-up; also mends floats that SQLite hands back for SUM()."""
    if amount is None:
        return Decimal("0.00")
    if isinstance(amount, float):
        amount = Decimal(repr(amount))
    return Decimal(amount).quantize(KOPECK, rounding=ROUND_HALF_UP)


def line_total(unit_price: Decimal, quantity: int) -> Decimal:
    """Price of `quantity` cakes at `unit_price`."""
    return round_money(unit_price * quantity)


@dataclass(frozen=True, slots=True)
class Totals:
    """What an order costs."""

    subtotal: Decimal
    discount: Decimal
    total: Decimal


def order_totals(
    line_totals: Iterable[Decimal],
    discount_percent: Decimal,
    discount_amount: Decimal = Decimal("0"),
) -> Totals:
    """Subtotal, discount and total. The discount is a percentage of the subtotal (rounded
    half-up to kopecks) or an amount in roubles, never both at once."""
    if discount_percent < 0 or discount_percent > MAX_DISCOUNT_PERCENT:
        raise InvalidInput(tr_noop("A discount must be between 0 and 100 %"))
    if discount_amount < 0:
        raise InvalidInput(tr_noop("Discount cannot be negative"))
    if discount_percent > 0 and discount_amount > 0:
        raise InvalidInput(tr_noop("Give the discount in percent or in roubles, not both"))
    subtotal = round_money(sum(line_totals, Decimal("0")))
    if discount_amount > 0:
        discount = round_money(discount_amount)
        if discount > subtotal:
            raise InvalidInput(
                tr_noop("A discount of {0} is more than the order's {1}"), discount, subtotal
            )
    else:
        discount = round_money(subtotal * discount_percent / 100)
    return Totals(subtotal=subtotal, discount=discount, total=subtotal - discount)


def discount_share(discount: Decimal, subtotal: Decimal) -> Decimal:
    """The discount as a percentage of the subtotal, to one decimal (7.1 for 150 of 2100)."""
    if subtotal <= 0:
        return Decimal("0")
    return (discount * 100 / subtotal).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def minimum_deposit(total: Decimal, percent: int = DEFAULT_MIN_DEPOSIT_PERCENT) -> Decimal:
    """The smallest deposit that secures an order of `total` when the shop asks `percent` %."""
    return round_money(total * percent / 100)


def check_payment(
    total: Decimal, paid: Decimal, percent: int = DEFAULT_MIN_DEPOSIT_PERCENT
) -> None:
    """Refuse a payment that is neither the full amount nor a big enough deposit
    (`percent` is the shop's smallest deposit; 0 takes an order unpaid)."""
    if paid > total:
        raise PaymentRefused(tr_noop("Paid {0} is more than the order total {1}"), paid, total)
    smallest = minimum_deposit(total, percent)
    if paid < smallest:
        raise PaymentRefused(
            tr_noop("A deposit must be at least {0} ({1} % of {2})"), smallest, percent, total
        )
