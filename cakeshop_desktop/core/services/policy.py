"""The shop's policy: the smallest deposit, who may cancel and refund, self-registration.

Kept in `shop_settings` under the `policy.*` keys below. Anyone may read it (the login
dialog asks whether customers may register before anybody is logged in; every till asks
for the smallest deposit); only an administrator changes it, and each change is audited.
A key never saved reads as its default, so a shop that never opened the page works as
before: a 30 % deposit, cashiers cancel and refund, customers cancel their own new orders.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass

from cakeshop_desktop.core.domain import InvalidInput, Role, UserDTO
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.uow import UnitOfWork

ADMINS = frozenset({Role.ADMIN})

MIN_DEPOSIT_KEY = "policy.min_deposit_percent"
CASHIER_REFUNDS_KEY = "policy.cashier_refunds"
CUSTOMER_CANCELS_KEY = "policy.customer_cancels_new"
KEEP_DEPOSIT_KEY = "policy.keep_deposit_on_cancel"
SELF_REGISTRATION_KEY = "policy.self_registration"

DEFAULT_MIN_DEPOSIT_PERCENT = 30


@dataclass(frozen=True, slots=True)
class ShopPolicy:
    """What the shop allows; the defaults are how a new shop works."""

    min_deposit_percent: int = DEFAULT_MIN_DEPOSIT_PERCENT  # 0..100; 0 takes unpaid orders
    cashier_refunds: bool = True  # a cashier may cancel paid orders and take returns
    customer_cancels_new: bool = True  # a customer may cancel their own order while New
    keep_deposit_on_cancel: bool = True  # a cancelled order's deposit may be kept, not refunded
    self_registration: bool = True  # the login dialog offers "Create an account"


# field -> key; booleans are stored as "1"/"0", the percentage as whole digits
_KEYS = {
    "min_deposit_percent": MIN_DEPOSIT_KEY,
    "cashier_refunds": CASHIER_REFUNDS_KEY,
    "customer_cancels_new": CUSTOMER_CANCELS_KEY,
    "keep_deposit_on_cancel": KEEP_DEPOSIT_KEY,
    "self_registration": SELF_REGISTRATION_KEY,
}


def shop_policy(uow: UnitOfWork) -> ShopPolicy:
    """The policy as saved (defaults for what was never saved); no login needed."""
    with uow:
        return policy_within(uow)


def self_registration_allowed(uow: UnitOfWork) -> bool:
    """Whether the login dialog offers customers to create their own account."""
    return shop_policy(uow).self_registration


# every key the policy is kept under, for a service reading it with other settings at once
POLICY_KEYS = tuple(_KEYS.values())


def policy_within(uow: UnitOfWork) -> ShopPolicy:
    """The policy, read inside a unit of work a service has already opened."""
    return policy_from(uow.settings.values(POLICY_KEYS))


def policy_from(stored: Mapping[str, str]) -> ShopPolicy:
    """The policy from the stored settings (`uow.settings.values` of at least POLICY_KEYS)."""
    default = ShopPolicy()
    values: dict[str, object] = {}
    for field, key in _KEYS.items():
        text = stored.get(key)
        fallback = getattr(default, field)
        if text is None:
            values[field] = fallback
        elif isinstance(fallback, bool):
            values[field] = text == "1"
        else:
            # a value somebody broke in the tables editor reads as the default, never as 0
            values[field] = int(text) if text.isascii() and text.isdigit() else fallback
    policy = ShopPolicy(**values)  # type: ignore[arg-type]
    if not 0 <= policy.min_deposit_percent <= 100:
        return ShopPolicy(**(asdict(policy) | {"min_deposit_percent": default.min_deposit_percent}))
    return policy


def save_shop_policy(uow: UnitOfWork, actor: UserDTO, policy: ShopPolicy) -> ShopPolicy:
    """An administrator changes the policy; refused as a whole when a value is wrong."""
    require(actor, ADMINS, tr_noop("change the shop's policy"))
    checked = checked_policy(policy)
    with uow:
        before = policy_within(uow)
        uow.settings.put({key: _stored(getattr(checked, field)) for field, key in _KEYS.items()})
        uow.audit.record(
            actor.id,
            "update",
            "shop_settings",
            "policy",
            before=asdict(before),
            after=asdict(checked),
        )
        uow.commit()
    return checked


def checked_policy(policy: ShopPolicy) -> ShopPolicy:
    """The policy as given, or InvalidInput for the first wrong value."""
    if not isinstance(policy, ShopPolicy):
        raise InvalidInput(tr_noop("The shop's policy must be given as ShopPolicy"))
    percent = policy.min_deposit_percent
    if isinstance(percent, bool) or not isinstance(percent, int):
        raise InvalidInput(tr_noop("The minimum deposit must be a whole percentage"))
    if not 0 <= percent <= 100:
        raise InvalidInput(tr_noop("The minimum deposit must be between 0 and 100 %"))
    for field in _KEYS:
        if field != "min_deposit_percent" and not isinstance(getattr(policy, field), bool):
            raise InvalidInput(tr_noop("A yes-or-no setting of the policy is neither yes nor no"))
    return policy


def _stored(value: bool | int) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
