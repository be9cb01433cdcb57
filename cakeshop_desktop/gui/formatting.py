"""Money and dates as the counter shows them, through QLocale; Decimal stays exact."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, QLocale

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.pricing import round_money

CURRENCY_SYMBOL = "₽"
C_LOCALE_DATE_TIME = "dd.MM.yyyy HH:mm"


def money(amount: Decimal, locale: QLocale | None = None) -> str:
    """'1 250,50 ₽' in Russian, '1,250.50 ₽' in English; grouping from the locale, no float."""
    locale = locale or QLocale()
    value = round_money(amount)
    sign = "-" if value < 0 else ""
    whole, _, kopecks = f"{abs(value):.2f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    grouped = locale.groupSeparator().join(groups)
    return f"{sign}{grouped}{locale.decimalPoint()}{kopecks}\u00a0{CURRENCY_SYMBOL}"


def date_time(value: datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        # The "C" locale of a bare server or CI box has no usable short format ("29 08 2026").
        return locale.toString(QDateTime(value), C_LOCALE_DATE_TIME)
    return locale.toString(QDateTime(value), QLocale.FormatType.ShortFormat)


def customer_text(customer: UserDTO) -> str:
    """A customer in a list: name (login · phone)."""
    details = " · ".join(v for v in (customer.username, customer.phone) if v)
    return f"{customer.full_name or customer.username} ({details})"


def discount(amount: Decimal, subtotal: Decimal) -> str:
    """'−150,00 ₽ (7,1 %)': the discount in roubles and as a share of the order."""
    from cakeshop_desktop.core.pricing import discount_share

    share = f"{discount_share(amount, subtotal):f}".removesuffix(".0")
    return f"{money(-amount)} ({share.replace('.', QLocale().decimalPoint())} %)"
