"""Money given back: a paid order cancelled, cakes of a handed-out order returned.

Every refund is a `payments` row of kind REFUND (amount, method, who, when) and adds to the
order's `refunded_amount`; revenue in the reports is net of it. Who may give money back is
the shop's policy: an administrator always, a cashier when the shop lets cashiers refund.
How much goes back is the cashier's choice within the bounds below (`RefundOffer`):

- cancelling gives back what the shop holds of the order (paid less refunded); the shop
  may keep the deposit the customer paid, when its policy says a deposit may be kept;
- returning cakes of a handed-out showcase order gives back at most their share of what
  the order cost after its discount, and never more than the shop holds. The cakes go back
  on the showcase or into waste, each a row of the stock ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from cakeshop_desktop.core.db.models import Order, OrderItem, Payment, StockMovement
from cakeshop_desktop.core.domain import (
    InvalidInput,
    InvalidTransition,
    MovementKind,
    NotFound,
    OrderDTO,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
    PaymentRefused,
    PermissionDenied,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import round_money, to_money
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import STAFF, require
from cakeshop_desktop.core.services.policy import ShopPolicy, policy_within
from cakeshop_desktop.core.support.mapping import order_dto
from cakeshop_desktop.core.uow import UnitOfWork

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class RefundOffer:
    """How much may go back: anything from `smallest` to `largest`, `largest` proposed.

    `kept_deposit` is what keeping the deposit keeps (0 when the shop gives deposits back
    or none was paid); `method` is how the order was paid, proposed for the refund.
    """

    order_id: int
    number: str
    held: Decimal
    smallest: Decimal
    largest: Decimal
    kept_deposit: Decimal
    method: PaymentMethod | None
    item_id: int | None = None
    quantity: int = 0


def require_refunder(actor: UserDTO, policy: ShopPolicy) -> None:
    """Refuse anybody who may not give money back under the shop's policy."""
    require(actor, STAFF, tr_noop("give money back"))
    if actor.role is Role.CASHIER and not policy.cashier_refunds:
        raise PermissionDenied(tr_noop("Only an administrator may give money back"))


def held(order: Order) -> Decimal:
    """What the shop holds of the order: paid less refunded."""
    return round_money(order.paid_amount - order.refunded_amount)


def cancellation_bounds(uow: UnitOfWork, order: Order, policy: ShopPolicy) -> RefundOffer:
    """What cancelling `order` may give back (inside a unit of work)."""
    holding = held(order)
    deposit = ZERO
    if policy.keep_deposit_on_cancel:
        paid_as_deposit = sum(
            (
                p.amount
                for p, _name in uow.orders.payments(order.id)
                if p.kind is PaymentKind.DEPOSIT
            ),
            ZERO,
        )
        deposit = min(round_money(paid_as_deposit), holding)
    return RefundOffer(
        order_id=order.id,
        number=order.number or "",
        held=holding,
        smallest=holding - deposit,
        largest=holding,
        kept_deposit=deposit,
        method=order.payment_method,
    )


def cancellation_offer(uow: UnitOfWork, actor: UserDTO, order_id: int) -> RefundOffer:
    """What the refund dialog offers before a cashier cancels a paid order."""
    require(actor, STAFF, tr_noop("cancel orders"))
    validation.identifier(order_id, tr_noop("order"))
    with uow:
        order = uow.orders.get_with_items(order_id)
        if order is None:
            raise NotFound(tr_noop("No such order"))
        policy = policy_within(uow)
        if held(order) > 0:
            require_refunder(actor, policy)
        return cancellation_bounds(uow, order, policy)


def give_back(
    uow: UnitOfWork,
    order: Order,
    offer: RefundOffer,
    amount: object,
    method: object,
    actor_id: int,
) -> Decimal:
    """Record the refund of `amount` (None: the largest offered) by `method` (None: as the
    order was paid); refuse an amount outside the offer. Returns the amount given back."""
    refund = offer.largest if amount is None else to_money(amount, tr_noop("Refund"))
    if refund > offer.largest:
        raise PaymentRefused(
            tr_noop("At most {0} can be given back of order {1}"), offer.largest, offer.number
        )
    if refund < offer.smallest:
        raise PaymentRefused(
            tr_noop("At least {0} must be given back of order {1}"), offer.smallest, offer.number
        )
    if refund == 0:
        return ZERO
    how = _method(method) or offer.method
    if how is None:
        raise PaymentRefused(tr_noop("Choose how the money is given back"))
    uow.orders.add_payment(
        Payment(
            order_id=order.id,
            amount=refund,
            method=how,
            kind=PaymentKind.REFUND,
            taken_by_id=actor_id,
            taken_at=datetime.now(),
        )
    )
    order.refunded_amount = round_money(order.refunded_amount + refund)
    order.updated_at = datetime.now()
    return refund


