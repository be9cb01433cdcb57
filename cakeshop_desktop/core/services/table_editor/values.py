"""What each column of a table is (kind, limits, editability) and how a typed value is parsed."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import check_places, parse_decimal
from cakeshop_desktop.core.rules import validation

# Tables that are the application's own bookkeeping, not the shop's: Alembic's version and
# the report summaries (derived from the orders; the report rebuilds a day marked stale).
# The admin sees them apart, under "Internal", read-only.
INTERNAL_TABLES = frozenset(
    {
        "alembic_version",
        "cake_images",  # pictures come and go through services/pictures.py
        "report_days",
        "report_hours",
        "report_cakes",
        "report_categories",
        "report_reasons",
        "report_months",
        "report_month_hours",
        "report_month_cakes",
        "report_month_categories",
        "report_month_reasons",
    }
)
# Tables nobody edits by hand: the audit trail and the internal ones.
READ_ONLY_TABLES = INTERNAL_TABLES | {"audit_log"}
# Never shown, never written through the grids: a password hash has its own service.
# customer_phone_key is kept in step with customer_phone by admin_writes; a cake's picture
# (its bytes, and its fingerprint in cakes.image) is attached in the assortment's picture pane.
HIDDEN_COLUMNS = frozenset(
    {
        ("users", "password_hash"),
        ("orders", "customer_phone_key"),
        ("cakes", "image"),
        ("cake_images", "picture"),
        ("cake_images", "thumbnail"),
    }
)
# Kept by the application itself (optimistic locks, timestamps, counters).
READ_ONLY_COLUMNS = frozenset({"version", "created_at", "updated_at"})
# The column that names a row of a table, shown instead of a bare foreign key id.
DISPLAY_COLUMN_CANDIDATES = ("name", "full_name", "number", "sku", "key", "day")
# A second column shown after the name in brackets: a person's login ("Anna Petrova (anna)").
DISPLAY_DETAIL_CANDIDATES = ("username",)

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
TRUE_WORDS = frozenset({"1", "true", "yes", "y", "on", "да", "д", "истина"})
FALSE_WORDS = frozenset({"0", "false", "no", "n", "off", "нет", "н", "ложь"})
DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%Y-%m-%d",
    "%d.%m.%Y",
)
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
INTEGER_RE = re.compile(r"[+-]?[0-9]{1,19}")  # ASCII digits only: int() takes any script's
# Free prose that may run over several lines; every other text column is one line.
MULTILINE_COLUMNS = frozenset({"description", "notes", "reason"})


class ColumnKind(enum.StrEnum):
    """How a grid shows and edits a column."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATETIME = "datetime"
    DATE = "date"
    BOOLEAN = "boolean"
    ENUM = "enum"
    FOREIGN_KEY = "foreign_key"


@dataclass(frozen=True, slots=True)
class ColumnInfo:
    """One column of an editable grid."""

    name: str
    kind: ColumnKind
    nullable: bool
    primary_key: bool = False
    read_only: bool = False
    required: bool = False  # on insert: no default, so a value must be typed
    max_length: int | None = None
    scale: int | None = None  # decimals
    precision: int | None = None
    enum_values: tuple[str, ...] = ()
    enum_name: str | None = None  # the enum's class name (OrderStatus...), for its labels
    references: str | None = None  # the referenced table of a foreign key
    references_column: str | None = None
    display_column: str | None = None  # what names a referenced row
    display_detail: str | None = None  # shown after it in brackets (a person's login)
    indexed: bool = False
    unique: bool = False


@dataclass(frozen=True, slots=True)
class TableInfo:
    """A table of the database as the admin grids see it."""

    name: str
    columns: tuple[ColumnInfo, ...]
    primary_key: tuple[str, ...]
    read_only: bool
    internal: bool = False  # the application's bookkeeping (INTERNAL_TABLES)

    def column(self, name: str) -> ColumnInfo:
        for column in self.columns:
            if column.name == name:
                return column
        raise InvalidInput(tr_noop("The table {0} has no column {1!r}"), self.name, name)

    @property
    def has_version(self) -> bool:
        return any(column.name == "version" for column in self.columns)


def display_column(table: Table) -> str:
    """The column naming a row of `table`: its name, a person's name, number..., else the key."""
    for candidate in DISPLAY_COLUMN_CANDIDATES:
        if candidate in table.c:
            return candidate
    return next(iter(table.primary_key.columns)).name


def display_detail(table: Table) -> str | None:
    """The column shown in brackets after a row's name (a person's login), or None."""
    return next((c for c in DISPLAY_DETAIL_CANDIDATES if c in table.c), None)


