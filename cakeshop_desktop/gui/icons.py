"""Icons shipped inside the package (found from the package folder, also when installed or frozen)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
CAKE_ICONS = ("cake-pink", "cake-chocolate", "cake-cream", "cake-berry", "cake-mint")


@cache
def icon(name: str) -> QIcon:
    """The named svg icon of resources/icons, or an empty icon when it is missing."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("cake-pink")


def category_icon(category_id: int | None) -> QIcon:
    """A picture placeholder per category: each shelf of the catalogue gets its own colour."""
    if category_id is None:
        return icon("cake-cream")
    return icon(CAKE_ICONS[category_id % len(CAKE_ICONS)])
