"""The generic table editor: every table of `Base.metadata` in a grid, validated, audited, admin only."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Table, UniqueConstraint, and_
from sqlalchemy.exc import IntegrityError

from cakeshop_desktop.core.domain import (
    Conflict,
    DomainError,
    InvalidInput,
    NotFound,
    OrderStatus,
    PermissionDenied,
    Role,
    UserDTO,
    can_transition,
)
from cakeshop_desktop.core.repositories.tables import TableRepository, all_tables, is_text
from cakeshop_desktop.core.services import validation
from cakeshop_desktop.core.services.admin_rules import (
    DEACTIVATE_INSTEAD,
    cell_rule_error,
    delete_refusal,
    is_referenced_for_history,
    status_history_row,
)
from cakeshop_desktop.core.services.permissions import require
from cakeshop_desktop.core.services.table_values import (
    ColumnInfo,
    ColumnKind,
    TableInfo,
    describe,
    parse_value,
    same_value,
)
from cakeshop_desktop.core.uow import UnitOfWork

ADMINS = frozenset({Role.ADMIN})
MAX_PAGE = 1000
MAX_CHANGES = 5000
COUNT_CAP = 100_000
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

    def __init__(self, errors: Mapping[tuple[str, str], str]) -> None:
        self.errors = dict(errors)
        first = next(iter(self.errors.items()), None)
        if first is None:
            message = "Nothing was saved"
        else:
            (row, column), reason = first
            where = f"row {row}, {column}" if column else f"row {row}"
            more = len(self.errors) - 1
            tail = f" (and {more} more)" if more else ""
            message = f"Nothing was saved: {where}: {reason}{tail}"
        super().__init__(message)


# ---------------------------------------------------------------- reading


def list_tables(uow: UnitOfWork, actor: UserDTO) -> list[str]:
    """Every table of the database, by name; a new model's table appears by itself."""
    require(actor, ADMINS, "see the database tables")
    return list(all_tables())


def describe_table(uow: UnitOfWork, actor: UserDTO, name: str) -> TableInfo:
    require(actor, ADMINS, "see the database tables")
    return table_info(name)


def table_info(name: str) -> TableInfo:
    return describe(table_object(name))


def table_object(name: object) -> Table:
    """The Table of this name; NotFound for any other text."""
    tables = all_tables()
    if not isinstance(name, str) or name not in tables:
        raise NotFound(f"No table {str(name)[:64]!r}")
    return tables[name]


def row_key(info: TableInfo, values: Mapping[str, Any]) -> str:
    """The text that names a row in messages and in a grid: its key, '|'-joined."""
    return "|".join(_plain_text(values.get(name)) for name in info.primary_key)


def _plain_text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return "" if value is None else str(value)


def _plain(value: Any) -> Any:
    """What a grid receives: enums as their stored value, the rest as is."""
    return value.value if isinstance(value, enum.Enum) else value


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
    require(actor, ADMINS, "see the database tables")
    table = table_object(name)
    info = describe(table)
    text_value = validation.text(filter_text, "Filter", 200)
    offset = _whole(offset, "offset", 0, 10**9)
    limit = _whole(limit, "page size", 1, MAX_PAGE)
    key_name = info.primary_key[0]
    sort = key_name if sort_column in (None, "") else sort_column
    if sort not in {column.name for column in info.columns}:
        raise InvalidInput(f"The table {name} has no column {str(sort)[:64]!r}")
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
                values=tuple(_plain(value) for value in raw),
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
    require(actor, ADMINS, "see the database tables")
    table = table_object(name)
    info = describe(table)
    text_value = validation.text(filter_text, "Filter", 200)
    with uow:
        condition = _conditions(uow.tables, table, info, text_value, equals, None, None, "")
        count, exact = uow.tables.count(table, condition, COUNT_CAP)
        return RowCount(count=count, exact=exact)


