"""Orders after checkout: history and search, detail, confirm, hand out, cancel, status moves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from cakeshop_desktop.core.db.models import Order, Payment, StockMovement
from cakeshop_desktop.core.domain import (
    InvalidInput,
    InvalidTransition,
    MovementKind,
    NotFound,
    OrderDetailDTO,
    OrderDTO,
    OrderPage,
    OrderQuery,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
    PermissionDenied,
    Role,
    TaskStatus,
    UserDTO,
    WaitingOrders,
    can_transition,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import round_money
from cakeshop_desktop.core.reasons import Reason, stored
from cakeshop_desktop.core.repositories.orders import order_number_or_none
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import EVERYONE, STAFF, require
from cakeshop_desktop.core.rules.phones import phone_search
from cakeshop_desktop.core.services import refunds
from cakeshop_desktop.core.services.policy import ShopPolicy, policy_within
from cakeshop_desktop.core.support import lifecycle
from cakeshop_desktop.core.support.mapping import (
    order_dto,
    order_item_dto,
    payment_dto,
    status_change_dto,
)
from cakeshop_desktop.core.support.phone_region import phone_region_within
from cakeshop_desktop.core.uow import UnitOfWork

MAX_PAGE = 500
# Who may move an order to each status through set_status (hand-out and cancel have their own calls).
MOVERS: dict[OrderStatus, frozenset[Role]] = {
    OrderStatus.CONFIRMED: STAFF,
    OrderStatus.IN_PRODUCTION: frozenset({Role.BAKER, Role.ADMIN}),
    OrderStatus.READY: frozenset({Role.BAKER, Role.ADMIN}),
}


def find_orders(uow: UnitOfWork, actor: UserDTO, query: OrderQuery) -> OrderPage:
    """Orders newest first; a customer only ever sees their own."""
    require(actor, EVERYONE, tr_noop("see orders"))
    query = _checked_query(query)
    if actor.role is Role.CUSTOMER:
        query = replace(query, customer_id=actor.id)
    with uow:
        phone = phone_search(query.phone, phone_region_within(uow)) if query.phone else None
        rows, has_more = uow.orders.page(query, phone)
        return OrderPage(
            items=tuple(order_dto(order) for order in rows), offset=query.offset, has_more=has_more
        )


def my_orders(uow: UnitOfWork, actor: UserDTO, offset: int = 0, limit: int = 50) -> OrderPage:
    """The acting customer's own order history."""
    require(actor, EVERYONE, tr_noop("see orders"))
    return find_orders(uow, actor, OrderQuery(customer_id=actor.id, offset=offset, limit=limit))


def orders_to_confirm(uow: UnitOfWork, actor: UserDTO, limit: int = 50) -> WaitingOrders:
    """Customers' orders still waiting for the counter to confirm them, oldest first."""
    require(actor, STAFF, tr_noop("confirm orders"))
    validation.page(0, limit, MAX_PAGE, tr_noop("orders"))
    with uow:
        rows, count = uow.orders.waiting(limit)
        return WaitingOrders(count=count, orders=tuple(order_dto(order) for order in rows))


def order_detail(uow: UnitOfWork, actor: UserDTO, order_id: int) -> OrderDetailDTO:
    require(actor, EVERYONE, tr_noop("see orders"))
    validation.identifier(order_id, tr_noop("order"))
    with uow:
        return _detail(uow, _visible_order(uow, actor, order_id))


def _detail(uow: UnitOfWork, order: Order) -> OrderDetailDTO:
    return OrderDetailDTO(
        order=order_dto(order),
        items=tuple(order_item_dto(item) for item in order.items),
        payments=tuple(payment_dto(p, name) for p, name in uow.orders.payments(order.id)),
        history=tuple(status_change_dto(h, name) for h, name in uow.orders.history(order.id)),
    )


def find_order_number(uow: UnitOfWork, actor: UserDTO, code: str) -> int | None:
    """The id of the order whose number is `code` exactly (a scanned receipt or ticket), or
    None; a customer finds only their own."""
    require(actor, EVERYONE, tr_noop("see orders"))
    code = validation.text(code, tr_noop("Order number"), 20)
    if not (code.isascii() and code.isdigit()):
        return None
    with uow:
        order_id = uow.orders.id_of_number(code)
        order = uow.orders.get(order_id) if order_id is not None else None
        if order is None or (actor.role is Role.CUSTOMER and order.customer_id != actor.id):
            return None
        return order.id


