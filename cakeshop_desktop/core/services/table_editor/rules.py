"""The shop's rules the table editor enforces beyond types: signs, quantities, deletions."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Table

from cakeshop_desktop.core.domain import InvalidInput, OrderStatus
from cakeshop_desktop.core.messages import Message, tr_noop
from cakeshop_desktop.core.reasons import Reason, stored
from cakeshop_desktop.core.repositories.tables import (
    TableRepository,
    all_tables,
    referencing_foreign_keys,
)
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.services import orders as order_services
from cakeshop_desktop.core.services.table_editor.values import ColumnInfo, ColumnKind
from cakeshop_desktop.core.support import lifecycle
from cakeshop_desktop.core.uow import UnitOfWork

# A row that history points at is taken out of use instead of deleted.
DEACTIVATE_INSTEAD: dict[str, tuple[tuple[str, str], ...]] = {
    "cakes": (("order_items", "cake_id"), ("production_tasks", "cake_id")),
    "users": (("orders", "customer_id"), ("orders", "created_by_id"), ("payments", "taken_by_id")),
}
NON_NEGATIVE = frozenset(
    {
        ("cakes", "stock_qty"),
        ("cakes", "weight_grams"),
        ("cakes", "lead_time_hours"),
        ("cakes", "sold_count"),
        ("ingredients", "stock_qty"),
        ("ingredients", "reorder_level"),
        ("ingredients", "cost_per_unit"),
        ("production_days", "capacity"),
        ("production_days", "booked"),
        ("users", "failed_logins"),
        ("categories", "sort_order"),
    }
)
POSITIVE = frozenset(
    {
        ("cart_items", "quantity"),
        ("order_items", "quantity"),
        ("production_tasks", "quantity"),
        ("recipe_items", "quantity"),
    }
)
MONEY_SCALE = 2
HISTORY_REASON = stored(Reason.TABLE_EDITOR)


def cell_rule_error(table: str, column: ColumnInfo, value: Any) -> Message | None:
    """Why this value breaks a rule of the shop, or None."""
    if value is None:
        return None
    where = (table, column.name)
    is_number = isinstance(value, int | Decimal) and not isinstance(value, bool)
    money = column.kind is ColumnKind.DECIMAL and column.scale == MONEY_SCALE
    if is_number and where in POSITIVE and value <= 0:
        return Message(tr_noop("Must be more than zero"))
    if is_number and (where in NON_NEGATIVE or money) and value < 0:
        return Message(tr_noop("Cannot be negative"))
    try:
        if where == ("users", "username"):
            validation.username(value)
        elif where in (("users", "phone"), ("orders", "customer_phone")):
            validation.phone(value)
        elif where == ("users", "email"):
            validation.email(value)
    except InvalidInput as exc:
        return exc.text
    return None


def is_referenced_for_history(repo: TableRepository, table: str, row: dict[str, Any]) -> bool:
    """Whether orders or production point at this row, so it must stay (deactivated)."""
    tables = all_tables()
    return any(
        repo.count_referencing(tables[other], tables[other].c[column], row["id"]) > 0
        for other, column in DEACTIVATE_INSTEAD.get(table, ())
    )


def delete_refusal(repo: TableRepository, table: Table, row: dict[str, Any]) -> Message | None:
    """Why the database would refuse to delete this row (rows that must not lose it), or None."""
    for other, column, ondelete in referencing_foreign_keys(table):
        if (ondelete or "").upper() in ("CASCADE", "SET NULL"):
            continue
        target = next(iter(column.foreign_keys)).column.name
        count = repo.count_referencing(other, column, row[target])
        if count:
            return Message(
                tr_noop(
                    "Cannot delete: %n row(s) of {0} refer to it; change or delete those first",
                    "",
                    count,
                ),
                (other.name,),
                count,
            )
    return None


def change_order_status(uow: UnitOfWork, order_id: int, target: str, actor_id: int) -> None:
    """Move an order as the order actions do: history row, production tasks, stock returned."""
    order = uow.orders.get_with_items(order_id)
    if order is None:
        return
    status = OrderStatus(target)
    if order.status is status:
        return
    if status is OrderStatus.CONFIRMED:
        lifecycle.confirm(uow, order, actor_id)
    else:
        lifecycle.move_status(uow, order, status, actor_id, HISTORY_REASON)
        if status is OrderStatus.CANCELLED:
            order_services._undo_stock_and_capacity(uow, order, actor_id, HISTORY_REASON)  # noqa: SLF001
    uow.flush()