def fk_choices(
    uow: UnitOfWork, actor: UserDTO, name: str, column: str, text: str = "", limit: int = 200
) -> list[tuple[Any, str]]:
    """(key, label) of the rows a foreign key cell may point at, for a drop-down."""
    require(actor, ADMINS, "see the database tables")
    info = describe(table_object(name))
    target = info.column(column)
    if target.kind is not ColumnKind.FOREIGN_KEY or target.references is None:
        raise InvalidInput(f"{column} is not a reference to another table")
    referenced = table_object(target.references)
    text_value = validation.text(text, "Search", 100)
    limit = _whole(limit, "limit", 1, MAX_PAGE)
    with uow:
        return uow.tables.choices(
            referenced,
            target.references_column or "id",
            target.display_column or "id",
            text_value,
            limit,
        )


def _conditions(repo, table, info, text_value, equals, created_from, created_to, date_column):  # type: ignore[no-untyped-def]
    conditions = []
    text_columns = [c.name for c in info.columns if is_text(table.c[c.name])]
    key = info.primary_key[0] if len(info.primary_key) == 1 else None
    if key is not None and info.column(key).kind not in (ColumnKind.INTEGER,):
        key = None
    condition = repo.filter_condition(table, text_value, text_columns, key)
    if condition is not None:
        conditions.append(condition)
    for column_name, raw in (equals or {}).items():
        column = info.column(column_name)
        value = parse_value(column, raw)
        conditions.append(
            table.c[column_name].is_(None) if value is None else table.c[column_name] == value
        )
    if created_from is not None or created_to is not None:
        moment = table.c[info.column(date_column).name]
        if created_from is not None:
            conditions.append(moment >= datetime.combine(created_from, time.min))
        if created_to is not None:
            conditions.append(moment < datetime.combine(created_to, time.min) + timedelta(days=1))
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
        )
    return labels