def describe(table: Table) -> TableInfo:
    read_only_table = table.name in READ_ONLY_TABLES
    single_unique = {
        next(iter(constraint.columns)).name
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint) and len(constraint.columns) == 1
    }
    indexed = {next(iter(index.columns)).name for index in table.indexes if len(index.columns) >= 1}
    columns = tuple(
        _describe_column(table, column, read_only_table, single_unique, indexed)
        for column in table.columns
        if (table.name, column.name) not in HIDDEN_COLUMNS
    )
    return TableInfo(
        name=table.name,
        columns=columns,
        primary_key=tuple(column.name for column in table.primary_key.columns),
        read_only=read_only_table,
        internal=table.name in INTERNAL_TABLES,
    )


def _describe_column(
    table: Table, column: Column, read_only_table: bool, unique: set[str], indexed: set[str]
) -> ColumnInfo:
    auto_key = (
        column.primary_key
        and isinstance(column.type, Integer)
        and column.autoincrement
        in (
            True,
            "auto",
        )
    )
    read_only = read_only_table or auto_key or column.name in READ_ONLY_COLUMNS
    has_default = column.default is not None or column.server_default is not None
    base: dict[str, Any] = {
        "name": column.name,
        "nullable": bool(column.nullable) and not column.primary_key,
        "primary_key": column.primary_key,
        "read_only": read_only,
        "required": not read_only and not column.nullable and not has_default,
        "indexed": column.primary_key or column.name in indexed or bool(column.index),
        "unique": column.name in unique or bool(column.unique) or column.primary_key,
    }
    foreign_keys = list(column.foreign_keys)
    if foreign_keys:
        target = foreign_keys[0].column
        return ColumnInfo(
            kind=ColumnKind.FOREIGN_KEY,
            references=target.table.name,
            references_column=target.name,
            display_column=display_column(target.table),
            display_detail=display_detail(target.table),
            **base,
        )
    kind_type = column.type
    if isinstance(kind_type, Enum):
        enum_class = kind_type.enum_class
        return ColumnInfo(
            kind=ColumnKind.ENUM,
            enum_values=tuple(kind_type.enums),
            enum_name=enum_class.__name__ if enum_class is not None else None,
            **base,
        )
    if isinstance(kind_type, Boolean):
        return ColumnInfo(kind=ColumnKind.BOOLEAN, **base)
    if isinstance(kind_type, Integer):
        return ColumnInfo(kind=ColumnKind.INTEGER, **base)
    if isinstance(kind_type, Numeric):
        return ColumnInfo(
            kind=ColumnKind.DECIMAL,
            scale=kind_type.scale if kind_type.scale is not None else 2,
            precision=kind_type.precision or 12,
            **base,
        )
    if isinstance(kind_type, DateTime):
        return ColumnInfo(kind=ColumnKind.DATETIME, **base)
    if isinstance(kind_type, Date):
        return ColumnInfo(kind=ColumnKind.DATE, **base)
    length = getattr(kind_type, "length", None) if isinstance(kind_type, String | Text) else None
    return ColumnInfo(kind=ColumnKind.TEXT, max_length=length, **base)


# ---------------------------------------------------------------- parsing


def parse_value(column: ColumnInfo, raw: object) -> object:
    """The Python value a typed cell stands for; InvalidInput with a readable reason otherwise.

    None (or an emptied cell, "") is NULL; whether NULL is allowed is the caller's check.
    Whitespace alone is not "empty": in a number, date or reference cell it is a typo.
    """
    if raw is None or (raw == "" and column.kind != ColumnKind.TEXT):
        return None
    parser = _PARSERS[column.kind]
    return parser(column, raw)


def _text(column: ColumnInfo, raw: object) -> object:
    if not isinstance(raw, str):
        if isinstance(raw, bool | int | Decimal):
            raw = str(raw)
        else:
            raise InvalidInput(tr_noop("Must be text"))
    value = raw.strip()
    if column.max_length is not None and len(value) > column.max_length:
        raise InvalidInput(tr_noop("Too long: at most {0} characters"), column.max_length)
    validation.check_characters(
        value, tr_noop("The text"), multiline=column.name in MULTILINE_COLUMNS
    )
    if not value and column.nullable:
        return None  # a nullable column keeps NULL for "nothing typed" (phone, e-mail)
    return value


