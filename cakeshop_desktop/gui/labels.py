"""Every enum value, unit, table and column name of the core in the user's language: the one
place of such labels.

The core keeps stored values (`completed`, `in_progress`, `g`); what people read is here,
translated by Qt. `label(value)` knows every enum of core/domain.py; a refusal's enum
arguments are shown through it as well (gui/errors.py).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from cakeshop_desktop.core.domain import (
    BackupReason,
    MovementKind,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
    Role,
    TaskStatus,
)
from cakeshop_desktop.core.types.reports import ReadFrom, ReportSource


def status_label(status: OrderStatus) -> str:
    """The order's status in the user's language."""
    return {
        OrderStatus.NEW: QCoreApplication.translate("OrderStatus", "New"),
        OrderStatus.CONFIRMED: QCoreApplication.translate("OrderStatus", "Confirmed"),
        OrderStatus.IN_PRODUCTION: QCoreApplication.translate("OrderStatus", "In production"),
        OrderStatus.READY: QCoreApplication.translate("OrderStatus", "Ready"),
        OrderStatus.COMPLETED: QCoreApplication.translate("OrderStatus", "Handed out"),
        OrderStatus.CANCELLED: QCoreApplication.translate("OrderStatus", "Cancelled"),
    }[OrderStatus(status)]


def customer_label(name: str) -> str:
    """The customer's name as stored, or «Walk-in» for a sale nobody gave a name for (the
    label is shown only, never stored)."""
    return name or QCoreApplication.translate("Customer", "Walk-in")


def role_label(role: Role) -> str:
    """The role in the user's language."""
    return {
        Role.CUSTOMER: QCoreApplication.translate("Role", "customer"),
        Role.CASHIER: QCoreApplication.translate("Role", "cashier"),
        Role.BAKER: QCoreApplication.translate("Role", "baker"),
        Role.ADMIN: QCoreApplication.translate("Role", "administrator"),
    }[Role(role)]


def payment_method_label(method: PaymentMethod) -> str:
    """Cash, card or transfer in the user's language."""
    return {
        PaymentMethod.CASH: QCoreApplication.translate("", "Cash"),
        PaymentMethod.CARD: QCoreApplication.translate("", "Card"),
        PaymentMethod.TRANSFER: QCoreApplication.translate("", "Transfer"),
    }[PaymentMethod(method)]


def payment_kind_label(kind: PaymentKind) -> str:
    """What a payment was for, in the user's language."""
    return {
        PaymentKind.FULL: QCoreApplication.translate("", "Payment"),
        PaymentKind.DEPOSIT: QCoreApplication.translate("", "Deposit"),
        PaymentKind.BALANCE: QCoreApplication.translate("", "Balance"),
        PaymentKind.REFUND: QCoreApplication.translate("", "Refund"),
    }[PaymentKind(kind)]


def movement_label(kind: MovementKind) -> str:
    """Why a stock figure changed, in the user's language."""
    return {
        MovementKind.SALE: QCoreApplication.translate("MovementKind", "Sale"),
        MovementKind.PRODUCTION: QCoreApplication.translate("MovementKind", "Production"),
        MovementKind.CONSUMPTION: QCoreApplication.translate("MovementKind", "Used in production"),
        MovementKind.PURCHASE: QCoreApplication.translate("MovementKind", "Purchase"),
        MovementKind.ADJUSTMENT: QCoreApplication.translate("MovementKind", "Adjustment"),
        MovementKind.WASTE: QCoreApplication.translate("MovementKind", "Waste"),
        MovementKind.CANCELLATION: QCoreApplication.translate("MovementKind", "Cancellation"),
        MovementKind.RETURN: QCoreApplication.translate("MovementKind", "Returned by the customer"),
    }[MovementKind(kind)]


def task_status_label(status: TaskStatus) -> str:
    """A column of the bakers' board in the user's language."""
    return {
        TaskStatus.QUEUED: QCoreApplication.translate("TaskStatus", "Queued"),
        TaskStatus.IN_PROGRESS: QCoreApplication.translate("TaskStatus", "In progress"),
        TaskStatus.DONE: QCoreApplication.translate("TaskStatus", "Done"),
        TaskStatus.CANCELLED: QCoreApplication.translate("TaskStatus", "Cancelled"),
    }[TaskStatus(status)]


