"""Discount limits per role: the most a cashier (or an administrator) may take off an order.

Kept in `shop_settings`; an administrator sets them in Settings → Shop. Checkout reads them
inside its own transaction and refuses a discount above the actor's limit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from cakeshop_desktop.core.domain import InvalidInput, PermissionDenied, Role, UserDTO
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import MAX_DISCOUNT_PERCENT, parse_decimal
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.uow import UnitOfWork

LIMIT_KEYS = {
    Role.CASHIER: "discount.max_percent.cashier",
    Role.ADMIN: "discount.max_percent.admin",
}
STAFF = frozenset(LIMIT_KEYS)


@dataclass(frozen=True, slots=True)
class DiscountLimits:
    """The largest discount, in percent of the order, each role may give (100 unless set)."""

    cashier: Decimal = MAX_DISCOUNT_PERCENT
    admin: Decimal = MAX_DISCOUNT_PERCENT

    def for_role(self, role: Role) -> Decimal:
        return self.admin if role is Role.ADMIN else self.cashier


def discount_limits(uow: UnitOfWork, actor: UserDTO) -> DiscountLimits:
    """The limits as stored; staff read them (the checkout shows the cashier's own)."""
    require(actor, STAFF, "see the discount limits")
    with uow:
        return limits_within(uow)


def limits_within(uow: UnitOfWork) -> DiscountLimits:
    """The limits, read inside a unit of work that is already open."""
    return limits_from(uow.settings.values(LIMIT_KEYS.values()))


def limits_from(stored: Mapping[str, str]) -> DiscountLimits:
    """The limits from the stored settings (`uow.settings.values` of at least LIMIT_KEYS)."""
    values = {}
    for role, key in LIMIT_KEYS.items():
        try:
            values[role.value] = _percent(stored.get(key, MAX_DISCOUNT_PERCENT))
        except InvalidInput:  # a value edited by hand into nonsense: the safe side, no discount
            values[role.value] = Decimal("0")
    return DiscountLimits(**values)


def save_discount_limits(uow: UnitOfWork, actor: UserDTO, limits: DiscountLimits) -> DiscountLimits:
    """An administrator sets the limits; a limit outside 0–100 % is refused, nothing saved."""
    require(actor, frozenset({Role.ADMIN}), "set the discount limits")
    if not isinstance(limits, DiscountLimits):
        raise InvalidInput(tr_noop("Not discount limits"))
    checked = DiscountLimits(
        cashier=_percent(limits.cashier),
        admin=_percent(limits.admin),
    )
    with uow:
        uow.settings.put(
            {
                LIMIT_KEYS[Role.CASHIER]: str(checked.cashier),
                LIMIT_KEYS[Role.ADMIN]: str(checked.admin),
            }
        )
        uow.commit()
    return checked


def check_discount(
    limits: DiscountLimits, actor: UserDTO, subtotal: Decimal, discount: Decimal
) -> None:
    """Refuse a discount above the actor's limit (compared exactly, not on a rounded percent)."""
    if discount <= 0:
        return
    if actor.role not in STAFF:
        raise PermissionDenied(tr_noop("Only a cashier can give a discount"))
    limit = limits.for_role(actor.role)
    if discount * 100 > limit * subtotal:
        if actor.role is Role.ADMIN:
            raise InvalidInput(
                tr_noop("An administrator may give a discount of at most {0} %"), _shown(limit)
            )
        raise InvalidInput(tr_noop("A cashier may give a discount of at most {0} %"), _shown(limit))


def _percent(value: object, what: str = "Discount limit") -> Decimal:
    amount = parse_decimal(value, what)
    if amount < 0 or amount > MAX_DISCOUNT_PERCENT:
        raise InvalidInput(tr_noop("A discount limit must be between 0 and 100 %"))
    if amount != amount.quantize(Decimal("0.01")):
        raise InvalidInput(
            tr_noop("A discount limit has more than 2 digits after the decimal point")
        )
    return amount.quantize(Decimal("0.01"))


def _shown(percent: Decimal) -> str:
    """10.00 -> '10', 7.50 -> '7.5'."""
    text = f"{percent:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
