"""Saving a grid's pending changes: every check first, then the writes and their audit rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, UniqueConstraint
from sqlalchemy.exc import IntegrityError

from cakeshop_desktop.core.db.models import StockMovement
from cakeshop_desktop.core.domain import (
    Conflict,
    DomainError,
    InvalidInput,
    MovementKind,
    OrderStatus,
    PermissionDenied,
    UserDTO,
    can_transition,
)
from cakeshop_desktop.core.messages import Message, tr_noop
from cakeshop_desktop.core.rules import phones
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.services.table_editor.rules import (
    DEACTIVATE_INSTEAD,
    HISTORY_REASON,
    cell_rule_error,
    change_order_status,
    delete_refusal,
    is_referenced_for_history,
)
from cakeshop_desktop.core.services.table_editor.types import (
    ADMINS,
    ROW_ERROR,
    ChangeKind,
    RowChange,
    SaveResult,
    ValidationFailed,
    checked_change,
    plain,
    row_key,
    table_object,
)
from cakeshop_desktop.core.services.table_editor.values import (
    ColumnKind,
    TableInfo,
    describe,
    parse_value,
    same_value,
)
from cakeshop_desktop.core.services.users import LAST_ADMIN, lock_admins_of
from cakeshop_desktop.core.support.phone_region import phone_region_within
from cakeshop_desktop.core.uow import UnitOfWork

PHONE_COLUMNS = {"orders": "customer_phone", "users": "phone"}
OWN_ACCOUNT = Message(tr_noop("You cannot delete your own account: another administrator can"))
REQUIRED = Message(tr_noop("A value is required"))


@dataclass
class _Planned:
    change: RowChange
    key: dict[str, Any]
    values: dict[str, Any]
    current: dict[str, Any] | None = None
    deactivate: bool = False


def save_changes(
    uow: UnitOfWork, actor: UserDTO, name: str, changes: Sequence[RowChange]
) -> SaveResult:
    """The work of apply_changes inside an open unit of work; the caller commits."""
    require(actor, ADMINS, tr_noop("edit the database tables"))
    table = table_object(name)
    info = describe(table)
    if info.read_only:
        raise PermissionDenied(tr_noop("The table {0} is read-only"), name)
    errors: dict[tuple[str, str], Message] = {}
    planned = [_parse_change(table, info, change, errors) for change in changes]
    if errors:
        raise ValidationFailed(errors)
    if info.name == "users":
        for plan in planned:
            if plan.change.kind is ChangeKind.DELETE and plan.key.get("id") == actor.id:
                errors[(str(plan.change.key), ROW_ERROR)] = OWN_ACCOUNT
        if errors:
            raise ValidationFailed(errors)
        lock_admins_of(uow, actor)  # before any user row: the admins' lock order
    for plan in planned:
        _check_against_database(uow, table, info, plan, errors)
    _check_unique(uow, table, info, planned, errors)
    if errors:
        raise ValidationFailed(errors)
    _normalise_phones(uow, info.name, planned)
    return _write(uow, actor, table, info, planned)


def _normalise_phones(uow: UnitOfWork, table: str, planned: list[_Planned]) -> None:
    """A phone typed into the grid is stored like one typed at the till (E.164, its key)."""
    column = PHONE_COLUMNS.get(table)
    if column is None:
        return
    region = phone_region_within(uow)
    for plan in planned:
        typed = plan.values.get(column)
        if typed is None:
            continue
        stored, key = phones.stored_columns(typed, region)
        plan.values[column] = stored
        if table == "orders":
            plan.values["customer_phone_key"] = key


def _parse_change(
    table: Table, info: TableInfo, raw_change: object, errors: dict[tuple[str, str], Message]
) -> _Planned:
    change = checked_change(raw_change)
    kind = ChangeKind(change.kind)
    row = change.key
    key: dict[str, Any] = {}
    if kind is not ChangeKind.INSERT:
        for name in info.primary_key:
            if name not in change.original:
                raise InvalidInput(tr_noop("Row {0}: its key {1} is missing"), row, name)
            try:
                key[name] = parse_value(info.column(name), change.original[name])
            except InvalidInput as exc:
                errors[(row, name)] = exc.text
    if kind is ChangeKind.DELETE:
        return _Planned(change, key, {})
    values: dict[str, Any] = {}
    known = {column.name: column for column in info.columns}
    for name, raw in change.values.items():
        column = known.get(name)
        if column is None:
            raise InvalidInput(
                tr_noop("The table {0} has no column {1!r}"), info.name, str(name)[:64]
            )
        if column.read_only or (column.primary_key and kind is ChangeKind.UPDATE):
            errors[(row, name)] = Message(tr_noop("This column cannot be edited"))
            continue
        try:
            value = parse_value(column, raw)
        except InvalidInput as exc:
            errors[(row, name)] = exc.text
            continue
        if value is None and not column.nullable:
            errors[(row, name)] = REQUIRED
            continue
        if column.required and value == "":
            errors[(row, name)] = REQUIRED
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
                errors[(row, column.name)] = REQUIRED
        if info.name == "users":
            errors[(row, ROW_ERROR)] = Message(
                tr_noop("Register users in the Users tab: they need a password")
            )
    return _Planned(change, key, values)


def _check_against_database(
    uow: UnitOfWork,
    table: Table,
    info: TableInfo,
    plan: _Planned,
    errors: dict[tuple[str, str], Message],
) -> None:
    repo = uow.tables
    row = str(plan.change.key)
    for name, value in plan.values.items():
        column = info.column(name)
        if column.kind is ColumnKind.FOREIGN_KEY and value is not None and column.references:
            referenced = table_object(column.references)
            if not repo.exists(referenced, {column.references_column or "id": value}, None):
                errors[(row, name)] = Message(
                    tr_noop("No row {0} in {1}"), (value, column.references)
                )
    if plan.change.kind is ChangeKind.INSERT:
        return
    current = repo.get(table, plan.key, for_update=True)
    if current is None:
        raise Conflict(
            tr_noop("Row {0} of {1} was deleted by someone else: reload the table"), row, info.name
        )
    plan.current = current
    _check_unchanged(info, plan, current)
    if plan.change.kind is ChangeKind.UPDATE:
        if info.name == "orders" and "status" in plan.values:
            before = OrderStatus(plain(current["status"]))
            after = OrderStatus(plan.values["status"])
            if before != after and not can_transition(before, after):
                errors[(row, "status")] = Message(
                    tr_noop("An order cannot go from {0} to {1}"), (before, after)
                )
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
            and not same_value(info.column(name), original[name], plain(current[name]))
            for name in compared
        )
    if stale:
        label = _display(info, current) or plan.change.key
        raise Conflict(
            tr_noop(
                "«{0}» ({1} {2}) was changed by someone else since you loaded it: reload and try again. Nothing was saved."
            ),
            label,
            info.name,
            plan.change.key,
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
    errors: dict[tuple[str, str], Message],
) -> None:
    groups = [
        tuple(column.name for column in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    groups += [(column.name,) for column in table.columns if column.unique]
    groups.append(tuple(column.name for column in table.primary_key.columns))
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
                errors[(row, column)] = Message(tr_noop("The same as row {0}"), (seen[where],))
                continue
            seen[where] = row
            exclude = plan.key if plan.change.kind is ChangeKind.UPDATE else None
            if uow.tables.exists(table, dict(zip(group, values, strict=True)), exclude):
                shown = ", ".join(str(value) for value in values)
                errors[(row, column)] = Message(tr_noop("{0} is already taken"), (shown,))


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
                _explain_stock_change(uow, actor, info.name, key, 0, stored.get("stock_qty"))
                uow.audit.record(
                    actor.id, "insert", info.name, new_key, after=_audited(info, stored)
                )
                inserted += 1
            elif kind is ChangeKind.UPDATE or plan.deactivate:
                values = {"is_active": False} if plan.deactivate else dict(plan.values)
                before = _audited(info, plan.current or {})
                status = values.pop("status", None) if info.name == "orders" else None
                if values or info.has_version:
                    repo.update(table, plan.key, values, bump_version=info.has_version)
                if "stock_qty" in values:
                    old = (plan.current or {}).get("stock_qty")
                    _explain_stock_change(uow, actor, info.name, plan.key, old, values["stock_qty"])
                if status is not None:
                    # the same path as the order actions: history, production tasks, stock back
                    repo.flush()
                    change_order_status(uow, plan.key["id"], status, actor.id)
                after = _audited(info, repo.get(table, plan.key) or {**before, **values})
                uow.audit.record(
                    actor.id, "update", info.name, row_key(info, plan.key), before, after
                )
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
            raise DomainError(LAST_ADMIN)
    except IntegrityError as exc:
        raise DomainError(
            tr_noop(
                "The database refused the changes (a duplicate or a missing reference); nothing was saved: {0}"
            ),
            str(exc.orig).splitlines()[0][:200] if exc.orig else "",
        ) from None
    return SaveResult(
        inserted=inserted,
        updated=updated,
        deleted=deleted,
        deactivated=tuple(deactivated),
        new_keys=new_keys,
        messages=tuple(messages),
    )


STOCK_TABLES = frozenset({"cakes", "ingredients"})  # whose stock_qty the ledger explains


def _explain_stock_change(
    uow: UnitOfWork,
    actor: UserDTO,
    table: str,
    key: Mapping[str, Any],
    old: Any,
    new: Any,
) -> None:
    """A stock figure typed into the grid gets its adjustment row in the ledger, so every
    stock figure stays explained by stock_movements (issue 5)."""
    if table not in STOCK_TABLES or new is None:
        return
    delta = Decimal(str(new)) - Decimal(str(old or 0))
    if delta == 0:
        return
    uow.production.add_movement(
        StockMovement(
            kind=MovementKind.ADJUSTMENT,
            cake_id=key["id"] if table == "cakes" else None,
            ingredient_id=key["id"] if table == "ingredients" else None,
            quantity=delta,
            reason=HISTORY_REASON,
            created_by_id=actor.id,
            created_at=datetime.now(),
        )
    )


def _audited(info: TableInfo, values: Mapping[str, Any]) -> dict[str, Any]:
    # describe() already leaves the password hash out of the columns
    shown = {column.name for column in info.columns}
    return {name: plain(value) for name, value in values.items() if name in shown}
