"""The generic table editor: every table of `Base.metadata` in a grid, validated, audited, admin only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Table, and_

from cakeshop_desktop.core.domain import InvalidInput, UserDTO
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.repositories.tables import TableRepository, all_tables, is_text
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.services.table_editor.types import (
    ADMINS,
    ROW_ERROR,
    ChangeKind,
    RowChange,
    RowCount,
    SaveResult,
    TableEntry,
    TablePage,
    TableRow,
    ValidationFailed,
    plain,
    row_key,
    table_info,
    table_object,
)
from cakeshop_desktop.core.services.table_editor.values import (
    INTERNAL_TABLES,
    ColumnInfo,
    ColumnKind,
    TableInfo,
    describe,
    parse_value,
)
from cakeshop_desktop.core.services.table_editor.writes import save_changes
from cakeshop_desktop.core.uow import UnitOfWork, retry_on_deadlock

MAX_PAGE = 1000
MAX_CHANGES = 5000
COUNT_CAP = 100_000


# ---------------------------------------------------------------- reading


def list_tables(uow: UnitOfWork, actor: UserDTO) -> list[TableEntry]:
    """Every table of the database: the shop's first, then the internal ones, each by name.

    A new model's table appears by itself; the GUI words the names for the user.
    """
    require(actor, ADMINS, tr_noop("see the database tables"))
    entries = [TableEntry(name, name in INTERNAL_TABLES) for name in all_tables()]
    return sorted(entries, key=lambda entry: (entry.internal, entry.name))


def describe_table(uow: UnitOfWork, actor: UserDTO, name: str) -> TableInfo:
    require(actor, ADMINS, tr_noop("see the database tables"))
    return table_info(name)


def fetch_rows(
    uow: UnitOfWork,
    actor: UserDTO,
    name: str,
    filter_text: str = "",
    sort_column: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
    *,
    cursor: Any = None,
    equals: Mapping[str, Any] | None = None,
    created_from: date | None = None,
    created_to: date | None = None,
    date_column: str = "created_at",
) -> TablePage:
    """A page of a table, filtered (LIKE over text columns) and sorted in SQL.

    Sorted by the key, the returned `cursor` fetches the next page by key instead of
    by offset, which stays fast however deep a million-row table is scrolled.
    """
    require(actor, ADMINS, tr_noop("see the database tables"))
    table = table_object(name)
    info = describe(table)
    text_value = validation.text(filter_text, tr_noop("Filter"), 200)
    offset, limit = validation.page(offset, limit, MAX_PAGE, tr_noop("rows"))
    key_name = info.primary_key[0]
    sort = key_name if sort_column in (None, "") else sort_column
    if not isinstance(sort, str) or sort not in {column.name for column in info.columns}:
        raise InvalidInput(tr_noop("The table {0} has no column {1!r}"), name, str(sort)[:64])
    keyset = sort == key_name and len(info.primary_key) == 1
    with uow:
        repo = uow.tables
        conditions = _conditions(
            repo, table, info, text_value, equals, created_from, created_to, date_column
        )
        order = [table.c[sort].desc() if descending else table.c[sort].asc()]
        order += [
            table.c[key].desc() if descending else table.c[key].asc()
            for key in info.primary_key
            if key != sort
        ]
        columns = [column.name for column in info.columns]
        raw_rows = repo.page(
            table,
            columns,
            conditions,
            order,
            offset,
            limit + 1,
            after=cursor if keyset else None,
            descending=descending,
        )
        has_more = len(raw_rows) > limit
        raw_rows = raw_rows[:limit]
        labels = _labels(repo, info, columns, raw_rows)
        rows = tuple(
            TableRow(
                key=row_key(info, dict(zip(columns, raw, strict=True))),
                values=tuple(plain(value) for value in raw),
                labels={
                    column: labels[column][raw[i]]
                    for i, column in enumerate(columns)
                    if column in labels and raw[i] in labels[column]
                },
            )
            for raw in raw_rows
        )
    next_cursor = None
    if keyset and has_more and raw_rows:
        next_cursor = raw_rows[-1][columns.index(key_name)]
    return TablePage(
        table=name,
        columns=tuple(columns),
        rows=rows,
        offset=offset,
        has_more=has_more,
        cursor=next_cursor,
    )


def count_rows(
    uow: UnitOfWork,
    actor: UserDTO,
    name: str,
    filter_text: str = "",
    equals: Mapping[str, Any] | None = None,
) -> RowCount:
    """How many rows match; a huge table without a filter gets the server's estimate."""
    require(actor, ADMINS, tr_noop("see the database tables"))
    table = table_object(name)
    info = describe(table)
    text_value = validation.text(filter_text, tr_noop("Filter"), 200)
    with uow:
        condition = _conditions(uow.tables, table, info, text_value, equals, None, None, "")
        count, exact = uow.tables.count(table, condition, COUNT_CAP)
        return RowCount(count=count, exact=exact)