def console_order_detail(uow: UnitOfWork, number: str) -> OrderDetailDTO:
    """The order with this number ("42" is 000042) for `cakeshop receipt`: the command line
    acts with the database's own credentials, so no user is asked for."""
    text = validation.text(number, tr_noop("Order number"), 20)
    code = order_number_or_none(text) or text
    with uow:
        order_id = uow.orders.id_of_number(code)
        order = uow.orders.get_with_items(order_id) if order_id is not None else None
        if order is None:
            raise NotFound(tr_noop("No order has the number {0}"), text)
        return _detail(uow, order)


def confirm_order(uow: UnitOfWork, actor: UserDTO, order_id: int) -> OrderDTO:
    """A cashier confirms a customer's order; its made-to-order cakes go to production."""
    require(actor, STAFF, tr_noop("confirm orders"))
    validation.identifier(order_id, tr_noop("order"))
    with uow:
        order = _locked_order(uow, order_id)
        lifecycle.confirm(uow, order, actor.id)
        uow.commit()
        return order_dto(order)


def set_status(
    uow: UnitOfWork, actor: UserDTO, order_id: int, target: OrderStatus | str, reason: str = ""
) -> OrderDTO:
    """Move an order along: bakers to in production and ready, staff to confirmed."""
    target = validation.choice(target, OrderStatus, tr_noop("order status"))
    if target is OrderStatus.CONFIRMED:
        return confirm_order(uow, actor, order_id)
    if target is OrderStatus.COMPLETED:
        raise InvalidInput(tr_noop("Hand the order out to complete it"))
    if target is OrderStatus.CANCELLED:
        return cancel_order(uow, actor, order_id, reason)
    movers = MOVERS.get(target)
    if movers is None:  # only NEW is left, and no order ever goes back to it
        require(actor, STAFF | {Role.BAKER}, tr_noop("move orders along"))
        raise InvalidTransition(tr_noop("An order cannot go back to {0}"), target)
    require(actor, movers, f"mark orders {target.value.replace('_', ' ')}")
    validation.identifier(order_id, tr_noop("order"))
    reason = validation.text(reason, tr_noop("Reason"), 500, multiline=True)
    with uow:
        order = _locked_order(uow, order_id)
        lifecycle.move_status(uow, order, target, actor.id, reason)
        uow.commit()
        return order_dto(order)


def hand_out(
    uow: UnitOfWork, actor: UserDTO, order_id: int, method: PaymentMethod | str | None = None
) -> OrderDTO:
    """Give a ready order to the customer: collect the balance and mark it completed."""
    require(actor, STAFF, tr_noop("hand orders out"))
    validation.identifier(order_id, tr_noop("order"))
    if method is not None:
        method = validation.choice(method, PaymentMethod, tr_noop("payment method"))
    with uow:
        order = _locked_order(uow, order_id)
        # Say "not ready yet" before asking for money that could not be taken anyway.
        if not can_transition(order.status, OrderStatus.COMPLETED):
            lifecycle.move_status(uow, order, OrderStatus.COMPLETED, actor.id)
        balance = round_money(order.total - order.paid_amount)
        if balance > 0 and method is None:
            raise InvalidInput(
                tr_noop("Collect the balance of {0}: choose how it is paid"), balance
            )
        lifecycle.move_status(uow, order, OrderStatus.COMPLETED, actor.id)
        if balance > 0:
            assert isinstance(method, PaymentMethod)
            uow.orders.add_payment(
                Payment(
                    order_id=order.id,
                    amount=balance,
                    method=method,
                    kind=PaymentKind.BALANCE,
                    taken_by_id=actor.id,
                    taken_at=datetime.now(),
                )
            )
            order.paid_amount = order.total
            order.payment_method = order.payment_method or method
        uow.commit()
        return order_dto(order)