# ---------------------------------------------------------------- returns


def return_offer(
    uow: UnitOfWork, actor: UserDTO, order_id: int, item_id: int, quantity: int
) -> RefundOffer:
    """What returning `quantity` cakes of a line may give back."""
    validation.identifier(order_id, tr_noop("order"))
    validation.identifier(item_id, tr_noop("order line"))
    with uow:
        require_refunder(actor, policy_within(uow))
        order = uow.orders.get_with_items(order_id)
        if order is None:
            raise NotFound(tr_noop("No such order"))
        item = _returnable(order, item_id, quantity)
        return _return_bounds(order, item, quantity)


def return_cakes(
    uow: UnitOfWork,
    actor: UserDTO,
    order_id: int,
    item_id: int,
    quantity: int,
    *,
    to_showcase: bool,
    reason: str,
    refund: object = None,
    method: object = None,
) -> OrderDTO:
    """A customer brings back `quantity` cakes of a line of a handed-out showcase order.

    The cakes go back on the showcase (`to_showcase`) or into waste; both are rows of the
    stock ledger (a return, and for waste the waste too, with the reason). The refund is
    `refund` (None: their whole share) by `method` (None: as the order was paid).
    """
    validation.identifier(order_id, tr_noop("order"))
    validation.identifier(item_id, tr_noop("order line"))
    reason = validation.text(reason, tr_noop("Reason"), 500, required=True, multiline=True)
    with uow:
        require_refunder(actor, policy_within(uow))
        order = uow.orders.get_for_update(order_id)
        if order is None:
            raise NotFound(tr_noop("No such order"))
        item = _returnable(order, item_id, quantity)
        offer = _return_bounds(order, item, quantity)
        give_back(uow, order, offer, refund, method, actor.id)
        item.returned_quantity += quantity
        _put_back(uow, order, item, quantity, to_showcase, reason, actor.id)
        uow.commit()
        return order_dto(order)


def _returnable(order: Order, item_id: int, quantity: int) -> OrderItem:
    if order.status is not OrderStatus.COMPLETED:
        raise InvalidTransition(tr_noop("Only a handed-out order takes returns"))
    item = next((line for line in order.items if line.id == item_id), None)
    if item is None:
        raise NotFound(tr_noop("No such line in this order"))
    if item.made_to_order or item.cake_id is None:
        raise InvalidInput(tr_noop("Only showcase cakes are taken back"))
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise InvalidInput(tr_noop("Return at least one cake"))
    left = item.quantity - item.returned_quantity
    if quantity > left:
        raise InvalidInput(
            tr_noop("Only %n of «{0}» can still be returned", "", left), item.cake_name, n=left
        )
    return item


def _return_bounds(order: Order, item: OrderItem, quantity: int) -> RefundOffer:
    worth = round_money(item.unit_price * quantity)
    if order.subtotal > 0:  # the order's discount applies to the cakes brought back too
        worth = round_money(worth * order.total / order.subtotal)
    holding = held(order)
    return RefundOffer(
        order_id=order.id,
        number=order.number or "",
        held=holding,
        smallest=ZERO,
        largest=min(worth, holding),
        kept_deposit=ZERO,
        method=order.payment_method,
        item_id=item.id,
        quantity=quantity,
    )


def _put_back(
    uow: UnitOfWork,
    order: Order,
    item: OrderItem,
    quantity: int,
    to_showcase: bool,
    reason: str,
    actor_id: int,
) -> None:
    assert item.cake_id is not None
    now = datetime.now()
    uow.production.add_movement(
        StockMovement(
            kind=MovementKind.RETURN,
            cake_id=item.cake_id,
            quantity=Decimal(quantity),
            order_id=order.id,
            reason=reason,
            created_by_id=actor_id,
            created_at=now,
        )
    )
    if to_showcase:
        uow.catalog.return_to_showcase(item.cake_id, quantity)
        return
    # Never on the showcase again: the ledger shows it came back and went to waste.
    uow.production.add_movement(
        StockMovement(
            kind=MovementKind.WASTE,
            cake_id=item.cake_id,
            quantity=Decimal(-quantity),
            order_id=order.id,
            reason=reason,
            created_by_id=actor_id,
            created_at=now,
        )
    )


def _method(value: object) -> PaymentMethod | None:
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return PaymentMethod(value)
    except ValueError:
        raise InvalidInput(tr_noop("Unknown payment method {0}"), str(value)[:32]) from None
