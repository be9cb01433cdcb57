"""The shop's phone region: where a number typed without its +code belongs.

Kept apart from `shop.py` (which re-exports it) because users and checkout need it inside
their own transactions and `shop.py` itself builds on users.
"""

from __future__ import annotations

from collections.abc import Mapping

from cakeshop_desktop.core.rules import phones
from cakeshop_desktop.core.uow import UnitOfWork

PHONE_REGION_KEY = "shop.phone_region"  # a two-letter region such as RU; RU unless set


def phone_region_within(uow: UnitOfWork) -> str:
    """The shop's phone region, read inside a unit of work that is already open."""
    return phone_region_from(uow.settings.values([PHONE_REGION_KEY]))


def phone_region_from(stored: Mapping[str, str]) -> str:
    """The region from the stored settings (`uow.settings.values` including PHONE_REGION_KEY)."""
    region = stored.get(PHONE_REGION_KEY, "").strip().upper()
    return region if phones.is_region(region) else phones.DEFAULT_REGION
