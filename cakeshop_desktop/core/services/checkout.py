"""Checkout: the cart becomes an order in one transaction (DESIGN §6)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.exc import IntegrityError

from cakeshop_desktop.core.db.models import (
    Cake,
    CartItem,
    Order,
    OrderItem,
)
from cakeshop_desktop.core.domain import (
    CapacityFull,
    CheckoutRequest,
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
from cakeshop_desktop.core.rules import phones, validation
from cakeshop_desktop.core.rules.permissions import is_staff, require
from cakeshop_desktop.core.services.cart import SHOPPERS, out_of_stock
from cakeshop_desktop.core.services.discounts import check_discount, limits_within
from cakeshop_desktop.core.services.policy import POLICY_KEYS, policy_from
from cakeshop_desktop.core.support import lifecycle
from cakeshop_desktop.core.support.mapping import order_dto
from cakeshop_desktop.core.support.phone_region import PHONE_REGION_KEY, phone_region_from
from cakeshop_desktop.core.uow import UnitOfWork, retry_on_deadlock

PICKUP_GRACE = timedelta(minutes=5)  # a pickup "now" typed a minute ago is still now


def earliest_pickup(lead_time_hours: int, now: datetime | None = None) -> datetime:
    """The first pickup time a made-to-order cake with this lead time can be ready by."""
    start = (now or datetime.now()) + timedelta(hours=lead_time_hours)
    # round up to the next quarter of an hour: nobody promises a cake for 14:07
    minutes = math.ceil((start.minute + start.second / 60 + start.microsecond / 6e7) / 15) * 15
    return start.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)


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
        existing = uow.orders.by_idempotency_key(request.idempotency_key)
        if existing is not None:
            return _replay(existing, actor)
        cart = uow.carts.for_user(actor.id, with_items=True)
        if cart is None or not cart.items:
            # a till racing with the same key may have emptied the cart since the look-up above
            existing = uow.orders.by_idempotency_key(request.idempotency_key)
            if existing is not None:
                return _replay(existing, actor)
            raise InvalidInput(tr_noop("The cart is empty"))
        customer = _customer(uow, actor, request)
        items = list(cart.items)
        cakes = {item.cake_id: item.cake for item in items}
        # The policy and the phone region in one read, before any row is locked.
        settings = uow.settings.values((*POLICY_KEYS, PHONE_REGION_KEY))
        for cake in cakes.values():
            if not cake.is_active:
                raise InvalidInput(
                    tr_noop("«{0}» is no longer sold: remove it from the cart"), cake.name
                )
            if request.hand_out_now and cake.made_to_order:
                raise InvalidInput(
                    tr_noop("«{0}» is made to order: it cannot be handed out now"), cake.name
                )
        _check_contact(customer, request)
        due_at = _pickup_time(request, items, now)
        lines = [line_total(round_money(item.cake.price), item.quantity) for item in items]
        totals = order_totals(lines, request.discount_percent, request.discount_amount)
        check_discount(limits_within(uow), actor, totals.subtotal, totals.discount)
        paid = _payment(actor, request, totals.total, policy_from(settings).min_deposit_percent)
        phone, phone_key = phones.stored_columns(customer.phone, phone_region_from(settings))
        order = Order(
            customer_id=customer.id,
            customer_name=customer.name,
            customer_phone=phone,
            customer_phone_key=phone_key,
            created_by_id=actor.id,
            status=OrderStatus.NEW,
            due_at=due_at,
            subtotal=totals.subtotal,
            discount=totals.discount,
            total=totals.total,
            paid_amount=paid,
            payment_method=request.payment_method if paid > 0 else None,
            notes=request.notes,
            idempotency_key=request.idempotency_key,
            created_at=now,
            updated_at=now,
        )
        for item, amount in zip(items, lines, strict=True):
            note = request.item_notes.get(item.cake_id, ItemNote(item.inscription, item.notes))
            order.items.append(
                OrderItem(
                    cake_id=item.cake_id,
                    cake_name=item.cake.name,
                    unit_price=round_money(item.cake.price),
                    quantity=item.quantity,
                    line_total=amount,
                    made_to_order=item.cake.made_to_order,
                    inscription=note.inscription,
                    notes=note.notes,
                )
            )
        # The cakes' prices and rules above were read with the cart, before any lock (as they
        # always were): everything from here to the commit runs with the cakes locked, so it is
        # kept to the writes themselves.
        # Lock the cart's cakes in id order before the writes: the order lines' foreign keys
        # would otherwise share-lock them first and two tills upgrading to the stock update
        # would deadlock; a till with the same key waits here, then replays.
        stock = uow.catalog.lock_cakes(cakes)
        # One handler for the whole write: the insert meets the key of an order another till
        # stored since the look-up above, and any other clash of the same kind rolls all back.
        try:
            uow.orders.insert(order)
            _take_stock(uow, order, cakes, stock)
            _book_capacity(uow, items, due_at)
            lifecycle.record_created(uow, order, actor.id)
            if is_staff(actor):
                lifecycle.confirm(uow, order, actor.id)
                if request.hand_out_now:
                    lifecycle.move_status(
                        uow, order, OrderStatus.COMPLETED, actor.id, SOLD_AT_COUNTER
                    )
            # The order's number and status, its history (and production tasks) in one flush;
            # the payment and the ledger rows after it through Core, as nothing reads them back.
            uow.flush()
            if paid > 0:
                assert request.payment_method is not None
                uow.orders.insert_payment(
                    {
                        "order_id": order.id,
                        "amount": paid,
                        "method": request.payment_method,
                        "kind": PaymentKind.FULL if paid == totals.total else PaymentKind.DEPOSIT,
                        "taken_by_id": actor.id,
                        "taken_at": now,
                    }
                )
            uow.production.insert_movements(_ledger_rows(order, actor.id))
            uow.carts.clear(cart)
            uow.commit()
        except IntegrityError:
            uow.rollback()
            return _replay_after_race(uow, actor, request.idempotency_key)
        return order_dto(order)


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


def _pickup_time(request: CheckoutRequest, items: list[CartItem], now: datetime) -> datetime | None:
    baked = [item for item in items if item.cake.made_to_order]
    due_at = request.due_at
    if due_at is not None and due_at < now - PICKUP_GRACE:
        raise PickupTooEarly(tr_noop("The pickup time is in the past"))
    if not baked:
        return due_at
    lead = max(item.cake.lead_time_hours for item in baked)
    if due_at is None:
        raise PickupTooEarly(
            tr_noop("Choose a pickup time: made-to-order cakes are ready from {0:%d.%m.%Y %H:%M}"),
            earliest_pickup(lead, now),
        )
    if due_at < now + timedelta(hours=lead) - PICKUP_GRACE:
        slowest = max(baked, key=lambda item: item.cake.lead_time_hours).cake.name
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


def _take_stock(
    uow: UnitOfWork, order: Order, cakes: dict[int, Cake], stock: dict[int, int]
) -> None:
    """Take the showcase cakes (`stock`: as locked) in one UPDATE; count the baked ones sold."""
    # Always the same row order on every terminal, so two checkouts cannot deadlock.
    lines = sorted(order.items, key=lambda line: line.cake_id or 0)
    showcase: dict[int, int] = {}
    for item in lines:
        assert item.cake_id is not None
        if item.made_to_order:
            uow.catalog.count_sold(item.cake_id, item.quantity)
        elif stock.get(item.cake_id, 0) < item.quantity:
            # the first short cake in id order, with what is left of it (nothing taken yet)
            left = stock.get(item.cake_id, 0)
            raise out_of_stock(cakes[item.cake_id].name, left)
        else:
            showcase[item.cake_id] = item.quantity
    if not uow.catalog.take_lines_from_showcase(showcase):
        # only if the locked rows changed under the lock (a database without row locks)
        short = next(cake for cake, n in showcase.items() if uow.catalog.stock_of(cake) < n)
        raise out_of_stock(cakes[short].name, uow.catalog.stock_of(short))


def _ledger_rows(order: Order, actor_id: int) -> list[dict[str, object]]:
    """The sale's stock ledger rows, one per showcase line, in cake id order."""
    lines = sorted(order.items, key=lambda line: line.cake_id or 0)
    return [
        {
            "kind": MovementKind.SALE,
            "cake_id": item.cake_id,
            "quantity": Decimal(-item.quantity),
            "order_id": order.id,
            "created_by_id": actor_id,
            "created_at": order.created_at,
        }
        for item in lines
        if not item.made_to_order
    ]


def _book_capacity(uow: UnitOfWork, items: list[CartItem], due_at: datetime | None) -> None:
    by_day: dict[date, int] = defaultdict(int)
    for item in items:
        if item.cake.made_to_order and due_at is not None:
            by_day[due_at.date()] += item.quantity
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
