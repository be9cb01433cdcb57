"""Phone numbers as the counter types them: stored in E.164, shown nationally, found by any end.

A number is parsed with `phonenumbers` in the shop's region (`shop.phone_region`, RU unless
set), so `8 900 123-45-67`, `+7 (900) 123 45 67` and `9001234567` are all stored as
`+79001234567`. A number that cannot be parsed is kept exactly as typed. Beside it every
order keeps its digits reversed (`customer_phone_key`), so both the beginning (an index
range on the E.164 column) and the ending (an index range on the reversed digits) of a
number are found without reading every order; digits from the middle of a number are
looked for only when no number begins or ends with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

DEFAULT_REGION = "RU"
MIN_ENDING_DIGITS = 4  # fewer trailing digits would match a good part of the shop
# a middle fragment is short; a longer run of digits that neither begins nor ends a number
# is a number the shop does not know, and is not worth reading every order for
MIN_FRAGMENT_DIGITS, MAX_FRAGMENT_DIGITS = 3, 7
KEY_LENGTH = 32
# Parsing costs ~0.1 ms a number (checkout parses the customer's twice: to store, to show),
# and a shop's counter meets the same numbers again and again: both pure parses are cached.
PARSED_NUMBERS_KEPT = 1024


def is_region(region: str) -> bool:
    """Whether `region` is a two-letter region `phonenumbers` has numbering rules for."""
    return region in phonenumbers.SUPPORTED_REGIONS


@lru_cache(maxsize=PARSED_NUMBERS_KEPT)
def normalised(typed: str, region: str = DEFAULT_REGION) -> str:
    """`typed` in E.164 when it is a possible number of `region` (or has its own +code), else as typed."""
    typed = (typed or "").strip()
    if not typed:
        return ""
    try:
        number = phonenumbers.parse(typed, region if is_region(region) else DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return typed
    if not phonenumbers.is_possible_number(number):
        return typed
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def digits_key(stored: str) -> str:
    """The number's digits reversed: its ending becomes an index prefix."""
    return "".join(c for c in reversed(stored or "") if c.isascii() and c.isdigit())[:KEY_LENGTH]


def stored_columns(typed: str, region: str = DEFAULT_REGION) -> tuple[str, str]:
    """What an order keeps of a typed phone: (E.164 or as typed, reversed digits)."""
    stored = normalised(typed, region)
    return stored, digits_key(stored)


@lru_cache(maxsize=PARSED_NUMBERS_KEPT)
def shown(stored: str) -> str:
    """A stored number in its country's national format (`8 (900) 123-45-67`); else as stored."""
    if not stored or not stored.startswith("+"):
        return stored or ""
    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return stored
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


@dataclass(frozen=True, slots=True)
class PhoneSearch:
    """What a typed phone fragment matches: E.164 beginnings and reversed-digit beginnings."""

    beginnings: tuple[str, ...] = ()  # prefixes of the stored (E.164) number
    endings: tuple[str, ...] = ()  # prefixes of the reversed digits
    # digits looked for anywhere in the number, only when no beginning or ending matches:
    # no index helps there, so it reads through the orders
    fragment: str = ""

    @property
    def empty(self) -> bool:
        return not self.beginnings and not self.endings


def phone_search(typed: str, region: str = DEFAULT_REGION) -> PhoneSearch:
    """The forms a cashier may mean by `typed`: the number's start in any form, or its last digits.

    `+7 900 12` and `8 900 12` and `900 12` are beginnings; `4567` is an ending (and a
    beginning of a number without its country code). A number kept as typed is found by
    its ending or by all of its digits. Digits from the middle (`123-45`) are looked for
    anywhere only when nothing begins or ends so.
    """
    typed = (typed or "").strip()
    digits = "".join(c for c in typed if c.isascii() and c.isdigit())
    if not digits:
        return PhoneSearch()
    if typed.startswith("+"):
        return PhoneSearch(beginnings=("+" + digits,))
    region = region if is_region(region) else DEFAULT_REGION
    code = str(phonenumbers.country_code_for_region(region))
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    national_prefix = (metadata.national_prefix if metadata else None) or ""
    # four digits or fewer are the last digits: as the start of a national number they
    # would match a thousandth of the shop and slow the answer for nothing
    beginnings = {"+" + code + digits} if len(digits) > MIN_ENDING_DIGITS else set()
    if (
        national_prefix
        and digits.startswith(national_prefix)
        and len(digits) > len(national_prefix)
    ):
        beginnings.add("+" + code + digits[len(national_prefix) :])
    if digits.startswith(code) and len(digits) > len(code):
        beginnings.add("+" + digits)
    endings = (digits[::-1],) if len(digits) >= MIN_ENDING_DIGITS else ()
    fragment = digits if MIN_FRAGMENT_DIGITS <= len(digits) <= MAX_FRAGMENT_DIGITS else ""
    return PhoneSearch(beginnings=tuple(sorted(beginnings)), endings=endings, fragment=fragment)
