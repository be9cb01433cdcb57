"""Ingredient amounts: grams, millilitres and pieces as exact Decimals with three places."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import check_places, parse_decimal

THOUSANDTH = Decimal("0.001")
MAX_AMOUNT = Decimal("1000000")  # a tonne of flour in one entry is a typo, not a delivery


def round_quantity(value: Decimal | int | float | str | None) -> Decimal:
    """Three decimal places, half-up; mends the floats SQLite hands back for Numeric."""
    if value is None:
        return Decimal("0.000")
    if isinstance(value, float):
        value = Decimal(repr(value))
    return Decimal(value).quantize(THOUSANDTH, rounding=ROUND_HALF_UP)


def parse_quantity(
    value: object,
    what: str = tr_noop("Quantity"),
    *,
    signed: bool = False,
    allow_zero: bool = False,
    places: int = 3,
) -> Decimal:
    """An exact amount up to MAX_AMOUNT (down to -MAX_AMOUNT when signed); 0 only if allowed.

    Digits beyond `places` decimals are refused, not rounded away."""
    amount = parse_decimal(value, what)
    if abs(amount) > MAX_AMOUNT:
        raise InvalidInput(tr_noop("{0} cannot be more than {1:,} in one entry"), what, MAX_AMOUNT)
    if amount < 0 and not signed:
        raise InvalidInput(tr_noop("{0} cannot be negative"), what)
    check_places(amount, places, what)
    amount = amount.quantize(Decimal(1).scaleb(-places))
    if amount == 0 and not allow_zero:
        raise InvalidInput(tr_noop("{0} cannot be zero"), what)
    return amount.copy_abs() if amount == 0 else amount


def format_quantity(value: Decimal) -> str:
    """'250', '12.5', '0.125': no trailing zeros in messages."""
    text = f"{round_quantity(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