def backup_reason_label(reason: BackupReason) -> str:
    """Why a backup was made."""
    return {
        BackupReason.DAILY: QCoreApplication.translate("BackupsModel", "daily"),
        BackupReason.MANUAL: QCoreApplication.translate("BackupsModel", "by hand"),
        BackupReason.BEFORE_UPGRADE: QCoreApplication.translate(
            "BackupsModel", "before an upgrade"
        ),
        BackupReason.BEFORE_RESTORE: QCoreApplication.translate("BackupsModel", "before a restore"),
    }[reason]


def unit_label(unit: str) -> str:
    """An ingredient's unit in the user's language ("g" is «г»); a unit of the shop's own as typed."""
    known = {
        "g": QCoreApplication.translate("Unit", "g"),
        "kg": QCoreApplication.translate("Unit", "kg"),
        "ml": QCoreApplication.translate("Unit", "ml"),
        "l": QCoreApplication.translate("Unit", "l"),
        "pcs": QCoreApplication.translate("Unit", "pcs"),
    }
    return known.get(unit, unit)


LABELS: dict[type[enum.Enum], Callable[..., str]] = {
    OrderStatus: status_label,
    Role: role_label,
    PaymentMethod: payment_method_label,
    PaymentKind: payment_kind_label,
    MovementKind: movement_label,
    TaskStatus: task_status_label,
}


def label(value: enum.Enum) -> str:
    """Any enum value of the core in the user's language (its stored value when it has no label)."""
    describe = LABELS.get(type(value))
    return describe(value) if describe is not None else str(value.value)


def read_from_text(read_from: ReadFrom) -> str:
    """Where a report's figures were read, when not simply on the shop server ("" then)."""
    source = read_from.source
    if source is ReportSource.REPLICA:
        if read_from.lag_seconds is None:
            return QCoreApplication.translate(
                "ReportSource",
                "Read from the reports replica (how far behind it is cannot be seen)",
            )
        return QCoreApplication.translate(
            "ReportSource", "Read from the reports replica, {0} s behind the shop server"
        ).format(read_from.lag_seconds)
    if source is ReportSource.REPLICA_DOWN:
        return QCoreApplication.translate(
            "ReportSource", "The reports replica does not answer: read from the shop server"
        )
    if source is ReportSource.REPLICA_STOPPED:
        return QCoreApplication.translate(
            "ReportSource", "The reports replica is not replicating: read from the shop server"
        )
    return ""


def enum_label(enum_name: str | None, value: object) -> str:
    """A stored value of the enum named `enum_name` (the core's ColumnInfo.enum_name), e.g.
    ("OrderStatus", "completed") → Handed out; a value it does not know as stored."""
    if value is None:
        return ""
    for cls in LABELS:
        if cls.__name__ == enum_name:
            try:
                return label(cls(value))
            except ValueError:
                break
    return str(value)


# ---------------------------------------------------------------- people, tables, columns


def person_label(full_name: str | None, username: str) -> str:
    """'Anna Petrova (anna)': the name staff know, the login after it; the login alone else."""
    return f"{full_name} ({username})" if full_name else username


def table_label(name: str) -> str:
    """A table's name in the user's words (`order_items` → Order lines)."""
    labels = {
        "audit_log": QCoreApplication.translate("Tables", "Audit log"),
        "cakes": QCoreApplication.translate("Tables", "Cakes"),
        "cake_images": QCoreApplication.translate("Tables", "Cake pictures"),
        "cart_items": QCoreApplication.translate("Tables", "Cart lines"),
        "carts": QCoreApplication.translate("Tables", "Carts"),
        "categories": QCoreApplication.translate("Tables", "Categories"),
        "ingredients": QCoreApplication.translate("Tables", "Ingredients"),
        "order_items": QCoreApplication.translate("Tables", "Order lines"),
        "order_status_history": QCoreApplication.translate("Tables", "Order status history"),
        "orders": QCoreApplication.translate("Tables", "Orders"),
        "payments": QCoreApplication.translate("Tables", "Payments"),
        "production_days": QCoreApplication.translate("Tables", "Production days"),
        "production_tasks": QCoreApplication.translate("Tables", "Production tasks"),
        "recipe_items": QCoreApplication.translate("Tables", "Recipes"),
        "shop_settings": QCoreApplication.translate("Tables", "Shop settings"),
        "stock_movements": QCoreApplication.translate("Tables", "Stock movements"),
        "users": QCoreApplication.translate("Tables", "Users"),
        "alembic_version": QCoreApplication.translate("Tables", "Database schema version"),
        "report_days": QCoreApplication.translate("Tables", "Report: days summarised"),
        "report_hours": QCoreApplication.translate("Tables", "Report: sales by hour"),
        "report_cakes": QCoreApplication.translate("Tables", "Report: cakes by day"),
        "report_categories": QCoreApplication.translate("Tables", "Report: categories by day"),
        "report_reasons": QCoreApplication.translate("Tables", "Report: cancellations by day"),
        "report_months": QCoreApplication.translate("Tables", "Report: months summarised"),
        "report_month_hours": QCoreApplication.translate(
            "Tables", "Report: sales by hour of a month"
        ),
        "report_month_cakes": QCoreApplication.translate("Tables", "Report: cakes by month"),
        "report_month_categories": QCoreApplication.translate(
            "Tables", "Report: categories by month"
        ),
        "report_month_reasons": QCoreApplication.translate(
            "Tables", "Report: cancellations by month"
        ),
    }
    return labels.get(name, name)


