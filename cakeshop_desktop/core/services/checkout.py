"""Checkout: the cart becomes an order in one transaction (DESIGN §6)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from types import SimpleNamespace

from sqlalchemy.exc import IntegrityError

from cakeshop_desktop.core.db.models import Order
from cakeshop_desktop.core.domain import (
    CapacityFull,
    CheckoutRequest,
    Conflict,
    DomainError,
    InvalidInput,
    ItemNote,
    MovementKind,
    NotFound,
    OrderDTO,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
    PaymentRefused,
    PermissionDenied,
    PickupTooEarly,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import (
    check_payment,
    line_total,
    order_totals,
    round_money,
    to_money,
)
from cakeshop_desktop.core.reasons import SOLD_AT_COUNTER
from cakeshop_desktop.core.repositories.carts import CheckoutLine
from cakeshop_desktop.core.rules import phones, validation
from cakeshop_desktop.core.rules.permissions import is_staff, require
from cakeshop_desktop.core.services.cart import SHOPPERS, out_of_stock
from cakeshop_desktop.core.services.discounts import LIMIT_KEYS, check_discount, limits_from
from cakeshop_desktop.core.services.policy import POLICY_KEYS, policy_from
from cakeshop_desktop.core.support import lifecycle
from cakeshop_desktop.core.support.mapping import order_dto
from cakeshop_desktop.core.support.phone_region import PHONE_REGION_KEY, phone_region_from
from cakeshop_desktop.core.uow import BUSY, UnitOfWork, retry_on_deadlock

PICKUP_GRACE = timedelta(minutes=5)  # a pickup "now" typed a minute ago is still now


def earliest_pickup(lead_time_hours: int, now: datetime | None = None) -> datetime:
    """The first pickup time a made-to-order cake with this lead time can be ready by."""
    start = (now or datetime.now()) + timedelta(hours=lead_time_hours)
    # round up to the next quarter of an hour: nobody promises a cake for 14:07
    minutes = math.ceil((start.minute + start.second / 60 + start.microsecond / 6e7) / 15) * 15
    return start.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)


# The shop's opening hours are kept nowhere: the pickup the checkout offers by default is
# moved out of the night into these hours; any time from the earliest may still be chosen.
PICKUP_OFFERED_FROM = time(9)
PICKUP_OFFERED_UNTIL = time(20)


def offered_pickup(lead_time_hours: int, now: datetime | None = None) -> datetime:
    """The pickup time the checkout offers: the earliest, or the next morning's 09:00 when
    the earliest falls at night (nobody is offered a cake at 05:00)."""
    earliest = earliest_pickup(lead_time_hours, now)
    if earliest.time() < PICKUP_OFFERED_FROM:
        return datetime.combine(earliest.date(), PICKUP_OFFERED_FROM)
    if earliest.time() > PICKUP_OFFERED_UNTIL:
        return datetime.combine(earliest.date() + timedelta(days=1), PICKUP_OFFERED_FROM)
    return earliest


@dataclass(frozen=True, slots=True)
class _Customer:
    id: int | None
    name: str
    phone: str


def place_order(
    uow: UnitOfWork,
    actor: UserDTO,
    request: CheckoutRequest,
    *,
    clock: Callable[[], datetime] | None = None,
) -> OrderDTO:
    """Price the cart, check availability, create the order, move stock, take payment.

    A retry with the same idempotency key returns the order the first call made.
    `clock` tells the time the pickup rules compare with (the computer's clock unless given).
    """
    require(actor, SHOPPERS, tr_noop("place orders"))
    request = _checked(actor, request)
    now = clock or datetime.now
    # A deadlock victim has been rolled back by the server: the whole checkout runs again.
    return retry_on_deadlock(lambda: _place_order_once(uow, actor, request, now()))


def _place_order_once(
    uow: UnitOfWork, actor: UserDTO, request: CheckoutRequest, now: datetime
) -> OrderDTO:
    with uow:
        # A used key is looked for only where the sale would not go through (an empty cart,
        # a refusal): a sale that goes through meets a used key at the order's INSERT (the
        # orders' unique key) and replays below. One round trip fewer for every new sale.
        lines = uow.carts.checkout_lines(actor.id)
        try:
            if not lines:
                raise InvalidInput(tr_noop("The cart is empty"))
            customer = _customer(uow, actor, request)
            # The policy, the phone region and the discount limits in one read, before any lock.
            settings = uow.settings.values((*POLICY_KEYS, PHONE_REGION_KEY, *LIMIT_KEYS.values()))
            for line in lines:
                if not line.is_active:
                    raise InvalidInput(
                        tr_noop("«{0}» is no longer sold: remove it from the cart"), line.name
                    )
                if request.hand_out_now and line.made_to_order:
                    raise InvalidInput(
                        tr_noop("«{0}» is made to order: it cannot be handed out now"), line.name
                    )
            _check_contact(customer, request)
            due_at = _pickup_time(request, lines, now)
            amounts = [line_total(round_money(line.price), line.quantity) for line in lines]
            totals = order_totals(amounts, request.discount_percent, request.discount_amount)
            check_discount(limits_from(settings), actor, totals.subtotal, totals.discount)
            paid = _payment(actor, request, totals.total, policy_from(settings).min_deposit_percent)
            phone, phone_key = phones.stored_columns(customer.phone, phone_region_from(settings))
        except DomainError:
            existing = uow.orders.by_idempotency_key(request.idempotency_key)
            if existing is not None:
                return _replay(existing, actor)
            raise
        baked = [line for line in lines if line.made_to_order]
        steps = lifecycle.opening_steps(
            confirmed=is_staff(actor),
            baked=bool(baked),
            then=(OrderStatus.COMPLETED, SOLD_AT_COUNTER) if request.hand_out_now else None,
        )
        order: dict[str, object] = {
            "customer_id": customer.id,
            "customer_name": customer.name,
            "customer_phone": phone,
            "customer_phone_key": phone_key,
            "created_by_id": actor.id,
            "status": steps[-1].to_status,
            "due_at": due_at,
            "subtotal": totals.subtotal,
            "discount": totals.discount,
            "total": totals.total,
            "paid_amount": paid,
            "payment_method": request.payment_method if paid > 0 else None,
            "notes": request.notes,
            "idempotency_key": request.idempotency_key,
            "created_at": now,
            "updated_at": now,
        }
        # Everything is written through Core, each statement built once. The cakes are locked
        # as late as possible: the order, its history and its payment touch no cake and go
        # first; the order lines (whose foreign keys would share-lock the cakes first, and two
        # tills upgrading to the stock update would deadlock), the stock and the capacity
        # after the lock, always in cake id order. A till with the same key waits on the
        # order's unique key, then replays. One handler for the whole write: the insert meets
        # the key of an order another till stored since the look-up above, and any other
        # clash of the same kind rolls all back.
        try:
            order_id, number = uow.orders.insert_new(order)
            uow.orders.insert_history(
                [
                    {
                        "order_id": order_id,
                        "from_status": step.from_status,
                        "to_status": step.to_status,
                        "changed_by_id": actor.id,
                        "changed_at": now,
                        "reason": step.reason,
                    }
                    for step in steps
                ]
            )
            if paid > 0:
                uow.orders.insert_payment(
                    {
                        "order_id": order_id,
                        "amount": paid,
                        "method": request.payment_method,
                        "kind": PaymentKind.FULL if paid == totals.total else PaymentKind.DEPOSIT,
                        "taken_by_id": actor.id,
                        "taken_at": now,
                    }
                )
            stock = uow.catalog.lock_cakes(line.cake_id for line in lines)
            uow.orders.insert_items([_item_row(order_id, line, request) for line in lines])
            _take_stock(uow, lines, stock)
            _book_capacity(uow, baked, due_at)
            if is_staff(actor) and baked:
                _queue_baking(uow, order_id, baked, due_at, request)
            uow.production.insert_movements(_ledger_rows(order_id, lines, actor.id, now))
            uow.carts.remove_lines([line.item_id for line in lines])
            uow.commit()
        except IntegrityError:
            uow.rollback()
            return _replay_after_race(uow, actor, request.idempotency_key)
        # the order as written (no ORM object: checkout makes none); nothing refunded yet
        return order_dto(SimpleNamespace(**order, id=order_id, number=number, refunded_amount=0))


def _note(line: CheckoutLine, request: CheckoutRequest) -> ItemNote:
    """The note given at checkout for this line's cake, or else the one typed in the cart."""
    return request.item_notes.get(line.cake_id, ItemNote(line.inscription, line.notes))


def _item_row(order_id: int, line: CheckoutLine, request: CheckoutRequest) -> dict[str, object]:
    """An order line: the cake's name and price as sold, and its note."""
    note = _note(line, request)
    price = round_money(line.price)
    return {
        "order_id": order_id,
        "cake_id": line.cake_id,
        "cake_name": line.name,
        "unit_price": price,
        "quantity": line.quantity,
        "line_total": line_total(price, line.quantity),
        "made_to_order": line.made_to_order,
        "inscription": note.inscription,
        "notes": note.notes,
    }


def _queue_baking(
    uow: UnitOfWork,
    order_id: int,
    baked: list[CheckoutLine],
    due_at: datetime | None,
    request: CheckoutRequest,
) -> None:
    """A confirmed order's made-to-order lines become production tasks (lifecycle.confirm)."""
    assert due_at is not None  # a made-to-order cake always has its pickup time
    item_ids = uow.orders.item_ids(order_id)
    tasks = []
    for line in baked:
        note = _note(line, request)
        tasks.append(
            lifecycle.task_values(
                order_id,
                item_ids[line.cake_id],
                line.cake_id,
                line.quantity,
                due_at,
                note.inscription,
                note.notes,
            )
        )
    uow.production.insert_tasks(tasks)


def _checked(actor: UserDTO, request: CheckoutRequest) -> CheckoutRequest:
    if not isinstance(request, CheckoutRequest):
        raise InvalidInput(tr_noop("Not a checkout request"))
    key = validation.text(request.idempotency_key, tr_noop("Idempotency key"), 64, required=True)
    if len(key) < 8:
        raise InvalidInput(tr_noop("The idempotency key is too short"))
    if request.customer_id is not None:
        validation.identifier(request.customer_id, tr_noop("customer"))
    method = None
    if request.payment_method is not None:
        method = validation.choice(request.payment_method, PaymentMethod, tr_noop("payment method"))
    discount = to_money(request.discount_percent, tr_noop("Discount"))
    discount_amount = to_money(request.discount_amount, tr_noop("Discount"))
    if (discount > 0 or discount_amount > 0) and not is_staff(actor):
        raise PermissionDenied(tr_noop("Only a cashier can give a discount"))
    if discount > 0 and discount_amount > 0:
        raise InvalidInput(tr_noop("Give the discount in percent or in roubles, not both"))
    if not isinstance(request.item_notes, dict) or not all(
        isinstance(note, ItemNote) for note in request.item_notes.values()
    ):
        raise InvalidInput(tr_noop("Item notes must be given per cake"))
    notes = {
        validation.identifier(cake_id, tr_noop("cake")): ItemNote(
            validation.text(note.inscription, tr_noop("Inscription"), 200),
            validation.text(note.notes, tr_noop("Item notes"), 1000, multiline=True),
        )
        for cake_id, note in request.item_notes.items()
    }
    if request.hand_out_now and not is_staff(actor):
        raise PermissionDenied(tr_noop("Only a cashier can hand an order out"))
    return CheckoutRequest(
        idempotency_key=key,
        customer_id=request.customer_id,
        customer_name=validation.text(request.customer_name, tr_noop("Customer name"), 128),
        customer_phone=validation.phone(request.customer_phone),
        due_at=validation.moment(request.due_at, tr_noop("Pickup time")),
        payment_method=method,
        paid_amount=to_money(request.paid_amount, tr_noop("Paid amount")),
        discount_percent=discount,
        discount_amount=discount_amount,
        notes=validation.text(request.notes, tr_noop("Notes"), 1000, multiline=True),
        item_notes=notes,
        hand_out_now=bool(request.hand_out_now),
    )


def _customer(uow: UnitOfWork, actor: UserDTO, request: CheckoutRequest) -> _Customer:
    if actor.role is Role.CUSTOMER:
        if request.customer_id not in (None, actor.id):
            raise PermissionDenied(tr_noop("A customer orders only for themselves"))
        return _Customer(
            actor.id,
            request.customer_name or actor.full_name or actor.username,
            request.customer_phone or actor.phone or "",
        )
    if request.customer_id is not None:
        user = uow.users.get(request.customer_id)
        if user is None or not user.is_active:
            raise NotFound(tr_noop("No such customer"))
        return _Customer(
            user.id,
            request.customer_name or user.full_name or user.username,
            request.customer_phone or user.phone or "",
        )
    return _Customer(None, request.customer_name, request.customer_phone)


def _check_contact(customer: _Customer, request: CheckoutRequest) -> None:
    """A walk-in's showcase sale handed out now needs nobody's name; a walk-in's order picked
    up later (a made-to-order cake, a pre-order) does: the shop must know whom to call and
    whom to hand it to. A registered customer is known by the account."""
    if request.hand_out_now or customer.id is not None:
        return
    if not customer.name:
        raise InvalidInput(tr_noop("An order picked up later needs the customer's name"))
    if not customer.phone:
        raise InvalidInput(tr_noop("An order picked up later needs the customer's phone"))


def _pickup_time(
    request: CheckoutRequest, lines: list[CheckoutLine], now: datetime
) -> datetime | None:
    baked = [line for line in lines if line.made_to_order]
    due_at = request.due_at
    if due_at is not None and due_at < now - PICKUP_GRACE:
        raise PickupTooEarly(tr_noop("The pickup time is in the past"))
    if not baked:
        return due_at
    lead = max(line.lead_time_hours for line in baked)
    if due_at is None:
        raise PickupTooEarly(
            tr_noop("Choose a pickup time: made-to-order cakes are ready from {0:%d.%m.%Y %H:%M}"),
            earliest_pickup(lead, now),
        )
    if due_at < now + timedelta(hours=lead) - PICKUP_GRACE:
        slowest = max(baked, key=lambda line: line.lead_time_hours).name
        raise PickupTooEarly(
            tr_noop("«{0}» needs {1} h: the earliest pickup is {2:%d.%m.%Y %H:%M}"),
            slowest,
            lead,
            earliest_pickup(lead, now),
        )
    return due_at


def _payment(
    actor: UserDTO, request: CheckoutRequest, total: Decimal, min_deposit_percent: int
) -> Decimal:
    paid = request.paid_amount
    if not is_staff(actor):
        if paid > 0:
            raise PermissionDenied(tr_noop("Payment is taken at the counter"))
        return Decimal("0.00")
    if paid > 0 and request.payment_method is None:
        raise PaymentRefused(tr_noop("Choose how the customer pays"))
    check_payment(total, paid, min_deposit_percent)
    if request.hand_out_now and paid != total:
        raise PaymentRefused(tr_noop("An order handed out at once must be paid in full"))
    return paid


def _take_stock(uow: UnitOfWork, lines: list[CheckoutLine], stock: dict[int, int]) -> None:
    """Take the showcase cakes (`stock`: as locked) in one UPDATE; count the baked ones sold."""
    # Always the same row order on every terminal, so two checkouts cannot deadlock.
    showcase: dict[int, int] = {}
    for line in sorted(lines, key=lambda line: line.cake_id):
        # every line's cake is locked: its order line, written first, holds it by foreign key
        left = stock[line.cake_id]
        if line.made_to_order:
            uow.catalog.count_sold(line.cake_id, line.quantity)
        elif left < line.quantity:
            # the first short cake in id order, with what is left of it (nothing taken yet)
            raise out_of_stock(line.name, left)
        else:
            showcase[line.cake_id] = line.quantity
    if not uow.catalog.take_lines_from_showcase(showcase):
        # only if the locked rows changed under the lock (a database without row locks): the
        # guarded UPDATE took some lines and not others, so nothing is kept, and the till's
        # next try reads the stock anew (and names what ran short)
        raise Conflict(BUSY)


def _ledger_rows(
    order_id: int, lines: list[CheckoutLine], actor_id: int, now: datetime
) -> list[dict[str, object]]:
    """The sale's stock ledger rows, one per showcase line, in cake id order."""
    return [
        {
            "kind": MovementKind.SALE,
            "cake_id": line.cake_id,
            "quantity": Decimal(-line.quantity),
            "order_id": order_id,
            "created_by_id": actor_id,
            "created_at": now,
        }
        for line in sorted(lines, key=lambda line: line.cake_id)
        if not line.made_to_order
    ]


def _book_capacity(uow: UnitOfWork, baked: list[CheckoutLine], due_at: datetime | None) -> None:
    by_day: dict[date, int] = defaultdict(int)
    for line in baked:
        if due_at is not None:
            by_day[due_at.date()] += line.quantity
    for day, quantity in by_day.items():
        if not uow.production.book_capacity(day, quantity):
            raise CapacityFull(
                tr_noop("The bakery is fully booked on {0:%d.%m.%Y}: choose another day"), day
            )


def _replay(order: Order, actor: UserDTO) -> OrderDTO:
    if order.created_by_id != actor.id:
        raise InvalidInput(tr_noop("This checkout was already used by somebody else"))
    return order_dto(order)


def _replay_after_race(uow: UnitOfWork, actor: UserDTO, key: str) -> OrderDTO:
    existing = uow.orders.by_idempotency_key(key)
    if existing is None:
        raise InvalidInput(tr_noop("The order could not be saved: try again"))
    return _replay(existing, actor)