def _integer(column: ColumnInfo, raw: object) -> int:
    if isinstance(raw, bool):
        raise InvalidInput(tr_noop("Must be a whole number"))
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, Decimal) and raw.is_finite() and raw == raw.to_integral_value():
        value = int(raw)
    elif isinstance(raw, str):
        text = raw.strip().replace("\u00a0", "").replace(" ", "")
        if not INTEGER_RE.fullmatch(text):
            raise InvalidInput(tr_noop("Not a whole number: {0!r}"), raw[:40])
        value = int(text)
    else:
        raise InvalidInput(tr_noop("Must be a whole number"))
    if not INT32_MIN <= value <= INT32_MAX:
        raise InvalidInput(tr_noop("The number is out of range"))
    return value


def _decimal(column: ColumnInfo, raw: object) -> Decimal:
    if isinstance(raw, float) and raw == raw and abs(raw) < 1e15:
        raw = Decimal(repr(raw))  # a float from a script, with the digits it was written with
    value = parse_decimal(raw, "The value")
    scale = column.scale if column.scale is not None else 2
    precision = column.precision or 12
    if abs(value) >= Decimal(10) ** (precision - scale):
        raise InvalidInput(tr_noop("The number is too large"))
    check_places(value, scale, tr_noop("The value"))
    return value.quantize(Decimal(1).scaleb(-scale)) + 0  # + 0 turns -0.00 into 0.00


def _datetime(column: ColumnInfo, raw: object) -> datetime:
    if isinstance(raw, datetime):
        value = raw
    elif isinstance(raw, date):
        value = datetime(raw.year, raw.month, raw.day)
    elif isinstance(raw, str):
        value = _parse_with(raw, DATETIME_FORMATS, "a date and time, e.g. 2025-03-08 14:30")
    else:
        raise InvalidInput(tr_noop("Must be a date and time"))
    if not 1900 <= value.year <= 9998:
        raise InvalidInput(tr_noop("The date is out of range"))
    return validation.local_time(value, tr_noop("The date"))


def _date(column: ColumnInfo, raw: object) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        return _parse_with(raw, DATE_FORMATS, "a date, e.g. 2025-03-08").date()
    raise InvalidInput(tr_noop("Must be a date"))


def _parse_with(raw: str, formats: tuple[str, ...], what: str) -> datetime:
    text = raw.strip()
    if len(text) <= 32 and text.isascii():  # strptime's %d also takes other scripts' digits
        for pattern in formats:
            try:
                return datetime.strptime(text, pattern)
            except ValueError:
                continue
    raise InvalidInput(tr_noop("Not {0}: {1!r}"), what, raw[:40])


def _boolean(column: ColumnInfo, raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        word = raw.strip().casefold()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise InvalidInput(tr_noop("Not yes or no: {0!r}"), raw[:40])
    raise InvalidInput(tr_noop("Must be yes or no"))


def _enum(column: ColumnInfo, raw: object) -> str:
    value = raw.value if isinstance(raw, enum.Enum) else raw
    if isinstance(value, str) and value.strip() in column.enum_values:
        return value.strip()
    shown = str(value)[:40]
    raise InvalidInput(tr_noop("{0!r} is not one of: {1}"), shown, ", ".join(column.enum_values))


def _foreign_key(column: ColumnInfo, raw: object) -> object:
    # Every key the shop's tables point at is an integer id.
    try:
        value = _integer(column, raw)
    except InvalidInput:
        raise InvalidInput(
            tr_noop("Not a row of {0}: {1!r}"), column.references, str(raw)[:40]
        ) from None
    if value < 1:
        raise InvalidInput(tr_noop("Not a row of {0}: {1}"), column.references, value)
    return value


_PARSERS = {
    ColumnKind.TEXT: _text,
    ColumnKind.INTEGER: _integer,
    ColumnKind.DECIMAL: _decimal,
    ColumnKind.DATETIME: _datetime,
    ColumnKind.DATE: _date,
    ColumnKind.BOOLEAN: _boolean,
    ColumnKind.ENUM: _enum,
    ColumnKind.FOREIGN_KEY: _foreign_key,
}


def same_value(column: ColumnInfo, a: object, b: object) -> bool:
    """Whether two values of a column are equal once both are normalised (for conflicts)."""
    if a is None or b is None:
        return a is None and b is None
    if column.kind is ColumnKind.DECIMAL:
        quantum = Decimal(1).scaleb(-(column.scale or 0))
        return _as_decimal(a).quantize(quantum) == _as_decimal(b).quantize(quantum)
    try:
        return parse_value(column, a) == parse_value(column, b)
    except InvalidInput:
        return a == b


def _as_decimal(value: object) -> Decimal:
    # SQLite hands Numeric back as float; repr() keeps the digits it was given
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    except InvalidOperation:
        return Decimal("NaN")