def fk_choices(
    uow: UnitOfWork, actor: UserDTO, name: str, column: str, text: str = "", limit: int = 200
) -> list[tuple[Any, str]]:
    """(key, label) of the rows a foreign key cell may point at, for a drop-down."""
    require(actor, ADMINS, tr_noop("see the database tables"))
    info = describe(table_object(name))
    target = info.column(column)
    if target.kind is not ColumnKind.FOREIGN_KEY or target.references is None:
        raise InvalidInput(tr_noop("{0} is not a reference to another table"), column)
    referenced = table_object(target.references)
    text_value = validation.text(text, tr_noop("Search"), 100)
    limit = validation.whole(limit, tr_noop("limit"), 1, MAX_PAGE)
    with uow:
        return uow.tables.choices(
            referenced,
            target.references_column or "id",
            target.display_column or "id",
            text_value,
            limit,
            target.display_detail,
        )


def _conditions(
    repo: TableRepository,
    table: Table,
    info: TableInfo,
    text_value: str,
    equals: Mapping[str, Any] | None,
    created_from: date | None,
    created_to: date | None,
    date_column: str,
) -> ColumnElement[bool] | None:
    conditions = []
    text_columns = [c.name for c in info.columns if is_text(table.c[c.name])]
    key = info.primary_key[0] if len(info.primary_key) == 1 else None
    if key is not None and info.column(key).kind not in (ColumnKind.INTEGER,):
        key = None
    condition = repo.filter_condition(table, text_value, text_columns, key)
    if condition is not None:
        conditions.append(condition)
    for column_name, raw in validation.mapping(equals or {}, tr_noop("A filter")).items():
        column = info.column(column_name)
        value = parse_value(column, raw)
        conditions.append(
            table.c[column_name].is_(None) if value is None else table.c[column_name] == value
        )
    if created_from is not None or created_to is not None:
        moment = table.c[info.column(date_column).name]
        if created_from is not None:
            first = validation.day(created_from, tr_noop("The first day"))
            conditions.append(moment >= datetime.combine(first, time.min))
        if created_to is not None:
            last = validation.day(created_to, tr_noop("The last day"))
            conditions.append(moment < datetime.combine(last, time.min) + timedelta(days=1))
    return and_(*conditions) if conditions else None


def _labels(
    repo: TableRepository, info: TableInfo, columns: list[str], rows: list[tuple[Any, ...]]
) -> dict[str, dict[Any, str]]:
    labels = {}
    for column in info.columns:
        if column.kind is not ColumnKind.FOREIGN_KEY or column.references is None:
            continue
        index = columns.index(column.name)
        referenced = table_object(column.references)
        labels[column.name] = repo.labels(
            referenced,
            column.references_column or "id",
            column.display_column or "id",
            (row[index] for row in rows),
            column.display_detail,
        )
    return labels


# ---------------------------------------------------------------- writing


def apply_changes(
    uow: UnitOfWork, actor: UserDTO, name: str, changes: Sequence[RowChange]
) -> SaveResult:
    """Validate every change, then save them all in one transaction with an audit row each.

    Nothing is written when any cell is invalid (ValidationFailed with per-cell reasons)
    or when a row changed since it was loaded (Conflict naming the row).
    """
    require(actor, ADMINS, tr_noop("edit the database tables"))
    if not isinstance(changes, Sequence) or isinstance(changes, str | bytes):
        raise InvalidInput(tr_noop("Not a list of changes"))
    if len(changes) > MAX_CHANGES:
        raise InvalidInput(tr_noop("At most {0} changes can be saved at once"), MAX_CHANGES)

    def work() -> SaveResult:
        with uow:
            result = save_changes(uow, actor, name, changes)
            uow.commit()
            return result

    return retry_on_deadlock(work)


__all__ = [
    "ADMINS",
    "ROW_ERROR",
    "ChangeKind",
    "ColumnInfo",
    "ColumnKind",
    "RowChange",
    "RowCount",
    "SaveResult",
    "TableEntry",
    "TableInfo",
    "TablePage",
    "TableRow",
    "ValidationFailed",
    "apply_changes",
    "count_rows",
    "describe_table",
    "fetch_rows",
    "fk_choices",
    "list_tables",
    "row_key",
    "save_changes",
    "table_info",
    "table_object",
]
