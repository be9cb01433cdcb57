"""Checks of free-form input shared by the services; each failure is an InvalidInput."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.messages import tr_noop

E = TypeVar("E", bound=enum.Enum)

MAX_QUANTITY = 999
MAX_OFFSET = 10**9  # rows skipped by a page: deeper is no page, and 2**63 overflows the driver
USERNAME_RE = re.compile(r"^[A-Za-z0-9._-]{3,64}$")
PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{5,32}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Characters nobody means to type into a field: C0/C1 controls (ESC, BEL, NUL...), the
# invisible marks that reorder text on screen (U+202E shows "gpj.exe" as "exe.jpg") and
# line/paragraph separators. Notes and descriptions may hold line breaks and tabs.
_INVISIBLE = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 and C1 controls but tab and line breaks
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, isolates
    "\u2028\u2029"  # line and paragraph separators
)
INVISIBLE_RE = re.compile(f"[{_INVISIBLE}\t\n\r]")
INVISIBLE_IN_LINES_RE = re.compile(f"[{_INVISIBLE}]")


def quantity(value: object, what: str = tr_noop("Quantity")) -> int:
    """A whole number of cakes from 1 to MAX_QUANTITY."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(tr_noop("{0} must be a whole number"), what)
    if value < 1:
        raise InvalidInput(tr_noop("{0} must be at least 1"), what)
    if value > MAX_QUANTITY:
        raise InvalidInput(tr_noop("{0} cannot be more than {1}"), what, MAX_QUANTITY)
    return value


def whole(value: object, what: str, low: int, high: int) -> int:
    """A whole number from low to high (a page offset of 2**63 is no page)."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(
            tr_noop("The {0} must be a whole number from {1} to {2}"), what, low, high
        )
    return value


def page(offset: object, limit: object, most: int, what: str) -> tuple[int, int]:
    """A page's offset (0 to MAX_OFFSET) and size (1 to `most` of `what`)."""
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= MAX_OFFSET:
        raise InvalidInput(tr_noop("The page offset must be a whole number from 0"))
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= most:
        raise InvalidInput(tr_noop("A page holds 1 to {0} {1}"), most, what)
    return offset, limit


def choice(value: object, kind: type[E], what: str) -> E:
    """One of an enum's members, given as the member or its stored value."""
    if isinstance(value, kind):
        return value
    try:
        if isinstance(value, str | int) and not isinstance(value, bool):
            return kind(value)
    except ValueError:
        pass
    allowed = ", ".join(str(member.value) for member in kind)
    raise InvalidInput(tr_noop("Unknown {0} {1!r}: use one of {2}"), what, str(value)[:32], allowed)


def day(value: object, what: str) -> date:
    """A calendar day (a date and time counts as its day) in the years the shop can keep."""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise InvalidInput(tr_noop("{0} must be a date"), what)
    if not 2000 <= value.year <= 2999:
        raise InvalidInput(tr_noop("{0} is out of range"), what)
    return value


def mapping(value: object, what: str) -> Mapping[str, Any]:
    """Named values (column -> value), as a dictionary."""
    if not isinstance(value, Mapping):
        raise InvalidInput(tr_noop("{0} must be given by name"), what)
    return value


def identifier(value: object, what: str) -> int:
    """A database id given by a caller."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1 or value > 2**62:
        raise InvalidInput(tr_noop("Unknown {0}"), what)
    return value


def text(
    value: object, what: str, max_length: int, *, required: bool = False, multiline: bool = False
) -> str:
    """Trimmed text no longer than the column that keeps it, without invisible characters."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(tr_noop("{0} must be text"), what)
    value = value.strip()
    if len(value) > max_length:
        raise InvalidInput(tr_noop("{0} is too long (at most {1} characters)"), what, max_length)
    check_characters(value, what, multiline=multiline)
    if required and not value:
        raise InvalidInput(tr_noop("{0} is required"), what)
    return value


def check_characters(value: str, what: str, *, multiline: bool = False) -> None:
    """Refuse a control or direction character, or a torn one no database can store."""
    pattern = INVISIBLE_IN_LINES_RE if multiline else INVISIBLE_RE
    found = pattern.search(value)
    if found:
        raise InvalidInput(
            tr_noop("{0} contains an invisible control character (U+{1:04X})"),
            what,
            ord(found.group()),
        )
    if not value.isascii() and not storable(value):
        raise InvalidInput(tr_noop("{0} contains a broken character"), what)


def storable(value: str) -> bool:
    """False for text with a lone surrogate: it has no UTF-8 form, so no database keeps it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def username(value: object) -> str:
    name = text(value, tr_noop("Login"), 64, required=True)
    if not USERNAME_RE.match(name):
        raise InvalidInput(
            tr_noop("A login is 3 to 64 Latin letters, digits, dots, dashes or underscores")
        )
    return name


def phone(value: object, *, required: bool = False) -> str:
    number = text(value, tr_noop("Phone"), 32, required=required)
    if number and (not PHONE_RE.match(number) or sum(c.isdigit() for c in number) < 5):
        raise InvalidInput(tr_noop("Not a phone number: {0!r}"), number[:40])
    return number


def email(value: object) -> str:
    address = text(value, tr_noop("E-mail"), 254)
    if address and not EMAIL_RE.match(address):
        raise InvalidInput(tr_noop("Not an e-mail address: {0!r}"), address[:40])
    return address


def password(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput(tr_noop("A password must be text"))
    if len(value) < 6:
        raise InvalidInput(tr_noop("A password needs at least 6 characters"))
    if len(value) > 128:
        raise InvalidInput(tr_noop("A password can have at most 128 characters"))
    if "\x00" in value:
        raise InvalidInput(tr_noop("A password cannot contain a control character"))
    if not storable(value):
        raise InvalidInput(tr_noop("A password contains a broken character"))
    return value


def is_login_attempt(username: object, password: object) -> bool:
    """Whether these could be a login and a password at all (else the login is simply wrong)."""
    return (
        isinstance(username, str)
        and isinstance(password, str)
        and USERNAME_RE.match(username.strip()) is not None
        and 0 < len(password) <= 128
        and storable(password)
    )


def moment(value: object, what: str) -> datetime | None:
    """A date and time in this computer's local time, as the database keeps them."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise InvalidInput(tr_noop("{0} must be a date and time"), what)
    if not 2000 <= value.year <= 2999:
        raise InvalidInput(tr_noop("{0} is out of range"), what)
    return local_time(value, what)


def local_time(value: datetime, what: str) -> datetime:
    """A zoned time converted to local wall-clock time (a +14:00 pickup is not 14 h off)."""
    if value.utcoffset() is None:
        return value.replace(tzinfo=None)
    try:
        return value.astimezone().replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        raise InvalidInput(tr_noop("{0} is out of range"), what) from None
