"""Order status rules of DESIGN §5 and the small behaviours of the DTOs."""

from __future__ import annotations

import itertools
from datetime import datetime
from decimal import Decimal

import pytest

from cakeshop_desktop.core import domain
from cakeshop_desktop.core.domain import (
    ALLOWED_TRANSITIONS,
    CartDTO,
    CartItemDTO,
    DomainError,
    OrderDTO,
    OrderStatus,
    can_transition,
)

S = OrderStatus
ALLOWED = {
    (S.NEW, S.CONFIRMED),
    (S.CONFIRMED, S.IN_PRODUCTION),
    (S.IN_PRODUCTION, S.READY),
    (S.READY, S.COMPLETED),
    (S.NEW, S.CANCELLED),
    (S.CONFIRMED, S.CANCELLED),
    (S.IN_PRODUCTION, S.CANCELLED),
    (S.READY, S.CANCELLED),
}
ALL_PAIRS = list(itertools.product(OrderStatus, repeat=2))


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_transitions(current, target):
    assert can_transition(current, target)


@pytest.mark.parametrize(("current", "target"), [pair for pair in ALL_PAIRS if pair not in ALLOWED])
def test_forbidden_transitions(current, target):
    assert not can_transition(current, target)


def test_the_table_covers_every_status():
    assert set(ALLOWED_TRANSITIONS) == set(OrderStatus)
    assert {(a, b) for a, targets in ALLOWED_TRANSITIONS.items() for b in targets} == ALLOWED


def test_completed_and_cancelled_are_final():
    assert not ALLOWED_TRANSITIONS[S.COMPLETED]
    assert not ALLOWED_TRANSITIONS[S.CANCELLED]


def test_status_values_are_the_public_ones():
    assert [s.value for s in OrderStatus] == [
        "new",
        "confirmed",
        "in_production",
        "ready",
        "completed",
        "cancelled",
    ]


def test_every_error_is_a_domain_error_with_its_message():
    errors = [
        value
        for value in vars(domain).values()
        if isinstance(value, type) and issubclass(value, Exception)
    ]
    assert len(errors) >= 10
    for error in errors:
        assert issubclass(error, DomainError)
        assert error("Only 2 «Медовик» left").message == "Only 2 «Медовик» left"


def _order(total: str, paid: str, status: OrderStatus = S.NEW) -> OrderDTO:
    now = datetime(2026, 1, 1, 12, 0)
    return OrderDTO(
        id=1,
        number="000001",
        customer_id=None,
        customer_name="Анна",
        customer_phone="",
        status=status,
        due_at=None,
        subtotal=Decimal(total),
        discount=Decimal("0"),
        total=Decimal(total),
        paid_amount=Decimal(paid),
        payment_method=None,
        notes="",
        created_at=now,
        updated_at=now,
    )


def test_order_balance():
    order = _order("1250.50", "375.15", S.IN_PRODUCTION)
    assert order.balance == Decimal("875.35")


def test_cart_needs_a_pickup_time_only_with_a_made_to_order_cake():
    def line(made_to_order: bool) -> CartItemDTO:
        return CartItemDTO(
            id=1,
            cake_id=1,
            sku="1",
            name="Прага",
            unit_price=Decimal("1"),
            quantity=1,
            line_total=Decimal("1"),
            made_to_order=made_to_order,
            lead_time_hours=24 if made_to_order else 0,
            stock_qty=0,
            inscription="",
            notes="",
        )

    assert CartDTO(1, 1, (), Decimal("0")).is_empty
    assert not CartDTO(1, 1, (line(False),), Decimal("1")).needs_pickup_time
    assert CartDTO(1, 1, (line(False), line(True)), Decimal("2")).needs_pickup_time