def column_label(table: str, column: str) -> str:
    """A column's name in the user's words; a few read differently in one table."""
    special = {
        ("cakes", "is_active"): QCoreApplication.translate("Columns", "On sale"),
        ("cakes", "name"): QCoreApplication.translate("Columns", "Name"),
        ("cakes", "price"): QCoreApplication.translate("Columns", "Price, ₽"),
        ("cakes", "weight_grams"): QCoreApplication.translate("Columns", "Weight, g"),
        ("cakes", "lead_time_hours"): QCoreApplication.translate("Columns", "Lead time, h"),
        ("shop_settings", "key"): QCoreApplication.translate("Columns", "Setting"),
        ("shop_settings", "name"): QCoreApplication.translate("Columns", "Shop name"),
        ("shop_settings", "tax_number"): QCoreApplication.translate("Columns", "Tax number"),
        ("shop_settings", "receipt_footer"): QCoreApplication.translate(
            "Columns", "Receipt footer"
        ),
        ("report_hours", "cancelled"): QCoreApplication.translate("Columns", "Cancelled orders"),
        ("report_month_hours", "cancelled"): QCoreApplication.translate(
            "Columns", "Cancelled orders"
        ),
        ("payments", "kind"): QCoreApplication.translate("Columns", "Payment kind"),
        ("stock_movements", "kind"): QCoreApplication.translate("Columns", "Kind of change"),
        ("audit_log", "user_id"): QCoreApplication.translate("Columns", "Who"),
        ("audit_log", "created_at"): QCoreApplication.translate("Columns", "When"),
    }
    found = special.get((table, column))
    return found if found is not None else _column_words().get(column, column)


