"""The shop's key-value settings (`shop_settings`): shop details, the demo mark, policy."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import ShopSetting
from cakeshop_desktop.core.repositories.statements import Prepared

_SETTINGS = cast(Table, ShopSetting.__table__)
_VALUES = Prepared(
    select(_SETTINGS.c.key, _SETTINGS.c.value).where(
        _SETTINGS.c.key.in_(bindparam("keys", expanding=True))
    )
)


class ShopSettingsRepository:
    """Reads and writes rows of `shop_settings` by key."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def values(self, keys: Iterable[str]) -> dict[str, str]:
        """The stored values of `keys`; a key never written is absent."""
        wanted = list(keys)
        if not wanted:
            return {}
        # Core, not the ORM: checkout reads these on every sale.
        rows = _VALUES.execute(self._session.connection(), {"keys": wanted}).rows
        return {key: value for key, value in rows}

    def put(self, values: Mapping[str, str]) -> None:
        """Write each key's value, adding the rows that are missing."""
        for key, value in values.items():
            setting = self._session.get(ShopSetting, key)
            if setting is None:
                self._session.add(ShopSetting(key=key, value=value))
            else:
                setting.value = value
        self._session.flush()
