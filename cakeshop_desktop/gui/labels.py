"""Every enum value and unit of the core in the user's language: the one place of such labels.

The core keeps stored values (`completed`, `in_progress`, `g`); what people read is here,
translated by Qt. `label(value)` knows every enum of core/domain.py; a refusal's enum
arguments are shown through it as well (gui/errors.py).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from cakeshop_desktop.core.domain import (
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
    }[MovementKind(kind)]


def task_status_label(status: TaskStatus) -> str:
    """A column of the bakers' board in the user's language."""
    return {
        TaskStatus.QUEUED: QCoreApplication.translate("TaskStatus", "Queued"),
        TaskStatus.IN_PROGRESS: QCoreApplication.translate("TaskStatus", "In progress"),
        TaskStatus.DONE: QCoreApplication.translate("TaskStatus", "Done"),
        TaskStatus.CANCELLED: QCoreApplication.translate("TaskStatus", "Cancelled"),
    }[TaskStatus(status)]


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