def cancel_order(
    uow: UnitOfWork,
    actor: UserDTO,
    order_id: int,
    reason: str,
    *,
    refund: object = None,
    method: object = None,
) -> OrderDTO:
    """Cancel with a reason: showcase cakes go back on the showcase, booked capacity is freed.

    Money paid goes back as a refund payment: `refund` is the amount (None: all that was
    paid), within what the shop's policy allows (refunds.cancellation_bounds); `method` is
    how (None: as it was paid).

    Who may cancel what is the shop's policy (`check_may_cancel`).
    """
    require(actor, frozenset({Role.CUSTOMER, Role.CASHIER, Role.ADMIN}), tr_noop("cancel orders"))
    validation.identifier(order_id, tr_noop("order"))
    reason = validation.text(
        reason, tr_noop("Reason"), 500, required=actor.role is not Role.CUSTOMER, multiline=True
    )
    with uow:
        order = _locked_order(uow, order_id)
        policy = policy_within(uow)
        check_may_cancel(actor, order, policy)
        lifecycle.move_status(
            uow,
            order,
            OrderStatus.CANCELLED,
            actor.id,
            reason or stored(Reason.CANCELLED_BY_CUSTOMER),
        )
        if refunds.held(order) > 0:
            refunds.require_refunder(actor, policy)
            offer = refunds.cancellation_bounds(uow, order, policy)
            refunds.give_back(uow, order, offer, refund, method, actor.id)
        _undo_stock_and_capacity(uow, order, actor.id, reason)
        uow.commit()
        return order_dto(order)


def check_may_cancel(actor: UserDTO, order: Order, policy: ShopPolicy) -> None:
    """Refuse a cancellation the shop's policy does not allow `actor`.

    A customer cancels only their own order, while it is still new, and only when the shop
    lets customers cancel; a cashier cancels an order with money paid on it only when the
    shop lets cashiers give money back; an administrator cancels anything cancellable.
    """
    if actor.role is Role.CUSTOMER:
        if order.customer_id != actor.id:
            raise NotFound(tr_noop("No such order"))
        if not policy.customer_cancels_new:
            raise PermissionDenied(tr_noop("The shop cancels orders at the counter: call the shop"))
        if order.status is not OrderStatus.NEW:
            raise PermissionDenied(
                tr_noop("This order is already confirmed: call the shop to cancel")
            )
    elif actor.role is Role.CASHIER and refunds.held(order) > 0 and not policy.cashier_refunds:
        raise PermissionDenied(tr_noop("Only an administrator may cancel an order that is paid"))


def _undo_stock_and_capacity(uow: UnitOfWork, order: Order, actor_id: int, reason: str) -> None:
    baked = 0
    for item in sorted(order.items, key=lambda line: line.cake_id or 0):
        if item.cake_id is None:
            continue
        if item.made_to_order:
            baked += item.quantity
            uow.catalog.count_sold(item.cake_id, -item.quantity)  # popularity counts sales only
            continue
        uow.catalog.return_to_showcase(item.cake_id, item.quantity)
        uow.production.add_movement(
            StockMovement(
                kind=MovementKind.CANCELLATION,
                cake_id=item.cake_id,
                quantity=Decimal(item.quantity),
                order_id=order.id,
                reason=reason,
                created_by_id=actor_id,
                created_at=datetime.now(),
            )
        )
    if baked and order.due_at is not None:
        uow.production.release_capacity(order.due_at.date(), baked)
    for task in uow.production.tasks_of_order(order.id):
        if task.status in (TaskStatus.QUEUED, TaskStatus.IN_PROGRESS):
            task.status = TaskStatus.CANCELLED


def _locked_order(uow: UnitOfWork, order_id: int) -> Order:
    order = uow.orders.get_for_update(order_id)
    if order is None:
        raise NotFound(tr_noop("No such order"))
    return order


def _visible_order(uow: UnitOfWork, actor: UserDTO, order_id: int) -> Order:
    order = uow.orders.get_with_items(order_id)
    if order is None or (actor.role is Role.CUSTOMER and order.customer_id != actor.id):
        raise NotFound(tr_noop("No such order"))
    return order


def _checked_query(query: OrderQuery) -> OrderQuery:
    if not isinstance(query, OrderQuery):
        raise InvalidInput(tr_noop("Not an order query"))
    validation.page(query.offset, query.limit, MAX_PAGE, tr_noop("orders"))
    status = None
    if query.status is not None:
        status = validation.choice(query.status, OrderStatus, tr_noop("order status"))
    for day in (query.date_from, query.date_to):
        if day is not None and not isinstance(day, date):
            raise InvalidInput(tr_noop("A date range needs dates"))
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise InvalidInput(tr_noop("The first date is after the last date"))
    return replace(
        query,
        number=validation.text(query.number, tr_noop("Order number"), 20),
        phone=validation.text(query.phone, tr_noop("Phone"), 32),
        status=status,
    )


__all__ = [
    "cancel_order",
    "confirm_order",
    "console_order_detail",
    "find_order_number",
    "find_orders",
    "hand_out",
    "my_orders",
    "order_detail",
    "orders_to_confirm",
    "set_status",
    "OrderDTO",
]