def _column_words() -> dict[str, str]:
    return {
        "action": QCoreApplication.translate("Columns", "Action"),
        "added_at": QCoreApplication.translate("Columns", "Added"),
        "address": QCoreApplication.translate("Columns", "Address"),
        "after": QCoreApplication.translate("Columns", "After"),
        "allergens": QCoreApplication.translate("Columns", "Allergens"),
        "amount": QCoreApplication.translate("Columns", "Amount"),
        "amount_kop": QCoreApplication.translate("Columns", "Amount, kopecks"),
        "assigned_to_id": QCoreApplication.translate("Columns", "Assigned to"),
        "before": QCoreApplication.translate("Columns", "Before"),
        "booked": QCoreApplication.translate("Columns", "Booked"),
        "cake_id": QCoreApplication.translate("Columns", "Cake"),
        "cake_name": QCoreApplication.translate("Columns", "Cake name"),
        "cancelled": QCoreApplication.translate("Columns", "Cancelled"),
        "capacity": QCoreApplication.translate("Columns", "Capacity"),
        "cart_id": QCoreApplication.translate("Columns", "Cart"),
        "category_id": QCoreApplication.translate("Columns", "Category"),
        "changed_at": QCoreApplication.translate("Columns", "Changed"),
        "changed_by_id": QCoreApplication.translate("Columns", "Changed by"),
        "cost_per_unit": QCoreApplication.translate("Columns", "Cost per unit"),
        "created_at": QCoreApplication.translate("Columns", "Created"),
        "created_by_id": QCoreApplication.translate("Columns", "Created by"),
        "customer_id": QCoreApplication.translate("Columns", "Customer"),
        "customer_name": QCoreApplication.translate("Columns", "Customer name"),
        "customer_phone": QCoreApplication.translate("Columns", "Customer phone"),
        "day": QCoreApplication.translate("Columns", "Day"),
        "description": QCoreApplication.translate("Columns", "Description"),
        "discount": QCoreApplication.translate("Columns", "Discount"),
        "due_at": QCoreApplication.translate("Columns", "Due"),
        "email": QCoreApplication.translate("Columns", "E-mail"),
        "failed_logins": QCoreApplication.translate("Columns", "Failed logins"),
        "finished_at": QCoreApplication.translate("Columns", "Finished"),
        "from_status": QCoreApplication.translate("Columns", "From status"),
        "full_name": QCoreApplication.translate("Columns", "Full name"),
        "height": QCoreApplication.translate("Columns", "Height, px"),
        "hour": QCoreApplication.translate("Columns", "Hour"),
        "id": QCoreApplication.translate("Columns", "No."),
        "idempotency_key": QCoreApplication.translate("Columns", "Submission key"),
        "image": QCoreApplication.translate("Columns", "Picture"),
        "ingredient_id": QCoreApplication.translate("Columns", "Ingredient"),
        "inscription": QCoreApplication.translate("Columns", "Inscription"),
        "is_active": QCoreApplication.translate("Columns", "Active"),
        "key": QCoreApplication.translate("Columns", "Key"),
        "last_login_at": QCoreApplication.translate("Columns", "Last login"),
        "lead_time_hours": QCoreApplication.translate("Columns", "Lead time, h"),
        "line_total": QCoreApplication.translate("Columns", "Line total"),
        "locked_until": QCoreApplication.translate("Columns", "Locked until"),
        "made_to_order": QCoreApplication.translate("Columns", "Made to order"),
        "method": QCoreApplication.translate("Columns", "Payment method"),
        "mime": QCoreApplication.translate("Columns", "File type"),
        "month": QCoreApplication.translate("Columns", "Month"),
        "name": QCoreApplication.translate("Columns", "Name"),
        "notes": QCoreApplication.translate("Columns", "Notes"),
        "number": QCoreApplication.translate("Columns", "Number"),
        "order_id": QCoreApplication.translate("Columns", "Order"),
        "order_item_id": QCoreApplication.translate("Columns", "Order line"),
        "orders": QCoreApplication.translate("Columns", "Orders"),
        "paid_amount": QCoreApplication.translate("Columns", "Paid"),
        "refunded_amount": QCoreApplication.translate("Columns", "Given back"),
        "returned_quantity": QCoreApplication.translate("Columns", "Returned"),
        "payment_method": QCoreApplication.translate("Columns", "Payment method"),
        "phone": QCoreApplication.translate("Columns", "Phone"),
        "price": QCoreApplication.translate("Columns", "Price"),
        "quantity": QCoreApplication.translate("Columns", "Quantity"),
        "reason": QCoreApplication.translate("Columns", "Reason"),
        "reorder_level": QCoreApplication.translate("Columns", "Reorder level"),
        "role": QCoreApplication.translate("Columns", "Role"),
        "row_id": QCoreApplication.translate("Columns", "Row"),
        "sku": QCoreApplication.translate("Columns", "SKU"),
        "sold_count": QCoreApplication.translate("Columns", "Sold"),
        "sort_order": QCoreApplication.translate("Columns", "Sort order"),
        "started_at": QCoreApplication.translate("Columns", "Started"),
        "status": QCoreApplication.translate("Columns", "Status"),
        "stock_qty": QCoreApplication.translate("Columns", "In stock"),
        "subtotal": QCoreApplication.translate("Columns", "Subtotal"),
        "summarised": QCoreApplication.translate("Columns", "Summarised"),
        "table_name": QCoreApplication.translate("Columns", "Table"),
        "taken_at": QCoreApplication.translate("Columns", "Taken"),
        "taken_by_id": QCoreApplication.translate("Columns", "Taken by"),
        "task_id": QCoreApplication.translate("Columns", "Production task"),
        "to_status": QCoreApplication.translate("Columns", "To status"),
        "total": QCoreApplication.translate("Columns", "Total"),
        "unit": QCoreApplication.translate("Columns", "Unit"),
        "unit_price": QCoreApplication.translate("Columns", "Unit price"),
        "updated_at": QCoreApplication.translate("Columns", "Last changed"),
        "user_id": QCoreApplication.translate("Columns", "User"),
        "username": QCoreApplication.translate("Columns", "Login"),
        "value": QCoreApplication.translate("Columns", "Value"),
        "version": QCoreApplication.translate("Columns", "Version"),
        "version_num": QCoreApplication.translate("Columns", "Schema version"),
        "weekday": QCoreApplication.translate("Columns", "Weekday"),
        "width": QCoreApplication.translate("Columns", "Width, px"),
        "weight_grams": QCoreApplication.translate("Columns", "Weight, g"),
    }


def column_labels(table: str, columns: list[str] | tuple[str, ...]) -> dict[str, str]:
    """The header words of these columns of `table`."""
    return {column: column_label(table, column) for column in columns}