def _whole(value: object, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(f"The {what} must be a whole number from {low} to {high}")
    return value


# ---------------------------------------------------------------- writing


def apply_changes(
    uow: UnitOfWork, actor: UserDTO, name: str, changes: Sequence[RowChange]
) -> SaveResult:
    """Validate every change, then save them all in one transaction with an audit row each.

    Nothing is written when any cell is invalid (ValidationFailed with per-cell reasons)
    or when a row changed since it was loaded (Conflict naming the row).
    """
    require(actor, ADMINS, "edit the database tables")
    table = table_object(name)
    info = describe(table)
    if info.read_only:
        raise PermissionDenied(f"The table {name} is read-only")
    if not isinstance(changes, Sequence) or isinstance(changes, str | bytes):
        raise InvalidInput("Not a list of changes")
    if len(changes) > MAX_CHANGES:
        raise InvalidInput(f"At most {MAX_CHANGES} changes can be saved at once")
    with uow:
        result = save_changes(uow, actor, table, info, changes)
        uow.commit()
        return result


@dataclass
class _Planned:
    change: RowChange
    key: dict[str, Any]
    values: dict[str, Any]
    current: dict[str, Any] | None = None
    deactivate: bool = False


def save_changes(
    uow: UnitOfWork, actor: UserDTO, table: Table, info: TableInfo, changes: Sequence[RowChange]
) -> SaveResult:
    """The work of apply_changes inside an open unit of work; the caller commits."""
    errors: dict[tuple[str, str], str] = {}
    planned = [_parse_change(table, info, change, errors) for change in changes]
    if errors:
        raise ValidationFailed(errors)
    for plan in planned:
        _check_against_database(uow, table, info, plan, errors)
    _check_unique(uow, table, info, planned, errors)
    if errors:
        raise ValidationFailed(errors)
    return _write(uow, actor, table, info, planned)


def _parse_change(
    table: Table, info: TableInfo, change: object, errors: dict[tuple[str, str], str]
) -> _Planned:
    if not isinstance(change, RowChange):
        raise InvalidInput("Not a row change")
    kind = ChangeKind(change.kind)
    row = str(change.key)
    key: dict[str, Any] = {}
    if kind is not ChangeKind.INSERT:
        for name in info.primary_key:
            if name not in change.original:
                raise InvalidInput(f"Row {row}: its key {name} is missing")
            try:
                key[name] = parse_value(info.column(name), change.original[name])
            except InvalidInput as exc:
                errors[(row, name)] = exc.message
    if kind is ChangeKind.DELETE:
        return _Planned(change, key, {})
    values: dict[str, Any] = {}
    known = {column.name: column for column in info.columns}
    for name, raw in change.values.items():
        column = known.get(name)
        if column is None:
            raise InvalidInput(f"The table {info.name} has no column {str(name)[:64]!r}")
        if column.read_only or (column.primary_key and kind is ChangeKind.UPDATE):
            errors[(row, name)] = "This column cannot be edited"
            continue
        try:
            value = parse_value(column, raw)
        except InvalidInput as exc:
            errors[(row, name)] = exc.message
            continue
        if value is None and not column.nullable:
            errors[(row, name)] = "A value is required"
            continue
        if column.required and value == "":
            errors[(row, name)] = "A value is required"
            continue
        problem = cell_rule_error(info.name, column, value)
        if problem:
            errors[(row, name)] = problem
            continue
        values[name] = value
    if kind is ChangeKind.INSERT:
        for column in info.columns:
            if (
                column.required
                and column.name not in change.values
                and (row, column.name) not in errors
            ):
                errors[(row, column.name)] = "A value is required"
        if info.name == "users":
            errors[(row, ROW_ERROR)] = "Register users in the Users tab: they need a password"
    return _Planned(change, key, values)


def _check_against_database(
    uow: UnitOfWork,
    table: Table,
    info: TableInfo,
    plan: _Planned,
    errors: dict[tuple[str, str], str],
) -> None:
    repo = uow.tables
    row = str(plan.change.key)
    for name, value in plan.values.items():
        column = info.column(name)
        if column.kind is ColumnKind.FOREIGN_KEY and value is not None and column.references:
            referenced = table_object(column.references)
            if not repo.exists(referenced, {column.references_column or "id": value}, None):
                errors[(row, name)] = f"No row {value} in {column.references}"
    if plan.change.kind is ChangeKind.INSERT:
        return
    current = repo.get(table, plan.key, for_update=True)
    if current is None:
        raise Conflict(f"Row {row} of {info.name} was deleted by someone else: reload the table")
    plan.current = current
    _check_unchanged(info, plan, current)
    if plan.change.kind is ChangeKind.UPDATE:
        if info.name == "orders" and "status" in plan.values:
            before = OrderStatus(_plain(current["status"]))
            after = OrderStatus(plan.values["status"])
            if before != after and not can_transition(before, after):
                errors[(row, "status")] = f"An order cannot go from {before.value} to {after.value}"
        return
    if info.name in DEACTIVATE_INSTEAD and is_referenced_for_history(repo, info.name, current):
        plan.deactivate = True
        return
    refusal = delete_refusal(repo, table, current)
    if refusal:
        errors[(row, ROW_ERROR)] = refusal


def _check_unchanged(info: TableInfo, plan: _Planned, current: dict[str, Any]) -> None:
    original = plan.change.original
    if info.has_version and "version" in original:
        stale = not same_value(info.column("version"), original["version"], current["version"])
    else:
        compared = plan.values.keys() if plan.change.kind is ChangeKind.UPDATE else original.keys()
        stale = any(
            name in original
            and name in current
            and not same_value(info.column(name), original[name], _plain(current[name]))
            for name in compared
        )
    if stale:
        label = _display(info, current) or plan.change.key
        raise Conflict(
            f"«{label}» ({info.name} {plan.change.key}) was changed by someone else since you"
            " loaded it: reload and try again. Nothing was saved."
        )


def _display(info: TableInfo, row: Mapping[str, Any]) -> str:
    for candidate in ("name", "username", "number", "sku"):
        if candidate in row and row[candidate]:
            return str(row[candidate])
    return ""


def _check_unique(
    uow: UnitOfWork,
    table: Table,
    info: TableInfo,
    planned: list[_Planned],
    errors: dict[tuple[str, str], str],
) -> None:
    groups = [
        tuple(column.name for column in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    groups += [(column.name,) for column in table.columns if column.unique]
    groups += [
        tuple(column.name for column in index.columns) for index in table.indexes if index.unique
    ]
    seen: dict[tuple[tuple[str, ...], tuple[Any, ...]], str] = {}
    for plan in planned:
        if plan.change.kind is ChangeKind.DELETE:
            continue
        row = str(plan.change.key)
        merged = {**(plan.current or {}), **plan.values}
        for group in dict.fromkeys(groups):
            if not any(name in plan.values for name in group):
                continue
            values = tuple(merged.get(name) for name in group)
            if any(value is None for value in values):
                continue
            column = group[-1] if group[-1] in plan.values else group[0]
            where = (group, values)
            if where in seen:
                errors[(row, column)] = f"The same as row {seen[where]}"
                continue
            seen[where] = row
            exclude = plan.key if plan.change.kind is ChangeKind.UPDATE else None
            if uow.tables.exists(table, dict(zip(group, values, strict=True)), exclude):
                shown = ", ".join(str(value) for value in values)
                errors[(row, column)] = f"{shown} is already taken"


def _write(
    uow: UnitOfWork, actor: UserDTO, table: Table, info: TableInfo, planned: list[_Planned]
) -> SaveResult:
    repo = uow.tables
    inserted = updated = deleted = 0
    new_keys: dict[str, str] = {}
    deactivated: list[str] = []
    messages: list[str] = []
    try:
        for plan in planned:
            kind = plan.change.kind
            if kind is ChangeKind.INSERT:
                values = dict(plan.values)
                key = repo.insert(table, values)
                new_key = row_key(info, key)
                new_keys[str(plan.change.key)] = new_key
                stored = repo.get(table, key) or values
                uow.audit.record(
                    actor.id, "insert", info.name, new_key, after=_audited(info, stored)
                )
                inserted += 1
            elif kind is ChangeKind.UPDATE or plan.deactivate:
                values = {"is_active": False} if plan.deactivate else dict(plan.values)
                before = _audited(info, plan.current or {})
                repo.update(table, plan.key, values, bump_version=info.has_version)
                after = _audited(info, repo.get(table, plan.key) or {**before, **values})
                uow.audit.record(
                    actor.id, "update", info.name, row_key(info, plan.key), before, after
                )
                if info.name == "orders" and "status" in values and plan.current is not None:
                    history = status_history_row(plan.current, values["status"], actor.id)
                    if history is not None:
                        repo.insert(table_object("order_status_history"), history)
                if plan.deactivate:
                    label = _display(info, plan.current or {}) or plan.change.key
                    deactivated.append(str(plan.change.key))
                    messages.append(
                        f"«{label}» is referenced by orders or production, so it was"
                        " deactivated instead of deleted"
                    )
                else:
                    updated += 1
            else:
                repo.delete(table, plan.key)
                uow.audit.record(
                    actor.id,
                    "delete",
                    info.name,
                    row_key(info, plan.key),
                    before=_audited(info, plan.current or {}),
                )
                deleted += 1
        repo.flush()
        if info.name == "users" and uow.users.count_working_admins() == 0:
            raise DomainError("The last active administrator cannot be removed, demoted or locked")
    except IntegrityError as exc:
        raise DomainError(
            "The database refused the changes (a duplicate or a missing reference); nothing"
            f" was saved: {str(exc.orig).splitlines()[0][:200] if exc.orig else ''}"
        ) from None
    return SaveResult(
        inserted=inserted,
        updated=updated,
        deleted=deleted,
        deactivated=tuple(deactivated),
        new_keys=new_keys,
        messages=tuple(messages),
    )


def _audited(info: TableInfo, values: Mapping[str, Any]) -> dict[str, Any]:
    # describe() already leaves the password hash out of the columns
    shown = {column.name for column in info.columns}
    return {name: _plain(value) for name, value in values.items() if name in shown}


__all__ = [
    "ChangeKind",
    "ColumnInfo",
    "ColumnKind",
    "RowChange",
    "RowCount",
    "SaveResult",
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
