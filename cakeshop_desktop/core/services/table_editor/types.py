"""What the table editor hands back and forth: pending row changes, pages, results, refusals."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table

from cakeshop_desktop.core.domain import DomainError, InvalidInput, NotFound, Role
from cakeshop_desktop.core.messages import Message, tr_noop
from cakeshop_desktop.core.repositories.tables import all_tables
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.services.table_editor.values import TableInfo, describe

ADMINS = frozenset({Role.ADMIN})
ROW_ERROR = ""  # the column of an error about a whole row


class ChangeKind(enum.StrEnum):
    """What a pending edit of a grid does to its row."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class RowChange:
    """One pending edit: `original` holds the row as loaded (with its key), `values` the new cells."""

    kind: ChangeKind
    key: str
    original: Mapping[str, Any] = field(default_factory=dict)
    values: Mapping[str, Any] = field(default_factory=dict)


def checked_change(change: object) -> RowChange:
    """The change with a known kind and its key and cells given by name; InvalidInput else."""
    if not isinstance(change, RowChange):
        raise InvalidInput(tr_noop("Not a row change"))
    return RowChange(
        kind=validation.choice(change.kind, ChangeKind, tr_noop("kind of change")),
        key=str(change.key)[:64],
        original=validation.mapping(change.original, tr_noop("The row as loaded")),
        values=validation.mapping(change.values, tr_noop("The row's new values")),
    )


@dataclass(frozen=True, slots=True)
class TableEntry:
    """A table in the admin's list: its name and whether it is the application's bookkeeping."""

    name: str
    internal: bool


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of a grid: its key, the values in column order, the names of referenced rows."""

    key: str
    values: tuple[Any, ...]
    labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TablePage:
    """Some rows of a table; `cursor` continues the page when the rows are in key order."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]
    offset: int
    has_more: bool
    cursor: Any = None


@dataclass(frozen=True, slots=True)
class RowCount:
    """How many rows match; `exact` is False for a server estimate or a capped count."""

    count: int
    exact: bool


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did; `new_keys` maps a new row's client key to its database key."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    deactivated: tuple[str, ...] = ()
    new_keys: Mapping[str, str] = field(default_factory=dict)
    messages: tuple[str, ...] = ()


class ValidationFailed(DomainError):
    """Some cells hold values the table cannot take; `errors` maps (row key, column) to a reason."""

    def __init__(self, errors: Mapping[tuple[str, str], Message | str]) -> None:
        self.errors = dict(errors)
        first = next(iter(self.errors.items()), None)
        if first is None:
            super().__init__(tr_noop("Nothing was saved"))
            return
        (row, column), reason = first
        where = (
            Message(tr_noop("row {0}, {1}"), (row, column))
            if column
            else Message(tr_noop("row {0}"), (row,))
        )
        more = len(self.errors) - 1
        if more:
            super().__init__(
                tr_noop("Nothing was saved: {0}: {1} (and %n more)", "", more),
                where,
                reason,
                n=more,
            )
        else:
            super().__init__(tr_noop("Nothing was saved: {0}: {1}"), where, reason)


# ---------------------------------------------------------------- reading


# ---------------------------------------------------------------- naming


def table_info(name: str) -> TableInfo:
    return describe(table_object(name))


def table_object(name: object) -> Table:
    """The Table of this name; NotFound for any other text."""
    tables = all_tables()
    if not isinstance(name, str) or name not in tables:
        raise NotFound(tr_noop("No table {0!r}"), str(name)[:64])
    return tables[name]


def row_key(info: TableInfo, values: Mapping[str, Any]) -> str:
    """The text that names a row in messages and in a grid: its key, '|'-joined."""
    return "|".join(plain_text(values.get(name)) for name in info.primary_key)


def plain_text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return "" if value is None else str(value)


def plain(value: Any) -> Any:
    """What a grid receives: enums as their stored value, the rest as is."""
    return value.value if isinstance(value, enum.Enum) else value
