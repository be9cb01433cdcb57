"""The shop itself: its details for receipts and reports, its first set-up, the demo mark.

The details live in the key-value table `shop_settings` under the `shop.*` keys below;
anyone may read them (a receipt needs them at any till), only an admin changes them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from cakeshop_desktop.core.domain import Conflict, InvalidInput, Role, UserDTO
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.services.users import add_user, new_user
from cakeshop_desktop.core.support.phone_region import phone_region_within
from cakeshop_desktop.core.uow import UnitOfWork

ADMINS = frozenset({Role.ADMIN})

NAME_KEY = "shop.name"
ADDRESS_KEY = "shop.address"
PHONE_KEY = "shop.phone"
TAX_NUMBER_KEY = "shop.tax_number"
RECEIPT_FOOTER_KEY = "shop.receipt_footer"
DEMO_KEY = "shop.demo"  # "1" on a database filled with the demo shop

# field of ShopDetails -> (key, what it is called in a message, longest length, one line only)
_FIELDS = {
    "name": (NAME_KEY, tr_noop("Shop name"), 120, True),
    "address": (ADDRESS_KEY, tr_noop("Address"), 255, False),
    "phone": (PHONE_KEY, tr_noop("Phone"), 64, True),
    "tax_number": (TAX_NUMBER_KEY, tr_noop("Tax number"), 32, True),
    "receipt_footer": (RECEIPT_FOOTER_KEY, tr_noop("Receipt footer"), 255, False),
}
MAX_LENGTHS = {field: spec[2] for field, spec in _FIELDS.items()}


@dataclass(frozen=True, slots=True)
class ShopDetails:
    """What receipts, order tickets and reports say about the shop; "" when not given."""

    name: str = ""
    address: str = ""
    phone: str = ""
    tax_number: str = ""
    receipt_footer: str = ""


def shop_details(uow: UnitOfWork) -> ShopDetails:
    """The shop's details as saved (empty strings for a shop not set up yet)."""
    with uow:
        stored = uow.settings.values(spec[0] for spec in _FIELDS.values())
    return ShopDetails(**{field: stored.get(spec[0], "") for field, spec in _FIELDS.items()})


def phone_region(uow: UnitOfWork) -> str:
    """The region a phone typed without its +code belongs to (`shop.phone_region`, else RU)."""
    with uow:
        return phone_region_within(uow)


def save_shop_details(uow: UnitOfWork, actor: UserDTO, details: ShopDetails) -> ShopDetails:
    """An admin changes the shop's details; refused as a whole when any field is wrong."""
    require(actor, ADMINS, tr_noop("change the shop's details"))
    checked = checked_details(details)
    with uow:
        _store(uow, checked, actor.id)
        uow.commit()
    return checked


def checked_details(details: ShopDetails) -> ShopDetails:
    """The details trimmed, or InvalidInput naming the first wrong field."""
    if not isinstance(details, ShopDetails):
        raise InvalidInput(tr_noop("Shop details must be given as ShopDetails"))
    values = {}
    for field, (_key, what, length, one_line) in _FIELDS.items():
        values[field] = validation.text(
            getattr(details, field),
            what,
            length,
            required=field == "name",
            multiline=not one_line,  # a line break in a one-line field is refused as a control
        )
    return ShopDetails(**values)


def set_up_shop(
    uow: UnitOfWork,
    details: ShopDetails,
    username: str,
    password: str,
    full_name: str = "",
) -> UserDTO:
    """The first start: the shop's details and its first administrator, in one transaction.

    Needs no actor (there is nobody yet) and is refused once the database has any user,
    so it can never be used to add an administrator to a working shop.
    """
    checked = checked_details(details)
    admin = new_user(username, Role.ADMIN, password, full_name=full_name)
    with uow:
        if uow.users.count():
            raise Conflict(tr_noop("This shop is already set up: log in"))
        created = add_user(uow, admin, None)
        _store(uow, checked, created.id)
        uow.commit()
    return created


def is_set_up(uow: UnitOfWork) -> bool:
    """Whether the shop has anybody to log in: else the app opens the set-up wizard."""
    with uow:
        return uow.users.count() > 0


def is_demo_shop(uow: UnitOfWork) -> bool:
    """Whether this database holds the demo shop (its windows say so)."""
    with uow:
        return uow.settings.values([DEMO_KEY]).get(DEMO_KEY) == "1"


def mark_demo_shop(uow: UnitOfWork, details: ShopDetails) -> None:
    """Mark the database as the demo shop, with `details` unless the shop has a name.

    No permission check: called by the demo seeding, like `users.create_user`.
    """
    checked = checked_details(details)
    with uow:
        values = {DEMO_KEY: "1"}
        if not uow.settings.values([NAME_KEY]).get(NAME_KEY):
            values |= {spec[0]: getattr(checked, f) for f, spec in _FIELDS.items()}
        uow.settings.put(values)
        uow.commit()


def _store(uow: UnitOfWork, details: ShopDetails, actor_id: int) -> None:
    keys = [spec[0] for spec in _FIELDS.values()]
    stored = uow.settings.values(keys)
    before = {field: stored.get(spec[0], "") for field, spec in _FIELDS.items()}
    uow.settings.put({spec[0]: getattr(details, f) for f, spec in _FIELDS.items()})
    uow.audit.record(
        actor_id, "update", "shop_settings", "shop", before=before, after=asdict(details)
    )
