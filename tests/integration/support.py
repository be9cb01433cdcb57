"""Helpers shared by the service tests: cheap password hashes, checkouts, data snapshots."""

from __future__ import annotations

import multiprocessing
import queue
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from cakeshop_desktop.core.domain import CheckoutRequest, OrderDTO, PaymentMethod, UserDTO
from cakeshop_desktop.core.services import cart, checkout
from cakeshop_desktop.core.uow import UnitOfWork

# Every table a refused call must leave alone.
SNAPSHOT_TABLES = (
    "users",
    "carts",
    "cart_items",
    "orders",
    "order_items",
    "order_status_history",
    "payments",
    "production_tasks",
    "production_days",
    "stock_movements",
    "audit_log",
)


@contextmanager
def refused(error: type[BaseException], case: object) -> Iterator[None]:
    """Like pytest.raises, for loops over many bad values: a failure names the value."""
    try:
        yield
    except error:
        return
    except Exception as exc:  # noqa: BLE001 - reported with the case that caused it
        raise AssertionError(f"{case!r}: {type(exc).__name__}: {exc}") from exc
    raise AssertionError(f"{case!r} was not refused with {error.__name__}")


def key() -> str:
    return f"test-{uuid.uuid4().hex}"


def later(hours: float = 48) -> datetime:
    """A pickup time comfortably after every lead time, on a whole hour."""
    return (datetime.now() + timedelta(hours=hours)).replace(minute=0, second=0, microsecond=0)


def request(**values: Any) -> CheckoutRequest:
    values.setdefault("idempotency_key", key())
    return CheckoutRequest(**values)


def buy(
    uow: UnitOfWork,
    actor: UserDTO,
    lines: dict[int, int],
    **values: Any,
) -> OrderDTO:
    """Fill the actor's cart with `lines` (cake id -> quantity) and check out."""
    for cake_id, quantity in lines.items():
        cart.add_to_cart(uow, actor, cake_id, quantity)
    return checkout.place_order(uow, actor, request(**values))


def cashier_sale(
    uow: UnitOfWork, cashier: UserDTO, lines: dict[int, int], **values: Any
) -> OrderDTO:
    """A walk-in sale paid in full by card unless told otherwise."""
    for cake_id, quantity in lines.items():
        cart.add_to_cart(uow, cashier, cake_id, quantity)
    total = cart.get_cart(uow, cashier).total
    values.setdefault("customer_name", "Покупатель")
    if values.get("customer_id") is None:  # a walk-in's pre-order names whom to call
        values.setdefault("customer_phone", "+7 900 555-00-11")
    values.setdefault("payment_method", PaymentMethod.CARD)
    values.setdefault("paid_amount", total)
    return checkout.place_order(uow, cashier, request(**values))


def rows(uow: UnitOfWork, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with uow.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def scalar(uow: UnitOfWork, sql: str, **params: Any) -> Any:
    with uow.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def stock(uow: UnitOfWork, cake_id: int) -> int:
    return int(scalar(uow, "SELECT stock_qty FROM cakes WHERE id = :id", id=cake_id))


def snapshot(uow: UnitOfWork) -> dict[str, Any]:
    """Row counts, showcase stock and cart contents: what a refused call must not change."""
    with uow.engine.connect() as connection:
        state: dict[str, Any] = {
            table: connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar()
            for table in SNAPSHOT_TABLES
        }
        state["cakes"] = [
            (row[0], row[1], row[2], row[3], Decimal(str(row[4])).quantize(Decimal("0.01")))
            for row in connection.execute(
                text("SELECT id, stock_qty, sold_count, is_active, price FROM cakes ORDER BY id")
            )
        ]
        state["cart_items"] = [
            tuple(row)
            for row in connection.execute(
                text(
                    "SELECT cart_id, cake_id, quantity, inscription, notes FROM cart_items"
                    " ORDER BY cart_id, cake_id"
                )
            )
        ]
        state["orders"] = [
            tuple(row)
            for row in connection.execute(
                text("SELECT id, status, paid_amount FROM orders ORDER BY id")
            )
        ]
        state["users"] = [
            tuple(row)
            for row in connection.execute(
                text(
                    "SELECT id, username, role, is_active, failed_logins, locked_until,"
                    " password_hash FROM users ORDER BY id"
                )
            )
        ]
    return state


def race(target: Any, arguments: list[tuple[Any, ...]], timeout_s: float, who: str) -> list[Any]:
    """One spawned process per argument tuple, all let go at one barrier: `target(*arguments,
    barrier, queue)` puts its report on the queue; the reports as they came (a test fails when
    one is missing). The cluster race keeps its own loop: it kills a node while tills sell."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(arguments))
    reports_queue = context.Queue()
    processes = [
        context.Process(target=target, args=(*args, barrier, reports_queue)) for args in arguments
    ]
    for process in processes:
        process.start()
    reports: list[Any] = []
    try:
        for _ in processes:
            reports.append(reports_queue.get(timeout=timeout_s))
    except queue.Empty:
        pytest.fail(f"only {len(reports)} of {len(processes)} {who} reported back")
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    return reports
