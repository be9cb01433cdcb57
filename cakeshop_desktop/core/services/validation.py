"""Checks of free-form input shared by the services; each failure is an InvalidInput."""

from __future__ import annotations

import re
from datetime import datetime

from cakeshop_desktop.core.domain import InvalidInput

MAX_QUANTITY = 999
USERNAME_RE = re.compile(r"^[A-Za-z0-9._-]{3,64}$")
PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{5,32}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def quantity(value: object, what: str = "Quantity") -> int:
    """A whole number of cakes from 1 to MAX_QUANTITY."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{what} must be a whole number")
    if value < 1:
        raise InvalidInput(f"{what} must be at least 1")
    if value > MAX_QUANTITY:
        raise InvalidInput(f"{what} cannot be more than {MAX_QUANTITY}")
    return value


def identifier(value: object, what: str) -> int:
    """A database id given by a caller."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1 or value > 2**62:
        raise InvalidInput(f"Unknown {what}")
    return value


def text(value: object, what: str, max_length: int, *, required: bool = False) -> str:
    """Trimmed text no longer than the column that keeps it."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text")
    value = value.strip()
    if "\x00" in value:
        raise InvalidInput(f"{what} contains a control character")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no database could store it
            raise InvalidInput(f"{what} contains a broken character") from None
    if required and not value:
        raise InvalidInput(f"{what} is required")
    if len(value) > max_length:
        raise InvalidInput(f"{what} is too long (at most {max_length} characters)")
    return value


def username(value: object) -> str:
    name = text(value, "Login", 64, required=True)
    if not USERNAME_RE.match(name):
        raise InvalidInput("A login is 3 to 64 Latin letters, digits, dots, dashes or underscores")
    return name


def phone(value: object, *, required: bool = False) -> str:
    number = text(value, "Phone", 32, required=required)
    if number and (not PHONE_RE.match(number) or sum(c.isdigit() for c in number) < 5):
        raise InvalidInput(f"Not a phone number: {number[:40]!r}")
    return number


def email(value: object) -> str:
    address = text(value, "E-mail", 254)
    if address and not EMAIL_RE.match(address):
        raise InvalidInput(f"Not an e-mail address: {address[:40]!r}")
    return address


def password(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput("A password must be text")
    if len(value) < 6:
        raise InvalidInput("A password needs at least 6 characters")
    if len(value) > 128:
        raise InvalidInput("A password can have at most 128 characters")
    if "\x00" in value:
        raise InvalidInput("A password cannot contain a control character")
    return value


def moment(value: object, what: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise InvalidInput(f"{what} must be a date and time")
    if not 2000 <= value.year <= 2999:
        raise InvalidInput(f"{what} is out of range")
    return value.replace(tzinfo=None)
